"""Everyday copy (issue 11, everyday40): a whole or a peak restated under "the" later in the
story, and a list's total before the count of its items ("across four states:"), its items
rounded one by one. Our own sentences with the constructions of storm-outage reports."""

from __future__ import annotations

from datetime import date

from everyday_support import rule_names
from test_everyday import claims, find, flags


def test_a_whole_restated_under_the_takes_its_keys_and_is_compared(tmp_path):
    text = ("Crews had restored power to 410,000 of the 450,000 Entergy customers who lost it "
            "on Monday.\n\nThe company said repairs in the hardest-hit parishes could take "
            "a week.\n\nThe {n} outages were the most since Hurricane Ida.")
    assert flags(tmp_path, text.format(n="450,000"), "2024-07-10") == []
    got = rule_names(flags(tmp_path, text.format(n="540,000"), "2024-07-10"))
    assert {"restated-figure-mismatch", "conflicting-figures"} & set(got)
    cs = claims(text.format(n="450,000"), date(2024, 7, 10))
    first, again = [c for c in cs if c.text == "450,000"]
    assert again.measure == first.measure == "without_power"


def test_a_peak_with_no_measure_restated_under_the(tmp_path):
    text = ("The utility said about 12,000 customers were still without electricity on "
            "Thursday, down from a peak of 90,000.\n\nMore than 200 crews are at work.\n\n"
            "The 90,000 outages were spread across three counties.")
    assert flags(tmp_path, text, "2024-07-10") == []
    cs = claims(text, date(2024, 7, 10))
    peak, again = [c for c in cs if c.text == "90,000"]
    assert peak.role == "compared" and peak.measure == again.measure == "without_power"


def test_a_restatement_is_set_apart_like_what_it_repeats(tmp_path):
    # the first figure is of kind electricity (its sentence names it), the second is not:
    # the restatement of the first is not compared with the second either
    text = ("Utilities had restored electricity to more than half of the 2.1 million "
            "customers who lost it when the storm struck, officials said on Friday.\n\n"
            "Nearly 900,000 homes and businesses were still without power on Friday.\n\n"
            "The 2.1 million outages make it one of the worst storms in a decade.")
    assert flags(tmp_path, text, "2024-07-10") == []


def test_the_value_after_more_than_the_named_thing_is_compared():
    text = ("More than 35,000 customers lost power in the storm, officials said.\n\n"
            "The 35,000 outages were more than the utility usually sees in a whole year, "
            "about 25,000.")
    cs = claims(text, date(2024, 6, 5))
    assert find(cs, "about 25,000").role == "compared"


def test_a_list_total_before_the_count_of_its_items_allows_each_items_rounding(tmp_path):
    text = ("The storm left more than 4.45 million customers without power across four "
            "states: {f} million in Florida, 579,000 in North Carolina, 378,000 in South "
            "Carolina and 211,000 in Virginia.")
    # 3.28 + 0.579 + 0.378 + 0.211 = 4.448 million, which rounding to 10,000 allows
    assert flags(tmp_path, text.format(f="3.28"), "2022-10-06") == []
    assert "parts-exceed-total" in rule_names(flags(tmp_path, text.format(f="3.82"), "2022-10-06"))
    assert "list-sum-mismatch" in rule_names(flags(tmp_path, text.format(f="2.28"), "2022-10-06"))
    cs = claims(text.format(f="3.28"), date(2022, 10, 6))
    assert find(cs, "more than 4.45 million").role == "total"


def test_a_long_clause_between_the_total_and_the_count_of_its_items(tmp_path):
    text = ("More than 300,000 electric customers were without power on Monday morning across "
            "five states: nearly {v} in Virginia, more than 76,000 in Kentucky, more than "
            "50,000 in West Virginia, nearly 36,000 in Illinois and more than 30,000 in "
            "Missouri.")
    assert flags(tmp_path, text.format(v="110,000"), "2025-01-06") == []
    assert "list-sum-mismatch" in rule_names(flags(tmp_path, text.format(v="11,000"), "2025-01-06"))
