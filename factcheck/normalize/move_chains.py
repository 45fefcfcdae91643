"""Chains of moves written newest first (issue #11, everyday121): "The Reserve Bank cut its
cash rate to 3.60% on Tuesday, after a cut to 3.85% in May and to 4.10% in February". Each
level after "after (a) cut to" / "following a rise to", and each joined to it by "and (a cut)
to" or ", to", is the level the one before it in the sentence moved from: 3.60% is a cut from
3.85%, and 3.85% a cut from 4.10%. The newest level is the figure right after a verb of
movement and "to" before "after"; each step's direction is its own word ("a cut", "a rise"),
else the last one said. Each older level gets ``("direction", {"to": newer, "up": ...})``,
which wrong-arithmetic judges (engine_facts._direction_relation: the two must lie the way the
word says, beyond the rounding of both). This module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

_WS = r"[ \u00a0]+"
_UP_WORDS = r"rise|rises|increase|increases|hike|hikes|raise|rises|gain|gains"
_DOWN_WORDS = r"cut|cuts|reduction|reductions|fall|falls|drop|drops|decline|declines"
_MOVE = r"(?:(?:another|an?|two|three|four|further)" + _WS + r")?(?:[a-z-]+" + _WS + r")?(?P<word>" + \
    _UP_WORDS + "|" + _DOWN_WORDS + r")"
# the words before the second level: ", after a cut to ", " following rises to "
_AFTER = re.compile(r",?" + _WS + r"(?:after|following)" + _WS + _MOVE + _WS + r"to" + _WS +
                    r"(?:(?:about|around)" + _WS + r")?$")
# the words before each older level: " and to ", ", and a rise to ", ", to "
_AND_TO = re.compile(r"(?:[ \u00a0]*,[ \u00a0]*(?:and" + _WS + r")?|" + _WS + r"and" + _WS + r")(?:" +
                     _MOVE + _WS + r")?to" + _WS + r"$")
# the newest level's verb: "cut its cash rate to ", "raised rates to ", "lowered it to "
_VERB_TO = re.compile(r"\b(?P<verb>cut|cuts|lowered|lowers|reduced|reduces|trimmed|slashed|"
                      r"raised|raises|lifted|lifts|hiked|hikes|increased|increases)" + _WS +
                      r"(?:[\w'’-]+" + _WS + r"){0,4}?to" + _WS +
                      r"(?:(?:about|around)" + _WS + r")?$")
_UP_VERBS = frozenset({"raised", "raises", "lifted", "lifts", "hiked", "hikes", "increased",
                       "increases"})
# what may stand between a level and the words that lead to the next: its date ("in May",
# "on Tuesday", "last month"), no other figure
_DATED = r"(?:" + _WS + r"(?:in|on|at|last|this)" + _WS + r"[a-z0-9]+(?:" + _WS + r"(?:19|20)\d\d)?)?"


def _up(word: str) -> bool:
    return re.fullmatch(_UP_WORDS, word) is not None


def _chain(low: str, drafts: list[dict[str, Any]], i: int) -> list[tuple[int, bool]] | None:
    """[(level, moved up)] newest first, when figure ``i`` follows "after a cut to"."""
    d = drafts[i]
    ss = d["sentence"][0]
    after = _AFTER.search(low, max(ss, d["start"] - 60), d["start"])
    if after is None or i == 0 or drafts[i - 1]["sentence"] != d["sentence"] or \
            drafts[i - 1]["unit"] != d["unit"]:
        return None
    new = drafts[i - 1]
    verb = _VERB_TO.search(low, max(ss, new["start"] - 60), new["start"])
    if verb is None or not re.fullmatch(r"[^\d.;]*?" + _DATED + r"[^\d.;]*", low[new["end"]:after.start()]):
        return None
    word = after.group("word")
    chain = [(i - 1, verb.group("verb") in _UP_VERBS), (i, _up(word))]
    for j in range(i + 1, len(drafts)):
        x, last = drafts[j], drafts[chain[-1][0]]
        gap = re.match(_DATED, low[last["end"]:x["start"]])
        step = _AND_TO.search(low, last["end"] + (gap.end() if gap else 0), x["start"]) \
            if x["sentence"] == d["sentence"] and x["unit"] == d["unit"] else None
        if step is None or step.start() != last["end"] + (gap.end() if gap else 0):
            break
        word = step.group("word") or word
        chain.append((j, _up(word)))
    return chain


def move_chains(low: str, drafts: list[dict[str, Any]]) -> None:
    """The direction of each step of a chain of moves written newest first (module doc)."""
    if "after" not in low and "following" not in low:
        return
    for i, d in enumerate(drafts):
        if d["value"] is None:
            continue
        chain = _chain(low, drafts, i)
        for (newer, up), (older, _) in zip(chain or (), (chain or ())[1:]):
            x = drafts[older]
            if drafts[newer]["value"] is None or x["value"] is None or \
                    any(k == "direction" for k, _ in x["extra"]):
                continue
            x["extra"].append(("direction", {"to": newer, "up": up}))


__all__ = ["move_chains"]
