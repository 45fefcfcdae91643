"""Shares in brackets after the counts of a list, of a whole the story gave before (issue #11).

"Some 213,200 people applied for asylum ... The countries that received the most were:
- Germany: 80,900 (38%) - Hungary: 32,700 (15%) ...": each count with its share right after it
and no whole named (``scopes.mark_counts_with_bare_shares`` made the counts portions with no
group) is a part of a whole the story gave before, and its share is that count out of the
whole. Which earlier figure is the whole is a reading: a figure of the counts' unit, a level
(no change, no compared value), at least the sum of the listed counts, within ``WINDOW``
sentences and ``PARAGRAPHS`` paragraph breaks before the list. A reading is kept only when the
list itself bears it out: at least two of its shares, and at least half of them, are their
counts out of that whole as written. With exactly one such whole, every share of the list gets
``extra.ratio`` (its count out of the whole), so that a share that disagrees is flagged while
the others hold; with none, or two, nothing is read (a list whose shares are of a whole the
text never gives, or of one of several, is left unverified). This module reads words; it never
judges.
"""

from __future__ import annotations

import re
from typing import Any

from .scopes import share_gap

WINDOW = 12         # sentences before the list its whole may stand in
PARAGRAPHS = 3      # paragraph breaks between the whole and the list, at most
_SLACK = 0.02       # relative slack for a count written rounded ("almost 44,000 (21%)")
_WHOLE_ROLES = (None, "total", "whole")


def shares_of_the_whole_before(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set ``extra.ratio`` on the shares of each list of counts with bare shares (module doc)."""
    for block in _blocks(low, drafts):
        whole = _the_whole(low, drafts, block)
        if whole is None:
            continue
        for i, s in block:
            drafts[s]["extra"].append(("ratio", {"of": i, "per": whole}))


def _blocks(low: str, drafts: list[dict[str, Any]]) -> list[list[tuple[int, int]]]:
    """The runs of (count, share) pairs that follow one another with no other figure and no
    paragraph break between, two pairs or more."""
    pairs = [(i, i + 1) for i in range(len(drafts) - 1) if _bare_pair(low, drafts, i)]
    blocks: list[list[tuple[int, int]]] = []
    for i, s in pairs:
        if blocks and blocks[-1][-1][1] + 1 == i and \
                "\n\n" not in low[drafts[blocks[-1][-1][1]]["end"]:drafts[i]["start"]]:
            blocks[-1].append((i, s))
        else:
            blocks.append([(i, s)])
    return [b for b in blocks if len(b) >= 2]


def _bare_pair(low: str, drafts: list[dict[str, Any]], i: int) -> bool:
    a, b = drafts[i], drafts[i + 1]
    return a.get("role") == "portion" and a.get("group") is None and not a["unit"] and \
        bool(a["value"]) and b["unit"] == "percent" and b.get("role") is None and \
        bool(b["value"]) and a["sentence"] == b["sentence"] and \
        not any(k == "ratio" for k, _ in b["extra"]) and \
        share_gap().fullmatch(low, a["end"], b["start"]) is not None


def _the_whole(low: str, drafts: list[dict[str, Any]], block: list[tuple[int, int]]
               ) -> int | None:
    """The one whole before the list that at least two (and half) of its shares bear out."""
    first = drafts[block[0][0]]
    least = sum(float(drafts[i]["value"]) for i, _ in block)
    found: dict[float, int] = {}
    sentences, last = 0, first["sentence"]
    for j in range(block[0][0] - 1, -1, -1):
        x = drafts[j]
        if x["sentence"] != last:
            sentences += 1
            last = x["sentence"]
        if sentences > WINDOW or low.count("\n\n", x["end"], first["start"]) > PARAGRAPHS:
            break
        if x["unit"] != first["unit"] or not x["value"] or float(x["value"]) < least or \
                x.get("role") not in _WHOLE_ROLES or x.get("group") is not None or \
                any(k in ("change", "relation") for k, _ in x["extra"]):
            continue
        found.setdefault(float(x["value"]), j)      # (the nearest of one value)
    borne = [j for w, j in found.items() if _borne_out(low, drafts, block, w)]
    return borne[0] if len(borne) == 1 else None


def _borne_out(low: str, drafts: list[dict[str, Any]], block: list[tuple[int, int]],
               whole: float) -> bool:
    agree = sum(1 for i, s in block if _agrees(low, drafts[i], drafts[s], whole))
    return agree >= 2 and 2 * agree >= len(block)


_DECIMALS = re.compile(r"\d+(?:\.(\d+))?")


def _agrees(low: str, count: dict[str, Any], share: dict[str, Any], whole: float) -> bool:
    """Whether ``share`` is ``count`` out of ``whole`` as written (half a unit of its last
    written place, and some slack for a rounded count)."""
    s = float(share["value"])
    m = _DECIMALS.search(low, share["start"], share["end"])
    places = len(m.group(1)) if m is not None and m.group(1) else 0
    got = 100.0 * float(count["value"]) / whole
    return abs(got - s) <= 0.5 * 10 ** -places + _SLACK * s
