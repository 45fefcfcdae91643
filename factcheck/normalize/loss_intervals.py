"""A count told as the time between its events (issue #10, readings64): "Kyiv counted 48,670
Russian casualties in December, one every 55 seconds"; "1,600 over the previous 24 hours,
roughly 67 an hour, or one every 54 seconds". A duration in seconds or minutes right after
"one every" (or "a soldier every", "a casualty every") in a sentence that gives a count of a
daily-reported measure before it is the period's time over that count: the figure takes the
count's measure with the suffix ``_interval``, its subject and its period, and the store
divides the period's seconds by the reports' sum over it (``store.lookup._average_ref``), so
it is checked against the reports, not against the count as written. This module only reads
the words: it decides no verdict.
"""

from __future__ import annotations

import re
from typing import Any

from .sentences import by_sentence

INTERVAL = "_interval"
# the words right before the duration: "one every", "a soldier every", "one Russian soldier
# every", "a casualty roughly every" (lower case)
_EVERY_BEFORE = re.compile(r"\b(?:one|an?)(?:[ \u00a0]+[a-z]+){0,2}?[ \u00a0]+(?:(?:roughly|about|"
                           r"around|nearly|almost|approximately)[ \u00a0]+)?every[ \u00a0]+$")
_DURATIONS = frozenset({"second", "minute", "hour"})
# "Every 49 seconds Russia loses a soldier": a bare "every" before the duration, and a verb of
# loss with a single count ("a soldier", "one tank", "a man") after it in its clause
_EVERY_BARE = re.compile(r"\bevery[ \u00a0]+$")
_ONE_LOST_AFTER = re.compile(r"[^.;:!?]{0,80}?\b(?:los(?:e|es|t|ing)|kill(?:s|ed|ing)?|"
                             r"destroy(?:s|ed|ing)?)[ \u00a0]+(?:a|an|one)\b")
_RATE_TAILS = ("_per_day", "_per_week", "_per_month", "_per_hour", INTERVAL)


def loss_intervals(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any]) -> None:
    """Every duration said as the time between a count's events (module docstring), in
    place."""
    if "every " not in ctx.low:
        return
    prev: list[int] = []
    for own in by_sentence(drafts).values():
        for k, i in enumerate(own):
            d = drafts[i]
            if d.get("unit") not in _DURATIONS or d.get("measure") or d.get("cumulative") or \
                    not _said_as_interval(ctx.low, d):
                continue
            total = _its_count(ctx, drafts, own, k, prev)
            if total is None:
                continue
            d["measure"] = total["measure"] + INTERVAL
            d["subject"], d["period"] = total["subject"], total["period"]
            d["cumulative"] = False
            if bases[i] is not None:
                bases[i]["measure"] = ("written: the time between the events of the count "
                                       "before it in its sentence")
                bases[i]["period"] = "carried within the paragraph: the count's"
        prev = own


def _said_as_interval(low: str, d: dict[str, Any]) -> bool:
    """Whether duration ``d`` is the time between single events: "one every 55 seconds", "a
    soldier every 83 seconds", or "Every 49 seconds Russia loses a soldier"."""
    ss, se = d["sentence"]
    if _EVERY_BEFORE.search(low, max(ss, d["start"] - 40), d["start"]) is not None:
        return True
    return _EVERY_BARE.search(low, max(ss, d["start"] - 8), d["start"]) is not None and \
        _ONE_LOST_AFTER.match(low, d["end"], se) is not None


def _its_count(ctx: Any, drafts: list[dict[str, Any]], own: list[int], k: int,
               prev: list[int]) -> dict[str, Any] | None:
    """The count an interval divides: the last one before it in its sentence, else the first
    after it there ("Every 56 seconds in January, Russia lost a soldier: ... counted 48,240"),
    else the last one of the sentence before in its paragraph ("... counted 31,190 ... in
    November. Russia was losing a soldier every 83 seconds")."""
    lex = ctx.lex
    got = next((drafts[j] for j in reversed(own[:k]) if _a_count(lex, drafts[j])), None) or \
        next((drafts[j] for j in own[k + 1:] if _a_count(lex, drafts[j])), None)
    if got is None and prev and \
            ctx.paragraph(drafts[prev[0]]["start"]) == ctx.paragraph(drafts[own[k]]["start"]):
        got = next((drafts[j] for j in reversed(prev) if _a_count(lex, drafts[j])), None)
    return got


def _a_count(lex: Any, x: dict[str, Any]) -> bool:
    """Whether draft ``x`` is a count of a daily-reported measure over a period (no rate, no
    running total) that a duration after it can divide."""
    m = x.get("measure")
    return bool(m) and not str(m).endswith(_RATE_TAILS) and lex.daily_reports(m) and \
        not x.get("unit") and not x.get("cumulative") and x.get("period") is not None and \
        bool(x.get("subject")) and bool(x.get("value")) and float(x["value"]) > 1
