"""The tree reads like the data flow: a stage imports only from the stages before it."""

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


def test_only_the_engine_module_imports_durable_rules():
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "factcheck").rglob("*.py")
                 if p.name != "engine.py" and "durable" in p.read_text(encoding="utf-8")
                 .replace("durable_rules 2.0.28", "").replace("durable_rules", "")
                 and ("import durable" in p.read_text(encoding="utf-8")
                      or "from durable" in p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_rules_folder_holds_no_code():
    assert not list((ROOT / "rules").rglob("*.py"))
