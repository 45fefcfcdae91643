"""Issue #11, everyday96: forms of everyday copy read for the first time (own sentences, real
figures): parts of a change moving both ways against the change ("fell by 531,702 ... down
861,237, while ... rose by 329,535"), a proportion in words left by a share ("91% ..., leaving
only about one in ten"), a gap to a target written plainly, the other side of a referendum in
the next sentence, a count a day over the total's stretch, "the first time in 11 years"
against when it last happened, "over the 20 months" against the dates just before, "every one
of the 153 ... except a girl" and "520 of the 524 ... Four people survived", and a count said
as done "this year" with no known measure read to the publication day."""

from __future__ import annotations

from datetime import date

import pytest

from everyday_support import claims, find, rule_set

DAY = date(2024, 7, 25)


def _wrong(text: str, day: date = DAY) -> bool:
    return "wrong-arithmetic" in rule_set(text, day)


JAPAN = ("Japan's population fell by {total} to 124,885,175 in the year to January 1.\n\n"
         "The number of Japanese nationals dropped by {down}, the steepest fall on record, "
         "while foreign residents rose by {up} to 3,323,374.")


@pytest.mark.parametrize("total, down, up, wrong", [
    ("531,702", "861,237", "329,535", False),
    ("531,702", "761,237", "329,535", True),
    ("531,702", "861,237", "229,535", True),
    ("631,702", "861,237", "329,535", True)])
def test_parts_of_a_change_moving_both_ways_net_to_the_change(total, down, up, wrong):
    assert _wrong(JAPAN.format(total=total, down=down, up=up)) is wrong


@pytest.mark.parametrize("net, wrong", [("531,702", False), ("631,702", True)])
def test_a_net_change_after_its_parts_in_one_sentence(net, wrong):
    text = ("Japanese nationals fell by 861,237 in the year to January 1 and foreign residents "
            f"rose by 329,535, a net fall of {net} in the population.")
    assert _wrong(text) is wrong


def test_two_changes_of_one_way_are_no_net_parts():
    # both parts rise: the contrast form is not there, so nothing nets them out
    text = ("Sales rose by £40m to £500m in the year.\n\n"
            "Retail added £30m while wholesale added £5m.")
    c = find(claims(text, DAY), "£40m")
    assert "net_sum" not in dict(c.extra)


@pytest.mark.parametrize("rest, wrong", [("about one in ten", False), ("about one in four", True),
                                         ("about one in 25", True)])
def test_a_proportion_in_words_is_the_rest_of_a_share(rest, wrong):
    text = ("School closures have kept 1.58 billion learners out of classrooms, or 91% of the "
            f"world's enrolled learners, leaving only {rest} still in school.")
    assert _wrong(text, date(2020, 4, 8)) is wrong


def test_a_proportion_in_words_with_no_rest_cue_is_left_alone():
    text = "Some 96% of adults own a cellphone. About one in ten owns a tablet too."
    assert not _wrong(text, date(2019, 6, 12))


@pytest.mark.parametrize("gap, wrong", [("0.43", False), ("0.53", True)])
def test_a_target_written_plainly_is_exact(gap, wrong):
    text = (f"Germany will spend 1.57% of its economic output on defence this year, {gap} "
            "percentage points short of the alliance's 2% target.")
    assert _wrong(text, date(2023, 7, 8)) is wrong


@pytest.mark.parametrize("other, wrong", [("48.1%", False), ("45.1%", True)])
def test_the_other_side_of_a_referendum_completes_the_first(other, wrong):
    text = ("Britain has voted to leave the European Union, with 51.9% backing Leave in the "
            f"referendum.\n\nThe Remain side took {other}, on a turnout of 72.2%.")
    assert _wrong(text, date(2016, 6, 24)) is wrong


def test_sides_with_no_referendum_named_are_left_alone():
    text = ("The Leave campaign group polled 51.9% of members.\n\n"
            "The Remain side took 45.1% of those asked.")
    assert not _wrong(text, date(2016, 6, 24))


@pytest.mark.parametrize("rate, wrong", [("125", False), ("145", True)])
def test_a_count_a_day_over_the_stated_days(rate, wrong):
    text = ("A record 45,774 people crossed the Channel in small boats in 2022.\n\n"
            f"Over the 365 days of the year, that was about {rate} a day.")
    assert _wrong(text, date(2023, 1, 1)) is wrong


@pytest.mark.parametrize("rate, wrong", [("134", False), ("154", True)])
def test_a_count_a_day_over_the_totals_year(rate, wrong):
    text = (f"Guns killed 48,830 people in the United States in 2021, the most on record: "
            f"about {rate} deaths a day.")
    assert _wrong(text, date(2023, 4, 26)) is wrong


@pytest.mark.parametrize("rate, wrong", [("74", False), ("94", True), ("37", True)])
def test_a_count_said_as_done_this_year_runs_to_the_publication_day(rate, wrong):
    text = (f"Some 13,489 people have crossed the Channel in small boats this year, about "
            f"{rate} a day.")
    assert _wrong(text, date(2024, 7, 1)) is wrong
    c = find(claims(text, date(2024, 7, 1)), "Some 13,489")
    assert c.period.end == date(2024, 7, 1)


def test_a_forecast_this_year_keeps_the_whole_year():
    text = "The airline expects to carry 13,489 passengers this year."
    c = find(claims(text, date(2024, 7, 1)), "13,489")
    assert c.period is None or c.period.end == date(2024, 12, 31)


def test_a_county_breakdown_of_a_count_this_year_keeps_its_parts():
    # the merge round's reverted change lost this breakdown (CHANGELOG, thirty-fifth session)
    text = ("The state has reported 355 measles cases this year. Of those, 309 were in Texas "
            "and 46 in New Mexico.")
    got = rule_set(text, date(2025, 3, 20))
    assert not got & {"list-sum-mismatch", "parts-exceed-total", "wrong-arithmetic"}
    bad = rule_set(text.replace("46 in", "66 in"), date(2025, 3, 20))
    assert bad & {"list-sum-mismatch", "parts-exceed-total", "wrong-arithmetic"}


@pytest.mark.parametrize("years, wrong", [("11", False), ("14", True)])
def test_the_first_time_in_n_years_against_when_it_last_happened(years, wrong):
    text = ("The European Central Bank raised its interest rates on Thursday, the first time "
            f"in {years} years. It had last raised them in July 2011.")
    assert _wrong(text, date(2022, 7, 21)) is wrong


@pytest.mark.parametrize("years, wrong", [("122", False), ("132", True)])
def test_years_since_a_year_past_a_hundred_and_thirty(years, wrong):
    text = (f"In the {years} years since 1893, the country has had three women prime "
            "ministers.")
    assert _wrong(text, date(2015, 9, 19)) is wrong


@pytest.mark.parametrize("months, wrong", [("20", False), ("26", True)])
def test_over_the_n_months_against_the_dates_just_before(months, wrong):
    text = ("The Bank of England began raising Bank Rate in December 2021. Its 14th rise in a "
            f"row, in August 2023, took it to 5.25%.\n\nOver the {months} months, mortgage "
            "rates more than doubled.")
    assert _wrong(text, date(2023, 8, 3)) is wrong


def test_over_the_months_to_a_date_is_no_span_between_earlier_dates():
    text = ("Prices rose in January 2020 and again in March 2022.\n\n"
            "Over the 12 months to March, they rose 6%.")
    assert not _wrong(text, date(2022, 4, 20))


@pytest.mark.parametrize("killed, wrong", [("152", False), ("142", True)])
def test_every_one_except_one_against_the_count_of_that_outcome(killed, wrong):
    text = (f"An airliner crashed into the sea on Tuesday, killing {killed} people.\n\n"
            "Every one of the 153 people on board died except a 12-year-old girl, who clung "
            "to wreckage for hours before she was rescued.")
    assert _wrong(text, date(2009, 7, 2)) is wrong


def test_except_two_is_not_one_set_aside():
    text = ("Every one of the 50 people on board was killed except the two pilots.\n\n"
            "All 49 victims have been named.")
    assert not _wrong(text, date(2006, 8, 28))


@pytest.mark.parametrize("killed, survived, wrong", [("520", "Four", False),
                                                     ("510", "Four", True),
                                                     ("520", "Five", True)])
def test_a_count_of_the_other_outcome_is_the_rest_of_the_whole(killed, survived, wrong):
    text = (f"A jumbo jet crashed into a mountain on Monday, killing {killed} of the 524 "
            f"people on board.\n\n{survived} people survived.")
    assert _wrong(text, date(1985, 8, 14)) is wrong
