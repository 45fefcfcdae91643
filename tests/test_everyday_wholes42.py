"""Everyday copy (issue 11, everyday42): wholes named by what their members did ("Of those who
voted"), a side's share of a two-sided vote (out of the two sides' sum), "most" / "fewer than
half" of a written whole, and a change set against another by its size from the sentence after
it ("That was a steeper drop than the 0.5% decline"). Our own sentences with the constructions
of referendum, poll, disaster and retail-sales copy; a clean and a wrong version of each."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, flags, rule_names

DAY = date(2024, 10, 8)


# --- a whole named by a verb clause ----------------------------------------------------------

_VOTED = ("Only 2,104,560 of the 9,812,340 people on the rolls cast a ballot in the "
          "referendum.\n\nOf those who voted, 1,893,210, or {p}%, backed the change.")


def test_those_who_voted_is_the_count_that_voted_not_the_rolls():
    # 1,893,210 / 2,104,560 = 89.96%; out of the rolls it would be 19.29%
    assert flags(_VOTED.format(p="89.96"), DAY) == []
    assert "wrong-arithmetic" in rule_names(flags(_VOTED.format(p="86.96"), DAY))
    cs = claims(_VOTED.format(p="89.96"), DAY)
    part = find(cs, "1,893,210")
    assert part.role == "portion" and part.group == find(cs, "Only 2,104,560").id


def test_a_share_of_respondents_is_of_the_count_that_responded():
    text = ("Of 1,240 members sent the questionnaire, 868, or 70%, responded.\n\n"
            "Asked about the offer, 612, or {p}% of respondents, said they would accept it.")
    # 612 / 868 = 70.5%
    assert flags(text.format(p="70.5"), DAY) == []
    assert "wrong-arithmetic" in rule_names(flags(text.format(p="60.5"), DAY))


# --- a side's share of a two-sided vote ------------------------------------------------------

_SIDES = "Voters rejected the plan by {a} votes to 1,377, or 54.6% to 45.4%."


def test_two_sides_shares_are_of_their_sum():
    # 1,658 / (1,658 + 1,377) = 54.63%
    assert flags(_SIDES.format(a="1,658"), DAY) == []
    got = flags(_SIDES.format(a="1,758"), DAY)
    assert "wrong-arithmetic" in rule_names(got)
    assert any("two sides'" in f["message"] for f in got)


def test_a_share_of_all_ballots_is_a_reading_too():
    # 52.4% is 1,604 out of the 3,061 ballots cast, not of the two sides' 3,035: no flag
    text = ("Voters approved the plan, with 52.4% in favour. The Yes side won {a} votes and "
            "the No side 1,431.\n\nTurnout was 61%: 3,061 ballots were cast.")
    assert flags(text.format(a="1,604"), DAY) == []
    # 1,504 is 49.1% of the ballots and 51.2% of the two sides': every reading disagrees
    assert "wrong-arithmetic" in rule_names(flags(text.format(a="1,504"), DAY))


def test_counts_of_seats_are_no_sides_of_a_vote():
    text = "The party won 66 seats and its rival 54, with 41.1% of the vote."
    assert flags(text, DAY) == []


# --- most, a majority, fewer than half --------------------------------------------------------

def test_most_of_them_is_more_than_half():
    text = ("More than 40,000 people were told to leave their homes, most of them, {n}, in "
            "the river valley.")
    assert flags(text.format(n="26,000"), DAY) == []
    got = flags(text.format(n="16,000"), DAY)
    assert "wrong-arithmetic" in rule_names(got)
    assert any("more than half of" in f["message"] for f in got)


def test_fewer_than_half_of_the_whole_is_less_than_half():
    text = ("Fewer than half of the {w} registered voters took part, 1,420 of them, and 11 "
            "ballots were blank.")
    assert flags(text.format(w="3,118"), DAY) == []
    assert "wrong-arithmetic" in rule_names(flags(text.format(w="2,618"), DAY))


def test_more_than_half_of_them_is_no_multiple_of_the_figure_after():
    text = ("The storm has been linked to 35 deaths in three states, and more than half of "
            "them, 20, were in cars.")
    assert flags(text, DAY) == []


def test_the_most_is_a_superlative_and_a_ranking_makes_most_the_largest_group():
    text = ("The United States earned the most, $67 billion, ahead of Spain.\n\n"
            "The outbreak has reached 327 cases. Children aged 5 to 17 account for most of "
            "them, 140, followed by children aged 4 and under with 105.")
    assert flags(text, DAY) == []


# --- a change compared by its size from the next sentence ------------------------------------

_PACE = ("Retail sales fell 2.1% in March, the statistics office said.\n\n"
         "That was a much steeper drop than the {p}% decline economists had forecast.")


def test_a_steeper_drop_than_the_figure_a_sentence_on():
    assert flags(_PACE.format(p="0.6"), DAY) == []
    got = flags(_PACE.format(p="3.6"), DAY)
    assert "wrong-arithmetic" in rule_names(got)
    cs = claims(_PACE.format(p="0.6"), DAY)
    assert find(cs, "0.6%").role in ("compared", "expected")


def test_a_smaller_fall_is_held_to_any_change_of_the_sentences_before():
    text = ("Output shrank 0.2% on the quarter, an annualised 0.8%.\n\n"
            "That was a {w} fall than the 0.5% annualised decline forecast.")
    # the annualised 0.8% is steeper than 0.5%, the quarterly 0.2% smaller: either reading
    assert flags(text.format(w="steeper"), DAY) == []
    assert flags(text.format(w="smaller"), DAY) == []
    wrong = text.format(w="steeper").replace("0.5% annualised", "1.5% annualised")
    assert "wrong-arithmetic" in rule_names(flags(wrong, DAY))
