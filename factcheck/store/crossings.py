"""The report before the day a running total is said to have crossed its level (issue #10,
readings67): "Russian losses passed 1 million on 12 June 2025" (normalize.crossed_levels,
``extra.crossed_on``). For each report the claim's total may be read from (every reporting
lag), the total of the report the day before; the lowest of them is kept, as one reference of
role ``crossing``: when even it is at or above the level, every reading has the level crossed
earlier, and the rule ``milestone-crossed-earlier`` decides. A level crossed within a window
(``extra.crossed_in``, readings69) gets one reference of role ``crossing_window``: the total
of the report of the day before the window's first day (the earliest report a reading of the
window may start after), and the rule ``milestone-crossed-before-window`` decides.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from ..model import Claim, Reference
from ..normalize.crossed_levels import CROSSED_IN, CROSSED_ON
from ..normalize.figures import number

_DAY = timedelta(days=1)


def crossing_refs(cands: Sequence[Claim], refs: Sequence[Reference],
                  total: Callable[[tuple[str, str, str], date], float | None]
                  ) -> list[Reference]:
    """One ``crossing`` reference per claim said to have crossed a level on a day, from the
    claim's own report references in ``refs``; ``total`` gives a series' total in a report."""
    out: list[Reference] = []
    for c in cands:
        if c.extra and CROSSED_IN in c.extra_dict():
            out += _window_ref(c, refs, total, date.fromisoformat(c.extra_dict()[CROSSED_IN]))
            continue
        if not c.extra or CROSSED_ON not in c.extra_dict():
            continue
        befores = []
        for r in refs:
            if r.claim != c.id or r.kind != "dataset" or r.role != "period" or \
                    not r.cumulative or r.date is None or r.reading:
                continue
            v = total((str(r.document), r.measure, str(r.subject)), r.date - _DAY)
            if v is None:
                break   # (a report missing: no reading may be left out)
            befores.append((v, r))
        else:
            if befores:
                v, r = min(befores, key=lambda x: x[0])
                out.append(replace(
                    r, role="crossing", value=v, lower=v, upper=v, correction=None,
                    date=r.date - _DAY, detail=f"total {r.measure.replace('_', ' ')} in the "
                    f"report of {(r.date - _DAY).isoformat()} ({number(v)}), the report before "
                    f"that of {r.date.isoformat()}"))
    return out


def _window_ref(c: Claim, refs: Sequence[Reference],
                total: Callable[[tuple[str, str, str], date], float | None], first: date
                ) -> list[Reference]:
    """The ``crossing_window`` reference of a level crossed within the window from ``first``:
    the total of the report of the day before it, from the series of the claim's own running
    total references; none when that report is missing."""
    r = next((r for r in refs if r.claim == c.id and r.kind == "dataset" and
              r.role == "period" and r.cumulative and r.date is not None), None)
    if r is None:
        return []
    day = first - _DAY
    v = total((str(r.document), r.measure, str(r.subject)), day)
    if v is None:
        return []
    return [replace(r, role="crossing_window", value=v, lower=v, upper=v, correction=None,
                    date=day, reading=None, detail=f"total {r.measure.replace('_', ' ')} in "
                    f"the report of {day.isoformat()} ({number(v)}), before the window from "
                    f"{first.isoformat()}")]
