"""An amount "extra" or "additional" in apposition after a move between two levels (issue #11,
everyday94; ``extra_amounts`` reads "an extra" between the levels of neighbouring sentences).

"It takes the Band D charge to £1,435.86 from £1,367.46, an extra £68.40 a year"; "the typical
annual bill will rise 9.1% from $2,513 to $2,741, an extra $228 a year": the amount after
", an extra" restates the move its sentence just gave, as ", an increase of £68.40" would, so
it is the change from the earlier value to the later one (``("change", {"kind": "absolute",
"amount", "direction": "up", "from", "to"})``, role "change"), which wrong-arithmetic checks.
The two values stand in its sentence before it, of its unit, one after "from", the other after
"to" (either order); a move down, a sentence with more than one such pair, or an amount with a
change of its own is left alone ("another 1,600 people" with no move before it stays an
increment). This module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

# ", an extra", ", an additional" right before the amount
_EXTRA_BEFORE = re.compile(r",[ \u00a0]*an?[ \u00a0]+(?:extra|additional)[ \u00a0]+"
                           r"(?:(?:of[ \u00a0]+)?(?:about|around|roughly|some|nearly|almost)[ \u00a0]+)?$")
# the word right before a value of the move
_FROM_BEFORE = re.compile(r"\bfrom[ \u00a0]+(?:(?:about|around|some|nearly|almost)[ \u00a0]+)?$")
_TO_BEFORE = re.compile(r"\bto[ \u00a0]+(?:(?:about|around|some|nearly|almost)[ \u00a0]+)?$")


def apposed_extras(low: str, drafts: list[dict[str, Any]]) -> None:
    """Read each ", an extra <amount>" after a move up in its sentence as that move's amount
    (module docstring)."""
    for k, d in enumerate(drafts):
        if d.get("role") not in (None, "additional") or not d["value"] or any(
                key == "change" for key, _ in d["extra"]) or \
                _EXTRA_BEFORE.search(low, max(d["sentence"][0], d["start"] - 24), d["start"]) is None:
            continue
        frm = to = None
        for j in range(k - 1, max(-1, k - 6), -1):
            x = drafts[j]
            if x["sentence"] != d["sentence"]:
                break
            if x["unit"] != d["unit"] or not x["value"]:
                continue
            lead = max(x["sentence"][0], x["start"] - 16)
            if _FROM_BEFORE.search(low, lead, x["start"]):
                if frm is not None:
                    frm = -1    # (two moves: which one is open)
                    break
                frm = j
            elif _TO_BEFORE.search(low, lead, x["start"]):
                if to is not None:
                    to = -1
                    break
                to = j
        if frm is None or to is None or frm < 0 or to < 0 or \
                drafts[to]["value"] <= drafts[frm]["value"]:
            continue
        d["role"] = "change"
        d["extra"].append(("change", {"kind": "absolute", "amount": float(d["value"]),
                                      "direction": "up", "from": frm, "to": to}))
