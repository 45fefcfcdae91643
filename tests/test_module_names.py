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
from outline_support import outline

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
    tree = outline(path).module     # its top-level statements (parsed once a process)
    twice = sorted(n for n, k in Counter(top_level_names(tree)).items() if k > 1)
    assert not twice, f"{path.name} binds {twice} more than once (the later one wins everywhere)"


def test_the_check_finds_a_second_binding() -> None:
    tree = ast.parse("A = 1\ndef f():\n    return A\nA = 2\n")
    assert Counter(top_level_names(tree))["A"] == 2


PACKAGES = sorted(p.parent for p in PACKAGE.rglob("__init__.py") if "_native" not in p.parts)


def imported_names(tree: ast.Module) -> set[str]:
    """The names a package's top-level ``from ... import`` statements bind from anywhere but a
    submodule of the same name (``from . import check`` and ``from .render import render`` bind
    the name after the submodule is imported, so the name stays theirs)."""
    return {a.asname or a.name for node in tree.body if isinstance(node, ast.ImportFrom)
            and not (node.level == 1 and node.module is None)
            for a in node.names if not (node.level == 1 and node.module == (a.asname or a.name))}


@pytest.mark.parametrize("pkg", PACKAGES, ids=lambda p: str(p.relative_to(PACKAGE.parent)))
def test_no_submodule_shadows_a_name_its_package_imports(pkg: Path) -> None:
    # importing a submodule sets it as an attribute of its package: a package that imported a
    # function ``tables`` finds the module ``tables.py`` under that name once any other module
    # imports it ("'module' object is not callable")
    init = outline(pkg / "__init__.py").module
    subs = {p.stem for p in pkg.glob("*.py") if p.stem != "__init__"} | \
        {p.name for p in pkg.iterdir() if (p / "__init__.py").exists()}
    both = sorted(imported_names(init) & subs)
    assert not both, f"{pkg.name}/__init__.py imports names that are also submodules: {both}"
