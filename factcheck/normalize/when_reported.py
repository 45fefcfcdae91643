"""Figures with no noun of their own that the day's figures before them give a count (readings50,
issue #10): a day's figure a "when ... reported N" clause gives for another day, and a sum over
days written with a window and no noun.

Called once readings and change bases are set. "Russia lost 1,420 troops over the past day,
the most in a day since April 1, when the General Staff reported 1,540"; "... 810 more than a
day earlier, when it reported 1,220": the figure after "when <who> reported" (recorded,
counted, gave, put it at) names no noun of its own and ends its clause; it is the same count
as the day's figure of its sentence before it, given for the day the clause's date names. It
takes that figure's measure and subject (its own period stays: the date before "when" dated
it), with the basis "carried within the sentence: ..." so a finding on it may be an error.
Nothing is carried when the sentence has no such day's figure before it, or two of different
measures.

"The General Staff reported 2,030 Russian casualties on Friday. Together with Thursday's 1,220,
that makes 3,250 in two days": a figure followed right away by a window of days ("in two days",
"over both days", "in the past week", rules/vocab/readings.yaml ``windows``) and naming nothing
it counts is the sum of the day's figures of its paragraph before it (within two sentences;
a running total before it counts the same: "rose to more than 1.2 million; 1,090 were added
in the last day", a passive verb of the count between figure and window): it
takes their one measure and subject before the readings are made (``carry_window_sums``), so
that its window reading is judged against the dataset's sum of those days' reports. A bare
figure in brackets after a weekday's name ("Three days this week topped 1,000: Friday (1,090),
Thursday (1,300) and Monday (1,030)") takes the same count, dated by its weekday. This module
decides no verdict.
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
# a weekday's figure in brackets after its name: "Friday (1,090), Thursday (1,300)"
_WEEKDAY_OPEN = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                           r"['’]?s?\s*\(\s*$")
# a passive verb of the count between a bare figure and its window: "1,090 were added in the
# last day" (after the running total it adds to)
_ADDED = re.compile(r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:added|lost|recorded|counted|"
                    r"reported|registered)\s+")
# ... or the one day after such a verb: "1,090 were added in the last day"
_LAST_DAY = re.compile(r"(?:in|over|during)\s+the\s+(?:last|past|previous)\s+(?:day|24\s+hours)\b")
# how far before a bare window sum the day's figures it adds up may stand (about two sentences)
_SUM_REACH = 300


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
            _take_keys(d, level, _WHEN_HOW)


def carry_window_sums(ctx: Any, drafts: list[dict[str, Any]], windows: re.Pattern[str]) -> None:
    """Give each bare figure written right before a window of days, or in brackets after a
    weekday's name, the measure and subject of the day's figures of its paragraph before it
    (in place; before the readings are made)."""
    low = ctx.low
    for i, d in enumerate(drafts):
        if d.get("measure") is not None or d.get("unit") or d.get("cumulative"):
            continue
        how = _WEEKDAY_HOW if _WEEKDAY_OPEN.search(low, max(0, d["start"] - 14), d["start"]) \
            and low.startswith(")", d["end"]) else _SUM_HOW if _window_after(low, d, windows) \
            else None
        if how is None:
            continue
        par = ctx.paragraph(d["start"])
        days = [x for x in drafts[:i] if x["start"] >= d["start"] - _SUM_REACH and
                ctx.paragraph(x["start"]) == par]
        level = _one_days_count(days, ctx.lex)
        if level is not None:
            _take_keys(d, level, how)


# a sentence that opens on a rank with no noun of its own: "The second-highest, earlier this
# month, was 1,530 in one day" (after "The highest number ... in a single day was 1,740")
_RANK_HEAD = re.compile(r"[\s\"“]*(?:and\s+)?the\s+(?:second|third|fourth|fifth|next)[-\s]+"
                        r"(?:highest|largest|biggest|heaviest|deadliest|bloodiest|worst|"
                        r"costliest|lowest|smallest)\s*(?:,|was\b|came\b|is\b)")
_RANK_HOW = ("carried from the sentence before: the count of the record figure a rank with no "
             "noun of its own continues")


def carry_ranked_heads(ctx: Any, drafts: list[dict[str, Any]], record: re.Pattern[str]
                       ) -> None:
    """Give the first figure of a sentence that opens on a bare rank ("The second-highest,
    earlier this month, was 1,530 in one day") the measure and subject of the record figure
    of the sentence before (its sentence holds ``record``'s words: readings.yaml ``record``),
    when that sentence has one count of a daily report (in place; before the readings)."""
    low = ctx.low
    firsts: set[tuple[int, int]] = set()
    for i, d in enumerate(drafts):
        span = d["sentence"]
        if span in firsts:
            continue
        firsts.add(span)
        if d.get("measure") is not None or d.get("unit") or d.get("cumulative") or \
                d.get("value") is None or not _RANK_HEAD.match(low, span[0]):
            continue
        k = ctx.sentence(span[0])[0]
        before = [x for x in drafts[:i] if ctx.sentence(x["start"])[0] == k - 1]
        level = _one_days_count(before, ctx.lex)
        if level is not None and record.search(low, *level["sentence"]):
            _take_keys(d, level, _RANK_HOW)


def _window_after(low: str, d: dict[str, Any], windows: re.Pattern[str]) -> bool:
    """Whether a window of days stands right after the figure ("3,250 in two days"), or a
    window or the last day after a passive verb of the count ("1,090 were added in the last
    day")."""
    verb = _ADDED.match(low, d["end"])
    at = verb.end() if verb else d["end"]
    if verb is not None and _LAST_DAY.match(low, at):
        return True
    win = windows.search(low, at, min(d["sentence"][1], at + 40))
    return win is not None and not low[at:win.start()].strip()


def _one_days_count(days: list[dict[str, Any]], lex: Any) -> dict[str, Any] | None:
    """The last of the day's figures (or running totals: the same count) when they all count
    one measure of one subject and there are some; None otherwise."""
    found = [x for x in days if x.get("measure") and x.get("subject") and
             not x.get("unit") and lex.daily_reports(x["measure"])]
    if not found or len({(x["measure"], x["subject"]) for x in found}) > 1 or \
            any(x.get("measure") and x not in found for x in days):
        return None
    return found[-1]


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


_WHEN_HOW = ("carried within the sentence: the count of the day's figure a \"when ... reported\" "
             "clause gives for another day")
_WEEKDAY_HOW = ("carried within the paragraph: the count of the day's figures before a "
                "weekday's figure in brackets")
_SUM_HOW = ("carried within the paragraph: the count of the figures before it, which a bare figure "
            "over days written after them adds to")


def _take_keys(d: dict[str, Any], level: dict[str, Any], how: str) -> None:
    d["measure"], d["subject"] = level["measure"], d.get("subject") or level["subject"]
    pending = d.get("_basis")
    if isinstance(pending, dict):
        # (before the readings: they write the basis from this record)
        pending["measure"] = pending["subject"] = how
        return
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
