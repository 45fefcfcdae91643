"""A multiple said by a verb in a sentence that points back to the level of the sentence
before, its earlier value given after "from" (issue #11, everyday108).

Called by ``relations.relate`` with the changes said in words, after ``worded_multiples``.
"Schools reported 2,800 teacher vacancies in November 2023 ... The total has more than doubled
from 1,100 in November 2020": the second sentence opens on what the first counted ("The
total", "The number", "The figure", "It", "That") and says the move with a multiple verb
("doubled", "tripled", "more than halved") right before "from" and its earlier value. The
level is the first figure of the sentence before with the earlier value's unit and no role of
its own; it gets ``("relation", {"kind": "multiple", "factor", "of": earlier, "bound"})`` as a
headline's multiple does (``headline_changes.worded_multiple``), so that wrong-arithmetic holds
it to the interval the hedge allows.

A modal or negated verb ("could double", "has not doubled"), a level that already carries a
change or relation, and a pair moving against the verb are left alone. This module reads
words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

from .headline_changes import _FACTORS, _HEAD_MULT, worded_multiple

# the opening that points back to the sentence before, then its verb's auxiliary and hedge
_POINTS_BACK = re.compile(r"\W*(?:it|that|this|the[ \u00a0]+(?:total|number|figure|count|tally|"
                          r"level|sum))[ \u00a0]+(?:has[ \u00a0]+|had[ \u00a0]+|have[ \u00a0]+)?"
                          r"(?:(?:more[ \u00a0]+than|almost|nearly|roughly|about|over|around|"
                          r"at[ \u00a0]+least)[ \u00a0]+)?$")
# the verb to its earlier value: " from ", " from the "
_FROM = re.compile(r"[ \u00a0]+from[ \u00a0]+(?:the[ \u00a0]+|just[ \u00a0]+|about[ \u00a0]+)?")


def multiples_from_before(low: str, drafts: list[dict[str, Any]]) -> None:
    """Work each multiple verb that points back from the level before (module docstring)."""
    if "from" not in low:
        return
    by_start = {d["start"]: i for i, d in enumerate(drafts)}
    for m in _HEAD_MULT.finditer(low):
        f = _FROM.match(low, m.end())
        frm = by_start.get(f.end()) if f is not None else None
        if frm is None or frm == 0:
            continue
        e = drafts[frm]
        ss = e["sentence"][0]
        if not _POINTS_BACK.fullmatch(low, ss, m.start()) or not e["value"]:
            continue
        to = _level_before(low, drafts, frm)
        if to is None:
            continue
        factor = _FACTORS[m.group(1)[:4]]
        t = drafts[to]
        if (factor > 1) != (t["value"] > e["value"]) or \
                any(k in ("change", "relation") for k, _ in t["extra"]):
            continue
        rel = worded_multiple(low, m, ss, factor, frm)
        if rel is not None:
            t["extra"].append(("relation", rel))
            e["role"] = e.get("role") or "compared"


def _level_before(low: str, drafts: list[dict[str, Any]], frm: int) -> int | None:
    """The first figure of the sentence right before ``frm``'s with its unit and no role (the
    level the pointing sentence speaks of), or None."""
    sent = drafts[frm]["sentence"]
    k = frm - 1
    while k >= 0 and drafts[k]["sentence"] == sent:
        k -= 1
    if k < 0:
        return None
    prev = drafts[k]["sentence"]
    while k > 0 and drafts[k - 1]["sentence"] == prev:
        k -= 1
    if not 0 <= sent[0] - prev[1] <= 3 or "\n" in low[prev[1]:sent[0]]:
        return None     # (the very next sentence, in one paragraph)
    for j in range(k, frm):
        d = drafts[j]
        if d["sentence"] != prev:
            break
        if d["unit"] == drafts[frm]["unit"] and d.get("role") is None and d["value"]:
            return j
    return None


__all__ = ["multiples_from_before"]
