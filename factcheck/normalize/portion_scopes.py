"""A part of a whole fronted with its scope, whose own scope follows it (issue #10,
readings68): "Of the 1,090,010 troops Russia has lost since February 2022, 299,210 were lost
since the start of 2025". The part (role ``portion`` of the whole before it) took the whole's
"since February 2022", the date before it in its sentence; a "since" right after it in its own
clause, later than the whole's start, is its own: the part counts from that start (the readings
pass ``_to_date`` then reads it as the sum since then, to date). This module only reads the
words: it decides no verdict.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

# the most characters between the part and its own "since" (", or 27%, were lost ")
_GAP = 60


def portion_own_scopes(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any]) -> None:
    """Every part whose own "since" follows it (module docstring), in place."""
    if "since" not in ctx.low:
        return
    for i, d in enumerate(drafts):
        w = d.get("group")
        if d.get("role") != "portion" or not isinstance(w, int) or \
                not 0 <= w < len(drafts) or not d.get("cumulative") or d.get("period") is None:
            continue
        whole = drafts[w]
        if whole["sentence"] != d["sentence"] or whole["end"] > d["start"] or \
                whole.get("period") != d["period"] or not whole.get("cumulative"):
            continue
        own = _since_after(ctx, drafts, i)
        if own is None or own.start_date <= d["period"][0]:
            continue
        d["period"] = (own.start_date, min(own.end_date, d["period"][1]))
        if bases[i] is not None:
            bases[i]["period"] = (f"written: its own scope after it (\"{own.text}\"), not the "
                                  "whole's before it")


def _since_after(ctx: Any, drafts: list[dict[str, Any]], i: int) -> Any:
    """The "since" date right after part ``drafts[i]`` in its clause (no other count between,
    no ";"), or None: the first date at or after the part's end (a bisection), and the drafts
    after the part up to it."""
    d = drafts[i]
    k = bisect_left(ctx.date_starts, d["end"])
    if k >= len(ctx.m.dates):
        return None
    dm = ctx.m.dates[k]
    if dm.start >= d["sentence"][1] or dm.start - d["end"] > _GAP or dm.kind != "since" or \
            dm.start_date is None or dm.end_date is None or \
            ";" in ctx.low[d["end"]:dm.start]:
        return None
    for x in drafts[i + 1:]:
        if x["start"] >= dm.start:
            break
        if x.get("unit") != "percent":
            return None
    return dm
