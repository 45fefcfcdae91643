"""Causes of the fortieth to forty-second phrasing sets' first runs (issue #10, readings20), one
test each, with the wrong figure that must still be caught. Our own sentences; the General
Staff's real figures: report of 2023-07-05: +36 artillery (4,288), +9 rocket launchers (656;
647 the day before), +3 tanks, +9 armoured vehicles, +670 troops (231,700); report of
2024-01-03: 361,500 troops; December 2023 (reports of 2 December to 1 January): 551 artillery;
report of 2025-06-05: +930 troops, +39 artillery; May 2025: 1,391 artillery; report of
2025-10-05: 1,516 rocket launchers, 1,222 air defence systems; report of 2024-08-02: +1,100
troops; September and August 2024: 38,130 and 36,810 troops; May and April 2025: 1,141 and
1,214 a day (April with the correction of +160 on 22 April included, 1,209 without).
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("first-run-40")))


# -- a scope at the end of a statement of its own is not the list's before it ------------------

def _day_then_kyivs_total(tanks: str) -> str:
    return ("The day's report also listed an air defence system, " + tanks + " tanks, nine "
            "armoured combat vehicles and 670 troops, and Kyiv says it has put 231,700 Russian "
            "soldiers out of action since February 2022.")


def test_a_scope_of_the_next_statement_is_not_the_lists(check):
    status, flags = check(_day_then_kyivs_total("three"), date(2023, 7, 5))
    assert status["three"] == status["nine"] == status["670"] == "supported"
    assert status["231,700"] == "supported" and not flags


def test_a_wrong_item_of_the_days_list_is_still_caught(check):
    status, _ = check(_day_then_kyivs_total("six"), date(2023, 7, 5))
    assert status["six"] == "contradicted"


# -- "for a total of": an increment and its running total -------------------------------------

def test_for_a_total_of_pairs_the_increment_with_its_total(check):
    text = ("Nine more multiple rocket launchers were destroyed, for a total of {}, the General "
            "Staff said on Wednesday.")
    status, flags = check(text.format("656"), date(2023, 7, 5))
    assert status["Nine"] == status["a total of 656"] == "supported" and not flags
    # the day before's total beside the day's increment: stale
    status, _ = check(text.format("647"), date(2023, 7, 5))
    assert status["a total of 647"] == "contradicted"


# -- "the day's losses", "the day's report": the latest report's figures of the day -----------

def test_the_days_losses_are_the_latest_reports(check):
    text = ("In May alone Ukrainian forces hit 1,391 Russian artillery systems. The General "
            "Staff's morning report put the day's losses at {} troops and 39 artillery systems.")
    status, flags = check(text.format("930"), date(2025, 6, 5))
    assert status["930"] == status["39"] == status["1,391"] == "supported" and not flags
    status, _ = check(text.format("990"), date(2025, 6, 5))
    assert status["990"] == "contradicted"


# -- "since its full-scale invasion of Ukraine": a running scope, not February 2022 -----------

def test_since_its_invasion_of_ukraine_is_a_running_scope(check):
    text = ("Russia has lost about 1,115,250 troops since its full-scale invasion of Ukraine in "
            "February 2022, according to a report the General Staff published on Sunday. The "
            "report also lists 11,230 tanks, 1,516 multiple rocket launchers and {} air defence "
            "systems.")
    status, flags = check(text.format("1,222"), date(2025, 10, 5))
    assert status["1,516"] == status["1,222"] == status["about 1,115,250"] == "supported"
    assert not flags
    status, _ = check(text.format("1,122"), date(2025, 10, 5))
    assert status["1,122"] == "contradicted"


# -- a count its own sentence names, not the one of the sentence before ----------------------

def test_the_count_a_sentence_names_before_its_figure_is_its_measure(check):
    text = ("The Russian army lost 551 artillery systems last month, figures from Ukraine's "
            "General Staff show. Kyiv's count of Russian troops lost since the invasion reached "
            "{} on Wednesday.")
    status, flags = check(text.format("361,500"), date(2024, 1, 3))
    assert status["361,500"] == "supported" and not flags
    status, _ = check(text.format("316,500"), date(2024, 1, 3))
    assert status["316,500"] == "contradicted"


# -- a headline's bare "General Staff" is the one the body names -----------------------------

def test_a_headlines_general_staff_is_kyivs(check):
    text = ("# Russia loses {} soldiers in a day, General Staff says\n"
            "On August 1 the Russian army lost another 1,100 soldiers killed and wounded, "
            "Ukraine's General Staff reported.")
    status, flags = check(text.format("1,100"), date(2024, 8, 2))
    assert all(v == "supported" for v in status.values()) and not flags
    status, _ = check(text.format("1,010"), date(2024, 8, 2))
    assert status["1,010"] == "contradicted"


# -- "against N in April": the month after the compared value is its own ---------------------

def test_the_month_after_a_compared_value_is_that_values_only(check):
    text = ("Russian losses eased in May, to an average of {} a day against 1,214 in April, "
            "according to the General Staff's daily reports.")
    status, flags = check(text.format("1,141"), date(2025, 6, 2))
    # (April's 1,214 is the average of the reports with the correction of 22 April in it)
    assert status["1,141"] == status["1,214"] == "supported" and not flags
    status, _ = check(text.format("1,114"), date(2025, 6, 2))
    assert status["1,114"] == "contradicted"


def test_a_month_that_fronts_the_next_figure_is_not_the_figure_befores(check):
    text = ("Kyiv counted 41,980 Russian losses in October. In September the count was {} and "
            "in August 36,810.")
    status, flags = check(text.format("38,130"), date(2024, 12, 2))
    assert status["38,130"] == status["36,810"] == "supported" and not flags
    status, _ = check(text.format("38,310"), date(2024, 12, 2))
    assert status["38,310"] == "contradicted"


def test_a_month_before_a_grouped_number_is_still_read(check):
    from factcheck.extract.dates import find_dates
    got = [(d.kind, d.text) for d in find_dates("in August 36,810 and on August 3, 2024",
                                                date(2024, 12, 2))]
    assert ("month", "in August") in got and ("date", "August 3, 2024") in got


# -- "fell to A from B in January": A may be January's or the month after's -----------------

def test_a_new_value_before_the_earlier_values_month_is_read_on_both_months(check):
    text = ("Russia's monthly losses fell to {} from 48,240 in January, the General Staff's "
            "figures show.")
    status, flags = check(text.format("36,570"), date(2025, 3, 1))     # February's
    assert status["36,570"] == status["48,240"] == "supported" and not flags
    status, _ = check(text.format("35,670"), date(2025, 3, 1))
    assert status["35,670"] == "contradicted"


# -- "This year, as of June 4": the year's sum to that day, not the war's total --------------

def test_this_year_as_of_a_day_is_the_years_sum(check):
    text = "This year, as of June 4, the count of Russian losses has passed {}."
    status, flags = check(text.format("200,000"), date(2025, 6, 5))
    assert status["passed 200,000"] == "supported" and not flags
    # the war-long total (991,820) would pass 300,000; the year's 201,020 does not
    status, _ = check(text.format("300,000"), date(2025, 6, 5))
    assert status["passed 300,000"] == "contradicted"


# -- a counting body after a date that opens the sentence credits its figure ----------------

def test_a_counting_body_after_an_opening_date_credits_the_figure(check):
    status, flags = check("By the end of November the BBC and Mediazona had named 152,142 dead "
                          "Russian servicemen.", date(2026, 3, 1))
    assert status["152,142"] == "unverified" and not flags


# -- "..., and destroyed 14 tanks": the clause's subject is the agent -----------------------

def test_a_second_verb_of_destruction_has_the_clauses_subject_as_agent(check):
    text = ("Over the past day, June 20, Ukrainian forces killed or wounded about 1,060 more "
            "Russian soldiers, the General Staff said, and destroyed 14 tanks and {} artillery "
            "systems.")
    status, flags = check(text.format("54"), date(2024, 6, 21))
    assert status["14"] == status["54"] == "supported" and not flags
    status, _ = check(text.format("47"), date(2024, 6, 21))
    assert status["47"] == "contradicted"


def test_a_later_figure_of_the_paragraph_is_read_on_both_months_too(check):
    text = ("Russia's monthly losses fell to 36,570 from 48,240 in January, the General Staff's "
            "figures show, though tank losses rose to {} from 230.")
    status, flags = check(text.format("331"), date(2025, 3, 1))     # February's tanks
    assert status["331"] == status["230"] == "supported" and not flags
    status, _ = check(text.format("313"), date(2025, 3, 1))
    assert status["313"] == "contradicted"


# -- "N in the ten months of 2022 and N in 2023": the second item takes the list's count -------

def test_a_dated_list_item_passes_its_count_to_the_next(check):
    text = ("Russia lost 430,790 troops last year, Ukraine's defence ministry said. The General "
            "Staff had counted 106,720 in the ten months of 2022 and {} in 2023.")
    status, flags = check(text.format("253,290"), date(2025, 1, 3))
    assert status["253,290"] == status["106,720"] == "supported" and not flags
    status, _ = check(text.format("235,290"), date(2025, 1, 3))
    assert status["235,290"] == "contradicted"
