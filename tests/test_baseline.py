"""Baselines: findings recorded by fingerprint, matched again after unrelated edits, git-free."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from factcheck.model import Document, DocumentResult, Flag, RunResult, fingerprint
from factcheck.report.baseline import (
    BASELINE_REASON,
    BaselineError,
    apply_baseline,
    document_key,
    load_baseline,
    write_baseline,
)


def _result(text: str, path: str, words: list[str], doc_id: str | None = None) -> RunResult:
    doc = Document(id=doc_id or path, text=text, path=path)
    flags = []
    for w in words:
        s = text.index(w)
        line, col = doc.line_col(s)
        flags.append(Flag(id=fingerprint("rule", w), rule="rule", severity="error",
                          message=f"bad {w}", start=s, end=s + len(w), line=line, column=col))
    return RunResult((DocumentResult(doc, flags=tuple(flags)),))


def _active(result: RunResult) -> list[str]:
    return [f.message for d in result.documents for f in d.flags if f.suppressed is None]


def test_round_trip_marks_recorded_findings_as_baseline(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts").mkdir()
    old = _result("Officials said 40 boats sank.\n", "drafts/a.md", ["40 boats"])
    written = write_baseline(old, tmp_path / "baseline.json")
    assert len(written) == 1
    data = json.loads((tmp_path / "baseline.json").read_text())
    assert data["format"] == "factcheck-baseline" and data["version"] == 1
    assert data["findings"] == [{"path": "drafts/a.md", "id": fingerprint("rule", "40 boats"),
                                 "rule": "rule", "count": 1, "message": "bad 40 boats"}]
    # text elsewhere changes (offsets move), and a new false figure appears
    new = _result("A new first paragraph.\n\nOfficials said 40 boats sank, and 9 planes.\n",
                  "drafts/a.md", ["40 boats", "9 planes"])
    out = apply_baseline(new, load_baseline(tmp_path / "baseline.json"))
    flags = out.documents[0].flags
    assert [f.suppressed for f in flags] == [BASELINE_REASON, None]
    assert _active(out) == ["bad 9 planes"]


def test_paths_are_relative_to_the_baseline_file_not_the_cwd(tmp_path, monkeypatch):
    (tmp_path / "repo" / "drafts").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "repo")
    write_baseline(_result("7 tanks.\n", "drafts/a.md", ["7 tanks"]),
                   tmp_path / "repo" / "b.json")
    monkeypatch.chdir(tmp_path / "repo" / "drafts")
    out = apply_baseline(_result("7 tanks.\n", "a.md", ["7 tanks"]),
                         load_baseline("../b.json"))
    assert _active(out) == []
    other = apply_baseline(_result("7 tanks.\n", "b.md", ["7 tanks"]), load_baseline("../b.json"))
    assert _active(other) == ["bad 7 tanks"]


def test_counts_cover_only_as_many_occurrences(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = "7 tanks. Then 7 tanks.\n"
    r = _result(text, "a.md", ["7 tanks"])
    doc_result = r.documents[0]
    twice = replace(doc_result, flags=doc_result.flags * 2)
    write_baseline(RunResult((twice,)), "b.json")
    assert json.loads(Path("b.json").read_text())["findings"][0]["count"] == 2
    thrice = replace(doc_result, flags=doc_result.flags * 3)
    out = apply_baseline(RunResult((thrice,)), load_baseline("b.json"))
    assert [f.suppressed for f in out.documents[0].flags] == ["baseline", "baseline", None]


def test_inline_suppressed_findings_are_not_recorded_and_keep_their_reason(tmp_path):
    r = _result("7 tanks.\n", "a.md", ["7 tanks"])
    d = r.documents[0]
    r = RunResult((replace(d, flags=(replace(d.flags[0], suppressed="quoted"),)),))
    assert len(write_baseline(r, tmp_path / "b.json")) == 0
    out = apply_baseline(r, load_baseline(tmp_path / "b.json"))
    assert out.documents[0].flags[0].suppressed == "quoted"


def test_jsonl_documents_are_told_apart_by_id(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    a = _result("7 tanks.\n", "batch.jsonl", ["7 tanks"], doc_id="story-1")
    b = _result("7 tanks.\n", "batch.jsonl", ["7 tanks"], doc_id="story-2")
    assert document_key(a.documents[0].document, tmp_path) == "batch.jsonl#story-1"
    write_baseline(a, "b.json")
    assert json.loads(Path("b.json").read_text())["findings"][0]["document"] == "story-1"
    assert _active(apply_baseline(a, load_baseline("b.json"))) == []
    assert _active(apply_baseline(b, load_baseline("b.json"))) == ["bad 7 tanks"]


def test_file_is_deterministic(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r1 = _result("1 a. 2 b.\n", "x.md", ["1 a", "2 b"])
    r2 = _result("1 a. 2 b.\n", "x.md", ["2 b", "1 a"])
    write_baseline(r1, "one.json")
    write_baseline(r2, "two.json")
    assert Path("one.json").read_text() == Path("two.json").read_text()


@pytest.mark.parametrize("content, words", [
    (None, "no such baseline file"),
    ("{\n  nope", ":2: not a baseline file"),
    ('{"findings": []}', "not a factcheck baseline"),
    ('{"format": "factcheck-baseline", "version": 9, "findings": []}', "version 9"),
    ('{"format": "factcheck-baseline", "version": 1, "findings": [{"path": "a"}]}',
     "finding 1 needs"),
    (b"\xff\xfe", "not UTF-8"),
])
def test_bad_files_give_one_line(tmp_path, content, words):
    path = tmp_path / "b.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content)
    with pytest.raises(BaselineError) as exc:
        load_baseline(path)
    assert str(exc.value).startswith(str(path)) and words in str(exc.value)
    assert "\n" not in str(exc.value)


def test_unwritable_target_is_a_clear_error(tmp_path):
    with pytest.raises(BaselineError, match="cannot write"):
        write_baseline(RunResult(), tmp_path / "missing-dir" / "b.json")
    assert not any(p.name.startswith(".b.json") for p in tmp_path.iterdir())
    assert os.listdir(tmp_path) == []
