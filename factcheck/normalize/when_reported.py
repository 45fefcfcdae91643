"""A day's figure a "when ... reported N" clause gives for another day (readings50, issue #10).

Called once readings and change bases are set. "Russia lost 1,420 troops over the past day,
the most in a day since April 1, when the General Staff reported 1,540"; "... 810 more than a
day earlier, when it reported 1,220": the figure after "when <who> reported" (recorded,
counted, gave, put it at) names no noun of its own and ends its clause; it is the same count
as the day's figure of its sentence before it, given for the day the clause's date names. It
takes that figure's measure and subject (its own period stays: the date before "when" dated
it), with the basis "carried within the sentence: ..." so a finding on it may be an error.
Nothing is carried when the sentence has no such day's figure before it, or two of different
measures. This module decides no verdict.
"""

from __future__ import annotations

import re
from typing import Any

# the clause before the figure, lower case, searched in the 80 characters before it
_WHEN_REPORTED = re.compile(
    r"\bwhen\s+(?:[a-z'’.-]+\s+){1,4}?(?:reported|recorded|counted|registered|gave|logged|"
    r"put\s+(?:it|the\s+(?:figure|toll|count|tally|number))\s+at)\s+(?:(?:about|around|some|"
    r"roughly|more\s+than|over|nearly|almost|just\s+over|just\s+under)\s+)?$")
# nothing of the figure's own after it: its clause ends
_CLAUSE_END = re.compile(r"\s*(?:[.;,)]|$)")


def carry_when_reported(low: str, drafts: list[dict[str, Any]], lex: Any) -> None:
    """Give each figure of a "when ... reported N" clause the measure and subject of the day's
    figure before it in its sentence (in place)."""
    for i, d in enumerate(drafts):
        if d.get("measure") is not None or d.get("unit") or d.get("cumulative") or \
                d.get("period") is None:
            continue
        ss = d["sentence"][0]
        if _WHEN_REPORTED.search(low, max(ss, d["start"] - 80), d["start"]) is None or \
                _CLAUSE_END.match(low, d["end"]) is None:
            continue
        level = _day_figure_before(drafts, i, lex)
        if level is not None:
            _take_keys(d, level)


def _day_figure_before(drafts: list[dict[str, Any]], i: int, lex: Any
                       ) -> dict[str, Any] | None:
    """The one measure of the daily-reported day's figures before draft ``i`` in its
    sentence: the nearest such figure, or None when there is none or two measures."""
    d = drafts[i]
    found = [x for x in drafts[:i] if x.get("sentence") == d["sentence"] and
             x.get("measure") and x.get("subject") and not x.get("cumulative") and
             not x.get("unit") and lex.daily_reports(x["measure"])]
    if not found or len({x["measure"] for x in found}) > 1:
        return None
    return found[-1]


def _take_keys(d: dict[str, Any], level: dict[str, Any]) -> None:
    d["measure"], d["subject"] = level["measure"], d.get("subject") or level["subject"]
    how = "carried within the sentence: the count of the day's figure a \"when ... reported\" " \
          "clause gives for another day"
    extra = d.get("extra")
    if extra is None:
        extra = d["extra"] = []
    for i, (k, v) in enumerate(extra):
        if k == "basis":
            extra[i] = (k, tuple((key, how if key in ("measure", "subject") else b)
                                 for key, b in v))
            return
    # (a figure of no measure has no basis yet: its period is the clause's, carried as well)
    extra.append(("basis", (("measure", how), ("subject", how), ("period", how),
                            ("scope", "none"))))
