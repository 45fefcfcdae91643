"""Everyday copy, the lead27 blind probe (issue 11): causes of the first run's false flags and
misses on drafts written from published copy not read before (earthquake tolls, SMMT car
registrations, reservoir levels, box office). Our own sentences with the real figures. Each
mechanism is checked on a clean text (no flag) and on the same text with an error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, rules

_NOV21 = date(2021, 11, 4)
_OCT05 = date(2005, 10, 9)
_APR14 = date(2014, 4, 29)


# -- "would leave 2021 about 30,000 cars, or 1.9%, above 2020": a year, then one change twice --

_FORECAST = ("The trade body cut its forecast for the full year by 8.8% to 1.66 million cars, "
             "which would still leave 2021 about 30,000 cars, or 1.9%, above 2020 but some "
             "650,000 short of the 2.3 million sold in 2019.")


def test_a_year_before_a_hedged_figure_is_a_date_not_a_count():
    assert 2021.0 not in [c.value for c in claims(_FORECAST, _NOV21)]


def test_an_amount_said_again_as_a_percentage_takes_no_values_from_around_it():
    # (before: "from about 30,000 to 1.66 million is a rise of 5,433.3%, not 1.9%")
    assert rules(_FORECAST, _NOV21) == []


_WHEAT = ("The council cut its forecast for world wheat production in 2014-15 to 697 million "
          "tonnes, 3 million tonnes below its March outlook and 12 million tonnes, or {pct}, "
          "less than the 709 million tonnes harvested in 2013-14.")


def test_an_amount_said_twice_is_still_checked_against_the_base_written_after_it():
    assert rules(_WHEAT.format(pct="2%"), _APR14) == []
    assert "wrong-arithmetic" in rules(_WHEAT.format(pct="4%"), _APR14)


# -- "Of the dead, 46 were ..." after "The number of people killed ... has risen to 82" ---------

def test_of_the_dead_finds_a_count_named_before_its_figure():
    text = ("The number of people killed by Monday's earthquake in Sichuan has risen from 74 to "
            "82, state media said.\n\nOf the dead, {garze} were in Garze prefecture, while 36 "
            "were in Ya'an city.")
    day = date(2022, 9, 8)
    assert rules(text.format(garze="46"), day) == []
    assert "parts-exceed-total" in rules(text.format(garze="56"), day)


# -- "Of the dead, 17,388 were in Kashmir": the count of the dead, not of the injured ----------

_QUAKE = ("The interior minister said 19,136 people had died and 42,397 had been injured in "
          "the north-west and in Pakistan-administered Kashmir. Of the dead, {kashmir} were "
          "in Kashmir.")


def test_of_the_dead_is_a_portion_of_the_deaths_not_of_the_injured():
    assert rules(_QUAKE.format(kashmir="17,388"), _OCT05) == []
    # (before: read as a portion of the 42,397 injured, which 21,388 does not exceed)
    assert "parts-exceed-total" in rules(_QUAKE.format(kashmir="21,388"), _OCT05)


# -- "took 15.2% of the market, with 16,155 registrations": a share, then its count -----------

_MARKET = ("Britain's new car market shrank by almost a quarter in October, with 106,265 cars "
           "registered, the Society of Motor Manufacturers and Traders said.\n\nBattery "
           "electric cars took 15.2% of the market, the same share as in September, with "
           "{bev} registrations, while plug-in hybrids rose to 7.9%, or {phev} cars.")


def test_a_share_with_its_count_after_it_is_that_count_out_of_the_market():
    assert rules(_MARKET.format(bev="16,155", phev="8,382"), _NOV21) == []
    assert "wrong-arithmetic" in rules(_MARKET.format(bev="16,155", phev="9,382"), _NOV21)
    assert "wrong-arithmetic" in rules(_MARKET.format(bev="26,155", phev="8,382"), _NOV21)


def test_with_a_count_after_a_share_of_no_market_is_no_restatement():
    text = ("In October 106,265 cars were registered. Diesels fell 15.2%, with 26,155 "
            "registrations.")
    assert "wrong-arithmetic" not in rules(text, _NOV21)


def test_the_same_share_as_in_a_month_dates_no_figure():
    cs = claims(_MARKET.format(bev="16,155", phev="8,382"), _NOV21)
    dated = {c.text: c.period for c in cs}
    for text in ("15.2%", "16,155", "7.9%", "8,382"):
        assert dated[text] is None or dated[text].start.month != 9, text


# -- "Of the 8,974 on the roll, 640 voted, a turnout of 7.13%": a portion's share of its whole --

_TURNOUT = "Of the 8,974 people on the electoral roll, 640 voted, a turnout of {pct}."


def test_a_share_named_after_a_portion_is_that_portion_of_its_whole():
    day = date(2024, 5, 3)
    assert rules(_TURNOUT.format(pct="7.13%"), day) == []
    assert "wrong-arithmetic" in rules(_TURNOUT.format(pct="9.13%"), day)


# -- "a fall of 2.5 points and well below the 85% target": the level's second gap -------------

def test_a_second_gap_after_and_is_not_the_amounts_earlier_value():
    text = ("Only 61% of cancer patients started treatment within two months, down from 63.5% "
            "in March, a fall of {gap} percentage points and well below the 85% target.")
    day = date(2023, 6, 8)
    assert rules(text.format(gap="2.5"), day) == []
    assert "wrong-arithmetic" in rules(text.format(gap="3.5"), day)
