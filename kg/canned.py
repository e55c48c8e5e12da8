"""Canned queries shipped with the package (``kg/queries/*.rq``), listed by ``kg query --list``.

Each file starts with comment lines: a description, then ``# Parameter: NAME (...)``
lines for the variables (``$NAME``) the caller binds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence, Union

import pyoxigraph as ox

from kg.vocab import KGR

QUERY_DIR = Path(__file__).parent / "queries"


@dataclass(frozen=True)
class CannedQuery:
    name: str
    description: str
    parameters: tuple[str, ...]
    text: str


def list_queries() -> list[CannedQuery]:
    """Every shipped query, sorted by name."""
    out = []
    for path in sorted(QUERY_DIR.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        comments = [line[1:].strip() for line in text.splitlines() if line.startswith("#")]
        params = tuple(m.group(1) for c in comments for m in [re.match(r"Parameter:\s*(\w+)", c)] if m)
        description = " ".join(c for c in comments if not c.startswith("Parameter:"))
        out.append(CannedQuery(path.stem, description, params, text))
    return out


def get_query(name: str) -> CannedQuery:
    for query in list_queries():
        if query.name == name:
            return query
    raise KeyError(f"no canned query named {name!r} (see kg query --list)")


def bind(query: CannedQuery, values: dict[str, Union[str, Sequence[str]]]) -> str:
    """The query text with each ``$name`` replaced by its IRI; a bare QID names our entity IRI.

    A list of values becomes ``<a> <b>``, for a parameter used in ``VALUES ?x { $name }`` (the
    browse pages ask for the names of a page's nodes in one query, not one per row)."""
    unknown = [name for name in values if name not in query.parameters]
    if unknown:
        takes = ", ".join(query.parameters) or "none"
        raise ValueError(f"{query.name} takes no parameter {unknown[0]!r} (its parameters: {takes})")
    missing = [p for p in query.parameters if p not in values]
    if missing:
        raise ValueError(f"{query.name} needs --param {missing[0]}=...")
    text = query.text
    for name, value in values.items():
        items = [value] if isinstance(value, str) else list(value)
        if not items:
            raise ValueError(f"--param {name}: no value")
        terms = " ".join(f"<{_iri(name, item)}>" for item in items)
        text = re.sub(rf"\${name}\b", lambda _: terms, text)
    return text


def _iri(name: str, value: str) -> str:
    # a Wikidata item however written (Q159, wd:Q159, its entity IRI) is our entity with that QID
    qid = re.fullmatch(r"(?:wd:|https?://www\.wikidata\.org/(?:entity|wiki)/)?(Q[1-9]\d*)", value.strip())
    iri = f"{KGR}entity/{qid.group(1)}" if qid else value.strip()
    if not re.fullmatch(r"[a-z][a-z0-9+.-]*:[^\s<>\"{}|^`\\]+", iri):
        raise ValueError(f"--param {name}: not an IRI or a QID (such as Q159): {value[:60]!r}")
    ox.NamedNode(iri)
    return iri
