"""Build: the only stage that turns documents into RDF (one graph per article).

Every IRI is derived from content (file name, party keys, entity keys,
claim content and offsets), never from counters or blank nodes, so the same
input always gives the same graph.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from typing import Iterable, Optional
from urllib.parse import quote, unquote

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from kg.doc import AgreementRecord, Claim, Document, EntityRef
from kg.terms import to_ox
from kg.vocab import KG, OA, OWL, PROV, RDF, SCHEMA, SIGNATORY, WD, XSD, bind_prefixes, resource

STAGE_IRI = {"planned": KG.Planned, "signed": KG.Signed, "ratified": KG.Ratified,
             "in_force": KG.InForce, "terminated": KG.Terminated}
#: stage IRI -> stage name (the inverse of STAGE_IRI), for reading graphs back
STAGE_OF = {str(iri): stage for stage, iri in STAGE_IRI.items()}
EVENT_CLASS = {"planned": KG.Announcement, "signed": KG.Signing, "ratified": KG.Ratification,
               "in_force": KG.EntryIntoForce, "terminated": KG.Termination}
ENTITY_CLASS = {"state": KG.State, "org": SCHEMA.Organization, "city": SCHEMA.City, "seat": SCHEMA.Place,
                "person": SCHEMA.Person, "outlet": SCHEMA.NewsMediaOrganization}


# --- IRIs -----------------------------------------------------------------------------

def article_iri(doc_id: str) -> URIRef:
    return resource("article", quote(doc_id, safe=""))


def article_graph_iri(doc_id: str) -> URIRef:
    return resource("graph", "article", quote(doc_id, safe=""))


def entity_iri(key: str) -> URIRef:
    return resource("entity", quote(key.replace(":", "/"), safe="/"))


def entity_key(iri: str) -> str:
    """The key an entity IRI was made from (the inverse of :func:`entity_iri`)."""
    prefix = str(resource("entity", ""))
    return unquote(iri[len(prefix):]).replace("/", ":", 1) if iri.startswith(prefix) else iri


def agreement_iri(parties: Iterable[str], label: str = "") -> URIRef:
    """The agreement between ``parties``; ``label`` tells apart several between the same parties."""
    base = resource("agreement", quote("_".join(sorted(k.replace(":", "-") for k in parties)), safe=""))
    return URIRef(f"{base}/{quote(label, safe='')}") if label else base


def event_iri(agreement: URIRef, stage: str) -> URIRef:
    return URIRef(f"{agreement}/event/{stage.replace('_', '-')}")


def clause_iri(agreement: URIRef) -> URIRef:
    return URIRef(f"{agreement}/clause/mutual-defence")


def date_literal(value: str) -> Literal:
    """``YYYY`` / ``YYYY-MM`` / ``YYYY-MM-DD`` at the precision given."""
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(value), XSD.date)
    return Literal(value, datatype=datatype)


def new_graph() -> Graph:
    graph = Graph(bind_namespaces="none")
    bind_prefixes(graph)
    return graph


# --- per-article graph ------------------------------------------------------------------

class _Triples(list):
    """A plain list of triples with rdflib's ``add`` spelling (far cheaper than a Graph)."""

    add = list.append


class _ArticleBuilder:
    def __init__(self, doc: Document, graph: _Triples):
        self.doc, self.g = doc, graph
        self.article = article_iri(doc.identity)
        self.lang = doc.language or None

    def literal(self, text: str) -> Literal:
        return Literal(text, lang=self.lang) if self.lang else Literal(text)

    def claim(self, subject: URIRef, prop: URIRef, value, claim: Claim) -> None:
        """Record that the article asserts ``subject prop value`` in the sentence of ``claim``."""
        g, start, end = self.g, claim.evidence.start, claim.evidence.end
        digest = hashlib.sha1(f"{subject}|{prop}|{value}|{start}|{end}".encode()).hexdigest()[:16]
        iri = resource("claim", quote(self.doc.identity, safe=""), digest)
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
        if d.publisher and d.publisher in d.entities:
            g.add((a, SCHEMA.publisher, self.entity(d.entities[d.publisher])))
        for claim in d.cited_agencies:
            agency = self.entity(d.entities[claim.value])
            g.add((a, KG.citedAgency, agency))
            self.claim(a, KG.citedAgency, agency, claim)

    def agreement(self, record: AgreementRecord) -> None:
        g, d = self.g, self.doc
        node = agreement_iri(record.parties, record.label)
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


def build_article_graph(doc: Document) -> Graph:
    """Everything one article asserts, with a claim (and its evidence) per fact, as an rdflib Graph.

    The link to the build activity that generated it is added by :mod:`kg.store`.
    """
    graph = new_graph()
    for triple in article_triples(doc):
        graph.add(triple)
    return graph


def article_triples(doc: Document) -> list[tuple]:
    """The triples of :func:`build_article_graph` (with repeats), without building a Graph."""
    graph = _Triples()
    builder = _ArticleBuilder(doc, graph)
    builder.article_node()
    for record in doc.agreements:
        builder.agreement(record)
    return graph


@dataclass(frozen=True)
class ArticleGraph:
    """One article made into its graph: all the store needs of it, and no Document, so that a
    build can stream articles through and worker processes can send them back cheaply."""

    path: str
    doc_id: str    # the file name (what kg facts calls "doc")
    identity: str  # its URL, else folder/file: what a store keys it by
    sha256: str    # of the raw input bytes
    triples: tuple[ox.Triple, ...] = ()
    violations: tuple = ()  # kg.validate.Violation of this graph alone, when the maker validated it

    def __reduce__(self):  # across processes as N-Triples: 40x faster than pickling terms
        data = ox.serialize(list(self.triples), format=ox.RdfFormat.N_TRIPLES)
        return (_from_ntriples, (self.path, self.doc_id, self.identity, self.sha256, data, self.violations))

    def light(self) -> "ArticleGraph":
        """The same article without its triples (what a finished build keeps)."""
        return replace(self, triples=())


def _from_ntriples(path: str, doc_id: str, identity: str, sha256: str, data: bytes,
                   violations: tuple = ()) -> ArticleGraph:
    triples = tuple(q.triple for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)) if data else ()
    return ArticleGraph(path, doc_id, identity, sha256, triples, violations)


def article_graph(doc: Document) -> ArticleGraph:
    """The article's graph as pyoxigraph triples, without repeats, in the builder's order."""
    triples = tuple(dict.fromkeys(ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in article_triples(doc)))
    return ArticleGraph(doc.path, doc.doc_id, doc.identity, doc.sha256, triples)
