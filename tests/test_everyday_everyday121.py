"""Everyday copy, everyday121's unread forms C of issue #11: chains of moves written newest
first, "respectively" lists counted against their names, a superlative's top against siblings
paired "respectively", "leaving N" after a fraction with its count and further parts, and a
"from" level that belongs to the nearest amount in points. Each mechanism is checked on a clean
text (no flag) and on the same text with an error (flagged). Our own sentences with real
figures (the Reserve Bank of Australia's cuts of 2025, Somfy's sales of 2018, BAA's and
Northern Ireland's airports, Ofsted's inspections of 2012)."""

from __future__ import annotations

from datetime import date

from everyday_support import only_wrong_flagged, rules

ARITH = frozenset({"wrong-arithmetic"})
COUNT = frozenset({"list-count-mismatch"})
RANK = frozenset({"wrong-rank"})
RBA = date(2025, 8, 12)


# 1. chains of moves newest first (normalize/move_chains.py)

def test_a_chain_of_cuts_newest_first_runs_down_step_by_step():
    only_wrong_flagged("The Reserve Bank of Australia cut its cash rate to 3.60% on Tuesday, "
                       "after a cut to {} in May and to 4.10% in February.", "4.35%", "3.85%",
                       RBA, ARITH)


def test_each_older_level_of_a_chain_is_the_start_of_the_step_after_it():
    only_wrong_flagged("The Reserve Bank of Australia cut its cash rate to 3.60% on Tuesday, "
                       "after a cut to 3.85% in May and to {} in February.", "3.70%", "4.10%",
                       RBA, ARITH)


def test_a_chain_of_rises_runs_up():
    only_wrong_flagged("The central bank raised its policy rate to 27.50% on Tuesday, after "
                       "rises to {} in September and to 26.75% in July.", "27.75%", "27.25%",
                       date(2024, 11, 26), ARITH)


def test_a_level_joined_by_and_with_no_move_word_before_after_is_no_chain():
    assert not set(rules("The bank cut its rate to 3.60% on Tuesday and inflation was 2.1% "
                         "in June and 2.4% in May.", RBA)) & ARITH


# 2. a "from" level is the start of the nearest amount in points before it
# (normalize/point_moves_from_a_level.py)

def test_a_from_level_belongs_to_the_nearest_amount_before_it():
    only_wrong_flagged("The RBA cut its cash rate to 3.60% on Tuesday. Each of the three moves "
                       "was a quarter of a percentage point, and the rate has now fallen {} "
                       "this year from 4.35%.", "50 basis points", "75 basis points", RBA, ARITH)


# 3. "respectively" lists counted (normalize/respective_counts.py)

def test_a_respectively_run_with_a_value_extra_is_flagged():
    only_wrong_flagged("Passengers at Belfast City and Belfast International fell {} "
                       "respectively in March.", "7.5%, 12% and 21%", "7.5% and 21%",
                       date(2009, 4, 24), COUNT)


def test_a_respectively_run_with_a_value_missing_is_flagged():
    only_wrong_flagged("Like-for-like sales rose {} in France, Southern Europe and Germany "
                       "respectively.", "6.1% and 2.6%", "6.1%, 4.2% and 2.6%",
                       date(2018, 10, 18), COUNT)


def test_names_before_the_run_are_counted_too():
    only_wrong_flagged("Aberdeen, Glasgow and Edinburgh grew {} respectively.",
                       "9.5% and 2.4%", "9.5%, 2.4% and 5.6%", date(2006, 4, 11), COUNT)


def test_a_name_with_and_in_it_may_be_one_name_or_two():
    # ("Central and South America" may be one region or two: 4 figures fit one reading)
    assert not set(rules("Sales rose 12.2%, 10.4%, 7.8% and 8.1% in Central and South America, "
                         "Central and Eastern Europe and Northern Europe respectively.",
                         date(2018, 10, 18))) & COUNT


# 4. a superlative's top over its siblings paired "respectively" (normalize/respective_ranks.py)

def test_a_sibling_in_the_next_sentence_larger_than_the_biggest_fall_is_flagged():
    only_wrong_flagged("City of Derry had the biggest fall of Northern Ireland's three airports "
                       "in March, with 36.2% fewer passengers than a year earlier. Passengers at "
                       "Belfast City and Belfast International fell 7.5% and {} respectively.",
                       "41%", "21%", date(2009, 4, 24), RANK)


def test_a_sibling_larger_than_the_fastest_growth_is_flagged():
    only_wrong_flagged("Southampton grew fastest, up 20.1% to 1.8 million passengers. Aberdeen, "
                       "Glasgow and Edinburgh grew 9.5%, 2.4% and {} respectively.", "25.6%",
                       "5.6%", date(2006, 4, 11), RANK)


def test_siblings_moving_the_other_way_are_not_ranked_against_the_biggest_rise():
    assert not set(rules("Southampton had the biggest rise, up 20.1%. Aberdeen and Glasgow "
                         "fell 25.6% and 2.4% respectively.", date(2006, 4, 11))) & RANK


# 5. "leaving N" after a fraction with its count and further parts
# (normalize/comparisons.leaving_the_rest)

def test_leaving_after_a_fraction_s_count_and_a_further_part_is_the_whole_less_both():
    only_wrong_flagged("Inspectors visited 1,964 schools between January and March. A third of "
                       "them (658) were judged only satisfactory and 183 were inadequate, "
                       "leaving {} rated good or outstanding.", "1,223", "1,123",
                       date(2012, 6, 12), ARITH)


def test_leaving_after_a_fraction_word_with_no_count_takes_no_fraction_as_a_count():
    # (1,964 less "a third" read as the number 0.33 was flagged: "the gap between 1,964 and A
    # third is 1,964"; a third of 1,964 is about 655, which leaves about 1,309)
    assert not set(rules("Inspectors visited 1,964 schools between January and March. A third "
                         "of them were judged only satisfactory, leaving 1,309 rated good or "
                         "outstanding.", date(2012, 6, 12))) & ARITH


# 6. a fraction in words apposed to its count (normalize/apposed_fractions.py)

def test_one_in_n_apposed_to_a_count_is_the_count_over_its_whole():
    only_wrong_flagged("Inspectors visited 1,964 schools between January and March. Some 144 "
                       "schools, about {}, were outstanding.", "one in 4", "one in 14",
                       date(2012, 6, 12), ARITH)


def test_a_count_apposed_after_a_fraction_is_the_fraction_of_its_whole():
    only_wrong_flagged("Inspectors visited 1,964 schools between January and March. A third "
                       "of them, {}, were judged only satisfactory.", "758", "658",
                       date(2012, 6, 12), ARITH)


# 7. "N times as many X as Y" between two counts written before (normalize/as_many_as.py)

def test_times_as_many_names_its_two_counts_by_their_words():
    only_wrong_flagged("Of the 4,062 schools inspected, 1,805 were good and 408 were "
                       "outstanding.\n\nThere were more than {} times as many good schools as "
                       "outstanding ones.", "six", "four", date(2011, 6, 22),
                       frozenset({"wrong-arithmetic", "wrong-multiple"}))


def test_times_as_many_with_a_word_no_count_holds_is_not_read():
    assert not set(rules("Of the 4,062 schools inspected, 1,805 were good and 408 were "
                         "outstanding. There were six times as many pupils as teachers.",
                         date(2011, 6, 22))) & frozenset({"wrong-arithmetic", "wrong-multiple"})


# 8. "the first time in N years" with the previous time written after it in its own sentence
# (normalize/elapsed_spans.py, rules/vocab/elapsed.yaml last_before)

def test_the_first_time_in_n_years_against_the_previous_year_in_its_sentence():
    only_wrong_flagged("Across the UK, passenger numbers fell in 2008 for the first time in {} "
                       "years; the previous fall was in 1991.", "15", "17",
                       date(2009, 4, 24), ARITH)


def test_an_opening_phrase_before_the_names_is_no_name():
    # (everyday's e36j draft: "In Mendocino County" was counted as a third name)
    only_wrong_flagged("In Mendocino County, the River and Ranch fires had burned {} acres "
                       "respectively, both just 5% contained.", "20,000, 12,000 and 35,000",
                       "20,000 and 35,000", date(2018, 8, 1), COUNT)
