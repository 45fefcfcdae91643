"""False alarms, unverified true figures and missed plants of the fifty-first and fifty-second
phrasing sets' first run (issue #10, readings27), one test per cause, each with the wrong figure
that must still be caught where the construction can show one. Our own sentences; the General
Staff's real figures: report of 2025-06-12: 1,000,340 (+1,140), six tanks; of 2025-06-13:
1,001,560 (+1,220); of 2024-12-19: +1,530; of 2024-12-20: 770,420 (+2,200); of 2024-11-29:
+2,030; of 2023-10-20: +1,380; of 2024-03-10: 424,060; of 2024-03-17: 430,740; November 2025
by its reports 31,030 troops and 9,496 drones, October 31,270.
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
    return status_checker(str(tmp_path_factory.mktemp("first-run-27")))


# -- "1,140 troops and six tanks in the day, for a total of N troops": the total's own noun ----

def test_a_total_that_names_its_own_measure_is_not_the_last_items(check):
    text = ("Ukraine's General Staff said Russia lost 1,140 troops and six tanks in the day, for "
            "a total of {} troops.")
    status, flags = check(text.format("1,000,340"), date(2025, 6, 12))
    assert at(status, "1,000,340") == "supported" and not flags
    status, _ = check(text.format("1,000,430"), date(2025, 6, 12))
    assert at(status, "1,000,430") == "contradicted"


# -- "Correction: an earlier version ... said Russia lost N troops": the figure it retracts ----

def test_a_retracted_figure_in_a_clause_of_its_own_is_not_contradicted(check):
    text = ("Russia lost 1,140 troops over the past day, Ukraine's General Staff said.\n\n"
            "Correction: an earlier version of this story said Russia lost 1,410 troops over the "
            "past day. The General Staff's figure is {}.")
    status, flags = check(text.format("1,140"), date(2025, 6, 12))
    assert at(status, "1,410") != "contradicted" and not flags
    # (the corrected figure itself wrong is still caught)
    text = ("Russia's losses since February 2022 reached 1,000,340, Ukraine's General Staff "
            "said.\n\nCorrection: an earlier version of this story gave the past day's losses "
            "as 1,410. The General Staff's figure is {}.")
    status, _ = check(text.format("1,104"), date(2025, 6, 12))
    assert at(status, "1,410") != "contradicted" and at(status, "1,104") == "contradicted"


# -- "Thursday's 1,530": a day's name before a figure is no restatement of the day's ---------

def test_a_weekday_possessive_figure_restates_no_other_days_figure(check):
    text = ("Russia lost 2,200 soldiers in a day, Ukraine's General Staff said on Friday. "
            "Thursday's {} had been far lower.")
    status, flags = check(text.format("1,530"), date(2024, 12, 20))
    assert at(status, "1,530") != "contradicted" and not flags


# -- "The month's reports also counted N drones": a month the paragraph named ---------------

def test_the_months_figure_is_read_over_each_month_the_paragraph_named(check):
    text = ("Russia lost 31,030 soldiers in November, by the tally of Ukraine's General Staff, "
            "slightly fewer than the 31,270 it reported for October. That is about 1,030 a day. "
            "The month's daily reports also counted {} drones.")
    status, flags = check(text.format("9,496"), date(2025, 12, 2))
    assert at(status, "9,496") == "supported" and not flags
    status, _ = check(text.format("9,946"), date(2025, 12, 2))
    assert at(status, "9,946") == "contradicted"


# -- "Mediazona and the BBC's Russian service have confirmed ...": a counting body's own count -

def test_a_counting_body_named_with_an_owners_service_credits_its_figure(check):
    text = ("As of Jan. 19, Russia had lost 818,740 troops, Ukraine's General Staff said. "
            "Mediazona and the BBC's Russian service have confirmed the names of 88,726 Russian "
            "soldiers killed.")
    status, flags = check(text, date(2025, 1, 20))
    assert at(status, "818,740") == "supported"
    assert at(status, "88,726") != "contradicted" and not flags


# -- "the worst single day so far, ... November 29's 2,030": a record to date, no running total

def test_so_far_after_a_worst_day_makes_no_running_total(check):
    text = ("Russian losses hit record highs at the end of 2024: the worst single day so far, "
            "December 20's 2,200, came three weeks after November 29's {}.")
    status, flags = check(text.format("2,030"), date(2025, 1, 10))
    assert at(status, "2,030") != "contradicted" and not flags


# -- "07:40 BST: ..." a liveblog's time zone is no subject ----------------------------------

def test_a_time_zone_after_a_clock_time_is_no_subject(check):
    text = ("Ukraine war live\n\n## 12 Jun 2025\n\n07:40 BST: Russia lost 1,140 soldiers in the "
            "past 24 hours, Ukraine's military said, bringing the total to 1,000,340.\n\n"
            "## 13 Jun 2025\n\n07:55 BST: Ukraine's military said Russia lost another 1,220 "
            "soldiers in the past 24 hours, bringing the total to {} again.\n")
    status, flags = check(text.format("1,001,560"), date(2025, 6, 13))
    assert at(status, "1,001,560") == "supported" and not flags
    status, _ = check(text.format("1,000,340"), date(2025, 6, 13))
    assert list(status.values()).count("contradicted") == 1


# -- bare figures that continue a count: "the N reported on <date>", "up from N a week earlier"

def test_a_bare_figure_reported_on_a_date_continues_the_count(check):
    text = ("Russia lost 2,200 soldiers in a day, the General Staff said on Friday. That beat "
            "the {} reported on October 20, 2023.")
    status, flags = check(text.format("1,380"), date(2024, 12, 20))
    assert at(status, "1,380") == "supported" and not flags
    status, _ = check(text.format("1,830"), date(2024, 12, 20))
    assert at(status, "1,830") == "contradicted"


def test_up_from_a_total_a_week_earlier_is_that_days_total(check):
    text = ("Russian losses reached 430,740 on Sunday, Ukraine's General Staff said. That is up "
            "from {} a week earlier.")
    status, flags = check(text.format("424,060"), date(2024, 3, 17))
    assert at(status, "424,060") == "supported" and not flags
    status, _ = check(text.format("420,460"), date(2024, 3, 17))
    assert at(status, "420,460") == "contradicted"


# -- "a day after it had reported 1,530": the report before, and no pair with the next total --

def test_a_figure_reported_a_day_before_is_read_on_that_report(check):
    text = ("Russia lost 2,200 soldiers in a day, Ukraine's General Staff said on Friday, a day "
            "after it had reported {}. The General Staff's total rose to 770,420.")
    status, flags = check(text.format("1,530"), date(2024, 12, 20))
    assert at(status, "1,530") == at(status, "770,420") == "supported" and not flags
    status, _ = check(text.format("1,350"), date(2024, 12, 20))
    assert at(status, "1,350") == "contradicted"


# -- "Russia's November losses came to N": a month before the count it dates (found while
#    writing these tests: it was read as the running total and contradicted) ---------------

def test_a_month_before_a_count_of_losses_dates_it(check):
    text = "Russia's November losses came to {} troops, Ukraine's General Staff said."
    status, flags = check(text.format("31,030"), date(2025, 12, 2))
    assert at(status, "31,030") == "supported" and not flags
    status, _ = check(text.format("31,300"), date(2025, 12, 2))
    assert at(status, "31,300") == "contradicted"


# -- "28 warships and boats, plus one submarine": the list's last count after "plus" ---------

def test_one_after_plus_closing_a_list_is_a_count(check):
    from factcheck.extract.numbers import find_quantities
    assert [q.value for q in find_quantities(
        "It lost 28 warships and boats, plus one submarine.")] == [28, 1]
    assert [q.value for q in find_quantities("They won 3 games, plus one of the cups.")] == [3]
    text = ("Since the start of the invasion Russia has lost 11,387 tanks and 28 warships and "
            "boats, plus {} submarine, by Kyiv's count.")
    status, flags = check(text.format("one"), date(2025, 12, 1))
    assert at(status, "one") == "supported" and not flags
    status, _ = check(text.format("two"), date(2025, 12, 1))
    assert at(status, "two") == "contradicted"
