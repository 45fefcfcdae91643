"""Stretches of days, weeks, months or years set between two dates the story gives (issue
#11, everyday79).

Copy on fires, launches, rate decisions and records states one stretch of time twice, as two
dates and as a count: "The Rim Fire, which started on Aug. 17, was declared fully contained on
Friday, Oct. 25, nearly 10 weeks after it began"; "landed on 18 February 2021, almost seven
months after its launch on 30 July 2020"; "was contained on Nov. 21, 13 days later"; "the
highest rate since March 1992, almost 30 years earlier" (in a sentence about January); "the
largest annual rise in more than 40 years, since November 1981"; "set on 1 September 1996 and
had stood for almost 28 years" (until the story's events: its publication). This pass reads
them and sets ``("elapsed", {...})`` on the count, as ``normalize.ages`` does for whole years
with no qualifier (a figure ``ages`` read is left to it): the stretch the dates allow, every
reading of their precision taken together (a month alone is any of its days; a record's end is
any day of the month before publication), widened by the unit's slack for whole counts
(``rules/vocab/elapsed.yaml``: "three years after" is any stretch less than a year from three,
"17 days later" may count both ends), and the stated interval of the count with its qualifier
("almost 28 years" is at most 28). The arithmetic rule flags a count whose whole interval lies
outside the stretch.

Only dates in the count's own sentence are read (the publication date for a record that stood,
or a stretch "since" a date); a stretch whose dates come out in the wrong order is left
alone: it is not the reading the words meant. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from dateutil.relativedelta import relativedelta

from ..extract import vocab
from ..extract.dates import DateMention
from .ages import show_span
from .figures import number

# how long before publication a record the story reports broken may have fallen
_BROKEN_WINDOW = timedelta(days=31)
# the words between a date and a count set in apposition to it ("on Oct. 25, nearly 10 weeks")
_RANGE_OPEN = re.compile(r"(?:from|between)\b")
# a span of its own between a date and a later count: "2011, eight years earlier, and 20 years"
_SPAN_OF_ITS_OWN = re.compile(r"\b(?:years?|months?|weeks?|days?|hours?|decades?)\b")
_APPOSED = re.compile(r"[ \u00a0]*,?[ \u00a0]*$")
# date mentions that name days, months or years (not windows, ranges or scopes)
_DAY_KINDS = frozenset({"date", "month", "year"})
# a day of the month and a month's name in a "since" mention's words
_DAY_NUMBER = re.compile(r"(?<![\d,.])\d{1,2}(?:st|nd|rd|th)?(?![\d,.]\d|\d)")
_MONTH_NAME = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                         r"(?:[ \u00a0]+\d|$)", re.I)

_Span = tuple[date, date]


@lru_cache(maxsize=1)
def _words() -> dict[str, Any]:
    data = vocab.load("elapsed.yaml")
    out: dict[str, Any] = {k: re.compile(str(data[k]))
                           for k in ("after", "reference", "stood", "in_before", "in_since", "ago", "ago_date",
                                     "range", "that", "clock", "zone", "first_time",
                                     "last_before", "lost_before", "regained", "over_the",
                                     "over_the_not")}
    out["units"] = {str(k): dict(v) for k, v in (data.get("units") or {}).items()}
    return out


def _in_units(a: date, b: date, unit: dict[str, Any]) -> float:
    """The stretch from day ``a`` to day ``b`` in ``unit`` (days, weeks, or months and years
    counted on the calendar with dateutil, the part month in days of 30.44)."""
    if "days" in unit:
        return (b - a).days / float(unit["days"])
    r = relativedelta(b, a)
    months = r.years * 12 + r.months + r.days / 30.44
    return months / float(unit["months"])


def _stretch(first: _Span, last: _Span, unit: dict[str, Any]) -> tuple[float, float] | None:
    """The shortest and longest stretch from a day of ``first`` to a day of ``last``, in
    ``unit``; None when ``last`` may end before ``first`` begins."""
    lo, hi = _in_units(first[1], last[0], unit), _in_units(first[0], last[1], unit)
    return None if hi < 0 else (max(lo, 0.0), hi)


def _since_step(text: str) -> relativedelta:
    """The unit a "since" mention's first day is written in: a day, a month or a year (the
    extractor dates "since November 1981" by its first day)."""
    if _DAY_NUMBER.search(text):
        return relativedelta(days=1)
    return relativedelta(months=1) if _MONTH_NAME.search(text) else relativedelta(years=1)


def _span(m: DateMention) -> _Span | None:
    """The first and last day a day, month or year mention may be; for "since March 1992"
    (a mention running to publication), the days of the unit it starts in."""
    if m.start_date is None or m.end_date is None:
        return None
    if m.kind == "since":
        return m.start_date, m.start_date + _since_step(m.text) - timedelta(days=1)
    return (m.start_date, m.end_date) if m.kind in _DAY_KINDS else None


def _dated(dates: list[DateMention], lo: int, hi: int) -> list[tuple[DateMention, _Span]]:
    """The day, month and year mentions inside ``lo``..``hi``, in text order, one per place."""
    out: list[tuple[DateMention, _Span]] = []
    for m in dates:
        span = _span(m)
        if span is not None and lo <= m.start and m.end <= hi and \
                not any(o.start < m.end and m.start < o.end for o, _ in out):
            out.append((m, span))
    return out


def _paragraph_start(low: str, at: int) -> int:
    cut = low.rfind("\n\n", 0, at)
    return 0 if cut < 0 else cut + 2


def _after_ends(low: str, d: dict[str, Any], dates: list[DateMention]
                ) -> tuple[_Span, _Span] | list[tuple[_Span, _Span]] | None:
    """(earlier, later) dates of "N units after/before X on DATE" and "N units later/earlier"
    in the count's sentence, or None."""
    w = _words()
    m = w["after"].match(low, d["end"])
    if m is None:
        return None
    ss, se = d["sentence"]
    before = _dated(dates, ss, d["start"])
    after = _dated(dates, m.end(), se)
    way = m.group("way")
    ref = after[0][1] if after and w["reference"].match(low, m.end(), after[0][0].start) \
        else None
    if ref is not None and not before and way == "after" and w["that"].match(low, ss):
        # "That win came two months after ... in May 2022": the event of the sentence before
        before = _dated(dates, _paragraph_start(low, ss), ss)
    if ref is not None and before and \
            _SPAN_OF_ITS_OWN.search(low, before[-1][0].end, d["start"]) is None:
        # (not "since 2011, eight years earlier, and 20 years after her first in 1999": the
        # 2011 ends the other span; this one's end is unsaid)
        near = before[-1][1]
        if way in ("later", "earlier"):
            # "was contained 13 days later, on Nov. 21": the date after is the count's own
            return (near, ref) if way == "later" else (ref, near)
        # "17 days after it ignited on Nov. 8": the date after is the one counted from
        return (ref, near) if way == "after" else (near, ref)
    if ref is None and len(before) >= 2 and _APPOSED.match(low, before[-1][0].end, d["start"]):
        # "started on Aug. 17, was declared contained on Oct. 25, nearly 10 weeks after it
        # began"; "in January, the highest since March 1992, almost 30 years earlier": the
        # two dates before a count set right after the later one (not "reported on 5 March;
        # two days later, shares fell", whose later day is not written)
        # (each earlier date of the sentence is a reading of the later end: "in 2016, 0.8C
        # above the 1981-2010 average, ... since records began in 1909, 107 years earlier"
        # counts from 2016, not from the baseline's years: ``mark_elapsed_spans`` keeps the
        # reading the count fits best)
        two = before[-1][1]
        return [(one, two) if way in ("after", "later") else (two, one)
                for one in reversed([s for _, s in before[:-1]])]
    return None


def _best_reading(d: dict[str, Any], readings: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The stretch among ``readings`` the count's interval lies nearest (inside one if it
    can): contradicted only when every reading of the later date disagrees."""
    lo = float(d["lower"] if d["lower"] is not None else d["value"])
    hi = float(d["upper"] if d["upper"] is not None else d["value"])
    return min(readings, key=lambda r: max(r["lo"] - hi, lo - r["hi"], 0.0), default=None)


def _ago_ends(low: str, d: dict[str, Any], dates: list[DateMention], pub: date | None
              ) -> tuple[_Span, _Span] | None:
    """(the date, publication) of "N units ago" set right after a date of its sentence
    ("since records began in 1940, 83 years ago"; "reported in September 2018, more than six
    years ago") or followed by one ("14 years ago, in July 2009"): the stretch runs from
    that date to the story's day."""
    m = _words()["ago"].match(low, d["end"])
    if m is None or pub is None:
        return None
    ss, se = d["sentence"]
    before = _dated(dates, ss, d["start"])
    if before and _APPOSED.match(low, before[-1][0].end, d["start"]):
        return before[-1][1], (pub, pub)
    after = _dated(dates, m.end(), se)
    if after and _words()["ago_date"].match(low, m.end(), after[0][0].start):
        return after[0][1], (pub, pub)
    return None


def _until_story(pub: date | None, dates: list[tuple[DateMention, _Span]],
                 since: _Span) -> _Span | None:
    """The story's time a stretch runs to: the latest date of the sentence after ``since``,
    else the month before publication."""
    later = [s for _, s in dates if s[0] > since[1]]
    if later:
        return max(later, key=lambda s: s[1])
    return None if pub is None else (pub - _BROKEN_WINDOW, pub)


def _to_story_ends(low: str, d: dict[str, Any], dates: list[DateMention], pub: date | None
                   ) -> tuple[_Span, _Span] | None:
    """(earlier, later) of "had stood for N years" after a date in its sentence, and "in N
    years, since DATE": a stretch from that date to the story's time."""
    w = _words()
    ss, se = d["sentence"]
    in_sentence = _dated(dates, ss, se)
    since = w["in_since"].match(low, d["end"]) if w["in_before"].search(
        low, max(ss, d["start"] - 8), d["start"]) else None
    if since is not None:
        # (the date right after "since", or a mention that holds the "since" itself: "since
        # records began in 2000")
        start = next((s for m, s in in_sentence if d["end"] <= m.start <= since.end()), None)
    elif (stood := w["stood"].search(low, max(ss, d["start"] - 40), d["start"])):
        before = [s for m, s in in_sentence if m.end <= d["start"]]
        start = before[-1] if before else None
    else:
        return None
    if start is None:
        return None
    end = _until_story(pub, [x for x in in_sentence if x[1] != start], start)
    if end is not None and since is None and stood.group().startswith("had") and \
            pub is not None and end[1] == pub and not any(s[0] > start[1] for _, s in
                                                          in_sentence):
        # "had stood for 20 years" with no later date: it may have fallen on any day up to
        # publication (a history piece), so only the longest stretch is known
        end = (start[1], pub)
    return None if end is None else (start, end)


def _neighbours(low: str, d: dict[str, Any], spans: list[tuple[int, int]],
                dates: list[DateMention], back: int, ahead: int
                ) -> list[tuple[DateMention, _Span]]:
    """The day, month and year mentions of the ``back`` sentences (of the story's figures,
    ``spans``) before the count's and the ``ahead`` after it, in its paragraph or across one
    paragraph break."""
    ss, se = d["sentence"]
    k = next((i for i, x in enumerate(spans) if x[0] <= ss < x[1] or x == (ss, se)), -1)
    if k < 0:
        return []
    lo = spans[max(0, k - back)][0] if back else ss
    hi = spans[min(len(spans) - 1, k + ahead)][1] if ahead else se
    if low.count("\n\n", lo, ss) > 1 or low.count("\n\n", se, hi) > 1:
        return []
    return [x for x in _dated(dates, lo, hi) if not ss <= x[0].start < se]


def _at(spans: list[tuple[int, int]], ss: int) -> int:
    return next((i for i, x in enumerate(spans) if x[0] <= ss < x[1]), 0)


def _first_time_ends(low: str, d: dict[str, Any], spans: list[tuple[int, int]],
                     dates: list[DateMention], pub: date | None) -> tuple[_Span, _Span] | None:
    """(the last time, the story's time) of "the first time in 11 years" when the sentence
    before or after says when it last happened ("It had last raised them in July 2011"), or
    its own sentence does before the count ("Labour lost the council in 2015 and leads it
    again after the 2023 vote, for the first time in eight years": everyday119); a later date
    of its own sentence ends the stretch, else the story's time (everyday96)."""
    w = _words()
    ss, se = d["sentence"]
    if pub is None or w["first_time"].search(low, max(ss, d["start"] - 60), d["start"]) is None \
            or w["in_since"].match(low, d["end"]):
        return None
    # (its own sentence's dates on either side: "fell in 2008 for the first time in 17
    # years; the previous fall was in 1991", everyday121)
    last = [(m, s) for m, s in _neighbours(low, d, spans, dates, 1, 1) + [
                x for x in _dated(dates, ss, se) if x[0].start != d["start"]]
            if w["last_before"].search(low, max(0, m.start - 70), m.start) or (
                ss <= m.start < d["start"] and
                w["lost_before"].search(low, max(ss, m.start - 70), m.start) and
                w["regained"].search(low, m.end, d["start"]))]
    if len(last) != 1 or last[0][1][1] >= pub:
        return None
    own = [s for _, s in _dated(dates, ss, se) if s[0] > last[0][1][1]]
    return last[0][1], (max(own, key=lambda s: s[1]) if own else (pub - _BROKEN_WINDOW, pub))


def _over_the_ends(low: str, d: dict[str, Any], spans: list[tuple[int, int]],
                   dates: list[DateMention]) -> list[tuple[_Span, _Span]] | None:
    """Every (earlier, later) pair of the dates in the two sentences before "Over the 20
    months, ..." (a stretch said with "the" and no date of its own in its sentence): each
    pair is a reading, so the count is contradicted only when none bears it out
    (everyday96)."""
    w = _words()
    ss, se = d["sentence"]
    if "-" in low[d["start"]:d["end"]] or \
            w["over_the"].search(low, max(ss, d["start"] - 20), d["start"]) is None or \
            w["over_the_not"].match(low, d["end"]) or _dated(dates, ss, se) or \
            any(m.start >= ss and m.end <= se for m in dates):
        return None
    near = [s for m, s in _neighbours(low, d, spans, dates, 2, 0) if m.kind in _DAY_KINDS]
    # (the two ends of a span written "between April 1, 2010 and July 1, 2011"; not those of
    # a window, "the four weeks to 7 July", whose "Over the 12 weeks" is another window)
    for m in dates:
        if m.kind == "period" and m.start_date is not None and m.end_date is not None and \
                _RANGE_OPEN.match(m.text.lower()) and \
                m.end <= ss and m.start >= (spans[max(0, _at(spans, ss) - 2)][0]):
            near += [(m.start_date, m.start_date), (m.end_date, m.end_date)]
    pairs = [(a, b) for a in near for b in near if a[1] < b[0]]
    return pairs or None


def _range_ends(low: str, d: dict[str, Any], dates: list[DateMention]
                ) -> tuple[_Span, _Span, str] | None:
    """(first, day after the last) of a range of dates right after the count: "for six months
    from May to October", "for three weeks, between 3 and 24 March 2020" (both ends counted)."""
    m = _words()["range"].match(low, d["end"])
    if m is None:
        return None
    # (the range opens on "from" or "between": "over three weeks in July and August" is a
    # stretch inside the months, not across them)
    r = next((x for x in dates if d["end"] <= x.start <= m.end() and x.kind == "period" and
              x.start_date is not None and x.end_date is not None and
              (m.group("open") or _RANGE_OPEN.match(x.text.lower()))), None)
    if r is None or r.end > d["sentence"][1] or r.start_date is None or r.end_date is None:
        return None
    first, after = r.start_date, r.end_date + timedelta(days=1)
    return (first, first), (after, after), f"from {show_span((first, first))} to " \
        f"{show_span((r.end_date, r.end_date))}, both days counted,"


def _elapsed(d: dict[str, Any], ends: tuple[Any, ...], name: str,
             unit: dict[str, Any]) -> dict[str, Any] | None:
    """The ``elapsed`` extra of count ``d`` between ``ends`` (earlier, later[, how the two
    are shown]) in ``unit``, or None when the later may come first."""
    got = _stretch(ends[0], ends[1], unit)
    if got is None:
        return None
    e_min, e_max = got
    slack = float(unit.get("slack", 1))
    low_end, high_end = number(round(e_min, 1)), number(round(e_max, 1))
    shown = low_end if low_end == high_end else f"{low_end} to {high_end}"
    way = ends[2] if len(ends) > 2 else f"from {show_span(ends[0])} to {show_span(ends[1])}"
    said = f"{way} is {shown} {name}s"
    return {"lo": max(e_min - slack, 0.0), "hi": e_max + slack, "said": said, "unit": name,
            "a_lower": d["lower"], "a_upper": d["upper"]}


def _clock(m: re.Match[str]) -> int | None:
    """Minutes after midnight of a clock time ("7.05am", "11.29 pm", "21:40", "noon")."""
    word = m.group("word")
    if word:
        return 720 if word == "noon" else 0
    h = int(m.group("h") or m.group("h24"))
    mins = int(m.group("m") or m.group("m24") or 0)
    ap = (m.group("ap") or "").replace(".", "")
    if ap:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ap == "pm" else 0)
    return h * 60 + mins if h < 24 and mins < 60 else None


def _clock_ends(low: str, d: dict[str, Any]) -> tuple[int, int] | None:
    """(earlier, later) minutes of "at 11.29am, 4 hours 24 minutes after lifting off ... at
    7.05am" and "at 11.48pm, 108 minutes later" (the times of the count's sentence, read as
    ``_after_ends`` reads dates); a later time before the earlier is the next day's. None in
    a sentence that speaks of local times or of two time zones."""
    w = _words()
    m = w["after"].match(low, d["end"])
    ss, se = d["sentence"]
    zones = {z.group("z") for z in (w["zone"].match(low, t.end())
                                    for t in w["clock"].finditer(low, ss, se)) if z}
    if m is None or len(zones) > 1 or "local" in low[ss:se]:
        return None
    times = [t for t in w["clock"].finditer(low, ss, d["start"]) if _clock(t) is not None]
    before = [c for c in (_clock(t) for t in times) if c is not None]
    after = [t for t in w["clock"].finditer(low, m.end(), se)]
    way = m.group("way")
    ref = _clock(after[0]) if after and w["reference"].match(low, m.end(), after[0].start()) \
        else None
    if ref is not None and before:
        pair = (before[-1], ref) if way == "later" else (ref, before[-1])
        pair = pair if way in ("later", "after") else pair[::-1]
    elif ref is None and len(before) >= 2 and _APPOSED.match(low, times[-1].end(), d["start"]):
        pair = (before[-2], before[-1]) if way in ("after", "later") else \
            (before[-1], before[-2])
    else:
        return None
    return pair[0], pair[1] if pair[1] >= pair[0] else pair[1] + 1440


def _clock_elapsed(d: dict[str, Any], ends: tuple[int, int], name: str,
                   unit: dict[str, Any]) -> dict[str, Any]:
    got = (ends[1] - ends[0]) / float(unit["minutes"])
    slack = float(unit.get("slack", 1))
    shown = lambda t: f"{t // 60 % 24:02d}:{t % 60:02d}"  # noqa: E731
    said = f"from {shown(ends[0])} to {shown(ends[1])} is {number(round(got, 1))} {name}s"
    return {"lo": max(got - slack, 0.0), "hi": got + slack, "said": said, "unit": name,
            "a_lower": d["lower"], "a_upper": d["upper"]}


def mark_elapsed_spans(low: str, drafts: list[dict[str, Any]], dates: tuple[DateMention, ...],
                       pub: date | None, sentences: Any = ()) -> None:
    """Set ``elapsed`` on the counts of days, weeks, months and years the story's dates bear
    on (module docstring)."""
    if not any(k in low for k in (" after", " before", " later", " earlier", " ago",
                                                " since", " stood", " lasted", " survived",
                                                " held", " endured", " from", " between",
                                                "first ", " the ")):
        return
    units = _words()["units"]
    ordered = sorted(dates, key=lambda m: m.start)
    # (the story's sentences, the figures' own among them, for the dates around a count)
    spans = sorted({d["sentence"] for d in drafts} | {tuple(x) for x in sentences})
    for d in drafts:
        unit = units.get(d["unit"])
        if unit is not None and "minutes" in unit and d["value"] and \
                not any(k == "elapsed" for k, _ in d["extra"]):
            clock = _clock_ends(low, d)
            if clock is not None:
                d["extra"].append(("elapsed", _clock_elapsed(d, clock, d["unit"], unit)))
            continue
        if unit is None or not d["value"] or d["value"] < 0 or \
                any(k == "elapsed" for k, _ in d["extra"]):
            continue
        ends = _after_ends(low, d, ordered) or _to_story_ends(low, d, ordered, pub) or \
            _range_ends(low, d, ordered) or _ago_ends(low, d, ordered, pub) or \
            _first_time_ends(low, d, spans, ordered, pub) or \
            _over_the_ends(low, d, spans, ordered)
        if ends is None:
            continue
        el = _best_reading(d, [x for e in ends if (x := _elapsed(d, e, d["unit"], unit))]) \
            if isinstance(ends, list) else _elapsed(d, ends, d["unit"], unit)
        if el is not None:
            d["extra"].append(("elapsed", el))
