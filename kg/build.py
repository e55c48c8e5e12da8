"""Build: the only stage that turns documents into RDF.

Every IRI is derived from content (file name, party keys, entity keys,
claim content and offsets), never from counters or blank nodes, so the same
input always gives the same graph.
"""
from __future__ import annotations

import hashlib
from typing import Iterable, Optional
from urllib.parse import quote

from rdflib import Dataset, Graph, Literal, URIRef

from kg import __version__
from kg.doc import STAGES, AgreementRecord, Claim, Document, EntityRef
from kg.vocab import KG, OA, OWL, PROV, RDF, RDFS, SCHEMA, SIGNATORY, WD, XSD, bind_prefixes, resource

STAGE_IRI = {"planned": KG.Planned, "signed": KG.Signed, "ratified": KG.Ratified,
             "in_force": KG.InForce, "terminated": KG.Terminated}
EVENT_CLASS = {"planned": KG.Announcement, "signed": KG.Signing, "ratified": KG.Ratification,
               "in_force": KG.EntryIntoForce, "terminated": KG.Termination}
ENTITY_CLASS = {"state": KG.State, "org": SCHEMA.Organization, "city": SCHEMA.City, "seat": SCHEMA.Place,
                "person": SCHEMA.Person, "outlet": SCHEMA.NewsMediaOrganization}
MERGED_GRAPH = resource("graph", "merged")


# --- IRIs -----------------------------------------------------------------------------

def article_iri(doc_id: str) -> URIRef:
    return resource("article", quote(doc_id, safe=""))


def article_graph_iri(doc_id: str) -> URIRef:
    return resource("graph", "article", quote(doc_id, safe=""))


def entity_iri(key: str) -> URIRef:
    return resource("entity", quote(key.replace(":", "/"), safe="/"))


def agreement_iri(parties: Iterable[str]) -> URIRef:
    return resource("agreement", quote("_".join(sorted(k.replace(":", "-") for k in parties)), safe=""))


def event_iri(agreement: URIRef, stage: str) -> URIRef:
    return URIRef(f"{agreement}/event/{stage.replace('_', '-')}")


def clause_iri(agreement: URIRef) -> URIRef:
    return URIRef(f"{agreement}/clause/mutual-defence")


def build_iri(docs: Iterable[Document]) -> URIRef:
    digest = hashlib.sha1("".join(sorted(d.sha256 for d in docs)).encode()).hexdigest()[:16]
    return resource("build", digest)


def date_literal(value: str) -> Literal:
    """``YYYY`` / ``YYYY-MM`` / ``YYYY-MM-DD`` at the precision given."""
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(value), XSD.date)
    return Literal(value, datatype=datatype)


def new_graph() -> Graph:
    graph = Graph(bind_namespaces="none")
    bind_prefixes(graph)
    return graph


# --- per-article graph ------------------------------------------------------------------

class _ArticleBuilder:
    def __init__(self, doc: Document, graph: Graph, build: Optional[URIRef]):
        self.doc, self.g, self.build = doc, graph, build
        self.article = article_iri(doc.doc_id)
        self.lang = doc.language or None

    def literal(self, text: str) -> Literal:
        return Literal(text, lang=self.lang) if self.lang else Literal(text)

    def claim(self, subject: URIRef, prop: URIRef, value, claim: Claim) -> None:
        """Record that the article asserts ``subject prop value`` in the sentence of ``claim``."""
        g, start, end = self.g, claim.evidence.start, claim.evidence.end
        digest = hashlib.sha1(f"{subject}|{prop}|{value}|{start}|{end}".encode()).hexdigest()[:16]
        iri = resource("claim", quote(self.doc.doc_id, safe=""), digest)
        target, quote_sel, pos_sel = URIRef(f"{iri}/target"), URIRef(f"{iri}/quote"), URIRef(f"{iri}/position")
        g.add((iri, RDF.type, KG.Claim))
        g.add((iri, OA.hasBody, subject))
        g.add((iri, KG.claimProperty, prop))
        g.add((iri, KG.claimValue, value))
        g.add((iri, OA.hasTarget, target))
        if claim.attributed_to:
            g.add((iri, KG.attributedTo, entity_iri(claim.attributed_to)))
        g.add((target, RDF.type, OA.SpecificResource))
        g.add((target, OA.hasSource, self.article))
        g.add((target, OA.hasSelector, quote_sel))
        g.add((target, OA.hasSelector, pos_sel))
        g.add((quote_sel, RDF.type, OA.TextQuoteSelector))
        g.add((quote_sel, OA.exact, Literal(self.doc.text[start:end])))
        g.add((pos_sel, RDF.type, OA.TextPositionSelector))
        g.add((pos_sel, OA.start, Literal(start, datatype=XSD.nonNegativeInteger)))
        g.add((pos_sel, OA.end, Literal(end, datatype=XSD.nonNegativeInteger)))

    def entity(self, ref: EntityRef) -> URIRef:
        iri = entity_iri(ref.key)
        self.g.add((iri, RDF.type, ENTITY_CLASS.get(ref.kind, SCHEMA.Organization)))
        for name in ref.names:
            self.g.add((iri, SCHEMA.name, self.literal(name)))
        if ref.qid:
            self.g.add((iri, OWL.sameAs, WD[ref.qid]))
        return iri

    def article_node(self) -> None:
        g, d, a = self.g, self.doc, self.article
        g.add((a, RDF.type, SCHEMA.NewsArticle))
        g.add((a, KG.fileName, Literal(d.doc_id)))
        g.add((a, KG.contentHash, Literal(d.sha256)))
        g.add((a, SCHEMA.articleBody, self.literal(d.text)))
        if d.title:
            g.add((a, SCHEMA.headline, self.literal(d.title)))
        if d.url:
            g.add((a, SCHEMA.url, Literal(d.url, datatype=XSD.anyURI)))
        if d.published:
            g.add((a, SCHEMA.datePublished, Literal(d.published, datatype=XSD.date)))
        if d.language:
            g.add((a, SCHEMA.inLanguage, Literal(d.language)))
        if self.build is not None:
            g.add((a, PROV.wasGeneratedBy, self.build))
        if d.publisher and d.publisher in d.entities:
            g.add((a, SCHEMA.publisher, self.entity(d.entities[d.publisher])))
        for claim in d.cited_agencies:
            agency = self.entity(d.entities[claim.value])
            g.add((a, KG.citedAgency, agency))
            self.claim(a, KG.citedAgency, agency, claim)

    def agreement(self, record: AgreementRecord) -> None:
        g, d = self.g, self.doc
        node = agreement_iri(record.parties)
        g.add((node, RDF.type, KG.Agreement))
        g.add((node, KG.agreementKind, Literal(record.kind)))
        names = list(dict.fromkeys(c.value for c in record.names)) or [record.kind]
        for name in names:
            g.add((node, SCHEMA.name, self.literal(name)))
        for claim in record.names:
            self.claim(node, SCHEMA.name, self.literal(claim.value), claim)
        for key in sorted(record.parties):
            g.add((node, KG.party, self.entity(d.entities[key])))
        for claim in record.party_claims:
            self.claim(node, KG.party, entity_iri(claim.value), claim)
        if record.status is not None:
            g.add((node, KG.status, STAGE_IRI[record.status.value]))
        for claim in record.stages:
            event = event_iri(node, claim.value)
            g.add((node, KG.hasEvent, event))
            g.add((event, RDF.type, EVENT_CLASS[claim.value]))
            g.add((event, KG.stage, STAGE_IRI[claim.value]))
            self.claim(node, KG.status, STAGE_IRI[claim.value], claim)
        self.signing(node, record)
        if record.duration is not None:
            value = Literal(record.duration.value, datatype=XSD.duration)
            g.add((node, KG.duration, value))
            self.claim(node, KG.duration, value, record.duration)
        if record.mutual_defense is not None:
            clause = clause_iri(node)
            value = Literal(bool(record.mutual_defense.value))
            g.add((node, KG.hasClause, clause))
            g.add((clause, RDF.type, KG.Clause))
            g.add((clause, KG.clauseType, KG.MutualDefence))
            g.add((clause, KG.obligationPresent, value))
            self.claim(clause, KG.obligationPresent, value, record.mutual_defense)

    def signing(self, node: URIRef, record: AgreementRecord) -> None:
        if record.signed_on is None and record.signed_at is None and not record.signatories:
            return
        g, d = self.g, self.doc
        event = event_iri(node, "signed")
        g.add((node, KG.hasEvent, event))
        g.add((event, RDF.type, KG.Signing))
        g.add((event, KG.stage, KG.Signed))
        if record.signed_on is not None:
            value = date_literal(record.signed_on.value)
            g.add((event, KG.date, value))
            self.claim(event, KG.date, value, record.signed_on)
        if record.signed_at is not None:
            place = self.entity(d.entities[record.signed_at.value])
            g.add((event, KG.place, place))
            self.claim(event, KG.place, place, record.signed_at)
        for claim in record.signatories:
            person = self.entity(d.entities[claim.value])
            g.add((node, SIGNATORY, person))
            g.add((event, PROV.wasAssociatedWith, person))
            self.claim(node, SIGNATORY, person, claim)


def build_article_graph(doc: Document, build: Optional[URIRef] = None) -> Graph:
    """Everything one article asserts, with a claim (and its evidence) per fact."""
    graph = new_graph()
    builder = _ArticleBuilder(doc, graph, build)
    builder.article_node()
    for record in doc.agreements:
        builder.agreement(record)
    return graph


# --- merged graph -----------------------------------------------------------------------

def _consistent_date(values: list[str]) -> Optional[str]:
    """The most precise date that every other reported date is a prefix of (else the most precise)."""
    if not values:
        return None
    ranked = sorted(set(values), key=lambda v: (-len(v), v))
    for candidate in ranked:
        if all(candidate.startswith(v) for v in values):
            return candidate
    return ranked[0]


def _majority(values: list) -> object:
    return max(dict.fromkeys(values), key=values.count) if values else None


def build_merged_graph(docs: list[Document]) -> Graph:
    """One node per agreement across all articles, with merged values and its sources."""
    graph = new_graph()
    by_parties: dict[frozenset[str], list[tuple[Document, AgreementRecord]]] = {}
    entities: dict[str, tuple[EntityRef, list[tuple[str, str]]]] = {}
    for doc in docs:
        for record in doc.agreements:
            by_parties.setdefault(record.parties, []).append((doc, record))
        for key, ref in doc.entities.items():
            _, names = entities.setdefault(key, (ref, []))
            names += [(n, doc.language or "") for n in ref.names]
    for key, (ref, names) in sorted(entities.items()):
        iri = entity_iri(key)
        graph.add((iri, RDF.type, ENTITY_CLASS.get(ref.kind, SCHEMA.Organization)))
        for name, lang in dict.fromkeys(names):
            graph.add((iri, SCHEMA.name, Literal(name, lang=lang or None)))
        if ref.qid:
            graph.add((iri, OWL.sameAs, WD[ref.qid]))
    for parties, reports in sorted(by_parties.items(), key=lambda kv: sorted(kv[0])):
        _merged_agreement(graph, parties, reports)
    return graph


def _merged_agreement(graph: Graph, parties: frozenset[str],
                      reports: list[tuple[Document, AgreementRecord]]) -> None:
    node = agreement_iri(parties)
    graph.add((node, RDF.type, KG.Agreement))
    for doc, record in reports:
        graph.add((node, KG.reportedIn, article_iri(doc.doc_id)))
        for name in dict.fromkeys(c.value for c in record.names):
            graph.add((node, SCHEMA.name, Literal(name, lang=doc.language or None)))
        if not record.names:
            graph.add((node, SCHEMA.name, Literal(record.kind, lang="en")))
    kinds = [r.kind for _, r in reports if r.kind != "agreement"]
    graph.add((node, KG.agreementKind, Literal(_majority(kinds) or "agreement")))
    for key in sorted(parties):
        graph.add((node, KG.party, entity_iri(key)))
    stages = {c.value for _, r in reports for c in r.stages}
    if stages:
        latest = max(stages, key=STAGES.index)
        graph.add((node, KG.status, STAGE_IRI[latest]))
        for stage in sorted(stages, key=STAGES.index):
            event = event_iri(node, stage)
            graph.add((node, KG.hasEvent, event))
            graph.add((event, RDF.type, EVENT_CLASS[stage]))
            graph.add((event, KG.stage, STAGE_IRI[stage]))
    signed_on = _consistent_date([r.signed_on.value for _, r in reports if r.signed_on])
    places = [r.signed_at.value for _, r in reports if r.signed_at]
    signatories = list(dict.fromkeys(c.value for _, r in reports for c in r.signatories))
    if signed_on or places or signatories:
        event = event_iri(node, "signed")
        graph.add((node, KG.hasEvent, event))
        graph.add((event, RDF.type, KG.Signing))
        graph.add((event, KG.stage, KG.Signed))
        if signed_on:
            graph.add((event, KG.date, date_literal(signed_on)))
        if places:
            graph.add((event, KG.place, entity_iri(_majority(places))))
        for key in signatories:
            graph.add((node, SIGNATORY, entity_iri(key)))
            graph.add((event, PROV.wasAssociatedWith, entity_iri(key)))
    durations = [r.duration.value for _, r in reports if r.duration]
    if durations:
        graph.add((node, KG.duration, Literal(_majority(durations), datatype=XSD.duration)))
    defence = [bool(r.mutual_defense.value) for _, r in reports if r.mutual_defense]
    if defence:
        clause = clause_iri(node)
        graph.add((node, KG.hasClause, clause))
        graph.add((clause, RDF.type, KG.Clause))
        graph.add((clause, KG.clauseType, KG.MutualDefence))
        graph.add((clause, KG.obligationPresent, Literal(bool(_majority(defence)))))


# --- whole build ------------------------------------------------------------------------

def build_activity(graph: Graph, docs: list[Document]) -> URIRef:
    """A prov:Activity for this build: tool version and the inputs it used."""
    act = build_iri(docs)
    graph.add((act, RDF.type, KG.BuildActivity))
    graph.add((act, RDFS.label, Literal(f"kg {__version__} build")))
    for doc in docs:
        graph.add((act, PROV.used, article_iri(doc.doc_id)))
    return act


def build_dataset(docs: list[Document]) -> Dataset:
    """Named graphs: one per article, plus the merged graph (with the build activity)."""
    dataset = Dataset()
    bind_prefixes(dataset)
    build = build_iri(docs)
    for doc in docs:
        target = dataset.graph(article_graph_iri(doc.doc_id))
        for triple in build_article_graph(doc, build):
            target.add(triple)
    merged = dataset.graph(MERGED_GRAPH)
    for triple in build_merged_graph(docs):
        merged.add(triple)
    build_activity(merged, docs)
    return dataset


def build_export_graph(dataset: Dataset) -> Graph:
    """graph.ttl: the merged graph plus article metadata and every claim with its evidence."""
    graph = new_graph()
    merged_agreements = set(dataset.graph(MERGED_GRAPH).subjects(RDF.type, KG.Agreement))
    below = tuple(f"{a}/" for a in merged_agreements)
    for ctx in dataset.graphs():
        if ctx.identifier == MERGED_GRAPH:
            for triple in ctx:
                graph.add(triple)
            continue
        for s, p, o in ctx:
            # per-article agreement values stay in their named graph; the merged node has the merged ones
            if s in merged_agreements or str(s).startswith(below):
                continue
            graph.add((s, p, o))
    return graph
