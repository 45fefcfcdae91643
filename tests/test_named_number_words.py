"""A number word that ends a name (numbers.yaml ``numbered_names``: "absolute zero", "ground
zero") is no figure; the same word as an amount stays one (dev set: "matter at absolute zero"
read "zero" as a count of 0; it is now read as 0 K, a temperature)."""

from __future__ import annotations

import pytest

from factcheck.extract.numbers import find_quantities


# ("matter at absolute zero" is the temperature 0 K since dates36: test_dates_readings_dates36)
@pytest.mark.parametrize("text", [
    "Absolute zero cannot be reached in a finite number of steps.",
    "Rescue crews worked at Ground Zero for months."])
def test_a_number_word_that_ends_a_name_is_no_figure(text):
    assert [q.text for q in find_quantities(text)] == []


@pytest.mark.parametrize("text,value", [
    ("Inflation fell to zero in May.", 0.0),
    ("Overnight lows dropped below zero across the region.", 0.0),
    ("The absolute number rose to twelve.", 12.0)])
def test_the_same_words_as_amounts_stay_figures(text, value):
    assert [q.value for q in find_quantities(text)] == [value]
