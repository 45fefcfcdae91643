"""Everyday copy, thirteenth round (issue 11, recall): breakdowns that go on across sentences
with no part verb, a business's parts named after its total, seasons as parts of a year, a gap
against an earlier time at the end of its figure's clause, a colon further from its total,
and "a month ago" that dates a figure rather than making it a rate. Sentences in our own
words with the constructions of published copy; each check runs on a clean text (no flag)
and on the same text with a planted error (flagged), with the shipped rules and no store."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.numbers import find_quantities
from factcheck.normalize.across import joint_after

from everyday_support import claims, find, rules

DAY = date(2022, 7, 8)
PARTS = {"parts-exceed-total", "list-sum-mismatch"}

ARRIVALS = ("# Boat arrivals in the Mediterranean\n\n"
            "Of the 1,240 arrivals recorded in May, Italy took 610. Spain received 380 and "
            "Greece {greece}.\n")


def test_parts_given_as_levels_of_their_own_go_on_with_the_breakdown():
    cs = claims(ARRIVALS.format(greece=250), DAY)
    whole = find(cs, "1,240")
    for words in ("610", "380", "250"):
        c = find(cs, words)
        assert (c.role, c.group) == ("portion", whole.id), words
    assert not set(rules(ARRIVALS.format(greece=250), DAY)) & PARTS
    assert set(rules(ARRIVALS.format(greece=390), DAY)) & PARTS


def test_a_peer_of_the_whole_is_no_part_of_its_breakdown():
    # the portion is of the airport's own count; the next airport is a peer, not a part
    text = ("Dublin handled 32 million passengers, of whom 21 million flew to Europe. Paris "
            "Orly was next with 31 million.\n")
    assert find(claims(text, DAY), "31 million").role != "portion"
    assert not set(rules(text, DAY)) & PARTS


def test_a_part_dated_to_an_earlier_year_is_no_part_of_this_count():
    text = ("About 9,800 people crossed this year. Greece registered 5,100 of them. Italy "
            "took 8,900 in 2019.\n")
    assert find(claims(text, DAY), "8,900").role != "portion"
    assert not set(rules(text, DAY)) & PARTS


SEGMENTS = ("Brightwave said quarterly revenue rose 4% to $8.2 billion from $7.88 billion. Its "
            "networks business brought in $4.1 billion, devices $2.6 billion and services "
            "{services}.\n")


def test_a_business_split_into_its_parts_a_sentence_after_its_total():
    assert not set(rules(SEGMENTS.format(services="$1.5 billion"), DAY)) & PARTS
    assert "parts-exceed-total" in rules(SEGMENTS.format(services="$2.5 billion"), DAY)


RAIN = ("Valletta recorded 512mm of rain in the year to August, the Met Office said.\n\n"
        "Autumn was the wettest season with {autumn}, and November the wettest month with "
        "121mm. Winter brought 160mm.\n")


def test_seasons_are_parts_of_the_year_and_a_month_is_not_added_to_them():
    cs = claims(RAIN.format(autumn="240mm"), DAY)
    assert find(cs, "160mm").role == "portion"
    assert find(cs, "121mm").role != "portion"      # a month lies inside a season
    assert not set(rules(RAIN.format(autumn="240mm"), DAY)) & PARTS
    assert "parts-exceed-total" in rules(RAIN.format(autumn="420mm"), DAY)


ACCEPTED = ("A record 412,300 students had been accepted by universities and colleges by "
            "Thursday morning, 22,800 more than at the same point last year, a rise of {pct}.\n")


def test_a_gap_at_the_end_of_its_figures_clause_is_the_change_of_that_figure():
    assert "wrong-arithmetic" not in rules(ACCEPTED.format(pct="6%"), DAY)
    assert "wrong-arithmetic" in rules(ACCEPTED.format(pct="16%"), DAY)


TRIAL = ("Of 21,000 volunteers, 10,500 got the vaccine. There were 94 confirmed infections "
         "from a week after the second dose: 8 in the vaccine group and {placebo} in the "
         "placebo group.\n")


def test_a_colon_after_the_totals_own_words_opens_its_breakdown():
    assert find(claims(TRIAL.format(placebo=86), DAY), "86").role == "part"
    assert not set(rules(TRIAL.format(placebo=86), DAY)) & PARTS
    assert set(rules(TRIAL.format(placebo=96), DAY)) & PARTS


def test_a_month_ago_dates_a_figure_and_a_month_after_a_tonnage_is_a_rate():
    qs = find_quantities("cut to 117.2 million tonnes, from 121.5 million tonnes a month ago")
    assert [q.unit for q in qs] == ["metric_ton", "metric_ton"]
    assert find_quantities("it mines 3 tonnes a day")[0].unit == "metric_ton / day"


@pytest.mark.parametrize("words,joint", [
    (" points between them", True), (" TWh combined", True), (" votes in all", False),
    (" in total", False), (" together with Spain", None)])
def test_one_reader_for_a_joint_figure_and_a_closing_total(words, joint):
    m = joint_after().match(words)
    assert (None if m is None else bool(m.group("joint"))) == joint


VOTERS = ("A total of 21,300 voters cast ballots in Northfield County on Tuesday.\n\n"
          "Early voting drew 14,100 residents. Another {day} voted on polling day and 2,050 by "
          "mail.\n")


def test_another_adds_to_the_part_before_and_both_are_parts_of_the_total():
    cs = claims(VOTERS.format(day="4,800"), DAY)
    whole = find(cs, "A total of 21,300")
    assert {find(cs, w).group for w in ("14,100", "4,800", "2,050")} == {whole.id}
    assert not set(rules(VOTERS.format(day="4,800"), DAY)) & PARTS
    assert set(rules(VOTERS.format(day="5,800"), DAY)) & PARTS


PORTS = ("# Port traffic\n\nThe group's five ports handled 41 million tonnes of cargo last "
         "year. Rotterdam moved {rdam} tonnes, Antwerp 9.5 million tonnes and Hamburg 6.2 "
         "million tonnes.\n")


def test_the_members_a_total_counts_are_its_parts():
    assert find(claims(PORTS.format(rdam="22 million"), DAY), "22 million tonnes").role == "portion"
    assert not set(rules(PORTS.format(rdam="22 million"), DAY)) & PARTS
    assert set(rules(PORTS.format(rdam="27 million"), DAY)) & PARTS


PADDY = ("Some 8.2 million tonnes of grain had reached the markets by Friday, and state buyers "
         "had taken {taken} million tonnes of it.\n")


def test_a_figure_of_it_is_a_portion_of_the_figure_before_even_when_larger():
    assert not set(rules(PADDY.format(taken="7.6"), DAY)) & PARTS
    assert "parts-exceed-total" in rules(PADDY.format(taken="9.6"), DAY)


def test_a_figure_said_twice_is_no_earlier_value_of_a_gap():
    text = ("# Council adds £14m for home care\n\nThe council will spend an extra £14m on home "
            "care next year, and its schools about £9m more.\n")
    assert "wrong-arithmetic" not in rules(text, DAY)


VISITORS = ("# Inbound visitors\n\nThe island received 5.2 million visitors in the first half, "
            "tourism officials said. Visitors from the mainland made up the bulk, with 3.1 "
            "million. Europeans numbered 1.2 million, up 5% from 1.14 million, while {asia} "
            "came from elsewhere in Asia.\n")


def test_the_largest_share_opens_a_breakdown_its_next_sentence_goes_on_with():
    cs = claims(VISITORS.format(asia="600,000"), DAY)
    whole = find(cs, "5.2 million")
    assert find(cs, "3.1 million").group == whole.id
    assert find(cs, "1.2 million").group == whole.id
    assert find(cs, "1.14 million").role == "compared"     # an earlier value, no part
    assert not set(rules(VISITORS.format(asia="600,000"), DAY)) & PARTS
    assert set(rules(VISITORS.format(asia="1.6 million"), DAY)) & PARTS


ROADS = ("On top of the £28m set aside last year for bridges, the county is adding a further "
         "£6.5m, bringing the total to {total}.\n")
TOLL = ("The floods killed 45 people in the first two days. Rescuers found 12 more bodies on "
        "Friday, bringing the death toll to {toll}.\n")


@pytest.mark.parametrize("text,right,wrong", [
    (ROADS, "£34.5m", "£38.5m"), (TOLL, "57", "67")])
def test_an_amount_added_brings_the_level_before_it_to_the_total(text, right, wrong):
    key = "total" if "{total}" in text else "toll"
    assert "wrong-arithmetic" not in rules(text.format(**{key: right}), DAY)
    assert "wrong-arithmetic" in rules(text.format(**{key: wrong}), DAY)


CAPITAL = ("The board set aside £60m for new buildings. Half of it, {half}, goes on two "
           "schools.\n")


def test_a_proportions_amount_in_apposition_is_a_portion_of_the_figure_before():
    assert not set(rules(CAPITAL.format(half="£30m"), DAY)) & PARTS
    assert "parts-exceed-total" in rules(CAPITAL.format(half="£70m"), DAY)
