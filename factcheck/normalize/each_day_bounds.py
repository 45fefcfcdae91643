"""A bound held on each day of a window (issue #10, readings69): "Russian losses topped 1,000 on
each of the past seven days", "Russia has lost more than 1,200 troops every day this week",
"fewer than 500 a day on every day last week". Such a figure is no sum and no average: it says
that every day's report of the window lies beyond the bound, so one day on the wrong side
breaks it. A count of a daily-reported measure with a bound for its qualifier ("more than",
"topped", "at least"; "fewer than", "under") and "each day" or "every day" (or "each of the
past N days") tied to its window becomes a record reading of that window: the lowest day's
report for a lower bound, the highest for an upper one, judged against the bound alone (its
journalistic other side dropped: "more than 1,000" on each day is any day above 1,000). A
calendar week ("this week", "last week") is read both as its days' fighting and as its days'
reports (a day's report gives the day before); the figure is contradicted only when every
reading breaks it (a record reading of the readings, ``record`` 1 or -1, never the windowed
record that record-claim-mismatch judges reading by reading). This module only reads the
words: it decides no verdict.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

# the extra key of a draft read so: its record readings (readings.add_readings takes them)
EACH_DAY = "_each_day"
_DAY = timedelta(days=1)
# "on each of the past seven days", "every one of the last five days", "every day this week",
# "each day last week", "every single day of the past week", "every day for the past week"
# (lower case)
_EACH = re.compile(r"\b(?:each|every)(?:[ \u00a0\n]+one)?[ \u00a0\n]+of[ \u00a0\n]+the[ \u00a0\n]+"
                   r"(?:past|last|previous)[ \u00a0\n]+[a-z0-9]+[ \u00a0\n]+days\b|"
                   r"\b(?:each|every)(?:[ \u00a0\n]+single)?[ \u00a0\n]+day[ \u00a0\n]+"
                   r"(?:(?:of|for|in|over)[ \u00a0\n]+)?(?P<week>this|last|the[ \u00a0\n]+"
                   r"(?:past|last|previous))[ \u00a0\n]+(?:week|seven[ \u00a0\n]+days)\b")
# an average or a sum in the sentence: the words then give no bound on each day ("an average of
# more than 1,000 every day this week") (lower case)
_NOT_EACH = re.compile(r"\b(?:average|averaged|averaging|total|totalled|totaled|in[ \u00a0\n]+all|"
                       r"combined|altogether)\b")


def each_day_bounds(ctx: Any, drafts: list[dict[str, Any]], D: date | None) -> None:
    """Mark every count read as a bound on each day of its window (module docstring), in
    place: its measure the daily count, its journalistic other side dropped, and the record
    readings under ``EACH_DAY``."""
    low = ctx.low
    if D is None or " day" not in low or ("each" not in low and "every" not in low):
        return
    for d in drafts:
        m = (d.get("measure") or "").removesuffix("_per_day")
        period = d.get("period")
        if not m or not ctx.lex.daily_reports(m) or d.get("cumulative") or period is None or \
                period[1] <= period[0] or period[1] >= D or d.get("unit") or \
                d.get("value") is None:
            continue
        # (windows around the figure, not its whole sentence: linear in the text)
        ss, se = max(d["sentence"][0], d["start"] - 150), min(d["sentence"][1], d["end"] + 150)
        got = _EACH.search(low, ss, se)
        if got is None or _NOT_EACH.search(low, ss, se) is not None or \
                not (d["end"] <= got.start() <= d["end"] + 80 or
                     d["start"] - 80 <= got.end() <= d["start"]):
            continue
        kind = _side(d)
        if kind == 0:
            continue
        words = " ".join(got.group(0).split())
        how = f"written: \"{words}\" (a bound on each day's report)"
        spans = [(period[0], period[1])]
        if got.group("week") in ("this", "last") and period[0] > date(2022, 2, 25):
            # (the calendar week's reports: each gives the day before)
            spans.append((period[0] - _DAY, period[1] - _DAY))
        d["measure"], d["cumulative"] = m, False
        if kind < 0:
            d["upper"] = None
        else:
            d["lower"] = None
        d[EACH_DAY] = (kind, tuple(spans), how, words)


def _side(d: dict[str, Any]) -> int:
    """-1 for a lower bound ("more than", "at least", "topped": the lowest day's report must
    reach it), 1 for an upper one ("fewer than", "under": the highest), 0 for none."""
    v, lo, hi = float(d["value"]), d.get("lower"), d.get("upper")
    if lo is not None and lo >= v - 1e-9 and (hi is None or hi > v) and d.get("qualifier"):
        return -1
    if hi is not None and hi <= v + 1e-9 and (lo is None or lo < v) and d.get("qualifier"):
        return 1
    return 0
