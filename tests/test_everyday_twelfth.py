"""Everyday copy, twelfth round (issue 11): qualifier widths and multipliers, and what a probe
of newly read copy (exam results, migration, recorded crime, energy, sport, company results)
showed. Sentences in our own words with the constructions of published copy; each fix is
checked on a clean sentence (no flag) and on the same sentence with a planted error. Checks
run the shipped consistency rules without a store."""

from __future__ import annotations

from datetime import date

import everyday_support as support
from factcheck.extract import find_mentions
from factcheck.normalize.intervals import interval

DAY = date(2024, 11, 20)


def flags(text: str) -> list[dict]:
    return support.flags(text, DAY)


def rules(text: str) -> list[str]:
    return support.rules(text, DAY)


def _interval(words: str) -> tuple:
    (q,) = [m for m in find_mentions(f"The port handled {words} containers.", DAY).quantities]
    lo, hi, _, _ = interval(q)
    return lo, hi


def test_almost_reaches_a_few_steps_of_its_written_precision():
    # written to the thousand: "almost 63,000" is 60,000 up to 63,000, not 56,700
    assert _interval("almost 63,000") == (60000, 62999)
    # one or two significant digits keep the relative width (the narrower of the two)
    assert _interval("nearly 800,000") == (720000, 799999)
    # "roughly" to three significant digits: three steps of the thousand either side
    assert _interval("roughly 733,000") == (730000, 736000)
    assert _interval("about 70") == (65, 74)


def test_almost_a_difference_outside_its_written_precision():
    text = ("The port handled 877,564 containers in November, almost 63,000 more than the "
            "814,574 it moved in October.")
    assert rules(text) == []
    assert rules(text.replace("almost 63,000", "almost 73,000")) == ["wrong-arithmetic"]


def test_roughly_an_average_a_month_outside_its_written_precision():
    text = ("Over the first 11 months of the year the port handled 8,060,246 containers, or "
            "roughly 733,000 each month.")
    assert rules(text) == []
    (f,) = flags(text.replace("roughly 733,000", "roughly 783,000"))
    assert f["rule"] == "wrong-arithmetic"
    assert "733,000" in f["suggestion"]


def test_a_fold_in_digits_is_a_multiplier_not_an_amount_of_change():
    # "rose 10-fold to 5,100 from 510": ten times 510, not a rise of 10
    text = "Sales of the vaccine rose 10-fold to 5,100 doses from 510 last year."
    assert rules(text) == []
    (f,) = flags(text.replace("from 510", "from 610"))
    assert f["rule"] == "wrong-arithmetic"
    assert "10 times 610 is 6,100, not 5,100" in f["message"]
    # the wire order with the word
    word = "Exports of the grain rose fivefold to 2,500 tonnes from 500 tonnes."
    assert rules(word) == []
    assert rules(word.replace("from 500", "from 350")) == ["wrong-arithmetic"]


def test_a_headline_change_naming_no_measure_with_an_unnamed_body_change_alike():
    # the headline's 9% is the body's 9% of offences, not the homicides' 14%
    text = ("# Recorded crime up 9% as homicides rise\n\n"
            "Police recorded 5.6 million offences in the year to June, up 9% on the year "
            "before. Homicides rose 14% from 630 to 719.\n")
    assert rules(text) == []
    # a headline amount no body change can be is still set against the named one
    assert "restated-change-mismatch" in rules(text.replace("up 9% as", "up 19% as"))


def test_a_subset_word_before_the_noun_is_a_measure_of_its_own():
    # "68 home goals" are part of the 103 goals, not the 103 restated
    text = ("The club scored 103 goals last season. Their 68 home goals came in 19 "
            "matches. The 103 goals were a record.")
    assert rules(text) == []
    assert set(rules(text.replace("The 103 goals", "The 130 goals"))) & support.RESTATED


def test_the_values_of_a_change_count_what_the_change_names():
    text = "Homicides rose 14% from 630 to 719 last year. The 719 homicides were a record."
    assert rules(text) == []
    assert set(rules(text.replace("The 719", "The 791"))) & support.RESTATED


def test_a_single_capital_letter_is_no_entity():
    # "A* to E": the grade E is no subject the figures are about
    cs = support.claims("The pass rate, entries graded A* to E, slipped to 97.2% from 97.3%.",
                        DAY)
    assert all(c.subject != "e" for c in cs)


def test_an_average_a_game_over_a_count_of_matches():
    text = "Their 68 home goals came in 19 matches, an average of 3.58 a game."
    assert rules(text) == []
    (f,) = flags(text.replace("3.58", "3.85"))
    assert f["rule"] == "wrong-arithmetic"
    assert "68 over 19 is 3.58 each" in f["message"]


def test_a_level_then_its_change_and_the_change_as_a_percentage():
    text = ("A total of 559,030 people had applied by the deadline, 5,160 fewer (0.9%) than "
            "at the same point last year.")
    assert rules(text) == []
    (f,) = flags(text.replace("(0.9%)", "(1.9%)"))
    assert f["rule"] == "wrong-arithmetic"
    assert "0.915%" in f["message"]
    wire = "Sales were 412,000 last month, up 9,000, or 2.2%, on a year earlier."
    assert rules(wire) == []
    assert rules(wire.replace("2.2%", "3.2%")) == ["wrong-arithmetic"]


def test_people_who_applied_restated_as_applicants_of_the_first_subject():
    # the restatement "Of the N applicants" two paragraphs on is of the first count's subject,
    # not of the breakdown's place named last ("from outside the EU")
    text = ("A total of 559,030 people had applied by the 15 January deadline, Ucas said.\n\n"
            "There were 58,450 applicants from outside the EU, up 11.1%.\n\n"
            "Of the 559,030 applicants, nearly a fifth came from outside the UK.")
    assert rules(text) == []
    assert set(rules(text.replace("Of the 559,030", "Of the 595,030"))) & support.RESTATED


def test_a_plural_common_noun_opening_a_sentence_is_no_entity():
    # "Robberies were up 22%" names no entity: the homicides after it stay England's
    text = ("Police in England and Wales recorded 5.6 million offences. Homicides rose 14% "
            "from 630 to 719.\n\nRobberies were up 22% and sexual offences 18%. The 719 "
            "homicides were the most in a decade.")
    assert all(c.subject != "robberies" for c in support.claims(text, DAY))
    assert rules(text) == []
    assert set(rules(text.replace("The 719", "The 791"))) & support.RESTATED
    # a surname with a singular verb stays a name
    (c,) = support.claims("Davies scored 20 points.", DAY)
    assert c.subject == "davies"
