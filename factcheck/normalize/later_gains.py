"""A gain or loss said in the sentence after the two levels it lies between (issue #11,
everyday84).

Called by ``relations.relate`` once earlier values are read. "Heathrow handled 79.2 million
passengers in 2023, ..., up from 61.6 million in 2022. The airport said it had gained 17.6
million passengers in a year": a count right after "gained", "lost" or "shed" (not "added":
"Employers added 227,000 jobs" restates a level of jobs copy), the
first of its unit in its sentence, restates the change of the one pair of the sentence before (a
level and the earlier value set against it by "up from", "down from", "compared with"), when
the pair moves in the verb's direction. Which change it restates is a reading: it is taken
only when the amount lies within half of itself of the pair's gap and nearer it than the level
(so a gain of something else, or the level restated, is left alone, and a wrong amount of this
one is checked by wrong-arithmetic). A
measure reported daily (a war's losses: "lost 1,300 troops") is a count of its own, never
read. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

_VERB_BEFORE = re.compile(r"\b(gained|lost|shed)[ \u00a0]+(?:(?:about|around|some|nearly|"
                          r"almost|roughly|more[ \u00a0]+than|over)[ \u00a0]+)?$")
_UP_VERBS = frozenset(("gained",))


def gains_after_their_levels(low: str, drafts: list[dict[str, Any]], sents: list[list[int]],
                             daily: frozenset[str]) -> None:
    """Give the values of the pair of the sentence before to a count gained or lost."""
    for k in range(1, len(sents)):
        for i in sents[k]:
            d = drafts[i]
            verb = _VERB_BEFORE.search(low, max(d["sentence"][0], d["start"] - 30), d["start"])
            if verb is None or d.get("role") is not None or not d["value"] or \
                    d["unit"] == "percent" or d.get("measure") in daily or \
                    any(key in ("change", "relation") for key, _ in d["extra"]) or \
                    any(j < i and drafts[j]["unit"] == d["unit"] for j in sents[k]):
                continue
            pair = _one_pair(drafts, sents[k - 1], d)
            if pair is None:
                continue
            frm, to = pair
            gap = float(drafts[to]["value"]) - float(drafts[frm]["value"])
            up = verb.group(1) in _UP_VERBS
            off = abs(abs(gap) - float(d["value"]))
            if (gap > 0) != up or off > 0.5 * float(d["value"]) or \
                    abs(float(drafts[to]["value"]) - float(d["value"])) <= off:
                continue    # (nearer the level itself: a restatement of it, no change)
            d["role"] = "change"
            d["extra"].append(("change", {"kind": "absolute", "amount": float(d["value"]),
                                          "direction": "up" if up else "down",
                                          "from": frm, "to": to}))


def _one_pair(drafts: list[dict[str, Any]], before: list[int], d: dict[str, Any]
              ) -> tuple[int, int] | None:
    """(earlier, level) of the one compared pair of ``d``'s unit in the sentence before, None
    when there is none or more than one."""
    pairs = []
    for j in before:
        b = drafts[j]
        way = next((v for key, v in b["extra"] if key == "direction" and isinstance(v, dict)),
                   None)
        if b.get("role") != "compared" or way is None or not isinstance(way.get("to"), int) or \
                b["unit"] != d["unit"] or not b["value"]:
            continue
        to = drafts[way["to"]]
        if to["unit"] != d["unit"] or not to["value"] or \
                d.get("measure") not in (None, to.get("measure"), b.get("measure")):
            continue
        pairs.append((j, way["to"]))
    return pairs[0] if len(pairs) == 1 else None
