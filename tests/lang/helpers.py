"""The pipeline as the language tests drive it: a made-up body under a neutral headline.

Shared by the per-language test files so that each holds only its language's sentences.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from kg.agreements import analyse, find_agreements
from kg.doc import Document
from kg.lexicon import load_lexicon
from kg.mentions import find_mentions
from kg.read import read_text


@dataclass(frozen=True)
class LanguageCase:
    """``code``: the language the reader must detect; ``head``: a headline naming no agreement."""

    code: str
    head: str
    published: Optional[str]

    def read(self, body: str, published: Optional[str] = "", head: Optional[str] = None,
             agreements: bool = True) -> Document:
        doc = read_text(f"{self.head if head is None else head}\n\n{body}\n", f"{self.code}.txt")
        assert doc.language == self.code
        doc.published = self.published if published == "" else published
        lexicon = load_lexicon()
        find_mentions(doc, lexicon)
        if agreements:
            find_agreements(doc, lexicon)
        return doc

    def records(self, body: str, **kw) -> dict:
        return {frozenset(a.parties): a for a in self.read(body, **kw).agreements}

    def record(self, body: str, *parties: str, **kw):
        got = self.records(body, **kw)
        key = frozenset(parties)
        assert key in got, f"no agreement {sorted(key)}; got {[sorted(k) for k in got]}"
        return got[key]

    def status(self, body: str, *parties: str, **kw):
        rec = self.record(body, *parties, **kw)
        return rec.status and rec.status.value

    def sentence_units(self, body: str):
        """The analysed units of the body's first sentence (the headline is sentence 0)."""
        doc = self.read(body, agreements=False)
        return doc, analyse(doc, load_lexicon())[1]


def signers(rec) -> set:
    return {c.value for c in rec.signatories}


def persons(doc) -> list:
    return [m for m in doc.mentions if m.kind == "person"]
