"""Golden snapshots of `factcheck check` on the bundled demo draft: text and JSON, end to end.

The whole pipeline runs (extraction, the default store built from the bundled corpus, the
engine, verdicts, formatters), so any change in what a user sees shows up here as a diff.
Regenerate after an intended change with FACTCHECK_UPDATE_SNAPSHOTS=1 and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
SNAP = Path(__file__).resolve().parent / "snapshots"
DRAFT = "corpus/drafts/pokrovsk-draft.md"


@pytest.mark.parametrize("fmt,suffix", [("text", "txt"), ("json", "json")])
def test_demo_draft_snapshot(fmt, suffix, monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("CI", "1")
    res = CliRunner().invoke(main, ["check", DRAFT, "--format", fmt, "-q"],
                             catch_exceptions=False)
    assert res.exit_code == 1, res.stderr
    path = SNAP / f"demo-draft.{suffix}"
    if os.environ.get("FACTCHECK_UPDATE_SNAPSHOTS"):
        path.write_text(res.stdout, encoding="utf-8")
    assert path.exists(), "no snapshot yet: run with FACTCHECK_UPDATE_SNAPSHOTS=1"
    assert res.stdout == path.read_text(encoding="utf-8")
