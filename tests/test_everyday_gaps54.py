"""Everyday copy, the e54 round (issue 11, recall): majorities and margins held exactly to
their two votes (and a headline's majority to the body's pair), balances of two sides
(births and deaths, exports and imports, arrivals and departures, spending and receipts), a
whole said "together" after its parts in other sentences, a headline's change whose subject
the body words otherwise, and the shares of a headline that restate the body's. Our own
sentences with real figures (Commons votes, the EU referendum, Japan's and the UK's
population figures, US trade and budget figures, excess deaths in 2020, rail fares). Each
mechanism is checked on a clean text (no flag) and on the same construction with one planted
error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, rules

_DAY = date(2020, 1, 9)


# -- a margin in digits between two counts in digits is exact: comparisons._set_difference ----

_VOTE = "MPs passed the bill at third reading by 330 votes to 231, a majority of 99."


def test_a_majority_is_held_exactly_to_its_two_votes():
    assert rules(_VOTE, _DAY) == []
    assert "wrong-arithmetic" in rules(_VOTE.replace("of 99", "of 97"), _DAY)
    got = {c.text: c for c in claims(_VOTE, _DAY)}
    assert got["99"].extra_dict()["difference"]["exact"] is True


def test_a_margin_of_rounded_shares_keeps_their_rounding():
    # "52% to 48%" may be 51.9% to 48.1%: a margin of 3.8 points is no error
    text = "Leave won by 52% to 48%, a margin of 3.8 percentage points."
    assert rules(text, _DAY) == []
    assert "wrong-arithmetic" in rules(text.replace("3.8 percentage", "5.8 percentage"), _DAY)


def test_a_headline_majority_restates_the_body_pair():
    text = ("# Commons passes the bill with a majority of 99\n\n"
            "MPs backed the bill by 330 votes to 231, a majority of 99.")
    assert rules(text, _DAY) == []
    assert "wrong-arithmetic" in rules(text.replace("with a majority of 99",
                                                    "with a majority of 109"), _DAY)


# -- balances of two sides: balances.py -------------------------------------------------------

_BIRTHS = ("Japan recorded 686,061 births last year, the health ministry said.\n\n"
           "Deaths reached 1,605,298, so the population fell by 919,237.")


def test_births_less_deaths_is_the_natural_fall():
    day = date(2025, 6, 4)
    assert rules(_BIRTHS, day) == []
    assert "wrong-arithmetic" in rules(_BIRTHS.replace("fell by 919,237", "fell by 819,237"), day)
    assert "wrong-arithmetic" in rules(_BIRTHS.replace("reached 1,605,298", "reached 1,705,298"),
                                       day)


def test_imports_less_exports_is_the_trade_deficit():
    day = date(2019, 8, 2)
    text = ("The US trade deficit rose to $55.2 billion in June from $54.5 billion in May.\n\n"
            "Exports fell to $206.3 billion and imports dropped to $261.5 billion. The deficit "
            "with China was $30.2 billion.")
    assert rules(text, day) == []
    assert "wrong-arithmetic" in rules(text.replace("$206.3 billion", "$216.3 billion"), day)


def test_arrivals_less_departures_is_net_migration():
    day = date(2024, 11, 28)
    text = ("Some 1,207,000 people moved to the UK in the year to June 2024 and 479,000 left. "
            "That put net migration at 728,000.")
    assert rules(text, day) == []
    assert "wrong-arithmetic" in rules(text.replace("479,000 left", "579,000 left"), day)


def test_a_balance_with_two_levels_on_one_side_is_left_open():
    # two counts of births of one year (Japanese nationals', everyone's): which is meant is open
    text = ("Japan recorded 686,061 births to Japanese nationals and 720,988 births in all last "
            "year. Deaths reached 1,605,298, so the population fell by 900,000.")
    got = [c for c in claims(text, date(2025, 6, 4)) if c.text == "900,000"]
    assert got and "difference" not in got[0].extra_dict()


def test_an_amount_of_change_is_no_balance():
    text = ("The deficit narrowed to $64.2 billion. Exports rose to $256.2 billion, while "
            "imports slipped to $320.4 billion. So far this year the deficit is $77.6 "
            "billion, or 27.6%, smaller than a year before.")
    got = {c.text: c for c in claims(text, date(2023, 5, 4))}
    assert "difference" not in got["$77.6 billion"].extra_dict()


# -- a whole said together after its parts: together_sums.py ----------------------------------

_EXCESS = ("# UK excess deaths pass 63,500\n\n"
           "There were 57,961 excess deaths in England and Wales, the ONS said.\n\n"
           "National Records of Scotland counted 4,729 excess deaths in Scotland, and the "
           "Northern Ireland agency put its figure at 906.\n\n"
           "Together that takes the number of excess deaths in the UK to 63,596.")


def test_a_whole_said_together_after_its_parts_is_their_sum():
    day = date(2020, 6, 9)
    assert rules(_EXCESS, day) == []
    assert "wrong-arithmetic" in rules(_EXCESS.replace("to 63,596", "to 65,596"), day)
    assert "wrong-arithmetic" in rules(_EXCESS.replace("counted 4,729", "counted 5,729"), day)
    got = {c.text: c for c in claims(_EXCESS, day)}
    assert got["63,596"].extra_dict()["sum"]["plus"] == (got["4,729"].id, got["906"].id)


def test_together_after_parts_one_without_a_subject_is_left_open():
    text = ("# Excess deaths\n\n"
            "There were 57,961 excess deaths in England and Wales.\n\n"
            "A further 4,729 excess deaths were counted over the same weeks.\n\n"
            "Together that takes the number of excess deaths to 70,000.")
    got = [c for c in claims(text, date(2020, 6, 9)) if c.text == "70,000"]
    assert got and "sum" not in got[0].extra_dict()


# -- a headline's change under another subject: relations._other_subject_change ------------

_FARES = ("# Rail fares rise 4.6%\n\n"
          "Regulated fares in England went up by 4.6% on Sunday.\n\n"
          "In Scotland, ScotRail fares will rise by 3.8% in April.")


def test_a_headline_change_worded_loosely_restates_the_one_body_change():
    day = date(2025, 3, 2)
    assert rules(_FARES, day) == []
    assert "restated-change-mismatch" in rules(_FARES.replace("# Rail fares rise 4.6%",
                                                              "# Rail fares rise 4.9%"), day)


def test_a_headline_change_with_two_body_readings_is_left_open():
    day = date(2025, 3, 2)
    text = _FARES.replace("ScotRail fares will rise by 3.8% in April",
                          "regulated fares went up by 3.8% on Sunday")
    assert "restated-change-mismatch" not in rules(text.replace("# Rail fares rise 4.6%",
                                                                "# Rail fares rise 4.9%"), day)


# -- a headline's shares restating the body's: engine_facts._restated_sets_dropped -----------

def test_headline_shares_restating_the_body_are_not_added_again():
    day = date(2016, 6, 24)
    text = ("# UK votes to leave by 52% to 48%\n\n"
            "Leave won 51.9% of the vote and Remain 48.1%.")
    assert "shares-over-100" not in rules(text, day)
    assert "shares-over-100" in rules(text.replace("Remain 48.1%", "Remain 58.1%"), day)


# -- shares beside two pairs of counts: two_sides._other_counts_beside -----------------------

def test_shares_between_two_pairs_of_vote_counts_are_no_side_of_the_later_pair():
    day = date(2020, 12, 15)
    text = ("Joe Biden won 81,283,501 votes to Donald Trump's 74,223,975.\n\n"
            "That was 51.3% of the vote to Mr Trump's 46.8%.\n\n"
            "In the electoral college Mr Biden won 306 votes to 232.")
    assert rules(text, day) == []
    got = {c.text: c for c in claims(text, day)}
    assert "ratio" not in got["51.3%"].extra_dict()


# -- a majority in votes after a result list: margins.vote_majorities --------------------------

_RESULT = ("In Crompton ward Labour won 1,961 votes, UKIP 320, the Conservatives 302 and the "
           "Liberal Democrats 117. Labour's majority was 1,641.")


def test_a_majority_after_a_result_is_the_gap_of_its_two_largest_counts():
    day = date(2016, 2, 5)
    assert rules(_RESULT, day) == []
    assert "wrong-arithmetic" in rules(_RESULT.replace("was 1,641", "was 1,741"), day)


def test_won_by_between_the_winner_and_the_runner_up_in_its_sentence():
    day = date(2024, 5, 3)
    text = ("Jim Candy, who took 604 votes, won by 190 votes from the Conservative, who took "
            "414.")
    assert rules(text, day) == []
    assert "wrong-arithmetic" in rules(text.replace("won by 190", "won by 290"), day)


def test_a_majority_in_seats_is_over_all_the_others_not_the_runner_up():
    # 365 seats of 650 is a majority of 80 over all the others, not 162 over Labour's 203
    text = ("The Conservatives won 365 seats, Labour 203 and the SNP 48. The Conservative "
            "majority was 80.")
    got = {c.text: c for c in claims(text, date(2019, 12, 13))}
    assert "difference" not in got["80"].extra_dict()


# -- two portions that split a whole between two sides: complete_splits.py ----------------------

_TRIAL = "Of the 95 cases, 90 were in the placebo group and 5 in the group given the vaccine."


def test_two_arms_of_a_trial_add_up_to_the_cases():
    day = date(2020, 11, 16)
    assert rules(_TRIAL, day) == []
    assert "list-sum-mismatch" in rules(_TRIAL.replace("90 were", "80 were"), day)
    assert "parts-exceed-total" in rules(_TRIAL.replace("and 5 in", "and 15 in"), day)


def test_two_portions_of_one_side_are_no_split():
    # two groups of vaccinated people: no split, so no shortfall is flagged
    text = "Of the 95 cases, 11 were severe and 5 were in the group given the vaccine."
    assert "list-sum-mismatch" not in rules(text, date(2020, 11, 16))
