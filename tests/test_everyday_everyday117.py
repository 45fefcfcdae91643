"""Everyday copy, everyday117 (issue 11): the general readings behind the blind probe of
Nigerian, Philippine, Kenyan, South African, Irish, Australian, Malaysian and New Zealand copy
(corpus/everyday/*-e117.yaml). A gap below a possessive year's record, a second change whose
verb is left out after its own subject, the clause a colon closes, a level that another amount
of points in its sentence runs from, a headline's rate on the body's yearly stretch, a
headline's surname, a level named by its owner in a later gap, and an airport's segments after
a change's amount. Sentences in our own words with the constructions of published copy; each
check runs on a clean text (no flag) and on the same text with a planted error (flagged), with
the shipped rules and no store."""

from __future__ import annotations

from datetime import date

from everyday_support import RESTATED, claims, find, only_wrong_flagged, rules

ARITH = frozenset({"wrong-arithmetic"})
FALSE = {"wrong-arithmetic", "conflicting-figures", "restated-figure-mismatch"}


# a gap "below 2016's record of": the value after the possessive year is the earlier one
RECORD = ("Ireland's average temperature last year was 10.88°C, the second-highest on record. "
          "That was {}°C below 2022's record of 10.91°C.")


def test_a_gap_below_a_possessive_years_record():
    day = date(2024, 1, 9)
    assert not set(rules(RECORD.format("0.03"), day)) & FALSE
    only_wrong_flagged(RECORD, "0.13", "0.03", day)
    cs = claims(RECORD.format("0.03"), day)
    assert find(cs, "10.91°C").role == "compared"


# ", and <subject> by N, or X%, to M": the second change carries the first one's verb
ELIDED = ("Burglaries rose by 1,210, or 8%, to 16,335, and car thefts by 640, or {}%, to "
          "5,640, the figures show.")


def test_a_second_change_with_its_own_subject_and_no_verb():
    day = date(2023, 5, 30)
    # (not read as 640 out of 16,335: 3.9%)
    assert not set(rules(ELIDED.format("12.8"), day)) & FALSE
    only_wrong_flagged(ELIDED, "18.2", "12.8", day)


# a colon closes the clause whose dating words date a figure: the figure after it is no
# earlier value of the change before
COLON = ("Auckland Airport handled 21.1 million passengers last year. Domestic traffic rose "
         "{}% to 11.5 million.\n\nMarch was busier, with 1.9 million passengers, 4% more than a "
         "year earlier: 1.1 million domestic and 0.8 million international.")


def test_a_colon_closes_the_dated_clause():
    day = date(2019, 4, 18)
    assert not set(rules(COLON.format("3.1"), day)) & FALSE
    cs = claims(COLON.format("3.1"), day)
    change = find(cs, "3.1%").extra_dict().get("change") or {}
    assert change.get("from") != find(cs, "1.1 million").id


# a level another amount in points of its own sentence runs from to the new level is the
# start of that amount, not of the move
POINTS = ("The Bank of Ghana cut its policy rate by {} basis points to 27% on Monday, its second "
          "cut this year.\n\nThe bank has now taken 200 basis points off the rate since it began "
          "cutting in January, when the rate stood at 29%.")


def test_a_level_that_is_the_start_of_another_amount_in_points():
    day = date(2024, 7, 29)
    assert not set(rules(POINTS.format("100"), day)) & ARITH
    cs = claims(POINTS.format("100"), day)
    change = find(cs, "100 basis points").extra_dict().get("change") or {}
    assert change.get("from") != find(cs, "29%").id


# a headline's rate restates the body's year-on-year rate on that stretch
KENYA = ("# Uganda's inflation eases to {}\n\nUganda's year-on-year inflation slowed to 2.9% in "
         "May from 3.2% in April, the statistics bureau said on Friday.")


def test_a_headline_rate_restates_a_year_on_year_rate():
    day = date(2024, 5, 31)
    assert not set(rules(KENYA.format("2.9%"), day)) & RESTATED
    assert set(rules(KENYA.format("3.9%"), day)) & RESTATED


# a headline calls a person by the surname the body's full name ends with
SURNAME = ("# Mahama wins Ghana's presidency with {} votes\n\nJohn Mahama of the National "
           "Democratic Congress was declared winner of Saturday's election on Monday with "
           "6,328,397 votes, the electoral commission said. Mahamudu Bawumia of the New "
           "Patriotic Party had 4,657,304 votes, {} fewer than Mahama.")


def test_a_headline_surname_restates_the_full_name():
    day = date(2024, 12, 9)
    assert not set(rules(SURNAME.format("6.3 million", "1,671,093"), day)) & FALSE
    assert set(rules(SURNAME.format("7.3 million", "1,671,093"), day)) & RESTATED


def test_a_level_named_by_its_owner_in_a_later_gap_stays_a_level():
    day = date(2024, 12, 9)
    cs = claims(SURNAME.format("6.3 million", "1,671,093"), day)
    assert find(cs, "6,328,397").role is None
    assert (find(cs, "1,671,093").extra_dict().get("change") or {}).get("from") == \
        find(cs, "6,328,397").id
    assert set(rules(SURNAME.format("6.3 million", "1,771,093"), day)) & ARITH


def test_a_rival_left_unnamed_keeps_the_level_compared():
    # (the rival's figure carries the winner's name: read as one figure said twice, the two
    # would conflict; the figure the gap is set against stays a compared value. A headline
    # that restates the winner's figure still meets the rival's carried name: a known limit)
    day = date(2024, 12, 9)
    text = SURNAME.format("6.3 million", "1,671,093").replace(
        "Mahamudu Bawumia of the New Patriotic Party", "The ruling party's candidate")
    body = text.split("\n\n", 1)[1]
    assert not set(rules(body, day)) & FALSE
    assert find(claims(body, day), "6,328,397").role == "compared"


# an airport's domestic and international traffic after its total are its segments, the
# amounts of change before them read past
SEGMENTS = ("Perth Airport handled 14.2 million passengers in 2019, down 1.4% on 2018. Domestic "
            "traffic fell 2.6% to 9.6 million and international traffic 1.1% to {} million.")


def test_segments_after_a_change_amount():
    day = date(2020, 1, 20)
    assert not set(rules(SEGMENTS.format("4.6"), day)) & {"parts-exceed-total"}
    assert "parts-exceed-total" in rules(SEGMENTS.format("5.6"), day)
