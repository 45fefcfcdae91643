"""False alarms on published copy read in the sixth session (issue #10), one test per cause,
each with the wrong figure that must still be caught. Our own sentences; the General Staff's
real figures: November 2024 (reports of 2024-11-02 to 2024-12-01) 45,720 personnel, its
highest day 2,030 (report of 2024-11-29), the first day above 2,000 of the war; October 2024
41,980 personnel.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.model import Document
from factcheck.normalize import claims_for
from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("first-run-lead6")))


def test_one_day_within_a_month_is_some_day_of_it(check):
    # "in a single day" after the month's total: the 2,030 is a day of November's, not the
    # month's total, and the window is the nearest figure's only
    text = ("Russian forces lost 45,720 troops killed or wounded in November, {} of them in a "
            "single day, Kyiv said.")
    status, flags = check(text.format("2,030"), date(2024, 12, 1))
    assert status["2,030"] == "supported" and status["45,720"] == "supported" and not flags
    status, _ = check(text.format("2,130"), date(2024, 12, 1))
    assert status["2,130"] == "contradicted" and status["45,720"] == "supported"


def test_the_first_time_in_one_day_is_a_record(check):
    # a first that dates nothing: the highest day of the war up to publication, whatever the
    # "since ... in February 2022" clause names
    text = ("For the first time since Moscow launched its invasion in February 2022, Russian "
            "losses passed {} in one day, Ukraine's General Staff said.")
    status, flags = check(text.format("2,000"), date(2024, 12, 3))
    assert status["passed 2,000"] == "supported" and not flags
    status, _ = check(text.format("3,000"), date(2024, 12, 3))
    assert status["passed 3,000"] == "contradicted"


def test_a_superlative_since_the_invasion_is_no_running_total(check):
    # "the heaviest ... since the start of the full-scale invasion" counts a record from the
    # invasion; the figure is October's
    text = ("In October, Russian forces suffered their heaviest monthly losses in killed and "
            "wounded personnel since the start of the full-scale invasion: {} troops.")
    status, flags = check(text.format("41,980"), date(2024, 11, 2))
    assert status["41,980"] == "supported" and not flags
    status, _ = check(text.format("48,980"), date(2024, 11, 2))
    assert status["48,980"] == "contradicted"


def test_a_sentence_opening_adverb_is_no_entity():
    cs = claims_for(Document(id="t", text="Moreover, November 28 became a record day for "
                             "complaints - 2,030 of them.\n",
                             date=date(2024, 12, 2), title="t"))
    assert all(c.subject != "moreover" for c in cs)


def test_vehicles_of_the_reports_that_counted_fuel_tanks_apart(check):
    # until April 2022 the General Staff gave vehicles (454 on 7 March) and fuel tanks (60)
    # apart; "vehicles" may be either those or, as later, their sum (514)
    text = ("Russia has lost {} tanks, {} vehicles and {} fuel tanks since February 24, Ukraine's "
            "defence ministry said on Monday.")
    status, flags = check(text.format("290", "454", "60"), date(2022, 3, 7))
    assert status["454"] == status["60"] == status["290"] == "supported" and not flags
    status, _ = check(text.format("290", "544", "66"), date(2022, 3, 7))
    assert status["544"] == status["66"] == "contradicted"
    status, _ = check("Russia has lost 514 vehicles and fuel tanks since February 24.",
                      date(2022, 3, 7))
    assert status["514"] == "supported"
    # later reports give only the sum: a wrong figure stays contradicted
    later = "Russia has also lost {} vehicles since the invasion, the General Staff said."
    status, _ = check(later.format("62,044"), date(2025, 9, 19))
    assert status["62,044"] == "supported"
    status, _ = check(later.format("26,044"), date(2025, 9, 19))
    assert status["26,044"] == "contradicted"


def test_a_figure_that_includes_a_bare_part_gives_it_its_measure():
    text = ("Russia has lost 1,099,530 soldiers since February 24, 2022, the General Staff said "
            "on Friday, a figure that includes 1,150 from the previous day.\n")
    cs = claims_for(Document(id="t", text=text, date=date(2025, 9, 19), title="t"))
    part = next(c for c in cs if c.text == "1,150")
    assert part.measure == "personnel_losses" and not part.cumulative


def test_moscow_s_own_count_is_another_source(check):
    # Moscow's admission (25 March 2022: 1,351 dead, 3,825 wounded) is Russia's count, not the
    # General Staff's (about 16,100 that day): it is not compared, whatever stands between the
    # name and its verb; "it said" is the source just named
    text = ("Ukraine's General Staff put Russian losses at about 16,100 troops on Friday. Moscow, "
            "for its part, admitted that 1,351 of its soldiers had been killed and 3,825 "
            "wounded.")
    status, flags = check(text, date(2022, 3, 25))
    assert status["1,351"] == status["3,825"] == "unverified" and not flags
    assert status["about 16,100"] == "supported"
    text = ("Russia last reported its military casualties early in the war, when it said that "
            "around 6,000 soldiers had been killed.")
    status, flags = check(text, date(2025, 6, 12))
    assert status["around 6,000"] == "unverified" and not flags
    # the General Staff's own figure stays checked
    status, _ = check("Ukraine's General Staff put Russian losses at about 19,100 troops on "
                      "Friday.", date(2022, 3, 25))
    assert status["about 19,100"] == "contradicted"
