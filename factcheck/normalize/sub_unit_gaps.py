"""Gaps in a currency's sub-unit between two amounts in the currency (issue #11, everyday78).

Called by ``relations.relate`` once stated changes are read. "Adjusted earnings were $1.29 a
share, 23 cents more than the $1.06 analysts had expected"; "Petrol averaged £1.45 a litre,
3p less than the £1.48 of a month before": the amount in cents or pence between a level and
the value set against it, both in dollars or pounds, is the gap between the two. Change
reading pairs figures of one unit, so this amount is left with no values; here it gets them:
the level written right before it (", " and a few words between: "a share in its fiscal
fourth quarter") and the value right
after "more than", "less than", "higher than", "lower than", "above", "below". The change is
judged by wrong-arithmetic, in the amount's own unit; between two prices per unit the amount
is per that unit too ("5p less" between two prices a litre is 5p a litre). This module reads
words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

from .units import subunits

_WS = r"[ \u00a0]+"
# between the level and the amount: ", ", " a share, ", " a share in its fiscal fourth
# quarter, " (a few words, no clause of their own)
_LEVEL_TO_AMOUNT = re.compile(r"(?:" + _WS + r"[a-z]+){0,8}[ \u00a0]*,[ \u00a0]*")
# between the amount and the value set against it: " more than the", " below"
_AMOUNT_TO_VALUE = re.compile(_WS + r"(?P<w>more|less|higher|lower|above|below)(?:" + _WS +
                              r"than)?(?:" + _WS + r"(?:the|its|their|a))?" + _WS)
_UP = frozenset(("more", "higher", "above"))


def _currency(unit: str) -> tuple[str, float] | None:
    """(currency, factor) of a unit of money; of a price's money for a rate ("penny / liter")."""
    return subunits().get((unit or "").split(" / ")[0])


def _per_unit(drafts: list[dict[str, Any]], i: int, ch: dict[str, Any]) -> None:
    """An amount of money between two prices per unit is per that unit too: "£1.45 a litre in
    May, 5p less than the £1.48 of April" is 5p a litre."""
    d = drafts[i]
    units = {drafts[j]["unit"] or "" for j in (ch.get("from"), ch.get("to"))
             if isinstance(j, int)}
    if len(units) != 1 or " / " in (d["unit"] or ""):
        return
    rate = units.pop()
    if " / " in rate and _currency(rate) is not None and \
            _currency(rate)[0] == (_currency(d["unit"]) or ("",))[0]:
        d["unit"] = f"{d['unit']} / {rate.split(' / ', 1)[1]}"


def sub_unit_gaps(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set on an amount in a sub-unit the level and the value it is the gap between (module
    docstring)."""
    for i in range(1, len(drafts) - 1):
        a, d, b = drafts[i - 1], drafts[i], drafts[i + 1]
        ch = next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict)), None)
        if ch is not None and ch.get("kind") == "absolute" and ch.get("from") is not None:
            _per_unit(drafts, i, ch)
        own = _currency(d["unit"])
        if ch is None or ch.get("kind") != "absolute" or ch.get("from") is not None or \
                own is None or own[1] >= 1.0 or not (a["sentence"] == d["sentence"] ==
                                                      b["sentence"]):
            continue
        ca, cb = _currency(a["unit"]), _currency(b["unit"])
        if ca is None or cb is None or ca[0] != own[0] or cb[0] != own[0] or \
                a["value"] is None or b["value"] is None:
            continue
        m = _AMOUNT_TO_VALUE.fullmatch(low, d["end"], b["start"])
        if m is None or not _LEVEL_TO_AMOUNT.fullmatch(low, a["end"], d["start"]):
            continue
        ch.update({"from": i + 1, "to": i - 1,
                   "direction": "up" if m.group("w") in _UP else "down"})
        b["role"] = b.get("role") or "compared"
        _per_unit(drafts, i, ch)
