"""Inline suppressions: the next paragraph, reasons required, unused ones reported."""

from __future__ import annotations

from factcheck.model import Document, Flag
from factcheck.report.suppress import NO_REASON, apply_suppressions, parse_suppressions


def _doc(text: str) -> Document:
    return Document(id="d", text=text, path="d.md", line_offset=2)


def _flag(text: str, words: str, rule: str = "r1", nth: int = 0) -> Flag:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Flag(id=f"{rule}-{words}-{nth}", rule=rule, severity="error", message="m",
                start=start, end=start + len(words), line=1, column=1)


TEXT = (
    "Intro with 5 boats.\n"
    "\n"
    '<!-- factcheck: ignore r1 reason="the ministry\'s own figure" -->\n'
    "The ministry said 40 boats\n"
    "and 12 planes were lost.\n"
    "\n"
    "Later, 40 boats again.\n"
)


def test_suppresses_the_next_paragraph_only_and_keeps_the_flag():
    doc = _doc(TEXT)
    flags = [_flag(TEXT, "5 boats"), _flag(TEXT, "40 boats"), _flag(TEXT, "12 planes"),
             _flag(TEXT, "40 boats", nth=1), _flag(TEXT, "40 boats", rule="r2")]
    out, warnings = apply_suppressions(doc, flags)
    assert [f.suppressed for f in out] == [None, "the ministry's own figure",
                                           "the ministry's own figure", None, None]
    assert [f.id for f in out] == [f.id for f in flags]
    assert warnings == ()


def test_without_reason_still_suppresses_and_warns():
    text = "<!-- factcheck: ignore r1 -->\nThe ministry said 40 boats.\n"
    out, warnings = apply_suppressions(_doc(text), [_flag(text, "40 boats")])
    assert out[0].suppressed == NO_REASON
    assert [(w.rule, w.severity, w.line, w.column) for w in warnings] == [
        ("suppression-without-reason", "warning", 3, 1)]
    assert "r1" in warnings[0].message


def test_unused_suppression_warns():
    text = ('Intro.\n\n<!-- factcheck: ignore r9 reason="x" -->\nThe ministry said 40 boats.\n')
    out, warnings = apply_suppressions(_doc(text), [_flag(text, "40 boats")])
    assert out[0].suppressed is None
    assert [(w.rule, w.line) for w in warnings] == [("unused-suppression", 5)]
    assert warnings[0].start == text.index("<!--")


def test_several_rules_stacked_comments_and_same_line_text():
    text = ('<!-- factcheck: ignore r1, r2 reason="both" -->\n'
            "<!-- factcheck: ignore r3 reason='single quotes' -->\n"
            "40 boats and 12 planes.\n\n"
            '<!-- factcheck: ignore r1 reason="inline" --> 7 tanks here.\n')
    flags = [_flag(text, "40 boats"), _flag(text, "12 planes", rule="r2"),
             _flag(text, "12 planes", rule="r3"), _flag(text, "7 tanks")]
    out, warnings = apply_suppressions(_doc(text), flags)
    assert [f.suppressed for f in out] == ["both", "both", "single quotes", "inline"]
    assert warnings == ()


def test_unreadable_comment_is_reported_and_suppresses_nothing():
    text = "<!-- factcheck: ignroe r1 -->\n40 boats.\n"
    out, warnings = apply_suppressions(_doc(text), [_flag(text, "40 boats")])
    assert out[0].suppressed is None
    assert [w.rule for w in warnings] == ["invalid-suppression"]


def test_existing_reason_is_kept_and_other_comments_ignored():
    text = "<!-- expect: r1 -->\n<!-- factcheck: ignore r1 reason=\"x\" -->\n40 boats.\n"
    flag = _flag(text, "40 boats")
    from dataclasses import replace

    out, warnings = apply_suppressions(_doc(text), [replace(flag, suppressed="baseline")])
    assert out[0].suppressed == "baseline"
    assert warnings == ()  # it matched a finding: the comment is not unused
    sups, bad = parse_suppressions(_doc(text))
    assert len(sups) == 1 and bad == []


def test_warning_ids_are_stable_and_distinct():
    text = "<!-- factcheck: ignore r1 -->\nA.\n\n<!-- factcheck: ignore r1 -->\nB.\n"
    _, w1 = apply_suppressions(_doc(text), [])
    _, w2 = apply_suppressions(_doc("Some new intro.\n\n" + text), [])
    assert len({w.id for w in w1}) == len(w1) == 4
    assert [w.id for w in w1] == [w.id for w in w2]


def test_no_comments_returns_flags_untouched():
    text = "40 boats.\n"
    flags = (_flag(text, "40 boats"),)
    assert apply_suppressions(_doc(text), flags) == (flags, ())
