"""Every command through click's CliRunner."""
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

from conftest import SEEDS


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out, result


def test_build_summary_and_files(built):
    out, result = built
    assert "5 articles" in result.output and "0 violations" in result.output
    for name in ("graph.trig", "graph.ttl", "validation.txt"):
        assert (out / name).stat().st_size > 0


def test_validate(built):
    out, _ = built
    result = CliRunner().invoke(main, ["validate", str(out / "graph.ttl")])
    assert result.exit_code == 0, result.output


def test_validate_fails_on_a_broken_graph(built, tmp_path):
    out, _ = built
    broken = tmp_path / "broken.ttl"
    text = (out / "graph.ttl").read_text(encoding="utf-8")
    bad = re.sub(r'schema:datePublished "[^"]*"', 'schema:datePublished "2024-13-45"', text, count=1)
    assert bad != text
    broken.write_text(bad, encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(broken)])
    assert result.exit_code == 1
    assert "kgr:article/" in result.output and "datePublished" in result.output


def test_facts_per_article_and_merged(built):
    out, _ = built
    result = CliRunner().invoke(main, ["facts", str(out / "graph.trig")])
    docs = json.loads(result.output)
    assert sorted(d["doc"] for d in docs) == sorted(p.name for p in SEEDS.iterdir())
    merged = json.loads(CliRunner().invoke(main, ["facts", str(out / "graph.trig"), "--merged"]).output)
    assert merged[0]["doc"] == "*" and len(merged[0]["agreements"]) >= 2


def test_facts_on_turtle_needs_merged(built):
    out, _ = built
    result = CliRunner().invoke(main, ["facts", str(out / "graph.ttl")])
    assert result.exit_code == 2
    ok = CliRunner().invoke(main, ["facts", str(out / "graph.ttl"), "--merged"])
    assert ok.exit_code == 0 and json.loads(ok.output)[0]["agreements"]


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_query_formats(built, fmt):
    out, _ = built
    q = "SELECT DISTINCT ?a WHERE { GRAPH <https://w3id.org/newskg/id/graph/merged> { ?a a kg:Agreement } }"
    result = CliRunner().invoke(main, ["query", str(out / "graph.trig"), q, "--format", fmt])
    assert result.exit_code == 0, result.output
    assert "agreement/" in result.output


def test_query_from_file_and_bad_query(built, tmp_path):
    out, _ = built
    q = tmp_path / "q.rq"
    q.write_text("ASK { ?s a schema:NewsArticle }", encoding="utf-8")
    assert "true" in CliRunner().invoke(main, ["query", str(out / "graph.trig"), "--file", str(q)]).output
    bad = CliRunner().invoke(main, ["query", str(out / "graph.trig"), "SELEC nothing"])
    assert bad.exit_code == 2


def test_eval_prints_the_language_table(eval_dir):
    result = CliRunner().invoke(main, ["eval", str(eval_dir / "gold" / "seeds.json"), str(SEEDS)])
    assert result.exit_code == 0, result.output
    assert "lang zh" in result.output and "lang ar" in result.output
    assert result.output.strip().splitlines()[-1].startswith("F1 ")


def test_bad_inputs_are_skipped_with_one_line_each(tmp_path):
    good = tmp_path / "in"
    good.mkdir()
    (good / "ok.txt").write_text((SEEDS / "004_6bd7e0b00256c35c.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (good / "empty.txt").write_bytes(b"")
    (good / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (good / "gbk.txt").write_bytes("俄罗斯与伊朗签署了全面战略伙伴关系条约。".encode("gb18030"))
    (good / "cp1256.txt").write_bytes("وقع بوتين معاهدة مع كوريا الشمالية".encode("cp1256"))
    result = CliRunner().invoke(main, ["build", str(good), str(tmp_path / "missing"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    for name in ("empty.txt", "binary.txt", "gbk.txt", "cp1256.txt", "missing"):
        hits = [l for l in lines if name in l and l.startswith("warning:")]
        assert len(hits) == 1, (name, result.output)
    assert "1 articles" in result.output and "5 skipped" in result.output


def test_nothing_readable_is_a_usage_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["build", str(tmp_path), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2


def test_help_teaches():
    result = CliRunner().invoke(main, ["--help"])
    assert "Examples:" in result.output and "kg build seeds/" in result.output
    for command in ("build", "validate", "facts", "query", "eval"):
        assert CliRunner().invoke(main, [command, "--help"]).exit_code == 0


def test_a_folder_that_is_no_store_is_refused_and_left_alone(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("text", encoding="utf-8")
    for args in (["build", str(SEEDS), "--store", str(folder)], ["query", "--store", str(folder), "ASK {}"]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 1 and "not a kg store" in result.output, result.output
    assert [p.name for p in folder.iterdir()] == ["a.txt"]


def test_graph_and_store_exclude_each_other_and_a_missing_store_says_how_to_make_one(built, tmp_path):
    out, _ = built
    both = CliRunner().invoke(main, ["facts", str(out / "graph.trig"), "--store", str(tmp_path)])
    assert both.exit_code == 2 and "one of them" in both.output
    missing = CliRunner().invoke(main, ["validate", "--store", str(tmp_path / "nope")])
    assert missing.exit_code == 2 and "make one with kg build --store" in missing.output


def test_a_store_in_use_is_read_beside_the_writer_and_a_second_writer_gets_one_line(tmp_path):
    from kg.graph import KnowledgeGraph
    store = str(tmp_path / "s")
    assert CliRunner().invoke(main, ["build", str(SEEDS), "--store", store, "-q", "--no-validate"]).exit_code == 0
    with KnowledgeGraph.open(store):  # a build holding the store
        facts = CliRunner().invoke(main, ["facts", "--store", store])
        query = CliRunner().invoke(main, ["query", "--store", store, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"])
        second = CliRunner().invoke(main, ["build", str(SEEDS), "--store", store, "-q"])
        remove = CliRunner().invoke(main, ["remove", "x.txt", "--store", store])
        assert facts.exit_code == 0 and json.loads(facts.output) and query.exit_code == 0, facts.output + query.output
    for result in (second, remove):
        assert result.exit_code == 1 and "open elsewhere" in result.output and "Traceback" not in result.output


def test_validate_a_store_checks_every_named_graph(tmp_path):
    store = str(tmp_path / "s")
    assert CliRunner().invoke(main, ["build", str(SEEDS), "--store", store, "-q", "--no-validate"]).exit_code == 0
    result = CliRunner().invoke(main, ["validate", "--store", store])
    assert result.exit_code == 0 and result.output.strip().splitlines()[-1].startswith("Conforms:")


def test_serve_is_given_the_store_and_releases_it(tmp_path, monkeypatch):
    import kg.serve
    from kg.graph import KnowledgeGraph
    store = tmp_path / "s"
    CliRunner().invoke(main, ["build", str(SEEDS), "--store", str(store), "-q", "--no-validate"])
    seen = []
    real = kg.serve.make_server

    def made(graph, host, port, *rest):
        seen.append((graph.kind, len(graph), port))
        return real(graph, host, port, *rest)

    monkeypatch.setattr(kg.serve, "make_server", made)
    monkeypatch.setattr(kg.serve, "serve_forever", lambda server: server.server_close())  # bound, then stopped
    result = CliRunner().invoke(main, ["serve", "--store", str(store), "--port", "7999"])
    assert result.exit_code == 0 and seen and seen[0][0] == "store" and seen[0][1] > 0 and seen[0][2] == 7999
    KnowledgeGraph.open(store).close()  # the lock is free again


def test_every_command_has_help_with_an_example():
    for command in ("build", "validate", "facts", "query", "export", "remove", "load", "serve", "eval"):
        result = CliRunner().invoke(main, [command, "--help"])
        assert result.exit_code == 0 and f"  kg {command} " in result.output, command


def test_export_takes_the_format_from_the_extension(tmp_path):
    store = str(tmp_path / "s")
    CliRunner().invoke(main, ["build", str(SEEDS), "--store", store, "-q", "--no-validate"])
    for name, fmt in (("kg.ttl", "turtle"), ("kg.nq", "nquads"), ("kg.data", "trig")):
        result = CliRunner().invoke(main, ["export", "--store", store, "-o", str(tmp_path / name)])
        assert result.exit_code == 0 and f"({fmt})" in result.output, result.output
    assert CliRunner().invoke(main, ["validate", str(tmp_path / "kg.ttl")]).exit_code == 0


def test_eval_explains_errors_and_tables_fields(tmp_path):
    (tmp_path / "a.txt").write_text("Kenya and Ghana signed a trade agreement in Accra on 3 May 2021.\n",
                                    encoding="utf-8")
    parties = [{"qid": "Q114", "names": ["Kenya"]}, {"qid": "Q117", "names": ["Ghana"]}]
    gold = [{"doc": "a.txt", "language": "en", "published": None, "publisher": None, "agreements": [
        {"parties": parties, "status": "ratified", "signed_on": "2021-05-03", "signed_at": None,
         "signatories": [], "duration": None, "mutual_defense": None}]}]
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(tmp_path / "gold.json"), str(tmp_path / "a.txt"),
                                       "--explain", "--by-field"])
    assert result.exit_code == 0, result.output
    assert "F1 by field" in result.output and re.search(r"^status\s", result.output, re.M)
    assert "status: gold='ratified' pred='signed'" in result.output
    assert "> Kenya and Ghana signed a trade agreement in Accra on 3 May 2021." in result.output


def test_a_build_of_nothing_leaves_no_empty_store(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["build", "nosuch"])
    assert result.exit_code == 2 and "nosuch" in result.output
    assert not (tmp_path / "kg-store").exists()



def test_a_port_in_use_is_one_line(tmp_path):
    import socket
    store = tmp_path / "s"
    CliRunner().invoke(main, ["build", str(SEEDS), "--store", str(store), "-q", "--no-validate"])
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--store", str(store), "--port", str(port)])
    assert result.exit_code == 1 and f"cannot serve on 127.0.0.1:{port}" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_the_readme_example_query_gives_one_row_per_agreement(built):
    """The first query a reader copies from the README must not repeat an agreement per article or name."""
    out, result = built
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    sparql = re.search(r"kg query out/graph\.trig '([^']+)'", readme).group(1)
    shown = CliRunner().invoke(main, ["query", str(out / "graph.trig"), sparql, "--format", "json"])
    rows = json.loads(shown.output)
    agreements = re.search(r"(\d+) agreements", result.output).group(1)
    assert len(rows) == int(agreements) == len({r["a"] for r in rows}), rows


def test_a_build_without_validation_says_so_instead_of_zero_violations(tmp_path):
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path), "--no-validate"])
    assert result.exit_code == 0 and "not validated" in result.output and "violations" not in result.output
