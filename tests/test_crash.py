"""A `kg build --store` killed (SIGKILL) at any moment loses nothing once it is run again (issue 10).

A real build process is killed at 20 moments spread over its run (start-up, reading, extraction,
article writes, the merged view); the same command is then run to the end. The store must then
hold exactly what a clean build holds: every article graph and the merged view, quad for quad
(build records differ only by their time), and no article may point at a build record that
does not exist.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import SEEDS

SYNTH = Path(__file__).parent / "data" / "synth"
PROVENANCE = "https://w3id.org/newskg/id/graph/provenance"
GENERATED = "http://www.w3.org/ns/prov#wasGeneratedBy"
KILLS = 20


def _build(store: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(SEEDS), str(SYNTH), "--store", str(store),
                             "--no-validate", "--quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _content(store: Path) -> tuple[set, list[str]]:
    """(the quads outside provenance, minus the link to the build; articles whose build is missing)."""
    s = ox.Store.read_only(str(store))
    quads = {q for q in s if q.graph_name.value != PROVENANCE and q.predicate.value != GENERATED}
    builds = {q.subject for q in s.quads_for_pattern(None, None, None, ox.NamedNode(PROVENANCE))}
    dangling = [q.subject.value for q in s.quads_for_pattern(None, ox.NamedNode(GENERATED), None, None)
                if q.object not in builds]
    return quads, dangling


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_killed_build_run_again_equals_a_clean_build(tmp_path: Path) -> None:
    clean = tmp_path / "clean"
    started = time.monotonic()
    assert _build(clean).wait() == 0
    duration = time.monotonic() - started
    expected, dangling = _content(clean)
    assert expected and not dangling
    for k in range(KILLS):
        store = tmp_path / f"killed-{k}"
        process = _build(store)
        time.sleep(duration * (k + 0.5) / KILLS)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        rerun = _build(store)
        assert rerun.wait() == 0, rerun.stderr.read().decode()[-500:]
        got, dangling = _content(store)
        assert not dangling, (k, dangling[:3])
        assert got == expected, (k, len(got ^ expected))
