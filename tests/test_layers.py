"""The tree reads like the data flow: a stage imports only from the stages before it."""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_layers_contract_holds():
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.skip("import-linter is not installed (pip install -e '.[test]')")
    proc = subprocess.run([exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
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
