"""Everyday copy, twenty-eighth round (issue 11): recall on constructions of outbreak, museum,
insurance and power-grid copy. Sentences in our own words with real constructions; each is
checked with an error in it (flagged) and on the clean text (no flag), so that no test passes
whatever the code does."""

from __future__ import annotations

from datetime import date

from everyday_support import flags, rules
from factcheck.extract.numbers import find_quantities
from factcheck.normalize.intervals import interval

ARITH = {"wrong-arithmetic"}
PARTS = {"parts-exceed-total", "list-sum-mismatch"}
RESTATED = {"conflicting-figures", "restated-figure-mismatch"}


# -- a state's count against the total written "across the United States" -------------------------

FLU_DAY = date(2025, 2, 14)
FLU = ("Health officials have confirmed {n} whooping cough cases across the United States so "
       "far this year, the disease control agency said on Friday.\n\n"
       "In Washington alone, 742 cases have been reported since the outbreak began in January.")


def test_a_states_count_above_the_total_across_the_united_states_is_flagged():
    assert PARTS & set(rules(FLU.format(n="642"), FLU_DAY))


def test_a_states_count_within_the_total_across_the_united_states_passes():
    assert not PARTS & set(rules(FLU.format(n="968"), FLU_DAY))


def test_the_pronoun_us_is_no_country():
    """"across us" is no whole country: only "across the US" is (entities.yaml)."""
    from factcheck.normalize.relations import _national
    assert _national().search("cases across the us this year")
    assert not _national().search("the storm swept across us")


# -- "about $10 billion" against its parts ------------------------------------------------------

LOSS_DAY = date(2017, 10, 5)
LOSS = ("Insurers expect claims of about $10 billion from the hurricane, a modelling firm "
        "estimated on Thursday.\n\n"
        "Homes account for $5.8 billion, businesses for {n} and vehicles for $1.2 billion.")


def test_parts_a_billion_above_about_ten_billion_are_flagged():
    assert PARTS & set(rules(LOSS.format(n="$4.0 billion"), LOSS_DAY))


def test_parts_adding_up_to_about_ten_billion_pass():
    assert not PARTS & set(rules(LOSS.format(n="$3.0 billion"), LOSS_DAY))


def _approx(text: str) -> tuple[float | None, float | None]:
    q = find_quantities(text)[0]
    q.qkind = "approx"
    lo, hi, _, _ = interval(q)
    return lo, hi


def test_about_a_one_and_zeros_is_read_to_the_next_place():
    assert _approx("$10 billion") == (9.5e9, 10.5e9)
    assert _approx("1,000 homes") == (950.0, 1049.0)


def test_about_a_small_count_or_another_leading_digit_keeps_its_rounding():
    assert _approx("100 people") == (50.0, 149.0)
    assert _approx("70 people") == (65.0, 74.0)
    assert _approx("$2 billion") == (1.5e9, 2.5e9)


# -- a restatement under another noun: visitors, people who passed through its doors ----------------

MUSEUM_DAY = date(2019, 1, 3)
MUSEUM = ("# Louvre welcomes record 10.2m visitors\n\n"
          "More than {n} million people passed through the doors of the Louvre in 2018, the museum "
          "said on Thursday, a quarter more than the year before.")


def test_people_passing_through_restating_visitors_with_another_value_is_flagged():
    assert RESTATED & set(rules(MUSEUM.format(n="11.2"), MUSEUM_DAY))


def test_people_passing_through_restating_visitors_passes():
    assert not RESTATED & set(rules(MUSEUM.format(n="10.2"), MUSEUM_DAY))


def test_a_bare_count_who_passed_through_keeps_the_measure_named_before():
    """"the 80.9 million who passed through in 2019" after an airport's passengers: a gap to
    the passengers, not visitors (lead7-heathrow-2023)."""
    text = ("Heathrow handled 79.2 million passengers in 2023.\n\n"
            "Traffic was still {n} million short of the 80.9 million who passed through in 2019.")
    assert ARITH & set(rules(text.format(n="2.7"), date(2024, 1, 11)))
    assert not ARITH & set(rules(text.format(n="1.7"), date(2024, 1, 11)))


# -- a new high above "the previous high of N" --------------------------------------------------------

SOLAR_DAY = date(2024, 4, 22)
SOLAR = ("Solar panels in Britain generated 11.7GW on Saturday, the most since records began, the "
         "grid operator said, above the previous high of {n} set last April.")


def test_a_previous_high_above_the_new_high_is_flagged():
    assert ARITH & set(rules(SOLAR.format(n="12.1GW"), SOLAR_DAY))


def test_a_previous_high_below_the_new_high_passes():
    assert not ARITH & set(rules(SOLAR.format(n="10.9GW"), SOLAR_DAY))


def test_an_amount_above_a_record_is_no_level_above_it():
    """"312.46 points above the previous record of 25,803.19": the amount is a gap, not a
    level ordered against the record (e22a-dow-26000-2018)."""
    text = ("The Dow closed at 26,115.65 on Tuesday. The close was 312.46 points above the "
            "previous record of 25,803.19, set on Friday.")
    assert not ARITH & set(rules(text, date(2018, 1, 17)))


# -- a change to a range: "between 40 and 45, up from 30" ---------------------------------------------

CRUSH_DAY = date(2024, 7, 3)
CRUSH = ("Officials said between 40 and 45 people had been treated in hospital by the evening, "
         "up from 30 at noon, an increase of {n}.")


def test_an_amount_outside_every_reading_of_a_range_is_flagged():
    got = [f for f in flags(CRUSH.format(n="25"), CRUSH_DAY) if f["rule"] in ARITH]
    assert got and "10 to 15" in got[0]["message"]


def test_an_amount_that_one_end_of_the_range_gives_passes():
    """15 is 45 less 30: the range's upper end (not the midpoint's 12.5) gives it."""
    assert not ARITH & set(rules(CRUSH.format(n="15"), CRUSH_DAY))
    assert not ARITH & set(rules(CRUSH.format(n="10"), CRUSH_DAY))
