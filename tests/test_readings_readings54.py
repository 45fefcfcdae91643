"""Readings54 (issue #10): correct figures whose measure is not written beside them: the answer
to a question ("How many tanks ...? N by Tuesday"), list lines under a lead-in that names the
count in one word, the level before a running total and the change between them ("went from A
on Tuesday to B on Wednesday, an increase of C"), the level a change in per cent leads to with
no date of its own; and records of a month decided by the rules, not the store. Our own
sentences; the General Staff's real figures (reports of 28 March, 15 July, 9 and 10 September
2025; months of November 2024 45,720, January 2025 48,240, December 2024 48,670, July 2025
33,220, August 2025 28,790, September 2025 28,490).
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import (
    checker_for,
    claims_by_text as _claims,
    basis_of as _basis,
    statuses as _status,
)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("readings54")))


def _rules(run, text: str, pub: date) -> set[str]:
    _, _, flags, _ = run(text, pub)
    return {f.rule for f in flags}


# -- a question and its answer ---------------------------------------------------------------------

_QA = ("How many tanks has Kyiv counted? {total} by Tuesday, three of them over the past day. "
       "And armoured vehicles? 22,993 in all.")


def test_the_answer_to_a_question_takes_the_count_it_asks_about(run):
    text = _QA.format(total="11,022")
    c = _claims(text, date(2025, 7, 15))
    assert c["11,022"].measure == "tanks" and c["11,022"].cumulative
    assert _basis(c["11,022"])["measure"] == 'carried from the question before: "tanks"'
    assert c["22,993"].measure == "armoured_vehicles"
    got = _status(run, text, date(2025, 7, 15))
    assert got["11,022"] == got["three"] == got["22,993"] == "supported"
    assert _status(run, _QA.format(total="11,202"), date(2025, 7, 15))["11,202"] == \
        "contradicted"


def test_a_question_names_the_side_not_the_source():
    text = ("How many Russian soldiers has Ukraine put out of action? 1,091,000 by Wednesday's "
            "count.")
    c = _claims(text, date(2025, 9, 10))["1,091,000"]
    assert c.subject == "russian_forces" and c.measure == "personnel_losses"


def test_a_question_that_asks_about_no_count_carries_none():
    text = "What did Kyiv say on Tuesday? 1,230, it said."
    c = _claims(text, date(2025, 7, 15))["1,230"]
    assert not _basis(c).get("measure", "").startswith("carried from the question")


def test_a_figure_with_its_own_noun_keeps_it_after_a_question():
    text = "How many tanks has Russia lost? Kyiv puts it at 11,022, and 22,993 armoured vehicles."
    c = _claims(text, date(2025, 7, 15))["22,993"]
    assert c.measure == "armoured_vehicles"


# -- list lines under a lead-in ---------------------------------------------------------------------

def test_a_lead_in_that_names_the_count_in_one_word_gives_its_lines_the_count(run):
    text = ("Kyiv's worst days for Russian soldiers this year:\n"
            "- 28 March 2025: {n}\n")
    c = _claims(text.format(n="1,860"), date(2025, 4, 2))["1,860"]
    assert c.measure == "personnel_losses" and c.subject == "russian_forces"
    assert _basis(c)["measure"] == "carried from the list's lead-in: \"soldiers\""
    assert _status(run, text.format(n="1,860"), date(2025, 4, 2))["1,860"] == "supported"
    assert _status(run, text.format(n="1,680"), date(2025, 4, 2))["1,680"] == "contradicted"


def test_month_lines_under_a_lead_in_are_the_months_figures(run):
    text = ("Russia's losses month by month, on Kyiv's figures:\n"
            "- July: 33,220\n- August: {n}\n- September: 28,490")
    c = _claims(text.format(n="28,790"), date(2025, 10, 2))
    assert c["33,220"].period.start == date(2025, 7, 1)
    assert c["28,490"].period.end == date(2025, 9, 30)
    got = _status(run, text.format(n="28,790"), date(2025, 10, 2))
    assert set(got.values()) == {"supported"}
    assert _status(run, text.format(n="28,970"), date(2025, 10, 2))["28,970"] == "contradicted"


def test_a_lead_in_with_no_side_or_two_counts_gives_none():
    for lead in ("Losses by month:", "Russian troop and tank losses by month:"):
        c = _claims(f"{lead}\n- July: 33,220\n- August: 28,790", date(2025, 10, 2))
        assert c["33,220"].measure is None, lead


# -- from A to B, an increase of C --------------------------------------------------------------------

_FROM_TO = ("Kyiv's running tally went from 1,090,010 on Tuesday to 1,091,000 on Wednesday, an "
            "increase of {c}.")


def test_the_level_before_a_total_and_the_change_take_its_count(run):
    c = _claims(_FROM_TO.format(c="990"), date(2025, 9, 10))
    assert c["1,090,010"].measure == "personnel_losses" and c["1,090,010"].cumulative
    assert c["1,090,010"].subject == "russian_forces"
    assert c["990"].measure == "personnel_losses" and not c["990"].cumulative
    got = _status(run, _FROM_TO.format(c="990"), date(2025, 9, 10))
    assert set(got.values()) == {"supported"}


def test_a_change_its_totals_do_not_give_is_read_as_the_days_between_them(run):
    c = _claims(_FROM_TO.format(c="909"), date(2025, 9, 10))["909"]
    assert c.period.start == c.period.end == date(2025, 9, 9)
    assert _status(run, _FROM_TO.format(c="909"), date(2025, 9, 10))["909"] == "contradicted"


def test_a_change_of_no_running_total_is_left_alone():
    # (two days' figures: the change is no difference of totals)
    text = "Losses went from 950 on Tuesday to 990 on Wednesday, an increase of 40."
    c = _claims(text, date(2025, 9, 10))["40"]
    assert not _basis(c).get("measure", "").startswith("carried within the sentence: the change")


# -- a change in per cent and its undated level ------------------------------------------------------

def test_the_level_a_month_change_leads_to_is_of_that_month(run):
    text = "Russia's losses fell about 1% in September from August, to {n}, by Kyiv's count."
    c = _claims(text.format(n="28,490"), date(2025, 10, 2))["28,490"]
    assert c.period.start == date(2025, 9, 1) and c.period.end == date(2025, 9, 30)
    got = _status(run, text.format(n="28,490"), date(2025, 10, 2))
    assert got["28,490"] == got["about 1%"] == "supported"
    assert _status(run, text.format(n="28,940"), date(2025, 10, 2))["28,940"] == "contradicted"


# -- a month's record: decided by the rules -----------------------------------------------------------

_RECORD = "{m} was the costliest month of the war for Russia, with {n} troops lost."


def test_a_month_record_broken_by_another_month_is_flagged(run):
    text = _RECORD.format(m="January", n="48,240")
    assert "month-record-mismatch" in _rules(run, text, date(2025, 2, 3))


def test_the_record_month_itself_is_no_broken_record(run):
    text = _RECORD.format(m="November", n="45,720")
    assert "month-record-mismatch" not in _rules(run, text, date(2024, 12, 2))
    assert _status(run, text, date(2024, 12, 2))["45,720"] == "supported"
    # a wrong figure for the record month is the figure's error, not the record's
    wrong = _RECORD.format(m="November", n="45,270")
    rules = _rules(run, wrong, date(2024, 12, 2))
    assert "month-record-mismatch" not in rules
    assert _status(run, wrong, date(2024, 12, 2))["45,270"] == "contradicted"


# -- a dated level set against the sentence's count ------------------------------------------------

_BELOW = ("In August Russia lost 28,790 troops by Kyiv's count, down from 33,220 in July and "
          "well below the {n} of August 2024.")


def test_a_dated_level_below_the_sentences_count_takes_it(run):
    # (August 2024: 36,810 by the reports of 2 August to 1 September 2024)
    c = _claims(_BELOW.format(n="36,810"), date(2025, 9, 2))["36,810"]
    assert c.measure == "personnel_losses" and c.period.start == date(2024, 8, 1)
    assert _status(run, _BELOW.format(n="36,810"), date(2025, 9, 2))["36,810"] == "supported"
    assert _status(run, _BELOW.format(n="38,610"), date(2025, 9, 2))["38,610"] == \
        "contradicted"


def test_an_undated_level_below_is_not_given_the_count():
    text = "Russia lost 28,790 troops in August, well below the 40,000 some had expected."
    c = _claims(text, date(2025, 9, 2))["40,000"]
    assert not _basis(c).get("measure", "").startswith("carried within the sentence: the count")


# -- a counting body's figure of troops ---------------------------------------------------------------

def test_a_bodys_figure_of_troops_is_its_count_of_losses(run):
    text = "Kyiv's figure of {n} Russian soldiers for the past day was its highest since March."
    c = _claims(text.format(n="1,860"), date(2025, 3, 28))["1,860"]
    assert c.measure == "personnel_losses"
    assert _basis(c)["measure"] == "written: a counting body's figure of troops"
    # troops a body deploys are no count of losses
    c = _claims("Russia has massed 50,000 soldiers near Kursk.", date(2025, 3, 28))["50,000"]
    assert c.measure is None


# -- the day a record is counted from ----------------------------------------------------------------

_SINCE_GAVE = ("Kyiv reported 1,860 Russian casualties on Friday, its highest daily figure since "
               "the report of January 22, which gave {n}.")


def test_the_figure_of_the_day_a_record_counts_from_is_that_days(run):
    # (reports of 28 March 2025: 1,860; of 22 January 2025: 1,950, none higher between)
    c = _claims(_SINCE_GAVE.format(n="1,950"), date(2025, 3, 28))["1,950"]
    assert c.period.start == c.period.end == date(2025, 1, 22)
    assert not any(r[6:] for r in dict(c.extra).get("readings", ()))   # no record reading
    got = _status(run, _SINCE_GAVE.format(n="1,950"), date(2025, 3, 28))
    assert got["1,950"] == got["1,860"] == "supported"
    assert _status(run, _SINCE_GAVE.format(n="1,590"), date(2025, 3, 28))["1,590"] == \
        "contradicted"
