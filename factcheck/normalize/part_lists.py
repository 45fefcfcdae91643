"""A whole's named parts listed a paragraph after it (issue #11, everyday52): "Volkswagen
Group delivered 10.3 million vehicles worldwide in 2016, 3.8% more than the year before. //
... // The Volkswagen brand delivered 5.99 million cars, Audi 1.87 million, Skoda 1.13
million, Seat 410,200 and Porsche 237,800."

A list (three or more coordinated items of one unit, read by ``relations._lists`` with no
total of its own) in a sentence that opens a paragraph and says its items are an owner's
parts (rules/vocab/part_lists.yaml ``part_words``: "brand", "division", "subsidiary"...),
is a set of portions of the story's first figure of that unit in the body (the lead's total)
when that figure stands in one of the two paragraphs before, has no role and is larger than
every item: the items may add up to no more than it (parts-exceed-total), summed on their
own (``own_axis``: the whole's regions, "4.3 million of them in Asia-Pacific", cut it another
way). (Their nouns may
differ: "10.3 million vehicles" and "5.99 million cars".) A list of rivals ("Toyota sold 11.2
million; VW 9.2 million, Hyundai 7.3 million") names no parts and is left alone. This module
reads words; the rules judge.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab

_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_BACK_PARAGRAPHS = 2
_MIN_ITEMS = 3


@lru_cache(maxsize=1)
def _part_words() -> re.Pattern[str]:
    return re.compile(str(vocab.load("part_lists.yaml")["part_words"]))


def _opens_paragraph(low: str, start: int) -> bool:
    """Whether the sentence starting at ``start`` is the first of its paragraph."""
    before = low[max(0, start - 4):start]
    return start == 0 or "\n" in before


def _lead_whole(low: str, drafts: list[dict[str, Any]], items: list[int]) -> int | None:
    """The body's first figure of the items' unit, in one of the two paragraphs before the
    list, fit to be their whole (module docstring); else None."""
    first = drafts[items[0]]
    body = [j for j in range(items[0]) if drafts[j].get("section") == "body" and
            drafts[j]["unit"] == first["unit"]]
    if not body:
        return None
    w = body[0]
    whole = drafts[w]
    gap = len(_PARAGRAPH.findall(low, whole["end"], first["start"]))
    if not 1 <= gap <= _BACK_PARAGRAPHS or whole.get("role") is not None or \
            whole.get("group") is not None or not whole["value"] or \
            any(drafts[j]["value"] is None or drafts[j]["value"] >= whole["value"]
                for j in items):
        return None
    return w


def _lead_item(drafts: list[dict[str, Any]], items: list[int]) -> list[int]:
    """The list's first item when a figure of another kind parted it from the rest ("Volkswagen
    Passenger Cars delivered 3.38 million vehicles in the seven months, Audi 911,800, ..."):
    the figure of the items' unit before them in their sentence, with no role, when only
    figures of other units stand between; else nothing."""
    first = drafts[items[0]]
    for j in range(items[0] - 1, -1, -1):
        x = drafts[j]
        if x["sentence"] != first["sentence"]:
            return []
        if x["unit"] == first["unit"]:
            return [j] if x.get("role") is None and x.get("group") is None and x["value"] \
                and not _counts_the_items(x, drafts, items) else []
    return []


def _counts_the_items(x: dict[str, Any], drafts: list[dict[str, Any]], items: list[int]) -> bool:
    """Whether ``x`` equals the number of the items, one of them larger: it counts them ("The
    cases are spread across four subdivisions: 12 in Serua/Namosi, four in Suva, ..."), a sum
    being at least each of its items."""
    return x["value"] == len(items) and any((drafts[j]["value"] or 0) > x["value"] for j in items)


def part_lists(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set the portions of the module docstring on the drafts in place."""
    lists: dict[str, list[int]] = {}
    for i, d in enumerate(drafts):
        g = d.get("group")
        if d.get("role") == "item" and isinstance(g, str):
            lists.setdefault(g, []).append(i)
    totalled = {d.get("group") for d in drafts if d.get("role") == "total"}
    worded: dict[tuple[int, int], bool] = {}    # (one search a sentence: linear)
    for g, items in lists.items():
        if g in totalled or len(items) < _MIN_ITEMS:
            continue
        s, e = drafts[items[0]]["sentence"]
        if any(drafts[j]["sentence"] != (s, e) for j in items) or not _opens_paragraph(low, s):
            continue
        if (s, e) not in worded:
            worded[(s, e)] = _part_words().search(low, s, e) is not None
        if not worded[(s, e)]:
            continue
        items = _lead_item(drafts, items) + items
        w = _lead_whole(low, drafts, items)
        if w is None:
            continue
        for j in items:
            drafts[j]["role"], drafts[j]["group"] = "portion", w
            drafts[j]["extra"].append(("own_axis", f"parts{g}"))
