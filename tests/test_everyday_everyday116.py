"""Everyday copy (issue 11, everyday116): first runs on fresh copy of water bills, recycling and
waste, broadband coverage and company insolvencies. Coverage tiers ("95% can get superfast,
more than half, 53%, ultrafast of 300Mbit/s or more") and separate traits ("94% recycled more,
83% collected less rubbish") are no split of one whole; "fallen to N, or X%, from M, or Y%"
gives levels with their shares, not an amount and its rate; a further portion of a whole in the
next sentence is known by the share it carries; a named rate ("the recycling rate") is the
measure of its percentage; a month a count was counted in cannot come after publication; the
rise a superlative names in apposition ("the biggest rise, 5.5%") heads its peers. Our own
sentences with the constructions of that copy; a clean and a wrong version of each."""

from __future__ import annotations

from datetime import date

from everyday_support import RESTATED, claims, find, rule_set

DAY = date(2024, 1, 31)


# --- coverage tiers and separate traits are no shares of one whole ---------------------------

def test_a_share_in_apposition_reads_its_label_after_the_comma():
    text = ("Superfast broadband of at least 30Mbit/s is available to 95 per cent of homes, and "
            "more than half, {} per cent, can get ultrafast speeds of 300Mbit/s or more.")
    assert "shares-over-100" not in rule_set(text.format(53), DAY)
    # a split of one whole with a share in apposition and no threshold after it is still one
    split = "In the poll, 60% of voters said yes, and another group, {}%, said no."
    assert "shares-over-100" in rule_set(split.format(45), DAY)
    assert "shares-over-100" not in rule_set(split.format(35), DAY)


def test_shares_with_verbs_and_comparatives_of_their_own_are_traits():
    text = ("Defra's figures show that 94 per cent of councils recycled more, while 83 per "
            "cent collected less household rubbish and 88 per cent sent less waste to landfill.")
    assert "shares-over-100" not in rule_set(text, DAY)
    cs = claims(text, DAY)
    assert find(cs, "83 per cent").role != "share"
    # one verb with opposite comparatives is one split of the whole
    split = "In the survey, 60% of shoppers spent more and {}% spent less."
    assert "shares-over-100" in rule_set(split.format(55), DAY)
    assert "shares-over-100" not in rule_set(split.format(35), DAY)


# --- "fallen to N, or X%, from M, or Y%" -------------------------------------------------------

def test_a_level_with_its_share_is_no_amount_of_change():
    text = ("The number of homes that cannot get a decent connection has fallen to an estimated "
            "155,000, or 0.5 per cent, from 677,000, or 2 per cent, a year ago.")
    assert "wrong-arithmetic" not in rule_set(text, DAY)
    assert find(claims(text, DAY), "0.5 per cent").role != "change"
    # the amount-and-rate order is still read so: "fell 173.1 points, or 2.4%, to 7,100.3"
    moved = "The index fell 173.1 points, or {}, to 7,100.3."
    assert "wrong-arithmetic" not in rule_set(moved.format("2.4%"), DAY)
    assert "wrong-arithmetic" in rule_set(moved.format("4.2%"), DAY)


# --- a further portion of a whole, known by its share ------------------------------------------

_WASTE = ("Councils in England managed 24.5 million tonnes of waste in 2022/23.\n\n"
          "Of that, 1.8 million tonnes, or 7.2 per cent, went to landfill. Almost half, {} "
          "million tonnes or 49.1 per cent, was incinerated.")


def test_a_portion_with_its_share_in_the_next_sentence_is_no_restated_whole():
    assert rule_set(_WASTE.format("12.1"), DAY) == set()
    cs = claims(_WASTE.format("12.1"), DAY)
    assert find(cs, "12.1 million tonnes").group == find(cs, "24.5 million tonnes").id
    assert "wrong-arithmetic" in rule_set(_WASTE.format("14.1"), DAY)


def test_a_figure_with_a_share_after_no_portion_stays_as_read():
    # no portion of a whole in the sentence before: nothing is joined
    text = ("Councils in England managed 24.5 million tonnes of waste in 2022/23. Almost half, "
            "12.1 million tonnes or 49.1 per cent, was incinerated.")
    assert find(claims(text, DAY), "12.1 million tonnes").role != "portion"


# --- a named rate is the measure of its percentage ---------------------------------------------

def test_a_named_rate_is_the_measure_and_restatements_are_compared():
    text = ("Household recycling rate in England falls to {}%\n\n"
            "England's official recycling rate for waste from households fell to 43.4 per cent "
            "in 2022, down 0.7 percentage points from 44.1 per cent in 2021.")
    assert not rule_set(text.format("43.4"), DAY) & RESTATED
    assert rule_set(text.format("41.4"), DAY) & RESTATED
    assert find(claims(text.format("43.4"), DAY), "43.4 per cent").measure == "recycling rate"


def test_a_rate_word_that_names_no_thing_gives_no_measure():
    text = "The bank said the annual rate fell to 3.1 per cent."
    assert find(claims(text, DAY), "3.1 per cent").measure != "annual rate"
    # nor a possessive's letter, a superlative or a standing word
    text = ("Prince Edward Island's rate was 10.7%, the highest rate in Canada and 3.8 points "
            "above the national rate, 6.9%.")
    cs = claims(text, DAY)
    assert find(cs, "10.7%").measure != "s rate"
    assert find(cs, "6.9%").measure not in ("highest rate", "national rate")
    # nor a verb that moves the rate
    text = "Bank of Russia raises rate to 4.5%\n\nThe central bank lifted its key rate to 4.5%."
    assert find(claims(text, DAY), "4.5%").measure != "raises rate"


# --- a month a count was counted in, after publication -----------------------------------------

def test_a_count_of_a_month_after_publication_is_flagged():
    text = ("Company insolvencies rose by 19 per cent in August to just over 2,300. That was 70 "
            "per cent above the 1,365 insolvencies of August {}, before the pandemic.")
    day = date(2023, 9, 15)
    assert "date-in-future" not in rule_set(text.format(2019), day)
    assert "date-in-future" in rule_set(text.format(2024), day)
    # a month named for a plan is no count of it
    plan = "The firm will cut 400 jobs of August 2024 contracts, it said."
    assert "date-in-future" not in rule_set(plan, day)


# --- the rise a superlative names in apposition heads its peers --------------------------------

def test_the_biggest_rise_in_apposition_heads_the_rises_after_it():
    text = ("Water bills to go up 3.5% in April\n\n"
            "Thames Water customers see the biggest rise, 5.5 per cent, taking their average "
            "bill to £354. Southern Water bills go up {} per cent to £449 on average.")
    day = date(2013, 2, 5)
    assert "wrong-rank" not in rule_set(text.format("5.3"), day)
    assert "wrong-rank" in rule_set(text.format("5.8"), day)
