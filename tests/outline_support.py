"""Outlines of Python modules, each parsed once per test process: what the tree-reading tests
need of a module (its top-level statements, every function's lines, every import statement).

``test_function_length``, ``test_layers`` and ``test_module_names`` each parsed every module of
factcheck/ with ``ast`` (about 1.3 CPU seconds for the 200 modules, and a walk of their 600,000
nodes 0.5 s more): three parses of the same files when the three run in one process.
``outline(path)`` parses a module once and keeps a thin outline of it rather than the tree
(the trees of the whole package are about a hundred megabytes): the top-level statements
with their bodies and values left out (names, targets, imports kept), the (name, first line,
last line) of every function at any depth, and every ``import`` and ``from ... import``
statement at any depth. The outline is cached by the module's text, so a file rewritten in a
test is read again.
"""

from __future__ import annotations

import ast
import copy
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True)
class Outline:
    module: ast.Module      # the top-level statements, thinned (``_thin``)
    functions: tuple[tuple[str, int, int], ...]   # every function: (name, lineno, end_lineno)
    imports: tuple[ast.Import | ast.ImportFrom, ...]   # every import statement, any depth


def outline(path: Path) -> Outline:
    """The outline of the module at ``path`` (parsed once per process for each text)."""
    return _outline(path.read_text(encoding="utf-8"), str(path))


@lru_cache(maxsize=None)
def _outline(text: str, filename: str) -> Outline:
    tree = ast.parse(text, filename=filename)
    functions, imports = [], []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            functions.append((node.name, node.lineno, node.end_lineno))
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            imports.append(node)
    body = [_thin(node) for node in tree.body]
    return Outline(ast.Module(body=body, type_ignores=[]), tuple(functions), tuple(imports))


_KEPT = ast.Constant(value=...)     # stands for a value left out (an annotated name's)


def _thin(node: ast.stmt) -> ast.stmt:
    """A top-level statement without what no outline reader looks at: a definition keeps its
    name, an assignment its targets (and whether an annotated one has a value), an import
    itself; anything else (``if``, ``try``, an expression) becomes ``pass``."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        thin = copy.copy(node)      # (a shallow copy: the original keeps its body)
        thin.body, thin.decorator_list = [], []
        for field in ("args", "bases", "keywords", "returns"):
            if hasattr(thin, field):
                setattr(thin, field, None)
        return thin
    if isinstance(node, ast.Assign):
        thin = copy.copy(node)
        thin.value = None
        return thin
    if isinstance(node, ast.AnnAssign):
        thin = copy.copy(node)
        thin.annotation, thin.value = None, _KEPT if node.value is not None else None
        return thin
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        return node
    return ast.Pass()
