"""KnowledgeGraph, the one interface over store folders, graph files and memory.

Only structure is asserted (kinds, errors, round trips, prefixes), never how
many agreements the extraction finds: the engine changes underneath.
"""
from __future__ import annotations

import doctest
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, URIRef

import kg
import kg.graph
from kg.graph import (GraphFormatError, GraphNotFoundError, KGError, KnowledgeGraph, NotSupportedError, QueryError,
                      Rows, StoreLockedError)

from conftest import SEEDS

ARTICLES = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }"


def test_the_docstring_examples_run() -> None:
    result = doctest.testmod(kg.graph, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 5 and result.failed == 0


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    """The seeds built once in memory, exported in every format."""
    out = tmp_path_factory.mktemp("files")
    with KnowledgeGraph.memory() as graph:
        graph.add(SEEDS, validate=False)
        return {ext: graph.export(out / f"graph.{ext}") for ext in ("trig", "ttl", "nq", "nt", "jsonld")}


def test_kg_exports_the_class_lazily() -> None:
    assert kg.KnowledgeGraph is KnowledgeGraph
    code = "import kg, sys; print('kg.graph' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"


@pytest.mark.parametrize("ext", ["trig", "nq", "jsonld"])
def test_a_dataset_file_opens_as_a_read_only_snapshot_with_its_articles(files, ext) -> None:
    with KnowledgeGraph.open(files[ext]) as graph:
        assert (graph.kind, graph.writable, graph.merged_only) == ("file", False, False)
        assert len(graph.articles()) == 5 and len(graph.facts()) == 5
        with pytest.raises(NotSupportedError, match="read-only snapshot") as info:
            graph.add(SEEDS)
        assert isinstance(info.value, io.UnsupportedOperation)


@pytest.mark.parametrize("ext", ["ttl", "nt"])
def test_a_triples_file_is_the_merged_view(files, ext) -> None:
    with KnowledgeGraph.open(files[ext]) as graph:
        assert graph.merged_only
        assert graph.facts(merged=True)[0]["doc"] == "*"
        with pytest.raises(NotSupportedError, match="no per-article graphs"):
            graph.facts()


def test_every_export_round_trips(files) -> None:
    with KnowledgeGraph.open(files["trig"]) as trig, KnowledgeGraph.open(files["nq"]) as nq:
        assert set(trig.quads()) == set(nq.quads()) and len(trig) > 0
        assert trig.facts(merged=True) == nq.facts(merged=True)


def test_errors_name_the_input_and_are_standard_exceptions(tmp_path) -> None:
    with pytest.raises(GraphNotFoundError, match="missing.trig") as info:
        KnowledgeGraph.open(tmp_path / "missing.trig")
    assert isinstance(info.value, FileNotFoundError) and isinstance(info.value, KGError)
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    with pytest.raises(GraphFormatError, match=r"notes\.txt: unknown graph format"):
        KnowledgeGraph.open(tmp_path / "notes.txt")
    (tmp_path / "bad.ttl").write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(GraphFormatError, match=r"bad\.ttl: .*line 1") as info:
        KnowledgeGraph.open(tmp_path / "bad.ttl")
    assert isinstance(info.value, ValueError)


def test_a_folder_that_is_no_store_is_left_alone(tmp_path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("text", encoding="utf-8")
    with pytest.raises(GraphFormatError, match="not a kg store"):
        KnowledgeGraph.open(folder, create=True)
    assert [p.name for p in folder.iterdir()] == ["a.txt"]


def test_a_store_is_created_only_when_asked(tmp_path) -> None:
    with pytest.raises(GraphNotFoundError):
        KnowledgeGraph.open(tmp_path / "store")
    (tmp_path / "empty").mkdir()
    with KnowledgeGraph.open(tmp_path / "empty", create=True) as graph:
        assert (graph.kind, graph.writable, len(graph)) == ("store", True, 0)


def test_a_store_keeps_what_was_added_and_removes_articles(tmp_path) -> None:
    with KnowledgeGraph.open(tmp_path / "s", create=True) as graph:
        first = graph.add([SEEDS], validate=False)
        assert len(first.changes.added) == 5
        assert not graph.add([str(SEEDS)], validate=False).changes.changed
    with KnowledgeGraph.open(tmp_path / "s") as graph:
        name = sorted(graph.articles())[0]
        assert graph.remove(name) and not graph.remove(name)
        assert name not in graph.articles() and len(graph.articles()) == 4


def test_one_user_of_a_store_at_a_time(tmp_path) -> None:
    with KnowledgeGraph.open(tmp_path / "s", create=True) as graph:
        with pytest.raises(StoreLockedError, match="open elsewhere") as info:
            KnowledgeGraph.open(tmp_path / "s")
        assert isinstance(info.value, OSError)
    KnowledgeGraph.open(tmp_path / "s").close()  # closing released the lock


def test_query_rows(files) -> None:
    with KnowledgeGraph.open(files["trig"]) as graph:
        rows = graph.query("SELECT ?a ?nothing WHERE { ?a a schema:NewsArticle OPTIONAL { ?a kg:none ?nothing } }")
        assert isinstance(rows, Rows) and rows.variables == ("a", "nothing")
        assert len(rows) == 5 and all(r["nothing"] is None and r["a"].startswith("https://") for r in rows)
        assert graph.query("ASK { ?s a schema:NewsArticle }") == [{"ask": "true"}]
        with pytest.raises(QueryError, match="^SPARQL: "):
            graph.query("SELEC nothing")


def test_to_rdflib_binds_our_prefixes_only_and_sees_every_graph(files) -> None:
    with KnowledgeGraph.open(files["trig"]) as graph:
        dataset = graph.to_rdflib()
        count = len(graph)
    assert isinstance(dataset, Dataset)
    prefixes = dict(dataset.namespace_manager.namespaces())
    assert prefixes["schema"] == URIRef("http://schema.org/") and "brick" not in prefixes
    assert sum(len(g) for g in dataset.graphs()) == count
    rows = list(dataset.query("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <http://schema.org/NewsArticle> }"))
    assert int(rows[0][0]) == 5  # the default graph is the union (as in KnowledgeGraph.query)
    assert "@prefix schema: <http://schema.org/>" in dataset.serialize(format="trig")


def test_validate_a_store_a_file_and_a_broken_file(tmp_path, files) -> None:
    with KnowledgeGraph.memory() as graph:
        graph.add(SEEDS, validate=False)
        assert graph.validate().conforms
    assert KnowledgeGraph.open(files["trig"]).validate().conforms
    text = files["ttl"].read_text(encoding="utf-8")
    broken = tmp_path / "broken.ttl"
    broken.write_text(re.sub(r'schema:datePublished "[^"]*"', 'schema:datePublished "2024-13-45"', text, count=1),
                      encoding="utf-8")
    assert broken.read_text(encoding="utf-8") != text
    report = KnowledgeGraph.open(broken).validate()
    assert not report.conforms and report.count("Violation") >= 1


def test_export_needs_a_known_format(tmp_path) -> None:
    with KnowledgeGraph.memory() as graph:
        with pytest.raises(GraphFormatError, match="unknown export format"):
            graph.export(tmp_path / "graph.txt")
        assert graph.export(tmp_path / "x.data", "nquads").exists()


def test_a_closed_graph_says_so() -> None:
    graph = KnowledgeGraph.memory()
    graph.close()
    graph.close()
    assert "closed" in repr(graph)
    with pytest.raises(NotSupportedError, match="closed"):
        graph.query(ARTICLES)
