"""Causes of the thirty-third phrasing set's first run (issue #10, readings15), one test each,
with the wrong figure that must still be caught. Our own sentences; the General Staff's real
figures: report of 2023-06-07: 3,873 tanks; of 2023-05-20: 5 armoured vehicles and 19
artillery systems on the day (3,229 artillery systems in all); of 2023-05-21: 29 artillery
systems and 16 armoured vehicles; of 2023-05-23: 40 artillery systems (3,318 in all); of
2024-06-19: 1,130 troops; of 2026-01-20 (the fighting of January 19): 1,130 troops and 925
drones, against 1,020 and 765 in the report of January 19.
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
    return status_checker(str(tmp_path_factory.mktemp("first-run-33")))


# -- a counting body described before its name credits the sentence -------------------------

@pytest.mark.parametrize("text", [
    "The open-source site Oryx, which counts only losses confirmed by photographs, puts "
    "Russia's tank losses at 2,011.",
    "The independent Russian outlet Mediazona, which counts only confirmed names, puts "
    "Russia's tank losses at 2,011.",
])
def test_a_described_counting_body_is_not_the_general_staff(check, text):
    status, flags = check(text, date(2023, 6, 7))
    assert at(status, "2,011") == "unverified" and not flags


def test_the_general_staffs_own_figure_is_still_contradicted(check):
    status, _ = check("Russia has lost 2,011 tanks since the invasion began, the General "
                      "Staff said.", date(2023, 6, 7))
    assert at(status, "2,011") == "contradicted"


# -- a day named before "in just 24 hours", no report named: the day fought or its report ----

def test_a_day_named_before_a_window_is_the_day_fought_too(check):
    text = ("On January 19, Russian forces suffered one of their worst days of the war, "
            "according to Ukraine's General Staff: 1,130 personnel and 925 drones lost in just "
            "24 hours.")
    status, flags = check(text, date(2026, 1, 20))
    assert at(status, "925") == "supported" and at(status, "1,130") == "supported"
    assert not flags


def test_a_wrong_figure_of_that_day_is_still_contradicted(check):
    text = ("On January 19, Russian forces suffered one of their worst days of the war, "
            "according to Ukraine's General Staff: 1,130 personnel and 952 drones lost in just "
            "24 hours.")
    status, _ = check(text, date(2026, 1, 20))
    assert at(status, "952") == "contradicted"


# -- "the General Staff had said on Saturday": the report of an earlier weekday ------------------

def test_a_figure_of_an_earlier_days_report(check):
    text = ("Russia lost 29 artillery systems in the past 24 hours, Kyiv said on Sunday. Five "
            "armored vehicles were put out of action along with 19 artillery systems over the "
            "previous 24-hour period, the General Staff had said on Saturday.")
    status, flags = check(text, date(2023, 5, 21))
    assert at(status, "Five") == "supported" and at(status, "19") == "supported"
    assert not flags


def test_a_wrong_figure_of_an_earlier_days_report_is_contradicted(check):
    text = ("Russia lost 29 artillery systems in the past 24 hours, Kyiv said on Sunday. Five "
            "armored vehicles were put out of action along with 39 artillery systems over the "
            "previous 24-hour period, the General Staff had said on Saturday.")
    status, _ = check(text, date(2023, 5, 21))
    assert at(status, "39") == "contradicted"


def test_the_tally_posted_on_an_earlier_day_is_its_day_figure_too(check):
    text = ("Russian forces lost 40 artillery systems in the past 24 hours, Ukraine's military "
            "said on Tuesday morning. On Monday the General Staff reported 20 artillery systems "
            "destroyed, after 29 in the tally it posted on Sunday.")
    status, flags = check(text, date(2023, 5, 23))
    assert at(status, "29") == "supported" and not flags


# -- "Ukrainian forces put N troops out of action": the agent is not whose losses -----------------

def test_put_out_of_action_counts_the_other_sides_losses(check):
    status, flags = check("Over the last day, Ukrainian forces put 1,130 troops out of action.",
                          date(2024, 6, 19))
    assert at(status, "1,130") == "supported" and not flags


def test_a_wrong_figure_put_out_of_action_is_contradicted(check):
    status, _ = check("Over the last day, Ukrainian forces put 1,310 troops out of action.",
                      date(2024, 6, 19))
    assert at(status, "1,310") == "contradicted"


# -- "they destroyed 44", "when 940 were destroyed": a bare figure continues the count before ---

MAY = ("In May the Defence Forces destroyed 1,129 Russian artillery systems, a new monthly "
       "record, the ministry said. On the last day of May alone they destroyed {}, according to "
       "the General Staff.")
RECORD = ("Ukraine's forces destroyed 980 Russian artillery systems in March, the most in any "
          "single month of the full-scale war. The previous record was set in September 2023, "
          "when {} were destroyed.")


@pytest.mark.parametrize("template, figure, pub, expected", [
    (MAY, "44", date(2024, 6, 1), "supported"),
    (MAY, "49", date(2024, 6, 1), "contradicted"),
    (RECORD, "940", date(2024, 4, 2), "supported"),
    (RECORD, "904", date(2024, 4, 2), "contradicted"),
])
def test_a_verb_of_destruction_with_no_noun_takes_the_count_before(check, template, figure,
                                                                    pub, expected):
    status, _ = check(template.format(figure), pub)
    assert at(status, figure) == expected


# -- "N and N respectively": the adverb is no noun of the second figure ------------------------

@pytest.mark.parametrize("second, expected", [("31,680", "supported"),
                                              ("31,860", "contradicted")])
def test_respectively_after_two_months_is_no_measure(check, second, expected):
    text = ("Russia's army has lost more than 1.2 million troops, by the General Staff's count. "
            f"In December and January alone its losses came to 35,050 and {second} "
            "respectively.")
    status, _ = check(text, date(2026, 2, 10))
    assert at(status, second) == expected
