"""Issue #11, everyday106: party lists with bare counts, the rest of a whole after its parts,
and margins in votes between two named sides whose counts stand apart. Real results in our own
sentences: Scottish council elections of 2017 (COSLA's table) and English council
by-elections of 2021 and 2023 (ALDC's result pages)."""

from __future__ import annotations

from datetime import date

from everyday_support import RESTATED, claims, find, only_wrong_flagged

DAY = date(2017, 5, 6)
PARTS = frozenset({"parts-exceed-total", "list-sum-mismatch"})
ARITH = frozenset({"wrong-arithmetic"})


def test_names_before_bare_counts_after_a_verb_of_being_are_no_designations():
    cs = claims("Seats were SNP 13, Labour 12, Conservatives 7 and independents 1.", DAY)
    assert [c.text for c in cs] == ["13", "12", "7", "1"]


def test_a_list_of_names_and_counts_adds_up_to_its_whole():
    only_wrong_flagged("West Lothian Council has 33 seats. Seats were SNP 13, Labour {}, "
                       "Conservatives 7 and independent 1.", "14", "12", DAY, PARTS)


def test_each_count_takes_the_name_after_it():
    cs = claims("Of the 30 seats on Falkirk Council, 12 are SNP, 9 Labour, 7 Conservative "
                "and the remaining 2 independent.", DAY)
    assert find(cs, "12").subject == "scottish_national_party"
    assert find(cs, "9").subject == "labour"
    assert find(cs, "7").subject == "conservatives"


def test_a_count_restated_of_its_holder():
    only_wrong_flagged("Of the 30 seats on Falkirk Council, 12 are SNP, 9 Labour, 7 "
                       "Conservative and the remaining 2 independent. The SNP's {} councillors "
                       "will lead a minority administration.", "9", "12", DAY,
                       frozenset(RESTATED))


def test_the_remaining_count_is_the_whole_less_the_other_parts():
    only_wrong_flagged("Of the 29 seats on Dundee City Council, 14 are SNP, 9 Labour, 3 "
                       "Conservative and the remaining {} went to smaller groups.", "5", "3",
                       DAY, ARITH)


def test_the_remaining_count_with_the_whole_a_paragraph_up():
    only_wrong_flagged("Inverclyde Council's 22 seats were all declared on Friday.\n\n"
                       "Labour won 8 seats, the SNP 7 and independents 4. The remaining {} "
                       "went to the Conservatives and the Liberal Democrats.", "4", "3", DAY,
                       ARITH)


def test_more_parts_ending_on_the_rest_complete_the_breakdown_before():
    only_wrong_flagged("Of Dundee City Council's 29 seats, the SNP won 14 and Labour 9. The "
                       "Conservatives took 3 and the remaining {} went to smaller groups.",
                       "5", "3", DAY, ARITH | PARTS)


def test_a_named_list_with_no_noun_takes_the_whole_of_the_sentence_before():
    only_wrong_flagged("Falkirk Council has 30 members. The final tally was SNP 12, Labour 9, "
                       "Conservatives {} and independents 2.", "9", "7", DAY, PARTS)


def test_a_margin_naming_its_rival_takes_each_sides_count():
    only_wrong_flagged("The Conservatives won the Polesworth East seat with 477 votes. Labour "
                       "came second with 396 and the Greens third with 120.\n\n"
                       "The Conservatives beat Labour by {} votes.", "91", "81",
                       date(2021, 5, 8), ARITH)


def test_a_majority_over_a_named_rival_is_not_the_gap_to_the_last():
    text = ("Labour took Moor View with 1,415 votes, against 877 for the Conservatives and "
            "184 for an independent.\n\nLabour's majority of {} over the Conservatives was "
            "its largest in the ward.")
    only_wrong_flagged(text, "1,231", "538", date(2023, 1, 13), ARITH)


def test_a_margin_over_them_takes_the_one_other_side_named():
    only_wrong_flagged("Labour held the seat with 1,415 votes. The Conservatives had 877 and "
                       "an independent 184.\n\nThe Conservatives closed in on Labour, but "
                       "Labour still beat them by {} votes.", "548", "538", date(2023, 1, 13),
                       ARITH)


# shares of a total stated apart from their counts: Public Health Scotland's weekly A&E
# figures (weeks ending 6 August and 8 October 2023) and Vietnam's arrivals of 2016's first
# quarter, in our own sentences

def test_a_count_that_waited_longer_is_no_gap_and_its_share_follows():
    only_wrong_flagged("Of the 25,123 attendances that week, 8,426 waited longer than four "
                       "hours. That means {} waited longer than the target allows.", "35.5%",
                       "33.5%", date(2023, 8, 15), ARITH)


def test_a_share_named_by_its_label_takes_that_count():
    text = ("Of the 25,473 attendances in the week to 8 October, 8,508 waited more than four "
            "hours, 2,619 more than eight hours and 988 more than 12 hours.\n\n"
            "The share waiting longer than eight hours was {}, and 3.9% waited more than 12 "
            "hours.")
    only_wrong_flagged(text, "11.3%", "10.3%", date(2023, 10, 17), ARITH)


def test_the_two_together_is_the_sum_of_their_shares_said_apart():
    text = ("Vietnam received an estimated 2.46 million foreign visitors in the quarter. "
            "Arrivals from Asia stood at about 1.685 million, 68.5% of the total. Europe sent "
            "an estimated 447,300 visitors, or 18.2%. The two regions together accounted for "
            "{} of all arrivals.")
    only_wrong_flagged(text, "88.7%", "86.7%", date(2016, 3, 28), ARITH)
