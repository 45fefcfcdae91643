"""A share that parts listed before it take together (issue #11, everyday111): "Labour won
9,708,716 votes, the Conservatives 6,828,925 and the Liberal Democrats 3,519,199; together the
three parties took about 70 per cent of all votes cast", the three counts read as portions of
the 28,809,340 votes cast a paragraph up. The share is of their sum out of that whole.

A percentage whose clause says "together", "combined" or "between them" before it, in a
sentence whose figures before it include two or more portions of one whole (and no other
count of their unit after the first of them), gets ("ratio", {"of": (portions...), "per":
whole}); when the words count the parts ("the three parties"), that count must be theirs.
wrong-arithmetic judges. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

from .sentences import by_sentence

_JOINT = re.compile(r"\b(?:together|combined|between[ \u00a0]+them)\b")
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}
_COUNTED = re.compile(r"\b(two|three|four|five|six|both)\b")


def joint_shares(low: str, drafts: list[dict[str, Any]]) -> None:
    """See the module docstring."""
    if "together" not in low and "combined" not in low and "between them" not in low:
        return
    for idxs in by_sentence(drafts).values():
        for p, j in enumerate(idxs):
            d = drafts[j]
            if d["unit"] != "percent" or d["value"] is None or not 0 < d["value"] < 100 or \
                    p < 2 or any(k in ("ratio", "change", "percentage_points", "sum", "range")
                                 for k, _ in d["extra"]):
                continue
            # (a count of the parts in words, "the three parties", is none of them)
            before = [i for i in idxs[:p] if (drafts[i]["unit"] or "") == "" and
                      drafts[i]["value"] is not None and
                      not low[drafts[i]["start"]:drafts[i]["end"]].isalpha()]
            portions = [i for i in before if drafts[i].get("role") in ("portion", "part")]
            groups = {drafts[i].get("group") for i in portions}
            if len(portions) < 2 or len(groups) != 1 or \
                    any(i not in portions for i in before[before.index(portions[0]):]):
                continue
            lead = low[drafts[portions[-1]]["end"]:d["start"]]
            if _JOINT.search(lead) is None:
                continue
            w = groups.pop()
            if not isinstance(w, int) or isinstance(w, bool) or drafts[w]["value"] is None:
                continue
            said = _COUNTED.search(lead)
            if said is not None and _COUNT_WORDS[said.group(1)] != len(portions):
                continue
            d["extra"].append(("ratio", {"of": tuple(portions), "per": w}))
