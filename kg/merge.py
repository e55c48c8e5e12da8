"""Merge: one node per agreement across articles, computed from the article graphs.

The merged view is derived from the RDF in the store (never from documents
held in memory), so adding, replacing or removing one article's graph and
re-running :func:`merged_quads` always gives the view of what the store holds.
Disagreements are not flattened here: every article's claims stay in its own
graph; the merged node carries the latest stage, the most precise date that
all sources agree with, the majority clause, and every source.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterator, Optional

import pyoxigraph as ox

from kg.build import (ENTITY_CLASS, EVENT_CLASS, STAGE_IRI, STAGE_OF, agreement_iri, clause_iri, date_literal,
                      entity_key, event_iri)
from kg.doc import STAGES
from kg.terms import to_ox
from kg.vocab import KG, KGR, PROV, RDF, SCHEMA, SIGNATORY, XSD, sparql_prefixes

MERGED = ox.NamedNode(f"{KGR}graph/merged")
PROVENANCE = ox.NamedNode(f"{KGR}graph/provenance")
_NOT_DERIVED = f"FILTER(?g != <{MERGED.value}> && ?g != <{PROVENANCE.value}>)"
ENTITY_TYPES = tuple(dict.fromkeys(ENTITY_CLASS.values()))  # what the merged view takes entities to be


def N(iri) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


@dataclass
class _Report:
    """What one article graph says about one agreement."""

    article: str
    published: str = ""
    names: list[ox.Literal] = field(default_factory=list)
    kind: Optional[str] = None
    parties: set[str] = field(default_factory=set)
    stages: set[str] = field(default_factory=set)
    date: Optional[str] = None
    place: Optional[str] = None
    signatories: list[str] = field(default_factory=list)
    duration: Optional[str] = None
    defence: Optional[bool] = None


def _rows(store: ox.Store, query: str):
    return store.query(sparql_prefixes() + query)


def _scanned(store: ox.Store):
    """Every article graph's agreement rows, by SPARQL scans: (articles, agreement property rows,
    event rows, clause rows) as :func:`_reports` reads them."""
    articles = {row["g"].value: (row["a"].value, row["d"].value if row["d"] else "")
                for row in _rows(store, f"""SELECT ?g ?a ?d WHERE {{ GRAPH ?g {{ ?a a schema:NewsArticle
                    OPTIONAL {{ ?a schema:datePublished ?d }} }} {_NOT_DERIVED} }}""")}
    props = ((r["g"].value, r["a"].value, r["p"].value, r["o"]) for r in _rows(store, f"""SELECT ?g ?a ?p ?o
             WHERE {{ GRAPH ?g {{ ?a a kg:Agreement ; ?p ?o }} {_NOT_DERIVED} }}"""))
    events = ((r["g"].value, r["a"].value, r["stage"].value, r["date"], r["place"]) for r in _rows(store, f"""
              SELECT ?g ?a ?stage ?date ?place WHERE {{ GRAPH ?g {{ ?a kg:hasEvent ?e . ?e kg:stage ?stage
              OPTIONAL {{ ?e kg:date ?date }} OPTIONAL {{ ?e kg:place ?place }} }} {_NOT_DERIVED} }}"""))
    clauses = ((r["g"].value, r["a"].value, r["v"].value) for r in _rows(store, f"""SELECT ?g ?a ?v WHERE {{
               GRAPH ?g {{ ?a kg:hasClause ?c . ?c kg:clauseType kg:MutualDefence ; kg:obligationPresent ?v }}
               {_NOT_DERIVED} }}"""))
    return articles, props, events, clauses


def _looked_up(store: ox.Store, pairs: set[tuple[str, str]]):
    """The rows of :func:`_scanned` for some (graph, agreement) pairs only, read through the store's
    indexes: what an incremental merge costs is the agreements it touches, not the store."""
    q = store.quads_for_pattern

    def one(s, p, g):
        return next((x.object for x in q(s, N(p), None, g)), None)
    articles: dict[str, tuple[str, str]] = {}
    props, events, clauses = [], [], []
    for g_iri, a_iri in sorted(pairs):
        g, a = N(g_iri), N(a_iri)
        if g_iri not in articles:
            node = next((x.subject for x in q(None, N(RDF.type), N(SCHEMA.NewsArticle), g)), None)
            published = one(node, SCHEMA.datePublished, g) if node is not None else None
            articles[g_iri] = (node.value if node is not None else "", published.value if published else "")
        for x in q(a, None, None, g):
            props.append((g_iri, a_iri, x.predicate.value, x.object))
            if x.predicate.value == str(KG.hasEvent):
                stage = one(x.object, KG.stage, g)
                if stage is not None:
                    events.append((g_iri, a_iri, stage.value, one(x.object, KG.date, g), one(x.object, KG.place, g)))
            elif x.predicate.value == str(KG.hasClause):
                kind, value = one(x.object, KG.clauseType, g), one(x.object, KG.obligationPresent, g)
                if kind == N(KG.MutualDefence) and value is not None:
                    clauses.append((g_iri, a_iri, value.value))
    return articles, props, events, clauses


def _reports(store: ox.Store, only: Optional[set[frozenset[str]]] = None) -> dict[str, list[_Report]]:
    """Merged agreement IRI -> what each article says of it; ``only`` keeps the agreements
    between those party sets (an incremental merge), found through the party index."""
    articles, props, events, clauses = _scanned(store) if only is None else _looked_up(store, _candidates(store, only))
    reports: dict[tuple[str, str], _Report] = {}

    def report(g: str, a: str) -> _Report:
        key = (g, a)
        if key not in reports:
            article, published = articles.get(g, ("", ""))
            reports[key] = _Report(article, published)
        return reports[key]

    for g, a, p, o in props:
        r = report(g, a)
        if p == str(SCHEMA.name):
            r.names.append(o)
        elif p == str(KG.agreementKind):
            r.kind = o.value
        elif p == str(KG.party):
            r.parties.add(o.value)
        elif p == str(SIGNATORY):
            r.signatories.append(o.value)
        elif p == str(KG.duration):
            r.duration = o.value
    for g, a, stage, date, place in events:
        r = report(g, a)
        r.stages.add(STAGE_OF.get(stage, ""))
        if date is not None:
            r.date = date.value
        if place is not None:
            r.place = place.value
    for g, a, value in clauses:
        report(g, a).defence = value == "true"
    by_parties: dict[frozenset[str], list[_Report]] = defaultdict(list)
    for (_g, _a), r in sorted(reports.items()):
        if only is None or frozenset(r.parties) in only:
            by_parties[frozenset(r.parties)].append(r)
    by_agreement: dict[str, list[_Report]] = {}
    for parties, group in sorted(by_parties.items(), key=lambda kv: sorted(kv[0])):
        keys = [entity_key(p) for p in parties]
        clusters = _clusters(group)
        for label, members in clusters.items():
            by_agreement[str(agreement_iri(keys, label if len(clusters) > 1 else ""))] = members
    return by_agreement


def _candidates(store: ox.Store, party_sets: set[frozenset[str]]) -> set[tuple[str, str]]:
    """(graph, agreement) pairs in article graphs whose agreement has every party of a set (or,
    for the empty set, none): a superset of the exact matches, which the caller filters."""
    found: set[tuple[str, str]] = set()
    for parties in party_sets:
        where = " ; ".join(f"kg:party <{p}>" for p in sorted(parties)) if parties else ""
        query = (f"SELECT ?g ?a WHERE {{ GRAPH ?g {{ ?a a kg:Agreement {'; ' + where if where else ''} "
                 f"{'' if parties else 'FILTER NOT EXISTS { ?a kg:party ?any }'} }} {_NOT_DERIVED} }}")
        found |= {(row["g"].value, row["a"].value) for row in _rows(store, query)}
    return found


def party_sets(store: ox.Store, graph: ox.NamedNode) -> set[frozenset[str]]:
    """The party set of every agreement in one graph (what a change to it may touch)."""
    parties: dict[str, set[str]] = defaultdict(set)
    for row in _rows(store, f"""SELECT ?a ?p WHERE {{ GRAPH <{graph.value}> {{ ?a a kg:Agreement
                                OPTIONAL {{ ?a kg:party ?p }} }} }}"""):
        parties[row["a"].value].update([row["p"].value] if row["p"] is not None else [])
    return {frozenset(p) for p in parties.values()}


def entity_quads(store: ox.Store, graph: Optional[ox.NamedNode] = None) -> Iterator[ox.Quad]:
    """The merged graph's share of the entities: type, names and Wikidata link, from one article
    graph or (None) from every one, without repeats."""
    where = f"GRAPH <{graph.value}>" if graph is not None else "GRAPH ?g"
    seen: set[tuple] = set()
    for row in _rows(store, f"""SELECT DISTINCT ?e ?p ?o WHERE {{ {where} {{ ?e a ?t ; ?p ?o .
            VALUES ?t {{ {' '.join(f'<{t}>' for t in ENTITY_TYPES)} }}
            VALUES ?p {{ rdf:type schema:name owl:sameAs }} }} {_NOT_DERIVED if graph is None else ''} }}"""):
        key = (row["e"], row["p"], row["o"])
        if key not in seen:
            seen.add(key)
            yield ox.Quad(row["e"], row["p"], row["o"], MERGED)


def merged_agreements(store: ox.Store, only: set[frozenset[str]]) -> Iterator[ox.Quad]:
    """The merged graph's agreements between the party sets in ``only`` (an incremental merge)."""
    for agreement, reports in _reports(store, only).items():
        yield from _merged_agreement(N(agreement), reports)


def _year(r: _Report) -> str:
    return (r.date or "")[:4]


class _Cluster:
    """One agreement's reports while clustering, with what fitting a new one asks kept at hand
    (its articles, names and year range), so a thousand reports cost a thousand steps."""

    def __init__(self) -> None:
        self.members: list[_Report] = []
        self.articles: set[str] = set()
        self.names: set[str] = set()
        self.years: list[int] = []  # the lowest and highest signing year so far

    def fits(self, r: _Report) -> bool:
        if r.article in self.articles:
            return False
        y = _year(r)
        return not y or not self.years or (abs(self.years[0] - int(y)) < 2 and abs(self.years[1] - int(y)) < 2)

    def add(self, r: _Report) -> None:
        self.members.append(r)
        self.articles.add(r.article)
        self.names |= {n.value.casefold() for n in r.names}
        if _year(r):
            y = int(_year(r))
            self.years = [min(self.years[0], y), max(self.years[1], y)] if self.years else [y, y]


def _clusters(reports: list[_Report]) -> dict[str, list[_Report]]:
    """Reports between the same parties, grouped into agreements.

    Two reports are one agreement unless one article tells them apart (it reports both) or
    their signing years lie two or more years apart (the 2000 and the 2024 treaty); a report
    joins the agreement whose name it shares, else the first that fits.
    """
    clusters: list[_Cluster] = []
    for r in sorted(reports, key=lambda r: (not _year(r), r.article)):
        mine = {n.value.casefold() for n in r.names}
        cands = [c for c in clusters if c.fits(r)]
        named = [c for c in cands if mine & c.names]
        target = (named or cands or [None])[0]
        if target is None:
            target = _Cluster()
            clusters.append(target)
        target.add(r)
    out: dict[str, list[_Report]] = {}
    for i, cluster in enumerate(c.members for c in clusters):
        years = sorted(_year(r) for r in cluster if _year(r))
        label = years[0] if years else "undated"
        while label in out:
            label = f"{label}-{i}"
        out[label] = cluster
    return out


def consistent_date(values: list[str]) -> Optional[str]:
    """The most precise date every other reported date is a prefix of (else the most precise).

    >>> consistent_date(["2024", "2024-06", "2024-06"])
    '2024-06'
    """
    if not values:
        return None
    ranked = sorted(set(values), key=lambda v: (-len(v), v))
    return next((c for c in ranked if all(c.startswith(v) for v in values)), ranked[0])


def _majority(reports: list[_Report], field_name: str):
    """The most reported value of a field; a tie goes to the most recently published source."""
    values = [getattr(r, field_name) for r in reports if getattr(r, field_name) is not None]
    if not values:
        return None
    counts = {v: values.count(v) for v in values}
    top = max(counts.values())
    newest_first = sorted(reports, key=lambda r: r.published, reverse=True)
    return next(getattr(r, field_name) for r in newest_first if counts.get(getattr(r, field_name)) == top)


def merged_quads(store: ox.Store) -> Iterator[ox.Quad]:
    """The merged graph of everything the article graphs in ``store`` say."""
    yield from entity_quads(store)
    for agreement, reports in _reports(store).items():
        yield from _merged_agreement(N(agreement), reports)


def _merged_agreement(a: ox.NamedNode, reports: list[_Report]) -> Iterator[ox.Quad]:
    g = MERGED
    yield ox.Quad(a, N(RDF.type), N(KG.Agreement), g)
    names = list(dict.fromkeys(n for r in reports for n in r.names))
    for name in names:
        yield ox.Quad(a, N(SCHEMA.name), name, g)
    kind = _majority([r for r in reports if r.kind != "agreement"], "kind")
    yield ox.Quad(a, N(KG.agreementKind), ox.Literal(kind or "agreement"), g)
    for party in sorted(set().union(*(r.parties for r in reports))):
        yield ox.Quad(a, N(KG.party), N(party), g)
    for article in sorted({r.article for r in reports if r.article}):
        yield ox.Quad(a, N(KG.reportedIn), N(article), g)
    stages = sorted({s for r in reports for s in r.stages if s}, key=STAGES.index)
    if stages:
        yield ox.Quad(a, N(KG.status), N(STAGE_IRI[stages[-1]]), g)
    signatories = list(dict.fromkeys(s for r in reports for s in r.signatories))
    date = consistent_date([r.date for r in reports if r.date])
    place = _majority(reports, "place")
    if (date or place or signatories) and "signed" not in stages:
        stages.append("signed")
    for stage in stages:
        event = N(event_iri(a.value, stage))
        yield ox.Quad(a, N(KG.hasEvent), event, g)
        yield ox.Quad(event, N(RDF.type), N(EVENT_CLASS[stage]), g)
        yield ox.Quad(event, N(KG.stage), N(STAGE_IRI[stage]), g)
        for article in sorted({r.article for r in reports if stage in r.stages and r.article}):
            yield ox.Quad(event, N(PROV.wasDerivedFrom), N(article), g)
        if stage == "signed":
            if date:
                yield ox.Quad(event, N(KG.date), to_ox(date_literal(date)), g)
            if place:
                yield ox.Quad(event, N(KG.place), N(place), g)
            for person in signatories:
                yield ox.Quad(event, N(PROV.wasAssociatedWith), N(person), g)
    for person in signatories:
        yield ox.Quad(a, N(SIGNATORY), N(person), g)
    duration = _majority(reports, "duration")
    if duration:
        yield ox.Quad(a, N(KG.duration), ox.Literal(duration, datatype=N(XSD.duration)), g)
    defence = _majority(reports, "defence")
    if defence is not None:
        clause = N(clause_iri(a.value))
        yield ox.Quad(a, N(KG.hasClause), clause, g)
        yield ox.Quad(clause, N(RDF.type), N(KG.Clause), g)
        yield ox.Quad(clause, N(KG.clauseType), N(KG.MutualDefence), g)
        yield ox.Quad(clause, N(KG.obligationPresent), ox.Literal("true" if defence else "false",
                                                                   datatype=N(XSD.boolean)), g)
