"""The whole job as library calls: read -> extract -> link -> build -> validate -> export.

The CLI (:mod:`kg.cli`) is a thin layer over these functions.
"""
from __future__ import annotations

import gc
import json
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional, Sequence

from rdflib import Graph

from kg.agreements import find_agreements
from kg.doc import Document
from kg.lexicon import load_lexicon
from kg.mentions import find_mentions
from kg.read import ReadError, iter_input_files, read_document
from kg.store import Changes, GraphStore
from kg.validate import ValidationReport, validate_graphs


@dataclass
class BuildResult:
    """What a build produced: documents, skipped inputs, the dataset and its report."""

    documents: list[Document] = field(default_factory=list)
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
        violations = len(self.report.violations) if self.report else 0
        line = f"{len(self.documents)} articles, {self.agreements} agreements, {size}, {violations} violations"
        if self.changes is not None and persistent:
            line += f" ({self.changes.summary()})"
        return line + (f", {len(self.skipped)} skipped" if self.skipped else "")


def process_document(doc: Document) -> Document:
    """mentions + agreements for one document that has been read."""
    lexicon = load_lexicon()
    return find_agreements(find_mentions(doc, lexicon), lexicon)


@contextmanager
def long_lived_objects(every: int = 200):
    """Yield a ``tick()`` to call per document: every ``every`` documents the objects made so far
    are moved out of the garbage collector's sight (``gc.freeze``). Thousands of analysed
    documents are kept until the build ends; rescanning them made extraction 20% slower."""
    count = 0

    def tick() -> None:
        nonlocal count
        count += 1
        if count % every == 0:
            gc.freeze()
    try:
        yield tick
    finally:
        gc.unfreeze()


def process_documents(docs: list[Document]) -> list[Document]:
    """extract + link every document (see :func:`process_document`)."""
    out = []
    with long_lived_objects() as tick:
        for doc in docs:
            out.append(process_document(doc))
            tick()
    return out


def read_documents(paths: Sequence[str], on_progress: Optional[Callable[[int, str], None]] = None,
                   on_skip: Optional[Callable[[ReadError], None]] = None) -> BuildResult:
    """Read and analyse every input; unreadable files are reported and skipped, never fatal."""
    with long_lived_objects() as tick:
        return _read_documents(paths, on_progress, on_skip, tick)


def _read_documents(paths, on_progress, on_skip, tick) -> BuildResult:
    result = BuildResult()
    seen: set[str] = set()

    def skip(err: ReadError) -> None:
        result.skipped.append(err)
        if on_skip:
            on_skip(err)

    for n, item in enumerate(iter_input_files(paths), 1):
        if isinstance(item, ReadError):
            skip(item)
            continue
        try:
            doc = read_document(item)
        except ReadError as err:
            skip(err)
            continue
        if doc.identity in seen:
            skip(ReadError(item, f"skipped: another input is the same article ({doc.identity})"))
            continue
        seen.add(doc.identity)
        try:
            result.documents.append(process_document(doc))
        except Exception as exc:  # a bug on one article must not lose the others: report it, go on
            skip(ReadError(item, f"skipped: extraction failed ({type(exc).__name__}: {exc}); please report this file"))
            continue
        tick()
        if on_progress:
            on_progress(n, item)
    return result


def build(paths: Sequence[str], validate: bool = True, store: Optional[GraphStore] = None,
          engine: Optional[str] = None, **callbacks) -> BuildResult:
    """Read, extract, link, build into ``store`` (a fresh in-memory one by default), validate
    what the build changed (:meth:`GraphStore.changed_graphs`) with SHACL ``engine``.

    Only a persistent (on-disk) store records the build time: files built twice stay identical.
    """
    result = read_documents(paths, **callbacks)
    result.store = store if store is not None else GraphStore()
    result.changes = result.store.add_documents(result.documents, record_time=result.store.path is not None)
    if result.changes.failed:
        failed = dict(result.changes.failed)
        for doc in [d for d in result.documents if d.identity in failed]:
            result.documents.remove(doc)
            err = ReadError(doc.path, f"skipped: building its graph failed ({failed[doc.identity]}); please report this file")
            result.skipped.append(err)
            if callbacks.get("on_skip"):
                callbacks["on_skip"](err)
    if validate:
        result.report = validate_graphs(result.store.changed_graphs(), engine=engine)
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
