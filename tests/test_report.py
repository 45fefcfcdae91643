"""Report formatters: registry, golden snapshots of every format, and shared behaviour."""

from __future__ import annotations

import io
import json

import pytest
from report_fixture import RULES_META, SERIES, build_result, check_snapshot

from factcheck import report
from factcheck.model import Document, DocumentResult, Flag, RunResult

SNAPSHOT_EXT = {"text": "txt", "json": "json", "sarif": "sarif.json", "junit": "xml",
                "markdown": "md", "html": "html"}


def test_every_format_is_registered_once_by_name():
    names = report.format_names()
    assert names[:6] == ["text", "json", "sarif", "junit", "markdown", "html"]
    assert len(names) == len(set(names))
    for name, cls in report.FORMATTERS.items():
        assert cls.name == name
    with pytest.raises(ValueError, match="registered twice"):
        report.register("text")(type("Again", (report.Formatter,), {}))


def test_unknown_format_and_option_are_clear_errors():
    with pytest.raises(ValueError, match="unknown report format 'yaml'"):
        report.render("yaml", RunResult())
    with pytest.raises(TypeError, match="no option colour"):
        report.render("text", RunResult(), colour=True)


@pytest.mark.parametrize("name", sorted(SNAPSHOT_EXT))
def test_golden_snapshot(name):
    if name not in report.FORMATTERS:
        pytest.fail(f"format {name} is not registered")
    out = report.render(name, build_result(), rules_meta=RULES_META, series=SERIES)
    check_snapshot(f"report.{SNAPSHOT_EXT[name]}", _stable(name, out))


def _stable(name: str, out: str) -> str:
    """The html chart is matplotlib's SVG: pinned by its own tests, not byte for byte here."""
    if name != "html":
        return out
    import re

    return re.sub(r"<svg\b.*?</svg>", "<svg><!-- chart --></svg>", out, flags=re.DOTALL)


@pytest.mark.parametrize("name", sorted(SNAPSHOT_EXT))
def test_render_writes_to_stream_and_returns_the_same_text(name):
    buf = io.StringIO()
    text = report.render(name, build_result(), buf, rules_meta=RULES_META)
    assert buf.getvalue() == text and text


@pytest.mark.parametrize("name", sorted(SNAPSHOT_EXT))
def test_empty_run_renders(name):
    assert report.render(name, RunResult())


def test_text_plain_when_not_a_terminal_and_coloured_on_one():
    class Tty(io.StringIO):
        def isatty(self):
            return True

    r = build_result()
    plain = report.render("text", r, io.StringIO())
    assert "\x1b[" not in plain
    assert "^^^^^^^^^^^^^^^^^^^^" in plain  # under "about 1,200 soldiers"
    coloured = report.render("text", r, Tty())
    assert "\x1b[" in coloured and "^^^^" not in coloured


def test_text_shows_sentence_with_highlight_and_evidence():
    out = report.render("text", build_result())
    lines = out.splitlines()
    i = lines.index(next(x for x in lines if x.startswith("drafts/losses.md:9:34: error:")))
    sentence, carets = lines[i + 1], lines[i + 2]
    start = sentence.index("about 1,200 soldiers")
    assert carets.index("^") == start and carets.count("^") == len("about 1,200 soldiers")
    assert "evidence: this article, line 7" in lines[i + 3]


def test_text_hides_suppressed_but_counts_them_and_lists_them_on_request():
    r = build_result()
    out = report.render("text", r)
    assert "(suppressed" not in out and "2 suppressed" in out
    shown = report.render("text", r, show_suppressed=True)
    assert "(suppressed: baseline)" in shown
    assert "(suppressed: the spokesman's own words)" in shown


def test_text_neutralises_terminal_escapes_in_document_text():
    text = "Officials said \x1b[2J12 tanks\x07 were lost.\n"
    doc = Document(id="d", text=text, path="x.md")
    s = text.index("12 tanks")
    flag = Flag(id="f", rule="r", severity="error", message="bad \x1b]0;title\x07", start=s,
                end=s + 8, line=1, column=s + 1)
    for color in (False, True):
        out = report.render("text", RunResult((DocumentResult(doc, flags=(flag,)),)), color=color)
        assert "\x1b[2J" not in out and "\x07" not in out and "\x1b]0" not in out


def test_text_falls_back_to_the_enclosing_line_without_a_sentence():
    text = "Title\nA line with 40 trucks in it\nnext\n"
    doc = Document(id="d", text=text, path="x.md")
    s = text.index("40 trucks")
    flag = Flag(id="f", rule="r", severity="warning", message="m", start=s, end=s + 9, line=2,
                column=s - 5)
    out = report.render("text", RunResult((DocumentResult(doc, flags=(flag,)),)))
    assert "    | A line with 40 trucks in it\n" in out


def test_json_is_exactly_the_contract():
    r = build_result()
    assert json.loads(report.render("json", r)) == json.loads(json.dumps(r.as_dict()))


def test_jsonl_documents_are_named_by_file_and_id():
    text = "Officials said 40 boats sank.\n"
    docs = [Document(id=f"story-{i}", text=text, path="batch.jsonl") for i in (1, 2)]
    flags = (Flag(id="f", rule="r", severity="error", message="m", start=15, end=23, line=1,
                  column=16),)
    rr = RunResult(tuple(DocumentResult(d, flags=flags) for d in docs))
    out = report.render("text", rr)
    assert "batch.jsonl#story-1:1:16: error" in out and "batch.jsonl#story-2:1:16" in out
    sarif = json.loads(report.render("sarif", rr))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in sarif["runs"][0]["results"]}
    assert uris == {"batch.jsonl"}


@pytest.mark.parametrize("fmt", report.format_names())
def test_write_gives_what_render_returns(fmt):
    # the CLI writes reports with ``write`` (json streams its pieces); the text is the same
    result = build_result()
    out = io.StringIO()
    report.write(fmt, result, out, rules_meta=RULES_META,
                 **({"series": SERIES} if fmt == "html" else {}))
    assert out.getvalue() == report.render(fmt, result, None, rules_meta=RULES_META,
                                           **({"series": SERIES} if fmt == "html" else {}))
