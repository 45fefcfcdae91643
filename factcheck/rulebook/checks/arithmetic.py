"""``arithmetic``: stated arithmetic (double, a third of, up N%, up N from M) that is wrong.

Matches ``relation`` facts of kind ``multiple`` or ``change``: the stated result lies outside
what the figures give by more than ``tolerance`` (a fraction). Params: ``tolerance`` (default
0.05), ``expected`` (``value``: from the figures as written, or ``interval``: from the widest
reading of their wording), ``dimensions`` (also flag figures in different kinds of unit; default
false). Example (rules/consistency/wrong-arithmetic.yaml)::

    check: arithmetic
    params: {expected: value, tolerance: 0.05}
"""

from __future__ import annotations

from ..checktype import CheckType, Params, Pattern, Where, relation_pattern


def build(p: Params, where: Where) -> Pattern:
    return relation_pattern(["multiple", "change"], p, where)


CHECK = CheckType("arithmetic", "stated arithmetic (double, a third of, up N%, up N from M) that "
                  "is wrong", {"tolerance": 0.05, "dimensions": False, "expected": "value"},
                  build, "relation")
