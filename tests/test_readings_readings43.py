"""Causes of the first runs of phrasing sets 88, 89 and 90 (issue #10, readings43: table and
list layouts), one test each, with the wrong figure that must still be caught. Our own lines;
the General Staff's real figures: 2026-03-09: personnel 1,274,040 (+750), tanks 11,745 (+3),
air defence 1,326 (+4); 2025-03-18: personnel 897,010 (+1,560), artillery 24,640 (+42),
vehicles +107; 2024-09-10: personnel 627,790 (+1,380), armoured vehicles 16,925 (+19);
2023-07-14: rocket launchers 680 (+2); 2025-11-04: 840 personnel, five tanks, 42 artillery,
1,145,670 personnel in all; 2025-10-01: 1,111,480, 2025-10-23: 1,134,170 (+920), so 22,690 in
the reports of 2 to 23 October; 2025-12-17: 1,730, artillery 35,205 (+33), 1,740 on 2025-03-29;
2025 by days in the month: January 48,240, February 36,570 (tanks 230, 331); 2026-05-14:
tanks 11,931 (+3), drones 289,678 (+2,319); 2025-08-21: 830 (1,073,530), artillery 41 (31,789);
2026-01-01: 1,208,970 troops.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.document import read_text_document
from factcheck.normalize import claims_for
from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("readings43")))


def _claims(text: str, pub: date) -> dict:
    doc = read_text_document(text, "t.md", pub)
    return {c.text: c for c in claims_for(doc)}


# -- "Tanks: 11,745 +3": the day's figure after the total, no brackets ---------------------

def _plus_lines(drones_day: str) -> str:
    return ("Enemy losses as of the morning of 9 March, per Ukraine's General Staff:\n"
            "Personnel: 1,274,040 +750\n"
            "Tanks: 11,745 +3\n"
            "Air defence: 1,326 +4\n"
            f"Drones: 166,640 +{drones_day}\n")


def test_a_plus_sign_after_a_total_is_the_days_figure():
    cs = _claims(_plus_lines("2,224"), date(2026, 3, 9))
    assert cs["11,745"].measure == "tanks" and cs["11,745"].cumulative
    assert cs["3"].measure == "tanks" and not cs["3"].cumulative
    assert cs["1,326"].measure == "air_defence"


@pytest.mark.parametrize("day,status", [("2,224", "supported"), ("2,242", "contradicted")])
def test_plus_lines_are_checked(check, day, status):
    got, _ = check(_plus_lines(day), date(2026, 3, 9))
    assert got["1,274,040"] == "supported" and got["750"] == "supported"
    assert got[day] == status


def test_a_plus_between_two_figures_in_prose_is_no_pair():
    cs = _claims("The score was 5 +3 after extra time, the club said.", date(2026, 3, 9))
    assert all(c.measure not in ("tanks", "personnel_losses") for c in cs.values())


# -- "personnel +1,560 / 897,010": the day's figure, a slash, the total ----------------------

@pytest.mark.parametrize("art,status", [("42", "supported"), ("107", "contradicted")])
def test_slash_pairs(check, art, status):
    text = ("Past day / total since the invasion, according to the General Staff:\n"
            "personnel +1,560 / 897,010\n"
            f"artillery systems +{art} / 24,640\n")
    got, _ = check(text, date(2025, 3, 18))
    assert got["1,560"] == "supported" and got["897,010"] == "supported"
    assert got["24,640"] == "supported" and got[art] == status


# -- a table row's label is what it counts, not whose count ----------------------------------

def test_a_row_label_capital_is_no_subject():
    text = ("Russian losses reported by Ukraine's General Staff on 10 September:\n\n"
            "| Category | Total | Past day |\n|---|---|---|\n"
            "| Personnel | 627,790 | +1,380 |\n"
            "| Armoured combat vehicles | 16,925 | +19 |\n")
    cs = _claims(text, date(2024, 9, 10))
    assert cs["16,925"].subject == "russian_forces" and cs["19"].subject == "russian_forces"


def test_a_bullet_label_capital_is_no_subject():
    text = ("Kyiv's tally of Russian losses since the invasion began:\n"
            "• Troops: 236,590 (550 in the past 24 hours)\n"
            "• Multiple rocket launchers: 680 (2)\n")
    cs = _claims(text, date(2023, 7, 14))
    assert cs["680"].measure == "mlrs" and cs["680"].subject == "russian_forces"


# -- "counted 840 personnel": a side's tally; "Running totals since 24 February 2022" -----------

@pytest.mark.parametrize("total,status", [("1,145,670", "supported"),
                                          ("1,154,670", "contradicted"),
                                          # the total of the day before: stale beside its
                                          # increments, paired with them in order
                                          ("1,144,830", "contradicted")])
def test_increments_first_then_totals(check, total, status):
    text = ("Over the past day the General Staff counted 840 personnel, five tanks and 42 "
            f"artillery systems. Running totals since 24 February 2022: {total} personnel, "
            "11,326 tanks and 34,249 artillery systems.")
    got, _ = check(text, date(2025, 11, 4))
    assert got["840"] == "supported" and got["five"] == "supported"
    assert got[total] == status


def test_counted_troops_outside_war_copy_are_no_losses():
    cs = _claims("The census counted 840 soldiers living in the town.", date(2025, 11, 4))
    assert cs["840"].measure != "personnel_losses"


# -- "At the start of October the count stood at N, meaning ... N so far this month" -----------

@pytest.mark.parametrize("month,status", [("22,690", "supported"), ("26,290", "contradicted")])
def test_so_far_this_month_after_the_months_start(check, month, status):
    text = ("Ukraine's General Staff says Russia lost 920 troops over the past day, taking the "
            "total to 1,134,170. At the start of October the count stood at 1,111,480, meaning "
            f"Russia has lost {month} soldiers so far this month.")
    got, flags = check(text, date(2025, 10, 23))
    assert got["1,111,480"] == "supported" and got[month] == status
    if status == "supported":
        assert not flags


# -- "The last time it was higher was on March 28": no day for the story's later figures ------

@pytest.mark.parametrize("total,status", [("35,205", "supported"), ("35,172", "contradicted")])
def test_a_look_back_sets_no_day_for_what_follows(check, total, status):
    text = ("Ukraine's General Staff said on Wednesday that Russian casualties over the previous "
            "24 hours totalled 1,730, the highest figure in more than eight months. The last "
            "time it was higher was on March 28, when the figure was 1,740. Russian forces also "
            f"lost 33 artillery systems, taking their total for the war to {total}.")
    got, _ = check(text, date(2025, 12, 17))
    assert got["1,740"] == "supported" and got["33"] == "supported"
    assert got[total] == status


# -- "| January | 48,240 | 230 |": a month's row -----------------------------------------------

@pytest.mark.parametrize("feb,status", [("36,570", "supported"), ("38,420", "contradicted")])
def test_a_month_row(check, feb, status):
    text = ("Russian losses by month in 2025, from the General Staff's daily figures:\n\n"
            "| Month | Troops | Tanks |\n|---|---|---|\n"
            "| January | 48,240 | 230 |\n"
            f"| February | {feb} | 331 |\n")
    got, _ = check(text, date(2025, 5, 5))
    assert got["48,240"] == "supported" and got["230"] == "supported"
    assert got[feb] == status


def test_a_month_row_takes_the_year_before_the_table():
    text = ("Losses by month in 2024:\n\n| Month | Troops |\n|---|---|\n| December | 48,670 |\n")
    c = _claims(text, date(2025, 5, 5))["48,670"]
    assert c.period is not None and (c.period.start, c.period.end) == \
        (date(2024, 12, 1), date(2024, 12, 31))


# -- "Tanks: 11,931, up 3" ------------------------------------------------------------------

@pytest.mark.parametrize("total,status", [("289,678", "supported"), ("287,359", "contradicted")])
def test_up_n_lines(check, total, status):
    text = ("Russia's losses according to Ukraine's General Staff, 14 May:\n"
            "Tanks: 11,931, up 3\n"
            f"Drones: {total}, up 2,319\n")
    got, _ = check(text, date(2026, 5, 14))
    assert got["11,931"] == "supported" and got["3"] == "supported"
    assert got["2,319"] == "supported" and got[total] == status


def test_up_n_in_prose_is_a_change_not_an_increment():
    cs = _claims("Russia lost 1,200 troops, up 200 from the day before.", date(2026, 5, 14))
    assert cs["200"].period is None or not cs["200"].cumulative


# -- "| Troops | 830 | 1,073,530 |" under "Past 24 hours" / "Since 24 Feb 2022" ---------------

@pytest.mark.parametrize("art,status", [("41", "supported"), ("114", "contradicted")])
def test_day_column_first(check, art, status):
    text = ("| Russian losses | Past 24 hours | Since 24 Feb 2022 |\n|---|---|---|\n"
            "| Troops | 830 | 1,073,530 |\n"
            f"| Artillery systems | {art} | 31,789 |\n")
    got, _ = check(text, date(2025, 8, 21))
    assert got["830"] == "supported" and got["1,073,530"] == "supported"
    assert got["31,789"] == "supported" and got[art] == status


# -- "* 1,208,970 troops" under a lead-in naming losses -------------------------------------------

@pytest.mark.parametrize("troops,status", [("1,208,970", "supported"),
                                           ("1,280,970", "contradicted")])
def test_bullet_items_under_a_losses_lead_in(check, troops, status):
    text = ("As of 1 January 2026, Kyiv's count of Russian losses stood at:\n"
            f"* {troops} troops\n"
            "* 11,488 tanks\n")
    got, _ = check(text, date(2026, 1, 2))
    assert got["11,488"] == "supported" and got[troops] == status


def test_bullet_troops_with_no_loss_word_anywhere_stay_open():
    cs = _claims("The brigade's strength:\n* 4,000 troops\n* 90 tanks\n", date(2026, 1, 2))
    assert cs["4,000"].measure != "personnel_losses"
