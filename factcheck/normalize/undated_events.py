"""Figures dated by an event whose day the text does not write (issue #12, dates39): "A year
to the day after the bombing, about 2,500 people gathered" in a story that never dates the
bombing. ``extract.event_anniversaries`` leaves such a phrase a date with no day, so the figure
takes no other period; here the figure is told why, for the account of coverage (reason "no
period"): never a silent figure."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from ..extract.event_anniversaries import unread_first_spans

PERIOD_WHY = "no_period_why"


def mark_undated_events(dates: Any, drafts: list[dict[str, Any]], text: str = "") -> None:
    """Give each figure with no period whose sentence holds an event's anniversary with no day
    (a date mention with no start, "to the day" or "anniversary" in its words), or a span
    counted from a day no words give ("in his first 100 days" with no day the term began:
    ``extract.event_anniversaries.unread_first_spans``), the reason its period is not
    known."""
    undated = [dm for dm in dates if dm.start_date is None and dm.end_date is None and (
        " to the day " in dm.text.lower() or "anniversary" in dm.text.lower())]
    firsts = unread_first_spans(text, dates) if " first " in text else []
    if firsts:
        _mark_first_spans(firsts, drafts)
    why = [(dm.start, dm.text, w) for dm in dates if dm.start_date is None and
           (w := _why(dm)) is not None]
    if why:   # "before the summer recess", "Oxford's Michaelmas term" (extract.legal_terms)
        _mark_first_spans([(a, 0, w) for a, w, _ in why], drafts,
                          {a: r for a, _, r in why})
    if not undated:
        return
    starts = [dm.start for dm in undated]
    for d in drafts:
        if d.get("period"):
            continue
        ss, se = d["sentence"]
        k = bisect_right(starts, se) - 1
        if k < 0 or undated[k].start < ss:
            continue
        dm = undated[k]
        d["extra"].append((PERIOD_WHY, f'"{dm.text}" dates it, and the article writes no day '
                                       "for that event to count from"))


def _why(dm: Any) -> str | None:
    """The reason words that are no date give for it (extract.legal_terms: a reading
    labelled "why: "), or None."""
    got = getattr(dm, "readings", ()) or ()
    label = str(got[0][0]) if got and got[0] else ""
    return label.removeprefix("why: ") if label.startswith("why: ") else None


def _mark_first_spans(firsts: list[tuple[int, int, str]], drafts: list[dict[str, Any]],
                      reasons: dict[int, str] | None = None) -> None:
    """The reason of each figure with no period whose sentence holds one of ``firsts`` (the
    words' own, from ``reasons`` by their start, where given)."""
    starts = [a for a, _, _ in firsts]
    for d in drafts:
        if d.get("period"):
            continue
        ss, se = d["sentence"]
        k = bisect_right(starts, se) - 1
        if k < 0 or firsts[k][0] < ss:
            continue
        why = (reasons or {}).get(firsts[k][0])
        d["extra"].append((PERIOD_WHY, f'"{firsts[k][2]}" dates it: {why}' if why else
                           f'"{firsts[k][2]}" dates it, and the article writes no day the '
                           "span starts from"))
