"""Everyday copy, everyday69 (issue 11): a headline and its body naming one figure in their own
words. Each mechanism on a clean text (no flag) and on the same text with an error (flagged),
and the readings each must leave alone. Our own sentences with real figures."""

from __future__ import annotations

from datetime import date

from everyday_support import rules

_SEP21 = date(2021, 9, 7)
_MAR25 = date(2025, 3, 4)


# -- a name after "than" is the figure written nearest it --------------------------------------

_CHART = ("# Donda opens at No. 1\n\nKanye West's Donda sold 309,000 equivalent album units in "
          "its first week, more than three times the 98,000 of Halsey's record at No. 2.\n\n"
          "Olivia Rodrigo's Sour slipped to No. 3 with 74,000 units, {gap} fewer than Halsey's "
          "record.\n")


def test_a_gap_to_a_named_figure_is_worked_from_the_figure_the_name_stands_beside():
    # "fewer than Halsey's record": the 98,000 written beside the name, not the 309,000 that
    # opens the same sentence
    assert "wrong-arithmetic" not in rules(_CHART.format(gap="24,000"), _SEP21)
    assert "wrong-arithmetic" in rules(_CHART.format(gap="34,000"), _SEP21)


# -- a headline is never the level an amount was added to --------------------------------------

_OUTBREAK = ("# Measles cases in west Texas climb to {head}\n\nHealth officials confirmed 13 more "
             "infections on Tuesday, bringing the total since January to {body}.\n\n"
             "Most of those infected are children.\n")


def test_an_amount_added_brings_a_total_the_headline_restates_without_a_flag():
    assert "wrong-arithmetic" not in rules(_OUTBREAK.format(head=159, body=159), _MAR25)


def test_the_amount_added_is_not_worked_from_the_headlines_figure():
    # the headline's 146 is the story's total restated (wrongly), not the level before the 13
    assert "wrong-arithmetic" not in rules(_OUTBREAK.format(head=146, body=159), _MAR25)
