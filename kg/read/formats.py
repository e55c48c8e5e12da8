"""Input formats -> lines of text plus what the markup itself says (title, URL, date, site).

RSS items (``<!--epoch-->`` + ``[title](url)`` + HTML), HTML fragments and
pages, RSS/Atom XML, Markdown and plain text. The format is chosen by content
first (an RSS item may be saved as ``.txt``). HTML trees are walked without
recursion: a page of 5,000 unclosed tags is a bad page, not a crash.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Optional

from kg.doc import PrintedName


@dataclass
class Page:
    """What a format parser found before cleaning."""

    lines: list[str]
    title: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None
    fallback_published: Optional[str] = None  # the feed's epoch: only if the page states no date
    names: list[PrintedName] = field(default_factory=list)
    raw_dates: list[str] = field(default_factory=list)  # date strings from metadata, resolved later


_EPOCH = re.compile(r"^\s*<!--\s*(\d{10,13})\s*-->\s*\n?")
_MD_HEAD = re.compile(r"^\s*\[(?P<title>.+)\]\((?P<url>[^()\s]+(?:\([^()\s]*\)[^()\s]*)*)\)\s*\n(?:\s*-{3,}\s*\n)?")
_HTMLISH = re.compile(r"<(?:p|br|div|span|a|img|h[1-6]|li|table|article|section)\b[^>]*>", re.I)
_BLOCK_TAGS = frozenset("p div br li ul ol dl dt dd h1 h2 h3 h4 h5 h6 hr table tr td th blockquote "
                        "figure figcaption section article header footer pre address main".split())
_SKIP_TAGS = frozenset("script style noscript template svg iframe form button select nav aside img "
                       "video audio picture source head".split())
_FEED_FOOTER = re.compile(r"<hr\b[^>]*>", re.I)


def parse(text: str, suffix: str) -> Page:
    """Pick the parser by content first, then by the file's ending."""
    fallback = None
    epoch = _EPOCH.match(text)
    if epoch:
        fallback = epoch_date(epoch.group(1))
        text = text[epoch.end():]
    head = _MD_HEAD.match(text)
    title = url = None
    if head:
        title, url = _md_unescape(head["title"]), head["url"]
        text = text[head.end():]
    stripped = text.lstrip()[:200].lower()
    if stripped.startswith(("<?xml", "<rss", "<feed")) or (suffix == ".xml" and "<item" in text):
        page = _parse_feed(text)
    elif stripped.startswith(("<!doctype", "<html")) or len(_HTMLISH.findall(text[:20000])) >= 2:
        page = parse_html(text)
    else:
        page = Page(lines=_markdown_lines(text) if suffix == ".md" else text.split("\n"))
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


def parse_html(markup: str) -> Page:
    """HTML fragment or page -> lines; page metadata (og:, <time>) when present."""
    from bs4 import BeautifulSoup  # deferred: plain-text runs never pay for it

    markup = _drop_feed_footer(markup)
    soup = BeautifulSoup(markup, "html.parser")
    page = Page(lines=[])
    page.published = _html_date(soup)
    page.title, page.url = _html_title_url(soup)
    site = _meta(soup, "og:site_name") or _meta(soup, "publisher") or _meta(soup, "application-name")
    if site:
        page.names.append(PrintedName(site, 0))
    root = soup.find("article") or soup.body or soup
    page.lines = html_text(root).split("\n")
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
    h1 = soup.find("h1")
    if not title and h1:
        title = " ".join(h1.get_text(" ").split())
    if not title and soup.title and soup.title.string:
        title = " ".join(soup.title.string.split())
    canonical = soup.find("link", rel="canonical")
    url = (canonical.get("href") if canonical else None) or _meta(soup, "og:url")
    if h1:
        h1.decompose()  # the headline is put back in front of the text
    return title or None, url if isinstance(url, str) and url.startswith("http") else None


def _html_date(soup) -> Optional[str]:
    """Publication date from metadata or a leading ``<i>``/``<time>`` date; the tag is removed."""
    for key in ("article:published_time", "og:published_time", "datePublished", "pubdate",
                "publishdate", "date", "dc.date.issued", "DC.date.issued"):
        value = _meta(soup, key)
        if value and (found := rfc822_date(value)):
            return found
    for tag in _leading_tags(soup, ("time", "i", "em", "span"), limit=8):
        value = tag.get("datetime") or tag.get_text(" ")
        if isinstance(value, str) and len(value) < 60 and (found := rfc822_date(value)):
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


def html_text(root) -> str:
    """Visible text with block elements and <br> as line breaks (iterative: no recursion limit)."""
    from bs4 import Comment, NavigableString, Tag

    parts: list[str] = []
    stack: list = [iter(root.children)]
    closers: list[bool] = []
    while stack:
        try:
            child = next(stack[-1])
        except StopIteration:
            stack.pop()
            if closers and closers.pop():
                parts.append("\n")
            continue
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
            continue
        block = child.name in _BLOCK_TAGS
        if block:
            parts.append("\n")
        stack.append(iter(child.children))
        closers.append(block)
    return "".join(parts)


def _parse_feed(xml: str) -> Page:
    """The first item of an RSS/Atom feed (regexes: no XML parser, no entity expansion)."""
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
    page = parse_html(content) if _HTMLISH.search(content) else Page(lines=content.split("\n"))
    title = field_of("title")
    page.title = " ".join(re.sub(r"<[^>]+>", " ", title).split()) if title else None
    link = field_of("link")
    if not link:
        href = re.search(r"<link\b[^>]*href=[\"']([^\"']+)", body, re.I)
        link = href.group(1) if href else None
    page.url = link.strip() if link else None
    stamp = field_of("pubDate", "published", "dc:date", "updated")
    if stamp:
        page.published = rfc822_date(stamp)
        if page.published is None:
            page.raw_dates.append(stamp)
    return page


def rfc822_date(value: str) -> Optional[str]:
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
    return moment.date().isoformat() if 1900 <= moment.year <= 2100 else None


def epoch_date(digits: str) -> Optional[str]:
    """Epoch seconds or milliseconds -> UTC date."""
    value = int(digits)
    if value > 10 ** 11:
        value //= 1000
    try:
        return datetime.fromtimestamp(value, tz=timezone.utc).date().isoformat()
    except (OverflowError, OSError, ValueError):
        return None
