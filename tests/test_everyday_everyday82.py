"""Everyday copy, everyday82's round (issue 11: ranks): a superlative over a class the story
names ("the largest of the three blazes", "the busiest of the capital's airports") set against
the other members' figures in the sentences after it; a holder overtaken "for the top spot"
whose figure comes in a later sentence; a leader kept "and stayed the busiest airport" at the
end of a long sentence. Our own sentences with real figures; each form on a clean text (no
flag), with an error (flagged), and the readings it must leave alone."""

from __future__ import annotations

from datetime import date

from everyday_support import rules

_FIRES = ("# Fires\n\nThe Camp Fire, the largest of the three blazes burning in California, had "
          "scorched 109,000 acres by Sunday and was 25% contained.\n\nIn the south, the Woolsey "
          "Fire had grown to 83,275 acres. The Hill Fire covered 4,531 acres.\n")
_FIRES_PUB = date(2018, 11, 11)


def test_a_member_larger_than_the_largest_of_the_class():
    assert "wrong-rank" not in rules(_FIRES, _FIRES_PUB)
    assert "wrong-rank" in rules(_FIRES.replace("83,275 acres", "123,275 acres"), _FIRES_PUB)


def test_more_members_than_the_class_size_leaves_are_not_read():
    # "the largest of the two blazes" with two others after it: which two are meant is unknown
    text = _FIRES.replace("three blazes", "two blazes").replace("83,275", "123,275")
    assert "wrong-rank" not in rules(text, _FIRES_PUB)


def test_a_sentence_naming_a_whole_holds_no_member():
    text = _FIRES.replace("The Hill Fire covered 4,531 acres.",
                          "Fires across the state have burned 212,000 acres in total.")
    assert "wrong-rank" not in rules(text, _FIRES_PUB)


def test_a_figure_after_a_comparison_is_no_top_of_the_class():
    # the figure right after "ahead of" is another member's, not the top's
    text = ("# Pension\n\nThe rise follows earnings growth, the highest of the three measures "
            "in the triple lock, ahead of the inflation rate of 1.7%.\n\nThe floor was 2.5%.\n")
    assert "wrong-rank" not in rules(text, date(2024, 11, 1))


_LONDON = ("# London airports\n\nHeathrow, the busiest of the capital's airports, handled 79.2 "
           "million passengers in 2023.\n\nGatwick handled 40.9 million passengers last year "
           "and Stansted 27.9 million.\n")


def test_the_busiest_of_the_airports_without_a_count():
    assert "wrong-rank" not in rules(_LONDON, date(2024, 2, 20))
    assert "wrong-rank" in rules(_LONDON.replace("Stansted 27.9", "Stansted 87.9"),
                                 date(2024, 2, 20))


_PHONES = ("# Phones\n\nApple shipped 234.6 million smartphones in 2023, overtaking Samsung for "
           "the top spot for the first time, IDC said.\n\nSamsung shipped 226.6 million "
           "smartphones in the year, down 13.6%.\n")


def test_the_holder_overtaken_in_a_later_sentence():
    assert "wrong-rank" not in rules(_PHONES, date(2024, 1, 16))
    assert "wrong-rank" in rules(_PHONES.replace("226.6 million", "241.6 million"),
                                 date(2024, 1, 16))


def test_an_overtaken_holder_of_another_unit_is_not_compared():
    text = _PHONES.replace("Samsung shipped 226.6 million smartphones",
                           "Samsung's revenue was $198 billion")
    assert "wrong-rank" not in rules(text, date(2024, 1, 16))


_ATL = ("# Airports\n\nAtlanta handled 110.5 million passengers in 2019, according to "
        "preliminary figures from Airports Council International, and stayed the busiest "
        "airport in the world.\n\nBeijing Capital ranked second with 100 million passengers "
        "and Los Angeles third with 88.1 million.\n")


def test_a_leader_kept_at_the_end_of_a_long_sentence():
    assert "wrong-rank" not in rules(_ATL, date(2020, 3, 18))
    assert "wrong-rank" in rules(_ATL.replace("second with 100 million", "second with 114 million"),
                                 date(2020, 3, 18))


def test_a_sentence_naming_the_class_itself_holds_no_member():
    # "UK airports handled 272.8 million": the class as a whole (or a wider set), no member
    text = _LONDON.replace("Gatwick handled 40.9 million passengers last year and Stansted 27.9 "
                           "million.", "UK airports handled 272.8 million passengers last year.")
    assert "wrong-rank" not in rules(text, date(2024, 2, 20))
