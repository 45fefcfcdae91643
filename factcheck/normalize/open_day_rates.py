"""A daily rate said of now with no stretch named (issue #10, readings69): "Russia is losing
about 1,250 soldiers a day", "nearly 1,000 soldiers are being lost each day". dates.yaml reads
"a day" as the day's report, which is one reading; a writer (or the official quoted) takes such
a rate from the recent reports as often as from the last one. A count of a daily-reported
measure with a verb of loss in the present ("is losing", "loses", "are being lost") and "a day"
(or "per day", "each day", "every day", "daily") after it, in a sentence that pins no day and names no
stretch, becomes the average per day (``<measure>_per_day``) with its window left open; the
readings are the windows ``open_day_readings`` gives, and the rules judge the figure against
every one of them (supported when one agrees, contradicted only when none does). This module
only reads the words: it decides no verdict.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any, Callable

# the mark (a draft's ``_open_rate``) of a daily rate with no stretch named
OPEN_DAY = "day"
# the basis of the day's-report reading among them: a one-day average the store computes (an
# average over one day is otherwise no reading it takes: store.lookup ``_plans``)
OPEN_DAY_REPORT = "rate: no stretch named, the day's report"
_DAY = timedelta(days=1)
# "a day" (or "per day", "each day", "every day", "on average a day", and readings71's
# "daily": "loses 1,000 soldiers daily") after the figure within its clause, and no stretch or day after it ("a day this week", "a day in October", "a day
# earlier", "each day of the past week": another reading) (lower case)
_A_DAY_AFTER = re.compile(r"(?:[ \u00a0\n]+(?!(?:in|within|over|during|than)[ \u00a0\n])"
                          r"[a-z'’-]+){0,6}?[ \u00a0\n]+(?:(?:a|per|each|every)[ \u00a0\n]+day|daily)\b"
                          r"(?![ \u00a0\n]*(?:earlier|before|ago|later|after|this|last|of|in|"
                          r"since|over|during|for|from|so|between|until|through|throughout|"
                          r"that|when|running|in[ \u00a0\n]+a[ \u00a0\n]+row)\b)")
# a verb of loss in the present, before the figure ("is losing", "are now losing", "loses",
# "has been losing") or after it ("are being lost", "are killed or wounded") (lower case)
_NOW_BEFORE = re.compile(r"\b(?:(?:is|are|has[ \u00a0\n]+been|have[ \u00a0\n]+been)"
                         r"(?:[ \u00a0\n]+(?:now|still|currently|reportedly))?[ \u00a0\n]+"
                         r"(?:losing|suffering|taking)|loses|lose|suffers)\b")
_NOW_AFTER = re.compile(r"\b(?:are|is)(?:[ \u00a0\n]+(?:now|still|being))*[ \u00a0\n]+"
                        r"(?:lost|killed|wounded|put[ \u00a0\n]+out)\b")
# words that pin the figure to a day or a stretch of their own ("over the past day",
# "yesterday", "since the invasion", "this week", "in October", a year) (lower case)
_PINNED = re.compile(r"\b(?:yesterday|today|overnight|tonight|(?:past|last|previous|preceding|"
                     r"latest)[ \u00a0\n]+(?:day|24[ \u00a0\n]+hours|week|month|year|\d+|"
                     r"[a-z]+[ \u00a0\n]+days)|since|this[ \u00a0\n]+(?:week|month|year)|"
                     r"so[ \u00a0\n]+far|in[ \u00a0\n]+(?:january|february|march|april|may|june|"
                     r"july|august|september|october|november|december)|record|highest|"
                     r"lowest|(?:19|20)\d\d)\b")


def open_day_rate(low: str, d: dict[str, Any], basis: dict[str, str] | None) -> str:
    """The words "a day" of a count said as a rate of now with no stretch named (module
    docstring), after setting the draft's measure to its average per day, its period open and
    its mark ``_open_rate`` (in place); "" (nothing changed) otherwise."""
    period = d.get("period")
    if basis is None or basis.get("period") != "written" or d.get("cumulative") or \
            period is None or period[0] != period[1] or d.get("role") not in (None, "item"):
        return ""
    # (windows around the figure, not its whole sentence: linear in the text)
    ss, se = max(d["sentence"][0], d["start"] - 150), min(d["sentence"][1], d["end"] + 200)
    got = _A_DAY_AFTER.match(low, d["end"])
    if got is None or got.end() > se:
        return ""
    if _NOW_BEFORE.search(low, ss, d["start"]) is None and \
            _NOW_AFTER.search(low, d["end"], got.end()) is None:
        return ""
    if _PINNED.search(low, ss, se) is not None:
        return ""
    words = low[d["start"]:got.end()].split()
    said = " ".join(words[-2:])
    d["measure"] = f"{d['measure']}_per_day"
    d["period"], d["cumulative"], d["_open_rate"] = None, False, OPEN_DAY
    basis["measure"] = f"written: a rate (\"{said}\") of the reports' sum"
    basis["period"] = f"none: a rate (\"{said}\") said of now over no stretch named"
    return said


def open_day_readings(D: date, start: date | None,
                      reading: Callable[..., tuple[Any, ...]]) -> tuple[tuple[Any, ...], ...]:
    """The windows a daily rate said of now may be averaged over, as writers and officials
    take them from the reports of publication ``D``: the day's report, the last seven days',
    the last 30 days', the last calendar month, the month so far, the year so far, and the war
    to date (from ``start``, the measure's first day); ``reading`` is readings._reading."""
    last = D.replace(day=1) - _DAY
    out = [reading(D - _DAY, D - _DAY, False, OPEN_DAY_REPORT),
           reading(D - timedelta(days=7), D - _DAY, False,
                   "rate: no stretch named, the last seven days' reports"),
           reading(D - timedelta(days=30), D - _DAY, False,
                   "rate: no stretch named, the last 30 days' reports"),
           reading(last.replace(day=1), last, False,
                   "rate: no stretch named, the last calendar month")]
    if D.day > 2:
        out.append(reading(D.replace(day=1), D - _DAY, False,
                           "rate: no stretch named, the month so far"))
    jan = date(D.year, 1, 1)
    if (D - jan).days > 7 and (start is None or start < jan):
        out.append(reading(jan, D - _DAY, False, "rate: no stretch named, the year so far"))
    if start is not None and start < D - timedelta(days=30):
        out.append(reading(start, D - _DAY, False,
                           "rate: no stretch named, the war's average to date"))
    return tuple(out)
