"""Everyday copy, recall round e19 (issue 11): figures of several things counted, not named
("the three main parties hold 616 seats between them", "together the three regions moved 94.3
million tonnes", "the toll of the two fires"), held to the sum of the things' figures said
before. Our own sentences; each construction is checked clean (no flag) and with an error
(flagged by the rule named), and where the parts are not one reading, left alone."""

from __future__ import annotations

from datetime import date

from everyday_support import flags

DAY = date(2019, 12, 14)


def rules(text: str, day: date = DAY) -> list[str]:
    return [f["rule"] for f in flags(text, day)]


COUNCIL = ("The Greens won 31 seats on the council, Labour took 24 and the Liberal Democrats "
           "won 9.\n\nThe three parties hold {n} seats between them.")


def test_a_figure_of_n_counted_things_is_the_sum_of_their_figures():
    assert rules(COUNCIL.format(n="64")) == []
    got = flags(COUNCIL.format(n="68"), DAY)
    assert [f["rule"] for f in got] == ["wrong-arithmetic"]
    assert "31, 24 and 9 together are 64" in got[0]["message"]
    assert got[0]["suggestion"] == "64"


LARGEST = ("Fidesz won 133 seats. Jobbik took 26, the Socialists 20 and the Greens 8.\n\n"
           "The two largest parties have {n} seats between them.")


def test_the_largest_n_are_picked_when_the_count_says_so():
    assert rules(LARGEST.format(n="159")) == []
    assert rules(LARGEST.format(n="169")) == ["wrong-arithmetic"]


def test_more_counted_figures_than_the_count_with_no_one_reading_are_left_alone():
    # four parties named and "the three parties": which three is not known
    text = ("The Greens won 31 seats, Labour took 24, the Liberal Democrats 9 and the SNP 4."
            "\n\nThe three parties hold 70 seats between them.")
    assert rules(text) == []


CARGO = ("Ports in the north handled 12.4 million tonnes, those in the east 8.1 million and "
         "those in the south 5.2 million; together the three regions moved {n} million tonnes.")


def test_a_list_in_the_clause_before_a_counted_total_is_its_parts():
    assert rules(CARGO.format(n="25.7")) == []
    assert rules(CARGO.format(n="27.7")) == ["wrong-arithmetic"]


FIRES = ("The Dixie fire killed 12 people and the Caldor fire killed four, bringing the toll of "
         "the two fires to {n}.")


def test_a_toll_of_counted_things_adds_their_figures_of_the_nearest_measure():
    assert rules(FIRES.format(n="16")) == []
    assert rules(FIRES.format(n="18")) == ["wrong-arithmetic"]


def test_a_hedged_counted_total_allows_the_rounding_its_words_give():
    text = ("Alpha sold 12,400 cars and Beta 8,100.\n\n"
            "Together the two brands sold about 20,000 cars.")
    assert rules(text) == []


def test_a_count_with_no_joint_words_sums_nothing():
    text = ("The Greens won 31 seats, Labour took 24 and the Liberal Democrats won 9.\n\n"
            "Each of the three parties lost 2 seats.")
    assert rules(text) == []


CONTAINED = ("The Ridge fire has burned 9,000 acres and was 15% contained on Tuesday. The Cedar "
             "fire has burned 2,100 acres; at {n}%, its containment is three times the Ridge "
             "fire's.")


def test_a_multiple_of_a_figure_named_by_its_owner_alone_is_checked():
    assert rules(CONTAINED.format(n="45")) == []
    got = flags(CONTAINED.format(n="60"), DAY)
    assert [f["rule"] for f in got] == ["wrong-arithmetic"]
    assert "15%" in got[0]["message"] and "45%" in got[0]["message"]


def test_that_of_an_owner_is_read_as_its_possessive():
    text = ("The Greens polled 6% in the first round. The Liberals took {n}%, twice that of "
            "the Greens.")
    assert rules(text.format(n="12")) == []
    assert rules(text.format(n="15")) == ["wrong-arithmetic"]


def test_an_owner_with_two_figures_in_the_unit_is_no_one_reading():
    text = ("The Ridge fire was 15% contained on Monday and 25% on Tuesday. The Cedar fire's "
            "containment, at 60%, is three times the Ridge fire's.")
    assert rules(text) == []


EARNINGS = ("Net profit rose to $212 million, or 84 cents a share, from $180 million, or 71 "
            "cents a share, a year earlier: {n} cents a share more.")


def test_a_gap_after_a_colon_separates_the_pair_of_its_measure_before_it():
    assert rules(EARNINGS.format(n="13")) == []
    got = flags(EARNINGS.format(n="18"), DAY)
    assert [f["rule"] for f in got] == ["wrong-arithmetic"]
    assert "13 cents" in got[0]["message"]


def test_a_gap_with_more_than_one_pair_before_it_is_left_unread():
    text = ("Fares rose to $3.10 on weekdays, $2.90 on Saturdays and $2.50 on Sundays: 40 "
            "cents more.")
    assert rules(text) == []


def test_more_than_a_noun_is_set_against_the_figure_that_counts_it_not_another_of_its_sentence():
    # "two more than a majority": the 326 needed for a majority, never the 650 seats of the
    # sentence that names it
    text = ("The Conservatives won 318 seats, eight short of the 326 needed for a majority in "
            "the 650-seat Commons.\n\nWith the 10 seats of the Democratic Unionist Party, the "
            "government can count on 328 votes, two more than a majority.")
    assert rules(text, date(2017, 6, 10)) == []


def test_the_dup_is_a_party_of_its_own_in_a_list_of_seats():
    text = ("The Scottish National Party won 35 seats, the Liberal Democrats 12 and the "
            "Democratic Unionist Party 10.\n\nWith the 10 seats of the DUP, Mrs May can govern.")
    assert rules(text, date(2017, 6, 10)) == []


OUTBREAK = ("Officials confirmed 30 cases. Nine of the 30 patients, most of them elderly residents "
            "of one care home, have been admitted to hospital, about {n}% of those infected.")


def test_a_share_of_those_just_counted_may_stand_further_from_its_pair():
    assert rules(OUTBREAK.format(n="30")) == []
    assert rules(OUTBREAK.format(n="40")) == ["wrong-arithmetic"]


def test_a_far_share_that_names_another_whole_is_not_the_pairs():
    text = ("Nine of the 30 patients, most of them elderly residents of one care home, have "
            "been admitted to hospital, where about 40% of beds are now occupied.")
    assert rules(text) == []


def test_a_lead_over_a_rival_named_before_its_figure_sets_no_other_pair_against_it():
    # "lead Chelsea by 10 points": Chelsea's figure comes in the next sentence; the matches
    # played and the points a game are no pair the lead is the gap between
    text = ("City have 53 points from their 21 matches, an average of 2.52 a game, and lead "
            "Chelsea by 10 points.\n\nChelsea are second on 43 points.")
    assert rules(text, date(2018, 1, 1)) == []


def test_from_their_last_games_is_what_an_amount_comes_from_not_its_earlier_value():
    text = "To reach 96 points City need 43 more from their last 17 games."
    assert rules(text, date(2018, 1, 1)) == []
    text = "Sales need to rise by 40,000 cars from their last 120,000 to reach the target."
    assert rules(text, date(2018, 1, 1)) == []


LEFT = ("Floods damaged 3,140 homes in the county, and 2,260 of them were in the valley.\n\n"
        "That left {n} damaged homes elsewhere in the county.")


def test_that_left_after_a_whole_and_its_part_is_the_rest():
    assert rules(LEFT.format(n="880")) == []
    got = flags(LEFT.format(n="980"), DAY)
    assert [f["rule"] for f in got] == ["wrong-arithmetic"]
    assert "880" in got[0]["message"]


def test_that_left_after_two_parts_is_left_unread():
    text = ("Floods damaged 3,140 homes, and 2,260 of them were in the valley and 500 of them "
            "in the town. That left 500 homes elsewhere.")
    assert "wrong-arithmetic" not in rules(text)
