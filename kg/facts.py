"""Facts: read agreement facts back out of the graph with SPARQL.

The JSON is the format of ``shared/eval/FORMAT.md``. Everything here comes
from queries over the RDF (a pyoxigraph store), never from Python objects
kept aside by the builder, so a score measures the graph itself. Queries are
ordered: a store on disk and one in memory return rows in different orders, and
the same graph must give the same JSON wherever it is kept.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Optional, Union

import pyoxigraph as ox

from kg.build import STAGE_OF
from kg.store import GraphStore
from kg.vocab import KG, KGR, SIGNATORY, WD, sparql_prefixes

MERGED = f"{KGR}graph/merged"

_ARTICLES = """
SELECT ?g ?article ?file ?lang ?url ?published ?headline WHERE {
  GRAPH ?g { ?article a schema:NewsArticle ; kg:fileName ?file .
    OPTIONAL { ?article schema:inLanguage ?lang } OPTIONAL { ?article schema:url ?url }
    OPTIONAL { ?article schema:datePublished ?published } OPTIONAL { ?article schema:headline ?headline } }
} ORDER BY ?file"""

_PUBLISHER = """
SELECT ?p ?sameAs ?name WHERE { GRAPH ?g { ?article schema:publisher ?p .
  OPTIONAL { ?p owl:sameAs ?sameAs } OPTIONAL { ?p schema:name ?name } } }"""

_AGREEMENTS = """
SELECT ?a ?name ?status ?duration ?defence WHERE { GRAPH ?g { ?a a kg:Agreement .
  OPTIONAL { ?a schema:name ?name } OPTIONAL { ?a kg:status ?status } OPTIONAL { ?a kg:duration ?duration }
  OPTIONAL { ?a kg:hasClause ?c . ?c kg:clauseType kg:MutualDefence ; kg:obligationPresent ?defence } } }
ORDER BY ?a ?name ?status ?duration ?defence"""

_ROLES = """
SELECT ?a ?role ?e ?sameAs ?name WHERE { GRAPH ?g {
  { ?a a kg:Agreement ; kg:party ?e . BIND("party" AS ?role) }
  UNION { ?a a kg:Agreement ; wdt:P1891 ?e . BIND("signatory" AS ?role) }
  UNION { ?a a kg:Agreement ; kg:hasEvent ?ev . ?ev a kg:Signing ; kg:place ?e . BIND("place" AS ?role) }
  OPTIONAL { ?e owl:sameAs ?sameAs } OPTIONAL { ?e schema:name ?name } } }"""

_SIGNED_ON = """
SELECT ?a ?date WHERE { GRAPH ?g { ?a a kg:Agreement ; kg:hasEvent ?ev . ?ev a kg:Signing ; kg:date ?date } }
ORDER BY ?a ?date"""


_EVIDENCE = """
SELECT ?body ?prop ?exact WHERE { GRAPH ?g { ?c a kg:Claim ; oa:hasBody ?body ; kg:claimProperty ?prop ;
  oa:hasTarget ?t . ?t oa:hasSelector ?q . ?q a oa:TextQuoteSelector ; oa:exact ?exact } }
ORDER BY ?body ?prop ?exact"""

_BODY = """SELECT ?body WHERE { GRAPH ?g { ?article a schema:NewsArticle ; schema:articleBody ?body } }"""

#: the FORMAT.md field each claimed property supports
_FIELD_OF = {str(KG.party): "agreement", str(KG.status): "status", str(KG.date): "signed_on",
             str(KG.place): "signed_at", str(SIGNATORY): "signatory", str(KG.duration): "duration",
             str(KG.obligationPresent): "mutual_defense"}


def open_store(path: Union[str, Path]) -> ox.Store:
    """An in-memory store holding a TriG / N-Quads / Turtle file (Turtle goes to the merged graph).

    Kept for older callers; :meth:`kg.graph.KnowledgeGraph.open` is the interface.
    """
    return GraphStore.from_file(path).store


def _q(store: ox.Store, query: str, graph: str) -> list:
    q = sparql_prefixes() + query.replace("GRAPH ?g", f"GRAPH <{graph}>")
    return list(store.query(q))


def _v(term) -> Optional[str]:
    return None if term is None else term.value


def _entity(rows: list) -> dict:
    qid = next((r["sameAs"].value[len(str(WD)):] for r in rows if r["sameAs"] is not None
                and r["sameAs"].value.startswith(str(WD))), None)
    names = sorted({r["name"].value for r in rows if r["name"] is not None})
    return {"qid": qid, "names": names}


def agreements_in(store: ox.Store, graph: str, evidence: bool = False) -> list[dict]:
    """The agreements a named graph holds, in the FORMAT.md shape; with ``evidence``, each also
    carries ``evidence``: field -> the sentences the graph's claims quote for it."""
    out: dict[str, dict] = {}
    for row in _q(store, _AGREEMENTS, graph):
        a = row["a"].value
        item = out.setdefault(a, {"names": [], "parties": [], "status": None, "signed_on": None,
                                  "signed_at": None, "signatories": [], "duration": None,
                                  "mutual_defense": None})
        if row["name"] is not None and row["name"].value not in item["names"]:
            item["names"].append(row["name"].value)
        if row["status"] is not None:
            item["status"] = STAGE_OF.get(row["status"].value)
        if row["duration"] is not None:
            item["duration"] = row["duration"].value
        if row["defence"] is not None:
            item["mutual_defense"] = row["defence"].value == "true"
    roles: dict[tuple[str, str, str], list] = defaultdict(list)
    for row in _q(store, _ROLES, graph):
        roles[(row["a"].value, row["role"].value, row["e"].value)].append(row)
    for (a, role, _e), rows in sorted(roles.items()):
        if a not in out:
            continue
        entity = _entity(rows)
        if role == "party":
            out[a]["parties"].append(entity)
        elif role == "signatory":
            out[a]["signatories"].append(entity)
        else:
            out[a]["signed_at"] = entity
    for row in _q(store, _SIGNED_ON, graph):
        if row["a"].value in out:
            out[row["a"].value]["signed_on"] = row["date"].value
    if evidence:
        _add_evidence(store, graph, out)
    return [out[k] for k in sorted(out)]


def _add_evidence(store: ox.Store, graph: str, agreements: dict[str, dict]) -> None:
    """Claims are about the agreement, its signing event or its clause: all are the agreement's."""
    for a in agreements.values():
        a["evidence"] = {}
    nodes = sorted(agreements, key=len, reverse=True)
    for row in _q(store, _EVIDENCE, graph):
        body, field = row["body"].value, _FIELD_OF.get(row["prop"].value)
        owner = next((n for n in nodes if body == n or body.startswith(n + "/")), None)
        if owner is None or field is None:
            continue
        quotes = agreements[owner]["evidence"].setdefault(field, [])
        if row["exact"].value not in quotes:
            quotes.append(row["exact"].value)


def article_facts(store: ox.Store, evidence: bool = False) -> list[dict]:
    """One FORMAT.md document per article graph (with ``evidence``: the quoted sentences of
    every fact, and the article's text as ``body``)."""
    docs = []
    for row in list(store.query(sparql_prefixes() + _ARTICLES)):
        graph = row["g"].value
        if graph == MERGED:  # graph.ttl carries article nodes beside the merged view
            continue
        publisher_rows = _q(store, _PUBLISHER, graph)
        docs.append({
            "doc": row["file"].value,
            "language": _v(row["lang"]),
            "url": _v(row["url"]),
            "title": _v(row["headline"]),
            "published": _v(row["published"]),
            "publisher": _entity(publisher_rows) if publisher_rows else None,
            "agreements": agreements_in(store, graph, evidence),
        })
        if evidence:
            body = _q(store, _BODY, graph)
            docs[-1]["body"] = body[0]["body"].value if body else ""
    return docs


def merged_facts(store: ox.Store) -> list[dict]:
    """The merged view as one document named ``*``."""
    return [{"doc": "*", "language": None, "url": None, "title": None, "published": None,
             "publisher": None, "agreements": agreements_in(store, MERGED)}]
