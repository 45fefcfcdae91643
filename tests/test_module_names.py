"""No module of the package binds one top-level name twice.

Twice in two sessions a branch added a module-level pattern under a name the module already
used (``_THROUGH_BEFORE`` in extract/dates.py, ``_GAP_WORD_AFTER`` in normalize/comparisons.py):
Python keeps the later binding, so the earlier code silently read the other pattern and a
check elsewhere went quiet. Merges of parallel branches make this easy to miss by eye."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "factcheck"
MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _top_level_names(tree: ast.Module) -> Counter[str]:
    """Names bound by top-level statements: assignments, functions and classes (not imports,
    which may re-export, nor the bodies of ``if``/``try`` blocks, which may choose one)."""
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    names[target.id] += 1
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and \
                node.value is not None:
            names[node.target.id] += 1
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    assert [n for n, k in names.items() if k > 1 and n != "__all__"] == []


def test_the_check_sees_a_second_binding() -> None:
    tree = ast.parse("A = 1\ndef f():\n    pass\nA = 2\ndef f():\n    pass\n")
    assert {n for n, k in _top_level_names(tree).items() if k > 1} == {"A", "f"}
