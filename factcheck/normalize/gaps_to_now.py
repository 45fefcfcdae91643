"""Gaps between an earlier level and the level of now, which the story gives elsewhere (issue
#11, everyday107). Called by ``across.relate_across`` once stated changes are read; set on the
drafts as relations.py sets its own (indexes into the draft list). This module reads words;
wrong-arithmetic judges the change.

"Inflation ... 11.1% in October 2022, which was 7.3 points above today's rate"; "In June 2022
annual inflation peaked at 9.1%, 6.6 points higher than now"; "last year's record of $3.60,
which was 30 cents above today's price": an amount followed by words that set it against the
present (across.yaml ``now_distance``: "than now", "today's rate", "the current level") is the
distance of the level written right before it in its clause (", " or ", which was" between,
no figure) from the level of now. That level is a figure of the earlier level's unit (its
currency for a sub-unit's amount, a percentage for points), measure and subject, before it in
the text (``_BACK`` sentences at most), of a later period than the earlier level's or
undated, and no earlier value, target or range itself. Where such figures give more than one value, each is a reading: the one the
amount squares with, the latest and nearest of equals; where none squares, every reading
contradicts the amount and the latest and nearest is taken. With no such figure nothing is
set (the text leaves the present level open).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab
from .units import subunits

_BACK = 6       # sentences before the amount's where the level of now may stand (never
# after it: "£1,491.72 a year, about £135 more than now. Band A homes will pay about £994" is
# no level of now)
# between the earlier level and the amount: ", ", ", which was ", " in October 2022, which was
# still about " (no clause end; no figure, as the level is the figure right before the amount)
_LEVEL_TO_AMOUNT = re.compile(r"[^.;:!?]{0,80}?,\s*(?:(?:which|that|it)\s+(?:was|is|were|are)"
                              r"(?:\s+(?:still|then|already))?\s+)?(?:(?:about|around|roughly|"
                              r"nearly|almost|some|just\s+over|just\s+under)\s+)?")
_DIGITS = re.compile(r"\d[\d,]*(?:\.(\d+))?")


@lru_cache(maxsize=1)
def _words() -> re.Pattern[str]:
    """across.yaml ``now_distance``."""
    return re.compile(str(vocab.load("across.yaml")["now_distance"]))


def gaps_to_now(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Every gap of an earlier level from the level of now (module docstring), in place."""
    if not any(w in low for w in ("now", "today", "current", "present")):
        return
    pat = _words()
    where = {i: k for k, idxs in enumerate(sents) for i in idxs}
    for i, d in enumerate(drafts):
        if not d["value"] or d.get("role") not in (None, "change", "update") or \
                _has_values(d):
            continue
        m = pat.match(low, d["end"], d["sentence"][1] + 1)
        if m is None:
            continue
        x = _earlier_level(low, drafts, i, m)
        if x is None:
            continue
        k = where[i]
        near = [j for idxs in sents[max(0, k - _BACK):k + 1] for j in idxs if j < i]
        now = _level_of_now(low, drafts, (i, x), near, m)
        if now is None:
            continue
        d["extra"] = [(key, v) for key, v in d["extra"] if key != "change"]
        d["extra"].append(("change", {"kind": _kind(d, drafts[x], m), "amount": float(d["value"]),
                                      "direction": "up" if m.group("up") else "down",
                                      "from": now, "to": x}))
        d["role"] = "change"


def _has_values(d: dict[str, Any]) -> bool:
    """Whether amount ``d`` is already the change between two figures."""
    ch = next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict)), None)
    return ch is not None and ch.get("from") is not None and ch.get("to") is not None


def _kind(d: dict[str, Any], x: dict[str, Any], m: re.Match[str]) -> str:
    """"percent" for a relative distance (a percentage of a level not in percent, or said
    with "per cent" and no "points"), else "absolute"."""
    if d["unit"] == "percent" and m.group("points") is None and x["unit"] != "percent":
        return "percent"
    return "absolute"


def _fits_unit(d: dict[str, Any], x: dict[str, Any], m: re.Match[str]) -> bool:
    """Whether amount ``d`` may be a distance of level ``x``: the same unit, points of a
    percentage, a percentage of any level, a sub-unit of its currency ("30 cents" of $3.60)."""
    if d["unit"] == x["unit"]:
        return x["unit"] != "percent" or m.group("points") is not None or \
            any(k == "percentage_points" for k, _ in d["extra"])
    if not d["unit"] and m.group("points") is not None:
        return x["unit"] == "percent"
    if d["unit"] == "percent":
        return x["unit"] != "percent" and m.group("points") is None
    cur = subunits()
    a, b = cur.get(d["unit"] or ""), cur.get(x["unit"] or "")
    return a is not None and b is not None and a[0] == b[0]


def _earlier_level(low: str, drafts: list[dict[str, Any]], i: int,
                   m: re.Match[str]) -> int | None:
    """The level written right before amount ``i`` in its sentence, whose distance from now
    the amount is: the figure just before it, with only ``_LEVEL_TO_AMOUNT`` between."""
    d = drafts[i]
    if i == 0 or drafts[i - 1]["sentence"] != d["sentence"]:
        return None
    x = drafts[i - 1]
    if not x["value"] or x.get("role") not in (None, "total", "compared") or \
            not _fits_unit(d, x, m) or \
            not _LEVEL_TO_AMOUNT.fullmatch(low, x["end"], d["start"]):
        return None
    return i - 1


def _level_of_now(low: str, drafts: list[dict[str, Any]], pair: tuple[int, int],
                  near: list[int], m: re.Match[str]) -> int | None:
    """The figure standing for the level of now (module docstring): a reading the amount
    squares with, else the latest and nearest one."""
    i, x = pair
    d, r = drafts[i], drafts[x]
    up = m.group("up") is not None

    def fits(j: int) -> bool:
        y = drafts[j]
        if j in (i, x) or not y["value"] or y.get("role") not in (None, "total") or \
                y["unit"] != r["unit"] or any(k in ("range", "change", "direction")
                                              for k, _ in y["extra"]):
            return False
        if None not in (y.get("measure"), r.get("measure")) and y["measure"] != r["measure"]:
            return False
        if None not in (y.get("subject"), r.get("subject")) and y["subject"] != r["subject"]:
            return False
        if y.get("period") is not None and (r.get("period") is None or
                                            y["period"][1] <= r["period"][1]):
            return False    # (not later than the earlier level: a year to July ends later)
        return y["value"] < r["value"] if up else y["value"] > r["value"]

    found = [j for j in near if fits(j)]
    if not found:
        return None

    def order(j: int) -> tuple[int, Any, int]:
        per = drafts[j].get("period")
        return (_squares(low, d, _kind(d, r, m), (float(r["value"]), float(drafts[j]["value"]))),
                per[0].toordinal() if per is not None else 0, -abs(drafts[j]["start"] - d["start"]))

    return max(found, key=order)


def _squares(low: str, d: dict[str, Any], kind: str, pair: tuple[float, float]) -> bool:
    """Whether amount ``d`` (its wording's bounds, widened by half its last written digit; a
    percentage of the present level for ``kind`` "percent") lies between the two levels of
    ``pair`` (the earlier level, the present one), in the earlier level's unit."""
    ref, now = pair
    gap = abs(ref - now) * (100.0 / now if kind == "percent" and now else 1.0)
    cur = subunits()
    if kind == "absolute" and d["unit"] and d["unit"] in cur:
        gap /= cur[d["unit"]][1]        # ($0.30 is 30 cents)
    n = _DIGITS.search(low, d["start"], d["end"])
    half = 0.5 * 10.0 ** -len(n.group(1) or "") if n is not None else 0.0
    lo = d["lower"] if d.get("lower") is not None else d["value"]
    hi = d["upper"] if d.get("upper") is not None else d["value"]
    return lo - half - 1e-9 <= gap <= hi + half + 1e-9
