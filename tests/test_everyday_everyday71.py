"""Everyday copy, everyday71 (issue 11): first-run false flags and misses on fresh drafts
(housing, charity appeals, strike ballots, harvests, public finances). Each mechanism on a
clean text (no flag) and on the same text with an error (flagged), and the readings each must
leave alone. Our own sentences with real figures."""

from __future__ import annotations

from datetime import date

from everyday_support import rules

_MAR15 = date(2015, 3, 18)
_JUN23 = date(2023, 6, 27)
_AUG15 = date(2015, 8, 21)


# -- ", before reaching B": a later step of the story, not what an amount is set against -------

_DEBT = ("# Debt to peak this year\n\nNet debt is forecast to peak at 80.4% of GDP this year and "
         "fall to 80.2% in 2015-16, {gap} percentage points lower, before reaching 71.6% in "
         "2019-20.\n")


def test_an_amount_lower_before_a_later_level_is_not_worked_from_that_level():
    # the 71.6% after ", before reaching" is the forecast's last step, not the level the
    # 0.2 points are below
    assert "wrong-arithmetic" not in rules(_DEBT.format(gap="0.2"), _MAR15)


# -- "N% of those who voted": any count nearby may be the group the verb picks out -------------

_BALLOT = ("# Nurses' mandate lapses\n\nAbout 122,000 members returned their papers, a turnout "
           "of 43.4%. The union needed 140,000 votes.\n\nMore than 100,000 members, {share} of "
           "those who voted, backed further action.\n")


def test_a_share_of_those_who_did_something_may_be_of_any_count_before():
    # 100,000 or more of about 122,000 is 82% or more: not the 140,000 of the sentence before
    assert "wrong-arithmetic" not in rules(_BALLOT.format(share="84%"), _JUN23)
    # ... and no reading gives 64%
    assert "wrong-arithmetic" in rules(_BALLOT.format(share="64%"), _JUN23)


def test_a_share_of_a_count_with_a_bound_allows_what_the_bound_does():
    # "more than 100,000" is open upward: 90% of about 122,000 is 110,000, more than 100,000
    assert "wrong-arithmetic" not in rules(_BALLOT.format(share="90%"), _JUN23)


# -- "a premium of £20 over the £110": a gap between two prices, per tonne ---------------------

_WHEAT = ("# Wheat prices\n\nMilling wheat is fetching around £130 a tonne, a premium of {gap} "
          "over the £110 paid for feed wheat.\n")


def test_a_premium_over_a_price_is_the_gap_between_the_two_prices():
    assert "wrong-arithmetic" not in rules(_WHEAT.format(gap="£20"), _AUG15)
    assert "wrong-arithmetic" in rules(_WHEAT.format(gap="£30"), _AUG15)


def test_a_premium_over_a_price_far_from_the_rate_is_left_alone():
    # £11 against £130 a tonne: not a price per tonne the "a tonne" was left off
    text = ("# Wheat\n\nMilling wheat is fetching around £130 a tonne, a premium of £30 over the "
            "£11 paid for a bag of feed.\n")
    assert "wrong-arithmetic" not in rules(text, _AUG15)
