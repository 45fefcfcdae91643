"""Two-year budget periods (issue #12, dates39): "the 2025-27 biennium" of Washington or Oregon
runs from July 2025 to June 2027; "the 2026-27 biennium" of Texas is its fiscal years 2026 and
2027, September 2025 to August 2027. A biennium written with two years apart ("2025-27") runs
from the first year's start month to the day before that month of the last; one written with
the years of its two fiscal years ("2026-27") starts a year before the first, each fiscal year
named for the year it ends in. The month is the US state's or local government's
(``date_forms.us_government_starts``: July first, a state with a year of its own its month);
with no such government named, a biennium of two consecutive years is those calendar years (an
international body's "2024-25 biennium") and one two years apart a state's July years."""

from __future__ import annotations

import re
from datetime import date, timedelta

_S = r"[ \u00a0]*"
_BIENNIUM = re.compile(
    rf"(?i)\b(?:(?:fy|fiscal(?:[ \u00a0]+years?)?){_S})?(?P<a>(?:19|20)\d\d){_S}[-–/]{_S}"
    rf"(?P<b>(?:19|20)?\d\d)(?:[ \u00a0]+(?:fiscal|budget|state|spending|operating|"
    rf"capital)){{0,2}}[ \u00a0]+biennium\b")
STATE_MONTH = 7     # the month most US states' fiscal years begin in


def biennium_years(words: str) -> tuple[int, int] | None:
    """(first year, last year) written in a biennium's words, or None."""
    m = _BIENNIUM.search(words)
    if m is None:
        return None
    a, b = int(m.group("a")), m.group("b")
    b = int(b) if len(b) == 4 else a // 100 * 100 + int(b)
    return (a, b) if b - a in (1, 2) else None


def biennium_span(a: int, b: int, month: int) -> tuple[date, date]:
    """The days of the biennium written with years ``a`` and ``b`` whose fiscal years begin in
    ``month`` (1: calendar years)."""
    first = a if b - a == 2 or month == 1 else a - 1
    end = date(b + 1, 1, 1) if month == 1 else date(b, month, 1)
    return date(first, month, 1), end - timedelta(days=1)


def biennia(text: str, out: list, starts_at, make) -> list:
    """``out`` with each biennium's words read as its span, replacing the dates read inside
    them; ``starts_at(pos)`` gives the months a US government's fiscal year may begin in (none:
    no such government named), ``make(start, end, words, first, last)`` builds a mention."""
    added = []
    for m in _BIENNIUM.finditer(text):
        years = biennium_years(m.group(0))
        if years is None:
            continue
        starts = starts_at(m.start())
        month = starts[0] if starts else (STATE_MONTH if years[1] - years[0] == 2 else 1)
        added.append(make(m.start(), m.end(), m.group(0), *biennium_span(*years, month)))
    if not added:
        return out
    kept = [d for d in out if not any(d.start < a.end and a.start < d.end for a in added)]
    return sorted(kept + added, key=lambda d: d.start)
