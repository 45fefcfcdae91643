"""An average over a count its own sentence gives, of a total the sentence before gives
(issue #11, everyday83): "Harry Potter and the Deathly Hallows Part 2 took $168.6 million over
its first three days. The film played in 4,375 cinemas and averaged $38,526 per location";
"It played in 3,319 cinemas, averaging $7,834 each".

An amount said as an average ("averaged", "averaging", "an average of" before it) of each of
something ("each", "per location", "a screen" after it), whose sentence gives before it one
count of things (a whole number of two or more with a plural noun after it) and no level of
the amount's unit, is that count's share of a total of its unit the sentence right before
gives (in its paragraph or closing the one before; a level larger than the amount): ``("average", {"of": total, "count": n})``,
which wrong-arithmetic judges. Judged by readings: of several such levels there, the one the
average and the count come nearest to (so an average that agrees with any of them is never
contradicted). Read after comparisons.py, whose own averages (a total in the same sentence,
"an average of 2.8 a game" over a count before) stand."""

from __future__ import annotations

import math
import re
from typing import Any

_W = r"[ \u00a0]+"
# the average's own words before it: "averaged", "averaging", "an average of"
_AVERAGED = re.compile(r"\baverag(?:ed|ing|e[ \u00a0]+of)[ \u00a0]+(?:(?:about|around|roughly|some|"
                       r"nearly|almost|just[ \u00a0]+over|just[ \u00a0]+under)[ \u00a0]+)?$")
# after it, what it is an average of each of: "each", "per location", "a screen", "per cinema"
_EACH_AFTER = re.compile(rf"(?:{_W}each\b|{_W}(?:per|a|an){_W}[a-z]+\b)[ \u00a0]*(?:[,.;:!?)]|$)")
# a count of things: a plural noun (after up to two words) right after a bare whole number
_COUNTED = re.compile(rf"{_W}(?:[a-z-]+{_W}){{0,2}}?[a-z]{{3,}}s\b")
_NOT_LEVEL = ("factor", "whole", "change", "difference", "reference", "compared", "expected",
              "portion", "part", "item", "each")


def _is_count(low: str, x: dict[str, Any]) -> bool:
    v = x["value"]
    return not x["unit"] and bool(v) and v >= 2 and v == int(v) and \
        x.get("role") in (None, "factor") and _COUNTED.match(low, x["end"]) is not None


def count_averages(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Set ``average`` on each average over a count of its sentence whose total the
    sentence before gives (module docstring)."""
    for k in range(1, len(sents)):
        idxs, prev = sents[k], sents[k - 1]
        if not prev or low.count("\n\n", drafts[prev[-1]]["end"], drafts[idxs[0]]["start"]) > 1:
            continue
        for p, i in enumerate(idxs):
            d = drafts[i]
            if not d["unit"] or d["unit"] == "percent" or not d["value"] or \
                    any(key == "average" for key, _ in d["extra"]) or d.get("role") not in (
                        None, "each") or \
                    _AVERAGED.search(low, max(d["sentence"][0], d["start"] - 40), d["start"]) \
                    is None or _EACH_AFTER.match(low, d["end"]) is None:
                continue
            before = [drafts[j] for j in idxs[:p]]
            counts = [j for j in idxs[:p] if _is_count(low, drafts[j])]
            if len(counts) != 1 or any(x["unit"] == d["unit"] for x in before):
                continue
            n = float(drafts[counts[0]]["value"])
            totals = [j for j in prev if drafts[j]["unit"] == d["unit"] and
                      drafts[j].get("role") not in _NOT_LEVEL and
                      (drafts[j]["value"] or 0) > d["value"]]
            if not totals:
                continue
            implied = n * float(d["value"])
            total = min(totals, key=lambda j: abs(math.log(float(drafts[j]["value"]) / implied)))
            d["extra"].append(("average", {"of": total, "count": n}))
            drafts[counts[0]]["role"] = drafts[counts[0]].get("role") or "factor"
