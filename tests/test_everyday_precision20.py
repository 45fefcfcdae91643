"""Everyday copy, twentieth round (issue 11): zero false alarms on unseen clean copy. Sentences in
our own words with the constructions of published regional jobless, house-price, attendance,
retail, airline and exam-results copy; each fix is checked on a clean text (no flag) and, where
it still checks something, on the same text with an error in it (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import RESTATED, claims, find, rules

DAY = date(2023, 6, 14)


# -- the field a superlative ranks within is no subject ---------------------------------------

def test_the_place_a_superlative_ranks_within_is_not_the_figures_subject():
    text = ("The North East has the highest unemployment rate in the UK at 10%.\n\n"
            "Across the UK the unemployment rate was 7.2%.")
    cs = claims(text, DAY)
    assert find(cs, "10%").subject != find(cs, "7.2%").subject
    assert not RESTATED & set(rules(text, DAY))


def test_the_largest_in_a_named_country_leaves_the_city_its_subject():
    text = ("Leeds recorded the largest rise in house prices in England, at 6.1%.\n\n"
            "Prices in England rose 2.5% over the year.")
    assert not RESTATED & set(rules(text, DAY))


def test_one_place_restated_wrongly_beside_a_ranking_is_still_flagged():
    text = ("The North East has the highest unemployment rate in the UK at 10%.\n\n"
            "The unemployment rate in the North East was 11.5%.")
    assert RESTATED & set(rules(text, DAY))


# -- a count of what a figure was measured across is not its pair -----------------------------

def test_a_count_of_matches_after_an_average_is_not_the_new_value_of_up_from():
    text = ("The average attendance last season was a record 40,267 across 380 matches, "
            "up from 39,950 the season before.")
    cs = claims(text, DAY)
    assert dict(find(cs, "39,950").extra_dict()["direction"])["to"] == find(cs, "40,267").id
    assert "wrong-arithmetic" not in rules(text, DAY)


def test_the_average_falling_below_its_earlier_value_with_up_from_is_flagged():
    text = ("The average attendance last season was a record 40,267 across 380 matches, "
            "up from 40,950 the season before.")
    assert "wrong-arithmetic" in rules(text, DAY)


def test_a_count_over_days_before_a_compared_value_is_skipped_too():
    text = ("Hospitals treated an average of 1,240 patients a day over 30 days in June, "
            "down from 1,310 in May.")
    assert "wrong-arithmetic" not in rules(text, DAY)


# -- an earlier value inside the stretch an annual change is counted over ---------------------

def test_an_annual_rise_beside_the_previous_quarters_level_is_not_worked_from_it():
    text = ("House prices rose 9.5% in the year to the first quarter, taking the average home "
            "to £175,554, up from £172,065 in the last three months of 2006.")
    day = date(2007, 4, 4)
    cs = claims(text, day)
    change = dict(find(cs, "9.5%").extra_dict()["change"])
    assert "from" not in change and "to" not in change
    assert "wrong-arithmetic" not in rules(text, day)


def test_an_annual_rise_from_the_level_a_year_before_is_still_worked_out():
    text = ("Sales rose 9.5% in 2023 to £175,554 from £172,065 in 2022.")
    assert "wrong-arithmetic" in rules(text, date(2024, 3, 1))


def test_the_earlier_level_below_its_new_value_with_up_from_is_still_checked():
    text = ("House prices rose 9.5% in the year to the first quarter, taking the average home "
            "to £175,554, up from £182,065 in the last three months of 2006.")
    assert "wrong-arithmetic" in rules(text, date(2007, 4, 4))


# -- a gap to a figure is no part of it ---------------------------------------------------------

def test_a_shortfall_of_a_figure_is_not_a_count_out_of_it():
    text = ("That would leave this year about 1.9%, or some 30,000 cars, ahead of last year, "
            "but roughly 650,000 short of the 2.3 million sold in 2019.")
    cs = claims(text, DAY)
    assert "ratio" not in find(cs, "about 1.9%").extra_dict()
    assert "wrong-arithmetic" not in rules(text, DAY)


def test_a_count_out_of_a_whole_with_its_share_is_still_checked():
    text = "Some 650,000 out of 2.3 million cars, or 38%, were electric."
    assert "wrong-arithmetic" in rules(text, DAY)


# -- a clause of its own subject and change verb takes no levels before it ----------------------

def test_a_change_of_another_subject_after_and_is_not_worked_from_the_levels_before():
    text = ("The share of sales made online fell from 27.1% in April to 26.6% in May, "
            "and online spending fell 1.7%.")
    change = dict(find(claims(text, DAY), "1.7%").extra_dict()["change"])
    assert "from" not in change
    assert "wrong-arithmetic" not in rules(text, DAY)


def test_a_change_restated_after_and_that_is_still_worked_from_the_levels():
    text = "The share fell from 27.1% in April to 26.6% in May, and that was a fall of 1.5 points."
    assert "wrong-arithmetic" in rules(text, DAY)


# -- a list far above a figure of the sentence before is no breakdown of it --------------------

def test_figures_of_other_clubs_are_not_parts_of_one_clubs_profit():
    text = ("Manchester United earned £515 million in 2015/16 and made a profit of £49 million. "
            "Manchester City took £392 million, with a £20 million profit, and Arsenal "
            "£354 million, with £3 million.")
    assert "parts-exceed-total" not in rules(text, DAY)


def test_parts_a_little_over_their_whole_are_still_flagged():
    text = ("The outbreak has reached 355 cases. Texas has reported 309 cases, New Mexico 42 "
            "and Oklahoma 14.")
    assert {"parts-exceed-total", "list-sum-mismatch"} & set(rules(text, DAY))


# -- a figure said of each of several things ----------------------------------------------------

def test_a_floor_said_of_each_club_restates_no_one_clubs_revenue():
    text = ("# The three richest clubs each earned more than £350m\n\n"
            "Manchester United earned £515 million in 2015/16.")
    cs = claims(text, DAY)
    assert find(cs, "more than £350m").role == "each"
    assert not RESTATED & set(rules(text, DAY))


def test_a_rate_each_year_is_still_a_level():
    text = "Revenue grew by £20 million each year to £515 million."
    assert find(claims(text, DAY), "£20 million").role != "each"


# -- a count with its share of a whole said before ----------------------------------------------

def test_a_count_with_its_bare_share_is_a_part_not_a_restatement_of_the_whole():
    text = ("Of 1,121 members who returned ballot papers, 956, or 85%, said they would act.\n\n"
            "Some 748 members, 67%, said they would go as far as a strike.")
    cs = claims(text, DAY)
    assert find(cs, "Some 748").role == "portion"
    assert not RESTATED & set(rules(text, DAY))


def test_a_count_with_no_share_beside_a_restated_one_is_still_compared():
    text = ("Some 1,121 members returned ballot papers.\n\n"
            "The 1,211 members who voted backed the strike.")
    assert RESTATED & set(rules(text, DAY))


# -- a count, then its share, in a comma list ---------------------------------------------------

def test_a_count_over_100_before_its_share_does_not_take_the_percent_sign():
    text = ("Labour came second with 1,011 votes, 31.9%, and an independent third with 971, "
            "30.6%.")
    cs = claims(text, DAY)
    assert find(cs, "971").unit == ""
    assert "shares-over-100" not in rules(text, DAY)


def test_small_figures_in_a_comma_list_still_share_the_percent_sign():
    from factcheck.extract import find_mentions
    text = "Rates were 3, 4 and 5% in the three regions."
    units = [q.unit for q in find_mentions(text, None).quantities]
    assert units[:3] == ["percent", "percent", "percent"]


# -- "N% higher at B": B is the new value --------------------------------------------------------

def test_an_amount_higher_at_a_level_describes_that_level_and_no_other_figure():
    text = ("The bank made an underlying profit of £4.5 billion in the first half, up 8%, on "
            "total income 4% higher at £9.3 billion.")
    cs = claims(text, DAY)
    change = dict(find(cs, "4%").extra_dict()["change"])
    assert change.get("to") == find(cs, "£9.3 billion").id and "from" not in change
    assert "wrong-arithmetic" not in rules(text, DAY)


def test_an_amount_higher_than_a_figure_is_still_worked_from_it():
    text = "Income was £9.3 billion, 40% higher than the £4.5 billion of 2016."
    assert "wrong-arithmetic" in rules(text, DAY)


# -- a multiple of a period the text gives no figure for -----------------------------------------

def test_double_the_year_before_takes_no_base_from_the_next_clause():
    text = ("It paid €20 million in guarantee fees, double the year before, and a €38 million "
            "bank levy.")
    assert "wrong-arithmetic" not in rules(text, DAY)


def test_double_a_figure_written_after_it_is_still_checked():
    text = "Losses reached 1,600 last year, double the previous year's 1,070."
    assert "wrong-arithmetic" in rules(text, DAY)


# -- operating income is a measure of its own ----------------------------------------------------

def test_operating_income_is_not_restated_as_the_profit():
    text = ("# Bank profit falls to just over €1bn\n\n"
            "The bank made a pre-tax profit of just over €1 billion last year.\n\n"
            "Operating income fell to €3.1 billion from just under €3.3 billion.")
    cs = claims(text, DAY)
    assert find(cs, "€3.1 billion").measure != find(cs, "just over €1 billion").measure
    assert not RESTATED & set(rules(text, DAY))


# -- a headline's change restates no change of another subject -----------------------------------

def test_a_headline_change_is_not_paired_with_a_divisions_change():
    text = ("# Bank of Ireland profit falls 16%\n\n"
            "Bank of Ireland made a pre-tax profit of €1 billion, down from €1.2 billion.\n\n"
            "Profits at its UK retail arm fell 24% in sterling terms.")
    assert "restated-change-mismatch" not in rules(text, DAY)


def test_a_headline_change_restated_wrongly_for_its_own_subject_is_still_flagged():
    text = ("# Apple sales rise 12%\n\n"
            "Apple's revenue rose 5% to $90 billion in the quarter.")
    assert "restated-change-mismatch" in rules(text, DAY)


# -- the year before's figure in brackets -------------------------------------------------------

def test_a_figure_in_brackets_in_the_same_unit_and_precision_is_no_conversion():
    text = "Equity per share was €7.47 (€7.24) and earnings per share a loss of €0.12."
    assert "wrong-conversion" not in rules(text, DAY)


def test_a_rounding_in_brackets_is_still_checked():
    assert "wrong-conversion" in rules("The fund holds $1,234,567 ($2.2 million) in cash.", DAY)
    assert "wrong-conversion" in rules("The bridge is 3 km (5 miles) long.", DAY)


# -- two levels set side by side, each with its own change --------------------------------------

def test_levels_set_against_each_other_with_their_own_changes_are_not_one_change():
    text = ("Overall 97.1% of boys' entries passed, down 0.2 points, against 98% of girls' "
            "entries, down 0.3 points.")
    cs = claims(text, DAY)
    for amount in ("0.2", "0.3"):
        assert "from" not in dict(find(cs, amount).extra_dict()["change"])
    assert "wrong-arithmetic" not in rules(text, DAY)


def test_a_level_against_an_earlier_one_with_no_change_of_its_own_is_still_worked_from():
    text = "Some 97.1% of entries passed, down 0.2 points, against 98% last year."
    assert "wrong-arithmetic" in rules(text, DAY)
