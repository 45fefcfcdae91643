"""JUnit XML (one test case per document) and the markdown PR summary."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from report_fixture import RULES_META, build_result

from factcheck import report
from factcheck.model import Document, DocumentResult, Flag, RunResult


def _junit(result=None, **kw):
    return ET.fromstring(report.render("junit", result or build_result(), **kw))


def test_junit_one_case_per_document_and_failures_carry_flags():
    root = _junit()
    cases = root.findall("./testsuite/testcase")
    assert [c.get("name") for c in cases] == [
        "drafts/binary.md", "drafts/batch.jsonl", "drafts/losses.md", "drafts/clean.txt",
        "drafts/crash.md"]
    losses = cases[2]
    failure = losses.find("failure")
    assert failure.get("type") == "error" and failure.get("message") == "1 error, 1 warning"
    assert "[internal-interval-conflict]" in failure.text and "evidence:" in failure.text
    assert "(suppressed: baseline)" in losses.find("system-out").text
    assert cases[3].find("failure") is None and cases[4].find("error") is not None
    suite = root.find("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("5", "1", "3")


def test_junit_fail_on_threshold():
    losses = _junit(fail_on="warning").findall("./testsuite/testcase")[2]
    assert losses.find("failure").get("type") == "error"
    text = "There were 5 trucks.\n"
    doc = Document(id="d", text=text, path="w.md")
    flag = Flag(id="f", rule="r", severity="warning", message="w", start=11, end=19, line=1,
                column=12)
    rr = RunResult((DocumentResult(doc, flags=(flag,)),))
    assert _junit(rr).find("./testsuite/testcase/failure") is None
    assert "[r]" in _junit(rr).find("./testsuite/testcase/system-out").text
    assert _junit(rr, fail_on="warning").find("./testsuite/testcase/failure") is not None


def test_junit_survives_characters_xml_forbids():
    text = "Bad \x00\x1b bytes and 7 tanks <&>.\n"
    doc = Document(id="d", text=text, path="x\x01.md")
    s = text.index("7 tanks")
    flag = Flag(id="f", rule="r", severity="error", message="m\x0b", start=s, end=s + 7,
                line=1, column=s + 1)
    root = _junit(RunResult((DocumentResult(doc, flags=(flag,)),)))
    assert "<&>" in root.find("./testsuite/testcase/failure").text


def test_markdown_summary_is_compact_and_escaped():
    md = report.render("markdown", build_result(), rules_meta=RULES_META)
    assert md.startswith("### factcheck: 1 error, 1 warning\n")
    rows = [line for line in md.splitlines() if line.startswith("| :")]
    assert len(rows) == 2 and "`drafts/losses.md:9:34`" in rows[0]
    assert "<details><summary>2 suppressed flags</summary>" in md
    assert "&lt;b&gt;unchecked&lt;/b&gt;" not in rows[0]
    hostile = "@team see [x](http://evil) | <img src=x onerror=alert(1)> #12"
    text = "Officials said 9 boats.\n"
    doc = Document(id="d", text=text, path="m.md")
    flag = Flag(id="f", rule="r", severity="error", message=hostile, start=15, end=21, line=1,
                column=16)
    md = report.render("markdown", RunResult((DocumentResult(doc, flags=(flag,)),)))
    row = next(line for line in md.splitlines() if line.startswith("| :x:"))
    assert "<img" not in row and "\\@team" in row and "\\|" in row and "\\[x\\]" in row
    assert row.count(" | ") == 3  # the message's pipe does not split the cell


def test_markdown_caps_rows():
    text = "".join(f"Line {i} has {i} cars.\n" for i in range(1, 8))
    doc = Document(id="d", text=text, path="m.md")
    flags = tuple(Flag(id=str(i), rule="r", severity="info", message=f"m{i}", start=0, end=4,
                       line=i, column=1) for i in range(7))
    md = report.render("markdown", RunResult((DocumentResult(doc, flags=flags),)), max_rows=3)
    assert sum(1 for line in md.splitlines() if line.startswith("| :")) == 3
    assert "… and 4 more" in md


def test_markdown_clean_run():
    assert report.render("markdown", RunResult()).startswith("### factcheck: no flags")
