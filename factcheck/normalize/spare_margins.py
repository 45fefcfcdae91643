"""Margins to a mark: what is left over or still missing (issue #11, everyday78).

Called by ``relations.relate`` once compared and expected values are read. A figure said to be
"short of" a mark, or "to spare" over it, is the gap between the mark and a level the story
gives, often a sentence or two before:

- "won 37 of the 150 seats ..., 39 short of the 76 needed"; "hold 71 seats, five short of the
  76 needed"; "has grossed ₦512 million ... needs ₦488 million more to reach the ₦1 billion
  mark" (everyday111); "The prison population reached 85,931 ... That ... leaves the jails just over
  2,100 places short of their usable operational capacity of 88,049": the figure after "short
  of" less a level below it;
- "passed the 326 seats needed for a majority with 85 to spare" (Labour's 411 a paragraph up);
  "12,480 book parcels, enough for each of the 12,250 children ..., with 230 to spare"; "The
  usable capacity of the prison estate is 88,628, leaving 1,786 spare places" (the population
  of 86,842 two sentences up); "With total capacity standing at 81,915, the system has 780
  places left": a level less another, one of the two in the figure's own sentence before it.

- "A party needs 326 of the 650 seats ... The Conservatives won 331, five more than they
  needed"; "With 29 seats needed for a majority, Ukip won 33, four more than it needed"
  (everyday89): a figure "more than" (or "fewer than") a pronoun "needed" or "required" is the
  gap between the level nearest before it in its sentence and a mark whose own words say it is
  needed ("needs 326", "29 seats needed", "the 76 required"). A mark read as a portion of a
  whole ("needs 326 of the 650 seats") is no part of it: it is a mark (role "compared").

The level meant is not named: every figure of the same unit in the sentence before the margin
and in the three sentences before that is a reading (a level below the mark for "short of"), and
the margin is set to the reading that comes nearest to it, so that it is flagged only when every
reading disagrees: ``("difference", {"of": larger, "minus": smaller})``, exact when no figure
has a qualifier (an amount of change read into it with no values, "three short of" as a fall
of three, is dropped). A margin with a noun of its own before "to spare" ("with 10 balls to spare")
is left alone, as is one already related to other figures. This module reads words; it never
judges.
"""

from __future__ import annotations

import re
from typing import Any
from .sentences import by_sentence

_BEFORE = 3     # sentences before the margin's in which a level may stand
_WS = r"[ \u00a0]+"
# a figure said to be missing: "39 short of the", "2,100 places short of their usable
# operational capacity of", "283,000 short of its own"
# (or still needed to reach it: "needs ₦488 million more to reach the ₦1 billion mark",
# everyday111; the verb may stand in the mark's own words, "reach the ₦1 billion")
_SHORT = re.compile(_WS + r"(?:[a-z]+" + _WS + r")?(?:short" + _WS + r"of|(?:more|further|extra)" +
                    _WS + r"to(?:" + _WS + r"(?:reach|hit|pass|top|cross|break|make))?)" + _WS +
                    r"(?:(?:the|its|their|his|her)(?:" + _WS + r"own)?" + _WS + r")?"
                    r"(?:[a-z]+" + _WS + r"){0,4}?(?:of" + _WS + r")?$")
# a figure said to be left over: "with 85 to spare"; "leaving 1,786 spare places"; "has 780
# places left"
_SPARE_AFTER = re.compile(_WS + r"(?:to" + _WS + r"spare|spare" + _WS + r"[a-z]+|[a-z]+" + _WS +
                          r"(?:left|spare|free|empty))\b")
_SPARE_BEFORE = re.compile(r"\b(?:with|leaving|leaves|left|has|have|had)" + _WS + r"(?:just" +
                           _WS + r"|only" + _WS + r"|about" + _WS + r"|some" + _WS + r")?$")
# a figure that is a gap itself: "30,000 cars, ahead of last year", "12 more than", "5 below"
_GAP_AFTER = re.compile(r"(?:" + _WS + r"[a-z]+)?,?" + _WS + r"(?:ahead" + _WS + r"of|behind|"
                        r"(?:more|fewer|less|higher|lower)" + _WS + r"than|short" + _WS +
                        r"of|(?:up|down)" + _WS + r"on|above|below)\b")
# a margin over what a side needed: "five more than they needed", "four more than it
# required", "two fewer than the party had needed"
_OVER_NEED = re.compile(_WS + r"(?:[a-z]+" + _WS + r")?(more|fewer|less)" + _WS + r"than" + _WS +
                        r"(?:it|they|he|she|we|the" + _WS + r"[a-z]+)" + _WS + r"(?:had" + _WS +
                        r")?(?:needed|required)\b")
# a figure whose own words make it a mark: "needs 326", "needed 29", "29 seats needed", "the
# 76 required"
_NEED_BEFORE = re.compile(r"\b(?:needs?|needed|requires?|required)" + _WS +
                          r"(?:(?:at" + _WS + r"least|only|just)" + _WS + r")?$")
_NEED_AFTER = re.compile(r"(?:" + _WS + r"[a-z]+)?" + _WS + r"(?:needed|required)\b")
# words that make a mark of the figure before "to spare" or a capacity of a "left" one
_MARK = re.compile(r"\b(?:needed|need|required|requires|target|majority|threshold|capacity|"
                   r"enough|places|limit)\b")


def _same_kind(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return (a["unit"] or "") == (b["unit"] or "") and a["value"] is not None and \
        (a["unit"] or "") != "percent" and a.get("role") not in ("change", "whole")


def _unread_change(k: str, v: Any) -> bool:
    """An amount of change with no value it moved from ("seven short of the 76 needed" after
    "hold 71 seats": down by seven to 71, from nothing read)."""
    return k == "change" and isinstance(v, dict) and v.get("from") is None


def _related(d: dict[str, Any]) -> bool:
    return any(k in ("difference", "change", "relation", "ratio", "sum", "average", "product")
               and not _unread_change(k, v) for k, v in d["extra"])


def _readings(drafts: list[dict[str, Any]], order: list[Any], by_sent: dict[Any, list[int]],
              s: int, m: int) -> tuple[list[int], list[int]]:
    """The figures of the margin's unit before margin ``m`` in its sentence, and those of the
    sentences before it, each nearest first."""
    d = drafts[m]
    # nearest first: of two readings as near, the one nearer the margin is taken (at most
    # _NEAREST of each: a sentence of thousands of figures stays linear)
    own = [j for j in reversed(by_sent[order[s]]) if j < m and _same_kind(drafts[j], d)]
    before = [j for t in reversed(order[max(0, s - _BEFORE):s]) for j in reversed(by_sent[t])
              if _same_kind(drafts[j], d)]
    return own[:_NEAREST], before[:_NEAREST]


def _nearest(drafts: list[dict[str, Any]], pairs: list[tuple[int, int]], gap: float
             ) -> tuple[int, int] | None:
    """The pair (larger, smaller) whose difference comes nearest to ``gap``."""
    best = None
    for a, b in pairs:
        va, vb = float(drafts[a]["value"]), float(drafts[b]["value"])
        if va > vb and (best is None or abs(va - vb - gap) < best[0]):
            best = (abs(va - vb - gap), a, b)
    return None if best is None else (best[1], best[2])


def _short_pairs(low: str, drafts: list[dict[str, Any]], same: list[int], k: int,
                 own: list[int], before: list[int]) -> list[tuple[int, int]]:
    """(mark, level) readings of figure ``same[k]`` "short of" the mark that follows it."""
    d = drafts[same[k]]
    if k + 1 >= len(same) or not _SHORT.match(low[d["end"]:drafts[same[k + 1]]["start"]]):
        return []
    t = same[k + 1]
    if not _same_kind(drafts[t], d):
        return []
    return [(t, j) for j in own + before if j != t]


def _spare_pairs(low: str, drafts: list[dict[str, Any]], m: int, own: list[int],
                 before: list[int]) -> list[tuple[int, int]]:
    """(level, mark) readings of a figure left over: one of the two in its own sentence."""
    d = drafts[m]
    if not _SPARE_AFTER.match(low, d["end"]) or \
            not _SPARE_BEFORE.search(low, max(d["sentence"][0], d["start"] - 16), d["start"]) or \
            not _MARK.search(low, d["sentence"][0], d["start"]):
        return []
    return [(a, b) for a in own + before for b in own + before
            if a != b and (a in own or b in own)]


_NEAREST = 24     # readings of each side a margin is tried against, nearest first


def _is_need(low: str, d: dict[str, Any]) -> bool:
    """Whether figure ``d``'s own words say it is needed ("needs 326", "29 seats needed")."""
    return _NEED_BEFORE.search(low, max(0, d["start"] - 24), d["start"]) is not None or \
        _NEED_AFTER.match(low, d["end"]) is not None


def _need_pairs(low: str, drafts: list[dict[str, Any]], m: int, own: list[int],
                before: list[int]) -> list[tuple[int, int]]:
    """(larger, smaller) readings of a figure "more" or "fewer than" a side "needed": the level
    nearest before it in its sentence against each mark of its sentence or the ones before."""
    way = _OVER_NEED.match(low, drafts[m]["end"])
    levels = [j for j in own if not _is_need(low, drafts[j])]
    if way is None or not levels:
        return []
    marks = [j for j in own + before if j != levels[0] and _is_need(low, drafts[j])]
    if way.group(1) == "more":
        return [(levels[0], j) for j in marks]
    return [(j, levels[0]) for j in marks]


def needs_as_marks(low: str, drafts: list[dict[str, Any]]) -> None:
    """A figure a side needs, read as a portion of a whole ("needs 326 of the 650 seats"), is a
    mark, never a part of that whole (everyday89)."""
    for d in drafts:
        if d.get("role") == "of_whole" and d["value"] and \
                _NEED_BEFORE.search(low, max(0, d["start"] - 24), d["start"]):
            d["role"], d["group"] = "compared", None


def _cued(low: str, drafts: list[dict[str, Any]], same: list[int], k: int) -> bool:
    """Whether figure ``same[k]`` has the words of a margin after it: "short of" before the
    next figure of its sentence, or "to spare" / "left" right after it (cheap tests first)."""
    d = drafts[same[k]]
    if _SPARE_AFTER.match(low, d["end"]) or _OVER_NEED.match(low, d["end"]):
        return True
    return k + 1 < len(same) and ("short" in low[d["end"]:drafts[same[k + 1]]["start"]] or
                                  " to " in low[d["end"]:drafts[same[k + 1]]["start"]])


# a round figure named as a mark to reach: "short of the ₦1 billion mark", "to reach its £1m
# target" (the words before it, then the noun after it)
_TO_A_MARK = re.compile(r"\b(?:short" + _WS + r"of|shy" + _WS + r"of|reach|reached|reaching|hit|"
                        r"pass|passed|cross|crossed|top|topped|break|broke)" + _WS +
                        r"(?:(?:the|its|their|his|her|a)" + _WS + r")?[^\s]*$")
_MARK_AFTER = re.compile(_WS + r"(?:mark|milestone|threshold|barrier|target|goal)\b")
# or the figure a margin still needed reaches: "needs ₦48.9 million more to reach ₦1 billion"
_MORE_TO_REACH = re.compile(r"\b(?:more|further|extra)" + _WS + r"to" + _WS +
                            r"(?:reach|hit|pass|top|cross|break|make)" + _WS +
                            r"(?:(?:the|its|their|his|her|a)" + _WS + r")?[^\s]*$")


def exact_marks(low: str, drafts: list[dict[str, Any]]) -> None:
    """A round figure named as a mark to reach or fall short of is that figure exactly ("₦25.1
    million short of the ₦1 billion mark" is ₦1,000 million less the level, not anything within
    the half billion "₦1 billion" would round from; everyday111)."""
    if "mark" not in low and "milestone" not in low and "threshold" not in low and \
            "barrier" not in low and "target" not in low and "goal" not in low and \
            " to reach " not in low:
        return
    for d in drafts:
        if d["value"] is None or d.get("qualifier") or \
                not any(k == "rounded_to" for k, _ in d["extra"]):
            continue
        lead = max(d["sentence"][0], d["start"] - 30)
        if (_MARK_AFTER.match(low, d["end"]) is None or
                _TO_A_MARK.search(low, lead, d["start"] + 1) is None) and \
                _MORE_TO_REACH.search(low, lead, d["start"] + 1) is None:
            continue
        d["lower"] = d["upper"] = d["value"]
        d["extra"] = [(k, v) for k, v in d["extra"]
                      if k not in ("rounded_to", "upper_open", "lower_open")]


def spare_margins(low: str, drafts: list[dict[str, Any]]) -> None:
    """Mark each margin to a mark with the level and the mark it is the gap between (module
    docstring)."""
    needs_as_marks(low, drafts)
    exact_marks(low, drafts)
    by_sent = by_sentence(drafts)
    order = list(by_sent)
    for s, key in enumerate(order):
        same = by_sent[key]
        for k, m in enumerate(same):
            d = drafts[m]
            if d["value"] is None or d["value"] <= 0 or _related(d) or \
                    (d["unit"] or "") == "percent" or not _cued(low, drafts, same, k):
                continue
            own, before = _readings(drafts, order, by_sent, s, m)
            # (a figure that is itself a gap to something is no level: "some 30,000 cars,
            # ahead of last year, but roughly 650,000 short of the 2.3 million sold in 2019")
            own = [j for j in own if not _GAP_AFTER.match(low, drafts[j]["end"])]
            before = [j for j in before if not _GAP_AFTER.match(low, drafts[j]["end"])]
            pairs = _short_pairs(low, drafts, same, k, own, before) or \
                _spare_pairs(low, drafts, m, own, before) or \
                _need_pairs(low, drafts, m, own, before)
            found = _nearest(drafts, pairs, float(d["value"]))
            if found is None:
                continue
            exact = all(drafts[x].get("qualifier") is None for x in (m, *found))
            d["extra"] = [(k, v) for k, v in d["extra"] if not _unread_change(k, v)]
            d["extra"].append(("difference", {"of": found[0], "minus": found[1],
                                              **({"exact": True} if exact else {})}))
            if d.get("role") == "change":
                d["role"] = None    # (a gap, no amount a level moved by)
