"""Russian."""
import re

from kg.dates import alternation, compile_patterns

_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
_PREP = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"]
_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"]
MONTHS = {w: i for forms in (_GEN, _PREP, _NOM) for i, w in enumerate(forms, 1)}
WEEKDAYS = {"понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3, "пятницу": 4, "пятница": 4,
            "субботу": 5, "суббота": 5, "воскресенье": 6}
DAY_REL = {"сегодня": 0, "вчера": -1}
WEEK_REL = {"прошлой": 1, "прошлую": 1, "прошлый": 1}
YEAR_REL = {"в прошлом году": -1, "в этом году": 0, "в текущем году": 0}
MONTH_REL = {"в прошлом месяце": -1, "в этом месяце": 0}

_G, _P, _W = alternation(_GEN), alternation(_PREP + _NOM), alternation(WEEKDAYS)
DATE_PATTERNS = compile_patterns([
    r"(?P<mrel>в прошлом месяце|в этом месяце)",
    rf"\b(?:в середине|в начале|в конце)\s+(?P<m>{_G})(?:\s+(?P<y>\d{{4}}))?",
    rf"(?P<d>\d{{1,2}})\s+(?P<m>{_G})\s+(?P<y>\d{{4}})",
    rf"\bв\s+(?P<m>{_P})\s+(?P<y>\d{{4}})",
    rf"(?P<d>\d{{1,2}})\s+(?P<m>{_G})(?!\s+\d)",
    rf"\bв\s+(?P<m>{_P})(?:\s+(?P<yrel>прошлого года|этого года))?",
    rf"\bв[о]?\s+(?:(?P<wrel>прошлую|прошлый)\s+)?(?P<wd>{_W})",
    r"(?P<yrel>в прошлом году|в этом году|в текущем году)",
    r"\bв\s+(?P<y>\d{4})\s+год",
    r"\b(?P<drel>сегодня|вчера)\b",
], re.I)

_END = r"(?:а|у|ом|е|ы|ов|ам|ами|ах|и|я|ю|ем|й|ям|ями|ях)?\b"
AGREEMENT = re.compile(rf"\b(?:договор{_END}|соглашени{_END}|пакт{_END}|меморандум{_END}|протокол{_END}|конвенци{_END}|хартия)", re.I)
KINDS = {"договор": "treaty", "соглашени": "agreement", "пакт": "pact", "меморандум": "memorandum",
         "протокол": "protocol", "конвенци": "convention"}
ANAPHORA = re.compile(r"(?:\b(?:этот|этого|этому|этим|этом|эта|этой|эту|это|данн\w+|указанн\w+|настоящ\w+)\s+(?P<np>(?:(?!(?:в|во|на|с|со|по|о|об|к|от|до|для|и|что|который|которые)\b)[\w-]+\s+){0,3})|^\s*(?P<np2>))$", re.I)
#: a true demonstrative always refers back; a bare definite article only when the parties fit
DEMONSTRATIVE = re.compile(r"\b(?:этот|этого|этому|этим|этом|эта|этой|эту|это|данн\w+|указанн\w+|настоящ\w+)\b", re.I)
CONNECTOR = re.compile(r"\bи\b|\bс\b|\bсо\b|\bмежду\b|,|[-–]", re.I)
MAX_GAP = 30
SIGN = re.compile(r"подпис\w*|заключ\w*|парафир\w*", re.I)
RATIFY = re.compile(r"ратифи\w*|одобри\w*|одобрен\w*", re.I)
IN_FORCE = re.compile(r"вступ\w+ в (?:силу|действие)|вступлени\w+ в силу", re.I)
TERMINATE = re.compile(r"выход\w* из|вышл[аи]|вышел|денонс\w*|расторг\w*|приостанов\w*", re.I)
PLAN = re.compile(r"планир\w*|намерен\w*|подготов\w*|переговор\w*|проект\w*|предстоящ\w*|будет подписан|собира\w*", re.I)
#: future, intention and obligation ("must still be ratified", "仍需"): not yet done
FUTURE = re.compile(r"\bбуд(?:ет|ут)\b|планир\w*|намерен\w*|предстоит|предстоящ\w*|собира\w*|\bскоро\b|в ближайшее время|должн\w*|нужно|необходимо|ещё предстоит|еще предстоит", re.I)
PAST = re.compile(r"\bподписал\w*|\bподписан\w*|\bзаключил\w*|\bзаключен\w*", re.I)
HYPOTHETICAL = re.compile(r"\bесли\b|\bли\b|\?\s*$", re.I)
NEGATION = re.compile(r"\bне\b|\bнет\b|\bбез\b", re.I)
HEDGE = re.compile(r"\bможет\b|\bмогут\b|возможно|вероятно|ожида\w*|якобы", re.I)
MUTUAL_DEFENSE = re.compile(
    r"взаимн\w+ (?:обороны|помощи|военной помощи|защиты)|коллективн\w+ оборон\w*"
    r"|нападени\w+ на (?:одн\w+|любо\w+)\b[^.]{0,80}(?:агресси\w+|нападени\w+)\s+против"
    r"|оказывать друг другу (?:военную )?(?:помощь|поддержку)", re.I)
COMPARE = [re.compile(r"(?:подобн\w+|аналогичн\w+|как в|в отличие от|по аналогии с|наподобие)(?P<region>[^;.]+)", re.I)]
DURATION = [re.compile(r"сроком на (?P<n>\d+) (?:лет|год)", re.I), re.compile(r"(?P<n>\d+)-летн\w*", re.I)]
PLACE_PREP = re.compile(r"\bв[о]?\s+$", re.I)
MULTILATERAL = re.compile(r"трехсторонн\w*|четырехсторонн\w*|трёхсторонн\w*|многосторонн\w*|трех стран", re.I)
QUOTES = "\"«»“”„"
#: where the signers stand relative to the signing verb ("A and B signed" / "وقع A و B")
SIGNER_SIDE = "both"  # free word order: "Договор подписали президент X и президент Y"
#: a passive signing names no signers unless an agent follows ("was signed by", "由")
PASSIVE = re.compile(r"\bбыл[аои]?\s+подписан\w*|\bподписан[аоы]?\b", re.I)
AGENT = re.compile(r"\bсо стороны\b", re.I)
#: a finite signing verb: only its subject (or agent) signs; a noun ("the signing") names no signer
SIGN_VERB = re.compile(r"\bподписал\w*|\bподпишут\b|\bподпишет\b|\bзаключил\w*|\bпарафировал\w*", re.I)
#: "A with B and C" is two bilateral agreements around A; "A, B and C" is one multilateral
WITH = re.compile(r"\bс\b|\bсо\b", re.I)
#: a sentence opening with a pronoun or "the document" continues the agreement in focus
PRONOUN = re.compile(r"\s*(?:Он|Она|Оно|Документ)\b")

#: page furniture the reader strips or reads in this language (see kg.lang.boilerplate)
from kg.lang.boilerplate import Boilerplate, _months  # noqa: E402

BOILERPLATE = Boilerplate(
    lang="ru",
    drop_line=(
        r"^\d+\s*мин\.?\s*(?:чтения|на чтение|читать)$",
        r"^(?:теги|метки|темы)\s*:",
        r"^(?:поделиться|поделиться в .{1,20}|реклама)$",
        r"^(?:читайте также|смотрите также)\s*:\s*\S.*$",
    ),
    header_drop=(r"^(?:автор|текст|фото)\s*:.{2,60}$",),
    cut_from=((r"(?:читайте также|читать также|смотрите также|похожие (?:новости|материалы)|"
                r"другие новости|новости по теме)\s*:?",),),
    source_labels=("Источник",),
    published_labels=("Опубликовано", "Дата публикации", "Дата"),
    sections=("В мире", "Мир", "Политика", "Экономика", "Международные"),
    outlet_suffixes=("пресс", "news", "ТВ", "новости"),
    publisher_patterns=(
        # "Как передает X, об этом сообщает Y": X relays Y's report, so X publishes
        r"как переда[её]т (?:корреспондент )?(?P<name>[^,.]{2,40}), (?:об этом )?сообща",
    ),
    home_words=("Главная",),
    months=_months("января|январь|янв", "февраля|февраль|фев", "марта|март|мар",
                   "апреля|апрель|апр", "мая|май", "июня|июнь|июн", "июля|июль|июл",
                   "августа|август|авг", "сентября|сентябрь|сен|сент", "октября|октябрь|окт",
                   "ноября|ноябрь|ноя", "декабря|декабрь|дек"),
)

#: titles that introduce a person's name (see kg.lang.titles and kg.persons)
_N = r"(?:а|у|ом|е)?"          # masculine noun endings: президент(а|у|ом|е)
_ADJ = r"(?:ый|ого|ому|ым|ом|ий|его|ему|им|ем)"

TITLES = {
    "titles": [
        (rf"вице-президент{_N}", "vice_president", False),
        (rf"вице-премьер{_N}", "head_of_government", False),
        (rf"президент{_N}", "head_of_state", False),
        (rf"премьер-министр{_N}", "head_of_government", False),
        (rf"председател(?:ь|я|ю|ем|е)\s+правительства", "head_of_government", False),
        (rf"премьер{_N}", "head_of_government", True),
        (rf"министр{_N}\s+иностранных\s+дел", "foreign_minister", False),
        (rf"министр{_N}\s+обороны", "defence_minister", False),
        (r"глав(?:а|ы|е|у|ой)\s+(?:МИД|внешнеполитического\s+ведомства)", "foreign_minister", False),
        (r"глав(?:а|ы|е|у|ой)\s+(?:Минобороны|оборонного\s+ведомства)", "defence_minister", False),
        (r"глав(?:а|ы|е|у|ой)\s+правительства", "head_of_government", False),
        (r"глав(?:а|ы|е|у|ой)\s+государства", "head_of_state", False),
        (rf"наследн{_ADJ}\s+принц{_N}", "crown_prince", False),
        (r"корол(?:ь|я|ю|ем|е)", "head_of_state", False),
        (rf"эмир{_N}", "head_of_state", False),
        (rf"канцлер{_N}", "head_of_government", False),
        (r"госсекретар(?:ь|я|ю|ем|е)", "foreign_minister", False),
        (rf"государственн{_ADJ}\s+секретар(?:ь|я|ю|ем|е)", "foreign_minister", False),
        (rf"генеральн{_ADJ}\s+секретар(?:ь|я|ю|ем|е)", "secretary_general", False),
        (rf"генсек{_N}", "secretary_general", False),
        (rf"верховн{_ADJ}\s+лидер{_N}", "supreme_leader", False),
        (rf"лидер{_N}", "head_of_state", True),
        (r"председател(?:ь|я|ю|ем|е)", "head_of_state", True),
        (r"коллег(?:а|и|е|у|ой|ою)", None, False),
    ],
    #: "президент Сбербанка Герман Греф": without a state the capitalised words may be an organisation
    "require_state": True,
    "pre_gap": r"\s+",
    "apposition": r"\s*,\s*|\s+",
    "honorifics": ["шейх", "шейха", "шейхом", "принц", "принца", "принцем", "господин", "господина",
                   "аятолла", "аятоллы", "аятоллой", "генерал", "генерала", "генералом", "маршал", "маршала"],
    #: capitalised words that are not names: their stems (an ending may follow)
    "stop": ["Республик", "Федераци", "Королевств", "Штат", "Эмират", "Союз", "Совет", "Министерств",
             "Правительств", "Государств", "Кремл", "Белый", "Белого", "Организаци", "Объединенн",
             "Соединенн", "Арабск", "Исламск", "Народн", "Демократическ", "Ассоциаци", "Компани", "Корпораци", "Академи", "Университет", "Комитет",
             "Агентств", "Палат", "Фонд", "Центр", "Банк", "Госдум", "Дума", "Думы", "Думе", "Понедельник",
             "Вторник", "Сред", "Четверг", "Пятниц", "Суббот", "Воскресень", "Сегодня", "Вчера", "Он",
             "Она", "Они", "Его", "Ее", "Их", "Это", "Этот", "Эта", "Эти", "Как", "Так", "Также", "При", "После", "По",
             "На", "В", "Во", "С", "Со", "И", "Но", "Глава", "Министр", "Президент", "Премьер", "Договор",
             "Соглашени", "Пакт", "Меморандум"],
    "particles": ["бин", "ибн", "бен", "аль", "эль", "фон", "ван", "де", "да", "дер"],
    "particle_prefixes": ["аль", "эль", "ас", "ад", "ат", "ан", "ар", "аш"],
    "name_words": (2, 3),
}
