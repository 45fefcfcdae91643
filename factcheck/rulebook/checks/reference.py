"""``reference``: a claim against a reference value the claims store found for it.

Matches a claim with a value and a ``reference`` fact for it of role ``role`` (period, latest,
prior, previous) whose interval disagrees with the claim's beyond ``tolerance`` (``outcome:
disagrees``) or overlaps it (``outcome: agrees``). ``reference`` adds tests on the reference
fact (``{kind: dataset, lag: 0}``). Example (rules/prior/dataset-figure-mismatch.yaml)::

    check: reference
    params: {role: period, outcome: disagrees, reference: {kind: dataset, lag: 0}}
    where: {has_period: 1}
"""

from __future__ import annotations

from ..checktype import CheckType, Params, Pattern, Where, merge, ref


def build(p: Params, where: Where) -> Pattern:
    tol = float(p["tolerance"])
    ref_where = merge({"role": p["role"], "claim_n": {"eq": ref("c", "n")}},
                      dict(p.get("reference") or {}))
    if p["outcome"] == "disagrees":
        # above the figure's literal reach ("more than N" read literally has no upper bound:
        # a larger report leaves it unverified), or below its lower bound
        alts = [{"lower": {"gt": ref("c", "reach", 1 / (1 - tol) if tol < 1 else 1e9)}},
                {"upper": {"lt": ref("c", "lower", 1 / (1 + tol))}}]
        facts = [{"as": "c", "type": "claim", "where": merge({"has_value": 1}, where)},
                 {"as": "r", "type": "reference", "where": ref_where, "any": alts}]
    else:
        ref_where = merge(ref_where,
                          {"lower": {"le": ref("c", "upper", 1 / (1 - tol) if tol < 1 else 1e9)}},
                          {"upper": {"ge": ref("c", "lower", 1 / (1 + tol))}})
        facts = [{"as": "c", "type": "claim", "where": merge({"has_value": 1}, where)},
                 {"as": "r", "type": "reference", "where": ref_where}]
    return {"facts": facts, "anchor": "c"}


CHECK = CheckType("reference", "a claim against a reference value (dataset or prior article) "
                  "that the store found for it", {"role": "period", "outcome": "disagrees",
                                                  "tolerance": 0.0, "reference": {}}, build)
