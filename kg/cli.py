"""The ``kg`` command: a thin click layer over :class:`kg.graph.KnowledgeGraph`.

Exit codes: 0 success, 1 the graph does not conform (or a check failed), 2 usage error.
"""
from __future__ import annotations

import json
import shutil
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, Optional

import click

from kg import __version__

if TYPE_CHECKING:  # kg.graph is imported by the commands: --help stays fast
    from kg.graph import KnowledgeGraph

EPILOG = """\b
Examples:
  kg build seeds/                          # into the store ./kg-store (re-runs are no-ops)
  kg build seeds/ --out out/               # files: out/graph.trig, out/graph.ttl
  kg query --store kg-store --list         # canned queries
  kg query --store kg-store -n agreements-of-state -p state=Q159
  kg facts --store kg-store --merged > facts.json
  kg validate out/graph.ttl
  kg export --store kg-store --format turtle -o graph.ttl
  kg remove 000_e3164c58d8428c00.txt --store kg-store
  kg eval ../shared/eval/gold/seeds.json seeds/
  kg build feeds/ --shards shards/ --scheduler tcp://10.0.0.5:8786   # on a Dask cluster
  kg load --shards shards/ --endpoint http://127.0.0.1:7878 && kg merge --endpoint http://127.0.0.1:7878
"""


class _Main(click.Group):
    """Whatever goes wrong reaches the user as one line (``KG_DEBUG=1`` shows the traceback)."""

    def invoke(self, ctx: click.Context):
        import os
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit, KeyboardInterrupt):
            raise
        except Exception as exc:
            if os.environ.get("KG_DEBUG"):
                raise
            raise click.ClickException(_one_line(exc)) from None


def _one_line(exc: Exception) -> str:
    """An exception as one line: what it is about and why, no traceback."""
    if isinstance(exc, json.JSONDecodeError):
        return f"not JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        return f"{where}{exc.strerror or exc}"
    return " ".join(f"{type(exc).__name__}: {exc}".split())


@click.group(cls=_Main, epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Turn news articles about international agreements into a validated RDF knowledge graph.

    Articles (RSS items with HTML, or plain text; Chinese, Arabic, Persian,
    Russian, English, French...) are read, their agreements extracted with the
    sentence each fact came from, linked to Wikidata, and written as RDF that
    follows ontology/kg.ttl and is validated by shapes/kg.ttl.
    """


class _Progress:
    """Progress of a long build on stderr: a bar (files, articles/s, time left) on a terminal,
    a plain line every 100 files otherwise (logs, CI); nothing for a handful of files."""

    def __init__(self, quiet: bool) -> None:
        self.quiet, self.bar, self.start = quiet, None, time.monotonic()

    def __call__(self, done: int, total: int, path: str) -> None:
        if self.quiet or total < 20:
            return
        if sys.stderr.isatty():
            if self.bar is None:
                from tqdm import tqdm
                self.bar = tqdm(total=total, unit="file", desc="building", leave=False, file=sys.stderr)
            self.bar.update(1)
            if done == total:
                self.close()
        elif done % 100 == 0 or done == total:
            rate = done / max(time.monotonic() - self.start, 1e-9)
            left = f", about {(total - done) / rate:.0f} s left" if done < total else ""
            click.echo(f"  {done}/{total} files, {rate:.0f} files/s{left}", err=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _skip(err: Exception) -> None:
    click.echo(f"warning: {err}", err=True)


def _retry_line(message: str) -> None:
    click.echo(f"retrying: {message}", err=True)


DEFAULT_STORE = "kg-store"
KGR_GRAPH = "https://w3id.org/newskg/id/graph/"
SERVERS = ["fuseki", "graphdb", "oxigraph", "qlever", "virtuoso"]  # kg.remote.PRESETS (kept import-free)


def _store_option(help_text: str = "A kg store folder (made by kg build --store).") -> Callable:
    return click.option("--store", "store_dir", type=click.Path(file_okay=False), help=help_text)


class BadInput(click.ClickException):
    """What the user gave is wrong (a query, a parameter, a gold file): one line, exit 2."""

    exit_code = 2


@contextmanager
def _errors() -> Iterator[None]:
    """KnowledgeGraph's errors as click's: exit 2 for what the user typed, 1 for a bad graph or a busy store."""
    from kg.graph import GraphNotFoundError, KGError, NotSupportedError, QueryError
    try:
        yield
    except (GraphNotFoundError, NotSupportedError, QueryError) as exc:
        raise BadInput(str(exc)) from None
    except KGError as exc:
        raise click.ClickException(str(exc)) from None


def _open(graph: Optional[str], store_dir: Optional[str], write: bool = False) -> "KnowledgeGraph":
    """The graph named by GRAPH (a file) or --store DIR, exactly one of them; a store is opened
    read-only unless the command writes, so that it works while a build runs."""
    from kg.graph import GraphNotFoundError, KnowledgeGraph
    if bool(graph) == bool(store_dir):
        raise click.UsageError("give a GRAPH file or --store DIR (one of them)")
    with _errors():
        try:
            return KnowledgeGraph.open(store_dir or graph or "", read_only=not write)
        except GraphNotFoundError:
            if store_dir:
                raise GraphNotFoundError(f"{store_dir}: no such store (make one with kg build --store {store_dir})")
            raise


def _engine_option(f):
    from kg.validate import ENGINES
    return click.option("--engine", type=click.Choice(list(ENGINES)), default=None,
                        help="SHACL engine: turbo (pyshacl-turbo, fast; the default) or pyshacl (the reference).")(f)


@main.command("build")
@click.argument("inputs", nargs=-1, required=True)
@_store_option(f"Add to this persistent store (the default, as ./{DEFAULT_STORE}, unless --out is given).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write graph.trig, graph.ttl and validation.txt to this folder.")
@click.option("--quiet", "-q", is_flag=True, help="Only the summary line.")
@click.option("--no-validate", is_flag=True, help="Skip SHACL validation (validate later with kg validate).")
@_engine_option
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes for reading and extraction (default: the cores, one for small runs); "
                   "any number gives the same graph.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Make the articles on a Dask cluster: its scheduler's address or scheduler file, e.g. "
                   "--scheduler tcp://10.0.0.5:8786 or --scheduler scheduler.json. Inputs must be paths every "
                   "worker sees (a shared disk) or URLs (file://, s3://...); the same graph as one process.")
@click.option("--shards", "shards_dir", metavar="DIR",
              help="Write gzip N-Quads shards instead of a store: DIR/part-00000.nq.gz... (one per batch of "
                   "--files-per-shard inputs) and DIR/provenance.nq.gz, for kg load --shards DIR; e.g. "
                   "kg build feeds/ --shards shards/ --jobs 2. Each article graph is validated where it is "
                   "made; the merged view is made after loading (kg merge).")
@click.option("--files-per-shard", type=click.IntRange(min=1), default=64, show_default=True,
              help="Input files per batch sent to a worker (and per shard): e.g. --files-per-shard 500 for "
                   "100,000 files; batch N is always the same files, so a re-run gives the same shards.")
def build_cmd(inputs: tuple[str, ...], store_dir: Optional[str], out_dir: Optional[Path], quiet: bool,
              no_validate: bool, engine: Optional[str], jobs: Optional[int], scheduler: Optional[str],
              shards_dir: Optional[str], files_per_shard: int) -> None:
    """Build the graph from article files and folders (INPUTS).

    \b
    With --store DIR (the default workflow) articles are added to a persistent
    store: an unchanged article is a no-op, a changed one replaces its own
    graph, and the merged view is recomputed. With --out DIR the graph is
    written as files: graph.trig (one named graph per article, the merged
    graph, provenance), graph.ttl (merged graph with article metadata and
    evidence) and validation.txt. Unreadable inputs are skipped with a
    one-line reason. What a build changed is validated (each article graph
    written, the agreements re-merged, the provenance); kg validate --store
    checks everything. Exits 0 when that conforms to the shapes, 1 when not.

    \b
    kg build seeds/                      # into ./kg-store
    kg build seeds/ more/ --store my-kg  # files and folders, into my-kg/
    kg build seeds/ --out out/           # out/graph.trig, out/graph.ttl, out/validation.txt
    kg build feeds/ --jobs 2             # two worker processes (the same graph as one)
    kg build /shared/feeds --scheduler tcp://10.0.0.5:8786 --shards /shared/shards
    kg build file:///data/feeds --shards shards/ --jobs 2   # URLs are read through fsspec
    """
    from kg.graph import KnowledgeGraph
    from kg.pipeline import validation_text
    if shards_dir is not None:
        if store_dir is not None or out_dir is not None:
            raise click.UsageError("--shards writes shards instead of a store or files: leave out --store and --out")
        _build_shards(inputs, shards_dir, files_per_shard, jobs, scheduler, not no_validate, engine, quiet)
        return
    if store_dir is None and out_dir is None:
        store_dir = DEFAULT_STORE
    fresh = store_dir is not None and not Path(store_dir).exists()
    with _errors():
        graph = KnowledgeGraph.open(store_dir, create=True) if store_dir else KnowledgeGraph.memory()
    with graph, _errors():
        progress = _Progress(quiet)
        try:
            result = graph.add(inputs, validate=not no_validate, engine=engine, jobs=jobs, on_progress=progress,
                               on_skip=_skip, scheduler=scheduler, batch_size=files_per_shard)
        except _distributed_error() as exc:
            raise click.ClickException(str(exc)) from None
        finally:
            progress.close()
        if result.documents:
            if out_dir is not None:
                out_dir.mkdir(parents=True, exist_ok=True)
                trig, ttl = graph.export(out_dir / "graph.trig"), graph.export(out_dir / "graph.ttl")
                report = out_dir / "validation.txt"
                report.write_text(validation_text(result), encoding="utf-8")
                if not quiet:
                    click.echo(f"wrote {trig}, {ttl}, {report}", err=True)
            click.echo(result.summary())
    if not result.documents:
        if fresh:  # "kg build nosuch" leaves no empty store behind
            shutil.rmtree(store_dir, ignore_errors=True)
        raise click.UsageError("no readable article among the inputs")
    sys.exit(0 if result.report is None or result.report.conforms else 1)


def _distributed_error() -> type:
    from kg.distributed import DistributedError
    return DistributedError


def _build_shards(inputs: tuple[str, ...], folder: str, files_per_shard: int, jobs: Optional[int],
                  scheduler: Optional[str], validate: bool, engine: Optional[str], quiet: bool) -> None:
    """kg build --shards: batches on local processes or a Dask cluster, one shard each."""
    from kg.shards import build_shards
    start = time.monotonic()

    def on_shard(info, total: int) -> None:
        if not quiet and total > 1:
            done = info.index + 1
            click.echo(f"  shard {done}/{total}: {info.file}, {len(info.articles)} articles, "
                       f"{done / max(time.monotonic() - start, 1e-9) * files_per_shard:.0f} files/s", err=True)
    try:
        result = build_shards(inputs, folder, files_per_shard, jobs=jobs,
                              scheduler=scheduler, validate=validate, engine=engine, on_skip=_skip,
                              on_shard=on_shard)
    except _distributed_error() as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"{folder}: cannot write shards ({exc.strerror or exc})") from None
    for line in result.violations:
        click.echo(line)
    if not result.articles:
        raise click.UsageError("no readable article among the inputs")
    click.echo(result.summary())
    sys.exit(1 if result.violations else 0)


@main.command("remove")
@click.argument("articles", nargs=-1, required=True)
@_store_option()
def remove_cmd(articles: tuple[str, ...], store_dir: Optional[str]) -> None:
    """Take ARTICLES out of the store: each by its URL, its ``folder/file`` or its file name.

    Their graphs are removed and the merged view is recomputed; exits 1 if
    one of them was not in the store. A file name that articles from two
    folders share must be given with its folder (``feed-a/item.txt``).

    \b
    kg remove 000_e3164c58d8428c00.txt --store kg-store
    """
    with _open(None, store_dir or DEFAULT_STORE, write=True) as graph, _errors():
        missing = []
        for a in articles:
            try:
                if not graph.remove(a):
                    missing.append(a)
            except ValueError as exc:  # a file name that two folders' articles share
                raise click.ClickException(str(exc)) from None
        left = len(graph)
    for name in missing:
        click.echo(f"warning: {name}: not in the store", err=True)
    click.echo(f"removed {len(articles) - len(missing)} article(s); {left} quads left")
    sys.exit(1 if missing else 0)


@main.command("validate")
@click.argument("graph", required=False, type=click.Path(exists=True, dir_okay=False))
@_store_option()
@_engine_option
def validate_cmd(graph: Optional[str], store_dir: Optional[str], engine: Optional[str]) -> None:
    """Validate GRAPH (.ttl, .trig, .nt, .nq, .jsonld) or a --store against shapes/.

    Every named graph is checked on its own (an article graph must stand
    alone), plus that each evidence quote is the article text at its offsets.
    Prints one line per violation naming the graph and node, then a summary;
    exits 1 when the graph does not conform.

    \b
    kg validate out/graph.ttl
    kg validate --store kg-store
    kg validate --store kg-store --engine pyshacl   # the reference engine
    """
    with _open(graph, store_dir) as source, _errors():
        report = source.validate(engine=engine)
    click.echo(report.text())
    sys.exit(0 if report.conforms else 1)


@main.command("facts")
@click.argument("graph", required=False, type=click.Path(exists=True, dir_okay=False))
@_store_option()
@click.option("--merged", is_flag=True, help="One document '*' with the agreements merged across articles.")
def facts_cmd(graph: Optional[str], store_dir: Optional[str], merged: bool) -> None:
    """Print the agreement facts in GRAPH or a --store as JSON (shared/eval/FORMAT.md).

    Computed by SPARQL from the graph. Per-article facts need named graphs
    (TriG, N-Quads or a store); a Turtle file holds the merged view only.

    \b
    kg facts out/graph.trig > facts.json
    kg facts --store kg-store --merged
    """
    from kg.pipeline import dump_json
    with _open(graph, store_dir) as source, _errors():
        data = source.facts(merged=merged)
    click.echo(dump_json(data))


@main.command("query")
@click.argument("graph", required=False)
@click.argument("sparql", required=False)
@_store_option()
@click.option("--file", "-f", "query_file", type=click.Path(exists=True, dir_okay=False),
              help="Read the query from a file.")
@click.option("--name", "-n", "canned", help="Run a canned query (see --list).")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="A canned query's parameter (a QID such as Q159, or an IRI).")
@click.option("--list", "list_only", is_flag=True, help="List the canned queries and their parameters.")
@click.option("--endpoint", help="Query a remote SPARQL endpoint (base URL; see --server) instead.")
@click.option("--server", type=click.Choice(SERVERS), default="oxigraph", show_default=True,
              help="Endpoint layout of --endpoint.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--timeout", type=click.FloatRange(min=0.1), default=60.0, show_default=True,
              help="Seconds to wait for --endpoint to answer (each try; three retries).")
def query_cmd(graph: Optional[str], sparql: Optional[str], store_dir: Optional[str], query_file: Optional[str],
              canned: Optional[str], params: tuple[str, ...], list_only: bool, endpoint: Optional[str],
              server: str, fmt: str, timeout: float) -> None:
    """Run SPARQL over GRAPH or a --store (prefixes kg:, schema:, oa:, prov:, wd:... are predeclared).

    \b
    kg query out/graph.trig 'SELECT DISTINCT ?a WHERE { GRAPH <https://w3id.org/newskg/id/graph/merged> { ?a a kg:Agreement } }'
    kg query --store kg-store --name agreements-of-state --param state=Q159
    kg query --list
    """
    from kg.canned import bind, get_query, list_queries
    from kg.query import format_rows
    if list_only:
        for q in list_queries():
            args = " ".join(f"--param {p}=..." for p in q.parameters)
            click.echo(f"{q.name} {args}".rstrip() + f"\n    {q.description}")
        return
    if (store_dir or endpoint) and graph and not sparql:  # kg query --store DIR 'SELECT ...'
        graph, sparql = None, graph
    sources = [bool(sparql), bool(query_file), bool(canned)]
    if sum(sources) != 1:
        raise click.UsageError("give the query as an argument, with --file, or with --name (one of them)")
    if canned:
        try:
            bad = next((p for p in params if "=" not in p), None)
            if bad is not None:
                raise ValueError(f"--param {bad}: expected NAME=VALUE (for example state=Q159)")
            values = dict(p.split("=", 1) for p in params)
            text = bind(get_query(canned), values)
        except (KeyError, ValueError) as exc:
            raise BadInput(str(exc).strip("'\"")) from None
    else:
        text = Path(query_file).read_text(encoding="utf-8") if query_file else (sparql or "")
    if endpoint:
        from kg.remote import Remote, RemoteError
        from kg.vocab import sparql_prefixes
        try:
            variables, rows = Remote(endpoint, server, timeout=timeout, on_retry=_retry_line).query(
                sparql_prefixes() + text)
        except RemoteError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)
        click.echo(format_rows(variables, rows, fmt), nl=False)
        return
    with _open(graph, store_dir) as source, _errors():
        result = source.query(text)
    cells = [["" if row[v] is None else str(row[v]) for v in result.variables] for row in result]
    click.echo(format_rows(list(result.variables), cells, fmt), nl=False)


@main.command("export")
@_store_option()
@click.option("--format", "fmt", type=click.Choice(["turtle", "trig", "nquads", "ntriples", "jsonld"]),
              help="trig/nquads/jsonld: every named graph; turtle/ntriples: the merged view with evidence. "
                   "[default: told by the --output extension, else trig]")
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False), help="File to write.")
def export_cmd(store_dir: Optional[str], fmt: Optional[str], output: str) -> None:
    """Write a --store to a file (streamed by pyoxigraph).

    \b
    kg export --store kg-store -o kg.trig                    # every named graph
    kg export --store kg-store -o kg.ttl                     # the merged view, as graph.ttl
    kg export --store kg-store --format nquads -o kg.data
    """
    from kg.store import EXTENSIONS
    fmt = fmt or EXTENSIONS.get(Path(output).suffix.lower(), "trig")
    with _open(None, store_dir or DEFAULT_STORE) as graph, _errors():
        try:
            graph.export(output, fmt)
        except OSError as exc:
            raise click.ClickException(f"{output}: cannot write ({exc.strerror or exc})") from None
        count = len(graph)
    click.echo(f"wrote {output} ({fmt}) from {count} quads")


@main.command("load")
@click.argument("graph", required=False, type=click.Path(exists=True, dir_okay=False))
@_store_option("Load this store instead of a GRAPH file.")
@click.option("--shards", "shards_dir", metavar="DIR",
              help="Load the shards of kg build --shards DIR, several at a time (--parallel), e.g. "
                   "kg load --shards shards/ --endpoint http://127.0.0.1:7878; then run kg merge.")
@click.option("--parallel", type=click.IntRange(1, 64), default=4, show_default=True,
              help="Shards sent at once with --shards (e.g. --parallel 8 for a server with 8 cores).")
@click.option("--print-bulk-command", is_flag=True,
              help="With --shards: print the command of the server's own bulk loader for them (oxigraph load, "
                   "Virtuoso's ld_dir, QLever's IndexBuilderMain...) and the merge step, and load nothing; e.g. "
                   "kg load --shards shards/ --server virtuoso --print-bulk-command.")
@click.option("--location", metavar="DIR", help="With --print-bulk-command --server oxigraph: the database folder "
                                                "to load into (default oxigraph-data).")
@click.option("--endpoint", help="Base URL of the server, e.g. http://127.0.0.1:7878.")
@click.option("--server", type=click.Choice(SERVERS), default="oxigraph", show_default=True,
              help="Endpoint layout preset (paths below the base URL).")
@click.option("--graph", "target_graph", help="Load every triple into this one graph IRI.")
@click.option("--per-article-graphs", is_flag=True,
              help="Keep each named graph as it is (the default for TriG, N-Quads and stores).")
@click.option("--protocol", type=click.Choice(["gsp", "update"]), default="gsp", show_default=True,
              help="Graph Store HTTP Protocol, or SPARQL 1.1 Update (INSERT DATA batches).")
@click.option("--user", help="User name (the password comes from --password-env or ~/.netrc).")
@click.option("--password-env", metavar="VAR", help="Name of the environment variable holding the password.")
@click.option("--replace", is_flag=True,
              help="Swap each graph whole: load into a staging graph, then replace in one update.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=60.0, show_default=True,
              help="Seconds to wait for each request's answer (three retries with backoff).")
@click.option("--batch-size", type=click.IntRange(1), default=50_000, show_default=True,
              help="Triples per request.")
def load_cmd(graph: Optional[str], store_dir: Optional[str], shards_dir: Optional[str], parallel: int,
             print_bulk_command: bool, location: Optional[str], endpoint: Optional[str], server: str,
             target_graph: Optional[str], per_article_graphs: bool, protocol: str, user: Optional[str],
             password_env: Optional[str], replace: bool, batch_size: int, timeout: float) -> None:
    """Load GRAPH (or a --store) into a remote triple store, then verify it there.

    \b
    kg load out/graph.trig --endpoint http://127.0.0.1:7878                  # Oxigraph
    kg load out/graph.trig --endpoint http://127.0.0.1:8890 --server virtuoso \\
            --user dba --password-env VIRTUOSO_PASSWORD --replace
    kg load out/graph.ttl --endpoint http://127.0.0.1:3030/kg --server fuseki --graph https://example.org/kg

    Every graph is counted on the server afterwards and compared with what was
    sent. A failure (connection refused, authentication, a 4xx/5xx answer, a
    timeout after retries) exits 1 with one line; with --replace the previous
    graph is left as it was.

    \b
    kg load --shards shards/ --endpoint http://127.0.0.1:7878 --parallel 4   # then: kg merge
    kg load --shards shards/ --server oxigraph --print-bulk-command          # or the offline loader
    """
    from kg.remote import Remote, RemoteError, credentials, graphs_of
    from kg.remote import load_graphs
    if shards_dir is not None:
        if graph or store_dir:
            raise click.UsageError("--shards loads shards: leave out GRAPH and --store")
        _load_shards(shards_dir, endpoint, server, user, password_env, parallel, timeout, print_bulk_command,
                     location)
        return
    if print_bulk_command:
        raise click.UsageError("--print-bulk-command needs --shards DIR")
    if not endpoint:
        raise click.UsageError("missing --endpoint URL (the server to load into)")
    if target_graph and per_article_graphs:
        raise click.UsageError("--graph and --per-article-graphs exclude each other")
    with _open(graph, store_dir) as source:
        graphs = graphs_of(source.quads(), target_graph, default_graph=f"{KGR_GRAPH}export")
    if not graphs:
        raise click.UsageError("nothing to load: the graph is empty")
    try:
        user, password = credentials(endpoint, user, password_env)
        remote = Remote(endpoint, server, user, password, timeout=timeout, on_retry=_retry_line)
        report = load_graphs(remote, graphs, protocol, replace, batch_size)
    except RemoteError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    click.echo(report.summary())


def _remote(endpoint: str, server: str, user: Optional[str], password_env: Optional[str], timeout: float):
    from kg.remote import Remote, credentials
    user, password = credentials(endpoint, user, password_env)
    return Remote(endpoint, server, user, password, timeout=timeout, on_retry=_retry_line)


def _load_shards(folder: str, endpoint: Optional[str], server: str, user: Optional[str],
                 password_env: Optional[str], parallel: int, timeout: float, print_only: bool,
                 location: Optional[str]) -> None:
    from kg.bulk import bulk_commands, load_shards
    from kg.remote import RemoteError
    try:
        if print_only:
            click.echo(bulk_commands(server, folder, endpoint, location))
            return
        if not endpoint:
            raise click.UsageError("missing --endpoint URL (or --print-bulk-command)")
        report = load_shards(_remote(endpoint, server, user, password_env, timeout), folder, parallel)
    except ValueError as exc:
        raise BadInput(str(exc)) from None
    except RemoteError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    click.echo(report.summary())


@main.command("merge")
@click.option("--endpoint", required=True, help="Base URL of the server holding the article graphs, "
                                                "e.g. http://127.0.0.1:7878.")
@click.option("--server", type=click.Choice(SERVERS), default="oxigraph", show_default=True,
              help="Endpoint layout preset (paths below the base URL).")
@click.option("--user", help="User name (the password comes from --password-env or ~/.netrc).")
@click.option("--password-env", metavar="VAR", help="Name of the environment variable holding the password.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=600.0, show_default=True,
              help="Seconds to wait for each request's answer (the download of a large graph takes a while).")
def merge_cmd(endpoint: str, server: str, user: Optional[str], password_env: Optional[str], timeout: float) -> None:
    """Compute the merged view on a server after kg load --shards (or a bulk loader).

    Reads what the merge needs from the article graphs (agreements, events,
    clauses, entities, publication dates; no text, no evidence), merges them
    with kg's own rules (one node per agreement, the most precise date all
    sources agree with...) and replaces the server's merged graph with the
    result: the same merged graph kg build makes in a store.

    \b
    kg merge --endpoint http://127.0.0.1:7878
    kg merge --endpoint http://127.0.0.1:8890 --server virtuoso --user dba --password-env VIRTUOSO_PASSWORD
    """
    from kg.bulk import merge_remote
    from kg.remote import RemoteError
    try:
        report = merge_remote(_remote(endpoint, server, user, password_env, timeout))
    except RemoteError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    click.echo(report.summary())


@main.command("serve")
@_store_option()
@click.option("--port", type=click.IntRange(1, 65535), default=7879, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on (another than loopback lets other machines read the store).")
@click.option("--query-timeout", type=click.FloatRange(0), default=30.0, show_default=True,
              help="Stop a query after this many seconds (0: never).")
def serve_cmd(store_dir: Optional[str], port: int, host: str, query_timeout: float) -> None:
    """Serve a store read-only: browse pages for people, a SPARQL 1.1 endpoint for tools.

    \b
    GET /                   agreements: parties, stage, signing date and place, sources;
                            filter by ?state=Q159 &stage=signed &year=2025 &language=ar &q=name
                            (&sort=oldest &page=2); names in ?lang=xx or the browser's language
    GET /agreement/ID       one agreement: lifecycle timeline, parties, signatories, clauses,
                            conflicting claims, every source with its evidence sentence
                            (ID as in the IRI: /agreement/Q159_Q794)
    GET /state/QID          a state's agreements and the network of its partners (/state/Q159)
    GET /article/ID         an article's cleaned text with every extracted fact underlined
    Every page: ?format=json or ?format=csv for its table, "the SPARQL behind this" links.
    GET/POST /query         SPARQL query (JSON, XML, CSV, TSV results; Turtle/N-Triples graphs)
    GET /store?graph=IRI    Graph Store Protocol, read side (?default for the default graph)

    Updates are refused. The store stays locked while it is served (stop serve
    before kg build adds to it).

    \b
    kg serve --store kg-store --port 7879
    curl 'http://127.0.0.1:7879/query' --data-urlencode 'query=ASK { ?s ?p ?o }'
    """
    from kg.serve import make_server, serve_forever
    with _open(None, store_dir or DEFAULT_STORE) as graph:
        try:
            server = make_server(graph, host, port, query_timeout)
        except OSError as exc:  # a port in use, a host that is not this machine's
            raise click.ClickException(f"cannot serve on {host}:{port} ({exc.strerror or exc})") from None
        if host not in ("127.0.0.1", "localhost", "::1"):
            click.echo(f"warning: listening on {host}, not loopback: anyone who reaches this machine on port "
                       f"{port} can read the store", err=True)
        base = f"http://{'[' + host + ']' if ':' in host else host}:{port}"
        click.echo(f"browse {base}/  ·  SPARQL {base}/query", err=True)
        try:
            serve_forever(server)
        finally:
            server = None  # the handler holds the store: drop it before the store is closed (its lock)


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("inputs", nargs=-1, required=True)
@click.option("--merged", is_flag=True, help="Score the merged view (gold with one document '*').")
@click.option("--show-errors", is_flag=True, help="List every missed and spurious fact, one line each.")
@click.option("--explain", is_flag=True,
              help="List every error with the sentence behind it: the evidence the graph quotes for a "
                   "predicted fact, or the sentences naming what gold expects for a missed one.")
@click.option("--by-field", "by_field", is_flag=True, help="Add an F1 table of every field by language.")
def eval_cmd(gold: str, inputs: tuple[str, ...], merged: bool, show_errors: bool, explain: bool,
             by_field: bool) -> None:
    """Build INPUTS, read the facts back from the graph and score them against GOLD.

    Prints precision, recall and F1 overall, by field and by language (the
    rules of shared/eval/score.py).

    \b
    kg eval ../shared/eval/gold/seeds.json seeds/
    kg eval ../shared/eval/gold/dev2.json ../shared/eval/dev2/ --by-field
    kg eval ../shared/eval/gold/dev2.json ../shared/eval/dev2/ --explain | less
    kg eval ../shared/eval/gold/seeds_merged.json seeds/ --merged --show-errors
    """
    from kg.graph import KnowledgeGraph
    from kg.score import explain as explain_errors
    from kg.score import score
    with KnowledgeGraph.memory() as graph:
        graph.add(inputs, validate=False, on_skip=_skip)
        predicted = graph.facts(merged=merged, evidence=explain and not merged)
    try:
        with open(gold, encoding="utf-8") as fh:
            gold_docs = json.load(fh)
        names = {d["doc"] for d in gold_docs}
    except (json.JSONDecodeError, UnicodeDecodeError, TypeError, KeyError) as exc:
        raise BadInput(f"{gold}: not a gold file ({_one_line(exc)})") from None
    if not names & {d["doc"].rsplit("/", 1)[-1] for d in predicted}:
        raise click.ClickException(f"{gold}: none of its {len(names)} documents is among the inputs")
    report = score(gold_docs, predicted)
    click.echo(report.table())
    if by_field:
        click.echo("")
        click.echo(report.field_table())
    if explain:
        for line in explain_errors(report, gold_docs, predicted):
            click.echo(line)
    elif show_errors:
        for error in report.errors:
            click.echo(f"  - {error}")


if __name__ == "__main__":
    main()
