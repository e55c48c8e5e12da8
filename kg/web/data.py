"""What the browse pages read, and how they pick a name for a reader.

Every page reads the graph through :class:`Reader`: canned queries (``kg/queries``, the
ones ``kg query --name`` runs) over the same :class:`~kg.graph.KnowledgeGraph`, each query
kept so that the page can link "the SPARQL behind this" to the endpoint. Names come from
the graph in the reader's language when an article gave one, else in another article's.
"""
from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Optional, Sequence, Union

from kg.canned import bind, get_query
from kg.lang import SUPPORTED, get
from kg.lexicon import DATA_DIR, read_tsv
from kg.query import compact_iri
from kg.vocab import KGR, PREFIXES

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph, Rows

MERGED = f"{KGR}graph/merged"
AGREEMENT = f"{KGR}agreement/"
ENTITY = f"{KGR}entity/"
ARTICLE = f"{KGR}article/"
WIKIDATA = str(PREFIXES["wd"])


class Reader:
    """One page's reads: canned queries over the graph, each remembered with its text."""

    def __init__(self, graph: "KnowledgeGraph") -> None:
        self.graph = graph
        self.queries: list[tuple[str, str]] = []

    def canned(self, name: str, **params: Union[str, Sequence[str]]) -> "Rows":
        """Run the canned query ``name`` with its parameters bound (as ``kg query --name``)."""
        return self.run(name, bind(get_query(name), params))

    def run(self, label: str, text: str) -> "Rows":
        self.queries.append((label, text))
        return self.graph.query(text)


# -- languages ------------------------------------------------------------------------------

def user_language(param: Optional[str], accept: Optional[str]) -> str:
    """The reader's language: ``?lang=``, else the first supported one of Accept-Language
    (by its q weights), else English."""
    wanted = [param] if param else []
    weighted = []
    for i, part in enumerate((accept or "").split(",")):
        tag, _, q = part.strip().partition(";q=")
        try:
            weight = float(q) if q else 1.0
        except ValueError:
            weight = 0.0
        if tag and weight > 0:
            weighted.append((-weight, i, tag))
    wanted += [tag for _, _, tag in sorted(weighted)]
    for tag in wanted:
        base = tag.replace("_", "-").split("-")[0].lower()
        if base in SUPPORTED:
            return base
    return "en"


def direction(language: Optional[str]) -> str:
    """ltr or rtl, for HTML's dir attribute (the language's own data says which)."""
    return get(language).script.direction if language else "ltr"


@lru_cache(maxsize=1)
def iso_codes() -> dict[str, str]:
    """Wikidata QID -> ISO 3166-1 alpha-2 code of every state the lexicon knows."""
    rows = read_tsv(os.path.join(DATA_DIR, "states.tsv"))
    return {r["qid"]: r["iso2"] for r in rows if r.get("qid") and r.get("iso2")}


@dataclass(frozen=True)
class Name:
    """A name as written, with its language and direction (for lang= and dir= attributes)."""

    text: str
    lang: Optional[str] = None

    @property
    def dir(self) -> str:
        return direction(self.lang)


class Names:
    """The names of a page's nodes, read in one query (canned ``names``), and the choice of one."""

    def __init__(self, rows: Iterable[dict]) -> None:
        self._names: dict[str, list[tuple[str, str, int]]] = {}
        self._wikidata: dict[str, str] = {}
        for r in rows:
            self._names.setdefault(r["subject"], []).append((r["name"], r["language"] or "", int(r["claims"] or 0)))
            if r.get("wikidata"):
                self._wikidata[r["subject"]] = r["wikidata"]

    @classmethod
    def read(cls, reader: Reader, subjects: Iterable[str]) -> "Names":
        nodes = sorted({s for s in subjects if s})
        return cls(reader.canned("names", subject=nodes) if nodes else [])

    def all(self, subject: str) -> list[Name]:
        return [Name(n, lang or None) for n, lang, _ in sorted(self._names.get(subject, []))]

    def pick(self, subject: str, lang: str, fallbacks: Sequence[str] = ()) -> Name:
        """The name in ``lang``, else in the first fallback language that has one (the article's),
        else in the language with most names. Within a language: most claimed, then longest."""
        names = self._names.get(subject, [])
        if not names:
            return Name(local_name(subject))
        have = Counter(language for _, language, _ in names)
        order = [lang, *fallbacks] + [language for language, _ in have.most_common()]
        chosen = next(language for language in order if language in have)
        text, language, _ = max((n for n in names if n[1] == chosen), key=_rank)
        return Name(text, language or None)

    def wikidata(self, subject: str) -> Optional[str]:
        """The Wikidata entity IRI (owl:sameAs) of a node, when the graph knows it."""
        return self._wikidata.get(subject)


def _rank(name: tuple[str, str, int]) -> tuple:
    """Most claimed first; a name cut out of a sentence (starting or ending with punctuation) last;
    then the longer (a full name over its abbreviation)."""
    text = name[0].strip()
    clean = bool(text) and not any(unicodedata.category(c).startswith("P") for c in (text[0], text[-1]))
    return (name[2], clean, len(text), text)


def qid_of(iri: Optional[str]) -> Optional[str]:
    """Q159 for a Wikidata IRI or for our entity IRI named by a QID."""
    if not iri:
        return None
    m = re.search(r"/(Q[1-9]\d*)$", iri)
    return m.group(1) if m else None


def iso_of(entity: str, wikidata: Optional[str] = None) -> Optional[str]:
    """The ISO code of a state (by its QID), or None for organisations and unknown states."""
    qid = qid_of(wikidata) or qid_of(entity)
    return iso_codes().get(qid) if qid else None


def local_name(iri: str) -> str:
    """What follows our namespace (``agreement/Q159_Q794``), else the compact form."""
    for base in (AGREEMENT, ENTITY, ARTICLE):
        if iri.startswith(base):
            return iri[len(base):]
    return compact_iri(iri)


def sparql_string(text: str) -> str:
    """A SPARQL string literal holding ``text`` exactly (a search box's words are data)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'
