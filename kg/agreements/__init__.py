"""AGREEMENTS stage: which agreements the article reports, between whom, and what happened to them.

Reads the sentence units (:mod:`kg.agreements.units`) and assembles them at
the level of the document: a trigger with its own parties introduces or
re-finds an agreement; a reference back ("the treaty", "该协议", "الاتفاقية",
"документ") continues the one in focus; lifecycle cues attach to the nearest
trigger or, in a sentence without one, to the agreement in focus. Each fact
keeps the sentence it came from as evidence (:mod:`kg.agreements.facts`).
Fills ``Document.agreements``.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from kg.agreements.parties import resolve_parties
from kg.agreements.records import Assembly
from kg.agreements.units import (Sentence, Trigger, comparison_regions, cues_of, groups_of, party_mentions,
                                 triggers_of)
from kg.doc import Document
from kg.lang import get
from kg.lexicon import Lexicon, load_lexicon
from kg.text import clauses

__all__ = ["find_agreements"]


def analyse(doc: Document, lexicon: Lexicon) -> list[Sentence]:
    """Every sentence read into its units, parties resolved per trigger."""
    language = get(doc.language)
    parties = sorted(party_mentions(doc, language, doc.mentions), key=lambda p: p.start)
    starts = [p.start for p in parties]
    out: list[Sentence] = []
    for i, span in enumerate(doc.sentences):
        parts = clauses(doc.folded, span, language)
        inside = parties[bisect_left(starts, span.start):bisect_left(starts, span.end)]
        regions = comparison_regions(language, doc.folded, span, inside)
        contrasts = set(comparison_regions(language, doc.folded, span, inside, contrast_only=True))
        sentence = Sentence(
            index=i, span=span, clauses=parts, parties=inside,
            groups=groups_of(language, doc.folded, inside, span),
            triggers=triggers_of(doc, language, i, span, doc.mentions),
            cues=cues_of(language, doc.folded, span, parts, regions),
            regions=regions, contrasts=contrasts,
        )
        sentence.triggers += _elided(sentence)
        for t in sentence.triggers:
            resolve_parties(doc, language, lexicon, sentence, t)
        out.append(sentence)
    return out


def _elided(sentence: Sentence) -> list[Trigger]:
    """A comparison that signs without naming the noun: "similar to those signed with X and Y"."""
    out = []
    for a, b in sentence.regions:
        if any(a <= t.start < b for t in sentence.triggers):
            continue
        if any(a <= c.start < b and c.kind == "sign" for c in sentence.cues) and \
                any(a <= g.start < b for g in sentence.groups):
            kind = sentence.triggers[0].kind if sentence.triggers else "agreement"
            out.append(Trigger(a, a, kind, sentence.index, region=True))
    return out


def find_agreements(doc: Document, lexicon: Optional[Lexicon] = None) -> Document:
    """Fill ``doc.agreements`` from the document's sentences and mentions."""
    lexicon = lexicon or load_lexicon()
    assembly = Assembly(doc, get(doc.language), lexicon)
    for sentence in analyse(doc, lexicon):
        assembly.add(sentence)
    doc.agreements = assembly.records()
    return doc
