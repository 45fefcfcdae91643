"""No function in factcheck/ over 100 lines (#13): a long function is split by what each part
recognises or does, each piece named and with a docstring."""

from __future__ import annotations

from pathlib import Path

from outline_support import outline

ROOT = Path(__file__).resolve().parents[1] / "factcheck"
LIMIT = 100


def long_functions(root: Path, limit: int) -> list[str]:
    """``path:name (lines)`` of every function or method longer than ``limit`` lines."""
    out = []
    for path in sorted(root.rglob("*.py")):
        # (each module parsed once per test process: outline_support)
        for name, first, last in outline(path).functions:
            n = last - first + 1
            if n > limit:
                out.append(f"{path.relative_to(root).as_posix()}:{name} ({n})")
    return out


def test_no_function_over_100_lines():
    assert long_functions(ROOT, LIMIT) == []


def test_the_length_check_finds_a_long_function(tmp_path):
    body = "\n".join(f"    x{i} = {i}" for i in range(LIMIT))
    (tmp_path / "m.py").write_text(f"def short():\n    return 1\n\n\ndef long():\n{body}\n")
    assert long_functions(tmp_path, LIMIT) == [f"m.py:long ({LIMIT + 1})"]
