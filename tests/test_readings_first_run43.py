"""False alarms and misses of the forty-third phrasing set's first run (issue #10), one test
per cause, each with the wrong figure that must still be caught. Our own sentences; the
General Staff's real figures: 2022 by report month (June 5,100, September 11,180, October
12,740); tanks by day fought in 2024 (June 359, September 291); personnel per day in March
2024 (916.5 by report day, 909.7 by day fought) and February 2024 (983.8); the running total
of 2024-12-31 (789,550) and 2025-01-03 (793,250, +1,080).
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("first-run-43")))


# -- "October saw N, September N and June just N": a gapped month dates its figure ----------

def test_gapped_months_are_dates():
    from factcheck.extract.dates import find_dates
    text = ("The year was hard. October saw 12,740 Russian troops killed or wounded, September "
            "11,180 and June just 5,100.")
    got = [(text[d.start:d.end], d.start_date) for d in find_dates(text, date(2023, 1, 5))]
    assert got == [("October", date(2022, 10, 1)), ("September", date(2022, 9, 1)),
                   ("June", date(2022, 6, 1))]
    # a day of the month, a year, or a month with no month clause before it stay as they were
    assert [d.granularity for d in find_dates("It saw rises, and September 29 was worst.",
                                              date(2023, 1, 5))] == ["day"]
    assert not find_dates("Sales rose, and September 291 units were sold.", date(2023, 1, 5))


def test_months_without_in_date_their_figures(check):
    text = ("The General Staff's daily reports were grim. October saw 12,740 Russian troops "
            "killed or wounded, September {} and June just 5,100.")
    status, flags = check(text.format("11,180"), date(2023, 1, 5))
    assert status["12,740"] == status["11,180"] == status["just 5,100"] == "supported"
    assert not flags
    status, _ = check(text.format("12,180"), date(2023, 1, 5))
    assert status["12,180"] == "contradicted"


def test_june_saw_n_and_september_n(check):
    text = ("Russia's tank losses have slowed, according to Ukraine's General Staff. June saw "
            "359 Russian tanks destroyed and September {}.")
    status, flags = check(text.format(291), date(2024, 10, 3))
    assert status["359"] == status["291"] == "supported" and not flags
    status, _ = check(text.format(219), date(2024, 10, 3))
    assert status["359"] == "supported" and status["219"] == "contradicted"


# -- a third party's average worked out from the General Staff's figures -----------------------

def test_an_average_going_by_the_general_staffs_figures_is_judged(check):
    text = ("Britain's defence intelligence said that Russian losses averaged {} a day in "
            "March, down from 984 in February, going by the figures released by Ukraine's "
            "General Staff.")
    status, flags = check(text.format(916), date(2024, 4, 8))
    assert status["916"] == status["984"] == "supported" and not flags
    # the day-fought reading (909.7) is kept too
    status, flags = check(text.format(910), date(2024, 4, 8))
    assert status["910"] == "supported" and not flags
    status, _ = check(text.format(961), date(2024, 4, 8))
    assert status["961"] == "contradicted"


def test_a_third_partys_own_average_stays_unjudged(check):
    # no words say the figures are the General Staff's: Britain's own estimate
    text = "Britain's defence intelligence said Russian losses averaged 961 a day in March."
    status, flags = check(text, date(2024, 4, 8))
    assert status["961"] != "contradicted" and not flags


# -- a running total published in a month's first days: the month's end is a reading --------

def test_a_total_at_the_years_turn_may_be_the_years_end(check):
    text = ("Russia ended 2024 with its heaviest losses of the war. In total, Moscow has lost "
            "{} troops since February 2022, according to Ukraine's General Staff.")
    for total in ("789,550", "793,250"):
        status, flags = check(text.format(total), date(2025, 1, 3))
        assert status[total] == "supported" and not flags
    status, _ = check(text.format("739,250"), date(2025, 1, 3))
    assert status["739,250"] == "contradicted"
    # later in the month the month's end is no reading of a current total
    status, _ = check(text.format("789,550"), date(2025, 1, 10))
    assert status["789,550"] == "contradicted"


def test_month_turn():
    from factcheck.normalize.readings import _month_turn
    assert _month_turn(date(2025, 1, 3))[0] == date(2024, 12, 31)
    assert _month_turn(date(2025, 1, 4)) is None


# -- "the Defence Ministry said", bare: the ministry of the story's source --------------------

def test_a_bare_defence_ministry_is_the_story_sources(check):
    # the report of 2025-05-22: 977,650 personnel (+870), 10,839 tanks, 28,122 artillery
    text = ("Ukraine's General Staff said on Thursday that Russian forces had lost 870 troops "
            "over the past day. The total since February 2022 now stands at 977,650, the "
            "Defence Ministry said, along with 10,839 tanks and {} artillery systems.")
    status, flags = check(text.format("28,122"), date(2025, 5, 22))
    assert status["28,122"] == status["977,650"] == "supported" and not flags
    status, _ = check(text.format("28,722"), date(2025, 5, 22))
    assert status["28,722"] == "contradicted"


def test_story_body_follows_the_named_party():
    from factcheck.normalize.lexicon import Lexicon
    lex = Lexicon()
    assert lex.story_body("Defence Ministry", ["Ukrainian Ministry of Defense"]) == \
        "Ukrainian Ministry of Defense"
    assert lex.story_body("defense ministry", ["Ukrainian Ministry of Defense",
                                               "Russian Ministry of Defence"]) == \
        "Russian Ministry of Defence"
    # no party named before, or a name that is no bare body: as written
    assert lex.story_body("Defence Ministry", []) is None
    assert lex.story_body("Oryx", ["Ukrainian Ministry of Defense"]) is None
