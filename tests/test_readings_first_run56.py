"""False alarms of the fifty-sixth and fifty-seventh phrasing sets' first run (issue #10,
readings29), one test per cause, each with the wrong figure that must still be caught. Our own
sentences; the General Staff's real figures: reports of 2024-12-31 and 2025-05-06: 1,098 tanks
and 5,903 artillery systems between them (1,094 and 5,899 from the report of 2025-01-01);
2025-12-31 to 2026-03-10: 67,080 troops (66,020 from 2026-01-01), +950 troops and +2,169
drones on 2026-03-10; 2026-07-14: 1,421,810 troops, 45,911 artillery systems, 12,131 tanks;
2022-09-13: 53,300 troops (+350), 2,175 tanks, 3,150 troops in the seven reports to it;
October 2025: 31,270 troops in the reports dated in it, about 1,009 a day.
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import status_checker


def at(status: dict[str, str], figure: str) -> str:
    """The status of the claim whose words are ``figure``, else hold it."""
    return status.get(figure) or next(v for k, v in status.items() if figure in k)


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("first-run-56")))


# -- "Since the start of the year ... 1,098 tanks": the total from the year-end report ---------

def test_a_sum_to_date_may_count_from_the_year_end_report(check):
    text = ("Since the start of the year, by the General Staff's count, Russia has lost {} tanks "
            "and {} artillery systems.")
    status, flags = check(text.format("1,098", "5,903"), date(2025, 5, 6))
    assert at(status, "1,098") == "supported" and at(status, "5,903") == "supported"
    assert not flags
    # (counted from the report of 1 January, as the period's own days: still supported)
    status, _ = check(text.format("1,094", "5,899"), date(2025, 5, 6))
    assert at(status, "1,094") == "supported" and at(status, "5,899") == "supported"
    status, _ = check(text.format("1,098", "5,093"), date(2025, 5, 6))
    assert at(status, "5,093") == "contradicted"


def test_a_completed_month_does_not_take_the_extra_report(check):
    # 31,270 (reports of 1-31 October) and 31,250 (of 2 October-1 November) are the month's;
    # the reports of 30 September to 1 November would be more than the month
    text = "Russia lost {} troops in October, the General Staff's daily figures show."
    status, _ = check(text.format("31,270"), date(2025, 11, 1))
    assert at(status, "31,270") == "supported"
    status, _ = check(text.format("32,170"), date(2025, 11, 1))
    assert at(status, "32,170") == "contradicted"


# -- "So far this year ... 67,080 troops, 950 of them on Tuesday alone": the day's own -----------

def test_a_day_after_another_figure_of_a_scope_is_the_later_figures_own(check):
    text = ("So far this year Russia has lost 67,080 troops, by the General Staff's count, {} of "
            "them on Tuesday alone, when Ukrainian forces also downed {} drones.")
    status, flags = check(text.format("950", "2,169"), date(2026, 3, 10))
    assert at(status, "67,080") == "supported"
    assert at(status, "950") == "supported" and at(status, "2,169") == "supported"
    assert not flags
    status, _ = check(text.format("590", "2,196"), date(2026, 3, 10))
    assert at(status, "590") == "contradicted" and at(status, "2,196") == "contradicted"


def test_a_running_total_to_a_day_stays_a_running_total(check):
    # (no figure between the scope and the day: the day ends the total)
    status, _ = check("Since the invasion Russia's losses have risen to 1,274,990 on Tuesday, "
                      "the General Staff said.", date(2026, 3, 10))
    assert at(status, "1,274,990") == "supported"


# -- "losses of personnel, artillery systems and tanks ... to A, B and C respectively" ---------

def test_figures_said_respectively_take_the_nouns_before_them_in_order(check):
    text = ("That would bring Moscow's losses of personnel, artillery systems and tanks since the "
            "2022 invasion to {},\n{} and {} respectively, according to Ukraine's General Staff.")
    status, flags = check(text.format("1,421,810", "45,911", "12,131"), date(2026, 7, 14))
    assert {at(status, f) for f in ("1,421,810", "45,911", "12,131")} == {"supported"}
    assert not flags
    status, _ = check(text.format("1,421,810", "45,191", "12,131"), date(2026, 7, 14))
    assert at(status, "45,191") == "contradicted" and at(status, "1,421,810") == "supported"


# -- "53,300 troops and 2,175 tanks, among them 3,150 troops over the past seven days and 350
#    in the last day": a bare figure after a parallel item counts what that item counts ------

def test_a_bare_figure_after_a_parallel_item_takes_its_noun(check):
    text = ("Kyiv's figures put Russia's losses since the invasion at 53,300 troops and 2,175 "
            "tanks, among them 3,150 troops over the past seven days and {} in the last day.")
    status, flags = check(text.format("350"), date(2022, 9, 13))
    assert at(status, "350") == "supported" and not flags
    status, _ = check(text.format("530"), date(2022, 9, 13))
    assert at(status, "530") == "contradicted"


# -- "31,270 troops in October, or about 1,000 a day": a rate, no item of the month's count ----

def test_a_rate_after_or_is_the_counts_daily_average(check):
    text = ("Russia lost 31,270 troops in October, the General Staff's daily figures show, or "
            "about {} a day.")
    status, flags = check(text.format("1,000"), date(2025, 11, 1))
    assert at(status, "1,000") == "supported" and not flags
    status, _ = check(text.format("1,500"), date(2025, 11, 1))
    assert at(status, "1,500") == "contradicted"


# -- "Ukrinform, quoting the same morning report, said": the source before an aside ----------

def test_a_source_before_a_quoting_aside_is_no_subject(check):
    text = ("Russia lost 1,180 soldiers over the past day, according to Ukraine's General "
            "Staff. The Ukrainian news agency Ukrinform, quoting the same morning report, said "
            "the total since the invasion had reached {}.")
    status, flags = check(text.format("935,160"), date(2025, 4, 15))
    assert at(status, "935,160") == "supported" and not flags
    # (a figure another outlet is credited with is left unverified when it disagrees: never
    # contradicted as Ukraine's own losses either)
    status, _ = check(text.format("953,160"), date(2025, 4, 15))
    assert at(status, "953,160") == "unverified"


# -- "11 ground robotic systems": the General Staff's field of 2025 --------------------------

def test_ground_robotic_systems_are_checked_against_their_field(check):
    text = ("Russia lost 1,120 troops and {} ground robotic systems over the past day, "
            "according to Ukraine's General Staff.")
    status, flags = check(text.format("11"), date(2026, 7, 14))
    assert at(status, "11") == "supported" and not flags
    status, _ = check(text.format("17"), date(2026, 7, 14))
    assert at(status, "17") == "contradicted"


# -- "reached about 700,400 after 1,300 more casualties": no value compared with ---------------

def test_a_count_after_after_is_what_happened_not_a_compared_value(check):
    text = ("The General Staff's report on Monday put Russia's losses at 700,390, after {} "
            "Russian soldiers were killed or wounded over the past day.")
    status, flags = check(text.format("1,300"), date(2024, 11, 4))
    assert at(status, "1,300") == "supported" and not flags
    status, _ = check(text.format("1,030"), date(2024, 11, 4))
    assert at(status, "1,030") == "contradicted"
    # ("1,300, after 1,410 the day before" is still a compared value: the day before's)
    status, _ = check("Russia lost 1,300 troops over the past day, after 1,410 the day before, "
                      "the General Staff said.", date(2024, 11, 4))
    assert at(status, "1,410") == "supported"


# -- "The week's heaviest toll, 1,190, came in Monday's report" -------------------------------

def test_a_weeks_heaviest_toll_is_a_days_troops(check):
    text = ("In the seven days to Monday, Russia lost 7,030 troops, according to the General "
            "Staff's daily reports. The week's heaviest toll, {}, came in Monday's report.")
    status, flags = check(text.format("1,190"), date(2025, 11, 24))
    assert at(status, "1,190") == "supported" and not flags
    status, _ = check(text.format("1,910"), date(2025, 11, 24))
    assert at(status, "1,910") == "contradicted"


# -- "That brings the total to 285,506" after drones: no one measure to clash with -------------

def test_a_total_of_either_count_clashes_with_neither(check):
    text = ("Ukrainian forces shot down or disabled 1,252 Russian drones over the past day, the "
            "General Staff said on Tuesday. That brings the total to {}. The army also counted "
            "1,020 Russian casualties. That takes the tally to 1,343,050.")
    status, flags = check(text.format("285,506"), date(2026, 5, 12))
    assert at(status, "285,506") == "supported" and not flags
    status, _ = check(text.format("258,506"), date(2026, 5, 12))
    assert at(status, "258,506") == "contradicted"


# -- set 58 (written blind after the fixes): "in the latest day", "Monday's report added 890" --

def test_the_latest_day_is_the_days_figure_not_the_weeks(check):
    text = ("Kyiv's figures show Russia lost 7,390 troops and 55 tanks over the past week, and "
            "{} soldiers in the latest day.")
    status, flags = check(text.format("810"), date(2024, 2, 25))
    assert at(status, "810") == "supported" and at(status, "7,390") == "supported"
    assert not flags
    status, _ = check(text.format("180"), date(2024, 2, 25))
    assert at(status, "180") == "contradicted"


def test_a_bare_figure_a_report_added_continues_the_count_before(check):
    text = ("Since the start of October Russia has lost 20,510 troops, the General Staff's daily "
            "reports show. Monday's report added {}, along with 45 artillery systems.")
    status, flags = check(text.format("890"), date(2025, 10, 20))
    assert at(status, "890") == "supported" and not flags
    status, _ = check(text.format("980"), date(2025, 10, 20))
    assert at(status, "980") == "contradicted"


def test_a_figure_with_a_noun_of_its_own_takes_no_other_count(check):
    # ("troops" with no word of loss in its sentence names no measure, but no drones either)
    status, flags = check("Since the start of the year Russia has lost more than 14,000 drones. "
                          "Tuesday's report alone added 1,430 troops and 145 drones.",
                          date(2025, 5, 6))
    assert at(status, "1,430") != "contradicted" and at(status, "145") == "supported"
    assert not flags


# -- "more than 13,000 ..., after 48 more were destroyed ..., bringing the tally to 13,029" ----

def test_a_level_before_after_is_no_level_the_amount_was_added_to(check):
    text = ("Russia has now lost more than 13,000 artillery systems, Ukraine's military said on "
            "Tuesday, after {} more were destroyed over the past day, bringing the tally to "
            "13,029.")
    status, flags = check(text.format("48"), date(2024, 5, 28))
    assert at(status, "48") == "supported" and not flags
    status, _ = check(text.format("84"), date(2024, 5, 28))
    assert at(status, "84") == "contradicted"
