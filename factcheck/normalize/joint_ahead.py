"""A joint figure written before the things it joins (issue #11, everyday84).

Called by ``relations._wholes_and_parts`` after joint figures said after their parts are read.
"The two fires that broke out on November 8 burned more than 250,000 acres between them. The
Camp Fire scorched 153,336 acres ... The Woolsey Fire burned 96,949 acres": a figure followed
by "between them", "combined" or "together", whose sentence counts the things it joins ("the
two fires"), is the total of the first that many figures of its unit and measure in the
sentences after it (its paragraph and the next), one in each sentence or list item. It gets
role "total" and ``("joint", True)`` (the sum of those named, no level of a larger whole);
the figures role "part" of it, so that list-sum-mismatch judges them. Not read when fewer
figures follow, when one of them is as large as the joint figure, or when one is a change or
a compared value. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

from ..extract.numbers import grammar

_WS = r"[ \u00a0]+"
# right after the joint figure: "between them", "combined", "together" (a few words between:
# "250,000 acres of land between them")
_JOINT_AFTER = re.compile(r"(?:" + _WS + r"[a-z][\w’'-]*){0,3}?" + _WS +
                          r"(?:between[ \u00a0]+them|combined|together|in[ \u00a0]+all)"
                          r"(?=[ \u00a0]*[.,;:)]|[ \u00a0]*$)")
# the count of the things before it: "the two fires", "The three airports"
_COUNT_BEFORE = re.compile(r"\b(?:the|its|their|these|those)" + _WS + r"$")
_PARAGRAPHS = 2     # the joint figure's paragraph and the next


def joint_totals_ahead(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Mark the joint figure of "The two fires burned 250,000 acres between them." and the
    figures of the sentences after it that it adds up."""
    place = {i: k for k, s in enumerate(sents) for i in s}
    for k, idxs in enumerate(sents):
        for p, i in enumerate(idxs[1:], start=1):
            d, c = drafts[i], drafts[idxs[p - 1]]
            n = _count_of(low, c, d)
            if n is None or d.get("role") is not None or not d["value"] or \
                    _JOINT_AFTER.match(low, d["end"]) is None:
                continue
            parts = _parts_after(low, drafts, sents, place[i], d, n)
            if parts is None:
                continue
            c["role"] = "factor"
            d["role"], d["group"] = "total", None
            d["extra"].append(("joint", True))
            for j in parts:
                drafts[j]["role"], drafts[j]["group"] = "part", i


def _count_of(low: str, c: dict[str, Any], d: dict[str, Any]) -> int | None:
    """The count ``c`` says of the things ``d`` joins ("the two fires" before it in its
    sentence), None when ``c`` is no such count."""
    if c["unit"] or c["sentence"] != d["sentence"] or c.get("role") is not None or \
            _COUNT_BEFORE.search(low, max(c["sentence"][0], c["start"] - 8), c["start"]) is None:
        return None
    n = grammar().cardinals.get(low[c["start"]:c["end"]].strip())
    if n is None and low[c["start"]:c["end"]].strip().isdigit():
        n = int(low[c["start"]:c["end"]])
    return n if n is not None and 2 <= n <= 6 else None


def _parts_after(low: str, drafts: list[dict[str, Any]], sents: list[list[int]], k: int,
                 d: dict[str, Any], n: int) -> list[int] | None:
    """The first ``n`` figures of ``d``'s unit and measure in the sentences after sentence
    ``k``, within its paragraph and the next, one to a sentence; None when they are not
    there or cannot be parts."""
    end = d["end"]
    for _ in range(_PARAGRAPHS):
        nxt = low.find("\n\n", end + 1)
        end = len(low) if nxt < 0 else nxt + 2
    parts: list[int] = []
    for idxs in sents[k + 1:]:
        own = [j for j in idxs if drafts[j]["unit"] == d["unit"] and drafts[j]["value"] and
               drafts[j].get("measure") in (None, d.get("measure"))]
        if not own:
            continue
        if drafts[own[0]]["start"] >= end:
            break
        if len(own) > 1 and len(parts) + len(own) != n:
            return None     # (a sentence of several: a list of exactly the rest only)
        parts.extend(own)
        if len(parts) >= n:
            break
    if len(parts) != n or any(drafts[j].get("role") not in (None, "item") or
                              drafts[j]["value"] >= d["value"] for j in parts):
        return None
    return parts
