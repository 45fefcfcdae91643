"""A change set against another by its size from the sentence after it: "Retail sales fell 3%
in February. That was a much steeper drop than the 0.5% decline economists had forecast", "The
decline was bigger than the 0.7% fall economists had expected", "That was a smaller fall than
the 1.2% decline in March". The figure after "than" is the compared value, no restatement of
the change before it, and the direction word says which of the two is the larger
(("direction", {"to": a, "up": larger, "words": ...}) on the compared figure, role
"compared", as ``relations._paced_change`` reads it within one sentence).

"That" may stand for any percentage change of the sentence before ("falling 0.2% on the
quarter, an annualised 0.8%"), or of the two before it ("The annual rise was faster than
September's 8.4%" after a sentence on Wales's and Scotland's rents): each is a reading, and the comparison is held to the first
reading its words allow, so that it is flagged only when every reading disagrees. This
module must not judge beyond that choice of reading.
"""

from __future__ import annotations

import re
from typing import Any

# the words of a larger or smaller change
_LARGER = ("steeper", "sharper", "deeper", "bigger", "larger", "greater", "faster", "quicker",
           "stronger", "more severe", "more rapid")
_SMALLER = ("smaller", "milder", "slower", "shallower", "weaker", "softer", "less severe",
            "more modest", "gentler")
_FALLS = "fall|drop|decline|decrease|contraction|slump|slide|dip|cut|loss"
_RISES = "rise|increase|gain|growth|jump|climb|expansion|advance"
_NOUN = f"(?:{_FALLS}|{_RISES})s?"
# a sentence that opens by comparing the change before it with a figure: "That was a much
# steeper drop than the", "The decline was bigger than the", "It was a smaller fall than"
_PACE_OPEN = re.compile(
    r"\W*(?:that|this|it|the[ \u00a0]+(?:[\w-]+[ \u00a0]+)?" + _NOUN + r")[ \u00a0]+"
    r"(?:was|is|marked|represented|has[ \u00a0]+been|had[ \u00a0]+been)[ \u00a0]+"
    r"(?:an?[ \u00a0]+)?(?:(?:much|far|slightly|somewhat|even|a[ \u00a0]+little|considerably|"
    r"significantly)[ \u00a0]+)?(?P<word>" + "|".join(w.replace(" ", r"[ \u00a0]+")
                                                    for w in _LARGER + _SMALLER) + r")"
    r"(?:[ \u00a0]+(?P<noun>" + _NOUN + r"))?[ \u00a0]+than[ \u00a0]+"
    r"(?:(?:the|a|an|its|their)[ \u00a0]+)?(?:[a-z]+[’']s[ \u00a0]+)?$", re.I)
_FALL_NOUN = re.compile(rf"^(?:{_FALLS})s?$")


def _is_change(d: dict[str, Any]) -> bool:
    """Whether ``d`` is a percentage that may be a change (no gap in points)."""
    return d["unit"] == "percent" and d["value"] is not None and \
        d.get("role") in (None, "change") and \
        not any(k == "percentage_points" for k, _ in d["extra"])


def _way(d: dict[str, Any]) -> str | None:
    """The direction a change states ("up"/"down"), None when it states none."""
    ch = next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict)), None)
    return ch.get("direction") if ch else None


def _agrees(a: dict[str, Any], b: dict[str, Any], larger: bool) -> bool:
    """Whether ``a`` may be the larger (``larger``) or the smaller of the two once rounding is
    allowed for."""
    if a["lower"] <= b["upper"] and a["upper"] >= b["lower"]:
        return True
    return (abs(a["value"]) > abs(b["value"])) == larger


def _before(drafts: list[dict[str, Any]], sents: list[list[int]], k: int) -> list[int]:
    """The figures of the sentence right before sentence ``k`` and of the two before that,
    nearest first, when they follow one another (in one paragraph or the one before it):
    "The annual rise was faster than September's 8.4%" may compare the rise of the story's
    first sentence, the sentence before being about Wales and Scotland."""
    out: list[int] = []
    start = drafts[sents[k][0]]["sentence"][0]
    for s in reversed(sents[max(0, k - 3):k]):
        if not 0 <= start - drafts[s[-1]]["sentence"][1] <= 3:
            break
        out += s
        start = drafts[s[0]]["sentence"][0]
    return out


def paced_across(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """See the module docstring: the first figure of a sentence that opens by comparing the
    change before it ("That was a steeper drop than the 0.5% decline") with the percentage
    changes of the sentences right before it (``_before``)."""
    for k in range(1, len(sents)):
        b = sents[k][0]
        db = drafts[b]
        m = _PACE_OPEN.fullmatch(low, db["sentence"][0], db["start"])
        if m is None or not _is_change(db):
            continue
        prev = _before(drafts, sents, k)
        if not prev:
            continue
        word = " ".join(m.group("word").lower().split())
        noun = (m.group("noun") or "").lower()
        fall = bool(_FALL_NOUN.match(noun)) if noun else None
        if fall is None and word in ("steeper", "deeper", "sharper", "milder", "shallower"):
            fall = True     # ("a steeper" one is a fall, whatever its noun)
        cands = [j for j in prev if _is_change(drafts[j]) and
                 (fall is None or _way(drafts[j]) in (None, "down" if fall else "up"))]
        if not cands:
            continue
        larger = word in _LARGER
        a = next((j for j in cands if _agrees(drafts[j], db, larger)), cands[0])
        db["role"] = "compared"
        db["extra"] = [(key, v) for key, v in db["extra"] if key != "change"]
        db["extra"].append(("direction", {"to": a, "up": larger, "words": f"{word} than"}))
