"""``dimension_mismatch``: one measure stated in incompatible dimensions (square km and km).

Params: ``same`` (claim fields that must be equal; default noun, subject) and ``required``
(claim fields that must be given; default noun). Example
(rules/consistency/dimension-mismatch.yaml)::

    check: dimension_mismatch
    params: {same: [noun, subject], required: [noun]}
    where: {dim: {ne: percent}, converted: 0}
"""

from __future__ import annotations

from ..checktype import CheckType, Params, Pattern, Where, merge, nonempty, ref, same


def build(p: Params, where: Where) -> Pattern:
    base = merge({"has_value": 1}, nonempty(p["required"]), where)
    return {"facts": [
        {"as": "a", "type": "claim", "where": base},
        {"as": "b", "type": "claim",
         "where": merge(base, same(list(p["same"])), {"n": {"gt": ref("a", "n")},
                                                      "dim": {"ne": ref("a", "dim")}})}],
        "anchor": "b"}


CHECK = CheckType("dimension_mismatch", "one measure stated in incompatible dimensions",
                  {"same": ["noun", "subject"], "required": ["noun"]}, build)
