"""RDF terms between rdflib (the builder, pyshacl) and pyoxigraph (the store, SPARQL)."""
from __future__ import annotations

from typing import Iterable, Union

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from kg.vocab import XSD, bind_prefixes

#: datatypes Oxigraph stores as another (it keeps derived integers as xsd:integer)
_STORED_AS = {str(XSD.nonNegativeInteger): str(XSD.integer)}


def to_ox(term) -> Union[ox.NamedNode, ox.Literal, ox.BlankNode]:
    """An rdflib term as a pyoxigraph term, in the form the store keeps it."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        datatype = str(term.datatype or XSD.string)
        return ox.Literal(str(term), datatype=ox.NamedNode(_STORED_AS.get(datatype, datatype)))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"unsupported RDF term {term!r}")


def to_rdflib(term):
    """A pyoxigraph term as an rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value, datatype=None if datatype == str(XSD.string) else URIRef(datatype))
    return BNode(term.value)


def rdflib_graph(statements: Iterable) -> Graph:
    """pyoxigraph triples or quads (their graph dropped) as one rdflib Graph with only our
    prefixes bound: what pyshacl and rdflib's serialisers are given."""
    graph = Graph(bind_namespaces="none")
    bind_prefixes(graph)
    for s in statements:
        graph.add((to_rdflib(s.subject), to_rdflib(s.predicate), to_rdflib(s.object)))
    return graph
