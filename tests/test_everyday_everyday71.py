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


# -- "That left 18.6%", "it means that 35.3%": the rest of 100% after the share just said ------

_AE = ("# A&E waits\n\nOnly 81.4% of patients were seen within four hours in November, the lowest "
       "since the target was set.\n\nThat left {rest} of patients waiting longer.\n")
_RAIL = ("# Punctuality\n\nOnly 64.7% of station stops were reached on time in the year to June."
         "\n\nThat was up 2.5 percentage points from 62.2% a year earlier, but it means that {rest} "
         "of stops were missed.\n")
_DEC19 = date(2019, 12, 12)


def test_the_rest_a_consequence_word_opens_is_100_less_the_share_before():
    assert "wrong-arithmetic" not in rules(_AE.format(rest="18.6%"), _DEC19)
    assert "wrong-arithmetic" in rules(_AE.format(rest="16.6%"), _DEC19)


def test_it_means_that_mid_sentence_gives_the_rest_of_the_share_before():
    assert "wrong-arithmetic" not in rules(_RAIL.format(rest="35.3%"), _DEC19)
    assert "wrong-arithmetic" in rules(_RAIL.format(rest="37.3%"), _DEC19)


# -- "£3.64 billion, about £495 each": an average set right after its total -----------------------

_VISITS = ("# UK visits\n\nVisits to the UK rose 6% to 7.36 million in the first quarter; visitors "
           "spent £3.64 billion, about {each} each.\n")


def test_an_amount_each_after_a_total_is_the_total_over_the_count_before():
    assert "wrong-arithmetic" not in rules(_VISITS.format(each="£495"), date(2016, 5, 10))
    assert "wrong-arithmetic" in rules(_VISITS.format(each="£595"), date(2016, 5, 10))


# -- "45% of the Premier League figure": the words before a generic head name the whole --------

_CROWDS = ("# Crowds\n\nThe average Premier League crowd this season is 36,412.\n\nChampionship "
           "crowds average 16,410, about {share} of the Premier League figure.\n")


def test_a_share_of_a_named_figure_is_of_the_figure_those_words_stand_beside():
    assert "wrong-arithmetic" not in rules(_CROWDS.format(share="45%"), date(2014, 12, 15))
    assert "wrong-arithmetic" in rules(_CROWDS.format(share="55%"), date(2014, 12, 15))


# -- "rose past 5,000": a threshold; a place an event struck is not the toll's subject ---------

_QUAKE = ("# Quake toll passes 5,000 in Turkey and Syria\n\nThe death toll from the earthquake "
          "that struck southern Turkey early on Monday rose past 5,000 on Tuesday.\n\nTurkey's "
          "vice-president said deaths in the country had risen to 3,419. With 1,602 people "
          "confirmed dead in Syria, the combined toll reached 5,021.\n")


def test_a_toll_after_the_place_an_event_struck_is_not_that_places_alone():
    # the 5,000 is Turkey's and Syria's together: Turkey's 3,419 does not restate it
    found = rules(_QUAKE, date(2023, 2, 7))
    assert "conflicting-figures" not in found and "restated-figure-mismatch" not in found


def test_rose_past_a_figure_is_at_least_that_figure():
    from everyday_support import claims, find
    c = find(claims(_QUAKE, date(2023, 2, 7)), "rose past 5,000")
    assert c.lower == 5000 and c.upper is None


# -- "64,940 of them, about 62%": a portion's share said right after it, of the portion's whole -

_TEMP = ("# Temporary accommodation\n\nThe 104,510 households in temporary accommodation were the "
         "most for 25 years; 64,940 of them, about {share}, were families with children.\n")


def test_a_share_right_after_a_portion_of_them_is_of_the_group_before():
    assert "wrong-arithmetic" not in rules(_TEMP.format(share="62%"), date(2023, 7, 25))
    assert "wrong-arithmetic" in rules(_TEMP.format(share="72%"), date(2023, 7, 25))
