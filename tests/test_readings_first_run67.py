"""Causes found by the sixty-seventh phrasing set's first run (issue #10, readings34: named
officials' figures, sums and tables whose side the paragraph or headline names, record words
beside a right figure, a third party's daily average), one test per cause, each with the wrong
figure that must still be caught. Our own sentences; the General Staff's real figures: November
2024 45,720 (reports of 2 November to 1 December), 2025 to 9 September 299,210; 1,250 in the
report of 2025-02-13; 730 on 2025-10-17 (670 on 2025-04-21, none lower from May), 800 on
2025-10-27; 1,950 on 2024-11-12, 1,770 the day after; reports of 2025-11-15 and 16: 1,000 and
860, drones +490 (80,877); March 2023: 24,100 over 31 days, 777.4 a day.
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import checker_for, status_checker

from factcheck.extract.dates import find_dates


def at(status: dict[str, str], figure: str) -> str:
    """The status of the claim whose words are ``figure``, else hold it."""
    return status.get(figure) or next(v for k, v in status.items() if figure in k)


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("first-run-67")))


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("first-run-67-claims")))


# -- 1. officials who quote the General Staff, and those with estimates of their own ----------

def test_the_defence_minister_quotes_the_general_staff(check):
    text = "Ukraine's defence minister said on Thursday that {} Russian troops were lost over " \
           "the past day."
    status, flags = check(text.format("1,250"), date(2025, 2, 13))
    assert at(status, "1,250") == "supported" and not flags
    status, flags = check(text.format("1,520"), date(2025, 2, 13))
    assert at(status, "1,520") == "contradicted"
    assert any(f.rule == "dataset-figure-mismatch" for f in flags)


def test_the_commander_in_chiefs_year_is_the_reports_sum(check):
    text = "Russian losses since the start of the year have reached {} troops, Ukraine's " \
           "commander-in-chief Oleksandr Syrskyi said on Tuesday."
    status, _ = check(text.format("299,210"), date(2025, 9, 9))
    assert at(status, "299,210") == "supported"
    status, _ = check(text.format("292,910"), date(2025, 9, 9))
    assert at(status, "292,910") == "contradicted"


def test_a_regions_count_right_after_its_noun_is_the_regions_own(check):
    # the commander-in-chief's Kursk figures: one region's, never the national report's
    status, flags = check("Since Ukraine's incursion began on 8 August, Russia has lost 17,819 "
                          "soldiers in the Kursk region, Commander-in-Chief Oleksandr Syrskyi "
                          "said on Friday.", date(2024, 10, 25))
    assert at(status, "17,819") == "unverified" and not flags
    # the same count with no region is the General Staff's, and wrong
    status, _ = check("Since 8 August, Russia has lost 17,819 soldiers, Commander-in-Chief "
                      "Oleksandr Syrskyi said on Friday.", date(2024, 10, 25))
    assert at(status, "17,819") == "contradicted"


def test_the_presidents_estimate_stays_his_own(run):
    _, cs, flags, verdicts = run("President Volodymyr Zelensky said on Sunday that Russia had "
                                 "lost 198,000 soldiers killed and 550,000 wounded since the "
                                 "invasion began.", date(2024, 12, 8))
    assert all(verdicts[c.id].status == "unverified" for c in cs)
    assert all("Zelensky" in (verdicts[c.id].why or "") for c in cs)
    assert not [f for f in flags if f.severity in ("error", "warning")]


# -- "in the month": the month its sentence named ---------------------------------------------

def test_in_the_month_is_the_month_named_before_it():
    text = ("November was the costliest month, the minister said on Sunday: Russian forces "
            "lost 45,720 troops in the month.")
    got = [d for d in find_dates(text, date(2024, 12, 1)) if d.text == "in the month"]
    assert len(got) == 1 and (got[0].start_date, got[0].end_date) == \
        (date(2024, 11, 1), date(2024, 11, 30))
    # no month named before it, or two: nothing
    assert not [d for d in find_dates("Russia lost 45,720 troops in the month.",
                                      date(2024, 12, 1)) if d.text == "in the month"]
    assert not [d for d in find_dates("After October and November, Russia lost 45,720 troops "
                                      "in the month.", date(2024, 12, 1))
                if d.text == "in the month"]
    # "in the month to March" is a span of its own
    assert not [d for d in find_dates("In March prices rose 2% in the month to March.",
                                      date(2024, 4, 20)) if d.text == "in the month"]


def test_a_month_after_a_colon_is_not_the_running_total(check):
    text = ("November was the costliest month of the war for Moscow, Ukraine's defence "
            "minister said on Sunday: Russian forces lost {} troops killed or wounded in the "
            "month.")
    status, flags = check(text.format("45,720"), date(2024, 12, 1))
    assert at(status, "45,720") == "supported" and not flags
    status, _ = check(text.format("47,520"), date(2024, 12, 1))
    assert at(status, "47,520") == "contradicted"


# -- 2. a table under a headline that names the side, a sum in a paragraph of one count -------

TABLE = ("# Russian losses as of 15 November 2025, according to Ukraine's General Staff\n"
         "Personnel — 1,157,400 (+1,000)\nTanks — 11,350 (+6)\nDrones — 80,877 (+{})\n")


def test_a_headline_naming_the_general_staff_makes_a_table_an_error(check):
    status, flags = check(TABLE.format("490"), date(2025, 11, 15))
    assert at(status, "490") == "supported" and not flags
    status, flags = check(TABLE.format("409"), date(2025, 11, 15))
    assert at(status, "409") == "contradicted"
    assert any(f.severity == "error" for f in flags)
    # with no headline the side is a default only: a warning
    status, flags = check(TABLE.split("\n", 1)[1].format("409"), date(2025, 11, 15))
    assert flags and all(f.severity == "warning" for f in flags)


def test_a_sum_of_reports_in_a_paragraph_of_one_count_is_an_error(check):
    text = ("Ukraine's General Staff put Russian losses over the past day at 1,160 on Monday. "
            "Its reports for Saturday and Sunday add up to {}.")
    status, flags = check(text.format("1,860"), date(2025, 11, 17))
    assert at(status, "1,860") == "supported" and not flags
    status, flags = check(text.format("1,680"), date(2025, 11, 17))
    assert at(status, "1,680") == "contradicted"
    assert any(f.severity == "error" for f in flags)
    # a paragraph of two counts leaves which one the reports' sum is: a warning only
    status, flags = check("Ukraine's General Staff put Russian losses over the past day at "
                          "1,160 on Monday, and 6 tanks. Its reports for Saturday and Sunday "
                          "add up to 1,680.", date(2025, 11, 17))
    assert not [f for f in flags if f.severity == "error" and "1,680" in f.message]


# -- 3. record words beside a right figure ----------------------------------------------------

LOWEST = ("Russia lost {} troops over the past day, Ukraine's General Staff said, the lowest "
          "daily figure since {}.")


def test_a_record_a_later_day_breaks_is_flagged_with_that_day(check):
    status, flags = check(LOWEST.format("730", "April"), date(2025, 10, 17))
    assert at(status, "730") == "supported" and not flags
    status, flags = check(LOWEST.format("800", "April"), date(2025, 10, 27))
    assert at(status, "800") == "contradicted"
    rec = [f for f in flags if f.rule == "record-claim-mismatch"]
    assert rec and "2025-10-17" in rec[0].message and "730" in rec[0].message
    # "since mid-October" late in October is this October's: 800 is its lowest
    status, flags = check(LOWEST.format("800", "mid-October"), date(2025, 10, 27))
    assert at(status, "800") == "supported" and not flags


def test_this_year_is_a_record_window(check):
    text = ("Ukraine's General Staff said Russia lost {} troops over the past day, the highest "
            "daily figure this year.")
    status, flags = check(text.format("1,950"), date(2024, 11, 12))
    assert at(status, "1,950") == "supported" and not flags
    status, flags = check(text.format("1,770"), date(2024, 11, 13))
    assert at(status, "1,770") == "contradicted"
    assert any(f.rule == "record-claim-mismatch" and "1,950" in f.message for f in flags)


def test_a_record_of_another_source_is_left_alone(check):
    status, flags = check("Britain's defence ministry said Russia lost 800 troops over the "
                          "past day, the lowest daily figure since April.", date(2025, 10, 27))
    assert not [f for f in flags if f.rule == "record-claim-mismatch"]


# -- 4. a daily average worked out by a third party -------------------------------------------

BRITISH = ("Going by the figures Ukraine's General Staff releases, Russian casualties averaged "
           "{} a day in March, British intelligence said on Tuesday.")


def test_a_third_partys_average_a_fraction_off_is_not_contradicted(check):
    # 776 for 777.4 (British intelligence's own figure): within half a per cent
    status, flags = check(BRITISH.format("776"), date(2023, 4, 25))
    assert at(status, "776") == "unverified" and not flags
    status, _ = check(BRITISH.format("777"), date(2023, 4, 25))
    assert at(status, "777") == "supported"
    # two digits swapped: beyond the margin, and the General Staff's figures the words name
    status, flags = check(BRITISH.format("767"), date(2023, 4, 25))
    assert at(status, "767") == "contradicted"
    assert any(f.rule == "dataset-figure-mismatch" for f in flags)
