"""Figures that state no level of one thing, though nothing else marks them so.

- A figure said of each of several things ("The three richest clubs each earned more than
  £350m", "two wards of 40 beds each") is a bound or an amount of every one of them, no level
  of any one: set against one club's £515 million it is no restatement of it. Such a figure
  takes the role ``each`` (no level: ``engine_facts._level``).
- A count with its share right after it and no whole named ("Some 748 members, 67%, said they
  would strike", "623 (56%) would not") is a part of a whole the story gave before (the 1,121
  members who voted): no restatement of that whole nor of another part of it. It takes the
  role ``portion`` with no group, as "of which" parts do when their whole is not known.

Both prepare facts and decide nothing: a figure left a level is compared by the rules.
"""

from __future__ import annotations

import re
from typing import Any

# "each" in the figure's clause before it ("each earned more than"), or right after it
# ("£350m each"); not "each year", "each day" (a rate's stretch)
_EACH_BEFORE = re.compile(r"\beach\b(?![ \u00a0]+(?:year|day|week|month|quarter|season|time|"
                          r"game|match|of[ \u00a0]+the[ \u00a0]+(?:last|past|next)))"
                          r"[^.;:,!?()\d]{0,40}$")
_EACH_AFTER = re.compile(r"[ \u00a0]*(?:[a-z][\w-]*[ \u00a0]+)?each\b(?![ \u00a0]+[a-z])")
# the words between a count and its share: "748 members, 67%", "623 (56%)", "956, or 85%"
_SHARE_GAP = re.compile(r"(?:[ \u00a0]+[a-z][\w’'-]*){0,2}[ \u00a0]*(?:,[ \u00a0]*(?:or[ \u00a0]+)?|\([ \u00a0]*)"
                        r"(?:(?:about|some|nearly|almost|around|roughly|just[ \u00a0]+over|over)"
                        r"[ \u00a0]+)?")
# the share ends there: no "of" naming its whole after it
_SHARE_END = re.compile(r"[ \u00a0]*(?:,|\))(?![ \u00a0]*of\b)")


def mark_each(low: str, drafts: list[dict[str, Any]]) -> None:
    """Role ``each`` on a figure said of each of several things (module doc)."""
    for d in drafts:
        if d.get("role") is not None or d["value"] is None:
            continue
        ss = d["sentence"][0]
        if _EACH_BEFORE.search(low, max(ss, d["start"] - 50), d["start"]) or \
                _EACH_AFTER.match(low, d["end"]):
            d["role"] = "each"


def mark_counts_with_bare_shares(low: str, drafts: list[dict[str, Any]]) -> None:
    """Role ``portion`` on a count whose share of an unnamed whole comes right after it
    (module doc)."""
    for a, b in zip(drafts, drafts[1:]):
        if a.get("role") is not None or a["unit"] or not a["value"] or \
                b["unit"] != "percent" or b.get("role") not in (None, "item") or \
                not b["value"] or not 0 < float(b["value"]) < 100 or \
                a["sentence"] != b["sentence"] or \
                any(k == "ratio" for k, _ in b["extra"]) or \
                not _SHARE_GAP.fullmatch(low, a["end"], b["start"]) or \
                _SHARE_END.match(low, b["end"]) is None:
            continue
        a["role"] = "portion"
