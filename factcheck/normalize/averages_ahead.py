"""An average per day, week or month written before its total and count (issue #11,
everyday93).

Called by ``relations.relate`` after the other averages are read. "Small-boat arrivals averaged
about 81 a day last year. In all, 29,437 people crossed the Channel in small boats over the 365
days of 2023"; "The new cap adds an average of about £12.41 a month to a typical bill. Over the
12 months, the increase comes to £149": an amount said as an average ("averaged", "averaging",
"an average of") of each day, week or month ("a day", "per week", "people a month" after it),
alone of its unit in its sentence, is the total of its unit the next sentence gives (in its
paragraph or opening the next; a figure larger than the average, the first of its unit there)
over the count of days, weeks or months that sentence gives ("over the 365 days", "in the 12
months"): ``("average", {"of": total, "count": n})``, which wrong-arithmetic judges. With no
such count, or two, or none of the average's stretch, it is left alone. This module reads
words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

from .sentences import by_sentence

_W = r"[ \u00a0]+"
_AVERAGED = re.compile(r"\b(?:averag(?:ed|ing|es)|an?" + _W + r"average" + _W + r"of)" + _W +
                       r"(?:(?:about|around|roughly|some|nearly|almost|just" + _W +
                       r"(?:over|under))" + _W + r")?\Z")
# the stretch each part of the total covers: " a day", " people a day", " per month"
_EACH = re.compile(r"(?:" + _W + r"[a-z-]+){0,2}?" + _W + r"(?:a|an|per|each)" + _W +
                   r"(?P<per>day|week|month)\b")
_UNITS = {"day": "day", "week": "week", "month": "month"}
_LEVEL_ROLES = (None, "total")


def _count(drafts: list[dict[str, Any]], idxs: list[int], per: str) -> float | None:
    """The one whole count of ``per`` (two or more) among ``idxs``."""
    counts = [float(drafts[j]["value"]) for j in idxs
              if (drafts[j]["unit"] or "").rstrip("s") == _UNITS[per] and drafts[j]["value"]
              and float(drafts[j]["value"]) >= 2 and
              float(drafts[j]["value"]) == int(drafts[j]["value"])]
    return counts[0] if len(counts) == 1 else None


def averages_ahead(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set ``average`` on each average written before its total and count (module
    docstring)."""
    if "averag" not in low:
        return
    by_sent = by_sentence(drafts)
    order = list(by_sent)
    for s in range(len(order) - 1):
        own, nxt = by_sent[order[s]], by_sent[order[s + 1]]
        if low.count("\n\n", drafts[own[-1]]["end"], drafts[nxt[0]]["start"]) > 1:
            continue
        units = [drafts[j]["unit"] for j in own] if len(own) < 50 else []
        for i in own:
            d = drafts[i]
            m = _EACH.match(low, d["end"])
            if m is None or not d["value"] or d["unit"] == "percent" or \
                    d.get("role") not in (None, "each") or \
                    any(k in ("average", "relation", "change") for k, _ in d["extra"]) or \
                    _AVERAGED.search(low, max(d["sentence"][0], d["start"] - 40), d["start"]) is None \
                    or units.count(d["unit"]) != 1:
                continue
            total = next((j for j in nxt if drafts[j]["unit"] == d["unit"]), None)
            if total is None or drafts[total].get("role") not in _LEVEL_ROLES or \
                    not drafts[total]["value"] or drafts[total]["value"] <= d["value"] or \
                    any(k in ("average", "relation", "change") for k, _ in drafts[total]["extra"]):
                continue
            n = _count(drafts, nxt, m.group("per"))
            if n is None:
                continue
            d["extra"].append(("average", {"of": total, "count": n}))
