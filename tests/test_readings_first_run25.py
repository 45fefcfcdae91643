"""False alarms, unverified true figures and missed plants of the twenty-fifth phrasing set's
first run (issue #10), one test per cause, each with the wrong figure that must still be caught.
Our own sentences; the General Staff's real figures: report of 2026-06-16: 1,385,420 (+1,230),
cruise missiles 4,783 (+50); report of 2025-09-20: 1,100,600 (+1,070); of 2026-06-28:
1,400,970; 2024 by report date: July 35,420, September 38,110; May 2025: 35,370 (31 days);
report of 2024-07-08: 552,190 (+1,200), tanks 8,171 (+16).
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import status_checker


def at(status: dict[str, str], figure: str) -> str:
    """The status of the claim whose words hold ``figure``."""
    return next(v for k, v in status.items() if figure in k)


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("first-run-25")))


# -- "4,783 cruise missiles, 50 of them in the past day": the day is the part's ---------------

def test_the_day_after_a_part_of_a_total_is_the_parts(check):
    text = "Kyiv said Russia had also lost 4,783 cruise missiles, {} of them in the past day."
    status, flags = check(text.format(50), date(2026, 6, 16))
    assert at(status, "4,783") == at(status, "50") == "supported" and not flags
    status, _ = check(text.format(15), date(2026, 6, 16))
    assert at(status, "4,783") == "supported" and at(status, "15") == "contradicted"


# -- "Ukraine's tally rose to N on Tuesday": that day's report, not the one before ------------

def test_a_tally_that_rose_on_the_publication_day_is_that_days_report(check):
    text = "Ukraine's tally rose to {} on Tuesday, after another 1,230 losses in the past day."
    status, flags = check(text.format("1,385,420"), date(2026, 6, 16))
    assert at(status, "1,385,420") == "supported" and not flags
    status, _ = check(text.format("1,384,190"), date(2026, 6, 16))    # Monday's
    assert at(status, "1,384,190") == "contradicted"


# -- "increasing to more than 1.1 million": the count before it -------------------------------

def test_increasing_to_carries_the_count_before(check):
    text = ("In the last 24 hours, 1,070 Russian fighters were liquidated, the General Staff "
            "said, increasing to more than {} million the number killed or wounded since the "
            "start of the invasion.")
    status, flags = check(text.format("1.1"), date(2025, 9, 20))
    assert at(status, "1.1 million") == "supported" and not flags
    status, _ = check(text.format("1.2"), date(2025, 9, 20))
    assert at(status, "1.2 million") == "contradicted"


# -- "Casualty figures ... hitting over N in July alone": the phrase before names it ----------

def test_casualty_figures_hitting_a_months_count(check):
    text = ("Casualty figures for Russian troops were also reported, hitting over 35,000 in July "
            "alone and escalating to {} by September.")
    status, flags = check(text.format("38,110"), date(2024, 10, 2))
    assert at(status, "35,000") == at(status, "38,110") == "supported" and not flags
    status, _ = check(text.format("38,010"), date(2024, 10, 2))
    assert at(status, "38,010") == "contradicted"


# -- "passed the 1.4 million mark": a threshold, counting what the sentence's words do ---------

def test_the_mark_a_count_passed_is_a_threshold_of_that_count(check):
    text = "Russian losses passed the {} million mark on Sunday, Kyiv said."
    status, flags = check(text.format("1.4"), date(2026, 6, 29))
    assert at(status, "1.4 million") == "supported" and not flags
    status, _ = check(text.format("1.5"), date(2026, 6, 29))
    assert at(status, "1.5 million") == "contradicted"


# -- "On average, it lost about N a day" after the month's count ------------------------------

def test_an_average_it_lost_is_over_the_month_before(check):
    text = "In May, Russia lost 35,370 soldiers, Kyiv said. On average, it lost about {} a day."
    status, flags = check(text.format("1,141"), date(2025, 6, 3))
    assert at(status, "1,141") == "supported" and not flags
    status, _ = check(text.format("1,214"), date(2025, 6, 3))
    assert at(status, "1,214") == "contradicted"


# -- "And tanks? 8,171 ..., including 16": no count further back is what it includes ----------

def test_including_after_a_total_of_no_known_count_takes_no_earlier_count(check):
    status, flags = check("How many Russian troops does Kyiv say it has put out of action? "
                          "552,190 as of Monday, 1,200 of them over the past day. And tanks? "
                          "8,171 since the invasion began, including 16 in the past 24 hours.",
                          date(2024, 7, 8))
    assert at(status, "1,200") == "supported"
    assert at(status, "16") != "contradicted" and not flags


# -- '"increasing to more than 1.1 million" the number of Russians put out of action' ----------

def test_put_out_of_action_after_a_quote_names_no_source(check):
    text = ("In the last 24 hours, 1,070 Russian fighters were \"liquidated\", the General Staff "
            "said, \"increasing to more than {} million\" the number of Russians put out of "
            "action since the start of the invasion.")
    status, flags = check(text.format("1.1"), date(2025, 9, 20))
    assert at(status, "1.1 million") == "supported" and not flags
    status, _ = check(text.format("1.2"), date(2025, 9, 20))
    assert at(status, "1.2 million") == "contradicted"
