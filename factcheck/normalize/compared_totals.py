"""A total's earlier value as the sum of its parts' earlier values (issue #11, everyday48).

Called by ``relations.relate`` once totals, parts and compared values are read. "Tesco's
share fell to 28.6% from 29.7%, Asda's to 17.4% from 17.6%, Sainsbury's to 16.5% from 16.9%
and Morrisons' to 11.1% from 11.6%. Between them the four held 73.6% of the market, against
75.8% a year before": the total's compared value (75.8%) is the sum of its parts' compared
values, each written right after its part ("to 28.6% from 29.7%"): ``("sum", {"of": A,
"plus": (B, ...)})`` on it, which the arithmetic rule checks. Left alone unless every part
has exactly one such value.
"""

from __future__ import annotations

import re
from typing import Any

# between a level and its earlier value: "to 28.6% from 29.7%", "28.6%, down from 29.7%"
_FROM = re.compile(r"[ \u00a0]*,?[ \u00a0]*(?:(?:up|down)[ \u00a0]+)?(?:from|against|compared"
                   r"[ \u00a0]+(?:with|to))[ \u00a0]+(?:the[ \u00a0]+)?")
# between a total and its earlier value: "73.6% of the market, against 75.8% a year before"
_TOTAL_FROM = re.compile(r"(?:[ \u00a0]+[a-z][\w’'-]*){0,4}[ \u00a0]*,?[ \u00a0]*(?:(?:up|down)"
                         r"[ \u00a0]+)?(?:from|against|compared[ \u00a0]+(?:with|to))"
                         r"[ \u00a0]+(?:the[ \u00a0]+)?")


def _earlier(low: str, drafts: list[dict[str, Any]], i: int, pat: re.Pattern[str]
             ) -> int | None:
    """The compared value written right after figure ``i`` in its sentence, or None."""
    j = i + 1
    if j >= len(drafts):
        return None
    d, c = drafts[i], drafts[j]
    if c["sentence"] != d["sentence"] or c.get("role") != "compared" or \
            c["unit"] != d["unit"] or not pat.fullmatch(low, d["end"], c["start"]):
        return None
    return j


def compared_totals(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set on a total's earlier value the sum of its parts' earlier values (module
    docstring)."""
    for t, d in enumerate(drafts):
        if d.get("role") != "total" or d["value"] is None:
            continue
        c = _earlier(low, drafts, t, _TOTAL_FROM)
        if c is None or any(k == "sum" for k, _ in drafts[c]["extra"]):
            continue
        parts = [j for j, x in enumerate(drafts) if x.get("group") == t and
                 x.get("role") == "part"]
        if len(parts) < 2:
            continue
        earlier = [_earlier(low, drafts, j, _FROM) for j in parts]
        if any(e is None for e in earlier) or len(set(earlier)) != len(earlier):
            continue
        es = [e for e in earlier if e is not None]
        drafts[c]["extra"].append(("sum", {"of": es[0], "plus": tuple(es[1:])}))
