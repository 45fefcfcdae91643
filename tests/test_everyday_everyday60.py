"""Everyday copy, the e60 round (issue 11, recall): figures related to one given in an earlier
sentence or paragraph. The joint amount of changes given before ("Together the revisions took
111,000 jobs off the two months": change_sums.py), a share "of the total" whose total stands two
paragraphs up, and the next share of the same paragraph of that same total
(comparisons._far_total, _sibling_total), and a rise whose new level is the sentence before's
("Deliveries were 19.5% higher than the 405,278 of a year earlier": comparisons
._level_of_opening_noun). Our own sentences with real figures (the US jobs reports of July
2024 and February 2025, Apple's 2023 financial year, Tesla's fourth quarter of 2023). Each
mechanism is checked on a clean text (no flag), with one planted error (flagged), and on a
case it must leave alone."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, rules


def _x(c) -> dict:
    """A claim's extra as a dictionary."""
    return dict(c.extra or ())

# -- the joint amount of revisions: change_sums.py --------------------------------------------

_JOBS = ("Employers added 206,000 jobs in June, the Labor Department said.\n\n"
         "April's gain was revised down by 57,000 to 108,000, and May's was cut by 54,000 to "
         "218,000. Together the revisions took 111,000 jobs off the two months.")
_JOBS_DAY = date(2024, 7, 5)


def test_together_the_revisions_is_the_sum_of_the_amounts_before():
    assert rules(_JOBS, _JOBS_DAY) == []
    assert "wrong-arithmetic" in rules(_JOBS.replace("took 111,000", "took 131,000"), _JOBS_DAY)
    got = {c.text: c for c in claims(_JOBS, _JOBS_DAY)}
    joint = got["111,000"]
    assert joint.role == "change"   # an amount, no level of jobs to compare with 206,000
    assert _x(joint)["sum"]["of"] == got["57,000"].id
    assert list(_x(joint)["sum"]["plus"]) == [got["54,000"].id]


def test_between_them_upward_revisions():
    text = ("The economy added 143,000 jobs in January.\n\n"
            "November's gain is now put at 261,000 rather than 212,000, an increase of 49,000, "
            "and December's at 307,000 rather than 256,000, an increase of 51,000. Between "
            "them, the revisions added 100,000 jobs.")
    day = date(2025, 2, 7)
    assert rules(text, day) == []
    assert "wrong-arithmetic" in rules(text.replace("added 100,000", "added 120,000"), day)


def test_revisions_in_two_directions_are_no_joint_amount():
    # a net of a cut and a rise is not their sum: left alone
    text = ("April's gain was revised down by 57,000 to 108,000, and May's was raised by 54,000 "
            "to 326,000. Together the revisions took 3,000 jobs off the two months.")
    got = {c.text: c for c in claims(text, _JOBS_DAY)}
    assert "sum" not in _x(got["3,000"])


def test_revisions_in_another_paragraph_are_not_summed():
    text = ("April's gain was revised down by 57,000 to 108,000, and May's was cut by 54,000 to "
            "218,000.\n\nTogether the revisions took 131,000 jobs off the two months.")
    got = {c.text: c for c in claims(text, _JOBS_DAY)}
    assert "sum" not in _x(got["131,000"])


# -- shares "of the total" two paragraphs after it: comparisons._far_total ---------------------

_APPLE = ("Apple's revenue fell 3% to $383.3 billion in its 2023 financial year. Net income was "
          "$97.0 billion.\n\n"
          "The company's chief executive said demand for its phones had held up in India.\n\n"
          "The iPhone brought in $200.6 billion, 52% of the total. Services contributed $85.2 "
          "billion, about 22% of the total.")
_APPLE_DAY = date(2023, 11, 2)


def test_a_share_of_the_total_two_paragraphs_after_it():
    assert rules(_APPLE, _APPLE_DAY) == []
    assert "wrong-arithmetic" in rules(_APPLE.replace("52% of", "62% of"), _APPLE_DAY)
    got = {c.text: c for c in claims(_APPLE, _APPLE_DAY)}
    assert _x(got["52%"])["ratio"]["per"] == got["$383.3 billion"].id


def test_the_next_share_of_the_paragraph_is_of_the_same_total():
    # (not of the $200.6 billion the sentence before gives: a sibling part, no whole)
    assert "wrong-arithmetic" in rules(_APPLE.replace("about 22% of", "about 32% of"),
                                       _APPLE_DAY)
    got = {c.text: c for c in claims(_APPLE, _APPLE_DAY)}
    assert _x(got["about 22%"])["ratio"]["per"] == got["$383.3 billion"].id


def test_two_totals_of_the_measure_leave_the_share_open():
    text = _APPLE.replace("Net income was $97.0 billion.", "Its revenue in the 2021 financial "
                          "year was $365.8 billion.")
    got = {c.text: c for c in claims(text, _APPLE_DAY)}
    assert "ratio" not in _x(got["52%"])


# -- a rise whose new level is the sentence before's: comparisons._level_of_opening_noun -------

_TESLA = ("Tesla delivered 484,507 vehicles in the fourth quarter, a record for the company.\n\n"
          "Deliveries were 19.5% higher than the 405,278 of a year earlier. They were also 11.4% "
          "above the 435,059 of the third quarter.")
_TESLA_DAY = date(2024, 1, 2)


def test_a_rise_of_the_level_the_paragraph_before_gives():
    assert rules(_TESLA, _TESLA_DAY) == []
    assert "wrong-arithmetic" in rules(_TESLA.replace("19.5%", "29.5%"), _TESLA_DAY)
    got = {c.text: c for c in claims(_TESLA, _TESLA_DAY)}
    assert _x(got["19.5%"])["change"]["to"] == got["484,507"].id


def test_they_were_also_points_back_at_the_same_level():
    assert "wrong-arithmetic" in rules(_TESLA.replace("11.4%", "15.4%"), _TESLA_DAY)


def test_an_opening_noun_no_earlier_figure_says_is_left_alone():
    text = _TESLA.replace("Deliveries were", "Shipments were").replace("They were", "Sales were")
    got = {c.text: c for c in claims(text, _TESLA_DAY)}
    assert "change" not in _x(got["19.5%"]) or \
        _x(got["19.5%"])["change"].get("to") is None
    assert "wrong-arithmetic" not in rules(text.replace("19.5%", "29.5%"), _TESLA_DAY)


def test_revisions_in_the_same_sentence_before_the_joint_words():
    text = ("American employers added 254,000 jobs in September.\n\n"
            "July's gain was revised up by 55,000 to 144,000, and August's was raised by 17,000 "
            "to 159,000; together the revisions added 72,000 jobs.")
    day = date(2024, 10, 4)
    assert rules(text, day) == []
    assert "wrong-arithmetic" in rules(text.replace("added 72,000", "added 92,000"), day)


def test_an_opening_noun_said_by_an_irregular_verb():
    # (rules/vocab/across.yaml opening_noun_words: "sold" says "sales")
    text = ("BYD sold 3,024,417 new-energy vehicles in 2023, the Chinese carmaker said.\n\n"
            "Sales were 62.3% higher than the 1,863,494 of 2022.")
    day = date(2024, 1, 1)
    assert rules(text, day) == []
    assert "wrong-arithmetic" in rules(text.replace("62.3%", "72.3%"), day)
