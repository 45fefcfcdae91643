"""Issue #11, everyday88: the first run of blind drafts on exam results, graduation rates,
crime figures, a murder sentencing, rents, university finances and council tax
(corpus/everyday/*-e88.yaml), and the general causes of its false alarm and misses. Each case
pairs a consistent text (no flag) with a text carrying an error (flagged), so that every test
can fail both ways."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

LC = date(2021, 9, 3)


# -- a figure after "rose from" with "to" a figure after it opens a move of its own ----------

GRADES = ("In higher-level English the share went up 3.2 points, from 4.4% to 7.6%, and in "
          "higher-level Irish it rose from 9.1% to 11.9%.")


def test_a_from_value_of_its_own_move_is_not_compared_with_the_figure_before():
    assert rules(GRADES, LC) == []
    cs = claims(GRADES, LC)
    way = dict(find(cs, "9.1%").extra).get("direction") or {}
    assert way.get("to") == find(cs, "11.9%").id


def test_its_own_move_is_still_checked():
    wrong = GRADES.replace("it rose from 9.1% to 11.9%", "it fell from 9.1% to 11.9%")
    assert "wrong-arithmetic" in rules(wrong, LC)


def test_a_comparison_right_after_a_level_still_takes_the_level():
    wrong = "The share of top grades rose to 7.6%, up from 9.1% a year earlier."
    assert "wrong-arithmetic" in rules(wrong, LC)
    assert rules(wrong.replace("9.1%", "6.1%"), LC) == []


# -- "a H1" is a grade, never the first half of the year --------------------------------------

def test_a_grade_h1_names_no_half_year():
    text = "The share of students awarded a H1 in higher-level maths jumped from 8.6% to 15.1%."
    assert find(claims(text, LC), "8.6%").period is None
    half = "Revenue rose to $4.2 billion in H1 2021 from $3.9 billion."
    assert find(claims(half, LC), "$4.2 billion").period is not None


# -- "31.3% and lower": a conjunction is no noun of an amount of change -----------------------

def test_a_share_before_and_lower_is_no_change():
    text = ("The accredited grade was higher in 52.5% of cases, the same in 31.3% and lower in "
            "16.1%.")
    assert dict(find(claims(text, LC), "31.3%").extra).get("change") is None
    moved = "The index closed 31.3 points lower at 5,123."
    assert dict(find(claims(moved, LC), "31.3").extra).get("change") is not None


# -- a level set against an earlier value right before a list's colon is its total ------------

CRIME = ("There were 3,009 crimes against property, 7% fewer than the 3,243 of last year: 86 "
         "burglaries, 932 housebreakings, 236 shopbreakings, 558 cases of stealing, 830 thefts "
         "from vehicles and 367 stolen vehicles.")
D12 = date(2012, 4, 26)


def test_the_list_after_a_compared_value_breaks_down_the_level():
    assert rules(CRIME, D12) == []
    cs = claims(CRIME, D12)
    assert find(cs, "932").group == find(cs, "3,009").id


def test_items_that_do_not_make_the_level_are_flagged():
    flagged = rules(CRIME.replace("932 housebreakings", "952 housebreakings"), D12)
    assert "parts-exceed-total" in flagged or "list-sum-mismatch" in flagged


def test_a_list_that_makes_the_earlier_value_is_left_to_it():
    last = ("There were 3,009 crimes against property, 7% fewer than the 3,243 of last year: 86 "
            "burglaries, 1,166 housebreakings, 236 shopbreakings, 558 cases of stealing, 830 "
            "thefts from vehicles and 367 stolen vehicles.")
    assert rules(last, D12) == []
    cs = claims(last, D12)
    assert find(cs, "1,166").group != find(cs, "3,009").id


# -- "400 jobs, 250 professional and 150 academic positions": kinds of the total ---------------

UTS = ("The university will shed 1,400 jobs, 850 professional and 550 academic positions, about "
       "9% of its workforce.")
D25 = date(2025, 3, 20)


def test_kinds_sharing_the_totals_noun_are_its_parts():
    assert rules(UTS, D25) == []
    cs = claims(UTS, D25)
    assert find(cs, "1,400").role == "total"
    assert find(cs, "850").group == find(cs, "1,400").id


def test_kinds_that_exceed_the_total_are_flagged():
    assert "parts-exceed-total" in rules(UTS.replace("550 academic", "750 academic"), D25)


def test_items_each_with_their_own_noun_stay_a_list():
    text = "The firm cut 400 jobs in Sydney, 250 jobs in Melbourne and 150 jobs in Perth."
    assert find(claims(text, D25), "400").role != "total"


# -- "24 of the 38 universities in deficit ... and 14 in surplus": two states of one whole ----

UNIS = ("That left 24 of the 38 universities in deficit at the end of last year and 14 in "
        "surplus.")
D24 = date(2024, 8, 15)


def test_a_second_state_counts_out_of_the_same_whole():
    assert rules(UNIS, D24) == []
    cs = claims(UNIS, D24)
    assert find(cs, "14").group == find(cs, "38").id


def test_two_states_that_exceed_the_whole_are_flagged():
    assert "parts-exceed-total" in rules(UNIS.replace("and 14 in", "and 16 in"), D24)


# -- a grade's code names the next place of a ranking ------------------------------------------

AG = ("At ordinary level O6 was the most common grade, with 28% of candidates, followed by O5 "
      "with 24%.")


def test_a_grade_code_is_the_next_place():
    assert rules(AG, date(2018, 8, 15)) == []
    assert "wrong-rank" in rules(AG.replace("with 24%", "with 31%"), date(2018, 8, 15))


# -- "Of the increase of N": the move between the pair set side by side before it -------------

HOMES = ("On November 1st there were 1,800 homes available to rent nationwide, compared with "
         "1,100 on the same date a year ago. Of the increase of 700, Dublin accounted for more "
         "than 600.")
D23 = date(2023, 11, 8)


def test_the_increase_named_after_a_compared_pair_is_their_move():
    assert rules(HOMES, D23) == []
    assert "wrong-arithmetic" in rules(HOMES.replace("increase of 700", "increase of 900"), D23)


def test_the_part_the_move_is_split_into_is_a_portion_of_it():
    cs = claims(HOMES, D23)
    assert find(cs, "more than 600").group == find(cs, "700").id
    flagged = rules(HOMES.replace("more than 600", "more than 800"), D23)
    assert "parts-exceed-total" in flagged


def test_two_earlier_values_leave_the_move_open():
    text = ("There were 1,800 homes to rent, compared with 1,100 a year ago and 900 two years "
            "ago. Of the increase of 900, most were in Dublin.")
    assert "wrong-arithmetic" not in rules(text, D23)


# -- "higher in 52.5% of cases, the same in 31.3% and lower in 16.1%": one split --------------

def test_shares_in_parallel_clauses_of_cases_are_one_split():
    text = ("Where a student had both, the accredited grade was higher in 52.5% of cases, the "
            "same in 31.3% and lower in 16.1%.")
    assert rules(text, LC) == []
    assert "shares-over-100" in rules(text.replace("16.1%", "26.1%"), LC)
    two = "Turnout was 52.5% in the city, and 31.3% in the suburbs in the last election."
    assert rules(two, LC) == []
