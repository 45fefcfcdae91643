"""Readings53 (issue #10): a list's items take the window written after them ("nearly 7,000 over
the last five days alone, with 19 tanks ... over the past week"); a record's earlier point keeps
its own figure ("the highest daily figure since the report of March 29, which gave 1,740");
"on one day" within a month is some day of it; "there" after another war's place keeps a figure
that war's; "had risen to about N, among them M" carries the count named before. Our own
sentences; the General Staff's real figures (reports of 29 March and 1 April 2025, 9 December
2025, the seven reports to 3 June 2026; December 2025 personnel 35,050, its highest day 1,730).
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import checker_for, claims_by_text as _claims, statuses as _status


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("readings53")))


def _readings(claim) -> list[tuple]:
    return list(dict(claim.extra).get("readings", ()))


# -- a list's items and the window after them ------------------------------------------------------

_FIVE_AND_WEEK = ("Kyiv's figures show Russian losses of nearly 7,000 over the last five days "
                  "alone, with {tanks} tanks and 12,273 drones destroyed over the past week.")


def test_a_list_item_is_read_over_the_window_after_it():
    c = _claims(_FIVE_AND_WEEK.format(tanks="19"), date(2026, 6, 3))["19"]
    spans = {(r[1], r[2]) for r in _readings(c)}
    assert ("2026-05-27", "2026-06-02") in spans, spans


def test_the_weeks_tanks_are_supported_and_a_wrong_figure_still_contradicted(run):
    got = _status(run, _FIVE_AND_WEEK.format(tanks="19"), date(2026, 6, 3))
    assert got["19"] == "supported" and got["nearly 7,000"] == "supported"
    got = _status(run, _FIVE_AND_WEEK.format(tanks="91"), date(2026, 6, 3))
    assert got["91"] == "contradicted"


def test_a_figure_before_its_own_window_keeps_it():
    # ("nearly 7,000 over the last five days": the window right after it, not the week's)
    c = _claims(_FIVE_AND_WEEK.format(tanks="19"), date(2026, 6, 3))["nearly 7,000"]
    assert (c.period.start.isoformat(), c.period.end.isoformat()) == ("2026-05-29", "2026-06-02")
    assert all((r[1], r[2]) != ("2026-05-27", "2026-06-02") for r in _readings(c))


# -- a record's earlier point -------------------------------------------------------------------

_SINCE_POINT = ("Ukraine's General Staff reported 1,540 Russian casualties on Tuesday, its highest "
                "daily figure since {point}, {which} {n}.")


@pytest.mark.parametrize("point,which", [("the report of March 29", "which gave"),
                                         ("the update for March 29", "which showed")])
def test_the_point_a_record_reaches_back_to_is_its_reports_figure(run, point, which):
    text = _SINCE_POINT.format(point=point, which=which, n="1,740")
    c = _claims(text, date(2025, 4, 1))["1,740"]
    assert not any(len(r) > 6 and r[6] for r in _readings(c)), _readings(c)   # no record
    assert ("2025-03-28", "2025-03-28") in {(r[1], r[2]) for r in _readings(c)}
    assert _status(run, text, date(2025, 4, 1))["1,740"] == "supported"


def test_a_wrong_figure_for_the_point_is_contradicted(run):
    text = _SINCE_POINT.format(point="the report of March 29", which="which gave", n="1,470")
    assert _status(run, text, date(2025, 4, 1))["1,470"] == "contradicted"


def test_a_bare_date_point_is_not_read_as_the_record(run):
    # (the date forms date it by "March 29" themselves)
    text = _SINCE_POINT.format(point="March 29", which="when the figure was", n="1,740")
    c = _claims(text, date(2025, 4, 1))["1,740"]
    assert not any(len(r) > 6 and r[6] for r in _readings(c)), _readings(c)
    assert _status(run, text, date(2025, 4, 1))["1,740"] == "supported"


# -- "on one day" within a month ------------------------------------------------------------------

_ONE_DAY = ("By the count of Ukraine's military, Russia lost 35,050 soldiers killed or wounded in "
            "December, on one day even {n}.")


def test_on_one_day_within_a_month_is_some_day_of_it(run):
    got = _status(run, _ONE_DAY.format(n="1,730"), date(2026, 1, 2))
    assert got["1,730"] == "supported" and got["35,050"] == "supported"
    assert _status(run, _ONE_DAY.format(n="1,930"), date(2026, 1, 2))["1,930"] == "contradicted"


def test_the_months_total_before_the_window_is_not_read_as_a_day():
    c = _claims(_ONE_DAY.format(n="1,730"), date(2026, 1, 2))["35,050"]
    assert not any(len(r) > 7 and r[7] for r in _readings(c)), _readings(c)


# -- another war's place and "there" ---------------------------------------------------------------

_AFGHANISTAN = ("By Kyiv's count Russia has now lost 1,157,400 soldiers killed or wounded, against "
                "15,051 Soviet dead in the ten years of the war in Afghanistan. The tank figure, "
                "{tanks}, dwarfs the 147 the Soviet army lost {where}.")


def test_a_figure_placed_there_after_another_war_is_that_wars(run):
    got = _status(run, _AFGHANISTAN.format(tanks="11,350", where="there"), date(2025, 11, 15))
    assert got["147"] == "unverified" and got["11,350"] == "supported"
    got = _status(run, _AFGHANISTAN.format(tanks="11,530", where="there"), date(2025, 11, 15))
    assert got["11,530"] == "contradicted" and got["147"] == "unverified"


def test_without_there_the_figure_is_not_given_to_the_other_war():
    c = _claims(_AFGHANISTAN.format(tanks="11,350", where="in the end"), date(2025, 11, 15))["147"]
    assert "another war" not in (c.source or "")


# -- "had risen to about N, among them M" --------------------------------------------------------

_RISEN = ("Ukraine's army said on Tuesday that Russian military dead and wounded since the start "
          "of the war had risen to about 1,182,610, among them {n} in the last 24 hours.")


def test_a_total_that_had_risen_and_its_part_among_them_take_the_count(run):
    cs = _claims(_RISEN.format(n="930"), date(2025, 12, 9))
    assert cs["about 1,182,610"].measure == "personnel_losses"
    assert cs["930"].measure == "personnel_losses"
    got = _status(run, _RISEN.format(n="930"), date(2025, 12, 9))
    assert got["930"] == "supported" and got["about 1,182,610"] == "supported"
    assert _status(run, _RISEN.format(n="390"), date(2025, 12, 9))["390"] == "contradicted"
