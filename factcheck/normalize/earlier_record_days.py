"""The day an earlier record of the daily reports was set (issue #10, readings72).

"1,710 Russian troops had been lost over the past 24 hours, surpassing this year's previous
high of 1,400, which Ukraine said Russia suffered on Jan 8": the figure after "the previous
high", "the old record" (``earlier_records.record_beaten``) in a count the daily reports give is
one earlier day's figure, never a total of the period its words name ("this year's"). When a
clause right after it dates it ("which ... on Jan 8", "set on 8 January", "recorded on"), it is
the highest day's figure from the window's start (the period its words name: "this year's")
to that date, a record when it was set, or with no window written that day's figure (to the report of that date, or to the day of
fighting the date names, whose report came the next day: both readings are kept; "1,040 ... on
Feb 8" is that day's figure, but no high: 1,400 on Jan 8 was higher); the date names no report
of the sentence's other figures (``DATED_RECORD``: where the date stands, which ``report_dates`` passes over).
With no such date the day is not said: a figure read as the sum of a window is listed as not
checkable, with the reason (a day's figure keeps its own readings).
This module reads words; it never judges.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta
from typing import Any

from .earlier_records import record_beaten
from .readings import _reading

# where the date that dates the earlier record stands (its start), on the record's draft
DATED_RECORD = "dated_record"

_DAY = timedelta(days=1)
# the words from the record's figure to its date: ", which Ukraine said Russia suffered on ",
# ", set on ", " recorded on ", ", reported on "
_TO_DATE = re.compile(r"(?:[ \u00a0]+[a-z]+){0,3}?,?[ \u00a0]+(?:(?:which|that)\b[^.;:\d]{0,60}?"
                      r"|(?:[a-z]+ed|set|seen|lost|hit)[ \u00a0]+)on[ \u00a0]+$")


def _record_date(ctx: Any, d: dict[str, Any]) -> tuple[date, int, str] | None:
    """The single day a clause right after the earlier record ``d`` dates it to, where the
    date starts, and the words from the figure to the date's end."""
    dates = ctx.m.dates
    end = d["sentence"][1]
    for j in range(bisect_left(ctx.date_starts, d["end"]), len(dates)):
        dm = dates[j]
        if dm.start >= end or dm.start - d["end"] > 90:
            return None
        if dm.kind != "date" or dm.start_date is None or dm.start_date != dm.end_date:
            continue
        if _TO_DATE.fullmatch(ctx.low, d["end"], dm.start) is None:
            return None
        return dm.start_date, dm.start, ctx.text[d["start"]:dm.end]
    return None


def _set_basis(d: dict[str, Any], key: str, how: str) -> None:
    for i, (k, v) in enumerate(d["extra"]):
        if k == "basis":
            d["extra"][i] = (k, tuple((b, how if b == key else w) for b, w in v))


def mark_earlier_record_days(ctx: Any, drafts: list[dict[str, Any]], D: date | None) -> None:
    """Read each earlier record of a daily-report count as the day figure its clause dates,
    or as not checkable when no date is written (in place)."""
    for d in drafts:
        if d.get("value") is None or d.get("cumulative") or d.get("period") is None or \
                not ctx.lex.daily_reports(d.get("measure")) or not d.get("subject") or \
                not record_beaten(ctx.low, d):
            continue
        got = _record_date(ctx, d)
        if got is None or D is None or got[0] > D:
            if d["period"][0] == d["period"][1]:
                continue    # (a day's figure already: its own readings)
            # (read as the sum of the window its words name, "this year's previous high of
            # 1,400"; no day is said: which report holds it the words do not tell)
            d["measure"], d["period"] = None, None
            _set_basis(d, "measure", "none: an earlier record of the daily reports whose day "
                                     "the text does not give")
            d["extra"] = [(k, v) for k, v in d["extra"] if k != "readings"]
            continue
        R, at, words = got
        how = f"written: \"{words}\", the earlier record's day"
        # the highest day from the window's start (the period its words name, "this year's",
        # or the count's scope) to the report of that date (its day before), or to the day of
        # fighting the date names, whose report came the next day: a record when it was set
        a, b = d["period"]
        # (no window written: the day's figure alone; the war's first reports brought
        # thousands a day, which no "previous record" of later copy means)
        W = a if a < b and a < R - _DAY else None
        d["period"] = (W or R - _DAY, R - _DAY)
        d["extra"] = [(k, v) for k, v in d["extra"] if k != "readings"]
        d["extra"].append(("readings", tuple(
            _reading(W, day, False, how, words, record=1) if W else
            _reading(day, day, False, how, words) for day in (R - _DAY, R) if day < D)))
        d["extra"].append((DATED_RECORD, at))
        _set_basis(d, "period", how)
