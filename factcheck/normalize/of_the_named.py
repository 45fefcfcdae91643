"""A count after a sentence opening that names its whole by a noun alone (issue #11,
everyday70): "England gained 234,400 net additional homes in the year to March. ... Of the new
homes, 212,600 were newly built"; "Among those visitors, 9.6 million came from China". The count
is a portion of the nearest earlier count the story gives of that noun (its measure, or the
noun written after it), in the count's paragraph or the two before, of one period: so that
parts-exceed-total holds it to that whole.

Only a plain noun phrase (at most three words, no figure) between "Of the" and the count; the
whole is a level (no change, compared value or part of another whole), and one candidate of
that noun is taken, the nearest. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

_OPENING = re.compile(
    r"\W*(?:of|among)[ \u00a0]+(?:the|these|those|its|their|this[ \u00a0]+year[’']s|"
    r"last[ \u00a0]+year[’']s)[ \u00a0]+(?P<np>(?:[a-z][a-z-]*[ \u00a0]+){0,2}[a-z][a-z-]*)"
    r"[ \u00a0]*,[ \u00a0]*(?:(?:about|around|some|nearly|almost|roughly|just[ \u00a0]+over|"
    r"more[ \u00a0]+than)[ \u00a0]+)?")
_PARAGRAPHS_BACK = 2
# the words from one portion to the next of its clause: "370 were on Upolu and 73 on Savaii"
_COORDINATED = re.compile(
    r"(?:(?!\b(?:than|compared|against|versus|while|whereas|but|from|up|down|of)\b)"
    r"[^.;:!?()\d]){0,40}?(?:,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)"
    r"(?:(?:about|around|some|nearly|almost|another|a[ \u00a0]+further)[ \u00a0]+)?")
# a line of a list or table: a bullet, a dash or a number first
_LIST_LINE = re.compile(r"[ \t]*(?:[-*•–—]|\d+[.)])[ \t]")
_NOT_WHOLES = ("compared", "change", "expected")


def _head(np: str) -> str:
    """The noun phrase's head, singular ("new homes" -> "home")."""
    w = np.split()[-1]
    if w.endswith("ies"):
        return w[:-3] + "y"
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _names(d: dict[str, Any], head: str) -> bool:
    words = (d.get("measure") or "").split()
    return head in words or head + "s" in words


def _broken_down(drafts: list[dict[str, Any]], j: int, head: str) -> bool:
    """Whether figure ``j``'s sentence gives another count of ``head`` in its unit."""
    w = drafts[j]
    for step in (-1, 1):
        k = j + step
        while 0 <= k < len(drafts) and drafts[k]["sentence"] == w["sentence"]:
            x = drafts[k]
            if x["unit"] == w["unit"] and x["value"] and _names(x, head):
                return True
            k += step
    return False


def _window_start(low: str, d: dict[str, Any]) -> int:
    """Where the look back from ``d`` for its whole stops: ``_PARAGRAPHS_BACK`` paragraph
    breaks before its sentence (-1: the text's start)."""
    lo = d["sentence"][0]
    for _ in range(_PARAGRAPHS_BACK + 1):
        lo = low.rfind("\n\n", 0, lo) if lo > 0 else -1
    return lo


def _whole(low: str, drafts: list[dict[str, Any]], i: int, head: str) -> int | None:
    d = drafts[i]
    lo = _window_start(low, d)
    for j in range(i - 1, -1, -1):
        w = drafts[j]
        if w["start"] <= lo or w.get("section") != d.get("section"):
            return None
        if w["unit"] != d["unit"] or not w["value"] or not _names(w, head) or \
                w.get("role") in _NOT_WHOLES or _LIST_LINE.match(low, low.rfind("\n", 0, w["start"]) + 1):
            continue    # (a target or an earlier value named beside the whole is none; nor
            # is a line of a breakdown: "- 19 to 29 years: 22 cases")
        if _broken_down(drafts, j, head):
            continue    # (nor a count of a sentence that breaks the noun down: "Five cases
            # ...: two in Ashby and three in Brant")
        if w.get("role") not in (None, "total") or w.get("group") is not None or \
                w.get("period") not in (None, d.get("period")) and d.get("period") is not None:
            return None
        return j
    return None


# the nouns of an amount of change: "Of the increase, 3,441 people moved to the area"
_CHANGE_HEADS = frozenset({"increase", "rise", "growth", "gain", "fall", "drop", "decline",
                           "decrease", "loss", "reduction"})


def _change_whole(low: str, drafts: list[dict[str, Any]], i: int) -> int | None:
    """The amount of change "Of the increase," names: the nearest earlier change of the
    portion's unit written as an amount (not in per cent), in the window of ``_whole``
    (everyday118: "Moray's population rose by 5,267 ... Of the increase, 3,441 people moved
    to the area from elsewhere")."""
    d = drafts[i]
    lo = _window_start(low, d)
    for j in range(i - 1, -1, -1):
        w = drafts[j]
        if w["start"] <= lo or w.get("section") != d.get("section"):
            return None
        ch = next((v for k, v in w["extra"] if k == "change"), None)
        if w.get("role") == "change" and w["unit"] == d["unit"] and w["value"] and \
                isinstance(ch, dict) and ch.get("kind") != "percent":
            return j
    return None


def portions_of_named_wholes(low: str, drafts: list[dict[str, Any]]) -> None:
    """See the module docstring."""
    for i, d in enumerate(drafts):
        if not d["value"] or d["unit"] == "percent" or d.get("group") is not None or \
                d.get("role") not in (None, "portion"):
            continue
        m = _OPENING.fullmatch(low, d["sentence"][0], d["start"])
        if m is None:
            continue
        head = _head(m.group("np"))
        w = _change_whole(low, drafts, i) if head in _CHANGE_HEADS else \
            _whole(low, drafts, i, head)
        if w is not None:
            more = _coordinated_after(low, drafts, i, w)
            for k in (i, *more):
                drafts[k]["role"], drafts[k]["group"] = "portion", w
                drafts[k]["measure"] = drafts[k].get("measure") or drafts[w].get("measure")
                if more:    # (one cut of the whole, summed on its own: other portions of it
                    # may cut it another way, "48 of them confirmed")
                    drafts[k]["extra"].append(("own_axis", f"named{i}"))


def _coordinated_after(low: str, drafts: list[dict[str, Any]], i: int, w: int) -> list[int]:
    """The figures coordinated with portion ``i`` after it in its clause ("Of the suspected
    cases, 370 were on Upolu and 73 on Savaii"): each of its unit, with no role, smaller than
    the whole ``w``, after a comma or "and" with no comparison between (everyday72)."""
    got: list[int] = []
    k = i + 1
    while k < len(drafts) and drafts[k]["sentence"] == drafts[i]["sentence"]:
        x, prev = drafts[k], drafts[k - 1]
        if x["unit"] != drafts[i]["unit"] or x.get("role") is not None or \
                x.get("group") is not None or not x["value"] or \
                x["value"] >= (drafts[w]["value"] or 0) or \
                _COORDINATED.fullmatch(low, prev["end"], x["start"]) is None:
            break
        got.append(k)
        k += 1
    return got
