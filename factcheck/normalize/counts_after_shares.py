"""A share of a whole said again as a count right after it (issue #11, everyday112), set on the
drafts as comparisons.py sets its own (indexes into the draft list). This module reads words;
wrong-arithmetic judges the share.

"Unvaccinated people accounted for 58.9 per cent of the 3,742 cases recorded over the past week,
or about 2,204"; "66.9 per cent of the 381 patients admitted to hospital were unvaccinated,
about 255 people": a percentage "of the B", then after B's words a comma (maybe "or" and a
hedge) and a smaller count A that ends its clause, is A out of B: ``("ratio", {"of": A, "per":
B})`` on the percentage. A count followed by a comparative ("about 2,000 more than ...") or a
rate ("255 a day") is another figure, and is left alone; so is any figure with a unit.
"""

from __future__ import annotations

import re
from typing import Any

_W = r"[ \u00a0]+"
# the share's "of the" right before its whole
_OF_THE = re.compile(rf"{_W}of{_W}(?:the|its|their|all){_W}(?:(?:about|around|nearly|almost|"
                     rf"roughly|some){_W})?$")
# the whole's words and the comma before the count: " cases recorded over the past week, or about "
_TO_COUNT = re.compile(rf"(?:{_W}[a-z][\w'-]*){{1,8}}[ \u00a0]*,[ \u00a0]*(?:or{_W})?"
                       rf"(?:(?:about|around|nearly|almost|roughly|some|just{_W}(?:over|under)|"
                       rf"more{_W}than|fewer{_W}than|less{_W}than){_W})?$")
# the count ends its clause: a noun or two at most, then a stop
_CLAUSE_END = re.compile(r"((?:[ \u00a0]+[a-z][\w'-]*){0,2})[ \u00a0]*(?:[.;,)]|\n|$)")
_NOT_A_NOUN = frozenset("more fewer less than higher lower up down a an each per every in on "
                        "at of from to by over under above below".split())


def counts_after_shares(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    """Set ``ratio`` on each share said again as a count after its whole (module docstring)."""
    for p in range(len(idxs) - 2):
        s, b, c = (drafts[idxs[p + q]] for q in range(3))
        if s["unit"] != "percent" or not s["value"] or s["value"] >= 100 or \
                s.get("role") is not None or \
                any(k in ("ratio", "change", "relation", "percentage_points") for k, _ in s["extra"]) \
                or b["unit"] or c["unit"] or not b["value"] or not c["value"] or \
                c["value"] >= b["value"] or b.get("role") not in (None, "whole", "item") or \
                c.get("role") not in (None, "item") or \
                not _OF_THE.search(low, s["end"], b["start"]) or \
                _OF_THE.search(low, s["end"], b["start"]).start() != s["end"] or \
                _TO_COUNT.fullmatch(low, b["end"], c["start"]) is None:
            continue
        end = _CLAUSE_END.match(low, c["end"])
        if end is None or any(w in _NOT_A_NOUN for w in end.group(1).split()):
            continue
        s["extra"].append(("ratio", {"of": idxs[p + 2], "per": idxs[p + 1]}))
        for x in (b, c):
            if x.get("role") == "item":
                x["role"], x["group"] = None, None
        b["role"] = "whole"
        # (the count is the whole's portion the share comes to: "of the 47.6 million registered
        # voters, about 32 million people", no list of two with the whole)
        c["role"], c["group"] = "portion", idxs[p + 1]
