"""Percentage changes that two of the story's levels imply (issue #11, everyday51).

Called by ``relations.relate`` once the story's other relations are read. "Heathrow expects
81.4 million passengers next year ... The airport estimates that 79.1 million will have used
it this year, so the forecast implies growth of about 2.9%": a percentage after words that say
it is implied (rules/vocab/across.yaml ``implied_change``: "implies growth of", "would mean a
fall of") is the change between two earlier levels of one unit in its paragraph or the two
before. The words do not say which two, so every ordered pair that moves the way the noun
says (up for "growth", down for "fall") is a reading, and the change is read between the pair
it fits best: it is flagged only when no pair fits it within its rounding. A pair further off
than ``NEAR`` from the percentage written is no reading (another comparison), a part of
another figure ("27,764 of them, or 31%") is no level, and a percentage with a change or
relation of its own is left as it is.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any

from ..extract import vocab
from .comparisons import one_measure

# a pair is a reading only when the change it implies is within this factor of the written one
NEAR = 3.0
# the earlier levels considered, nearest first
_MAX_LEVELS = 10
# (a part of another figure, "27,764 of them, or 31%", is no level the story moves between)
_NOT_LEVEL = frozenset(("change", "factor", "share", "portion"))


@lru_cache(maxsize=1)
def _vocab() -> tuple[re.Pattern[str], frozenset[str]]:
    data = vocab.load("across.yaml")
    return re.compile(str(data["implied_change"])), \
        frozenset(str(x) for x in data["implied_change_down"])


@lru_cache(maxsize=1)
def _amount_words() -> re.Pattern[str]:
    return re.compile(str(vocab.load("across.yaml")["implied_amount"]))


def _levels(low: str, drafts: list[dict[str, Any]], i: int) -> list[int]:
    """The levels before ``i`` in its paragraph and the two before, nearest first."""
    lo = drafts[i]["sentence"][0]
    for _ in range(3):
        lo = low.rfind("\n\n", 0, lo) if lo > 0 else -1
    out = []
    for j in range(i - 1, -1, -1):
        d = drafts[j]
        if d["start"] <= lo or len(out) >= _MAX_LEVELS:
            break
        if d["unit"] != "percent" and d["value"] and d["value"] > 0 and \
                d.get("role") not in _NOT_LEVEL and \
                not any(k in ("change", "percentage_points") for k, _ in d["extra"]):
            out.append(j)
    return out


def _best_pair(drafts: list[dict[str, Any]], levels: list[int], amount: float,
               down: bool, absolute: bool = False) -> tuple[int, int] | None:
    """The (from, to) pair of ``levels`` whose change is nearest ``amount`` (in per cent, or
    in the levels' unit when ``absolute``), moving the way ``down`` says; None when none is
    within ``NEAR``."""
    best, off = None, math.log(NEAR)
    for f in levels:
        for t in levels:
            a, b = drafts[f], drafts[t]
            if f == t or a["unit"] != b["unit"] or not one_measure(a, b):
                continue
            lo, hi = float(a["value"]), float(b["value"])
            if (hi < lo) != down or hi == lo:
                continue
            implied = abs(hi - lo) if absolute else abs(hi / lo - 1.0) * 100.0
            o = abs(math.log(implied / amount))
            if o < off:
                best, off = (f, t), o
    return best


def implied_changes(low: str, drafts: list[dict[str, Any]]) -> None:
    """Read each implied percentage change between the pair of levels it fits best (module
    docstring)."""
    if "impl" not in low and "mean" not in low and "represent" not in low and \
            "amount" not in low:
        return
    pat, downs = _vocab()
    for i, d in enumerate(drafts):
        if d["unit"] != "percent" or not d["value"] or d["value"] <= 0 or \
                d.get("role") not in (None, "change", "expected") or \
                any(k in ("relation", "ratio") or k == "change" and
                    (v.get("from") is not None or v.get("to") is not None)
                    for k, v in d["extra"]):
            continue
        m = pat.search(low, max(d["sentence"][0], d["start"] - 80), d["start"])
        if m is None:
            continue
        down = m.group("w") in downs
        pair = _best_pair(drafts, _levels(low, drafts, i), float(d["value"]), down)
        if pair is None:
            continue
        d["extra"] = [x for x in d["extra"] if x[0] != "change"]
        d["extra"].append(("change", {"kind": "percent", "amount": float(d["value"]),
                                      "direction": "down" if down else "up",
                                      "from": pair[0], "to": pair[1]}))
        d["role"] = "change"


def implied_amounts(low: str, drafts: list[dict[str, Any]]) -> None:
    """"The 2010 census had counted 308,745,538 people. The rise amounts to 22,703,743": an
    amount of change whose noun is its sentence's subject (across.yaml ``implied_amount``),
    with no level of its own in its sentence, is the change between the pair of earlier
    levels of its unit (its paragraph and the two before, ``_levels``) it fits best, read as
    ``implied_changes`` reads a percentage: flagged only when no pair fits it."""
    if "amount" not in low and " to " not in low and "total" not in low and \
            " was " not in low and " is " not in low:
        return
    pat = _amount_words()
    _, downs = _vocab()
    for i, d in enumerate(drafts):
        if d["unit"] == "percent" or not d["value"] or d["value"] <= 0 or \
                d.get("role") not in (None, "change") or d["extra"] and any(
                    k in ("relation", "ratio", "change", "percentage_points")
                    for k, _ in d["extra"]):
            continue
        m = pat.search(low, max(0, d["sentence"][0] - 2, d["start"] - 90), d["start"])
        if m is None or m.start() + 2 < d["sentence"][0] - 2:
            continue
        down = m.group("w") in downs
        levels = [j for j in _levels(low, drafts, i) if drafts[j]["unit"] == d["unit"] and
                  drafts[j]["start"] < d["sentence"][0] and one_measure(drafts[j], d)]
        pair = _best_pair(drafts, levels, float(d["value"]), down, absolute=True)
        if pair is None:
            continue
        d["extra"].append(("change", {"kind": "absolute", "amount": float(d["value"]),
                                      "direction": "down" if down else "up",
                                      "from": pair[0], "to": pair[1]}))
        d["role"] = "change"
