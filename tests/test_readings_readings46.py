"""Readings of readings46 (issue #10): a liveblog entry's "past day" counted from its own
update's day, and rates a month or a week checked against the dataset's days. Our own
sentences; the General Staff's real figures: reports of 13 and 14 May 2026: 1,130 and 1,060
troops over the day, 1,344,180 and 1,345,240 in all.
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("readings46")))


def _of(status: dict[str, str], figure: str) -> str:
    """The status of the one claim whose words hold ``figure``."""
    (got,) = [s for words, s in status.items() if figure in words]
    return got


# -- a liveblog entry's "past day" counts from the entry's date, not publication's ----------------

_ENTRIES = ("### 14 May 2026, 09:05\nRussia lost 1,060 troops over the past day, Ukraine's "
            "General Staff says, bringing its losses since the full-scale invasion to "
            "1,345,240.\n### 13 May 2026, 09:10\nThe General Staff's morning report put "
            "Russia's losses over the past day at {day} troops, for a total of 1,344,180.")


def test_an_earlier_entrys_correct_total_is_read_against_its_own_days_report(check):
    # the entry of 13 May carries the 14th's day figure (wrong); its total is the 13th's
    status, flags = check(_ENTRIES.format(day="1,060"), date(2026, 5, 14))
    assert _of(status, "1,344,180") == "supported" and _of(status, "1,345,240") == "supported"
    # (the later "1,060" is the entry of 13 May's: the one figure contradicted, at error level)
    assert status["1,060"] == "contradicted" and list(status.values()).count("contradicted") == 1
    assert any(f.severity == "error" for f in flags)
    assert {c for f in flags for c in f.claims} == {f.claims[0] for f in flags}


def test_an_earlier_entry_with_its_own_days_figures_is_supported(check):
    status, flags = check(_ENTRIES.format(day="1,130"), date(2026, 5, 14))
    assert set(status.values()) == {"supported"} and not flags
