"""Shards: a build written as gzip N-Quads files that any triple store's bulk loader takes.

``part-00000.nq.gz``, ``part-00001.nq.gz``... each hold the article graphs of one batch of
input files (batch N is always the same files: assignment by input order), every article in its
named graph exactly as a store holds it, with its ``prov:wasGeneratedBy`` link to the build
activity; ``provenance.nq.gz`` holds the activity and what it used; ``manifest.json`` lists the
shards and their counts. The activity's IRI comes from the inputs alone (no clock), the lines of
a shard are sorted and gzip writes no time stamp, so the same inputs give the same bytes.

A shard is written to a temporary name and renamed into place: a batch run twice (a worker lost
midway and its batch re-run elsewhere) leaves one whole shard, never half of one. The merged view
is not in the shards: it is computed from the article graphs after loading (``kg merge``).
"""
from __future__ import annotations

import gzip
import io
import json
import os
import uuid
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional, Sequence

import pyoxigraph as ox

from kg.build import ArticleGraph, article_graph_iri, article_iri
from kg.distributed import DEFAULT_BATCH, batches, for_workers, run_in_order
from kg.merge import MERGED, N, PROVENANCE, merged_quads
from kg.pipeline import default_jobs, make_article
from kg.read import InputFile, ReadError, iter_input_files
from kg.read.files import is_url, url_filesystem
from kg.store import activity_iri, activity_quads, build_key
from kg.vocab import PROV

MANIFEST = "manifest.json"
PROVENANCE_SHARD = "provenance.nq.gz"


def shard_name(index: int) -> str:
    return f"part-{index:05d}.nq.gz"


@dataclass
class ShardInfo:
    """What one batch produced: its shard file, the articles in it (identity, path), its size,
    and a warning line per input that did not become an article."""

    index: int
    file: str
    articles: list[tuple[str, str]] = field(default_factory=list)
    quads: int = 0
    bytes: int = 0
    warnings: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)


@dataclass
class ShardsResult:
    """A whole shards build (what the CLI summarises)."""

    folder: str
    shards: list[ShardInfo] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    activity: str = ""

    @property
    def articles(self) -> int:
        return sum(len(s.articles) for s in self.shards)

    @property
    def quads(self) -> int:
        return sum(s.quads for s in self.shards)

    @property
    def violations(self) -> list[str]:
        return [v for s in self.shards for v in s.violations]

    def summary(self) -> str:
        size = sum(s.bytes for s in self.shards)
        line = (f"{self.articles} articles, {self.quads} quads in {len(self.shards)} shards + provenance "
                f"({size / 1e6:.1f} MB) in {self.folder}, {len(self.violations)} violations")
        return line + (f", {len(self.skipped)} skipped" if self.skipped else "")


# --- bytes -----------------------------------------------------------------------------

def nquads_bytes(quads: Iterable[ox.Quad]) -> bytes:
    """Sorted N-Quads lines, gzip without a time stamp: the same quads, the same bytes."""
    data = ox.serialize(list(quads), format=ox.RdfFormat.N_QUADS)
    lines = sorted(set(data.splitlines()))
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=6) as out:
        out.write(b"\n".join(lines) + (b"\n" if lines else b""))
    return buffer.getvalue()


def _join(folder: str, name: str) -> str:
    return f"{folder.rstrip('/')}/{name}" if is_url(folder) else os.path.join(folder, name)


def write_atomic(path: str, data: bytes) -> None:
    """Write to a temporary name beside ``path``, then rename: readers see all or nothing, and
    two runs of one batch leave one whole file. ``path`` may be an fsspec URL."""
    head, tail = (path.rsplit("/", 1) if is_url(path) else os.path.split(path))
    temporary = (f"{head}/.{tail}.{uuid.uuid4().hex[:8]}.tmp" if is_url(path)
                 else os.path.join(head, f".{tail}.{uuid.uuid4().hex[:8]}.tmp"))
    if is_url(path):
        fs, inner = url_filesystem(temporary)
        fs.pipe_file(inner, data)
        fs.mv(inner, url_filesystem(path)[1])
        return
    with open(temporary, "wb") as out:
        out.write(data)
    os.replace(temporary, path)


def read_bytes(path: str) -> bytes:
    if is_url(path):
        fs, inner = url_filesystem(path)
        with fs.open(inner, "rb") as handle:
            return handle.read()
    with open(path, "rb") as handle:
        return handle.read()


def read_shard(path: str) -> list[ox.Quad]:
    """The quads of one shard file."""
    return list(ox.parse(gzip.decompress(read_bytes(path)), format=ox.RdfFormat.N_QUADS))


# --- one batch (what a worker runs) ----------------------------------------------------------

def article_quads(article: ArticleGraph, activity: ox.NamedNode) -> list[ox.Quad]:
    """The article's named graph as :meth:`kg.store.GraphStore.add_articles` writes it."""
    graph = N(article_graph_iri(article.identity))
    return [ox.Quad(t.subject, t.predicate, t.object, graph) for t in article.triples] + \
        [ox.Quad(N(article_iri(article.identity)), N(PROV.wasGeneratedBy), activity, graph)]


def write_shard(index: int, files: Sequence[InputFile], folder: str, activity: str,
                validate: bool = False, engine: Optional[str] = None) -> ShardInfo:
    """read -> mentions -> agreements -> build for one batch, written as shard ``index``.

    A pure function of its arguments (the same files give the same bytes), so running it again
    (a lost worker's batch) is harmless. An input that cannot be read or built is a warning line
    in the result, never an exception: a bad file never loses its batch. With ``validate`` each
    article graph is checked with the shapes on its own, here where it was made."""
    info = ShardInfo(index, shard_name(index))
    node = N(activity)
    quads: list[ox.Quad] = []
    seen: set[str] = set()
    to_check = []
    for path in files:
        made = make_article(path)
        if isinstance(made, ReadError):
            info.warnings.append(str(made))
            continue
        if made.identity in seen:
            info.warnings.append(str(ReadError(path, f"skipped: another input is the same article "
                                                     f"({made.identity})")))
            continue
        seen.add(made.identity)
        mine = article_quads(made, node)
        quads += mine
        info.articles.append((made.identity, str(path)))
        if validate:
            to_check.append((made.identity, mine))
    data = nquads_bytes(quads)
    write_atomic(_join(folder, info.file), data)
    info.quads, info.bytes = len(quads), len(data)
    if to_check:
        info.violations = _violations(to_check, engine)
    return info


def _violations(graphs: list[tuple[str, list[ox.Quad]]], engine: Optional[str]) -> list[str]:
    from kg.terms import rdflib_graph
    from kg.validate import validate_graphs

    def rdflib_graphs():
        for identity, quads in graphs:
            yield str(article_graph_iri(identity)), rdflib_graph(quads)
    report = validate_graphs(rdflib_graphs(), engine=engine)
    return [v.text() for v in report.violations if v.severity == "Violation"]


# --- a whole build -----------------------------------------------------------------------------

def list_inputs(paths: Sequence[str], on_skip: Optional[Callable[[ReadError], None]] = None) -> list[InputFile]:
    files: list[InputFile] = []
    for item in iter_input_files(paths):
        if isinstance(item, ReadError):
            if on_skip:
                on_skip(item)
        else:
            files.append(item)
    return files


def build_shards(paths: Sequence[str], folder: str, files_per_shard: int = DEFAULT_BATCH, jobs: Optional[int] = 1,
                 scheduler: Optional[str] = None, validate: bool = False, engine: Optional[str] = None,
                 on_skip: Optional[Callable[[str], None]] = None,
                 on_shard: Optional[Callable[[ShardInfo, int], None]] = None) -> ShardsResult:
    """Every input into shards in ``folder``: batches of ``files_per_shard`` files on ``jobs``
    local processes (None: :func:`kg.pipeline.default_jobs`), or on the Dask cluster at
    ``scheduler``; then the provenance shard and the manifest. ``on_skip`` hears a line per input
    skipped, ``on_shard(info, total)`` each shard."""
    skipped: list[str] = []

    def skip(line: str) -> None:
        skipped.append(line)
        if on_skip:
            on_skip(line)

    files = list_inputs(paths, on_skip=lambda err: skip(str(err)))
    if scheduler is not None:  # what every worker can open: absolute paths (or URLs)
        files = for_workers(files)
        folder = folder if is_url(folder) else os.path.abspath(folder)
    if is_url(folder):
        fs, inner = url_filesystem(folder)
        fs.makedirs(inner, exist_ok=True)
    else:
        os.makedirs(folder, exist_ok=True)
    activity = activity_iri(build_key(f.relative for f in files))
    groups = batches(files, files_per_shard)
    result = ShardsResult(folder, skipped=skipped, activity=activity.value)
    calls = [(i, group, folder, activity.value, validate, engine) for i, group in enumerate(groups)]
    seen: dict[str, int] = {}
    jobs = jobs or default_jobs(len(files))
    for info in run_in_order(write_shard, calls, scheduler=scheduler, jobs=jobs, names=[g[0] for g in groups]):
        for line in info.warnings:
            skip(line)
        repeats = [(identity, path) for identity, path in info.articles if identity in seen]
        if repeats:  # the same article in two batches: the first keeps it, as one build would
            info = _drop_articles(folder, info, {identity for identity, _p in repeats}, skip)
        for identity, _path in info.articles:
            seen[identity] = info.index
        result.shards.append(info)
        if on_shard:
            on_shard(info, len(groups))
    used = [ox.Quad(activity, N(PROV.used), N(article_iri(identity)), PROVENANCE)
            for s in result.shards for identity, _p in s.articles]
    write_atomic(_join(folder, PROVENANCE_SHARD), nquads_bytes(activity_quads(activity) + used if used else []))
    _write_manifest(folder, result)
    _clear_leftovers(folder)
    return result


def _clear_leftovers(folder: str) -> None:
    """Temporary files of shard writes that died with their worker (their batch was run again)."""
    if is_url(folder):
        return
    for name in os.listdir(folder):
        if name.startswith(".") and name.endswith(".tmp"):
            try:
                os.remove(os.path.join(folder, name))
            except OSError:
                pass


def _drop_articles(folder: str, info: ShardInfo, identities: set[str], skip: Callable[[str], None]) -> ShardInfo:
    graphs = {N(article_graph_iri(identity)) for identity in identities}
    path = _join(folder, info.file)
    kept = [q for q in read_shard(path) if q.graph_name not in graphs]
    data = nquads_bytes(kept)
    write_atomic(path, data)
    for identity, where in info.articles:
        if identity in identities:
            skip(str(ReadError(where, f"skipped: another input is the same article ({identity})")))
    info.articles = [(identity, where) for identity, where in info.articles if identity not in identities]
    info.quads, info.bytes = len(kept), len(data)
    return info


def _write_manifest(folder: str, result: ShardsResult) -> None:
    manifest = {"activity": result.activity, "articles": result.articles, "quads": result.quads,
                "provenance": PROVENANCE_SHARD,
                "shards": [{"file": s.file, "articles": len(s.articles), "quads": s.quads} for s in result.shards],
                "skipped": len(result.skipped)}
    write_atomic(_join(folder, MANIFEST), (json.dumps(manifest, indent=1, sort_keys=True) + "\n").encode())


def shard_files(folder: str) -> list[str]:
    """The shard files of ``folder`` in order (article shards, then provenance), from its manifest;
    a ValueError naming the folder when it holds none."""
    try:
        manifest = json.loads(read_bytes(_join(folder, MANIFEST)))
    except FileNotFoundError:
        raise ValueError(f"{folder}: no {MANIFEST} (make shards with kg build INPUT... --shards {folder})") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(f"{folder}/{MANIFEST}: not a shards manifest ({exc})") from None
    return [_join(folder, s["file"]) for s in manifest["shards"]] + [_join(folder, manifest["provenance"])]


def iter_shard_quads(folder: str) -> Iterator[ox.Quad]:
    for path in shard_files(folder):
        yield from read_shard(path)


def store_of_shards(folder: str) -> ox.Store:
    """An in-memory store of every shard with the merged view computed: what a store build of the
    same inputs holds (the tests compare them quad for quad)."""
    store = ox.Store()
    store.bulk_extend(iter_shard_quads(folder))
    store.bulk_extend(list(merged_quads(store)))
    return store


__all__ = ["MANIFEST", "PROVENANCE_SHARD", "ShardInfo", "ShardsResult", "build_shards", "write_shard", "shard_files",
           "read_shard", "iter_shard_quads", "store_of_shards", "MERGED"]
