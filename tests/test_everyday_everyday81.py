"""Everyday copy, the everyday81 round (issue 11): a figure compared with the level the
sentence before gives, by a pronoun ("That was far more than the 170,000 economists had
forecast", "That is far below the 10.1% rate recorded in March") or as the record that level
is said to have beaten ("The show also broke the stadium's attendance record of 110,633"), and the cases each must leave alone (an antecedent that is not certain, an amount
of change, a record of the least). Our own sentences with real figures; each mechanism on a
clean text (no flag) and on the same text with an error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

_MAY23 = date(2023, 5, 5)
_NOV23 = date(2023, 11, 15)
_AUG23 = date(2023, 8, 31)
_JUN24 = date(2024, 6, 17)
_MAY77 = date(1977, 5, 2)


def _direction(text: str, day: date, words: str) -> dict | None:
    c = find(claims(text, day), words)
    return c.extra_dict().get("direction")


# -- a pronoun's comparison with the level before ----------------------------------------------

_APRIL = ("US employers added 253,000 jobs in April, the Bureau of Labor Statistics said on "
          "Friday. It was well above the 185,000 that economists had expected.\n")


def test_pronoun_above_clean():
    assert rules(_APRIL, _MAY23) == []
    assert _direction(_APRIL, _MAY23, "185,000") is not None


def test_pronoun_above_flagged():
    assert "wrong-arithmetic" in rules(_APRIL.replace("the 185,000", "the 285,000"), _MAY23)
    assert "wrong-arithmetic" in rules(_APRIL.replace("well above", "well below"), _MAY23)


_CPI = ("Consumer price inflation fell to 4.6% in the 12 months to October, from 6.7% in "
        "September. That is far below the 10.1% rate recorded in March.\n")


def test_pronoun_below_takes_the_new_level_not_the_earlier_value():
    assert rules(_CPI, _NOV23) == []
    assert "wrong-arithmetic" in rules(_CPI.replace("the 10.1% rate", "the 4.1% rate"), _NOV23)


def test_pronoun_with_two_levels_before_is_left_alone():
    # "That" may be either figure: no antecedent is certain, so nothing is set
    text = ("Exports rose to 310,000 tonnes and imports to 250,000 tonnes. That was more than "
            "the 280,000 tonnes traders had expected.\n")
    assert _direction(text, _NOV23, "280,000 tonnes") is None
    assert rules(text, _NOV23) == []


def test_pronoun_in_the_next_paragraph_is_read():
    # wire copy's one-sentence paragraphs: the sentence right before is still the antecedent
    text = ("US employers added 253,000 jobs in April.\n\n"
            "It was well above the 285,000 that economists had expected.\n")
    assert _direction(text, _MAY23, "285,000") is not None
    assert "wrong-arithmetic" in rules(text, _MAY23)


def test_pronoun_never_reaches_past_the_sentence_before():
    # the sentence right before gives no level of the unit: "It" is not the jobs figure
    text = ("US employers added 253,000 jobs in April. Wages grew 4.4% over the year.\n\n"
            "It was well above the 285,000 that economists had expected.\n")
    assert _direction(text, _MAY23, "285,000") is None


def test_pronoun_with_an_amount_is_no_level_compared():
    # "That was 68,000 more than ...": an amount of change, not a level set against the 253,000
    text = ("US employers added 253,000 jobs in April. That was 68,000 more than the 185,000 "
            "economists had expected.\n")
    assert _direction(text, _MAY23, "68,000") is None


# -- a record the level before beat ----------------------------------------------------------

_VOLLEY = ("A crowd of 92,003 watched Nebraska beat Omaha on Wednesday, the largest ever at a "
           "women's sporting event. The previous record was 91,648, set in Barcelona in 2022.\n")


def test_previous_record_clean():
    assert rules(_VOLLEY, _AUG23) == []


def test_previous_record_naming_no_one_that_beat_it_is_left_to_the_ranks():
    # "The previous record was N" is normalize.ranks' reading (wrong-rank), not this one's
    assert _direction(_VOLLEY.replace("was 91,648", "was 93,648"), _AUG23, "93,648") is None


_STRAIT = ("George Strait played to 110,905 fans at Kyle Field on Saturday, the largest ticketed "
           "concert in US history.\n\nThe show also broke the stadium's attendance record of "
           "110,633, set at a football game in October 2014.\n")


def test_record_broken_by_a_noun_subject_across_one_paragraph():
    assert rules(_STRAIT, _JUN24) == []
    assert "wrong-arithmetic" in rules(_STRAIT.replace("record of 110,633", "record of 111,633"),
                                       _JUN24)


def test_record_of_the_least_is_left_alone():
    # a record low is beaten by a lower figure: the direction is not the one a record of the
    # most has, so nothing is set
    text = ("Only 1,695 people died on the roads last year, the lowest ever. The previous record "
            "was 1,713.\n")
    assert _direction(text, _NOV23, "1,713") is None


def test_surpassed_by_a_pronoun():
    text = ("Led Zeppelin drew 76,229 fans to the Pontiac Silverdome on Saturday. It surpassed "
            "the 75,962 who had seen The Who at the same venue.\n")
    assert rules(text, _MAY77) == []
    assert "wrong-arithmetic" in rules(text.replace("the 75,962", "the 78,962"), _MAY77)


def test_previous_record_needs_a_record_before():
    # the level before claims no record: "the previous record" is not set against it
    text = ("Crowds fell to 20,000 a game last season. The previous record was 35,000, set in "
            "1990.\n")
    assert _direction(text, _NOV23, "35,000") is None
    assert rules(text, _NOV23) == []


def test_forecasters_named_after_the_figure_are_no_measure():
    # "the 610,000 analysts had expected": the analysts expected it, they are not counted
    text = ("New claims for unemployment benefit fell to 623,000 last week from 631,000 the week "
            "before.\n\nThat was still more than the 610,000 analysts had expected.\n")
    day = date(2009, 2, 26)
    assert rules(text, day) == []
    assert "wrong-arithmetic" in rules(text.replace("the 610,000", "the 640,000"), day)
