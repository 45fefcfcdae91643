"""Everyday copy, the lead41 blind probe (issue 11): causes of the first run's false alarms and
misses, on drafts written from published copy not read before (US census counts, UK June 2012
rain and sunshine, English football crowds, an Indian company's quarter). Our own sentences
with the real figures. Each mechanism is checked on a clean text (no flag) and on the same text
with an error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import only_wrong_flagged as _only_wrong_flagged
from everyday_support import rules

ARITH = frozenset({"wrong-arithmetic"})
HOUSEHOLDS = ("The 2020 census counted 126.8 million occupied households, {}% more than the "
              "116.7 million of 2010.\n\nThat was below the previous record low of 11% growth, "
              "set in the decade before, the Pew Research Center said.")


# -- false alarms of the first run -----------------------------------------------------------

def test_a_previous_record_rate_is_no_change_of_the_pair_before():
    # the 11% is the 2000s' growth, which the 2010s' 9% fell below
    assert rules(HOUSEHOLDS.format("9"), date(2021, 10, 13)) == []


def test_the_pair_before_still_checks_its_own_rate():
    _only_wrong_flagged(HOUSEHOLDS, "19", "9", date(2021, 10, 13), ARITH)


def test_a_projection_may_name_a_date_after_publication():
    text = ("The Census Bureau projects the US population at 315,091,138 on January 1, "
            "2013, up 2,272,462 from a year earlier.")
    assert "date-in-future" not in rules(text, date(2012, 12, 31))
    # (the noun is no projection: a finished project dated after publication is still flagged)
    assert "date-in-future" in rules("The projects were finished on January 1, 2013.",
                                     date(2012, 12, 31))


def test_the_words_before_a_generic_head_name_the_whole():
    # "of the Premier League average" is 36,412, not "Championship crowds average 16,410"
    text = ("The Premier League is averaging 36,412 this season.\n\nChampionship crowds "
            "average 16,410, 45 per cent of the Premier League figure. The Conference "
            "averages 1,808, {} per cent of the Premier League average.")
    _only_wrong_flagged(text, "11", "five", date(2013, 12, 2), ARITH)


def test_a_multiple_of_a_named_norm_is_no_multiple_of_the_record_after_it():
    text = ("The UK had 145.3mm of rain in June, twice the 1971-2000 average, beating the "
            "record of 136.2mm set in June 2007 by {}, provisional Met Office figures show.")
    _only_wrong_flagged(text, "11.9mm", "9.1mm", date(2012, 7, 2), ARITH)


def test_a_headline_change_agrees_with_a_body_change_of_its_measure_by_another_name():
    # "Sales" in the headline is the body's revenue, not the half year's sales
    text = ("Sales jump {}% but margin narrows\n\nThe company's revenue rose 22.45% to Rs "
            "87,621.80 million in the quarter to September 2021 from Rs 71,558.60 million a "
            "year earlier.\n\nFor the half year, sales rose 57.77% to Rs 161,482.20 million from "
            "Rs 102,351.00 million.")
    assert rules(text.format("22"), date(2021, 11, 10)) == []


# -- misses of the first run -----------------------------------------------------------------

def test_the_other_count_is_the_whole_less_the_members_before_it():
    text = ("Crowds across the four divisions reached 29,939,632 last season.\n\nThe Premier "
            "League's 13,734,837 over 380 matches was a competition record, an average of "
            "36,144. The 72 Football League clubs drew the other {}.")
    _only_wrong_flagged(text, "16,402,795", "16,204,795", date(2008, 5, 15), ARITH)


def test_a_level_before_an_amount_its_rate_and_base_is_the_new_value():
    text = ("The US population was 315,091,138 on January 1, 2013, up {}, or 0.73%, from "
            "312,818,676 a year earlier.")
    _only_wrong_flagged(text, "2,227,462", "2,272,462", date(2013, 1, 5), ARITH)


def test_growth_since_a_date_is_to_the_level_of_the_sentence_before():
    text = ("The Census Bureau projects the US population at 315,091,138 on January 1, 2013, "
            "up 2,272,462, or 0.73%, from 312,818,676 a year earlier.\n\nSince Census Day, "
            "April 1, 2010, the population has grown by 6,343,630, or {}%.")
    _only_wrong_flagged(text, "2.50", "2.05", date(2012, 12, 31), ARITH)


def test_a_margin_named_in_its_own_sentence_is_the_profit_before_out_of_revenue():
    text = ("The company's revenue rose 22.45% to Rs 87,621.80 million in the quarter to "
            "September 2021.\n\nOperating profit rose 10.79% to Rs 17,194.40 million. The "
            "operating margin narrowed to {}% from 21.7%.")
    _only_wrong_flagged(text, "16.9", "19.6", date(2021, 11, 10), ARITH)


# -- the second probe (lead41b) ----------------------------------------------------------------

def test_a_comparative_after_a_figure_makes_it_no_earlier_value():
    # "on 2.1% more capacity" is another change, not the earlier value of "rose 4%"
    text = ("International demand grew the most, 15.8%, on capacity up 14.8%; domestic demand "
            "rose 4% on 2.1% more capacity.")
    assert rules(text, date(2024, 6, 3)) == []


def test_allies_in_brackets_inside_the_sentence_add_to_the_partys_own_seats():
    text = ("BJP keeps Assam with 60 seats\n\nThe BJP won 60 of Assam's 126 seats, and with "
            "its allies the AGP (9) and the UPPL (6) holds {}, well past the 64 needed for a "
            "majority.")
    _only_wrong_flagged(text, "78", "75", date(2021, 5, 3), ARITH)


def test_supporters_and_fans_in_millions_are_no_metres():
    from everyday_support import claims
    found = claims("A total of 17.1m supporters watched the matches.", date(2010, 5, 10))
    assert [c.unit for c in found if c.text.endswith("17.1m")] != ["m"]
    assert any(c.value == 17_100_000 for c in found)


def test_growth_since_takes_no_level_set_against_another():
    # the sentence before holds GH¢33,120 only as the level 45 per cent is "more than": the
    # price of now (GH¢48,000) is two sentences back, so the 129 per cent is not read so
    text = ("Ghana lifts cocoa price to GH¢48,000 a tonne\n\nGhana's government has raised the "
            "producer price of cocoa to GH¢48,000 a tonne.\n\nThat is about 45 per cent more "
            "than the GH¢33,120 a tonne set in April, itself a 58.26 per cent rise on the "
            "GH¢20,928 the season opened with. Over the two steps the price has risen by "
            "GH¢27,072 a tonne, or about 129 per cent.")
    assert rules(text, date(2024, 9, 12)) == []


def test_an_amount_per_head_is_the_total_over_the_count_it_names():
    text = ("The council will spend £30.5 million this year, or {} for each of its 4.96 "
            "million residents.")
    _only_wrong_flagged(text, "£6.51", "£6.15", date(2024, 6, 3), ARITH)
    text = ("The council will spend £30.5 million on its 4.96 million residents, or {} per "
            "resident.")
    _only_wrong_flagged(text, "£6.51", "£6.15", date(2024, 6, 3), ARITH)
    # (a per-head amount of another noun than the count's is not read against it)
    assert rules("The council will spend £30.5 million on its 4.96 million residents, or "
                 "£9.10 per household.", date(2024, 6, 3)) == []


def test_a_count_left_for_others_is_the_whole_less_its_holdings():
    text = ("In Punjab, Congress won a majority with 77 of the 117 seats and 38.5% of the vote. "
            "AAP came a distant second with 20 seats, the Akali Dal won 15 and the BJP 3, "
            "leaving {} for others.")
    _only_wrong_flagged(text, "four", "two", date(2017, 3, 12), ARITH)


def test_a_ranking_link_after_a_multiple_of_a_named_norm_still_ranks():
    # the multiple names its base (no figure), and the chain reads on past it to "followed by"
    text = ("The Middle East grew fastest, at {}%, almost double the global average, followed "
            "by Asia and the Pacific at 5%.")
    _only_wrong_flagged(text, "3", "8", date(2020, 1, 21), frozenset({"wrong-rank"}))


def test_a_count_left_over_after_another_total_is_not_the_holdings_rest():
    # "leaving 18" is left from the four parties' 385, not from the holdings listed before
    text = ("In Uttar Pradesh, the BJP won 312 of the 403 seats on 39.7% of the vote. The BSP "
            "won only 19 seats, fewer than the Samajwadi Party's 47. Congress took 7. Together "
            "the four parties won 385 seats, leaving 18 for smaller parties and independents.")
    assert rules(text, date(2017, 3, 12)) == []


def test_allied_seats_in_brackets_stay_holdings_of_the_house():
    text = ("The BJP won 60 of Assam's 126 seats, and with its allies the AGP (9) and the UPPL "
            "(6) holds 75.\n\nCongress won 29, the AIUDF 16, the BPF {}, the CPI(M) 1 and an "
            "independent 1.")
    _only_wrong_flagged(text, "7", "4", date(2021, 5, 3), frozenset({"parts-exceed-total"}))
