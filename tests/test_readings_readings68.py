"""Issue #10's blind probe of set 125 (readings68): a scoped count whose level is dated after
it ("losses since the start of 2025 reached 299,210 on 9 September"), a share of the war's
total after a contact clause ("of the 1,090,010 troops it has lost"), an interval with no count
said in the present ("Every 49 seconds Russia loses a soldier"), read against the recent
windows of the reports, and a day's figure "the day before" another figure pinned to one
report. Figures from the General Staff dataset: 1 January 2025 790,800, 9 September 2025
1,090,010 (299,210 since 1 January); the reports of 18, 19 and 20 December 2024 added 1,580,
1,530 and 2,200; the report of 3 December 2024 added 1,780 (one every 48.5 seconds), the
fewest of the 30 days before it 1,020 (84.7 seconds); 12 January 2025 added 1,750 (49.4
seconds); tanks in November 2024 307 (one every 2.3 hours)."""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import checker_for, statuses_rules_verdicts


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("readings68")))


# -- 1. a scoped count whose level is dated after it ------------------------------------------------

@pytest.mark.parametrize("figure,want", [("299,210", "supported"), ("229,210", "contradicted")])
def test_a_level_dated_after_it_ends_the_scope_before_it(run, figure, want):
    text = (f"Russia's losses since the start of 2025 reached {figure} on 9 September, the "
            "General Staff said.")
    _, cs, _, _ = run(text, date(2025, 9, 9))
    c = next(c for c in cs if c.text == figure)
    assert c.period.start == date(2025, 1, 1) and not c.cumulative
    status, _, _ = statuses_rules_verdicts(run, text, date(2025, 9, 9))
    assert status[figure] == want


def test_a_day_after_a_running_total_since_the_invasion_still_dates_the_total(run):
    # (the scope opens with the war: the day is the total's report, as before)
    text = ("Russia's losses since the full-scale invasion reached 1,090,010 on 9 September, the "
            "General Staff said.")
    status, _, _ = statuses_rules_verdicts(run, text, date(2025, 9, 9))
    assert status["1,090,010"] == "supported"


def test_a_day_not_right_after_the_level_is_left_to_the_other_readings(run):
    # ("reached 299,210, the General Staff said on 9 September": the day of the saying, no
    # level verb right before a figure it follows: read as before, the sum to date)
    text = ("Russia's losses since the start of 2025 reached 299,210, the General Staff said on "
            "9 September.")
    status, _, _ = statuses_rules_verdicts(run, text, date(2025, 9, 9))
    assert status["299,210"] == "supported"


# -- 2. a share of a whole with a contact clause after it -------------------------------------------

@pytest.mark.parametrize("share,flagged", [("27%", False), ("37%", True)])
def test_a_share_of_the_total_it_has_lost_is_worked_from_the_two_counts(run, share, flagged):
    text = (f"Russia's losses since the start of 2025 reached 299,210, or {share} of the "
            "1,090,010 troops it has lost since February 2022.")
    status, rules, _ = statuses_rules_verdicts(run, text, date(2025, 9, 9))
    assert ("wrong-arithmetic" in rules[share]) == flagged
    assert status["299,210"] == status["1,090,010"] == "supported"


def test_a_whole_with_a_verb_of_its_own_is_still_no_share_of_it(run):
    # ("about a quarter of the more than 1,000 reported cases have needed hospital
    # treatment": the cases' own clause, the eight deaths no part of them)
    text = ("Eight people have died, and about a quarter of the more than 1,000 reported cases "
            "have needed hospital treatment.")
    _, rules, _ = statuses_rules_verdicts(run, text, date(2024, 8, 1))
    assert not any(rules.values())


# -- 3. an interval with no count, said in the present -----------------------------------------------

@pytest.mark.parametrize("secs,pub,want", [
    ("49", date(2024, 12, 3), "supported"),      # the day's report: one every 48.5 seconds
    ("94", date(2024, 12, 3), "contradicted"),   # no window of the 30 days comes near
    ("49", date(2025, 2, 10), "supported"),      # 12 January's report: one every 49.4 seconds
])
def test_an_interval_with_no_count_is_read_against_the_recent_reports(run, secs, pub, want):
    text = f"Every {secs} seconds Russia loses a soldier, Ukraine's defence ministry said."
    _, cs, _, _ = run(text, pub)
    c = next(c for c in cs if c.unit == "second")
    assert c.measure == "personnel_losses_interval" and c.subject == "russian_forces"
    assert c.period is None
    status, _, _ = statuses_rules_verdicts(run, text, pub)
    assert status[c.text] == want


@pytest.mark.parametrize("hours,want", [("two", "supported"), ("20", "contradicted")])
def test_a_tank_every_so_many_hours_with_no_count(run, hours, want):
    text = f"Russia is losing a tank every {hours} hours, the ministry said."
    _, cs, _, _ = run(text, date(2024, 12, 3))
    c = next(c for c in cs if c.unit == "hour")
    assert c.measure == "tanks_interval"
    status, _, _ = statuses_rules_verdicts(run, text, date(2024, 12, 3))
    assert status[c.text] == want


def test_an_interval_in_the_past_with_no_count_is_not_checked(run):
    # ("was losing": some time the words do not date; the recent reports cannot judge it)
    text = "Russia was losing a soldier every 38 seconds, the ministry said."
    _, cs, _, _ = run(text, date(2025, 12, 2))
    c = next(c for c in cs if c.unit == "second")
    assert c.measure is None
    status, _, _ = statuses_rules_verdicts(run, text, date(2025, 12, 2))
    assert status[c.text] == "unverified"


def test_an_interval_of_no_loss_noun_is_not_read(run):
    text = "Every 90 seconds a train leaves the station, and Russia loses ground in the east."
    _, cs, _, _ = run(text, date(2024, 12, 3))
    assert all(not (c.measure or "").endswith("_interval") for c in cs)


# -- 4. a day's figure the day before a figure pinned to one report ----------------------------------

@pytest.mark.parametrize("before,want", [("1,530", "supported"), ("1,580", "contradicted")])
def test_the_day_before_a_pinned_day_is_the_report_before_it(run, before, want):
    text = (f"Russia lost 2,200 troops in the past day, up from {before} the day before, "
            "Ukraine's General Staff reported on Friday.")
    status, _, _ = statuses_rules_verdicts(run, text, date(2024, 12, 20))
    assert status["2,200"] == "supported" and status[before] == want


def test_the_day_before_an_unpinned_day_keeps_the_lag_window(run):
    # (no report named: an article of 20 December may quote the report of the 19th, so the
    # figure of the 18th's report stays a plausible "day before")
    text = "Russia lost 1,530 troops in the past day, up from 1,580 the day before."
    status, _, _ = statuses_rules_verdicts(run, text, date(2024, 12, 20))
    assert status["1,580"] != "contradicted"


# -- 5. a part fronted by its whole, with its own scope after it --------------------------------------

@pytest.mark.parametrize("part,want", [("299,210", "supported"), ("229,210", "contradicted")])
def test_a_part_after_of_the_whole_takes_its_own_since(run, part, want):
    text = (f"Of the 1,090,010 troops Russia has lost since February 2022, {part} were lost "
            "since the start of 2025.")
    _, cs, _, _ = run(text, date(2025, 9, 9))
    c = next(c for c in cs if c.text == part)
    assert c.period.start == date(2025, 1, 1) and not c.cumulative
    status, _, _ = statuses_rules_verdicts(run, text, date(2025, 9, 9))
    assert status["1,090,010"] == "supported" and status[part] == want


def test_a_part_with_an_earlier_since_after_it_keeps_the_wholes_scope(run):
    # (a "since" no later than the whole's start is no narrower scope of the part's)
    text = ("Of the 1,090,010 troops Russia has lost since February 2022, 1,090,010 were lost "
            "since the invasion began.")
    _, cs, _, _ = run(text, date(2025, 9, 9))
    assert all(c.cumulative for c in cs if c.text == "1,090,010")
