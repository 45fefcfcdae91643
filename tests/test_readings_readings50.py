"""Readings50 (issue #10): a day's figure changed "than in the previous report", a figure a
"when ... reported N" clause gives for another day, and every unverified figure named with its
reason in the text, SARIF and JUnit reports. Our own sentences; the General Staff's real
figures: reports of 27 and 28 August 2024, 1,280 and 1,090 troops over the day; reports of 1
and 10 April 2025, 1,540 and 1,420.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from factcheck.model import Claim, Document, DocumentResult, RunResult, Verdict
from factcheck.report import render
from readings_support import checker_for, claims_by_text as _claims

ROOT = Path(__file__).resolve().parents[1]
SARIF_SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("readings50")))


def _status(run, text: str, pub: date) -> tuple[dict[str, str], list]:
    _, cs, flags, verdicts = run(text, pub)
    return {c.text: verdicts[c.id].status for c in cs}, \
        [f for f in flags if f.severity in ("error", "warning")]


# -- "N fewer than in the previous report" -------------------------------------------------------

_PREVIOUS = ("Russia lost 1,090 troops over the past day, the General Staff said on Wednesday, "
             "{n} fewer than in the previous report.")


@pytest.mark.parametrize("words", ["than in the previous report", "than the previous update",
                                   "than in the last daily report"])
def test_a_change_from_the_previous_report_is_against_the_day_before(words):
    text = _PREVIOUS.format(n="190").replace("than in the previous report", words)
    claims = _claims(text, date(2024, 8, 28))
    assert dict(claims["190"].extra).get("change_base"), words


def test_the_change_from_the_previous_report_is_checked_both_ways(run):
    got, flags = _status(run, _PREVIOUS.format(n="190"), date(2024, 8, 28))
    assert got == {"1,090": "supported", "190": "supported"} and not flags
    got, flags = _status(run, _PREVIOUS.format(n="290"), date(2024, 8, 28))
    assert got["290"] == "contradicted" and got["1,090"] == "supported"
    assert any(f.severity == "error" for f in flags)


def test_a_report_of_its_own_is_no_base():
    # (the previous report of another count, "the previous report on tanks", is no day before)
    claims = _claims("Russia lost 1,090 troops over the past day, 190 fewer than the report on "
                     "tanks said.", date(2024, 8, 28))
    assert not dict(claims["190"].extra).get("change_base")


# -- "..., when the General Staff reported N" ---------------------------------------------------

_WHEN = ("Russia lost 1,420 troops over the past day, Kyiv said, the most in a day since April "
         "1, when the General Staff reported {n}.")


def test_the_when_reported_figure_takes_the_days_count():
    c = _claims(_WHEN.format(n="1,540"), date(2025, 4, 10))["1,540"]
    assert c.measure == "personnel_losses" and c.subject == "russian_forces"
    assert str(c.period.start) == "2025-04-01"
    assert "when ... reported" in dict(dict(c.extra)["basis"])["measure"]


def test_the_when_reported_figure_is_supported_or_contradicted(run):
    got, flags = _status(run, _WHEN.format(n="1,540"), date(2025, 4, 10))
    assert got == {"1,420": "supported", "1,540": "supported"} and not flags
    got, _ = _status(run, _WHEN.format(n="1,450"), date(2025, 4, 10))
    assert got["1,450"] == "contradicted"


def test_a_when_clause_with_a_noun_of_its_own_keeps_it():
    own = _claims("Russia lost 1,420 troops over the past day, the most since April 1, when it "
                  "reported 20 tanks.", date(2025, 4, 10))["20"]
    assert own.measure == "tanks"


def test_a_when_clause_after_no_days_figure_carries_nothing():
    c = _claims("Kyiv's count of Russian losses stood at 931,450 on Saturday, well above April 1, "
                "when the General Staff reported 916,770.", date(2025, 4, 12))["916,770"]
    assert "when ... reported" not in str(c.extra)


# -- every unverified figure named with its reason ----------------------------------------------

def _claim(text: str, cid: str, words: str) -> Claim:
    s = text.index(words)
    line = text.count("\n", 0, s) + 1
    col = s - (text.rfind("\n", 0, s) + 1) + 1
    return Claim(id=cid, text=words, start=s, end=s + len(words), line=line, column=col,
                 value=1.0)


def _result() -> RunResult:
    text = "The council opened 12 new shelters.\nIt reported 3,250 in two days.\n"
    doc = Document(id="d1", path="draft.md", text=text, date=date(2024, 11, 29))
    claims = (_claim(text, "c1", "12 new shelters"), _claim(text, "c2", "3,250"),
              _claim(text, "c3", "two days"))
    verdicts = (Verdict("c1", "unverified", reason="no reference", why="no reference data"),
                Verdict("c2", "unverified", reason="no measure", why="what it counts is not known"),
                Verdict("c3", "unverified", checks=("reference data",)))
    return RunResult(documents=(DocumentResult(doc, claims, (), verdicts),))


def test_text_groups_the_unverified_figures_by_reason_and_lists_each_on_request():
    grouped = render("text", _result())
    assert 'no measure (1): draft.md:2 "3,250"' in grouped
    assert 'no reference (1): draft.md:1 "12 new shelters"' in grouped
    assert "compared, not settled (1)" in grouped
    every = render("text", _result(), unverified="all")
    assert 'draft.md:2:13 "3,250": no measure (what it counts is not known)' in every
    assert "by reason" not in render("text", _result(), unverified="none")
    with pytest.raises(ValueError):
        render("text", _result(), unverified="some")


def test_text_names_only_the_first_figures_of_a_large_group():
    base = _result()
    dr = base.documents[0]
    many = tuple(Verdict(c.id, "unverified", reason="no measure") for c in dr.claims)
    text = render("text", RunResult(documents=(DocumentResult(dr.document, dr.claims, (), many),)),
                  )
    assert "no measure (3)" in text and "and" not in text.split("no measure (3): ")[1]


def test_sarif_names_each_unverified_figure_and_stays_valid():
    log = json.loads(render("sarif", _result()))
    got = {u["text"]: u["reason"] for u in log["runs"][0]["properties"]["unverified"]}
    assert got == {"12 new shelters": "no reference", "3,250": "no measure",
                   "two days": "compared, not settled"}
    assert log["runs"][0]["results"] == []
    if not SARIF_SCHEMA.exists():
        pytest.skip("../shared is absent")
    import jsonschema
    jsonschema.validate(log, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))


def test_junit_lists_unverified_figures_in_the_case_output_and_skips_nothing():
    root = ET.fromstring(render("junit", _result()))
    suite = root.find("testsuite")
    assert suite.get("skipped") == "0"
    props = {p.get("name"): p.get("value") for p in suite.find("properties")}
    assert props["coverage.not_checkable.no_measure"] == "1"
    out = suite.find("testcase").find("system-out").text
    assert 'unverified: draft.md:2:13 "3,250": no measure' in out


# -- "that makes 3,250 in two days": a bare sum over a window ------------------------------------

_TWO_DAYS = ("The General Staff reported 2,030 Russian casualties on Friday. Together with "
             "Thursday's 1,220, that makes {n} in two days.")


def test_a_bare_window_sum_takes_the_count_of_the_days_before_it():
    c = _claims(_TWO_DAYS.format(n="3,250"), date(2024, 11, 29))["3,250"]
    assert c.measure == "personnel_losses"
    assert any(r[0].startswith("the total over 2024-11-27 to 2024-11-28")
               for r in dict(c.extra)["readings"])


def test_the_bare_window_sum_is_supported_or_contradicted(run):
    got, flags = _status(run, _TWO_DAYS.format(n="3,250"), date(2024, 11, 29))
    assert got["3,250"] == "supported" and not flags
    got, _ = _status(run, _TWO_DAYS.format(n="3,520"), date(2024, 11, 29))
    assert got["3,520"] == "contradicted"


def test_a_bare_figure_before_a_window_after_two_counts_takes_neither():
    c = _claims("Russia lost 1,210 soldiers and 11 tanks over the past day; 40 in two days.",
                date(2025, 4, 11))["40"]
    assert c.measure is None


# -- "Friday (1,090), Thursday (1,300)": weekdays' figures in brackets ----------------------------

_WEEKDAYS = ("Saturday's figures from Ukraine's General Staff show Russia lost 930 soldiers over "
             "the previous day. Three days this week topped 1,000: Friday ({n}), Thursday "
             "(1,300) and Monday (1,030).")


def test_weekdays_figures_in_brackets_take_the_days_count_and_the_threshold_none():
    claims = _claims(_WEEKDAYS.format(n="1,090"), date(2023, 12, 16))
    assert claims["1,090"].measure == claims["1,300"].measure == "personnel_losses"
    assert str(claims["1,090"].period.start) == "2023-12-15"
    assert claims["topped 1,000"].measure is None


def test_weekdays_figures_in_brackets_are_supported_or_contradicted(run):
    got, flags = _status(run, _WEEKDAYS.format(n="1,090"), date(2023, 12, 16))
    assert got["1,090"] == got["1,300"] == got["1,030"] == "supported" and not flags
    got, _ = _status(run, _WEEKDAYS.format(n="1,900"), date(2023, 12, 16))
    assert got["1,900"] == "contradicted" and got["1,300"] == "supported"


# -- "rose to more than 1.2 million; 1,090 were added in the last day" ----------------------------

_ADDED = ("The number of Russian troops put out of action since the start of the war rose to more "
          "than 1.2 million; {n} were added in the last day.")


def test_a_bare_figure_added_in_the_last_day_takes_the_running_totals_count(run):
    c = _claims(_ADDED.format(n="1,090"), date(2025, 12, 24))["1,090"]
    assert c.measure == "personnel_losses" and not c.cumulative
    got, flags = _status(run, _ADDED.format(n="1,090"), date(2025, 12, 24))
    assert got["1,090"] == "supported" and not flags
    got, _ = _status(run, _ADDED.format(n="1,900"), date(2025, 12, 24))
    assert got["1,900"] == "contradicted"


def test_a_bare_figure_with_another_verb_before_the_day_stays_bare():
    c = _claims("The count rose to more than 1.2 million troops; 40 were sent home in the last "
                "day.", date(2025, 12, 24))["40"]
    assert c.measure is None
