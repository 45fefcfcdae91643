"""``weekday_mismatch``: a weekday that does not match its date ("Monday, 17 December 2024").

Matches ``date`` facts that state a weekday other than the date's own. Params: none. Example
(rules/consistency/weekday-mismatch.yaml)::

    check: weekday_mismatch
"""

from __future__ import annotations

from ..checktype import CheckType, Params, Pattern, Where, merge, ref


def build(p: Params, where: Where) -> Pattern:
    return {"facts": [{"as": "d", "type": "date",
                       "where": merge({"weekday_stated": {"ge": 0},
                                       "$also": [{"weekday_stated":
                                                  {"ne": ref("d", "weekday_actual")}}]},
                                      where)}],
            "anchor": "d"}


CHECK = CheckType("weekday_mismatch", "a weekday that does not match its date", {}, build,
                  "date")
