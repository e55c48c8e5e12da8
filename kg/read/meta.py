"""What the page says about itself: publication date, headline, own URL, and publisher names.

Publisher names are collected by *form* (a labelled source line, an
``Outlet / Section`` byline, a leading credit, a dateline credit, the web
host) as :class:`~kg.doc.PrintedName` candidates; the mentions stage decides
which one names the publisher. A dateline form is language data
(:attr:`Furniture.datelines`): "CITY (Agency) -", "(新华社北京3日电)",
"به گزارش ایسنا،".
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional
from urllib.parse import urlsplit

from kg.dates import first_full_date
from kg.doc import PrintedName
from kg.lang import all_languages, get
from kg.lang.base import Language
from kg.read.clean import HEADER_LINES, rules, title_like
from kg.text import fold

#: what may follow a printed date before the story starts: a time, a zone, a separator
_AFTER_DATE = re.compile(r"(?:\s*(?:\S{1,5}\s+)?\d{1,2}\s*[:hH]\s*\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|GMT|UTC)?)?"
                         r"\s*(?:[|｜•·,-]\s*)?")
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\b(?:gmt|utc|[+-]\d{2}:?\d{2})\b", re.I)


def _languages_for(language: Language) -> list[Language]:
    """The article's language first, then the rest: pages print dates in other languages too."""
    return [language] + [lang for lang in all_languages() if lang is not language]


def _full_date(line: str, language: Language) -> Optional[tuple[str, int, int]]:
    for lang in _languages_for(language):
        found = first_full_date(fold(line, lang), lang)
        if found:
            return found[0], found[1].start, found[1].end
    return None


def _date_line(line: str, language: Language, title: Optional[str] = None) -> Optional[str]:
    """The date of a line that is mostly a date ("• 22-6-2020 | 16:21", "Thu, 31 Oct 2024"),
    also after a repeat of the headline ("Headline - Agency, 01.07.2024")."""
    if title and line.startswith(title) and len(line) > len(title):
        line = line[len(title):]
    if len(line) > 80:
        return None
    found = _full_date(line, language)
    if not found:
        return None
    rest = line[:found[1]] + " " + line[found[2]:]
    rest = rules().source.sub(" ", _TIME.sub(" ", rest))
    rest = rules().published_label.sub(" ", rest.strip())
    return found[0] if sum(1 for c in rest if c.isalpha()) <= 12 else None


def _labelled_date(line: str, language: Language) -> Optional[tuple[str, int]]:
    """``Published September 17, 2025`` / ``date 2021-11 24 Novembre 2021``: the date after a label,
    with the offset where the dated prefix ends."""
    for m in rules().published_label.finditer(line):
        if m.start() > 60:
            break
        found = _full_date(line[m.end():m.end() + 60], language)
        if found and found[1] <= 25:
            end = m.end() + found[2]
            rest = _AFTER_DATE.match(line, end)
            return found[0], rest.end() if rest else end
    return None


def find_published(lines: list[str], language: Language,
                   title: Optional[str] = None) -> tuple[Optional[int], Optional[str], int]:
    """(line index, date, where the line's own text starts after the date): a labelled line
    anywhere, else a date line in the header."""
    for i, line in enumerate(lines):
        if got := _labelled_date(line, language):
            return i, got[0], got[1]
    for i, line in enumerate(lines[:HEADER_LINES]):
        if iso := _date_line(line, language, title):
            return i, iso, len(line)
    return None, None, 0


def pick_title(lines: list[str], date_index: Optional[int]) -> Optional[int]:
    """The headline's index: the line above the date line, else the first line."""
    if date_index and date_index < HEADER_LINES and title_like(lines[date_index - 1]):
        return date_index - 1
    first = 1 if date_index == 0 else 0
    if first < len(lines) and title_like(lines[first]) and len(lines) > first + 1:
        return first
    return None


@lru_cache(maxsize=1)
def _url_label() -> re.Pattern[str]:
    labels = [w for lang in all_languages() for w in lang.furniture.url_labels]
    alternation = "|".join(re.escape(w) for w in sorted(set(labels), key=len, reverse=True)) or r"(?!)"
    return re.compile(rf"^(?:{alternation})\s*[:：]\s*(https?://\S+)$", re.I)


def find_url(lines: list[str]) -> Optional[str]:
    """A stated article URL: ``Original: https://...`` anywhere, or a bare URL on top."""
    labelled = _url_label()
    for i, line in enumerate(lines):
        if m := labelled.match(line):
            return m.group(1)
        if i < 3 and re.fullmatch(r"https?://\S+", line):
            return line
    return None


def host(url: Optional[str]) -> Optional[str]:
    """``https://www.voachinese.com/a/..`` -> ``voachinese.com``."""
    if not url:
        return None
    h = (urlsplit(url).hostname or "").lower()
    return h[4:] if h.startswith("www.") else h or None


def clean_name(name: Optional[str]) -> Optional[str]:
    """A plausible outlet name or None (too long, sentence-like)."""
    if not name:
        return None
    name = " ".join(name.split()).strip(" .。,，、:：;；-–—|/／")
    if not 2 <= len(name) <= 40 or len(name.split()) > 6 or re.search(r"[。，!?！？؟،]", name):
        return None
    return name


@lru_cache(maxsize=1)
def _datelines() -> tuple[tuple[Language, re.Pattern[str], bool], ...]:
    """(language, pattern, known outlets only) for every dateline form."""
    return tuple((lang, lang.pattern(p), known) for lang in all_languages()
                 for known, forms in ((False, lang.furniture.datelines), (True, lang.furniture.known_datelines))
                 for p in forms)


def harvest(lines: list[str], title: Optional[str]) -> list[PrintedName]:
    """Outlet names printed where publishers go, best first (rank 0 strongest)."""
    r = rules()
    out: list[PrintedName] = []
    nonempty = [line for line in lines if line]
    for line in nonempty:
        for m in r.source.finditer(line):
            out.append(PrintedName(m["name"], 0))
    for line in nonempty[:HEADER_LINES]:
        if m := r.byline.match(line):
            out.append(PrintedName(m["name"], 1))
    for line in nonempty[:HEADER_LINES + 2]:
        if m := r.lead_credit.match(line):
            out.append(PrintedName(m["name"], 1))
    for line in nonempty:
        head = line[:120]
        for lang, pattern in _promos():
            if m := pattern.search(fold(head, lang)):
                out.append(PrintedName(head[m.start("name"):m.end("name")], 3))
        if m := _COPYRIGHT.match(line):
            out.append(PrintedName(m["name"], 2, known_only=True))
    out += _site_name(nonempty, title)
    return _clean(out)


#: "© 2025 Agency", "Copyright © Outlet 2024": the site that holds the rights (known outlets only)
_COPYRIGHT = re.compile(r"^(?:copyright\s*)?(?:©|\(c\))\s*(?:\d{4}\s*)?(?P<name>[^\d©|,.]{2,40}?)(?:\s*\d{4})?"
                        r"\s*(?:[.,|]|all rights|$)", re.I)


@lru_cache(maxsize=1)
def _promos() -> tuple[tuple[Language, re.Pattern[str]], ...]:
    return tuple((lang, lang.pattern(p)) for lang in all_languages() for p in lang.furniture.promos)


def dateline_names(body: list[str]) -> list[PrintedName]:
    """Credits in the datelines of the first body lines ("MOSCOW (Reuters) -", "(新华社北京3日电)")."""
    out: list[PrintedName] = []
    for line in body[:3]:
        head = line[:160]
        for lang, pattern, known in _datelines():
            if m := pattern.search(fold(head, lang)):
                out.append(PrintedName(head[m.start("name"):m.end("name")], 1, known_only=known))
                break
    return _clean(out)


def _clean(names: list[PrintedName]) -> list[PrintedName]:
    return [PrintedName(n, p.rank, p.known_only) for p in names if (n := clean_name(p.name))]


def _site_name(lines: list[str], title: Optional[str]) -> list[PrintedName]:
    """A headline printed twice, once as "Headline - Site": the suffix is the site's name;
    a lone short line opening the page, above the story, may be the site's name too (known only)."""
    out: list[PrintedName] = []
    heads = lines[:3] + ([title] if title else [])
    for line in heads:
        m = re.match(r"^(?P<head>.{10,}?)\s+[-|–—]\s+(?P<name>[^-|–—,，]{2,30})(?:[,，][^-|–—]{0,30})?$", line)
        if m and any(other.strip() == m["head"].strip() for other in heads if other is not line):
            out.append(PrintedName(m["name"], 1))
    if lines and len(lines[0].split()) <= 3 and len(lines[0]) <= 25 and not re.search(r"[\d.,:;!?،؟。]", lines[0]) \
            and len(lines) > 1 and len(lines[1]) > 60 and lines[0].casefold() not in rules().sections:
        out.append(PrintedName(lines[0], 3))
    return out


def near_date(lines: list[str], date_index: Optional[int], title: Optional[str]) -> list[PrintedName]:
    """Short lines beside the header date ("РИА Новости", "Le Monde avec AFP"): weak candidates."""
    if date_index is None:
        return []
    out = []
    for i in (date_index + 1, date_index - 1):
        if 0 <= i < len(lines) and lines[i] != title:
            line = lines[i].strip()
            if len(line) <= 40 and len(line.split()) <= 6 and not re.search(r"\d|[.!?。！？:：]$", line):
                bare = line
                for lang in all_languages():
                    if lang.furniture.agency_credit:
                        bare = re.sub(lang.furniture.agency_credit, "", bare, flags=re.I)
                out.append(PrintedName(bare, 3, known_only=bare == line))
    return out


def language_of(code: Optional[str]) -> Language:
    return get(code)
