"""A small read-only SPARQL 1.1 endpoint over the embedded store (``kg serve``).

Query protocol at ``/query`` (GET ``?query=`` or POST form / ``application/sparql-query``)
and the read side of the Graph Store Protocol at ``/store?graph=IRI`` (or ``?default``),
with CORS so browser tools such as YASGUI can use it. Loopback by default. Every other GET
path is a browse page (:mod:`kg.web`): HTML for people over the same graph, read-only too.
"""
from __future__ import annotations

import multiprocessing
import re
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Optional

import pyoxigraph as ox

from kg.vocab import sparql_prefixes
from kg.web import WebApp

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


#: browse pages load nothing from elsewhere and run no script
PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'"

_UPDATE = re.compile(r"^\s*(?:(?:PREFIX\s+\S*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*)*"
                     r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)


def answer(store: ox.Store, text: str, accept: str) -> tuple[int, bytes, str]:
    """(status, body, media type) for one query: results in the format asked for."""
    if _UPDATE.match(text):
        return 405, b"read-only endpoint: updates are not accepted\n", "text/plain"
    try:
        result = store.query(sparql_prefixes() + text, use_default_graph_as_union=True)
        if isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
            media = _pick(accept, _RESULTS, "application/sparql-results+json")
            return 200, result.serialize(format=_RESULTS[media]), media
        media = _pick(accept, {k: v for k, v in _GRAPHS.items() if not v.supports_datasets}, "text/turtle")
        return 200, ox.serialize(list(result), format=_GRAPHS[media]), media
    except SyntaxError as exc:
        return 400, f"{exc}\n".encode(), "text/plain"
    except Exception as exc:  # evaluation errors: one line, not a dropped connection
        return 500, f"{type(exc).__name__}: {exc}\n".encode(), "text/plain"


def _work(path: str, conn) -> None:
    """The query worker: the store opened read-only, one query at a time."""
    store = ox.Store.read_only(path)
    while True:
        try:
            text, accept = conn.recv()
        except EOFError:
            return
        conn.send(answer(store, text, accept))


class QueryRunner:
    """Runs each query in a child process over the store, read-only, so that a query running past
    ``timeout`` seconds is stopped (the process killed and a fresh one started), not left burning
    a core after the client has gone. Without a store folder it answers in-process."""

    def __init__(self, store: ox.Store, path: Optional[str], timeout: float) -> None:
        self.store, self.path, self.timeout = store, path, timeout
        self._lock = threading.Lock()
        self._process = None
        self._conn = None

    def _start(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        self._conn, child = ctx.Pipe()
        self._process = ctx.Process(target=_work, args=(self.path, child), daemon=True)
        self._process.start()
        child.close()

    def __call__(self, text: str, accept: str) -> tuple[int, bytes, str]:
        if self.path is None or self.timeout <= 0:
            return answer(self.store, text, accept)
        with self._lock:
            if self._process is None or not self._process.is_alive():
                self._start()
            self._conn.send((text, accept))
            if self._conn.poll(self.timeout):
                try:
                    return self._conn.recv()
                except EOFError:
                    pass
            self.stop()
            return 503, f"query stopped after {self.timeout:g} s (kg serve --query-timeout)\n".encode(), "text/plain"

    def stop(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join(5)
        self._process = self._conn = None


def make_handler(graph: "KnowledgeGraph", timeout: float = 0.0) -> type[BaseHTTPRequestHandler]:
    """A request handler over ``graph`` (pyoxigraph's own result serialisers do the formats);
    ``timeout`` > 0 stops a query after that many seconds (a store folder only)."""
    store = graph.oxigraph
    web = WebApp(graph)
    run = QueryRunner(store, str(graph.path) if graph.kind == "store" and graph.path else None, timeout)

    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-serve"

        def log_message(self, fmt: str, *args) -> None:  # quiet: one line per request on stderr is noise
            pass

        def _send(self, status: int, body: bytes, media: str, page: bool = False) -> None:
            self.send_response(status)
            self.send_header("Content-Type", media)
            if page:  # no script runs on a browse page, whatever an article holds (they are escaped too)
                self.send_header("Content-Security-Policy", PAGE_POLICY)
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
            elif web.handles(url.path):
                self._send(*web.get(self.path, self.headers), page=True)
            else:
                self._send(404, b"use / (browse), /query?query=... or /store?graph=IRI\n", "text/plain")

        def do_POST(self) -> None:
            url = urllib.parse.urlparse(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8")
            kind = (self.headers.get("Content-Type") or "").split(";")[0]
            if url.path != "/query" or kind == "application/sparql-update" or "update" in urllib.parse.parse_qs(body):
                self._send(405, b"read-only endpoint: updates are not accepted\n", "text/plain")
                return
            query = body if kind == "application/sparql-query" else urllib.parse.parse_qs(body).get("query", [""])[0]
            self._query(query)

        def _query(self, text: str) -> None:
            self._send(*run(text, self.headers.get("Accept", "")))

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


def make_server(graph: "KnowledgeGraph", host: str = "127.0.0.1", port: int = 7879,
                query_timeout: float = 0.0) -> ThreadingHTTPServer:
    """A server for ``graph``, not yet started (``serve_forever`` in a thread, as the tests do)."""
    return ThreadingHTTPServer((host, port), make_handler(graph, query_timeout))


def serve(graph: "KnowledgeGraph", host: str = "127.0.0.1", port: int = 7879, query_timeout: float = 30.0) -> None:
    """Serve until interrupted."""
    serve_forever(make_server(graph, host, port, query_timeout))


def serve_forever(server) -> None:
    """Run a server made by :func:`make_server` until interrupted, then close it."""
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
