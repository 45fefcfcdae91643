"""A count said to be most, or fewer than half, of a whole the text writes: "More than 300,000
people have been ordered out ..., most of them, 170,000, in Los Angeles County", "35 deaths ...,
and more than half of them, 20, ...", "Fewer than half of the 2,736 registered voters took
part, 1,182 of them", "a majority, 4,100 of the 9,000". "Most" and "a majority" say the part is
more than half of its whole, "fewer than half" and "a minority" less: ("relation", {"kind":
"multiple", "factor": 0.5, "of": whole, "bound": "above" | "under", "said": ...}) on the part,
which the arithmetic rule holds to the side of half the words allow.

The words come from rules/vocab/numbers.yaml ``majority_words`` and ``minority_words``. The
whole is the figure the words name: the nearest larger count of the part's unit before it in
its sentence (a count of the places it was counted in, "in three states", is none), else in
the sentence right before; or the figure right after "of the" ("more than half of the 2,736
voters ..., 1,182 of them"); or after the part ("a majority, 4,100 of the 9,000"). This module
must not judge.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab

_HEDGE = (r"(?:(?:about|around|some|nearly|almost|roughly|approximately|an[ \u00a0]+estimated|"
          r"more[ \u00a0]+than|over|at[ \u00a0]+least|just[ \u00a0]+over|just[ \u00a0]+under)"
          r"[ \u00a0]+)?")
# a possessive may name the whole: "most of last year's cases, 216,"
_OF_WHOLE_NAMED = (r"(?:[ \u00a0]+of[ \u00a0]+(?:them|those|these|whom|which|"
                   r"(?:the|its|their|all[ \u00a0]+the|(?:[a-z]+[ \u00a0]+)?[a-z]+[’']s)"
                   r"[ \u00a0]+[a-z][\w’'-]*"
                   r"(?:[ \u00a0]+[a-z][\w’'-]*){0,2}))?")
# a count of the places a figure was counted in: "35 deaths in three states"
_PLACES_AFTER = re.compile(r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:states|countries|counties|provinces|"
                           r"regions|cities|towns|districts|areas|islands|days|weeks|months|"
                           r"years|hours)\b")
_PART_OF_AFTER = re.compile(r"[ \u00a0]+(?:out[ \u00a0]+)?of[ \u00a0]+(?:the[ \u00a0]+|its[ \u00a0]+|"
                            r"their[ \u00a0]+)?$")
# "the most", "lost the most": a superlative, no share
_SUPERLATIVE = re.compile(r"\b(?:the|its|their)[ \u00a0]+$")
# a ranking after the part: "most of them, 140, followed by children aged 4 and under with 105"
_RANKED_AFTER = re.compile(r"\b(?:followed[ \u00a0]+by|ahead[ \u00a0]+of|next[ \u00a0]+came|then[ \u00a0]+came|"
                           r"trailed[ \u00a0]+by)\b")
_OF_THEM_AFTER = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:them|those|these)\b")
_APPOSED = re.compile(r"[^.;:!?\d]{0,80}?[,(\u2014\u2013][ \u00a0]*" + _HEDGE + "$")


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, bool]]:
    """The majority and minority words (rules/vocab/numbers.yaml) as two patterns: the words
    right before the part ("most of them, "), and right before the whole ("fewer than half of
    the "); and each phrase's side (True: more than half)."""
    data = vocab.load("numbers.yaml")
    side = {" ".join(str(w).split()): True for w in data.get("majority_words") or []}
    side.update({" ".join(str(w).split()): False for w in data.get("minority_words") or []})
    alts = "|".join(re.escape(w).replace(r"\ ", r"[ \u00a0]+")
                    for w in sorted(side, key=len, reverse=True))
    before_part = re.compile(r"\b(?P<q>" + alts + r")" + _OF_WHOLE_NAMED +
                             r"[ \u00a0]*[,(\u2014\u2013][ \u00a0]*" + _HEDGE + "$")
    before_whole = re.compile(r"\b(?P<q>" + alts + r")[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+|"
                              r"its[ \u00a0]+|their[ \u00a0]+|all[ \u00a0]+)?" + _HEDGE + "$")
    return before_part, before_whole, side


def _count(d: dict[str, Any]) -> bool:
    return d["value"] is not None and d["value"] > 0 and d["unit"] != "percent"


def _whole_before(low: str, drafts: list[dict[str, Any]], i: int) -> int | None:
    """The nearest larger count of the part's unit before figure ``i`` in its sentence, else
    in the sentence right before (not a count of places or a duration)."""
    part = drafts[i]
    sent = part["sentence"]
    before = None
    for j in range(i - 1, max(-1, i - 8), -1):
        w = drafts[j]
        if w["sentence"] != sent:
            if before is None and w["sentence"][1] + 3 >= sent[0]:
                before = w["sentence"]
            if w["sentence"] != before:
                break
        if _count(w) and w["unit"] == part["unit"] and w["value"] > part["value"] and \
                not _PLACES_AFTER.match(low, w["end"]):
            return j
    return None


def majority_parts(low: str, drafts: list[dict[str, Any]]) -> None:
    """See the module docstring."""
    before_part, before_whole, side = _words()
    for i, d in enumerate(drafts):
        if not _count(d) or any(k == "relation" for k, _ in d["extra"]):
            continue
        ss = d["sentence"][0]
        whole = None
        m = before_part.search(low, max(ss, d["start"] - 80), d["start"])
        if m is not None and m.end() == d["start"]:
            nxt = i + 1 < len(drafts) and drafts[i + 1]
            if nxt and nxt["sentence"] == d["sentence"] and _count(nxt) and \
                    nxt["unit"] == d["unit"] and nxt["value"] > d["value"] and \
                    _PART_OF_AFTER.fullmatch(low, d["end"], nxt["start"]):
                whole = i + 1       # "a majority, 4,100 of the 9,000"
            else:
                whole = _whole_before(low, drafts, i)
        elif i and drafts[i - 1]["sentence"] == d["sentence"] and \
                _OF_THEM_AFTER.match(low, d["end"]) and \
                _APPOSED.fullmatch(low, drafts[i - 1]["end"], d["start"]):
            w = drafts[i - 1]
            m = before_whole.search(low, max(ss, w["start"] - 40), w["start"])
            if m is not None and m.end() == w["start"] and _count(w) and \
                    w["unit"] == d["unit"] and w["value"] > d["value"]:
                whole = i - 1       # "fewer than half of the 2,736 voters ..., 1,182 of them"
        if whole is None or m is None:
            continue
        q = " ".join(m.group("q").lower().split())
        if q == "most" and (_SUPERLATIVE.search(low, max(ss, m.start() - 12), m.start()) or
                            _RANKED_AFTER.search(low, d["end"], d["sentence"][1])):
            # "The United States earned the most, $67 billion": a superlative; "account for
            # most of them, 140, followed by ... with 105": the largest group, no majority
            continue
        above = side[q]
        if d.get("role") is None:
            # a part of the whole the words name, no restatement of it; a slice of its own
            # axis ("more than half of them, 20, were ... in cars" is no state's count), held
            # to the whole alone
            d["role"], d["group"] = "portion", whole
            d["extra"].append(("own_axis", f"most{i}"))
        d["extra"].append(("relation", {
            "kind": "multiple", "factor": 0.5, "of": whole, "bound": "above" if above else "under",
            "said": "more than half of" if above else "less than half of"}))
