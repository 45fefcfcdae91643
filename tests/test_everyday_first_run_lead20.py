"""Everyday copy, the lead20 blind probe (issue 11): causes of the first run's false flags and
misses on drafts written from published copy not read before (road deaths, public borrowing,
house prices, harvests). Our own sentences with the real figures. Each fix is checked on a
clean text (no flag) and, where the construction can carry an error, on the same text with
one (still flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

_OCT21 = date(2021, 10, 15)
_OCT24 = date(2024, 10, 22)
_DEC24 = date(2024, 12, 2)
_MAR25 = date(2025, 3, 21)


# -- an earlier value found by reading on is of the new value's scale ---------------------------

_WHEAT = ("The UK wheat harvest grew by 45% to 14.0 million tonnes in 2021, provisional figures "
          "show. The average yield was 7.8 tonnes per hectare, 13% more than the year before but "
          "still below the five-year average of 8.0 tonnes.")


def test_a_yield_in_the_next_sentence_is_no_earlier_value_of_a_harvest():
    assert rules(_WHEAT, _OCT21) == []
    ch = dict(find(claims(_WHEAT, _OCT21), "45%").extra).get("change") or {}
    assert ch.get("from") is None


def test_an_earlier_value_of_the_scale_in_the_next_sentence_is_still_read():
    text = "House prices rose 3.7% to £268,144. The average price a year earlier was £258,557."
    assert rules(text, _OCT21) == []
    assert "wrong-arithmetic" in rules(text.replace("3.7%", "6.7%"), _OCT21)


# -- a second comparison after a comma keeps its own figure ------------------------------------

_BORROWED = ("The government borrowed £16.6bn in September, the Office for National Statistics "
             "said on Tuesday. The Office for Budget Responsibility had expected borrowing of "
             "£15.1bn, so the outturn was £1.5bn above its forecast, though below the £17.5bn "
             "economists had pencilled in.")


def test_the_figure_of_a_second_comparison_is_not_the_firsts_base():
    assert rules(_BORROWED, _OCT24) == []
    ch = dict(find(claims(_BORROWED, _OCT24), "£1.5bn").extra).get("change") or {}
    assert ch.get("from") != "c4"


def test_a_figure_right_after_a_comparison_is_still_its_base():
    text = "Sales reached £9.3bn, £1.2bn above the £8.1bn forecast, though below the £9.9bn of 2019."
    assert rules(text, _OCT24) == []
    assert "wrong-arithmetic" in rules(text.replace("£1.2bn", "£1.4bn"), _OCT24)
    base = "Unemployment in the region was 2.7%, 0.4 points below the national baseline of 3.1%."
    assert rules(base, _OCT24) == []
    assert "wrong-arithmetic" in rules(base.replace("0.4 points", "0.9 points"), _OCT24)


# -- what economists expected is no item beside what happened ----------------------------------

_PRICES = ("UK house prices rose 1.2% in November, Nationwide said, far more than the 0.2% "
           "economists had expected and a full percentage point above the consensus.\n\n"
           "Annual growth picked up to 3.7% from 2.4% in October, its fastest in more than two "
           "years, and prices are now only about 1% below the all-time high they reached in the "
           "summer of 2022.")


def test_an_expected_figure_does_not_list_with_the_gap_after_it():
    cs = claims(_PRICES, _DEC24)
    assert find(cs, "0.2%").role == "expected"
    assert find(cs, "0.2%").group is None
    assert rules(_PRICES, _DEC24) == []


def test_a_gap_to_a_level_named_by_words_is_no_level_of_its_own():
    cs = claims(_PRICES, _DEC24)
    gap = find(cs, "about 1%")
    assert gap.role == "change"
    assert (dict(gap.extra).get("change") or {}).get("direction") == "down"


def test_a_forecaster_named_after_the_figure_makes_it_expected():
    text = ("That was £4.2bn more than the £6.5bn the Office for Budget Responsibility had "
            "forecast for the month.")
    assert find(claims(text, _MAR25), "£6.5bn").role == "expected"
    # (but "had expected to" is an intention, no forecast of the figure)
    text2 = "About 1,200 residents the council had expected to return were still away."
    assert find(claims(text2, _MAR25), "About 1,200").role != "expected"


# -- a conjunction is no counted noun ----------------------------------------------------------

_HARVEST = ("England harvested an estimated 12.81 million tonnes of wheat this year, 10% less "
            "than in 2022.\n\nYields fell 5.2% to 8.1 tonnes per hectare and the area planted "
            "shrank by 5.3% to 1.58 million hectares. The rapeseed crop was down 14% at 1.03 "
            "million tonnes and barley production fell 5.8% to 4.85 million tonnes.")


def test_a_figure_before_and_counts_no_and():
    day = date(2023, 10, 12)
    cs = claims(_HARVEST, day)
    assert "noun" not in dict(find(cs, "8.1 tonnes per hectare").extra)
    assert rules(_HARVEST, day) == []


def test_one_thing_in_two_kinds_of_unit_is_still_flagged():
    day = date(2023, 10, 12)
    text = ("Russia seized 3,000 square kilometres of territory this year. The 3,000 km of "
            "territory taken cost it dearly.")
    assert "dimension-mismatch" in rules(text, day)


# -- a figure fronted by "At" takes the measure its clause names ---------------------------------

_QUOTE = ("Public sector net borrowing was £10.7bn in February, £100m more than a year earlier "
          "and the fourth-highest February on record, official figures show.\n\n"
          "That was £4.2bn more than the £6.5bn the Office for Budget Responsibility had "
          "forecast for the month.\n\n"
          "\"At £10.7bn, borrowing in February was virtually unchanged on the same month last "
          "year,\" said Jessica Barnaby of the ONS.")


def test_a_fronted_figure_is_of_its_clauses_measure():
    cs = claims(_QUOTE, _MAR25)
    assert find(cs, "£10.7bn").measure == "borrowing"
    assert [c.measure for c in cs if c.text == "£10.7bn"] == ["borrowing", "borrowing"]


def test_a_forecaster_is_no_subject_carried_to_the_next_paragraph():
    cs = claims(_QUOTE, _MAR25)
    last = [c for c in cs if c.text == "£10.7bn"][-1]
    assert last.subject != "office for budget responsibility"
    assert rules(_QUOTE, _MAR25) == []
    assert "restated-figure-mismatch" in rules(_QUOTE.replace("\"At £10.7bn", "\"At £11.7bn"),
                                               _MAR25)


# -- second batch: new car registrations -------------------------------------------------------

_OCT24B = date(2024, 10, 4)
_DEC22 = date(2022, 12, 5)


def test_a_change_against_a_time_then_and_is_not_paced_against_the_next_share():
    text = ("Fleet buyers drove the growth, taking 149,095 cars, 3.7% more than a year earlier "
            "and 54.2% of the market.")
    cs = claims(text, _OCT24B)
    assert rules(text, _OCT24B) == []
    assert find(cs, "54.2%").role is None
    ch = dict(find(cs, "3.7%").extra).get("change") or {}
    assert find(cs, "3.7%").role == "change" and ch.get("to") == find(cs, "149,095").id


def test_a_faster_change_than_the_next_is_still_compared():
    text = "Prices rose 1.2% in the quarter, faster than the 0.8% of the June quarter."
    assert rules(text, _OCT24B) == []
    assert rules(text.replace("1.2%", "0.6%"), _OCT24B) != []


def test_to_take_a_share_is_no_new_value_of_the_change():
    cs = claims("Plug-in hybrids rose 32.1% to take 8.9% of the market.", _OCT24B)
    assert (dict(find(cs, "32.1%").extra).get("change") or {}).get("to") is None
    cs = claims("Sales rose 3% to reach 1,030.", _OCT24B)
    assert (dict(find(cs, "3%").extra).get("change") or {}).get("to") == find(cs, "1,030").id


def test_a_clause_with_a_verb_of_its_own_count_ends_the_change_before():
    text = ("Private registrations fell 1.8% to 120,272, or 43.7%, and small businesses bought "
            "5,872, down by more than 8%.")
    ch = dict(find(claims(text, _OCT24B), "more than 8%").extra).get("change") or {}
    assert ch.get("to") != "c2"


def test_a_count_out_of_a_whole_with_its_noun_between_and_its_share():
    text = ("Buyers took 29,372 battery electric cars out of 142,633 new cars, a share of 20.6% "
            "and the highest of the year.")
    cs = claims(text, _DEC22)
    assert find(cs, "29,372").role == "of_whole"
    assert rules(text, _DEC22) == []
    assert "wrong-arithmetic" in rules(text.replace("20.6%", "26.6%"), _DEC22)


def test_that_was_a_rise_on_an_earlier_value_is_of_the_level_before():
    text = ("Buyers took 29,372 battery electric cars out of 142,633 new cars. That was a rise "
            "of 35% on the 21,726 of November 2021.")
    assert rules(text, _DEC22) == []
    assert "wrong-arithmetic" in rules(text.replace("35%", "53%"), _DEC22)
    # (a paragraph between: no level to refer to)
    apart = text.replace(" That was", "\n\nThat was").replace("35%", "53%")
    assert "wrong-arithmetic" not in rules(apart, _DEC22)


def test_lowercase_labels_in_brackets_are_no_parts_of_a_share_before():
    text = "Turnout was 60%, with men (58%) and women (62%) voting."
    assert rules(text, _DEC22) == []


# -- third batch: marathon finishers -----------------------------------------------------------

_OCT22 = date(2022, 10, 12)
_FINISHERS = ("A total of 40,643 runners finished the mass race of this year's London Marathon, "
              "23,745 men and 16,898 women, up from 35,838 at the delayed autumn race of 2021.")


def test_a_total_of_opening_a_breakdown_is_its_total():
    cs = claims(_FINISHERS, _OCT22)
    assert find(cs, "A total of 40,643").role == "total"
    assert find(cs, "16,898").role == "part"
    assert "parts-exceed-total" in rules(_FINISHERS.replace("16,898", "18,898"), _OCT22)


def test_up_from_after_a_breakdown_is_the_totals_earlier_value():
    assert rules(_FINISHERS, _OCT22) == []
    assert "wrong-arithmetic" in rules(_FINISHERS.replace("35,838", "45,838"), _OCT22)


# -- after the merges: a share of the group before supported by any count it fits ------------

_SEP24 = ("New car registrations in the UK rose 1% in September to 275,239.\n\n"
          "Fleet buyers drove the growth, taking 149,095 cars, 3.7% more than a year earlier and "
          "54.2% of the market. Private registrations fell 1.8% to 120,272, or 43.7%.")


def test_a_share_of_the_group_before_reads_the_count_it_fits():
    cs = claims(_SEP24, _OCT24B)
    ratio = dict(find(cs, "43.7%").extra).get("ratio") or {}
    assert ratio.get("per") == find(cs, "275,239").id
    assert rules(_SEP24, _OCT24B) == []
    assert "wrong-arithmetic" in rules(_SEP24.replace("43.7%", "63.7%"), _OCT24B)
