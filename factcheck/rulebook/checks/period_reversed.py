"""``period_reversed``: a period whose end precedes its start ("from 20 to 10 December").

Matches ``period`` facts whose last day is before their first. Params: none. Example
(rules/consistency/period-reversed.yaml)::

    check: period_reversed
"""

from __future__ import annotations

from ..checktype import CheckType, Params, Pattern, Where, merge, ref


def build(p: Params, where: Where) -> Pattern:
    return {"facts": [{"as": "p", "type": "period",
                       "where": merge({"last": {"lt": ref("p", "first")}}, where)}],
            "anchor": "p"}


CHECK = CheckType("period_reversed", "a period whose end precedes its start", {}, build,
                  "period")
