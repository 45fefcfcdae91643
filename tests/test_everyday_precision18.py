"""Everyday copy, eighteenth round (issue 11): zero false alarms on unseen clean copy. Sentences
in our own words with the constructions of published trading statements, pay and price
statistics, exam results, waiting-list, medal-table and box-office copy; each fix is checked on
a clean text (no flag) and, where it still checks something, on the same text with an error in
it (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import RESTATED, claims, find, rules

from factcheck.normalize.footings import footing_of

DAY = date(2024, 8, 15)


# -- a figure's footing: the basis it is stated on ------------------------------------------

def test_footing_is_read_before_the_figure_and_in_its_own_clause_after_it():
    low = "regular pay, which excludes bonuses, grew 5.2%, and sales rose 3% like-for-like."
    s = (0, len(low))
    assert footing_of(low, low.index("5.2%"), low.index("5.2%") + 4, s) == "without bonuses"
    assert footing_of(low, low.index("3%"), low.index("3%") + 2, s) == \
        "like-for-like; without bonuses"


def test_a_figure_may_stand_on_several_footings_and_the_next_item_keeps_its_own():
    low = "after inflation, regular pay rose 1.4% and total pay 1.5%."
    s = (0, len(low))
    assert footing_of(low, low.index("1.4%"), low.index("1.4%") + 4, s) == \
        "real; without bonuses"
    assert footing_of(low, low.index("1.5%"), low.index("1.5%") + 4, s) == \
        "real; with bonuses; without bonuses"


def test_pay_growth_with_and_without_bonuses_is_two_figures():
    text = ("Regular pay, which excludes bonuses, grew 5.2% in the three months to April.\n\n"
            "Total pay including bonuses rose 5.3%.\n\n"
            "After inflation, regular pay rose 1.4% and total pay 1.5%.")
    assert not RESTATED & set(rules(text, DAY))


def test_like_for_like_growth_beside_reported_growth_is_not_a_restatement():
    text = ("Sales rose 8% in the half year.\n\n"
            "On a like-for-like basis, sales were up 5%.")
    assert not RESTATED & set(rules(text, DAY))


def test_same_footing_restated_wrongly_is_still_flagged():
    text = ("Like-for-like sales rose 2.8% in the 20 weeks to August 17.\n\n"
            "The 3.8% rise in like-for-like sales beat forecasts.")
    cs = claims(text, DAY)
    assert find(cs, "2.8%").extra_dict().get("footing") == "like-for-like"
    text2 = ("Revenue was $45.6 billion in the quarter.\n\n"
             "Revenue of $54.6 billion was a record.")
    assert RESTATED & set(rules(text2, DAY)), "figures with no footing are still compared"


def test_a_monthly_change_and_the_change_over_the_year_are_two_figures():
    text = ("Energy prices fell 0.8% in August.\n\n"
            "Over the year energy prices were down 4.0%.")
    assert not RESTATED & set(rules(text, DAY))


# -- amounts of change and the values they are worked from -----------------------------------

def test_the_earlier_value_of_a_change_is_never_an_amount_itself():
    text = ("The proportion reached 27.8%, up 0.6 percentage points on last year's 27.2% and "
            "above the 25.4% of 2019.")
    assert "wrong-arithmetic" not in rules(text, DAY)
    assert find(claims(text, DAY), "27.2%").role == "compared"


def test_wrong_points_change_against_last_years_level_is_flagged():
    text = ("The proportion reached 27.8%, up 0.8 percentage points on last year's 27.2% and "
            "above the 25.4% of 2019.")
    assert "wrong-arithmetic" in rules(text, DAY)


def test_a_rate_set_against_the_rate_before_is_no_change_to_another_level():
    text = ("Pay in retailing, which employs 22% of workers, grew 7.7%, up from 7.2% in the "
            "three months to March.")
    assert "wrong-arithmetic" not in rules(text, DAY)


def test_an_amount_named_by_its_noun_is_no_earlier_value_of_a_range():
    text = ("Comparable sales are expected to rise by 2% to 3% for the rest of the year, on top "
            "of a 3.4% increase last year.")
    assert "wrong-arithmetic" not in rules(text, DAY)


def test_gap_to_a_thing_no_figure_gives_takes_no_levels_elsewhere():
    text = ("# Wolverine opens to $141 million worldwide\n\n"
            "The film, which cost $120 million to make, opened 51% bigger than the first "
            "Wolverine film.")
    assert "wrong-arithmetic" not in rules(text, DAY)


def test_amount_counted_from_a_named_month_takes_no_level_of_another_year():
    text = ("The waiting list reached 7.4 million at the end of April, 100,000 more than in "
            "March.\n\nIn 2011 an average of 2.53 million people were on it; the average for "
            "2022 was 6.79 million.")
    assert "wrong-arithmetic" not in rules(text, DAY)


def test_amount_counted_from_a_named_month_still_takes_that_months_level():
    text = ("The waiting list reached 7.4 million at the end of April, 200,000 more than in "
            "March. The list stood at 7.3 million in March.")
    cs = claims(text, DAY)
    ch = find(cs, "200,000").extra_dict().get("change") or {}
    assert ch.get("from") in (None, find(cs, "7.3 million").id)


# -- whom a figure is about ----------------------------------------------------------------

def test_a_sentence_opening_on_another_country_does_not_carry_the_last_ones_subject():
    text = ("Great Britain finished second with 27 gold, 23 silver and 17 bronze, 67 medals in "
            "all. Russia were fourth with 19 gold and 56 medals.")
    cs = claims(text, DAY)
    assert find(cs, "56").subject != find(cs, "67").subject
    assert not RESTATED & set(rules(text, DAY))


def test_an_adjective_before_a_count_is_not_read_as_whose_count():
    cs = claims("Russian strikes killed 12 civilians on Tuesday.", DAY)
    assert find(cs, "12").subject is None


# -- second probe: ranges and expectations ---------------------------------------------------

def test_a_range_of_growth_amounts_takes_no_values_of_the_range_before():
    text = ("The group now expects sales to grow by 3% to 5% this year, up from 3% to 4%, and "
            "core earnings per share to rise by 4% to 10%, from 4% to 9% before.")
    assert "wrong-arithmetic" not in rules(text, DAY)


def test_points_to_a_level_are_still_a_change_with_values():
    text = "Its on-time share rose 9 percentage points to 70.9% from 63.9%."
    assert "wrong-arithmetic" in rules(text, DAY)


def test_a_forecast_named_after_its_figure_is_no_earlier_value():
    text = ("Adjusted earnings per share were $1.38, up 16%, against the $1.30 analysts had "
            "forecast.")
    assert "wrong-arithmetic" not in rules(text, DAY)


def test_the_upper_end_of_an_expected_range_is_expected_too():
    text = ("Emerson has raised its earnings guidance for the year to $5.25 to $5.35 a share."
            "\n\nThird-quarter earnings per share were $1.54, up 48%.")
    assert find(claims(text, DAY), "$5.35").role == "expected"
    assert not RESTATED & set(rules(text, DAY))
