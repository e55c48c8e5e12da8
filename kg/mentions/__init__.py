"""MENTIONS stage: what the article names, where, and what it stands for.

Fills ``Document.mentions`` (states, organisations, cities, seats of power,
people, outlets, demonyms, named agreements), ``Document.dates``, the
publisher, the cited agencies and ``Document.entities`` (every entity with
the names this article uses for it). Everything is found on the folded text
whose offsets are the text's.

Sources, in order of trust: the lexicon (:mod:`kg.lexicon`), names in Latin
script inside other scripts ("拉夫罗夫（Sergei Lavrov）"), one-character state
abbreviations in compounds where the language has them, and people the
lexicon lacks, introduced by a title (:mod:`kg.mentions.persons`).
"""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

from kg.dates import find_dates, first_full_date, parse_iso
from kg.doc import Claim, DateMention, Document, EntityRef, Mention, Span
from kg.lang import get
from kg.lang.base import Language
from kg.lexicon import Lexicon, load_lexicon
from kg.names import local_key
from kg.mentions.persons import find_titled_persons
from kg.mentions.publisher import dateline_day, resolve_publisher

__all__ = ["find_mentions"]


def find_mentions(doc: Document, lexicon: Optional[Lexicon] = None) -> Document:
    """Fill the fields this stage owns (see the module docstring) and return ``doc``."""
    lexicon = lexicon or load_lexicon()
    language = get(doc.language)
    text, folded = doc.text, doc.folded or language.fold(doc.text)
    mentions = _lexicon_mentions(text, folded, language, lexicon)
    mentions += _adjectives(text, folded, language, lexicon, mentions)
    mentions += _abbreviations(text, folded, language, lexicon, mentions)
    mentions += find_titled_persons(text, folded, language, lexicon, mentions)
    mentions += _capitals(text, folded, language, lexicon, mentions)
    mentions += _named_places(text, folded, language, mentions)
    mentions.sort(key=lambda m: (m.span.start, -m.span.end))
    doc.mentions = mentions
    doc.publisher = resolve_publisher(doc, lexicon, mentions)
    anchor = parse_iso(dateline_day(doc, language) or doc.published) or _head_date(doc, folded, language)
    doc.dates = sorted(find_dates(folded, language, anchor), key=lambda d: (d.span.start, d.span.end))
    doc.cited_agencies = _cited(doc, mentions)
    doc.entities = _entities(doc, lexicon, language)
    return doc


def _head_date(doc: Document, folded: str, language: Language) -> Optional[date]:
    """No publication date: a full date in the article's first sentences (a caption's
    "Thursday, Jan. 16, 2025") anchors its relative dates instead."""
    head = doc.sentences[:3]
    if not head:
        return None
    found = first_full_date(folded[:head[-1].end], language)
    return parse_iso(found[0]) if found else None


def _lexicon_mentions(text: str, folded: str, language: Language, lexicon: Lexicon) -> list[Mention]:
    hits = lexicon.find(folded, language)
    if language.script.system != "Latin":  # names quoted in Latin script: 普京（Vladimir Putin）
        taken = [(h.start, h.end) for h in hits]
        latin = get("en")
        hits += [h for h in lexicon.find(latin.fold(text), latin)
                 if not any(h.start < e and s < h.end for s, e in taken)]
    out = []
    for h in sorted(hits, key=lambda h: h.start):
        e = lexicon.get(h.key)
        if e is None:
            continue
        stands = e.stands_for or e.country
        start = _given_names(folded, language, h.start, hits) if e.kind == "person" else h.start
        out.append(Mention(Span(start, h.end), text[start:h.end], e.key, e.kind, stands, e.role))
    return out


_CAPITALISED = re.compile(r"(?:^|(?<=\s))([^\W\d_][\w'’-]*)\s+$")


def _given_names(folded: str, language: Language, start: int, hits: list) -> int:
    """A known family name written with the given name before it ("Николь Пашинян"): the
    mention covers both, so the graph keeps the name as the article writes it."""
    if not language.script.cased:
        return start
    stop = set(language.titles.stop) | set(language.titles.honorifics)
    for _ in range(2):
        m = _CAPITALISED.search(folded, max(0, start - 30), start)
        if not m or not m.group(1)[0].isupper() or m.group(1) in stop or m.group(1).isupper():
            break
        if len(m.group(1)) < 2 or "\n" in folded[m.start(1):start]:
            break
        if any(_cover(hits, lambda h: (h.start, h.end))[m.start(1):m.end(1)]):
            break  # another known name (a state, a title's country) is no given name
        start = m.start(1)
    return start


_COVER: dict[int, tuple[list, int, bytearray]] = {}


def _cover(items: list, span_of) -> bytearray:
    """Which characters ``items`` cover, computed once per list (so a check is O(its length))."""
    got = _COVER.get(id(items))
    if got is None or got[0] is not items or got[1] != len(items):
        spans = [span_of(x) for x in items]
        arr = bytearray(max((e for _s, e in spans), default=0) + 1)
        for s, e in spans:
            arr[s:e] = b"\x01" * (e - s)
        if len(_COVER) > 8:
            _COVER.clear()
        got = _COVER[id(items)] = (items, len(items), arr)
    return got[2]


def _free(mentions: list[Mention], start: int, end: int) -> bool:
    return not any(_cover(mentions, lambda m: (m.span.start, m.span.end))[start:end])


def _adjectives(text: str, folded: str, language: Language, lexicon: Lexicon,
                known: list[Mention]) -> list[Mention]:
    """Demonyms: "the Russian side", "российско-иранский", "الإيراني" point at a state."""
    return [Mention(Span(h.start, h.end), text[h.start:h.end], h.key, "adjective", h.key)
            for h in lexicon.find_adjectives(folded, language) if _free(known, h.start, h.end)]


def _abbreviations(text: str, folded: str, language: Language, lexicon: Lexicon,
                   known: list[Mention]) -> list[Mention]:
    """Compounds of one-character state abbreviations before a relation or agreement noun.

    An ambiguous character counts for the state the article names in full;
    an unambiguous one too, unless the article names one of its other readings instead.
    """
    context = language.morphology.abbreviation_context
    if not context or not lexicon.has_abbreviations():
        return []
    named = {m.key for m in known if m.kind == "state"}
    chars = "".join(sorted(c for c in set(folded) if lexicon.abbreviations(c)))
    if not chars:
        return []
    out: list[Mention] = []
    pattern = re.compile(rf"[{re.escape(chars)}]{{2,4}}(?=(?:{language.fold(context)}))")
    for m in pattern.finditer(folded):
        if not _free(known, m.start(), m.end()):
            continue
        for i, ch in enumerate(m.group()):
            readings = lexicon.abbreviations(ch)
            key = next((k for k in readings if k in named), None)
            if key is None and not lexicon.ambiguous(ch):
                key = readings[0]
            if key:
                s = m.start() + i
                out.append(Mention(Span(s, s + 1), text[s], key, "state", key))
    return out


def _capitals(text: str, folded: str, language: Language, lexicon: Lexicon,
              known: list[Mention]) -> list[Mention]:
    """"The Kenyan capital", "la capital keniana", "столица Кении": the word "capital" next to a
    state or demonym names that state's capital (a city mention over the word "capital")."""
    pattern = language.cue("capital")
    connector = language.pattern(language.titles.connector) if language.titles.connector else None
    out: list[Mention] = []
    for m in pattern.finditer(folded):
        if not _free(known, m.start(), m.end()):
            continue
        for k in known:
            if k.kind not in ("state", "adjective"):
                continue
            gap = folded[m.end():k.span.start] if k.span.start >= m.end() else folded[k.span.end:m.start()]
            if len(gap) > 8 or k.span.start < m.end() and k.span.end > m.start():
                continue
            if gap.strip() and not (connector is not None and k.span.start >= m.end()
                                    and connector.fullmatch(gap.strip() + " ")):
                continue
            city = lexicon.capital_of(k.stands_for or k.key)
            if city is not None:  # the mention covers a demonym before it: "in the Ghanaian capital"
                start = min(m.start(), k.span.start)
                out.append(Mention(Span(start, m.end()), text[start:m.end()], city, "city", None))
                break
    return out


_CASED_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _named_places(text: str, folded: str, language: Language, known: list[Mention]) -> list[Mention]:
    """"In the eastern city of Nancy", "في مدينة جيلونج": after a locative and a word for "city",
    a name the lexicon lacks is a city (capitalised words, or one word where script has no case)."""
    c = language.cues
    if not (c.city_noun and c.place_lead and c.locative) or not language.script.spaced:
        return []
    lead, noun = language.pattern(f"(?:{c.locative})(?:{c.place_lead})"), language.cue("city_noun")
    stop = set(language.titles.stop)
    out: list[Mention] = []
    for m in lead.finditer(folded):
        if not noun.search(folded, m.start(), m.end()):
            continue
        pos, end = m.end(), m.end()
        for _ in range(3 if language.script.cased else 1):
            w = _CASED_WORD.match(folded, pos)
            if w is None or w.group() in stop or language.script.cased and not w.group()[0].isupper():
                break
            end = w.end()
            if folded[end:end + 1] != " ":
                break
            pos = end + 1
        if end - m.end() < 3 or not _free(known, m.end(), end):
            continue
        name = text[m.end():end]
        out.append(Mention(Span(m.end(), end), name, local_key("city", name), "city", None))
    return out


def _sentence(doc: Document, offset: int) -> Span:
    return doc.sentence_of(offset)


def _cited(doc: Document, mentions: list[Mention]) -> list[Claim]:
    seen: set[str] = set()
    out = []
    for m in mentions:
        if m.kind == "outlet" and m.key != doc.publisher and m.key not in seen:
            seen.add(m.key)
            out.append(Claim(m.key, _sentence(doc, m.span.start)))
    return out


def _entities(doc: Document, lexicon: Lexicon, language: Language) -> dict[str, EntityRef]:
    """Every entity the article names, with the names it uses (and the lexicon's label)."""
    surfaces: dict[str, list[str]] = {}
    kinds: dict[str, str] = {}
    for m in doc.mentions:
        if m.kind == "adjective":
            continue
        names = surfaces.setdefault(m.key, [])
        if m.surface not in names:
            names.append(m.surface)
        kinds.setdefault(m.key, m.kind)
    if doc.publisher and doc.publisher not in surfaces:
        surfaces[doc.publisher] = []
        kinds[doc.publisher] = "outlet"
    for key in {m.stands_for for m in doc.mentions if m.stands_for}:
        surfaces.setdefault(key, [])
    for m in doc.mentions:
        entry = lexicon.get(m.key) if m.kind in ("seat", "agreement") else None
        if entry is not None and entry.located_in:  # a seat of power stands for its city as a place of signing
            surfaces.setdefault(entry.located_in, [])
        for key in entry.parties if entry is not None else ():  # a named agreement brings its parties
            surfaces.setdefault(key, [])
    out: dict[str, EntityRef] = {}
    column = language.label_column or language.code
    for key in sorted(surfaces):
        entry = lexicon.get(key)
        names = list(surfaces[key])
        if entry is not None:
            label = entry.label(column, tuple(language.columns))
            if label and label not in names:
                names.append(label)
            if entry.kind == "outlet":  # outlets go by several names (RFI, Radio France internationale)
                names += [n for c in (column, "en") for n in entry.names.get(c, ()) if n not in names]
            out[key] = EntityRef(key, entry.kind, entry.qid, tuple(names))
        else:
            kind = kinds.get(key) or key.split(":", 1)[0]
            if key == doc.publisher:
                names += [p.name for p in doc.printed_names if p.name not in names][:1]
            out[key] = EntityRef(key, kind, None, tuple(names) or (key,))
    return out


__all__ += ["DateMention"]
