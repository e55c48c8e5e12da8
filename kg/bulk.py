"""Shards into a triple store, and the merged view computed where the data is.

``load_shards`` sends every shard of a ``kg build --shards`` folder to a server in parallel over
the Graph Store Protocol (:mod:`kg.remote`, with its retries); ``bulk_commands`` is what to type
instead for the server's own offline loader, which is faster at a billion triples. Either way the
merged view comes after, from ``merge_remote``.

Why the merge is not one ``INSERT ... WHERE``: the merged node of an agreement clusters the
reports between the same parties by signing year and by the articles that tell them apart, takes
the most precise date that every source agrees with, and breaks ties by the newest source
(:mod:`kg.merge`). SPARQL cannot say that faithfully, so ``merge_remote`` downloads only what the
merge reads (articles' dates, agreement nodes, events, clauses, entity names: a small share of the
triples, no text and no evidence), runs :func:`kg.merge.merged_quads` on it and uploads the merged
graph alone, replacing the old one whole.
"""
from __future__ import annotations

import json
import os
import shlex
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Callable, Optional

import pyoxigraph as ox

from kg.merge import ENTITY_TYPES, MERGED, PROVENANCE, merged_quads
from kg.remote import Remote, RemoteError, load_graphs, ntriples
from kg.shards import read_shard, shard_files

#: servers that take a whole dataset (N-Quads) in one POST to their Graph Store endpoint
DATASET_POST = {"oxigraph", "fuseki"}
GRAPH_PREFIX = "https://w3id.org/newskg/id/graph/"


@dataclass
class ShardLoad:
    """What ``load_shards`` did."""

    files: int
    quads: int
    seconds: float
    counted: int

    def summary(self) -> str:
        rate = self.quads / self.seconds if self.seconds else 0.0
        return (f"loaded {self.files} shard(s), {self.quads} quads in {self.seconds:.1f} s ({rate:,.0f} quads/s); "
                f"the server holds {self.counted} quads in kg graphs (next: kg merge --endpoint ...)")


def _send_shard(remote: Remote, path: str, batch_size: int) -> int:
    quads = read_shard(path)
    if remote.server in DATASET_POST:
        for i in range(0, len(quads), batch_size):
            body = ox.serialize(quads[i:i + batch_size], format=ox.RdfFormat.N_QUADS)
            url = remote.url(remote.layout.gsp, **dict(remote.layout.bulk_params))
            remote.request("POST", url, body, {"Content-Type": "application/n-quads"})
        return len(quads)
    graphs: dict[str, list[ox.Triple]] = {}
    for q in quads:
        graphs.setdefault(q.graph_name.value, []).append(ox.Triple(q.subject, q.predicate, q.object))
    for graph, triples in graphs.items():
        if remote.layout.gsp is None:  # QLever: SPARQL Update
            remote.update(f"INSERT DATA {{ GRAPH <{graph}> {{\n{ntriples(triples).decode('utf-8')}}} }}")
        else:
            remote.gsp_send(graph, ntriples(triples), replace=False)
    return len(quads)


def count_kg_quads(remote: Remote) -> int:
    rows = remote.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                         f"FILTER(STRSTARTS(STR(?g), \"{GRAPH_PREFIX}\")) }}")
    return int(rows[0]["n"]) if rows else 0


def load_shards(remote: Remote, folder: str, parallel: int = 4, batch_size: int = 200_000,
                on_file: Optional[Callable[[str, int], None]] = None) -> ShardLoad:
    """Every shard of ``folder`` into the server, ``parallel`` requests at a time; then the
    quads of our graphs counted there, which must be at least what was sent (RemoteError if not)."""
    files = shard_files(folder)
    start = time.perf_counter()
    sent = 0
    with ThreadPoolExecutor(max_workers=max(1, parallel)) as pool:
        for path, count in zip(files, pool.map(lambda p: _send_shard(remote, p, batch_size), files)):
            sent += count
            if on_file:
                on_file(path, count)
    counted = count_kg_quads(remote)
    seconds = time.perf_counter() - start
    if counted < sent:
        raise RemoteError(f"{folder}: sent {sent} quads but the server holds {counted} in kg graphs")
    return ShardLoad(len(files), sent, seconds, counted)


def bulk_commands(server: str, folder: str, endpoint: Optional[str] = None, location: Optional[str] = None) -> str:
    """The server's own bulk loader on these shards, then the merge step, as shell lines."""
    files = [os.path.abspath(f) for f in shard_files(folder)]
    quoted = " ".join(shlex.quote(f) for f in files)
    here = shlex.quote(os.path.abspath(folder))
    merge = f"kg merge --endpoint {endpoint or '{URL}'}"
    if server == "oxigraph":
        location = shlex.quote(location or "oxigraph-data")
        return (f"oxigraph load --location {location} --file {quoted}\n"
                f"oxigraph serve --location {location} --bind 127.0.0.1:7878 &\n"
                f"{merge.replace('{URL}', 'http://127.0.0.1:7878')}")
    if server == "virtuoso":
        statement = (f"ld_dir('{os.path.abspath(folder)}', '*.nq.gz', '{GRAPH_PREFIX}export'); "
                     f"rdf_loader_run(); checkpoint;")
        return (f"# the folder must be in DirsAllowed of virtuoso.ini; N-Quads keep their own graphs\n"
                f"isql-vt 1111 dba \"$VIRTUOSO_PASSWORD\" exec=\"{statement}\"\n"
                f"{merge.replace('{URL}', 'http://127.0.0.1:8890')} --server virtuoso --user dba "
                f"--password-env VIRTUOSO_PASSWORD")
    if server == "qlever":
        return (f"zcat {quoted} | IndexBuilderMain -i kg -F nq -f - -s kg.settings.json\n"
                f"ServerMain -i kg -p 7001 &\n"
                f"{merge.replace('{URL}', 'http://127.0.0.1:7001')} --server qlever")
    if server == "fuseki":
        return (f"tdb2.tdbloader --loc fuseki-db {quoted}\n"
                f"fuseki-server --update --loc fuseki-db /kg &\n"
                f"{merge.replace('{URL}', 'http://127.0.0.1:3030/kg')} --server fuseki")
    if server == "graphdb":
        return (f"importrdf preload -f -i kg {quoted}\n"
                f"{merge.replace('{URL}', 'http://127.0.0.1:7200/repositories/kg')} --server graphdb")
    raise ValueError(f"{server}: no bulk loader known (one of oxigraph, virtuoso, qlever, fuseki, graphdb)")


# --- the merge on a server ---------------------------------------------------------------------

#: what kg.merge reads from the article graphs, as (graph, subject, predicate, object) rows
MERGE_INPUT = """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX schema: <http://schema.org/>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX kg: <https://w3id.org/newskg/ontology#>
SELECT ?g ?s ?p ?o WHERE { GRAPH ?g {
  { ?s a schema:NewsArticle . BIND(rdf:type AS ?p) BIND(schema:NewsArticle AS ?o) }
  UNION { ?s a schema:NewsArticle ; schema:datePublished ?o . BIND(schema:datePublished AS ?p) }
  UNION { ?s a kg:Agreement ; ?p ?o }
  UNION { ?a a kg:Agreement ; kg:hasEvent ?s . ?s ?p ?o . VALUES ?p { kg:stage kg:date kg:place } }
  UNION { ?a a kg:Agreement ; kg:hasClause ?s . ?s ?p ?o . VALUES ?p { kg:clauseType kg:obligationPresent } }
  UNION { ?s a ?t ; ?p ?o . VALUES ?t { %s } VALUES ?p { rdf:type schema:name owl:sameAs } }
} FILTER(?g != <%s> && ?g != <%s>) }"""


def _term(binding: dict) -> ox.Term:
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if "xml:lang" in binding:
        return ox.Literal(value, language=binding["xml:lang"])
    if "datatype" in binding:
        return ox.Literal(value, datatype=ox.NamedNode(binding["datatype"]))
    return ox.Literal(value)


def select_quads(remote: Remote, query: str) -> list[ox.Quad]:
    """Rows ?g ?s ?p ?o of a SELECT, as quads with their terms' types kept (JSON results)."""
    url = remote.url(remote.layout.query)
    body = urllib.parse.urlencode({"query": query}).encode()
    data = json.loads(remote.request("POST", url, body, {"Content-Type": "application/x-www-form-urlencoded",
                                                         "Accept": "application/sparql-results+json"}))
    out = []
    for row in data["results"]["bindings"]:
        out.append(ox.Quad(_term(row["s"]), _term(row["p"]), _term(row["o"]), ox.NamedNode(row["g"]["value"])))
    return out


@dataclass
class RemoteMerge:
    downloaded: int
    merged: int
    agreements: int
    seconds: float

    def summary(self) -> str:
        return (f"merged {self.agreements} agreements: read {self.downloaded} quads of article data, "
                f"wrote {self.merged} triples to {MERGED.value} in {self.seconds:.1f} s")


def merge_remote(remote: Remote) -> RemoteMerge:
    """Compute the merged view of the article graphs on the server and replace its merged graph."""
    start = time.perf_counter()
    types = " ".join(f"<{t}>" for t in ENTITY_TYPES)
    quads = select_quads(remote, MERGE_INPUT % (types, MERGED.value, PROVENANCE.value))
    local = ox.Store()
    local.bulk_extend(quads)
    merged = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in merged_quads(local)}, key=str)
    load_graphs(remote, {MERGED.value: merged}, protocol="gsp", replace=True)
    agreements = sum(1 for t in merged if t.predicate.value.endswith("22-rdf-syntax-ns#type")
                     and t.object.value == "https://w3id.org/newskg/ontology#Agreement")
    return RemoteMerge(len(quads), len(merged), agreements, time.perf_counter() - start)
