"""The dataset's value of a ratio of two war counts that the text does not give (issue #10,
readings67): "Since the invasion began, Russia has lost about 103 troops for every tank";
"roughly 51 soldiers per artillery system lost in November 2025". normalize.loss_ratios gives
such a figure the measure ``<of>`` + RATIO + ``<per>`` and its period; here each measure is
looked up as a count of that period would be (every reporting lag and reading of the period,
by the same plans), and each pair of values of one report (one lag, one reading) gives a
reference: the first over the second. A writer rounds a ratio either way, so any figure
between its floor and ceiling is its value, and the margin is wrong-arithmetic's tolerance
for loose arithmetic (5%): the rules decide (dataset-figure-matches, dataset-figure-mismatch).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

from ..model import Claim, Document, Reference
from ..normalize.figures import number
from ..normalize.loss_ratios import RATIO

# the slack of a ratio worked out by others: wrong-arithmetic's tolerance for loose words
# (rules/consistency/wrong-arithmetic.yaml, "tolerance: 0.05")
RATIO_MARGIN = 0.05
# the ids of a ratio's two counts while they are looked up
_OF, _PER = "/of", "/per"


def is_ratio(c: Claim) -> bool:
    """Whether claim ``c`` is a ratio of two dataset counts (module docstring)."""
    return bool(c.measure) and RATIO in str(c.measure)


def ratio_refs(conn: Any, doc: Document, cands: Sequence[Claim],
               counts: Callable[[Any, Document, list[Claim]], list[Reference]]
               ) -> list[Reference]:
    """The references of every ratio claim among ``cands``: ``counts`` is the lookup of the
    dataset's values for claims (store.lookup._dataset_refs)."""
    asked: list[Claim] = []
    for c in cands:
        of, per = str(c.measure).split(RATIO, 1)
        asked += [replace(c, id=c.id + _OF, measure=of), replace(c, id=c.id + _PER, measure=per)]
    # (one look-up for every count of every ratio: each is a look-up of the whole dataset)
    got = counts(conn, doc, asked)
    out: list[Reference] = []
    for c in cands:
        tops = _by_report(r for r in got if r.claim == c.id + _OF)
        bottoms = _by_report(r for r in got if r.claim == c.id + _PER)
        for key, a in tops.items():
            b = bottoms.get(key)
            if b is None or not b.value or a.value is None or a.value < 0 or b.value < 0:
                continue
            out.append(_ratio_ref(c, a, b))
    return out


def _by_report(refs: Iterable[Reference]) -> dict[tuple[Any, ...], Reference]:
    """The period values by report (date, lag, period, reading): the first of each (the one
    leaving a correction out, where one is in the span)."""
    got: dict[tuple[Any, ...], Reference] = {}
    for r in refs:
        if r.kind == "dataset" and r.role == "period" and not r.record:
            got.setdefault((r.date, r.lag, r.period, r.reading, r.cumulative), r)
    return got


def _ratio_ref(c: Claim, a: Reference, b: Reference) -> Reference:
    """The reference of ratio claim ``c`` from one report's two values."""
    v = a.value / b.value
    return replace(a, claim=c.id, measure=str(c.measure), value=round(v, 1), lower=float(math.floor(v)),
                   upper=float(math.ceil(v)), correction=None, margin=RATIO_MARGIN,
                   detail=f"{number(round(v, 1))} to one: {a.detail} ({number(a.value)}) over "
                   f"{b.detail} ({number(b.value)})")
