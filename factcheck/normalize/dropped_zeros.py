"""A whole percentage written beside a tenth as the other end of one move (issue #11, lead36).

"The unemployment rate fell to 7% from 7.3%", "slowed to 2% from 2.5% in July", "12.4% higher
than a year earlier, down from 12% in September": a published rate is given to one decimal,
and reporters drop its ".0" when they write it as one end of a move whose other end has a
tenth. Such a whole figure is the rate to a tenth (7.0%), not anything from 6.5% to 7.5%, so
"the drop of half a point" from 7.3% is wrong. Only the two ends of one move written with
"from" or "to" right before the second: a level set against another in other words ("96% in
the week, 2.4 points higher than the 93.3% of the same week last year", "down 0.4 points on
last year, when 22% of entries achieved them") keeps its rounding, since writers do round
those. The whole figure gets ``("tenths", True)``; the engine reads it to a tenth
(``engine_facts._level_halves``, ``_direction_relation``). This module reads words; it never
judges.
"""

from __future__ import annotations

import re
from typing import Any

_ONE_DECIMAL = re.compile(r"\d\.\d%")
_WHOLE = re.compile(r"(?<![\d.,])\d+%")
# the words between the two ends: nothing but a few words and "from" or "to" right before the
# second ("to 7% from 7.3%", "from 4.9% to 5%", "higher than a year earlier, down from 12%")
_ENDS_GAP = re.compile(r"[^\d;:.!?]{0,60}?\b(?:from|to)[ \u00a0]+(?:the[ \u00a0]+)?")


def _plain(low: str, d: dict[str, Any]) -> str:
    return low[d["start"]:d["end"]] if not d.get("qualifier") else ""


def _mark(low: str, drafts: list[dict[str, Any]], a: int, b: int) -> None:
    """Mark the whole one of levels ``a`` and ``b`` (a before b) when the other has a tenth
    and the two are one move's ends (module docstring)."""
    x, y = drafts[a], drafts[b]
    if x["unit"] != "percent" or y["unit"] != "percent" or x["sentence"] != y["sentence"] or \
            _ENDS_GAP.fullmatch(low, x["end"], y["start"]) is None:
        return
    tx, ty = _plain(low, x), _plain(low, y)
    for whole, tenth, d in ((tx, ty, x), (ty, tx, y)):
        if _WHOLE.fullmatch(whole) and _ONE_DECIMAL.search(tenth) and \
                not any(k == "tenths" for k, _ in d["extra"]):
            d["extra"].append(("tenths", True))


def dropped_zeros(low: str, drafts: list[dict[str, Any]]) -> None:
    """Mark each whole percentage that is the other end of a move from or to a tenth."""
    for i, d in enumerate(drafts):
        for key, v in list(d["extra"]):
            if not isinstance(v, dict):
                continue
            if key == "change" and isinstance(v.get("from"), int) and \
                    isinstance(v.get("to"), int):
                a, b = sorted((v["from"], v["to"]))
                _mark(low, drafts, a, b)
            elif key == "direction" and isinstance(v.get("to"), int) and "words" not in v:
                a, b = sorted((v["to"], i))
                _mark(low, drafts, a, b)
