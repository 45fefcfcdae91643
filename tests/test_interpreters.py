"""The bundled corpus gives the same JSON report under every supported Python present.

Each interpreter gets its own virtual environment with factcheck installed from this checkout
by ``pip install .`` (tests/interpreters.py; built once under ``.interpreters/``), so this also
proves the install ships rules/ and corpus/ and, on 3.13, the PyEval_CallObject shim. The
reference is the checkout itself run by the interpreter running the tests. An interpreter that
is absent is skipped. Slow on first run (virtual environments): marked ``interpreters``, left
out of ``make test`` and run by ``make test-interpreters`` (and by .ci/run).
"""

from __future__ import annotations

import json
import subprocess

import pytest

from interpreters import SUPPORTED, check_corpus, environment, find

pytestmark = pytest.mark.interpreters


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> dict:
    import sys

    proc = check_corpus([sys.executable, "-m", "factcheck"], tmp_path_factory.mktemp("reference"))
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)


def _differences(got: dict, want: dict) -> list[str]:
    """Per document, what differs (flags by rule and id, verdict counts), for a readable failure."""
    out = []
    want_docs = {d["document"]["id"]: d for d in want["documents"]}
    for d in got["documents"]:
        w = want_docs.pop(d["document"]["id"], None)
        if w is None:
            out.append(f"{d['document']['id']}: not in the reference")
        elif d != w:
            flags = sorted((f["rule"], f["id"]) for f in d.get("flags", []))
            wflags = sorted((f["rule"], f["id"]) for f in w.get("flags", []))
            out.append(f"{d['document']['id']}: flags {sorted(set(flags) ^ set(wflags))} differ"
                       if flags != wflags else f"{d['document']['id']}: differs")
    out += [f"{doc}: missing" for doc in want_docs]
    return out


@pytest.mark.parametrize("version", SUPPORTED)
def test_bundled_corpus_gives_the_same_json(version, reference, tmp_path):
    python = find(version)
    if python is None:
        pytest.skip(f"python{version} is not on this machine")
    venv = environment(version, python)
    exe = venv / "bin" / "python"
    shown = subprocess.run([str(exe), "-c", "import sys, factcheck; "
                            "print('%d.%d' % sys.version_info[:2], factcheck.__file__)"],
                           capture_output=True, text=True, check=True, cwd=tmp_path).stdout.split()
    assert shown[0] == version
    assert str(venv) in shown[1], "factcheck must come from the installed package"
    # the console script, so that the package comes from the environment, not the checkout
    proc = check_corpus([str(venv / "bin" / "factcheck")], tmp_path)
    assert proc.returncode in (0, 1), proc.stderr
    got = json.loads(proc.stdout)
    assert got["summary"]["errors"] == 0, proc.stderr
    assert got == reference, "\n".join(_differences(got, reference))
