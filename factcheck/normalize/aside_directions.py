"""An earlier value said after an aside figure belongs to the sentence's main figure: "An estimated
7.37 million treatments were waiting ..., for 6.23 million patients, up from 7.36 million in
May" (7.36 million treatments, not patients).

Called by ``relations.relate`` after the pairs of adjacent figures are read, on the drafts of
one document. A figure ``b`` compared as the earlier value of the figure right before it
(``("direction", {"to": i})``) moves to the figure before that one when figure ``i`` stands in
an aside ("for", "relating to", "covering", "involving" right before it) and counts another
thing than that main figure, of the same unit and sentence, and ``b`` names no thing of its
own or the main figure's. This module reads words; it never judges.
"""

from __future__ import annotations

import calendar
import re
from typing import Any

from .lexicon import counted_noun

# the words that open an aside figure: "..., for 6.23 million patients", "relating to"
_ASIDE_OPEN = re.compile(r"(?:,[ \u00a0]*|[ \u00a0]+)(?:for|relating[ \u00a0]+to|covering|"
                         r"involving|affecting)[ \u00a0]+(?:(?:an[ \u00a0]+estimated|about|"
                         r"around|some|nearly|almost)[ \u00a0]+)?$")


# words after a figure that date it rather than name what it counts ("7.36 million in May")
_TIME_WORDS = frozenset(m.lower() for m in calendar.month_name[1:] + calendar.day_name[:]) | {
    "year", "month", "week", "quarter", "day", "time", "period", "end", "start"}


def aside_directions(low: str, drafts: list[dict[str, Any]]) -> None:
    """Move each earlier value said after an aside to the main figure (module docstring)."""
    for n, b in enumerate(drafts):
        dirn = next((v for k, v in b["extra"] if k == "direction"), None)
        if b.get("role") != "compared" or not isinstance(dirn, dict) or \
                not isinstance(dirn.get("to"), int) or dirn["to"] < 1:
            continue
        i = dirn["to"]
        a, x = drafts[i], drafts[i - 1]
        if x["sentence"] != a["sentence"] or x["unit"] != a["unit"] or \
                x.get("role") not in (None, "compared") or x["value"] is None or \
                _ASIDE_OPEN.search(low, max(x["end"], a["start"] - 40), a["start"]) is None:
            continue
        main, aside, own = (counted_noun(low, y["end"]) for y in (x, a, b))
        if main and aside and main != aside and (own in ("", main) or own in _TIME_WORDS):
            dirn["to"] = i - 1
            _aside_earlier_value(low, drafts, n, i, aside, bool(dirn.get("up")))


def _aside_earlier_value(low: str, drafts: list[dict[str, Any]], n: int, i: int, aside: str,
                         up: bool) -> None:
    """The aside's own earlier value, joined to the main one's by "and": "down from 7.41
    million treatments and 6.25 million patients" (6.25 million is the 6.24 million patients'
    earlier value)."""
    if n + 1 >= len(drafts):
        return
    b, c = drafts[n], drafts[n + 1]
    if c["sentence"] != b["sentence"] or c["unit"] != b["unit"] or c.get("role") is not None or \
            c["value"] is None or counted_noun(low, c["end"]) != aside or \
            _AND_NEXT.fullmatch(low, b["end"], c["start"]) is None:
        return
    c["role"] = "compared"
    c["extra"].append(("direction", {"to": i, "up": up}))


# from the main figure's earlier value to the aside's: "7.41 million treatments and "
_AND_NEXT = re.compile(r"(?:[ \u00a0]+[a-z][\w-]*){0,2}[ \u00a0]*,?[ \u00a0]+and[ \u00a0]+")
