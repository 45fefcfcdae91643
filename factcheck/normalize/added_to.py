"""A gain "added to" the earlier level it was made on (issue #11, everyday84).

Called by ``relations._stated_changes`` before stated changes are read. "The Liberal Democrats
won 72 seats, adding 61 to the 11 they held before": the amount after "adding" is the change
from the figure right after "to the" (the earlier level) to the level of its unit written
before it in the sentence (the new level). Change reading would take the figure after "to" for
the new level; here the words say it is the base. Read only when the earlier level is the
smaller of the two (an addition rises), both are of the amount's unit and no other figure
stands between; the change is judged by wrong-arithmetic. This module reads words; it never
judges.

"The West grew by 19.7%, adding 10.4 million people for a total of 63.2 million": the amount
after "adding" with the level it came to after it ("for a total of", "to reach", "bringing
the total to") is the change to that level, and a percentage change said just before it in
the sentence with no values of its own is the same change, worked from the amount
(``added_for_a_total``).
"""

from __future__ import annotations

import re
from typing import Any

_WS = r"[ \u00a0]+"
# ", adding" (or "which added") right before the amount
_ADDING_BEFORE = re.compile(r",[ \u00a0]*(?:adding|which[ \u00a0]+added)" + _WS +
                            r"(?:(?:another|a[ \u00a0]+further|about|around|some|nearly|"
                            r"almost)" + _WS + r")?$")
# between the amount and the earlier level: " to the", " seats to its", " to their"
_TO_THE = re.compile(r"(?:" + _WS + r"[a-z]+)?" + _WS + r"to" + _WS +
                     r"(?:the|its|their|his|her)" + _WS)


def added_to_earlier(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Mark "adding N to the M" after a level L as the change of N from M to L."""
    for idxs in sents:
        for p, n in enumerate(idxs[1:-1], start=1):
            d, base, level = drafts[n], drafts[idxs[p + 1]], drafts[idxs[p - 1]]
            if d.get("role") is not None or not d["value"] or base.get("role") is not None or \
                    level.get("role") not in (None, "total") or \
                    not (d["unit"] == base["unit"] == level["unit"]) or \
                    not base["value"] or not level["value"] or \
                    float(base["value"]) >= float(level["value"]) or \
                    _ADDING_BEFORE.search(low, max(d["sentence"][0], d["start"] - 40),
                                          d["start"]) is None or \
                    _TO_THE.fullmatch(low, d["end"], base["start"]) is None:
                continue
            d["role"] = "change"
            d["extra"].append(("change", {"kind": "absolute", "amount": float(d["value"]),
                                          "direction": "up", "from": idxs[p + 1],
                                          "to": idxs[p - 1]}))
            base["role"] = "compared"
            if base.get("measure") is None:
                base["measure"] = level.get("measure")


# between the amount and the level it came to: " people for a total of ", " to reach ",
# ", bringing the total to ", ", taking its total to "
_FOR_A_TOTAL = re.compile(r"(?:" + _WS + r"[a-z]+)?(?:" + _WS + r"for" + _WS + r"a" + _WS +
                          r"(?:new" + _WS + r")?total" + _WS + r"of|" + _WS + r"to" + _WS +
                          r"(?:reach|make)|[ \u00a0]*,[ \u00a0]*(?:bringing|taking|lifting)" +
                          _WS + r"(?:the|its|their)" + _WS + r"(?:[a-z]+" + _WS + r")?total" +
                          _WS + r"to)" + _WS + r"(?:(?:about|around|some|nearly|almost)" +
                          _WS + r")?")
# a percentage change with no values right before ", adding" ("grew by 19.7%, adding"): no
# words between
_PERCENT_THEN_ADDING = re.compile(r"[ \u00a0]*")


def _comes_to(low: str, d: dict[str, Any], level: dict[str, Any]) -> bool:
    """Whether the words after amount ``d`` name ``level`` as what it came to (the level's
    text may begin with the words: "a total of 63.2 million")."""
    m = _FOR_A_TOTAL.match(low, d["end"], level["end"])
    return m is not None and m.end() >= level["start"] and \
        not any(c.isdigit() for c in low[d["end"]:level["start"]])


def added_for_a_total(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Mark "adding N for a total of T" as the change of N to T, and a bare percentage change
    right before it as the same change (module doc)."""
    for idxs in sents:
        for p, n in enumerate(idxs[:-1]):
            d, level = drafts[n], drafts[idxs[p + 1]]
            if d.get("role") is not None or not d["value"] or \
                    level.get("role") not in (None, "total") or d["unit"] != level["unit"] or \
                    not level["value"] or float(d["value"]) >= float(level["value"]) or \
                    _ADDING_BEFORE.search(low, max(d["sentence"][0], d["start"] - 40),
                                          d["start"]) is None or \
                    not _comes_to(low, d, level):
                continue
            d["role"] = "change"
            d["extra"].append(("change", {"kind": "absolute", "amount": float(d["value"]),
                                          "direction": "up", "to": idxs[p + 1]}))


def percent_before_added(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]
                         ) -> None:
    """Once changes are read: a percentage rise with no values right before ", adding N for a
    total of T" is the same change as N, to T (module doc)."""
    for idxs in sents:
        for p, n in enumerate(idxs[1:], start=1):
            d, pct = drafts[n], drafts[idxs[p - 1]]
            own = next((v for k, v in d["extra"] if k == "change"), None)
            ch = next((v for k, v in pct["extra"] if k == "change"), None)
            if own is None or ch is None or own.get("from") is not None or \
                    not isinstance(own.get("to"), int) or pct["unit"] != "percent" or \
                    ch.get("direction") != "up" or own.get("direction") != "up" or \
                    any(ch.get(k) is not None for k in ("from", "to", "by")) or \
                    (m := _ADDING_BEFORE.search(low, max(d["sentence"][0], d["start"] - 40),
                                                d["start"])) is None or \
                    _PERCENT_THEN_ADDING.fullmatch(low, pct["end"], m.start()) is None or \
                    not _comes_to(low, d, drafts[own["to"]]):
                continue
            ch.update(to=own["to"], by=n)
