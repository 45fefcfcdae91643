"""False alarms and misses of the twenty-first phrasing set's first run (issue #10), one test
per cause, each with the wrong figure that must still be caught. Our own sentences; the
General Staff's real figures: reports of 2024-10-21 to 2024-10-25 (Monday to Friday): 7,390
personnel, 188 artillery systems (the days fought 21 to 24 October alone: 5,680); report of
2023-10-20: +1,380 personnel (the day fought 19 October); report of 2023-11-16: 315,620
(+1,330); report of 2022-04-17: 20,300 personnel, 773 tanks; report of 2022-09-27: 175 air
defence systems (+3), 331 MLRS (+1).
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("first-run-21")))


# -- "since Monday" may count the reports published since Monday's ---------------------------

def test_since_monday_reads_the_reports_since_mondays_too(check):
    text = ("Since Monday, Russia has lost {} troops, according to the Ukrainian figures, as "
            "well as {} artillery systems.")
    status, flags = check(text.format("7,390", 188), date(2024, 10, 25))
    assert status["7,390"] == "supported" and status["188"] == "supported" and not flags
    # the days fought since Monday are read as before
    status, _ = check(text.format("5,680", 164), date(2024, 10, 25))
    assert status["5,680"] == "supported"
    status, _ = check(text.format("7,930", 881), date(2024, 10, 25))
    assert status["7,930"] == "contradicted" and status["881"] == "contradicted"


# -- "since October 19, when ...": the clause speaks of that day ----------------------------

def test_a_when_clause_after_a_since_day_is_that_days_figure(check):
    text = ("Russia lost 1,330 military personnel in the past 24 hours, bringing the total to "
            "315,620. It was the highest daily figure since October 19, when Kyiv said that "
            "Russia had lost {} troops.")
    status, flags = check(text.format("1,380"), date(2023, 11, 16))
    assert status["1,380"] == "supported" and not flags
    status, _ = check(text.format("1,830"), date(2023, 11, 16))
    assert status["1,830"] == "contradicted"


# -- a span from the war's first day is the running total to its end ------------------------

def test_between_february_24_and_a_day_is_the_running_total(check):
    text = ("As of Sunday, the total combat losses of the Russian forces between February 24 "
            "and April 17 came to approximately {} military personnel and {} tanks.")
    status, flags = check(text.format("20,300", 773), date(2022, 4, 17))
    assert status["approximately 20,300"] == "supported" and status["773"] == "supported"
    assert not flags
    status, _ = check(text.format("20,300", 737), date(2022, 4, 17))
    assert status["737"] == "contradicted"


# -- "air defence means" in a translated table is air defence, not the line before ----------

def test_air_defence_means_in_a_translated_table(check):
    text = ("The total combat losses of the enemy from 24.02 to 27.09 are approximately: "
            "MLRS — 331 (+1), air defence means — {} (+3).")
    status, flags = check(text.format(175), date(2022, 9, 27))
    assert status["175"] == "supported" and not flags
    status, _ = check(text.format(157), date(2022, 9, 27))
    assert status["157"] == "contradicted"


def test_a_span_of_two_day_month_dates_ending_at_publication_is_dates():
    from factcheck.extract.dates import find_dates
    found = [d for d in find_dates("The losses from 24.02 to 27.09 are approximately:",
                                   date(2022, 9, 27)) if d.kind == "period"]
    assert [(d.start_date, d.end_date) for d in found] == [(date(2022, 2, 24),
                                                            date(2022, 9, 27))]
    # a range of amounts, or one that ends far from publication, stays figures
    assert not find_dates("Prices ranged from 24.02 to 27.09 dollars.", date(2022, 9, 27))
    assert not [d for d in find_dates("It rose from 24.02 to 27.09 in a year.",
                                      date(2022, 12, 1)) if d.kind == "period"]


# -- "the most soldiers Russia has lost in a single day was N": a count named before it -------

@pytest.mark.parametrize("lead", ["The most soldiers Russia has lost",
                                  "The highest number of soldiers Russia has lost"])
def test_the_most_soldiers_lost_in_a_day_is_a_record_of_personnel(check, lead):
    # the report of 2024-05-13: +1,740, the highest day up to October 2024
    text = f"{lead} in a single day was {{}}, on May 12, according to Kyiv."
    status, flags = check(text.format("1,740"), date(2024, 10, 25))
    assert status["1,740"] == "supported" and not flags
    status, _ = check(text.format("1,470"), date(2024, 10, 25))
    assert status["1,470"] == "contradicted"


def test_soldiers_named_before_a_later_figure_do_not_make_it_personnel(check):
    # December 2024 is 48,670 of the year's 430,790: no rate, no year total
    text = ("In 2024 alone Russia lost more than 430,000 soldiers, Ukraine's defence ministry "
            "said, the heaviest month being December with 48,670.")
    _, flags = check(text, date(2025, 1, 2))
    assert not flags


# -- "one" between two counts of a list is the list's count ----------------------------------

def test_one_in_a_list_of_the_days_equipment_is_a_count(check):
    # the report of 2024-10-25: +7 tanks, +1 air defence system, +73 drones
    text = ("Over the past day Russia lost seven tanks, {} and 73 drones, the General Staff "
            "said.")
    status, flags = check(text.format("one air defence system"), date(2024, 10, 25))
    assert status["one"] == "supported" and not flags
    status, _ = check(text.format("three air defence systems"), date(2024, 10, 25))
    assert status["three"] == "contradicted"


def test_one_of_them_after_a_count_stays_a_pronoun():
    from factcheck.extract import find_quantities
    found = find_quantities("He has two sons, one of whom died. Three people, one a child.")
    assert "one" not in [q.text for q in found]


# -- "According to the ministry" after the ministry was named is that ministry ---------------

def test_according_to_the_ministry_named_before_is_kyivs_report(check):
    text = ("Russia lost 1,630 troops over the past day, Ukraine's defence ministry said. "
            "According to the ministry, Russia also lost {} tanks and 73 drones today.")
    status, flags = check(text.format("seven"), date(2024, 10, 25))
    assert status["seven"] == "supported" and not flags
    status, _ = check(text.format("nine"), date(2024, 10, 25))
    assert status["nine"] == "contradicted"
