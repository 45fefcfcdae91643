"""Causes of the thirty-first phrasing set's first run (issue #10, readings14), one test each,
with the wrong figure that must still be caught. Our own sentences; the General Staff's real
figures: reports of 2023-10-31: 304,560 (tanks 5,211); of 2023-11-30: 328,760 (5,551 tanks:
27,950 troops and 340 tanks in November's reports); of 2024-02-29 / 2024-03-31: 28,410
troops and 373 tanks in March; of 2024-05-11: 481,030; of 2024-03-10 / 2024-03-17: 6,680
troops and 59 tanks over the week, 11 tanks on the day; of 2024-12-31 against 2023-12-31:
430,320 over 2024.
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import status_checker


def at(status: dict[str, str], figure: str) -> str:
    """The status of the claim whose words hold ``figure``."""
    return next(v for k, v in status.items() if figure in k)


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("first-run-31")))


# -- "more than N": a lower bound a larger report does not contradict -------------------------

@pytest.mark.parametrize("text, figure", [
    ("The commander-in-chief said more than 150,000 Russian soldiers were killed in 2024.",
     "150,000"),
    ("Russia lost over 100 tanks in 2024, the General Staff's figures show.", "100"),
])
def test_a_lower_bound_below_the_report_is_not_contradicted(check, text, figure):
    status, flags = check(text, date(2025, 1, 19))
    assert at(status, figure) == "unverified" and not flags


def test_a_lower_bound_within_its_ceiling_is_supported_and_above_the_report_is_caught(check):
    status, _ = check("In March, Russia lost over 300 tanks and more than 28,000 troops, the "
                      "General Staff's figures show.", date(2024, 4, 1))
    assert at(status, "300") == at(status, "28,000") == "supported"
    status, _ = check("In March, Russia lost over 450 tanks, the General Staff's figures show.",
                      date(2024, 4, 1))
    assert at(status, "450") == "contradicted"
    status, _ = check("Russian losses in the war have exceeded 841,000 soldiers, according to "
                      "the commander-in-chief of Ukraine's armed forces.", date(2024, 5, 11))
    assert at(status, "841,000") == "contradicted"


def test_a_bare_round_figure_keeps_its_rounding(check):
    # the literal reach is the qualifier's, not every round figure's: "100 tanks" is no bound
    status, _ = check("Russia lost 100 tanks in March, the General Staff's figures show.",
                      date(2024, 4, 1))
    assert at(status, "100") == "contradicted"


# -- "In the East, in November alone": one front's count ---------------------------------------

@pytest.mark.parametrize("front", ["In the East", "On the southern front", "In the south"])
def test_a_compass_front_before_the_figure_is_a_part(check, front):
    status, flags = check(front + ", in November alone, Ukrainian forces killed about 11,000 "
                          "enemy troops and destroyed about 130 tanks, the commander said.",
                          date(2023, 12, 3))
    assert at(status, "11,000") == "unverified" and at(status, "130") == "unverified"
    assert not flags


def test_a_compass_place_after_the_figure_is_where_it_was_fought(check):
    # the month's national figure with the fighting placed after it stays the report's
    status, _ = check("Russia lost 27,950 troops in November as heavy fighting went on in the "
                      "east, the General Staff said.", date(2023, 12, 3))
    assert at(status, "27,950") == "supported"
    status, _ = check("Russia lost 29,750 troops in November as heavy fighting went on in the "
                      "east, the General Staff said.", date(2023, 12, 3))
    assert at(status, "29,750") == "contradicted"


# -- "losses in Avdiivka reached 4,000": a town's own count ------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Russian losses in Avdiivka reached 4,000 troops in a month, an army spokesman said.",
     "4,000"),
    ("In Avdiivka alone, Russia's losses since October came to 47,186.", "47,186"),
    ("Losses near Bakhmut reached 20,000 troops since December, the army said.", "20,000"),
])
def test_a_towns_count_is_not_the_reports(check, text, figure):
    status, flags = check(text, date(2024, 2, 19))
    assert at(status, figure) == "unverified" and not flags


def test_a_country_is_no_town(check):
    # "losses in Ukraine" are the war's: the report's, and a wrong one is caught
    status, _ = check("Russia's losses in Ukraine reached 430,740 troops, the General Staff "
                      "said on Sunday.", date(2024, 3, 17))
    assert at(status, "430,740") == "supported"
    status, _ = check("Russia's losses in Ukraine reached 403,740 troops, the General Staff "
                      "said on Sunday.", date(2024, 3, 17))
    assert at(status, "403,740") == "contradicted"


# -- "bringing the week's tally to 59": the week's sum, not the running total -----------------

@pytest.mark.parametrize("words", ["bringing the week's tally to", "taking this week's total to"])
def test_the_weeks_tally_beside_a_day(check, words):
    text = "Eleven tanks were destroyed in the past day, {} {}, Kyiv said on Sunday."
    status, flags = check(text.format(words, "59"), date(2024, 3, 17))
    assert at(status, "Eleven") == at(status, "59") == "supported" and not flags
    status, _ = check(text.format(words, "95"), date(2024, 3, 17))
    assert at(status, "95") == "contradicted"


# -- "Russia's losses since the start of the invasion at N" after a list of vehicles ----------

def test_bare_losses_no_field_could_total_are_not_that_fields(check):
    text = ("In the Avdiivka direction alone, Russian forces have lost more than 20,500 troops, "
            "201 tanks and 492 armored fighting vehicles since January 1, a spokesman said. "
            "Across the whole front, the General Staff put Russia's losses since the start of "
            "the invasion at {}.")
    status, flags = check(text.format("402,430"), date(2024, 2, 18))
    assert at(status, "402,430") == "supported" and not flags
    status, _ = check(text.format("420,430"), date(2024, 2, 18))
    assert at(status, "420,430") == "contradicted"


# -- "In total, Moscow has reportedly lost N" in a January piece about December ---------------

def test_a_total_carried_with_the_storys_period(check):
    text = ("Ukrainian forces destroyed 533 Russian artillery systems last month. In total, "
            "Moscow has reportedly lost {} troops.")
    # the total at the end of December (report of 2023-12-31), in a piece of 2024-01-03
    status, flags = check(text.format("359,230"), date(2024, 1, 3))
    assert at(status, "359,230") == "supported" and not flags
    # and the total of the day of publication is still read
    status, _ = check(text.format("361,500"), date(2024, 1, 3))
    assert at(status, "361,500") == "supported"
    status, _ = check(text.format("395,230"), date(2024, 1, 3))
    assert at(status, "395,230") == "contradicted"


def test_a_total_the_words_date_to_now_is_not_carried_back(check):
    status, _ = check("Ukrainian forces destroyed 533 Russian artillery systems last month. "
                      "The total now stands at 359,230 troops.", date(2024, 1, 3))
    assert at(status, "359,230") == "contradicted"


# -- "413 tanks throughout December": the reports dated in the month, less the first's --------

def test_a_month_as_the_difference_of_its_first_and_last_reports(check):
    text = "Russia lost {} tanks and {} artillery systems in December, according to Kyiv."
    for tanks, art in (("413", "533"), ("426", "555"), ("419", "551")):
        status, flags = check(text.format(tanks, art), date(2024, 1, 3))
        assert at(status, tanks) == at(status, art) == "supported" and not flags
    status, _ = check(text.format("431", "533"), date(2024, 1, 3))
    assert at(status, "431") == "contradicted"


def test_a_hedged_month_keeps_to_the_whole_months(check):
    # a writer who rounds ("just under") rounds the month's own figure, not a 30-day one
    # (29,190 from the reports of December 1 and 31; 29,970 and 30,470 the whole months)
    status, _ = check("Russia lost nearly 29,200 troops in December 2023, according to "
                      "Kyiv.", date(2024, 1, 3))
    assert at(status, "29,200") == "contradicted"
    status, _ = check("Russia lost 29,190 troops in December 2023, according to Kyiv.",
                      date(2024, 1, 3))
    assert at(status, "29,190") == "supported"


# -- "an average of 1,140 casualties a day in July": an average written to the ten ------------

def test_an_average_written_to_the_ten(check):
    text = ("British defence intelligence estimated that Russia suffered an average of {} "
            "casualties a day in July, according to Ukrainian General Staff figures.")
    status, flags = check(text.format("1,140"), date(2024, 8, 3))
    assert at(status, "1,140") == "supported" and not flags
    status, _ = check(text.format("1,410"), date(2024, 8, 3))
    assert at(status, "1,410") == "contradicted"


# -- set 32 (readings14's second probe) -------------------------------------------------------
# reports of 2024-09-01 / 2024-12-01: 125,830 over September, October and November 2024 (the
# reports of September 2 to December 1); of 2024-10-01 / 2024-11-01: 41,980 in October

def test_a_list_of_months_in_a_row_is_their_span(check):
    text = ("Russian forces suffered an estimated {} casualties in September, October and "
            "November 2024, the Institute for the Study of War said.")
    status, flags = check(text.format("125,800"), date(2024, 12, 6))
    assert at(status, "125,800") == "supported" and not flags
    status, _ = check("Russian forces suffered 152,800 casualties in September, October and "
                      "November 2024, Kyiv said.", date(2024, 12, 6))
    assert at(status, "152,800") == "contradicted"


def test_months_not_in_a_row_are_no_span(check):
    # "in September, October and December": not one span, so not September to December's sum
    status, _ = check("Russian forces suffered 163,980 casualties in September, October and "
                      "December 2024, Kyiv said.", date(2025, 1, 6))
    assert at(status, "163,980") != "supported"


def test_the_deadliest_with_carries_the_count(check):
    text = ("The latest losses bring Russia's casualty total this month to 42,250, Ukraine's "
            "military said; before it, October was the deadliest, with {}.")
    status, flags = check(text.format("41,980"), date(2024, 11, 29))
    assert at(status, "41,980") == "supported" and not flags
    status, _ = check(text.format("49,180"), date(2024, 11, 29))
    assert at(status, "49,180") == "contradicted"


def test_a_list_after_the_invasions_date_runs_to_publication(check):
    text = ("The General Staff says Russia has lost 173,990 soldiers since the start of the "
            "full-scale invasion on 24 February last year, a number that includes 630 "
            "casualties in the last day alone. Russia has also lost 3,616 tanks, {} aircraft "
            "and 291 helicopters.")
    status, flags = check(text.format("306"), date(2023, 4, 1))
    assert at(status, "306") == at(status, "291") == "supported" and not flags
    status, _ = check(text.format("360"), date(2023, 4, 1))
    assert at(status, "360") == "contradicted"


# -- "meaning a loss of N": an undated difference of two running totals -----------------------
# reports of 2024-02-02: 387,060; of 2024-02-22: 407,240

def test_an_undated_difference_of_two_totals_is_the_days_between_their_reports(check):
    text = ("The General Staff reported on Thursday that Russia had lost a total of 407,240 "
            "troops since the invasion began. At the beginning of the month the tally was at 387,060, meaning a "
            "loss of {} soldiers.")
    status, flags = check(text.format("20,180"), date(2024, 2, 22))
    assert at(status, "20,180") == "supported" and not flags
    # a wrong difference is wrong-arithmetic's to report (tests/test_readings_first_run_lead8)
    status, flags = check(text.format("21,180"), date(2024, 2, 22))
    assert [f.rule for f in flags] == ["wrong-arithmetic"]
