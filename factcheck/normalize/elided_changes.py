"""A second change whose verb is left out after "and by", read as the first one is (issue #11,
everyday107). Called by ``relations.relate`` once stated changes are read; set on the drafts as
relations.py sets its own (indexes into the draft list). This module reads words;
wrong-arithmetic judges.

"the price cap will rise by £693, or 54%, from £1,277 to £1,971 a year for households paying
by direct debit, and by £708, or 54%, from £1,309 to £2,017 for those with prepayment meters":
the figures after ", and by" repeat the shape of the figures after the verb's "by" (the same
units in the same order, as many of them, in one sentence); each takes the relations its
counterpart was given ("change", "direction"), with the figures they point at inside the first
run moved to the second run's. A relation pointing outside the first run is not carried, and a
figure of the second run that has a relation of its own leaves the run alone.
"""

from __future__ import annotations

import re
from typing import Any

# (the second run may name its own subject between "and" and "by", the verb still left out:
# "Sexual offences rose by 1,319, or 11%, to 13,283, and attempted murders by 998, or 19.4%, to
# 6,155"; words only, no figure or clause mark among them)
_AND_BY = re.compile(r",?[ \u00a0]+and[ \u00a0]+(?:(?!by\b)[a-z][a-z’'-]*[ \u00a0]+){0,3}by[ \u00a0]+"
                     r"(?:(?:about|around|nearly|almost|some|roughly|just[ \u00a0]+over|"
                     r"just[ \u00a0]+under)[ \u00a0]+)?$")
_BY = re.compile(r"\bby[ \u00a0]+(?:(?:about|around|nearly|almost|some|roughly|just[ \u00a0]+"
                 r"over|just[ \u00a0]+under)[ \u00a0]+)?$")
_CARRIED = ("change", "direction")
_RUN = 8        # figures a run may hold


def elided_changes(low: str, drafts: list[dict[str, Any]]) -> None:
    """Every second run after ", and by" (module docstring), in place."""
    if " by " not in low:
        return
    for i, d in enumerate(drafts):
        ss = d["sentence"][0]
        if _AND_BY.search(low, max(ss, d["start"] - 40), d["start"]) is None:
            continue
        j0 = _first_run_start(low, drafts, i)
        if j0 is None:
            continue
        n = i - j0
        second = drafts[i:i + n]
        if len(second) != n or any(y["sentence"] != d["sentence"] for y in second) or \
                any(drafts[j0 + t]["unit"] != second[t]["unit"] or not second[t]["value"] or
                    any(k in _CARRIED for k, _ in second[t]["extra"]) for t in range(n)):
            continue
        for t in range(n):
            _carry(drafts, j0 + t, i + t, (j0, i))


def _first_run_start(low: str, drafts: list[dict[str, Any]], i: int) -> int | None:
    """The first figure of the run the verb's "by" opens before figure ``i`` in its sentence
    (``_RUN`` figures back at most), when it is a change."""
    d = drafts[i]
    for j in range(i - 1, max(-1, i - 1 - _RUN), -1):
        x = drafts[j]
        if x["sentence"] != d["sentence"]:
            return None
        if _BY.search(low, max(x["sentence"][0], x["start"] - 30), x["start"]) is not None:
            ch = next((v for k, v in x["extra"] if k == "change"), None)
            return j if isinstance(ch, dict) else None
    return None


def _carry(drafts: list[dict[str, Any]], a: int, b: int, runs: tuple[int, int]) -> None:
    """Figure ``b`` takes figure ``a``'s relations, its pointers into the first run moved by
    the runs' distance; pointers elsewhere are dropped."""
    j0, i = runs
    for key, v in drafts[a]["extra"]:
        if key not in _CARRIED or not isinstance(v, dict):
            continue
        moved = {}
        for k, x in v.items():
            if isinstance(x, int) and not isinstance(x, bool) and k != "amount":
                if j0 <= x < i:
                    moved[k] = x + (i - j0)
                continue
            moved[k] = x
        if key == "change" and "amount" in moved:
            moved["amount"] = float(drafts[b]["value"])
        drafts[b]["extra"].append((key, moved))
    if drafts[a].get("role") in ("change", "compared") and drafts[b].get("role") is None:
        drafts[b]["role"] = drafts[a]["role"]
