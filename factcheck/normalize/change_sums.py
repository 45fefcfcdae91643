"""The joint amount of changes given in the sentences before (issue #11, everyday60). Called
by ``relations.relate`` with the other wholes said together after their parts.

"July's gain was revised down by 30,000, to 157,000 from 187,000, and June's was cut by 80,000
to 105,000. Together the revisions took 110,000 jobs off the two months": the first figure
after a joint word and a plural noun of change (rules/vocab/across.yaml ``change_sum``:
"together the revisions", "between them, the revisions", "combined, the cuts") is the sum of
the amounts of change of its unit before those words in its sentence ("... July's gain was
revised up by 55,000 ... and August's was raised by 17,000 ...; together the revisions added
72,000 jobs") and in the sentences of its paragraph before it (up to ``_BACK``): ``("sum",
{"of": A, "plus": (B, ...)})`` on it, exact in digits, and it is itself an amount of change in
their direction, never a level of what it counts (so not compared with the month's 73,000
jobs).

An apposed joint amount (", a combined drop of 258,000", ", a combined 86,000 fewer than first
reported", everyday102) sums the amounts of change of its own sentence only, in the direction
its noun names.

Which amounts are the parts is read, never guessed: two or more amounts of change in the
paragraph, all in one unit and one direction, each a plain amount (not a percentage, not
"percentage points"), none larger than the joint figure, their sum within a factor of two of
it. Any other case is left alone. This module reads words; wrong-arithmetic judges.
"""

from __future__ import annotations

import re
from typing import Any

from .across import words

_DOWN = frozenset(("drop", "fall", "decline", "decrease", "reduction", "loss", "cut"))
_BACK = 3           # sentences of the paragraph before the joint figure its parts may stand in


def _amount(d: dict[str, Any]) -> dict[str, Any] | None:
    """The plain amount of change ``d`` states ("revised down by 30,000", "an increase of
    49,000"), or None."""
    if d.get("role") != "change" or d["unit"] == "percent" or not d["value"] or \
            any(k == "percentage_points" for k, _ in d["extra"]):
        return None
    change = next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict)), None)
    if change is None or change.get("kind") != "absolute" or \
            change.get("direction") not in ("up", "down"):
        return None
    return change


def _parts(low: str, drafts: list[dict[str, Any]], i: int, said: int,
           own_only: bool = False) -> list[int] | None:
    """The amounts of change joint figure ``i`` adds up (module docstring), or None: those
    before ``said`` (where its joint words begin) in its sentence and in the sentences of its
    paragraph before it."""
    d = drafts[i]
    sents: list[tuple[int, int]] = []
    for x in drafts[:i]:
        if x["sentence"] != d["sentence"] and x["sentence"] not in sents:
            sents.append(x["sentence"])
    window = [] if own_only else \
        [s for s in sents[-_BACK:] if "\n\n" not in low[s[0]:d["sentence"][0]]]
    parts = [j for j, x in enumerate(drafts[:i]) if (
        x["sentence"] in window or x["sentence"] == d["sentence"] and x["end"] <= said) and
        _amount(x) is not None]
    if len(parts) < 2 or any(drafts[j]["unit"] != d["unit"] for j in parts):
        return None
    directions = {_amount(drafts[j])["direction"] for j in parts}  # type: ignore[index]
    total = sum(float(drafts[j]["value"]) for j in parts)
    if len(directions) != 1 or any(drafts[j]["value"] >= d["value"] for j in parts) or \
            not d["value"] / 2.0 <= total <= d["value"] * 2.0:
        return None
    return parts


def _joint_words(pat: Any, low: str, drafts: list[dict[str, Any]], i: int
                 ) -> re.Match[str] | None:
    """The joint words before figure ``i`` in its sentence ("Together the revisions ...",
    "...; together the revisions added", ", a combined drop of"), with no figure between them
    and it; None when there are none."""
    d = drafts[i]
    m = None
    # (one character past the figure's start: the apposed words look ahead at its digit)
    for m in pat.finditer(low, d["sentence"][0], d["start"] + 1):
        pass
    if m is None or any(x["sentence"] == d["sentence"] and m.start() <= x["start"] < d["start"]
                        for x in drafts):
        return None
    if m.group("apposed") is not None and m.end() != d["start"]:
        return None     # (", a combined drop of" is right before its figure)
    if m.group("bare") is not None and not _IN_ALL.match(low, d["end"], d["sentence"][1] + 1):
        return None     # (", a gain of 50,100" sums nothing without "in all" after it)
    return m


# what makes an apposed amount with no "combined" joint: ", a gain of 50,100 jobs in all"
_IN_ALL = re.compile(r"(?:[ \u00a0]+[a-z-]+){0,3}?[ \u00a0]+(?:in[ \u00a0]+all|in[ \u00a0]+total|"
                     r"altogether|all[ \u00a0]+told)\b")


def change_sums(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set the amounts of change each joint figure adds up (module docstring)."""
    pat = words()["change_sum"]
    if not pat.search(low):
        return
    for i, d in enumerate(drafts):
        if d.get("section") != "body" or d.get("role") not in (None, "change") or \
                not d["value"] or d["unit"] == "percent" or any(
                    k in ("ratio", "relation", "sum", "difference") for k, _ in d["extra"]):
            continue
        joint = _joint_words(pat, low, drafts, i)
        if joint is None:
            continue
        # (", a combined drop of 258,000" sums the changes of its own sentence, everyday102;
        # the level a reader lent it from the move before, "fell by 47,000 ... to 30.3
        # million, ..., a combined drop of 79,000", is none of its own)
        apposed = joint.group("apposed") is not None
        own = _amount(d)
        if own is not None and (own.get("from") is not None or
                                own.get("to") is not None and not apposed):
            continue    # (an amount with values of its own is no joint amount)
        parts = _parts(low, drafts, i, joint.start(), own_only=apposed)
        if parts is None:
            continue
        direction = _amount(drafts[parts[0]])["direction"]  # type: ignore[index]
        if joint.group("way") and (joint.group("way") in _DOWN) != (direction == "down"):
            continue    # ("a combined rise of" after two falls is no sum of them)
        d["extra"] = [x for x in d["extra"] if x[0] != "change"]
        d["extra"].append(("change", {"kind": "absolute", "amount": float(d["value"]),
                                      "direction": direction}))
        d["extra"].append(("sum", {"of": parts[0], "plus": tuple(parts[1:])}))
        d["role"] = "change"
