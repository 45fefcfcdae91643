"""The dataset's value of a share of the war's running total that the text does not write
(issue #10, readings71): "214,260 since the start of 2025, ..., about 21% of the war's total".
normalize.war_total_shares gives such a figure the measure ``<measure>`` + SHARE_OF_TOTAL and
its part's period; here the part is looked up as a count of that period would be (every
reporting lag and reading of it), the whole as the running total to the same day, and each
report's pair gives a reference: the part over the whole, in per cent. A writer rounds a
share either way, so any figure between its floor and ceiling is its value, with
wrong-arithmetic's tolerance for loose arithmetic (5%) as its margin: the rules decide
(dataset-figure-matches, dataset-figure-mismatch).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from ..model import Claim, Document, Period, Reference
from ..normalize.figures import number
from ..normalize.war_total_shares import SHARE_OF_TOTAL
from .ratio_refs import RATIO_MARGIN

_PART, _WHOLE = "/part", "/whole"


def is_war_share(c: Claim) -> bool:
    """Whether claim ``c`` is a share of the war's running total (module docstring)."""
    return bool(c.measure) and str(c.measure).endswith(SHARE_OF_TOTAL)


def war_share_refs(conn: Any, doc: Document, cands: Sequence[Claim],
                   counts: Callable[[Any, Document, list[Claim]], list[Reference]],
                   scope_start: Callable[[str], date | None]) -> list[Reference]:
    """The references of every share claim among ``cands``: ``counts`` is the lookup of the
    dataset's values for claims (store.lookup._dataset_refs), ``scope_start`` the first day a
    measure's running totals count from."""
    asked: list[Claim] = []
    for c in cands:
        m = str(c.measure).removesuffix(SHARE_OF_TOTAL)
        start = scope_start(m)
        if c.period is None or start is None:
            continue
        asked += [replace(c, id=c.id + _PART, measure=m, unit=""),
                  replace(c, id=c.id + _WHOLE, measure=m, unit="", cumulative=True,
                          period=Period(start, c.period.end),
                          extra=tuple(x for x in c.extra if x[0] != "to_date"))]
    got = counts(conn, doc, asked) if asked else []
    out: list[Reference] = []
    for c in cands:
        parts = _by_report(r for r in got if r.claim == c.id + _PART and not r.cumulative)
        wholes = _by_report(r for r in got if r.claim == c.id + _WHOLE and r.cumulative)
        for key, a in parts.items():
            b = wholes.get(key)
            if b is None or not b.value or a.value is None or a.value < 0 or b.value < 0:
                continue
            out.append(_share_ref(c, a, b))
    return out


def _by_report(refs: Any) -> dict[tuple[Any, ...], Reference]:
    """The values by report (date, lag): the first of each (the one leaving a correction
    out, where one is in the span)."""
    got: dict[tuple[Any, ...], Reference] = {}
    for r in refs:
        if r.kind == "dataset" and r.role == "period" and not r.record:
            got.setdefault((r.date, r.lag), r)
    return got


def _share_ref(c: Claim, a: Reference, b: Reference) -> Reference:
    """The reference of share claim ``c`` from one report's part and running total."""
    v = a.value / b.value * 100
    return replace(a, claim=c.id, measure=str(c.measure), value=round(v, 1), unit="percent",
                   lower=float(math.floor(v)), upper=float(math.ceil(v)), correction=None,
                   margin=RATIO_MARGIN, cumulative=False,
                   detail=f"{number(round(v, 1))}%: {a.detail} ({number(a.value)}) of "
                   f"{b.detail} ({number(b.value)})")
