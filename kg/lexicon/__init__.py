"""The lexicon: states, organisations, places, people, outlets and named agreements, by name.

Data lives in ``kg/lexicon/data/*.tsv`` (see ``data/README.md``); this module
loads it into :class:`Entry` objects and finds their names in folded text
with one :class:`~kg.lexicon.match.NameMatcher` per language. Keys are
Wikidata QIDs where the QID is certain and local keys (``person:jane-roe``)
otherwise: a wrong QID would silently merge distinct things in the graph, a
missing one only loses a link. The name columns are those the languages of
:mod:`kg.lang` ask for; a column a file lacks is simply empty.

>>> from kg.lang import get
>>> lex = load_lexicon()
>>> [lex.get(h.key).kind for h in lex.find(get("en").fold("Moscow and Tehran"), get("en"))]
['city', 'city']
"""
from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator, Optional
from urllib.parse import urlsplit

from kg.lang import all_languages
from kg.lang.base import Language
from kg.lexicon.match import Hit, NameMatcher
from kg.names import name_key
from kg.text import fold

__all__ = ["Entry", "Lexicon", "load_lexicon", "columns", "KINDS", "DATA_DIR", "Hit"]

#: entity kinds, in the order that breaks ties between identical names
KINDS: tuple[str, ...] = ("state", "org", "agreement", "seat", "city", "person", "outlet")
DATA_DIR = os.path.join(os.path.dirname(__file__), "data")
ENTITY_FILES: tuple[str, ...] = ("states.tsv", "orgs.tsv", "agreements.tsv", "places.tsv", "persons.tsv",
                                 "outlets.tsv")
_QID = re.compile(r"^Q[1-9][0-9]*$")


def columns() -> tuple[str, ...]:
    """Every name column a supported language reads, in registry order (zh, zh_Hant, ar...)."""
    return tuple(dict.fromkeys(c for language in all_languages() for c in language.columns))


@dataclass(frozen=True, eq=False)
class Entry:
    """One entity and every name the lexicon knows for it, per column."""

    key: str
    kind: str
    qid: Optional[str] = None
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    stands_for: Optional[str] = None        # cities and seats: the state they denote
    country: Optional[str] = None           # persons: the state (or org) they act for
    role: Optional[str] = None              # persons: head_of_state, foreign_minister...
    hosts: tuple[str, ...] = ()             # outlets: web hosts, without www.
    located_in: Optional[str] = None        # seats: the city they are in (Kremlin -> Moscow)
    parties: tuple[str, ...] = ()           # named agreements: the parties' keys

    def label(self, column: str = "en", fallbacks: tuple[str, ...] = ()) -> str:
        """Best display name in a column; then the fallback columns, English, any."""
        for code in (column,) + tuple(fallbacks) + ("en",) + tuple(self.names):
            if self.names.get(code):
                return self.names[code][0]
        return self.key

    def all_names(self) -> tuple[str, ...]:
        """Every name in every column, without duplicates."""
        seen: dict[str, None] = {}
        for names in self.names.values():
            for n in names:
                seen.setdefault(n, None)
        return tuple(seen)


def read_tsv(path: str) -> list[dict[str, str]]:
    """Rows of a data file: ``#`` lines are comments, the first other line the header."""
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.lstrip().startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in reader]


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


class Lexicon:
    """Entries by key, name and host, and the matchers that find them in text."""

    def __init__(self, entries: dict[str, Entry], abbreviations: dict[str, tuple[str, ...]],
                 adjectives: dict[str, list[tuple[str, str]]], blockers: dict[str, list[str]],
                 ambiguous: frozenset[str] = frozenset()) -> None:
        self._entries = entries
        self._abbr = abbreviations       # character -> state keys, likeliest first
        self._ambiguous = ambiguous      # characters with several common readings (巴, 新, 澳)
        self._adjectives = adjectives    # column -> [(base form, state key)]
        self._blockers = blockers        # column -> words
        self._by_name: dict[str, list[Entry]] = {}
        self._by_host: dict[str, Entry] = {}
        self._capitals: Optional[dict[str, str]] = None
        prio = {k: i for i, k in enumerate(KINDS)}
        for e in sorted(entries.values(), key=lambda e: prio.get(e.kind, 99)):
            for n in e.all_names():
                bucket = self._by_name.setdefault(name_key(n), [])
                if e not in bucket:
                    bucket.append(e)
            for h in e.hosts:
                self._by_host.setdefault(h.lower(), e)
        self._matchers: dict[tuple[str, bool], NameMatcher] = {}

    # -- plain access ---------------------------------------------------------

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries.values())

    def get(self, key: str) -> Optional[Entry]:
        """The entry with this key (a QID or a local key), or None."""
        return self._entries.get(key)

    def by_host(self, host: str) -> Optional[Entry]:
        """The outlet publishing at ``host`` (a host or a URL; www. and subdomains fold)."""
        if not host:
            return None
        h = host.strip().lower()
        if "//" in h:
            h = urlsplit(h).hostname or ""
        h = h.split("/")[0].split(":")[0].rstrip(".").removeprefix("www.")
        while "." in h:
            if h in self._by_host:
                return self._by_host[h]
            h = h.split(".", 1)[1]
        return None

    def lookup(self, name: str) -> list[Entry]:
        """Entries called exactly ``name`` (after :func:`kg.names.name_key`), states first."""
        hits = list(self._by_name.get(name_key(name), []))
        if not hits and "." in name and " " not in name.strip():
            outlet = self.by_host(name)
            hits = [outlet] if outlet else []
        return hits

    def abbreviations(self, char: str) -> tuple[str, ...]:
        """States a one-character abbreviation may stand for, likeliest first (() for none)."""
        return self._abbr.get(char, ())

    def capital_of(self, state: str) -> Optional[str]:
        """The key of the state's capital: the city that stands for it."""
        if self._capitals is None:
            self._capitals = {}
            for e in self._entries.values():
                if e.kind == "city" and e.stands_for:
                    self._capitals.setdefault(e.stands_for, e.key)
        return self._capitals.get(state)

    def has_abbreviations(self) -> bool:
        return bool(self._abbr)

    def ambiguous(self, char: str) -> bool:
        """A one-character abbreviation with several common readings: only context decides."""
        return char in self._ambiguous

    # -- matching -------------------------------------------------------------

    def find(self, folded: str, language: Language) -> list[Hit]:
        """Every entity name in ``folded`` (text folded for ``language``), leftmost-longest."""
        return self._matcher(language, False).find(folded)

    def find_adjectives(self, folded: str, language: Language) -> list[Hit]:
        """Demonyms and relational adjectives (российский, الروسي, iranien); ``key`` is the state."""
        return self._matcher(language, True).find(folded)

    def warm(self) -> "Lexicon":
        """Build every language's matchers now (they are otherwise built on first use): done
        before worker processes fork, so that they share them instead of each building its own."""
        for language in all_languages():
            for adjective in (False, True):
                self._matcher(language, adjective)
        return self

    def _matcher(self, language: Language, adjective: bool) -> NameMatcher:
        got = self._matchers.get((language.code, adjective))
        if got is None:
            names: list[tuple[str, Optional[str]]] = []
            for column in language.columns:  # blockers first: on an identical surface they win
                names.extend((b, None) for b in self._blockers.get(column, ()))
            if adjective:
                for column in language.columns:
                    for base, key in self._adjectives.get(column, ()):
                        forms = language.morphology.adjective_forms(base) if language.morphology.adjective_forms \
                            else [base]
                        names.extend((f, key) for f in forms)
            else:
                prio = {k: i for i, k in enumerate(KINDS)}
                for e in sorted(self._entries.values(), key=lambda e: prio.get(e.kind, 99)):
                    for column in language.columns:
                        names.extend((n, e.key) for n in e.names.get(column, ()))
            got = NameMatcher(names, language, adjective=adjective)
            self._matchers[(language.code, adjective)] = got
        return got


def _check_qid(qid: str, where: str) -> Optional[str]:
    if not qid:
        return None
    if not _QID.match(qid):
        raise ValueError(f"{where}: malformed QID {qid!r}")
    return qid


def build_lexicon(data_dir: str = DATA_DIR) -> Lexicon:
    """Read every data file in ``data_dir`` into a :class:`Lexicon` (uncached)."""
    cols = columns()
    raw: dict[str, dict] = {}
    for fname in ENTITY_FILES:
        path = os.path.join(data_dir, fname)
        if not os.path.exists(path):
            continue
        for i, row in enumerate(read_tsv(path), start=2):
            where = f"{fname} row {i}"
            key = row.get("key", "")
            if not key:
                raise ValueError(f"{where}: empty key")
            if key in raw:
                raise ValueError(f"{where}: duplicate key {key}")
            qid = _check_qid(row.get("qid", ""), where)
            if key.startswith("Q") and key != qid:
                raise ValueError(f"{where}: key {key} looks like a QID but qid is {qid!r}")
            raw[key] = {
                "key": key, "kind": row.get("kind") or "state", "qid": qid,
                "names": {c: _split(row.get(c, "")) for c in cols},
                "stands_for": row.get("stands_for") or None, "country": row.get("country") or None,
                "role": row.get("role") or None, "located_in": row.get("located_in") or None,
                "hosts": tuple(h.lower().removeprefix("www.") for h in _split(row.get("hosts", ""))),
                "parties": tuple(_split(row.get("parties", ""))),
            }
    alias_path = os.path.join(data_dir, "aliases.tsv")
    if os.path.exists(alias_path):
        for i, row in enumerate(read_tsv(alias_path), start=2):
            key, column = row.get("key", ""), row.get("lang", "")
            if key not in raw:
                raise ValueError(f"aliases.tsv row {i}: unknown key {key}")
            if column not in cols:
                raise ValueError(f"aliases.tsv row {i}: unknown column {column}")
            names = raw[key]["names"][column]
            names.extend(n for n in _split(row.get("names", "")) if n not in names)
    entries = {k: Entry(key=r["key"], kind=r["kind"], qid=r["qid"],
                        names={c: tuple(v) for c, v in r["names"].items() if v},
                        stands_for=r["stands_for"], country=r["country"], role=r["role"], hosts=r["hosts"],
                        located_in=r["located_in"], parties=r["parties"])
               for k, r in raw.items()}

    abbreviations: dict[str, tuple[str, ...]] = {}
    ambiguous: set[str] = set()
    path = os.path.join(data_dir, "abbreviations.tsv")
    if os.path.exists(path):
        for row in read_tsv(path):
            ch = fold(row["char"], _column_language(row.get("lang") or "zh"))
            readings = (row["key"],) + tuple(k for k in _split(row.get("alternatives", "")) if k != row["key"])
            abbreviations[ch] = readings
            if row.get("ambiguous", "") in ("1", "yes", "true"):
                ambiguous.add(ch)

    adjectives: dict[str, list[tuple[str, str]]] = {}
    path = os.path.join(data_dir, "adjectives.tsv")
    if os.path.exists(path):
        for row in read_tsv(path):
            for w in _split(row["words"]):
                adjectives.setdefault(row["lang"], []).append((w, row["key"]))

    blockers: dict[str, list[str]] = {}
    path = os.path.join(data_dir, "blockers.tsv")
    if os.path.exists(path):
        for row in read_tsv(path):
            langs = ("en", "fr", "es", "de") if row["lang"] == "latin" else (row["lang"],)
            for column in langs:
                blockers.setdefault(column, []).extend(_split(row["words"]))
    return Lexicon(entries, abbreviations, adjectives, blockers, frozenset(ambiguous))


def _column_language(column: str) -> Language:
    from kg.lang import get
    return get(column)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The project lexicon, read once per process."""
    return build_lexicon(DATA_DIR)
