"""Multiples said before their values (issue #11, everyday57), set on the drafts as relations.py
sets its own (indexes into the draft list). This module reads words; wrong-arithmetic judges
the multiple.

"Scottish women take their own lives at nearly twice the rate of women in England, 10 deaths in
every 100,000 against 5.4"; "The death rate was more than three times that of England and
Wales, 245 per million against 79.5"; "three times as many ... (1,200 compared with 410)": a
multiple word whose own clause names what it compares by words alone ("the rate of", "that
of", "as many as"), followed in apposition by the two values set against each other: the
first is that multiple of the second (``relation`` multiple, bounded by a hedge before the
multiple: "more than" above, "nearly" below).

A multiple with a figure of its own right after it ("twice the 1.3 million") is relations.py's;
the pair must follow the multiple's clause after a comma, colon, dash or bracket, with no other
figure between, and be joined by "against", "compared with", "versus" or "to". A multiple that
closes the clause right after a level and its compared value ("were 898, compared with 624 in
December 2012, nearly half as many again") is read the same way.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .comparisons import MULT_HEDGE, mult_bound

_WORD_TIMES = {"two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0, "seven": 7.0,
               "eight": 8.0, "nine": 9.0, "ten": 10.0}
# the words after the multiple that compare by words, not by a figure
_COMPARED_BY_WORDS = re.compile(
    r"[ \u00a0]+(?:the|that|those|as|its|their|his|her)\b(?:[ \u00a0]+[a-z][\w’'-]*){0,8}?"
    r"[ \u00a0]*(?:[,:(]|[ \u00a0]+[-–—])[ \u00a0]*$")
# the words between the two values: "deaths per million people against ", " compared with "
_PAIR_JOIN = re.compile(r"(?:[ \u00a0]+[a-z][\w’'-]*){0,5}?(?:[ \u00a0]+(?:per|in[ \u00a0]+every|for"
                        r"[ \u00a0]+every)[ \u00a0]+[\d,.]+(?:[ \u00a0]+[a-z][\w’'-]*){0,2})?"
                        r"[ \u00a0]*,?[ \u00a0]+(?:against|compared"
                        r"[ \u00a0]+(?:with|to)|versus|vs\.?|to)[ \u00a0]+(?:the[ \u00a0]+)?"
                        r"(?:[a-z][\w’'-]*[ \u00a0]+){0,3}?(?:[a-z][\w’'-]*(?:['’]s|s['’])[ \u00a0]+)?")
# a rate's base, no value of the pair: "10 deaths in every 100,000"
_BASE_BEFORE = re.compile(r"\b(?:per|in[ \u00a0]+every|for[ \u00a0]+every|out[ \u00a0]+of[ \u00a0]+every)"
                          r"[ \u00a0]+$")


@lru_cache(maxsize=1)
def _multiple_words() -> re.Pattern[str]:
    return re.compile(r"\b(?:(?P<w>twice|double|treble|triple|thrice)|(?P<n>\d+(?:\.\d+)?|" +
                      "|".join(_WORD_TIMES) + r")[ \u00a0]+times|(?P<again>half)(?=[ \u00a0]+as[ \u00a0]+"
                      r"(?:many|much)[ \u00a0]+again\b))\b")


# after a pair, the multiple closing its clause: ", nearly twice as many", ", half as many again"
_AFTER_PAIR = re.compile(r"[ \u00a0]+(?:as[ \u00a0]+(?:many|much|high|large|big)(?:[ \u00a0]+again)?|the"
                         r"[ \u00a0]+(?:number|figure|total|level|rate))[ \u00a0]*(?:[.;]|$)")
_BEFORE_MULTIPLE = re.compile(r"[ \u00a0]*,[ \u00a0]*(?:(?:or|so|making\s+it)[ \u00a0]+)?"
                              r"(?:(?:more[ \u00a0]+than|nearly|almost|about|roughly|around|over|"
                              r"just[ \u00a0]+(?:over|under)|less[ \u00a0]+than)[ \u00a0]+)?$")


def multiples_ahead(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Every multiple said before its values (module docstring), in place."""
    if not any(w in low for w in ("times", "twice", "double", "treble", "triple", "thrice")):
        return
    pat = _multiple_words()
    for idxs in sents:
        if len(idxs) < 2:
            continue
        ss, se = drafts[idxs[0]]["sentence"]
        for m in pat.finditer(low, ss, se):
            pair = _pair_after(low, drafts, idxs, m.end()) or _pair_before(low, drafts, idxs, m)
            if pair is None:
                continue
            a, b = pair
            if any(k == "relation" for k, _ in drafts[a]["extra"]):
                continue
            factor = 1.5 if m.group("again") else 2.0 if m.group("w") in ("twice", "double") \
                else 3.0 if m.group("w") else \
                _WORD_TIMES.get(m.group("n")) or float(m.group("n"))
            rel: dict[str, Any] = {"kind": "multiple", "factor": factor, "of": b}
            hedge = MULT_HEDGE.search(low, max(ss, m.start() - 20), m.start())
            if hedge is not None and (bound := mult_bound(hedge.group(1))):
                rel["bound"] = bound
            drafts[a]["extra"].append(("relation", rel))
            drafts[b]["role"] = drafts[b].get("role") or "reference"


def _pair_before(low: str, drafts: list[dict[str, Any]], idxs: list[int], m: re.Match[str]
                 ) -> tuple[int, int] | None:
    """The two values set against each other right before a multiple that closes the clause
    ("were 898, compared with 624 in December 2012, nearly half as many again"): the level and
    the compared value before it, of one unit."""
    if not _AFTER_PAIR.match(low, m.end()):
        return None
    before = [j for j in idxs if drafts[j]["end"] <= m.start()]
    if len(before) < 2:
        return None
    a, b = before[-2], before[-1]
    x, y = drafts[a], drafts[b]
    if y.get("role") != "compared" or x.get("role") not in (None, "total") or \
            x["unit"] != y["unit"] or not x["value"] or not y["value"] or \
            not _BEFORE_MULTIPLE.search(low, y["end"], m.start()) or \
            low.count(",", y["end"], m.start()) != 1:
        return None     # (the multiple's own clause right after the pair's)
    return a, b


def _pair_after(low: str, drafts: list[dict[str, Any]], idxs: list[int], at: int
                ) -> tuple[int, int] | None:
    """The two values in apposition after a multiple ending at ``at`` (``multiples_ahead``):
    the first figure after it, past words alone and a comma, colon, dash or bracket, and the
    next figure of its unit that is no rate's base, joined by "against" or the like."""
    after = [j for j in idxs if drafts[j]["start"] >= at]
    if len(after) < 2:
        return None
    a = after[0]
    if not _COMPARED_BY_WORDS.fullmatch(low, at, drafts[a]["start"]):
        return None
    rest = [j for j in after[1:] if not _BASE_BEFORE.search(
        low, max(drafts[a]["end"], drafts[j]["start"] - 16), drafts[j]["start"])]
    if not rest:
        return None
    b = rest[0]
    x, y = drafts[a], drafts[b]
    if x["unit"] != y["unit"] or not x["value"] or not y["value"] or \
            x.get("role") not in (None, "total") or \
            not _PAIR_JOIN.fullmatch(low, x["end"], y["start"]):
        return None
    return a, b
