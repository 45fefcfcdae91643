"""Everyday copy, the lead28 blind probe (issue 11): causes of the first run's false flags and
misses on drafts written from published copy not read before (museum attendance, wildfire
losses, company results, census estimates). Our own sentences with the real figures. Each
mechanism is checked on a clean text (no flag) and on the same text with an error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import rules

from factcheck.engine_facts import _other_name

_JAN10 = date(2010, 1, 6)
_MAR18 = date(2018, 3, 6)
_NOV20 = date(2020, 11, 16)
_MAY20 = date(2020, 5, 21)
_MAY16 = date(2016, 5, 19)
_JUN12 = date(2012, 6, 28)
_JUL25 = date(2025, 7, 23)


# -- two names that differ in one whole word are two names, not two spellings ----------------

def test_two_museums_of_one_institution_are_two_names():
    assert _other_name("National Museum of Natural History", "National Museum of American History")
    assert _other_name("North Carolina", "South Carolina")
    assert not _other_name("Velyka Novosilka", "Velyka Novsilka")     # one word misspelt
    assert not _other_name("Pokrovsk", "Pokrovks")
    text = ("The National Museum of American History drew 1.4 million more visitors. The "
            "National Museum of Natural History stayed the most visited.")
    assert "name-spelling-variants" not in rules(text, _JAN10)


# -- a forecast after an owner's apostrophe is no earlier value of the change ------------------

def test_analysts_forecast_is_not_the_base_of_a_change():
    text = ("Revenue in the three months to January rose 4% to $646 million, against analysts' "
            "forecasts of $642 million.")
    assert rules(text, _MAR18) == []


# -- "A ... out of B, or X%" with more words between A and "out of" ---------------------------

_OUT_OF = ("In 2018 alone, {a} structures burned in the state out of 24,488 in the whole "
           "country, or about {pct}.")


def test_a_count_out_of_a_whole_several_words_on_is_its_share():
    assert rules(_OUT_OF.format(a="22,867", pct="93%"), _NOV20) == []
    assert "wrong-arithmetic" in rules(_OUT_OF.format(a="22,867", pct="83%"), _NOV20)
    assert "wrong-arithmetic" in rules(_OUT_OF.format(a="26,867", pct="93%"), _NOV20)


# -- an amount of change is the part of a total change written after it ------------------------

_GAINERS = ("{who} together grew by almost 933,600, {pct} of the roughly 2.4 million added by the "
            "15 biggest gainers.")


def test_a_change_amount_is_the_part_of_the_share_right_after_it():
    five = "The five cities"
    assert rules(_GAINERS.format(who=five, pct="39.5%"), _MAY20) == []
    assert "wrong-arithmetic" in rules(_GAINERS.format(who=five, pct="49.5%"), _MAY20)
    named = "Houston, San Antonio, Austin, Fort Worth and Dallas"
    assert "wrong-arithmetic" in rules(_GAINERS.format(who=named, pct="49.5%"), _MAY20)


# -- "adding 6.3% to reach 154,407 from 145,189": a percentage added is a rise -----------------

def test_a_percentage_added_is_a_rise_between_the_two_levels():
    text = "Frisco was the fastest-growing city, adding {pct} to reach 154,407 from 145,189."
    assert rules(text.format(pct="6.3%"), _MAY16) == []
    assert "wrong-arithmetic" in rules(text.format(pct="8.3%"), _MAY16)


# -- "That puts its population at 79.2% of the 455,188": the level of the sentence before ------

_PUTS = ("New Orleans grew by 4.9% to {level}. That puts its population at {pct} of the 455,188 "
         "estimated in July 2005.")


def test_that_puts_it_at_a_share_of_a_whole_reads_the_level_before():
    assert rules(_PUTS.format(level="360,740", pct="79.2%"), _JUN12) == []
    assert "wrong-arithmetic" in rules(_PUTS.format(level="360,740", pct="89.2%"), _JUN12)
    # (the one level of the sentence before, larger than the whole: still its share)
    assert "wrong-arithmetic" in rules(_PUTS.format(level="460,740", pct="79.2%"), _JUN12)


# -- "$352 million on research ... in the quarter, 3.2% of sales": a whole named by a measure ---

_RESEARCH = ("Thermo Fisher reported revenue of $10.85 billion. The company spent $352 million on "
             "research and development in the quarter, {pct} of sales.")


def test_a_share_of_sales_is_of_the_storys_revenue():
    assert rules(_RESEARCH.format(pct="3.2%"), _JUL25) == []
    assert "wrong-arithmetic" in rules(_RESEARCH.format(pct="4.2%"), _JUL25)


def test_its_income_after_another_charitys_income_names_no_figure():
    text = ("Legacy income at the RSPCA rose 25% to £78.6m in 2016. At Battersea Dogs' and Cats' "
            "Home legacy income rose 23% to £14.9m, 36% of its income.")
    assert rules(text, date(2017, 11, 1)) == []


# -- "That was about 19.4% more than ...": the level of the sentence before, not its first count -

_THAT_WAS = ("Visits to the Smithsonian Institution's 18 museums and the National Zoo climbed to "
             "more than {level} million in 2009, the first time since the slump that followed the "
             "September 2001 attacks.\n\nThat was about {pct} more than the roughly 25.15 million "
             "visits counted in 2008.")


def test_that_was_more_than_describes_the_level_of_its_size():
    assert rules(_THAT_WAS.format(level="30", pct="19.4%"), _JAN10) == []
    assert "wrong-arithmetic" in rules(_THAT_WAS.format(level="30", pct="9.4%"), _JAN10)
    assert "wrong-arithmetic" in rules(_THAT_WAS.format(level="33", pct="19.4%"), _JAN10)


# -- "ahead of Murfreesboro, which grew 4.4%": a relative clause gives the next of a ranking ---

def test_a_relative_clause_after_ahead_of_gives_the_next_figure():
    text = "Pearland came second with growth of 5.3%, ahead of Murfreesboro, which grew {pct}."
    assert rules(text.format(pct="4.4%"), _MAY16) == []
    assert "wrong-rank" in rules(text.format(pct="5.9%"), _MAY16)


# -- "nearly 60,000 structures, more than half of the national total": no list of two items ---

_HALF = ("Since 2005, wildfires in the United States have destroyed 89,210 structures. California "
         "has lost nearly 60,000 structures, {share} of the national total.")


def test_a_proportion_in_words_after_a_count_is_its_share_not_an_item():
    assert rules(_HALF.format(share="more than half"), _NOV20) == []
    assert "wrong-arithmetic" in rules(_HALF.format(share="more than three-quarters"), _NOV20)


# -- "Operating income rose 4% to $456.8 million, leaving an operating margin of 25.8%" --------

_MARGIN = ("Garmin's third-quarter revenue rose 12% to $1.77 billion. Gross profit climbed 10% to "
           "$1.05 billion, a gross margin of {gross}. Operating income rose 4% to $456.8 million, "
           "leaving an operating margin of {operating}.")


def test_a_margin_after_its_profit_is_the_profit_out_of_revenue():
    date_ = date(2025, 10, 29)
    assert rules(_MARGIN.format(gross="59.1%", operating="25.8%"), date_) == []
    assert "wrong-arithmetic" in rules(_MARGIN.format(gross="59.1%", operating="28.8%"), date_)
    assert "wrong-arithmetic" in rules(_MARGIN.format(gross="69.1%", operating="25.8%"), date_)


# -- "..., 33.9% of the total. ... $497.6 million, or 28.1% ... $267 million (15.1%)" ---------

_SEGMENTS = ("Garmin's third-quarter revenue rose 12% to $1.77 billion.\n\nFitness sales jumped 30% "
             "to $601 million, 33.9% of the total. Outdoor sales fell 5% to $497.6 million, or "
             "{outdoor}, as adventure watches sold less well. Marine sales rose 20% to $267 million "
             "({marine}).")


def test_shares_after_amounts_of_a_paragraph_take_the_first_ones_whole():
    date_ = date(2025, 10, 29)
    assert rules(_SEGMENTS.format(outdoor="28.1%", marine="15.1%"), date_) == []
    assert "wrong-arithmetic" in rules(_SEGMENTS.format(outdoor="28.1%", marine="19.1%"), date_)
    assert "wrong-arithmetic" in rules(_SEGMENTS.format(outdoor="23.1%", marine="15.1%"), date_)


# -- "Networking products, 77% of sales, grew just over 1% to $496 million" -------------------

def test_a_share_beside_the_opening_noun_is_of_the_level_the_sentence_gives_it():
    text = ("Revenue in the three months to January rose 4% to $646 million, against analysts' "
            "forecasts of $642 million. Networking products, {pct} of sales, grew just over 1% "
            "to $496 million.")
    assert rules(text.format(pct="77%"), _MAR18) == []
    assert "wrong-arithmetic" in rules(text.format(pct="87%"), _MAR18)


# -- "X killed 3 people and Y killed 85, so 88 people died in the two fires" -------------------

def test_a_clause_that_says_the_verb_again_for_another_name_is_the_next_item():
    text = ("The Woolsey Fire killed three people and the Camp Fire killed at least 85, so {n} "
            "people died in the two fires.")
    day = date(2018, 11, 22)
    assert rules(text.format(n="88"), day) == []
    assert "parts-exceed-total" in rules(text.format(n="78"), day)
    # (another verb is another count, no item: "killed 3 and injured 85")
    other = "The storm killed 3 people and the Ohio floods injured 85, a total of 78 deaths."
    assert "parts-exceed-total" not in rules(other, day)


# -- "added 234,300 between 2010 and 2019, an average of about 26,030 a year" -----------------

def test_a_yearly_average_of_a_change_between_two_years_may_count_the_years_between():
    text = "Phoenix added 234,300 people between 2010 and 2019, an average of about {n} a year."
    assert rules(text.format(n="26,030"), _MAY20) == []    # nine years of change
    assert rules(text.format(n="23,430"), _MAY20) == []    # ten calendar years
    assert "wrong-arithmetic" in rules(text.format(n="35,330"), _MAY20)


# -- second batch (written after the fixes above): shares over 100%, "slightly up on 2010's" ---

def test_a_share_over_100_percent_is_of_the_smaller_average_after_it():
    text = "July brought 130mm, {pct} of its 95mm average, and August 210mm."
    day = date(2012, 9, 3)
    assert rules(text.format(pct="137%"), day) == []
    assert "wrong-arithmetic" in rules(text.format(pct="157%"), day)


def test_that_was_slightly_up_on_a_years_figure_is_checked_against_the_level_before():
    text = ("Major League Baseball drew 73,451,522 fans over 2,420 regular-season games in 2011. "
            "That was slightly up on 2010's {earlier} million.")
    day = date(2011, 9, 30)
    assert rules(text.format(earlier="73.1"), day) == []
    assert "wrong-arithmetic" in rules(text.format(earlier="75.1"), day)


def test_an_amount_against_the_average_then_its_percentage_is_a_share_of_it():
    text = "June was the wettest month, with {mm}mm against an average of 90mm, or 322%."
    day = date(2012, 9, 3)
    assert rules(text.format(mm="290"), day) == []
    assert "wrong-arithmetic" in rules(text.format(mm="190"), day)
