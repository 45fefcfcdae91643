"""Everyday copy, everyday47 (issue 11, first-run precision on new domains, then recall): the
general causes of the false flags everyday47's probe raised on clean drafts, and the misses that
shared a cause with others. One mechanism each, clean and (where a check is new) with the wrong
figure, in our own sentences with real figures (A-level results 2023, A&E in September 2015,
India's tigers, Aggreko's 2012, the Bank of England's August 2025 vote, rail punctuality in 2019,
IRENA's 2020 additions, the Iberian lynx, a Gallup poll, Copernicus's February 2024, knife crime
by force). Checks run the shipped consistency rules without a store."""

from __future__ import annotations

from datetime import date

from everyday_support import RESTATED, find
from everyday_support import claims as _claims
from everyday_support import rules as _rules


def claims(text: str, day: date):
    return _claims(text, day)


def rules(text: str, day: date) -> list[str]:
    return _rules(text, day)


SUMS = {"list-sum-mismatch", "parts-exceed-total"}

# -- the rest of 100% read without the shares of another time (elliptic.py) --------------------

UCAS = ("Ucas said 79% of 18-year-old applicants had a place at their first choice, down from "
        "81% last year but above the 74% of 2019. Another 12% were placed at their insurance "
        "choice and the remaining {rest} were in clearing.")
Y2023 = date(2023, 8, 17)


def test_a_rest_after_shares_of_other_years_fits_this_years_share():
    assert "wrong-arithmetic" not in rules(UCAS.format(rest="9%"), Y2023)


def test_a_rest_no_reading_fits_is_flagged():
    assert "wrong-arithmetic" in rules(UCAS.format(rest="19%"), Y2023)


# -- a target named after its figure is no level that moved (relations.py) ---------------------

def test_down_from_after_a_target_is_not_set_against_the_target():
    text = ("Hospitals saw 93.4% of patients within four hours in September, below the 95% "
            "target and down from 94.3% in August.")
    cs = claims(text, date(2015, 11, 12))
    assert "direction" not in find(cs, "94.3%").extra_dict()
    assert "wrong-arithmetic" not in rules(text, date(2015, 11, 12))


# -- figures dated no later than a whole's earlier value are no parts of it (relations.py) -----

TIGERS = ("India has 2,967 tigers in the wild, up 33% from 2,226 at the previous count in 2014. "
          "The census found 1,411 tigers in 2006 and 1,706 in 2010.")


def test_earlier_counts_of_a_series_are_no_parts_of_the_latest():
    cs = claims(TIGERS, date(2019, 7, 29))
    assert find(cs, "1,411").role != "portion"
    assert not set(rules(TIGERS, date(2019, 7, 29))) & SUMS


# -- brackets the text says hold last year's figures; a trading-profit line -------------------

RESULTS = ("Aggreko increased trading profit by 13% to £381m in 2012.\n\n"
           "Key figures for the year (2011 in brackets):\n\n"
           "- Revenue: £1,583m (£1,396m)\n"
           "- Trading profit: £381m (£338m)\n"
           "- Profit before tax: £360m (£324m)\n")


def test_bare_brackets_after_the_text_says_so_are_earlier_values():
    cs = claims(RESULTS, date(2013, 3, 6))
    assert find(cs, "£1,396m").role == "compared"
    assert not set(rules(RESULTS, date(2013, 3, 6))) & RESTATED


def test_bare_brackets_restate_nothing_without_the_words():
    text = "Revenue was £1,583m (£1,396m)."
    assert find(claims(text, date(2013, 3, 6)), "£1,396m").role != "compared"


def test_trading_profit_is_a_line_of_its_own():
    cs = claims(RESULTS, date(2013, 3, 6))
    feet = {c.extra_dict().get("footing") for c in cs if c.text in ("£381m", "£360m")}
    assert len(feet) == 2


# -- a list whose last item is written "one" (relations.py) -----------------------------------

def test_a_list_ending_in_one_need_not_reach_its_total():
    text = ("The nine members of the committee could not agree: four wanted a cut, four wanted "
            "no change and one, Alan Taylor, backed a bigger cut.")
    assert "list-sum-mismatch" not in rules(text, date(2025, 8, 7))


def test_a_list_without_the_word_one_still_sums():
    text = ("The nine members of the committee could not agree: four wanted a cut and four "
            "wanted no change.")
    assert "list-sum-mismatch" in rules(text, date(2025, 8, 7))


# -- shares each subject is responsible for, of one whole (relations.py) ----------------------

CANCELLED = ("Train operators were responsible for 50.7% of cancellations, Network Rail for "
             "{nr} and external causes such as bad weather and trespassers for 17.1%.")


def test_shares_given_by_a_verb_of_blame_are_of_one_whole():
    assert "shares-over-100" not in rules(CANCELLED.format(nr="27.8%"), date(2019, 9, 19))
    assert "shares-over-100" in rules(CANCELLED.format(nr="37.8%"), date(2019, 9, 19))


# -- a chain after "the most punctual ... with N%" and bracketed links (ranks.py, ranks.yaml) --

PUNCTUAL = ("Merseyrail was the most punctual operator with 83.2%, followed by Heathrow Express "
            "(82.0%) and TfL Rail ({tfl}).")


def test_a_bare_score_after_a_quality_ranks_the_chain():
    assert "wrong-rank" not in rules(PUNCTUAL.format(tfl="76.7%"), date(2019, 9, 19))
    assert "wrong-rank" in rules(PUNCTUAL.format(tfl="86.7%"), date(2019, 9, 19))


# -- a fraction as the amount of change between two levels (relations.py) ---------------------

def test_a_fraction_of_change_between_levels_is_a_percentage():
    text = ("Exporters said 2,000 tonnes of cocoa had reached the ports by 24 September. That was "
            "up by a third from 1,500 tonnes in the same period of the previous season.")
    ch = find(claims(text, date(2018, 1, 5)), "a third").extra_dict()["change"]
    assert ch["kind"] == "percent" and round(ch["amount"], 1) == 33.3
    assert "wrong-arithmetic" not in rules(text, date(2018, 1, 5))
    assert "wrong-arithmetic" in rules(text.replace("a third", "a half"), date(2018, 1, 5))


# -- "of which" goes on past its first item (relations.py) ------------------------------------

CHINA = "China alone added 136 GW, of which {wind} GW was wind and 49 GW solar."


def test_the_items_after_of_which_are_all_portions():
    assert not set(rules(CHINA.format(wind="72"), date(2021, 4, 5))) & SUMS
    assert "parts-exceed-total" in rules(CHINA.format(wind="92"), date(2021, 4, 5))


# -- "made up of" after a longer clause (relations.py) ----------------------------------------

LYNX = ("There were 2,021 lynx in the wild in Spain and Portugal in 2023, according to the "
        "census, made up of {adults} adults and 722 cubs.")


def test_made_up_of_after_an_attribution_gives_the_parts():
    assert not set(rules(LYNX.format(adults="1,299"), date(2024, 5, 16))) & SUMS
    assert "parts-exceed-total" in rules(LYNX.format(adults="1,399"), date(2024, 5, 16))


# -- "an eight-point rise" (numbers.py) --------------------------------------------------------

POLL = "Satisfaction was 37%, {n}-point rise from 29% in April."


def test_a_glued_point_amount_is_points_of_the_percentages():
    assert "wrong-arithmetic" not in rules(POLL.format(n="an eight"), date(2018, 5, 17))
    assert "wrong-arithmetic" in rules(POLL.format(n="a ten"), date(2018, 5, 17))
    assert "wrong-arithmetic" in rules(POLL.format(n="a 10"), date(2018, 5, 17))


def test_a_glued_point_amount_without_percentages_is_left_alone():
    text = "The Dow closed at 26,000, a 500-point fall."
    assert not any(c.text == "500-point" for c in claims(text, date(2018, 5, 17)))


# -- a record beaten, in the passive, by an amount (comparisons.py) ---------------------------

OCEAN = ("The ocean surface averaged 13.54C in February, the highest on record. The previous "
         "warmest February, in 2016, averaged 13.42C, so the record was beaten by {gap}.")


def test_a_passive_record_beaten_by_an_amount_is_the_gap():
    assert "wrong-arithmetic" not in rules(OCEAN.format(gap="0.12C"), date(2024, 3, 7))
    assert "wrong-arithmetic" in rules(OCEAN.format(gap="0.21C"), date(2024, 3, 7))


# -- a count in brackets after a share (part_shares.py) ---------------------------------------

KNIVES = ("Police recorded 50,489 knife offences in the year. {share} of the offences (12,755) "
          "were recorded by the Met, 10% ({wm}) by West Midlands Police.")


def test_a_bracketed_count_restates_its_share():
    day = date(2023, 9, 29)
    assert "wrong-arithmetic" not in rules(KNIVES.format(share="A quarter", wm="5,188"), day)
    assert "wrong-arithmetic" in rules(KNIVES.format(share="A third", wm="5,188"), day)
    assert "wrong-arithmetic" in rules(KNIVES.format(share="A quarter", wm="7,188"), day)


def test_a_bracketed_share_after_a_count_shares_the_whole_before():
    text = ("Spain had 1,730 lynx. Andalusia had 755 lynx (43.6% of Spain's total), Toledo had "
            "715 ({s}) and Extremadura 253.")
    assert "wrong-arithmetic" not in rules(text.format(s="41.3%"), date(2024, 5, 16))
    assert "wrong-arithmetic" in rules(text.format(s="47.3%"), date(2024, 5, 16))


# -- the blind probe's false alarms (written after the round's fixes) --------------------------

def test_a_later_move_is_no_new_value_of_the_change():
    text = ("Staff expect inflation of 1.6% in 2026, 0.3 points lower than in March, before "
            "returning to 2.0% in 2027.\n\nThe economy is seen growing 1.1% next year.")
    cs = claims(text, date(2025, 6, 5))
    assert "from" not in (find(cs, "0.3").extra_dict().get("change") or {})
    assert "wrong-arithmetic" not in rules(text, date(2025, 6, 5))


def test_an_earlier_peak_is_no_earlier_value_of_one_step():
    text = ("The bank lowered its deposit rate by a quarter of a percentage point to 2% on "
            "Thursday, down from a peak of 4% in mid-2023.")
    assert "wrong-arithmetic" not in rules(text, date(2025, 6, 5))


def test_a_rate_range_is_no_side_of_a_vote():
    text = ("The Fed raised its rate to a range of 1.25% to 1.5%, its third rise of the year. "
            "The decision was taken by seven votes to two.")
    assert "ratio" not in find(claims(text, date(2017, 12, 13)), "1.25% to 1.5%").extra_dict()
    assert "wrong-arithmetic" not in rules(text, date(2017, 12, 13))


def test_counts_of_other_things_are_not_out_of_one_whole():
    text = ("Nine of the 14 nesting attempts succeeded.\n\nThe chicks came from Bowland, where "
            "13 fledged, and Northumberland, where three nests produced 11.")
    assert not set(rules(text, date(2018, 7, 31))) & SUMS


def test_of_those_names_the_whole_after_it():
    text = ("Three nests in Northumberland produced 11 chicks. Half of the attempts were on "
            "nature reserves, and four of those seven nests were successful.")
    cs = claims(text, date(2018, 7, 31))
    assert find(cs, "seven").role == "whole" and find(cs, "four").role == "of_whole"
    assert not set(rules(text, date(2018, 7, 31))) & (SUMS | RESTATED)


def test_counts_by_their_verbs_before_and_after_are_two_groups():
    text = ("Ucas had accepted 357,915 applicants by midnight on results day. A total of 629,140 "
            "people have applied to start courses this year.")
    cs = claims(text, date(2012, 8, 16))
    assert find(cs, "357,915").extra_dict().get("status") == "accept"
    assert find(cs, "A total of 629,140").extra_dict().get("status") == "appli"
    assert not set(rules(text, date(2012, 8, 16))) & RESTATED


def test_the_new_level_of_a_rate_change_is_no_side_of_the_vote():
    text = ("The Bank of England kept its base rate at 5.25% on Thursday. The committee voted by "
            "5 to 4 to hold. The four dissenting members preferred a rise of 0.25 percentage "
            "points, to 5.5%.")
    assert "ratio" not in find(claims(text, date(2023, 9, 21)), "5.5%").extra_dict()
    assert "wrong-arithmetic" not in rules(text, date(2023, 9, 21))
