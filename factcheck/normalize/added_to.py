"""A gain "added to" the earlier level it was made on (issue #11, everyday84).

Called by ``relations._stated_changes`` before stated changes are read. "The Liberal Democrats
won 72 seats, adding 61 to the 11 they held before": the amount after "adding" is the change
from the figure right after "to the" (the earlier level) to the level of its unit written
before it in the sentence (the new level). Change reading would take the figure after "to" for
the new level; here the words say it is the base. Read only when the earlier level is the
smaller of the two (an addition rises), both are of the amount's unit and no other figure
stands between; the change is judged by wrong-arithmetic. This module reads words; it never
judges.
"""

from __future__ import annotations

import re
from typing import Any

_WS = r"[ \u00a0]+"
# ", adding" (or "which added") right before the amount
_ADDING_BEFORE = re.compile(r",[ \u00a0]*(?:adding|which[ \u00a0]+added)" + _WS +
                            r"(?:(?:another|a[ \u00a0]+further|about|around|some|nearly|"
                            r"almost)" + _WS + r")?$")
# between the amount and the earlier level: " to the", " seats to its", " to their"
_TO_THE = re.compile(r"(?:" + _WS + r"[a-z]+)?" + _WS + r"to" + _WS +
                     r"(?:the|its|their|his|her)" + _WS)


def added_to_earlier(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Mark "adding N to the M" after a level L as the change of N from M to L."""
    for idxs in sents:
        for p, n in enumerate(idxs[1:-1], start=1):
            d, base, level = drafts[n], drafts[idxs[p + 1]], drafts[idxs[p - 1]]
            if d.get("role") is not None or not d["value"] or base.get("role") is not None or \
                    level.get("role") not in (None, "total") or \
                    not (d["unit"] == base["unit"] == level["unit"]) or \
                    not base["value"] or not level["value"] or \
                    float(base["value"]) >= float(level["value"]) or \
                    _ADDING_BEFORE.search(low, max(d["sentence"][0], d["start"] - 40),
                                          d["start"]) is None or \
                    _TO_THE.fullmatch(low, d["end"], base["start"]) is None:
                continue
            d["role"] = "change"
            d["extra"].append(("change", {"kind": "absolute", "amount": float(d["value"]),
                                          "direction": "up", "from": idxs[p + 1],
                                          "to": idxs[p - 1]}))
            base["role"] = "compared"
            if base.get("measure") is None:
                base["measure"] = level.get("measure")
