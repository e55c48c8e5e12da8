"""The publishing outlet, and the day a dateline gives.

The reader lists the outlet names a page prints where publishers go
(:class:`~kg.doc.PrintedName`, best rank first). A name the lexicon knows as
an outlet, or whose web host it knows, wins; otherwise the best name that may
stand on its own (a dateline credit, a source line) becomes a local outlet.
A name that the lexicon knows as something else (a state, a city) is no outlet.
"""
from __future__ import annotations

from typing import Optional

from kg.dates import find_dates, parse_iso
from kg.doc import Document, Mention
from kg.lang.base import Language
from kg.lexicon import Entry, Lexicon
from kg.names import local_key


def _resolve(name: str, lexicon: Lexicon) -> tuple[Optional[Entry], bool]:
    """(the outlet the name denotes, whether the lexicon knows the name as something else)."""
    if "." in name and " " not in name.strip():
        outlet = lexicon.by_host(name)
        if outlet is not None:
            return outlet, False
    entries = lexicon.lookup(name)
    outlet = next((e for e in entries if e.kind == "outlet"), None)
    return outlet, bool(entries) and outlet is None


def resolve_publisher(doc: Document, lexicon: Lexicon, mentions: list[Mention]) -> Optional[str]:
    """The publisher's key: a known outlet among the printed names, else the best free-standing name."""
    fallback: Optional[str] = None
    for printed in sorted(doc.printed_names, key=lambda p: p.rank):
        outlet, other = _resolve(printed.name, lexicon)
        if outlet is not None:
            return outlet.key
        if other or printed.known_only:
            continue
        if fallback is None:
            fallback = local_key("outlet", printed.name)
    return fallback


def dateline_day(doc: Document, language: Language) -> Optional[str]:
    """The day a dateline gives ("新华社北京3日电", "МОСКВА, 22 дек - РИА Новости"), resolved
    against the publication date: relative dates in the story count from it."""
    anchor = parse_iso(doc.published)
    if anchor is None:
        return None
    for sentence in doc.sentences[:4]:
        head = doc.folded[sentence.start:min(sentence.end, sentence.start + 160)]
        for source in language.furniture.datelines:
            m = language.pattern(source).search(head)
            if m and "day" in m.re.groupindex and m.group("day"):
                a, b = m.span("day")
                for d in find_dates(head, language, anchor):
                    if d.value and len(d.value) == 10 and d.span.start < b and a < d.span.end:
                        return d.value
    return None
