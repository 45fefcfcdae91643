"""Shares of a whole said apart from their counts and told apart by a measured label (issue #11,
everyday106): "Of the 24,880 attendances in the week to 9 July, 7,729 waited more than four
hours, 1,980 more than eight hours and 673 more than 12 hours. // The share waiting longer
than eight hours was 8.0%, and 2.7% waited more than 12 hours".

A percentage with a label in its clause (a figure of another unit next to it: "eight hours",
"more than 12 hours") is the share of the whole of the one count said with the same label
(the figure right after the count, of that unit and value) in a sentence that opens on the
whole ("Of the 24,880 attendances ..."), up to ``_BACK`` sentences before it across at most
one paragraph break. The count is a part of the whole, so the share is that count out of it:
``("ratio", {"of": count, "per": whole, "exact": True})``, which wrong-arithmetic judges
(exact only when both counts are in digits with no qualifier: engine_facts._ratio_item).
Only when exactly one count carries the label and the share has no relation yet. This module
reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

_BACK = 3
# a sentence that opens on its whole: "Of the 24,880 attendances ...", "Out of 1,200 ..."
_OF_OPEN = re.compile(r"\W*(?:of|out[ \u00a0]+of|among)[ \u00a0]+(?:the[ \u00a0]+|its[ \u00a0]+|all[ \u00a0]+)?$")
# what may stand between a figure and its label in one clause
_NEAR = re.compile(r"[^,;.\d%]{0,40}")


def _label(low: str, drafts: list[dict[str, Any]], idxs: list[int],
           p: int) -> tuple[str, float] | None:
    """The label of the ``p``-th figure of its sentence: the next figure of its clause in a
    unit other than a percentage ("7,729 waited more than four hours"), else the one before
    ("The share waiting longer than eight hours was 8.0%")."""
    d = drafts[idxs[p]]
    for q in (p + 1, p - 1):
        if not 0 <= q < len(idxs):
            continue
        x = drafts[idxs[q]]
        if not x["unit"] or x["unit"] == "percent" or x["value"] is None:
            continue
        a, b = (d["end"], x["start"]) if q > p else (x["end"], d["start"])
        if a <= b and _NEAR.fullmatch(low, a, b) is not None:
            return x["unit"], float(x["value"])
    return None


def shares_by_label(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Give a share said apart the count of its label out of their whole (module docstring)."""
    if "%" not in low and "per cent" not in low and "percent" not in low:
        return
    # sentence -> its (count, label, whole): looked up only in the ``_BACK`` sentences before
    # a share, so the pass stays linear in the document
    labelled: dict[int, list[tuple[int, tuple[str, float], int]]] = {}
    for k, idxs in enumerate(sents):
        w = idxs[0] if idxs else None
        if w is None or drafts[w]["unit"] or not drafts[w]["value"] or \
                _OF_OPEN.fullmatch(low, drafts[w]["sentence"][0], drafts[w]["start"]) is None:
            continue
        for p in range(1, len(idxs)):
            c = drafts[idxs[p]]
            if c["unit"] or not c["value"] or c["value"] >= drafts[w]["value"]:
                continue
            lab = _label(low, drafts, idxs, p)
            if lab is not None:
                labelled.setdefault(k, []).append((idxs[p], lab, w))
    if not labelled:
        return
    for k, idxs in enumerate(sents):
        for p, s in enumerate(idxs):
            d = drafts[s]
            if d["unit"] != "percent" or not d["value"] or d["value"] >= 100 or \
                    d.get("role") not in (None, "item") or \
                    any(x in ("ratio", "relation", "change", "difference", "complement",
                              "percentage_points") for x, _ in d["extra"]):
                continue
            lab = _label(low, drafts, idxs, p)
            if lab is None:
                continue
            got = [(c, w) for kk in range(max(0, k - _BACK), k) for c, cl, w in labelled.get(kk, ())
                   if cl == lab and low.count("\n\n", drafts[c]["end"], d["start"]) <= 1]
            if len(got) != 1:
                continue
            c, w = got[0]
            d["extra"].append(("ratio", {"of": c, "per": w, "exact": True}))
