"""Totals of votes cast whose parts stand in earlier sentences (issue #11, everyday114): "The
Conservatives held Cheam with 1,541 votes, 87 ahead of Liberal Democrat Wendy Mathys on 1,454.
UKIP took 260 votes and Labour 106, out of 3,361 cast"; "The SNP won 1,797 and the Liberal
Democrats 929. Labour took 305, ... and a socialist candidate 9. In all 5,135 first
preferences were counted"; and "the winning share" of such a total.

Called by ``relations.relate`` once the lists and totals of one sentence are read, on the drafts
of one document (indexes into the draft list). A total is a count written as every vote cast
("out of 3,361 cast", "from 1,401 votes in all" after a sentence's counts, or a sentence opening
"In all 5,135 ... were counted" after them). Its parts are the bare counts of votes of its own
sentence before it (or of the sentence before, for an opening total) and of the sentences right
before, back to the first sentence with no count of votes (this paragraph and the one before;
not a sentence of another election: "in 2015", "last time"). Each is a count in digits with
nothing but a vote's words after it, smaller than the total, of no other role (no margin, no
change, no compared value). The parts are the total's complete list (role ``part``): with
fewer than two the total is left as it was. A percentage named as "the winning share" or
"the winner's share" after such a total is the largest part out of it (("ratio", {"of":
largest, "per": total}), replacing a two sides' reading, whose sum is no longer the whole).
This module reads words; the rules judge.
"""

from __future__ import annotations

import re
from typing import Any

# the words between a sentence's last count and its total: ", out of ", " from ", " of the "
_OUT_OF_BEFORE = re.compile(r"(?:[ \u00a0]+votes?)?[ \u00a0]*,?[ \u00a0]*(?:out[ \u00a0]+of|from|of)"
                            r"[ \u00a0]+(?:the[ \u00a0]+|a[ \u00a0]+total[ \u00a0]+of[ \u00a0]+)?")
# ... and after the total, what says it is every vote: " cast", " votes in all", " counted"
_CAST_AFTER = re.compile(r"[ \u00a0]+(?:(?:valid[ \u00a0]+|first[ \u00a0]+)?(?:votes?|ballots|"
                         r"preferences)[ \u00a0]+)?(?:cast|in[ \u00a0]+all|in[ \u00a0]+total|"
                         r"counted|polled)\b")
# a sentence that opens on its total: "In all 5,135 first preferences were counted"
_TOTAL_OPENING = re.compile(r"\W*(?:in[ \u00a0]+all|in[ \u00a0]+total|altogether|all[ \u00a0]+told)"
                            r"[ \u00a0]*,?[ \u00a0]+(?:(?:some|about)[ \u00a0]+)?$")
_COUNTED_AFTER = re.compile(r"(?:[ \u00a0]+[a-z-]+){0,3}?[ \u00a0]+(?:were|was)[ \u00a0]+"
                            r"(?:cast|counted|polled)\b")
# what may follow a count of votes: a bracket, a stop, "votes", a joining word
_VOTE_COUNT_AFTER = re.compile(r"(?:\)|[ \u00a0]*[,.;:]|[ \u00a0]+(?:votes?|first|and|to|"
                               r"in|for|on|while|with|as|but|out|from)\b|[ \u00a0]*$)")
_VOTE_WORDS = re.compile(r"\bvot(?:es?|ed|ing)\b|\bballots?\b|\bpreferences?\b|\bpolled\b|"
                         r"\b(?:won|took|secured|received)\b|"
                         r"\bcast\b")
# a sentence of another election's counts
_OTHER_ELECTION = re.compile(r"\b(?:previous|last[ \u00a0]+(?:time|year)|when[ \u00a0]+the[ \u00a0]+"
                             r"seat|(?:in|since)[ \u00a0]+(?:19|20)\d\d)\b")
_DIGITS = re.compile(r"\d[\d,]*")
_BACK = 3       # sentences back a part may stand
_PART_ROLES = (None, "item")
_WINNING_SHARE = re.compile(r"\b(?:winning|winner['’]s)[ \u00a0]+(?:vote[ \u00a0]+)?share[ \u00a0]+"
                            r"(?:of|was|is|stood[ \u00a0]+at|came[ \u00a0]+to)[ \u00a0]+"
                            r"(?:(?:about|some|nearly|almost|just)[ \u00a0]+)?$")


def _vote_count(low: str, d: dict[str, Any], total: dict[str, Any], t: int) -> bool:
    """Whether ``d`` may be a count of votes that is a part of ``total`` (draft ``t``)."""
    return d["unit"] == "" and d["value"] is not None and 0 < d["value"] < total["value"] and \
        (d.get("role") in _PART_ROLES and not isinstance(d.get("group"), int) or
         d.get("role") == "part" and d.get("group") == t) and \
        d.get("measure") in (None, "votes", total.get("measure")) and \
        not d.get("qualifier") and not d.get("hedge") and \
        _DIGITS.fullmatch(low, d["start"], d["end"]) is not None and \
        _VOTE_COUNT_AFTER.match(low, d["end"]) is not None and \
        not any(k in ("change", "difference", "ratio") for k, _ in d["extra"])


def _total_of(low: str, drafts: list[dict[str, Any]], sents: list[list[int]],
              k: int) -> tuple[int, int, list[int]] | None:
    """The total of votes cast sentence ``k`` writes, the sentence its own parts stand in and
    those parts: (total, sentence, parts) or None."""
    idxs = sents[k]
    for p, t in enumerate(idxs):
        d = drafts[t]
        if d["unit"] != "" or not d["value"] or d.get("role") not in (None, "total") or \
                isinstance(d.get("group"), int):
            continue
        if p and _OUT_OF_BEFORE.fullmatch(low, drafts[idxs[p - 1]]["end"], d["start"]) and \
                _CAST_AFTER.match(low, d["end"]):
            return t, k, [j for j in idxs[:p] if _vote_count(low, drafts[j], d, t)]
        if p == 0 and k and _TOTAL_OPENING.fullmatch(low, d["sentence"][0], d["start"]) and \
                _COUNTED_AFTER.match(low, d["end"]):
            return t, k - 1, [j for j in sents[k - 1] if _vote_count(low, drafts[j], d, t)]
    return None


def _earlier_parts(low: str, drafts: list[dict[str, Any]], sents: list[list[int]], s: int,
                   t: int) -> list[int] | None:
    """The counts of votes of the sentences right before sentence ``s``, back to the first with
    none (crossing one paragraph break at most); None when one is of another election."""
    parts: list[int] = []
    start = drafts[sents[s][0]]["start"]
    for b in range(s - 1, max(-1, s - 1 - _BACK), -1):
        idxs = sents[b]
        ss, se = drafts[idxs[0]]["sentence"]
        if low.count("\n\n", se, start) > 1 or not _VOTE_WORDS.search(low, ss, se):
            break
        got = [j for j in idxs if _vote_count(low, drafts[j], drafts[t], t)]
        if not got:
            break
        if _OTHER_ELECTION.search(low, ss, se):
            return None
        parts = got + parts
    return parts


def _winning_shares(low: str, drafts: list[dict[str, Any]], t: int, parts: list[int],
                    end: int) -> None:
    """A percentage named "the winning share" after total ``t`` (up to the next total, within
    the next paragraph): the largest part out of the total."""
    big = max(parts, key=lambda j: drafts[j]["value"])
    lim, breaks = drafts[t]["end"], 0     # (paragraph breaks counted as the walk goes)
    for d in drafts[t + 1:]:
        if d["start"] >= end:
            break
        breaks += low.count("\n\n", lim, max(lim, d["start"]))
        lim = max(lim, d["start"])
        if breaks > 1:
            break
        if d["unit"] != "percent" or d.get("role") not in (None, "share") or \
                not _WINNING_SHARE.search(low, max(d["sentence"][0], d["start"] - 40), d["start"]):
            continue
        d["extra"][:] = [(k, v) for k, v in d["extra"] if not (k == "ratio" and "plus" in v)]
        d["extra"].append(("ratio", {"of": big, "per": t}))


def summed_vote_totals(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """See the module docstring."""
    found: list[tuple[int, list[int]]] = []
    for k in range(len(sents)):
        got = _total_of(low, drafts, sents, k)
        if got is None:
            continue
        t, s, own = got
        earlier = _earlier_parts(low, drafts, sents, s, t)
        if earlier is None or not own or len(earlier + own) < 2:
            continue
        if drafts[t].get("role") == "total" and not earlier:
            continue    # (a total of its sentence's own list, read already)
        parts = earlier + own
        drafts[t]["role"] = "total"
        for j in parts:
            drafts[j]["role"], drafts[j]["group"] = "part", t
            drafts[j]["measure"] = drafts[j].get("measure") or drafts[t].get("measure")
        found.append((t, parts))
    for n, (t, parts) in enumerate(found):
        end = drafts[found[n + 1][0]]["start"] if n + 1 < len(found) else len(low)
        _winning_shares(low, drafts, t, parts, end)
