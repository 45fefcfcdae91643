"""Everyday copy in the war desk's words (issue 11, everyday27): airlines, defence purchases,
missile tests, a Russian economy story. Each false alarm met on the first run of the `e27a`
drafts is pinned here, clean and with a planted error where the construction carries one. Our
own sentences, real figures."""

from __future__ import annotations

from datetime import date

import pytest

from everyday_support import claims, find, rules

CONFLICT = {"personnel_losses", "aircraft", "helicopters", "ships", "drones", "tanks",
            "vehicles_fuel_tanks", "armoured_vehicles", "artillery", "cruise_missiles"}


def test_a_count_of_recipients_is_no_level_of_the_count_before_it():
    # "handed over 735 aircraft to 87 customers, 11% more than the 661": the 11% compares
    # the aircraft; the customers are those the aircraft went to
    text = ("Airbus handed over 735 commercial aircraft to 87 customers in 2023, {n}% more than "
            "the 661 it delivered in 2022.")
    assert rules(text.format(n="11"), date(2024, 1, 11)) == []
    assert "wrong-arithmetic" in rules(text.format(n="16"), date(2024, 1, 11))


def test_a_change_verb_before_to_keeps_its_new_value():
    # "cut its fleet from 300 planes to 250 planes": a level after "to", not a recipient
    text = "The airline cut its fleet from 300 planes to 250 planes, {n}% fewer than before."
    assert "wrong-arithmetic" in rules(text.format(n="27"), date(2024, 1, 11))


def test_a_multiple_compares_the_figure_of_its_own_noun():
    # "59 ballistic missiles in an estimated 31 rounds ..., more than double the previous
    # record of 25 missiles": the missiles are doubled, not the rounds
    text = ("North Korea launched 59 ballistic missiles last year in an estimated 31 rounds of "
            "test firings, Japan's defence ministry said, more than double the previous record "
            "of {n} missiles in 2019.")
    assert rules(text.format(n="25"), date(2023, 1, 21)) == []
    assert "wrong-arithmetic" in rules(text.format(n="35"), date(2023, 1, 21))


def test_a_first_reported_figure_is_no_restatement():
    # "a smaller fall than the 2.1% first reported": the earlier estimate, revised since
    text = ("Russia's gross domestic product grew 3.6% in 2023, Rosstat said. Output contracted "
            "1.2% in 2022, a smaller fall than the 2.1% first reported.")
    assert rules(text, date(2024, 2, 7)) == []


@pytest.mark.parametrize("text,words", [
    ("Since Russia's full-scale invasion of Ukraine, Poland has ordered 180 K2 tanks.", "180"),
    ("Since Russia's full-scale invasion of Ukraine, Poland has ordered 180 K2 tanks and 366 "
     "Abrams tanks.", "366"),
    ("The Kremlin bought 1,500 tanks and 300 aircraft for its army in 2023.", "300"),
    ("Ukraine, at war since the invasion, exported 2,000 tanks of sunflower oil.", "2,000"),
    ("Kyiv has received a further 31 Abrams tanks from the United States.", "31"),
])
def test_a_purchase_is_no_war_count(text, words):
    # the figure's own words decide: a verb of buying, ordering, making or trading before it
    # (measures.yaml, conflict: holding_verbs) counts what was bought, never losses
    assert find(claims(text, date(2025, 8, 5)), words).measure not in CONFLICT


@pytest.mark.parametrize("text,words,measure", [
    ("Russia has lost 11,071 tanks since the invasion began, Kyiv says.", "11,071", "tanks"),
    ("Ukrainian forces destroyed 12 tanks and 31 artillery systems on Monday.", "12", "tanks"),
])
def test_losses_keep_their_measure(text, words, measure):
    assert find(claims(text, date(2025, 8, 5)), words).measure == measure
