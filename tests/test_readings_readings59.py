"""Readings59 (issue #10, set 116): what the first run of a blind set from copy not used
before showed.

(1) "the most in a month since July 2023, when 73 were destroyed": a "since" date naming a
month and no day, followed by "when", dates the clause's figure to the whole month, not to its
first day (July 2023: 73 air defence systems, the report of 1 August 2023 less that of 1 July).

(2) "stands at 33, up from 28 at the start of February": the start of a month after the level
a running total is set against dates that level (the running total of the report of 1
February 2026, 28 warships and boats), not the total (33, publication's report of 17 March
2026) and not a count of the month's first ten days.

(3) "more than five times the 14,474 it lost in 2024": a multiple's base with a factor in
words takes the count it is set against (Russian drones: 14,474 in 2024, 77,322 in 2025).

(4) "24% fewer than October's 93": a figure after a month's possessive set against a
percentage that says "fewer" is a count, never a share (tanks: 93 in October 2025, 71 in
November).

(5) "were the highest monthly figure of the war so far": a month's record said of its figure
(January 2025's 48,240 was below December 2024's 48,670).

Our own sentences; the General Staff's real figures.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.numbers import find_quantities
from readings_support import checker_for, claims_by_text


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("readings59")))


def _result(run, text: str, pub: date) -> tuple[dict[str, str], dict[str, list[str]]]:
    _, cs, flags, verdicts = run(text, pub)
    by_span = {(c.start, c.end): c.text for c in cs}
    rules: dict[str, list[str]] = {c.text: [] for c in cs}
    for f in flags:
        if (f.start, f.end) in by_span and f.severity in ("error", "warning"):
            rules[by_span[(f.start, f.end)]].append(f.rule)
    return {c.text: verdicts[c.id].status for c in cs}, rules


# -- 1. "since <month>, when N" ---------------------------------------------------------------------

AUG_2 = date(2026, 8, 2)
AIR_DEFENCE = ("Russia lost 68 air defence systems in July, by the General Staff's count, the "
               "most in a month since July 2023, when {} were destroyed.")


def test_a_since_month_when_clause_dates_its_figure_to_the_whole_month():
    c = claims_by_text(AIR_DEFENCE.format(73), AUG_2)["73"]
    assert (c.period.start, c.period.end) == (date(2023, 7, 1), date(2023, 7, 31))


@pytest.mark.parametrize("figure, expected", [("73", "supported"), ("37", "contradicted")])
def test_the_months_figure_is_checked_against_that_month(run, figure, expected):
    status, rules = _result(run, AIR_DEFENCE.format(figure), AUG_2)
    assert status == {"68": "supported", figure: expected}
    assert bool(rules[figure]) == (expected == "contradicted")


def test_a_since_day_when_clause_keeps_its_day():
    c = claims_by_text("It was the highest daily figure since March 29, when 1,740 were "
                       "reported.", date(2025, 4, 1))["1,740"]
    assert c.period.start == c.period.end == date(2025, 3, 29)


def test_a_since_month_when_clause_outside_the_war_reads_the_month_too():
    c = claims_by_text("It was the hottest month since July 2019, when the temperature "
                       "reached 38.7C.", date(2025, 8, 2))["38.7C"]
    assert (c.period.start, c.period.end) == (date(2019, 7, 1), date(2019, 7, 31))


# -- 2. a level set against a running total, dated by a month's start -------------------------------

MAR_17 = date(2026, 3, 17)
SHIPS = ("After a month of naval drone strikes, Kyiv's count of Russian warships and boats "
         "stands at 33, up from {} at the start of February.")


def test_the_start_of_a_month_dates_the_level_set_against_not_the_total():
    cs = claims_by_text(SHIPS.format(28), MAR_17)
    now, then = cs["33"], cs["28"]
    assert now.cumulative and now.period.end == MAR_17
    assert then.cumulative and then.period.end == date(2026, 2, 1)
    assert then.measure == now.measure == "ships"


@pytest.mark.parametrize("figure, expected", [("28", "supported"), ("23", "contradicted")])
def test_the_earlier_level_is_checked_against_that_days_report(run, figure, expected):
    status, rules = _result(run, SHIPS.format(figure), MAR_17)
    assert status == {"33": "supported", figure: expected}
    assert not rules["33"]


# -- 3. a multiple's base with a factor in words --------------------------------------------------

JAN_2 = date(2026, 1, 2)
DRONES = ("Russia lost 77,322 drones in 2025 by the General Staff's count, more than five "
          "times the {} it lost in 2024.")


def test_a_multiples_base_after_a_factor_in_words_takes_the_count():
    assert claims_by_text(DRONES.format("14,474"), JAN_2)["14,474"].measure == "drones"


@pytest.mark.parametrize("figure, expected", [("14,474", "supported"),
                                              ("14,744", "contradicted")])
def test_the_base_year_is_checked(run, figure, expected):
    status, _ = _result(run, DRONES.format(figure), JAN_2)
    assert status["77,322"] == "supported" and status[figure] == expected


# -- 4. "fewer than <month>'s N" ------------------------------------------------------------------

DEC_2 = date(2025, 12, 2)
TANKS = ("Tank losses keep falling: the General Staff counted 71 Russian tanks destroyed in "
         "November, {} fewer than October's 93.")


def test_a_figure_after_fewer_than_a_months_possessive_is_no_share():
    units = {q.text: q.unit for q in find_quantities(TANKS.format("24%"))}
    assert units["93"] == "" and units["24%"] == "percent"
    # (a share set against a share keeps the percentage's unit: "2% lower than last year's 41")
    units = {q.text: q.unit for q in find_quantities(
        "Turnout was 39%, 2% lower than last year's 41, officials said.")}
    assert units["41"] == "percent"


@pytest.mark.parametrize("percent, expected", [("24%", "supported"), ("34%", "contradicted")])
def test_the_per_cent_fewer_is_checked_against_both_months(run, percent, expected):
    status, _ = _result(run, TANKS.format(percent), DEC_2)
    assert status == {"71": "supported", percent: expected, "93": "supported"}


# -- 5. "the highest monthly figure of the war" ---------------------------------------------------

FEB_2 = date(2025, 2, 2)


def test_a_month_called_the_highest_monthly_figure_is_a_record_claim(run):
    status, rules = _result(
        run, "January's 48,240 Russian casualties, as reported by Ukraine's General Staff, were "
             "the highest monthly figure of the war so far.", FEB_2)
    assert status == {"48,240": "contradicted"}
    assert rules["48,240"] == ["month-record-mismatch"]


@pytest.mark.parametrize("text", [
    "January's 48,240 Russian casualties, as reported by Ukraine's General Staff, were the "
    "second-highest monthly figure of the war, after December's 48,670.",
    "December's 48,670 Russian casualties were the highest monthly figure of the war so far, "
    "the General Staff's data show.",
])
def test_a_true_record_or_a_rank_is_no_record_mismatch(run, text):
    status, rules = _result(run, text, FEB_2)
    assert set(status.values()) == {"supported"} and not any(rules.values())


# -- 6. an average beside its own sum --------------------------------------------------------------

DEC_8 = date(2025, 12, 8)
WEEK = ("Week in numbers: over the past seven days, Russia lost 7,760 soldiers, 16 tanks, 163 "
        "artillery systems and 2,367 drones, according to the General Staff's daily reports, an "
        "average of about {} troops a day.")


@pytest.mark.parametrize("average, expected", [("1,110", "supported"),
                                               ("1,180", "contradicted")])
def test_an_average_is_read_on_the_report_its_own_sum_fits(run, average, expected):
    # 7,760 is the report of 8 December less that of 1 December (1,108.6 a day); the week
    # before (8,010, 1,144.3 a day) is no reading: the sum rules it out
    status, _ = _result(run, WEEK.format(average), DEC_8)
    assert status["7,760"] == "supported" and status[f"about {average}"] == expected


def test_an_average_whose_sum_fits_no_report_keeps_its_margin(run):
    # (a sum no report gives pins no report: the average's near miss stays open)
    status, _ = _result(run, WEEK.replace("7,760", "7,900").format("1,130"), DEC_8)
    assert status["about 1,130"] != "contradicted"


def test_an_average_whose_sum_fits_every_report_pins_none(run):
    # "more than 7,000" fits the reports of 7 and 8 December alike: no report is ruled out
    status, _ = _result(run, WEEK.replace("7,760", "more than 7,000").format("1,130"), DEC_8)
    assert status["more than 7,000"] == "supported"
    assert status["about 1,130"] != "contradicted"
