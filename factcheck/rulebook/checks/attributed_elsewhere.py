"""``attributed_elsewhere``: a figure stated as fact that the document elsewhere attributes.

Claim ``a`` has a source; claim ``b`` has none and no hedge, and equals ``a`` in ``same``
(default measure, subject, period), dimension and value: key points that drop the attribution
the body gives. Example (rules/consistency/attributed-elsewhere.yaml)::

    check: attributed_elsewhere
    params: {same: [measure, subject, period, place]}
"""

from __future__ import annotations

from ..checktype import CheckType, Params, Pattern, Where, merge, nonempty, ref, same


def build(p: Params, where: Where) -> Pattern:
    fields = list(p["same"])
    base = merge({"has_value": 1}, nonempty(fields), where)
    return {"facts": [
        {"as": "a", "type": "claim", "where": merge(base, {"has_source": 1})},
        {"as": "b", "type": "claim",
         "where": merge(base, {"has_source": 0, "hedged": 0}, same(fields + ["dim"]),
                        {"value": {"ge": ref("a", "value"), "le": ref("a", "value")}})}],
        "anchor": "b"}


CHECK = CheckType("attributed_elsewhere", "a figure stated as fact that the document elsewhere "
                  "attributes to a source", {"same": ["measure", "subject", "period"]}, build)
