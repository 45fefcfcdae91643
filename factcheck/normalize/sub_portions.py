"""A figure said of a place "alone" after a larger figure of its sentence (issue #11,
everyday52): "The Asia-Pacific region took more than 4.3 million of them, almost 4 million in
China alone" is a portion of the 4.3 million, not a second item beside it. "Alone" says the
place is one part of what the figure before it counts; the figure gets role ``portion`` and
the figure before as its group, so that it is never listed with that figure as a sibling part
of a third (``relations._lists``, ``_portions_after_a_count``) and may not exceed it
(parts-exceed-total). Only a figure right after the other in its sentence, after a comma, of
the same unit and no larger; this module reads words, the rules judge.
"""

from __future__ import annotations

import re
from typing import Any

# between the larger figure and its portion: "4.3 million of them, almost ", "8,400 homes, "
_BETWEEN = re.compile(r"(?:[ \u00a0]+[a-z][\w’'-]*){0,3}[ \u00a0]*,[ \u00a0]*(?:and[ \u00a0]+)?"
                      r"(?:(?:about|around|almost|nearly|some|roughly|more[ \u00a0]+than|"
                      r"over|just[ \u00a0]+over|just[ \u00a0]+under|at[ \u00a0]+least)[ \u00a0]+)?")
# after the portion: "in China alone", "from the US alone", "of them in Texas alone"
_ALONE_AFTER = re.compile(r"(?:[ \u00a0]+[a-z][\w’'-]*){0,2}?[ \u00a0]+(?:in|at|from|for|on|by)"
                          r"[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w’'.-]*(?:[ \u00a0]+[A-Z][\w’'.-]*)"
                          r"{0,3}[ \u00a0]+alone\b")


def alone_portions(text: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Set the portions "alone" of the module docstring on the drafts in place."""
    for idxs in sents:
        for a, b in zip(idxs, idxs[1:]):
            x, y = drafts[a], drafts[b]
            if x.get("role") is not None or y.get("role") is not None or \
                    y.get("group") is not None or x["unit"] != y["unit"] or \
                    not x["value"] or not 0 < y["value"] <= x["value"] or \
                    x["unit"] == "percent":
                continue
            if _BETWEEN.fullmatch(text, x["end"], y["start"]) and \
                    _ALONE_AFTER.match(text, y["end"]):
                y["role"], y["group"] = "portion", a
