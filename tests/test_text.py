"""Text helpers every stage shares: folding (kg.text), sentences and clauses, name keys (kg.names).

Offsets found in the folded text are used as offsets in the article, so the
one property everything rests on is that folding never changes the length.
All sentences are made up.
"""
from __future__ import annotations

import pytest

from kg.lang import SUPPORTED, all_languages, get
from kg.names import local_key, name_key
from kg.text import clause_breaks, clauses, fold, iter_words, split_sentences, strip_marks

#: one string touching every folding table: traditional Chinese, Arabic/Persian letter variants and
#: digits, ZWNJ, Russian ё, full-width forms, typographic apostrophes, hyphens and spaces
MIXED = "普京簽署條約 أإآة ی ک ۱۴۰۳ ٢٠ پیونگ\u200cیانگ Ёлка ＡＢＣ１２ it’s non\u2011stop\u00a0x\u3000y"


# --- folding ------------------------------------------------------------------------------------

@pytest.mark.parametrize("code", SUPPORTED)
def test_folding_keeps_the_length(code: str) -> None:
    folded = fold(MIXED, get(code))
    assert len(folded) == len(MIXED)
    assert fold(folded, get(code)) == folded  # idempotent: rules folded once meet text folded once


def test_folding_without_a_language_is_generic_only() -> None:
    assert fold("ＡＢＣ１２ it’s ۱۴۰۳ 簽署") == "ABC12 it's 1403 簽署"


def test_chinese_traditional_folds_to_simplified() -> None:
    assert fold("普京簽署了條約，俄羅斯與伊朗", get("zh")) == "普京签署了条约,俄罗斯与伊朗"  # full-width comma too


def test_chinese_interpuncts_fold_to_one_dot() -> None:
    assert fold("马苏德・佩泽什基安 马苏德•佩泽什基安", get("zh")) == "马苏德·佩泽什基安 马苏德·佩泽什基安"


def test_arabic_letter_variants_fold() -> None:
    assert fold("أعلن إيران آمال مدرسة مستشفى مؤتمر", get("ar")) == "اعلن ايران امال مدرسه مستشفي موتمر"


def test_persian_digits_letters_and_zwnj() -> None:
    folded = fold("۱۴۰۳ پیونگ\u200cیانگ کره", get("fa"))
    assert folded == "1403 پيونگ يانگ كره"


def test_russian_yo() -> None:
    assert fold("Соединённые Штаты, Ёж", get("ru")) == "Соединенные Штаты, Еж"


def test_strip_marks_removes_diacritics_and_tatweel_only_where_the_language_says() -> None:
    """Diacritics are deleted before any offset exists (folding cannot delete)."""
    voweled = "وَقَّعَ الرَّئِيسُ المُعَاهَدَةَ ـــ"
    assert strip_marks(voweled, get("ar")) == "وقع الرئيس المعاهدة "
    assert strip_marks("ﺭئیس\u064eجمهور", get("fa")) == "ﺭئیسجمهور"
    assert strip_marks("café naïve", get("fr")) == "café naïve"  # Latin accents carry meaning


def test_patterns_are_folded_like_the_text() -> None:
    """A rule written with Persian ی or traditional characters still meets the folded text."""
    fa = get("fa")
    assert fa.pattern("رئیس").search(fa.fold("رئيس جمهور"))
    zh = get("zh")
    assert zh.pattern("簽署").search(zh.fold("签署了"))
    assert zh.pattern("签署").search(zh.fold("簽署了"))


def test_folding_tables_map_one_character_to_one() -> None:
    """Folding tables map one character to one character (a str key and a str value of length 1)."""
    for language in all_languages():
        table = language.script.fold
        for src in list(table)[:5000]:
            assert len(src) == 1 and len(table[src]) == 1, (language.code, src)


# --- sentences ------------------------------------------------------------------------------------

def _sentences(text: str, code: str) -> list[str]:
    language = get(code)
    return [s.slice(text) for s in split_sentences(language.fold(text), language)]


def test_chinese_sentences() -> None:
    text = "越南与老挝签署了协定。双方表示满意！\n下一段落"
    assert _sentences(text, "zh") == ["越南与老挝签署了协定。", "双方表示满意！", "下一段落"]


def test_latin_sentences_keep_abbreviations_initials_and_decimals() -> None:
    text = ("Mr. Kowalski met Gen. Okafor in the U.S. capital. George H. W. Smith spoke. "
            "The fund holds 1.5 billion dollars. it was signed.\nA new line")
    assert _sentences(text, "en") == [
        "Mr. Kowalski met Gen. Okafor in the U.S. capital.", "George H. W. Smith spoke.",
        "The fund holds 1.5 billion dollars. it was signed.", "A new line"]


def test_cyrillic_initials_do_not_end_a_sentence() -> None:
    text = "Договор подписал А. Петренко. Стороны довольны."
    assert _sentences(text, "ru") == ["Договор подписал А. Петренко.", "Стороны довольны."]


def test_arabic_sentences() -> None:
    text = "وقع الجانبان الاتفاقية. وقال الوزير إنها مهمة؟ نعم"
    assert _sentences(text, "ar") == ["وقع الجانبان الاتفاقية.", "وقال الوزير إنها مهمة؟", "نعم"]


def test_sentences_are_trimmed_and_never_empty() -> None:
    text = "  One.   Two.  \n\n\n  Three  "
    assert _sentences(text, "en") == ["One.", "Two.", "Three"]
    assert _sentences("", "en") == []


# --- clauses and words -------------------------------------------------------------------------------

def test_chinese_clauses() -> None:
    text = "老挝表示关切，并将回应；越南：同意"
    language = get("zh")
    span = split_sentences(text, language)[0]
    assert [c.slice(text) for c in clauses(language.fold(text), span, language)] == \
        ["老挝表示关切", "并将回应", "越南", "同意"]
    assert clause_breaks(language.fold(text), span, language) == [6, 11, 14]


def test_latin_clauses_break_at_dashes_but_not_hyphens() -> None:
    text = "The long-awaited pact – signed in Lima, Peru – covers trade; nothing else."
    language = get("en")
    span = split_sentences(text, language)[0]
    assert [c.slice(text) for c in clauses(language.fold(text), span, language)] == \
        ["The long-awaited pact", "signed in Lima", " Peru", "covers trade", " nothing else."]


def test_clauses_stay_inside_their_sentence() -> None:
    text = "First, one. Second, two."
    language = get("en")
    second = split_sentences(text, language)[1]
    assert [c.slice(text) for c in clauses(text, second, language)] == ["Second", " two."]


def test_iter_words() -> None:
    text = "Le traité d'amitié franco-malien, signé (2024)."
    assert [m.group() for m in iter_words(text)] == ["Le", "traité", "d'amitié", "franco-malien", "signé", "2024"]
    assert [m.group() for m in iter_words(text, 3, 9)] == ["traité"]


# --- name keys ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Jan Kowalski", "jan-kowalski"),
    ("J. Kowalski", "j kowalski"),
    ("بيزشكیان", "بيزشكيان"),          # Persian and Arabic yeh
    ("俄羅斯", "俄罗斯"),
    ("马苏德・佩泽什基安", "马苏德·佩泽什基安"),
    ("«Сила Сибири»", "сила сибири"),
    ("ＵＮ", "UN"),
])
def test_name_keys_meet(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("a, b", [("Kowalski", "Kowalska"), ("Mali", "Malawi"), ("俄罗斯", "白俄罗斯")])
def test_name_keys_keep_different_names_apart(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_local_keys_are_stable_slugs() -> None:
    assert local_key("person", "Jan Kowalski") == local_key("person", "jan-kowalski") == "person:jankowalski"
    assert local_key("person", "Zoë Ångström") == "person:zoeangstrom"
    key = local_key("person", "梁强")  # no Latin letters: a hash keeps it distinct and stable
    assert key.startswith("person:") and key == local_key("person", "梁強")
    assert key != local_key("person", "鲁托")


def test_a_sentence_without_stops_is_cut_into_bounded_pieces() -> None:
    """A page run together into one "sentence" is cut after commas or spaces, so that the work per
    sentence stays bounded; every character stays inside some piece, in order."""
    from kg.lang import get
    from kg.text import MAX_SENTENCE, split_sentences
    text = ", ".join(f"item {i} says the two ministers met again" for i in range(2000)) + "."
    spans = split_sentences(text, get("en"))
    assert len(spans) > 1 and all(s.end - s.start <= MAX_SENTENCE for s in spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
    assert "".join(text[s.start:s.end] for s in spans).replace(" ", "").replace(",", "") == \
        text.replace(" ", "").replace(",", "")


@pytest.mark.parametrize("language", all_languages(), ids=lambda lang: lang.code)
def test_the_fast_fold_equals_folding_char_by_char(language) -> None:
    """fold_chars translates with one table built per language; it must equal the plain
    char-by-char fold on text mixing scripts, digits, full-width forms, odd spaces and quotes."""
    from kg.folding import _fold_each, fold_chars
    table = language.script.fold
    sample = ("Ｔｅｈｒａｎ\u00a0٢٠٢٤ ۱۴۰۳ 條約 签署 ك ي ى ة ﻻ «договор» l\u2019accord \u2010 ２０２５年"
              "\u200c می\u200cشود 𝟚𝟘𝟚𝟜 Ünïcödé")
    for text in (sample, sample.replace("𝟚𝟘𝟚𝟜", ""), sample[:20], ""):  # beyond the basic plane and within it
        assert fold_chars(text, table) == _fold_each(text, table or {})


def test_folding_keeps_one_translation_per_table_not_per_call() -> None:
    from kg import folding
    for i in range(500):
        folding.fold_chars(f"Article {i}")
        folding.fold_chars(f"Статья {i}", {"ё": "е"})  # a table made on the fly each time
    assert len(folding._TRANSLATIONS) <= 65
