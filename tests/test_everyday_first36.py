"""Everyday copy, thirty-sixth round (issue 11): first-run precision on unseen copy (housing
starts, coffee crops, airports, airline traffic). Sentences in our own words with the
constructions of published copy; each mechanism is checked on a clean sentence (no flag) and
on the same sentence with a planted error. Checks run the shipped consistency rules without a
store."""

from __future__ import annotations

from datetime import date

import everyday_support as support

DAY = date(2022, 3, 17)


def rules(text: str) -> list[str]:
    return support.rules(text, DAY)


STARTS = ("Builders broke ground on homes at a seasonally adjusted annual rate of 1,769,000 in "
          "February. That was 6.8% above January's revised pace of 1,657,000 and 22.3% higher "
          "than the 1,447,000 of February 2021.")


def test_the_figure_a_first_comparison_is_set_against_is_no_new_value_of_a_second():
    # both amounts describe the level of the sentence before; the 1,657,000 is January's
    assert rules(STARTS) == []
    assert rules(STARTS.replace("22.3% higher", "32.3% higher")) == ["wrong-arithmetic"]


def test_a_first_comparison_of_a_coordinated_pair_is_read():
    assert rules(STARTS.replace("6.8% above", "8.6% above")) == ["wrong-arithmetic"]


def test_a_change_over_a_period_then_to_its_new_value_then_from_the_earlier():
    # "climbed 8.3% on the month to 656,000, from 606,000": "on the month" names no figure
    text = ("Single-family starts climbed 8.3% on the month to 656,000, from 606,000 in June, "
            "the Census Bureau said.")
    assert rules(text) == []
    assert rules(text.replace("8.3%", "3.8%")) == ["wrong-arithmetic"]


def test_the_size_of_what_a_new_value_counts_is_no_earlier_value():
    text = ("Global coffee production is set to fall 9.5% to 91.3 million 60kg bags in the year "
            "to September 30, from 100.9 million bags a year earlier.")
    assert rules(text) == []
    assert rules(text.replace("fall 9.5%", "fall 5.9%")) == ["wrong-arithmetic"]


def test_a_new_value_set_beside_another_level_after_a_comma_takes_no_earlier_value():
    # "still below the 336 million of a year ago" compares the new level, it is no value the
    # change of 9 million is worked from
    text = ("The number of monthly users rose by 9 million from the previous quarter to 330 "
            "million, still below the 336 million of a year ago.")
    assert rules(text) == []


def test_a_total_with_its_change_in_apposition_before_a_colon_list():
    text = ("The airport counted 43,118 flights, up nearly 4%: 35,277 European and 7,841 "
            "intercontinental.")
    assert rules(text) == []
    assert "parts-exceed-total" in rules(text.replace("7,841", "9,841"))


AIRPORTS = ("Atlanta's Hartsfield-Jackson handled 96 million passengers, up 1.9%, and was the "
            "busiest airport for the 17th year running, thanks largely to its 85.4 million "
            "domestic travellers. Beijing was second with 88 million, up 2.9%.")


def test_a_leaders_own_figure_after_the_superlative_is_no_leader():
    # "its 85.4 million domestic travellers" is a part of Atlanta's 96 million, the leader
    assert rules(AIRPORTS) == []
    assert rules(AIRPORTS.replace("with 88 million", "with 98 million")) == ["wrong-rank"]
