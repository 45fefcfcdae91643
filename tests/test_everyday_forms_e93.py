"""Issue #11, everyday93: forms of everyday copy read for the first time (own sentences, real
figures): an outturn against its forecast and the gap ("beating the forecast of $0.98 by 15
cents", "missed the expected $8.15 billion by 2.2%"), two shares summed after them ("took 42.4%
and 40.0% of the vote, together 82.4%"), a multiple said by a verb in a sentence with no
figure, its levels told after it ("more than halved ... £1 million. A year earlier it was £2.4
million"), and an average written before its total and count ("averaged about 81 a day ...
29,437 ... over the 365 days")."""

from __future__ import annotations

from datetime import date

import pytest

from everyday_support import claims, find, rule_set

DAY = date(2024, 5, 2)


EPS = ("The utility reported adjusted earnings of $1.13 a share for the quarter, beating "
       "analysts' forecast of $0.98 by {gap}.")
REVENUE = "Revenue of $7.97 billion missed the expected $8.15 billion by {gap}."


@pytest.mark.parametrize("gap, wrong", [("15 cents", False), ("25 cents", True),
                                        ("$0.15", False), ("$0.35", True)])
def test_a_gap_to_the_forecast_in_the_sub_unit_is_worked_from_outturn_and_forecast(gap, wrong):
    assert ("wrong-arithmetic" in rule_set(EPS.format(gap=gap), DAY)) is wrong


@pytest.mark.parametrize("gap, wrong", [("2.2%", False), ("4.2%", True)])
def test_a_percentage_missed_by_is_the_fall_from_the_forecast_to_the_outturn(gap, wrong):
    text = REVENUE.format(gap=gap)
    assert ("wrong-arithmetic" in rule_set(text, DAY)) is wrong
    c = find(claims(text, DAY), gap)
    assert c.role == "change"
    assert dict(c.extra)["change"]["direction"] == "down"


def test_a_record_beaten_by_a_percentage_is_no_forecast_gap():
    # the figure after the verb is not named as what was forecast: left to the other passes
    text = "Sales of $4.1 billion beat the previous record of $3.8 billion by 8%."
    assert find(claims(text, DAY), "8%").role != "change" or \
        "wrong-arithmetic" not in rule_set(text, DAY)


@pytest.mark.parametrize("total, wrong", [("82.4%", False), ("84.4%", True)])
def test_two_vote_shares_summed_after_them_are_parts_of_that_sum(total, wrong):
    text = (f"The two main parties took 42.4% and 40.0% of the vote on Thursday, together "
            f"{total}, their highest combined share since 1970.")
    got = rule_set(text, date(2017, 6, 10))
    assert "shares-over-100" not in got
    assert bool(got & {"list-sum-mismatch", "parts-exceed-total"}) is wrong


HALVED = ("Tristel's first-half profit more than halved as sales slipped.\n\n"
          "Pre-tax profit for the six months to December was £1 million. "
          "A year earlier it was {earlier}.")


@pytest.mark.parametrize("earlier, wrong", [("£2.4 million", False), ("£1.6 million", True)])
def test_a_multiple_verb_with_no_figure_is_worked_from_the_pair_told_after_it(earlier, wrong):
    assert ("wrong-arithmetic" in rule_set(HALVED.format(earlier=earlier), date(2022, 2, 21))) \
        is wrong


@pytest.mark.parametrize("earlier, wrong", [("1.30 billion yen", False), ("1.90 billion yen", True)])
def test_an_earlier_value_told_in_a_sentence_of_its_own_opening_on_a_year(earlier, wrong):
    text = ("Sapporo Breweries more than tripled its net profit in 2001.\n\n"
            f"Net profit was 4.39 billion yen for the year. In 2000 it had been {earlier}.")
    assert ("wrong-arithmetic" in rule_set(text, date(2002, 2, 14))) is wrong
    assert find(claims(text, date(2002, 2, 14)), earlier).role == "compared"


def test_a_name_that_reads_as_a_multiple_is_no_verb():
    text = ("Triple Gee & Company's revenue more than doubled in the nine months to December 2022.\n\n"
            "It reached N2.19 billion, against N1.02 billion in the same period of 2021.")
    assert "wrong-arithmetic" not in rule_set(text, date(2023, 2, 10))
    wrong = text.replace("N1.02 billion", "N1.32 billion")
    assert "wrong-arithmetic" in rule_set(wrong, date(2023, 2, 10))


def test_a_multiple_of_something_else_is_left_alone():
    # the pair names nothing the multiple's sentence speaks of, and opens on no pronoun
    text = ("Exports doubled over the decade.\n\n"
            "Imports were $40 billion last year, against $35 billion in 2022.")
    assert "wrong-arithmetic" not in rule_set(text, DAY)


@pytest.mark.parametrize("daily, wrong", [("81", False), ("91", True)])
def test_an_average_a_day_written_before_its_total_and_count(daily, wrong):
    text = (f"Small-boat arrivals averaged about {daily} a day last year.\n\n"
            "In all, 29,437 people crossed the Channel in small boats over the 365 days of 2023.")
    assert ("wrong-arithmetic" in rule_set(text, date(2024, 1, 2))) is wrong


@pytest.mark.parametrize("monthly, wrong", [("£12.41", False), ("£14.41", True)])
def test_an_average_a_month_written_before_its_total_and_count(monthly, wrong):
    text = (f"The new cap adds an average of about {monthly} a month to a typical bill.\n\n"
            "Over the 12 months, the increase comes to £149.")
    assert ("wrong-arithmetic" in rule_set(text, date(2024, 8, 23))) is wrong


def test_an_average_with_no_count_of_its_stretch_is_left_alone():
    text = ("Small-boat arrivals averaged about 91 a day last year.\n\n"
            "In all, 29,437 people crossed the Channel in small boats.")
    assert "wrong-arithmetic" not in rule_set(text, date(2024, 1, 2))


def test_a_multiple_in_a_markdown_headline_or_of_another_measure_is_left_alone():
    # the multiple is said of cloud sales; the pair after it is the company's revenue
    text = ("# Microsoft beats forecasts as cloud sales more than double\n\n"
            "Microsoft's revenue for its fiscal first quarter rose to $23.20 billion from $18.53 "
            "billion a year earlier.")
    assert "wrong-arithmetic" not in rule_set(text, date(2014, 10, 23))
    body = ("Cloud sales more than doubled in the quarter.\n\n"
            "Microsoft's revenue was $23.20 billion. A year earlier it was $18.53 billion.")
    assert "wrong-arithmetic" not in rule_set(body, date(2014, 10, 23))


CAP = ("Household energy bills will rise by {pct} from October, the regulator Ofgem said on "
       "Friday.\n\nA typical household will pay about {more} more a year.\n\n"
       "The cap for a typical dual-fuel household goes from £1,568 to £1,717.")


@pytest.mark.parametrize("pct, more, wrong", [("10%", "£149", False), ("15%", "£149", True),
                                              ("10%", "£179", True)])
def test_a_change_in_the_lead_takes_the_levels_a_later_paragraph_gives(pct, more, wrong):
    assert ("wrong-arithmetic" in rule_set(CAP.format(pct=pct, more=more), date(2024, 8, 23))) \
        is wrong


def test_a_change_against_the_pairs_way_or_with_two_pairs_after_it_is_left_alone():
    down = CAP.format(pct="10%", more="£149").replace("from £1,568 to £1,717",
                                                       "from £1,717 to £1,568")
    assert "wrong-arithmetic" not in rule_set(down, date(2024, 8, 23))
    two = CAP.format(pct="15%", more="£149") + " The prepayment cap goes from £1,522 to £1,669."
    assert "wrong-arithmetic" not in rule_set(two, date(2024, 8, 23))


GEE = ("Triple Gee & Company's revenue rose by {rise} to N2.19 billion in the nine months to "
       "December 2022.\n\nPrinting services accounted for {part} of the increase.")


@pytest.mark.parametrize("rise, part, wrong", [("N1.17 billion", "N1.05 billion", False),
                                               ("N1.17 billion", "N1.25 billion", True),
                                               ("N0.97 billion", "N1.05 billion", True)])
def test_an_amount_of_the_increase_is_a_part_of_that_change(rise, part, wrong):
    got = rule_set(GEE.format(rise=rise, part=part), date(2023, 2, 10))
    assert ("parts-exceed-total" in got) is wrong


def test_an_amount_of_the_fall_is_no_part_of_a_rise():
    text = GEE.format(rise="N1.17 billion", part="N1.25 billion").replace("of the increase",
                                                                           "of the fall")
    assert "parts-exceed-total" not in rule_set(text, date(2023, 2, 10))


def test_a_headline_fraction_or_a_pair_beside_another_move_takes_no_later_pair():
    # "up by half" is the headline's; the pair's sentence holds two moves of its unit
    text = ("# Drugs offences up by half in Limavady\n\n"
            "Recorded drugs offences in the district rose from 89 in 2011-12 to 137 in 2012-13, an "
            "increase of 53.9%, police figures show.\n\n"
            "Drug trafficking offences went from 28 to 41 and other drugs offences from 61 to 96.")
    assert "wrong-arithmetic" not in rule_set(text, date(2013, 6, 5))


@pytest.fixture(scope="module")
def engine():
    from factcheck.engine import Engine
    from factcheck.rulebook import load_rulebook
    book = load_rulebook()
    return book, Engine(book)


@pytest.mark.slow
@pytest.mark.parametrize("unit,n", [
    # each new pass in one long sentence and in many short ones: a multiple verb, an earlier
    # value's sentence, a forecast's gap, an average ahead, a change with a later pair, a part
    # of the increase
    ("profit doubled, $5 million, $2 million, beating the forecast of $1 by 5 cents, averaging "
     "5 a day, 10% more, goes from $1 to $2, $1 of the increase, ", 300),
    ("Profit doubled. It was $5 million. A year earlier it was $2 million. Sales averaged 5 a "
     "day. In all, 300 over the 60 days. Bills rise by 10%. The cap goes from $1 to $2. ", 300)])
def test_the_new_passes_stay_linear(unit, n, engine):
    from test_scale import _assert_linear
    _assert_linear(unit, n, engine)
