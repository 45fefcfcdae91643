"""An amount of change that nets out parts moving both ways (issue #11, everyday96).

Called by ``relations.relate`` once stated changes are read. "Japan's population fell by
531,702 ... The number of Japanese nationals dropped by 861,237 ..., while foreign residents
rose by 329,535"; "Japanese nationals fell by 861,237 ... and foreign residents rose by 329,535,
a net fall of 531,702"; "profit rose by £40m: retail added £55m and wholesale £10m, while
online lost £25m": the parts of a change, some up and some down, add up with their signs to
the change, in its way. Read, never guessed:

- the parts are two to four plain amounts of change of the change's unit (no percentage),
  all the amounts of change of that unit in one sentence, moving both ways, and joined by a
  word of contrast ("while", "whereas", "but", "offset", "against") or told before "net", or
  said with verbs of hiring and of cutting ("added 71,000 jobs and government cut 202,000");
- the change is either the plain amount right after "a net" ("a net fall of 531,702", "a net
  gain of 12") at the end of the parts' own sentence, or the one amount of change of that
  unit in the sentence right before the parts' (in its paragraph or across one paragraph
  break), whose sentence holds no other amount of change of the unit, and which is itself no
  part or sum of other changes, in the story's body (no headline); the parts' sentence must
  say the contrast word, and no part is a comparison with another time ("333,000 more than a
  year earlier"). A part may enter the change against its own way (imports in a trade gap,
  emigration in net migration): each such reading is kept and the one nearest the change
  chosen, so the change is contradicted only when none bears it out. No size is required of
  the parts: a part larger than the change, moving against it, is the form.

The change gets ``("net_sum", {"of": A, "plus": (B, ...), "signs": (+1/-1, ...), "sign":
+1/-1})``, which wrong-arithmetic judges (engine_facts._net_sum_item). Any other case is left
alone. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

from .hiring_changes import hiring_way
from .sentences import by_sentence

_W = r"[ \u00a0]+"
_CONTRAST = re.compile(r"\b(?:while|whilst|whereas|but|offset|offsetting|against|though|"
                       r"although)\b")
_NET = re.compile(r"\ban?" + _W + r"net" + _W + r"(?P<way>fall|drop|decline|decrease|loss|"
                  r"reduction|rise|gain|increase|growth)" + _W + r"of" + _W + r"$")
_THAN = re.compile(r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:more|less|fewer|higher|lower|above|"
                   r"below)[ \u00a0]+than\b")
_DOWN = frozenset(("fall", "drop", "decline", "decrease", "loss", "reduction"))
# revisions of earlier estimates ("The ONS revised August's figure down by £500m and July's by
# £2.5bn") net only against a move said of the revisions too ("left the two months 7,000
# lower than first reported"), never against the month's own change before them (lead42)
_REVISION = re.compile(r"\brevis(?:ed|es|ing|ions?)\b|\b(?:first|previously|initially|"
                       r"originally|earlier)[ \u00a0]+(?:reported|estimated|published)\b")
_MAX_PARTS = 4


def _way(d: dict[str, Any]) -> int:
    """+1 or -1 for a plain amount of change up or down, 0 for anything else."""
    if d.get("role") != "change" or d["unit"] == "percent" or not d["value"] or \
            any(k in ("percentage_points", "sum", "net_sum") for k, _ in d["extra"]):
        return 0
    ch = next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict)), None)
    if ch is None or ch.get("kind") != "absolute":
        return 0
    return {"up": 1, "down": -1}.get(str(ch.get("direction")), 0)


def _parts(low: str, drafts: list[dict[str, Any]], idxs: list[int],
           unit: str) -> list[int] | None:
    """The amounts of change of ``unit`` among ``idxs`` when they are two to four and move
    both ways; none of them a comparison with another time ("333,000 more than a year
    earlier")."""
    parts = [j for j in idxs if drafts[j]["unit"] == unit and _way(drafts[j])]
    if any(_THAN.match(low, drafts[j]["end"]) for j in parts):
        return None
    if not 2 <= len(parts) <= _MAX_PARTS or len({_way(drafts[j]) for j in parts}) != 2:
        return None
    return parts


def _set(drafts: list[dict[str, Any]], total: int, parts: list[int],
         signs: tuple[int, ...] | None = None) -> None:
    drafts[total]["extra"].append(("net_sum", {
        "of": parts[0], "plus": tuple(parts[1:]),
        "signs": signs or tuple(_way(drafts[j]) for j in parts), "sign": _way(drafts[total])}))


def _best_signs(drafts: list[dict[str, Any]], total: int, parts: list[int]) -> tuple[int, ...]:
    """How the parts enter the change, each with its own way or against it (imports in a
    trade gap, emigration in net migration): every such reading, the one nearest the change
    kept, so that it is contradicted only when none bears it out."""
    want = _way(drafts[total]) * float(drafts[total]["value"])
    best: tuple[float, tuple[int, ...]] | None = None
    for mask in range(2 ** len(parts)):
        signs = tuple(_way(drafts[j]) * (-1 if mask >> k & 1 else 1)
                      for k, j in enumerate(parts))
        got = sum(sg * float(drafts[j]["value"]) for sg, j in zip(signs, parts))
        if best is None or abs(got - want) < best[0]:
            best = (abs(got - want), signs)
    assert best is not None
    return best[1]


def _hired_and_cut(low: str, drafts: list[dict[str, Any]], own: list[int]) -> bool:
    """"The private sector added 71,000 jobs and government cut 202,000": amounts of change
    said with verbs of hiring and of cutting (hiring_changes.hiring_way), both ways in one
    sentence, say a net move's parts with no word of contrast (everyday102)."""
    return {hiring_way(low, drafts[j]) for j in own if _way(drafts[j])} >= {1, -1}


def _net_after(low: str, drafts: list[dict[str, Any]], own: list[int]) -> bool:
    """"A fell by X and B rose by Y, a net fall of Z": the last figure of the sentence, said
    after "a net <way> of", nets out the amounts of change before it."""
    last = own[-1]
    d = drafts[last]
    m = _NET.search(low, max(d["sentence"][0], d["start"] - 30), d["start"])
    if m is None or d["unit"] == "percent" or not d["value"] or \
            d.get("role") not in (None, "change"):
        return False
    parts = _parts(low, drafts, own[:-1], d["unit"])
    if parts is None:
        return False
    sign = -1 if m.group("way") in _DOWN else 1
    if not _way(d):
        d["role"] = "change"
        d["extra"] = [x for x in d["extra"] if x[0] != "change"]
        d["extra"].append(("change", {"kind": "absolute", "amount": float(d["value"]),
                                      "direction": "up" if sign > 0 else "down"}))
    elif _way(d) != sign:
        return False
    _set(drafts, last, parts)
    return True


_LEVELS_SLACK = 0.05    # how far the parts' levels may add up from the whole's (rounding)


_TO_BEFORE = re.compile(r"\bto[ \u00a0]+(?:about[ \u00a0]+|some[ \u00a0]+|nearly[ \u00a0]+)?$")


def _new_level(low: str, drafts: list[dict[str, Any]], j: int) -> int | None:
    """The new level of amount of change ``j``: its change's "to", else the figure of its unit
    right after it (or after an "or"-linked percentage) that "to" opens ("rose by 1,720, or 2
    per cent, to 100,410")."""
    ch = next((v for k, v in drafts[j]["extra"] if k == "change" and isinstance(v, dict)), None)
    to = ch.get("to") if ch is not None else None
    if isinstance(to, int):
        return to
    for x in range(j + 1, min(len(drafts), j + 3)):
        n = drafts[x]
        if n["sentence"] != drafts[j]["sentence"]:
            return None
        if n["unit"] == drafts[j]["unit"]:
            return x if _TO_BEFORE.search(low, max(0, n["start"] - 16), n["start"]) else None
    return None


def _levels_apart(low: str, drafts: list[dict[str, Any]], total: int, parts: list[int],
                  before: list[int]) -> bool:
    """Whether the parts' own new levels, each given, add up to far other than the level of
    the change they would net into (the figure right before it in its sentence, of its unit):
    "416,310 accepted, 7,570 fewer ... those holding offers rose by 1,720 to 100,410, while
    those eligible for Clearing fell by 19,160 to 129,020" are two other counts, no parts of
    the accepted (everyday120); "nationals fell by 861,237 to 122.4 million, while foreign
    residents rose by 329,535 to 3.7 million" add up to the population and stay its parts."""
    levels = [_new_level(low, drafts, j) for j in parts]
    whole = _new_level(low, drafts, total)
    if whole is None:
        k = before.index(total) if total in before else 0
        whole = next((j for j in reversed(before[:k]) if drafts[j]["unit"] ==
                      drafts[total]["unit"] and drafts[j].get("role") is None and
                      drafts[j]["value"]), None)
    if whole is None or any(x is None or not drafts[x]["value"] for x in levels):
        return False
    got = sum(float(drafts[x]["value"]) for x in levels if x is not None)
    want = float(drafts[whole]["value"])
    return abs(got - want) > _LEVELS_SLACK * abs(want)


def net_changes(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set the parts each amount of change nets out (module docstring)."""
    if _CONTRAST.search(low) is None and " net " not in low and \
            not any(w in low for w in ("added", "hired", "created")):
        return
    by_sent = by_sentence(drafts)
    order = list(by_sent)
    for s, key in enumerate(order):
        own = by_sent[key]
        if " net " in low[key[0]:key[1]] and _net_after(low, drafts, own):
            continue
        if s == 0 or _CONTRAST.search(low, key[0], key[1]) is None and \
                not _hired_and_cut(low, drafts, own):
            continue
        before = by_sent[order[s - 1]]
        if s >= 2 and not any(_way(drafts[j]) for j in before) and \
                _hired_and_cut(low, drafts, own):
            # (hired and cut parts net against the payroll's move with a sentence of other
            # figures between: "... shed 125,000 jobs ... The unemployment rate eased to 9.5%.
            # Private employers added 83,000 jobs and government cut 208,000", everyday102)
            before = by_sent[order[s - 2]]
        if low.count("\n\n", drafts[before[-1]]["end"], drafts[own[0]]["start"]) > 1:
            continue
        changes = [j for j in before if _way(drafts[j])]
        if _REVISION.search(low, key[0], key[1]) and before and \
                _REVISION.search(low, drafts[before[0]]["sentence"][0],
                                 drafts[before[0]]["sentence"][1]) is None:
            continue
        for total in changes:
            unit = drafts[total]["unit"]
            if [drafts[j]["unit"] for j in changes].count(unit) != 1 or \
                    drafts[total].get("group") is not None or \
                    drafts[total].get("section", "body") != "body" or \
                    any(k in ("net_sum", "sum") for k, _ in drafts[total]["extra"]):
                continue
            parts = _parts(low, drafts, own, unit)
            if parts is not None and _levels_apart(low, drafts, total, parts, before):
                continue
            if parts is not None and (drafts[total].get("_hiring") or
                                      not any(drafts[j].get("_hiring") for j in parts)):
                # (parts hired and cut net only against a total said so: "cut 95,000 jobs";
                # never "fell by 84,000" of another count, everyday99)
                _set(drafts, total, parts, _best_signs(drafts, total, parts))
