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
