"""A level a running total crossed on a day the words name (issue #10, readings67): "Russian
losses passed 1 million on 12 June 2025, when the General Staff added 1,140"; "the count
crossed 800,000 on 7 January 2025". A running total of a daily-reported measure read with a
past-tense verb of a threshold crossed ("passed", "crossed", "surpassed", "topped", "exceeded")
and "on <day>" right after it says more than "at or above the level that day": the report
before was still below it. Such a figure carries ``extra.crossed_on`` (the day); the store
gives the total of the report before each report the day may be (``store.crossings``), and the
rule ``milestone-crossed-earlier`` contradicts it when every such report was already at or
above the level. A crossing within a window the words name instead of a day (readings69:
"passed 1 million this week", "crossed the 10,000 mark last month") is a running total at the
window's end (at or above the level then) that was below it before the window: the figure
becomes that running total and carries ``extra.crossed_in`` (the window's first day); the
store gives the total of the report before it, and ``milestone-crossed-before-window``
contradicts the figure when even that report was at or above the level. A crossing the words
call recent and give no window or day ("have just passed 1.2 million", "has recently crossed
the 11,000 mark", readings71) is read the same way over the last month before publication
(``RECENT_DAYS``): a mark the total had passed before that month is contradicted; "has passed"
or "has now passed" alone says no more than the total by publication. This module only reads
the words: it decides no verdict.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

CROSSED_ON = "crossed_on"
CROSSED_IN = "crossed_in"
# the past-tense verbs of a level crossed (qualifiers.yaml kind threshold): not "passing"
# or "tops", which say nothing of the day it happened
_CROSSED = re.compile(r"(?:passed|crossed|surpassed|topped|exceeded|went above|broke through)"
                      r"(?:[ \u00a0]+the)?$")
# "just" or "recently" right before the verb of a crossing ("have just passed 1.2 million", "has
# only just crossed the 11,000 mark"), up to the figure's digits (lower case)
_JUST = re.compile(r"\b(?:just|recently)[ \u00a0]+(?:passed|crossed|surpassed|topped|exceeded|"
                   r"went[ \u00a0]+above|broke[ \u00a0]+through)(?:[ \u00a0]+the)?[ \u00a0]*$")
# the days before publication a crossing called recent may have happened in (a month: the
# report of the day before them already at or above the level contradicts "just passed")
RECENT_DAYS = 31
# "on" right after the figure (or after its milestone noun, "passed the 1 million mark on")
_ON_AFTER = re.compile(r"(?:[ \u00a0]+(?:mark|milestone|threshold|barrier))?[ \u00a0]+on[ \u00a0]+")
# a window right after the figure (or its milestone noun): "passed 1 million this week",
# "crossed the 10,000 mark last month"
_WINDOW_AFTER = re.compile(r"(?:[ \u00a0]+(?:mark|milestone|threshold|barrier))?[ \u00a0]+")


def mark_crossed_levels(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any]) -> None:
    """Every running total said to have crossed its level on a named day or within a named
    window (module docstring), in place."""
    lex = ctx.lex
    for i, d in enumerate(drafts):
        q = d.get("qualifier")
        if not q or d.get("unit") or \
                not lex.daily_reports(d.get("measure")) or \
                not _CROSSED.search(" ".join(str(q).lower().split())):
            continue
        on = _ON_AFTER.match(ctx.low, d["end"])
        if on is None and not _crossed_in_window(ctx, d, bases[i]):
            _crossed_recently(ctx, d, bases[i])
        if on is None or d.get("period") is None:
            continue
        if not d.get("cumulative"):
            continue
        day = d["period"][1]
        if any(dm.start == on.end() and dm.start_date == dm.end_date == day
               for dm in ctx.m.dates):
            d["extra"].append((CROSSED_ON, day.isoformat()))


def _crossed_recently(ctx: Any, d: dict[str, Any], basis: dict[str, str] | None) -> None:
    """"have just passed 1.2 million": a crossing called recent with no window or day is the
    running total by publication, crossed within the last ``RECENT_DAYS`` days (in place)."""
    D = ctx.doc.date
    start = ctx.lex.scope_start(d.get("measure"))
    digits = d["start"] + next((k for k, ch in enumerate(ctx.low[d["start"]:d["end"]])
                                if ch.isdigit()), 0)
    at = _JUST.search(ctx.low, max(d["sentence"][0], d["start"] - 40), digits)
    if at is None or D is None or start is None or D - timedelta(days=RECENT_DAYS) <= start:
        return
    first = D - timedelta(days=RECENT_DAYS)
    d["cumulative"] = True
    d["period"] = (start, D)
    d["extra"].append((CROSSED_IN, first.isoformat()))
    if basis is not None:
        words = " ".join(ctx.text[at.start():d["end"]].split())
        basis["scope"] = basis["period"] = f"written: \"{words}\" (a level crossed recently: " \
            f"the running total by publication, below it {RECENT_DAYS} days before)"


def _crossed_in_window(ctx: Any, d: dict[str, Any], basis: dict[str, str] | None) -> bool:
    """"passed 1 million this week": a window (a date of more than one day) right after the
    figure makes it the running total at the window's end (by publication), crossed within the
    window (``CROSSED_IN``: its first day), in place; not a level the window's own days could
    bring (more than the measure's ``daily_max`` a day). Whether a window was written after
    it (True also for a level its window's days could bring: no recent crossing then)."""
    at = _WINDOW_AFTER.match(ctx.low, d["end"])
    D = ctx.doc.date
    start = ctx.lex.scope_start(d.get("measure"))
    if at is None or D is None or start is None or d.get("period") is None:
        return False
    dm = next((dm for dm in ctx.m.dates if dm.start == at.end()), None)
    if dm is None or dm.start_date is None or dm.end_date is None:
        return False
    if not start < dm.start_date < dm.end_date or dm.start_date >= D:
        return True
    top = ctx.lex.daily_max(d.get("measure"))
    if top is None or float(d["value"]) <= top * ((dm.end_date - dm.start_date).days + 1):
        # ("topped 48,000 in January alone": a level the window's own days may bring is the
        # window's count, not a running total crossing it)
        return True
    d["cumulative"] = True
    d["period"] = (start, min(dm.end_date, D))
    d["extra"].append((CROSSED_IN, dm.start_date.isoformat()))
    if basis is not None:
        words = " ".join(ctx.text[d["start"]:dm.end].split())
        basis["scope"] = basis["period"] = f"written: \"{words}\" (a level crossed within " \
            "the window: the running total by its end)"
    return True
