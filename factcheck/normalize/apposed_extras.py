"""An amount "extra" or "additional" in apposition after a move between two levels (issue #11,
everyday94; ``extra_amounts`` reads "an extra" between the levels of neighbouring sentences).

"It takes the Band D charge to £1,435.86 from £1,367.46, an extra £68.40 a year"; "the typical
annual bill will rise 9.1% from $2,513 to $2,741, an extra $228 a year": the amount after
", an extra" restates the move its sentence just gave, as ", an increase of £68.40" would, so
it is the change from the earlier value to the later one (``("change", {"kind": "absolute",
"amount", "direction": "up", "from", "to"})``, role "change"), which wrong-arithmetic checks.
The two values stand in its sentence before it, of its unit, one after "from", the other after
"to" (either order); a move down, a sentence with more than one such pair, or an amount with a
change of its own is left alone ("another 1,600 people" with no move before it stays an
increment). A percentage in apposition after such a move, ", an increase of about 8.5 per
cent" after "$6.1 million more than last year's $71.4 million", is the same move in per cent
(``apposed_percent_moves``, everyday97); so is an amount with a word of difference after it,
", 15 million kgMS less" after "to 1,465 million kgMS from 1,480 million"
(``apposed_differences``, everyday105). This module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

# ", an extra", ", an additional" right before the amount
_EXTRA_BEFORE = re.compile(r",[ \u00a0]*an?[ \u00a0]+(?:extra|additional)[ \u00a0]+"
                           r"(?:(?:of[ \u00a0]+)?(?:about|around|roughly|some|nearly|almost)[ \u00a0]+)?$")
# the word right before a value of the move
_FROM_BEFORE = re.compile(r"\bfrom[ \u00a0]+(?:(?:about|around|some|nearly|almost)[ \u00a0]+)?$")
_TO_BEFORE = re.compile(r"\bto[ \u00a0]+(?:(?:about|around|some|nearly|almost)[ \u00a0]+)?$")


def apposed_extras(low: str, drafts: list[dict[str, Any]]) -> None:
    """Read each ", an extra <amount>" after a move up in its sentence as that move's amount
    (module docstring), each percentage in apposition after a move
    (``apposed_percent_moves``) and each ", <amount> less" after one (``apposed_differences``)."""
    apposed_percent_moves(low, drafts)
    apposed_differences(low, drafts)
    for k, d in enumerate(drafts):
        if d.get("role") not in (None, "additional") or not d["value"] or any(
                key == "change" for key, _ in d["extra"]) or \
                _EXTRA_BEFORE.search(low, max(d["sentence"][0], d["start"] - 24), d["start"]) is None:
            continue
        move = _move_before(low, drafts, k)
        if move is None or drafts[move[1]]["value"] <= drafts[move[0]]["value"]:
            continue
        d["role"] = "change"
        d["extra"].append(("change", {"kind": "absolute", "amount": float(d["value"]),
                                      "direction": "up", "from": move[0], "to": move[1]}))


def _move_before(low: str, drafts: list[dict[str, Any]], k: int) -> tuple[int, int] | None:
    """(from, to): the one pair of values of amount ``k``'s unit before it in its sentence, one
    after "from", the other after "to" (either order); None with no such pair or two."""
    d = drafts[k]
    frm = to = None
    for j in range(k - 1, max(-1, k - 6), -1):
        x = drafts[j]
        if x["sentence"] != d["sentence"]:
            break
        if x["unit"] != d["unit"] or not x["value"]:
            continue
        lead = max(x["sentence"][0], x["start"] - 16)
        if _FROM_BEFORE.search(low, lead, x["start"]):
            if frm is not None:
                return None     # (two moves: which one is open)
            frm = j
        elif _TO_BEFORE.search(low, lead, x["start"]):
            if to is not None:
                return None
            to = j
    return None if frm is None or to is None else (frm, to)


# ", 15 million kgMS less", ", some 2,000 fewer": an amount set after a move as its difference
# (not "more than ...": a comparison of its own)
_DIFF_BEFORE = re.compile(r",[ \u00a0]*(?:(?:about|around|roughly|some|nearly|almost)[ \u00a0]+)?$")
_DIFF_AFTER = re.compile(r"(?:[ \u00a0]+[a-z][\w-]*){0,2}?[ \u00a0]+(?P<w>less|fewer|lower|smaller|"
                         r"more|higher|bigger|larger)\b(?![ \u00a0]+than\b)")
_LESS = frozenset({"less", "fewer", "lower", "smaller"})


def apposed_differences(low: str, drafts: list[dict[str, Any]]) -> None:
    """"lowered its forecast of milk collections to 1,465 million kgMS from 1,480 million, 15
    million kgMS less" (everyday105): an amount in apposition right after its sentence's one
    move between two written levels of its unit, with a word of difference after it ("less",
    "more"), is that move's amount, when the word agrees with the move's direction."""
    for k, d in enumerate(drafts):
        if k == 0 or d.get("role") is not None or not d["value"] or \
                any(key == "change" for key, _ in d["extra"]) or \
                drafts[k - 1]["sentence"] != d["sentence"] or \
                not _DIFF_BEFORE.search(low, drafts[k - 1]["end"], d["start"]):
            continue
        m = _DIFF_AFTER.match(low, d["end"])
        move = _move_before(low, drafts, k) if m is not None else None
        if move is None:
            continue
        down = m.group("w") in _LESS
        if (drafts[move[1]]["value"] < drafts[move[0]]["value"]) != down or \
                drafts[move[1]]["value"] == drafts[move[0]]["value"]:
            continue
        d["role"] = "change"
        d["extra"].append(("change", {"kind": "absolute", "amount": float(d["value"]),
                                      "direction": "down" if down else "up",
                                      "from": move[0], "to": move[1]}))


# ", an increase of", ", a rise of", ", up" right before a percentage that restates a move
_PCT_MOVE_BEFORE = re.compile(r",[ \u00a0]*(?:(?:an?[ \u00a0]+)?(?P<n>increase|rise|jump|gain|"
                              r"growth|fall|drop|decrease|decline|reduction)[ \u00a0]+of|"
                              r"(?P<v>up|down))[ \u00a0]+(?:(?:about|around|roughly|some|nearly|"
                              r"almost|just[ \u00a0]+over|just[ \u00a0]+under)[ \u00a0]+)?$")
_DOWN_WORDS = frozenset({"fall", "drop", "decrease", "decline", "reduction", "down"})


def apposed_percent_moves(low: str, drafts: list[dict[str, Any]]) -> None:
    """"$77.5 million, $6.1 million more than last year's record of $71.4 million, an increase
    of about 8.5 per cent" (everyday97): a percentage change in apposition right after the
    sentence's one absolute move between two written levels, with no levels of its own, is
    the same move in per cent: it takes that move's from and to, which wrong-arithmetic
    checks. A move the words give the other direction, or a sentence with two such moves,
    leaves it alone."""
    for k, d in enumerate(drafts):
        if d["unit"] != "percent" or d.get("role") != "change" or k == 0:
            continue
        ch = next((v for key, v in d["extra"] if key == "change"), None)
        if not isinstance(ch, dict) or ch.get("kind") != "percent" or "from" in ch or \
                "to" in ch:
            continue
        m = _PCT_MOVE_BEFORE.search(low, max(d["sentence"][0], d["start"] - 40), d["start"])
        if m is None or drafts[k - 1]["sentence"] != d["sentence"] or \
                drafts[k - 1]["end"] > m.start():
            continue
        moves = [v for j in range(k - 1, max(-1, k - 6), -1)
                 if drafts[j]["sentence"] == d["sentence"]
                 for key, v in drafts[j]["extra"] if key == "change" and isinstance(v, dict)
                 and v.get("kind") == "absolute" and "from" in v and "to" in v]
        if len(moves) != 1:
            continue
        down = (m.group("n") or m.group("v")) in _DOWN_WORDS
        if (moves[0].get("direction") == "down") != down or \
                ch.get("direction") not in (None, moves[0].get("direction")):
            continue
        ch["from"], ch["to"] = moves[0]["from"], moves[0]["to"]
