"""The ``kg`` command: a thin click layer over :mod:`kg.pipeline`.

Exit codes: 0 success, 1 the graph does not conform (or a check failed), 2 usage error.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import click

from kg import __version__

EPILOG = """\b
Examples:
  kg build seeds/ --out out/
  kg validate out/graph.ttl
  kg query out/graph.trig 'SELECT ?a WHERE { GRAPH ?g { ?a a kg:Agreement } }'
  kg facts out/graph.trig --merged > facts.json
  kg eval ../shared/eval/gold/seeds.json seeds/
"""


@click.group(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Turn news articles about international agreements into a validated RDF knowledge graph.

    Articles (RSS items with HTML, or plain text; Chinese, Arabic, Persian,
    Russian, English, French...) are read, their agreements extracted with the
    sentence each fact came from, linked to Wikidata, and written as RDF that
    follows ontology/kg.ttl and is validated by shapes/kg.ttl.
    """


def _progress(quiet: bool):
    def report(n: int, path: str) -> None:
        if not quiet and n % 100 == 0:
            click.echo(f"  {n} files read...", err=True)
    return report


def _skip(err) -> None:
    click.echo(f"warning: {err}", err=True)


@main.command("build")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
              show_default=True, help="Folder for graph.trig, graph.ttl and validation.txt.")
@click.option("--quiet", "-q", is_flag=True, help="Only the summary line.")
def build_cmd(inputs: tuple[str, ...], out_dir: Path, quiet: bool) -> None:
    """Build the graph from article files and folders (INPUTS).

    Writes OUT/graph.trig (one named graph per article plus the merged graph),
    OUT/graph.ttl (merged graph with article metadata and evidence) and
    OUT/validation.txt. Unreadable inputs are skipped with a one-line reason.
    Exits 0 when the graph conforms to the shapes, 1 when it does not.
    """
    from kg.pipeline import build, write_outputs
    result = build(list(inputs), on_progress=_progress(quiet), on_skip=_skip)
    if not result.documents:
        raise click.UsageError("no readable article among the inputs")
    paths = write_outputs(result, out_dir)
    click.echo(result.summary())
    if not quiet:
        click.echo(f"wrote {paths['trig']}, {paths['ttl']}, {paths['report']}", err=True)
    sys.exit(0 if result.report is None or result.report.conforms else 1)


@main.command("validate")
@click.argument("graph", type=click.Path(exists=True, dir_okay=False))
def validate_cmd(graph: str) -> None:
    """Validate GRAPH (.ttl, .trig, .nt, .nq, .jsonld) against shapes/.

    Prints one line per violation naming the node, then a summary; exits 1
    when the graph does not conform.
    """
    from kg.validate import validate_file
    try:
        report = validate_file(graph)
    except Exception as exc:  # parse errors: say which file and why, in one line
        raise click.ClickException(f"{graph}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")
    click.echo(report.text())
    sys.exit(0 if report.conforms else 1)


@main.command("facts")
@click.argument("graph", type=click.Path(exists=True, dir_okay=False))
@click.option("--merged", is_flag=True, help="One document '*' with the agreements merged across articles.")
def facts_cmd(graph: str, merged: bool) -> None:
    """Print the agreement facts in GRAPH as JSON (shared/eval/FORMAT.md).

    Computed by SPARQL from the graph. Per-article facts need the TriG file
    (named graphs); a Turtle file holds the merged view only.
    """
    from kg.facts import article_facts, merged_facts, open_store
    from kg.pipeline import dump_json
    store = open_store(graph)
    if merged:
        data = merged_facts(store)
    else:
        data = article_facts(store)
        if not data and Path(graph).suffix.lower() in (".ttl", ".nt"):
            raise click.UsageError(f"{graph} has no per-article graphs: use graph.trig, or pass --merged")
    click.echo(dump_json(data))


@main.command("query")
@click.argument("graph", type=click.Path(exists=True, dir_okay=False))
@click.argument("sparql", required=False)
@click.option("--file", "-f", "query_file", type=click.Path(exists=True, dir_okay=False),
              help="Read the query from a file.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def query_cmd(graph: str, sparql: Optional[str], query_file: Optional[str], fmt: str) -> None:
    """Run a SPARQL query over GRAPH (our prefixes kg:, schema:, oa:, prov:, wd:... are predeclared).

    \b
    kg query out/graph.trig 'SELECT ?name WHERE { GRAPH ?g { ?a a kg:Agreement ; schema:name ?name } }'
    """
    from kg.facts import open_store
    from kg.query import format_rows, run_query
    if bool(sparql) == bool(query_file):
        raise click.UsageError("give the query as an argument or with --file, not both")
    text = Path(query_file).read_text(encoding="utf-8") if query_file else sparql
    try:
        variables, rows = run_query(open_store(graph), text)
    except SyntaxError as exc:
        raise click.UsageError(f"SPARQL: {exc}")
    click.echo(format_rows(variables, rows, fmt), nl=False)


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("inputs", nargs=-1, required=True)
@click.option("--merged", is_flag=True, help="Score the merged view (gold with one document '*').")
@click.option("--show-errors", is_flag=True, help="List every missed and spurious fact.")
def eval_cmd(gold: str, inputs: tuple[str, ...], merged: bool, show_errors: bool) -> None:
    """Build INPUTS, read the facts back from the graph and score them against GOLD.

    Prints precision, recall and F1 overall, by field and by language (the
    rules of shared/eval/score.py).
    """
    from kg.facts import article_facts, merged_facts
    from kg.pipeline import build
    from kg.score import score
    result = build(list(inputs), validate=False, on_skip=_skip)
    store = result.store.store
    predicted = merged_facts(store) if merged else article_facts(store)
    with open(gold, encoding="utf-8") as fh:
        gold_docs = json.load(fh)
    report = score(gold_docs, predicted)
    click.echo(report.table())
    if show_errors:
        for line in report.errors:
            click.echo(f"  - {line}")


if __name__ == "__main__":
    main()
