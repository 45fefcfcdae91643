"""Everyday copy, set B of entities, subjects and scopes (issue 11, everyday85): common nouns
in title case that are no entity ("Shares jump 9%", "Council tax", "Band D"), "worldwide" as a
scope beside a company's name, the monthly equivalent of an amount that names no stretch, and
an earlier level dated "last year's" two sentences after a forecast change. Sentences in our
own words with real figures (England's council tax, IBM's and Apple's results); each is checked
clean (no flag) and with a planted error. Checks run the shipped consistency rules without a
store."""

from __future__ import annotations

from datetime import date

import everyday_support as support
from everyday_support import find

DAY = date(2019, 3, 28)


def claims(text: str, day: date = DAY):
    return support.claims(text, day)


def rules(text: str, day: date = DAY) -> list[str]:
    return support.rules(text, day)


SHARES = ("# Shares jump {h}% after results\n\n"
          "Shares in the retailer jumped after it reported its results on Thursday. Profit "
          "rose 5% to £120 million in the year to March.")


def test_a_plural_common_noun_opening_a_headline_is_no_entity():
    cs = claims(SHARES.format(h=9))
    assert find(cs, "9%").subject is None
    # the body's profit is not the headline's share price: no restated change
    assert rules(SHARES.format(h=9)) == []


def test_a_plural_name_written_inside_a_sentence_stays_an_entity():
    text = ("# Wolves climb to seventh\n\nWolves beat Fulham 2-1 on Saturday. The win left "
            "Wolves on 40 points.")
    assert find(claims(text), "40").subject == "wolves"


def test_a_party_with_a_plural_name_and_a_level_verb_stays_an_entity():
    text = "Democrats won 88 of the 140 seats on Tuesday. Republicans were left with 52."
    assert find(claims(text), "52").subject == "republicans"


COUNCIL = ("# Council tax bills rise by £78 for a Band D home\n\n"
           "Council tax in England will go up by an average of £78 in April, about £{m} a "
           "month for a Band D household.\n\n"
           "The average Band D bill set by councils for 2019-20 is £1,750, a rise of £78 on "
           "the 2018-19 figure of £1,671.")


def test_a_common_noun_in_the_other_number_and_a_class_label_are_no_entities():
    cs = claims(COUNCIL.format(m="6.50"))
    for c in cs:
        assert c.subject != "band d", (c.text, c.subject)
    text = ("The average bill set by the council is £1,750. Councils in county areas set the "
            "highest bills, an average of £1,826.")
    assert find(claims(text), "£1,826").subject != "councils"
    # before a noun it modifies, the word keeps its own subject: "Car occupant deaths"
    text = ("Road deaths fell by 16% to 1,857 in Britain, the Department for Transport said. "
            "Car occupant deaths dropped 20% to 842, and cars were safer.")
    assert find(claims(text), "842").subject == "car"


def test_the_monthly_equivalent_of_an_amount_with_no_stretch():
    assert rules(COUNCIL.format(m="6.50")) == []
    assert "wrong-conversion" in rules(COUNCIL.format(m="8.50"))
    # a week's reading is as open as a year's: £78 a week is about £338 a month
    assert rules(COUNCIL.format(m="338")) == []


def test_worldwide_is_the_worlds_figure_and_the_name_stays_the_carried_subject():
    text = ("Coca-Cola grew its worldwide sales by 1% in the quarter. Its revenue rose to "
            "$5.97 billion from $5.70 billion.")
    cs = claims(text)
    # the worldwide figure is the world's (as before); the next sentence's is the company's,
    # not the world's
    assert find(cs, "1%").subject == "world"
    assert find(cs, "$5.97 billion").subject == "coca-cola"
    assert find(claims("Worldwide, 5.2 million cases were reported."), "5.2 million").subject \
        == "world"


BAND_D = ("The average Band D bill in England will rise by £67 to £1,966 from April, the "
          "government said.\n\nThe 3.5% increase is the smallest since 2016-17 and follows a "
          "4.4% rise a year earlier. Last year's average Band D bill was £{l}.")


def test_a_forecast_change_takes_last_years_level_two_sentences_on():
    assert rules(BAND_D.format(l="1,899"), date(2022, 3, 30)) == []
    assert "wrong-arithmetic" in rules(BAND_D.format(l="1,859"), date(2022, 3, 30))


def test_a_level_between_keeps_a_later_one_from_being_the_start():
    text = ("The average Band D bill in England will rise by £67 to £1,966 from April. "
            "Northumberland's bill will be £1,988.\n\nLast year's average bill in England "
            "was £1,859.")
    assert "wrong-arithmetic" not in rules(text, date(2022, 3, 30))


ROUGH = ("An estimated 4,266 people slept rough in England on a single night in autumn 2019."
         "\n\nThe number has risen by {p}% since 2010, when the first count under the current "
         "method found 1,768 people sleeping rough.\n\nFrom 2010 to 2017, when the count "
         "peaked at 4,751, rough sleeping rose by 169%.")


def test_a_percent_since_a_year_runs_from_the_when_clauses_count_to_the_latest_level():
    day = date(2020, 2, 27)
    cs = claims(ROUGH.format(p=141), day)
    ch = dict(find(cs, "141%").extra)["change"]
    assert (ch["from"], ch["to"]) == (find(cs, "1,768").id, find(cs, "An estimated 4,266").id)
    # "since 2010" (to now) and "from 2010 to 2017" are two periods: no restated change
    assert rules(ROUGH.format(p=141), day) == []
    assert "wrong-arithmetic" in rules(ROUGH.format(p=161), day)


def test_a_when_clause_count_with_no_later_level_before_is_left_alone():
    text = ("The number has risen by 161% since 2010, when the first count found 1,768 "
            "people sleeping rough.")
    ch = dict(find(claims(text, date(2020, 2, 27)), "161%").extra)["change"]
    assert ch.get("from") is None and ch.get("to") is None


def test_a_percent_from_one_year_to_another_runs_between_their_levels():
    day = date(2020, 2, 27)
    cs = claims(ROUGH.format(p=141), day)
    ch = dict(find(cs, "169%").extra)["change"]
    assert (ch["from"], ch["to"]) == (find(cs, "1,768").id, find(cs, "4,751").id)
    assert "wrong-arithmetic" in rules(ROUGH.format(p=141).replace("169%", "189%"), day)


def test_homes_within_structures_and_a_state_beside_the_nation_are_no_parts():
    fire = ("The Dixie fire has destroyed more than 1,000 structures, 550 of them single-family "
            "homes, and threatens about 16,000 more. Another 1,200 homes were evacuated.")
    assert rules(fire, date(2021, 8, 12)) == []
    fuel = ("Regular gasoline cost $3.04 a gallon on average nationwide, AAA said. California "
            "drivers paid the most, $4.20 a gallon, followed by Hawaii at $3.94.")
    assert rules(fuel, date(2021, 6, 4)) == []
    # the same parts written as a breakdown of the structures are summed
    split = ("The fire has destroyed 7,102 structures: 6,853 homes, 260 commercial buildings "
             "and 389 minor structures.")
    assert {"list-sum-mismatch", "parts-exceed-total"} & set(rules(split, date(2018, 11, 12)))
