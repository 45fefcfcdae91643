"""A cost against its budget said as a percentage (issue #11, lead30).

Called by ``relations.relate`` once the story's changes are read. "It was expected to cost
£2.6bn but came in at £4.6bn, about 80% over budget": a percentage followed by "over budget",
"above its estimate", "under budget" is the change from the planned amount to the actual one.
The two are the last two amounts of the percentage's unit-less neighbours of one currency in its
sentence, the planned one first (it is named by "expected", "budget", "estimate", "forecast"
or "planned" before it). The change is recorded as ("change", {"kind": "percent", ...}) on the
percentage, checked by ``wrong-arithmetic`` as any stated change is. This module reads words;
it never judges.
"""

from __future__ import annotations

import re
from typing import Any

# the words right after the percentage: "over budget", "above the original estimate"
_OVER_AFTER = re.compile(r"[ \u00a0]+(over|above|under|below)[ \u00a0]+(?:(?:the|its|their)[ \u00a0]+)?"
                         r"(?:(?:original|initial|first)[ \u00a0]+)?(?:budget|estimate|"
                         r"forecast|plan)\b")
# what names the planned amount before it: "expected to cost", "budgeted at", "estimated at"
_PLANNED_BEFORE = re.compile(r"\b(?:expected|budget(?:ed)?|estimated?|forecast|planned|"
                             r"projected|promised|meant)\b[^.;:!?\d£$€]{0,30}$")
# how far before the amount its naming word may stand
_REACH = 40


def _currency(d: dict[str, Any]) -> bool:
    u = d.get("unit") or ""
    return len(u) == 3 and u.isupper()


def over_budget(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Mark each "N% over budget" with the change from the planned amount to the actual one
    (module docstring)."""
    for same in sents:
        for k, i in enumerate(same):
            d = drafts[i]
            if d["unit"] != "percent" or d.get("role") is not None or not d["value"] or \
                    any(key in ("change", "ratio", "relation") for key, _ in d["extra"]):
                continue
            m = _OVER_AFTER.match(low, d["end"])
            if m is None:
                continue
            amounts = [j for j in same[:k] if _currency(drafts[j]) and
                       drafts[j]["value"] and drafts[j].get("role") in (None, "compared")]
            if len(amounts) < 2:
                continue
            frm, to = amounts[-2], amounts[-1]
            if drafts[frm]["unit"] != drafts[to]["unit"] or not _PLANNED_BEFORE.search(
                    low, max(d["sentence"][0], drafts[frm]["start"] - _REACH),
                    drafts[frm]["start"]):
                continue
            up = m.group(1) in ("over", "above")
            d["extra"].append(("change", {"kind": "percent", "amount": float(d["value"]),
                                          "direction": "up" if up else "down",
                                          "from": frm, "to": to}))
            d["role"] = "change"
            drafts[frm]["role"] = drafts[frm].get("role") or "compared"
