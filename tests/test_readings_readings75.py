"""Issue #10's leftovers (readings75, set 132): records over a stated window ("the past week was
the bloodiest of the war", "N over the past seven days, the most in any week of the war", "with
N so far this month, December has already become the deadliest month", "a record for the month",
"a record N artillery systems in a day" beside another count); a month ranked below the record
with no figure ("January was the second-deadliest month of the war"); the report day of "said on
Tuesday that ... in the past 24 hours"; a past month's possessive in a "so far this month"
sentence, and the total an average of the next sentence is over. Each mechanism on a clean
sentence (no flag) and on the same sentence with an error (flagged). Figures from the General
Staff dataset: the seven days to the reports of 23, 26 and 30 December 2024 12,580, 12,640 (the
war's highest) and 11,850; the week of 16 to 22 December 2024 12,580; the seven days to the
report of 2 January 2025 11,310; December 2024 to the report of 20 December 28,290 and to that
of 31 December 47,420, November 2024 45,720, October 2024 41,980, November to the report of 29
November 42,250; the reports of 20 and 23 December 2024 2,200 and 1,990; artillery 122 on 28
March 2025 (the record), 113 on 4 May 2026; the months December 2024 48,670, January 2025
48,240, November 2024 45,720; the reports of 11, 12 and 13 November 2024 1,770, 1,950 (total
712,610) and 1,770, of 22 and 23 January 2025 1,950 and 1,340."""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import checker_for, statuses_rules_verdicts


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("readings75")))


def _of(d: dict, words: str):
    """The entry of the claim whose words contain ``words``."""
    return next(v for k, v in d.items() if words in k)


# -- records over a stated window ----------------------------------------------------------------

@pytest.mark.parametrize("pub,want", [(date(2024, 12, 26), "supported"),
                                      (date(2024, 12, 30), "contradicted")])
def test_the_past_week_called_the_bloodiest_with_no_figure(run, pub, want):
    text = ("The past week was the bloodiest of the war for Russian forces, according to the "
            "daily figures of Ukraine's General Staff.")
    status, rules, _ = statuses_rules_verdicts(run, text, pub)
    assert _of(status, "bloodiest") == want
    assert _of(rules, "bloodiest") == ([] if want == "supported" else ["record-unit-mismatch"])


def test_the_past_week_of_another_count_is_no_troops_record(run):
    text = ("The past week was the bloodiest of the war for Russian tanks, according to "
            "Ukraine's General Staff.")
    status, _, _ = statuses_rules_verdicts(run, text, date(2024, 12, 30))
    assert "contradicted" not in status.values()


@pytest.mark.parametrize("figure,pub,want", [("12,580", date(2024, 12, 23), "supported"),
                                             ("11,850", date(2024, 12, 30), "contradicted"),
                                             ("12,640", date(2024, 12, 26), "supported")])
def test_seven_days_called_the_most_in_any_week(run, figure, pub, want):
    # (on a Monday the seven days are a calendar week, ranked among calendar weeks; on a
    # Thursday every seven days of the reports are ranked)
    text = (f"Russia lost {figure} troops over the past seven days, the most in any week of "
            "the war, Ukraine's General Staff figures show.")
    status, rules, _ = statuses_rules_verdicts(run, text, pub)
    assert status[figure] == want
    assert rules[figure] == ([] if want == "supported" else ["week-record-mismatch"])


def test_seven_days_below_the_record_on_a_thursday(run):
    # (the seven days to the report of 2 January 2025, a Thursday, are no calendar week:
    # 11,310 against 12,640 to 26 December)
    text = ("Russia lost 11,310 troops over the past seven days, the most in any week of the "
            "war, Ukraine's General Staff figures show.")
    status, rules, verdicts = statuses_rules_verdicts(run, text, date(2025, 1, 2))
    assert status["11,310"] == "contradicted" and rules["11,310"] == ["week-record-mismatch"]
    assert "12,640" in " ".join(e.detail or "" for e in verdicts["11,310"].evidence) or \
        any(e.value == 12640 for e in verdicts["11,310"].evidence)


@pytest.mark.parametrize("figure,pub,want", [("28,290", date(2024, 12, 20), "contradicted"),
                                             ("47,420", date(2024, 12, 31), "supported")])
def test_a_month_to_date_called_the_deadliest_month(run, figure, pub, want):
    text = (f"With {figure} Russian casualties counted so far this month, December has already "
            "become the deadliest month of the war, Kyiv's figures show.")
    status, rules, _ = statuses_rules_verdicts(run, text, pub)
    assert status[figure] == want
    assert rules[figure] == ([] if want == "supported" else ["month-record-mismatch"])


def test_a_month_to_date_still_on_course_is_no_record(run):
    text = ("With 28,290 Russian casualties counted so far this month, December is on course "
            "to become the deadliest month of the war, Kyiv's figures show.")
    status, _, _ = statuses_rules_verdicts(run, text, date(2024, 12, 20))
    assert status["28,290"] == "supported"


@pytest.mark.parametrize("figure,pub,want", [("2,200", date(2024, 12, 20), "supported"),
                                             ("1,990", date(2024, 12, 23), "contradicted")])
def test_a_record_for_the_month(run, figure, pub, want):
    text = (f"Russia lost {figure} troops in the past day, a record for the month, Ukraine's "
            "General Staff said.")
    status, _, _ = statuses_rules_verdicts(run, text, pub)
    assert status[figure] == want


@pytest.mark.parametrize("figure,pub,want", [("122", date(2025, 3, 28), "supported"),
                                             ("113", date(2026, 5, 4), "contradicted")])
def test_a_record_before_its_figure_beside_another_count(run, figure, pub, want):
    text = (f"The General Staff said Russian forces lost a record {figure} artillery systems "
            "in a day, along with 1,120 troops.")
    status, rules, _ = statuses_rules_verdicts(run, text, pub)
    assert status[figure] == want
    assert rules[figure] == ([] if want == "supported" else ["record-claim-mismatch"])


# -- ranks with no figure ------------------------------------------------------------------------

@pytest.mark.parametrize("month,place,want", [("January", "second", "supported"),
                                              ("November", "second", "contradicted"),
                                              ("November", "third", "supported"),
                                              ("December", "second", "contradicted")])
def test_a_month_ranked_below_the_record_with_no_figure(run, month, place, want):
    text = (f"{month} was the {place}-deadliest month of the war for Russian forces, according "
            "to Ukraine's General Staff.")
    status, rules, verdicts = statuses_rules_verdicts(run, text, date(2025, 2, 3))
    assert _of(status, "deadliest month") == want
    if want == "contradicted":
        assert _of(rules, "deadliest month") == ["record-rank-mismatch"]
        flagged = " ".join(e.detail or "" for e in _of(verdicts, "deadliest month").evidence)
        assert "place" in flagged


# -- the report day of "said on Tuesday that ... in the past 24 hours" ---------------------------

@pytest.mark.parametrize("figure,want", [("1,950", "supported"), ("1,770", "contradicted")])
def test_said_on_tuesday_past_24_hours_is_tuesdays_report(run, figure, want):
    # (1,770 is both Monday's and Wednesday's report: neither is the one said on Tuesday)
    text = (f"Ukraine's General Staff said on Tuesday that Russia had lost {figure} troops in "
            "the past 24 hours, bringing its total since the invasion to 712,610.")
    status, rules, _ = statuses_rules_verdicts(run, text, date(2024, 11, 13))
    assert status[figure] == want and status["712,610"] == "supported"
    assert (rules[figure] == []) == (want == "supported")


@pytest.mark.parametrize("figure,want", [("1,950", "supported"), ("1,340", "contradicted")])
def test_said_on_wednesday_previous_day_in_the_passive(run, figure, want):
    text = (f"Kyiv said on Wednesday that {figure} Russian soldiers had been killed or wounded "
            "over the previous day.")
    status, _, _ = statuses_rules_verdicts(run, text, date(2025, 1, 23))
    assert status[figure] == want


@pytest.mark.parametrize("figure", ["1,600", "1,580"])
def test_a_day_named_with_no_report_keeps_both_readings(run, figure):
    # "lost N on Tuesday" on a Wednesday: Tuesday's report or Wednesday's (which covers
    # Tuesday); both are plausible, so each is supported, and the verdict says which
    text = f"Russia lost {figure} troops on Tuesday, according to Ukraine's General Staff."
    status, _, verdicts = statuses_rules_verdicts(run, text, date(2024, 12, 18))
    assert status[figure] == "supported"
    assert verdicts[figure].evidence


# -- a past month's possessive in a "so far this month" sentence ---------------------------------

@pytest.mark.parametrize("figure,want", [("41,980", "supported"), ("41,098", "contradicted")])
def test_a_past_months_possessive_beside_so_far_this_month(run, figure, want):
    # (41,890, the reports dated in October, is a reading too; 41,098 is none)
    text = ("With 42,250 Russian casualties counted so far this month, November has already "
            f"become the deadliest month of the war, surpassing October's {figure}, Kyiv's "
            "figures show.")
    status, _, _ = statuses_rules_verdicts(run, text, date(2024, 11, 29))
    assert status[figure] == want and status["42,250"] == "supported"


# -- an average after a sentence with its total and a past month's figure set against it --------

@pytest.mark.parametrize("average,want", [("1,524", "supported"), ("1,624", "contradicted")])
def test_an_average_of_the_sentence_before_is_of_its_own_total(run, average, want):
    # (not of "October's 41,980", the month set against it: 41,980 / 31 is 1,354)
    text = ("Ukraine's General Staff counted 45,720 Russian troops killed or wounded in November "
            "2024, the costliest month of the war so far, ahead of October's 41,980. That is an "
            f"average of {average} a day.")
    status, _, _ = statuses_rules_verdicts(run, text, date(2024, 12, 5))
    assert status[average] == want and status["41,980"] == "supported"
