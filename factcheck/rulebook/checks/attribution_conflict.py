"""``attribution_conflict``: the same figure attributed to two different sources.

Two claims with a value and a source, equal in ``same`` (default measure, subject, period), in
dimension and value, whose sources differ. Example (rules/consistency/figure-two-sources.yaml)::

    check: attribution_conflict
    params: {same: [measure, subject, period, place]}
"""

from __future__ import annotations

from ..checktype import CheckType, Params, Pattern, Where, merge, nonempty, ref, same


def build(p: Params, where: Where) -> Pattern:
    fields = list(p["same"])
    base = merge({"has_value": 1, "has_source": 1}, nonempty(fields), where)
    return {"facts": [
        {"as": "a", "type": "claim", "where": base},
        {"as": "b", "type": "claim",
         "where": merge(base, same(fields + ["dim", "value"]),
                        {"n": {"gt": ref("a", "n")}, "source": {"ne": ref("a", "source")}})}],
        "anchor": "b"}


CHECK = CheckType("attribution_conflict", "the same figure attributed to two different sources",
                  {"same": ["measure", "subject", "period"]}, build)
