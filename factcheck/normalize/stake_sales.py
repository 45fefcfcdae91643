"""A stake sold or bought against the holding before and after (issue #11, everyday95).

Called by ``comparisons.compare`` for each sentence. "CDC Group sold a 2.61% stake in Equitas,
cutting its holding to 5.23%, down from 7.84%"; "BAT sold a 3.5% stake in ITC, reducing its
holding to 25.5% from 29%"; "bought a further 4% stake, raising its holding to 19% from 15%":
the stake is the ``difference`` between the holding before and after. The stake is a
percentage right before "stake", "holding" or "shareholding" after a verb of sale or purchase
("sold", "sells", "offloaded", "disposed of", "bought", "acquired", "picked up"); the holding
is the next two percentages of the sentence, the first after "to" and the other after "from"
(in either order), with a verb that moves a holding before them ("cutting", "reducing",
"raising", "taking its stake to"). "Up to" before the stake, or anything but "a", "an", "the",
"another", "a further" or a hedge, leaves it alone: a stake of several sales or a range is not
one difference. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

_WS = r"[ \u00a0]+"
# the verb of sale or purchase before the stake, with at most an article or hedge between
_DEAL = re.compile(r"\b(?:sold|sells|selling|sell|offloaded|offloads|offloading|disposed" + _WS +
                   r"of|disposing" + _WS + r"of|divested|bought|buys|buying|acquired|acquires|"
                   r"acquiring|picked" + _WS + r"up|purchased|purchases)" + _WS +
                   r"(?:(?:a|an|the|another|a" + _WS + r"further|its)" + _WS + r")?"
                   r"(?:(?:about|around|roughly|some|nearly|almost|just" + _WS + r"over)" + _WS +
                   r")?\Z")
_STAKE_AFTER = re.compile(r"[ \u00a0]*(?:-[ \u00a0]*)?(?:stake|holding|shareholding)\b")
# the move of the holding after the stake: "cutting its holding to", "reducing its direct
# stake in the company from", "taking its shareholding to"
_MOVE = re.compile(r"\b(?:cutting|cuts|cut|reducing|reduces|reduced|lowering|lowers|lowered|"
                   r"trimming|trims|trimmed|raising|raises|raised|lifting|lifts|lifted|"
                   r"increasing|increases|increased|boosting|boosts|boosted|taking|takes|took|"
                   r"bringing|brings|brought)" + _WS + r"(?:its|their|his|her|the)" + _WS +
                   r"(?:[a-z-]+" + _WS + r"){0,2}?(?:stake|holding|shareholding|interest|"
                   r"ownership)\b")
_TO = re.compile(r"\bto" + _WS + r"(?:(?:about|around|roughly|some|nearly|almost|just" + _WS +
                 r"(?:over|under))" + _WS + r")?\Z")
_FROM = re.compile(r"\bfrom" + _WS + r"(?:(?:about|around|roughly|some|nearly|almost)" + _WS +
                   r")?\Z")


def _stake_pair(low: str, drafts: list[dict[str, Any]], rest: list[int]) -> tuple[int, int] | None:
    """The holding before and after, (before, after), from the next two percentages."""
    if len(rest) < 2 or any(drafts[j]["unit"] != "percent" or drafts[j]["value"] is None
                            for j in rest[:2]):
        return None
    a, b = rest[0], rest[1]
    head = low[max(drafts[a]["start"] - 24, 0):drafts[a]["start"]]
    gap = low[drafts[a]["end"]:drafts[b]["start"]]
    if len(gap) > 24 or ";" in gap:
        return None
    if _TO.search(head) and _FROM.search(gap):
        return b, a
    if _FROM.search(head) and _TO.search(gap):
        return a, b
    return None


def stake_sales(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    """Read each stake sold or bought in sentence ``idxs`` as the gap between the holding
    before and after (module docstring)."""
    s0 = drafts[idxs[0]]["sentence"][0]
    if "stake" not in low[s0:drafts[idxs[-1]]["end"]] and \
            "holding" not in low[s0:drafts[idxs[-1]]["end"]]:
        return
    for p, n in enumerate(idxs[:-2]):
        d = drafts[n]
        if d["unit"] != "percent" or not d["value"] or d.get("role") is not None or \
                not _STAKE_AFTER.match(low, d["end"]) or \
                not _DEAL.search(low, max(s0, d["start"] - 40), d["start"]):
            continue
        pair = _stake_pair(low, drafts, idxs[p + 1:p + 3])
        if pair is None:
            continue
        before, after = pair
        move = _MOVE.search(low, d["end"], drafts[min(pair)]["start"])
        if move is None or low[d["end"]:move.start()].count(";"):
            continue
        hi, lo = (before, after) if drafts[before]["value"] >= drafts[after]["value"] \
            else (after, before)
        d["extra"] = [x for x in d["extra"] if x[0] != "change"]
        d["extra"].append(("difference", {"of": hi, "minus": lo, "exact": True}))
        d["role"] = "difference"
        for j in pair:
            drafts[j]["role"] = drafts[j].get("role") or "compared"
