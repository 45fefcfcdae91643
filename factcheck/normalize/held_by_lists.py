"""A whole whose holders are listed after a verb of holding (issue #11, everyday103): "The
council's 74 seats are now held by 28 independents, 22 SNP, 10 Liberal Democrat ... councillors";
"The 77 seats are split between ...". The count before the verb is the list's total (role
``total``), the list after it its parts (role ``part``): every seat is held by one holder, so
the list says it is complete and list-sum-mismatch holds it to add up to the whole, and
parts-exceed-total to no more. Only a list of two or more items of the whole's unit in the same
sentence, none as large as the whole, the first right after the verb. This module reads words;
the rules judge.
"""

from __future__ import annotations

import re
from typing import Any

# the words between the whole and its holders: "seats are now held by", "votes were split
# between", "places were shared among"
_HELD_BY = re.compile(r"(?:[ \u00a0]+[a-z][\w-]*){0,2}[ \u00a0]+(?:are|were)[ \u00a0]+"
                      r"(?:now[ \u00a0]+|still[ \u00a0]+)?(?:held[ \u00a0]+by|split[ \u00a0]+"
                      r"(?:between|among)|divided[ \u00a0]+(?:between|among)|shared[ \u00a0]+"
                      r"(?:between|among)|made[ \u00a0]+up[ \u00a0]+of)[ \u00a0]+(?:the[ \u00a0]+)?$")


def held_by_lists(low: str, drafts: list[dict[str, Any]]) -> None:
    """Make the holders listed after a whole and a verb of holding its parts (module
    docstring)."""
    if "held by" not in low and "split" not in low and "divided" not in low and \
            "shared" not in low and "made up of" not in low:
        return
    for i, w in enumerate(drafts[:-2]):
        nxt = drafts[i + 1]
        if w.get("role") is not None or not w["value"] or nxt["sentence"] != w["sentence"] or \
                _HELD_BY.fullmatch(low, w["end"], nxt["start"]) is None:
            continue
        parts = [i + 1]
        for j in range(i + 2, len(drafts)):
            x = drafts[j]
            if x["sentence"] != w["sentence"] or x["unit"] != w["unit"]:
                break
            parts.append(j)
        group = nxt.get("group")
        if len(parts) < 2 or any(
                not drafts[j]["value"] or drafts[j]["unit"] != w["unit"] or
                float(drafts[j]["value"]) >= float(w["value"]) or
                drafts[j].get("role") not in (None, "item") or drafts[j].get("group") != group
                for j in parts):
            continue
        w["role"] = "total"
        for j in parts:
            drafts[j]["role"], drafts[j]["group"] = "part", i
