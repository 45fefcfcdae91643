"""A sum a sentence opening "That makes" gives of the levels told before it (issue #11,
everyday119): "Texas lost 5% of its herd to 11.3 million head. Nebraska fell 2% to 6.3
million and Kansas 4% to 5.8 million. That makes 23.4 million head in the three states".

A figure right after a sentence-opening "That makes" (or "That brings the total to", "That
gives a total of") is the sum of the levels of its unit before it in its paragraph: with a
count of what they are of written after it in its sentence ("in the three states", "across
the four regions"), the last that many levels, from the two sentences before at most; else the
levels of the sentence right before, two or more. A level is a figure of the unit with no role
but an item's (no change, share, compared value or whole), not itself a sum. Read only when
the levels add up to within a factor of two of the figure (a misreading, not a slip,
otherwise): ``("sum", {"of": A, "plus": (B, ...)})``, which wrong-arithmetic holds it to. This
module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

from .sentences import by_sentence

_W = r"[ \u00a0]+"
_THAT_MAKES = re.compile(r"\W*(?:that|this)" + _W + r"(?:makes|made|brings" + _W +
                         r"(?:the" + _W + r"total" + _W + r")?to|gives" + _W + r"a" + _W +
                         r"total" + _W + r"of)" + _W + r"(?:(?:a|an)" + _W +
                         r"(?:total|combined)" + _W + r"(?:of" + _W + r")?)?")
# the count of what the levels are of, after the sum: "in the three states"
_OF_COUNT = re.compile(r"(?:" + _W + r"[a-z]+){0,3}?" + _W + r"(?:in|across|for|among|from|at)" +
                       _W + r"(?:the|those|these|all)" + _W + r"\Z")
_BACK = 2       # sentences before the sum's in which its levels may stand


def _is_level(d: dict[str, Any], unit: str) -> bool:
    return d["unit"] == unit and bool(d["value"]) and d.get("role") in (None, "item") and \
        not any(k in ("change", "difference", "ratio", "relation", "sum", "average", "net_sum")
                for k, _ in d["extra"])


def _count_after(low: str, drafts: list[dict[str, Any]], idxs: list[int], p: int) -> int | None:
    """The count written after the sum at ``idxs[p]`` in its sentence ("in the three
    states"), or None."""
    for j in idxs[p + 1:p + 3]:
        x = drafts[j]
        v = x["value"]
        if v and 2 <= v <= 12 and v == int(v) and \
                _OF_COUNT.search(low, drafts[idxs[p]]["end"], x["start"]) is not None:
            return int(v)
    return None


def makes_sums(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set ``sum`` on each figure a "That makes" sentence gives of the levels before it
    (module docstring)."""
    if "that makes" not in low and "this makes" not in low and "that brings" not in low and \
            "that gives" not in low and "that made" not in low:
        return
    sents = list(by_sentence(drafts).values())
    for k, idxs in enumerate(sents):
        if not idxs or k == 0:
            continue
        d = drafts[idxs[0]]
        if not d["value"] or d.get("role") not in (None, "item") or d["unit"] == "percent" or \
                any(kk in ("sum", "net_sum", "change") for kk, _ in d["extra"]) or \
                _THAT_MAKES.fullmatch(low, d["sentence"][0], d["start"]) is None:
            continue
        n = _count_after(low, drafts, idxs, 0)
        levels: list[int] = []
        for b in range(k - 1, max(-1, k - 1 - (_BACK if n else 1)), -1):
            if not sents[b] or "\n\n" in low[drafts[sents[b][-1]]["end"]:d["start"]]:
                break
            levels = [j for j in sents[b] if _is_level(drafts[j], d["unit"])] + levels
            if n and len(levels) >= n:
                break
        levels = levels[-n:] if n else levels
        if len(levels) < 2 or (n and len(levels) != n) or \
                any(drafts[j]["value"] >= d["value"] for j in levels):
            continue
        total = sum(float(drafts[j]["value"]) for j in levels)
        if not 0.5 <= total / float(d["value"]) <= 2:
            continue
        d["extra"].append(("sum", {"of": levels[0], "plus": tuple(levels[1:])}))
