"""The layout holds: stages import only what lies below them, and the engine has no language branches.

Language knowledge lives in ``kg/lang/<iso>/`` as data; everywhere else the code asks the
:class:`~kg.lang.base.Language` object. These tests read the source (AST), so they fail on the
first ``if lang == "zh"`` or Chinese literal that creeps into the engine.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kg.lang import SUPPORTED
from kg.langid import script_of

KG = Path(__file__).resolve().parent.parent / "kg"

#: stage of each module, in the order the data flows; a module may import only its own level or below
LEVELS: dict[str, int] = {
    "kg.doc": 0, "kg.lang": 0, "kg.text": 0, "kg.dates": 0, "kg.names": 0, "kg.langid": 0, "kg.lexicon": 0,
    "kg.vocab": 0, "kg.terms": 0, "kg.folding": 0,
    "kg.read": 1,
    "kg.mentions": 2,
    "kg.agreements": 3,
    "kg.build": 4,
    "kg.validate": 5,
    "kg.store": 6, "kg.merge": 6, "kg.facts": 6, "kg.query": 6, "kg.canned": 6,
    "kg.pipeline": 7, "kg.graph": 7, "kg.distributed": 7, "kg.shards": 7, "kg.cli": 8, "kg.serve": 8,
    "kg.remote": 8, "kg.servers": 8, "kg.score": 8, "kg.web": 8, "kg.bulk": 8, "kg": 9,
}
#: a mirror of the reference scorer's folding (shared/eval/score.py): it must match that file, not us
SCRIPT_EXEMPT = {"kg/score.py"}


def _module_name(path: Path) -> str:
    rel = path.relative_to(KG.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _level(module: str) -> int | None:
    best = None
    for prefix, level in LEVELS.items():
        if (module == prefix or module.startswith(prefix + ".")) and (best is None or len(prefix) > len(best[0])):
            best = (prefix, level)
    return best[1] if best else None


def _sources() -> list[Path]:
    return sorted(p for p in KG.rglob("*.py") if "__pycache__" not in p.parts)


def _imports(tree: ast.AST, module: str) -> list[str]:
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative import
                base = module.split(".")[: -node.level] if not module.endswith("__init__") else module.split(".")
                out.append(".".join(base + ([node.module] if node.module else [])))
            elif node.module:
                out.append(node.module)
                out += [f"{node.module}.{a.name}" for a in node.names]
    return [m for m in out if m == "kg" or m.startswith("kg.")]


def test_every_module_has_a_stage() -> None:
    missing = [_module_name(p) for p in _sources() if _level(_module_name(p)) is None]
    assert not missing, f"modules without a stage in LEVELS: {missing}"


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(KG.parent)))
def test_imports_run_one_way(path: Path) -> None:
    """read -> mentions -> agreements -> build -> validate -> store: never an import upstream."""
    module = _module_name(path)
    own = _level(module)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    later = [m for m in _imports(tree, module) if (_level(m) or 0) > own and _level(m) != 9]
    assert not later, f"{module} (stage {own}) imports a later stage: {later}"


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                ids.add(id(first.value))
    return ids


_CODES = set(SUPPORTED) | {"zh_Hant", "ja", "ko", "ur"}
_LANG_NAMES = {"lang", "language", "code", "lang_code", "language_code", "column"}


def _names(node: ast.AST) -> set[str]:
    if isinstance(node, ast.Name):
        return {node.id}
    if isinstance(node, ast.Attribute):
        return {node.attr} | _names(node.value)
    return set()


def _codes(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and node.value in _CODES:
        return True
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return any(_codes(e) for e in node.elts)
    return False


@pytest.mark.parametrize("path", [p for p in _sources() if "lang" not in p.relative_to(KG).parts[:1]],
                         ids=lambda p: str(p.relative_to(KG.parent)))
def test_no_language_branches(path: Path) -> None:
    """Outside kg/lang the code never compares a language code with a literal, and holds no
    letters of non-Latin scripts in code (docstrings and comments may show examples)."""
    rel = str(path.relative_to(KG.parent))
    tree = ast.parse(path.read_text(encoding="utf-8"))
    branches = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            sides = [node.left] + list(node.comparators)
            if any(_names(s) & _LANG_NAMES for s in sides) and any(_codes(s) for s in sides):
                branches.append(node.lineno)
    assert not branches, f"{rel}: language branches at lines {branches}"
    if rel in SCRIPT_EXEMPT:
        return
    docs = _docstrings(tree)
    literals = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            scripts = {script_of(c) for c in node.value} - {None, "Latin", "Greek"}
            if scripts:
                literals.append((node.lineno, sorted(scripts)))
    assert not literals, f"{rel}: script-specific literals at {literals}"


def test_the_checks_see_a_branch() -> None:
    """The branch detector itself works (a test that cannot fail is no test)."""
    tree = ast.parse('if doc.language == "zh":\n    x = "该协议"\n')
    compare = next(n for n in ast.walk(tree) if isinstance(n, ast.Compare))
    assert _names(compare.left) & _LANG_NAMES and _codes(compare.comparators[0])
    const = next(n for n in ast.walk(tree) if isinstance(n, ast.Constant) and n.value == "该协议")
    assert {script_of(c) for c in const.value} == {"Han"}
