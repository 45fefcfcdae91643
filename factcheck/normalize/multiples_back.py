"""Multiples said in a sentence that points back to the figures they compare (issue #11,
everyday89), set on the drafts as relations.py sets its own (indexes into the draft list).
This module reads words; wrong-arithmetic judges the multiple.

"In 2018, 299 people were detected crossing the Channel in small boats. ... Last year 45,774
people made the crossing, a record. The 2022 figure is more than 150 times that of 2018"; "Flu
patients took up an average of 1,939 hospital beds a day ... At the same point a year earlier
only 32 beds a day were taken. The figure is more than 60 times that of this time last year":
a multiple opening its sentence's figures after words that point back ("The figure is", "That
is", "The 2022 figure was") and comparing by words alone ("times that of", "times the level
of") has no value of its own sentence: the level and the value it is a multiple of are two
figures of one unit in the sentences before (up to ``_BACK``). Which two is a reading: every
pair (larger, smaller) is tried, and the one whose ratio comes nearest the multiple is taken,
only when the multiple lies within half of itself of that ratio (so a multiple of something the
story never gives is left alone, and one every reading disagrees with is checked by
wrong-arithmetic). The level gets ``("relation", {"kind": "multiple", "factor", "of",
"bound"})``, the bound from the multiple's hedge ("more than" above).
"""

from __future__ import annotations

import re
from typing import Any

from .comparisons import mult_bound
from .sentences import by_sentence

_BACK = 3       # sentences before the multiple's in which its two values may stand
_NEAREST = 12   # figures of those sentences tried, nearest first
_WS = r"[ \u00a0]+"
# the sentence's opening before the multiple: "The figure is", "That is", "The 2022 figure was
# now", "This year's total is"
_POINTS_BACK = re.compile(r"\W*(?:(?:the|this|that|last)" + _WS + r"(?:[\w’'-]+" + _WS +
                          r"){0,2}?(?:figure|number|total|level|count|tally)|that|this|it)" +
                          _WS + r"(?:is|was|are|were|stands" + _WS + r"at|stood" + _WS + r"at)" +
                          r"(?:" + _WS + r"now)?" + _WS + r"$")
# what the multiple compares by words: "times that of", "times the level of", "times the
# figure for"
_BY_WORDS = re.compile(_WS + r"(?:that|those|the" + _WS + r"(?:figure|number|total|level|"
                       r"count))" + _WS + r"(?:of|for|in|at|recorded)\b")
_LEVEL_ROLES = (None, "compared", "total", "reference")


def _readings(drafts: list[dict[str, Any]], before: list[int], factor: float
              ) -> tuple[int, int] | None:
    """The pair (larger, smaller) of ``before`` whose ratio comes nearest ``factor``."""
    best = None
    for a in before:
        for b in before:
            va, vb = float(drafts[a]["value"]), float(drafts[b]["value"])
            if a == b or vb <= 0 or va <= vb:
                continue
            off = abs(va / vb - factor)
            if best is None or off < best[0]:
                best = (off, a, b)
    if best is None or best[0] > 0.5 * factor:
        return None
    return best[1], best[2]


def multiples_back(low: str, drafts: list[dict[str, Any]]) -> None:
    """Every multiple of a sentence pointing back (module docstring), in place."""
    if "times" not in low:
        return
    by_sent = by_sentence(drafts)
    order = list(by_sent)
    for s, key in enumerate(order):
        f = drafts[by_sent[key][0]]
        if f.get("role") != "factor" or not f["value"] or float(f["value"]) <= 1 or \
                not low.startswith("times", f["end"] + 1) or \
                not _BY_WORDS.match(low, f["end"] + 6) or \
                not _POINTS_BACK.fullmatch(low, f["sentence"][0], f["start"]):
            continue
        before = [j for t in reversed(order[max(0, s - _BACK):s]) for j in reversed(by_sent[t])
                  if drafts[j]["value"] and drafts[j]["unit"] != "percent" and
                  drafts[j].get("role") in _LEVEL_ROLES and
                  not any(k == "relation" for k, _ in drafts[j]["extra"])][:_NEAREST]
        units = {drafts[j]["unit"] for j in before}
        pair = None
        for unit in units:
            found = _readings(drafts, [j for j in before if drafts[j]["unit"] == unit],
                              float(f["value"]))
            if found is not None:
                if pair is not None:
                    pair = None     # (two units each give a reading: none is taken)
                    break
                pair = found
        if pair is None:
            continue
        rel: dict[str, Any] = {"kind": "multiple", "factor": float(f["value"]), "of": pair[1]}
        if f.get("qualifier") and (bound := mult_bound(str(f["qualifier"]))):
            rel["bound"] = bound
        drafts[pair[0]]["extra"].append(("relation", rel))
        drafts[pair[1]]["role"] = drafts[pair[1]].get("role") or "reference"
