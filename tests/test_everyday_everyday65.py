"""Everyday copy, everyday65 (issue #11): first-run causes on fresh copy. Words the
vocabulary lists that YAML reads as booleans ("no", "on", "off"), the predicate after an
apposition ("Utopia, Travis Scott's first album, debuted at No. 1 ..."), a bare "$" in a
headline that names no country, a share after "either" and the rest after ", so", a verb of
change far before "by", and a proportion in words that is no count out of a whole. Our own
sentences with real figures; each mechanism on a clean text (no flag) and with an error."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml

from everyday_support import claims, find, rules

_VOCAB = Path(__file__).resolve().parents[1] / "rules" / "vocab"


def _booleans_in_lists(node, path=""):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _booleans_in_lists(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            if isinstance(v, bool):
                yield f"{path}[{i}]"
            else:
                yield from _booleans_in_lists(v, f"{path}[{i}]")


def test_no_vocabulary_list_holds_a_word_yaml_reads_as_a_boolean():
    # (an unquoted no, on, off, yes in a list of words is False or True, never the word)
    found = [f"{p.name}{where}" for p in sorted(_VOCAB.glob("*.yaml"))
             for where in _booleans_in_lists(yaml.safe_load(p.read_text(encoding="utf-8")))]
    assert found == []


# -- "No. 1" is no name; the predicate after an apposition is the opening name's ------------

_CHART = ("# Midnights opens at No. 1 with {head} units\n\nMidnights, Taylor Swift's tenth "
          "studio album, debuted at No. 1 on the Billboard 200 with 1.578 million equivalent "
          "album units in its first week.")


def test_a_chart_position_is_no_entity_and_the_apposition_keeps_the_album_as_subject():
    day = date(2022, 10, 31)
    text = _CHART.format(head="1.58 million")
    assert find(claims(text, day), "1.578 million").subject == "midnights"
    assert rules(text, day) == []
    assert "restated-figure-mismatch" in rules(_CHART.format(head="1.85 million"), day)


def test_a_list_of_names_is_no_apposition():
    text = ("Heathrow, Gatwick and Stansted handled 129 million passengers, and Luton "
            "carried 16.4 million.")
    assert find(claims(text, date(2019, 2, 12)), "16.4 million").subject == "luton"


# -- a bare "$" in a sentence that names no country: the one the story's others name -------

_APPEAL = ("# Telethon raises more than ${head} million\n\nThis year's Telethon raised "
           "$18,012,072 for children's charities in Western Australia.")


def test_the_headlines_dollar_is_the_countrys_the_body_names():
    day = date(2019, 10, 21)
    assert find(claims(_APPEAL.format(head="18"), day), "more than $18 million").unit == "AUD"
    assert rules(_APPEAL.format(head="18"), day) == []
    assert "conflicting-figures" in rules(_APPEAL.format(head="19"), day)


def test_a_story_that_names_the_us_keeps_the_us_dollar():
    text = ("# Fund raises $5 million\n\nThe fund raised $3.1 million in Canada and the rest "
            "in the US.")
    assert find(claims(text, date(2019, 4, 20)), "$5 million").unit == "USD"


# -- shares: an adverb before the verb; the rest after ", so" -------------------------------

_WAITS = ("At the end of June 9,912 people had waited more than 18 months.\n\nOf the 9,912, "
          "some 38% either chose to wait or were complex cases, so {rest}% were the routine "
          "waits the pledge covered.")


def test_the_rest_after_so_is_a_share_of_the_same_whole():
    day = date(2023, 8, 10)
    assert rules(_WAITS.format(rest=62), day) == []
    assert "shares-over-100" in rules(_WAITS.format(rest=72), day)


# -- a verb of change that opens its clause far before "by" ---------------------------------

_QUOTA = ("Ministers agreed to cut the cod quota in the Irish Sea and the Celtic Sea by {n} "
          "per cent, from 7,100 tonnes to 5,500 tonnes.")


def test_a_cut_by_an_amount_far_after_its_verb_is_worked_out():
    day = date(1998, 12, 18)
    assert rules(_QUOTA.format(n=23), day) == []
    assert "wrong-arithmetic" in rules(_QUOTA.format(n=33), day)


# -- a proportion in words of a whole is no count out of it ---------------------------------

def test_a_fraction_in_words_of_a_whole_is_no_count_for_a_share_nearby():
    text = ("Riders made 9 billion trips on buses and trains in 1999.\n\nThat total was about "
            "38% more than the low of 6.5 billion trips in 1972, but still less than two-fifths "
            "of the 23.4 billion of 1946.")
    assert rules(text, date(2000, 4, 17)) == []


# -- a fraction in words with "more than" or "nearly" is held to that side -------------------

_VISITORS = ("Foreign visitors to the island fell to 5.2 million in 2015 from 7.2 million in "
             "2014, a drop of {words}.")


def test_more_than_a_fraction_is_no_less_than_it():
    day = date(2016, 1, 19)
    assert rules(_VISITORS.format(words="more than a quarter"), day) == []
    assert "wrong-arithmetic" in rules(_VISITORS.format(words="more than a third"), day)


# -- a definite change of a span of its own restates no change of another --------------------

def test_the_rise_of_another_decade_is_no_restatement():
    text = ("The 2020 census counted 126.8 million households, 9% more than the 116.7 million "
            "of 2010.\n\nThe previous low was the 11% rise of the 2000s.")
    assert rules(text, date(2021, 10, 13)) == []
