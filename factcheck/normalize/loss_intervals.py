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
# the single loss after a bare "every N seconds" ("Russia loses a soldier", "loses one Russian
# tank") and right before "every" ("a soldier every", "one tank roughly every"): its noun
# (in the present only, "loses", "is losing": what is said of now, which the recent reports
# can judge; "was losing a soldier every 38 seconds" names some time the words do not date)
_NOW_VERB = (r"(?:los(?:e|es)|(?<!was )(?<!were )losing|kill(?:s)?|(?<!was )(?<!were )killing|"
             r"destroy(?:s)?|(?<!was )(?<!were )destroying)")
_ONE_NOUN_AFTER = re.compile(r"[^.;:!?]{0,80}?\b(?P<verb>" + _NOW_VERB + r")[ \u00a0]+(?:a|an|one)"
                             r"[ \u00a0]+(?:(?:russian|ukrainian|single)[ \u00a0]+)?"
                             r"(?P<noun>[a-z]+)\b")
_ONE_NOUN_BEFORE = re.compile(r"\b" + _NOW_VERB +
                              r"[ \u00a0]+(?:one|an?)[ \u00a0]+(?:(?:russian|ukrainian|single)"
                              r"[ \u00a0]+)?(?P<noun>[a-z]+)[ \u00a0]+(?:(?:roughly|about|around|"
                              r"nearly|almost|approximately)[ \u00a0]+)?every[ \u00a0]+$")
# the mark (a draft's ``_open_rate``) of an interval with no count and no stretch named
OPEN_INTERVAL = "interval"
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
                _open_interval(ctx, d, bases[i])
                continue
            d["measure"] = total["measure"] + INTERVAL
            d["subject"], d["period"] = total["subject"], total["period"]
            d["cumulative"] = False
            if bases[i] is not None:
                bases[i]["measure"] = ("written: the time between the events of the count "
                                       "before it in its sentence")
                bases[i]["period"] = "carried within the paragraph: the count's"
        prev = own


def _open_interval(ctx: Any, d: dict[str, Any], basis: Any) -> None:
    """"Every 49 seconds Russia loses a soldier": an interval with no count in its sentence
    or the one before, said of a single loss ("a soldier", "one tank") of a daily-reported
    measure, over no stretch longer than a day. It takes the noun's measure with the suffix
    ``_interval`` and the subject named before its verb; its period is left open
    (``OPEN_INTERVAL``): readings.add_readings makes the recent windows a writer (or the
    ministry quoted) may have counted it over its readings."""
    ss, se = d["sentence"]
    m = _ONE_NOUN_AFTER.match(ctx.low, d["end"], se) if \
        _EVERY_BARE.search(ctx.low, max(ss, d["start"] - 8), d["start"]) is not None else None
    if m is None:
        m = _ONE_NOUN_BEFORE.search(ctx.low, max(ss, d["start"] - 60), d["start"])
        verb = m.start() if m is not None else -1
    else:
        verb = m.start("verb")
    if m is None or d.get("period") is not None and d["period"][1] > d["period"][0]:
        return
    measure = _noun_measure(ctx.lex, m.group("noun"))
    subject = d.get("subject") or ctx.lex.subject_before(ctx.low, ss, verb, [], se, "conflict")
    if measure is None or not subject:
        return
    d["measure"], d["subject"] = measure + INTERVAL, subject
    d["period"], d["cumulative"], d["_open_rate"] = None, False, OPEN_INTERVAL
    if basis is not None:
        basis["measure"] = (f"written: the time between single losses (\"a {m.group('noun')}\"),"
                            " no count given")
        basis["period"] = "none: an interval over no stretch named"


def _noun_measure(lex: Any, noun: str) -> str | None:
    """The daily-reported measure a single loss's noun names ("soldier": personnel losses,
    "tank": tanks), through its plural, or None."""
    forms = [noun, noun + "s", noun[:-1] + "ies" if noun.endswith("y") else "",
             noun[:-3] + "men" if noun.endswith("man") else ""]
    for f in forms:
        for mid in (lex.phrase_measure.get(f) or ()) if f else ():
            if lex.daily_reports(mid) and lex.domain(mid) == "conflict":
                return str(mid)
    return None


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
