"""A multiple of the figure told just before, said with "that" (issue #11, everyday95).

Called by ``relations.relate`` after ``comparisons.compare``, on each sentence and the one
before it. "In January
West Bromwich Albion paid £500,000 for David Mills. A month later Nottingham Forest paid twice
that, £1 million, for Trevor Francis"; "Manchester United paid about half that, £7 million";
"more than three times that much, £1.18 million": the figure set after the multiple and
"that" ("that much", "that amount", "that sum", "that figure") is that multiple of the last
figure of its unit before the words, in their sentence or the one before. It gets
``("relation", {"kind": "multiple", "factor", "of", "bound"})``, the bound from the hedge
("more than": above, "about": near, "less than": under), as ``comparisons._word_multiples``
sets for "double the global average".

The figure must follow the words at once, after a comma or a dash ("twice that, £1 million");
"Forest paid twice that for Francis" gives no figure of its own and sets nothing. This module
reads words; it never judges.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .comparisons import HEDGE_WORDS, grammar_multiples, mult_bound

_WS = r"[ \u00a0]+"
_COUNT = {"two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0, "seven": 7.0,
          "eight": 8.0, "nine": 9.0, "ten": 10.0, "twenty": 20.0}
_LEVEL_ROLES = (None, "compared", "total", "reference")


@lru_cache(maxsize=1)
def _before_figure() -> re.Pattern[str]:
    """The words right before the figure: hedge, multiple, "that" and what it stands for, a
    comma or dash."""
    words = "|".join(re.escape(k).replace(r"\ ", _WS) for k in
                     sorted(grammar_multiples(), key=len, reverse=True)
                     if not k.endswith(" of") and not k.endswith("ed"))
    return re.compile(
        r"(?:\b(?P<hedge>" + HEDGE_WORDS + r")" + _WS + r")?(?:(?P<m>" + words + r")|"
        r"(?P<n>\d+(?:\.\d+)?|" + "|".join(_COUNT) + r")" + _WS + r"times)" + _WS +
        r"that(?:" + _WS + r"(?:much|many|amount|sum|figure|fee|number|level))?"
        r"[ \u00a0]*(?:,|[-\u2013\u2014]|:)[ \u00a0]*(?:(?:about|around|some|nearly|almost|"
        r"roughly|just" + _WS + r"over|just" + _WS + r"under)" + _WS + r")?\Z")


def _factor(m: re.Match[str]) -> float | None:
    if m.group("m"):
        return grammar_multiples().get(" ".join(m.group("m").split()))
    n = m.group("n")
    return _COUNT.get(n) if n in _COUNT else float(n)


def that_multiples(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Set on each figure after "twice that," and the like its multiple of the figure "that"
    points back to (module docstring)."""
    if " that" not in low:
        return
    for k, idxs in enumerate(sents):
        if idxs:
            _sentence(low, drafts, idxs, sents[k - 1] if k else [])


def _sentence(low: str, drafts: list[dict[str, Any]], idxs: list[int],
              before: list[int]) -> None:
    s0 = drafts[idxs[0]]["sentence"][0]
    if " that" not in low[s0:drafts[idxs[-1]]["start"]]:
        return
    pat = _before_figure()
    for p, y in enumerate(idxs):
        d = drafts[y]
        if not d["value"] or d.get("role") not in _LEVEL_ROLES or \
                any(k == "relation" for k, _ in d["extra"]):
            continue
        m = pat.search(low, max(s0, d["start"] - 60), d["start"])
        k = _factor(m) if m is not None else None
        if not k:
            continue
        back = [j for j in before + idxs[:p] if drafts[j]["end"] <= m.start() and
                drafts[j]["unit"] == d["unit"] and drafts[j]["value"] and
                drafts[j].get("role") in _LEVEL_ROLES]
        if not back:
            continue
        rel: dict[str, Any] = {"kind": "multiple", "factor": float(k), "of": back[-1]}
        if m.group("hedge"):
            rel["bound"] = mult_bound(m.group("hedge"))
        d["extra"].append(("relation", rel))
        if m.group("n") is not None:
            # (the factor written as a figure, "three times that", counts nothing)
            for j in idxs[:p]:
                if drafts[j]["start"] >= m.start("n") and drafts[j]["end"] <= m.end("n"):
                    drafts[j]["role"], drafts[j]["measure"] = "factor", None
