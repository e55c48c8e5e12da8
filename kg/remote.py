"""Remote triple stores: load graphs over HTTP, verify them, and query them.

Two protocols: the SPARQL 1.1 Graph Store HTTP Protocol (plain HTTP: SPARQLWrapper
has no GSP) and SPARQL 1.1 Update (``INSERT DATA`` batches through SPARQLWrapper).
A load either fully succeeds, verified by counting each graph's triples on the
server, or fails with one clear line; with ``replace`` the data goes to a staging
graph first and is swapped in by one update, so a failure midway leaves the old
graph as it was. Credentials come from an environment variable or ~/.netrc and
are never printed.
"""
from __future__ import annotations

import netrc
import os
import re
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

import pyoxigraph as ox


class RemoteError(Exception):
    """A failure talking to a triple store; ``str()`` is one line for the user."""


@dataclass(frozen=True)
class Endpoints:
    """Paths below the base URL a user types (``None``: the server has no such service)."""

    query: str
    update: Optional[str]
    gsp: Optional[str]
    gsp_graph_param: str = "graph"
    #: one PUT is one transaction (Oxigraph): --replace can send the graph whole, no staging needed
    atomic_put: bool = False
    #: extra parameters for appending POSTs (Oxigraph's bulk path)
    bulk_params: tuple[tuple[str, str], ...] = ()
    #: query parameters that make the default graph the union of all graphs, as a local
    #: ``kg query`` has it (Virtuoso and GraphDB do so already)
    union_params: tuple[tuple[str, str], ...] = ()


#: endpoint layouts of common servers; the base URL is the server (or dataset / repository) URL
PRESETS: dict[str, Endpoints] = {
    "oxigraph": Endpoints(query="/query", update="/update", gsp="/store", atomic_put=True,
                          bulk_params=(("no_transaction", ""), ("lenient", "")),
                          union_params=(("union-default-graph", ""),)),
    "fuseki": Endpoints(query="/query", update="/update", gsp="/data",          # base: http://host:3030/DATASET
                        union_params=(("default-graph-uri", "urn:x-arq:UnionGraph"),)),
    "virtuoso": Endpoints(query="/sparql", update="/sparql-auth", gsp="/sparql-graph-crud-auth"),
    "graphdb": Endpoints(query="", update="/statements", gsp="/rdf-graphs/service"),  # base: .../repositories/REPO
    "qlever": Endpoints(query="", update="", gsp=None),
}
TRANSIENT_STATUS = {408, 429, 502, 503, 504}


@dataclass
class LoadReport:
    """What a load did: per graph the triples sent and counted on the server."""

    graphs: dict[str, tuple[int, int]] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def triples(self) -> int:
        return sum(sent for sent, _ in self.graphs.values())

    def summary(self) -> str:
        rate = self.triples / self.seconds if self.seconds else 0.0
        return (f"loaded {len(self.graphs)} graph(s), {self.triples} triples in {self.seconds:.1f} s "
                f"({rate:,.0f} triples/s); verified on the server")


def credentials(base: str, user: Optional[str], password_env: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """(user, password) from ``--user`` + an environment variable, else from ~/.netrc for the host."""
    if password_env:
        if password_env not in os.environ:
            raise RemoteError(f"environment variable {password_env} is not set")
        return user, os.environ[password_env]
    host = urllib.parse.urlparse(base).hostname or ""
    try:
        entry = netrc.netrc().authenticators(host)
    except (FileNotFoundError, netrc.NetrcParseError):
        entry = None
    if entry:
        return user or entry[0], entry[2]
    return user, None


class Remote:
    """One triple store server, reached at ``base`` with the layout of ``server``."""

    def __init__(self, base: str, server: str = "oxigraph", user: Optional[str] = None,
                 password: Optional[str] = None, timeout: float = 60.0, retries: int = 3,
                 sleep: Callable[[float], None] = time.sleep, on_retry: Optional[Callable[[str], None]] = None):
        if server not in PRESETS:
            raise RemoteError(f"unknown server {server!r} (one of {', '.join(PRESETS)})")
        if not re.match(r"https?://[^/\s]+", base or ""):
            raise RemoteError(f"{base}: not an http:// or https:// URL")
        self.base, self.layout = base.rstrip("/"), PRESETS[server]
        self.server, self.timeout, self.retries, self.sleep = server, timeout, retries, sleep
        self.on_retry = on_retry  # told one line before each retry (the CLI prints it)
        self.user, self._password = user, password
        handlers: list = []
        if user and password is not None:
            manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            manager.add_password(None, self.base, user, password)
            handlers = [urllib.request.HTTPDigestAuthHandler(manager), urllib.request.HTTPBasicAuthHandler(manager)]
        self._opener = urllib.request.build_opener(*handlers)

    def __repr__(self) -> str:  # never show the password
        return f"Remote({self.base!r}, server={self.server!r}, user={self.user!r})"

    # -- HTTP --------------------------------------------------------------------------

    def url(self, path: Optional[str], **params: str) -> str:
        if path is None:
            raise RemoteError(f"{self.server} has no such endpoint here (try --protocol update)")
        query = urllib.parse.urlencode(params)
        return f"{self.base}{path}" + (f"?{query}" if query else "")

    def _retrying(self, url: str, call: Callable[[], object]):
        """Run ``call`` with retries and backoff for transient failures; RemoteError otherwise."""
        from SPARQLWrapper.SPARQLExceptions import EndPointInternalError, EndPointNotFound, QueryBadFormed, Unauthorized
        delay = 0.5
        for attempt in range(self.retries + 1):
            try:
                return call()
            except urllib.error.HTTPError as exc:
                body = exc.read().decode("utf-8", "replace").strip().splitlines()
                message = body[0][:200] if body else exc.reason
                if exc.code in (401, 403):
                    raise RemoteError(f"{self.base}: authentication failed ({exc.code}); check --user and "
                                      f"--password-env") from None
                if exc.code not in TRANSIENT_STATUS or attempt == self.retries:
                    raise RemoteError(f"{url}: HTTP {exc.code}: {message}") from None
                why = f"HTTP {exc.code}"
            except Unauthorized:
                raise RemoteError(f"{self.base}: authentication failed; check --user and --password-env") from None
            except (QueryBadFormed, EndPointNotFound, EndPointInternalError) as exc:
                lines = [line for line in str(exc).splitlines() if line.strip()]
                raise RemoteError(f"{url}: {' '.join(l.strip() for l in lines)[:300]}") from None
            except (urllib.error.URLError, ConnectionError, socket.timeout, TimeoutError, ssl.SSLError) as exc:
                why = self._why(exc)
                if attempt == self.retries:
                    raise RemoteError(f"{self.base}: {why}") from None
                if self.on_retry is not None:
                    self.on_retry(f"{url}: {why}; retry {attempt + 1} of {self.retries} in {delay:g} s")
                self.sleep(delay)
                delay *= 2
                continue
            if self.on_retry is not None:
                self.on_retry(f"{url}: {why}; retry {attempt + 1} of {self.retries} in {delay:g} s")
            self.sleep(delay)
            delay *= 2
        raise RemoteError(f"{url}: gave up")  # unreachable

    def _why(self, exc: BaseException) -> str:
        """What went wrong with the connection, in words a user can act on."""
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, ssl.SSLError) or isinstance(exc, ssl.SSLError):
            return "the TLS handshake failed (is the server plain http://?)"
        if isinstance(reason, (socket.timeout, TimeoutError)) or "timed out" in str(reason):
            return f"no answer within {self.timeout:g} s (--timeout)"
        if isinstance(reason, ConnectionRefusedError) or "refused" in str(reason).lower():
            return "connection refused (is the server running, on that port?)"
        return f"cannot reach the server ({reason})"

    def request(self, method: str, url: str, data: Optional[bytes] = None,
                headers: Optional[dict[str, str]] = None) -> bytes:
        """Plain HTTP (the Graph Store Protocol), with retries."""
        def call() -> bytes:
            req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
            with self._opener.open(req, timeout=self.timeout) as response:
                return response.read()
        return self._retrying(url, call)

    def _wrapper(self, url: str):
        from SPARQLWrapper import DIGEST, BASIC, POST, SPARQLWrapper
        sparql = SPARQLWrapper(url, updateEndpoint=url)
        sparql.setMethod(POST)
        sparql.timeout = self.timeout  # setTimeout() would round 0.5 s down to none at all
        if self.user and self._password is not None:
            sparql.setHTTPAuth(DIGEST if self.server == "virtuoso" else BASIC)
            sparql.setCredentials(self.user, self._password)
        return sparql

    def update(self, sparql_text: str) -> None:
        """SPARQL 1.1 Update through SPARQLWrapper (the body posted as is)."""
        from SPARQLWrapper import POSTDIRECTLY
        url = self.url(self.layout.update)
        sparql = self._wrapper(url)
        sparql.setRequestMethod(POSTDIRECTLY)
        sparql.setQuery(sparql_text)
        self._retrying(url, sparql.query)

    def select(self, sparql_text: str) -> list[dict[str, str]]:
        """Rows of a SELECT (or ASK as one row ``{"ask": ...}``) as {variable: lexical value}."""
        variables, rows = self.query(sparql_text)
        return [dict(zip(variables, r)) for r in rows]

    def query(self, sparql_text: str) -> tuple[list[str], list[list[str]]]:
        """(variables, rows) of a SELECT, ASK, CONSTRUCT or DESCRIBE, through SPARQLWrapper."""
        from SPARQLWrapper import JSON, N3
        url = self.url(self.layout.query)
        sparql = self._wrapper(url)
        sparql.setQuery(sparql_text)
        for name, value in self.layout.union_params:  # the same query means the same thing everywhere
            sparql.addParameter(name, value)
        kind = sparql.queryType
        if kind in ("CONSTRUCT", "DESCRIBE"):
            sparql.setReturnFormat(N3)
            data = self._retrying(url, lambda: sparql.query().convert())
            triples = list(ox.parse(data if isinstance(data, bytes) else data.serialize(format="nt").encode(),
                                    format=ox.RdfFormat.TURTLE))
            return ["subject", "predicate", "object"], [[t.subject.value, t.predicate.value, t.object.value]
                                                         for t in triples]
        sparql.setReturnFormat(JSON)
        data = self._retrying(url, lambda: sparql.query().convert())
        if "boolean" in data:
            return ["ask"], [["true" if data["boolean"] else "false"]]
        variables = data["head"]["vars"]
        return variables, [[b.get(v, {}).get("value", "") for v in variables] for b in data["results"]["bindings"]]

    def count(self, graph: str) -> int:
        rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
        return int(rows[0]["n"]) if rows else 0

    def gsp_send(self, graph: str, payload: bytes, replace: bool, bulk: bool = False) -> None:
        params = {self.layout.gsp_graph_param: graph, **(dict(self.layout.bulk_params) if bulk else {})}
        url = self.url(self.layout.gsp, **params)
        self.request("PUT" if replace else "POST", url, payload, {"Content-Type": "application/n-triples"})

    def gsp_get(self, graph: str) -> bytes:
        url = self.url(self.layout.gsp, **{self.layout.gsp_graph_param: graph})
        return self.request("GET", url, headers={"Accept": "application/n-triples"})

    def drop(self, graph: str) -> None:
        self.update(f"DROP SILENT GRAPH <{graph}>")


def ntriples(triples: Iterable[ox.Triple]) -> bytes:
    return ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES)


def _batches(items: list, size: int) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def load_graphs(remote: Remote, graphs: dict[str, list[ox.Triple]], protocol: str = "gsp", replace: bool = False,
                batch_size: int = 50_000, on_graph: Optional[Callable[[str, int], None]] = None) -> LoadReport:
    """Load every graph; verify each by counting on the server. Raises RemoteError on failure."""
    if protocol == "gsp" and remote.layout.gsp is None:
        protocol = "update"
    report = LoadReport()
    start = time.perf_counter()
    for graph, triples in graphs.items():
        before = 0 if replace else remote.count(graph)
        if replace and protocol == "gsp" and remote.layout.atomic_put:
            remote.gsp_send(graph, ntriples(triples), replace=True)  # one transaction: whole or nothing
        else:
            _load_one(remote, graph, triples, protocol, replace, batch_size)
        counted = remote.count(graph)
        if counted - before != len(triples) and not (not replace and counted >= len(triples)):
            raise RemoteError(f"{graph}: sent {len(triples)} triples but the server holds {counted}")
        report.graphs[graph] = (len(triples), counted)
        if on_graph:
            on_graph(graph, len(triples))
    report.seconds = time.perf_counter() - start
    return report


def _load_one(remote: Remote, graph: str, triples: list[ox.Triple], protocol: str, replace: bool,
              batch_size: int) -> None:
    """Batches into the graph, or into a staging graph swapped in by one update (``replace``)."""
    target = f"{graph}-kg-staging-{uuid.uuid4().hex[:8]}" if replace else graph
    try:
        _send(remote, target, triples, protocol, batch_size, bulk=not replace)
        if replace:  # one update request: the swap happens whole or not at all
            remote.update(f"DROP SILENT GRAPH <{graph}> ;\n"
                          f"INSERT {{ GRAPH <{graph}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{target}> {{ ?s ?p ?o }} }} ;\n"
                          f"DROP SILENT GRAPH <{target}>")
    except RemoteError:
        if replace:
            try:
                remote.drop(target)
            except RemoteError:
                pass
        raise


def _send(remote: Remote, graph: str, triples: list[ox.Triple], protocol: str, batch_size: int,
          bulk: bool = False) -> None:
    if protocol == "gsp":
        for batch in _batches(triples, batch_size):
            remote.gsp_send(graph, ntriples(batch), replace=False, bulk=bulk)
        return
    for batch in _batches(triples, max(1, min(batch_size, 5_000))):
        body = ntriples(batch).decode("utf-8")
        remote.update(f"INSERT DATA {{ GRAPH <{graph}> {{\n{body}}} }}")


def graphs_of(quads: Iterable[ox.Quad], graph: Optional[str] = None,
              default_graph: str = "") -> dict[str, list[ox.Triple]]:
    """The triples to load, per target graph: every named graph as is, or all into ``graph``.

    ``quads`` is ``KnowledgeGraph.quads()`` or a pyoxigraph Store (which iterates its quads).
    """
    out: dict[str, set[ox.Triple]] = {}
    for quad in quads:
        name = graph or (quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode) else default_graph)
        out.setdefault(name, set()).add(ox.Triple(quad.subject, quad.predicate, quad.object))
    return {name: sorted(triples, key=str) for name, triples in sorted(out.items())}
