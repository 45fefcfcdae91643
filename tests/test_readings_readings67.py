"""Issue #10's four leftovers of the thirty-eighth session (readings67): a ratio of two war
counts worked from the dataset; every count of a list of totals after one verb measured; a
level "passed" on a named day checked as the day it was crossed; a bare "the deadliest month"
ranked in its own year. Figures from the General Staff dataset: 2 December 2025 1,175,030
troops and 11,387 tanks (103.2 to one); November 2025 31,190 troops and 617 artillery systems
(50.6); 2024 430,790 troops and 3,689 tanks (116.8); 1 January 2025 790,800 troops and 9,672
tanks; personnel 999,200 (11 June 2025), 1,000,340 (12 June), 1,001,560 (13 June), 1,002,690
(14 June); 699,090 (3 November 2024) and 700,390 (4 November); months of 2025: January 48,240,
March 41,160, December 35,050; December 2024 48,670."""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import checker_for, statuses_rules_verdicts


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("readings67")))


# -- 1. a ratio worked out from the dataset's two counts -----------------------------------------

@pytest.mark.parametrize("ratio,want", [("103", "supported"), ("113", "contradicted")])
def test_a_ratio_since_the_invasion_takes_the_two_running_totals(run, ratio, want):
    text = (f"Since the invasion began, Russia has lost about {ratio} troops for every tank, "
            "according to the General Staff's running count.")
    _, cs, _, _ = run(text, date(2025, 12, 2))
    c = next(c for c in cs if c.text == f"about {ratio}")
    assert c.measure == "personnel_losses_for_every_tanks" and c.cumulative
    status, _, _ = statuses_rules_verdicts(run, text, date(2025, 12, 2))
    assert status[f"about {ratio}"] == want


@pytest.mark.parametrize("ratio,want", [("51", "supported"), ("50", "supported"),
                                        ("15", "contradicted")])
def test_a_ratio_of_a_month_takes_the_months_two_counts(run, ratio, want):
    text = (f"The General Staff's figures work out at roughly {ratio} soldiers per artillery "
            "system lost in November 2025.")
    _, cs, _, _ = run(text, date(2025, 12, 2))
    c = next(c for c in cs if c.text == f"roughly {ratio}")
    assert c.measure == "personnel_losses_for_every_artillery" and not c.cumulative
    assert c.subject == "russian_forces" and c.period.start == date(2025, 11, 1)
    status, _, verdicts = statuses_rules_verdicts(run, text, date(2025, 12, 2))
    assert status[f"roughly {ratio}"] == want


@pytest.mark.parametrize("ratio,want", [("117", "supported"), ("171", "contradicted")])
def test_a_ratio_of_a_year(run, ratio, want):
    text = f"Over 2024 as a whole, Russia lost about {ratio} troops for every tank, by Kyiv's count."
    status, _, _ = statuses_rules_verdicts(run, text, date(2025, 1, 3))
    assert status[f"about {ratio}"] == want


def test_a_ratio_attributed_elsewhere_is_not_contradicted(run):
    # (British intelligence's own ratio: the dataset's publisher is not its source)
    text = ("Britain's defence ministry said Russia had lost about 113 troops for every tank "
            "since the invasion began.")
    status, rules, _ = statuses_rules_verdicts(run, text, date(2025, 12, 2))
    assert status["about 113"] != "contradicted" and not rules["about 113"]


# -- 2. a list of totals after one verb --------------------------------------------------------------

@pytest.mark.parametrize("troops,want", [("790,800", "supported"), ("709,800", "contradicted")])
def test_every_count_of_a_list_of_totals_takes_its_measure(run, troops, want):
    text = (f"On 1 January 2025 the General Staff's totals stood at {troops} Russian troops and "
            "9,672 tanks.")
    _, cs, _, _ = run(text, date(2025, 1, 1))
    assert {c.text: c.measure for c in cs} == {troops: "personnel_losses", "9,672": "tanks"}
    status, _, _ = statuses_rules_verdicts(run, text, date(2025, 1, 1))
    assert status[troops] == want and status["9,672"] == "supported"


def test_a_list_of_three_totals(run):
    text = ("Kyiv's tally reached 1,280,970 soldiers, 11,488 tanks and 23,849 armoured vehicles "
            "on 1 January 2026.")
    status, _, _ = statuses_rules_verdicts(run, text, date(2026, 1, 1))
    assert status == {"1,280,970": "contradicted", "11,488": "supported",
                      "23,849": "supported"}


def test_troops_listed_with_no_war_count_after_them_stay_open(run):
    # (no loss word and the list goes on to no count of the war's losses: not read as losses)
    text = "On 1 January 2025 the General Staff's totals stood at 790,800 troops and 40 brigades."
    _, cs, _, _ = run(text, date(2025, 1, 1))
    assert next(c for c in cs if c.text == "790,800").measure is None


# -- 3. a level passed on a named day -------------------------------------------------------------

@pytest.mark.parametrize("day,added,want", [(12, "1,140", "supported"),
                                            (14, "1,130", "contradicted")])
def test_passed_on_a_day_is_checked_as_the_day_it_was_crossed(run, day, added, want):
    text = (f"Russian losses passed 1 million on {day} June 2025, when the General Staff added "
            f"{added}.")
    status, rules, _ = statuses_rules_verdicts(run, text, date(2025, 6, day))
    assert status["passed 1 million"] == want and status[added] == "supported"
    assert ("milestone-crossed-earlier" in rules["passed 1 million"]) == \
        (want == "contradicted")


def test_the_report_after_the_day_is_a_reading_too(run):
    # (4 November 2024 crossed 700,000; read with the report of 5 November, whose day before
    # was already past it, it would not be: one reading that holds is enough)
    text = "Russia's losses passed 700,000 on 4 November 2024, when the General Staff added 1,300."
    status, rules, _ = statuses_rules_verdicts(run, text, date(2024, 11, 6))
    assert "milestone-crossed-earlier" not in rules["passed 700,000"]


def test_passed_by_a_day_says_nothing_of_when(run):
    text = "By 14 June 2025 Russian losses had passed 1 million, by the General Staff's count."
    _, cs, _, _ = run(text, date(2025, 6, 14))
    assert all("crossed_on" not in c.extra_dict() for c in cs)
    status, _, _ = statuses_rules_verdicts(run, text, date(2025, 6, 14))
    assert status["passed 1 million"] == "supported"


# -- 4. a bare "the deadliest month" ranked in its own year ---------------------------------------

@pytest.mark.parametrize("pub,figure,want", [(date(2025, 1, 4), "48,670", "supported"),
                                             (date(2026, 1, 4), "35,050", "contradicted")])
def test_a_bare_deadliest_month_is_ranked_in_its_year(run, pub, figure, want):
    text = (f"The deadliest month was December, when the General Staff counted {figure} Russian "
            "troops lost.")
    status, rules, _ = statuses_rules_verdicts(run, text, pub)
    assert status[figure] == want
    assert ("month-record-mismatch" in rules[figure]) == (want == "contradicted")


def test_a_bare_record_bounded_by_its_sentence_or_an_earlier_record_is_not_ranked(run):
    for text, pub in (
            ("Russian troop losses stayed high through the spring, the worst month being May "
             "with 35,370 soldiers killed or wounded, Ukraine's General Staff figures show.",
             date(2025, 6, 5)),
            ("In October 2024, the previous worst month, 41,980 Russian troops were put out of "
             "action.", date(2024, 12, 2))):
        _, cs, _, _ = run(text, pub)
        assert all("month_record" not in c.extra_dict() for c in cs), text
