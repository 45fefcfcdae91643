"""Everyday copy, everyday39 (issue 11, recall on known misses): a count split in apposition
into medal colours ("113 medals, 39 gold, 41 silver and 33 bronze"), and a count of the places
a figure was recorded in standing between that figure and its date ("387 cases of measles in
15 states by March 28"). Sentences in our own words with the constructions of published copy;
each is checked clean (no flag) and, where it adds a check, with a planted error (flagged).
Checks run the shipped consistency rules without a store."""

from __future__ import annotations

from datetime import date

from everyday_support import RESTATED, find
from everyday_support import claims as _claims
from everyday_support import rules as _rules

PARTS = {"parts-exceed-total", "list-sum-mismatch"}


def claims(text: str, day: date = date(2021, 8, 8)):
    return _claims(text, day)


def rules(text: str, day: str = "2021-08-08") -> list[str]:
    return _rules(text, date.fromisoformat(day))


MEDALS = ("# Hosts enjoy record Games\n\n"
          "The hosts finished the Games on Sunday with 58 medals, 27 gold, 14 silver and "
          "{bronze} bronze, their best haul.")


def test_medal_colours_after_a_count_are_its_parts():
    cs = claims(MEDALS.format(bronze=17))
    assert find(cs, "58").role == "total"
    assert [find(cs, v).role for v in ("27", "14", "17")] == ["part"] * 3
    assert not set(rules(MEDALS.format(bronze=17))) & PARTS


def test_medal_colours_that_do_not_add_up_are_flagged():
    assert set(rules(MEDALS.format(bronze=12))) & PARTS    # 53, not 58
    assert set(rules(MEDALS.format(bronze=22))) & PARTS    # 63, more than 58


def test_plural_colours_split_a_count_too():
    text = "Britain won 30 medals in Athens, 9 golds, 9 silvers and {b} bronzes."
    assert not set(rules(text.format(b=12))) & PARTS
    assert set(rules(text.format(b=14))) & PARTS


MEASLES = ("# Measles cases pass last year's total\n\n"
           "Health officials had recorded 412 cases of measles in 19 states by April 4, the "
           "agency said on Monday.\n\n"
           "There were 372 cases in the whole of the year before, 2018.")


def test_a_count_of_states_takes_no_date_from_the_figure_it_spreads():
    cs = claims(MEASLES, date(2019, 4, 8))
    got = find(cs, "412").period
    assert got is not None and got.end == date(2019, 4, 4)
    # with its own date the year's count is no restatement of last year's
    assert not set(rules(MEASLES, "2019-04-08")) & RESTATED


def test_a_count_of_states_without_a_place_noun_still_takes_the_date():
    # "in 19 hours" is no count of places: the date stays the nearer figure's as before
    cs = claims("Crews had restored 412 lines in 19 hours by April 4.", date(2019, 4, 8))
    assert find(cs, "412").period is None or find(cs, "412").period.end == date(2019, 4, 4)


TOLL = ("# Flood toll rises\n\n"
        "Four more people died in the floods over the past day, taking the toll to 1,210, the "
        "disaster agency said on Sunday. {opening} 540 men, {women} women and 410 children.")


def test_the_dead_include_gives_parts_of_the_toll_before():
    for opening in ("The dead include", "They include", "The victims included"):
        assert not set(rules(TOLL.format(opening=opening, women=260))) & PARTS, opening
        assert set(rules(TOLL.format(opening=opening, women=360))) & PARTS, opening


def test_a_list_that_says_nothing_of_the_toll_is_no_part_of_it():
    text = ("# Flood toll rises\n\nThe floods have killed 1,210 people. Volunteers "
            "include 540 men, 360 women and 410 children.")
    assert not set(rules(text)) & PARTS


COUNT = ("# Outbreak grows\n\n"
         "The county has now recorded 412 cases since February, {gap} more than on Friday, "
         "officials said.\n\n"
         "Most are children. The count had stood at 390 on Friday, when 12 new cases had been "
         "added over the week.")


def test_a_gap_against_a_day_takes_that_days_level_given_further_on():
    assert "wrong-arithmetic" not in rules(COUNT.format(gap=22), "2025-04-19")
    assert "wrong-arithmetic" in rules(COUNT.format(gap=32), "2025-04-19")


def test_a_gap_against_a_day_with_no_level_of_that_day_is_left_alone():
    text = COUNT.format(gap=32).replace("on Friday, when", "last week, when")
    assert "wrong-arithmetic" not in rules(text, "2025-04-19")


def test_a_percentage_level_set_above_another_is_ordered():
    text = ("# Flu rises\n\nThe share of doctor visits for flu-like illness was {v}%, above the "
            "national baseline of 2.2%, the agency said.")
    assert "wrong-arithmetic" not in rules(text.format(v="3.4"))
    assert "wrong-arithmetic" in rules(text.format(v="1.4"))


def test_a_percentage_change_above_a_forecast_is_not_ordered_as_levels():
    # a fall smaller than the fall forecast is "above" it: the sizes of two changes are no
    # levels to order
    text = ("# Output\n\nFactory output fell 0.4% in March, above economists' forecasts of "
            "0.6%, the agency said.")
    assert "wrong-arithmetic" not in rules(text, "2024-04-20")
