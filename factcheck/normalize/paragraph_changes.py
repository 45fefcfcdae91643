"""A change said in one paragraph, its two levels in a later one (issue #11, everyday93).

Called by ``relations.relate`` once stated changes are read. "Household energy bills will rise
by 10% from October ... A typical household will pay about £149 more a year. ... The cap for a
typical dual-fuel household goes from £1,568 to £1,717": two readings.

- A move written "from A to B" after a verb that says no way of its own ("goes from", "went
  from", "moves from"), with no amount of its own, is a pair: A gets the role ``compared`` and
  ``("direction", {"to": B, "up": ...})``, as "B, up from A" would.
- A bare amount of change (no values of its own, alone of its unit in its sentence), a
  percentage ("rise by 10%") or an amount written "£149 more" (no "than" after it), takes the
  values of the one such pair the next paragraphs give (up to ``_PARAGRAPHS`` breaks after it)
  when the amount stands in the body, the pair is alone of its unit in its sentence and moves
  the amount's way, the amount's sentence shares a word with the pair's
  ("household", "cap") and, for an amount, is of the pair's unit and smaller than its new
  value. Two pairs, or a pair moving the other way, leave it alone (which move is meant the
  words do not say). wrong-arithmetic judges the change.

This module reads words; it never judges.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from .sentences import by_sentence

_W = r"[ \u00a0]+"
_PARAGRAPHS = 3
_REACH = 2000   # characters after the amount its pair may stand in
# a verb of a move that says no way of its own, right before "from": "goes from", "went from",
# "moves from" (a verb with a way, "rose from", "fell from", is read with that way elsewhere)
_MOVE_FROM = re.compile(r"\b(?:go|goes|went|going|gone|move|moves|moved|moving|change|changes|"
                        r"changed|changing)" + _W + r"from" + _W +
                        r"(?:about|around|some|roughly)?[ \u00a0]*\Z")
_TO = re.compile(_W + r"to" + _W + r"(?:about|around|some|roughly)?[ \u00a0]*\Z")
# an amount of change said by "more" or "less" with nothing it is set against: "£149 more a year"
_MORE_AFTER = re.compile(_W + r"(?P<w>more|less)\b(?!" + _W + r"than\b)")
_STOP = frozenset("""that this with from were have been their there than also after into over
year years said says will would more less about some from october which while when where
month months week weeks pays paid""".split())


def _words(low: str, span: tuple[int, int]) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z][a-z-]{3,}", low[span[0]:span[1]])
            if w not in _STOP}


def _moved(d: dict[str, Any]) -> bool:
    return any(k in ("change", "difference", "ratio", "relation", "sum", "direction")
               for k, _ in d["extra"])


def _pairs(low: str, drafts: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """(earlier, new) of each "from A to B" move with no amount (module docstring), set."""
    out: list[tuple[int, int]] = []
    moved = {x["sentence"] for x in drafts if _moved(x)}    # (sentences whose move is read)
    for i in range(len(drafts) - 1):
        a, b = drafts[i], drafts[i + 1]
        if a["sentence"] != b["sentence"] or a["unit"] != b["unit"] or a["unit"] == "percent" or \
                not a["value"] or not b["value"] or a.get("role") is not None or \
                b.get("role") is not None or _moved(a) or _moved(b) or \
                not _MOVE_FROM.search(low, max(a["sentence"][0], a["start"] - 40), a["start"]) or \
                not _TO.fullmatch(low, a["end"], b["start"]) or a["sentence"] in moved:
            continue
        a["role"] = "compared"
        a["extra"].append(("direction", {"to": i + 1, "up": b["value"] > a["value"]}))
        out.append((i, i + 1))
    return out


def _bare(low: str, drafts: list[dict[str, Any]], i: int) -> str | None:
    """The direction of a bare amount of change at ``i`` ("up", "down"), or None (the amount
    alone of its unit in its sentence: the caller's test)."""
    d = drafts[i]
    if not d["value"]:
        return None
    ch = next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict)), None)
    if ch is not None:
        if d.get("role") != "change" or "from" in ch or "to" in ch or \
                ch.get("kind") not in ("percent", "absolute") or \
                any(k == "percentage_points" for k, _ in d["extra"]):
            return None
        return ch.get("direction") if ch.get("direction") in ("up", "down") else None
    m = _MORE_AFTER.match(low, d["end"])
    if m is None or d.get("role") is not None or d["unit"] == "percent" or _moved(d):
        return None
    d["role"] = "change"
    d["extra"].append(("change", {"kind": "absolute", "amount": float(d["value"]),
                                  "direction": "up" if m.group("w") == "more" else "down"}))
    return "up" if m.group("w") == "more" else "down"


def paragraph_changes(low: str, drafts: list[dict[str, Any]]) -> None:
    """Read the pairs, then set each bare change's values from the one pair after it (module
    docstring)."""
    pairs = _pairs(low, drafts)
    if not pairs:
        return
    by_sent = by_sentence(drafts)
    starts = [drafts[f]["start"] for f, _ in pairs]
    units = {span: [drafts[j]["unit"] for j in own] for span, own in by_sent.items()}
    words: dict[tuple[int, int], set[str]] = {}     # (each sentence's words, read once)
    for own in by_sent.values():
        for i in own:
            d = drafts[i]
            # (the next two pairs after the amount: one within reach, the second not)
            k = bisect_right(starts, d["end"])
            later = [(f, t) for f, t in pairs[k:k + 2] if drafts[f]["sentence"] != d["sentence"]
                     and drafts[f]["start"] - d["end"] < _REACH and
                     low.count("\n\n", d["end"], drafts[f]["start"]) <= _PARAGRAPHS]
            if len(later) != 1 or units[d["sentence"]].count(d["unit"]) != 1:
                continue
            f, t = later[0]
            # (a body's amount, and a pair alone of its unit in its sentence: "went from 28 to
            # 41 and other offences from 61 to 96" are two moves, either of which is meant)
            if d.get("section") not in (None, "body") or \
                    units[drafts[f]["sentence"]].count(drafts[f]["unit"]) != 2 or \
                    d["unit"] != "percent" and (drafts[f]["unit"] != d["unit"] or
                                                float(d["value"] or 0) < 1 or
                                                float(d["value"] or 0) >= float(drafts[t]["value"])):
                continue
            for span in (d["sentence"], drafts[t]["sentence"]):
                if span not in words:
                    words[span] = _words(low, span)
            if not words[d["sentence"]] & words[drafts[t]["sentence"]]:
                continue
            way = "up" if drafts[t]["value"] > drafts[f]["value"] else "down"
            role, extra = d.get("role"), list(d["extra"])
            if _bare(low, drafts, i) != way:
                d["role"], d["extra"] = role, extra     # (an amount read against the pair's way)
                continue
            ch = next(v for k, v in d["extra"] if k == "change" and isinstance(v, dict))
            ch["from"], ch["to"] = f, t
