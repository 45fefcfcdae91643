"""Averages whose unit carries their period (issue #11, everyday89).

Called by ``relations.relate`` once earlier values are read. "It burned 153,336 acres in that
time, an average of about 9,000 acres a day" after "fully contained on Sunday, 17 days after it
broke out"; "The fire has burned 108,000 acres over the past 12 days, about 9,000 acres a day":
a figure whose unit is a unit over a stretch of time ("acre / day", read so by the extractor),
said as an average (after "an average of", "averaging", or in apposition after a comma; an
item of a list of two such figures too), is
the total of that unit before it in its sentence (or in the sentence before, when its own opens
"That is") over a count of the stretch: a duration of that unit ("17 days", "12 days") in its
sentence or in the three before, or the total's own period counted in days. Each such count is
a reading; the one that bears the average out (the nearest when none does) is kept, so it is
contradicted only when every reading disagrees. The average gets ``("average", {"of": total,
"count": n, "per": "day"})``: the engine works the total out per second of ``per``. This
module reads words; it never judges.

A bare count with its stretch after it (everyday96: "A record 45,774 people crossed ... in
2022. Over the 365 days of the year, that was about 125 a day"; "Guns killed 48,830 people
in 2021 ...: about 134 deaths a day") is read the same way: a figure with no unit followed by
at most two words and "a day" ("a week", "per hour"), said as an average (also after a colon,
or after "that was"), is the nearest larger count with no unit before it in its sentence, or
in the sentence before when none stands in its own and it is said after "that was", over the
same readings of the count; the average then carries no ``per`` (it is a count a day, the
engine works the total out per unit of the count).
"""

from __future__ import annotations

import math
import re
from typing import Any

from .sentences import by_sentence
from .spread_totals import spread_totals

_BACK = 3   # sentences before the average's in which its count may stand
_RATE_UNIT = re.compile(r"(.+) / (hour|day|week)")
# how an average is said before its figure: "an average of", "averaging", ", " in apposition
_SAID_AS_AVERAGE = re.compile(r"(?:\ban?[ \u00a0]+average[ \u00a0]+(?:of[ \u00a0]+)?|"
                              r"\baverag(?:ed|ing|es)[ \u00a0]+|,[ \u00a0]*(?:or[ \u00a0]+)?)$")
# a bare count's stretch after it: " a day", " deaths a day", " people per week"
_EACH_STRETCH = re.compile(r"(?:[ \u00a0]+[a-z-]+){0,2}?[ \u00a0]+(?:a|an|per|each|every|for[ \u00a0]+"
                           r"(?:each|every))[ \u00a0]+(?P<per>hour|day|week|(?P<ground>square[ \u00a0]+"
                           r"(?:kilomet(?:re|er)|km)))\b")
# the unit of the area a count per square kilometre is over ("103 casualties for every square
# kilometre" after "the 4,168 square kilometres Russia took"): that area's figure is its count
_GROUND_UNIT = "kilometer ** 2"
# how a bare count's average is said before it: as a rate's, after a colon, after "that was"
_SAID_AS_COUNT_AVERAGE = re.compile(r"(?:\ban?[ \u00a0]+average[ \u00a0]+(?:of[ \u00a0]+)?|"
                                    r"\baverag(?:ed|ing|es)[ \u00a0]+|[,:][ \u00a0]*(?:or[ \u00a0]+)?|"
                                    r"\b(?:that|this|it)[ \u00a0]+(?:is|was|means|meant)[ \u00a0]+|"
                                    r"\b(?:works?|worked|working)[ \u00a0]+out[ \u00a0]+at[ \u00a0]+)"
                                    # (a hedge between: ", roughly 67 an hour")
                                    r"(?:(?:about|around|roughly|nearly|almost|some|close[ \u00a0]+"
                                    r"to|approximately)[ \u00a0]+)?$")
_THAT_WAS = re.compile(r"\b(?:that|this|it)[ \u00a0]+(?:is|was|means|meant)[ \u00a0]+$")
_THAT_IS = re.compile(r"\W*(?:that|this|it)(?:[’']s|[ \u00a0]+(?:is|was|means|works[ \u00a0]+out"
                      r"[ \u00a0]+at))[ \u00a0]+")


def _total(low: str, drafts: list[dict[str, Any]], own: list[int], before: list[int],
           i: int, base: str) -> int | None:
    """The total the average at ``i`` is of: the nearest figure of ``base`` before it in its
    sentence, or in the sentence before when its own opens "That is" (an amount added, "500,000
    extra travellers", too: ``_totals`` reads its levels beside it)."""
    d = drafts[i]
    # (an extra a day is of the extra, told as a move too: "That is 500,000 extra travellers,
    # or about 1,400 extra passengers a day")
    roles = (None, "total", "item", "additional") + (
        ("change",) if d.get("role") == "additional" else ())

    def fits(j: int) -> bool:
        x = drafts[j]
        return x["unit"] == base and bool(x["value"]) and float(x["value"]) > float(d["value"]) \
            and x.get("role") in roles and \
            not any(k == "average" for k, _ in x["extra"])
    found = next((j for j in reversed(own) if j < i and fits(j)), None)
    that_was = base == "" and _THAT_WAS.search(low, max(0, d["start"] - 16), d["start"])
    if found is None and (not any(j < i for j in own) or that_was) and \
            (_THAT_IS.match(low, d["sentence"][0]) is not None or that_was):
        found = next((j for j in reversed(before) if fits(j)), None)
    return found


# the noun of an amount added to a level, or taken from it: "500,000 extra travellers"
_INCREMENT = re.compile(r"[ \u00a0]+(?:extra|more|additional|fewer)\b")


def _totals(low: str, drafts: list[dict[str, Any]], own: list[int], before: list[int],
            i: int, base: str) -> list[int]:
    """The readings of the total the average at ``i`` is of: ``_total``'s, and when that is
    an increment ("9.9 million passengers in 2017, after 9.4 million in 2016. That is 500,000
    extra travellers in a year, or about 27,000 a day") the larger levels of ``base`` before
    it in those sentences too (either level of the change): "about 27,000 a day" is the
    year's level a day, "about 1,400 a day" would be the extra's; the reading the average
    bears out is kept."""
    found = _total(low, drafts, own, before, i, base)
    if found is None or _INCREMENT.match(low, drafts[found]["end"]) is None:
        return [] if found is None else [found]
    x = drafts[found]
    return [found] + [j for j in before + own if j < found and drafts[j]["unit"] == base and
                      drafts[j]["value"] and float(drafts[j]["value"]) > float(x["value"]) and
                      _INCREMENT.match(low, drafts[j]["end"]) is None and
                      not any(k == "average" for k, _ in drafts[j]["extra"])]


def _counts(drafts: list[dict[str, Any]], near: list[int], total: int,
            per: str, avg: dict[str, Any] | None = None) -> list[tuple[float, bool]]:
    """Readings of how many ``per`` the total is over: the durations of that unit near, and
    the total's own period counted in days (marked True)."""
    out = [(float(drafts[j]["value"]), False) for j in near
           if drafts[j]["unit"] in (per, per + "s") and drafts[j]["value"] and
           float(drafts[j]["value"]) >= 2 and
           float(drafts[j]["value"]) == int(drafts[j]["value"])]
    period = drafts[total].get("period")
    if per == "day" and period is not None and (period[1] - period[0]).days >= 1:
        out.append((float((period[1] - period[0]).days + 1), True))
    elif per == "hour" and period is not None and not drafts[total].get("cumulative") and \
            not out and avg is not None and avg.get("measure") and \
            avg.get("measure") == drafts[total].get("measure"):
        # "1,600 casualties over the previous 24 hours, roughly 67 an hour", "42,860 in July,
        # about 58 every hour of the month": the total's own days, in hours (a count of the
        # same measure only: "30,000 passengers a day, 24 trains an hour" is no average)
        out.append((float(((period[1] - period[0]).days + 1) * 24), True))
    return out


def _stretch_of(low: str, d: dict[str, Any]) -> tuple[str, str] | None:
    """The base unit and stretch of an average at ``d``: its unit's ("acre / day"), or for a
    bare count the stretch written after it ("125 a day")."""
    m = _RATE_UNIT.fullmatch(str(d["unit"] or ""))
    if m is not None:
        if _SAID_AS_AVERAGE.search(low, max(0, d["start"] - 24), d["start"]) is None:
            return None
        return m.group(1), m.group(2)
    if d["unit"] or (m := _EACH_STRETCH.match(low, d["end"])) is None or \
            _SAID_AS_COUNT_AVERAGE.search(low, max(0, d["start"] - 24), d["start"]) is None:
        return None
    return "", _GROUND_UNIT if m.group("ground") else m.group("per")


def rate_averages(low: str, drafts: list[dict[str, Any]]) -> None:
    """Every average whose unit carries its period (module docstring), in place; first the
    amounts a year spread over years ("£15 million a year for four years, £60 million in
    all": spread_totals.py)."""
    spread_totals(low, drafts)
    if " / " not in " ".join(str(d["unit"]) for d in drafts) and \
            not any(w in low for w in (" a day", " per day", " a week", " an hour", " per week",
                                       " every hour", " per hour", " square kilomet")):
        return
    by_sent = by_sentence(drafts)
    order = list(by_sent)
    for s, key in enumerate(order):
        own = by_sent[key]
        for i in own:
            d = drafts[i]
            if not d["value"] or float(d["value"]) <= 0 or \
                    d.get("role") not in (None, "item", "additional") or \
                    any(k in ("average", "relation", "change") for k, _ in d["extra"]) or \
                    (stretch := _stretch_of(low, d)) is None:
                continue
            base, per = stretch
            before = by_sent[order[s - 1]] if s > 0 else []
            near = own + [j for t in order[max(0, s - _BACK):s] for j in by_sent[t]]
            readings = [(t, c) for t in _totals(low, drafts, own, before, i, base)
                        for c in _counts(drafts, near, t, per, d)]
            if not readings:
                continue
            total, (count, counted) = min(readings, key=lambda r: abs(math.log(
                float(drafts[r[0]]["value"]) / r[1][0] / float(d["value"]))))
            avg: dict[str, Any] = {"of": total, "count": count}
            if base:
                avg["per"] = per
            if counted:
                avg["counted"] = "period"
            d["extra"].append(("average", avg))
            if d.get("role") == "item":
                # (no item of a list with its total: "108,000 acres ..., about 9,000 acres a
                # day" are one figure and its average)
                d["role"] = None
