"""A count set after its whole with "of them" right after it (issue #11, lead40): "31,500
pathways still wait ... Leaving out seven specialties, 4,500 of them remain"; "30 people were
hurt, and 3 of them are in hospital".

Called by ``relations.relate`` after the portions an opening names ("Of them, 4,500 ...") are
read, on the drafts of one document (indexes into the draft list). A count with no role, or a
portion of no whole found, with "of them", "of these" or "of those" right after it (not "of
those who ...", a whole of its own), is a portion (role ``portion``, group = its whole,
marked ``of_them``) of an earlier count of its unit: in its own sentence before it, or in the
sentence before. Which earlier count "them" is stays a reading: of the counts no smaller than
the portion the largest, else the largest of them all, so that parts-exceed-total flags the
portion only when it exceeds every count "them" may be. This module reads words; the rules judge.
"""

from __future__ import annotations

import re
from typing import Any

# "of them", "of these", "of those" after the count, not opening a relative clause or a figure
_OF_THEM = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:them|these|those)\b(?![ \u00a0]+(?:who|whom|which|"
                      r"that|with|in|at|on|aged|under|over|[a-z]+ed\b|\d))")
_WHOLE_ROLES = (None, "total", "whole", "update")   # ("31,500 still have": an update is a level)


def _candidates(drafts: list[dict[str, Any]], own: list[int], before: list[int],
                k: int) -> list[int]:
    """The counts "them" may be for the ``k``-th figure of its sentence ``own``: those of its
    unit before it in its sentence, else those of the sentence ``before``."""
    d = drafts[own[k]]

    def fits(j: int) -> bool:
        x = drafts[j]
        return x["unit"] == d["unit"] and x["value"] is not None and x["value"] > 0 and \
            x.get("role") in _WHOLE_ROLES
    return [j for j in own[:k] if fits(j)] or [j for j in before if fits(j)]


def portions_of_them(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Mark each count followed by "of them" a portion of the count "them" may be."""
    for s, own in enumerate(sents):
        for k, i in enumerate(own):
            d = drafts[i]
            # (a count "of them" may already be read a portion of a whole not found)
            if (d.get("role"), d.get("group")) not in ((None, None), ("portion", None)) or \
                    d["value"] is None or d["unit"] == "percent" or \
                    not _OF_THEM.match(low, d["end"]):
                continue
            cands = _candidates(drafts, own, sents[s - 1] if s else [], k)
            if not cands:
                continue
            fits = [j for j in cands if drafts[j]["value"] >= d["value"]]
            whole = max(fits or cands, key=lambda j: drafts[j]["value"])
            d["role"], d["group"] = "portion", whole
            if not any(k == "of_them" for k, _ in d["extra"]):
                # (a portion of the count before, no whole of its sentence's other counts:
                # "899 pedestrian casualties, 42 of them fatal; 454 motorcyclists (8%)")
                d["extra"].append(("of_them", 1))
            if d.get("measure") is None:
                d["measure"] = drafts[whole].get("measure")
