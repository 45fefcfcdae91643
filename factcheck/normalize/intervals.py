"""The interval a figure's wording allows: qualifier and written precision -> (lower, upper).

Semantics come from ``rules/vocab/qualifiers.yaml`` (documented there); this module only
applies them. It must not look at the text.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

from ..extract import vocab
from ..extract.numbers import QuantityMention


@lru_cache(maxsize=1)
def _semantics() -> tuple[dict[str, dict[str, Any]], int, float, float, frozenset[str]]:
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
            float(q.get("ceiling_steps", 1)), frozenset(q.get("non_negative", ())))


def _step_as_written(q: QuantityMention) -> float:
    """The power of ten the figure is written to (765,000 -> 1,000; 70 -> 10; 3.5 -> 0.1)."""
    return q.step or 1.0


def interval(q: QuantityMention) -> tuple[float | None, float | None, bool, bool]:
    """(lower, upper, lower_open, upper_open) for a figure."""
    kinds, _min_tz, half, ceiling_steps, non_negative = _semantics()
    v = q.value
    if q.lower is not None and q.upper is not None:
        return q.lower, q.upper, False, False
    kind = kinds.get(q.qkind or "none", kinds.get("none", {}))
    step = _step_as_written(q)
    # (a move in basis points is quoted to the point: "by 100 basis points" is 100, never a
    # round 50 to 150)
    rounding = half * q.step if q.rounded and q.step and q.unit != "basis_point" else 0.0
    if kind.get("leading_one") and _leading_one(q):
        # "about $10 billion" is 9.5..10.5 billion, not 5..15: a writer with $11 billion
        # writes "about $11 billion" (qualifiers.yaml ``leading_one``)
        step = q.step / 10.0
        rounding = half * step
    if kind.get("written_precision"):
        # "approximately 70": rounded at its last written digit, whatever the trailing zeros
        rounding = max(rounding, half * step)
    rel = float(kind.get("relative", 0.0))
    digits = kind.get("relative_digits")
    if rel and digits is not None and step and len(str(int(round(abs(v) / step)))) > int(digits):
        rel = 0.0   # "about 508,780": the report's own figure, hedged; read to its last digit
    width = abs(v) * rel
    steps = kind.get("relative_steps")
    if width and steps is not None and q.step:
        # "almost 63,000", "roughly 733,000": written to the thousand, the hedge reaches a
        # few thousands, not a tenth of the figure (72,000 is not "almost 73,000" of 63,000)
        width = min(width, float(steps) * q.step)
    tol = max(rounding, width)
    if width and kind.get("lower") == "floor":
        # "almost £1,000" is a little under £1,000, never down to the £500 its rounding at the
        # thousand would allow: the hedge's own width bounds it
        tol = width
    # "more than 420,000" for a report of 430,320: a round lower bound reaches its steps, or
    # its relative width where the kind gives one (qualifiers.yaml: round figures only)
    ceiling = max(ceiling_steps * step, width)
    lo = _bound(kind.get("lower", "none"), -1, v, rounding, tol, ceiling)
    hi = _bound(kind.get("upper", "none"), 1, v, rounding, tol, ceiling)
    lo_open, hi_open = bool(kind.get("lower_open")), bool(kind.get("upper_open"))
    # Rounding is half up: 1,650 is written "1,700", so the upper edge of a rounding interval
    # belongs to the next figure ("1,600" is 1,550 up to, not including, 1,650), and so does
    # the upper edge of the journalistic "more than" ceiling.
    how_upper = kind.get("upper", "none")
    if how_upper == "ceiling" or (how_upper in ("round", "tolerance") and rounding > 0
                                  and tol == rounding):
        hi_open = True
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    if kind.get("lower") == "tolerance" and kind.get("upper") == "tolerance" and \
            q.spelled and not q.unit and 0 < v < 1:
        # "about a quarter" is nearer a quarter than a fifth or a third (22.5% to 29.2%), not
        # anything from an eighth to three-eighths (qualifiers.yaml ``word_fractions``)
        lo, hi, lo_open, hi_open = _nearest_fraction(v, lo, hi)
    if lo is None and hi is not None and v >= 0 and q.dim in non_negative:
        lo, lo_open = 0.0, False    # "fewer than 10 troops" is 0..9, not -inf..9
    if _whole(q):
        if lo_open and kind.get("count_closed"):
            lo_open = False   # "more than 1,950 troops" for a report of exactly 1,950
        if hi_open and kind.get("count_closed") and kind.get("upper") == "value" and \
                not q.rounded:
            # "nearly 13 ships or boats" for a report of exactly 13: a figure written to the
            # unit is the report's own, hedged; a round one ("almost 63,000") stays below
            hi_open = False
        lo, lo_open = _inside(lo, lo_open, +1)
        hi, hi_open = _inside(hi, hi_open, -1)
        if lo is not None and hi is not None and lo > hi:
            # "more than three": no whole number lies below the next step; the figure says
            # only its lower bound (not the interval [4, 3])
            hi, hi_open = None, True
    return lo, hi, lo_open, hi_open


def share_in_words(q: QuantityMention, lo: float | None, hi: float | None, lo_open: bool,
                   hi_open: bool) -> tuple[float | None, float | None, bool, bool]:
    """The interval of a fraction in words read as a percentage (``q.value`` in per cent,
    the interval ``interval`` gave in parts of one): with no qualifier, the values nearer it
    than any other fraction copy writes in words ("a fifth" is 15% up to 22.5%: a writer
    with 24% writes "almost a quarter"); with one, that qualifier's interval in per cent."""
    if q.qkind is None and q.qualifier is None:
        below, above, b_open, a_open = _nearest_fraction(q.value / 100, lo, hi)
        if below is not None and above is not None:
            return below * 100, above * 100, b_open, a_open
    return (None if lo is None else lo * 100, None if hi is None else hi * 100,
            lo_open, hi_open)


@lru_cache(maxsize=1)
def _word_fractions() -> tuple[float, ...]:
    return tuple(sorted(float(x) for x in vocab.load("qualifiers.yaml").get("word_fractions", ())))


def _nearest_fraction(v: float, lo: float | None, hi: float | None
                      ) -> tuple[float | None, float | None, bool, bool]:
    """The values nearer ``v`` than any other fraction copy writes in words (the midpoints to
    its neighbours in ``word_fractions``); ``lo``/``hi`` where ``v`` is not one of them."""
    fr = _word_fractions()
    at = next((i for i, f in enumerate(fr) if math.isclose(f, v, abs_tol=1e-3)), None)
    if at is None:
        return lo, hi, False, False
    below = (fr[at - 1] + v) / 2 if at else v * 0.75
    above = (fr[at + 1] + v) / 2 if at + 1 < len(fr) else (v + 1.0) / 2
    return below, above, False, True


LEADING_ONE_FROM = 1000.0    # the smallest figure read to its next place (``_leading_one``)


def _leading_one(q: QuantityMention) -> bool:
    """A figure written as a one and zeros only, a thousand or more (1,000, $10 billion,
    $1 billion): the one digit it is written to is the next place's too. Small counts keep
    their width: "about 10 people" may be 12, "about 100" 120 (a writer counts them loosely)."""
    return bool(q.step) and q.step >= LEADING_ONE_FROM and abs(q.value) > 0 and \
        round(abs(q.value) / q.step) == 1


def _bound(how: str, sign: int, v: float, rounding: float, tol: float,
           ceiling: float) -> float | None:
    """One side of the interval, as ``qualifiers.yaml`` names it (see its header)."""
    if how == "value":
        return v
    if how == "round":
        return v + sign * rounding
    if how == "tolerance":
        return v + sign * tol
    if how == "ceiling":
        return v + ceiling
    if how == "floor":
        return v - tol
    return None


def _whole(q: QuantityMention) -> bool:
    """Counts of things take whole values only (troops, tanks; not percentages or money)."""
    return not q.unit and q.dim in ("", "count") and float(q.value).is_integer()


def _inside(b: float | None, open_: bool, direction: int) -> tuple[float | None, bool]:
    """For a count, a bound as the nearest whole number inside the interval, closed."""
    if b is None:
        return None, open_
    if float(b).is_integer():
        return (b + direction if open_ else b), False
    return float(math.ceil(b) if direction > 0 else math.floor(b)), False


@lru_cache(maxsize=256)
def reaches_open(qualifier: str | None) -> bool:
    """True when the qualifier's kind also bears a literal reading with no upper bound
    (qualifiers.yaml ``reach: open``: "more than N" is just over N read journalistically, any
    figure above N read literally), so that a larger report leaves the figure unverified
    instead of contradicting it. The claim keeps the journalistic interval for support."""
    if not qualifier:
        return False
    q = vocab.load("qualifiers.yaml")
    key = " ".join(qualifier.lower().replace("-", " ").split())
    phrases = {" ".join(str(k).lower().replace("-", " ").split()): v
               for k, v in {**(q.get("suffix_phrases") or {}), **(q.get("phrases") or {})}
               .items()}
    kind = phrases.get(key)
    return bool(kind) and (q.get("kinds", {}).get(kind) or {}).get("reach") == "open"
