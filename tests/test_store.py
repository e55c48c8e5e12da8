"""The persistent store: no-op re-runs, replacement, removal, merging across sets, canned queries."""
import shutil
from pathlib import Path

import pyoxigraph as ox
from urllib.parse import unquote

import pytest
from click.testing import CliRunner

from kg.canned import bind, list_queries
from kg.cli import main
from kg.facts import merged_facts
from kg.graph import KnowledgeGraph
from kg.merge import MERGED
from kg.pipeline import build
from kg.query import run_query
from kg.score import score
from kg.store import GraphStore
from kg.vocab import KG, KGR, RDF

from conftest import SEEDS, load_json

RU_IR = ox.NamedNode(f"{KGR}agreement/Q159_Q794")
RU_KP = ox.NamedNode(f"{KGR}agreement/Q159_Q423")


def _merged(store: GraphStore, s=None, p=None) -> list:
    return [q.object for q in store.store.quads_for_pattern(s, p, None, MERGED)]


def test_a_store_gives_the_facts_of_the_files_built_from_the_same_inputs(tmp_path):
    with KnowledgeGraph.open(tmp_path / "store", create=True) as store, KnowledgeGraph.memory() as memory:
        store.add(SEEDS, validate=False)
        memory.add(SEEDS, validate=False)
        trig = KnowledgeGraph.open(memory.export(tmp_path / "graph.trig"))
        for merged in (False, True):
            assert store.facts(merged) == trig.facts(merged) == memory.facts(merged)


def test_seeds_alone_into_a_store_score_merged(tmp_path, eval_dir):
    store = GraphStore(tmp_path / "store")
    build([str(SEEDS)], validate=False, store=store)
    got = score(load_json(eval_dir / "gold" / "seeds_merged.json"), merged_facts(store.store))
    assert got.f1 >= 0.95, got.table()


@pytest.fixture(scope="module")
def seeds_and_dev(tmp_path_factory, eval_dir):
    store = GraphStore(tmp_path_factory.mktemp("store") / "kg")
    build([str(SEEDS)], validate=False, store=store)
    build([str(eval_dir / "dev")], validate=False, store=store)
    return store


def test_one_node_per_agreement_with_the_sources_of_both_sets(seeds_and_dev):
    store = seeds_and_dev
    agreements = {q.subject for q in store.store.quads_for_pattern(None, ox.NamedNode(str(RDF.type)),
                                                                   ox.NamedNode(str(KG.Agreement)), MERGED)}
    assert RU_IR in agreements and RU_KP in agreements
    for node in (RU_IR, RU_KP):
        parties = _merged(store, node, ox.NamedNode(str(KG.party)))
        assert len(parties) == 2
        sources = {unquote(o.value.rsplit("/", 1)[-1]).rsplit("/", 1)[-1]
                   for o in _merged(store, node, ox.NamedNode(str(KG.reportedIn)))}
        assert any(s.startswith("dev_") for s in sources) and any(not s.startswith("dev_") for s in sources)


def test_merged_status_and_date_move_on(seeds_and_dev):
    facts = {frozenset(p["qid"] for p in a["parties"]): a for a in merged_facts(seeds_and_dev.store)[0]["agreements"]}
    ru_ir = facts[frozenset({"Q159", "Q794"})]
    assert ru_ir["status"] == "ratified"          # the seeds stop at signed; dev reports ratification
    assert ru_ir["signed_on"] == "2025-01-17"
    assert facts[frozenset({"Q159", "Q423"})]["signed_on"] == "2024-06-19"  # seeds say 2024-06; dev the day


def test_every_evidence_slice_equals_its_quote(seeds_and_dev):
    rows = seeds_and_dev.store.query("""
        PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX schema: <http://schema.org/>
        SELECT ?body ?exact ?start ?end WHERE { GRAPH ?g {
          ?t oa:hasSource ?a ; oa:hasSelector ?q, ?p . ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end .
          ?a schema:articleBody ?body } }""")
    n = 0
    for row in rows:
        assert row["body"].value[int(row["start"].value):int(row["end"].value)] == row["exact"].value
        n += 1
    assert n > 0


def test_rebuild_leaves_the_quads_identical(tmp_path):
    store = GraphStore(tmp_path / "s")
    first = build([str(SEEDS)], validate=False, store=store)
    before = set(store.store)
    again = build([str(SEEDS)], validate=False, store=store)
    assert first.changes.added and not again.changes.changed
    assert set(store.store) == before


def test_a_changed_article_replaces_its_graph_and_removal(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(SEEDS, src)
    store = GraphStore(tmp_path / "s")
    build([str(src)], validate=False, store=store)
    target = src / "004_6bd7e0b00256c35c.txt"
    target.write_text(target.read_text(encoding="utf-8").replace("وفي يونيو، وقّع", "وفي يوليو، وقّع"), encoding="utf-8")
    result = build([str(src)], validate=False, store=store)
    assert result.changes.replaced == ["in/004_6bd7e0b00256c35c.txt"] and len(result.changes.unchanged) == 4
    assert store.remove_article("004_6bd7e0b00256c35c.txt")  # by its file name: one article has it
    assert "in/004_6bd7e0b00256c35c.txt" not in store.article_ids()
    reported = {o.value for o in _merged(store, None, ox.NamedNode(str(KG.reportedIn)))}
    assert not any(v.endswith("004_6bd7e0b00256c35c.txt") for v in reported)
    assert not store.remove_article("004_6bd7e0b00256c35c.txt")


def test_conflicting_claims_finds_a_seeded_disagreement(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Treaty signed\n\nFrance and Germany signed a defence treaty in Paris on March 3, 2024.", encoding="utf-8")
    b.write_text("Treaty signed\n\nFrance and Germany signed a defence treaty in Berlin on March 5, 2024.", encoding="utf-8")
    store = GraphStore()
    build([str(a), str(b)], validate=False, store=store)
    query = next(q for q in list_queries() if q.name == "conflicting-claims")
    _, rows = run_query(store.store, bind(query, {}))
    values = {(r[1].rsplit("#", 1)[-1], r[2]) for r in rows}
    assert ("date", "2024-03-03") in values and ("date", "2024-03-05") in values
    assert any(r[1].endswith("#place") for r in rows)


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_every_canned_query_runs_and_is_documented(seeds_and_dev, query):
    assert query.description
    _, found = run_query(seeds_and_dev.store, f"""SELECT ?a WHERE {{ GRAPH <{MERGED.value}> {{
        ?a a kg:Agreement ; kg:party <{KGR}entity/Q159> ; kg:hasEvent ?e }} }} ORDER BY ?a LIMIT 1""")
    agreement = found[0][0]  # one of Russia's, whatever the agreement IRIs look like
    _, reporting = run_query(seeds_and_dev.store, f"""SELECT ?r WHERE {{ GRAPH <{MERGED.value}> {{
        <{agreement}> kg:reportedIn ?r }} }} ORDER BY ?r LIMIT 1""")
    values = {"state": "Q159", "agreement": agreement, "subject": agreement, "article": reporting[0][0]}
    variables, rows = run_query(seeds_and_dev.store, bind(query, {p: values[p] for p in query.parameters}))
    assert variables
    if query.name not in ("articles-without-agreements", "conflicting-claims", "agreement-conflicts"):
        assert rows, query.name


def test_a_parameter_takes_several_values_for_values_clauses():
    """names takes the nodes of a whole page at once (VALUES), so a page asks once, not per row."""
    query = next(q for q in list_queries() if q.name == "names")
    text = bind(query, {"subject": ["Q159", "https://w3id.org/newskg/id/agreement/Q159_Q794"]})
    assert f"<{KGR}entity/Q159> <https://w3id.org/newskg/id/agreement/Q159_Q794>" in text
    with pytest.raises(ValueError, match="not an IRI"):
        bind(query, {"subject": ["Q159", "x y"]})


def test_store_workflow_through_the_cli(tmp_path):
    store = str(tmp_path / "kg-store")
    run = CliRunner().invoke
    first = run(main, ["build", str(SEEDS), "--store", store])
    assert first.exit_code == 0 and "5 added" in first.output, first.output
    assert "5 unchanged" in run(main, ["build", str(SEEDS), "--store", store]).output
    listed = run(main, ["query", "--list"])
    assert "agreements-of-state --param state=..." in listed.output
    out = run(main, ["query", "--store", store, "--name", "agreements-of-state", "--param", "state=Q159"])
    assert out.exit_code == 0 and "kgr:agreement/" in out.output
    assert run(main, ["query", "--store", store, "--name", "timeline"]).exit_code == 2
    assert run(main, ["query", "--store", store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"]).exit_code == 0
    assert run(main, ["validate", "--store", store]).exit_code == 0
    assert '"doc": "*"' in run(main, ["facts", "--store", store, "--merged"]).output
    for fmt, ext in (("turtle", "ttl"), ("trig", "trig"), ("nquads", "nq"), ("ntriples", "nt"), ("jsonld", "jsonld")):
        path = tmp_path / f"export.{ext}"
        assert run(main, ["export", "--store", store, "--format", fmt, "-o", str(path)]).exit_code == 0
        assert path.stat().st_size > 1000
    removed = run(main, ["remove", "000_e3164c58d8428c00.txt", "--store", store])
    assert removed.exit_code == 0 and "removed 1" in removed.output
    assert run(main, ["remove", "nope.txt", "--store", store]).exit_code == 1
    assert run(main, ["facts", "--store", str(tmp_path / "missing")]).exit_code == 2


def test_two_articles_with_one_file_name_are_both_kept(tmp_path):
    """Feeds full of item.txt: identity is the URL, else folder/file; removal by file name asks which."""
    for feed, text in (("feed-a", "Kenya and Ghana signed a trade agreement in Accra on 3 May 2021."),
                       ("feed-b", "Peru and Chile signed a fisheries agreement in Lima on 4 June 2022.")):
        (tmp_path / feed).mkdir()
        (tmp_path / feed / "item.txt").write_text(text, encoding="utf-8")
    store = GraphStore(tmp_path / "s")
    build([str(tmp_path / "feed-a")], validate=False, store=store)
    build([str(tmp_path / "feed-b")], validate=False, store=store)
    assert set(store.article_ids()) == {"feed-a/item.txt", "feed-b/item.txt"}
    one = build([str(tmp_path / "feed-a"), str(tmp_path / "feed-b")], validate=False)
    assert sorted(d.identity for d in one.documents) == ["feed-a/item.txt", "feed-b/item.txt"]
    with pytest.raises(ValueError, match="2 articles"):
        store.remove_article("item.txt")
    assert store.remove_article("feed-b/item.txt") and set(store.article_ids()) == {"feed-a/item.txt"}


def test_the_incremental_merge_equals_a_full_one_after_every_change(tmp_path):
    """Adds, replacements and removals in a seeded random order: after each, the merged graph the
    store kept up incrementally holds exactly the quads a merge from scratch gives."""
    import random
    from kg.merge import merged_quads
    synth = Path(__file__).resolve().parent / "data" / "synth"
    files = sorted(str(p) for p in list(SEEDS.glob("*.txt")) + list(synth.glob("*.txt")))
    rng = random.Random(11)
    store = GraphStore(tmp_path / "s")
    present: list[str] = []
    work = tmp_path / "in"
    work.mkdir()
    done: list[str] = []
    for step in range(24):
        action = rng.choice(["add", "add", "replace", "remove"]) if present else "add"
        if action == "add":
            source = Path(rng.choice(files))
            target = work / f"{step:02d}_{source.name}"
            shutil.copy(source, target)
            build([str(target)], validate=False, store=store)
            present.append(str(target))
        elif action == "replace":  # the same file, its text cut short: other facts
            target = Path(rng.choice(present))
            text = target.read_text(encoding="utf-8")
            target.write_text(text[: max(200, len(text) * 2 // 3)], encoding="utf-8")
            build([str(target)], validate=False, store=store)
        else:
            target = present.pop(rng.randrange(len(present)))
            assert store.remove_article(Path(target).name)
        kept = set(store.store.quads_for_pattern(None, None, None, MERGED))
        fresh = set(merged_quads(store.store))
        assert kept == fresh, f"step {step} ({action}): {len(kept - fresh)} stale, {len(fresh - kept)} missing"
        done.append(action)
    assert {"add", "replace", "remove"} <= set(done) and len(present) > 5
    assert any(True for _ in store.store.quads_for_pattern(None, ox.NamedNode(str(KG.party)), None, MERGED))
    store.close()
