"""The whole job as library calls: read -> extract -> link -> build -> validate -> export.

The CLI (:mod:`kg.cli`) is a thin layer over these functions.
"""
from __future__ import annotations

import functools
import itertools
import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterator, Optional, Sequence, Union

from rdflib import Graph

from kg.agreements import find_agreements
from kg.build import ArticleGraph, article_graph, article_graph_iri
from kg.doc import Document
from kg.lexicon import load_lexicon
from kg.mentions import find_mentions
from kg.read import InputFile, ReadError, iter_input_files, read_document
from kg.store import Changes, GraphStore, build_key
from kg.validate import ValidationReport, validate_graphs, validate_triples


@dataclass
class BuildResult:
    """What a build produced: documents, skipped inputs, the dataset and its report."""

    documents: list[ArticleGraph] = field(default_factory=list)  # built (their triples in the store)
    skipped: list[ReadError] = field(default_factory=list)
    store: Optional[GraphStore] = None
    changes: Optional[Changes] = None
    report: Optional[ValidationReport] = None
    _export: Optional[Graph] = None

    @property
    def export(self) -> Graph:
        """The export graph (graph.ttl) as rdflib, made on first use."""
        if self._export is None:
            self._export = self.store.export_graph()
        return self._export

    @property
    def agreements(self) -> int:
        return self.store.count_agreements() if self.store is not None else 0

    def summary(self) -> str:
        """One line. A store on disk gives its quads, counted by the store itself (a walk over
        millions of quads in Python would cost more than the build); in memory, the triples of
        graph.ttl."""
        persistent = self.store is not None and self.store.path is not None
        if self.store is None:
            size = "0 triples"
        elif persistent:
            size = f"{len(self.store)} quads in the store"
        else:
            size = f"{sum(1 for _ in self.store.export_triples())} triples"
        checked = f"{len(self.report.violations)} violations" if self.report is not None else "not validated"
        line = f"{len(self.documents)} articles, {self.agreements} agreements, {size}, {checked}"
        if self.changes is not None and persistent:
            line += f" ({self.changes.summary()})"
        return line + (f", {len(self.skipped)} skipped" if self.skipped else "")


def process_document(doc: Document) -> Document:
    """mentions + agreements for one document that has been read."""
    lexicon = load_lexicon()
    return find_agreements(find_mentions(doc, lexicon), lexicon)


def process_documents(docs: list[Document]) -> list[Document]:
    """extract + link every document (see :func:`process_document`)."""
    return [process_document(doc) for doc in docs]


def make_article(path: InputFile, validate: bool = False, engine: Optional[str] = None
                 ) -> Union[ArticleGraph, ReadError]:
    """read -> mentions -> agreements -> build (-> validate its graph alone) for one file: what a
    worker process does, so validation is spread over the workers too.

    Whatever any stage raises for this file becomes a ReadError naming it, never an exception."""
    try:
        doc = read_document(path)
    except ReadError as err:
        return err
    try:
        doc = process_document(doc)
    except Exception as exc:  # a bug on one article must not lose the others: report it, go on
        return ReadError(path, f"skipped: extraction failed ({type(exc).__name__}: {exc}); please report this file")
    try:
        made = article_graph(doc)
    except Exception as exc:
        return ReadError(path, f"skipped: building its graph failed ({type(exc).__name__}: {exc}); "
                               f"please report this file")
    if validate:
        name = str(article_graph_iri(made.identity))
        made = replace(made, violations=validate_triples(made.triples, name, engine).violations)
    return made


def default_jobs(files: int) -> int:
    """Worker processes for ``files`` inputs: the cores, but one for small runs (starting
    workers costs more than a few dozen articles take)."""
    return 1 if files < 64 else max(1, os.cpu_count() or 1)


def make_articles(files: Sequence[InputFile], jobs: int = 1, validate: bool = False,
                  engine: Optional[str] = None) -> Iterator[Union[ArticleGraph, ReadError]]:
    """:func:`make_article` for every file, in input order, on ``jobs`` processes. The order is
    kept so that any number of jobs gives the same graph."""
    make = functools.partial(make_article, validate=validate, engine=engine)
    if jobs <= 1 or len(files) < 2:
        for path in files:
            yield make(path)
        return
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    load_lexicon().warm()  # loaded and its matchers built before forking: the workers share them
    # A bounded window of files in flight: results never pile up faster than the store takes
    # them, so memory stays flat however many files there are.
    window: deque = deque()
    todo = iter(files)
    with ProcessPoolExecutor(min(jobs, len(files)), mp_context=context, initializer=load_lexicon) as pool:
        for path in itertools.islice(todo, 16 * jobs):
            window.append(pool.submit(make, path))
        while window:
            done = window.popleft().result()
            following = next(todo, None)
            if following is not None:
                window.append(pool.submit(make, following))
            yield done


#: what turns the listed files into articles, in input order (:func:`make_articles` on a pool of
#: processes by default; :func:`kg.distributed.dask_articles` on a Dask cluster)
ArticleSource = Callable[[Sequence[InputFile]], Iterator[Union[ArticleGraph, ReadError]]]


def build(paths: Sequence[str], validate: bool = True, store: Optional[GraphStore] = None,
          engine: Optional[str] = None, jobs: Optional[int] = None,
          on_progress: Optional[Callable[[int, int, str], None]] = None,
          on_skip: Optional[Callable[[ReadError], None]] = None,
          source: Optional[ArticleSource] = None) -> BuildResult:
    """Read, extract and build every input into ``store`` (a fresh in-memory one by default) as
    a stream, then validate what the build changed (:meth:`GraphStore.changed_graphs`) with SHACL
    ``engine``. ``jobs`` worker processes (default: :func:`default_jobs`) give the same graph as
    one. Unreadable inputs are reported (``on_skip``) and skipped, never fatal; ``on_progress``
    hears (done, total, path) after each file. ``source`` makes the articles elsewhere (a Dask
    cluster): the store sees the same stream, so the graph is the same.

    Only a persistent (on-disk) store records the build time: files built twice stay identical.
    """
    result = BuildResult(store=store if store is not None else GraphStore())
    files: list[InputFile] = []

    def skip(err: ReadError) -> None:
        result.skipped.append(err)
        if on_skip:
            on_skip(err)

    for item in iter_input_files(paths):
        if isinstance(item, ReadError):
            skip(item)
        else:
            files.append(item)
    seen: set[str] = set()
    found: dict[str, tuple] = {}  # identity -> the violations of its graph alone (workers validate)

    def articles() -> Iterator[ArticleGraph]:
        made_all = source(files) if source is not None else \
            make_articles(files, jobs or default_jobs(len(files)), validate, engine)
        for n, (path, made) in enumerate(zip(files, made_all), 1):
            if isinstance(made, ReadError):
                skip(made)
            elif made.identity in seen:
                skip(ReadError(path, f"skipped: another input is the same article ({made.identity})"))
            else:
                seen.add(made.identity)
                result.documents.append(made.light())
                found[made.identity] = made.violations
                yield made
            if on_progress:
                on_progress(n, len(files), path)
    # the build's name: what it was given (relative names, so not where it was run from)
    key = build_key(f.relative for f in files)
    result.changes = result.store.add_articles(articles(), record_time=result.store.path is not None, key=key)
    if validate:  # each written article as its worker found it, then the merged and provenance share
        written = set(result.changes.added) | set(result.changes.replaced)
        own = [v for identity, violations in found.items() if identity in written for v in violations]
        # an article source of its own (Dask) makes articles unvalidated: they are checked here
        rest = validate_graphs(result.store.changed_graphs(articles=source is not None), engine=engine)
        result.report = ValidationReport.of(own + list(rest.violations))
    return result


def write_outputs(result: BuildResult, out_dir: Path) -> dict[str, Path]:
    """graph.trig, graph.ttl and validation.txt in ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {"trig": out_dir / "graph.trig", "ttl": out_dir / "graph.ttl", "report": out_dir / "validation.txt"}
    result.store.dump(paths["trig"], "trig")
    result.store.dump(paths["ttl"], "turtle")
    paths["report"].write_text(validation_text(result), encoding="utf-8")
    return paths


def validation_text(result: BuildResult) -> str:
    """validation.txt: the report (or "not validated"), then one line per skipped input."""
    lines = [result.report.text() if result.report else "not validated"]
    lines += [f"skipped: {err}" for err in result.skipped]
    return "\n".join(lines) + "\n"


def dump_json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1)
