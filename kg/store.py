"""The graph store: per-article named graphs, the merged view and provenance, in pyoxigraph.

On disk (``GraphStore("kg-store")``) it is the persistent store users keep
adding to; in memory (``GraphStore()``) it is how ``kg build --out`` assembles
the files. Adding an article whose graph would not change is a no-op, so a
re-run leaves the store's quads identical; a changed article replaces its own
graph; the merged view is recomputed from the article graphs after every change.

>>> store = GraphStore()
>>> store.article_ids()
{}
"""
from __future__ import annotations

import gc
import hashlib
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import unquote
from typing import Iterable, Iterator, Optional, Union

import pyoxigraph as ox
from rdflib import Graph

from kg import __version__
from kg.build import ArticleGraph, article_graph, article_graph_iri, article_iri, entity_iri
from kg.doc import Document
from kg.merge import ENTITY_TYPES, MERGED, PROVENANCE, N, entity_quads, merged_agreements, merged_quads, party_sets
from kg.terms import rdflib_graph
from kg.vocab import KG, KGR, PREFIXES, PROV, RDF, RDFS, XSD, sparql_prefixes

#: export formats: name -> (pyoxigraph format, whether it holds named graphs)
FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    "turtle": (ox.RdfFormat.TURTLE, False), "ntriples": (ox.RdfFormat.N_TRIPLES, False),
    "jsonld": (ox.RdfFormat.JSON_LD, True), "trig": (ox.RdfFormat.TRIG, True),
    "nquads": (ox.RdfFormat.N_QUADS, True),
}
#: file extension -> export format name (what a graph file's name says it holds)
EXTENSIONS: dict[str, str] = {
    ".trig": "trig", ".nq": "nquads", ".nquads": "nquads", ".ttl": "turtle", ".turtle": "turtle",
    ".nt": "ntriples", ".ntriples": "ntriples", ".jsonld": "jsonld", ".json": "jsonld",
}
#: kgr: is left out: our data IRIs have slashes that Turtle would escape in prefixed names
_PREFIXES = {p: str(ns) for p, ns in PREFIXES.items() if p not in ("rdf", "kgr")}


@dataclass
class Changes:
    """What a call to :meth:`GraphStore.add_documents` did."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (doc_id, why): the builder broke on it

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced)

    def summary(self) -> str:
        return f"{len(self.added)} added, {len(self.replaced)} replaced, {len(self.unchanged)} unchanged"


#: articles written between flushes of an on-disk store (measured: without, 0.22 MiB per
#: article stays in memory; with, 3,000 articles build in 230 MiB)
FLUSH_EVERY = 250
#: while a write is under way, this quad says the merged view may be stale (see add_documents)
JOURNAL = N(f"{KGR}graph/journal")
PENDING = ox.Quad(N(f"{KGR}store"), N(f"{KGR}journal/pending"), ox.Literal("merged view"), JOURNAL)


_ENTITY = str(entity_iri(""))  # every entity IRI starts so


def _open_snapshot(path: Path) -> tuple[ox.Store, Optional[Path]]:
    """A read-only view of the store at ``path`` that a writer beside it cannot pull away.

    RocksDB (under pyoxigraph) deletes table files when it compacts, and a plain read-only open
    beside a writer then fails on a file that is gone ("undefined behaviour", pyoxigraph says).
    Table files never change once written, so hard links to them keep them alive: the view opens
    a linked copy (the small manifest and log files copied), retried if a file vanishes while it
    is made; where links cannot be made (another file system), the store itself read-only."""
    import os
    import tempfile
    for _attempt in range(5):
        try:
            snap = Path(tempfile.mkdtemp(prefix=f".{path.name}.read-", dir=path.parent))
        except OSError:
            break
        try:
            files = [f for f in path.iterdir() if f.name != "LOCK" and not f.is_dir()]
            for f in sorted(files, key=lambda f: (f.suffix == ".sst", f.name)):  # the manifest first
                if f.suffix == ".sst":
                    os.link(f, snap / f.name)
                else:
                    shutil.copy2(f, snap / f.name)
            return ox.Store.read_only(str(snap)), snap
        except (FileNotFoundError, RuntimeError):  # compacted away while linking: take the new set
            shutil.rmtree(snap, ignore_errors=True)
        except OSError:
            shutil.rmtree(snap, ignore_errors=True)
            break
    return ox.Store.read_only(str(path)), None


def activity_iri(key: str, stamp: Optional[datetime] = None) -> ox.NamedNode:
    """The build activity's IRI: from the version, the build's ``key`` (its inputs) and, for a
    store on disk, its time; without a time the same inputs always name the same activity (what
    ``kg build --out`` and shards rely on)."""
    digest = hashlib.sha1((__version__ + key + (stamp.isoformat() if stamp else "")).encode())
    return N(f"{KGR}build/{digest.hexdigest()[:16]}")


def activity_quads(activity: ox.NamedNode, stamp: Optional[datetime] = None) -> list[ox.Quad]:
    """The provenance graph's description of a build activity."""
    g = PROVENANCE
    quads = [ox.Quad(activity, N(RDF.type), N(KG.BuildActivity), g),
             ox.Quad(activity, N(RDFS.label), ox.Literal(f"kg {__version__} build"), g)]
    if stamp is not None:
        quads.append(ox.Quad(activity, N(PROV.endedAtTime), ox.Literal(stamp.isoformat(), datatype=N(XSD.dateTime)), g))
    return quads


def build_key(relative_names: Iterable[str]) -> str:
    """A build's name from what it was given (relative names, so not where it was run from)."""
    return "\n".join(sorted(relative_names))


class GraphStore:
    """Named graphs per article, ``kgr:graph/merged`` and ``kgr:graph/provenance``."""

    def __init__(self, path: Optional[Union[str, Path]] = None, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        self.last_touched: set[frozenset[str]] = set()  # party sets the last write re-merged
        self.last_written: list[ox.NamedNode] = []  # article graphs the last write put in
        self._merged_added: set[ox.Quad] = set()  # merged quads the last write added
        self.read_only = read_only and self.path is not None
        self._snapshot: Optional[Path] = None
        if self.read_only:  # beside a writer: no lock taken, nothing repaired
            self.store, self._snapshot = _open_snapshot(self.path)
            return
        if self.path is not None:
            self.path.mkdir(parents=True, exist_ok=True)
        self.store = ox.Store(str(self.path)) if self.path is not None else ox.Store()
        if self.path is not None:
            self.recover()

    @classmethod
    def from_file(cls, path: Union[str, Path]) -> "GraphStore":
        """An in-memory store holding a graph file, its format told by its extension.

        A dataset (TriG, N-Quads, JSON-LD) keeps its named graphs; a file of triples
        (Turtle, N-Triples: graph.ttl) is taken as the merged view. Raises ValueError for
        an unknown extension and SyntaxError when the file does not parse.
        """
        path = Path(path)
        name = EXTENSIONS.get(path.suffix.lower())
        if name is None:
            raise ValueError(f"{path}: unknown graph format (use one of {', '.join(sorted(EXTENSIONS))})")
        rdf_format, dataset = FORMATS[name]
        graph = cls()
        graph.store.load(path=str(path), format=rdf_format, to_graph=None if dataset else MERGED)
        return graph

    # -- articles --------------------------------------------------------------------

    def article_ids(self) -> dict[str, str]:
        """Article identity (its URL, else ``folder/file``) -> content hash, for every article graph."""
        return {identity: content for identity, _file, content in self._articles()}

    def _articles(self) -> list[tuple[str, str, str]]:
        """(identity, file name, content hash) of every article graph."""
        prefix = str(article_graph_iri(""))
        rows = self.store.query(sparql_prefixes() + """SELECT ?g ?file ?hash WHERE { GRAPH ?g {
            ?a a schema:NewsArticle ; kg:fileName ?file OPTIONAL { ?a kg:contentHash ?hash } } }""")
        return sorted((unquote(r["g"].value[len(prefix):]), r["file"].value, r["hash"].value if r["hash"] else "")
                      for r in rows if r["g"].value.startswith(prefix))

    def resolve(self, name: str) -> list[str]:
        """The identities ``name`` denotes: itself (a URL or ``folder/file``), else every article
        with that file name (several when two folders hold an ``item.txt``)."""
        articles = self._articles()
        if any(identity == name for identity, _f, _h in articles):
            return [name]
        base = name.replace("\\", "/").rsplit("/", 1)[-1]
        exact = [identity for identity, _f, _h in articles if identity.endswith("/" + name)]
        return exact or [identity for identity, file, _h in articles if file == base]

    def _graph_quads(self, graph: ox.NamedNode) -> set[ox.Quad]:
        return set(self.store.quads_for_pattern(None, None, None, graph))

    def add_documents(self, docs: Iterable[Document], record_time: bool = True) -> Changes:
        """Put each document's article graph in the store (see :meth:`add_articles`); a document
        the builder breaks on is listed in ``Changes.failed``, the others go in."""
        docs = list(docs)
        failed: list[tuple[str, str]] = []

        def graphs() -> Iterator[ArticleGraph]:
            for doc in docs:
                try:
                    yield article_graph(doc)
                except Exception as exc:  # a bug on one article must not lose the others
                    failed.append((doc.identity, f"{type(exc).__name__}: {exc}"))
        key = "".join(sorted(d.sha256 for d in docs))
        changes = self.add_articles(graphs(), record_time=record_time, key=key)
        changes.failed += failed
        return changes

    def add_articles(self, articles: Iterable[ArticleGraph], record_time: bool = True, key: str = "") -> Changes:
        """Put each article graph in the store as it comes (a stream: nothing is held but what is
        being written), then re-merge the agreements the changes touch.

        ``key`` names the build (with the version and, if ``record_time``, the clock) in its
        activity IRI; ``kg build --out`` turns ``record_time`` off so that files built twice
        from the same input are identical.
        """
        changes = Changes()
        stamp = datetime.now(timezone.utc).replace(microsecond=0) if record_time else None
        activity = activity_iri(key, stamp)
        generated, used = N(PROV.wasGeneratedBy), N(PROV.used)
        touched: set[frozenset[str]] = set()
        gone: set[ox.Quad] = set()
        self.last_written, self.last_touched = [], set()
        for article in articles:
            graph = N(article_graph_iri(article.identity))
            new = {ox.Quad(t.subject, t.predicate, t.object, graph) for t in article.triples}
            old = self._graph_quads(graph)
            if {q for q in old if q.predicate != generated} == new:
                changes.unchanged.append(article.identity)
                continue
            if not changes.changed:
                # Crash safety: the build record and the "merged view pending" mark go first, in
                # one transaction; each article graph is one transaction; the merged view is
                # re-merged last and the mark cleared. A process killed anywhere leaves the mark,
                # and the next opening of the store rebuilds the merged view; an article left
                # half-written is rewritten by the next build.
                self.store.extend(activity_quads(activity, stamp) + [PENDING])
            (changes.replaced if old else changes.added).append(article.identity)
            node = N(article_iri(article.identity))
            if old:
                touched |= party_sets(self.store, graph)
                gone |= set(entity_quads(self.store, graph))
                self.store.clear_graph(graph)
            self.store.extend(list(new) + [ox.Quad(node, generated, activity, graph),
                                           ox.Quad(activity, used, node, PROVENANCE)])
            touched |= party_sets(self.store, graph)
            self.store.extend(list(entity_quads(self.store, graph)))
            self.last_written.append(graph)
            if len(self.last_written) % FLUSH_EVERY == 0:
                self.flush()  # RocksDB holds writes in memory until flushed: keep a long build flat
        if changes.changed:
            self._update_merged(touched, gone)
            self.store.remove(PENDING)
        self.last_touched = touched
        return changes

    def _update_merged(self, touched: set[frozenset[str]], gone: set[ox.Quad]) -> None:
        """Recompute the merged agreements between the touched party sets only, and drop the entity
        facts (``gone``) that no article graph states any more: the same quads as
        :meth:`recompute_merged`, at the cost of what changed (tests/test_store.py compares)."""
        stale: list[ox.Quad] = []
        for parties in touched:
            stale += self._merged_nodes(parties)
        for quad in gone:
            if not any(q.graph_name not in (MERGED, PROVENANCE) and self._is_entity(quad.subject, q.graph_name)
                       for q in self.store.quads_for_pattern(quad.subject, quad.predicate, quad.object, None)):
                stale.append(quad)
        # written as a difference: an agreement reported by a thousand articles changes by a
        # few quads when one more reports it, and only those are removed or added
        old, new = set(stale), set(merged_agreements(self.store, touched))
        for quad in old - new:
            self.store.remove(quad)
        self._merged_added = new - old
        self.store.extend(list(self._merged_added))

    def _is_entity(self, node, graph) -> bool:
        return any(True for t in ENTITY_TYPES for _ in self.store.quads_for_pattern(node, N(RDF.type), N(t), graph))

    def _merged_nodes(self, parties: frozenset[str]) -> list[ox.Quad]:
        """Every merged quad about an agreement between exactly ``parties`` (its node, events, clause)."""
        party = N(KG.party)
        first = sorted(parties)[0] if parties else None
        candidates = {q.subject for q in self.store.quads_for_pattern(None, N(RDF.type), N(KG.Agreement), MERGED)} \
            if first is None else {q.subject for q in self.store.quads_for_pattern(None, party, N(first), MERGED)}
        out: list[ox.Quad] = []
        for a in candidates:
            if {q.object.value for q in self.store.quads_for_pattern(a, party, None, MERGED)} != set(parties):
                continue
            quads = list(self.store.quads_for_pattern(a, None, None, MERGED))
            out += quads
            for q in quads:
                if q.predicate in (N(KG.hasEvent), N(KG.hasClause)):
                    out += list(self.store.quads_for_pattern(q.object, None, None, MERGED))
        return out

    def recover(self) -> bool:
        """Finish what a killed process left: rebuild the merged view when a write was pending."""
        if not any(True for _ in self.store.quads_for_pattern(PENDING.subject, PENDING.predicate, None, JOURNAL)):
            return False
        self.recompute_merged()
        self.store.remove(PENDING)
        return True

    def remove_article(self, name: str) -> bool:
        """Take one article out (its graph and its share of the merged view): by its identity,
        its path or its file name; False when no article has it, ValueError when several do."""
        found = self.resolve(name)
        if len(found) > 1:
            raise ValueError(f"{name}: {len(found)} articles have this name ({', '.join(found[:4])}); name one")
        if not found:
            return False
        self.store.extend([PENDING])
        graph = N(article_graph_iri(found[0]))
        touched, gone = party_sets(self.store, graph), set(entity_quads(self.store, graph))
        self.store.remove_graph(graph)
        self._update_merged(touched, gone)
        self.store.remove(PENDING)
        self.last_written, self.last_touched = [], touched
        return True

    def recompute_merged(self) -> None:
        """Rebuild ``kgr:graph/merged`` from the article graphs."""
        quads = list(merged_quads(self.store))
        self.store.clear_graph(MERGED)
        self.store.bulk_extend(quads)

    def changed_graphs(self, articles: bool = True) -> Iterator[tuple[str, Graph]]:
        """What the last write changed, as (name, rdflib graph) to validate: each article graph it
        put in, the merged agreements it re-merged with the entities they name, and the provenance
        graph. Validating these after every write keeps the store valid at the cost of the change;
        ``kg validate --store`` still checks everything. ``articles=False`` leaves out the article
        graphs (a build's workers validated each as they made it)."""
        for graph in self.last_written if articles else ():
            yield graph.value, rdflib_graph(self.store.quads_for_pattern(None, None, None, graph))
        # the touched agreements, but of their source links (one per reporting article) only
        # those just added: the others were checked when they came, and they are most of it
        links = (N(KG.reportedIn), N(PROV.wasDerivedFrom))
        merged = [q for parties in sorted(self.last_touched, key=sorted) for q in self._merged_nodes(parties)
                  if q.predicate not in links or q in self._merged_added]
        named = {q.object for q in merged if isinstance(q.object, ox.NamedNode) and q.object.value.startswith(_ENTITY)}
        merged += [q for e in sorted(named, key=str) for q in self.store.quads_for_pattern(e, None, None, MERGED)]
        if merged:
            yield MERGED.value, rdflib_graph(merged)
        if self.last_written or self.last_touched:
            yield PROVENANCE.value, rdflib_graph(self.store.quads_for_pattern(None, None, None, PROVENANCE))

    # -- reading out ------------------------------------------------------------------

    def export_triples(self) -> Iterator[ox.Triple]:
        """graph.ttl: merged view, provenance, and from each article graph its metadata and claims
        (an article's own agreement values stay in its named graph)."""
        seen: set[ox.Triple] = set()
        agreement_prefix = f"{KGR}agreement/"
        for quad in self.store.quads_for_pattern(None, None, None, None):
            if quad.graph_name not in (MERGED, PROVENANCE) and isinstance(quad.subject, ox.NamedNode) \
                    and quad.subject.value.startswith(agreement_prefix):
                continue
            triple = ox.Triple(quad.subject, quad.predicate, quad.object)
            if triple not in seen:
                seen.add(triple)
                yield triple

    def export_graph(self) -> Graph:
        """The export graph as rdflib (for pyshacl)."""
        return rdflib_graph(self.export_triples())

    def dump(self, path: Union[str, Path], fmt: str) -> None:
        """Write the store (dataset formats) or the export graph (triple formats), streaming."""
        rdf_format, dataset = FORMATS[fmt]
        if dataset:
            self.store.dump(str(path), rdf_format, prefixes=_PREFIXES if fmt == "trig" else None)
            return
        # sorted so that the serializer groups each subject's triples (";" and ",")
        triples = sorted(self.export_triples(), key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
        ox.serialize(triples, str(path), rdf_format, prefixes=_PREFIXES if fmt == "turtle" else None)

    def count_agreements(self) -> int:
        """Agreements in the merged view."""
        return sum(1 for _ in self.store.quads_for_pattern(None, N(RDF.type), N(KG.Agreement), MERGED))

    def __len__(self) -> int:
        return len(self.store)

    def flush(self) -> None:
        if self.path is not None:
            self.store.flush()

    def close(self) -> None:
        """Flush and release the on-disk store (its lock) now, not at garbage collection."""
        if self.store is not None:
            if not self.read_only:
                self.flush()
            self.store = None
            if self._snapshot is not None:
                gc.collect()
                shutil.rmtree(self._snapshot, ignore_errors=True)
                self._snapshot = None
            if self.path is not None:
                gc.collect()  # a closure still holding the store (a server's handler class) lets go of its lock

    def __enter__(self) -> "GraphStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
