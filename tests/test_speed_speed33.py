"""speed33: the fraction words read from one vocabulary (the denominators of numbers.yaml) by
every check that asks whether a figure is a share written in words, and the extraction speed
work's identical output."""

from __future__ import annotations

import pytest

from factcheck.extract import find_quantities
from factcheck.extract.numbers import grammar
from factcheck.normalize import comparisons, named_shares, part_shares, relations
from factcheck.normalize.lexicon import fraction_words


# -- one list of fraction words ----------------------------------------------------------------

def test_every_denominator_of_the_vocabulary_is_a_fraction_word_in_either_case():
    dens = grammar().denoms
    assert {"half", "third", "quarters", "fifth", "seventh", "tenths", "hundredth"} <= set(dens)
    for word in dens:
        for spelled in (word, word.capitalize(), f"two-{word}", f"a {word} of"):
            assert fraction_words().search(spelled) is not None, spelled


@pytest.mark.parametrize("text", ["halfway", "quarterly", "thirty", "fifty", "tenthly", "sixty",
                                  "3rd", "one in five"])
def test_words_that_only_start_like_a_fraction_are_none(text):
    assert fraction_words().search(text) is None


def _figure(text: str) -> dict:
    """The first figure the extractor finds in ``text``, in the shape the checks read."""
    q = find_quantities(text)[0]
    return {"unit": q.unit or None, "value": q.value, "start": q.start, "end": q.end,
            "role": None, "extra": ()}


def _verdicts(text: str) -> set[bool]:
    """What each check that reads the fraction words says of the first figure of ``text``."""
    c, low = _figure(text), text.lower()
    return {part_shares._is_share(low, c), named_shares._fraction_share(low, c),
            relations._in_words_share(text, c),
            comparisons.fraction_words().search(low, c["start"], c["end"]) is not None}


@pytest.mark.parametrize("text", [
    "About a seventh of the 1,400 staff left.",        # was in one list of the four only
    "Two sixths of the seats went unfilled.",           # in two of them
    "Three-quarters of voters agreed.",
    "Half of the 40 schools shut.",
    "A hundredth of the budget went on repairs.",
])
def test_the_checks_agree_a_fraction_in_words_is_a_share(text):
    assert _verdicts(text) == {True}


@pytest.mark.parametrize("text", [
    "Some 0.2 of the stock was sold.",
    "One in five adults smoke.",
])
def test_the_checks_agree_a_figure_in_digits_or_a_ratio_is_no_fraction_word(text):
    assert _verdicts(text) == {False}


# -- the extraction speed work: the shortcuts rest on what the vocabularies hold ---------------

def test_every_month_name_is_a_candidate_word_of_the_date_pass():
    # the gapped months ("..., September 11,180") are looked for among the candidate words
    from factcheck.extract import dates
    assert dates._FULL_MONTHS <= dates._all_anchor_words()


def test_the_numbered_names_by_number_hold_every_numbered_name():
    g = grammar()
    assert {(h, n) for n, hs in g.numbered_heads.items() for h in hs} == set(g.numbered_names)


@pytest.mark.parametrize(("text", "figures"), [
    ("The Standard & Poor's 500 lost 19.14 points, and 500 staff left.",
     [("19.14", ""), ("500", "")]),
    ("Dozens of homes flooded and several hundred people fled, June saw 412 calls.",
     [("Dozens", ""), ("several hundred", ""), ("412", "")]),
    ("The boys, aged 12 to 14, and 31 children under five were hurt.",
     [("12 to 14", "year"), ("31", ""), ("five", "year")]),
])
def test_figures_of_the_shortcut_paths(text, figures):
    assert [(q.text, q.unit) for q in find_quantities(text)] == figures
