"""No function in factcheck/ over 100 lines (#13): a long function is split by what each part
recognises or does, each piece named and with a docstring."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "factcheck"
LIMIT = 100
# being split by the engineers working in those modules (#13); take a name off when its
# function is split
BEING_SPLIT = frozenset({
    "normalize/context.py:period", "normalize/relations.py:relate",
    "normalize/relations.py:_changes", "normalize/readings.py:_readings",
})


def long_functions(root: Path, limit: int) -> list[str]:
    """``path:name (lines)`` of every function or method longer than ``limit`` lines."""
    out = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = node.end_lineno - node.lineno + 1
                if n > limit:
                    out.append(f"{path.relative_to(root).as_posix()}:{node.name} ({n})")
    return out


def test_no_function_over_100_lines():
    found = [f for f in long_functions(ROOT, LIMIT) if f.rsplit(" ", 1)[0] not in BEING_SPLIT]
    assert found == []


def test_the_length_check_finds_a_long_function(tmp_path):
    body = "\n".join(f"    x{i} = {i}" for i in range(LIMIT))
    (tmp_path / "m.py").write_text(f"def short():\n    return 1\n\n\ndef long():\n{body}\n")
    assert long_functions(tmp_path, LIMIT) == [f"m.py:long ({LIMIT + 1})"]
