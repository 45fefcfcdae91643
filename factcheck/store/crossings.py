"""The report before the day a running total is said to have crossed its level (issue #10,
readings67): "Russian losses passed 1 million on 12 June 2025" (normalize.crossed_levels,
``extra.crossed_on``). For each report the claim's total may be read from (every reporting
lag), the total of the report the day before; the lowest of them is kept, as one reference of
role ``crossing``: when even it is at or above the level, every reading has the level crossed
earlier, and the rule ``milestone-crossed-earlier`` decides.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from ..model import Claim, Reference
from ..normalize.crossed_levels import CROSSED_ON
from ..normalize.figures import number

_DAY = timedelta(days=1)


def crossing_refs(cands: Sequence[Claim], refs: Sequence[Reference],
                  total: Callable[[tuple[str, str, str], date], float | None]
                  ) -> list[Reference]:
    """One ``crossing`` reference per claim said to have crossed a level on a day, from the
    claim's own report references in ``refs``; ``total`` gives a series' total in a report."""
    out: list[Reference] = []
    for c in cands:
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
