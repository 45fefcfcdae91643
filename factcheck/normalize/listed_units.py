"""Units a list's later items leave out (issue #11, everyday68): "Air cargo increased 4% to 110
million tonnes. Asia Pacific handled 43.4 million tonnes, North America 30.8 million, Europe
20.1 million and Africa 2.1 million"; "Hong Kong remained the busiest cargo airport with 4.6
million tonnes, ahead of Memphis, with 4.3 million"; a change's earlier level, "fell 12% to
14.5m tonnes, from 16.4m".

A figure with no unit of its own, written as a bare number or with a scale word only ("30.8
million") and followed by no noun, that comes after a named item of a figure with a physical
unit in its sentence (only a name, maybe with an apposition, and a linking word stand between
them: ", North America", ", ahead of Memphis, the home of FedEx, with", " and Africa") is of
that figure's unit: the writer names the unit once for the whole list. Money (written with its
sign each time), percentages and counts are left alone, and so is a figure of another scale
than the one before it (more than ``_NEAR`` times larger or smaller). The unit is carried
along the list, item by item. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

# how far apart in size two items of one list may be
_NEAR = 50.0
# a name: capitalised words, with "of", "the", "and" inside ("Latin America and the Caribbean")
_NAME = r"(?:the[ \u00a0]+)?[A-Z][\w’'.&-]*(?:[ \u00a0]+(?:(?:of|the|and|de|la)[ \u00a0]+)*[A-Z][\w’'.&-]*)*"
# an apposition after the name: ", the home of FedEx,"
_APPOSITION = r"(?:,[ \u00a0]+(?:the|a|an|its)[ \u00a0]+[^,.;:\d]{1,40},)?"
# what stands between two items: ", North America", " and Africa", ", ahead of Memphis, with"
_ITEM_GAP = re.compile(
    r"[ \u00a0]*(?:,[ \u00a0]*(?:and[ \u00a0]+|then[ \u00a0]+|while[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+|;[ \u00a0]*)"
    r"(?:(?:just[ \u00a0]+|narrowly[ \u00a0]+|well[ \u00a0]+)?ahead[ \u00a0]+of[ \u00a0]+|followed[ \u00a0]+by[ \u00a0]+|"
    r"behind[ \u00a0]+|before[ \u00a0]+)?"
    + _NAME + _APPOSITION +
    r"(?:[ \u00a0]+(?:with|on|at|for))?[ \u00a0]+$")
# what stands between a change's new level and its earlier one, the unit named once: "fell
# 12% to 14.5m tonnes, from 16.4m", "to 3.2 million tonnes, up from 2.9 million"
_FROM_GAP = re.compile(r"[ \u00a0]*,?[ \u00a0]*(?:(?:up|down)[ \u00a0]+)?(?:from|against|"
                       r"compared[ \u00a0]+with)[ \u00a0]+$")
# a bare figure: digits, maybe a scale word ("30.8 million", "2.1m"), nothing after it
_BARE = re.compile(r"[\d.,\u00a0 ]+(?:million|billion|thousand|trillion|m|bn|k)?", re.I)
_NO_NOUN_AFTER = re.compile(r"[ \u00a0]*(?:[,.;:)]|and\b|respectively\b|$)")
# units a list never leaves out: money is written with its sign, shares with their sign
_KEPT = re.compile(r"^(?:percent|[A-Z]{3})(?:$|[ /])")


def _physical(unit: str | None) -> bool:
    return bool(unit) and not _KEPT.match(unit or "") and "year" not in (unit or "")


def _bare(text: str, low: str, d: dict[str, Any]) -> bool:
    """Whether figure ``d`` is written with no unit nor noun of its own."""
    return not d["unit"] and d["value"] is not None and \
        _BARE.fullmatch(text[d["start"]:d["end"]]) is not None and \
        _NO_NOUN_AFTER.match(low, d["end"]) is not None


def listed_units(text: str, low: str, drafts: list[dict[str, Any]]) -> None:
    """Give a list's later items the unit its first item names (module docstring)."""
    for i in range(1, len(drafts)):
        a, b = drafts[i - 1], drafts[i]
        if a["sentence"] != b["sentence"] or not _physical(a["unit"]) or \
                not a["value"] or not _bare(text, low, b) or not b["value"]:
            continue
        if not 1.0 / _NEAR <= b["value"] / a["value"] <= _NEAR:
            continue
        if _ITEM_GAP.fullmatch(text, a["end"], b["start"]) is None and \
                _FROM_GAP.fullmatch(text, a["end"], b["start"]) is None:
            continue
        b["unit"] = a["unit"]
        if b.get("measure") is None:
            b["measure"] = a.get("measure")
