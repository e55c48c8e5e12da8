"""READ stage: metadata, clean text, junk removal, refusals (kg.read, kg.langid)."""
from __future__ import annotations

import hashlib
import json
import pickle
import re
from datetime import date
from pathlib import Path
from typing import Optional

import pytest

from kg.doc import Document
from kg.lang.boilerplate import all_rules
from kg.lang.calendars import jalali_is_leap, jalali_to_gregorian
from kg.langid import detect_language
from kg.read import ReadError, guess_encoding, iter_input_files, parse_date, read_document, read_text

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
EVAL = ROOT.parent / "shared" / "eval"
needs_eval = pytest.mark.skipif(not (EVAL / "dev").is_dir(), reason="../shared/eval not present")

#: gold metadata of the seeds (shared/eval/gold/seeds.json), kept here so the
#: seed tests run without the shared folder
SEED_GOLD: dict[str, dict[str, Optional[str]]] = {
    "000_e3164c58d8428c00.txt": {
        "url": "https://www.voachinese.com/a/russia-s-comprehensive-treaty-with-iran-will-include-"
               "defence-lavrov-says-20241031/7846162.html",
        "published": "2024-10-31", "language": "zh",
        "title": "继朝鲜之后，俄罗斯很快将与伊朗签订具有军事联盟性质的条约"},
    "001_75a65a6960843af7.txt": {
        "url": "https://www.voachinese.com/a/article-settings-draft-iranian-president-arrives-in-"
               "moscow-for-treaty-signing-with-putin-20250117/7940337.html",
        "published": "2025-01-17", "language": "zh",
        "title": "普京与伊朗总统会谈，俄伊准备签署战略条约引人关注"},
    "002_cd539920f5647f6d.txt": {
        "url": None, "published": None, "language": "zh",
        "title": "加快和俄罗斯结盟,能不能帮伊朗渡过难关?"},
    "003_fc4972f94a6e8f42.txt": {
        "url": None, "published": "2025-01-18", "language": "zh",
        "title": "在叙利亚遇挫后:俄罗斯与伊朗加强联盟"},
    "004_6bd7e0b00256c35c.txt": {
        "url": None, "published": "2024-10-31", "language": "ar",
        "title": 'وزير الخارجية الروسي: المعاهدة "الشاملة" مع إيران ستشمل الدفاع'},
}


def seed(name: str) -> Document:
    return read_document(str(SEEDS / name))


def _dev_gold() -> list[dict]:
    path = EVAL / "gold" / "dev.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else []


# --------------------------------------------------------------------------- seeds

@pytest.mark.parametrize("name", sorted(SEED_GOLD))
def test_seed_metadata_matches_gold(name: str) -> None:
    doc, gold = seed(name), SEED_GOLD[name]
    assert (doc.url, doc.published, doc.language, doc.title) == \
        (gold["url"], gold["published"], gold["language"], gold["title"])


@needs_eval
def test_seed_gold_table_is_current() -> None:
    gold = json.loads((EVAL / "gold" / "seeds.json").read_text(encoding="utf-8"))
    for entry in gold:
        assert {k: entry[k] for k in ("url", "published", "language", "title")} == SEED_GOLD[entry["doc"]]


@pytest.mark.parametrize("name", sorted(SEED_GOLD))
def test_seed_text_shape(name: str) -> None:
    path = SEEDS / name
    doc = read_document(str(path))
    assert doc.doc_id == name and doc.path == str(path)
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.title_span is not None and doc.title_span.slice(doc.text) == doc.title
    assert doc.text.startswith(doc.title + "\n\n")
    assert "\n\n" not in doc.text[len(doc.title) + 2:]  # one paragraph per line
    assert all(line == line.strip() and line for line in doc.text.split("\n")[2:])
    assert read_document(str(path)).text == doc.text  # deterministic


def test_seed_publisher_names() -> None:
    assert seed("000_e3164c58d8428c00.txt").publisher_names == ["voachinese.com"]
    names = seed("003_fc4972f94a6e8f42.txt").publisher_names
    assert names[0] == "半岛电视台" and "hot166.com" in names  # first 来源 line is the reliable one
    assert seed("004_6bd7e0b00256c35c.txt").publisher_names == ["euronews"]
    assert seed("002_cd539920f5647f6d.txt").publisher_names == []


def test_rss_item_structure() -> None:
    doc = seed("000_e3164c58d8428c00.txt")
    lines = doc.text.split("\n")
    assert lines[2] == "资料照：俄罗斯外交部长拉夫罗夫"            # caption kept as its own paragraph
    assert lines[3].startswith("华盛顿 — 俄罗斯外交部长")          # dateline joined to its paragraph
    assert "<" not in doc.text and "Thu, 31 Oct" not in doc.text
    for junk in ("获取更多RSS", "feedx", "https://"):
        assert junk not in doc.text


@pytest.mark.parametrize("name, junk", [
    ("002_cd539920f5647f6d.txt", ["划重点", "腾讯混元", "全文1740字", "仅供参考",
                                  "01伊朗外交部发言人"]),
    ("003_fc4972f94a6e8f42.txt", ["list of 4", "itemslist", "end of list", "阅读更多", "Array",
                                  "艾哈迈德·沙拉如何解决", "来源", "4705", "1月 18, 2025"]),
    ("004_6bd7e0b00256c35c.txt", ["accessibility", "شارك هذا المقال", "كلمات دلالية", "المصدر",
                                  "إقرأ أيضاً", "euronews", "Next",
                                  # sentences of the read-also article
                                  "تشوي سون هوي", "وونسان", "كورسك", "التلاعب بمحادثات السلام",
                                  "تاريخ النشر"]),
])
def test_seed_junk_is_gone(name: str, junk: list[str]) -> None:
    text = seed(name).text
    for marker in junk:
        assert marker not in text, marker


def test_seed_003_body_kept_once() -> None:
    doc = seed("003_fc4972f94a6e8f42.txt")
    for sentence in ("伊朗和俄罗斯敲定了一项拖延已久的合作协议", "德国国际安全事务研究所客座研究员",
                     "普京似乎不太可能冒着失去长期联盟的风险"):
        assert doc.text.count(sentence) == 1, sentence
    assert doc.text.count(doc.title) == 1
    assert "\n伊朗总统佩泽希齐扬和俄罗斯总统普京于本周五在莫斯科签署" in doc.text  # the paragraphed copy


def test_seed_002_keeps_body_and_captions() -> None:
    text = seed("002_cd539920f5647f6d.txt").text
    assert text.split("\n")[2].startswith("随着叙利亚局势愈发混乱")
    assert "图片【伊朗外交部发言人伊斯梅尔·巴海】" in text
    assert text.endswith("那就只能重蹈叙利亚的覆辙。")


def test_seed_004_keeps_whole_article() -> None:
    text = seed("004_6bd7e0b00256c35c.txt").text
    assert text.endswith("أرسلت حوالي 10,000 جندي إلى روسيا.")
    assert len(text.split("\n")) == 2 + 6


# --------------------------------------------------------------------------- dev set

@needs_eval
@pytest.mark.parametrize("gold", _dev_gold(), ids=lambda g: g["doc"])
def test_dev_metadata_matches_gold(gold: dict) -> None:
    doc = read_document(str(EVAL / "dev" / gold["doc"]))
    assert doc.published == gold["published"]
    assert doc.language == gold["language"]
    assert doc.title == gold["title"]
    assert doc.url == gold["url"]
    if gold["publisher"]:
        assert doc.publisher_names and doc.publisher_names[0] in gold["publisher"]["names"]
    if doc.title:
        assert doc.title_span is not None and doc.title_span.slice(doc.text) == doc.title


@needs_eval
@pytest.mark.parametrize("name, junk", [
    ("dev_01_ar.txt", ["العين برس/ دولي"]),
    ("dev_04_ru.txt", ["мин. чтения"]),
    ("dev_05_fa.txt", ["۱۴۰۳/۰۸/۲۱"]),
    ("dev_07_zh.txt", ["首頁", "分享到", "字號", "(完)", "編輯", "視頻", "更 多", "黑洞", "稿件來源"]),
    ("dev_08_zh.txt", ["即時 熱門", "核稿編輯", "APP", "粉絲團", "TOP", "2024/06/19"]),
    ("dev_10_en.txt", ["Published September", "Updated"]),
])
def test_dev_junk_is_gone(name: str, junk: list[str]) -> None:
    text = read_document(str(EVAL / "dev" / name)).text
    for marker in junk:
        assert marker not in text, marker


@needs_eval
def test_dev_duplicate_captions_collapse() -> None:
    text = read_document(str(EVAL / "dev" / "dev_10_en.txt")).text
    assert text.count("Prime Minister Shehbaz Sharif poses for a group photo") == 1


@needs_eval
def test_dev_caption_above_headline_stays_in_body() -> None:
    doc = read_document(str(EVAL / "dev" / "dev_05_fa.txt"))
    assert doc.text.split("\n")[2].startswith("ولادیمیر پوتین در سفر ماه ژوئن")


@needs_eval
@pytest.mark.parametrize("gold", _dev_gold(), ids=lambda g: g["doc"])
def test_language_of_raw_dev_files(gold: dict) -> None:
    assert detect_language((EVAL / "dev" / gold["doc"]).read_text(encoding="utf-8")) == gold["language"]


# --------------------------------------------------------------------------- dates

def test_jalali_conversion() -> None:
    assert jalali_to_gregorian(1403, 8, 21) == date(2024, 11, 11)
    assert jalali_to_gregorian(1403, 1, 1) == date(2024, 3, 20)
    assert jalali_to_gregorian(1404, 1, 1) == date(2025, 3, 21)
    assert jalali_to_gregorian(1403, 12, 30) == date(2025, 3, 20)   # 1403 is a leap year
    assert jalali_to_gregorian(1399, 12, 30) == date(2021, 3, 20)
    assert jalali_to_gregorian(1403, 10, 27) == date(2025, 1, 16)
    assert jalali_to_gregorian(1375, 1, 1) == date(1996, 3, 20)
    assert [y for y in range(1395, 1406) if jalali_is_leap(y)] == [1395, 1399, 1403]
    with pytest.raises(ValueError):
        jalali_to_gregorian(1402, 12, 30)  # not a leap year
    with pytest.raises(ValueError):
        jalali_to_gregorian(1403, 7, 31)


def test_jalali_days_are_consecutive() -> None:
    day = jalali_to_gregorian(1400, 1, 1)
    for month in range(1, 13):
        for d in range(1, 32):
            try:
                converted = jalali_to_gregorian(1400, month, d)
            except ValueError:
                break
            assert converted == day
            day = date.fromordinal(day.toordinal() + 1)
    assert day == jalali_to_gregorian(1401, 1, 1)


@pytest.mark.parametrize("text, lang, expected", [
    ("1月 18, 2025 - 11:44", "zh", "2025-01-18"),
    ("تاريخ النشر: 31st, October 2024 GMT", "ar", "2024-10-31"),
    ("2025-04-22 10:33 | 稿件來源:香港中通社", "zh", "2025-04-22"),
    ("2024/06/19 17:20", "zh", "2024-06-19"),
    ("2024年6月19日", "zh", "2024-06-19"),
    ("Published September 17, 2025 Updated September 18, 2025 11:48pm", "en", "2025-09-17"),
    ("دوشنبه ۱۴۰۳/۰۸/۲۱", "fa", "2024-11-11"),
    ("۲۲ آبان ۱۴۰۳", "fa", "2024-11-12"),
    ("۳ فروردین ۱۴۰۴", None, "2025-03-23"),
    ("Опубликовано 17 января 2025 г.", "ru", "2025-01-17"),
    ("17.01.2025", "ru", "2025-01-17"),
    ("01/02/2025", "en", "2025-01-02"),
    ("01/02/2025", "fr", "2025-02-01"),
    ("01/17/2025", "fr", "2025-01-17"),
    ("Publié le 17 septembre 2025", "fr", "2025-09-17"),
    ("17 de septiembre de 2025", "es", "2025-09-17"),
    ("31 أكتوبر 2024", "ar", "2024-10-31"),
    ("12 ربيع الآخر 1446 / 1446/04/12", "ar", None),  # lunar Hijri: not converted
    ("2024-02-30", None, None),
    ("no date here", None, None),
])
def test_parse_date(text: str, lang: Optional[str], expected: Optional[str]) -> None:
    assert parse_date(text, lang) == expected


def test_body_dates_are_not_publication_dates() -> None:
    doc = read_text("Treaty ratified\n\nThe treaty signed on 6 December 2024 was ratified.\n"
                    "On 5 February 2025 the president sent it to parliament.\n")
    assert doc.published is None


def test_header_date_only_near_the_top() -> None:
    body = "\n".join(f"Paragraph {i} about the treaty and its ratification." for i in range(10))
    assert read_text(f"Title\n{body}\n2024-06-19\n").published is None
    assert read_text(f"Title\n2024-06-19\n{body}\n").published == "2024-06-19"


def test_labelled_date_anywhere() -> None:
    body = "\n".join(f"Paragraph {i} about the treaty." for i in range(10))
    doc = read_text(f"Title\n{body}\nPublished: 3 March 2024\n")
    assert doc.published == "2024-03-03" and "Published" not in doc.text


def test_rss_date_wins_and_epoch_is_fallback() -> None:
    item = ("<!--1730392743000-->\n[Title](https://example.org/a)\n------\n\n"
            "<div><i>Fri, 01 Nov 2024 01:30:00 +0800</i></div><p>Body text.</p><p>More text.</p>")
    assert read_text(item).published == "2024-10-31"  # RFC 822 date in UTC
    no_date = "<!--1730392743000-->\n[Title](https://example.org/a)\n------\n\n<p>Body.</p><p>More.</p>"
    assert read_text(no_date).published == "2024-10-31"


# --------------------------------------------------------------------------- language

@pytest.mark.parametrize("text, lang", [
    ("普京与伊朗总统会谈，俄伊准备签署战略条约 (Vladimir Putin)", "zh"),
    ("普京簽令 批准俄與伊朗全面戰略夥伴關係條約", "zh"),
    ("日本とフィリピンは円滑化協定に署名した。", "ja"),
    ("한국과 일본은 협정에 서명했다.", "ko"),
    ("Президент України підписав угоду про співпрацю.", "uk"),
    ("Президент подписал договор о стратегическом партнерстве.", "ru"),
    ("کره شمالی معاهده همکاری همه‌جانبه با روسیه را تصویب کرد", "fa"),
    ("وقّع الرئيس الروسي على اتفاقية الشراكة مع كوريا الشمالية في بيونغ يانغ", "ar"),
    ("Le Pakistan et l’Arabie saoudite ont signé un accord de défense.", "fr"),
    ("El presidente firmó un acuerdo con Rusia para la cooperación de defensa.", "es"),
    ("Der Präsident hat das Abkommen mit Russland unterzeichnet und die Zusammenarbeit gestärkt.", "de"),
    ("The two countries signed the agreement in Riyadh on Wednesday.", "en"),
    ("12345 !!!", None),
])
def test_detect_language(text: str, lang: Optional[str]) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize("name", sorted(SEED_GOLD))
def test_language_of_raw_seed_files(name: str) -> None:
    assert detect_language((SEEDS / name).read_text(encoding="utf-8")) == SEED_GOLD[name]["language"]


# --------------------------------------------------------------------------- refusals

def _one_line_error(exc: ReadError, path: str, reason_part: str) -> None:
    message = str(exc)
    assert "\n" not in message
    assert message == f"{path}: {exc.reason}" and exc.path == path
    assert reason_part in exc.reason


@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b" \n\t\n", "empty file"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL bytes)"),
    ("gb.txt", "俄罗斯与伊朗签署全面战略伙伴关系条约。两国将加强合作。".encode("gb18030"),
     "not UTF-8 (looks like GB18030); re-save it as UTF-8"),
    ("ar.txt", "أعلن وزير الخارجية الروسي أن المعاهدة ستتضمن تعزيز التعاون الدفاعي.".encode("cp1256"),
     "not UTF-8 (looks like Windows-1256)"),
    ("ru.txt", "Госдума ратифицировала соглашение о партнерстве.".encode("cp1251"),
     "not UTF-8 (looks like Windows-1251)"),
    ("u16.txt", "Treaty signed.".encode("utf-16"), "not UTF-8 (looks like UTF-16)"),
])
def test_bad_files_raise_one_line_errors(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReadError) as info:
        read_document(str(path))
    _one_line_error(info.value, str(path), reason)


def test_missing_path(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope")
    with pytest.raises(ReadError) as info:
        read_document(missing)
    _one_line_error(info.value, missing, "no such file or directory")
    assert str(ReadError("nope/", "no such file or directory")) == "nope/: no such file or directory"


def test_no_text_after_cleaning() -> None:
    with pytest.raises(ReadError, match="no article text"):
        read_text("分享到:\n【字號:\n4705\n", "junk.txt")


def test_read_error_pickles() -> None:
    err = pickle.loads(pickle.dumps(ReadError("a.txt", "binary file (NUL bytes)")))
    assert (err.path, err.reason, str(err)) == ("a.txt", "binary file (NUL bytes)", "a.txt: binary file (NUL bytes)")


@pytest.mark.parametrize("text, codec, expected", [
    ("继朝鲜之后，俄罗斯很快将与伊朗签订具有军事联盟性质的条约", "gb18030", "GB18030"),
    ("普京簽令 批准俄與伊朗全面戰略夥伴關係條約", "big5", "Big5"),
    ("وزير الخارجية الروسي: المعاهدة الشاملة مع إيران ستشمل الدفاع", "cp1256", "Windows-1256"),
    ("Госдума ратифицировала соглашение о стратегическом партнерстве", "cp1251", "Windows-1251"),
    ("Госдума ратифицировала соглашение о стратегическом партнерстве", "koi8_r", "KOI8-R"),
    ("Le Pakistan et l’Arabie saoudite signent un accord de défense mutuelle", "cp1252", "Windows-1252"),
])
def test_guess_encoding(text: str, codec: str, expected: str) -> None:
    assert guess_encoding(text.encode(codec)) == expected


# --------------------------------------------------------------------------- input files

def test_iter_input_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    for rel in ("b/2.txt", "b/1.html", "a.md", "c.xml", "d.htm", "skip.pdf", ".secret.txt", ".hidden/x.txt"):
        (tmp_path / rel).write_text("x", encoding="utf-8")
    explicit = tmp_path / "notes.dat"
    explicit.write_text("x", encoding="utf-8")
    folder = str(tmp_path)
    got = list(iter_input_files([folder, str(explicit), str(tmp_path / "missing"), str(tmp_path / "a.md")]))
    paths = [p for p in got if isinstance(p, str)]
    errors = [e for e in got if isinstance(e, ReadError)]
    assert paths == [f"{folder}/a.md", f"{folder}/b/1.html", f"{folder}/b/2.txt", f"{folder}/c.xml",
                     f"{folder}/d.htm", str(explicit)]  # sorted, recursive, no hidden, once each
    assert [str(e) for e in errors] == [f"{tmp_path / 'missing'}: no such file or directory"]


def test_iter_input_files_on_seeds() -> None:
    got = list(iter_input_files([str(SEEDS)]))
    assert [Path(p).name for p in got] == sorted(SEED_GOLD)


# --------------------------------------------------------------------------- formats

def test_html_page() -> None:
    page = """<!DOCTYPE html><html><head><title>Treaty | Example News</title>
    <meta property="og:title" content="Russia and Iran sign 20-year treaty">
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2025-01-17T23:30:00-05:00">
    <link rel="canonical" href="https://www.example.com/world/treaty.html">
    <script>var tracking = 1;</script></head><body><nav>Home World Politics</nav>
    <article><h1>Russia and Iran sign 20-year treaty</h1>
    <p>MOSCOW — The presidents signed the treaty on Friday.</p><p>It covers defence.</p>
    <h3>Read more:</h3><p>North Korea signs another pact.</p></article><footer>(c) 2025</footer></body></html>"""
    doc = read_text(page, "page.html")
    assert doc.text == ("Russia and Iran sign 20-year treaty\n\n"
                        "MOSCOW — The presidents signed the treaty on Friday.\nIt covers defence.")
    assert doc.url == "https://www.example.com/world/treaty.html"
    assert doc.published == "2025-01-18"  # UTC
    assert doc.publisher_names == ["Example News", "example.com"]


def test_rss_feed_xml() -> None:
    feed = """<?xml version="1.0"?><rss><channel><title>Feed</title><item>
    <title><![CDATA[Accord signé]]></title><link>https://fr.example.org/a/1</link>
    <pubDate>Wed, 17 Sep 2025 22:10:00 GMT</pubDate>
    <description>&lt;p&gt;Le Pakistan et l'Arabie saoudite ont signé un accord.&lt;/p&gt;</description>
    </item></channel></rss>"""
    doc = read_text(feed, "feed.xml")
    assert (doc.title, doc.url, doc.published, doc.language) == \
        ("Accord signé", "https://fr.example.org/a/1", "2025-09-17", "fr")
    assert doc.text == "Accord signé\n\nLe Pakistan et l'Arabie saoudite ont signé un accord."


def test_markdown() -> None:
    doc = read_text("# Japan and the Philippines sign RAA\n\n*Published July 8, 2024*\n\n"
                    "The **agreement** was signed in [Manila](https://x.example/m).\n\n![photo](a.png)\n", "a.md")
    assert doc.title == "Japan and the Philippines sign RAA" and doc.published == "2024-07-08"
    assert doc.text == "Japan and the Philippines sign RAA\n\nThe agreement was signed in Manila."


def test_plain_text_header_furniture() -> None:
    doc = read_text("Home > World > Asia\nRussia ratifies pact with North Korea\nBy Jane Doe\n"
                    "12 November 2024\nRussia's parliament ratified the treaty, the Kremlin said.\n"
                    "By 2030 the pact will be reviewed.\nRead more\nIran signs another pact.\n")
    assert doc.title == "Russia ratifies pact with North Korea" and doc.published == "2024-11-12"
    assert doc.text.split("\n")[2:] == ["Russia's parliament ratified the treaty, the Kremlin said.",
                                       "By 2030 the pact will be reviewed."]


def test_no_title_when_first_line_is_a_paragraph() -> None:
    doc = read_text("The Philippines and Japan signed the agreement on July 8, 2024 in Manila, "
                    "following talks between the two countries' ministers.\nMore text follows here.\n")
    assert doc.title is None and doc.title_span is None
    assert doc.text.startswith("The Philippines and Japan signed")


def test_publisher_forms() -> None:
    assert read_text("标题\n\n(德国之声中文网)美国与乌克兰签署协议。\n").publisher_names == ["德国之声中文网"]
    assert read_text("عنوان الخبر\nالعين برس/ دولي\nوقع الرئيسان الاتفاقية.\n").publisher_names == ["العين برس"]
    assert read_text("标题\n2025-04-22 10:33 | 稿件來源:香港中通社\n正文。\n").publisher_names == ["香港中通社"]


def test_boilerplate_rules_compile() -> None:
    for rules in all_rules():
        for pattern in (*rules.drop_line, *rules.header_drop, *rules.inline, *rules.publisher_patterns,
                        *(p for seq in rules.cut_from for p in seq), *(p for pair in rules.blocks for p in pair)):
            re.compile(pattern)


@pytest.mark.parametrize("body", [
    "外交部在其微信公众号发布声明，称两国将签署协议，用户可下载APP查看全文。",   # promo words in news
    "据消息来源：一名官员透露",                                                  # an informant, not an outlet
    "اشترك في الاجتماع وزراء الخارجية",                                         # "took part in"
    "By 2030 the pact will be reviewed by both parliaments",                     # "By" opening a sentence
    "More on the treaty was expected later.",
    "Le traité « historique » a été signé » hier",
])
def test_rules_do_not_fire_on_body_sentences(body: str) -> None:
    doc = read_text(f"Headline of the article\n\nFirst paragraph of the story.\n{body}\nLast paragraph.\n")
    assert body in doc.text.split("\n")
    assert doc.publisher_names == []


def test_headline_with_section_is_not_a_byline() -> None:
    doc = read_text("Russia-Iran treaty | World\n\nBody text here.\n")
    assert doc.title == "Russia-Iran treaty | World" and doc.publisher_names == []


def test_binary_with_many_zero_bytes_is_binary_not_utf16(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(bytes([0, 0xFF, 0, 0xD8, 0, 0x01, 0, 0x9C] * 200))
    with pytest.raises(ReadError) as info:
        read_document(str(path))
    _one_line_error(info.value, str(path), "binary file (NUL bytes)")
