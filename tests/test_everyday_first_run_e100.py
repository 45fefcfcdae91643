"""Issue #11, everyday100's blind probe (sport business, farm inputs, public transport,
by-elections, insurance losses): the forms its first run read wrongly or not at all (own
sentences, real figures): a gapped list of comparisons ("CAN Sh925 more than Sh1,950"), a
multiple joined by "and" to a comparison of the same level, a name set before its figure with
", at", a figureless multiple over several pairs, and "N more, or P% higher, than X"."""

from __future__ import annotations

from datetime import date

import pytest

from everyday_support import flags


def _rules(text: str, day: date) -> set[str]:
    return {f["rule"] for f in flags(text, day)}


# 1. A gapped list of comparisons: each name's amount is of its own level, told before
KENYA = ("Farmers can buy a 50kg bag of DAP for Sh3,500 at depots under the new subsidy. CAN "
         "will retail at Sh2,875, urea at Sh3,500 and NPK at Sh3,275.\n\n"
         "The prices are higher than those of the April subsidy: DAP costs Sh700 more than the "
         "Sh2,800 charged then, CAN {can} more than Sh1,950, and urea {urea} more than Sh2,700.")
SEPT = date(2022, 9, 20)


@pytest.mark.parametrize("can, urea, wrong", [
    ("Sh925", "30%", False), ("Sh825", "30%", True), ("Sh925", "35%", True)])
def test_a_gapped_comparison_is_of_its_names_level(can, urea, wrong):
    assert ("wrong-arithmetic" in _rules(KENYA.format(can=can, urea=urea), SEPT)) is wrong


def test_a_gapped_comparison_with_no_level_of_its_name_is_left_alone():
    text = ("DAP costs Sh3,500 under the new subsidy, Sh700 more than the Sh2,800 charged in "
            "April, CAN Sh925 more than Sh1,950, and urea 30% more than Sh2,700.")
    assert "wrong-arithmetic" not in _rules(text, SEPT)


# 2. "18.5% more than the 5.73 million ... and almost three times the 2.5 million": the
# multiple is of the level the comparison is of, not of the earlier value
RAIL = ("In the year to June 30, trains carried 6.79 million passengers, 18.5% more than the "
        "5.73 million of the year before and almost {times} times the 2.5 million of 2003.")


@pytest.mark.parametrize("times, wrong", [("three", False), ("four", True)])
def test_a_multiple_after_and_is_of_the_compared_level(times, wrong):
    found = [f for f in flags(RAIL.format(times=times), date(2008, 8, 12))
             if f["rule"] == "wrong-arithmetic"]
    assert bool(found) is wrong
    assert all("5.73 million\" does" not in f["message"] for f in found)


# 3. "Rail, at 3.3 million rides, and buses, at 3.9 million": the name is whose figure it is
SINGAPORE = ("Buses and trains carried an average of 7.2 million passengers a day in 2016.\n\n"
             "The LRT grew fastest, by 18.4% to 180,000 rides a day from 152,000. MRT rides rose "
             "7.8% to 3.1 million a day. {opening} 3.3 million rides, and buses, at 3.9 million, "
             "together made up the 7.2 million daily trips.")


def test_a_name_before_at_is_no_restatement_of_the_sentence_befores():
    text = SINGAPORE.format(opening="Rail, at")
    assert "restated-figure-mismatch" not in _rules(text, date(2017, 2, 14))


def test_a_restatement_without_a_name_of_its_own_is_still_read():
    text = ("MRT ridership rose 7.8% to 3.1 million rides a day. The rail network, at 3.3 "
            "million rides, made up most.")
    assert "restated-figure-mismatch" in _rules(text, date(2017, 2, 14))


# 4. A figureless multiple over several pairs of what it names: no one reading
# (the pair's sentence states no amount of its move: one that does, "Sh3,200 less than the
# Sh6,000", is checked by that amount, the loose "halves" its rounding; everyday109)
HALVES = ("Subsidy halves fertiliser prices for Kenyan farmers\n\n"
          "A 50kg bag of DAP fertiliser will cost Sh2,800 from Saturday, down from the "
          "Sh6,000 it fetched before.{more}")
APRIL = date(2022, 4, 2)


def test_a_multiple_over_several_prices_is_left_open():
    more = "\n\nA bag of NPK fertiliser drops to Sh3,000 from Sh4,900."
    assert "wrong-arithmetic" not in _rules(HALVES.format(more=more), APRIL)


def test_a_multiple_over_one_price_is_still_checked():
    assert "wrong-arithmetic" in _rules(HALVES.format(more=""), APRIL)


# 5. "That was 207,530 more, or 3.2% higher, than the previous record of 6,525,071"
AFL = ("A total of 6,732,601 fans went to AFL home-and-away matches in 2017, a record. That was "
       "{amount} more, or {pct} higher, than the previous record of 6,525,071 set in 2011.")


@pytest.mark.parametrize("amount, pct, wrong", [
    ("207,530", "3.2%", None), ("217,530", "3.2%", "217,530"), ("207,530", "2.3%", "2.3%")])
def test_two_amounts_before_than(amount, pct, wrong):
    found = [f["message"] for f in flags(AFL.format(amount=amount, pct=pct), date(2017, 9, 7))
             if f["rule"] == "wrong-arithmetic"]
    if wrong is None:
        assert found == []
    else:
        assert any(f'"{wrong}"' in m for m in found)
