"""`factcheck baseline` and `check --baseline` end to end, on the bundled corpus, in-process.

The corpus's prior articles carry deliberate errors: a baseline made from them makes the check
pass; edits elsewhere in an article keep its findings matched; a new draft with a false figure
fails the check, and only that draft's findings are active.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
OPTS = ["--jobs", "2"]   # the default store, built from the bundled corpus


@pytest.fixture
def archive(tmp_path, monkeypatch):
    folder = tmp_path / "archive"
    shutil.copytree(CORPUS / "articles", folder)
    shutil.copy(CORPUS / "drafts" / "clean-draft.md", folder)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CI", "1")  # no progress bar
    return folder


def _check(*args: str):
    # --fail-on info: any active finding fails, so the test is about the baseline, not severities
    return CliRunner().invoke(main, ["check", *args, *OPTS, "--fail-on", "info", "--format",
                                     "json", "-q"])


def _active(output: str) -> dict[str, list[str]]:
    data = json.loads(output)
    return {d["path"]: [f["rule"] for f in d["flags"] if "suppressed" not in f]
            for d in data["documents"] if any("suppressed" not in f for f in d["flags"])}


@pytest.mark.slow
def test_baseline_then_only_new_findings_fail(archive):
    before = _check("archive")
    assert json.loads(before.stdout)["summary"]["errors"] == 0, before.stderr
    assert before.exit_code == 1, before.output  # the archive has findings of its own
    assert _active(before.stdout)

    made = CliRunner().invoke(main, ["baseline", "archive", "-o", "baseline.json", *OPTS])
    assert made.exit_code == 0, made.output
    recorded = json.loads(Path("baseline.json").read_text(encoding="utf-8"))["findings"]
    assert recorded and all(not f["path"].startswith("/") for f in recorded)
    assert "recorded" in made.stderr

    clean = _check("archive", "--baseline", "baseline.json")
    assert clean.exit_code == 0, clean.output
    assert _active(clean.stdout) == {}
    assert json.loads(clean.stdout)["summary"]["suppressed"] == sum(f["count"] for f in recorded)

    # text elsewhere changes: a flagged article gets a new opening paragraph
    flagged = archive / Path(recorded[0]["path"]).relative_to("archive")
    text = flagged.read_text(encoding="utf-8")
    head, sep, body = text.partition("\n---\n")
    flagged.write_text(head + sep + "\nAn editor's note added later, with no figures.\n\n"
                       + body, encoding="utf-8")
    assert _check("archive", "--baseline", "baseline.json").exit_code == 0

    # one new draft with a false figure
    shutil.copy(CORPUS / "drafts" / "pokrovsk-draft.md", archive / "zz-new-draft.md")
    new = _check("archive", "--baseline", "baseline.json")
    assert new.exit_code == 1, new.output
    assert list(_active(new.stdout)) == ["archive/zz-new-draft.md"]


def test_baseline_needs_an_output_file():
    result = CliRunner().invoke(main, ["baseline", "x.md"])
    assert result.exit_code == 2 and "-o" in result.output


def test_bad_baseline_file_is_one_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("b.json").write_text("{}", encoding="utf-8")
    Path("d.md").write_text("Nothing to see.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "d.md", "--baseline", "b.json", *OPTS])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "not a factcheck baseline" in result.stderr
