"""everyday107: the unread forms of note38's issue #11 list (levels, changes and gaps), each
checked with its right value (no flag) and a wrong one (flagged). Own sentences, real figures."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, only_wrong_flagged, rules

WANT = frozenset({"wrong-arithmetic", "restated-change-mismatch"})


# 1. A gap to a level the story gives elsewhere

def test_points_above_todays_rate() -> None:
    text = ("Euro zone inflation fell to 2.4% in November, Eurostat said.\n\n"
            "It peaked at 10.6% in October 2022, which was {} points above today's rate.\n")
    only_wrong_flagged(text, "9.2", "8.2", date(2023, 12, 1), WANT)


def test_points_higher_than_now() -> None:
    text = ("The US unemployment rate held at 3.7% in October, the Labor Department said.\n\n"
            "In October 2009 the rate stood at 10%, {} points higher than now.\n")
    only_wrong_flagged(text, "5.3", "6.3", date(2018, 11, 2), WANT)


def test_points_lower_than_now_picks_the_present_level() -> None:
    # the earlier level below the present one: "lower than now"
    text = ("UK inflation rose to 3.8% in the year to July.\n\n"
            "In September 2024 the rate was 1.7%, {} points lower than now.\n")
    only_wrong_flagged(text, "1.6", "2.1", date(2025, 8, 20), WANT)


def test_no_present_level_no_reading() -> None:
    # with no level of now in the text the gap stays unread (nothing to set it against)
    text = "In October 2009 the US jobless rate stood at 10%, 5.9 points higher than now.\n"
    gap = next(c for c in claims(text, date(2018, 11, 2)) if c.text.startswith("5.9"))
    assert dict(gap.extra).get("change", {}).get("from") is None


def test_its_level_when_it_stood_at() -> None:
    text = ("Britain's unemployment rate rose to 4.7% in the three months to May, the ONS said.\n\n"
            "That left the rate {} points above its level in mid-2022, when it stood at 3.5%.\n")
    only_wrong_flagged(text, "1.5", "1.2", date(2025, 7, 17), WANT)


def test_its_level_when_it_reached_below() -> None:
    text = ("The Federal Reserve cut its main rate to a range of 4.25% to 4.5% on Wednesday.\n\n"
            "The Bank of Canada's rate is now 3.25%, {} points below its level in July 2023, when "
            "it reached 5%.\n")
    only_wrong_flagged(text, "2.5", "1.75", date(2024, 12, 18), WANT)


def test_amount_and_percent_below_a_dated_level_a_paragraph_up() -> None:
    text = ("Ofgem's cap will be £1,849 a year from April, up £111 from £1,738.\n\n"
            "In January 2023 the typical bill stood at £4,279 under the cap, though "
            "households paid less under the government's guarantee.\n\n"
            "The new cap is still {}, below its level in January 2023.\n")
    day = date(2025, 2, 25)
    only_wrong_flagged(text, "£2,430, or 47%", "£2,430, or 57%", day, frozenset({"wrong-arithmetic"}))
    only_wrong_flagged(text, "£2,130, or 57%", "£2,430, or 57%", day, frozenset({"wrong-arithmetic"}))


def test_a_level_held_until_months_before_is_no_start_of_the_move() -> None:
    # "held at 4.35% ... until February": the August cut did not start from it
    text = ("The Reserve Bank of Australia cut its cash rate by a quarter of a percentage point to "
            "3.6% on Tuesday, its third cut this year.\n\n"
            "The rate was held at 4.35% from November 2023 until February.\n")
    assert "wrong-arithmetic" not in rules(text, date(2025, 8, 12))


# 2. A change against a base written as a possessive, the new level in the sentence before

def test_rise_in_points_on_a_possessive_base() -> None:
    text = ("The US unemployment rate was 3.9% in February, the Labor Department said.\n\n"
            "That was a rise of {} percentage points on January's 3.7%.\n")
    only_wrong_flagged(text, "0.4", "0.2", date(2024, 3, 8), WANT)


def test_relative_increase_on_last_years_count() -> None:
    text = ("Dublin Airport handled 33.5 million passengers in 2024, a record.\n\n"
            "That was an increase of {} on the previous year's 31.9 million.\n")
    only_wrong_flagged(text, "7%", "5%", date(2025, 1, 20), WANT)


def test_improvement_takes_the_levels_way() -> None:
    # a jobless rate improves by falling: only the size is judged
    text = ("The US jobless rate fell to 3.4% in January, the lowest since 1969.\n\n"
            "That is an improvement of {} percentage points on December's 3.5%.\n")
    only_wrong_flagged(text, "0.3", "0.1", date(2023, 2, 3), WANT)


def test_a_bare_percentage_against_a_percentage_is_left_alone() -> None:
    # points or a relative change: two readings, no verdict
    text = ("The share of pupils in England reaching the expected standard rose to 61%.\n\n"
            "That was an increase of 1% on last year's 60%.\n")
    c = next(c for c in claims(text, date(2024, 7, 9)) if c.text == "1%")
    assert dict(c.extra).get("change", {}).get("from") is None


# 3. An amount of change restated over another stretch in plain words

def test_that_is_a_month_less_restates_an_annual_fall() -> None:
    text = ("The typical household's annual energy bill will fall by £129, or 7%, to £1,720 "
            "from 1 July, Ofgem said. That is {} a month less than now.\n")
    only_wrong_flagged(text, "£12.75", "£10.75", date(2025, 5, 23),
                       frozenset({"wrong-conversion", "wrong-arithmetic"}))


def test_and_a_month_more_after_an_amount_and_percent_pair() -> None:
    text = ("A typical household will pay £1,834 a year from October, down £240, or 12%, from "
            "£2,074, and about {} a month less, the regulator said.\n")
    only_wrong_flagged(text, "£22", "£20", date(2023, 8, 25),
                       frozenset({"wrong-conversion", "wrong-arithmetic"}))


def test_or_a_month_after_a_percentage_change_allows_the_pounds_rounding() -> None:
    # £35 a year in whole pounds stands for £34.50 to £35.50: £2.93 a month is right
    text = ("A typical household will pay £1,755 a year from October, up £35 from the current "
            "cap of £1,720. That is a rise of about 2%, or {} a month.\n")
    only_wrong_flagged(text, "£3.93", "£2.93", date(2025, 8, 27),
                       frozenset({"wrong-conversion", "wrong-arithmetic"}))


# 3. A second amount-and-percent pair after "and by", its verb left out

def test_second_pair_after_and_by_is_read_as_the_first() -> None:
    text = ("From 1 October the cap will rise by £1,578, or 80%, from £1,971 to £3,549 a year for "
            "direct debit customers, and by {}, from £2,017 to £3,608 for prepayment customers.\n")
    only_wrong_flagged(text, "£1,591, or 69%", "£1,591, or 79%", date(2022, 8, 26))


def test_second_run_of_another_shape_is_left_alone() -> None:
    # a second run whose units differ from the first's takes nothing from it
    text = ("Sales rose by £40m, or 8%, from £500m, and by 3,000 units in the quarter.\n")
    c = next(c for c in claims(text, date(2024, 5, 1)) if c.text.startswith("3,000"))
    ch = dict(c.extra).get("change") or {}
    assert not any(ch.get(k) is not None for k in ("by", "base_of", "from", "to"))


# 4. Sums of changes and balances named around their figure

def test_gain_in_all_after_two_changes() -> None:
    text = ("Private sector full-time employment rose by 7,272 to 181,710 and public sector "
            "full-time employment by 1,792 to 50,432, a gain of {} jobs in all.\n")
    only_wrong_flagged(text, "9,964", "9,064", date(2021, 3, 5),
                       frozenset({"wrong-arithmetic", "list-sum-mismatch"}))


def test_gain_without_in_all_is_no_sum() -> None:
    text = ("Private sector full-time employment rose by 7,272 to 181,710 and public sector "
            "full-time employment by 1,792 to 50,432, a gain of 9,064 on October 2019.\n")
    c = next(c for c in claims(text, date(2021, 3, 5)) if c.text.startswith("9,064"))
    assert "sum" not in dict(c.extra)


def test_gained_people_through_migration_is_the_balance_of_its_flows() -> None:
    text = ("Ireland gained {} people through migration in the year to April, the CSO said. "
            "Some 141,600 people moved to the country and 64,000 emigrated.\n")
    only_wrong_flagged(text, "87,600", "77,600", date(2023, 9, 26),
                       frozenset({"wrong-arithmetic"}))
    # the flows are no parts of the balance (no parts-exceed-total, no restated figure)
    assert not rules(text.format("77,600"), date(2023, 9, 26))
