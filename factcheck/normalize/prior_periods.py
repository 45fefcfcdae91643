"""A change to a new level whose earlier level the story gave for the year before, in an
earlier sentence (issue #11, everyday73): "The country's coffee exports were worth $3.1
billion in 2023. ... Last year they grew 8% to $3.35 billion".

A change with a new value but no earlier one, whose own words name no base ("on", "from",
"than", "a year earlier": base_years.py reads a named base year), gets as its earlier value
the one level of its new value's kind (in the headline or body; its unit; one measure, or
counts whose measures are only their nouns; the same subject or none; at most twice or half
it) that an earlier sentence dates to the year just before the new value's (of about its
length, within a month and a half, and starting about one such length before it). Years
only: a quarter's or a month's change may be on the period before or on the same one a year
earlier, and the words do not say which. Two such levels that disagree, or none, leave the
change as it was: the reading must be the only one. This module reads words; it never judges.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from .base_years import _LEVEL, _NOT_A_YEARS_LEVEL, _change, _one_kind

# words after a change that name its base: another comparison than the period before
_BASE_NAMED = re.compile(r"\b(?:from|on|than|against|compared|since|over|versus|vs|year[- ]on[- ]"
                         r"year|a[ \u00a0]+year[ \u00a0]+(?:earlier|ago|before)|"
                         r"(?:19|20)\d\d)\b")
# the slack on a period's length, in days (a financial year against a calendar one)
_SLACK = 45


def _days(p: Any) -> tuple[_dt.date, _dt.date] | None:
    if not p:
        return None
    s, e = (x if isinstance(x, _dt.date) else _dt.date.fromisoformat(str(x)[:10]) for x in p[:2])
    return s, e


def _period_before(earlier: Any, later: Any) -> bool:
    """Whether period ``earlier`` is the one just before ``later``: of about its length, and
    starting about that length before it."""
    a, b = _days(earlier), _days(later)
    if a is None or b is None:
        return False
    la, lb = (a[1] - a[0]).days, (b[1] - b[0]).days
    step = (b[0] - a[0]).days
    # (a year only: a month's or a quarter's change may be on the period before or on the
    # same one a year earlier, and the words do not say which)
    return lb >= 360 and abs(la - lb) <= _SLACK and abs(step - (lb + 1)) <= _SLACK and a[1] < b[1]


def _clause_after(low: str, d: dict[str, Any], t: dict[str, Any]) -> str:
    """The words of the change's clause after its new value (to the next stop or semicolon)."""
    end = max(d["end"], t["end"])
    stop = min((i for i in (low.find(".", end), low.find(";", end)) if i >= 0),
               default=d["sentence"][1])
    return low[end:min(stop, d["sentence"][1], end + 80)]


def _level_before(low: str, drafts: list[dict[str, Any]], i: int, to: int) -> int | None:
    """The one level of ``drafts[to]``'s kind that an earlier sentence dates to the period
    just before its own (module docstring)."""
    t = drafts[to]
    got = [j for j, x in enumerate(drafts[:i]) if j != to and x["value"] and
           x["sentence"][1] <= drafts[i]["sentence"][0] and
           not _NOT_A_YEARS_LEVEL.search(low, max(x["sentence"][0], x["start"] - 40),
                                         x["start"]) and
           x.get("role") in _LEVEL and x.get("section") in ("headline", "body") and
           _period_before(x.get("period"), t.get("period")) and _one_kind(x, t) and
           0.5 <= float(x["value"]) / float(t["value"]) <= 2 and
           not any(k in ("change", "conversion_of", "direction") for k, _ in x["extra"])]
    return got[0] if got and len({drafts[j]["value"] for j in got}) == 1 else None


def changes_from_the_period_before(low: str, drafts: list[dict[str, Any]]) -> None:
    """See the module docstring."""
    for i, d in enumerate(drafts):
        ch = _change(d)
        if ch is None or ch.get("from") is not None or ch.get("kind") not in ("percent",
                                                                             "absolute") or \
                not isinstance(ch.get("to"), int) or d["section"] != "body":
            continue
        to = ch["to"]
        t = drafts[to]
        if not t["value"] or t["unit"] == "percent" or t["sentence"] != d["sentence"] or \
                (ch["kind"] == "absolute" and d["unit"] != t["unit"]) or \
                _BASE_NAMED.search(_clause_after(low, d, t)) or \
                _BASE_NAMED.search(low, d["end"], t["start"]):
            continue
        frm = _level_before(low, drafts, i, to)
        if frm is None:
            continue
        ch["from"] = frm
        drafts[frm]["role"] = drafts[frm].get("role") or "compared"
