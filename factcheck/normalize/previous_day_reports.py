"""A day's figure compared with the day before another day's figure whose report the text
names (issue #10, readings68): "Russia lost 2,200 troops in the past day, up from 1,530 the
day before, Ukraine's General Staff reported on Friday". The first figure is pinned to the
report of the publication day (``REPORT_DAY``); the one "the day before" is the day figure of
the report one day earlier, not any report of the lag window (which let the figure of two days
before, 1,580, pass as that day's). This module only reads the words: it decides no verdict.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

_DAY = timedelta(days=1)
# the words that date a figure as the day before the other one: after it ("1,530 the day
# before", "1,530 a day earlier", "1,530 on the previous day") or before it ("the previous
# day's 1,530")
_BEFORE_AFTER = re.compile(r"[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}?(?:the[ \u00a0]+day[ \u00a0]+before|"
                           r"the[ \u00a0]+previous[ \u00a0]+day|a[ \u00a0]+day[ \u00a0]+earlier|"
                           r"the[ \u00a0]+day[ \u00a0]+prior)\b")
_BEFORE_BEFORE = re.compile(r"\b(?:the[ \u00a0]+previous[ \u00a0]+day['’]s|the[ \u00a0]+day[ \u00a0]+"
                            r"before['’]s)[ \u00a0]+$")


def pin_previous_day_reports(ctx: Any, drafts: list[dict[str, Any]], report_day: str) -> None:
    """Every day's figure dated "the day before" a figure of its sentence pinned to one
    report (extra ``report_day``) of the same measure and subject, one day after its own: the
    report of the day before that one, its only reading (in place)."""
    pinned: dict[Any, list[tuple[dict[str, Any], date]]] = {}   # sentence -> its pinned
    for t in drafts:
        if (r := _pinned_day(t, report_day)) is not None:
            pinned.setdefault(t["sentence"], []).append((t, r))
    if not pinned:
        return
    low = ctx.low
    for d in drafts:
        per = d.get("period")
        if d.get("cumulative") or per is None or per[0] != per[1] or \
                d["sentence"] not in pinned or \
                any(k == report_day for k, _ in d["extra"]) or not _said_day_before(low, d):
            continue
        for t, r in pinned.get(d["sentence"], ()):
            tp = t.get("period")
            if t is d or tp is None or tp[0] != tp[1] or \
                    tp[0] - _DAY != per[0] or t.get("measure") != d.get("measure") or \
                    t.get("subject") != d.get("subject"):
                continue
            d["extra"] = [(k, v) for k, v in d["extra"] if k != "readings"]
            d["extra"].append((report_day, (r - _DAY).isoformat()))
            break


def _pinned_day(t: dict[str, Any], report_day: str) -> date | None:
    """The report a draft is pinned to, or None."""
    got = next((v for k, v in t["extra"] if k == report_day), None)
    return date.fromisoformat(got) if isinstance(got, str) else None


def _said_day_before(low: str, d: dict[str, Any]) -> bool:
    """Whether the words right after (or before) a figure date it as the day before."""
    ss, se = d["sentence"]
    return _BEFORE_AFTER.match(low, d["end"], se) is not None or \
        _BEFORE_BEFORE.search(low, max(ss, d["start"] - 30), d["start"]) is not None
