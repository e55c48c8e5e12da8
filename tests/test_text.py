from kg.text import fold, normalize_name, split_clauses, split_sentences


def test_chinese_folding_keeps_offsets():
    text = "普京簽署了條約"
    folded = fold(text, "zh")
    assert folded.text == "普京签署了条约"
    assert len(folded.text) == len(text)


def test_arabic_folding_maps_back_to_the_original():
    text = "وقّع بوتين المعاهدةَ"
    folded = fold(text, "ar")
    start = folded.text.index("بوتين")
    span = folded.span(start, start + len("بوتين"))
    assert text[span.start:span.end] == "بوتين"
    assert "وقع" in folded.text


def test_persian_digits_and_zwnj():
    folded = fold("۱۴۰۳ پیونگ\u200cیانگ", "fa")
    assert folded.text.startswith("1403")
    assert "پيونگ يانگ" in folded.text


def test_sentences_and_clauses():
    text = "俄罗斯与伊朗签署了条约。美国表示关切，并将回应。\nSecond line. Another one."
    sentences = split_sentences(text)
    assert [text[s.start:s.end] for s in sentences] == [
        "俄罗斯与伊朗签署了条约。", "美国表示关切，并将回应。", "Second line.", "Another one."]
    clauses = split_clauses(text, sentences[1])
    assert [text[c.start:c.end] for c in clauses] == ["美国表示关切", "并将回应。"]


def test_normalize_name_matches_the_scorer_folding():
    assert normalize_name("Vladimir Putin") == normalize_name("vladimir-putin")
    assert normalize_name("بيزشكیان") == normalize_name("بيزشكيان")
