"""``arithmetic``: stated arithmetic (double, a third of, up N%, up N from M) that is wrong.

Matches ``relation`` facts of kind ``multiple``, ``change``, ``difference`` ("a margin of 5
points"), ``ratio`` ("A out of B, or X%"), ``average`` ("N a game over M games") or ``sum``
("Together Labour and the Conservatives took 57.4%") or ``complement`` ("89% ... The
remaining 11%": the rest of 100%), built by
factcheck.normalize.comparisons and factcheck.engine_facts: the stated result lies outside
what the figures give by more than ``tolerance`` (a fraction). Params: ``tolerance`` (default
0.05), ``exact_tolerance`` (the same for a change stated in digits with no qualifier,
whose figures' rounding the expected interval already allows; default -1: ``tolerance``),
``expected`` (``value``: from the figures as written, or ``interval``: from the widest
reading of their wording), ``dimensions`` (also flag figures in different kinds of unit; default
false). Example (rules/consistency/wrong-arithmetic.yaml)::

    check: arithmetic
    params: {expected: value, tolerance: 0.05}
"""

from __future__ import annotations

from ..checktype import CheckType, Params, Pattern, Where, relation_pattern


def build(p: Params, where: Where) -> Pattern:
    # (not kind "factor": a multiple's copy anchored on its factor, rules/consistency/
    # wrong-multiple.yaml)
    return relation_pattern(["multiple", "change", "difference", "ratio", "average", "sum",
                             "complement"], p, where)


CHECK = CheckType("arithmetic", "stated arithmetic (double, a third of, up N%, up N from M) that "
                  "is wrong", {"tolerance": 0.05, "exact_tolerance": -1.0, "dimensions": False,
                  "expected": "value"},
                  build, "relation")
