"""A level a running total crossed on a day the words name (issue #10, readings67): "Russian
losses passed 1 million on 12 June 2025, when the General Staff added 1,140"; "the count
crossed 800,000 on 7 January 2025". A running total of a daily-reported measure read with a
past-tense verb of a threshold crossed ("passed", "crossed", "surpassed", "topped", "exceeded")
and "on <day>" right after it says more than "at or above the level that day": the report
before was still below it. Such a figure carries ``extra.crossed_on`` (the day); the store
gives the total of the report before each report the day may be (``store.crossings``), and the
rule ``milestone-crossed-earlier`` contradicts it when every such report was already at or
above the level. This module only reads the words: it decides no verdict.
"""

from __future__ import annotations

import re
from typing import Any

CROSSED_ON = "crossed_on"
# the past-tense verbs of a level crossed (qualifiers.yaml kind threshold): not "passing"
# or "tops", which say nothing of the day it happened
_CROSSED = re.compile(r"(?:passed|crossed|surpassed|topped|exceeded|went above|broke through)"
                      r"(?:[ \u00a0]+the)?$")
# "on" right after the figure (or after its milestone noun, "passed the 1 million mark on")
_ON_AFTER = re.compile(r"(?:[ \u00a0]+(?:mark|milestone|threshold|barrier))?[ \u00a0]+on[ \u00a0]+")


def mark_crossed_levels(ctx: Any, drafts: list[dict[str, Any]]) -> None:
    """Every running total said to have crossed its level on a named day (module docstring),
    in place."""
    if "on " not in ctx.low:
        return
    lex = ctx.lex
    for d in drafts:
        q = d.get("qualifier")
        if not q or not d.get("cumulative") or d.get("period") is None or d.get("unit") or \
                not lex.daily_reports(d.get("measure")) or \
                not _CROSSED.search(" ".join(str(q).lower().split())):
            continue
        on = _ON_AFTER.match(ctx.low, d["end"])
        if on is None:
            continue
        day = d["period"][1]
        if any(dm.start == on.end() and dm.start_date == dm.end_date == day
               for dm in ctx.m.dates):
            d["extra"].append((CROSSED_ON, day.isoformat()))
