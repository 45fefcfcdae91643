"""False alarms and misses of the 130th phrasing set's first run (issue #10, readings74), one test
per cause, each with the right figure that must stay supported and the wrong one that must be
caught. Our own sentences; the General Staff's real figures: reports of 2026-02-11 and
2026-02-12: 1,249,380 and 1,250,150 personnel (+820 and +770); reports of 2023-02-06 and
2023-02-07: 132,160 and 133,190 (+870 and +1,030); 2024's months: 35,680 in July, 38,130 in
September, 428 tanks in May.
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import status_checker

FEB_12_2026 = date(2026, 2, 12)
FEB_7_2023 = date(2023, 2, 7)
OCT_11_2024 = date(2024, 10, 11)


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    go = status_checker(str(tmp_path_factory.mktemp("readings74")))

    def run(text: str, pub: date):
        # each status also under its bare figure ("at least 1,030" as "1,030")
        status, flags = go(text, pub)
        for words, verdict in list(status.items()):
            figure = words.split()[-1] if words.split() else words
            status.setdefault(figure, verdict)
        return status, flags
    return run


_HEADLINE = ("# Russia loses {} soldiers over past day\n\n"
             "By Ukraine's General Staff's count, Russian personnel losses since February 2022 "
             "now stand at approximately 1,250,150, over 1.25 million.")


def test_a_rounded_restatement_of_the_total_leaves_the_headline_paired(check):
    # the precise total names the publication day's report; "over 1.25 million" names none
    status, flags = check(_HEADLINE.format("770"), FEB_12_2026)
    assert status["770"] == "supported" and status["1,250,150"] == "supported"
    assert not [f for f in flags if f.severity == "error"]
    # the day before's figure in the headline is stale beside that total
    status, flags = check(_HEADLINE.format("820"), FEB_12_2026)
    assert status["820"] == "contradicted" and status["1,250,150"] == "supported"
    assert "stale-daily-figure" in [f.rule for f in flags if f.severity == "error"]


def test_a_rounded_total_alone_names_no_report_for_the_headline(check):
    # "over 1.25 million" alone names no report: the headline's figure keeps both readings
    # (the publication day's report and the day before's), and the day before's is fair
    text = ("# Russia loses 820 soldiers over past day\n\n"
            "Ukraine's General Staff said Russian personnel losses since February 2022 now stand "
            "at over 1.25 million.")
    status, flags = check(text, FEB_12_2026)
    assert status["820"] != "contradicted"
    assert "stale-daily-figure" not in [f.rule for f in flags]


_FELL = ("Ukraine's military said that at least {} Russian soldiers fell in the east of the "
         "country in the past 24 hours. Since the start of the Russian invasion, {} Russian "
         "soldiers have been killed to date, Ukraine said.")


def test_soldiers_fell_is_a_count_of_losses(check):
    status, flags = check(_FELL.format("1,030", "133,190"), FEB_7_2023)
    assert status["1,030"] == "supported" and status["133,190"] == "supported" and not flags
    # read as the day's losses, it is paired with the paragraph's total: a stale total is caught
    status, _ = check(_FELL.format("1,030", "132,160"), FEB_7_2023)
    assert status["132,160"] == "contradicted"
    # and a wrong day's figure is no longer left without a measure
    status, _ = check(_FELL.format("1,300", "133,190"), FEB_7_2023)
    assert status["1,300"] == "contradicted"


def test_prices_that_fell_are_no_losses(check):
    # the people and the verb together, never a bare "fell"
    status, flags = check("Wheat prices fell 4% as 1,030 soldiers were deployed to the region "
                          "in the past 24 hours, Ukraine's military said.", FEB_7_2023)
    assert status.get("1,030", "unverified") != "contradicted" and not flags


_TROOP = ("By the General Staff's count, {} losses topped 35,000 in July 2024 alone and reached "
          "{} in September 2024. May 2024 was the worst month for tanks, with {} lost.")


@pytest.mark.parametrize("noun", ["Troop", "troop"])
def test_a_capitalised_count_noun_is_no_side(check, noun):
    status, flags = check(_TROOP.format(noun, "38,130", "428"), OCT_11_2024)
    assert status["35,000"] == "supported" and status["38,130"] == "supported"
    assert status["428"] == "supported" and not flags
    status, _ = check(_TROOP.format(noun, "38,310", "482"), OCT_11_2024)
    assert status["38,310"] == "contradicted" and status["482"] == "contradicted"


# second set (130b): March 2023's reports, 1 March to 1 April, add 24,100 (777.4 a day);
# reports of 2023-02-06 and 2023-02-07: 132,160 and 133,190 (+1,030)
APR_2_2023 = date(2023, 4, 2)
_MONTH_SUM = ("Russia lost an average of 777 troops a day in March 2023, according to the "
              "figures of Ukraine's General Staff, {} over the month.")


def test_a_sum_over_the_month_after_a_daily_average_is_no_rate(check):
    status, flags = check(_MONTH_SUM.format("24,100"), APR_2_2023)
    assert status["777"] == "supported" and status["24,100"] == "supported" and not flags
    status, _ = check(_MONTH_SUM.format("21,400"), APR_2_2023)
    assert status["21,400"] == "contradicted"


_TALLY = ("The Ukrainian military raised its running tally of Russian military dead by 1,030 "
          "overnight to {} on Tuesday.")


def test_a_running_tally_of_military_dead_is_the_personnel_count(check):
    status, flags = check(_TALLY.format("133,190"), FEB_7_2023)
    assert status["1,030"] == "supported" and status["133,190"] == "supported" and not flags
    status, _ = check(_TALLY.format("133,910"), FEB_7_2023)
    assert status["133,910"] == "contradicted"
