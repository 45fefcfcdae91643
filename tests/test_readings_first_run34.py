"""Causes of the thirty-fourth phrasing set's first run (issue #10, readings16), one test each,
with the wrong figure that must still be caught. Our own sentences; the General Staff's real
figures: report of 2024-12-20 (the fighting of December 19): 2,200 troops; of 2024-12-22: 15
tanks, 29 armoured vehicles and 81 vehicles and fuel tanks on the day; of 2023-02-12: 14
armoured vehicles and 14 vehicles and fuel tanks; of 2024-12-11: 2 tanks, 20 armoured
vehicles, 3 artillery systems; of 2023-02-07: 1,030 troops; 2025 (reports of 2025-01-01 to
2026-01-01): 418,170 troops; of 2025-09-09: 950 troops, 1,090,010 in all.
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
    return status_checker(str(tmp_path_factory.mktemp("first-run-34")))


# -- a bare "vehicles" may be the vehicles and fuel tanks with the armoured vehicles ---------

@pytest.mark.parametrize("text", [
    "On Saturday alone, Ukrainian forces took out 15 Russian tanks and 110 vehicles, the "
    "General Staff said.",
    "On Saturday alone, Ukrainian forces took out 15 Russian tanks and 110 enemy vehicles, "
    "the General Staff said.",
])
def test_a_bare_vehicles_may_be_the_sum_of_the_vehicle_fields(check, text):
    status, flags = check(text, date(2024, 12, 22))
    assert at(status, "110") == "supported" and not flags


def test_a_bare_vehicles_that_is_neither_field_nor_their_sum_is_contradicted(check):
    status, _ = check("On Saturday alone, Ukrainian forces took out 15 Russian tanks and 101 "
                      "vehicles, the General Staff said.", date(2024, 12, 22))
    assert at(status, "101") == "contradicted"


def test_vehicles_and_fuel_tanks_named_in_full_keep_their_one_field(check):
    # 110 is the sum with the armoured vehicles, not the field the words name (81)
    status, _ = check("On Saturday alone, Ukrainian forces took out 15 Russian tanks and 110 "
                      "vehicles and fuel tanks, the General Staff said.", date(2024, 12, 22))
    assert at(status, "110") == "contradicted"


# -- the day named only in the next sentence ----------------------------------------------

@pytest.mark.parametrize("opening", ["That was on 19 December", "It happened on December 19",
                                     "This came on 19 December"])
def test_a_day_dated_by_the_next_sentence_is_a_reading(check, opening):
    text = (f"Russia lost 2,200 soldiers in a single day. {opening}, the bloodiest day of the "
            "war so far, British defence intelligence said, citing Ukraine's General Staff.")
    status, flags = check(text, date(2025, 1, 15))
    assert at(status, "2,200") == "supported" and not flags


def test_a_wrong_figure_of_the_day_the_next_sentence_names_is_contradicted(check):
    text = ("Russia lost 2,020 soldiers in a single day. That was on 19 December, the bloodiest "
            "day of the war so far, British defence intelligence said, citing Ukraine's General "
            "Staff.")
    status, _ = check(text, date(2025, 1, 15))
    assert at(status, "2,020") == "contradicted"


def test_a_next_sentence_on_something_else_dates_nothing(check):
    # no opening that dates the figure before: the day's report alone (2,200 is wrong for it)
    text = ("Russia lost 2,200 soldiers in a single day. The ministry met on 19 December to "
            "discuss it, Ukraine's General Staff said.")
    status, _ = check(text, date(2025, 1, 15))
    assert at(status, "2,200") != "supported"


# -- so many "every day" with no period of its own: a rate, not the year before --------------

def test_so_many_every_day_is_not_the_year_of_the_sentence_before(check):
    text = ("Russia's losses in killed and wounded came to approximately 418,000 soldiers in "
            "2025, the commander-in-chief said. Ukrainian forces now take between 1,000 and "
            "1,100 Russian soldiers out of action every day, he said.")
    status, flags = check(text, date(2026, 1, 20))
    assert at(status, "418,000") == "supported"
    assert at(status, "1,000") == "unverified" and not flags


def test_a_year_figure_of_the_same_text_is_still_contradicted(check):
    text = ("Russia's losses in killed and wounded came to 481,170 soldiers in 2025, the "
            "commander-in-chief said. Ukrainian forces now take between 1,000 and 1,100 Russian "
            "soldiers out of action every day, he said.")
    status, _ = check(text, date(2026, 1, 20))
    assert at(status, "481,170") == "contradicted"


def test_more_than_a_day_earlier_is_still_a_change_of_the_day(check):
    status, _ = check("Kyiv's count of Russian losses rose to 1,090,010 on Tuesday, 950 more "
                      "than a day earlier.", date(2025, 9, 9))
    assert at(status, "950") == "supported"


# -- a verb of destruction with a colon before its list --------------------------------------

def test_destroyed_colon_list_counts_the_other_sides_losses(check):
    text = ("Just in the past 24 hours, Russia's losses amounted to 1,400 soldiers. In "
            "particular, Ukraine's Defense Forces have destroyed: 2 tanks; 20 armored fighting "
            "vehicles; 3 artillery systems.")
    status, flags = check(text, date(2024, 12, 11))
    assert status["2"] == status["20"] == status["3"] == "supported"
    assert not flags


def test_a_wrong_item_of_the_colon_list_is_contradicted(check):
    text = ("In particular, Ukraine's Defense Forces have destroyed: 2 tanks; 26 armored "
            "fighting vehicles; 3 artillery systems.")
    status, _ = check(text, date(2024, 12, 11))
    assert status["26"] == "contradicted"


# -- "the previous record of N" continues the count of the record before it ----------------

def test_the_previous_record_of_n_is_that_records_count(check):
    text = ("Ukrainian defenders put about 1,140 Russian troops out of action during the day, a "
            "record. The previous record of 1,030 was logged on Feb. 7.")
    status, flags = check(text, date(2023, 2, 11))
    assert at(status, "1,030") == "supported" and not flags


def test_a_wrong_previous_record_is_contradicted(check):
    text = ("Ukrainian defenders put about 1,140 Russian troops out of action during the day, a "
            "record. The previous record of 1,300 was logged on Feb. 7.")
    status, _ = check(text, date(2023, 2, 11))
    assert at(status, "1,300") == "contradicted"


# -- a round lower bound for a year: the writer rounded the report down ---------------------

@pytest.mark.parametrize("text", [
    "Russia lost more than 420,000 troops in 2024, the General Staff said.",
    "Russia lost in excess of 410,000 soldiers in 2024, according to Kyiv's count.",
])
def test_a_round_lower_bound_below_the_report_is_supported(check, text):
    # 2024: 430,790 (reports of 2024-01-01 to 2025-01-01) or 430,320 (the days fought)
    status, flags = check(text, date(2025, 1, 2))
    assert next(iter(status.values())) == "supported" and not flags


def test_a_lower_bound_far_below_the_report_is_left_unverified(check):
    status, flags = check("Russia lost more than 300,000 troops in 2024, the General Staff "
                          "said.", date(2025, 1, 2))
    assert next(iter(status.values())) == "unverified" and not flags


def test_a_lower_bound_above_the_report_is_contradicted(check):
    status, _ = check("Russia lost more than 450,000 troops in 2024, the General Staff said.",
                      date(2025, 1, 2))
    assert next(iter(status.values())) == "contradicted"


# -- "since its previous update on Saturday" and "during the same time frame" ----------------
# (report of 2023-02-12, a Sunday: 13 tanks, 900 troops; of 2023-02-11: 9 tanks, 1,140 troops)

def test_since_the_previous_update_is_the_publication_days_report(check):
    status, _ = check("Moscow's forces lost 9 tanks since the previous update on Saturday, the "
                      "General Staff said.", date(2023, 2, 12))
    assert status["9"] == "contradicted"


def test_the_same_time_frame_is_the_same_report(check):
    text = ("Moscow's forces lost 13 tanks since the previous update on Saturday, the General "
            "Staff said. It said {} Russian soldiers had been killed during the same time frame.")
    status, flags = check(text.format("900"), date(2023, 2, 12))
    assert status["13"] == status["900"] == "supported" and not flags
    status, _ = check(text.format("1,140"), date(2023, 2, 12))
    assert status["1,140"] == "contradicted"


def test_an_update_two_days_back_is_the_two_days_since(check):
    # Friday's update is not the one before a Sunday's: the two days' reports, 9 + 13 tanks
    status, flags = check("Moscow's forces lost 22 tanks since the previous update on Friday, "
                          "the General Staff said.", date(2023, 2, 12))
    assert status["22"] == "supported" and not flags
