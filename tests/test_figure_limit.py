"""The figure limit (``max_figures``): a document packed with figures is read and checked up to
its limit, and every figure after it is listed as not checked, with the reason (issue #14: an
input under 1 MB within 10 s). Also the report writers that made such a document slow: the
JSON writer's item-by-item stream and the plain claims table.
"""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from click.testing import CliRunner
from hypothesis import given, settings, strategies as st

from conftest import slow_tests_wanted

from factcheck.cli import main
from factcheck.model import Document, DocumentResult, RunResult
from factcheck.normalize import normalize, over_limit
from factcheck.report import claims as claims_format
from factcheck.report.json import JsonFormatter

# the contradiction (1,200 vs 1,900 troops on one day) is in the third and fourth figures
TEXT = ("---\ndate: 2024-12-18\n---\n"
        "Russia also lost 12 tanks on 17 December 2024. The ministry counted 9 artillery "
        "systems.\n\nRussia lost 1,200 troops on 17 December 2024. Later the ministry said "
        "Russia lost 1,900 troops on 17 December 2024.\n")


@pytest.fixture(autouse=True)
def _project(tmp_path, monkeypatch):
    monkeypatch.setenv("CI", "1")
    monkeypatch.chdir(tmp_path)


def run(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_figures_past_the_limit_are_listed_with_nothing_read():
    doc = Document(id="d", text="Russia lost 1,200 troops and 12 tanks, and 3 more tanks and "
                                "40 drones on 17 December 2024.", date=date(2024, 12, 18))
    full, _ = normalize(doc)
    limited, _ = normalize(doc, 2)
    assert [c.text for c in limited] == [c.text for c in full]
    assert [over_limit(c) for c in limited] == [False, False, True, True]
    for c in limited[2:]:
        assert (c.measure, c.subject, c.period) == (None, None, None)
        assert (c.value, c.lower, c.upper) == next(
            (f.value, f.lower, f.upper) for f in full if f.start == c.start)
    assert limited[:2] == full[:2]


def test_check_stops_at_the_limit_and_says_so(tmp_path):
    path = tmp_path / "dense.md"
    path.write_text(TEXT, encoding="utf-8")
    res = run("check", path, "--no-store", "--max-figures", "2", "--format", "json")
    report = json.loads(res.stdout)
    doc = report["documents"][0]
    rules = [f["rule"] for f in doc["flags"]]
    assert "conflicting-figures" not in rules and "figure-limit" in rules
    limit = next(f for f in doc["flags"] if f["rule"] == "figure-limit")
    assert limit["severity"] == "info" and "2 of 4 figures not checked" in limit["message"]
    assert limit["line"] == 6   # at the first figure left unchecked
    reasons = {v["claim"]: v.get("reason") for v in doc["verdicts"]}
    assert [reasons[c["id"]] for c in doc["claims"]][2:] == ["over the figure limit"] * 2
    assert report["summary"]["coverage"]["not_checkable"]["over the figure limit"] == 2
    assert res.exit_code == 0

    text = run("check", path, "--no-store", "--max-figures", "2")
    assert "2 over the figure limit" in text.stdout

    whole = run("check", path, "--no-store", "--max-figures", "0", "--format", "json")
    doc = json.loads(whole.stdout)["documents"][0]
    assert "conflicting-figures" in [f["rule"] for f in doc["flags"]]
    assert "figure-limit" not in [f["rule"] for f in doc["flags"]]
    assert whole.exit_code == 1


def test_the_limit_from_the_configuration(tmp_path):
    (tmp_path / "factcheck.toml").write_text("max_figures = 3\n", encoding="utf-8")
    path = tmp_path / "dense.md"
    path.write_text(TEXT, encoding="utf-8")
    res = run("extract", path, "--format", "json")
    claims = json.loads(res.stdout)["documents"][0]["claims"]
    assert [c["measure"] is None for c in claims] == [False, False, False, True]
    (tmp_path / "factcheck.toml").write_text("max_figures = -1\n", encoding="utf-8")
    bad = run("check", path, "--no-store")
    assert bad.exit_code == 2 and "max_figures" in bad.output and "Traceback" not in bad.output


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=90) | st.dictionaries(st.text(max_size=5), inner,
                                                                 max_size=5),
    max_leaves=400)


# 60 random values where the slow tests run (CI), 15 in `make test` (0.9 CPU seconds -> 0.25)
@settings(max_examples=60 if slow_tests_wanted() else 15, deadline=None)
@given(json_values)
def test_streamed_json_is_the_one_piece_encoding(value):
    from factcheck.report.json import _stream

    enc = JsonFormatter()._encoder()
    for whole in ({"documents": [value], "big": [value] * 70}, value,
                  {"documents": [{"claims": [value] * 70, "n": 1}], "errors": []}):
        out = io.StringIO()
        _stream(enc, whole, out, "")
        assert out.getvalue() == enc.encode(whole)


def test_a_report_is_streamed_claim_by_claim(monkeypatch):
    """The report of one document of many claims is never encoded in one piece."""
    from factcheck.report import json as json_format

    pieces = []
    real = json_format._json.JSONEncoder.encode
    monkeypatch.setattr(json_format._json.JSONEncoder, "encode",
                        lambda self, v: pieces.append(v) or real(self, v))
    claims = [{"id": f"c{i}", "value": i} for i in range(100)]
    out = io.StringIO()
    json_format._stream(JsonFormatter()._encoder(),
                        {"documents": [{"claims": claims}], "errors": []}, out, "")
    assert max(len(p) if isinstance(p, (list, dict)) else 1 for p in pieces) <= 2


def test_a_long_claims_table_is_plain_columns(monkeypatch):
    doc = Document(id="d.md", text="Russia lost 1,200 troops and 12 tanks on 17 December "
                                   "2024.", date=date(2024, 12, 18))
    claims, _ = normalize(doc)
    result = RunResult(documents=(DocumentResult(document=doc, claims=claims),))
    monkeypatch.setattr(claims_format, "PLAIN_ROWS", 1)
    text = claims_format.ClaimsFormatter().format(result, None)
    lines = text.splitlines()
    assert lines[0].endswith(": 2 claims")
    assert lines[1].split() == list(claims_format.COLUMNS)
    assert lines[2].split()[:3] == ["1:13", "1,200", "1,200"]
    assert "personnel_losses" in lines[2] and "┃" not in text
