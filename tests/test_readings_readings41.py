"""Causes of the first runs of phrasing sets 82 and 83 (issue #10, readings41), one test each,
with the wrong figure that must still be caught. Our own sentences; the General Staff's real
figures (personnel unless said): reports of 2025-06-12: 1,000,340 (999,200 on the 11th);
2025-06-16: 1,005,060 (+1,200); 2024-04-30: 1,250 (468,720); 2025-11-17 .. 2025-11-20: 1,160,
960, 850, 890 (five reports to the 20th: 4,720); 2025-02-17 .. 2025-02-24: 8,310 in all;
2026-02-23 .. 2026-03-02: 7,230 in all, 960 on 2026-03-02; 2024-09-14: 1,210, 2024-09-15: 1,170
(633,800); armoured vehicles 2024-09-14: +40, 2024-09-15: +20.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.document import read_text_document
from factcheck.normalize import claims_for
from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("readings41")))


def _claim(text: str, figure: str, pub: date):
    doc = read_text_document(text, "t.md", pub)
    return next(c for c in claims_for(doc) if c.text == figure)


# -- "Russia's losses in Kyiv's tally": whose count, not a town's part of the front ------------

def _tally(figure: str) -> str:
    return ("Russia's losses in Kyiv's tally passed the one million mark on June 12, when they "
            f"hit {figure}.")


def test_a_count_named_by_its_place_is_no_part_of_the_front():
    c = _claim(_tally("1,000,340"), "1,000,340", date(2025, 6, 16))
    assert c.subject == "russian_forces" and c.cumulative


@pytest.mark.parametrize("figure,status", [("1,000,340", "supported"),
                                           ("1,000,430", "contradicted")])
def test_a_milestone_in_kyivs_tally_is_checked(check, figure, status):
    got, _ = check(_tally(figure), date(2025, 6, 16))
    assert got[figure] == status


def test_losses_in_a_town_are_still_that_towns():
    c = _claim("Russian losses in Bakhmut alone reached 20,000.", "20,000", date(2023, 5, 20))
    assert c.subject is not None and c.subject.endswith("(bakhmut)")


# -- "the invading force": Russia's forces ---------------------------------------------------

@pytest.mark.parametrize("figure,status", [("1,250", "supported"), ("1,520", "contradicted")])
def test_the_invading_force_is_russias(check, figure, status):
    text = (f"Ukraine's report claimed that the invading force suffered roughly {figure} "
            "casualties on Tuesday.")
    assert _claim(text, f"roughly {figure}", date(2024, 4, 30)).subject == "russian_forces"
    got, _ = check(text, date(2024, 4, 30))
    assert got[f"roughly {figure}"] == status


# -- "Kyiv said on Thursday, after 850 on Wednesday": that day's report or the next ----------

@pytest.mark.parametrize("figure,status", [("850", "supported"), ("580", "contradicted")])
def test_a_figure_with_its_own_day_is_not_pinned_to_the_report_said(check, figure, status):
    text = (f"Russia lost 890 troops over the past day, Kyiv said on Thursday, after {figure} "
            "on Wednesday and 960 on Tuesday.")
    got, flags = check(text, date(2025, 11, 20))
    assert got[figure] == status and got["890"] == "supported"
    assert status == "contradicted" or not flags


# -- windows: "over four days", "in the two days"; "the five-day total" is no running total ----

@pytest.mark.parametrize("figure,status", [("3,860", "supported"), ("3,680", "contradicted")])
def test_a_sum_over_n_days_is_the_window_to_publication(check, figure, status):
    text = ("Kyiv's daily count of Russian losses stayed close to a thousand: 890 in Thursday's "
            "report, 850 the day before, and 960 and 1,160 in the two days prior, for "
            f"{figure} over four days, according to the General Staff.")
    got, _ = check(text, date(2025, 11, 20))
    assert got[figure] == status


@pytest.mark.parametrize("figure,status", [("4,720", "supported"), ("4,270", "contradicted")])
def test_a_five_day_total_is_no_running_total(check, figure, status):
    text = ("Russia lost 890 troops over the past day, Kyiv said on Thursday, after 850 on "
            f"Wednesday and 960 on Tuesday, bringing the five-day total to {figure}.")
    assert not _claim(text, figure, date(2025, 11, 20)).cumulative
    got, _ = check(text, date(2025, 11, 20))
    assert got[figure] == status


@pytest.mark.parametrize("figure,status", [("60", "supported"), ("66", "contradicted")])
def test_in_the_two_days_of_a_weekend_piece(check, figure, status):
    text = ("Russia lost 2,380 troops over the weekend, the General Staff said. Ukrainian forces "
            f"also destroyed {figure} armoured vehicles in the two days.")
    got, _ = check(text, date(2024, 9, 15))
    assert got[figure] == status


def test_the_two_days_prior_is_no_window_to_publication():
    text = ("Russia lost 890 troops in Thursday's report, 850 the day before, and 960 and 1,160 "
            "in the two days prior.")
    c = _claim(text, "1,160", date(2025, 11, 20))
    rs = dict(c.extra).get("readings") or ()
    assert not any(r[1] == "2025-11-18" and r[2] == "2025-11-19" for r in rs)


# -- a daily rate beside one report's figure; an average of a week ---------------------------

@pytest.mark.parametrize("figure,status", [("960", "supported"), ("690", "contradicted")])
def test_one_reports_figure_beside_a_mean_is_no_rate(check, figure, status):
    text = ("By the General Staff's figures, the mean for the last seven days was about 1,030 "
            f"Russian casualties a day, against {figure} in Monday's report.")
    assert _claim(text, figure, date(2026, 3, 2)).measure == "personnel_losses"
    got, _ = check(text, date(2026, 3, 2))
    assert got[figure] == status


@pytest.mark.parametrize("figure,status", [("1,190", "supported"), ("1,910", "contradicted")])
def test_an_average_after_a_week_is_the_weeks(check, figure, status):
    text = ("Russia lost 8,310 troops in the past week, according to Monday's update from "
            f"Ukraine's General Staff, or about {figure} a day.")
    c = _claim(text, f"about {figure}", date(2025, 2, 24))
    assert c.period is not None and c.period.start < c.period.end
    got, _ = check(text, date(2025, 2, 24))
    assert got[f"about {figure}"] == status


# -- "including 1,210 on Saturday and 1,170 on Sunday ... So far ... 633,800" ----------------

@pytest.mark.parametrize("figure,status", [("1,210", "supported"), ("1,120", "contradicted")])
def test_a_weekend_day_is_not_paired_with_the_sundays_total(check, figure, status):
    text = (f"Russia lost 2,380 troops over the weekend, including {figure} on Saturday and "
            "1,170 on Sunday, according to Ukraine's General Staff. So far Russia has lost "
            "633,800 personnel since it launched the full-scale war.")
    got, flags = check(text, date(2024, 9, 15))
    assert got[figure] == status and got["633,800"] == "supported"
    assert status == "contradicted" or not flags


# -- set 84: "11,037 (+2) tanks": the noun after the bracketed day's figure ------------------
# (report of 2025-07-21: tanks 11,037 (+2), cruise missiles 3,515 (+0), ships 28 (+0),
# vehicles and fuel tanks 55,859 (+132); 2022-05-08: drones 360, 2022-05-09: 377)

def _agency(vehicles: str) -> str:
    return ("The enemy's losses in equipment, including the last 24 hours, are: 11,037 (+2) "
            "tanks, cruise missiles 3,515 (+0), 28 (0) boats, 55,859 "
            f"({vehicles}) vehicles and fuel tanks.")


def test_a_number_first_list_takes_the_noun_after_each_bracket():
    doc = read_text_document(_agency("+132"), "t.md", date(2025, 7, 21))
    got = {c.text: c.measure for c in claims_for(doc)}
    assert got["11,037"] == "tanks" and got["3,515"] == "cruise_missiles"
    assert got["28"] == "ships" and got["55,859"] == "vehicles_fuel_tanks"
    assert got["132"] == "vehicles_fuel_tanks"


@pytest.mark.parametrize("increment,status", [("+132", "supported"), ("+123", "contradicted")])
def test_a_number_first_list_is_checked_item_by_item(check, increment, status):
    got, flags = check(_agency(increment), date(2025, 7, 21))
    assert got[increment.lstrip("+")] == status
    assert all(got[f] == "supported" for f in ("11,037", "3,515", "28", "55,859"))
    assert status == "contradicted" or not flags


def test_a_label_first_line_keeps_its_label():
    text = ("Equipment destroyed: tanks — 7,834 (+6) units; armoured personnel vehicles — "
            "15,096 (+20) units.")
    doc = read_text_document(text, "t.md", date(2024, 6, 12))
    got = {c.text: c.measure for c in claims_for(doc)}
    assert got["7,834"] == "tanks" and got["15,096"] == "armoured_vehicles"


# -- "As of Sunday, ... 360 drones" on a Monday: that report's total, not a stale one ---------

@pytest.mark.parametrize("figure,status", [("360", "supported"), ("306", "contradicted")])
def test_a_total_dated_to_the_day_before_is_not_stale(check, figure, status):
    text = (f"As of Sunday, the Russian troops have lost {figure} drones since the beginning "
            "of the war, Ukraine's army claimed.")
    got, flags = check(text, date(2022, 5, 9))
    assert got[figure] == status
    assert status == "contradicted" or not flags



# -- set 87: "45,720 — russian personnel losses in November 2024" (a ministry's card) --------
# (November 2024's reports: 45,720)

@pytest.mark.parametrize("figure,status", [("45,720", "supported"), ("45,270", "contradicted")])
def test_a_figure_then_a_dash_then_its_noun(check, figure, status):
    text = (f"Ukraine's Defence Ministry wrote on X: \"{figure} — russian personnel losses in "
            "November 2024.\"")
    c = _claim(text, figure, date(2024, 12, 1))
    assert c.measure == "personnel_losses" and c.subject == "russian_forces"
    got, _ = check(text, date(2024, 12, 1))
    assert got[figure] == status


def test_a_dash_before_words_that_name_no_measure_changes_nothing():
    c = _claim("Russia lost 1,200 troops — a record — on Monday.", "1,200", date(2024, 6, 12))
    assert c.measure == "personnel_losses"
