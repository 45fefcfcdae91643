"""An amount paid in equal instalments (issue #11, everyday119): "dividends of R$2.7457 a
share ... paid in two equal instalments of R$1.3728 a share"; "13.45 billion reais, or 1.04
reais a share, to be paid in two equal instalments of 0.52 reais".

An amount right after "<N> equal instalments of" (or tranches, payments, parts, portions;
"about" may stand between) is the N-th part of a total of its unit written before it, in its
sentence or the two before (in its paragraph or closing the one before; a level larger than the
amount): ``("average",
{"of": total, "count": N})``, which wrong-arithmetic judges, as count_averages.py sets an
average over a count; the instalment is then no restatement of the total (both are per share
and differ by design). Judged by readings: of several such levels, the one the instalments come
nearest to is kept, so an instalment that agrees with any of them is never contradicted. This
module reads words; it never judges.
"""

from __future__ import annotations

import math
import re
from typing import Any

_W = r"[ \u00a0]+"
# between the count and the amount: " equal instalments of ", " equal tranches of about "
_EQUAL_PARTS = re.compile(rf"{_W}equal{_W}(?:instal{{1,2}}ments?|tranches?|payments?|parts?|"
                          rf"portions?){_W}of{_W}(?:(?:about|around|roughly|some){_W})?")
_BACK = 2       # sentences before the amount's, in its paragraph, where its total may stand
_NOT_LEVEL = ("factor", "whole", "change", "difference", "reference", "compared", "expected",
              "portion", "part", "item", "each")


def _count_before(low: str, drafts: list[dict[str, Any]], idxs: list[int], p: int) -> int | None:
    """The count of equal parts right before the amount at ``idxs[p]`` ("two" in "two equal
    instalments of R$1.3728"), or None."""
    if p == 0:
        return None
    c = drafts[idxs[p - 1]]
    v = c["value"]
    if not v or v < 2 or v != int(v) or c["unit"] == drafts[idxs[p]]["unit"]:
        return None
    m = _EQUAL_PARTS.match(low, c["end"])
    return idxs[p - 1] if m is not None and m.end() == drafts[idxs[p]]["start"] else None


def _totals(low: str, drafts: list[dict[str, Any]], sents: list[list[int]], k: int, p: int
            ) -> list[int]:
    """The levels of the amount's unit larger than it, before it in its sentence or in the
    ``_BACK`` sentences before (in its paragraph or closing the one before)."""
    d = drafts[sents[k][p]]
    near = list(sents[k][:p])
    breaks = 0
    for b in range(k - 1, max(-1, k - 1 - _BACK), -1):
        if not sents[b]:
            break
        breaks += low.count("\n\n", drafts[sents[b][-1]]["end"], drafts[sents[b + 1][0]]["start"]
                            if sents[b + 1] else d["start"])
        if breaks > 1:
            break
        near = list(sents[b]) + near
    return [j for j in near if drafts[j]["unit"] == d["unit"] and drafts[j]["value"] and
            float(drafts[j]["value"]) > float(d["value"]) and
            drafts[j].get("role") not in _NOT_LEVEL and
            not any(key == "average" for key, _ in drafts[j]["extra"])]


def instalments(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Set ``average`` on each amount of equal instalments whose total is written before it
    (module docstring)."""
    for k, idxs in enumerate(sents):
        for p, i in enumerate(idxs):
            d = drafts[i]
            if not d["unit"] or d["unit"] == "percent" or not d["value"] or \
                    any(key == "average" for key, _ in d["extra"]):
                continue
            c = _count_before(low, drafts, idxs, p)
            if c is None:
                continue
            totals = _totals(low, drafts, sents, k, p)
            if not totals:
                continue
            n = float(drafts[c]["value"])
            implied = n * float(d["value"])
            total = min(totals, key=lambda j: abs(math.log(float(drafts[j]["value"]) / implied)))
            d["extra"].append(("average", {"of": total, "count": n}))
            drafts[c]["role"] = drafts[c].get("role") or "factor"
            if d.get("role") is None:
                d["role"] = "each"      # one of the parts: no level the total's restatement is
