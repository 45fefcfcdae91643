"""A list item that counts the same for several places: "a net gain of 17 seats: 10 in New South
Wales, three in Tasmania, two in Victoria and one each in Queensland and South Australia" (one
seat in each of two states, two in all).

Called by ``relations.relate`` on the drafts of one document. A count followed by "each in"
(or "apiece in", at, on, from) and two or more names joined by commas and "and" gets
("each_of", k) in its extra, k the number of names: engine_facts adds it k times to the sum of
the list it belongs to. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

# "one each in Queensland and South Australia", "two apiece in Leeds, York and Hull"
_EACH_IN = re.compile(r"[ \u00a0]+(?:each|apiece)[ \u00a0]+(?:in|at|on|from|for)[ \u00a0]+"
                      r"(?P<names>(?:the[ \u00a0]+)?[A-Z][\w’'.-]*(?:[ \u00a0]+[A-Z][\w’'.-]*)*"
                      r"(?:[ \u00a0]*,[ \u00a0]*(?:the[ \u00a0]+)?[A-Z][\w’'.-]*"
                      r"(?:[ \u00a0]+[A-Z][\w’'.-]*)*)*"
                      r"[ \u00a0]*,?[ \u00a0]+and[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w’'.-]*"
                      r"(?:[ \u00a0]+[A-Z][\w’'.-]*)*)")
_NAME_JOIN = re.compile(r"[ \u00a0]*,?[ \u00a0]+and[ \u00a0]+|[ \u00a0]*,[ \u00a0]*")


def each_places(text: str, drafts: list[dict[str, Any]]) -> None:
    """Set ("each_of", k) on each count said for each of k names (module docstring)."""
    if "each" not in text and "apiece" not in text:
        return
    for d in drafts:
        if d["unit"] or not d.get("value") or d["value"] != int(d["value"]):
            continue
        m = _EACH_IN.match(text, d["end"])
        if m is None:
            continue
        names = [n for n in _NAME_JOIN.split(m.group("names")) if n]
        if len(names) >= 2:
            d["extra"].append(("each_of", len(names)))
