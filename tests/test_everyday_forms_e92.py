"""Everyday copy, everyday92 (issue 11): forms of copy not read before. A rate's moves checked
along its chain across sentences, "all but N of M" against a later count of the rest, and a
passengers-and-crew list against the count of people on board two sentences up. Our own
sentences with real figures; each mechanism is checked on a clean text (no flag), on the same
text with an error (flagged), and on a near case it must leave alone."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, rules

ARITH = {"wrong-arithmetic"}
SUMS = {"list-sum-mismatch", "parts-exceed-total"}

_DEC15 = date(2023, 12, 15)


# -- a rate's chain of moves: "a further rise of 100 basis points to 13%" from the level before --

def _russia(september: str, cue: str = "followed with a further rise of") -> str:
    return ("Russia's central bank raised its key rate by 100 basis points to 16% on Friday.\n\n"
            "In July it had lifted the rate by 100 basis points to 8.5%. In August it made an "
            f"emergency rise of 350 basis points to 12%. In September it {cue} 100 basis "
            f"points to {september}.")


def test_a_further_move_in_points_starts_from_the_level_the_move_before_reached():
    assert not set(rules(_russia("13%"), _DEC15)) & ARITH
    assert set(rules(_russia("14%"), _DEC15)) & ARITH


def test_a_move_with_no_word_of_sequence_may_follow_a_move_the_story_skips():
    # (between August's 12% and this move the story might have left one out: no verdict)
    assert not set(rules(_russia("14%", cue="raised it by"), _DEC15)) & ARITH


def test_the_level_said_to_be_the_previous_move_is_the_start_of_the_next():
    text = ("Pakistan's central bank raised its key policy rate by 100 basis points to 17% on "
            "Monday.\n\nAt its previous meeting in November the bank surprised markets with a "
            "100-basis-point rise to {}.")
    day = date(2023, 1, 23)
    assert not set(rules(text.format("16%"), day)) & ARITH
    assert set(rules(text.format("15%"), day)) & ARITH


def test_a_policy_rate_written_plainly_is_the_level_set_not_a_rounded_one():
    text = "The central bank raised its policy rate by 100 basis points to 17% from {}."
    day = date(2023, 1, 23)
    assert not set(rules(text.format("16%"), day)) & ARITH
    assert set(rules(text.format("15%"), day)) & ARITH
    # (a level said to be about so much is still read as rounded)
    half = "The central bank raised its policy rate by 150 basis points to 17% from {}."
    assert not set(rules(half.format("about 16%"), day)) & ARITH
    assert set(rules(half.format("16%"), day)) & ARITH


# -- "all but N of M" and a later count of the rest ------------------------------------------------

def _comair(rest: str) -> str:
    return ("All but one of the 50 people on board Comair flight 5191 were killed when it "
            "crashed on take-off from Lexington on Sunday.\n\nThe jet had tried to take off "
            f"from a runway too short for it. Officials said the {rest} dead included two of "
            "the three crew.")


def test_the_rest_of_all_but_one_is_held_to_the_whole():
    day = date(2006, 8, 28)
    assert not set(rules(_comair("49"), day)) & SUMS
    assert set(rules(_comair("47"), day)) & SUMS


def test_the_one_left_out_is_read_as_a_count():
    cs = claims(_comair("49"), date(2006, 8, 28))
    assert [c.value for c in cs if c.text == "one"] == [1.0]


def test_a_later_count_of_another_group_is_not_the_rest():
    text = ("All but two of the 181 people on board died when the jet overran the runway at "
            "Muan. Two people on the ground were also hurt, and 12 firefighters were treated.")
    assert not set(rules(text, date(2024, 12, 30))) & SUMS


def test_all_but_with_no_outcome_named_sets_no_parts():
    text = ("All but one of the 27 member states backed the plan on Monday. The 24 that "
            "signed it first were named on Tuesday.")
    assert not set(rules(text, date(2024, 6, 3))) & SUMS


# -- passengers and crew against the count on board two sentences up --------------------------------

def _voepass(crew: str) -> str:
    return ("A passenger plane carrying 61 people crashed in Vinhedo, near Sao Paulo, on "
            "Friday. No one on the ground was hurt. The airline said the ATR-72 had 57 "
            f"passengers and {crew} crew on board.")


def test_passengers_and_crew_add_up_to_the_people_on_board_said_before():
    day = date(2024, 8, 10)
    assert not set(rules(_voepass("four"), day)) & SUMS
    assert set(rules(_voepass("six"), day)) & SUMS
    # (fewer than the whole is wrong too: the two sides leave no one out)
    assert set(rules(_voepass("two"), day)) & SUMS


def test_a_list_of_survivors_is_not_the_people_on_board():
    text = ("An Aeroflot Superjet carrying 78 people caught fire after an emergency landing in "
            "Moscow. Among the survivors were 33 passengers and four crew.")
    assert not set(rules(text, date(2019, 5, 6))) & SUMS


# -- a thing's age now against the date it opened, given earlier in the story ------------------------

def _bridge(age: str, who: str = "The steel arch") -> str:
    return ("The Sydney Harbour Bridge was opened to traffic on 19 March 1932, at the depth of "
            f"the Depression.\n\n{who} is now {age} years old and still carries about 160,000 "
            "vehicles a day.")


def test_a_things_age_now_is_held_to_its_opening_date_and_the_publication_date():
    day = date(2025, 3, 19)
    assert not set(rules(_bridge("93"), day)) & ARITH
    assert set(rules(_bridge("90"), day)) & ARITH
    # (a day before the anniversary it is still 92)
    assert not set(rules(_bridge("92"), date(2025, 3, 18))) & ARITH


def test_a_persons_age_beside_the_opening_is_not_the_things():
    text = _bridge("97", who="Pearl, who crossed it on the day it opened as a girl of four,")
    assert not set(rules(text, date(2025, 3, 19))) & ARITH


def test_two_opening_dates_leave_the_age_unread():
    text = ("The bridge was opened in 1932 and the tunnel beside it was opened in 1992. It is "
            "now 80 years old.")
    assert not set(rules(text, date(2025, 3, 19))) & ARITH


# -- a move in points "since" a dated level the sentence opens on ------------------------------------

def _since(amount: str) -> str:
    return ("Pakistan's central bank raised its key policy rate by 100 basis points to 21% on "
            "Tuesday.\n\nSince September 2021, when the rate stood at 7%, the bank has raised "
            f"it by {amount} basis points in all.")


def test_a_move_in_points_since_a_dated_level_runs_to_the_latest_level():
    day = date(2023, 4, 4)
    assert not set(rules(_since("1,400"), day)) & ARITH
    assert set(rules(_since("1,300"), day)) & ARITH
