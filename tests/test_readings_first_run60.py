"""False alarms and misses of the sixtieth and sixty-first phrasing sets' first run (issue #10,
readings31), one test per cause, each with the wrong figure that must still be caught. Our own
sentences; the General Staff's real figures: report of 2025-06-15: 1,003,860 personnel, +33
artillery, +123 drones, +89 vehicles and fuel tanks; reports of 2025-02-04 to 2025-02-10: 8,830
personnel (1,261 a day), of 2025-02-05 to 2025-02-10: 7,560 (1,260 a day over six days);
reports of 2026-02-19 and 2026-02-20: 1,256,910 (+830), 1,257,880 (+970); report of
2024-05-13: 484,030 (+1,740), +31 tanks, +42 armoured vehicles; reports of 2025-01-01 to
2025-03-31: 125,680 personnel; reports of 2025-09-07 and 2025-09-08: 56,817 and 57,278 drones
(+294, +461).
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("first-run-60")))


def test_figures_added_to_the_tally_are_the_days_not_the_tally(check):
    # "added N ... to the tally": the running total is where the figures go
    text = ("Kyiv's General Staff put Russia's personnel losses at 1,003,860 on Sunday "
            "morning. The same report added {} artillery systems, 123 drones and 89 vehicles "
            "and fuel tanks to the tally.")
    status, flags = check(text.format(33), date(2025, 6, 15))
    assert [status[t] for t in ("33", "123", "89")] == ["supported"] * 3 and not flags
    status, _ = check(text.format(38), date(2025, 6, 15))
    assert status["38"] == "contradicted"


def test_a_tally_that_stands_at_a_figure_is_still_the_tally(check):
    # a running-total marker with no adding verb before it stays the total's
    status, flags = check("The report added 33 artillery systems to the total, which now "
                          "stands at 29,190.", date(2025, 6, 15))
    assert status["33"] == "supported" and status["29,190"] == "supported" and not flags


def test_a_weeks_average_to_publication_is_read_over_the_weeks_reports(check):
    # the seven reports dated Tuesday to Monday; the six days fought to Sunday stay a reading
    text = "Over the week to Monday, Russia lost on average {} troops a day, by Kyiv's count."
    for ok in ("1,261", "1,260"):
        status, flags = check(text.format(ok), date(2025, 2, 10))
        assert status[ok] == "supported" and not flags
    status, _ = check(text.format("1,216"), date(2025, 2, 10))
    assert status["1,216"] == "contradicted"


def test_so_far_this_month_averages_stay_the_days_fought(check):
    # a period running past publication is still read over the days reported by then
    status, _ = check("So far in April, Russia lost on average 1,216 troops a day, by Kyiv's "
                      "count.", date(2025, 4, 10))
    assert status["1,216"] == "contradicted"


def test_of_which_part_takes_the_measure_carried_to_its_whole(check):
    text = ("Zelensky told a British interviewer that Russia was now losing 30,000 to 35,000 "
            "soldiers a month. The General Staff's own tally stood at 1,256,910 on February 19, "
            "of which {} were added over the previous 24 hours.")
    status, flags = check(text.format(830), date(2026, 2, 20))
    assert status["830"] == "supported" and status["1,256,910"] == "supported" and not flags
    status, _ = check(text.format(380), date(2026, 2, 20))
    assert status["380"] == "contradicted"


def test_kyivs_armed_forces_are_the_general_staffs_source(check):
    # a total credited to "Kyiv's armed forces" is the report's, and checked as it is
    text = ("Russia suffered its worst day of the war so far, losing 1,740 troops in 24 hours, "
            "according to Ukraine. Kyiv's armed forces put Moscow's total at {}.")
    status, flags = check(text.format("484,030"), date(2024, 5, 13))
    assert status["484,030"] == "supported" and not flags
    status, _ = check(text.format("480,430"), date(2024, 5, 13))
    assert status["480,430"] == "contradicted"


def test_a_second_verb_of_saying_ends_the_running_total_clause(check):
    # "put Moscow's total at 484,030 and said 31 tanks ... were also destroyed in the same
    # period": the tanks are the day's, not totals
    text = ("Russia suffered its worst day of the war so far, losing 1,740 troops in 24 hours, "
            "according to Ukraine. Kyiv's armed forces put Moscow's total at 484,030 and said "
            "{} tanks and 42 armoured vehicles were also destroyed in the same period.")
    status, flags = check(text.format(31), date(2024, 5, 13))
    assert status["31"] == "supported" and status["42"] == "supported" and not flags
    status, _ = check(text.format(13), date(2024, 5, 13))
    assert status["13"] == "contradicted"


def test_a_line_labelled_with_months_is_no_part(check):
    text = ("Jan–Mar 2025: {} Russian troops and 4,009 artillery systems lost, according to "
            "the sum of Ukraine's daily reports.")
    status, flags = check(text.format("125,680"), date(2025, 4, 2))
    assert status["125,680"] == "supported" and not flags
    status, _ = check(text.format("125,860"), date(2025, 4, 2))
    assert status["125,860"] == "contradicted"


def test_a_bracketed_increment_is_its_totals_report_in_a_table_with_no_side(check):
    status, flags = check("Drones — 57,278 (+294)", date(2025, 9, 8))
    assert status["294"] == "contradicted"
    assert [(f.rule, f.severity) for f in flags] == [("stale-daily-figure-unsure", "warning")]
    status, flags = check("Drones — 57,278 (+461)", date(2025, 9, 8))
    assert status["461"] == "supported" and not flags


def test_a_toll_is_a_word_of_losses_for_troops_in_a_verbless_headline(check):
    # set 62 (blind): "Moscow's toll: 1,790 troops in 24 hours" (report of 2024-12-02: +1,790)
    status, flags = check("# Moscow's toll: 1,790 troops in 24 hours", date(2024, 12, 2))
    assert status["1,790"] == "supported" and not flags
    status, _ = check("# Moscow's toll: 1,970 troops in 24 hours", date(2024, 12, 2))
    assert status["1,970"] == "contradicted"


def test_a_figure_followed_by_then_and_a_verb_counts_what_its_sentence_counts(check):
    # set 62 (blind): "a record that November's 45,720 then broke" (reports of 2024-11-02 to
    # 2024-12-01: 45,720); "then broke" named an open measure "broke"
    text = ("In October Russia lost 41,980 troops, Kyiv says, about 1,350 a day, a record that "
            "November's {} then broke.")
    status, flags = check(text.format("45,720"), date(2024, 12, 5))
    assert status["45,720"] == "supported" and not flags
    status, _ = check(text.format("45,270"), date(2024, 12, 5))
    assert status["45,270"] == "contradicted"
