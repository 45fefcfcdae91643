"""Everyday copy, twenty-second round (issue 11): recall on constructions the checks missed.
Sentences in our own words with the constructions of published outbreak, market-close and
record-temperature copy; each construction is checked with an error in it (flagged) and on the
clean text (no flag), so that no test passes whatever the code does."""

from __future__ import annotations

from datetime import date

from everyday_support import RESTATED, claims, find, rules

ARITH = {"wrong-arithmetic"}


# -- a definite restatement judged by readings ---------------------------------------------------

OUTBREAK_DAY = date(2019, 5, 1)
OUTBREAK = ("Officials have confirmed 712 mumps cases so far this year, the most since 2006, "
            "when 1,104 were reported in all. Ohio has nine confirmed cases.\n\n"
            "The {n} cases are spread across 31 states.")


def test_a_restatement_that_matches_none_of_its_readings_is_flagged():
    # the earlier figures it may repeat disagree (712 this year, nine in Ohio): 721 agrees
    # with neither, and the nearest, 712, is what it is compared with
    assert RESTATED & set(rules(OUTBREAK.format(n="721"), OUTBREAK_DAY))


def test_a_restatement_that_matches_one_reading_passes():
    assert not RESTATED & set(rules(OUTBREAK.format(n="712"), OUTBREAK_DAY))


def test_a_definite_figure_far_from_every_earlier_one_is_no_restatement():
    # nothing within RESTATED_READING_RATIO of 4,000: a new figure, not a wrong restatement
    cs = claims(OUTBREAK.format(n="4,000"), OUTBREAK_DAY)
    assert find(cs, "4,000").period is None or not RESTATED & set(
        rules(OUTBREAK.format(n="4,000"), OUTBREAK_DAY))


# -- a total that opens its sentence carries no subject of the sentence before -------------------

FLU_DAY = date(2018, 2, 2)
FLU = ("Cork has reported 40 cases and three deaths. In all, {n} people have died of flu this "
       "winter, the health service said.")


def test_a_total_led_by_in_all_is_not_the_place_before_restated():
    cs = claims(FLU.format(n="17"), FLU_DAY)
    assert find(cs, "17").subject != find(cs, "three").subject
    assert not RESTATED & set(rules(FLU.format(n="17"), FLU_DAY))


# -- a gap above a value named after it, said of the figure before -------------------------------

HEAT_DAY = date(2022, 7, 20)
HEAT = ("Forecasters confirmed that the 40.3C recorded at Coningsby on Tuesday is the highest "
        "temperature measured in the country.\n\n"
        "The reading, still provisional, is {gap} above the previous record of 38.7C, set in "
        "Cambridge in 2019.")


def test_a_gap_above_the_previous_record_is_checked_against_the_new_reading():
    assert ARITH & set(rules(HEAT.format(gap="1.2C"), HEAT_DAY))


def test_a_right_gap_above_the_previous_record_passes():
    text = HEAT.format(gap="1.6C")
    cs = claims(text, HEAT_DAY)
    ch = dict(find(cs, "1.6C").extra)["change"]
    assert (ch["from"], ch["to"]) == (find(cs, "38.7C").id, find(cs, "40.3C").id)
    assert not ARITH & set(rules(text, HEAT_DAY))


CLOSE_DAY = date(2021, 11, 3)
CLOSE = ("The FTSE 100 rose 45.2 points on Wednesday to close at a record 7,300.5. Of its 100 "
         "members, 71 ended higher.\n\n"
         "The close was {gap} points above the previous record of 7,248.1, set on Monday.")


def test_a_noun_that_names_the_figure_passes_over_a_sentence_of_parts():
    # "The close" names the index's level, not the 71 members of the sentence before
    assert ARITH & set(rules(CLOSE.format(gap="62.4"), CLOSE_DAY))
    assert not ARITH & set(rules(CLOSE.format(gap="52.4"), CLOSE_DAY))


# -- a gap whose new value stands before a count of another thing --------------------------------

MEASLES_DAY = date(2019, 4, 30)
MEASLES = ("At least 704 cases of measles have been reported in 22 states this year, {n} more "
           "than the 667 cases of 2014.")


def test_the_count_of_another_noun_is_no_new_value_of_the_gap():
    assert ARITH & set(rules(MEASLES.format(n="47"), MEASLES_DAY))
    assert not ARITH & set(rules(MEASLES.format(n="37"), MEASLES_DAY))


# -- what a gap is set against, named in words and given in the next sentence --------------------

NIKKEI_DAY = date(2024, 2, 22)
NIKKEI = ("The Nikkei 225 closed at 39,098.68 on Thursday, {gap} points above its previous record "
          "close. The previous record close, 38,915.87, was set in December 1989.")


def test_a_gap_against_a_record_named_in_the_next_sentence_is_checked():
    assert ARITH & set(rules(NIKKEI.format(gap="128.81"), NIKKEI_DAY))


def test_a_right_gap_against_a_record_named_in_the_next_sentence_passes():
    text = NIKKEI.format(gap="182.81")
    cs = claims(text, NIKKEI_DAY)
    assert dict(find(cs, "182.81").extra)["change"]["from"] == find(cs, "38,915.87").id
    assert not ARITH & set(rules(text, NIKKEI_DAY))


def test_a_figure_of_another_name_in_the_next_sentence_is_no_earlier_value():
    text = ("The Nikkei 225 closed at 39,098.68 on Thursday, 182.81 points above its previous "
            "record close. The Topix index, 2,660.70, lagged behind.")
    change = dict(find(claims(text, NIKKEI_DAY), "182.81").extra).get("change") or {}
    assert change.get("from") is None


# -- a market's previous close after its change and new level ------------------------------------

HANG_SENG_DAY = date(2024, 1, 15)
HANG_SENG = "The Hang Seng fell 1.2% to 16,790 on Monday, after closing at {prev} on Friday."


def test_the_previous_close_after_the_new_level_is_the_changes_earlier_value():
    assert ARITH & set(rules(HANG_SENG.format(prev="17,294"), HANG_SENG_DAY))
    cs = claims(HANG_SENG.format(prev="16,994"), HANG_SENG_DAY)
    assert dict(find(cs, "1.2%").extra)["change"]["from"] == find(cs, "16,994").id
    assert not ARITH & set(rules(HANG_SENG.format(prev="16,994"), HANG_SENG_DAY))


# -- "That was down N points from P%": the amount first, then the earlier value ------------------

DAM_DAY = date(2022, 8, 15)
DAMS = ("On Monday the region's reservoirs held 61,200 megalitres, 44.2% of their capacity. That "
        "was down {gap} percentage points from 47.9% a week earlier.")


def test_an_amount_first_after_that_was_is_a_change_to_the_level_before():
    assert ARITH & set(rules(DAMS.format(gap="2.7"), DAM_DAY))
    cs = claims(DAMS.format(gap="3.7"), DAM_DAY)
    change = dict(find(cs, "3.7 percentage points").extra)["change"]
    assert (change["from"], change["to"]) == (find(cs, "47.9%").id, find(cs, "44.2%").id)
    assert not ARITH & set(rules(DAMS.format(gap="3.7"), DAM_DAY))


# -- "A after B a year earlier, a fall of N points" ----------------------------------------------

KIELDER = ("Kielder Water was 58.2% full on Monday after 81.5% a year earlier, a fall of {gap} "
           "percentage points.")


def test_a_level_after_its_earlier_value_a_year_before_is_the_changes_pair():
    assert ARITH & set(rules(KIELDER.format(gap="21.3"), DAM_DAY))
    cs = claims(KIELDER.format(gap="23.3"), DAM_DAY)
    change = dict(find(cs, "23.3 percentage points").extra)["change"]
    assert (change["from"], change["to"]) == (find(cs, "81.5%").id, find(cs, "58.2%").id)
    assert not ARITH & set(rules(KIELDER.format(gap="23.3"), DAM_DAY))


def test_after_with_no_earlier_time_is_no_earlier_value():
    text = ("The level was 58.2% on Monday after 81.5% of the inflow was diverted, a fall of 3.1 "
            "percentage points on the week.")
    assert not ARITH & set(rules(text, DAM_DAY))
