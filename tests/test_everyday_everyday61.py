"""Everyday copy, the e61 round (issue 11, recall: elections, sport, disasters): a party named by
a word that also names a measure ("National"), a joint subject's parties inside its count, two
places joined by "and neighbouring", a contrast clause with a subject of its own, the side a
winner beat, a rival's name that ends a sentence, seats that count no members, and a count "this
year" read to the publication day as "since January" is. Our own sentences with real figures
(New Zealand's 2023 final count, France's 2022 first round, the 2023-24 Premier League, the
Turkey-Syria earthquake, US measles in 2025). Each mechanism is checked on a clean text (no
flag) and, where it feeds a check, on the same construction with one planted error."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, rules

_NZ_DAY = date(2023, 11, 3)

_NZ = ("National and ACT need New Zealand First after the count left the two parties with 59 of "
       "the 122 seats.\n\n"
       "National won 48 seats on 38.1% of the party vote. ACT won 11 seats on 8.6% and New "
       "Zealand First eight on 6.1%.\n\n"
       "Labour took 34 seats on 26.9% and the Greens 15 on 11.6%.\n\n"
       "Together, National, ACT and New Zealand First hold 67 seats, while the three parties of "
       "the left hold 55.")


def _by_text(cs):
    return {c.text: c for c in cs}


# -- entities.py: a party named by a measure's word, a contrast clause's own subject -----------

def test_a_party_named_by_a_measure_word_is_an_entity():
    got = _by_text(claims(_NZ, _NZ_DAY))
    assert got["48"].subject == "national"
    assert got["59"].subject == "national and act"


def test_a_word_of_a_measure_never_capitalised_inside_a_sentence_is_no_entity():
    text = "National debt rose to £2.7 trillion in March. The deficit was £120 billion."
    assert all(c.subject != "national" for c in claims(text, _NZ_DAY))


def test_a_contrast_clause_with_its_own_subject_takes_no_earlier_name():
    got = _by_text(claims(_NZ, _NZ_DAY))
    assert got["55"].subject != "national"


def test_the_new_zealand_count_raises_no_flag_and_its_sums_stay_apart():
    assert rules(_NZ, _NZ_DAY) == []


# -- relations.py / across.py: a joint subject's parties, seats that count no members ----------

def test_the_parties_of_a_joint_count_are_inside_it_not_beside_it():
    got = _by_text(claims(_NZ, _NZ_DAY))
    # (48 and 11 are National's and ACT's shares of the two parties' 59, never parts of the
    # 122 beside the 59)
    assert got["48"].role != "of_whole" or got["48"].group != got["59"].group


def test_seats_are_no_count_of_members_whose_shares_follow():
    got = _by_text(claims(_NZ, _NZ_DAY))
    assert got["26.9%"].role != "portion" and got["8.6%"].role != "portion"


# -- margins.py: a rival's name stops at a full stop --------------------------------------------

_FR = ("Emmanuel Macron came first with 27.8% of the vote, ahead of Marine Le Pen with 23.2%. "
       "Jean-Luc Melenchon came third with 22%, 1.2 points behind Ms Le Pen. Eric Zemmour won "
       "7.1%.")


def test_a_margin_behind_a_rival_named_at_a_sentence_end():
    day = date(2022, 4, 11)
    assert rules(_FR, day) == []
    assert "wrong-arithmetic" in rules(_FR.replace("1.2 points", "2.2 points"), day)


# -- entities.py / comparisons.py: the side beaten, a team named before a full stop ------------

_PL = ("Manchester City won the title on Sunday, beating West Ham 3-1 to finish on 91 points.\n\n"
       "Arsenal finished second with 89 points, two behind City.")


def test_points_after_beating_a_side_are_the_winners():
    got = _by_text(claims(_PL, date(2024, 5, 20)))
    assert got["91"].subject == "manchester city"


def test_a_gap_in_points_behind_a_team_named_at_the_sentence_end():
    day = date(2024, 5, 20)
    assert rules(_PL, day) == []
    assert "wrong-arithmetic" in rules(_PL.replace("two behind", "three behind"), day)


# -- entities.py: two places joined by "and neighbouring" --------------------------------------

def test_places_joined_by_and_neighbouring_are_one_area():
    text = ("# Quake kills more than 4,300 in Turkey and Syria\n\n"
            "The earthquake killed at least 4,365 people in Turkey and neighbouring Syria, "
            "officials said. Turkey's vice president said 2,921 people had died there.")
    day = date(2023, 2, 6)
    got = _by_text(claims(text, day))
    assert got["at least 4,365"].subject == "turkey and syria"
    assert rules(text, day) == []


# -- context.py: a count "this year" before the year is over ------------------------------------

_MEASLES = ("# US records 1,001 measles cases this year\n\n"
            "The 1,001 cases since January were reported in 30 states, against 285 in all of "
            "2024.")


def test_a_count_this_year_runs_to_the_publication_day():
    day = date(2025, 5, 9)
    got = _by_text(claims(_MEASLES, day))
    head = next(c for c in claims(_MEASLES, day) if c.section == "headline")
    assert head.period is not None and head.period.end == day
    assert got["285"].period.end == date(2024, 12, 31)
    assert rules(_MEASLES, day) == []
    assert "restated-figure-mismatch" in rules(_MEASLES.replace("# US records 1,001",
                                                                "# US records 1,101"), day)


def test_a_forecast_for_this_year_keeps_the_whole_year():
    text = "The carmaker expects to sell 2 million cars this year."
    day = date(2025, 5, 9)
    c = next(c for c in claims(text, day) if c.text == "2 million")
    assert c.period is None or c.period.end == date(2025, 12, 31)


# -- engine_facts.py: the rest of a whole said as the article writes its shares ----------------

def test_the_rest_of_a_whole_is_said_in_whole_percents_like_the_article():
    from everyday_support import flags
    text = "Of the 62,000 applicants, 45,000 were offered places. That means 36% missed out."
    got = [f for f in flags(text, date(2024, 8, 15)) if f["rule"] == "wrong-arithmetic"]
    assert got and "after 45,000 is 27% of it, not 36%" in got[0]["message"]
    text = "Of the 62,000 applicants, 45,000 were offered places. That means 23.5% missed out."
    got = [f for f in flags(text, date(2024, 8, 15)) if f["rule"] == "wrong-arithmetic"]
    assert got and "is 27.4% of it" in got[0]["message"]
