"""The lexicon (kg.lexicon): the integrity of its data, and how names are matched in running text.

Data tests check what must hold whatever entities the lexicon lists (keys,
well-formed and unique QIDs, references that resolve, columns every
language reads, the generated states file being current). Matching tests
run on made-up strings. Nothing here asks the lexicon to contain the names
of the evaluation sets: that would reward memorising them.
"""
from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

import pytest

from kg.lang import all_languages, get
from kg.lexicon import DATA_DIR, ENTITY_FILES, KINDS, Entry, Lexicon, build_lexicon, columns, load_lexicon, read_tsv
from kg.lexicon.match import NameMatcher

ROOT = Path(__file__).resolve().parents[1]
QID = re.compile(r"^Q[1-9][0-9]*$")
LOCAL_KEY = re.compile(r"^[a-z]+:[a-z0-9_]+$")
#: columns of the entity files that are not names
META = {"key", "qid", "kind", "iso2", "stands_for", "located_in", "country", "role", "hosts", "parties", "source"}


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon()


def rows(fname: str) -> list[dict[str, str]]:
    path = os.path.join(DATA_DIR, fname)
    return read_tsv(path) if os.path.exists(path) else []


def found(lex: Lexicon, text: str, code: str) -> list[tuple[str, str]]:
    """(surface as written, key) of every name the lexicon finds in ``text`` read as ``code``."""
    language = get(code)
    folded = language.fold(text)
    hits = lex.find(folded, language)
    check_spans(hits)
    return [(text[h.start:h.end], h.key) for h in hits]


def adjectives(lex: Lexicon, text: str, code: str) -> list[tuple[str, str]]:
    language = get(code)
    hits = lex.find_adjectives(language.fold(text), language)
    check_spans(hits)
    return [(text[h.start:h.end], h.key) for h in hits]


def check_spans(hits: list) -> None:
    """Hits are ordered, non-empty and never overlap."""
    spans = [(h.start, h.end) for h in hits]
    assert spans == sorted(spans)
    assert all(s < e for s, e in spans)
    assert all(e1 <= s2 for (_s1, e1), (s2, _e2) in zip(spans, spans[1:])), "overlap"


def keys(entries: list[Entry]) -> list[str]:
    return [e.key for e in entries]


# --- data integrity ---------------------------------------------------------------------------------

def test_keys_unique_across_files() -> None:
    seen: dict[str, str] = {}
    total = 0
    for fname in ENTITY_FILES:
        for row in rows(fname):
            total += 1
            assert row["key"], fname
            assert row["key"] not in seen, f"{row['key']} in {fname} and {seen.get(row['key'])}"
            seen[row["key"]] = fname
    assert total > 500  # the files were read at all


def test_keys_and_qids_are_well_formed_and_unique(lex: Lexicon) -> None:
    owners: dict[str, str] = {}
    for e in lex:
        assert e.kind in KINDS, e.key
        if e.qid is not None:
            assert QID.match(e.qid), e.key
            assert e.qid not in owners, f"{e.qid} on {e.key} and {owners[e.qid]}"
            owners[e.qid] = e.key
        if e.key.startswith("Q"):
            assert e.key == e.qid
        else:
            assert LOCAL_KEY.match(e.key), e.key
    assert len(owners) > 300


def test_qids_have_a_source() -> None:
    """A wrong QID silently merges distinct things: every QID says how it was confirmed."""
    for fname in ENTITY_FILES:
        for row in rows(fname):
            if row.get("qid"):
                assert row.get("source"), f"{fname}: {row['key']} has a QID but no source"


def test_references_resolve(lex: Lexicon) -> None:
    for e in lex:
        for ref in (e.stands_for, e.country, e.located_in, *e.parties):
            if ref is not None:
                assert ref in lex, f"{e.key} -> unknown {ref}"
        if e.kind in ("city", "seat") and e.stands_for:
            assert lex.get(e.stands_for).kind == "state", e.key
        if e.kind == "seat":
            assert e.stands_for, e.key
        if e.kind == "person":
            assert e.country and e.role, e.key
            assert lex.get(e.country).kind in ("state", "org"), e.key
        if e.located_in:
            assert lex.get(e.located_in).kind == "city", e.key
        if e.kind == "outlet":
            assert all(h == h.lower() and not h.startswith("www.") and "/" not in h for h in e.hosts), e.key


def test_every_entry_has_a_name_and_a_label(lex: Lexicon) -> None:
    for e in lex:
        assert e.all_names(), e.key
        assert e.label("en") != e.key, e.key
        assert all(n == n.strip() and "|" not in n for n in e.all_names()), e.key


def test_no_duplicate_names_within_a_column() -> None:
    """A name listed twice in one cell (or again in aliases.tsv) is a copy-paste slip."""
    cols = columns()
    for fname in ENTITY_FILES:
        for row in rows(fname):
            for c in cols:
                cell = [n.strip() for n in row.get(c, "").split("|") if n.strip()]
                assert len(cell) == len(set(cell)), (fname, row["key"], c)
    for row in rows("aliases.tsv"):
        cell = [n.strip() for n in row["names"].split("|") if n.strip()]
        assert len(cell) == len(set(cell)), row


def test_file_columns_are_known() -> None:
    """A misspelt language column (zh-Hant, EN) would be read as no column and lose its names."""
    known = META | set(columns())
    for fname in ENTITY_FILES:
        data = rows(fname)
        if data:
            assert set(data[0]) <= known, (fname, set(data[0]) - known)
    assert {r["lang"] for r in rows("aliases.tsv")} <= set(columns())
    assert {r["lang"] for r in rows("adjectives.tsv")} <= set(columns())
    assert {r["lang"] for r in rows("blockers.tsv")} <= set(columns()) | {"latin"}


def test_every_language_reads_columns_the_states_file_has() -> None:
    header = set(rows("states.tsv")[0])
    for language in all_languages():
        assert language.columns, language.code
        assert set(language.columns) <= header, language.code
        assert (language.label_column or language.code) in header, language.code


def test_states_cover_the_un_members_in_every_column(lex: Lexicon) -> None:
    states = [e for e in lex if e.kind == "state" and e.qid]
    # 193 members, the Holy See, Palestine, Taiwan, Kosovo; and the Soviet Union and Somaliland,
    # which news names as parties and which have QIDs of their own
    assert len(states) == 199
    assert all(e.key.startswith("state:") for e in lex if e.kind == "state" and not e.qid)  # de facto states
    for e in states:
        for column in columns():
            assert e.names.get(column), (e.key, column)


def test_abbreviation_adjective_and_alias_keys_are_known(lex: Lexicon) -> None:
    for row in rows("adjectives.tsv"):
        assert lex.get(row["key"]).kind == "state", row
    for row in rows("aliases.tsv"):
        assert row["key"] in lex, row


def test_abbreviations_are_one_character_and_ambiguous_ones_say_why() -> None:
    """An ambiguous character counts only where the article names its state in full; its other
    readings (another state, or a word such as 巴黎) are listed or explained."""
    for row in rows("abbreviations.tsv"):
        assert len(row["char"]) == 1, row
        if row.get("ambiguous") in ("1", "yes", "true"):
            assert row.get("alternatives") or len(row.get("note", "")) > 10, f"{row['char']}: whose other readings?"


def test_abbreviation_keys_are_known(lex: Lexicon) -> None:
    for row in rows("abbreviations.tsv"):
        for key in [row["key"], *filter(None, row.get("alternatives", "").split("|"))]:
            entry = lex.get(key)
            assert entry is not None and entry.kind in ("state", "org"), row  # 欧 is the European Union


@pytest.mark.xfail(strict=True, reason=(
    "generate.clean applies each SPELLED_OUT replacement ('&' -> 'and', 'St. ' -> 'Saint ') to the CLDR name "
    "separately, never both; the committed states.tsv has 'Saint Kitts and Nevis' and 'Saint Vincent and "
    "Grenadines', which render() no longer produces, so --check reports the file stale"))
def test_generated_states_file_is_current() -> None:
    """states.tsv is generated from CLDR (babel): a hand edit or a stale file fails here."""
    import babel

    from kg.lexicon import generate

    if generate.generated_with() != babel.__version__:
        pytest.skip("states.tsv was generated with another babel release")
    assert generate.main(["--check"]) == 0


def test_well_known_qids() -> None:
    """A few QIDs anyone can check on Wikidata: a shifted table would break them all."""
    lex = load_lexicon()
    expected = {"Q159": "Russia", "Q794": "Iran", "Q30": "United States", "Q148": "China", "Q17": "Japan",
                "Q183": "Germany", "Q142": "France", "Q29": "Spain", "Q79": "Egypt", "Q865": "Taiwan"}
    for qid, name in expected.items():
        assert lex.get(qid).kind == "state" and name in lex.get(qid).names["en"], qid
    for qid, state in {"Q649": "Q159", "Q3616": "Q794", "Q90": "Q142", "Q64": "Q183", "Q1490": "Q17"}.items():
        assert lex.get(qid).kind == "city" and lex.get(qid).stands_for == state, qid
    assert lex.get("Q1065").kind == "org"  # the United Nations


# --- loading -------------------------------------------------------------------------------------------

def _copy_data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


@pytest.mark.parametrize("fname, line, message", [
    ("orgs.tsv", "Q1065\tQ1065\torg\t\t\t\t\t\t\t\t\tdup", "duplicate key Q1065"),
    ("orgs.tsv", "org:broken\tQ12x\torg\t\t\t\t\t\tBroken\t\t\tsrc", "malformed QID"),
    ("orgs.tsv", "Q99999999\t\torg\t\t\t\t\t\tNo qid\t\t\tsrc", "looks like a QID"),
    ("aliases.tsv", "org:nowhere\ten\tNowhere\tnote", "unknown key org:nowhere"),
    ("aliases.tsv", "Q1065\tklingon\tNowhere\tnote", "unknown column klingon"),
])
def test_build_refuses_bad_data(tmp_path: Path, fname: str, line: str, message: str) -> None:
    data = _copy_data(tmp_path)
    with open(data / fname, "a", encoding="utf-8") as fh:
        fh.write(line + "\n")
    with pytest.raises(ValueError, match=message):
        build_lexicon(str(data))


def test_load_is_cached_and_fast() -> None:
    assert load_lexicon() is load_lexicon()
    t = time.perf_counter()
    fresh = build_lexicon()
    for language in all_languages():
        fresh.find(language.fold("x"), language)
    assert time.perf_counter() - t < 3.0


# --- the API -----------------------------------------------------------------------------------------

def test_labels(lex: Lexicon) -> None:
    ru = lex.get("Q159")
    assert (ru.label("zh"), ru.label("zh_Hant"), ru.label("en"), ru.label("de")) == ("俄罗斯", "俄羅斯", "Russia", "Russland")
    assert ru.label("xx") == "Russia"  # English when the column is unknown
    only_en = Entry("org:x", "org", names={"en": ("Example Body",)})
    assert only_en.label("ar") == "Example Body" and Entry("org:y", "org").label() == "org:y"


def test_lookup(lex: Lexicon) -> None:
    assert keys(lex.lookup("俄羅斯")) == keys(lex.lookup("俄罗斯")) == keys(lex.lookup("russia")) == ["Q159"]
    assert keys(lex.lookup("Philippines")) == ["Q928"]
    assert "Q423" in keys(lex.lookup("كوريا الشمالية"))
    assert keys(lex.lookup("voachinese.com")) == ["outlet:voa"]  # a host looks up its outlet
    assert lex.lookup("nothing like a name") == []
    assert lex.lookup("России") == []  # case forms are the matcher's business, not lookup's


def test_lookup_orders_kinds() -> None:
    """Two entries with one name: the state comes before the city, as KINDS says."""
    lex = Lexicon({"Q1": Entry("Q1", "city", "Q1", {"en": ("Gamma",)}),
                   "Q2": Entry("Q2", "state", "Q2", {"en": ("Gamma",)})}, {}, {}, {})
    assert keys(lex.lookup("gamma")) == ["Q2", "Q1"]


def test_by_host(lex: Lexicon) -> None:
    assert lex.by_host("www.voachinese.com").key == "outlet:voa"
    assert lex.by_host("gdb.voanews.com").key == "outlet:voa"          # subdomains fold
    assert lex.by_host("https://www.voachinese.com/a/x.html").key == "outlet:voa"
    assert lex.by_host("VOANEWS.COM:443").key == "outlet:voa"
    assert lex.by_host("example.com") is None and lex.by_host("") is None
    assert lex.by_host("com") is None


def test_abbreviations(lex: Lexicon) -> None:
    zh = get("zh")
    assert lex.abbreviations("俄") == ("Q159",)
    assert lex.abbreviations(zh.fold("韓")) == lex.abbreviations("韩") and lex.abbreviations("韩")[0] == "Q884"
    assert not lex.ambiguous("俄")
    assert lex.ambiguous("巴") and lex.abbreviations("巴")[:2] == ("Q843", "Q219060")
    assert lex.abbreviations("猫") == () and lex.has_abbreviations()


# --- matching ---------------------------------------------------------------------------------------------

def test_transliteration_variants_meet(lex: Lexicon) -> None:
    variants = [("佩泽什基安", "zh"), ("佩泽希齐扬", "zh"), ("佩澤希齊揚", "zh"), ("马苏德·佩泽什基安", "zh"),
                ("马苏德・佩泽什基安", "zh"), ("مسعود بزشكيان", "ar"), ("مسعود پزشکیان", "fa"),
                ("Masoud Pezeshkian", "en"), ("Pezeshkian", "en"), ("Масуд Пезешкиан", "ru")]
    for name, code in variants:
        assert found(lex, f"[{name}]", code) == [(name, "person:pezeshkian")], (name, code)
    for name, code in [("普京", "zh"), ("普丁", "zh"), ("بوتين", "ar"), ("پوتین", "fa"), ("Путин", "ru"),
                       ("Putin", "en"), ("Poutine", "fr"), ("ولادیمیر پوتین", "fa")]:
        assert [k for _s, k in found(lex, f" {name} ", code)] == ["Q7747"], name


def test_chinese_both_scripts_and_longest_match(lex: Lexicon) -> None:
    text = "白俄羅斯與俄罗斯的代表在克里姆林宮會面，北韓代表抵達平壤。"
    assert found(lex, text, "zh") == [("白俄羅斯", "Q184"), ("俄罗斯", "Q159"), ("克里姆林宮", "seat:kremlin"),
                                      ("北韓", "Q423"), ("平壤", "Q18808")]


def test_chinese_blockers_and_single_characters(lex: Lexicon) -> None:
    """合法国家 contains 法国 and 其中国家 contains 中国: ordinary words, no states. One-character
    abbreviations (俄) are never names on their own."""
    assert found(lex, "这是合法国家的做法，其中国家不多。俄伊条约，里海地区。", "zh") == []


def test_arabic_proclitics(lex: Lexicon) -> None:
    text = "وصل الوفد وروسيا بموسكو لإيران والقاهرة، وبيونغ يانغ."
    assert found(lex, text, "ar") == [("روسيا", "Q159"), ("موسكو", "Q649"), ("إيران", "Q794"),
                                      ("القاهرة", "Q85"), ("بيونغ يانغ", "Q18808")]


@pytest.mark.xfail(strict=True, reason="Arabic ل before a name with the article contracts (ل + الصومال = للصومال); "
                                       "the matcher only strips whole proclitics, so the name is missed")
def test_arabic_lam_before_the_article(lex: Lexicon) -> None:
    assert found(lex, "دعم للصومال وللصومال", "ar") == [("لصومال", "Q1045"), ("لصومال", "Q1045")]


def test_arabic_word_ends(lex: Lexicon) -> None:
    assert found(lex, "الروسية", "ar") == []             # an adjective, not the state
    assert found(lex, "شبه الجزيرة الكورية", "ar") == []  # not the outlet Al Jazeera
    assert found(lex, "الدعم المالي ومالي وجمهورية مالي", "ar") == [("جمهورية مالي", "Q912")]  # "financial"


def test_persian_zwnj_and_word_ends(lex: Lexicon) -> None:
    for form in ("پیونگ\u200cیانگ", "پیونگیانگ", "پیونگ یانگ"):
        assert found(lex, f"سفر به {form} در ماه مه", "fa") == [(form, "Q18808")]
    assert found(lex, "کرهٔ شمالی و روسیه", "fa") == [("کرهٔ شمالی", "Q423"), ("روسیه", "Q159")]
    assert found(lex, "دوشنبه ۲۱ آبان", "fa") == []           # Monday, not Dushanbe
    assert found(lex, "کمک مالی به جمهوری مالی", "fa") == [("جمهوری مالی", "Q912")]


def test_russian_case_forms(lex: Lexicon) -> None:
    for form in ("Россия", "России", "Россию", "Россией"):
        assert found(lex, f"с {form}.", "ru") == [(form, "Q159")], form
    for form, key in [("Москве", "Q649"), ("Ираном", "Q794"), ("Беларусью", "Q184"), ("Северной Кореи", "Q423"),
                      ("Соединёнными Штатами", "Q30"), ("Соединенными Штатами", "Q30"), ("Кремле", "seat:kremlin"),
                      ("КНДР", "Q423")]:
        assert found(lex, f"в {form}, ", "ru") == [(form, key)], form
    assert found(lex, "Иранский", "ru") == []      # an adjective, not Иран + ending
    assert found(lex, "Того же дня", "ru") == []   # "the same", not Togo
    assert found(lex, "в Латинской Америке и Америке", "ru") == [("Америке", "Q30")]


@pytest.mark.xfail(strict=True, reason="Latin look-alike letters inside Cyrillic words (c for с) no longer fold: "
                                       "kg.lang.ru's Script.fold maps only ё")
def test_russian_latin_look_alikes(lex: Lexicon) -> None:
    assert found(lex, "с Росcия.", "ru") == [("Росcия", "Q159")]


def test_latin_word_boundaries_and_case(lex: Lexicon) -> None:
    text = "LIMA, Peru – Chile and Japan; the Kremlin said the US and us; Iran's Iranian"
    assert found(lex, text, "en") == [("LIMA", "Q2868"), ("Peru", "Q419"), ("Chile", "Q298"), ("Japan", "Q17"),
                                      ("Kremlin", "seat:kremlin"), ("US", "Q30"), ("Iran", "Q794")]
    assert found(lex, "china and turkey plates", "en") == []
    assert found(lex, "Latin America and America", "en") == [("America", "Q30")]
    assert found(lex, "Iran's Guardian Council", "en") == [("Iran", "Q794")]


def test_romance_and_german_names(lex: Lexicon) -> None:
    assert found(lex, "À Ryad, le Pérou et l’Arabie saoudite se sont engagés", "fr") == \
        [("Ryad", "Q3692"), ("Pérou", "Q419"), ("Arabie saoudite", "Q851")]
    assert found(lex, "Russland und Iran, Deutschland", "de") == [("Russland", "Q159"), ("Iran", "Q794"),
                                                                  ("Deutschland", "Q183")]


def test_adjectives(lex: Lexicon) -> None:
    assert adjectives(lex, "российско-иранский договор и Российской стороны", "ru") == \
        [("российско", "Q159"), ("иранский", "Q794"), ("Российской", "Q159")]
    assert adjectives(lex, "التعاون الروسي الإيراني والمقترحات الروسية", "ar") == \
        [("روسي", "Q159"), ("إيراني", "Q794"), ("روسية", "Q159")]
    assert adjectives(lex, "روسیه و ایران", "fa") == []     # the nouns, not روسی + ه
    assert adjectives(lex, "ایرانی", "fa") == [("ایرانی", "Q794")]
    assert adjectives(lex, "iranienne, russes et nord-coréenne", "fr") == \
        [("iranienne", "Q794"), ("russes", "Q159"), ("nord-coréenne", "Q423")]
    assert adjectives(lex, "rusa e iraníes", "es") == [("rusa", "Q159"), ("iraníes", "Q794")]
    assert adjectives(lex, "Russian table and Iranians", "en") == [("Russian", "Q159"), ("Iranians", "Q794")]
    assert adjectives(lex, "die russische Seite", "de") == [("russische", "Q159")]


def test_name_matcher_on_made_up_names() -> None:
    """The matcher itself: leftmost-longest, blockers win their position, case as written, ALL CAPS ok."""
    en = get("en")
    m = NameMatcher([("Gamma", "k:g"), ("Gamma Delta", "k:gd"), ("Gammaville", None), ("GD", "k:acr")], en)
    text = "Gamma Delta met Gamma in Gammaville; gamma and GAMMA; GD and gd."
    assert [(text[h.start:h.end], h.key) for h in m.find(en.fold(text))] == \
        [("Gamma Delta", "k:gd"), ("Gamma", "k:g"), ("GAMMA", "k:g"), ("GD", "k:acr")]
    zh = get("zh")
    m = NameMatcher([("甲乙", "k:a"), ("甲乙丙", "k:b"), ("乙丙丁", None)], zh)
    assert [(h.start, h.end, h.key) for h in m.find("甲乙丙 甲乙 乙丙丁")] == [(0, 3, "k:b"), (4, 6, "k:a")]


def test_spans_on_every_input_file(lex: Lexicon) -> None:
    """On real pages (read as inputs) hits are ordered and never overlap, in every language."""
    from kg.read import read_document

    paths = sorted((ROOT / "seeds").glob("*.txt"))
    dev = ROOT.parent / "shared" / "eval" / "dev"
    if dev.is_dir():
        paths += sorted(dev.glob("*.txt"))
    for path in paths:
        doc = read_document(str(path))
        language = get(doc.language)
        check_spans(lex.find(doc.folded, language))
        check_spans(lex.find_adjectives(doc.folded, language))


def test_language_codes(lex: Lexicon) -> None:
    assert get("zh-TW") is get("zh_Hant") is get("zh")
    assert [k for _s, k in found(lex, "北韓與俄羅斯", "zh-TW")] == ["Q423", "Q159"]
    assert [k for _s, k in found(lex, "Russia", "xx")] == ["Q159"]  # unknown languages read as English


def test_seat_stands_for_its_state_and_lies_in_its_city(lex: Lexicon) -> None:
    (surface, key), = found(lex, "signed in the Kremlin", "en")
    seat = lex.get(key)
    assert seat.kind == "seat" and seat.stands_for == "Q159" and seat.located_in == "Q649"


def test_matching_is_fast(lex: Lexicon) -> None:
    samples = {"zh": "老挝与越南周一在万象签署边境协定，俄罗斯和伊朗表示欢迎。", "en": "Laos and Vietnam signed a pact in Hanoi. ",
               "ru": "Россия и Иран подписали договор в Москве. ", "ar": "وقعت روسيا وإيران معاهدة في موسكو. "}
    for code, sample in samples.items():
        language = get(code)
        text = language.fold((sample * (5000 // len(sample) + 1))[:5000])
        lex.find(text, language)  # build the matcher
        t = time.perf_counter()
        for _ in range(5):
            lex.find(text, language)
        assert (time.perf_counter() - t) / 5 < 0.1, code
