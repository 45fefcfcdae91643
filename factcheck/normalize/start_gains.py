"""Gains of a running total since the start of the year or month (issue #10, readings63).

Called by ``readings.add_readings`` among its passes. "The General Staff's count of Russian
warships and boats reached 35 in its report on Saturday, seven more than at the start of the
year": an amount of change of a daily-reported count, said against the count at the start of
the publication's year or month right after it, is what the reports from that first day on
added: the period from that day to the day before publication (the store reads the report of
publication less the report of the first day, as for "so far this year"). Not a running total.
This module reads words; it never judges.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

# right after the amount: "more than at the start of the year", "up on the beginning of the
# month", "higher than on the first day of the year"
_SINCE_START = re.compile(
    r"[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}?(?:more|higher|up|greater|larger)[ \u00a0]+"
    r"(?:than|on|from)[ \u00a0]+(?:(?:at|on|in)[ \u00a0]+)?the[ \u00a0]+(?:start|beginning|"
    r"first[ \u00a0]+day)[ \u00a0]+of[ \u00a0]+(?:the|this)[ \u00a0]+(?P<u>year|month)\b")


def gains_since_start(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any], D: date) -> None:
    """Date each such gain (module docstring), in place."""
    low = ctx.low
    if "the start of" not in low and "the beginning of" not in low and \
            "the first day of" not in low:
        return
    for i, d in enumerate(drafts):
        if d.get("role") != "change" or d.get("unit") or not d.get("value") or \
                not ctx.lex.daily_reports(d.get("measure")):
            continue
        m = _SINCE_START.match(low, d["end"])
        if m is None:
            continue
        end = _level_day(drafts, d) or D
        start = end.replace(month=1, day=1) if m.group("u") == "year" else end.replace(day=1)
        if start >= end:
            continue
        d["period"], d["cumulative"] = (start, end - timedelta(days=1)), False
        if bases[i] is not None:
            bases[i]["period"] = (f"written: \"{m.group(0).strip()}\", the reports from "
                                  f"{start.isoformat()} to the level's report")
            bases[i]["scope"] = "none"


def _level_day(drafts: list[dict[str, Any]], d: dict[str, Any]) -> date | None:
    """The report day of the running total the gain is said of ("reached 35 in its report on
    Saturday, seven more ..."), when the gain names it and it is dated; else None (the
    publication's)."""
    change = next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict)), None)
    to = change.get("to") if change else None
    if not isinstance(to, int) or not 0 <= to < len(drafts):
        return None
    level = drafts[to]
    period = level.get("period")
    return period[1] if level.get("cumulative") and period else None
