"""Issue #10's leftovers (readings71, set 128): a rate said with "daily" ("Russia loses about
1,000 soldiers daily"), read against the recent windows as "a day" is; "it has since risen by N"
after an earlier sentence's running total, the difference of the two totals; a crossing called
recent with no window ("have just passed 1.2 million"). Figures from the General Staff
dataset: the report of 16 June 2025 gave 1,200 for the day, the year to it 1,291 a day; the
reports of 19 March 2025 898,070 and of 19 March 2026 1,284,090 (386,020 between them); the
tank count 9,672 on 1 January 2025 and 11,342 on 11 November 2025 (1,670 between); the count
first reached 1 million on 12 June 2025 and 1.2 million on 24 December 2025 (1,200,370), the
tank count 11,000 on 9 July 2025 and 10,000 on 10 February 2025."""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import checker_for, statuses_rules_verdicts


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("readings71")))


def _of(d: dict, figure: str):
    """The entry of the claim whose words end with ``figure``."""
    return next(v for k, v in d.items() if k.endswith(figure))


# -- a rate said with "daily" ------------------------------------------------------------------

@pytest.mark.parametrize("figure,want", [("1,300", "supported"), ("1,700", "contradicted")])
def test_a_rate_said_daily_is_read_against_the_recent_windows(run, figure, want):
    text = f"By the General Staff's count, Moscow loses roughly {figure} troops daily."
    status, rules, verdicts = statuses_rules_verdicts(run, text, date(2025, 6, 16))
    assert _of(status, figure) == want
    if want == "supported":
        # (the day's report gave 1,200: the year so far agrees, not the day)
        assert any("the year so far" in e.detail for e in _of(verdicts, figure).evidence)
    else:
        assert "dataset-figure-mismatch" in _of(rules, figure)


def test_a_daily_report_named_is_no_rate(run):
    text = ("The General Staff publishes its daily report each morning; Russia lost 1,200 "
            "troops over the past day.")
    status, _, verdicts = statuses_rules_verdicts(run, text, date(2025, 6, 16))
    assert _of(status, "1,200") == "supported"
    assert not any("no stretch named" in e.detail for e in _of(verdicts, "1,200").evidence)


# -- "it has since risen by N" -----------------------------------------------------------------

@pytest.mark.parametrize("rise,want", [("386,020", "supported"), ("368,020", "contradicted")])
def test_a_rise_since_an_earlier_total_is_the_two_totals_difference(run, rise, want):
    text = ("Russia has lost 1,284,090 troops, the General Staff said on Thursday. A year "
            f"earlier the count stood at 898,070; it has since risen by {rise}.")
    status, rules, _ = statuses_rules_verdicts(run, text, date(2026, 3, 19))
    assert _of(status, rise) == want
    assert _of(status, "898,070") == _of(status, "1,284,090") == "supported"
    if want == "contradicted":
        assert "dataset-figure-mismatch" in _of(rules, rise)


def test_a_rise_since_of_tanks_runs_between_the_reports(run):
    text = ("Russia has lost 11,342 tanks, the General Staff said on Tuesday. On 1 January the "
            "tank count stood at 9,672; it has since grown by 1,670.")
    status, _, verdicts = statuses_rules_verdicts(run, text, date(2025, 11, 11))
    assert _of(status, "1,670") == "supported"
    assert any("2025-11-11" in e.detail for e in _of(verdicts, "1,670").evidence)


# -- a crossing called recent ------------------------------------------------------------------

@pytest.mark.parametrize("text,day,figure,want", [
    ("Russian losses have just passed 1.2 million troops, Ukraine's General Staff said.",
     date(2026, 1, 3), "1.2 million", "supported"),
    ("Russian losses have just passed 1 million troops, Ukraine's General Staff said.",
     date(2026, 3, 19), "1 million", "contradicted"),
    ("Russia's tank losses have just crossed the 11,000 mark, Ukraine's military said.",
     date(2025, 7, 12), "11,000", "supported"),
    ("Russia's tank losses have recently crossed the 10,000 mark, Ukraine's military said.",
     date(2025, 11, 11), "10,000", "contradicted")])
def test_a_crossing_called_recent_is_held_against_the_last_month(run, text, day, figure, want):
    status, rules, _ = statuses_rules_verdicts(run, text, day)
    assert _of(status, figure) == want
    assert ("milestone-crossed-before-window" in _of(rules, figure)) == (want == "contradicted")


@pytest.mark.parametrize("verb", ["have passed", "have now passed"])
def test_a_crossing_not_called_recent_is_the_total_by_publication(run, verb):
    text = f"Russian losses {verb} 1 million troops, Ukraine's General Staff said."
    status, rules, _ = statuses_rules_verdicts(run, text, date(2026, 3, 19))
    assert _of(status, "1 million") == "supported"
    assert not _of(rules, "1 million")


# -- a share of the war's total with no whole written -------------------------------------------

@pytest.mark.parametrize("share,want", [("21%", "supported"), ("27%", "contradicted")])
def test_a_share_of_the_wars_total_is_the_parts_sum_over_the_running_total(run, share, want):
    # (the reports of 1 January to 16 June 2025: 212,450 to 214,260 with the corrections,
    # of 1,005,060: 21.1-21.3%)
    text = (f"Russia has lost 214,260 troops since the start of 2025, the General Staff says, "
            f"about {share} of the war's total.")
    status, rules, verdicts = statuses_rules_verdicts(run, text, date(2025, 6, 16))
    assert _of(status, share) == want
    assert any("total personnel losses" in e.detail for e in _of(verdicts, share).evidence)
    if want == "contradicted":
        assert "dataset-figure-mismatch" in _of(rules, share)


def test_a_share_after_the_written_whole_takes_the_portion_before_it(run):
    text = ("Russia's losses since the start of 2025 reached 299,210 on 9 September, the General "
            "Staff said, out of 1,090,010 since the full-scale invasion began: about 37% of the "
            "war's total.")
    status, rules, _ = statuses_rules_verdicts(run, text, date(2025, 9, 9))
    assert _of(status, "37%") == "contradicted"   # (27.4%)


def test_a_share_with_no_part_of_the_reports_is_not_checked(run):
    text = "About 21% of the war's total, the General Staff says, came this year."
    status, rules, _ = statuses_rules_verdicts(run, text, date(2025, 6, 16))
    assert _of(status, "21%") == "unverified"
    assert not _of(rules, "21%")
