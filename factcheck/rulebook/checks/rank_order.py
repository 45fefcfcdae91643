"""``rank_order``: a figure placed below another in a ranking that is larger than it.

Matches ``relation`` facts of kind ``rank`` (factcheck.normalize.ranks, factcheck.engine_facts):
a figure placed right below another ("Singapore was second with 16.1 million TEU" after the
busiest port's 19.6 million) whose lowest reading is above the highest reading of the figure
placed above it, by more than ``tolerance`` (a fraction), in a ranking from the highest
(``direction: down``); below its lowest reading, in a ranking from the lowest ("the lowest
rate, 1.9%, ahead of ..."). Figures in different kinds of unit are never compared. Example
(rules/consistency/wrong-rank.yaml)::

    check: rank_order
    params: {tolerance: 0.0}
"""

from __future__ import annotations

from ..checktype import CheckType, Params, Pattern, Where, merge, ref


def build(p: Params, where: Where) -> Pattern:
    tol = float(p["tolerance"])
    alts = [{"direction": "down", "a_dim": {"eq": ref("r", "b_dim")},
             "a_lower": {"gt": ref("r", "expected_upper", 1 + tol)}},
            {"direction": "up", "a_dim": {"eq": ref("r", "b_dim")},
             "a_upper": {"lt": ref("r", "expected_lower", 1 - tol)}}]
    return {"facts": [{"as": "r", "type": "relation", "where": merge({"kind": "rank"}, where),
                       "any": alts}],
            "anchor": "r"}


CHECK = CheckType("rank_order", "a figure placed below another in a ranking that is larger "
                  "than it", {"tolerance": 0.0}, build, "relation")
