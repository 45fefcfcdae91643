"""Virtual environments with factcheck installed (``pip install .``) under each supported Python.

Used by tests/test_interpreters.py and ``make test-interpreters``. Each environment lives in
``.interpreters/py<version>/`` (git ignores it) and is built once; afterwards only the package
is reinstalled, and only when its sources changed (a hash of pyproject.toml, hatch_build.py,
factcheck/, rules/ and corpus/ is kept beside it). An interpreter is found as ``python3.X`` on
PATH, or in pyenv's versions folder, and counts only if it runs.

    python tests/interpreters.py        build (or refresh) every environment it can, and say which
"""

from __future__ import annotations

import glob
import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUPPORTED = ("3.11", "3.12", "3.13")
HOME = ROOT / ".interpreters"
SOURCES = ("pyproject.toml", "hatch_build.py", "factcheck", "rules", "corpus")


def find(version: str) -> str | None:
    """A runnable ``python<version>``, or None when this machine has none."""
    candidates = [f"python{version}"]
    try:
        pyenv_root = subprocess.run(["pyenv", "root"], capture_output=True, text=True,
                                    check=True).stdout.strip()
        candidates += sorted(glob.glob(f"{pyenv_root}/versions/{version}*/bin/python{version}"))
    except (OSError, subprocess.CalledProcessError):
        pass
    for exe in candidates:
        try:
            out = subprocess.run([exe, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                                 capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if out.returncode == 0 and out.stdout.strip() == version:
            return exe
    return None


def source_hash() -> str:
    """What the installed package is built from: any change means reinstalling it."""
    h = hashlib.sha256()
    for name in SOURCES:
        path = ROOT / name
        files = [path] if path.is_file() else sorted(
            f for f in path.rglob("*") if f.is_file() and "__pycache__" not in f.parts
            and f.suffix not in (".so", ".pyc"))
        for f in files:
            h.update(f.relative_to(ROOT).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


def environment(version: str, python: str) -> Path:
    """``.interpreters/py<version>`` with the current sources installed in it."""
    venv = HOME / f"py{version}"
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q"]
    stamp = venv / "factcheck-sources.sha256"
    wanted = source_hash()
    if not (venv / "bin" / "python").exists():
        subprocess.run([python, "-m", "venv", str(venv)], check=True)
        _pip(pip + [str(ROOT)])
    elif not stamp.exists() or stamp.read_text() != wanted:
        _pip(pip + ["--no-deps", "--force-reinstall", str(ROOT)])
    else:
        return venv
    stamp.write_text(wanted)
    return venv


def _pip(cmd: list[str]) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{proc.stdout}\n{proc.stderr}")


def check_corpus(factcheck: list[str], workdir: Path) -> subprocess.CompletedProcess:
    """``factcheck check corpus --format json`` (``factcheck``: the command to run it) from
    the checkout, with its own claims store and rule cache under ``workdir``."""
    env = {**os.environ, "CI": "1", "FACTCHECK_STORE": str(workdir / "store.sqlite"),
           "FACTCHECK_CACHE_DIR": str(workdir / "cache")}
    return subprocess.run([*factcheck, "check", "corpus", "--format", "json", "--jobs", "1",
                           "--quiet"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=900)


if __name__ == "__main__":
    for v in SUPPORTED:
        exe = find(v)
        print(f"python{v}: " + (f"{environment(v, exe)}" if exe else "absent"), flush=True)
    sys.exit(0)
