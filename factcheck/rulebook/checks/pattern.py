"""``pattern``: facts and tests spelled out in the rule itself, no Python.

Params: none. The rule's ``facts`` list binds facts to names, each with ``where`` tests and
``any`` alternatives (see docs/rules.md, "Writing a pattern"); ``anchor`` names the fact a flag
points at. Example (rules/prior/cumulative-decrease.yaml)::

    check: pattern
    facts:
      - {as: c, type: claim, where: {has_value: 1, cumulative: 1}}
      - {as: r, type: reference, where: {claim_n: {eq: {field: c.n}}, role: previous,
                                         upper: {lt: {field: c.lower}}}}
    anchor: c
"""

from __future__ import annotations

from ..checktype import CheckType, Params, Pattern, Where


def build(p: Params, where: Where) -> Pattern:
    """Nothing to build: the rule's own ``facts`` are the pattern."""
    return {}


CHECK = CheckType("pattern", "facts and tests spelled out in the rule (no Python)", {}, build)
