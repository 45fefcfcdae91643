"""Everyday copy, the lead26 blind probe (issue 11): causes of the first run's misses on drafts
written from published copy not read before (world airport and tourism statistics, US housing
starts, box office). Our own sentences with the real figures. Each mechanism is checked on a
clean text (no flag) and on the same text with an error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import rules

_FEB17 = date(2017, 2, 1)
_AUG18 = date(2018, 8, 28)


# -- "made up 511,238 of that total": a portion of the count of the sentence before -----------

_MELBOURNE = ("Melbourne Airport handled 952,855 international passengers in December, a record "
              "for the month.\n\nDepartures made up {dep} of that total.")


def test_a_count_of_that_total_is_a_portion_of_the_count_before():
    assert rules(_MELBOURNE.format(dep="511,238"), _FEB17) == []
    assert "parts-exceed-total" in rules(_MELBOURNE.format(dep="1,011,238"), _FEB17)


def test_a_count_of_the_total_with_no_count_before_is_left_alone():
    assert rules("Departures made up 1,011,238 of the total, the airport said.", _FEB17) == []


# -- "almost half of the world's arrivals": the world's total is the lead, paragraphs back -----

_TOURISM = (
    "Tourist arrivals hit a record\n\n"
    "International tourist arrivals rose 7% in 2017 to a record 1,323 million, the World "
    "Tourism Organization said.\n\n"
    "Spending by tourists rose 5% to $1.34 trillion.\n\n"
    "France stayed the most visited country with 86.9 million arrivals, up 5.1%. Spain was "
    "second with 81.8 million.\n\n"
    "Europe received {eu} million visitors, almost half of the world's arrivals.")


def test_a_share_of_the_worlds_total_reaches_back_past_smaller_counts_to_the_lead():
    assert rules(_TOURISM.format(eu="671"), _AUG18) == []
    assert "wrong-arithmetic" in rules(_TOURISM.format(eu="871"), _AUG18)


def test_a_share_of_a_whole_not_named_as_everything_stays_near():
    # "of its arrivals" names no world total: the lead three paragraphs back is not read
    text = _TOURISM.format(eu="871").replace("of the world's arrivals", "of its arrivals")
    assert "wrong-arithmetic" not in rules(text, _AUG18)


# -- "to 25.24 billion yuan ($4.05 billion), from 27.88 billion yuan": the bracket is passed ---

_APR14 = date(2014, 4, 22)
_CHINA_MOBILE = ("Net profit fell {pct} to 25.24 billion yuan ($4.05 billion), from 27.88 billion "
                 "yuan a year earlier.")


def test_a_new_value_converted_in_brackets_keeps_its_earlier_value_after_the_bracket():
    assert rules(_CHINA_MOBILE.format(pct="9.5%"), _APR14) == []
    assert "wrong-arithmetic" in rules(_CHINA_MOBILE.format(pct="5.5%"), _APR14)



# -- "258 seats in the 550-seat parliament, 18 short of the 276": the body's size is no level ---

_JUN15 = date(2015, 6, 8)
_TURKEY = ("AKP loses majority\n\nThe ruling AKP won 40.82% of the vote in Sunday's election and "
           "258 seats in the 550-seat parliament, {gap} short of the 276 it needs to govern alone.")


def test_a_count_in_a_body_sized_by_its_modifier_is_the_level_a_gap_is_of():
    assert rules(_TURKEY.format(gap="18"), _JUN15) == []
    assert "wrong-arithmetic" in rules(_TURKEY.format(gap="28"), _JUN15)


# -- members after "the three relegated sides managed 66 points between them" -----------------

_MAY24 = date(2024, 5, 20)
_SEASON = (
    "City win again\n\n"
    "The three relegated sides managed 66 points between them, the lowest in the Premier League "
    "era. Luton went down with 26 points, one short of the 27 that would have kept them up.\n\n"
    "Erling Haaland won the Golden Boot with 27 goals. Sheffield United conceded 104, beating "
    "the 100 Swindon let in during a 42-game season in 1993-94.")


def test_a_count_of_another_noun_or_a_hyphened_size_is_no_member_of_a_total():
    assert rules(_SEASON, _MAY24) == []


def test_members_of_the_totals_own_noun_still_add_up():
    text = ("The three relegated sides managed 66 points between them. Luton went down with 26 "
            "points, Burnley with 24 points and Sheffield United with 36 points.")
    assert "parts-exceed-total" in rules(text, _MAY24) or \
        "list-sum-mismatch" in rules(text, _MAY24)


# -- "clearing the 10% threshold": a threshold named by its noun after a verb of passing it ----

def test_a_share_said_to_clear_a_threshold_must_be_above_it():
    text = "The nationalist MHP won 16.35% and the pro-Kurdish HDP {hdp}, clearing the 10% threshold."
    assert rules(text.format(hdp="13.11%"), _JUN15) == []
    found = rules(text.format(hdp="8.11%"), _JUN15)
    assert "wrong-arithmetic" in found


def test_a_milestone_verb_without_its_noun_names_no_threshold():
    # "cleared 500 protesters" is no threshold the 300 after it must be above
    assert rules("Police cleared 500 protesters from the square, and 300 were arrested.",
                 _JUN15) == []


# -- "lost 23 of their 107 seats, ending with 84": a fall from the holding to what is left -----

_SEP14 = date(2014, 9, 15)


def test_a_count_lost_out_of_a_holding_leaves_the_holding_minus_the_loss():
    for clean, wrong in (("The Moderates lost 23 of their 107 seats, ending with 84.",
                          "The Moderates lost 23 of their 107 seats, ending with 94."),
                         ("The firm cut 300 of its 2,000 jobs, leaving it with 1,700 staff.",
                          "The firm cut 300 of its 2,000 jobs, leaving it with 1,900 staff.")):
        assert rules(clean, _SEP14) == [], clean
        assert "wrong-arithmetic" in rules(wrong, _SEP14), wrong


def test_a_count_won_out_of_a_whole_is_no_loss():
    assert rules("The Moderates won 23 of the 107 seats, ending with 94 in the chamber.",
                 _SEP14) == []


# -- two clauses each saying a thing of its own share are no split of one whole ----------------

_AUG24 = date(2024, 8, 27)


def test_shares_of_two_long_clauses_joined_by_comma_and_are_not_summed():
    text = ("Some 86% were unvaccinated or had an unknown vaccination status, and 44% were taken "
            "to hospital.")
    assert rules(text, _AUG24) == []


def test_shares_of_one_split_are_still_summed():
    assert "shares-over-100" in rules(
        "Of the missiles launched, 70% were intercepted, and 45% missed their targets.", _AUG24)


# -- "went up by almost a fifth, 19%": the percentage restates the fraction of the change ------

_OCT17 = date(2017, 10, 19)


def test_a_percentage_after_a_fraction_of_change_restates_it():
    text = "Violence went up by almost a fifth, {pct}, to 1.2 million offences."
    assert rules(text.format(pct="19%"), _OCT17) == []
    assert "wrong-arithmetic" in rules(text.format(pct="29%"), _OCT17)
