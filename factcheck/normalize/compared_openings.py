"""A change in a sentence that opens by comparing the story's figure with an earlier one
(issue #11, everyday84).

Called by ``relations.relate`` once earlier values are read. "A total of 29,437 people
crossed the Channel in 2023. That compared with 45,774 in 2022, when crossings reached a
record, a fall of 16,337": the sentence's opening ("That compares with", "The figure compared
with") makes its first figure the earlier value (role "compared", set by relations), and its
amount of change with no values of its own is the change from that value to the level "that"
stands for in the sentence before. Which level of the sentence before is meant is a reading:
of its figures of the amount's unit (levels, not rates a day or a month), the one nearest to
what the amount implies is taken, only when within half the amount of it (so a change against
a level the story never gives is left alone, and one every reading disagrees with is checked
by wrong-arithmetic). This module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

# a rate a day, week or month: no level the opening points back to
_A_RATE_AFTER = re.compile(r"[ \u00a0]+(?:a|per|each|every)[ \u00a0]+(?:day|week|month|year)\b")


def changes_after_compared_opening(low: str, drafts: list[dict[str, Any]],
                                   sents: list[list[int]], opening: re.Pattern[str]) -> None:
    """Give the values to the bare amount of change of a sentence that ``opening`` opens."""
    for k in range(1, len(sents)):
        idxs = sents[k]
        c = drafts[idxs[0]]
        if c.get("role") != "compared" or not c["value"] or \
                opening.match(low, c["sentence"][0], c["start"]) is None:
            continue
        for i in idxs[1:]:
            d = drafts[i]
            ch = next((v for key, v in d["extra"] if key == "change" and isinstance(v, dict)),
                      None)
            if d.get("role") != "change" or ch is None or ch.get("kind") != "absolute" or \
                    ch.get("from") is not None or ch.get("to") is not None or \
                    d["unit"] != c["unit"] or not d["value"]:
                continue
            to = _level_meant(low, drafts, sents[k - 1], c, float(d["value"]),
                              ch.get("direction") == "up")
            if to is not None:
                ch["from"], ch["to"] = idxs[0], to
            break


def _level_meant(low: str, drafts: list[dict[str, Any]], before: list[int], c: dict[str, Any],
                 amount: float, up: bool) -> int | None:
    """The level of the sentence before that the change from ``c`` by ``amount`` reaches, read
    as the nearest to what the amount implies; None when none is within half the amount."""
    want = float(c["value"]) + (amount if up else -amount)
    cands = [j for j in before if drafts[j]["unit"] == c["unit"] and drafts[j]["value"] and
             drafts[j].get("role") in (None, "item", "total") and
             not any(key == "average" for key, _ in drafts[j]["extra"]) and
             _A_RATE_AFTER.match(low, drafts[j]["end"]) is None]
    if not cands:
        return None
    best = min(cands, key=lambda j: abs(float(drafts[j]["value"]) - want))
    return best if abs(float(drafts[best]["value"]) - want) <= 0.5 * amount else None
