"""``anniversary_mismatch``: an anniversary whose count and year do not give the year it is
marked in ("the 70th anniversary of the 1944 landings" published in 2024: 1944 + 70 = 2014).

Matches ``anniversary`` facts of a dated document whose year (the event's year and the count)
is not the year of publication, unless the sentence speaks of another time (a future cue, or a
date of another year: ``elsewhen``). Params: none. Example
(rules/consistency/anniversary-mismatch.yaml)::

    check: anniversary_mismatch
"""

from __future__ import annotations

from ..checktype import CheckType, Params, Pattern, Where, merge, ref


def build(p: Params, where: Where) -> Pattern:
    return {"facts": [{"as": "a", "type": "anniversary",
                       "where": merge({"has_pub": 1, "elsewhen": 0,
                                       "year": {"ne": ref("a", "pub_year")}}, where)}],
            "anchor": "a"}


CHECK = CheckType("anniversary_mismatch",
                  "an anniversary whose count and year do not give the year of publication", {},
                  build, "anniversary")
