"""``parts_exceed_total``: parts that add up to more than their whole.

Matches ``sum`` facts of kind ``part``, ``portion`` (parts that need not make the whole:
"including", "of which"), ``of_whole`` ("A of the B") or ``item`` that have a total: the
parts' sum (as written, less each part's rounding, or their lower or upper readings:
``compare`` value, rounded, lower or upper) exceeds the largest value the total's
wording allows, by more than ``tolerance`` (a fraction). Params: ``compare`` (value, lower or
upper; default value), ``tolerance`` (default 0). Example
(rules/consistency/parts-exceed-total.yaml)::

    check: parts_exceed_total
    params: {compare: value, tolerance: 0.0}
"""

from __future__ import annotations

from ..checktype import CheckType, Params, Pattern, Where, merge, ref


def build(p: Params, where: Where) -> Pattern:
    tol = float(p["tolerance"])
    fld = f"parts_{p['compare']}"
    return {"facts": [{"as": "s", "type": "sum",
                       "where": merge({"kind": ["part", "portion", "of_whole", "item"],
                                       "has_total": 1},
                                      {fld: {"gt": ref("s", "total_upper", 1 + tol)}},
                                      where)}],
            "anchor": "s"}


CHECK = CheckType("parts_exceed_total", "parts that add up to more than their whole",
                  {"tolerance": 0.0, "compare": "value"}, build, "sum")
