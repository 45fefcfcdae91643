"""A multiple said by a verb and the same move said again as a percentage change in its clause
(issue #11, everyday102).

Called by ``relations.relate`` with the changes said in words. "Pre-tax profit more than doubled
in the year to March, rising 120% to £5.5m"; "net profit more than halved in the first six
months, falling 56% to US$174 million"; "operating profit almost doubled ..., up 96.5%": the
verb ("doubled", "tripled", "trebled", "quadrupled", "halved"), its hedge ("more than", "almost",
"roughly") and then, after a comma and a participle or change noun of the verb's direction, a
percentage change that names no base of its own. The percentage gets
``("worded_factor", {"factor", "bound", "words"})``: the multiple the verb says, which the
engine turns into the change that multiple allows (``engine_facts``: "doubled" is a rise of
about 100%, "more than doubled" one of 100% or more, "almost tripled" a little under 200%).

Nothing else may stand between the verb and the percentage but the level the verb brings its
measure to ("more than doubled to 103,855, a rise of 133.2%"): no other figure, no clause of its own
(";", "while", "but", "and"), no second verb of a multiple. A modal or negated verb ("could
double", "has not doubled") says no move; a percentage moving against the verb ("doubled,
falling 20%") is another move and is left alone. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from .comparisons import MULT_HEDGE, mult_bound

# the verb of a multiple in the past or a headline's present ("more than doubles")
_VERB = re.compile(r"\b(doubled|doubles|tripled|triples|trebled|trebles|quadrupled|quadruples|"
                   r"halved|halves)\b")
_FACTORS = {"doub": 2.0, "trip": 3.0, "treb": 3.0, "quad": 4.0, "halv": 0.5}
# a verb that says no move made: "could double", "has not doubled", "is set to double"
_NO_MOVE_BEFORE = re.compile(r"\b(?:not|never|n't|will|would|could|may|might|to|if)[ \u00a0]+"
                             r"(?:(?:more[ \u00a0]+than|almost|nearly|roughly|about|over|"
                             r"around|at[ \u00a0]+least)[ \u00a0]+)?$")
# the words between the verb and the percentage: what and when ("its operating profit in the
# six months to September", "on a year earlier"), then a comma and the move said again
_BETWEEN = re.compile(r"(?P<words>[^,;:.!?\n\d]{0,90}?)[ \u00a0]*,[ \u00a0]*(?:"
                      r"(?P<up>up|rising|jumping|climbing|surging|soaring|growing|increasing|"
                      r"gaining|an?[ \u00a0]+(?:rise|increase|jump|gain)[ \u00a0]+of)|"
                      r"(?P<down>down|falling|dropping|sliding|slumping|plunging|tumbling|"
                      r"declining|sinking|shrinking|an?[ \u00a0]+(?:fall|drop|decline|slump)"
                      r"[ \u00a0]+of))(?:[ \u00a0]+by)?[ \u00a0]+$")
# the level the verb brings its measure to, right after it: "more than doubled to 103,855"
_TO_LEVEL = re.compile(r"(?:[ \u00a0]+[a-z][\w’'-]*){0,6}?[ \u00a0]+to[ \u00a0]+"
                       r"(?:(?:about|around|some|nearly|almost|roughly|just)[ \u00a0]+)?")
# a clause of its own between them: the percentage is another subject's
_OWN_CLAUSE = re.compile(r"\b(?:while|whereas|but|and|although|though|as|with)\b")


def multiple_moves(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set the multiple a verb says on the percentage change that says the same move again
    (module docstring)."""
    starts = [d["start"] for d in drafts]
    for m in _VERB.finditer(low):
        if _NO_MOVE_BEFORE.search(low, max(0, m.start() - 30), m.start()):
            continue
        i = bisect_left(starts, m.end())
        if i >= len(drafts) or bisect_right(starts, m.start()) != i:
            continue
        after = m.end()
        if i + 1 < len(drafts) and drafts[i]["unit"] != "percent" and \
                _TO_LEVEL.fullmatch(low, m.end(), drafts[i]["start"]):
            after, i = drafts[i]["end"], i + 1  # "more than doubled to 103,855, a rise of"
        d = drafts[i]
        between = _BETWEEN.fullmatch(low, after, d["start"])
        if between is None or _OWN_CLAUSE.search(between.group("words")) or \
                _VERB.search(between.group("words")):
            continue
        factor = _FACTORS[m.group(1)[:4]]
        up = between.group("up") is not None
        change = [v for k, v in d["extra"] if k == "change" and isinstance(v, dict)]
        if d["unit"] != "percent" or d.get("role") != "change" or len(change) != 1 or \
                change[0].get("kind") != "percent" or (factor > 1) != up or \
                change[0].get("direction") != ("up" if up else "down") or \
                any(k == "worded_factor" for k, _ in d["extra"]):
            continue
        hedge = MULT_HEDGE.search(low, max(0, m.start() - 14), m.start())
        bound = mult_bound(hedge.group(1)) if hedge else None
        if bound == "under":
            continue    # ("less than doubled": any rise short of 100%, no multiple said)
        words = (hedge.group(1) + " " if hedge else "") + m.group(1)
        d["extra"].append(("worded_factor", {"factor": factor, "bound": bound or "",
                                             "words": " ".join(words.split())}))
