"""An earlier value told in a sentence of its own, after its level (issue #11, everyday93).

Called by ``relations.relate`` before changes said in words are worked out. "Pre-tax profit
for the six months to December was £1 million. A year earlier it was £2.4 million"; "Net profit
was 4.39 billion yen for the year. In 2000 it had been 1.30 billion yen": a sentence that opens
on an earlier time ("A year earlier", "A year ago", "The year before", "In 2000", "In the same
period of 2021"), then on what the sentence before spoke of ("it", "that", "the figure") and a
verb of being, gives the earlier value of the one level of its unit in the sentence before.
The value gets the role ``compared`` and ``("direction", {"to": level, "up": ...})`` as "down
from £2.4 million" would, so that a change said in words about the pair ("more than halved")
can be worked from it. Left alone when the sentence before holds no level of the unit, or two,
or when both give periods and the earlier one is not earlier. This module reads words; it
never judges.
"""

from __future__ import annotations

import re
from typing import Any

_WS = r"[ \u00a0]+"
_OPEN = re.compile(
    r"\W*(?:(?:a|one)" + _WS + r"(?:year|month|quarter|decade)" + _WS +
    r"(?:earlier|before|ago)|before" + _WS + r"the" + _WS + r"(?:pandemic|crisis|war|lockdowns?)|"
    r"(?:back" + _WS + r")?in" + _WS + r"(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)" + _WS + r"(?:19|20)\d\d|the" + _WS +
    r"(?:year|quarter|month)" + _WS + r"before|the" + _WS + r"previous" + _WS +
    r"(?:year|quarter|month)|in" + _WS + r"(?:19|20)\d\d|in" + _WS + r"the" + _WS + r"same" +
    _WS + r"(?:period|quarter|months?|half)" + _WS + r"(?:of|in|a" + _WS + r"year" + _WS +
    r"earlier)(?:" + _WS + r"(?:19|20)\d\d)?)" + r"[ \u00a0]*,?" + _WS +
    r"(?:it|that|this|the" + _WS + r"(?:figure|total|number|level))" + _WS +
    r"(?:was|were|had" + _WS + r"been|stood" + _WS + r"at|had" + _WS + r"stood" + _WS + r"at)" +
    _WS + r"(?:(?:only|just|about|around|some|roughly|nearly|almost)" + _WS + r")?\Z")

# a level told as an earlier value itself: "The rate had been 4.3% in November"
_EARLIER_ITSELF = re.compile(r"\bhad" + _WS + r"(?:been|stood|reached)\b")

_MOVES = ("change", "difference", "ratio", "relation", "sum", "direction")


def _free(d: dict[str, Any]) -> bool:
    return d.get("role") is None and d["value"] is not None and d["value"] > 0 and \
        not any(k in _MOVES for k, _ in d["extra"])


def earlier_sentences(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set each earlier value told after its level (module docstring), in place."""
    for i in range(1, len(drafts)):
        level = told_level(low, drafts, i)
        if level is None:
            continue
        a, b = drafts[level], drafts[i]
        b["role"] = "compared"
        b["extra"].append(("direction", {"to": level, "up": a["value"] > b["value"]}))
        b["measure"] = b.get("measure") or a.get("measure")


def told_level(low: str, drafts: list[dict[str, Any]], i: int) -> int | None:
    """The level figure ``i`` is the earlier value of, told in a sentence of its own after it
    (module docstring), or None. Reads only."""
    b = drafts[i]
    if not _free(b) or not _OPEN.match(low, b["sentence"][0], b["start"]) or \
            _OPEN.match(low, b["sentence"][0], b["start"]).end() != b["start"]:
        return None
    s0 = b["sentence"][0]
    if i == 0 or low.count("\n\n", max(0, drafts[i - 1]["end"]), s0) > 1:
        return None
    before = drafts[i - 1]["sentence"]
    if before == b["sentence"]:
        return None
    levels = []
    for j in range(i - 1, -1, -1):     # (the sentence before only: a bounded window)
        if drafts[j]["sentence"] not in (before, b["sentence"]):
            break
        if drafts[j]["sentence"] == before and drafts[j]["unit"] == b["unit"] and \
                drafts[j]["value"] is not None and \
                drafts[j].get("role") not in ("compared", "change", "difference"):
            levels.append(j)
    if len(levels) != 1 or not _free(drafts[levels[0]]):
        return None
    a = drafts[levels[0]]
    if _EARLIER_ITSELF.search(low, a["sentence"][0], a["start"]):
        return None     # ("The rate had been 4.3% in November. A year earlier it stood at
        # 3.9%": the 4.3% is an earlier value itself, "a year earlier" is the story's level's)
    pa, pb = getattr(a.get("period"), "start", None), getattr(b.get("period"), "start", None)
    if pa is not None and pb is not None and not pb < pa:
        return None
    return levels[0]
