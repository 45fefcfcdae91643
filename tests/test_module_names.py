"""No module binds one top-level name twice.

A second ``_RANGE_TO = ...`` further down a module silently replaces the first for every
function that uses it, including those written for the first pattern (a lexicon helper read
group 1 of a pattern that has none). Each top-level function, class and constant is bound once.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "factcheck"
MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "_native" not in p.parts)


def top_level_names(tree: ast.Module) -> list[str]:
    """The names a module's own top-level statements bind (not those under ``if`` or ``try``:
    a fallback import binds a name twice on purpose)."""
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and \
                node.value is not None:
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_each_top_level_name_is_bound_once(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    twice = sorted(n for n, k in Counter(top_level_names(tree)).items() if k > 1)
    assert not twice, f"{path.name} binds {twice} more than once (the later one wins everywhere)"


def test_the_check_finds_a_second_binding() -> None:
    tree = ast.parse("A = 1\ndef f():\n    return A\nA = 2\n")
    assert Counter(top_level_names(tree))["A"] == 2
