"""An amount a period spread over a count of periods, and the total it makes (issue #11,
everyday98).

Called by ``rate_averages.rate_averages``. "The council will spend £15 million a year on roads
for the next four years, £60 million in all": an amount said "a year" (or "a month", "a week",
"annually") followed in its sentence by "for (the next | the following) N years" (a count of
the amount's own period, in digits or words) and then, after a comma, an amount of the same
unit closed by "in all", "in total", "altogether" or "overall" (or opened by "a total of") is
that total's average over the N periods: ``("average", {"of": total, "count": N})`` on the
amount, which wrong-arithmetic judges as any average. Only the next figure of the amount's
unit after it, in its sentence, with nothing but those words between. This module reads
words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20}
_WS = r"[ \u00a0]+"
# the period an amount is said for, right after it: "£15 million a year", "$2bn annually"
_PER = re.compile(_WS + r"(?:(?:a|an|per|each|every)" + _WS + r"(year|month|week|day)\b|(annually))")
# from the amount to its total: " a year on repairing roads for the next four years, "
_SPREAD = re.compile(r"[^.;:!?\d]{0,60}?\bfor" + _WS + r"(?:(?:the|each" + _WS + r"of" + _WS +
                     r"the)" + _WS + r"(?:next|following|coming|last|past)" + _WS + r")?"
                     r"(?P<n>\d{1,2}|" + "|".join(_COUNTS) + r")" + _WS + r"(?P<per>[a-z]+?)s?"
                     r"[ \u00a0]*,[ \u00a0]*(?:(?:making|giving|or)" + _WS + r")?"
                     r"(?P<total>a" + _WS + r"total" + _WS + r"of" + _WS + r")?"
                     r"(?:(?:some|about|around|nearly|almost|roughly)" + _WS + r")?")
_TOTAL_AFTER = re.compile(_WS + r"(?:in" + _WS + r"all|in" + _WS + r"total|altogether|overall)\b")


def spread_totals(low: str, drafts: list[dict[str, Any]]) -> None:
    """The average over a count of periods of a total said after them (module docstring)."""
    for i, a in enumerate(drafts):
        per = _PER.match(low, a["end"]) if a["value"] else None
        if per is None or any(k in ("average", "change", "relation") for k, _ in a["extra"]):
            continue
        # (the next figure of its unit in its sentence: the search stops at the sentence's end)
        j = i + 1
        while j < len(drafts) and drafts[j]["sentence"] == a["sentence"] and \
                drafts[j]["unit"] != a["unit"]:
            j += 1
        if j >= len(drafts) or drafts[j]["sentence"] != a["sentence"] or not drafts[j]["value"]:
            continue
        m = _SPREAD.fullmatch(low, a["end"], drafts[j]["start"])
        if m is None or m.group("per") != (per.group(1) or "year") or \
                _PER.match(low, drafts[j]["end"]) is not None or \
                not (m.group("total") or _TOTAL_AFTER.match(low, drafts[j]["end"])):
            continue
        n = int(m.group("n")) if m.group("n").isdigit() else _COUNTS[m.group("n")]
        if n >= 2:
            a["extra"].append(("average", {"of": j, "count": float(n)}))
