"""Every IRI the graph uses, declared once.

The ``KG`` terms are defined in ``ontology/kg.ttl``; the terms we reuse from
schema.org, Web Annotation, PROV-O and Wikidata are declared here as closed
namespaces too, so a typo (``SCHEMA.headLine``) raises instead of minting a
new IRI. ``tests/test_vocab.py`` checks that code, ontology and shapes agree.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace, OWL, PROV, RDF, RDFS, XSD

__all__ = ["KG", "KGR", "SCHEMA", "OA", "PROV", "WD", "WDT", "OWL", "RDF", "RDFS", "XSD",
           "PREFIXES", "resource", "bind_prefixes"]


class KG(DefinedNamespace):
    """The kg ontology (ontology/kg.ttl)."""

    _NS = Namespace("https://w3id.org/newskg/ontology#")
    _fail = True

    # classes
    Agreement: URIRef
    LifecycleStage: URIRef
    LifecycleEvent: URIRef
    Announcement: URIRef
    Signing: URIRef
    Ratification: URIRef
    EntryIntoForce: URIRef
    Termination: URIRef
    Clause: URIRef
    ClauseType: URIRef
    Claim: URIRef
    State: URIRef
    BuildActivity: URIRef
    # lifecycle stages and clause types (individuals)
    Planned: URIRef
    Signed: URIRef
    Ratified: URIRef
    InForce: URIRef
    Terminated: URIRef
    MutualDefence: URIRef
    # properties
    party: URIRef
    status: URIRef
    hasEvent: URIRef
    stage: URIRef
    date: URIRef
    place: URIRef
    duration: URIRef
    hasClause: URIRef
    clauseType: URIRef
    obligationPresent: URIRef
    agreementKind: URIRef
    reportedIn: URIRef
    citedAgency: URIRef
    claimProperty: URIRef
    claimValue: URIRef
    attributedTo: URIRef
    fileName: URIRef
    contentHash: URIRef


class SCHEMA(DefinedNamespace):
    """The schema.org terms we use (http, as the issue asks, not https)."""

    _NS = Namespace("http://schema.org/")
    _fail = True

    NewsArticle: URIRef
    Person: URIRef
    Country: URIRef
    City: URIRef
    Place: URIRef
    Organization: URIRef
    NewsMediaOrganization: URIRef
    name: URIRef
    alternateName: URIRef
    url: URIRef
    headline: URIRef
    datePublished: URIRef
    publisher: URIRef
    inLanguage: URIRef
    articleBody: URIRef
    sameAs: URIRef
    identifier: URIRef


class OA(DefinedNamespace):
    """W3C Web Annotation terms used for evidence."""

    _NS = Namespace("http://www.w3.org/ns/oa#")
    _fail = True

    Annotation: URIRef
    SpecificResource: URIRef
    TextQuoteSelector: URIRef
    TextPositionSelector: URIRef
    hasBody: URIRef
    hasTarget: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    exact: URIRef
    start: URIRef
    end: URIRef


WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
#: signatory (Wikidata P1891)
SIGNATORY = WDT.P1891

#: Where our data IRIs live (articles, agreements, entities, graphs).
KGR = Namespace("https://w3id.org/newskg/id/")

PREFIXES: dict[str, Namespace] = {
    "kg": Namespace(str(KG._NS)),
    "kgr": KGR,
    "schema": Namespace(str(SCHEMA._NS)),
    "oa": Namespace(str(OA._NS)),
    "prov": Namespace(str(PROV)),
    "wd": WD,
    "wdt": WDT,
    "owl": Namespace(str(OWL)),
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "xsd": Namespace(str(XSD)),
}


def resource(*parts: str) -> URIRef:
    """A deterministic data IRI: ``resource("agreement", "Q159-Q794")``."""
    return URIRef(str(KGR) + "/".join(parts))


def bind_prefixes(graph) -> None:
    """Bind our prefixes, replacing rdflib's defaults (which rename ``schema:``)."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)


def sparql_prefixes() -> str:
    """The PREFIX block for queries."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
