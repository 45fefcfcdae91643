"""Distances to a round mark in the reports' counts: "just 800 short of the one-million mark",
"still 1,920 shy of a million", "only 2,316 short of the 100,000 mark" (issue #10, readings57).

A figure right before "short of" / "shy of" and a mark that is a running total of a count the
daily reports give (the mark read as that count, as the figure extraction reads it) is no count
of its own: it is the mark less the count's level on the mark's day. This pass records the mark
on the figure (``MARK_GAP``: the mark's value, measure, side and period), with the basis of its
measure and side, and the mark itself loses the report's measure (it is not checkable: a round
level, not a figure the reports give); the store gives the figure one reference per report the
level may be taken from (each reporting lag: the mark less that report's total), so the rules judge it as any
figure against the reports: contradicted only when no report's distance fits. It reads words;
it never judges.
"""

from __future__ import annotations

import re
from typing import Any

MARK_GAP = "mark_gap"

# the words between the distance and its mark: "short of the", "shy of a", "places short of"
_SHORT_OF = re.compile(r"(?i)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:short|shy)[ \u00a0]+of[ \u00a0]+"
                       r"(?:the[ \u00a0]+|a[ \u00a0]+)?")


def _mark_after(ctx: Any, drafts: list[dict[str, Any]], i: int) -> dict[str, Any] | None:
    """The mark the figure ``drafts[i]`` falls short of: the figure right after "short of",
    a running total of a count the daily reports give, larger than the distance."""
    d = drafts[i]
    m = _SHORT_OF.match(ctx.text, d["end"])
    if m is None:
        return None
    for k in range(i + 1, min(i + 3, len(drafts))):
        mark = drafts[k]
        # ("shy of a million": the figure extraction's words may begin at "shy")
        if not d["end"] <= mark["start"] <= m.end() or mark["sentence"] != d["sentence"]:
            continue
        if mark.get("value") is None or mark.get("unit") or not mark.get("cumulative") or \
                mark.get("period") is None or not ctx.lex.daily_reports(mark.get("measure")) \
                or not mark.get("subject") or float(mark["value"]) <= float(d["value"]):
            return None
        return mark
    return None


def mark_gaps(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any]) -> None:
    """Record on each distance to a round mark its mark (``MARK_GAP``) and the basis of the
    measure and side it is a distance in."""
    for i, d in enumerate(drafts):
        if d.get("value") is None or d.get("unit") or \
                ctx.lex.daily_reports(d.get("measure")) or \
                any(k == MARK_GAP for k, _ in d["extra"]):
            continue
        mark = _mark_after(ctx, drafts, i)
        if mark is None:
            continue
        p = mark["period"]
        d["extra"].append((MARK_GAP, {
            "mark": float(mark["value"]), "measure": mark["measure"],
            "subject": mark["subject"], "start": p[0].isoformat(), "end": p[1].isoformat(),
            "text": ctx.text[mark["start"]:mark["end"]]}))
        # (the distance has no count of its own: "shy" is no measure)
        d["measure"] = None
        # (nor is the mark a figure of the reports: "the one-million mark" is the round level
        # the distance is counted to, read exactly since everyday111's exact marks)
        k = next(j for j, x in enumerate(drafts) if x is mark)
        mark["measure"], mark["period"], mark["cumulative"] = None, None, False
        if bases[k] is not None:
            words = ctx.text[mark["start"]:mark["end"]]
            bases[k]["measure"] = (f"none: the round mark \"{words}\" a distance is counted "
                                   "to, no figure of the reports")
        how = f"carried within the sentence: the distance to the mark \"" \
              f"{ctx.text[mark['start']:mark['end']]}\""
        if bases[i] is not None:
            bases[i]["measure"] = bases[i]["subject"] = how
