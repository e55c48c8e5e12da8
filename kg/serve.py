"""A small read-only SPARQL 1.1 endpoint over the embedded store (``kg serve``).

Query protocol at ``/query`` (GET ``?query=`` or POST form / ``application/sparql-query``)
and the read side of the Graph Store Protocol at ``/store?graph=IRI`` (or ``?default``),
with CORS so browser tools such as YASGUI can use it. Loopback by default.
"""
from __future__ import annotations

import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.vocab import sparql_prefixes

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

_RESULTS = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
            "application/sparql-results+xml": ox.QueryResultsFormat.XML,
            "text/csv": ox.QueryResultsFormat.CSV, "text/tab-separated-values": ox.QueryResultsFormat.TSV}
_GRAPHS = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
           "application/n-quads": ox.RdfFormat.N_QUADS, "application/trig": ox.RdfFormat.TRIG}


def _pick(accept: str, table: dict, default: str) -> str:
    for part in (accept or "").split(","):
        media = part.split(";")[0].strip()
        if media in table:
            return media
    return default


def make_handler(graph: "KnowledgeGraph") -> type[BaseHTTPRequestHandler]:
    """A request handler over ``graph`` (pyoxigraph's own result serialisers do the formats)."""
    store = graph.oxigraph

    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-serve"

        def log_message(self, fmt: str, *args) -> None:  # quiet: one line per request on stderr is noise
            pass

        def _send(self, status: int, body: bytes, media: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", media)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Access-Control-Allow-Origin", "*")
            self.end_headers()
            self.wfile.write(body)

        def do_OPTIONS(self) -> None:
            self.send_response(204)
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
            self.end_headers()

        def do_GET(self) -> None:
            url = urllib.parse.urlparse(self.path)
            params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
            if url.path == "/query" and "query" in params:
                self._query(params["query"][0])
            elif url.path == "/store":
                self._graph(params)
            else:
                self._send(404, b"use /query?query=... or /store?graph=IRI\n", "text/plain")

        def do_POST(self) -> None:
            url = urllib.parse.urlparse(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8")
            kind = (self.headers.get("Content-Type") or "").split(";")[0]
            if url.path != "/query":
                self._send(405, b"read-only endpoint: updates are not accepted\n", "text/plain")
                return
            query = body if kind == "application/sparql-query" else urllib.parse.parse_qs(body).get("query", [""])[0]
            self._query(query)

        def _query(self, text: str) -> None:
            try:
                result = store.query(sparql_prefixes() + text, use_default_graph_as_union=True)
            except SyntaxError as exc:
                self._send(400, f"{exc}\n".encode(), "text/plain")
                return
            if isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
                media = _pick(self.headers.get("Accept", ""), _RESULTS, "application/sparql-results+json")
                self._send(200, result.serialize(format=_RESULTS[media]), media)
            else:
                media = _pick(self.headers.get("Accept", ""), {k: v for k, v in _GRAPHS.items()
                                                               if not v.supports_datasets}, "text/turtle")
                self._send(200, ox.serialize(list(result), format=_GRAPHS[media]), media)

        def _graph(self, params: dict) -> None:
            media = _pick(self.headers.get("Accept", ""), _GRAPHS, "application/n-triples")
            if "graph" in params:
                graph = ox.NamedNode(params["graph"][0])
            elif "default" in params:
                graph = ox.DefaultGraph()
            else:
                fmt = _GRAPHS[media] if _GRAPHS[media].supports_datasets else ox.RdfFormat.N_QUADS
                self._send(200, store.dump(format=fmt), media if _GRAPHS[media].supports_datasets
                           else "application/n-quads")
                return
            triples = [ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, graph)]
            if not triples:
                self._send(404, b"no such graph\n", "text/plain")
                return
            fmt = _GRAPHS[media] if not _GRAPHS[media].supports_datasets else ox.RdfFormat.N_TRIPLES
            self._send(200, ox.serialize(triples, format=fmt), media)

    return Handler


def make_server(graph: "KnowledgeGraph", host: str = "127.0.0.1", port: int = 7879) -> ThreadingHTTPServer:
    """A server for ``graph``, not yet started (``serve_forever`` in a thread, as the tests do)."""
    return ThreadingHTTPServer((host, port), make_handler(graph))


def serve(graph: "KnowledgeGraph", host: str = "127.0.0.1", port: int = 7879) -> None:
    """Serve until interrupted."""
    serve_forever(make_server(graph, host, port))


def serve_forever(server) -> None:
    """Run a server made by :func:`make_server` until interrupted, then close it."""
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
