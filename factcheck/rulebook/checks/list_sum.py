"""``list_sum``: listed items that do not add up to the stated total.

Matches ``sum`` facts of kind ``part`` or ``item`` with a total and at least ``min_items``
items: the items' sum is below the smallest value the total's wording allows (and, with
``over``, also above its largest), beyond ``tolerance`` (a fraction). Params: ``compare``
(value, lower, upper, rounded, or rounded_up: the sum plus each item's half rounding step),
``min_items`` (default 2), ``over`` (default false: more than the total is
parts_exceed_total's business), ``tolerance`` (default 0). Example
(rules/consistency/list-sum-mismatch.yaml)::

    check: list_sum
    params: {compare: rounded_up, min_items: 2, over: false}
"""

from __future__ import annotations

from ..checktype import CheckType, Params, Pattern, Where, merge, ref


def build(p: Params, where: Where) -> Pattern:
    tol = float(p["tolerance"])
    fld = f"parts_{p['compare']}"
    return {"facts": [{"as": "s", "type": "sum",
                       "where": merge({"kind": ["part", "item"], "has_total": 1,
                                       "count": {"ge": int(p["min_items"])}}, where),
                       "any": ([{fld: {"gt": ref("s", "total_upper", 1 + tol)}}]
                               if p["over"] else [])
                       + [{fld: {"lt": ref("s", "total_lower", 1 - tol)}}]}],
            "anchor": "s"}


CHECK = CheckType("list_sum", "listed items that do not add up to the stated total",
                  {"tolerance": 0.0, "compare": "value", "min_items": 2, "over": False},
                  build, "sum")
