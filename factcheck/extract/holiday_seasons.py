"""Seasons of days around a holiday that copy names without their dates (issue 12, dates36):
school half-terms, the Easter holidays, a festival's days.

- "half-term", "over half term", "the October half-term", "the May half-term holidays",
  "the spring half term": the half-term week of England's schools (dates.yaml
  ``half_terms``: Monday to Sunday, the Monday placed by the month), a week;
- "the Easter holidays", "the Easter school holidays", "the Easter break": the fortnight
  around Easter (``easter_holidays``: Monday of Holy Week to the Sunday after Easter);
- "during Diwali", "over Diwali", "the Diwali festival": the festival's days
  (``festival_days``), while "on Diwali" stays its day (``date_forms.holidays``).

Without a year written, the occurrence is the next one not over in future copy, the latest
begun by publication in past-tense copy, and the nearer of the two to publication in a
sentence with no tense cue ("Tour operators can lift prices by 250% over the October half
term", written in August: the coming one). A festival whose day a year's table lacks between the one picked
and publication is no date (a guess is no reading). A longer mention already read over the
words ("the half-term week of 21 October") is kept; the mentions these cover give way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from dateutil.easter import easter
from dateutil.relativedelta import MO, relativedelta

from . import vocab
from .date_forms import holiday_day

_W = r"[ \u00a0]+"
_HALF_TERM = re.compile(
    rf"\b(?:the{_W})?(?:(?P<m>february|feb|spring|may|summer|october|oct|autumn){_W})?"
    rf"half[ \u00a0-]?term\b(?![ \u00a0-]+(?:reports?|results?|exams?|tests?|grades?|"
    rf"reviews?|elections?|assessments?)\b)(?:{_W}(?:holidays?|break|week)\b)?"
    rf"(?:{_W}(?P<y>(?:19|20)\d\d)\b)?")
_EASTER_HOLIDAYS = re.compile(
    rf"\b(?:the{_W})?easter{_W}(?:school{_W})?(?:holidays?|hols|break)\b"
    rf"(?:{_W}(?P<y>(?:19|20)\d\d)\b)?")
# what makes a feast's days a season of its own, not the festival ("Diwali week", "the Diwali
# festive season", "Diwali sales"): left undated, as ``date_forms._FEAST_SEASON`` leaves them
_SEASON_AFTER = re.compile(rf"{_W}(?:festival{_W})?(?:school{_W})?(?:holidays?|break|"
                           rf"fortnight|week|recess|term|getaway|rush|season|period|trading|"
                           rf"festive|month|sales)\b")


# (dates46) "over the summer holidays", "during the school summer holidays": the schools'
# summer break, whose days each country and school region sets (England's from late July,
# Scotland's from late June, Australia's over December and January): no date, and the figure
# is told why, rather than the three months of summer "over the summer" reads
_SUMMER_HOLIDAYS = re.compile(
    rf"\b(?:(?:over|during|across|throughout|in|for){_W})?the{_W}(?:(?:school|long){_W})?"
    rf"summer{_W}(?:school{_W})?(?:holidays|hols)\b(?:{_W}(?P<y>(?:19|20)\d\d)\b)?")
SUMMER_WHY = ("the school summer holidays, whose days each country and school region sets "
              "(the article does not give them)")




def _summer_countries(text: str, lo: int, hi: int) -> list[str]:
    """(dates47) The countries of ``summer_holidays`` whose names ``text[lo:hi]`` writes, as
    written ("New England", "New South Wales" name neither England nor Wales)."""
    out = []
    for country, spec in (_cfg("summer_holidays", {}) or {}).items():
        if any(re.compile(rf"(?<!New )(?<!South )(?<![\w.$]){re.escape(str(c))}(?![\w$])")
               .search(text, lo, hi) for c in spec.get("cues", ())):
            out.append(country)
    return out


def _summer_readings(country: str, y: int) -> tuple[Reading, ...]:
    """The school summer breaks ``country``'s name stands for, of the break begun in ``y``."""
    table = _cfg("summer_holidays", {}) or {}
    out = []
    for name in table[country].get("readings") or [country]:
        a, b = (tuple(int(x) for x in str(v).split("-")) for v in table[name]["span"])
        first = date(y, *a)
        last = date(y + (b < a), *b)
        out.append((f"feast: {name}'s school summer holidays, {first:%-d %B %Y} to "
                    f"{last:%-d %B %Y} (the days each school region sets)", first, last))
    return tuple(out)


def _summer_holidays(text: str, low: str, D: date | None, tense_at: Callable[..., str]
                     ) -> list[tuple[int, int, date | None, date | None, str, tuple[Any, ...]]]:
    """"over the summer holidays": the break of the one country the sentence names, else the
    one the document names (dates.yaml ``summer_holidays``); no country, or several with
    different breaks, no date and the figure told why."""
    out: list[tuple[int, int, date | None, date | None, str, tuple[Any, ...]]] = []
    whole: list[str] | None = None
    for m in _SUMMER_HOLIDAYS.finditer(low):
        lo = max(low.rfind(". ", 0, m.start()) + 1, 0)
        hi = low.find(". ", m.end()) + 1 or len(low)
        named = _summer_countries(text, lo, hi)
        if not named:
            whole = _summer_countries(text, 0, len(text)) if whole is None else whole
            named = whole
        spans = {r[1:] for c in named for r in _summer_readings(c, 2000)}
        if D is None or not named or len(spans) > 1 and len(named) > 1:
            out.append((m.start(), m.end(), None, None, "day",
                        ((f"why: {SUMMER_WHY}", None, None),)))
            continue
        groups = [_summer_readings(named[0], y) for y in _years(m.group("y"), D)]
        env = [(g[0][1], g[0][2]) for g in groups]
        got = choose_span(env, D, tense_at(m.start(), m.end()), bool(m.group("y")))
        g = next(g for g in groups if (g[0][1], g[0][2]) == got)
        out.append((m.start(), m.end(), g[0][1], g[0][2], "day", g))
    return out


# a few words between a season's name and a date written after it, which says its days
_DATE_SAYS = re.compile(r"[ \u00a0]*[,(]?[ \u00a0]*(?:[a-z]+[ \u00a0]+){0,3}")


@lru_cache(maxsize=1)
def _festival_rx() -> re.Pattern[str] | None:
    names = _cfg("festival_days", {}) or {}
    if not names:
        return None
    alt = "|".join(re.escape(str(k)) for k in names)
    return re.compile(
        rf"\b(?:(?P<p>during|over|throughout|across){_W}(?:the{_W})?)?(?P<f>{alt})"
        rf"(?P<s>{_W}(?:festival|festivities|celebrations))?\b")


def _cfg(key: str, default: Any = None) -> Any:
    return vocab.load("dates.yaml").get(key, default)


def gate(low: str) -> bool:
    """Whether ``low`` may hold one of these seasons (cheap substring tests first)."""
    return _half_term_in(low) or "easter" in low or ("summer" in low and "hol" in low) or any(
        str(k) in low for k in (_cfg("festival_days", {}) or {})) or (
        ("week" in low or "holiday" in low) and any(str(k) in low for k in (
            _cfg("feast_weeks", {}) or {})))


def _half_term_in(low: str) -> bool:
    return "half-term" in low or "half term" in low or "halfterm" in low or \
        "half\u00a0term" in low


def _years(y: str | None, D: date | None) -> list[int]:
    if y:
        return [int(y)]
    return [D.year - 1, D.year, D.year + 1] if D is not None else []


def choose_span(spans: list[tuple[date, date]], D: date | None, tense: str, written: bool
            ) -> tuple[date, date] | None:
    """The span a reporter means: the one of the year written, else the next not yet over in
    future copy, the latest begun by publication in past copy, else the nearer of those."""
    if not spans:
        return None
    if written or D is None:
        return spans[0]
    nxt = min((x for x in spans if x[1] >= D), default=None)
    last = max((x for x in spans if x[0] <= D), default=None)
    if tense == "future" or last is None:
        return nxt
    if tense == "past" or nxt is None or nxt == last:
        return last
    return nxt if (nxt[0] - D) < (D - last[1]) else last


def _half_term_week(month: str, y: int) -> tuple[date, date] | None:
    mmdd = (_cfg("half_terms", {}) or {}).get(month)
    if not mmdd:
        return None
    mo, dy = (int(x) for x in str(mmdd).split("-"))
    monday = date(y, mo, dy) + relativedelta(weekday=MO(0))
    return monday, monday + timedelta(days=6)


def _half_terms(low: str, D: date | None, tense_at: Callable[..., str]
                ) -> list[tuple[int, int, date, date, str]]:
    out = []
    seasons = _cfg("half_term_seasons", {}) or {}
    months = list((_cfg("half_terms", {}) or {}))
    for m in _HALF_TERM.finditer(low):
        named = m.group("m")
        which = [seasons.get(named, named)] if named else months
        if m.group("y") and not named:
            continue   # "half-term 2024": which of the year's three is not said
        spans = sorted(w for y in _years(m.group("y"), D) for k in which
                       if (w := _half_term_week(k, y)) is not None)
        got = choose_span(spans, D, tense_at(m.start(), m.end()), bool(m.group("y")))
        if got is not None:
            out.append((m.start(), m.end(), got[0], got[1], "week"))
    return out


def _easter_holidays(text: str, low: str, D: date | None, tense_at: Callable[..., str]
                     ) -> list[tuple[int, int, date, date, str]]:
    out = []
    a, b = (int(x) for x in (_cfg("easter_holidays") or (-6, 7)))
    for m in _EASTER_HOLIDAYS.finditer(low):
        if not text[m.start() + low[m.start():].find("easter")].isupper():
            continue
        spans = [(easter(y) + timedelta(days=a), easter(y) + timedelta(days=b))
                 for y in _years(m.group("y"), D)]
        got = choose_span(spans, D, tense_at(m.start(), m.end()), bool(m.group("y")))
        if got is not None:
            out.append((m.start(), m.end(), got[0], got[1], "week"))
    return out


def _festivals(text: str, low: str, D: date | None, tense_at: Callable[..., str]
               ) -> list[tuple[int, int, date, date, str]]:
    rx = _festival_rx()
    if rx is None or D is None:
        return []
    days = _cfg("festival_days", {}) or {}
    out = []
    for m in rx.finditer(low):
        if not (m.group("p") or m.group("s")) or not text[m.start("f")].isupper() or \
                _SEASON_AFTER.match(low, m.end("f")):
            continue
        name = m.group("f")
        a, b = (int(x) for x in days[name])
        by_year = {y: holiday_day(name, y) for y in range(D.year - 1, D.year + 2)}
        spans = [(d + timedelta(days=a), d + timedelta(days=b)) for d in by_year.values()
                 if d is not None]
        got = choose_span(spans, D, tense_at(m.start(), m.end()), False)
        if got is None or any(by_year.get(y) is None for y in
                              range(min(got[0].year, D.year), max(got[0].year, D.year) + 1)):
            continue   # a year between the one picked and publication is not listed
        out.append((m.start(), m.end(), got[0], got[1], "day"))
    return out


@lru_cache(maxsize=1)
def _feast_week_rx() -> re.Pattern[str] | None:
    names = _cfg("feast_weeks", {}) or {}
    if not names:
        return None
    alt = "|".join(re.escape(str(k)).replace(r"\ ", _W) for k in names
                   if not (names[k] or {}).get("holiday"))
    # (dates44) a name whose holiday is its week: "the National Day holiday" of China
    hol = "|".join(re.escape(str(k)).replace(r"\ ", _W) for k in names
                   if (names[k] or {}).get("holiday")) or "(?!)"
    return re.compile(rf"\b(?:(?P<f>{alt})(?:{_W}(?:festival|festive))?{_W}week"
                      rf"|(?P<g>{hol}){_W}(?:holidays?|week))\b"
                      rf"(?:{_W}(?P<y>(?:19|20)\d\d)\b)?")


_WEEK_FIRST = {"monday": 0, "sunday": 6}
# (dates45) why a holiday many countries keep is no date where the document names none of them
HOLIDAY_WHY = ("the {} holiday of a country the article does not name (several countries "
               "keep one, on their own days)")
Reading = tuple[str, date, date]


def _feast_groups(spec: dict[str, Any], y: int, name: str) -> list[tuple[Reading, ...]]:
    """The readings of a feast's week named ``name`` in year ``y``: for each feast it may be,
    the festival's days (``days``) and the calendar weeks holding its day (``weeks``), each
    labelled with the words behind it; [] for a feast its table lacks that year."""
    out = []
    for feast in spec.get("feasts", ()):
        d = holiday_day(feast, y)
        if d is None:
            continue
        title = feast.title().replace("Al-", "al-").replace("Ul-", "ul-")
        day = f"{title} ({d:%-d %B %Y})"
        got: list[Reading] = []
        if spec.get("days"):
            a, b = (int(x) for x in spec["days"])
            got.append((f"feast: the festival's own days around {day}",
                        d + timedelta(days=a), d + timedelta(days=b)))
        for words, (a, b) in (spec.get("spans") or {}).items():
            # named stretches around the feast ("Easter week": the week after Easter Sunday,
            # or Holy Week before it), in the order listed
            got.append((f"feast: {words}, around {day}",
                        d + timedelta(days=int(a)), d + timedelta(days=int(b))))
        for first in spec.get("weeks", ()):
            w0 = d - timedelta(days=(d.weekday() - _WEEK_FIRST[first]) % 7)
            got.append((f"feast: the calendar week holding {day}, {first.title()} to "
                        f"{(w0 + timedelta(days=6)):%A}", w0, w0 + timedelta(days=6)))
        out.append(tuple(got))
    return out


def _named(spec: dict[str, Any], words: str) -> list[str]:
    """The countries of ``spec``'s ``cues`` that ``words`` name."""
    return [c for c, ws in (spec.get("cues", {}) or {}).items()
            if any(re.search(rf"\b{re.escape(str(w))}(?![\w$])", words) for w in ws)]


def _fixed_groups(spec: dict[str, Any], y: int, name: str, named: list[str]
                  ) -> list[tuple[Reading, ...]]:
    """A week of national holidays fixed by the calendar (``fixed``; a year the holiday notice
    moved, or a holiday with no fixed days, ``years``), of the country ``named`` (the
    sentence's, else for a holiday many countries hold the document's), else of every
    country listed."""
    fixed = spec.get("fixed", {}) or {}
    out = []
    moved = spec.get("years", {}) or {}
    for country in list(fixed) + [c for c in moved if c not in fixed]:
        if len(named) == 1 and country not in named or spec.get("holiday") and \
                country not in named:
            continue   # (a holiday many countries hold, "National Day": a country named)
        # (dates44) a year whose notice moved the week: its own days; (dates45) a holiday
        # with no fixed days ("the Spring Festival holiday"): a year not listed is no date
        got = (moved.get(country) or {}).get(y) or fixed.get(country)
        if not got:
            continue
        a, b = got
        first, last = (date(y, *(int(x) for x in str(v).split("-"))) for v in (a, b))
        group: tuple[Reading, ...] = ((f"feast: {country}'s {name.title()} Week, "
                                       f"{first:%-d %B} to {last:%-d %B %Y}", first, last),)
        run = _days_off_run(y, (spec.get("runs", {}) or {}).get(country))
        if run is not None and run != (first, last):
            group += ((f"feast: {country}'s {name.title()} Week as travel counts it, the days "
                       f"off from {run[0]:%-d %B} to {run[1]:%-d %B %Y} (weekends and a "
                       f"substitute holiday joined)", *run),)
        out.append(group)
    return out


def _days_off_run(y: int, days: list[Any] | None) -> tuple[date, date] | None:
    """(dates47) The run of days off holding a week of public holidays (``runs``: the
    holidays' month-days) in year ``y``, as the travel industry counts the week: the
    holidays, the weekends touching them, and a holiday falling on a Sunday moved to the next
    day that is no holiday (Japan's substitute holiday): Golden Week 2024 ran from Saturday 27
    April to Monday 6 May, 2014's from Tuesday 29 April to Tuesday 6 May."""
    if not days:
        return None
    listed = sorted(date(y, *(int(x) for x in str(v).split("-"))) for v in days)
    off = set(listed)
    for d in listed:
        if d.weekday() == 6:
            n = d + timedelta(days=1)
            while n in off:
                n += timedelta(days=1)
            off.add(n)

    def day_off(d: date) -> bool:
        return d in off or d.weekday() >= 5
    first, last = listed[0], max(off)
    while day_off(first - timedelta(days=1)):
        first -= timedelta(days=1)
    while day_off(last + timedelta(days=1)):
        last += timedelta(days=1)
    return first, last


def _stated_length(low: str, start: int) -> int | None:
    """The length written right before a holiday's name ("the eight-day ..."), in days."""
    m = _STATED_LENGTH.search(low, max(0, start - 12), start)
    return (_LENGTH_WORDS.get(m.group("n")) or int(m.group("n"))) if m else None


def _length_named(spec: dict[str, Any], low: str, start: int, D: date) -> list[str]:
    """(dates46) The country whose holiday, by its table, ran to the length written before
    the name in a year the tense may pick ("the eight-day Lunar New Year holiday", published
    in February 2025: China's, 28 January to 4 February): its days are the reading. None when
    no length is written, when no country's table ties, or when two do (each country's own
    days are a guess)."""
    n = _stated_length(low, start)
    if n is None:
        return []
    moved, fixed = spec.get("years") or {}, spec.get("fixed") or {}
    tied = [c for c in list(fixed) + [c for c in moved if c not in fixed]
            if any(_days_of((moved.get(c) or {}).get(y) or fixed.get(c)) == n
                   for y in (D.year - 1, D.year, D.year + 1))]
    return tied if len(tied) == 1 else []


def _days_of(got: Any) -> int | None:
    """How many days a table's [first, last] (month-day strings) runs to, in a leap year."""
    if not got:
        return None
    first, last = (date(2000, *(int(x) for x in str(v).split("-"))) for v in got)
    return (last - first).days + 1


def _unlisted_between(spec: dict[str, Any], got: tuple[date, date], D: date) -> bool:
    """Whether a year between the occurrence picked and publication is missing from the
    feast's table, or (dates46) from a holiday's table of days with no fixed days ("the
    Spring Festival holiday" published in 2003, before the table's first year: not 2004's):
    the one meant may be that year's, no guess."""
    years = range(min(got[0].year, D.year), max(got[0].year, D.year) + 1)
    if spec.get("feasts"):
        return any(holiday_day(f, y) is None for f in spec["feasts"][:1] for y in years)
    if spec.get("fixed") or not spec.get("years"):
        return False
    have = {int(y) for table in spec["years"].values() for y in (table or {})}
    return any(y not in have for y in years)


def _feast_weeks(text: str, low: str, D: date | None, tense_at: Callable[..., str]
                 ) -> list[tuple[int, int, date | None, date | None, str, tuple[Any, ...]]]:
    """"Diwali week", "in Eid week", "Thanksgiving week", "over Golden Week": the occurrence
    the tense picks (as for the feast's day), read every way copy may mean it (dates.yaml
    ``feast_weeks``); the first reading is the figure's period, the others stand beside it."""
    rx = _feast_week_rx()
    if rx is None or D is None:
        return []
    specs = _cfg("feast_weeks", {}) or {}
    out = []
    doc_named: dict[str, list[str]] = {}
    for m in rx.finditer(low):
        f = "f" if m.group("f") else "g"
        if not text[m.start(f)].isupper():
            continue
        name = " ".join(m.group(f).split())
        spec = specs[name]
        if spec.get("years_of"):   # (dates45) another name's table: "Lunar New Year holiday"
            spec = {**spec, "years": specs[spec["years_of"]].get("years")}
        sentence = low[max(low.rfind(". ", 0, m.start()), 0):
                       (low.find(". ", m.end()) + 1 or len(low))]
        named = _named(spec, sentence) if spec.get("fixed") or spec.get("years") else []
        tie = None
        if spec.get("own"):
            named = [spec["own"]]   # a name one country's alone ("the Spring Festival")
        elif not named and spec.get("holiday"):
            # (dates45) "the National Day holiday" in a sentence naming no country: the
            # country the document names decides (read once a document; several: each a
            # reading); none, no date (listed as not checkable)
            if name not in doc_named:
                doc_named[name] = _named(spec, low)
            named = doc_named[name] or _length_named(spec, low, m.start(), D)
            tie = None if doc_named[name] else _stated_length(low, m.start())
            if not named:   # no date, and the figure is told why (normalize.undated_events)
                out.append((m.start(), m.end(), None, None, "day",
                            ((f"why: {HOLIDAY_WHY.format(name.title())}", None, None),)))
                continue
        ys = [int(m.group("y"))] if m.group("y") else [D.year - 1, D.year, D.year + 1]
        groups = [g for y in ys for g in (_fixed_groups(spec, y, name, named)
                                          if spec.get("fixed") or spec.get("years") else
                                          _feast_groups(spec, y, name)) if g]
        if tie:   # named by its length: only a year whose holiday ran to it
            groups = [g for g in groups if (g[0][2] - g[0][1]).days + 1 == tie]
        env = sorted(((min(r[1] for r in g), max(r[2] for r in g)), g) for g in groups)
        got = choose_span([e for e, _ in env], D, tense_at(m.start(), m.end()),
                      bool(m.group("y")))
        if got is None or not m.group("y") and _unlisted_between(spec, got, D):
            continue   # a year between the one picked and publication is not in the
            # feast's table: the one meant may be that year's, no guess
        g = next(g for e, g in env if e == got)
        out.append((m.start(), m.end(), g[0][1], g[0][2], "day", g))
    return out


def holiday_seasons(text: str, low: str, out: list, D: date | None,
                    tense_at: Callable[..., str], mention: Callable[..., Any]) -> list:
    """``out`` (the date mentions, in text order) with the seasons above read in, made by
    ``mention(start, end, words, first, last, granularity, readings)``; ``tense_at(start,
    end)`` says "future", "past" or "" for the sentence of the words. The mentions a season covers give
    way, and a longer one over its words keeps its place."""
    found = (_summer_holidays(text, low, D, tense_at) if "summer" in low and "hol" in low
             else []) + \
        [(*x, ()) for x in (_half_terms(low, D, tense_at) if _half_term_in(low) else []) +
             (_easter_holidays(text, low, D, tense_at) if "easter" in low else []) +
             _festivals(text, low, D, tense_at)] + \
        (_feast_weeks(text, low, D, tense_at) if "week" in low or "holiday" in low else [])
    if not found:
        return out
    new = []
    for s, e, a, b, gran, readings in found:
        if any(dm.start < e and s < dm.end and (dm.start < s or dm.end > e) for dm in out):
            continue   # "the half-term week of 21 October": the longer reading stands
        if any(0 <= dm.start - e <= 30 and any(ch.isdigit() for ch in dm.text) and
               _DATE_SAYS.fullmatch(low, e, dm.start) for dm in out):
            continue   # "when half-term starts on 28 October": the date written says
        new.append(mention(s, e, text[s:e], a, b, gran, readings))
    if not new:
        return out
    kept = [dm for dm in out if not any(f.start < dm.end and dm.start < f.end for f in new)]
    return sorted(kept + new, key=lambda d: d.start)


_LENGTH_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10}
# "the five-day Thanksgiving weekend", "over the 5-day Easter weekend": a length written right
# before a holiday's long weekend
_STATED_LENGTH = re.compile(r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
                            r"[ \u00a0-]day[ \u00a0]+$")


def stated_lengths(text: str, low: str, out: list[Any]) -> list[Any]:
    """``out`` with a holiday weekend written with a longer length than its own days run to
    the days written (dates45): "the five-day Thanksgiving weekend" is Thursday to the Monday
    after (Cyber Monday), as retail copy counts it. Only a weekend one or two days short of
    the length is stretched; a length shorter than its days, or far longer, leaves it."""
    new = []
    for dm in out:
        m = _STATED_LENGTH.search(low, max(0, dm.start - 12), dm.start) if \
            dm.text.lower().endswith("weekend") and dm.start_date is not None and \
            dm.end_date is not None else None
        if m is None:
            new.append(dm)
            continue
        n = _LENGTH_WORDS.get(m.group("n")) or int(m.group("n"))
        own = (dm.end_date - dm.start_date).days + 1
        if 1 <= n - own <= 2:
            dm = replace(dm, start=m.start(), text=text[m.start():dm.end],
                         end_date=dm.start_date + timedelta(days=n - 1))
        new.append(dm)
    return new
