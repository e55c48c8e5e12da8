"""Link: map what an article names to entities with stable keys (and QIDs).

Mentions already carry lexicon keys (the extract stage matched them); this
stage resolves the publisher from its printed name or the URL's host, lists
the agencies the article cites, and gathers for every entity the names this
article uses, so the graph keeps the surface forms next to the QID. Names
the lexicon lacks get a stable local key derived from the normalised name.
"""
from __future__ import annotations

import hashlib
import re
from typing import Optional
from urllib.parse import urlparse

from kg.doc import Claim, Document, EntityRef, Span
from kg.lexicon import Lexicon, load_lexicon
from kg.read import AGENCY_CREDIT
from kg.text import normalize_name


def local_key(kind: str, name: str) -> str:
    """A stable key for an entity the lexicon does not know."""
    norm = normalize_name(name)
    slug = re.sub(r"[^a-z0-9]+", "-", norm).strip("-")
    if not slug or len(slug) < len(norm):
        slug = (slug + "-" if slug else "") + hashlib.sha1(norm.encode()).hexdigest()[:10]
    return f"{kind}:{slug}"


def resolve_publisher(doc: Document, lexicon: Lexicon) -> Optional[str]:
    """The publishing outlet's key: a known name, then the URL host, then the raw name."""
    candidates = list(doc.publisher_names)
    if doc.url:
        candidates.append(urlparse(doc.url).netloc)
    for name in candidates:
        entry = lexicon.by_host(name) if "." in name and " " not in name else None
        entry = entry or next((e for e in lexicon.lookup(name, doc.language) if e.kind == "outlet"), None)
        if entry is not None:
            return entry.key
    for hint in doc.publisher_hints:
        bare = AGENCY_CREDIT.sub("", hint)
        entry = next((e for e in lexicon.lookup(bare, doc.language) if e.kind == "outlet"), None)
        if entry is not None:
            return entry.key
        if bare != hint:  # "Ouest-France avec AFP": a byline with an agency credit names the outlet
            doc.publisher_names.insert(0, bare)
            return local_key("outlet", bare)
    if doc.publisher_names:
        return local_key("outlet", doc.publisher_names[0])
    return None


def _denotes(lexicon: Lexicon, name: str, key: str, lang: Optional[str]) -> bool:
    entry = lexicon.by_host(name) if "." in name and " " not in name else None
    keys = {entry.key} if entry else {e.key for e in lexicon.lookup(name, lang)}
    return key in keys or (not keys and key == local_key("outlet", name))


def _sentence_of(doc: Document, offset: int) -> Span:
    return next((s for s in doc.sentences if s.start <= offset < s.end), Span(offset, offset + 1))


def link(doc: Document, lexicon: Optional[Lexicon] = None) -> Document:
    """Fill ``doc.publisher``, ``doc.cited_agencies`` and ``doc.entities``."""
    lexicon = lexicon or load_lexicon()
    doc.publisher = resolve_publisher(doc, lexicon)
    surfaces: dict[str, list[str]] = {}
    for m in doc.mentions:
        surfaces.setdefault(m.key, [])
        if m.surface not in surfaces[m.key]:
            surfaces[m.key].append(m.surface)
    seen_agencies: set[str] = set()
    doc.cited_agencies = []
    for m in doc.mentions:
        if m.kind == "outlet" and m.key != doc.publisher and m.key not in seen_agencies:
            seen_agencies.add(m.key)
            doc.cited_agencies.append(Claim(m.key, _sentence_of(doc, m.span.start)))
    used: set[str] = set()
    for record in doc.agreements:
        used |= set(record.parties)
        used |= {c.value for c in record.signatories}
        if record.signed_at is not None:
            used.add(record.signed_at.value)
    used |= seen_agencies
    if doc.publisher:
        used.add(doc.publisher)
    doc.entities = {}
    for key in sorted(used):
        entry = lexicon.get(key)
        names = list(surfaces.get(key, []))
        if entry is not None:
            label = entry.label(doc.language or "en")
            if label and label not in names:
                names.append(label)
            if entry.kind == "outlet":  # outlets go by several names (RFI, Radio France internationale)
                names += [n for lang in (doc.language or "en", "en") for n in entry.names.get(lang, ())
                          if n not in names]
            kind, qid = entry.kind, entry.qid
        else:
            kind, qid = key.split(":", 1)[0], None
            if key == doc.publisher and doc.publisher_names:
                names = names or [doc.publisher_names[0]]
        if key == doc.publisher:  # printed names that denote this outlet (not a reposting site's)
            names += [n for n in doc.publisher_names if n not in names and _denotes(lexicon, n, key, doc.language)]
        doc.entities[key] = EntityRef(key, kind, qid, tuple(names) or (key,))
    return doc
