"""The tree reads like the data flow: a stage imports only from the stages before it."""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from outline_support import outline

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_layers_contract_holds():
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.skip("import-linter is not installed (pip install -e '.[test]')")
    proc = subprocess.run([exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def import_cycles(package: str) -> list[tuple[str, ...]]:
    """Every import a -> b inside ``package`` that has a way back from b to a, as the cycle
    (a, b, ..., a). Function-level imports count: grimp reads every import statement."""
    grimp = pytest.importorskip("grimp")   # installed with import-linter
    graph = grimp.build_graph(package, cache_dir=None)
    cycles = []
    for importer in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            back = graph.find_shortest_chain(importer=imported, imported=importer)
            if back:
                cycles.append((importer, *back))
    return cycles


def test_no_import_cycle_inside_factcheck():
    assert import_cycles("factcheck") == []


def test_the_cycle_finder_finds_a_cycle(tmp_path, monkeypatch):
    pkg = tmp_path / "cyclepkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from . import b\n")
    (pkg / "b.py").write_text("def f():\n    from . import c\n")   # a late import counts too
    (pkg / "c.py").write_text("from .a import __name__ as _\n")
    (pkg / "d.py").write_text("from . import a\n")                 # imports into a cycle: fine
    monkeypatch.syspath_prepend(str(tmp_path))
    cycles = import_cycles("cyclepkg")
    assert ("cyclepkg.a", "cyclepkg.b", "cyclepkg.c", "cyclepkg.a") in cycles
    assert not any(c[0] == "cyclepkg.d" for c in cycles)


def _imports(path: Path) -> set[str]:
    names = set()
    for node in outline(path).imports:     # every import statement (parsed once a process)
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_only_the_engine_module_imports_durable_rules():
    offenders = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "factcheck").rglob("*.py")
                       if p.name != "engine.py" and "durable" in _imports(p))
    assert offenders == []
    assert "durable" in _imports(ROOT / "factcheck" / "engine.py")


def test_rules_folder_holds_no_code():
    assert not list((ROOT / "rules").rglob("*.py"))
