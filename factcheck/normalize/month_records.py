"""A month's record claim: "November was the costliest month of the war for Russia, with 45,720
troops lost". The figure of one calendar month whose sentence calls it the highest month of a
window its words name (the war, a year) carries that window in ``extra.month_record``:
(first day, last day, the record words). A calendar week's figure called the record week ("N
troops last week, the costliest week of the year") carries its window the same way. The store gives the highest month of the reports in it
(``store.lookup``), and the rule ``month-record-mismatch`` flags a costlier month.

Vocabulary: ``rules/vocab/readings.yaml`` (``record_month``, ``record_from``, ``record_rank``).
This module only reads the words: it decides no verdict.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from ..extract import vocab

MONTH_RECORD = "month_record"
MONTH_RANK = "month_rank"
# the record words of a week ranked whose figure is no calendar week ("over the past seven
# days, the second-costliest week of 2026" on a Wednesday): read, not checked (the verdict
# says why)
WEEK_RANK_UNREAD = "week_rank_unread"
# (readings75) seven days that are no calendar week called the record of the whole count ("N
# over the past seven days, the most in any week of the war"): the window's days, each
# seven-day stretch of its reports ranked against the figure's (store.lookup._month_records)
WEEK_WINDOW_RECORD = "week_window_record"
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")


@lru_cache(maxsize=1)
def _vocab() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, date]]:
    v = vocab.load("readings.yaml")
    try:
        rx = re.compile(" ".join(str(v.get("record_month") or "(?!)").split()))
        rank = re.compile(str(v.get("record_rank") or "(?!)"))
        starts = {str(k): d if isinstance(d, date) else date.fromisoformat(str(d))
                  for k, d in (v.get("record_from") or {}).items()}
    except (ValueError, re.error) as exc:
        raise vocab.VocabError(f"{vocab.vocab_path('readings.yaml')}: {exc}") from None
    return rx, rank, starts


def _whole_month(period: Any) -> bool:
    if period is None:
        return False
    a, b = period
    return a.day == 1 and (b + timedelta(days=1)).day == 1 and (a.year, a.month) == \
        (b.year, b.month)


def _month_to_date(period: Any, D: date) -> bool:
    """Whether ``period`` is a month from its first day to the last day reported by
    publication, the month not over ("28,290 so far this month" on 20 December)."""
    return period is not None and period[0].day == 1 and period[1] == D - timedelta(days=1) \
        and (period[0].year, period[0].month) == (period[1].year, period[1].month) and \
        not _whole_month(period)


@lru_cache(maxsize=1)
def _week_vocab() -> tuple[re.Pattern[str], re.Pattern[str]]:
    v = vocab.load("readings.yaml")
    try:
        return (re.compile(str(v.get("record_any_week") or "(?!)")),
                re.compile(str(v.get("record_prospective") or "(?!)")))
    except re.error as exc:
        raise vocab.VocabError(f"{vocab.vocab_path('readings.yaml')}: {exc}") from None


def rolling_week_record(low: str, d: dict[str, Any], domain: str | None
                        ) -> tuple[str, str, str, bool] | None:
    """The window (first day, last day, words, whether the seven days are a calendar week) of
    seven days its sentence calls the record week of the whole count ("12,580 troops over
    the past seven days, the most in any week of the war", "the bloodiest week of the war"):
    from the day the domain's records count from to the figure's last day; None for another
    figure, a rank ("the second-bloodiest week"), a window of a year or a month, or a record
    still to come."""
    p = d.get("period")
    if d.get("cumulative") or p is None or (p[1] - p[0]).days != 6:
        return None
    ss, se = d["sentence"]
    any_week, ahead = _week_vocab()
    m = _record_words(low, ss, se)
    if m is None or m.group("unit") != "week" or not m.group("war"):
        m = any_week.search(low, ss, se)
    if m is None or _vocab()[1].search(low, max(ss, m.start() - 30), m.start()) or \
            ahead.search(low, ss, m.start()):
        return None
    first = _vocab()[2].get(domain or "")
    if first is None or not first < p[0]:
        return None
    # (a calendar week, "the past seven days" on a Monday, is ranked among calendar weeks,
    # as "last week" is: the fourth item says so)
    return first.isoformat(), p[1].isoformat(), " ".join(m.group(0).split()), _whole_week(p)


def _whole_week(period: Any) -> bool:
    """Whether ``period`` is one calendar week, Monday to Sunday ("last week")."""
    return period is not None and period[0].weekday() == 0 and \
        (period[1] - period[0]).days == 6


def _last_reported_week_end(D: date) -> date:
    """The last Sunday whose day is reported by publication (the report of D covers D - 1)."""
    day = D - timedelta(days=1)
    return day - timedelta(days=(day.weekday() - 6) % 7)


def _last_reported_month_end(D: date) -> date:
    """The last day of the last month whose days are all reported by publication (the
    report of a month's first day covers the month before's last day)."""
    return D.replace(day=1) - timedelta(days=1)


def month_record(low: str, d: dict[str, Any], domain: str | None, D: date
                 ) -> tuple[str, str, str] | None:
    """The window ``d``'s sentence calls its month the record of, as (first day, last day,
    words); None when the figure is no month's or its sentence names no such window."""
    got = _ranked_window(low, d, domain, D)
    return got[:3] if got is not None and got[3] == 1 else None


def month_rank(low: str, d: dict[str, Any], domain: str | None, D: date
               ) -> tuple[str, str, str, int] | None:
    """The window and place a month's (or calendar week's) sentence gives it below the first
    ("March was the second-costliest month of 2025", "January was the costliest month of
    2025, ..., with February second at 36,570"), as (first day, last day, words, place);
    None for a record (``month_record``), a rank with no ordinal ("one of the costliest
    months") or no window."""
    got = _ranked_window(low, d, domain, D)
    return got if got is not None and got[3] > 1 else None


def unranked_week(low: str, d: dict[str, Any]) -> str | None:
    """The record words ("costliest week of 2026") of a sentence that ranks a week, for a
    figure of seven days that are no calendar week (a window of seven reports): the weeks are
    ranked Monday to Sunday only, so its place is left unchecked; None otherwise."""
    p = d.get("period")
    if d.get("cumulative") or p is None or (p[1] - p[0]).days != 6 or _whole_week(p):
        return None
    ss, se = d["sentence"]
    m = _record_words(low, ss, se)
    return None if m is None or m.group("unit") != "week" else " ".join(m.group(0).split())


# a figure set in a ranked month's sentence with "at" and nothing counted after it: "October,
# at 41,980, was the third-costliest month of 2024", "March was the second-costliest month of
# 2025, at 41,160" (a comma before "at"; a hedge may stand between)
_SET_AT = re.compile(r",[ \u00a0]*at[ \u00a0]+(?:(?:about|around|some|roughly|nearly|almost|"
                     r"over|more[ \u00a0]+than|just[ \u00a0]+(?:over|under))[ \u00a0]+)?$")


def ranked_at(low: str, start: int, ss: int, se: int) -> tuple[int, int] | None:
    """The span of the record words ("the third-costliest month of 2024") of the sentence
    low[ss:se] that figure at ``start`` is set in with "at" ("October, at 41,980, was ...");
    None when the figure is not so set or the sentence ranks no month or week. What is counted
    is then the sentence's (``Lexicon.ranked_measure``)."""
    if _SET_AT.search(low, max(ss, start - 40), start) is None:
        return None
    m = _record_words(low, ss, se)
    return None if m is None else m.span()


def _ranked_window(low: str, d: dict[str, Any], domain: str | None, D: date
                   ) -> tuple[str, str, str, int] | None:
    week = _whole_week(d.get("period"))
    to_date = _month_to_date(d.get("period"), D)
    if d.get("cumulative") or not (week or to_date or _whole_month(d.get("period"))):
        return None
    _rx, rank, starts = _vocab()
    ss, se = d["sentence"]
    m = _record_words(low, ss, se, bare=True)
    if m is None or (m.group("unit") == "week") != week:
        return None
    place = 1
    rk = rank.search(low, max(ss, m.start() - 30), m.start())
    if rk is not None:
        # "the second-costliest month of the war": the place its ordinal gives; "one of the
        # costliest months" names none
        place = _ordinals().get(rk.group("k") or "", 0)
    at = _placed_at().search(low, max(ss, d["start"] - 30), d["start"]) \
        if m.end() <= d["start"] else None
    if at is not None:
        # "January was the costliest month of 2025 ..., with February second at 36,570":
        # the place written right before the figure, in the window the record words name
        place = _ordinals().get(at.group("k"), 0)
    if not place:
        return None
    if place > 1 and at is None and m.end() <= d["start"] and \
            _AHEAD_OF.search(low, max(m.end(), d["start"] - 40), d["start"]) is not None:
        # "January's 48,240 ... were the second-highest monthly figure of the war, after
        # December's 48,670": the figure the ranked one trails holds a higher place
        return None
    own = d["period"][0]
    reported = _last_reported_week_end(D) if week else _last_reported_month_end(D)
    if to_date:
        # "with 28,290 so far this month, December has already become the deadliest month
        # of the war": the month to date against the whole months before it (readings75),
        # a record settled by the words, never one still to come ("is on course to be")
        if place != 1 or _week_vocab()[1].search(low, ss, m.start()):
            return None
        reported = d["period"][1]
    if m.group("war"):
        first = starts.get(domain or "")
        if first is None:
            return None
        first = first.replace(day=1)
        last = reported
    elif m.group("smon"):
        # "the second-costliest week since March": from that month's first day (of the year
        # written, else the last such month before the ranked unit) to the last reported
        mo = _MONTHS.index(m.group("smon")) + 1
        year = int(m.group("sy")) if m.group("sy") else \
            own.year if (own.month, own.day) >= (mo, 1) else own.year - 1
        first, last = date(year, mo, 1), reported
    else:
        year = int(m.group("year")) if m.group("year") else own.year
        # ("the costliest month of the second half of 2025": July to December)
        half = m.group("half")
        first = date(year, 7 if half == "second" else 1, 1)
        last = min(date(year, 6, 30) if half == "first" else date(year, 12, 31), reported)
    if not first <= own <= last:
        return None
    return first.isoformat(), last.isoformat(), " ".join(m.group(0).split()), place


# (readings67) a bare record ("the deadliest month", no window words) that another time
# stretch in its sentence may bound ("through the spring, the worst month being May", "this
# year", "in three weeks", "its highest daily casualty rate": a record of days, the month's
# own measure left open) or that was the record before ("the previous worst month", "then
# the costliest month"): its window is not the year's alone, and it is left unranked
_EARLIER_RECORD = re.compile(r"\b(?:previous|former|prior|earlier|then|old|last)[ \u00a0]+"
                             r"(?:[a-z-]+[ \u00a0]+)?$")
_OTHER_STRETCH = re.compile(r"\b(?:daily|days?|spring|summer|autumn|fall|winter|quarter|half|"
                            r"season|"
                            r"offensive|campaign|weeks?|months|period|years?|so[ \u00a0]+far|"
                            r"to[ \u00a0]+date|since|until|till|before|after|than|ever|record)\b")


def _bare_left_open(low: str, m: re.Match[str], ss: int, se: int) -> bool:
    """Whether a bare record's window is left open by its sentence (see above)."""
    return _EARLIER_RECORD.search(low, max(ss, m.start() - 25), m.start()) is not None or \
        _OTHER_STRETCH.search(low, ss, m.start()) is not None or \
        _OTHER_STRETCH.search(low, m.end(), se) is not None


def names_record_month(low: str, ss: int, se: int) -> bool:
    """Whether the sentence low[ss:se] calls a month (or a calendar week) the record of a
    window (readings.yaml ``record_month``: "December was the costliest month of the second
    half of 2025")."""
    return _record_words(low, ss, se) is not None


def _record_words(low: str, ss: int, se: int, bare: bool = False) -> re.Match[str] | None:
    """The first record words of the sentence low[ss:se] that name their window; with
    ``bare``, also a bare record ("The deadliest month was December") its sentence leaves to
    the month's year (readings67). A bare record names no window and no measure: it never
    makes a figure the month's losses (``names_record_month``) nor sets one "at" it."""
    for m in _vocab()[0].finditer(low, ss, se):
        if m.group("bare") is None:
            return m
        if bare and not _bare_left_open(low, m, ss, se):
            return m
    return None


# the words before a figure after a rank's record words that make it the one ranked ahead:
# "after December's 48,670", "behind November's", "only to", "than" (lower case)
_AHEAD_OF = re.compile(r"\b(?:after|behind|trailing|than|below|beneath|only[ \u00a0]+to|"
                       r"surpassed[ \u00a0]+by|topped[ \u00a0]+by)\b[^.;\d]{0,30}$")


@lru_cache(maxsize=1)
def _ordinals() -> dict[str, int]:
    v = vocab.load("readings.yaml")
    return {str(k): int(n) for k, n in (v.get("rank_ordinals") or {}).items()}


@lru_cache(maxsize=1)
def _placed_at() -> re.Pattern[str]:
    """readings.yaml ``rank_placed_at``: an ordinal place right before a figure ("with
    February second at 36,570")."""
    v = vocab.load("readings.yaml")
    try:
        return re.compile(str(v.get("rank_placed_at") or "(?!)"))
    except re.error as exc:
        raise vocab.VocabError(f"{vocab.vocab_path('readings.yaml')}: {exc}") from None
