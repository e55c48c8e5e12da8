"""Shared fixtures: the repo's seeds and, when present, ../shared/eval."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EVAL = ROOT.parent / "shared" / "eval"


def load_json(path: Path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    if not (EVAL / "gold").is_dir():
        pytest.skip("../shared/eval is not beside this checkout")
    return EVAL


@pytest.fixture(scope="session")
def seeds_build():
    """The seeds built once for every test that reads the result."""
    from kg.pipeline import build
    return build([str(SEEDS)])


#: a made-up article whose headline is markup: the browse pages must show it as text
SCRIPT_HEADLINE = '<script>window.kgPwned = 1</script> Kenya and Ghana <b>sign</b> a trade pact'


@pytest.fixture(scope="session")
def browse(tmp_path_factory):
    """The real ``kg serve`` server in a thread, on a free port on 127.0.0.1, over a store built
    from the seeds plus a made-up article with ``<script>`` in its headline. Yields (base URL, graph)."""
    import threading

    from kg.graph import KnowledgeGraph
    from kg.serve import make_server
    from kg.servers import free_port
    extra = tmp_path_factory.mktemp("made-up")
    (extra / "script-headline.txt").write_text(
        SCRIPT_HEADLINE + "\n\nKenya and Ghana signed a trade agreement in Accra on 3 May 2021.\n", encoding="utf-8")
    # two treaties between the same parties, years apart: two merged nodes (agreement/Q142_Q183/2000, /2019)
    for name, text in (("paris-2000.txt", "France and Germany signed a friendship treaty in Paris on 22 January 2000."),
                       ("aachen-2019.txt", "France and Germany signed a defence treaty in Aachen on 22 January 2019.")):
        (extra / name).write_text(f"France and Germany sign a treaty\n\n{text}\n", encoding="utf-8")
    graph = KnowledgeGraph.open(tmp_path_factory.mktemp("browse") / "store", create=True)
    graph.add([SEEDS, extra], validate=False)
    port = free_port()
    server = make_server(graph, "127.0.0.1", port, query_timeout=20)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}", graph
    server.shutdown()
    server.server_close()
    graph.close()
