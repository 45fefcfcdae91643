"""``shares_over_100``: shares of one whole that sum to more than 100%.

Matches ``sum`` facts of kind ``share`` with at least two shares whose lowest readings add up to
more than 100 plus ``tolerance`` (percentage points; default 0.5), and whose values less the
rounding of each share as written (half its last digit: "86%" may be 85.5%) still add up to
more than 100 ("86%, 10% and 5%" may be right). Example (rules/consistency/shares-over-100.yaml)::

    check: shares_over_100
    params: {tolerance: 0.5}
"""

from __future__ import annotations

from ..checktype import CheckType, Params, Pattern, Where, merge


def build(p: Params, where: Where) -> Pattern:
    return {"facts": [{"as": "s", "type": "sum",
                       "where": merge({"kind": "share", "count": {"ge": 2},
                                       "parts_lower": {"gt": 100.0 + float(p["tolerance"])},
                                       "parts_rounded": {"gt": 100.0}},
                                      where)}],
            "anchor": "s"}


CHECK = CheckType("shares_over_100", "shares of one whole that sum to more than 100%",
                  {"tolerance": 0.5}, build, "sum")
