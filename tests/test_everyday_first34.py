"""Everyday copy, thirty-fourth round (issue 11): first-run precision on copy of domains the
set had little of (rents, company metrics, elections by state). Sentences in our own words
with the constructions of published copy; each fix is checked on a clean sentence (no flag)
and on the same sentence with a planted error. Checks run the shipped consistency rules
without a store."""

from __future__ import annotations

from datetime import date

import everyday_support as support
from factcheck.document import read_text_document
from factcheck.normalize import claims_for

DAY = date(2024, 11, 20)


def rules(text: str) -> list[str]:
    return support.rules(text, DAY)


def _claims(text: str) -> dict[str, dict]:
    doc = read_text_document(text, "t.md", DAY)
    return {c.text: c.extra_dict() for c in claims_for(doc)}


RENTS = ("Tenants in Wales paid £766 a month, 7.9% or £56 more, and in Scotland £976, "
         "up 6.6% or £60.")


def test_a_percentage_after_another_level_is_that_levels_change():
    # the 6.6% is Scotland's rise to £976, never a rise of £56 to Wales's £766
    assert "wrong-arithmetic" not in rules(RENTS)
    ex = _claims(RENTS)
    assert ex["6.6%"]["change"]["to"] != ex["7.9%"]["change"]["to"]


def test_level_then_percent_or_amount_is_one_change():
    # "£976, up 6.6% or £60": the percentage is £60 out of £916
    assert "wrong-arithmetic" in rules(RENTS.replace("up 6.6%", "up 9.6%"))
    assert "wrong-arithmetic" in rules(RENTS.replace("or £56 more", "or £86 more"))
    assert "wrong-arithmetic" not in rules("In England the average rent was £1,348, up 8.8% "
                                           "or £109 on the year.")
    assert "wrong-arithmetic" in rules("In England the average rent was £1,348, up 8.8% "
                                       "or £209 on the year.")


def test_a_bare_higher_beside_a_levels_own_change_is_over_the_same_period():
    text = ("Revenue rose 18% to $787 million in the first quarter from a year earlier. "
            "Advertising brought in $679 million, also up 18%, with US ad sales 26% higher.")
    assert "wrong-arithmetic" not in rules(text)


STATES = ("In Punjab, Congress took 77 of the 117 seats on 38.5% of the vote. The Aam Aadmi "
          "Party came second with 20 seats.\n\nThe BJP won 57 of Uttarakhand's 70 seats with "
          "46.5% of the vote, while Congress took 33.5% but only 11 seats.")


def test_one_partys_figures_in_two_places_are_no_restatement():
    assert "restated-figure-mismatch" not in rules(STATES)
    ex = _claims(STATES)
    assert ex["38.5%"]["locale"] == "punjab" and ex["20"]["locale"] == "punjab"
    assert ex["33.5%"]["locale"] == "uttarakhand"


def test_a_figure_with_no_place_still_restates():
    text = ("Congress took 38.5% of the vote, the commission said.\n\n"
            "In its statement, the party said Congress took 33.5% of the vote.")
    assert "restated-figure-mismatch" in rules(text)
    # a month opening the sentence is a period, not a place
    assert "locale" not in _claims("In March, Congress took 33.5% of the vote.")["33.5%"]


def test_the_fee_opening_a_sentence_points_back_at_the_level_before():
    text = ("Arsenal have signed Nicolas Pépé from Lille for £72m.\n\nThe fee is £16.5m more "
            "than the £55.5m paid to Borussia Dortmund for Pierre-Emerick Aubameyang.")
    assert "wrong-arithmetic" not in rules(text)
    assert "wrong-arithmetic" in rules(text.replace("£16.5m more", "£26.5m more"))


def test_an_amount_than_a_year_then_and_a_percentage_is_one_change():
    text = ("International tourist arrivals reached 1,323 million in 2017, 84 million more than "
            "in 2016 and a rise of 7%, the World Tourism Organization said.")
    assert "wrong-arithmetic" not in rules(text)
    assert "wrong-arithmetic" in rules(text.replace("84 million more", "184 million more"))
