"""A gap between two comparisons with one base (issue #11, everyday99). Called by
``relations.relate`` after the stated changes are read. This module reads words;
wrong-arithmetic judges the sum (engine_facts._net_sum_item).

"Glasgow's Yes vote was 8.8 points above the national 44.7% and Edinburgh's 5.8 points below
it, a gap of 14.6 points between the two cities"; "England's Leave vote was 1.5 points higher
than the UK's 51.9%, and Scotland's 13.9 points lower, a difference of 15.4 points"; "£3.15 more
than that and the basic pension £50.65 less, a gap of £53.80": two amounts set against one
base (the second names no base of its own, or refers back to the first's: "it", "that"), then
"a gap of" / "a difference of" an amount of their unit. The gap is the distance between the two
things compared: the first amount's signed distance from the base less the second's, taken the
way that makes it positive (a gap has no direction), e.g. 8.8 - (-5.8) = 14.6.

The gap gets ``("net_sum", {"of": first, "plus": (second,), "signs": (s1, s2), "sign": 1})``.
Anything else (another figure between, a second base with its own figure, units that differ)
is left alone.
"""

from __future__ import annotations

import re
from typing import Any

from .sentences import by_sentence

_W = r"[ \u00a0]+"
# the direction right after an amount: "8.8 points above", "£50.65 less", "13.9 points lower"
_WAY = re.compile(r"(?:" + _W + r"(?:percentage" + _W + r")?points?)?" + _W +
                  r"(?P<way>higher|lower|above|below|more|less|fewer|ahead|behind|over|under)\b")
# what may follow the second amount's direction before the gap: nothing, or the first's base
# referred to ("below it", "less than that")
_SAME_BASE = re.compile(r"(?:" + _W + r"(?:than|of|on)?[ \u00a0]*(?:it|that|this|the" + _W +
                        r"same|them))?[ \u00a0]*,[ \u00a0]*(?:an?|the)" + _W + r"(?:gap|"
                        r"difference|spread|divide|gulf)" + _W + r"of" + _W +
                        r"(?:(?:about|around|roughly|some|nearly|almost|just)" + _W + r")?$")
# the words between the first comparison's base and the second amount: "% and Edinburgh's "
_JOIN = re.compile(r"[^.;:!?\d]{0,60}?\b(?:and|while|whereas|but)\b[^.;:!?\d]{0,50}$")
_UP = frozenset({"higher", "above", "more", "ahead", "over"})


def _unit(d: dict[str, Any]) -> str:
    return (d.get("unit") or "").split(" / ")[0]


def _way(low: str, d: dict[str, Any]) -> tuple[int, int] | None:
    """(+1 or -1, where the direction word ends) for an amount set against a base."""
    m = _WAY.match(low, d["end"])
    return None if m is None else (1 if m.group("way") in _UP else -1, m.end())


def comparison_gaps(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set the two comparisons each gap spans (module docstring), in place."""
    if " gap of " not in low and " difference of " not in low and " spread of " not in low \
            and " divide of " not in low and " gulf of " not in low:
        return
    for idxs in by_sentence(drafts).values():
        for p in range(2, len(idxs)):
            g = drafts[idxs[p]]
            b = drafts[idxs[p - 1]]
            if not g["value"] or not b["value"] or _unit(g) != _unit(b) or \
                    any(k in ("net_sum", "sum") for k, _ in g["extra"]):
                continue
            wb = _way(low, b)
            if wb is None or not _SAME_BASE.fullmatch(low, wb[1], g["start"]):
                continue
            # the first amount: the nearest before b of its unit with a direction, its base
            # (one figure at most) between
            q = p - 2
            if q >= 1 and _way(low, drafts[idxs[q]]) is None:
                q -= 1      # (its base: "8.8 points above the national 44.7%")
            a = drafts[idxs[q]]
            wa = _way(low, a)
            if wa is None or _unit(a) != _unit(b) or not a["value"] or \
                    not _JOIN.fullmatch(low, drafts[idxs[q + 1]]["end"] if q + 1 < p - 1
                                        else wa[1], b["start"]):
                continue
            diff = wa[0] * float(a["value"]) - wb[0] * float(b["value"])
            signs = (wa[0], -wb[0]) if diff >= 0 else (-wa[0], wb[0])
            g["extra"].append(("net_sum", {"of": idxs[q], "plus": (idxs[p - 1],),
                                           "signs": signs, "sign": 1}))
