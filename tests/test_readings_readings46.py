"""Readings of readings46 (issue #10): a liveblog entry's "past day" counted from its own
update's day, and rates a month or a week checked against the dataset's days. Our own
sentences; the General Staff's real figures: reports of 13 and 14 May 2026: 1,130 and 1,060
troops over the day, 1,344,180 and 1,345,240 in all.
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("readings46")))


def _of(status: dict[str, str], figure: str) -> str:
    """The status of the one claim whose words hold ``figure``."""
    (got,) = [s for words, s in status.items() if figure in words]
    return got


# -- a liveblog entry's "past day" counts from the entry's date, not publication's ----------------

_ENTRIES = ("### 14 May 2026, 09:05\nRussia lost 1,060 troops over the past day, Ukraine's "
            "General Staff says, bringing its losses since the full-scale invasion to "
            "1,345,240.\n### 13 May 2026, 09:10\nThe General Staff's morning report put "
            "Russia's losses over the past day at {day} troops, for a total of 1,344,180.")


def test_an_earlier_entrys_correct_total_is_read_against_its_own_days_report(check):
    # the entry of 13 May carries the 14th's day figure (wrong); its total is the 13th's
    status, flags = check(_ENTRIES.format(day="1,060"), date(2026, 5, 14))
    assert _of(status, "1,344,180") == "supported" and _of(status, "1,345,240") == "supported"
    # (the later "1,060" is the entry of 13 May's: the one figure contradicted, at error level)
    assert status["1,060"] == "contradicted" and list(status.values()).count("contradicted") == 1
    assert any(f.severity == "error" for f in flags)
    assert {c for f in flags for c in f.claims} == {f.claims[0] for f in flags}


def test_an_earlier_entry_with_its_own_days_figures_is_supported(check):
    status, flags = check(_ENTRIES.format(day="1,130"), date(2026, 5, 14))
    assert set(status.values()) == {"supported"} and not flags


# -- rates a month or a week: the reports' sum over the period, divided by its stretches ----------
# (Kyiv's reports: January to March 2026, 89,760 troops; October 2025, 31,270; November 2025,
# 31,030 in the reports dated in it, 32,040 in the 30 reports to 5 December)

@pytest.mark.parametrize("figure,expected", [("about 30,000", "supported"),
                                             ("about 40,000", "contradicted")])
def test_a_rate_a_month_over_a_named_quarter(check, figure, expected):
    status, flags = check(f"Over the first three months of 2026 Russia lost {figure} troops a "
                          "month, according to Ukraine's General Staff.", date(2026, 4, 6))
    assert _of(status, figure) == expected
    assert bool(flags) == (expected == "contradicted")


@pytest.mark.parametrize("figure,expected", [("about 7,000", "supported"),
                                             ("about 9,000", "contradicted")])
def test_a_rate_a_week_over_a_named_month(check, figure, expected):
    status, _ = check(f"In October 2025 Russia lost {figure} soldiers a week, Ukraine's "
                      "General Staff figures show.", date(2025, 11, 3))
    assert _of(status, figure) == expected


@pytest.mark.parametrize("figure,expected", [("about 32,000", "supported"),
                                             ("about 45,000", "contradicted")])
def test_a_rate_with_no_stretch_keeps_the_last_month_and_the_last_30_days(check, figure,
                                                                         expected):
    status, flags = check(f"According to Ukraine's General Staff, Russia is now losing {figure} "
                          "troops a month.", date(2025, 12, 5))
    assert _of(status, figure) == expected
    assert all("30 days" in f.message or "calendar month" in f.message or "2025-11" in
               f.message for f in flags)


def test_which_window_supported_a_rate_is_said(tmp_path):
    from readings_support import checker_for
    run = checker_for(str(tmp_path))
    _, cs, _, verdicts = run("According to Ukraine's General Staff, Russia is now losing about "
                             "32,000 troops a month.", date(2025, 12, 5))
    (c,) = cs
    assert c.measure == "personnel_losses_per_month" and c.period is None
    said = " ".join(e.detail for e in verdicts[c.id].evidence)
    assert "last calendar month" in said and "last 30 days" in said


def test_a_rate_that_is_a_comparisons_base_with_an_elliptic_stretch_is_not_checked(check):
    # "in the first" (quarter) is no date this reads: the figure is left not checkable
    status, flags = check("In the second quarter of 2025 Russia lost about 35,000 troops a "
                          "month, according to Ukraine's General Staff, down from more than "
                          "40,000 a month in the first.", date(2025, 7, 3))
    assert _of(status, "about 35,000") == "supported"
    assert _of(status, "more than 40,000") == "unverified" and not flags


# -- never silent: a figure left with no measure says why ---------------------------------------

@pytest.mark.parametrize("text,why", [
    ("Russia is losing about 20,000 troops a year, according to Ukraine's General Staff.",
     'a rate ("troops a year"), which no report gives'),
    ("In the second quarter of 2025 Russia lost about 35,000 troops a month, down from more "
     "than 40,000 a month in the first.", "over a stretch of time the words leave undated")])
def test_a_rate_left_unchecked_gives_its_reason(tmp_path, text, why):
    from readings_support import checker_for
    run = checker_for(str(tmp_path))
    _, cs, _, verdicts = run(text, date(2025, 7, 3))
    (c,) = [c for c in cs if c.measure is None]
    v = verdicts[c.id]
    assert v.status == "unverified" and v.reason == "no measure" and why in v.why


# -- a list's or table's lead-in that names the side: its lines are that side's, within the block --
# (Kyiv's report of 26 May 2023: artillery 3,384 in all, 25 over the day)

_TICKER = ("+++ 10:05: Kyiv's General Staff has updated its figures for {side} losses.{gap}"
           "Soldiers: 205,720 (+460 on the previous day)\nArtillery systems: 3,384 (+{n})")


def test_a_lines_side_from_its_lead_in_allows_an_error(check):
    status, flags = check(_TICKER.format(side="Russian", gap="\n", n="52"), date(2023, 5, 26))
    assert status["52"] == "contradicted"
    assert any(f.severity == "error" for f in flags)


def test_a_lead_in_beyond_a_blank_line_leaves_a_warning(check):
    status, flags = check(_TICKER.format(side="Russian", gap="\n\n", n="52"), date(2023, 5, 26))
    assert status["52"] == "contradicted"
    assert flags and all(f.severity == "warning" for f in flags)


def test_the_right_lines_under_a_lead_in_stay_supported(check):
    status, flags = check(_TICKER.format(side="Russian", gap="\n", n="25"), date(2023, 5, 26))
    assert status["25"] == "supported" and not flags
