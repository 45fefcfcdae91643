"""Causes found by the sixty-eighth and sixty-ninth phrasing sets' first runs (issue #10,
readings35: air-defence counts beside the General Staff's tallies, a day compared with the day
before, monthly summaries and Moscow's weekly claims), one test per cause, each with a wrong
figure that must still be caught where the dataset can judge it. Our own sentences; the
General Staff's real figures: 2025-06-22 total 1,011,490, 1,100 over the day, 1,060 the day
before; cruise missiles 3,376 (+7); October 2024 (reports of 2 October to 1 November) 279 tanks
and 923 armoured vehicles; January 2025 48,240, February 2025 36,570; November 2024 45,720,
1,524 a day; reports of 8 to 14 February 2025: 8,830 (1,200 on the 14th).
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import status_checker

from factcheck.normalize.lexicon import Lexicon


def at(status: dict[str, str], figure: str) -> str:
    """The status of the claim whose words are ``figure``, else hold it."""
    return status.get(figure) or next(v for k, v in status.items() if figure in k)


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("first-run-68")))


# -- 1. a service's own count: "the air force said" ------------------------------------------

def test_a_bare_service_is_a_source_of_its_own():
    lex = Lexicon()
    assert lex._np_source("the air force") == "air force"
    assert lex._np_source("the border guard") == "border guard"
    # (bodies that may be the General Staff itself stay none: carried as before)
    assert lex._np_source("the military") is None
    assert lex._np_source("the ministry") is None


def test_the_air_forces_night_is_not_the_general_staffs_day(check):
    text = "Air defence destroyed 41 of the 45 drones Russia launched overnight, the air " \
           "force said on Sunday. The General Staff's tally of Russian cruise missiles shot " \
           "down since the invasion reached {}."
    status, flags = check(text.format("3,376"), date(2025, 6, 22))
    assert at(status, "41") == "unverified" and at(status, "45") == "unverified"
    assert at(status, "3,376") == "supported" and not flags
    status, flags = check(text.format("3,367"), date(2025, 6, 22))
    assert at(status, "41") == "unverified" and at(status, "45") == "unverified"
    assert at(status, "3,367") == "contradicted"


# -- 2. the day before that a day's figure is compared with ----------------------------------

def test_the_day_before_compared_is_no_part_of_the_total(check):
    text = "Russia has lost 1,011,490 troops since the full-scale invasion began, the General " \
           "Staff said. The figure includes 1,100 casualties over the past day, up from {} a " \
           "day earlier."
    status, flags = check(text.format("1,060"), date(2025, 6, 22))
    assert at(status, "1,060") == "supported"
    assert not [f for f in flags if f.rule.startswith("stale")]
    status, flags = check(text.format("1,006"), date(2025, 6, 22))
    assert at(status, "1,006") == "contradicted"


# -- 3. a month's total after its daily average ------------------------------------------------

def test_the_months_total_restates_no_daily_rate(check):
    status, flags = check("Russian losses averaged 1,524 a day in November, Kyiv's figures "
                          "show. The month's total of 45,720 was the highest of the war so far.",
                          date(2024, 12, 1))
    assert at(status, "1,524") == "supported"
    assert at(status, "45,720") != "contradicted" and not flags


# -- 4. a change from an earlier month named in the possessive ---------------------------------

def test_from_the_earlier_months_record_to_the_new_level(check):
    text = "Russia's losses in February fell sharply from January's record, to {}, " \
           "according to Ukraine's General Staff."
    status, _ = check(text.format("36,570"), date(2025, 3, 1))
    assert at(status, "36,570") == "supported"
    status, _ = check(text.format("36,750"), date(2025, 3, 1))
    assert at(status, "36,750") == "contradicted"


# -- 5. "The month also cost Russia" after a sentence that names the month ---------------------

def test_the_month_as_subject_is_the_month_named_before(check):
    text = "October was another heavy month for Russia by Kyiv's count. The month also cost " \
           "it {} tanks and 923 armoured vehicles, the General Staff's reports show."
    status, flags = check(text.format("279"), date(2024, 11, 1))
    assert at(status, "279") == "supported" and at(status, "923") == "supported"
    assert not flags
    status, _ = check(text.format("297"), date(2024, 11, 1))
    assert at(status, "297") == "contradicted"


def test_the_month_after_a_day_takes_no_day(check):
    # "the month" names a month: a day in the sentence before is no month to carry
    status, flags = check("Russia lost 1,100 troops on Sunday, the General Staff said. The "
                          "month also cost it 93 tanks.", date(2025, 6, 22))
    assert at(status, "93") == "unverified" and not flags
    assert at(status, "1,100") == "supported"


# -- 6. a window in the figure's clause beats the day the claim was made -----------------------

def test_a_week_in_its_clause_beats_the_day_of_the_statement(check):
    text = "Moscow's defence ministry claimed on Friday that its northern battlegroup had put " \
           "more than 2,100 Ukrainian troops out of action over the past week. Kyiv's General " \
           "Staff, for its part, counted {} Russian losses over the same week, 1,200 of them " \
           "in the past day."
    status, flags = check(text.format("8,830"), date(2025, 2, 14))
    assert at(status, "2,100") == "unverified"
    assert at(status, "8,830") == "supported" and not flags
    status, _ = check(text.format("8,380"), date(2025, 2, 14))
    assert at(status, "8,380") == "contradicted"


def test_a_name_after_a_verb_of_giving_is_its_object_not_a_designation():
    from factcheck.extract import find_mentions

    def figures(text: str) -> list[str]:
        return [text[q.start:q.end] for q in find_mentions(text, date(2024, 12, 1)).quantities]
    assert figures("The month also cost Russia 307 tanks.") == ["307"]
    assert figures("The election handed Labour 412 seats.") == ["412"]
    assert figures("Voyager 2 is still sending data.") == []


def test_a_month_opening_a_sentence_before_cost_is_that_month():
    from factcheck.extract.dates import find_dates

    def months(text: str) -> list[tuple[str, date]]:
        return [(d.text, d.start_date) for d in find_dates(text, date(2026, 5, 1))]
    assert months("April also cost Russia 75 tanks.") == [("April", date(2026, 4, 1))]
    assert months("April cost Russia 75 tanks.") == [("April", date(2026, 4, 1))]
    # (a name: no verb of the month's after it; "May" only before its own verbs)
    assert months("April also said it.") == []
    assert months("May also cost more.") == []


def test_the_month_named_as_subject_of_cost_dates_its_figures(check):
    text = "April also cost Russia 75 tanks and {} drones, the General Staff's reports show."
    status, flags = check(text.format("54,388"), date(2026, 5, 1))
    assert at(status, "75") == "supported" and at(status, "54,388") == "supported"
    assert not flags
    status, _ = check(text.format("54,838"), date(2026, 5, 1))
    assert at(status, "54,838") == "contradicted"
