"""A move said by its noun in a sentence that points back at the level the sentence before
gives, set against an earlier value written after it (issue #11, everyday107). Called by
``across.relate_across`` once stated changes are read; set on the drafts as relations.py sets
its own (indexes into the draft list). This module reads words; wrong-arithmetic judges it.

"The matric class of 2023 achieved a national pass rate of 82.9% ... That is an improvement of
2.8 percentage points on the class of 2022's 80.1%"; "Ryanair carried 200.2 million passengers
... That was an increase of 9% on the previous year's 183.7 million": a sentence opening on
"That is/was" (or "This", "It") and a noun of change with "of" (across.yaml
``move_noun_open``), its first figure the amount, then "on", "over", "from" or "compared with"
and the earlier value, possessive or not (``move_noun_base``), is the change from that value to
the first level of the value's unit the sentence before gives (a paragraph break between at
most). The noun gives the direction ("a rise", "a fall"); "an improvement" or "a
deterioration" does not say which way the figure moved (a jobless rate improves by falling),
so the levels' own way is taken and only the size is judged. Points of a percentage are an
absolute change; a percentage of a level in another unit is a relative one; a bare
percentage against a percentage (points or a relative change) is left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab

_UP_NOUNS = frozenset("rise increase gain jump climb surge leap".split())
_DOWN_NOUNS = frozenset("fall drop decline decrease dip slide reduction".split())


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """across.yaml ``move_noun_open`` and ``move_noun_base``."""
    data = vocab.load("across.yaml")
    return re.compile(str(data["move_noun_open"])), re.compile(str(data["move_noun_base"]))


def moves_on_a_base(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Every move said by its noun against a base (module docstring), in place."""
    if " of " not in low:
        return
    opening, base = _words()
    for k in range(1, len(sents)):
        idxs = sents[k]
        if len(idxs) < 2:
            continue
        i, b = idxs[0], idxs[1]
        d, frm = drafts[i], drafts[b]
        m = opening.fullmatch(low, d["sentence"][0], d["start"])
        if m is None or not d["value"] or not frm["value"] or \
                frm.get("role") not in (None, "compared") or _has_values(d) or \
                base.fullmatch(low, d["end"], frm["start"]) is None:
            continue
        kind = _kind(low, d, frm)
        to = _level_before(low, drafts, sents[k - 1], frm) if kind else None
        if to is None:
            continue
        noun = m.group("noun")
        up = noun in _UP_NOUNS or (noun not in _DOWN_NOUNS and
                                   drafts[to]["value"] >= frm["value"])
        d["extra"] = [(key, v) for key, v in d["extra"] if key != "change"]
        d["extra"].append(("change", {"kind": kind, "amount": float(d["value"]),
                                      "direction": "up" if up else "down",
                                      "from": b, "to": to}))
        d["role"] = "change"
        frm["role"] = frm.get("role") or "compared"


def _has_values(d: dict[str, Any]) -> bool:
    """Whether amount ``d`` is already a change with values of its own."""
    ch = next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict)), None)
    return ch is not None and any(ch.get(x) is not None for x in ("from", "to", "by"))


def _kind(low: str, d: dict[str, Any], frm: dict[str, Any]) -> str | None:
    """"absolute" for points of a percentage or an amount in its base's unit, "percent" for a
    percentage of a base in another unit, else None (left alone)."""
    points = any(k == "percentage_points" for k, _ in d["extra"]) or \
        re.match(r"\s+(?:percentage\s+)?points?\b", low[d["end"]:d["end"] + 20]) is not None
    if points:
        return "absolute" if frm["unit"] == "percent" else None
    if d["unit"] == "percent":
        return "percent" if frm["unit"] != "percent" else None
    return "absolute" if d["unit"] == frm["unit"] else None


def _level_before(low: str, drafts: list[dict[str, Any]], prev: list[int],
                  frm: dict[str, Any]) -> int | None:
    """The first level of ``frm``'s unit in the sentence ``prev`` right before (one paragraph
    break between at most) whose value differs from the base's."""
    if not prev or low.count("\n\n", drafts[prev[-1]]["sentence"][1], frm["start"]) > 1:
        return None
    levels = [j for j in prev if drafts[j].get("role") in (None, "total") and
              drafts[j]["value"] and drafts[j]["unit"] == frm["unit"] and
              drafts[j]["value"] != frm["value"]]
    return levels[0] if levels else None
