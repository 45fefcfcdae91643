"""Everyday copy, the lead38 blind probe (issue 11): causes of the first run's two false flags
and of its misses, on drafts written from published copy not read before (Ofgem's price caps,
the CSO's house prices, Ryanair's results, Statistics NZ's migration figures). Our own
sentences with the real figures. Each mechanism is checked on a clean text (no flag) and on
the same text with an error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import only_wrong_flagged as _only_wrong_flagged
from everyday_support import rules

ARITH = {"wrong-arithmetic"}


# -- "those outside the capital up 4.5%": the rest of a place is a subject of its own ---------

HOUSES = ("Property prices up {} as Dublin slips\n\nResidential property prices rose 2.3% in the "
          "year to October, the Central Statistics Office said, with prices in Dublin down 0.6% "
          "and those outside the capital up 4.5%.")


def test_the_rest_of_a_place_is_not_the_place_nor_the_country():
    # (the 4.5% was read as Dublin's, and the headline's 2.3% as Dublin's too: "as Dublin
    # slips" opens a clause of its own)
    _only_wrong_flagged(HOUSES, "3.3%", "2.3%", date(2023, 12, 13),
                        frozenset({"restated-change-mismatch", "conflicting-figures"}))


def test_the_rest_of_the_country_keeps_its_own_figure():
    text = ("Prices rose 10.1% in the year to August, with Dublin up 10.8% and the rest of the "
            "country up 9.6%. Outside Dublin, the Border region saw the largest rise.")
    assert not rules(text, date(2024, 10, 16))


def test_a_distance_outside_a_town_is_no_subject_of_its_own():
    text = "Fighting 8 km outside Pokrovsk killed 12 civilians, and shelling in Pokrovsk killed 3."
    assert not rules(text, date(2024, 9, 1))


# -- "lost 4,228 of its own citizens": a count of the owner's own, not a portion --------------

def test_of_its_own_is_no_portion_of_the_count_before():
    text = ("New Zealand gained 65,911 migrants in the year to January. Arrivals rose 10% to "
            "122,963, while 57,052 people left.\n\nThe country lost 4,228 of its own citizens "
            "over the year, with 34,810 leaving and 30,582 coming home.")
    assert "parts-exceed-total" not in rules(text, date(2016, 2, 22))


# -- net migration: "a record 71,932", a net of its own sentence's two flows --------------------

MIGRATION = ("Net migration reached a record 71,932 in the year to March. A record {} migrants "
             "arrived and 57,586 left.\n\nNew Zealand citizens were a net loss of 1,341, with "
             "33,336 leaving and 31,995 returning.")


def test_a_record_net_figure_is_the_gap_of_the_flows_beside_it():
    _only_wrong_flagged(MIGRATION, "128,518", "129,518", date(2017, 4, 21))


def test_a_net_loss_is_the_gap_of_its_own_sentences_flows():
    text = MIGRATION.replace("{}", "129,518").replace("1,341", "{}")
    _only_wrong_flagged(text, "1,431", "1,341", date(2017, 4, 21))


def test_two_pairs_of_flows_in_one_sentence_leave_the_net_open():
    text = ("Net migration was 71,932. Some 129,518 arrived and 57,586 left, while 31,995 "
            "returned and 33,336 departed.")
    assert not set(rules(text, date(2017, 4, 21))) & ARITH


# -- "The new cap is still around £117 lower than the £1,834": a definite noun points back -----

def test_a_definite_cap_with_an_adjective_points_back_at_the_level():
    text = ("Ofgem raised its price cap by 10% from £1,568 to £1,717.\n\nThe new cap is still "
            "around {} lower than the £1,834 it stood at in October last year.")
    _only_wrong_flagged(text, "£127", "£117", date(2024, 8, 23))


# -- "the rise works out at about £12 a month": a restatement over another stretch -------------

RISE = ("The typical household's bill will rise by £149 a year from 1 October. For a household "
        "paying by direct debit, the rise works out at about {} a month.")


def test_a_yearly_rise_restated_monthly_in_a_later_sentence():
    _only_wrong_flagged(RISE, "£15", "£12", date(2024, 8, 23), frozenset({"wrong-conversion"}))


def test_a_level_is_not_restated_by_a_sentence_naming_a_rise():
    # (the rise's words pick the amount of change; a yearly level beside it is not restated)
    text = ("The cap will be £1,717 a year from October. For a typical household the rise "
            "works out at about £12 a month.")
    assert "wrong-conversion" not in rules(text, date(2024, 8, 23))


def test_the_flows_of_another_year_are_no_sides_of_a_record_net():
    text = ("Net migration to the UK reached a record 745,000 in 2022, the ONS said.\n\nThe latest "
            "figure, for the year to June 2023, is 672,000.\n\nAn estimated 1.18 million people "
            "arrived in the year to June, while 508,000 left.")
    assert not set(rules(text, date(2023, 11, 23))) & ARITH


def test_a_rise_restated_after_that_takes_the_stretch_of_its_new_level():
    # ("£149 to £1,717 a year": the rise is a year's; "a month more" names the rise)
    text = ("The cap will rise by £149 to £1,717 a year from 1 October, Ofgem said.\n\nThat works "
            "out at about {} a month more for a household paying by direct debit.")
    _only_wrong_flagged(text, "£15", "£12", date(2024, 8, 23), frozenset({"wrong-conversion"}))


def test_a_bound_beyond_a_figure_is_no_complement():
    text = ("Kingsman was second, down 51% at $17.5 million. SpongeBob came third with $15.5 "
            "million, bringing it to $125 million, well beyond the $85 million the first film "
            "made in 2004.")
    assert not set(rules(text, date(2015, 2, 22))) & ARITH


# -- merge round: an exam's level is a footing of its own (everyday101's last false flag) -----

def test_a_count_of_one_exam_level_is_not_the_subjects_total_restated():
    text = ("Of the {} students who sat higher-level agricultural science this year, 295 got a "
            "H1.\n\nIn all, 7,780 students sat the subject; the remaining 1,237 sat the "
            "ordinary-level exam.")
    assert "restated-figure-mismatch" not in rules(text.format("6,543"), date(2018, 8, 15))


def test_two_counts_of_one_level_still_restate_each_other():
    text = ("Some 6,543 students sat higher-level agricultural science this year.\n\nThe {} "
            "higher-level students got their results on Wednesday.")
    assert "restated-figure-mismatch" in rules(text.format("6,843"), date(2018, 8, 15))
    assert "restated-figure-mismatch" not in rules(text.format("6,543"), date(2018, 8, 15))


# -- lead38c: a change said without its verb, and full-time and part-time parts ---------------

JOBS = ("Employment rose by 17,400 to 11,775,800 in August, the Australian Bureau of Statistics "
        "said. Full-time jobs rose {} to 8,141,000 and part-time jobs 5,900 to {}.")


def test_full_and_part_time_changes_add_up_to_the_whole_change():
    _only_wrong_flagged(JOBS.format("{}", "3,634,800"), "15,500", "11,500", date(2015, 9, 10))


def test_full_and_part_time_levels_add_up_to_the_whole_level():
    _only_wrong_flagged(JOBS.format("11,500", "{}"), "3,364,800", "3,634,800", date(2015, 9, 10))


def test_parts_rounded_to_the_hundred_may_miss_the_whole_by_their_rounding():
    # (ABS rounds each series: 3,500 and 11,000 of a fall of 14,400, 33,400 less 9,400)
    text = ("Unemployment fell 14,400 to 781,100. Those looking for full-time work fell by 3,500 "
            "to 561,400, and those seeking only part-time work by 11,000 to 219,700.")
    assert not set(rules(text, date(2015, 9, 10))) & ARITH


def test_a_gapped_amount_after_a_verb_of_its_own_is_not_read_again():
    text = ("Full-time jobs rose 11,500 to 8,141,000 and part-time jobs fell 5,900 to 3,634,800. "
            "Employment rose by 5,600 to 11,775,800.")
    assert not set(rules(text, date(2015, 9, 10))) & ARITH


# -- merge round: a "to A from B" pair before an amount is that pair only ----------------------

def test_a_grade_reached_before_a_move_is_no_pair_of_its_own():
    text = ("The share of entries reaching at least a 4 or a C, a standard pass, fell from 73.2% "
            "to 68.2%, a drop of {} percentage points.")
    _only_wrong_flagged(text, "four", "five", date(2023, 8, 24))


def test_a_second_move_after_a_fraction_takes_its_own_from():
    text = ("The haddock catch will fall from 115,000 tonnes to 88,500 tonnes, a cut of nearly a "
            "quarter, and the whiting catch from 60,000 tonnes to 44,000 tonnes, a drop of {}.")
    _only_wrong_flagged(text, "37 per cent", "27 per cent", date(1998, 12, 14))


# -- merge round: "a total of" opening a figure sums a list of bare counts only ---------------

def test_a_total_opening_the_figure_does_not_sum_counts_of_other_things():
    # (everyday103's party-list sums met readings' running totals and everyday's other verbs)
    text = "The storm killed 3 people and the Ohio floods injured 85, a total of 78 deaths."
    assert "parts-exceed-total" not in rules(text, date(2018, 11, 22))
    seats = ("First preferences were Labour 1,071 (38.4%), SNP 965 (34.6%), Conservative 656 "
             "(23.5%), Green 69 (2.5%) and UKIP 31 (1.1%), a total of {}.")
    _only_wrong_flagged(seats, "2,892", "2,792", date(2021, 11, 5),
                        frozenset({"list-sum-mismatch", "wrong-arithmetic", "parts-exceed-total"}))
