"""KnowledgeGraph: one interface to the graph, wherever it lives (a store folder, a graph file, memory).

The CLI, :mod:`kg.serve`, :mod:`kg.remote` loads and notebooks all go through
this class, so what differs between a persistent store and a file is decided
here, once. pyoxigraph holds the data; rdflib appears only where an API needs
it (:meth:`KnowledgeGraph.to_rdflib`, and pyshacl inside :meth:`~KnowledgeGraph.validate`).

Build the seed articles in memory and ask the graph about them:

>>> from pathlib import Path
>>> import kg
>>> seeds = Path(kg.__file__).resolve().parents[1] / "seeds"   # the checkout's five example articles
>>> with kg.KnowledgeGraph.memory() as graph:
...     result = graph.add(seeds)
...     rows = graph.query("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }")
...     facts = graph.facts()
...     report = graph.validate()
>>> rows.variables, rows[0]["n"]
(('n',), '5')
>>> sorted(facts[0])
['agreements', 'doc', 'language', 'published', 'publisher', 'title', 'url']
>>> report.conforms
True

A store on disk keeps what was added; a graph file opens as a read-only snapshot:

>>> import tempfile
>>> tmp = Path(tempfile.mkdtemp())
>>> with kg.KnowledgeGraph.open(tmp / "kg-store", create=True) as store:
...     print(store.add(seeds, validate=False).changes.summary())
...     print(store.export(tmp / "graph.trig").name)
5 added, 0 replaced, 0 unchanged
graph.trig
>>> with kg.KnowledgeGraph.open(tmp / "graph.trig") as snapshot:
...     len(snapshot.articles()), snapshot.writable
(5, False)
>>> kg.KnowledgeGraph.open(tmp / "missing.trig")
Traceback (most recent call last):
kg.graph.GraphNotFoundError: .../missing.trig: no such graph file or store folder
"""
from __future__ import annotations

import gc
import io
import os
from pathlib import Path
from typing import Callable, Iterable, Iterator, Literal, Optional, Union

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import NamespaceManager

from kg.facts import article_facts, merged_facts
from kg.pipeline import BuildResult, build
from kg.query import solutions
from kg.read import ReadError
from kg.store import EXTENSIONS, GraphStore
from kg.terms import rdflib_graph, to_rdflib
from kg.validate import ValidationReport, parse_file, validate_dataset, validate_graphs
from kg.vocab import bind_prefixes

__all__ = ["KnowledgeGraph", "Rows", "KGError", "GraphNotFoundError", "GraphFormatError",
           "StoreLockedError", "NotSupportedError", "QueryError"]

PathLike = Union[str, "os.PathLike[str]"]
Kind = Literal["store", "file", "memory"]


class KGError(Exception):
    """Base of the errors below; ``str()`` is one line that names the input."""


class GraphNotFoundError(KGError, FileNotFoundError):
    """No graph file or store folder at the path."""


class GraphFormatError(KGError, ValueError):
    """The path is not a graph we can read: unknown extension, a file that does not parse, a folder that is no store."""


class StoreLockedError(KGError, OSError):
    """The store is open elsewhere (pyoxigraph locks it): another process, or an unclosed KnowledgeGraph."""


class NotSupportedError(KGError, io.UnsupportedOperation):
    """The graph cannot do this: a graph file cannot change; graph.ttl has no per-article graphs; it is closed."""


class QueryError(KGError, ValueError):
    """The SPARQL does not parse or cannot be evaluated."""


class Rows(list[dict[str, Optional[str]]]):
    """Query results: one ``{variable: lexical value, or None when unbound}`` per row.

    A plain list of dicts (``pandas.DataFrame(rows)`` works); ``variables`` keeps the column order.
    """

    def __init__(self, variables: Iterable[str], rows: Iterable[Iterable[Optional[str]]]) -> None:
        self.variables: tuple[str, ...] = tuple(variables)
        super().__init__(dict(zip(self.variables, row)) for row in rows)


def _is_store(folder: Path) -> bool:
    return (folder / "CURRENT").is_file()  # every RocksDB (pyoxigraph's on-disk store) has one


class KnowledgeGraph:
    """Articles' named graphs, the merged view and provenance; see :meth:`open` and :meth:`memory`."""

    def __init__(self, store: GraphStore, kind: Kind, source: Optional[Path] = None) -> None:
        """Prefer :meth:`open` or :meth:`memory`, which check their input."""
        self._store: Optional[GraphStore] = store
        self.kind: Kind = kind
        self.path: Optional[Path] = source

    # -- opening -----------------------------------------------------------------------

    @classmethod
    def memory(cls) -> "KnowledgeGraph":
        """An empty graph in memory (``kg build --out`` assembles its files in one)."""
        return cls(GraphStore(), "memory")

    @classmethod
    def open(cls, path: PathLike, *, create: bool = False, read_only: bool = False) -> "KnowledgeGraph":
        """A store folder (made by ``kg build --store``) or a graph file (.trig, .nq, .ttl, .nt, .jsonld).

        ``create`` makes a new store when the folder is missing or empty. A store has one
        writer at a time (pyoxigraph locks it; :class:`StoreLockedError` otherwise);
        ``read_only`` opens it beside a writer (a running build), as it stands at that moment.
        A file is loaded into memory as a read-only snapshot.
        """
        where = Path(path)
        if where.is_file():
            return cls._open_file(where)
        if where.is_dir() and _is_store(where):
            if read_only:
                try:
                    return cls(GraphStore(where, read_only=True), "store", where)
                except OSError as exc:
                    raise GraphFormatError(f"{where}: cannot open the store ({_first_line(exc)})") from exc
            return cls._open_store(where)
        if where.is_dir() and any(where.iterdir()):
            raise GraphFormatError(f"{where}: a folder that is not a kg store (no store files in it)")
        if not create:
            raise GraphNotFoundError(f"{where}: no such graph file or store folder")
        return cls._open_store(where)

    @classmethod
    def _open_file(cls, path: Path) -> "KnowledgeGraph":
        if path.suffix.lower() not in EXTENSIONS:
            raise GraphFormatError(f"{path}: unknown graph format (use one of {', '.join(sorted(EXTENSIONS))})")
        try:
            return cls(GraphStore.from_file(path), "file", path)
        except (SyntaxError, ValueError, OSError) as exc:
            raise GraphFormatError(f"{path}: {_first_line(exc)}") from exc

    @classmethod
    def _open_store(cls, folder: Path) -> "KnowledgeGraph":
        try:
            try:
                return cls(GraphStore(folder), "store", folder)
            except OSError as exc:
                if "lock" not in str(exc).lower():
                    raise
                # held by this very process through garbage not yet collected (an error's traceback
                # keeping an earlier graph alive): collect it and try once more
                gc.collect()
                return cls(GraphStore(folder), "store", folder)
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreLockedError(f"{folder}: the store is open elsewhere (a running kg build or kg serve, "
                                       "or an unclosed KnowledgeGraph)") from exc
            raise GraphFormatError(f"{folder}: cannot open the store ({_first_line(exc)})") from exc

    # -- what it holds -----------------------------------------------------------------

    @property
    def writable(self) -> bool:
        """Whether :meth:`add` and :meth:`remove` work (not for a graph file or a store opened read-only)."""
        return self.kind != "file" and not (self._store is not None and self._store.read_only)

    @property
    def merged_only(self) -> bool:
        """True for a triples file (graph.ttl): the merged view, without per-article graphs."""
        return self.kind == "file" and self.path is not None and EXTENSIONS[self.path.suffix.lower()] in (
            "turtle", "ntriples")

    @property
    def oxigraph(self) -> ox.Store:
        """The pyoxigraph store inside, for code that needs pyoxigraph's own API (the SPARQL server)."""
        return self._graph_store.store

    def articles(self) -> dict[str, str]:
        """Article identity (its URL, else ``folder/file``) -> content hash of every article graph."""
        return self._graph_store.article_ids()

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad (pyoxigraph terms), in no particular order."""
        return iter(self.oxigraph)

    def __len__(self) -> int:
        return len(self._graph_store)

    def __repr__(self) -> str:
        where = f" {str(self.path)!r}" if self.path is not None else ""
        return f"<KnowledgeGraph {self.kind}{where}{' (closed)' if self._store is None else ''}>"

    # -- changing it -------------------------------------------------------------------

    def add(self, paths: Union[PathLike, Iterable[PathLike]], *, validate: bool = True,
            engine: Optional[str] = None, jobs: Optional[int] = None,
            on_progress: Optional[Callable[[int, int, str], None]] = None,
            on_skip: Optional[Callable[[ReadError], None]] = None, scheduler: Optional[str] = None,
            batch_size: Optional[int] = None) -> BuildResult:
        """Read, extract and build article files and folders into this graph (see :mod:`kg.pipeline`).

        Unreadable inputs are skipped and listed in the result, never fatal; an unchanged
        article is a no-op. ``validate`` checks what changed with the shapes: each article graph
        written, the re-merged agreements and the provenance (``result.report``); ``engine`` is
        the SHACL engine (``kg.validate.ENGINES``); ``jobs`` the worker processes (default: the
        cores for large runs; any number gives the same graph). Articles stream through: memory
        does not grow with their number. Returns the build result (``result.summary()`` is the
        CLI's line; ``on_progress(done, total, path)`` hears of each file). With ``scheduler``
        (``tcp://HOST:8786`` or a scheduler file) the articles are made on that Dask cluster in
        batches of ``batch_size`` files and stream back into this graph: the same graph.
        """
        self._check_writable("add articles to")
        items = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
        source = None
        if scheduler is not None:
            from kg.distributed import DEFAULT_BATCH, dask_articles
            source = dask_articles(scheduler, batch_size or DEFAULT_BATCH)
        return build([os.fspath(p) for p in items], validate=validate, store=self._graph_store, engine=engine,
                     jobs=jobs, on_progress=on_progress, on_skip=on_skip, source=source)

    def remove(self, doc_id: str) -> bool:
        """Take one article out (its URL, ``folder/file`` or file name); False when it is not there,
        ValueError when the file name is several articles'."""
        self._check_writable("remove articles from")
        return self._graph_store.remove_article(doc_id)

    def _check_writable(self, action: str) -> None:
        if not self.writable:
            why = ("a graph file is a read-only snapshot; build into a store instead" if self.kind == "file"
                   else "the store was opened read-only")
            raise NotSupportedError(f"{self.path}: cannot {action} it ({why})")

    # -- reading it out ----------------------------------------------------------------

    def query(self, sparql: str) -> Rows:
        """Run SPARQL (our prefixes predeclared; the default graph is the union of all graphs)."""
        try:
            variables, rows = solutions(self.oxigraph, sparql)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL: {_first_line(exc)}") from exc
        return Rows(variables, rows)

    def facts(self, merged: bool = False, evidence: bool = False) -> list[dict]:
        """The agreement facts as FORMAT.md documents: one per article, or one ``*`` for the merged view.

        ``evidence`` adds to each agreement the sentences its facts are claimed from, and to each
        article its text (``kg eval --explain`` shows them beside every error)."""
        if merged:
            return merged_facts(self.oxigraph)
        if self.merged_only:
            raise NotSupportedError(f"{self.path} has no per-article graphs: use graph.trig, or pass --merged")
        return article_facts(self.oxigraph, evidence)

    def validate(self, engine: Optional[str] = None) -> ValidationReport:
        """SHACL (the shapes in kg/data/shapes; ``engine`` one of ``kg.validate.ENGINES``, the fast
        one by default) plus the evidence-slice check, one named graph at a time.

        A file is validated as written, parsed by rdflib: pyoxigraph rewrites some literals on
        load (measured: ``"01"^^xsd:integer`` comes back as ``"1"``, ``xsd:nonNegativeInteger``
        as ``xsd:integer``), and the verdict should be about the file itself.
        """
        if self.kind == "file" and self.path is not None:
            try:
                dataset = parse_file(self.path)
            except Exception as exc:  # rdflib's parsers raise many kinds; say which file and why
                raise GraphFormatError(f"{self.path}: {_first_line(exc)}") from exc
            return validate_dataset(dataset, engine=engine)
        return validate_graphs(self._rdflib_graphs(), engine=engine)

    def _rdflib_graphs(self) -> Iterator[tuple[Optional[str], Graph]]:
        store = self.oxigraph
        named: list[tuple[Optional[str], Union[ox.NamedNode, ox.BlankNode, ox.DefaultGraph]]] = [
            (g.value, g) for g in sorted(store.named_graphs(), key=lambda g: g.value)]
        for label, name in [(None, ox.DefaultGraph()), *named]:
            graph = rdflib_graph(store.quads_for_pattern(None, None, None, name))
            if len(graph):
                yield label, graph

    def to_rdflib(self) -> Dataset:
        """Every quad in an rdflib Dataset (slow for big graphs: rdflib is ~10x slower than pyoxigraph).

        The default graph is the union of the named graphs, as in :meth:`query`; only our
        prefixes are bound (rdflib's defaults would rename ``schema:`` to https).
        """
        dataset = Dataset(default_union=True)
        dataset.namespace_manager = NamespaceManager(dataset, bind_namespaces="none")
        bind_prefixes(dataset)
        graphs: dict[object, Graph] = {}
        for q in self.oxigraph:
            name = q.graph_name
            if name not in graphs:
                graphs[name] = dataset.default_graph if isinstance(name, ox.DefaultGraph) \
                    else dataset.graph(URIRef(name.value))
            graphs[name].add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
        return dataset

    def export(self, path: PathLike, format: Optional[str] = None) -> Path:
        """Write to ``path`` (streamed by pyoxigraph); returns the path.

        ``format`` is trig, nquads or jsonld (every named graph) or turtle, ntriples (the
        merged view with article metadata and evidence, i.e. graph.ttl); by default the extension's.
        """
        target = Path(path)
        name = format or EXTENSIONS.get(target.suffix.lower())
        if name not in set(EXTENSIONS.values()):
            raise GraphFormatError(f"{target}: unknown export format {name or target.suffix!r} "
                                   f"(one of {', '.join(sorted(set(EXTENSIONS.values())))})")
        self._graph_store.dump(target, name)
        return target

    # -- lifetime ----------------------------------------------------------------------

    @property
    def _graph_store(self) -> GraphStore:
        if self._store is None:
            raise NotSupportedError(f"{self!r}: the graph is closed")
        return self._store

    def close(self) -> None:
        """Flush and release a store now (its lock), not at garbage collection; closing twice is fine."""
        if self._store is not None:
            self._store.close()
            self._store = None

    def __enter__(self) -> "KnowledgeGraph":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__

