"""Causes of the twenty-ninth phrasing set's first run (issue #10, readings12), one test each,
with the wrong figure that must still be caught. Our own sentences; the General Staff's real
figures: reports of 2025-10-13: 1,123,950, so far in 2025 333,150 (334,400 with the year's first
report); of 2025-10-14: 1,125,150 (+1,200).
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
    return status_checker(str(tmp_path_factory.mktemp("first-run-29")))


# -- "N so far in 2025 and over 1.1 million since launching its full-scale invasion": a scope
#    right after a figure is its own, not the date of the figure before ------------------------

@pytest.mark.parametrize("scope", ["since launching its full-scale invasion",
                                   "since the start of its full-scale invasion"])
def test_a_scope_right_after_a_figure_beats_the_date_before(check, scope):
    text = ("Russia has sustained around 333,000 casualties so far in 2025 and over {} " + scope
            + ", according to Kyiv's figures.")
    status, flags = check(text.format("1.1 million"), date(2025, 10, 13))
    assert at(status, "333,000") == at(status, "1.1 million") == "supported" and not flags
    status, _ = check(text.format("1.2 million"), date(2025, 10, 13))
    assert at(status, "1.2 million") == "contradicted"


# -- "As of Tuesday morning, ... stood at N" on a Tuesday: that morning's report only ----------

def test_as_of_the_days_morning_is_that_days_report(check):
    text = ("As of Tuesday morning, Russia's losses in the war stood at {} troops, the General "
            "Staff said.")
    status, flags = check(text.format("1,125,150"), date(2025, 10, 14))
    assert at(status, "1,125,150") == "supported" and not flags
    # Monday's total is stale on Tuesday morning
    status, _ = check(text.format("1,123,950"), date(2025, 10, 14))
    assert at(status, "1,123,950") == "contradicted"
    # undated, Monday's report is still a reading of an article of Tuesday
    status, _ = check("Russia's losses in the war stood at 1,123,950 troops, the General Staff "
                      "said.", date(2025, 10, 14))
    assert at(status, "1,123,950") == "supported"
