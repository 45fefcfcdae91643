"""A share of a whole the sentence names, with the part it comes to in apposition right after
the whole (issue #11, everyday70): "Turnout was 71.9% of the 19.5 million eligible voters,
about 14 million people"; "46% of the 18 million eligible voters, about 8.3 million, cast a
ballot". The part restates the share as a count: it is checked (the share gets ("ratio",
{"of": part, "per": whole}), which the arithmetic rule holds within the share's rounding), and
it is never summed with the whole as two items of a list: the whole takes the role "whole",
the part "portion" of it.

Called by ``relations.relate`` before lists and totals are read. Part and whole are of one
unit, the part the smaller; the words between the whole and the part name what it counts
("eligible voters") and nothing else (no digit, no verb of their own: at most three words,
then a comma, "or" and a hedge). This module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

_HEDGE = (r"(?:(?:about|around|some|nearly|almost|roughly|approximately|just[ \u00a0]+over|"
          r"just[ \u00a0]+under|more[ \u00a0]+than|fewer[ \u00a0]+than)[ \u00a0]+)?")
# from the share to its whole: "71.9% of the ", "46% of its "
_TO_WHOLE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the|its|their|all[ \u00a0]+the|all)[ \u00a0]+" + _HEDGE)
# from the whole to the part in apposition: " eligible voters, about ", " registered, or "
_TO_PART = re.compile(r"(?:[ \u00a0]+[a-z][a-z’'-]*){0,3}[ \u00a0]*,[ \u00a0]*(?:or[ \u00a0]+)?" +
                      _HEDGE)
# words of the whole's phrase that make it no plain noun phrase ("of the 19.5 million who
# voted, ..." names a group by a clause; "of the 20 million in 2019" a period)
_NOT_NOUNS = frozenset("who which that in on at for from to by with than and or was were is "
                       "are had has have".split())


def _share(d: dict[str, Any]) -> bool:
    return d["unit"] == "percent" and d["value"] is not None and 0 < d["value"] <= 100 and \
        d.get("role") in (None, "share") and \
        not any(k in ("ratio", "change", "percentage_points") for k, _ in d["extra"])


def _count(d: dict[str, Any]) -> bool:
    return d["value"] is not None and d["value"] > 0 and d["unit"] != "percent" and \
        d.get("role") in (None, "item")


def _nouns_only(low: str, start: int, end: int) -> bool:
    words = re.findall(r"[a-z][a-z’'-]*", low[start:end])
    return not any(w in _NOT_NOUNS for w in words)


def shares_of_named_wholes(low: str, drafts: list[dict[str, Any]]) -> None:
    """See the module docstring."""
    for i in range(len(drafts) - 2):
        s, w, p = drafts[i], drafts[i + 1], drafts[i + 2]
        if not (_share(s) and _count(w) and _count(p)) or \
                not s["sentence"] == w["sentence"] == p["sentence"] or \
                w["unit"] != p["unit"] or not p["value"] < w["value"]:
            continue
        if _TO_WHOLE.fullmatch(low, s["end"], w["start"]) is None:
            continue
        gap = _TO_PART.fullmatch(low, w["end"], p["start"])
        if gap is None or not _nouns_only(low, w["end"], p["start"]):
            continue
        if w.get("role") == "item" and w.get("group") != p.get("group"):
            continue    # (the whole is an item of some other list)
        s["extra"].append(("ratio", {"of": i + 2, "per": i + 1}))
        w["role"], w["group"] = "whole", None
        p["role"], p["group"] = "portion", i + 1
