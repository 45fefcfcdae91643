"""everyday66 (issue #11): ranks and leaders across sentences. A leader named by a verb
("led the box office", "won the league", "topped the ranking") or by a superlative after its
figure ("..., remaining the busiest airport"), a place given by an ordinal superlative ("the
world's second-busiest airport", "the second-largest increase", "the runner-up"), the largest
rise of a paragraph ("grew fastest") against its peers in other sentences; and what must stay
unflagged: a record superlative beside a place ("their worst result"), places of one ranking
read as parts of the figure before, places of another measure, a whole's rise beside the
fastest. Sentences are our own, with real figures."""

from __future__ import annotations

from datetime import date

from everyday_support import rules

DAY = date(2024, 1, 10)


def _rank(text: str) -> bool:
    return "wrong-rank" in rules(text, DAY)


# -- leaders by verbs, in the paragraph before the places --

BOX = ("Oppenheimer led the North American box office for a second weekend, taking an estimated "
       "$46.2 million and lifting its total to $174.1 million.\n\n"
       "The Haunted Mansion opened in second place with {second}.\n")


def test_verb_leader_heads_places_in_the_next_paragraph():
    assert _rank(BOX.format(second="$54.2 million"))
    assert not _rank(BOX.format(second="$24.2 million"))


LEAGUE = ("Arsenal won the Premier League in 2004 without losing a game, finishing on 90 "
          "points.\n\nChelsea were second with {second} points and Manchester United third on "
          "75.\n")


def test_won_the_league_makes_the_first_place():
    assert _rank(LEAGUE.format(second="97"))
    assert not _rank(LEAGUE.format(second="79"))


def test_a_third_place_two_paragraphs_on_is_below_the_winner():
    text = ("Manchester City won the Premier League, finishing on 91 points.\n\n"
            "They won 28 of their 38 games.\n\nLiverpool were third on {third} points.\n")
    assert _rank(text.format(third="92"))
    assert not _rank(text.format(third="82"))


# -- a leader's superlative after its figure --

AIRPORTS = ("Atlanta handled 104.7 million passengers in 2023, 11.7% more than a year before, "
            "remaining the busiest airport in the world.\n\n"
            "Dubai rose to second with {second}.\n")


def test_superlative_after_the_leaders_figure():
    assert _rank(AIRPORTS.format(second="106.9 million"))
    assert not _rank(AIRPORTS.format(second="86.9 million"))


# -- places given by ordinal superlatives and "runner-up" --

def test_second_busiest_in_apposition_before_the_figure():
    text = ("Hartsfield-Jackson, the busiest airport, handled 104.7 million passengers.\n\n"
            "Dubai International, the world's second-busiest airport, saw {second}.\n")
    assert _rank(text.format(second="116.9 million"))
    assert not _rank(text.format(second="86.9 million"))


def test_second_largest_after_the_figure():
    text = ("Texas added the most residents, 473,453. Florida gained {second}, the "
            "second-largest increase, and North Carolina 139,526.\n")
    assert _rank(text.format(second="565,205"))
    assert not _rank(text.format(second="365,205"))


def test_runner_up():
    text = ("The F-Series was again the best-selling vehicle in America, with 750,789 sold.\n\n"
            "The Silverado was the runner-up with {second} of them.\n")
    assert _rank(text.format(second="855,148"))
    assert not _rank(text.format(second="555,148"))


# -- the largest rise of a paragraph --

REGIONS = ("Arrivals worldwide rose 4% in 2019.\n\nThe Middle East grew fastest, with arrivals "
           "up {top}. Arrivals in Asia and the Pacific rose 5%, and the Americas grew 2%.\n")


def test_grew_fastest_against_a_peer_in_the_next_sentence():
    assert _rank(REGIONS.format(top="3%"))
    assert not _rank(REGIONS.format(top="8%"))


def test_a_wholes_rise_is_no_peer_of_the_fastest():
    # the fastest of the ten biggest may grow less than a total that holds other places
    text = ("Newcastle was the fastest-growing of the ten biggest airports, up 12%. "
            "Traffic at all UK airports rose 14% overall.\n")
    assert not _rank(text)


# -- what stays unflagged --

def test_a_record_superlative_beside_a_place_keeps_the_ranking_from_the_highest():
    text = ("Labour won the election with 33.7% of the vote.\n\n"
            "The Conservatives were second with 23.7%, their worst result. Reform came third "
            "in the popular vote with 14.3%.\n")
    assert not _rank(text)
    assert _rank(text.replace("with 14.3%", "with 24.3%"))


def test_places_of_one_ranking_are_no_parts_of_the_figure_before():
    text = ("The United States won 126 medals in all, 40 of them gold.\n\n"
            "China, level on 40 golds, were second with 91 medals. Japan came third in the "
            "table with 20 golds, ahead of Australia on 18 and France on 16.\n")
    assert "parts-exceed-total" not in rules(text, DAY)
    assert not _rank(text)


def test_places_of_another_measure_are_not_compared():
    text = ("China were second in the medal table with 91 medals. Japan came third in the "
            "table with 20 golds.\n")
    assert not _rank(text)


def test_a_verb_of_leading_after_the_sentences_only_figure():
    text = ("Hartsfield-Jackson handled 104.7 million passengers in 2023, up 11.7%, and kept its "
            "place at the top of the world rankings.\n\n"
            "Dubai moved up to second with {second}, after a 31.7% rise.\n")
    assert _rank(text.format(second="106.9 million"))
    assert not _rank(text.format(second="86.9 million"))


def test_won_the_contest():
    text = ("Loreen won the song contest in Liverpool, scoring 583 points.\n\n"
            "Finland finished runner-up on {second} points and Israel came third with 362.\n")
    assert _rank(text.format(second="596"))
    assert not _rank(text.format(second="526"))


def test_a_figure_that_followed_after_the_last_place():
    text = ("Barbie led the box office again with $93 million.\n\n"
            "Oppenheimer was second with {second}. Haunted Mansion followed with $24.2 million.\n")
    assert _rank(text.format(second="$14.2 million"))
    assert not _rank(text.format(second="$46.2 million"))


def test_a_leader_as_a_possessive_superlative_with_the_one_it_stayed_ahead_of():
    text = ("Heathrow stayed ahead of Charles de Gaulle as Europe's busiest airport, handling "
            "79.2 million passengers against 67.4 million at the French hub.\n\n"
            "Istanbul was third with {third}.\n")
    assert _rank(text.format(third="76 million"))
    assert not _rank(text.format(third="64 million"))
