"""The command line, in-process: formats, exit codes, bad input, and help on every command."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from factcheck import __version__
from factcheck.cli import main
from factcheck.resources import schema_path
from warm_support import warm_parent

ROOT = Path(__file__).resolve().parents[1]
DRAFT = ROOT / "corpus" / "drafts" / "pokrovsk-draft.md"


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture(autouse=True)
def _ci(monkeypatch):
    monkeypatch.setenv("CI", "1")


def schema():
    return json.loads(schema_path("report.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module", autouse=True)
def _warm():
    """Each ``check`` here forks a worker that starts from what this process has loaded:
    warmed once (warm_support), the workers no longer compile the extraction's patterns and
    load the units each time. What each run checks is unchanged."""
    warm_parent()


def test_version_and_help_on_every_command():
    assert __version__ in run("--version").output
    names = list(main.commands)
    assert {"check", "extract", "rules", "explain", "ingest", "baseline"} <= set(names)
    for name in names:
        res = run(name, "--help")
        assert res.exit_code == 0 and "Usage:" in res.output, name
    for sub in main.commands["rules"].commands:  # type: ignore[attr-defined]
        assert run("rules", sub, "--help").exit_code == 0


def test_check_demo_draft_json_validates_and_flags_the_conflict(tmp_path):
    out = tmp_path / "r.json"
    res = run("check", str(DRAFT), "--format", "json", "-o", str(out), "-q")
    assert res.exit_code == 1, res.output
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(data, schema())
    (doc,) = data["documents"]
    text = DRAFT.read_text(encoding="utf-8")
    assert doc["date"] == "2024-12-17"
    errors = [f for f in doc["flags"] if f["severity"] == "error"]
    assert errors, doc["flags"]
    assert any("1,900" in f["message"] or "1,600" in f["message"] for f in errors)
    body = text.split("---\n", 2)[2]
    for c in doc["claims"]:
        assert body[c["start"]:c["end"]] == c["text"]


def test_extract_json_from_stdin_with_date():
    res = run("extract", "-", "--format", "json", "--date", "2024-12-17",
              input="Russian forces lost 1,600 troops over the past 24 hours.\n")
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    jsonschema.validate(data, schema())
    (doc,) = data["documents"]
    assert doc["date"] == "2024-12-17"
    assert [c["value"] for c in doc["claims"]] == [1600]


def test_jsonl_with_a_malformed_line_reports_it_and_checks_the_rest(tmp_path):
    p = tmp_path / "batch.jsonl"
    p.write_text(
        json.dumps({"id": "a", "date": "2024-12-17",
                    "text": "Russia lost 1,600 troops on Monday."}) + "\n"
        + '{"id": "b", "text": "broken\n'
        + json.dumps({"id": "c", "date": "2024-12-18",
                      "text": "Russia lost 4 tanks, officials said."}) + "\n",
        encoding="utf-8")
    res = run("check", str(p), "--format", "json", "--no-store", "-q")
    assert res.exit_code == 1  # a document could not be read
    assert f"{p}:2: malformed JSONL line" in res.stderr
    data = json.loads(res.stdout)
    assert [d["id"] for d in data["documents"]] == ["a", "c"]
    assert data["errors"][0]["line"] == 2


def test_binary_file_is_one_line_and_exit_2(tmp_path):
    p = tmp_path / "photo.md"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    res = run("check", str(p), "--no-store")
    assert res.exit_code == 2
    lines = [ln for ln in (res.stdout + res.stderr).splitlines() if ln.strip()]
    assert any(str(p) in ln and "binary" in ln for ln in lines)
    assert "Traceback" not in res.stdout + res.stderr


def test_missing_file_and_bad_date_and_bad_format():
    res = run("check", "no/such/file.md", "--no-store", "--format", "json", "-q")
    assert res.exit_code == 2 and "no/such/file.md: no such file" in res.stderr
    assert run("check", str(DRAFT), "--date", "yesterday-ish").exit_code == 2
    assert run("check", str(DRAFT), "--format", "pdf").exit_code == 2


def test_output_file_is_written_whole(tmp_path):
    out = tmp_path / "report.sarif"
    res = run("check", str(DRAFT), "--format", "sarif", "-o", str(out), "-q", "--no-store")
    assert res.exit_code in (0, 1)
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert not list(tmp_path.glob(".*tmp*"))


def test_fail_on_threshold(tmp_path):
    p = tmp_path / "d.md"
    p.write_text("---\ndate: 2024-12-17\n---\nRussian forces lost 1,600 troops over the past "
                 "24 hours.\n\nRussian forces lost 1,900 troops over the past 24 hours.\n",
                 encoding="utf-8")
    flagged = run("check", str(p), "--no-store", "--format", "json", "-q")
    data = json.loads(flagged.stdout)
    severities = {f["severity"] for f in data["documents"][0]["flags"]}
    assert "error" in severities and flagged.exit_code == 1
    clean = tmp_path / "c.md"
    clean.write_text("---\ndate: 2024-12-17\n---\nThe weather was mild.\n", encoding="utf-8")
    assert run("check", str(clean), "--no-store", "-q").exit_code == 0
