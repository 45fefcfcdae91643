"""A margin in votes between two named sides whose counts the result gives elsewhere (issue #11,
everyday106): "The Conservatives led Labour by 176 votes" after "The Conservatives held the
ward with 1,187 votes. Labour came second with 1,011 and an independent third with 971";
"Labour's majority of 7,791 over the Conservatives" a paragraph after each candidate's count;
"Labour finished 40 votes ahead of the independent"; "Labour still beat them by 121 votes"
(``them``: the one other side the sentence names).

The margin names both sides (the one ahead before its verb or possessive, the rival after
"led"/"beat"/"over"/"ahead of"), so its pair is the count said of each: the nearest count
before the margin (in its sentence or up to ``_BACK`` sentences before, across at most one
paragraph break) whose own clause names that side ("Labour came second with 1,011", "against
398 for the Conservatives", "UKIP's Margot Parker 5,108"). The pair replaces one an earlier
reading took by position (the two largest counts, or the two nearest), which is a guess when
the margin names its sides. Only when both sides are found, each in one count, both larger
than the margin. This module reads words; wrong-arithmetic judges the gap.
"""

from __future__ import annotations

import re
from typing import Any

_BACK = 4   # sentences before the margin the result's counts may stand in
# a side's name: up to four capitalised words, or an independent
_SIDE = r"(?:[A-Z][\w’'&-]*(?:[ \u00a0]+[A-Z][\w’'&-]*){0,3}|independents?)"
_WS = r"[ \u00a0]+"
# the margin's words before its figure, naming both sides: "The Conservatives led Labour by",
# "Labour still beat them by", "Labour's majority of", "Labour finished"
_BEFORE = re.compile(
    r"(?:\b[Tt]he" + _WS + r")?(?P<own>" + _SIDE + r")(?:['’]s)?" + _WS +
    r"(?:(?:[a-z]+" + _WS + r"){0,2}?(?:led|beat|defeated|outpolled|edged)" + _WS +
    r"(?:the" + _WS + r")?(?P<rival>" + _SIDE + r"|them|it)" + _WS + r"by" +
    r"|(?:winning" + _WS + r")?(?:majority|margin|lead)" + _WS + r"(?:of|was)" +
    r"|(?:[a-z]+" + _WS + r"){0,2}?(?:finished|came|was|were|ended|stood|is|are))" +
    _WS + r"(?:(?:just|only|some|about|nearly|almost)" + _WS + r")?$")
# ... and after it: " votes over the Conservatives", " votes ahead of the independent"
_AFTER = re.compile(r"(?:" + _WS + r"votes?)?" + _WS + r"(?:over|ahead" + _WS + r"of|clear" + _WS +
                    r"of|behind)" + _WS + r"(?:the" + _WS + r")?(?P<rival>" + _SIDE + r")")
_VOTES_AFTER = re.compile(_WS + r"votes?\b")
# a count's side named right after it: "398 for the Conservatives", "249 votes for the Greens"
_FOR_SIDE = re.compile(r"(?:" + _WS + r"votes?)?" + _WS + r"(?:for|to)" + _WS + r"(?:the" + _WS +
                       r")?(?P<side>" + _SIDE + r")")


def _stem(name: str) -> str:
    """A side's last word, lower case, without a plural or possessive ending."""
    w = name.split()[-1].lower()
    w = re.sub(r"(?:['’]s|s['’])$", "", w)
    return w[:-1] if w.endswith("s") and len(w) > 3 else w


def _names(text: str, a: int, b: int) -> set[str]:
    """The stems of the sides named in ``text[a:b]``."""
    # (a possessive ends a side: "Labour's Andy Sawford" names Labour and Sawford)
    return {_stem(piece) for m in re.finditer(_SIDE, text[a:b])
            for piece in re.split(r"['’]s\b", m.group()) if piece.strip()}


def _clause_sides(text: str, drafts: list[dict[str, Any]], j: int) -> set[str]:
    """The sides named in count ``j``'s own clause: from the figure before it in its sentence
    (or the sentence's start) to it, and a "for the X" right after it."""
    d = drafts[j]
    a = d["sentence"][0]
    if j and drafts[j - 1]["sentence"] == d["sentence"]:
        # (after the figure before it and the side named right after that one: "against 398
        # for the Conservatives and 249 for the Liberal Democrats")
        a = drafts[j - 1]["end"]
        prev = _FOR_SIDE.match(text, a)
        a = prev.end() if prev is not None and prev.end() <= d["start"] else a
    out = _names(text, a, d["start"])
    m = _FOR_SIDE.match(text, d["end"])
    if m is not None:
        out.add(_stem(m.group("side")))
    return out


def _counts_back(low: str, drafts: list[dict[str, Any]], sents: list[list[int]], k: int,
                 n: int) -> list[int]:
    """The whole counts before margin ``n`` (sentence ``k``): its own sentence's, then up to
    ``_BACK`` sentences before across at most one paragraph break; nearest first."""
    out = [j for j in reversed(sents[k]) if j < n]
    for kk in range(k - 1, max(-1, k - 1 - _BACK), -1):
        if not sents[kk] or low.count("\n\n", drafts[sents[kk][-1]]["end"], drafts[n]["start"]) > 1:
            break
        out += list(reversed(sents[kk]))
    return [j for j in out if drafts[j]["unit"] == "" and drafts[j]["value"] and
            not any(x in ("difference", "change", "ratio", "sum") for x, _ in drafts[j]["extra"])]


def _side_count(text: str, drafts: list[dict[str, Any]], counts: list[int], side: str,
                other: str) -> int | None:
    """The nearest count whose clause names ``side`` and not ``other``."""
    for j in counts:
        names = _clause_sides(text, drafts, j)
        if side in names and other not in names:
            return j
    return None


def _sides(text: str, d: dict[str, Any]) -> tuple[str, str] | None:
    """The stems of margin ``d``'s two sides (ahead, rival), or None."""
    ss = d["sentence"][0]
    before = _BEFORE.search(text, max(ss, d["start"] - 90), d["start"])
    if before is None:
        return None
    own, rival = _stem(before.group("own")), before.group("rival")
    if rival is None:
        after = _AFTER.match(text, d["end"])
        if after is None:
            return None
        rival = after.group("rival")
    elif _VOTES_AFTER.match(text, d["end"]) is None:
        return None
    if rival in ("them", "it"):
        # the one other side the sentence names
        others = _names(text, ss, before.start("own")) - {own}
        if len(others) != 1:
            return None
        rival = next(iter(others))
    rival = _stem(rival)
    return (own, rival) if own != rival else None


def named_vote_margins(text: str, low: str, drafts: list[dict[str, Any]],
                       sents: list[list[int]]) -> None:
    """Margins in votes whose two named sides' counts stand apart (module docstring)."""
    if " by " not in low and "majority" not in low and "ahead" not in low and \
            " over " not in low:
        return
    for k, idxs in enumerate(sents):
        for n in idxs:
            d = drafts[n]
            if d.get("section") != "body" or d["unit"] != "" or not d["value"] or \
                    d.get("role") not in (None, "change", "difference") or \
                    any(x in ("ratio", "sum") for x, _ in d["extra"]):
                continue
            sides = _sides(text, d)
            if sides is None:
                continue
            counts = _counts_back(low, drafts, sents, k, n)
            a = _side_count(text, drafts, counts, sides[0], sides[1])
            b = _side_count(text, drafts, counts, sides[1], sides[0])
            if a is None or b is None or a == b or \
                    max(drafts[a]["value"], drafts[b]["value"]) <= d["value"]:
                continue
            if drafts[a]["value"] < drafts[b]["value"]:
                a, b = b, a
            exact = all(x.get("qualifier") is None for x in (d, drafts[a], drafts[b]))
            d["extra"] = [x for x in d["extra"] if x[0] not in ("change", "difference")]
            d["extra"].append(("difference", {"of": a, "minus": b,
                                              **({"exact": True} if exact else {})}))
            d["role"] = "difference"
