"""Errors a user sees: each is one line on stderr naming the input and the reason, exit code not 0,
no traceback (issue 10). Every case runs the real command through click's runner."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

from conftest import SEEDS


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("errors")
    assert CliRunner().invoke(main, ["build", str(SEEDS), "--store", str(root / "st"), "-q", "--no-validate"]).exit_code == 0
    (root / "notes.md").write_text("# not a gold file\n", encoding="utf-8")
    (root / "wrong.json").write_text('[{"doc": "elsewhere.txt", "agreements": []}]', encoding="utf-8")
    return root


CASES = [
    # (arguments, what the one line must name)
    (["eval", "{root}/notes.md", str(SEEDS)], "notes.md"),
    (["eval", "{root}/wrong.json", str(SEEDS)], "none of its 1 documents"),
    (["load", "--store", "{root}/st", "--endpoint", "notaurl"], "notaurl"),
    (["query", "--endpoint", "notaurl", "SELECT * WHERE { ?s ?p ?o }"], "notaurl"),
    (["export", "--store", "{root}/st", "-o", "/nonexistent/dir/x.ttl"], "/nonexistent/dir/x.ttl"),
    (["serve", "--store", "{root}/st", "--host", "999.1.1.1"], "999.1.1.1"),
    (["query", "--store", "{root}/st", "--name", "agreements-of-state", "--param", "Q159"], "--param Q159"),
    (["query", "--store", "{root}/st", "--name", "agreements-of-state", "--param", "state=Q1> } ; DROP ALL ; {"],
     "--param state"),
    (["query", "--store", "{root}/st", "--name", "agreements-of-state", "--param", "country=Q159"], "country"),
    (["query", "--store", "{root}/st", "SELECT ?x WHERE { ?x ?y }"], "line 1"),
    (["query", "--store", "{root}/nostore", "SELECT * WHERE { ?s ?p ?o }"], "nostore"),
    (["remove", "nosuch.txt", "--store", "{root}/st"], "nosuch.txt"),
    (["validate", "{root}/notes.md"], "notes.md"),
]


@pytest.mark.parametrize("args, named", CASES, ids=[" ".join(a[:2]) + f" [{i}]" for i, (a, _n) in enumerate(CASES)])
def test_one_line_naming_the_input(built: Path, args: list[str], named: str) -> None:
    result = CliRunner().invoke(main, [a.replace("{root}", str(built)) for a in args])
    assert result.exit_code != 0, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert named in lines[0] and "Traceback" not in result.output


def test_wikidata_forms_of_a_qid_name_the_same_state(built: Path) -> None:
    rows = set()
    for value in ("Q159", "wd:Q159", "http://www.wikidata.org/entity/Q159"):
        result = CliRunner().invoke(main, ["query", "--store", str(built / "st"), "--name", "agreements-of-state",
                                           "--param", f"state={value}", "--format", "csv"])
        assert result.exit_code == 0, result.output
        rows.add(result.output)
    assert len(rows) == 1 and rows.pop().count("\n") > 1
