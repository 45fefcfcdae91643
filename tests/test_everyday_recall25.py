"""Everyday copy, twenty-fifth round (issue 11): recall on constructions everyday copy uses.
Sentences in our own words with the constructions of published price-cap, wage, election and
air-crash copy; each construction is checked with an error in it (flagged) and on the clean
text (no flag), so that no test passes whatever the code does."""

from __future__ import annotations

from datetime import date

from everyday_support import rules

ARITH = {"wrong-arithmetic"}
CONVERSION = {"wrong-conversion"}
PARTS = {"parts-exceed-total", "list-sum-mismatch"}


# -- an amount of change whose earlier value a clause after it names ------------------------------

CAP_DAY = date(2023, 11, 23)
CAP = ("A typical household that pays by direct debit will be charged £1,928 a year for gas "
       "and electricity from January, the regulator said on Thursday.\n\n"
       "The cap rises by {n} from the level set for October to December, when it stood at "
       "£1,834.")


def test_an_amount_from_a_level_named_by_when_it_stood_at_is_checked():
    assert ARITH & set(rules(CAP.format(n="£104"), CAP_DAY))


def test_the_right_amount_from_a_level_named_by_when_it_stood_at_passes():
    assert not ARITH & set(rules(CAP.format(n="£94"), CAP_DAY))


# -- a yearly amount restated by the month after the one it goes to ------------------------------

WAGE_DAY = date(2024, 10, 30)
WAGE = ("The government said the rise would be worth £1,400 a year to a full-time worker on "
        "the rate, or about {n} a month.")


def test_a_year_to_month_restatement_after_its_beneficiary_is_checked():
    assert CONVERSION & set(rules(WAGE.format(n="£137"), WAGE_DAY))


def test_a_right_year_to_month_restatement_after_its_beneficiary_passes():
    assert not CONVERSION & set(rules(WAGE.format(n="£117"), WAGE_DAY))


# -- a size written before its noun is no level of a change ---------------------------------------

SEATS_DAY = date(2021, 5, 3)
SEATS = ("With the nine seats of the Asom Gana Parishad and the six of the United People's "
         "Party Liberal, the alliance has 75 seats in the 126-seat house, {n} more than the 64 "
         "needed for a majority.")


def test_a_gap_is_read_from_the_level_not_the_size_of_the_house():
    assert not ARITH & set(rules(SEATS.format(n="11"), SEATS_DAY))


def test_a_wrong_gap_from_the_level_is_flagged():
    assert ARITH & set(rules(SEATS.format(n="21"), SEATS_DAY))


# -- "Of those" after a count and its breakdown: the whole that can hold the parts ------------------

CRASH_DAY = date(2020, 1, 9)
CRASH = ("The airliner crashed shortly after take-off, killing all 176 people on board: 167 "
         "passengers and nine crew.\n\n"
         "Of those, {n} were Iranian and 63 Canadian, the foreign minister said.")


def test_of_those_takes_no_breakdown_smaller_than_its_first_part():
    assert not PARTS & set(rules(CRASH.format(n="82"), CRASH_DAY))


def test_of_those_parts_beyond_every_whole_are_flagged():
    assert PARTS & set(rules(CRASH.format(n="118"), CRASH_DAY))


# -- a party's seats plus its allies' ------------------------------------------------------------

COALITION_DAY = date(2019, 10, 25)
COALITION = ("The party won 105 seats in the state assembly election, 17 fewer than the 122 it "
             "held in the outgoing house.\n\n"
             "With the 56 seats of its ally, the party will hold {n} of the 288 seats, more than "
             "the 145 needed for a majority.")


def test_a_joint_figure_with_an_allys_seats_is_added_up():
    assert PARTS & set(rules(COALITION.format(n="166"), COALITION_DAY))


def test_a_right_joint_figure_with_an_allys_seats_passes():
    assert not PARTS & set(rules(COALITION.format(n="161"), COALITION_DAY))


TWO_ALLIES = ("The party won 60 seats, the same number as last time.\n\n"
              "With the nine seats of one partner and the {n} of the other, the alliance has 75 "
              "seats in the 126-seat house.")


def test_two_allies_figures_and_the_partys_own_must_make_the_joint_figure():
    assert PARTS & set(rules(TWO_ALLIES.format(n="four"), COALITION_DAY))
    assert PARTS & set(rules(TWO_ALLIES.format(n="eight"), COALITION_DAY))
    assert not PARTS & set(rules(TWO_ALLIES.format(n="six"), COALITION_DAY))


# -- a share of an amount named by "that" ---------------------------------------------------------

BUDGET_DAY = date(2024, 2, 4)
BUDGET = ("The interim budget sets aside about Rs 4.55 trillion for the defence services. Of "
          "that, about 38%, or {n}, is for capital spending.")
FUND = ("Clubs spent £1.25 billion on new players over the year. About 14% of that, {n}, went "
        "on agents' fees.")


def test_a_share_of_that_is_worked_out_from_the_amount_before():
    assert ARITH & set(rules(BUDGET.format(n="Rs 1.92 trillion"), BUDGET_DAY))
    assert ARITH & set(rules(FUND.format(n="about £195m"), BUDGET_DAY))


def test_a_right_share_of_that_passes():
    assert not ARITH & set(rules(BUDGET.format(n="Rs 1.72 trillion"), BUDGET_DAY))
    assert not ARITH & set(rules(FUND.format(n="about £175m"), BUDGET_DAY))


# -- "Of those ... The rest" after a count already broken down --------------------------------------

JET_DAY = date(2024, 12, 26)
JET = ("The airliner was carrying 67 people when it crashed on Wednesday: 62 passengers and five "
       "crew.\n\n"
       "Of those, 38 were killed. The rest, {n}, survived with injuries.")


def test_the_rest_completes_a_second_breakdown_of_the_count():
    assert PARTS & set(rules(JET.format(n="25"), JET_DAY))
    assert PARTS & set(rules(JET.format(n="35"), JET_DAY))


def test_a_second_breakdown_that_adds_up_passes_beside_the_first():
    # (62 + 5 and 38 + 29 each make the 67: two axes, each summed on its own)
    assert not PARTS & set(rules(JET.format(n="29"), JET_DAY))


# -- an ally "of the <Name>" is that name's, and the joint figure is no third holding ----------

OPPOSITION_DAY = date(2025, 3, 23)
OPPOSITION = ("Labor won 46 of the 59 seats in the lower house, the final count showed on "
              "Sunday.\n\n"
              "The Liberals won seven seats. With the six seats of the Nationals, the two "
              "opposition parties will hold {n} seats between them.")
FLAGS = {"conflicting-figures", "restated-figure-mismatch", "parts-exceed-total",
         "list-sum-mismatch"}


def test_an_allys_seats_are_not_the_partys_restated():
    assert not FLAGS & set(rules(OPPOSITION.format(n="13"), OPPOSITION_DAY))


def test_a_wrong_joint_figure_of_two_parties_is_flagged():
    assert PARTS & set(rules(OPPOSITION.format(n="15"), OPPOSITION_DAY))


def test_they_after_two_parties_counts_is_the_one_that_makes_the_joint_figure():
    # "they" may be either party before: 66 + 16 makes 82, so no flag; with 86 neither
    # reading agrees, but which party "they" is stays open, so nothing is contradicted
    text = ("The Socialist Party won 66 of the 140 seats in parliament. The Democratic Party "
            "took 49 seats.\n\nWith the 16 seats of their ally, they will hold {n} seats.")
    assert not PARTS & set(rules(text.format(n="82"), COALITION_DAY))
    assert not PARTS & set(rules(text.format(n="86"), COALITION_DAY))
