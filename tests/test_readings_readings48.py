"""Readings of readings48 (issue #10): figures with no noun of their own given their measure
from the words that carry it (a paragraph's category label, "a day after losing N"), and every
figure that stays unverified saying why in words a reader can check. Our own sentences; the
General Staff's real figures: report of 21 July 2025, artillery 30,637 (+54), vehicles and fuel
tanks 55,859 (+132), tanks 11,037 (+2); reports of 21 and 22 July 2025, 1,170 and 1,090
troops over the day.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from factcheck.document import read_text_document
from factcheck.normalize import claims_for
from readings_support import checker_for, claims_by_text as _claims

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("readings48")))


def _basis(claim: object) -> dict[str, str]:
    return dict(dict(claim.extra).get("basis") or ())


def _status(run, text: str, pub: date) -> tuple[dict[str, str], list]:
    _, cs, flags, verdicts = run(text, pub)
    return {c.text: verdicts[c.id].status for c in cs}, \
        [f for f in flags if f.severity in ("error", "warning")]


# -- a paragraph's category label --------------------------------------------------------------

_CATEGORIES = ("Artillery systems. The count stands at {art}, with 54 of them hit in the past "
               "day.\n\nVehicles and fuel tanks. The tally has reached 55,859, up 132 on the day "
               "before.\n\nTanks. Two more were destroyed, taking the total to 11,037.\n")


def test_each_paragraph_takes_the_measure_its_label_names():
    claims = _claims(_CATEGORIES.format(art="30,637"), date(2025, 7, 21))
    assert claims["30,637"].measure == claims["54"].measure == "artillery"
    assert claims["55,859"].measure == "vehicles_fuel_tanks"
    assert claims["Two"].measure == claims["11,037"].measure == "tanks"
    assert _basis(claims["55,859"])["measure"] == "paragraph label"


def test_paragraph_labels_support_right_figures_and_contradict_a_wrong_total(run):
    status, flags = _status(run, _CATEGORIES.format(art="30,637"), date(2025, 7, 21))
    assert set(status.values()) == {"supported"} and not flags
    status, flags = _status(run, _CATEGORIES.format(art="30,673"), date(2025, 7, 21))
    assert status["30,673"] == "contradicted"
    assert [s for s in status.values() if s != "supported"] == ["contradicted"]
    assert flags and all(f.claims[0] == next(
        c.id for c in claims_for(read_text_document(_CATEGORIES.format(art="30,673"), "t.md",
                                                    date(2025, 7, 21)))
        if c.text == "30,673") for f in flags)


@pytest.mark.parametrize("opening", ["Background. ", "In short: ", "Kyiv said. "])
def test_an_opening_that_names_no_measure_is_no_label(opening):
    claims = _claims(f"{opening}The count stands at 30,637 as of Monday.", date(2025, 7, 21))
    assert _basis(claims["30,637"]).get("measure") != "paragraph label"


def test_a_label_gives_way_to_the_figures_own_noun():
    claims = _claims("Tanks. Russia also lost 54 artillery systems over the past day.",
                     date(2025, 7, 21))
    assert claims["54"].measure == "artillery"


# -- "a day after losing N": the count before it, the day before -----------------------------

_DAY_AFTER = ("Russia lost 1,090 troops in the day to Tuesday morning, a day after losing "
              "{n}, according to Ukraine's General Staff.")


def test_a_day_after_losing_carries_the_count_and_reads_the_day_before():
    claims = _claims(_DAY_AFTER.format(n="1,170"), date(2025, 7, 22))
    c = claims["1,170"]
    assert c.measure == "personnel_losses"
    assert _basis(c)["measure"].startswith("carried within the paragraph")
    days = [r[1] for r in dict(c.extra)["readings"]]
    assert "2025-07-21" in days


@pytest.mark.parametrize("n,expected", [("1,170", "supported"), ("1,710", "contradicted")])
def test_a_day_after_losing_is_checked_against_the_report_before(run, n, expected):
    status, flags = _status(run, _DAY_AFTER.format(n=n), date(2025, 7, 22))
    assert status[n] == expected and status["1,090"] == "supported"
    assert bool(flags) == (expected == "contradicted")


# -- every unverified figure says why ----------------------------------------------------------

# the bare words the account gave before: a reason that names nothing a reader could check
_GENERIC = re.compile(r"(?:checked within the article only, against its other figures; )?(?:"
                      r"what the figure counts is not known|whose [\w ]+ it is is not known|"
                      r"no reading of it matches the reference values, and not every reading "
                      r"disagrees enough to contradict it)")


def _unverified(run, text: str, pub: date) -> dict[str, object]:
    _, cs, _, verdicts = run(text, pub)
    return {c.text: verdicts[c.id] for c in cs if verdicts[c.id].status == "unverified"}


def test_no_measure_names_the_words_looked_at(run):
    # (readings50: "that makes 3,250 in two days" now takes the count of the days before it;
    # readings54: "Kyiv's count rose from A to B, an increase of C" takes the count's measure,
    # so a sentence that names no count at all is the case here)
    got = _unverified(run, "It went from 687,600 on Saturday to 689,040 on Sunday, "
                      "an increase of 1,440 in two days.", date(2024, 10, 27))
    v = got["1,440"]
    assert v.reason == "no measure"
    assert '"in two days."' in v.why and "to 689,040 on Sunday, an increase of" in v.why
    assert not _GENERIC.fullmatch(v.why)


def test_no_subject_names_the_measure_and_the_words(run):
    got = _unverified(run, "Some 620 each month were listed as liquidated.", date(2023, 7, 1))
    for v in got.values():
        assert v.why and not _GENERIC.fullmatch(v.why)
        if v.reason == "no subject":
            assert '"' in v.why


def test_readings_that_disagree_are_named_with_the_reports_values(run):
    from factcheck.model import Claim, Period, Reference
    from factcheck.verdicts import _readings_apart

    c = Claim(id="c1", text="3,700", start=0, end=5, line=1, column=1, value=3700.0)
    refs = [Reference(claim="c1", kind="dataset", role="period", measure="personnel_losses",
                      subject="russian_forces", value=1670.0,
                      period=Period(date(2025, 1, 15), date(2025, 1, 15))),
            Reference(claim="c1", kind="dataset", role="period", measure="personnel_losses",
                      subject="russian_forces", value=820000.0, cumulative=True,
                      period=Period(date(2022, 2, 24), date(2025, 1, 16)),
                      reading="the running total to 2025-01-16")]
    why = _readings_apart(c, refs)
    assert "personnel losses for 2025-01-15 the reference gives 1,670" in why
    assert "as the running total to 2025-01-16 the reference gives 820,000" in why


def _phrasing_cases(ids: set[str]) -> list[dict]:
    from readings_support import phrasing_cases
    return [c for c in phrasing_cases() if c["id"] in ids]


# cases of the phrasing set whose correct figures stayed unverified at readings48's start, one
# or more of each cause (no measure, no subject, no reference, no period, another source's
# figure, readings that disagree)
_UNVERIFIED_AT_START = {
    "err-table-empty-increment", "question-and-answer", "p-monthly-liquidated",
    "p20-more-than-day-earlier", "p21-highest-single-day", "p31-january-piece-about-december",
    "p37-year-more-than-two-combined", "p42-difference-of-four-candidates",
    "p44-tanks-october-november-2023-difference", "p46-year-2024-in-review",
    "ministry-monthly-summary", "p56-interview-year-2025", "p56-two-sources-april-2025",
    "p69-year-2024-against-2023", "p72-weekdays-in-brackets-december-2023",
    "p93-two-day-sum-november-2024", "p93-increment-between-two-totals-october-2024",
    "raised-to-more-than-translated", "respectively-up-from-yesterday",
}


def test_no_unverified_figure_of_the_phrasing_set_has_a_bare_reason(run):
    cases = _phrasing_cases(_UNVERIFIED_AT_START)
    assert len(cases) == len(_UNVERIFIED_AT_START)
    seen = 0
    for case in cases:
        pub = case["date"] if isinstance(case["date"], date) else \
            date.fromisoformat(str(case["date"]))
        for words, v in _unverified(run, case["text"], pub).items():
            seen += 1
            assert v.why, (case["id"], words)
            assert not _GENERIC.fullmatch(v.why), (case["id"], words, v.why)
    assert seen >= len(cases)


def test_a_lines_own_label_is_left_to_the_line_labels():
    # (regression: "Tanks: 7,590 (+41)" beyond a blank line read the capital as a subject)
    claims = _claims("Russian losses as of 20 May 2024, according to Ukraine's General "
                     "Staff.\n\nTanks: 7,590 (+41)\n", date(2024, 5, 20))
    assert claims["7,590"].measure == "tanks" and claims["7,590"].subject == "russian_forces"
    assert _basis(claims["7,590"])["measure"] != "paragraph label"
