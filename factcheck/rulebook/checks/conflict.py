"""``conflict``: two claims of one measure, subject and period whose intervals cannot both hold.

Each claim carries the interval its wording allows ("about 1,600" is 1,550-1,650 or so); two
claims clash when one's interval lies wholly beyond the other's (by ``tolerance``). Params:
``same`` (fields that must be equal; default measure, subject, period, cumulative),
``compatible`` (fields that must be equal only when both claims have one: ``source``),
``tolerance`` (extra room, a fraction), ``max_ratio`` and ``ratio_floor`` (figures further apart
than ``max_ratio`` times, plus ``ratio_floor``, are different scopes, not a typo; 0 is off),
``distinct_sentences`` (true: two figures of one sentence are never one figure stated twice,
as in "644 of 650 seats have declared: Labour 410"; default false).
Example (rules/consistency/conflicting-figures.yaml)::

    check: conflict
    params: {same: [measure, subject, period, cumulative, place], compatible: [source]}
    where: {role: ["", total, item]}
"""

from __future__ import annotations

from typing import Any

from ..checktype import (SAME, CheckType, Params, Pattern, Where, compatible, merge, nonempty,
                         ref, same)


def build(p: Params, where: Where) -> Pattern:
    tol = float(p["tolerance"])
    fields = list(p["same"])
    base = merge({"has_value": 1}, nonempty(fields), where)
    scale: dict[str, Any] = {}
    if float(p["max_ratio"]) > 0:
        k, floor = float(p["max_ratio"]), float(p["ratio_floor"])
        # b <= k*a + floor and a <= k*b + floor (symmetric: a is merely the earlier one)
        scale = {"value": {"le": ref("a", "value", k, floor),
                           "ge": ref("a", "value", 1 / k, -floor / k)}}
    apart = {"sentence": {"ne": ref("a", "sentence")}} if p["distinct_sentences"] else {}
    clash = [{"upper": {"lt": ref("a", "lower", 1 - tol)}},
             {"lower": {"gt": ref("a", "upper", 1 + tol)}}]
    return {"facts": [
        {"as": "a", "type": "claim", "where": base},
        {"as": "b", "type": "claim",
         "where": merge(base, same(fields + ["dim"]), {"n": {"gt": ref("a", "n")}}, scale,
                        apart),
         "any": [merge(c, k) for c in clash for k in compatible(p.get("compatible", []))]}],
        "anchor": "b"}


CHECK = CheckType(
    "conflict", "two claims of one measure, subject and period whose intervals cannot both hold",
    {"same": SAME, "compatible": [], "tolerance": 0.0, "max_ratio": 0.0, "ratio_floor": 0.0,
     "distinct_sentences": False},
    build)
