"""Everyday copy, thirty-second round (issue 11): a market's move given as points and a
percentage with the level it closed at, in the orders market reports write it ("rose 322.79
points, or 1.3%, on Wednesday to close at a record", "gained 1.12%, or 77.95 points",
"edged 6.23 points higher, or 0.08%", "closed at 1,355.53 for a gain of 7.97 points, or
0.59%"), and an index named by its number after a possessive ("the Standard & Poor's 500").
Sentences in our own words with real figures; each is checked with an error in it (flagged)
and on the clean text (no flag), so that no test passes whatever the code does."""

from __future__ import annotations

from datetime import date

import pytest

from everyday_support import claims, rules

ARITH = {"wrong-arithmetic"}
DAY = date(2018, 1, 17)

# (clean percentage, wrong percentage, sentence)
MOVES = [
    ("1.3%", "1.8%", "The Dow rose 322.79 points, or {p}, on Wednesday to close at a record "
                     "26,115.65."),
    ("1.48%", "1.84%", "The Dow gave up 154.48 points, or {p}, to finish at 10,309.92."),
    ("1.8%", "2.8%", "The Dow shed 315.51 points, or {p}, to settle at 17,280.83."),
    ("0.08%", "0.8%", "The index edged 6.23 points higher, or {p}, to close at 7,608.08."),
    ("0.75%", "1.8%", "The FTSE 100 ended the day 55.2 points, or {p}, lower at 7,263."),
    ("1.12%", "1.21%", "The FTSE 100 gained {p}, or 77.95 points, on Thursday to end the day "
                       "at 7,015.36."),
    ("0.59%", "0.95%", "The Russell 2000 closed at 1,355.53 for a gain of 7.97 points, or {p}."),
    ("0.04%", "0.4%", "The Dow closed at 24,465.16 on Friday with a loss of 8.96 points, or {p}."),
    ("0.24%", "0.42%", "The S&P 500 closed at 2,955.45, a gain of 6.94 points or {p}, on Friday."),
]


@pytest.mark.parametrize("clean,wrong,text", MOVES)
def test_a_move_in_points_and_percent_to_its_close_that_does_not_add_up_is_flagged(
        clean: str, wrong: str, text: str) -> None:
    assert ARITH & set(rules(text.format(p=wrong), DAY))


@pytest.mark.parametrize("clean,wrong,text", MOVES)
def test_a_move_in_points_and_percent_to_its_close_that_adds_up_passes(
        clean: str, wrong: str, text: str) -> None:
    assert not ARITH & set(rules(text.format(p=clean), DAY))


def test_an_index_named_by_its_number_after_a_possessive_is_no_figure() -> None:
    text = ("The Nasdaq closed down 37.61, or 1.73%, at 2,138.44, and the Standard & Poor's 500 "
            "lost 19.14, or 1.72%, on the day to end at 1,091.49.")
    assert "500" not in [c.text for c in claims(text, DAY)]
    assert not ARITH & set(rules(text, DAY))
    assert ARITH & set(rules(text.replace("1.72%", "2.72%"), DAY))
    # a possessive still owns a count after it
    assert "135,000" in [c.text for c in claims("Johnson & Johnson's 135,000 employees "
                                                   "were told on Monday.", DAY)]


# -- a gap in a table's points whose two figures are not both in its clause ----------------------

TABLE_DAY = date(2025, 2, 13)
GAPS = [
    ("two", "four", "City are {g} points clear of Liverpool, with 44 points to 42."),
    ("seven", "nine", "Liverpool lead the Premier League by {g} points after 24 games.\n\n"
                      "They have 57 points and second-placed Arsenal have 50, with both teams "
                      "on 24 games."),
    ("one point", "two points", "City finished on 93 points. Liverpool were {g} behind on 92."),
    ("one", "two", "Arsenal went top on 68 points after 30 games. City and Liverpool both have "
                   "67 points, {g} behind the leaders."),
]


@pytest.mark.parametrize("clean,wrong,text", GAPS)
def test_a_gap_in_points_across_clauses_that_does_not_add_up_is_flagged(
        clean: str, wrong: str, text: str) -> None:
    assert ARITH & set(rules(text.format(g=wrong), TABLE_DAY))


@pytest.mark.parametrize("clean,wrong,text", GAPS)
def test_a_gap_in_points_across_clauses_that_adds_up_passes(
        clean: str, wrong: str, text: str) -> None:
    assert not ARITH & set(rules(text.format(g=clean), TABLE_DAY))


def test_a_lead_with_three_teams_points_after_it_is_not_read() -> None:
    # which two the lead is between is open: nothing is related
    text = ("Celtic lead the Premiership by nine points. Celtic have 70 points, Rangers 64 "
            "and Hearts 50.")
    assert not ARITH & set(rules(text, TABLE_DAY))


# -- a trade balance and the exports and imports it is the gap of ---------------------------------

TRADE_DAY = date(2022, 6, 7)
TRADE = ("The US trade deficit shrank to $87.1 billion in April, the Commerce Department said.\n\n"
         "Exports of goods and services climbed 3.5% to {x}, and imports fell 3.4% to "
         "$339.7 billion.")


def test_a_trade_balance_that_is_not_the_gap_of_exports_and_imports_is_flagged() -> None:
    assert ARITH & set(rules(TRADE.format(x="$262.6 billion"), TRADE_DAY))


def test_a_trade_balance_that_is_the_gap_of_exports_and_imports_passes() -> None:
    assert not ARITH & set(rules(TRADE.format(x="$252.6 billion"), TRADE_DAY))


def test_a_balance_of_one_part_or_one_partner_is_not_the_gap_of_the_totals() -> None:
    # the goods deficit and a deficit with one partner are no gap of all exports and imports
    text = ("Exports rose $3.0 billion to $187.9 billion while imports fell $4.2 billion to "
            "$228.7 billion. The goods deficit dropped to $60.3 billion and the deficit with "
            "China was $30.1 billion.")
    assert not ARITH & set(rules(text, TRADE_DAY))
    # (the unqualified balance of the same flows is their gap: 40.8, not 50.8)
    assert ARITH & set(rules("The trade deficit was $50.8 billion. " + text.split(". ")[0] + ".",
                             TRADE_DAY))


def test_a_forecast_balance_or_a_change_in_the_balance_is_not_the_gap() -> None:
    text = ("Exports increased 1.3% to a record $175.6 billion, and imports slipped 0.4% to "
            "$219.2 billion. Economists had forecast a deficit of $48 billion.")
    assert not ARITH & set(rules(text, TRADE_DAY))
    text = ("Exports rose $5.3 billion to $256.2 billion, while imports slipped $1.1 billion "
            "to $320.4 billion. The deficit was $77.6 billion, or 27.6%, smaller than a year "
            "earlier.")
    assert not ARITH & set(rules(text, TRADE_DAY))


def test_a_designation_word_before_a_count_of_points_is_no_designation() -> None:
    text = ("Manchester City ended the 2020-21 season {g} points clear of Manchester United, with "
            "86 points to 74.")
    assert "12" in [c.text for c in claims(text.format(g=12), TABLE_DAY)]
    assert not ARITH & set(rules(text.format(g=12), TABLE_DAY))
    assert ARITH & set(rules(text.format(g=14), TABLE_DAY))
    # a season named by its number is still no figure
    assert "14" not in [c.text for c in claims("Season 14 of the show begins on Monday.",
                                               TABLE_DAY)]


def test_a_balance_named_at_its_sentence_start_and_a_level_after_a_year_earlier() -> None:
    # "from a year earlier to $221.5 billion": the year is the base's, the level is July's
    text = ("China's trade surplus rose to $45.06 billion in July from $27.49 billion a year "
            "earlier.\n\nExports grew an unexpected 3.3% from a year earlier to $221.5 billion, "
            "while imports dropped 5.6% to {m}.")
    day = date(2019, 8, 8)
    assert not ARITH & set(rules(text.format(m="$176.4 billion"), day))
    assert ARITH & set(rules(text.format(m="$167.4 billion"), day))


# -- two levels of two times, then the change between them named by its noun --------------------

SMOKE_DAY = date(2011, 9, 7)
SMOKE = ("In 2005, 20.9% of adults smoked; by 2010 the share was 19.3%, a drop of {a} percentage "
         "points. The proportion who smoked 30 or more cigarettes a day was 12.7% in 2005 and "
         "8.3% in 2010, a fall of {b} points.")


def test_a_change_named_after_two_levels_that_does_not_add_up_is_flagged() -> None:
    assert ARITH & set(rules(SMOKE.format(a="2.6", b="4.4"), SMOKE_DAY))
    assert ARITH & set(rules(SMOKE.format(a="1.6", b="3.4"), SMOKE_DAY))


def test_a_change_named_after_two_levels_that_adds_up_passes() -> None:
    # (and neither amount takes a level of the other sentence)
    assert not ARITH & set(rules(SMOKE.format(a="1.6", b="4.4"), SMOKE_DAY))


def test_two_levels_of_one_time_are_no_change() -> None:
    text = ("Shire areas face the biggest increase, £86 on a typical home, while a band D "
            "household in London will pay £1,405 in 2018-19, a rise of £55.")
    assert not ARITH & set(rules(text, date(2018, 3, 28)))
