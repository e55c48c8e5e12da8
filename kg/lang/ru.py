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
