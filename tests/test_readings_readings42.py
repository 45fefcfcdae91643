"""Causes of the eighty-fifth phrasing set's first run (issue #10, readings42), one test each,
with the wrong figure that must still be caught. Our own sentences; the General Staff's real
figures: reports of 2, 3 and 4 June 2025: 1,140, 1,100 and 1,020 troops; of 11 and 12 June 2025: 1,120
and 1,140; of 19, 20 and 21 August 2024: 600,470, 601,800 and 603,010 troops in all (1,330 and
1,210 in the day); of 21 and 22 August 2024: 38 and 96 drones; of 18 and 19 January 2025:
818,740 and 820,430 in all; of 17, 18 and 19 November 2024: 1,640, 1,560 and 1,610 troops;
of 1 and 2 June 2025: 1,230 and 1,140 troops.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.document import read_text_document
from factcheck.normalize import claims_for
from factcheck.normalize.data_changes import day_before_base
from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("readings42")))


def _claim(text: str, figure: str, pub: date):
    doc = read_text_document(text, "t.md", pub)
    return next(c for c in claims_for(doc) if c.text == figure)


# -- a day's figure against the day before's -----------------------------------------------------

@pytest.mark.parametrize("words", [
    "80 fewer than a day earlier", "down 80 from the previous day", "80 fewer than the day before",
    "down 80 on Tuesday's figure", "down 80 on Monday's figure", "80 lower than yesterday",
])
def test_a_days_change_from_the_day_before_is_checked_against_both_reports(check, words):
    status, flags = check(f"Russia lost 1,020 troops over the past day, {words}, Ukraine's "
                          "General Staff said.", date(2025, 6, 4))
    assert status["80"] == "supported" and status["1,020"] == "supported" and not flags


@pytest.mark.parametrize("words", ["180 fewer than a day earlier", "80 more than a day earlier",
                                   "up 80 on Tuesday's figure"])
def test_a_wrong_change_or_direction_from_the_day_before_is_contradicted(check, words):
    status, flags = check(f"Russia lost 1,020 troops over the past day, {words}, Ukraine's "
                          "General Staff said.", date(2025, 6, 4))
    figure = words.split()[0] if words[0].isdigit() else words.split()[1]
    assert status[figure] == "contradicted"
    assert any(f.severity == "error" for f in flags)


@pytest.mark.parametrize("amount,status", [("80", "supported"), ("120", "supported"),
                                           ("150", "contradicted")])
def test_the_weekday_before_the_levels_is_its_losses_or_its_report(check, amount, status):
    # (the level is Tuesday 3 June 2025's losses, 1,020; "Monday's figure" is Monday's losses,
    # 1,100, or Monday's report, 1,140 for Sunday: a change that fits neither is contradicted)
    got, _ = check(f"Russia lost 1,020 troops over the past day, down {amount} on Monday's "
                   "figure, Ukraine's General Staff said.", date(2025, 6, 4))
    assert got[amount] == status


def test_a_weekday_that_is_not_the_day_before_gives_no_base():
    # (a level of 3 June 2025, a Tuesday: Tuesday's or Monday's figure is the day before's
    # report or losses; Friday's is neither)
    low = "down 80 on friday's figure"
    assert day_before_base(low, 0, (date(2025, 6, 3), date(2025, 6, 3))) is None
    got = day_before_base("down 80 on tuesday's figure", 7, (date(2025, 6, 3), date(2025, 6, 3)))
    assert got is not None and got[0] == date(2025, 6, 2)


def test_a_change_of_a_period_longer_than_a_day_takes_no_day_before():
    assert day_before_base(" fewer than a day earlier", 0,
                           (date(2025, 6, 1), date(2025, 6, 7))) is None


def test_the_day_befores_figure_a_change_is_from_is_that_days_count(check):
    text = ("Russia lost 1,020 troops over the past day, down 80 from 1,100 a day earlier, "
            "Ukraine's General Staff said.")
    c = _claim(text, "1,100", date(2025, 6, 4))
    assert c.measure == "personnel_losses" and c.period.start == date(2025, 6, 2)
    status, flags = check(text, date(2025, 6, 4))
    assert status == {"1,020": "supported", "80": "supported", "1,100": "supported"}
    wrong, _ = check(text.replace("down 80", "down 90"), date(2025, 6, 4))
    assert wrong["90"] == "contradicted"


def test_a_change_of_a_day_an_article_quotes_from_the_day_before_is_read_at_that_lag(check):
    # (the report of 12 June gives 1,140, 20 more than the 11th's; an article of the 13th may
    # quote it)
    status, _ = check("Russia lost 1,140 troops over the past day, 20 more than a day earlier, "
                      "the General Staff said.", date(2025, 6, 13))
    assert status["20"] == "supported"


def test_equipment_changes_from_the_day_before_are_checked(check):
    status, _ = check("Ukrainian forces downed 96 Russian drones over the past day, 58 more "
                      "than a day earlier, according to the General Staff.", date(2024, 8, 22))
    assert status["58"] == "supported"
    wrong, _ = check("Ukrainian forces downed 96 Russian drones over the past day, 68 more "
                     "than a day earlier, according to the General Staff.", date(2024, 8, 22))
    assert wrong["68"] == "contradicted"


# -- a running total "as of" a day ---------------------------------------------------------------

def test_a_total_as_of_the_publication_day_is_that_days_report(check):
    text = ("As of Aug. 20, Russia had lost {} personnel since the start of the full-scale "
            "invasion, Ukraine's General Staff said.")
    status, flags = check(text.format("601,800"), date(2024, 8, 20))
    assert status["601,800"] == "supported" and not flags
    stale, flags = check(text.format("600,470"), date(2024, 8, 20))
    assert stale["600,470"] == "contradicted"
    assert any(f.severity == "error" for f in flags)


@pytest.mark.parametrize("total", ["818,740", "820,430"])
def test_a_total_as_of_the_day_before_is_its_report_or_the_losses_through_it(check, total):
    status, flags = check(f"As of Jan. 19, Russia has lost a total of {total} troops since the "
                          "full-scale invasion began, Ukraine's General Staff reported.",
                          date(2025, 1, 20))
    assert status[f"a total of {total}"] == "supported" and not flags


def test_a_total_as_of_the_day_before_with_an_older_total_is_contradicted(check):
    status, _ = check("As of Jan. 19, Russia has lost a total of 817,160 troops since the "
                      "full-scale invasion began.", date(2025, 1, 20))
    assert status["a total of 817,160"] == "contradicted"


def test_as_of_the_morning_of_a_day_is_that_days_report_only(check):
    text = ("As of the morning of Aug. 20, Russia had lost {} troops in total, the General "
            "Staff said.")
    ok, _ = check(text.format("601,800"), date(2024, 8, 21))
    assert ok["601,800"] == "supported"
    nxt, _ = check(text.format("603,010"), date(2024, 8, 21))
    assert nxt["603,010"] == "contradicted"


def test_a_total_with_no_as_of_day_still_reads_the_report_before_publication(check):
    # (an article of the 20th may quote the report of the 19th: the lag window stays)
    status, _ = check("Russia has lost 600,470 troops since the start of the full-scale "
                      "invasion, Ukraine's General Staff said.", date(2024, 8, 20))
    assert status["600,470"] == "supported"


# -- weekdays: the report named by its day --------------------------------------------------------

@pytest.mark.parametrize("text,pub", [
    ("The General Staff's Monday report put Russia's losses over the past day at {} troops.",
     date(2024, 11, 19)),
    ("In its Monday report, the General Staff put Russia's losses over the previous day at {} "
     "troops.", date(2024, 11, 19)),
])
def test_a_report_named_by_its_weekday_is_that_report_not_publications(check, text, pub):
    ok, flags = check(text.format("1,560"), pub)
    assert ok["1,560"] == "supported" and not flags
    wrong, _ = check(text.format("1,610"), pub)   # (Tuesday's report)
    assert wrong["1,610"] == "contradicted"


def test_losses_of_a_weekday_said_the_next_day(check):
    ok, _ = check("On Sunday, Russian forces lost 1,560 troops, the General Staff said on "
                  "Monday.", date(2024, 11, 18))
    assert ok["1,560"] == "supported"
    wrong, _ = check("On Sunday, Russian forces lost 1,650 troops, the General Staff said on "
                     "Monday.", date(2024, 11, 18))
    assert wrong["1,650"] == "contradicted"


# -- a running total's noun brought to the figure: error level, not a document default -----------

def test_a_tally_brought_to_a_figure_no_day_brought_is_a_written_running_total():
    text = ("Moscow's armed forces lost 700 fighters in the previous 24 hours, Ukraine's General "
            "Staff said. The new figures bring Kyiv's tally of reported Russian casualties to "
            "430,390.")
    c = _claim(text, "430,390", date(2024, 3, 20))
    assert c.cumulative and dict(c.extra_dict()["basis"])["scope"].startswith("written")


def test_a_count_put_at_a_list_of_totals_writes_each_of_them(check):
    text = ("The General Staff's count put Russian losses at 585,140 troops and {} tanks on "
            "Tuesday.")
    ok, flags = check(text.format("8,421"), date(2024, 8, 6))
    assert ok["8,421"] == "supported" and not flags
    wrong, flags = check(text.format("8,241"), date(2024, 8, 6))
    assert wrong["8,241"] == "contradicted"
    assert any(f.severity == "error" for f in flags)


@pytest.mark.parametrize("words", ["bring the week's tally to", "take the monthly count to",
                                   "bring the tally for the year to"])
def test_a_periods_tally_brought_to_a_figure_is_no_written_running_total(words):
    # (whatever else reads it, not this cue: a period's tally is no war-long running total)
    text = f"The new figures from Kyiv {words} 31,000."
    c = _claim(text, "31,000", date(2024, 8, 7))
    basis = dict(c.extra_dict().get("basis") or ())
    assert words not in str(basis.get("scope", "")).replace("kyiv", "Kyiv")


@pytest.mark.parametrize("words", ["bring Kyiv's tally to", "push Russia's count of casualties to"])
def test_a_running_tally_brought_to_a_figure_alone_is_written(words):
    c = _claim(f"The new figures from Kyiv {words} 31,000.", "31,000", date(2024, 8, 7))
    basis = dict(c.extra_dict().get("basis") or ())
    assert c.cumulative and words.lower() in str(basis.get("scope", ""))
