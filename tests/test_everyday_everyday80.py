"""Everyday copy, everyday80's first-run rounds (issue 11): causes of the false flags and misses
of drafts written from published copy not read before (water company fines, retail footfall).
Our own sentences with the real figures. Each mechanism is checked on a clean text (no flag)
and on the same text with an error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import rules

_OCT22 = date(2022, 10, 7)
_JAN22 = date(2022, 1, 12)


# -- a chain ranked from "the shallowest decline" runs from the lowest -------------------------

_NATIONS = ("England had the shallowest decline of the UK nations at 7.9%, followed by Wales at "
            "8.7%, while Scotland and Northern Ireland shared the steepest at 13.4%.")


def test_a_chain_after_the_shallowest_runs_upward():
    assert "wrong-rank" not in rules(_NATIONS, _OCT22)
    assert "wrong-rank" in rules(_NATIONS.replace("at 7.9%", "at 9.1%"), _OCT22)


def test_a_chain_after_the_steepest_runs_downward():
    text = ("Scotland had the steepest fall at 13.4%, followed by Wales at 8.7%, while England "
            "had the shallowest at 7.9%.")
    assert "wrong-rank" not in rules(text, _OCT22)
    assert "wrong-rank" in rules(text.replace("at 8.7%", "at 14.7%"), _OCT22)


def test_words_of_both_kinds_before_the_head_leave_the_chain_unread():
    # (which way the chain runs is not known: no flag either way)
    text = ("Of the steepest and the shallowest declines, England's was 7.9%, followed by Wales "
            "at 8.7%.")
    assert "wrong-rank" not in rules(text, _OCT22)
    assert "wrong-rank" not in rules(text.replace("at 8.7%", "at 6.7%"), _OCT22)


# -- a count and the amounts listed after it ----------------------------------------------------

_FINES = ("The largest was a record £90 million. The other six fines were £4 million, £4 million, "
          "£2.3 million, £1.5 million, £540,000 and £150,000.")


def test_a_count_of_the_amounts_listed_after_it():
    assert "list-count-mismatch" not in rules(_FINES, _JAN22)
    assert "list-count-mismatch" in rules(_FINES.replace("other six", "other five"), _JAN22)


def test_a_count_of_amounts_after_a_colon():
    text = "Four fines were imposed: £4 million, £2.3 million, £1.5 million and £540,000."
    assert "list-count-mismatch" not in rules(text, _JAN22)
    assert "list-count-mismatch" in rules(text.replace("Four", "Three"), _JAN22)


def test_a_list_with_other_words_than_amounts_is_not_counted():
    # ("two of £4 million" holds two fines in one item: the list is left unread)
    text = ("The other six fines were two of £4 million, £2.3 million, £1.5 million, £540,000 "
            "and £150,000.")
    assert "list-count-mismatch" not in rules(text, _JAN22)
    assert "list-count-mismatch" not in rules(text.replace("other six", "other nine"), _JAN22)


def test_a_partial_list_of_amounts_is_not_counted():
    text = "Nine fines were imposed, including £4 million, £2.3 million and £1.5 million."
    assert "list-count-mismatch" not in rules(text, _JAN22)


# -- a year's change against the year before given in its own sentence -------------------------

_DEC24 = date(2024, 12, 2)
_CROSSINGS = ("That is 24% lower than the 44,174 recorded at this stage of 2022. The whole of "
              "2022 brought 45,774 arrivals, the most for any calendar year since records began "
              "in 2018; the 2023 total of 29,437 was 36% lower.")


def test_the_year_before_in_the_same_sentence_is_the_earlier_value():
    assert "wrong-arithmetic" not in rules(_CROSSINGS, _DEC24)
    assert "wrong-arithmetic" in rules(_CROSSINGS.replace("36% lower", "46% lower"), _DEC24)

