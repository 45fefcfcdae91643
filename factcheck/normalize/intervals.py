"""The interval a figure's wording allows: qualifier and written precision -> (lower, upper).

Semantics come from ``rules/vocab/qualifiers.yaml`` (documented there); this module only
applies them. It must not look at the text.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..extract import vocab
from ..extract.numbers import QuantityMention


@lru_cache(maxsize=1)
def _semantics() -> tuple[dict[str, dict[str, Any]], int, float, float]:
    q = vocab.load("qualifiers.yaml")
    kinds = q.get("kinds", {})
    r = q.get("rounding", {})
    for name, k in kinds.items():
        for side in ("lower", "upper"):
            if k.get(side, "none") not in ("value", "round", "tolerance", "ceiling", "floor",
                                           "none"):
                raise vocab.VocabError(
                    f"{vocab.vocab_path('qualifiers.yaml')}: kind '{name}': unknown {side} "
                    f"'{k.get(side)}'")
    return (kinds, int(r.get("min_trailing_zeros", 2)), float(r.get("half_step", 0.5)),
            float(q.get("ceiling_steps", 1)))


def _step_as_written(q: QuantityMention) -> float:
    """The power of ten the figure is written to (765,000 -> 1,000; 70 -> 10; 3.5 -> 0.1)."""
    return q.step or 1.0


def interval(q: QuantityMention) -> tuple[float | None, float | None, bool, bool]:
    """(lower, upper, lower_open, upper_open) for a figure."""
    kinds, _min_tz, half, ceiling_steps = _semantics()
    v = q.value
    if q.lower is not None and q.upper is not None:
        return q.lower, q.upper, False, False
    kind = kinds.get(q.qkind or "none", kinds.get("none", {}))
    rounding = half * q.step if q.rounded and q.step else 0.0
    rel = float(kind.get("relative", 0.0))
    tol = max(rounding, abs(v) * rel)
    step = _step_as_written(q)

    def bound(side: str) -> float | None:
        how = kind.get(side, "none")
        sign = -1 if side == "lower" else 1
        if how == "value":
            return v
        if how == "round":
            return v + sign * rounding
        if how == "tolerance":
            return v + sign * tol
        if how == "ceiling":
            return v + ceiling_steps * step
        if how == "floor":
            return v - tol
        return None

    lo, hi = bound("lower"), bound("upper")
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    return lo, hi, bool(kind.get("lower_open")), bool(kind.get("upper_open"))
