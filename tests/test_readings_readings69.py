"""Issue #10's leftovers (readings69, set 126): a daily rate said of now with no stretch named
("Russia is losing about 1,250 soldiers a day"), read against the recent windows of the
reports, not the day's report alone. Figures from the General Staff dataset: the report of 10
March 2025 886,320, 1,190 that day; the last seven days' reports 1,179 a day, the last 30 days'
1,282, February 2025 1,306, the year to 10 March 1,405, the war to date 798; the report of 20
December 2024 2,200, the last 30 days' 1,489 a day. A bound on each day of a window: the
reports of 23-29 November 2024 added 1,420, 1,020, 1,610, 1,480, 1,580, 1,220 and 2,030; those
of 9-16 June 2025 970, 960, 1,120, 1,140, 1,220, 1,130, 1,170 and 1,200."""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import checker_for, statuses_rules_verdicts


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("readings69")))


def _of(d: dict, figure: str):
    """The entry of the claim whose words end with ``figure`` ("about 1,400")."""
    return next(v for k, v in d.items() if k.endswith(figure))


# -- 1. a daily rate said of now ----------------------------------------------------------------

@pytest.mark.parametrize("figure,want,window", [
    ("1,400", "supported", "the year so far"),
    ("1,300", "supported", ""),               # (February's 1,306 or the 30 days' 1,282)
    ("800", "supported", "the war's average to date"),
    ("2,400", "contradicted", ""),
    ("1,700", "contradicted", "")])
def test_a_daily_rate_said_of_now_is_read_against_the_recent_windows(run, figure, want, window):
    text = f"Russia loses some {figure} soldiers a day, according to Ukraine's General Staff."
    status, rules, verdicts = statuses_rules_verdicts(run, text, date(2025, 3, 10))
    assert _of(status, figure) == want
    if want == "contradicted":
        assert "dataset-figure-mismatch" in _of(rules, figure)
    if window:
        assert any(window in e.detail for e in _of(verdicts, figure).evidence)


def test_the_day_alone_is_one_reading_of_such_a_rate(run):
    # 20 December 2024: the day's report 2,200, far above every window; the day still agrees
    text = "Russian forces are losing about 2,200 troops a day, the General Staff's figures show."
    status, _, verdicts = statuses_rules_verdicts(run, text, date(2024, 12, 20))
    assert _of(status, "2,200") == "supported"
    assert any("the day's report" in e.detail for e in _of(verdicts, "2,200").evidence)


def test_a_record_day_no_longer_contradicts_a_rate_of_the_last_month(run):
    text = "Russian forces are losing about 1,490 troops a day, the General Staff's figures show."
    status, _, _ = statuses_rules_verdicts(run, text, date(2024, 12, 20))
    assert _of(status, "1,490") == "supported"


@pytest.mark.parametrize("text", [
    # a day named: the day's report alone, as before
    "Russia lost 1,300 soldiers over the past day, according to Ukraine's General Staff.",
    # a stretch named: its own average, as before
    "Russia is losing some 1,300 soldiers a day this year, according to Ukraine's General Staff.",
    # the past tense: no rate of now
    "Russia lost some 1,300 soldiers a day, according to Ukraine's General Staff."])
def test_a_rate_with_its_day_or_stretch_or_in_the_past_is_not_opened(run, text):
    _, cs, _, _ = run(text, date(2025, 3, 10))
    c = next(c for c in cs if c.text.endswith("1,300"))
    assert not any(k == "readings" and any("rate: no stretch named" in r[4] for r in v)
                   for k, v in c.extra)


# -- 2. a bound on each day of a window -----------------------------------------------------------

@pytest.mark.parametrize("bound,want", [("1,000", "supported"), ("1,100", "contradicted")])
def test_a_lower_bound_on_each_of_the_past_seven_days_is_broken_by_one_day(run, bound, want):
    text = f"Russia lost more than {bound} soldiers on each of the past seven days, Kyiv said."
    status, _, verdicts = statuses_rules_verdicts(run, text, date(2024, 11, 29))
    assert _of(status, bound) == want
    assert any("lowest daily" in e.detail for e in _of(verdicts, bound).evidence)


@pytest.mark.parametrize("bound,want", [("1,300", "supported"), ("1,200", "contradicted")])
def test_an_upper_bound_on_every_day_last_week_is_broken_by_its_highest_day(run, bound, want):
    # (last week's fighting, reports of 10-16 June, or its reports, 9-15 June: 1,220 in both)
    text = f"Russian losses stayed below {bound} every day last week, the General Staff's data show."
    status, _, _ = statuses_rules_verdicts(run, text, date(2025, 6, 16))
    assert _of(status, bound) == want


def test_an_average_every_day_is_no_bound_on_each_day(run):
    text = ("Russia lost an average of more than 1,100 soldiers every day this week, the General "
            "Staff said.")
    _, cs, _, _ = run(text, date(2024, 11, 29))
    c = next(c for c in cs if c.text.endswith("1,100"))
    assert not any(k == "readings" and any("a bound on each day" in r[4] for r in v)
                   for k, v in c.extra)


# -- 3. a level crossed within a window -----------------------------------------------------------
# (personnel: the reports of 5, 6, 7, 10, 12 and 17 January 2025 796,490, 798,040, 800,010,
# 804,930, 808,250 and 815,820)

@pytest.mark.parametrize("pub,want", [(date(2025, 1, 10), "supported"),
                                      (date(2025, 1, 17), "contradicted")])
def test_a_level_crossed_this_or_last_week_was_below_before_the_window(run, pub, want):
    # 10 January: this week (from Monday 6 January) crossed it; 17 January: this week (from
    # Monday 13 January) began above it (808,250 on 12 January)
    text = "Russia's losses passed 800,000 this week, by the General Staff's count."
    status, rules, _ = statuses_rules_verdicts(run, text, pub)
    assert _of(status, "800,000") == want
    assert ("milestone-crossed-before-window" in _of(rules, "800,000")) == (want != "supported")


def test_a_level_not_yet_reached_by_the_windows_end_is_a_running_total_mismatch(run):
    text = "Russia's losses passed 810,000 this week, by the General Staff's count."
    status, rules, _ = statuses_rules_verdicts(run, text, date(2025, 1, 10))
    assert _of(status, "810,000") == "contradicted"
    assert "milestone-crossed-before-window" not in _of(rules, "810,000")


def test_a_level_the_windows_own_days_may_bring_is_the_windows_count(run):
    # ("topped 48,000 in December": a month's count, as before; no crossing read)
    _, cs, _, _ = run("Russian losses topped 48,000 in December, Kyiv said.", date(2025, 1, 10))
    c = next(c for c in cs if c.text.endswith("48,000"))
    assert not c.cumulative and not any(k == "crossed_in" for k, _ in c.extra)


# -- 5. a part of the running total the reports do not split --------------------------------------
# (personnel: 770,420 in the report of 20 December 2024, 2,200 that day)

@pytest.mark.parametrize("text", [
    "Of the 770,420 troops Russia has lost since February 2022, about 200,000 were killed.",
    "Russia has lost 770,420 troops since the invasion, of whom some 150,000 have been killed."])
def test_the_killed_of_a_running_total_are_listed_as_not_checkable(run, text):
    status, rules, verdicts = statuses_rules_verdicts(run, text, date(2024, 12, 20))
    assert _of(status, "770,420") == "supported"
    part = next(k for k in status if not k.endswith("770,420"))
    assert status[part] == "unverified" and not rules[part]
    _, cs, _, _ = run(text, date(2024, 12, 20))
    c = next(c for c in cs if c.text == part)
    assert c.measure is None
    assert any("which the reports do not split" in str(v) for k, v in c.extra)


def test_a_days_part_named_by_its_verb_still_counts_the_days_losses(run):
    text = ("Russia has lost 770,420 troops since the invasion, among them 2,200 who were killed "
            "or wounded over the past day.")
    status, _, _ = statuses_rules_verdicts(run, text, date(2024, 12, 20))
    assert _of(status, "2,200") == "supported"
