"""``date_future``: an event dated after the publication date.

Matches ``date`` facts of a dated document whose day is more than ``grace_days`` (default 0)
after publication, unless the sentence looks ahead (plans, forecasts: ``future_cue``). Example
(rules/consistency/date-in-future.yaml)::

    check: date_future
    params: {grace_days: 0}
"""

from __future__ import annotations

from ..checktype import CheckType, Params, Pattern, Where, merge, ref


def build(p: Params, where: Where) -> Pattern:
    return {"facts": [{"as": "d", "type": "date",
                       "where": merge({"has_pub": 1, "future_cue": 0,
                                       "day": {"gt": ref("d", "pub", plus=int(p["grace_days"]))}},
                                      where)}],
            "anchor": "d"}


CHECK = CheckType("date_future", "an event dated after the publication date", {"grace_days": 0},
                  build, "date")
