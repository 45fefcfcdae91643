"""Confidence as issue #10 words it: an error needs keys written or carried within the
paragraph; weaker keys (a document default, a key carried from another paragraph, a list
head, pair or heading found in another paragraph) give at most a warning, for the prior rules
and the consistency rules alike, and the flag says which key was weak and why. The verdict
stays `contradicted` when every reading disagrees: only the severity is capped.

Real figures of the General Staff: report of 2024-12-17, 1,600 personnel over the past day;
report of 2024-10-08, 1,340 personnel, 47 artillery systems over the past day.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.normalize.readings import is_weak
from factcheck.report import render
from factcheck.rulebook import WEAK_MARK, load_rulebook
from readings_support import checker_for

KEY_POINTS = ("**Key points**\n\n- Russian personnel losses over the past day: 1,600, "
              "according to Ukraine's General Staff\n\n")


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("basis")))


def _flags(flags, rule):
    return [f for f in flags if f.rule == rule]


def test_which_bases_are_weak():
    for how in ("document default: a running total", "none",
                "carried from the previous paragraph", "carried from an earlier paragraph",
                "carried from the heading in another paragraph: \"personnel losses\"",
                "pair from another paragraph: the total of \"765,000\""):
        assert is_weak(how), how
    for how in ("written", "carried within the paragraph", "pair: the total of \"765,000\"",
                "list: its item \"28\" is a running total", "table label: the line's year",
                "carried from the body", "carried from the heading: \"personnel losses\""):
        assert not is_weak(how), how


def test_a_conflict_on_a_subject_carried_from_another_paragraph_is_a_warning(run):
    # (another count in the article, four tanks: the carried subject is not the only topic's,
    # tests/test_readings_readings38.py has the article of one measure and subject)
    text = KEY_POINTS + ("Ukraine's General Staff said on Tuesday that Russian forces kept up "
                         "their assaults near Pokrovsk and lost four tanks over the past day."
                         "\n\nPersonnel losses over the past day came to 1,900, the report "
                         "said.")
    _, cs, flags, verdicts = run(text, date(2024, 12, 17))
    c = next(c for c in cs if c.text == "1,900")
    assert dict(c.extra_dict()["basis"])["subject"] == "carried from an earlier paragraph"
    (conflict,) = _flags(flags, "conflicting-figures")
    assert conflict.severity == "warning"
    assert conflict.weak == 'for "1,900", the subject: carried from an earlier paragraph'
    assert "A warning, not an error" in conflict.message
    assert conflict.as_dict()["weak"] == conflict.weak
    # the reference data disagree on every reading: still contradicted, as a warning
    assert verdicts[c.id].status == "contradicted"
    assert not _flags(flags, "dataset-figure-mismatch")
    (unsure,) = _flags(flags, "dataset-figure-mismatch-unsure")
    assert "the subject: carried from an earlier paragraph" in unsure.message


def test_the_same_figures_in_one_paragraph_are_errors(run):
    text = KEY_POINTS + ("Ukraine's General Staff said on Tuesday that Russian personnel "
                         "losses over the past day came to 1,900.")
    _, cs, flags, _ = run(text, date(2024, 12, 17))
    (conflict,) = _flags(flags, "conflicting-figures")
    assert conflict.severity == "error" and conflict.weak is None
    assert "weak" not in conflict.as_dict()
    assert _flags(flags, "dataset-figure-mismatch")[0].severity == "error"


def test_a_day_figure_in_the_next_paragraph_of_the_same_report_is_an_error(run):
    # the next paragraph credits no source and writes no date: it continues the report the
    # paragraph before credits, so the side carried from it is firm (readings26); one that
    # credits a source of its own stays a warning (the test above)
    one = ("Russian forces lost 1,340 troops over the past day, Ukraine's General Staff said "
           "on Tuesday.{sep}The report also listed 83 artillery systems destroyed over the same "
           "period.")
    for sep, severity in (("\n\n", "error"), (" ", "error")):
        _, cs, flags, verdicts = run(one.format(sep=sep), date(2024, 10, 8))
        c = next(c for c in cs if c.text == "83")
        assert verdicts[c.id].status == "contradicted"
        got = [f for f in flags if c.id in f.claims and f.severity in ("error", "warning")]
        assert [f.severity for f in got] == [severity], sep


def test_rules_that_give_errors_have_a_weak_variant_per_fact_that_can_be_weak():
    book = load_rulebook(use_cache=False)
    conflict = book.get("conflicting-figures").durable_rules()
    assert {n.partition(WEAK_MARK)[2] for n in conflict} == {"", "a", "b"}
    # a rule that gives warnings only has no variants
    assert not any(WEAK_MARK in n for n in book.get("dimension-mismatch").durable_rules())
    # the firm variant requires every weak field 0; the weak ones exactly one first weak fact
    firm = conflict["conflicting-figures#0"]["all"][0]["p"]
    assert {"a__weak": 0} in firm["$and"] and {"b__weak": 0} in firm["$and"]
    second = conflict[f"conflicting-figures#0{WEAK_MARK}b"]["all"][0]["p"]
    assert {"a__weak": 0} in second["$and"] and {"b__weak": 1} in second["$and"]


def test_every_key_of_every_claim_is_shown_in_json_and_html(run):
    text = KEY_POINTS + ("Ukraine's General Staff said on Tuesday that Russian forces kept up "
                         "their assaults.\n\nPersonnel losses over the past day came to 1,900.")
    from factcheck.model import DocumentResult, RunResult

    doc, cs, flags, verdicts = run(text, date(2024, 12, 17))
    result = RunResult(documents=(DocumentResult(document=doc, claims=tuple(cs),
                                                 flags=tuple(flags),
                                                 verdicts=tuple(verdicts.values())),))
    claims = result.as_dict()["documents"][0]["claims"]
    for c in claims:
        assert set(c["basis"]) >= {"measure", "subject", "period", "scope"}, c["text"]
    page = render("html", result)
    for k in ("measure", "subject", "period", "scope"):
        assert f"{k} " in page
    # (one measure and subject in the article: the carried key says so)
    assert "subject carried (the article's one measure and subject) from an earlier " \
        "paragraph" in page.replace("&#x27;", "'").replace("&#39;", "'")
