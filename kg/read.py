"""READ stage: input files -> :class:`~kg.doc.Document` with clean text and metadata.

Every later offset indexes ``Document.text`` and the graph stores it verbatim
as ``schema:articleBody``, so this stage decides, once and deterministically,
what counts as the article: the headline, a blank line, then the body
paragraphs one per line. Site furniture (share widgets, tag clouds, "read
also" teasers, machine summaries, duplicated bodies) is removed here because
every fact extracted from it would be a false fact. The furniture is
described as data in :mod:`kg.lang.boilerplate`.

Inputs: RSS items (``<!--epoch-->`` + ``[title](url)`` + HTML), HTML pages,
RSS/Atom XML, Markdown and plain text, UTF-8 only. Anything else is refused
with a one-line :class:`ReadError` that the caller reports and counts.
"""
from __future__ import annotations

import hashlib
import html
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Callable, Iterator, Optional, Sequence
from urllib.parse import urlsplit

from kg.doc import Document, Span
from kg.lang.boilerplate import all_rules
from kg.lang.calendars import jalali_to_gregorian
from kg.langid import FUNCTION_WORDS, detect_language, script_of

__all__ = ["ReadError", "INPUT_SUFFIXES", "iter_input_files", "read_document", "read_text",
           "guess_encoding", "parse_date"]

#: file endings picked up when a folder is given
INPUT_SUFFIXES: tuple[str, ...] = (".txt", ".html", ".htm", ".xml", ".md")
#: larger inputs are not news articles (and would slow every later stage)
MAX_BYTES = 20 * 1024 * 1024
#: how many kept lines at the top count as the header (headline, byline, date)
HEADER_LINES = 6


class ReadError(Exception):
    """An input that cannot be read as an article; ``str()`` is one line."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = " ".join(reason.split())
        super().__init__(path, self.reason)

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"

    def __reduce__(self) -> tuple[type, tuple[str, str]]:  # survives multiprocessing
        return (ReadError, (self.path, self.reason))


# --------------------------------------------------------------------------- files

def iter_input_files(paths: Sequence[str]) -> Iterator[str | ReadError]:
    """Files named or found under folders (sorted, recursive); ReadError for missing paths.

    A file named explicitly is taken whatever its ending; inside folders only
    :data:`INPUT_SUFFIXES` count and hidden files and folders are skipped.
    """
    seen: set[str] = set()
    for given in paths:
        if os.path.isdir(given):
            found = _walk(given)
        elif os.path.isfile(given):
            found = [given]
        else:
            yield ReadError(given, "no such file or directory")
            continue
        for path in found:
            key = os.path.realpath(path)
            if key not in seen:
                seen.add(key)
                yield path


def _walk(folder: str) -> list[str]:
    """Input files below ``folder`` in a stable order (by path components)."""
    found: list[str] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(os.path.join(root, name) for name in files
                     if not name.startswith(".") and name.lower().endswith(INPUT_SUFFIXES))
    return sorted(found, key=lambda p: os.path.relpath(p, folder).split(os.sep))


def read_document(path: str) -> Document:
    """Read one input file into a Document; raises :class:`ReadError`."""
    raw = _load_bytes(path)
    text = _decode(raw, path)
    return _build(text, os.path.basename(path), path, hashlib.sha256(raw).hexdigest())


def read_text(text: str, doc_id: str = "<string>") -> Document:
    """Read an in-memory article (tests, API); ``doc_id`` doubles as path."""
    if not text.strip():
        raise ReadError(doc_id, "empty text")
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return _build(text, os.path.basename(doc_id) or doc_id, doc_id, sha)


def _load_bytes(path: str) -> bytes:
    """The file's bytes, or a ReadError saying why not."""
    try:
        if os.path.isdir(path):
            raise ReadError(path, "is a directory")
        if os.path.getsize(path) > MAX_BYTES:
            raise ReadError(path, f"file too large (over {MAX_BYTES // (1024 * 1024)} MB)")
        with open(path, "rb") as handle:
            raw = handle.read()
    except FileNotFoundError:
        raise ReadError(path, "no such file or directory") from None
    except PermissionError:
        raise ReadError(path, "permission denied") from None
    except OSError as exc:
        raise ReadError(path, exc.strerror or "cannot read file") from None
    if not raw.strip():
        raise ReadError(path, "empty file")
    return raw


# --------------------------------------------------------------------------- encoding

def _decode(raw: bytes, path: str) -> str:
    """UTF-8 text of ``raw``; other encodings are refused with a guess for the user."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(raw):
        raise ReadError(path, "not UTF-8 (looks like UTF-16); re-save it as UTF-8")
    if b"\x00" in raw:
        raise ReadError(path, "binary file (NUL bytes)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        guess = guess_encoding(raw)
        looks = f"looks like {guess}" if guess else f"invalid byte at offset {exc.start}"
        raise ReadError(path, f"not UTF-8 ({looks}); re-save it as UTF-8") from None


def _looks_utf16(raw: bytes) -> bool:
    """BOM-less UTF-16: NULs in every other byte that decode to printable text."""
    sample = raw[:2000]
    sample = sample[:len(sample) - len(sample) % 2]
    if len(sample) < 8:
        return False
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if max(even, odd) <= 0.4 * len(sample) / 2:
        return False
    try:
        text = sample.decode("utf-16-le" if odd > even else "utf-16-be")
    except UnicodeDecodeError:
        return False
    return _share(text, lambda c: c.isprintable() or c.isspace()) > 0.95


def _share(chars: str, test: Callable[[str], bool]) -> float:
    """Fraction of ``chars`` passing ``test`` (0 for no chars)."""
    return sum(1 for c in chars if test(c)) / len(chars) if chars else 0.0


def _gb_common(ch: str) -> bool:
    """In GB2312 level 1, the 3755 most frequent Chinese characters."""
    try:
        return 0xB0 <= ch.encode("gb2312")[0] <= 0xD7
    except UnicodeEncodeError:
        return False


def _big5_common(ch: str) -> bool:
    """In Big5's frequently-used block (lead bytes A4-C6)."""
    try:
        return 0xA4 <= ch.encode("big5")[0] <= 0xC6
    except UnicodeEncodeError:
        return False


def _latin_in_word(text: str) -> float:
    """Share of non-ASCII letters next to an ASCII letter: accented Latin, not mojibake."""
    hits = total = 0
    for i, ch in enumerate(text):
        if ord(ch) > 0x7F and ch.isalpha():
            total += 1
            around = text[max(i - 1, 0):i] + text[i + 1:i + 2]
            hits += any(c.isascii() and c.isalpha() for c in around)
    return hits / total if total else 0.0


def _script_share(script: str) -> Callable[[str], float]:
    return lambda chars: _share(chars, lambda c: script_of(c) == script)


#: (codec, name shown to the user, plausibility of the decoded non-ASCII text)
_CANDIDATES: tuple[tuple[str, str, Callable[[str], float]], ...] = (
    ("gb18030", "GB18030", lambda t: _share(t, lambda c: script_of(c) == "Han") * _share(t, _gb_common)),
    ("big5", "Big5", lambda t: _share(t, lambda c: script_of(c) == "Han") * _share(t, _big5_common)),
    # full-width kana only: half-width katakana is what other encodings' bytes turn into
    ("shift_jis", "Shift_JIS", lambda t: _share(t, lambda c: "\u3040" <= c <= "\u30ff")
     + 0.5 * _share(t, lambda c: script_of(c) == "Han")),
    ("euc_kr", "EUC-KR", _script_share("Hangul")),
    ("cp1256", "Windows-1256", _script_share("Arabic")),
    ("cp1251", "Windows-1251", lambda t: _share(t, lambda c: script_of(c) == "Cyrillic" and c.islower())),
    ("koi8_r", "KOI8-R", lambda t: _share(t, lambda c: script_of(c) == "Cyrillic" and c.islower())),
    ("cp1252", "Windows-1252", lambda t: _latin_in_word(t)),
)


def guess_encoding(raw: bytes) -> Optional[str]:
    """Name of the legacy encoding ``raw`` most plausibly uses, or None.

    Each candidate decodes the bytes; the one whose non-ASCII characters look
    most like real text of its script wins (common Han for GB18030, Arabic
    letters for Windows-1256, lower-case Cyrillic for Windows-1251...).
    """
    best: tuple[float, Optional[str]] = (0.5, None)
    for codec, name, plausible in _CANDIDATES:
        try:
            decoded = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        rest = "".join(c for c in decoded if ord(c) > 0x7F and not c.isspace())
        if not rest:
            continue
        score = plausible(rest) if codec != "cp1252" else plausible(decoded)
        if score > best[0]:
            best = (score, name)
    return best[1]


# --------------------------------------------------------------------------- rules

@dataclass(frozen=True)
class _Rules:
    """All languages' boilerplate rules, merged and compiled once."""

    drop_line: re.Pattern[str]
    header_drop: re.Pattern[str]
    cut_from: tuple[tuple[re.Pattern[str], ...], ...]
    inline: tuple[re.Pattern[str], ...]
    blocks: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    source: re.Pattern[str]
    source_line: re.Pattern[str]
    published_label: re.Pattern[str]
    byline: re.Pattern[str]
    lead_credit: re.Pattern[str]
    breadcrumb: re.Pattern[str]
    publisher_patterns: tuple[re.Pattern[str], ...]
    dates: tuple[tuple[str, re.Pattern[str]], ...]
    months: dict[str, int]
    jalali_months: dict[str, int]


def _alt(words: Sequence[str]) -> str:
    """Regex alternation, longest first so that 稿件来源 beats 来源."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _labels(words: Sequence[str]) -> str:
    """Alternation of labels that must start a word or follow a separator.

    Latin/Cyrillic labels must not follow a letter, Chinese ones must follow
    a space or separator (so 新闻来源 inside a sentence is no label); Arabic
    ones may be glued to the widget text before them (``روسياالمصدر:``).
    """
    guards = {"Latin": r"(?<![^\W\d_])", "Cyrillic": r"(?<![^\W\d_])",
              "Han": r"(?:^|(?<=[\s|｜\]】）)]))"}

    def one(word: str) -> str:
        return guards.get(script_of(word[0]) or "", "") + re.escape(word)
    return "|".join(one(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    """Merge every language's rules (:func:`kg.lang.boilerplate.all_rules`) into compiled patterns."""
    every = all_rules()
    flags = re.IGNORECASE
    merged: dict[str, list] = {}
    for rules in every:
        for name in ("drop_line", "header_drop", "cut_from", "inline", "blocks", "source_labels", "published_labels",
                     "sections", "outlet_suffixes", "publisher_patterns", "home_words"):
            merged.setdefault(name, []).extend(getattr(rules, name))
    months = {k.lower(): v for rules in every for k, v in rules.months.items()}
    jalali = {k: v for rules in every for k, v in rules.jalali_months.items()}
    sources = _labels(merged["source_labels"])
    return _Rules(
        drop_line=re.compile("|".join(f"(?:{p})" for p in merged["drop_line"]), flags),
        header_drop=re.compile("|".join(f"(?:{p})" for p in merged["header_drop"]), flags),
        cut_from=tuple(tuple(re.compile(p, flags) for p in seq) for seq in merged["cut_from"]),
        inline=tuple(re.compile(p, flags) for p in merged["inline"]),
        blocks=tuple((re.compile(a, flags), re.compile(b, flags)) for a, b in merged["blocks"]),
        source=re.compile(rf"(?:{sources})\s*[:：]\s*(?P<name>[^|｜:：\n]{{2,40}}?)\s*(?:[|｜]|$)", flags),
        source_line=re.compile(rf"^(?:{sources})\s*[:：]\s*[^|｜]{{1,40}}$", flags),
        published_label=re.compile(rf"^(?:{_labels(merged['published_labels'])})(?![^\W\d_])\s*[:：]?\s*", flags),
        byline=re.compile(rf"^(?P<name>[^/|｜\d:：]{{2,30}}?)\s*/\s*(?:{_alt(merged['sections'])})$", flags),
        lead_credit=re.compile(r"^[(（【〔\[](?P<name>[^()（）【】〔〕\[\]]{2,20}?(?:"
                               + _alt(merged["outlet_suffixes"]) + r"))[)）】〕\]]", flags),
        breadcrumb=re.compile(rf"^(?:(?:{_alt(merged['home_words'])})\s*(?:->|>|›|»|/|\|)"
                              r"|[^>›»«]{1,15}(?:\s(?:->|>|›|»)\s[^>›»«]{1,15}){2,5}$)", flags),
        publisher_patterns=tuple(re.compile(p, flags) for p in merged["publisher_patterns"]),
        dates=_date_patterns(months, jalali),
        months=months,
        jalali_months=jalali,
    )


def _date_patterns(months: dict[str, int], jalali: dict[str, int]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Publication-date forms, most specific first: ``(kind, regex)`` with groups ``y``, ``m``, ``d``.

    ``kind`` is ``numeric-dmy`` for all-digit day-first dates, which English
    pages may write month-first instead.
    """
    names = _alt(list(months) + list(jalali))
    return tuple((kind, re.compile(p, re.IGNORECASE)) for kind, p in (
        # 2025-04-22, 2024/06/19, 1403/08/21, 2024年6月19日, 2024.06.19
        ("ymd", r"(?<!\d)(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?!\d)日?"),
        # 1月 18, 2025 (Al Jazeera Chinese)
        ("mdy", r"(?<!\d)(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[,，]\s*(?P<y>\d{4})(?!\d)"),
        # 31st, October 2024 / 17 января 2025 / 17 de septiembre de 2025 / ۲۲ آبان ۱۴۰۳
        ("dmy", rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|e)?\.?,?\s*(?:de\s+)?(?P<m>{names})\.?,?\s*(?:de\s+)?(?P<y>\d{{4}})(?!\d)"),
        # September 17, 2025 / Sept. 17 2025
        ("mdy", rf"(?<![^\W\d_])(?P<m>{names})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)"),
        # 17.01.2025 / 17/01/2025 (day first unless the language says otherwise)
        ("numeric-dmy", r"(?<!\d)(?P<d>\d{1,2})\s*[./-]\s*(?P<m>\d{1,2})\s*[./-]\s*(?P<y>\d{4})(?!\d)"),
    ))


# --------------------------------------------------------------------------- dates

_DIGITS = str.maketrans({**{chr(0x06F0 + i): str(i) for i in range(10)},
                         **{chr(0x0660 + i): str(i) for i in range(10)}})


def _ascii_digits(text: str) -> str:
    """Persian and Arabic-Indic digits -> ASCII (same length, so offsets hold)."""
    return text.translate(_DIGITS)


def parse_date(text: str, lang: Optional[str] = None) -> Optional[str]:
    """The first full date (day precision) in ``text`` as ``YYYY-MM-DD``, or None.

    Years 1300-1500 are Solar Hijri when the text is Persian and converted;
    in Arabic they are lunar Hijri, which we do not convert (None).
    """
    found = _find_date(_ascii_digits(text), lang)
    return found[0] if found else None


def _find_date(text: str, lang: Optional[str]) -> Optional[tuple[str, int, int]]:
    """``(iso, start, end)`` of the earliest valid date in ``text``."""
    best: Optional[tuple[str, int, int]] = None
    for kind, pattern in _rules().dates:
        for m in pattern.finditer(text):
            iso = _date_value(m, kind, lang)
            if iso:
                if best is None or m.start() < best[1]:
                    best = (iso, m.start(), m.end())
                break
    return best


def _date_value(m: re.Match[str], kind: str, lang: Optional[str]) -> Optional[str]:
    """ISO date of a date-pattern match, or None when it is not a real date."""
    rules = _rules()
    year, day, month_token = int(m["y"]), int(m["d"]), m["m"].lower()
    jalali = month_token in rules.jalali_months
    month = rules.jalali_months.get(month_token) or rules.months.get(month_token)
    if month is None:
        month = int(month_token) if month_token.isdigit() else 0
    if kind == "numeric-dmy" and (month > 12 >= day or (lang == "en" and "/" in m.group(0) and day <= 12)):
        month, day = day, month  # 01/17/2025, or US order 01/02/2025
    try:
        if 1300 <= year <= 1500:
            if not (jalali or lang == "fa"):
                return None  # lunar Hijri
            result = jalali_to_gregorian(year, month, day)
        else:
            result = date(year, month, day)
    except ValueError:
        return None
    return result.isoformat() if 1900 <= result.year <= 2100 else None


def _rfc822_date(value: str) -> Optional[str]:
    """``Thu, 31 Oct 2024 16:22:49 GMT`` or ISO 8601 -> UTC ``YYYY-MM-DD``."""
    value = value.strip()
    moment: Optional[datetime] = None
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return moment.date().isoformat()


def _epoch_date(digits: str) -> Optional[str]:
    """Epoch seconds or milliseconds -> UTC date."""
    value = int(digits)
    if value > 10 ** 11:
        value //= 1000
    try:
        return datetime.fromtimestamp(value, tz=timezone.utc).date().isoformat()
    except (OverflowError, OSError, ValueError):
        return None


# --------------------------------------------------------------------------- formats

@dataclass
class _Page:
    """What a format parser found before cleaning."""

    lines: list[str]
    title: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None
    fallback_published: Optional[str] = None  # epoch header: only if the page has no date
    names: list[tuple[int, str]] = field(default_factory=list)  # (rank, publisher name)


_EPOCH = re.compile(r"^\s*<!--\s*(\d{10,13})\s*-->\s*\n?")
_MD_HEAD = re.compile(r"^\s*\[(?P<title>.+)\]\((?P<url>[^()\s]+(?:\([^()\s]*\)[^()\s]*)*)\)\s*\n(?:\s*-{3,}\s*\n)?")
_HTMLISH = re.compile(r"<(?:p|br|div|span|a|img|h[1-6]|li|table|article|section)\b[^>]*>", re.I)


def _parse(text: str, suffix: str) -> _Page:
    """Pick the parser by content first (an RSS item may be saved as .txt)."""
    fallback = None
    epoch = _EPOCH.match(text)
    if epoch:
        fallback = _epoch_date(epoch.group(1))
        text = text[epoch.end():]
    head = _MD_HEAD.match(text)
    title = url = None
    if head:
        title, url = _md_unescape(head["title"]), head["url"]
        text = text[head.end():]
    stripped = text.lstrip()[:200].lower()
    if stripped.startswith(("<?xml", "<rss", "<feed")) or (suffix == ".xml" and "<item" in text):
        page = _parse_feed(text)
    elif stripped.startswith(("<!doctype", "<html")) or len(_HTMLISH.findall(text)) >= 2:
        page = _parse_html(text)
    else:
        page = _Page(lines=_markdown_lines(text) if suffix == ".md" else text.split("\n"))
    page.title = page.title or title
    page.url = page.url or url
    page.fallback_published = fallback
    return page


def _md_unescape(text: str) -> str:
    return re.sub(r"\\([\\\[\]()*_`#])", r"\1", text)


def _markdown_lines(text: str) -> list[str]:
    """Markdown -> plain lines: headings, images, links and emphasis markers go."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(?m)^\s{0,3}#{1,6}\s+", "", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])", r"\1", text)
    return [_md_unescape(line) for line in text.split("\n")]


_BLOCK_TAGS = frozenset("p div br li ul ol dl dt dd h1 h2 h3 h4 h5 h6 hr table tr td th blockquote "
                        "figure figcaption section article header footer pre address main".split())
_SKIP_TAGS = frozenset("script style noscript template svg iframe form button select nav aside img "
                       "video audio picture source head".split())
_FEED_FOOTER = re.compile(r"<hr\b[^>]*>", re.I)


def _parse_html(markup: str) -> _Page:
    """HTML fragment or page -> lines; page metadata (og:, <time>) when present."""
    from bs4 import BeautifulSoup  # deferred: plain-text runs never pay for it

    markup = _drop_feed_footer(markup)
    soup = BeautifulSoup(markup, "html.parser")
    page = _Page(lines=[])
    page.published = _html_date(soup)
    page.title, page.url = _html_title_url(soup)
    site = _meta(soup, "og:site_name") or _meta(soup, "publisher") or _meta(soup, "application-name")
    if site:
        page.names.append((0, site))
    root = soup.find("article") or soup.body or soup
    page.lines = _html_text(root).split("\n")
    return page


def _drop_feed_footer(markup: str) -> str:
    """Cut after the last <hr> when only a short footer follows (feed credits)."""
    hits = list(_FEED_FOOTER.finditer(markup))
    if hits:
        tail = re.sub(r"<[^>]+>", " ", markup[hits[-1].end():])
        if len(" ".join(html.unescape(tail).split())) < 300:
            return markup[:hits[-1].start()]
    return markup


def _meta(soup, key: str) -> Optional[str]:
    tag = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key})
    value = tag.get("content") if tag else None
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def _html_title_url(soup) -> tuple[Optional[str], Optional[str]]:
    """Headline and own URL from a full page's head, if it has one."""
    title = _meta(soup, "og:title")
    if not title:
        h1 = soup.find("h1")
        title = " ".join(h1.get_text(" ").split()) if h1 else None
    if not title and soup.title and soup.title.string:
        title = " ".join(soup.title.string.split())
    canonical = soup.find("link", rel="canonical")
    url = (canonical.get("href") if canonical else None) or _meta(soup, "og:url")
    if h1 := soup.find("h1"):
        h1.decompose()  # the headline is put back in front of the text
    return title or None, url if isinstance(url, str) and url.startswith("http") else None


def _html_date(soup) -> Optional[str]:
    """Publication date from metadata or a leading ``<i>``/``<time>`` date; the tag is removed."""
    for key in ("article:published_time", "og:published_time", "datePublished", "pubdate",
                "publishdate", "date", "dc.date.issued", "DC.date.issued"):
        value = _meta(soup, key)
        if value and (found := _rfc822_date(value) or parse_date(value)):
            return found
    for tag in _leading_tags(soup, ("time", "i", "em", "span"), limit=8):
        value = tag.get("datetime") or tag.get_text(" ")
        if isinstance(value, str) and len(value) < 60 and (found := _rfc822_date(value)):
            tag.decompose()
            return found
    return None


def _leading_tags(soup, names: tuple[str, ...], limit: int) -> list:
    """Tags named ``names`` before the first paragraph: a date there is the page's, not the story's."""
    from bs4 import Tag

    found = []
    for node in soup.descendants:
        if isinstance(node, Tag):
            if node.name == "p" or len(found) >= limit:
                break
            if node.name in names:
                found.append(node)
    return found


def _html_text(root) -> str:
    """Visible text with block elements and <br> as line breaks."""
    from bs4 import Comment, NavigableString, Tag

    parts: list[str] = []

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                if type(child) is NavigableString:  # not CData/Doctype/ProcessingInstruction
                    parts.append(str(child).replace("\n", " "))
                continue
            if not isinstance(child, Tag) or child.name in _SKIP_TAGS:
                continue
            if child.name == "br":
                parts.append("\n")
            elif child.name in _BLOCK_TAGS:
                parts.append("\n")
                walk(child)
                parts.append("\n")
            else:
                walk(child)

    walk(root)
    return "".join(parts)


def _parse_feed(xml: str) -> _Page:
    """The first item of an RSS/Atom feed (stdlib regexes: no XML parser dependency)."""
    item = re.search(r"<(item|entry)\b.*?</\1>", xml, re.S | re.I)
    body = item.group(0) if item else xml

    def field_of(*names: str) -> Optional[str]:
        for name in names:
            m = re.search(rf"<{name}\b[^>]*>(.*?)</{name}>", body, re.S | re.I)
            if m:
                value = re.sub(r"^\s*<!\[CDATA\[(.*)\]\]>\s*$", r"\1", m.group(1), flags=re.S)
                return html.unescape(value) if "CDATA" not in m.group(1) else value
        return None

    content = field_of("content:encoded", "content", "description", "summary") or ""
    page = _parse_html(content) if _HTMLISH.search(content) else _Page(lines=content.split("\n"))
    title = field_of("title")
    page.title = " ".join(re.sub(r"<[^>]+>", " ", title).split()) if title else None
    link = field_of("link")
    if not link:
        href = re.search(r"<link\b[^>]*href=[\"']([^\"']+)", body, re.I)
        link = href.group(1) if href else None
    page.url = link.strip() if link else None
    stamp = field_of("pubDate", "published", "dc:date", "updated")
    page.published = (_rfc822_date(stamp) or parse_date(stamp)) if stamp else None
    return page


# --------------------------------------------------------------------------- lines

_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile("[\u200b\u200e\u200f\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069"
                        "\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DATELINE_DASH = re.compile(r"^[^.。!?]{1,25}?\s*[—–]$")


def _normalize(lines: Sequence[str]) -> list[str]:
    """NFC, invisible marks out, runs of blanks to one space, stripped; datelines merged."""
    out: list[str] = []
    for raw in "\n".join(lines).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = _SPACES.sub(" ", _INVISIBLE.sub("", unicodedata.normalize("NFC", raw))).strip()
        line = line.replace("\u2028", " ").replace("\u2029", " ")
        out.append(line)
    return _merge_datelines(out)


def _merge_datelines(lines: list[str]) -> list[str]:
    """``华盛顿 —`` left alone by HTML flow joins the paragraph it introduces."""
    out: list[str] = []
    pending = ""
    for line in lines:
        if not line:
            out.append(line)
            continue
        if _DATELINE_DASH.match(line):
            pending = f"{pending}{line} "
            continue
        out.append(pending + line)
        pending = ""
    if pending:
        out.append(pending.strip())
    return out


def _cut_tail(lines: list[str]) -> list[str]:
    """Drop a "read also" section and everything after it (another article)."""
    kept = [i for i, line in enumerate(lines) if line]
    for pos, i in enumerate(kept):
        for seq in _rules().cut_from:
            following = [lines[j] for j in kept[pos:pos + len(seq)]]
            if len(following) == len(seq) and all(p.fullmatch(s) for p, s in zip(seq, following)):
                return lines[:i]
    return lines


def _drop_blocks(lines: list[str]) -> list[str]:
    """Remove start..end blocks such as a machine-written summary."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        for start, end in _rules().blocks:
            if start.search(lines[i]):
                stop = next((j for j in range(i, min(i + 40, len(lines))) if end.fullmatch(lines[j])), i)
                i = stop + 1
                break
        else:
            out.append(lines[i])
            i += 1
    return out


def _strip_inline(line: str) -> str:
    """Remove in-line furniture (teaser lists, "(完)", editor tags)."""
    for pattern in _rules().inline:
        line = pattern.sub(" ", line)
    return " ".join(line.split())


def _is_nav_bar(line: str, next_line: str) -> bool:
    """A run of menu words (即時 熱門 政治 ...) above a headline.

    Headlines have function words (and, في, و, в) or few spaces (Chinese);
    menus are many short items without them.
    """
    tokens = line.split()
    if re.search(r"[.。,，!?！？:：;；،؟\"“”«»]", line) or any(t.lower() in FUNCTION_WORDS for t in tokens):
        return False
    cjk = sum(1 for c in line if script_of(c) in ("Han", "Kana", "Hangul")) > len(line) / 3
    min_tokens, max_len = (8, 4) if cjk else (10, 14)
    return len(tokens) >= min_tokens and all(len(t) <= max_len for t in tokens) and _title_like(next_line)


def _drop_junk(lines: list[str]) -> list[str]:
    """Drop furniture lines; header-only rules (nav bars, bylines) look at the top."""
    rules = _rules()
    kept: list[str] = []
    nonempty = [line for line in lines if line]
    for i, line in enumerate(nonempty):
        if rules.drop_line.search(line) or rules.source_line.match(line):
            continue
        if i < HEADER_LINES:
            following = nonempty[i + 1] if i + 1 < len(nonempty) else ""
            if rules.byline.match(line) or rules.header_drop.search(line) \
                    or (len(line) <= 60 and rules.breadcrumb.match(line)) or _is_nav_bar(line, following):
                continue
        kept.append(line)
    return kept


def _dedupe(lines: list[str], title: Optional[str]) -> list[str]:
    """Keep one copy of the body: drop squashed copies and repeated paragraphs.

    Some scrapes hold the article twice, once run together on one line and
    once paragraphed; a long line mostly made of other lines is that squashed
    copy. Exact repeats (a title printed again, a doubled caption) go too.
    """
    compact = [re.sub(r"\s+", "", line) for line in lines]
    out: list[str] = []
    seen: set[str] = {re.sub(r"\s+", "", title)} if title else set()
    for i, line in enumerate(lines):
        if len(compact[i]) >= 300:
            covered = sum(len(c) for j, c in enumerate(compact)
                          if j != i and 12 <= len(c) < len(compact[i]) and c in compact[i])
            if covered >= 0.5 * len(compact[i]):
                continue
        if len(compact[i]) >= 6 and compact[i] in seen:
            continue
        seen.add(compact[i])
        out.append(line)
    return out


# --------------------------------------------------------------------------- metadata

class _Names:
    """Publisher names in (rank, first-seen) order, without repeats."""

    def __init__(self) -> None:
        self._items: list[tuple[int, int, str]] = []

    def add(self, rank: int, name: Optional[str]) -> None:
        name = _clean_name(name)
        if name and all(n.casefold() != name.casefold() for _, _, n in self._items):
            self._items.append((rank, len(self._items), name))

    def result(self) -> list[str]:
        return [name for _, _, name in sorted(self._items)]


def _clean_name(name: Optional[str]) -> Optional[str]:
    """A plausible outlet name or None (too long, sentence-like)."""
    if not name:
        return None
    name = " ".join(name.split()).strip(" .。,，、:：;；-–—|")
    if not 2 <= len(name) <= 40 or len(name.split()) > 6 or re.search(r"[。，!?！？؟،]", name):
        return None
    return name


def _harvest_publishers(lines: list[str], names: _Names) -> None:
    """Outlet names from labelled source lines, bylines, credits and promos."""
    rules = _rules()
    nonempty = [line for line in lines if line]
    for line in nonempty:
        for m in rules.source.finditer(line):
            names.add(0, m["name"])
    for line in nonempty[:HEADER_LINES]:
        if m := rules.byline.match(line):
            names.add(1, m["name"])
    for line in nonempty[:HEADER_LINES + 2]:
        if m := rules.lead_credit.match(line):
            names.add(1, m["name"])
    for line in nonempty:
        for pattern in rules.publisher_patterns:
            if m := pattern.search(line):
                names.add(3, m["name"])


def _host(url: Optional[str]) -> Optional[str]:
    """``https://www.voachinese.com/a/..`` -> ``voachinese.com``."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host or None


_SENTENCE_END = re.compile(r"[.。:：,，;；،]$")


def _title_like(line: str) -> bool:
    """Short, not ending like a sentence: could be a headline."""
    if not line or _SENTENCE_END.search(line) and not line.endswith("..."):
        return False
    cjk = sum(1 for c in line if script_of(c) in ("Han", "Kana", "Hangul"))
    limit = 60 if cjk > len(line) / 3 else 160
    return len(line) <= limit and len(line.split()) <= 30


_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\b(?:gmt|utc|[+-]\d{2}:?\d{2})\b", re.I)


def _date_line(line: str, lang: Optional[str]) -> Optional[str]:
    """The date of a line that is mostly a date (``دوشنبه ۱۴۰۳/۰۸/۲۱``, ``2024/06/19 17:20``)."""
    text = _ascii_digits(line)
    found = _find_date(text, lang)
    if not found or len(line) > 80:
        return None
    rest = text[:found[1]] + " " + text[found[2]:]
    for _, pattern in _rules().dates:
        rest = pattern.sub(" ", rest)
    rest = _rules().source.sub(" ", _TIME.sub(" ", rest))
    rest = _rules().published_label.sub(" ", rest.strip())
    return found[0] if sum(1 for c in rest if c.isalpha()) <= 12 else None


def _labelled_date(line: str, lang: Optional[str]) -> Optional[str]:
    """``Published September 17, 2025`` / ``تاريخ النشر: ...``: the date after the label."""
    text = _ascii_digits(line)
    m = _rules().published_label.match(text)
    if not m:
        return None
    found = _find_date(text[m.end():m.end() + 60], lang)
    return found[0] if found and found[1] <= 25 else None


def _find_published(lines: list[str], lang: Optional[str]) -> tuple[Optional[int], Optional[str]]:
    """(line index, date): a labelled line anywhere, else a date line in the header."""
    for i, line in enumerate(lines):
        if iso := _labelled_date(line, lang):
            return i, iso
    for i, line in enumerate(lines[:HEADER_LINES]):
        if iso := _date_line(line, lang):
            return i, iso
    return None, None


def _pick_title(lines: list[str], date_index: Optional[int]) -> Optional[int]:
    """The headline's index: the line above the date line, else the first line."""
    if date_index and date_index < HEADER_LINES and _title_like(lines[date_index - 1]):
        return date_index - 1
    first = 1 if date_index == 0 else 0
    if first < len(lines) and _title_like(lines[first]):
        return first
    return None


def _find_url(lines: list[str]) -> Optional[str]:
    """A stated article URL: ``原文链接: https://...`` anywhere or a bare URL on top."""
    labelled = re.compile(r"^(?:原文链接|原文連結|原文網址|url|link|source url|original article)\s*[:：]\s*"
                          r"(https?://\S+)$", re.I)
    for i, line in enumerate(lines):
        if m := labelled.match(line):
            return m.group(1)
        if i < 3 and re.fullmatch(r"https?://\S+", line):
            return line
    return None


# --------------------------------------------------------------------------- assembly

def _build(raw_text: str, doc_id: str, path: str, sha256: str) -> Document:
    """Parse, clean and assemble one Document."""
    page = _parse(raw_text, os.path.splitext(doc_id)[1].lower())
    names = _Names()
    for rank, name in page.names:
        names.add(rank, name)
    lines = _drop_blocks(_cut_tail(_normalize(page.lines)))
    url = page.url or _find_url(lines)
    _harvest_publishers(lines, names)  # before cleaning: widgets and duplicates name outlets too
    names.add(2, _host(url))
    title = _clean_title(page.title)
    lines = _dedupe([s for s in (_strip_inline(line) for line in _drop_junk(lines)) if s], title)
    lang = detect_language("\n".join(([title] if title else []) + lines))
    date_index, stated = _find_published(lines, lang)
    published = page.published or stated or page.fallback_published
    title_index = _pick_title(lines, date_index) if title is None else None
    if title_index is not None:
        title = lines[title_index]
    hints = _publisher_hints(lines, date_index, title)
    lines = [line for i, line in enumerate(lines) if i not in (date_index, title_index)]
    if not lines and not title:
        raise ReadError(path, "no article text after cleaning")
    text = f"{title}\n\n" + "\n".join(lines) if title else "\n".join(lines)
    return Document(
        doc_id=doc_id, path=path, text=text.rstrip("\n"), sha256=sha256, title=title,
        title_span=Span(0, len(title)) if title else None, url=url, published=published,
        language=lang, publisher_names=names.result(), publisher_hints=hints,
    )


AGENCY_CREDIT = re.compile(r"\s+(?:avec|with|mit|con|с|و|و با|با)\s+(?:AFP|AP|Reuters|dpa|ANSA|EFE|agences|agencies|"
                     r"агентствами|ТАСС|وكالات)\s*$", re.I)


def _publisher_hints(lines: list[str], date_index: Optional[int], title: Optional[str]) -> list[str]:
    """Short lines beside the header date line ("РИА Новости", "Le Monde avec AFP"): the link
    stage takes one as the publisher only if it names a known outlet or carries an agency credit."""
    if date_index is None:
        return []
    hints = []
    for i in (date_index + 1, date_index - 1):
        if 0 <= i < len(lines) and lines[i] != title:
            line = lines[i].strip()
            if (len(line) <= 40 and len(line.split()) <= 6 and not re.search(r"\d|[.!?。！？:：]$", line)):
                hints.append(line)
    return hints


def _clean_title(title: Optional[str]) -> Optional[str]:
    """A metadata headline normalised like body lines."""
    if not title:
        return None
    cleaned = _normalize([title])
    return " ".join(cleaned).strip() or None
