"""Persons the lexicon lacks, found by the title that introduces them (kg.persons)."""
from __future__ import annotations

import pytest

from kg.lang.titles import titles_for
from kg.lexicon import load_lexicon
from kg.persons import find_titled_persons, person_key


@pytest.fixture(scope="module")
def lex():
    return load_lexicon()


def run(lex, text, lang):
    found = find_titled_persons(text, lang, lex, lex.find_mentions(text, lang))
    for m, _country, _role in found:
        assert m.kind == "person" and m.key.startswith("person:")
        assert text[m.span.start:m.span.end] == m.surface
    return [(m.surface, m.key, country, role) for m, country, role in found]


def surfaces(rows):
    return [r[0] for r in rows]


def one_key(rows):
    keys = {r[1] for r in rows}
    assert len(keys) == 1, rows
    return keys.pop()


# --- data ---------------------------------------------------------------------------------

def test_every_language_has_title_data():
    for lang in ("en", "fr", "es", "ru", "ar", "fa", "zh"):
        data = titles_for(lang)
        assert data["titles"], lang
        for pattern, role, needs in data["titles"]:
            assert isinstance(pattern, str) and isinstance(needs, bool)
            assert role is None or isinstance(role, str)


# --- English ------------------------------------------------------------------------------

def test_en_demonym_title_name_and_later_family_name(lex):
    text = "Kenyan President William Ruto landed in Tehran on Monday. Ruto said the text was ready."
    rows = run(lex, text, "en")
    assert surfaces(rows) == ["William Ruto", "Ruto"]
    assert one_key(rows) == "person:williamruto"
    assert all(r[2] == "Q114" and r[3] == "head_of_state" for r in rows)


def test_en_of_state_and_possessive_state(lex):
    text = ("President of Serbia Aleksandar Vucic received Mongolia's Foreign Minister "
            "Battsetseg Batmunkh in Belgrade on Friday.")
    rows = run(lex, text, "en")
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("Aleksandar Vucic", "Q403", "head_of_state"),
        ("Battsetseg Batmunkh", "Q711", "foreign_minister"),
    ]


def test_en_particles_honorifics_and_regnal_numbers(lex):
    text = "The talks were hosted by Emir Sheikh Hamad bin Khalifa Al Thani and attended by King Abdullah II."
    assert surfaces(run(lex, text, "en")) == ["Hamad bin Khalifa Al Thani", "Abdullah II"]


def test_en_comma_apposition(lex):
    text = "The Vietnamese prime minister, Pham Minh Chinh, signed for Hanoi. Later Chinh flew home."
    rows = run(lex, text, "en")
    assert surfaces(rows) == ["Pham Minh Chinh", "Chinh"]
    assert rows[0][2] == "Q881" and rows[0][3] == "head_of_government"


def test_en_same_family_name_of_someone_else_is_not_clustered(lex):
    text = "Kenyan President William Ruto spoke first, and Gladys Ruto did not attend."
    assert surfaces(run(lex, text, "en")) == ["William Ruto"]


def test_en_shared_family_name_stays_unassigned(lex):
    text = ("Thai Prime Minister Paetongtarn Shinawatra met former Prime Minister Thaksin Shinawatra. "
            "Shinawatra spoke. Later Paetongtarn Shinawatra signed.")
    rows = run(lex, text, "en")
    assert surfaces(rows) == ["Paetongtarn Shinawatra", "Thaksin Shinawatra", "Paetongtarn Shinawatra"]
    assert rows[0][1] == rows[2][1] != rows[1][1]
    assert rows[0][2] == "Q869" and rows[1][2] is None


def test_known_may_be_empty_or_persons_only(lex):
    text = "Kenyan President William Ruto met Russian President Vladimir Putin in Sochi."
    persons = [m for m in lex.find_mentions(text, "en") if m.kind == "person"]
    for known in ([], persons, lex.find_mentions(text, "en")):
        found = find_titled_persons(text, "en", lex, known)
        assert [(m.surface, c) for m, c, _r in found] == [("William Ruto", "Q114")]


@pytest.mark.parametrize("text", [
    "The Foreign Ministry said the talks were useful.",
    "The president thanked the delegation for its work.",
    "President Putin and President Vladimir Putin spoke by phone.",  # the lexicon knows Putin
    "Iranian President Masoud Pezeshkian flew to Moscow.",            # ... and Pezeshkian
    "Kenyan President Signs Landmark Defence Pact With Iran",         # a Title-Case headline
    "The Kenyan president on Monday praised the accord.",
    "Defence Minister spokesman Ali Reza said nothing.",
    "Kenyan President Ruto said the pact was ready.",                 # one word: not enough
])
def test_en_negatives(lex, text):
    assert run(lex, text, "en") == []


# --- French and Spanish ---------------------------------------------------------------------

def test_fr_titles(lex):
    text = ("Le Premier ministre vietnamien Pham Minh Chinh a reçu le président de la Serbie, "
            "Aleksandar Vučić, à Hanoï. Vučić a salué l'accord.")
    rows = run(lex, text, "fr")
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("Pham Minh Chinh", "Q881", "head_of_government"),
        ("Aleksandar Vučić", "Q403", "head_of_state"),
        ("Vučić", "Q403", "head_of_state"),
    ]
    assert rows[1][1] == rows[2][1] == person_key("Aleksandar Vucic", "en")


@pytest.mark.parametrize("text", [
    "Le président a salué la signature de l'accord.",
    "Le ministre iranien des Affaires étrangères Abbas Araghchi est arrivé.",  # known
    "Son homologue a répondu le lendemain.",
])
def test_fr_negatives(lex, text):
    assert run(lex, text, "fr") == []


def test_es_titles(lex):
    text = "El canciller vietnamita Bui Thanh Son firmó el memorando en Ankara, según Bui Thanh Son."
    rows = run(lex, text, "es")
    assert surfaces(rows) == ["Bui Thanh Son", "Bui Thanh Son"]
    assert rows[0][2] == "Q881" and rows[0][3] == "foreign_minister"
    one_key(rows)


def test_es_president_of_state(lex):
    text = "El presidente de Serbia, Aleksandar Vucic, viajó a Pekín el martes."
    assert [(r[0], r[2]) for r in run(lex, text, "es")] == [("Aleksandar Vucic", "Q403")]


@pytest.mark.parametrize("text", [
    "El presidente dijo que el acuerdo está listo.",
    "El presidente de la empresa Juan Pérez no asistió.",
    "El mandatario turco Recep Tayyip Erdogan viajó a Bakú.",  # known
])
def test_es_negatives(lex, text):
    assert run(lex, text, "es") == []


# --- Russian ------------------------------------------------------------------------------------

def test_ru_cases_share_a_key(lex):
    text = ("Президент Вьетнама Лыонг Кыонг встретился с президентом Монголии Ухнаагийном Хурэлсухом. "
            "Позже Хурэлсух заявил, что визит Хурэлсуха в Ханой состоится весной.")
    rows = run(lex, text, "ru")
    assert surfaces(rows) == ["Лыонг Кыонг", "Ухнаагийном Хурэлсухом", "Хурэлсух", "Хурэлсуха"]
    assert rows[0][2] == "Q881" and rows[1][2] == "Q711"
    assert rows[1][1] == rows[2][1] == rows[3][1] != rows[0][1]


def test_ru_person_key_ignores_case_endings():
    assert person_key("Путин", "ru") == person_key("Путина", "ru") == person_key("Путиным", "ru")
    assert person_key("Милош Вучевич", "ru") == person_key("Милошем Вучевичем", "ru")
    assert person_key("Сергей", "ru") == person_key("Сергея", "ru") == person_key("Сергеем", "ru")


def test_ru_foreign_minister(lex):
    text = "Министр иностранных дел Сербии Марко Джурич прибыл в Москву. Джурича встретили в аэропорту."
    rows = run(lex, text, "ru")
    assert surfaces(rows) == ["Марко Джурич", "Джурича"]
    assert rows[0][2] == "Q403" and rows[0][3] == "foreign_minister"
    one_key(rows)


@pytest.mark.parametrize("text", [
    "Президент Путин подписал указ в пятницу.",
    "Президент России Владимир Путин подписал указ.",        # known
    "Президент Сбербанка Герман Греф выступил на форуме.",   # no state: an organisation
    "Президент России заявил журналистам, что договор готов.",
])
def test_ru_negatives(lex, text):
    assert run(lex, text, "ru") == []


# --- Arabic --------------------------------------------------------------------------------------

def test_ar_adjective_and_state_titles(lex):
    text = ("استقبل الرئيس الفيتنامي لونغ كوونغ في هانوي أمس رئيس منغوليا أوخناغين خورلسوخ. "
            "وقال كوونغ إن الزيارة ناجحة.")
    rows = run(lex, text, "ar")
    assert [(r[0], r[2]) for r in rows] == [
        ("لونغ كوونغ", "Q881"), ("أوخناغين خورلسوخ", "Q711"), ("كوونغ", "Q881")]
    assert rows[0][1] == rows[2][1]


@pytest.mark.parametrize("text", [
    "وقع الرئيس الروسي مرسوماً يقضي بذلك.",
    "قال الرئيس الإيراني إن المحادثات كانت مثمرة.",
    "أكد الرئيس الإيراني مسعود بزشكيان أن الاتفاق جاهز.",  # known
    "أعلن الرئيس التنفيذي لشركة النفط خالد محمود عن خطة.",  # no state
    "وقع الرئيس الروسي اتفاقية مع إيران.",
    "الرئيس وليام روتو وصل.",                                # no state: no capitals to trust
    "صرح الرئيس الفرنسي بأن الاتفاق مهم، فيما رحب الرئيس الإيراني بالخطوة.",
    "أجرى الرئيس الإيراني اتصالا هاتفيا مع الرئيس الروسي.",
])
def test_ar_negatives(lex, text):
    assert run(lex, text, "ar") == []


# --- Persian -------------------------------------------------------------------------------------

def test_fa_titles(lex):
    text = "رئیس‌جمهور ویتنام لونگ کوونگ روز دوشنبه وارد تهران شد. کوونگ گفت که سند آماده است."
    rows = run(lex, text, "fa")
    assert surfaces(rows) == ["لونگ کوونگ", "کوونگ"]
    assert rows[0][2] == "Q881" and rows[0][3] == "head_of_state"
    one_key(rows)


@pytest.mark.parametrize("text", [
    "رئیس جمهور روسیه روز سه‌شنبه گفت که توافق آماده است.",
    "وزیر امور خارجه عباس عراقچی به مسکو رفت.",  # known, and no state
    "رئیس جمهور روسیه در مسکو سخنرانی کرد.",
])
def test_fa_negatives(lex, text):
    assert run(lex, text, "fa") == []


# --- Chinese -------------------------------------------------------------------------------------

def test_zh_state_title_name(lex):
    text = "越南总统梁强与伊朗总统佩泽什基安举行会谈。梁强表示，双方将签署协议。"
    rows = run(lex, text, "zh")
    assert surfaces(rows) == ["梁强", "梁强"]
    assert rows[0][2] == "Q881" and rows[0][3] == "head_of_state"
    one_key(rows)


def test_zh_traditional_and_simplified_share_a_key(lex):
    trad = run(lex, "肯亞總統魯托今日抵達德黑蘭。魯托說，協議已經談妥。", "zh")
    simp = run(lex, "肯尼亚总统鲁托今天抵达德黑兰。", "zh")
    assert surfaces(trad) == ["魯托", "魯托"] and surfaces(simp) == ["鲁托"]
    assert trad[0][1] == simp[0][1] and trad[0][2] == simp[0][2] == "Q114"


def test_zh_interpunct_and_family_name(lex):
    text = "塞尔维亚总统亚历山大·武契奇表示，武契奇将于下月访华。"
    rows = run(lex, text, "zh")
    assert surfaces(rows) == ["亚历山大·武契奇", "武契奇"]
    assert rows[0][2] == "Q403"
    one_key(rows)


@pytest.mark.parametrize("text", [
    "俄罗斯总统办公厅称，会谈将于周五举行。",
    "美国总统选举将于明年举行。",
    "美国总统特使抵达莫斯科。",
    "俄罗斯总统普京签署了该条约。",   # known
    "总统鲁托表示欢迎。",               # no state
])
def test_zh_negatives(lex, text):
    assert run(lex, text, "zh") == []
