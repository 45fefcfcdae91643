"""A written date that names the report a sentence's figures come from (readings60, issue #10).

"Russia has lost about 112,960 troops since the invasion began, the General Staff said on
January 11, including 490 over the previous 24 hours" (published on January 12); "In its 3
March update, the General Staff put Russian losses at 878,070, with 1,350 more over the past
day"; "Figures released on 10 June put Russian tank losses at 7,879". A weekday does this
already (readings.yaml ``report_day``); a written date did not: the total was read to that day
and matched by the report of that day or of the next (the series' lags), and "the past day"
counted from publication. Here the date after "said/released/published/... on", or before
"update/report/bulletin/figures" after "its/the/in", names one report R: a running total given
as current (to R, the day before it, or publication) is that report's total, and a day's figure
of that sentence ("the past day", "the previous 24 hours", or dated by the same words) is its
day, the day before R (a weekday or "the previous day" is readings.yaml ``report_day``'s; a
date after "than" or "since" names a base's report, not the figure's; "As we reported on" names
the paper's own story). Each gets R as its ``report_day``, the only report the store then reads
for it, and its other readings are dropped. Nothing is pinned when the sentence names two
such dates, the date is after publication or more than 45 days before it, or a figure has a
date of its own the report does not cover (a month, another day). Called once readings are
set; this module decides no verdict.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta
from typing import Any

from .earlier_record_days import DATED_RECORD
from .readings import AS_OF_DAY as _AS_OF_DAY
from .readings import REPORT_DAY as _REPORT_DAY

_DAY = timedelta(days=1)
# right before the date, lower case: "the General Staff said on", "figures released on", "in
# its update of", "the report dated"
_BEFORE = re.compile(
    r"(?:\b(?:said|says|reported|released|published|posted|announced|updated|issued)\b"
    r"[^.;\d]{0,40}?\bon|\b(?:report|update|bulletin|summary|briefing)\s+(?:of|for|dated|on))"
    r"[ \u00a0]+$")
# ... but not the publication's own earlier story: "As we reported on 4 November" dates the
# figures to the day, no source's report
_OWN_REPORT = re.compile(r"\b(?:we|i|this[ \u00a0]+(?:newspaper|paper|site|website))[ \u00a0]+"
                         r"(?:have[ \u00a0]+|had[ \u00a0]+)?(?:said|reported|wrote|published|"
                         r"posted)\b[^.;\d]{0,40}?\bon[ \u00a0]+$")
# ... or around it: "in its 3 March update", "the January 11 report", "January 11's figures"
_OPEN = re.compile(r"\b(?:its|the|their|in|from)[ \u00a0]+$")
_AFTER = re.compile(r"(?:['’]s)?[ \u00a0]+(?:daily[ \u00a0]+|morning[ \u00a0]+)?"
                    r"(?:report|update|bulletin|summary|briefing|figures|data|tally)\b")
# a written date has a day in digits ("January 11", "3 March"); a report set against: "than
# in its report of", "than the report of"
_DIGIT = re.compile(r"\d")
_THAN = re.compile(r"\b(?:than|since)\b[^.;\d]{0,30}$")
# how far back a written report date may be from publication
_REACH = 45


def mark_report_dates(ctx: Any, drafts: list[dict[str, Any]], D: date | None) -> None:
    """Pin the figures of a sentence whose written date names its report (in place)."""
    if D is None or not ctx.m.dates:
        return
    found: dict[tuple[int, int], tuple[date, str] | None] = {}
    passed = _dated_records(drafts)
    for d in drafts:
        if not ctx.lex.daily_reports(d.get("measure")) or d.get("value") is None or \
                not d.get("subject") or d.get("period") is None or \
                any(k in (_REPORT_DAY, _AS_OF_DAY) for k, _ in d["extra"]):
            continue
        span = d["sentence"]
        if span not in found:
            found[span] = _report_date(ctx, span, D, passed.get(span, frozenset()))
        got = found[span]
        if got is not None:
            _pin(d, got[0], got[1], D)


def _dated_records(drafts: list[dict[str, Any]]) -> dict[tuple[int, int], set[int]]:
    """By sentence, where the dates that date an earlier record stand ("the previous high of
    1,400, which Ukraine said Russia suffered on Jan 8": earlier_record_days)."""
    out: dict[tuple[int, int], set[int]] = {}
    for d in drafts:
        for k, v in d["extra"]:
            if k == DATED_RECORD:
                out.setdefault(tuple(d["sentence"]), set()).add(int(v))
    return out


def _report_date(ctx: Any, span: tuple[int, int], D: date,
                 passed: set[int] | frozenset[int] = frozenset()) -> tuple[date, str] | None:
    """The one day the sentence names as its report's, and the words that name it (not a
    date at a position in ``passed``: an earlier record's own day)."""
    ss, se = span
    dates, low = ctx.m.dates, ctx.low
    named: set[date] = set()
    words = ""
    for j in range(bisect_left(ctx.date_starts, ss), len(dates)):
        dm = dates[j]
        if dm.start >= se:
            break
        if dm.start in passed:
            continue
        if dm.kind != "date" or dm.start_date is None or dm.start_date != dm.end_date or \
                not _DIGIT.search(ctx.text, dm.start, dm.end):
            continue    # (a weekday or "the previous day" is readings.yaml report_day's)
        head = low[max(ss, dm.start - 60):dm.start]
        if _THAN.search(head):
            continue    # ("710 more than in its report of 7 November": the base's report)
        if _BEFORE.search(head) and not _OWN_REPORT.search(head) or \
                _OPEN.search(head) and _AFTER.match(low, dm.end):
            named.add(dm.start_date)
            words = ctx.text[max(ss, dm.start - 30):dm.end].strip()
    if len(named) != 1:
        return None
    R = next(iter(named))
    if not D - timedelta(days=_REACH) <= R <= D:
        return None
    return R, words


def _pin(d: dict[str, Any], R: date, words: str, D: date) -> None:
    """A running total given as current, or a day's figure of the report's day, pinned to the
    report of ``R``."""
    start, end = d["period"]
    readings = next((v for k, v in d["extra"] if k == "readings"), None)
    if d.get("cumulative"):
        ends = {R - _DAY, R, D - _DAY, D}
        if end not in ends or readings and \
                any(not r[3] or date.fromisoformat(r[2]) not in ends for r in readings):
            return
    else:
        days = {R - _DAY, R, D - _DAY}
        if start != end or end not in days or readings and \
                any(r[3] or r[1] != r[2] or len(r) > 6 or
                    date.fromisoformat(r[1]) not in days | {D} for r in readings):
            return
        start = R - _DAY
    d["period"] = (start, R - _DAY)
    how = f"written: \"{words}\", the report of {R.isoformat()}"
    d["extra"] = [(k, v) for k, v in d["extra"] if k != "readings"]
    d["extra"].append((_REPORT_DAY, R.isoformat()))
    for i, (k, v) in enumerate(d["extra"]):
        if k == "basis":
            d["extra"][i] = (k, tuple((b, how if b == "period" else w) for b, w in v))
