"""The shares of a two-sided vote worked out from the two sides' counts: "rejected the new
constitution by 622 votes to 558, or 52.7% to 47.3%", "3,031,355 people voted No and 54,194
voted Yes, giving the No side 98.24% and the Yes side 1.76%", "with 65.2% in favour ... The
Yes side won 795,008 votes and the No side 425,047". A side's share is its count out of the two
sides' sum (the valid vote, which the text may never write): ("ratio", {"of": side, "per":
side, "plus": other side, "exact": 1}) on the share; the larger share is the larger side's.

A share may also be of every ballot cast, or of another total the text writes ("1,240,135
ballots were cast"): each such whole is a reading, and a share that one of them bears out is
given no ratio, so that a share is contradicted only when every whole it can have disagrees.
Two counts in digits give their share by exact arithmetic (the share's own rounding is the
only slack). This module must not judge beyond that choice of reading.
"""

from __future__ import annotations

import re
from typing import Any

from .cues import word_of

# the words between two sides' counts: "622 votes to 558", "voted No and 54,194",
# "won 795,008 votes and the No side 425,047"
_SIDES_GAP = re.compile(r"(?:[ \u00a0]+(?:votes?|ballots?))?(?:[ \u00a0]+(?:to|against|versus|vs\.?)"
                        r"|(?:[ \u00a0]+[a-z’'-]+(?:[ \u00a0]+[a-z’'-]+){0,3}?)?[ \u00a0]*,?[ \u00a0]+"
                        r"and(?:[ \u00a0]+[a-z’'-]+){0,4}?)[ \u00a0]+")
_VOTE = re.compile(word_of("votes?|voted|voting|ballots?|referendum|yes|no|favour|favor|against"))
_NOT_SIDES = re.compile(word_of("from|rose|fell|up|down|than|turnout|registered|electorate|"
                                "eligible|rolls?|spoilt|spoiled|invalid|blank|void|rejected ballots"))
_VOTES_AROUND = re.compile(word_of("votes?|voted|ballots?"))
_SEATS = re.compile(r"\bseats?\b|\bmps?\b|\bdelegates?\b|\bdistricts?\b")
_NOT_A_SIDE = re.compile(word_of("turnout|turned out|participation|took part|spoilt|spoiled|"
                                 "invalid|blank|void|registered|required|threshold"))
_DIGITS = re.compile(r"\d+(?:\.(\d+))?")
_OWN_SHARE_GAP = re.compile(r"(?:[ \u00a0]+[a-z]+){0,2}[ \u00a0]*(?:,[ \u00a0]*or|\(|,)[ \u00a0]*"
                            r"(?:(?:about|some|nearly|almost|around|roughly)[ \u00a0]+)?")
_TOTAL_WORDS = re.compile(word_of("cast|ballots?|votes?|valid|turned|turnout|voted"))


def _count(d: dict[str, Any]) -> bool:
    return d["value"] is not None and d["value"] > 0 and d["unit"] == "" and \
        d.get("role") in (None, "item") and not d.get("qualifier")


# measures of a level of their own, never a side's share of a vote: "raised its rate to a
# range of 1.25% to 1.5% ... by seven votes to two"
_LEVEL_MEASURES = frozenset({"interest_rate", "inflation", "unemployment_rate", "gdp_growth",
                             "temperature"})


def _share(low: str, d: dict[str, Any]) -> bool:
    """A percentage that may be a side's share (not a turnout: "Turnout was 61%"; not a
    range, nor a level of a measure of its own, such as an interest rate)."""
    return d["unit"] == "percent" and d["value"] is not None and 0 < d["value"] < 100 and \
        d.get("role") in (None, "share") and d.get("measure") != "turnout" and \
        d.get("measure") not in _LEVEL_MEASURES and \
        not any(k == "range" for k, _ in d["extra"]) and \
        not _NOT_A_SIDE.search(low, max(d["sentence"][0], d["start"] - 40), d["start"]) and \
        not any(k in ("ratio", "percentage_points", "change") for k, _ in d["extra"])


def _sides(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> tuple[int, int] | None:
    """The two sides' counts of one sentence, side by side in a vote's words. (The sentence's
    own words are searched once, not once a pair: a sentence of thousands of figures.)"""
    sentence: tuple[bool, int] | None = None
    for p in range(len(idxs) - 1):
        a, b = idxs[p], idxs[p + 1]
        da, db = drafts[a], drafts[b]
        if not (_count(da) and _count(db)):
            continue
        gap = low[da["end"]:db["start"]]
        if len(gap) > 60 or not _SIDES_GAP.fullmatch(gap) or _NOT_SIDES.search(gap) or \
                p and _in_a_longer_list(low, drafts[idxs[p - 1]], da):
            continue
        ss, se = da["sentence"]
        if sentence is None:
            # (whether the sentence is a vote's, and where its first word of no sides ends)
            first = _NOT_SIDES.search(low, ss, se)
            sentence = (_VOTE.search(low, ss, se) is not None,
                        first.end() if first is not None else se + 1)
        # (counts of votes, not of seats: "66 of the 140 seats, ... 41.1% of the vote")
        around = low[max(ss, da["start"] - 30):min(se, db["end"] + 30)]
        if sentence[0] and sentence[1] > da["start"] and \
                _VOTES_AROUND.search(around) and not _SEATS.search(around):
            return a, b
    return None


# the words between two items of a list of counts: "9,708,716 votes, the Conservatives "
_LIST_GAP = re.compile(r"(?:[ \u00a0]+(?:votes?|ballots?))?[ \u00a0]*,[ \u00a0]+"
                       r"(?:[a-z’'-]+[ \u00a0]+){0,4}")


def _in_a_longer_list(low: str, before: dict[str, Any], da: dict[str, Any]) -> bool:
    """Whether the first of two counts follows a third of the sentence in one list ("Labour
    won 9,708,716 votes, the Conservatives 6,828,925 and the Liberal Democrats 3,519,199"):
    three parties' counts, not two sides' (everyday111)."""
    return _count(before) and before["sentence"] == da["sentence"] and \
        _LIST_GAP.fullmatch(low, before["end"], da["start"]) is not None


def _bears_out(low: str, share: dict[str, Any], part: float, whole: float) -> bool:
    """Whether ``share`` may be ``part`` out of ``whole`` once its rounding (half its last
    written digit) is allowed for."""
    x = 100.0 * part / whole
    m = _DIGITS.search(low, share["start"], share["end"])
    half = 0.5 * 10.0 ** -len(m.group(1) or "") if m else 0.5
    return share["lower"] - half - 1e-9 <= x <= share["upper"] + half + 1e-9


def _other_wholes(low: str, drafts: list[dict[str, Any]], near: list[int], total: float) -> list[float]:
    """Counts of the nearby sentences larger than the two sides' sum whose words may name
    the ballots cast (every such count is a reading of the share's whole)."""
    return [float(drafts[j]["value"]) for j in near
            if drafts[j]["unit"] == "" and drafts[j]["value"] and drafts[j]["value"] > total and
            _TOTAL_WORDS.search(low, *drafts[j]["sentence"])]


def _other_counts_beside(low: str, drafts: list[dict[str, Any]], sents: list[list[int]],
                         k: int, j: int) -> bool:
    """Whether share ``j``, said in a sentence next to the sides' sentence ``k``, has on its
    other side a sentence with two counts of votes (another pair it may be the share of)."""
    m = next((i for i, idxs in enumerate(sents) if j in idxs), k)
    if m == k:
        return False
    far = m + (m - k)
    if not 0 <= far < len(sents):
        return False
    counts = [i for i in sents[far] if _count(drafts[i])]
    return len(counts) >= 2 and _VOTES_AROUND.search(low, *drafts[counts[0]]["sentence"]) is not None


def two_sides(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """See the module docstring: shares in the sides' sentence, or the sentence right before
    or after it."""
    for k, idxs in enumerate(sents):
        pair = _sides(low, drafts, idxs)
        if pair is None:
            continue
        a, b = pair
        near = [j for s in sents[max(0, k - 1):k + 2] for j in s]
        # (a level a change runs to or from, "a rise of 0.25 points, to 5.5%", is no share)
        levels = {v.get(e) for j in near for x, v in drafts[j]["extra"]
                  if x == "change" and isinstance(v, dict) for e in ("to", "from")}
        shares = [j for j in near if _share(low, drafts[j]) and j not in levels and
                  (drafts[j]["sentence"] == drafts[a]["sentence"] or
                   0 <= drafts[j]["sentence"][0] - drafts[a]["sentence"][1] <= 3 or
                   0 <= drafts[a]["sentence"][0] - drafts[j]["sentence"][1] <= 3)]
        # (a share said right after another count is that count's: "of which 20,080, or
        # 1.6%, were spoilt")
        shares = [j for j in shares if j in (a + 1, b + 1) or not (
            j and drafts[j - 1]["sentence"] == drafts[j]["sentence"] and
            drafts[j - 1]["unit"] != "percent" and
            _OWN_SHARE_GAP.fullmatch(low, drafts[j - 1]["end"], drafts[j]["start"]))]
        # (shares in the sentence before or after whose other neighbour holds counts of votes
        # of its own may be those counts' shares: "Biden won 81,283,501 votes to Trump's
        # 74,223,975. That was 51.3% of the vote ... In the electoral college he won 306
        # votes to 232": which is open, so none is set)
        shares = [j for j in shares if not _other_counts_beside(low, drafts, sents, k, j)]
        if not shares or len(shares) > 2:
            continue
        va, vb = float(drafts[a]["value"]), float(drafts[b]["value"])
        big, small = (a, b) if va >= vb else (b, a)
        total = va + vb
        others = _other_wholes(low, drafts, [j for s in sents[max(0, k - 3):k + 4] for j in s],
                               total)
        for j in shares:
            d = drafts[j]
            side, other = (big, small) if d["value"] > 50 else (small, big)
            if len(shares) == 2 and \
                    (drafts[shares[0]]["value"] > 50) == (drafts[shares[1]]["value"] > 50):
                break           # (two shares on one side of half: not the two sides')
            part = float(drafts[side]["value"])
            if any(_bears_out(low, d, part, w) for w in others):
                continue        # (a share of the ballots cast, a reading the text allows)
            d["extra"].append(("ratio", {"of": side, "per": side, "plus": other, "exact": 1}))
