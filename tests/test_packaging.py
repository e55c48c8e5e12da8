"""The shapes and ontology ship inside the package, in one copy, and a built wheel works on its own.

kg/data/{shapes,ontology}/ hold the real files; the top-level shapes/ and
ontology/ folders (which the project layout keeps for readers) are symlinks to
them. The wheel test builds the wheel from a copy of the checkout, installs it
into a fresh venv outside the checkout and runs the README's commands there.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.validate import data_files, load_ontology, load_shapes

from conftest import ROOT, SEEDS

DATA = ROOT / "kg" / "data"


@pytest.mark.parametrize("name", ["shapes", "ontology"])
def test_top_level_folder_is_a_link_to_the_package_data(name: str) -> None:
    top = ROOT / name
    if not top.is_symlink():
        pytest.skip(f"{top} is not a symlink (a checkout without symlink support?)")
    assert top.resolve() == (DATA / name).resolve()
    assert os.readlink(top) == f"kg/data/{name}", "a relative link, so a clone anywhere works"


@pytest.mark.parametrize("name", ["shapes", "ontology"])
def test_the_package_reads_every_ttl_of_its_data_folder(name: str) -> None:
    shipped = {f.name for f in data_files(name)}
    assert shipped == {p.name for p in (DATA / name).glob("*.ttl")} and shipped


def test_shapes_and_ontology_parse_from_package_data() -> None:
    assert len(load_shapes()) > 100 and len(load_ontology()) > 100


def _copy_checkout(dest: Path) -> Path:
    """The sources as a fresh clone has them (no venv, no build/ leftovers, symlinks kept)."""
    ignore = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__",
                                    ".pytest_cache", "kg-store", "out")
    shutil.copytree(ROOT, dest, symlinks=True, ignore=ignore)
    return dest


def _run(cmd: list[str], cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    result = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"{' '.join(cmd)} exited {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.mark.wheel
def test_wheel_installs_and_builds_and_validates_outside_the_checkout(tmp_path: Path) -> None:
    src = _copy_checkout(tmp_path / "src")
    _run([sys.executable, "-m", "pip", "wheel", str(src), "--no-deps", "-q", "-w", str(tmp_path / "dist")],
         cwd=tmp_path)
    wheels = list((tmp_path / "dist").glob("kg-*.whl"))
    assert len(wheels) == 1, wheels
    venv.create(tmp_path / "venv", with_pip=False)  # the outer pip installs into it (pip --python)
    python = tmp_path / "venv" / "bin" / "python"
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", str(wheels[0])], cwd=tmp_path)

    work = tmp_path / "elsewhere"  # a cwd with no checkout around it
    work.mkdir()
    kg = str(tmp_path / "venv" / "bin" / "kg")
    where = _run([str(python), "-c", "import kg.validate as v; print(v.data_files('shapes')[0])"], cwd=work)
    assert str(ROOT) not in where.stdout and "site-packages" in where.stdout, where.stdout
    _run([kg, "build", str(SEEDS), "--out", str(work / "out")], cwd=work)
    trig = work / "out" / "graph.trig"
    store = ox.Store()
    store.load(path=str(trig), format=ox.RdfFormat.TRIG)
    assert len(store) > 0
    checked = _run([kg, "validate", str(work / "out" / "graph.ttl")], cwd=work)
    assert checked.stdout.strip().splitlines()[-1].startswith("Conforms:"), checked.stdout
    # the browse pages' templates ship in the wheel: a page renders from the installed package
    page = _run([str(python), "-c", "from kg.graph import KnowledgeGraph; from kg.web import WebApp; "
                 f"status, body, _ = WebApp(KnowledgeGraph.open({str(trig)!r})).get('/', {{}}); "
                 "print(status, b'/agreement/' in body)"], cwd=work)
    assert page.stdout.split() == ["200", "True"], page.stdout
