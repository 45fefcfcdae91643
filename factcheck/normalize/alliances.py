"""A party's figure plus its allies': "The BJP won 105 seats. ... With the 56 seats of its ally,
the Shiv Sena, the BJP will hold 161 of the 288 seats"; "The BJP won 60 seats. With the nine
seats of the AGP and the six of the UPPL, the alliance has 75".

Called by ``relations.relate`` after the lists and totals of each sentence are read, on the
drafts of one document (indexes into the draft list). A sentence that opens on "With the N ...
of <ally>" (rules/vocab/complements.yaml ``alliance_open``) and whose main clause holds a
figure of the same unit after a verb of holding (``alliance_total_before``) states a joint
figure: the allies' figures of the opening clause plus the party's own, the first level of that
unit and measure the sentence before gives. Those become its items (role ``item``, ``group``
the joint figure), so that the list check holds them to it. Nothing is set when a figure is
already in another list or total, when the party's own figure is not found, or when the sum
could not be the joint figure's (an ally's figure larger than it). This module reads words; it
never judges.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab

# roles a figure of the opening clause may have before it becomes an item: a figure "of the
# UPPL" is read as a portion of the one before it ("the six of the United People's Party")
_FREE = (None, "compared", "portion")
# roles of the party's own figure in the sentence before
_OWN = (None,)


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = vocab.load("complements.yaml")
    return re.compile(str(data["alliance_open"])), re.compile(str(data["alliance_total_before"]))


def allied_totals(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set the joint figures of a party and its allies and their items (module docstring)."""
    if "with" not in low:
        return
    opening, before = _words()
    for t, d in enumerate(drafts):
        ss = d["sentence"][0]
        allies = [j for j in range(t - 1, -1, -1) if drafts[j]["sentence"] == d["sentence"]][::-1]
        if not allies or d.get("role") not in (None, "of_whole") or not d["value"] or \
                not opening.fullmatch(low, ss, drafts[allies[0]]["start"]) or \
                not before.search(low, drafts[allies[-1]]["end"], d["start"]) or \
                any(drafts[j]["unit"] != d["unit"] or drafts[j].get("role") not in _FREE or
                    not drafts[j]["value"] or drafts[j]["value"] >= d["value"] or
                    not _one_measure(drafts[j], d) for j in allies):
            continue
        own = _own_figure(drafts, allies[0], d)
        if own is None:
            continue
        for j in (own, *allies):
            drafts[j]["role"], drafts[j]["group"] = "item", t


def _one_measure(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a.get("measure") is None or b.get("measure") is None or a["measure"] == b["measure"]


def _own_figure(drafts: list[dict[str, Any]], first: int, d: dict[str, Any]) -> int | None:
    """The party's own figure: the first level of the joint figure's unit and measure in the
    sentence before the opening clause, smaller than the joint figure; None if there is none."""
    if first == 0:
        return None
    prev = drafts[first - 1]["sentence"]
    cands = [j for j in range(first - 1, -1, -1) if drafts[j]["sentence"] == prev][::-1]
    return next((j for j in cands if drafts[j]["unit"] == d["unit"] and
                 drafts[j].get("role") in _OWN and drafts[j].get("group") is None and
                 drafts[j]["value"] and drafts[j]["value"] < d["value"] and
                 _one_measure(drafts[j], d)), None)
