"""Dates and periods in text, resolved against the publication date.

Explicit dates ("17 December 2024", "Dec. 17, 2024", "2024-12-17", "Monday, 17 December
2024", "December 2024", "in 2023", "the 1960s") and relative ones ("yesterday", "last week",
"over the past 24 hours", "in early December", "since February 2022", "so far this year",
"since the start of the invasion") become a closed period of days. Relative expressions are
resolved with dateutil's relativedelta against ``pub_date``; without a publication date they
keep their span and ``relative=True`` but no dates.

Conventions (docs/extraction.md): a window ending at publication covers the days before the
publication date D: "over the past 24 hours", "over the past day" and "yesterday" are D-1..D-1,
"the past week" and "the last seven days" D-7..D-1, "the past N days" D-N..D-1 (the store maps
loss day L to the report of L+1, so the report of D is compared). Words come from
``rules/vocab/dates.yaml``. This module must not read figures.
"""

from __future__ import annotations

import calendar
from bisect import bisect_left
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Callable, Iterator

from dateutil.relativedelta import relativedelta
from dateutil.rrule import DAILY, FR, MO, TH, TU, WE, rrule

from . import date_forms, fiscal_label_readings, fiscal_parts, holiday_seasons, legal_terms, \
    possessive_years, referred_holidays, vocab
from .biennia import biennia
from . import year_part_labels
from .event_anniversaries import event_anniversaries, first_spans
from .fastinit import fast_init
from .first_words import Alternatives
from .numbers import change_words
from .shortlist import add_key_words, word_shortlist
from .text import Words, ci_word_alternation, key_matches, word_alternation, words
from .year_back_parts import year_back_parts

# white space inside a date or period; a single line break (soft-wrapped Markdown) too
_WS = r"(?:[ \u00a0\u202f\t]|\n(?![ \t]*\n))"


@fast_init
@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or period written in the text. A single day has start_date == end_date."""

    start: int
    end: int
    text: str
    start_date: date | None
    end_date: date | None
    weekday: str | None = None     # a weekday stated next to the date ("monday")
    relative: bool = False         # resolved against the publication date
    # date | month | year | decade | period (a range of days: "from 7 to 13 December") |
    # part (of a month: "early December") | since | daily (the past day) | window (a span
    # ending at publication: the past week, the last seven days) | previous ("the previous
    # month": the calendar unit before the one the text last spoke of; dates as "last month")
    kind: str = "date"
    # day | week | month | quarter | year | decade: the unit the text speaks in ("Q3" is a
    # quarter, "early March" days of March, "the 2023/24 season" a year)
    granularity: str | None = None
    # a numeric date valid in both orders ("03/04/2016"), read in the document's date order
    ambiguous: bool = False
    # a bare weekday in a present-tense sentence ("Aslef drivers strike on Saturday"): the
    # other day it may be, a week from the one read (normalize lists both as period readings)
    other: date | None = None
    # a feast's week read several ways ("Diwali week": the festival's days or the calendar
    # week holding it; extract.holiday_seasons): (label, first, last) each, the first the
    # mention's own days (normalize lists them as period readings)
    readings: tuple = ()


@dataclass(frozen=True, slots=True)
class StatedDate:
    """A single day as the text states it (``normalize.calendar``): the weekday stated for it
    ("" when none, or when the day is only implied, as "yesterday" is), the day the text
    holding it was published (a liveblog update's own day), and whether its sentence speaks of
    the future. ``index`` is its position among the document's date mentions."""

    index: int
    start: int
    end: int
    text: str
    day: date
    published: date | None
    relative: bool
    weekday: str
    future: bool


@dataclass(frozen=True, slots=True)
class StatedPeriod:
    """A stretch of days the text states: one period mention, or two dates joined as a range
    ("from 1 January to 31 March")."""

    index: int
    start: int
    end: int
    text: str
    first: date
    last: date


@dataclass(frozen=True, slots=True)
class StatedAnniversary:
    """An anniversary the text counts from a year ("the 80th anniversary of the 1944
    landings", ``normalize.calendar``): its count, the event's year, the year they give (1944
    + 80), the year of publication (a liveblog update's own), and whether its sentence speaks
    of another time (the future, or another year: the anniversary need not be this year's)."""

    index: int
    start: int
    end: int
    text: str
    nth: int
    event_year: int
    year: int
    published: date | None
    elsewhen: bool


_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
              "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
              "nineteen": 19, "twenty": 20, "twenty-four": 24, "thirty": 30, "forty-eight": 48,
              "fifty-two": 52, "seventy-two": 72, "a": 1, "an": 1}


class _DateGrammar:
    def __init__(self) -> None:
        d = vocab.load("dates.yaml")
        self.months: dict[str, int] = {k.lower(): int(v) for k, v in d.get("months", {}).items()}
        self.weekdays: dict[str, str] = {k.lower(): v for k, v in d.get("weekdays", {}).items()}
        self.parts: dict[str, list[Any]] = {k.lower(): v for k, v in d.get("parts", {}).items()}
        self.decade_parts: dict[str, list[Any]] = dict(d.get("decade_parts") or {})
        # dates.yaml trading_sessions: "in early trading" is the publication day's session
        sess = sorted((re.escape(str(x).lower()).replace(r"\ ", "[ \u00a0]+")
                       for x in d.get("trading_sessions", []) or []), key=len, reverse=True)
        self.session = re.compile(word_alternation(sess or ["(?!)"]) + r"\b")
        # dates.yaml previous_sessions: "in the previous trading session" is the weekday before
        prev = sorted((re.escape(str(x).lower()).replace(r"\ ", "[ \u00a0]+")
                       for x in d.get("previous_sessions", []) or []), key=len, reverse=True)
        self.prev_session = re.compile(word_alternation(prev or ["(?!)"]) + r"\b")
        self.events: dict[str, date] = {}
        for k, v in d.get("events", {}).items():
            self.events[k.lower()] = v if isinstance(v, date) else date.fromisoformat(str(v))
        dss = d.get("default_scope_start")
        self.default_scope_start = dss if isinstance(dss, date) else (
            date.fromisoformat(str(dss)) if dss else None)
        self.cumulative_markers = [s.lower() for s in d.get("cumulative_markers", [])]
        self.not_cumulative = [s.lower() for s in d.get("not_cumulative", []) or []]
        self.added_to = [s.lower() for s in d.get("added_to", []) or []]
        self.anchor_words = (frozenset(self.months) | frozenset(self.weekdays) | _DAYWORDS
                             | _RELATIVE
                             | {"so", "day", "twenty", "forty", "quarter", "q1", "q2", "q3",
                                "q4", "latest"})
        self.daily_markers = [s.lower() for s in d.get("daily_markers", [])]
        mon = "|".join(sorted((re.escape(m) for m in self.months), key=len, reverse=True))
        wd = "|".join(sorted((re.escape(w) for w in self.weekdays), key=len, reverse=True))
        part = "|".join(sorted((re.escape(p).replace(r"\ ", r"\s+") for p in self.parts),
                               key=len, reverse=True))
        ev = "|".join(sorted((re.escape(e).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]")
                              for e in self.events), key=len, reverse=True))
        # "since the February 2022 invasion", "since Russia's 2022 invasion", "since the start
        # of the 2022 invasion": a dated event
        # noun after the date makes it a running scope from the event (its own day when the
        # events table dates it inside the month or year written)
        self.since_dated_event = re.compile(
            rf"\bsince{_WS}+(?:(?:the{_WS}+)?(?:start|beginning|outbreak|onset){_WS}+of{_WS}+)?"
            rf"(?:the|[a-z]+[’']s|its|their){_WS}+"
            rf"(?:(?P<mon>{mon}){_WS}+)?(?P<y>(?:19|20)\d\d){_WS}+(?P<ev>{ev})\b")
        num = r"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|" \
              r"fourteen|twenty-four|thirty|forty-eight"
        # Anchors, found fast on the lower-cased text: a month or weekday name, a year, a
        # relative keyword, "24 hours". The full pattern is then tried at the anchor and at the
        # starts of up to three words before it ("Monday, 17 December", "over the past").
        mon_nomay = "|".join(sorted((re.escape(m) for m in self.months if m != "may"),
                                    key=len, reverse=True))
        unitish = (r"(?=\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
                   r"twenty|thirty|forty|few|several|couple|week|fortnight|month|year|day|hour|night|decade|"
                   r"morning|afternoon|evening|weekend|mon|tue|wed|thu|fri|sat|sun))")
        self.anchor = re.compile(
            rf"\b(?:(?:{mon_nomay}|{wd.lower()}|since|yesterday|today|tonight|tomorrow|"
            r"overnight|so far|twenty-four|forty-eight)(?![a-z])"
            rf"|(?:past|last|previous|preceding|prior|trailing|this|next){unitish}"
            r"|latest(?=\s+(?:24|twenty-four|one|days?|hours?)\b)"
            r"|may(?=\.?[ \u00a0]+\d)|(?<=\d[ \u00a0])may(?![a-z])|(?<=\dth[ \u00a0])may"
            # ("May's 63 was the lowest of 2026": the modal is never possessive; readings70)
            r"|may(?=['’]s(?![a-z]))"
            rf"|may(?=[ \u00a0]+(?:{_MONTH_SUBJECT_VERBS_RX})\b)"
            + "".join(rf"|(?<={w}[ \u00a0])may(?![a-z])" for w in sorted(_MAY_BEFORE)) +
            r"|(?:1[89]|20)\d\d(?!\d)|(?:24|48)(?=[ \u00a0]*-?[ \u00a0]*hours?)"
            r"|quarter(?![a-z])|q[1-4](?![\w]))")
        yn = "|".join(sorted((re.escape(n.lower()) for n in d.get("year_nouns", []) or []),
                             key=len, reverse=True)) or "(?!)"
        pattern = _core_pattern(mon, wd, part, ev, num, yn)
        # quarters are read only at a quarter anchor ("third quarter", "Q3") and "N units
        # ago/earlier" only at its unit word: the rest of the text is matched without them
        self.rx = re.compile(_without(pattern, ("qtr", "mrange", "ago")))
        self.rx_q = re.compile(_without(pattern, ("mrange", "ago")))
        self.rx_mr = re.compile(_without(pattern, ("qtr", "ago")))
        # "two weeks ago", "a year earlier": tried only at their unit word
        self.rx_ago = re.compile(_without(pattern, ("qtr", "mrange")))
        # each tried at a start with only the alternatives its word may open (first_words)
        # (keyed by the pattern's id: a pattern's hash reads its whole text every time)
        self.match_at = {id(rx): getattr(Alternatives.of(rx) or rx, "match")
                         for rx in (self.rx, self.rx_q, self.rx_mr, self.rx_ago)}


# a year that opens its sentence as the subject of one of these: "2022 peaked at 40.3C on 19
# July", "2023 saw 4,100 deaths" (a later day or month without a year then takes it)
_YEAR_SUBJECT_VERBS = ("was|saw|peaked|brought|proved|marked|ended|began|became|had|set|"
                       "recorded|delivered|produced|remains|remained|is")


def _core_pattern(mon: str, wd: str, part: str, ev: str, num: str, yn: str) -> str:
    """The core grammar: one named alternative per form, each read by its resolver
    (``_RESOLVERS``); ``mon``, ``wd``, ``part``, ``ev``, ``num`` and ``yn`` (year_nouns) are
    the vocabulary alternations."""
    M = rf"(?:{mon})(?![a-z])\.?"
    W = rf"(?:{wd})(?![a-z])\.?"
    return (
        rf"""(?x)
        (?P<iso>\b(?P<iy>(?:19|20)\d{{2}})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])(?:\b|(?=t\d\d:\d\d)))
      | (?P<xrange>\b(?:(?P<xbtw>between){_WS}+)?(?P<xa>[0-3]?\d)(?:st|nd|rd|th)?{_WS}+(?:of{_WS}+)?(?P<xm1>{M})
            (?:,?{_WS}+(?P<xy1>(?:1[89]|20)\d{{2}}))?{_WS}*(?:-|–|to|until|through|(?(xbtw)and|(?!))){_WS}*
            (?P<xb>[0-3]?\d)(?:st|nd|rd|th)?{_WS}+(?:of{_WS}+)?(?P<xm2>{M})
            (?:,?{_WS}+(?P<xy2>(?:1[89]|20)\d{{2}}))?(?![\d,]\d))
      | (?P<drange>\b(?P<da>[0-3]?\d)(?:st|nd|rd|th)?{_WS}*(?:-|–|to|and|through){_WS}*
            (?P<db>[0-3]?\d)(?:st|nd|rd|th)?{_WS}+(?:of{_WS}+)?(?P<m6>{M})
            (?:,?{_WS}+(?P<y6>(?:1[89]|20)\d{{2}}))?(?![\d,]\d))
      | (?P<mxrange>\b(?:(?<=between[ \u00a0])(?P<xbw>))?(?P<xm3>{M}){_WS}*(?P<xc>[0-3]?\d)?(?:st|nd|rd|th)?{_WS}*(?:-|–|to|through|until|(?(xbw)and|(?!)))
            {_WS}*(?P<xm4>{M}){_WS}*(?P<xe>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:.]\d|,\d{{3}}|\d)
            (?:,?{_WS}+(?P<xy4>(?:1[89]|20)\d{{2}})(?![\d,]\d))?)
      | (?P<mdrange>\b(?:(?:on{_WS}+)?{W}(?:{_WS}*[-–]{_WS}*{W})?,?{_WS}+)?(?P<m7>{M}){_WS}*(?P<dc>[0-3]?\d)(?:st|nd|rd|th)?{_WS}*(?:-|–|to|through)
            {_WS}*(?P<dd>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:.]\d|,\d{{3}}|\d)(?:,?{_WS}+(?P<y7>(?:1[89]|20)\d{{2}}))?)
      | (?P<dmy>\b(?:(?P<wd1>{W}),?{_WS}+)?(?:the{_WS}+)?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?
            {_WS}+(?:of{_WS}+)?(?P<m1>{M})(?:,?{_WS}+(?P<y1>(?:1[89]|20)\d{{2}})
            |{_WS}+(?:of{_WS}+)?(?P<yr1>last|this|next){_WS}+year\b)?(?![\d,]\d))
      | (?P<mdy>\b(?:(?P<wd2>{W}),?{_WS}+)?(?P<m2>{M}){_WS}*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?
            (?![\d:.]\d|,\d{{3}})(?:,?{_WS}+(?P<y2>(?:1[89]|20)\d{{2}})(?![\d,]\d)
            |{_WS}+(?:of{_WS}+)?(?P<yr2>last|this|next){_WS}+year)?(?!{_WS}?(?:%|km|per))\b)
      | (?P<part>\b(?:in{_WS}+)?(?:the{_WS}+)?(?:(?P<pw0>{part})[-\s]+(?:to|or|and)[-\s]+)?(?P<pw>{part})(?:(?<=\bend)-|(?<!\bend)[-\s]+)(?P<m4>{M})
            (?:{_WS}+(?P<y4>(?:1[89]|20)\d{{2}})(?!\d))?)
      | (?P<since>\bsince{_WS}+(?:(?:the{_WS}+)?(?:start|beginning|outbreak|onset){_WS}+of{_WS}+)?
            (?:the{_WS}+|its{_WS}+|their{_WS}+|(?:russia|moscow)[’']s{_WS}+)?(?P<ev>{ev})\b
            (?:{_WS}+of{_WS}+ukraine\b)?(?:{_WS}+began)?)
      | (?P<qtr>\b(?:the{_WS}+|(?P<qpy>(?:19|20)\d{{2}})[’']s{_WS}+)?(?P<qn>first|second|third|fourth|final|1st|2nd|3rd|4th
                |last(?=(?:{_WS}|-)+quarter{_WS}+of{_WS}+(?:(?:19|20)\d\d|(?:last|this|next){_WS}+year)\b))(?:{_WS}|-)+(?:calendar{_WS}+)?quarter
            (?:{_WS}+(?:of{_WS}+)?(?:(?P<qfis>fiscal|fy)(?:{_WS}+year)?{_WS}*)?(?P<qy>(?:19|20)\d{{2}}|(?<=fy)\d\d(?![/\-–]\d)|(?<=fy\s)\d\d(?![/\-–]\d))(?:(?<=fy\d{{4}})[/\-–](?P<qys2>\d\d)(?![\d/]))?(?![\d,]\d)
               |{_WS}+of{_WS}+(?P<qrel>last|this|next){_WS}+year)?\b
          | \b(?P<qy5>(?:19|20)\d{{2}}){_WS}*q(?P<qd3>[1-4])\b
          | \bq(?P<qd5>[1-4]){_WS}*(?P<qfis2>fy|fiscal){_WS}*(?P<qfy>(?:19|20)\d{{2}}|\d\d)\b
          | \bq(?P<qd6>[1-4])(?:{_WS}+|-)?(?:fy{_WS}*)?(?P<qsy>(?:19|20)\d{{2}}|\d\d)[/\-–](?P<qsy2>\d\d)\b(?![/\-–]\d)
          | \b(?:q|quarter{_WS}+)(?P<qd>[1-4])(?:(?:{_WS}*:{_WS}*|,?{_WS}+(?:of{_WS}+)?)(?P<qy2>(?:19|20)\d{{2}})(?![\d,]\d)|[’'](?P<qy3>\d\d))?\b
          | \b(?P<qd2>[1-4])q(?P<qy4>(?:19|20)\d\d|\d\d)\b)
      | (?P<mrange>\b(?:(?:from|between){_WS}+)?(?P<r1>{M})(?:{_WS}+(?P<ry1>(?:1[89]|20)\d{{2}}))?
            {_WS}*(?:-to-|-|–|to|and|through|until){_WS}*(?P<r2>{M})(?!{_WS}*\d{{1,2}}\b(?!\d))
            (?:,?{_WS}+(?P<ry2>(?:1[89]|20)\d{{2}})(?![\d,]\d|[-–/]\d)|(?P<ryg>(?:1[89]|20)\d{{2}})(?!\d)|{_WS}+(?P<ryr>last|this|next){_WS}+year\b)?)
      | (?P<my>\b(?P<m3>{M})(?:,?{_WS}+|-|(?=(?:1[89]|20)\d\d(?!\d)))(?:(?P<y3>(?:1[89]|20)\d{{2}})(?![\d,]\d)|[’'](?P<y3s>\d\d)\b))
      | (?P<mon>\b(?P<mprep>in|during|since|for|through|throughout|by|until|of|last|this|next|to|ending|ended|was|is|being|up{_WS}+from|down{_WS}+from|from|starting|beginning|commencing)
            {_WS}+(?P<m5>{M})(?!\.?{_WS}*(?!\d{{1,3}},\d{{3}})[\d]|{_WS}*(?:-to-|-|–|to|through|until){_WS}*{M}|,?{_WS}+[’']\d\d\b|-(?:1[89]|20)\d\d)
            (?:{_WS}+(?:of{_WS}+)?(?P<yr5>last|this|next){_WS}+year\b)?)
      | (?P<yrange>\b(?:(?:between|from){_WS}+(?P<ya2>(?:1[89]|20)\d{{2}}){_WS}+(?:and|to|until|through)
            {_WS}+(?P<yb2>(?:1[89]|20)\d{{2}})(?![\d,.]\d|{_WS}*%)
          | (?P<ya>(?:1[89]|20)\d{{2}})[-–/](?P<yb>\d{{2}}|(?:1[89]|20)\d{{2}}|\d)(?![\d]|[-–/.]\d)))
      | (?P<yadj>(?:\b(?:(?:in|during|at|for|from|before|after|of|over|under){_WS}+)?(?i:the|its|their|his|her|our){_WS}+
            (?=(?:1[89]|20)\d\d{_WS}+(?:[A-Za-z][\w-]*{_WS}+){{0,2}}?(?:{yn})\b)|\b(?=(?:1[89]|20)\d\d,{_WS}+when\b)
            |(?<![\w,.$€£/])(?=(?:1[89]|20)\d\d:{_WS}+\d)
            |(?<=[’']s\s)(?=(?:1[89]|20)\d\d{_WS}+(?:[a-z-]+{_WS}+)?(?:{yn})\b)
            |(?<![\w,.$€£/-])(?=(?:1[89]|20)\d\d{_WS}+(?:levels?|averages?|baselines?)\b)
            |(?:(?<![^\n])|(?<=[.!?]{_WS}))(?=(?:1[89]|20)\d\d{_WS}+(?:{_YEAR_SUBJECT_VERBS})\b))
            (?P<y9>(?:1[89]|20)\d{{2}}))
      | (?P<decade>\b(?:the{_WS}+)?(?:(?P<dpart>early|mid|late)(?:{_WS}+|-))?(?P<dec>(?:1[89]|20)\d0)[’']?s\b)
      | (?P<yearp>\b(?P<prep>in|since|by|until|till|during|through|throughout|before|after|
            from|of|for|over|early|late|mid-?|fiscal|fy|end{_WS}+of|(?:(?<=goes\s)|(?<=go\s)|(?<=going\s)|(?<=went\s)|(?<=gone\s)|(?<=dates\s)|(?<=date\s)|(?<=dating\s)|(?<=dated\s)|(?<=stretches\s)|(?<=stretching\s)|(?<=stretch\s)|(?<=reaches\s)|(?<=reaching\s)|(?<=reach\s)|(?<=traces\s)|(?<=tracing\s))back{_WS}+to)[\s-]+(?P<y5>(?:1[89]|20)\d{{2}})(?![\d,.\-–/]\d|{_WS}*%|[’']s{_WS}+(?:first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+quarter|{_WS}*(?!(?:as|and|or|when|after|before|to|the|there|it|its|we|they|he|she|a|an|this|these|those|was|were|is|are|compared|than|but|with|while|because|in|on|at|by|so|that|alone|only|itself|too|for|from|against|amid|under|following|ahead|despite|according|during|until|rose|fell|plunged|dropped|grew|jumped|climbed|declined|increased|decreased|reached|totalled|totaled|stood|soared|slumped|surged|slipped|edged|peaked|topped|hit|saw|set|brought|ended|began|marked|recorded|proved|became|had|has|remains|remained|amount|amounts|amounted|came|come|comes|numbered|averaged|exceeded|passed|stands|stand|more|fewer|less|some|about|around|nearly|almost|roughly|another|will|would|should|could|may|might|must|can)\b)[a-z]))
      | (?P<past>\b(?:over|in|during|within|for|across)?{_WS}*(?:the{_WS}+)?(?P<pl>past|last(?<!should{_WS}last)(?<!will{_WS}last)(?<!would{_WS}last)(?<!could{_WS}last)(?<!can{_WS}last)(?<!may{_WS}last)(?<!might{_WS}last)(?<!must{_WS}last)(?<!not{_WS}last)(?<!to{_WS}last)|previous|preceding|prior|trailing|same|latest(?={_WS}+(?:(?:{num}){_WS}+)?(?:hours?|days?)\b))
            {_WS}+(?:(?P<pn>(?:{num}){_WS}+)|(?P<pv>few|couple{_WS}+of|several){_WS}+)?(?P<pu>hours?|days?|weeks?|fortnights?|months?|years?|decades?)\b)
      | (?P<in24>\b(?:in|within|over){_WS}+(?:(?:just|only){_WS}+)?(?P<in24n>24|48|twenty-four|forty-eight){_WS}*-?{_WS}*hours\b)
      | (?P<sofar>\bso{_WS}+far{_WS}+(?:this{_WS}+(?P<sfu>year|month|week)|in{_WS}+(?P<sfy>(?:19|20)\d\d)(?![\d,.\-–/]\d))\b)
      | (?P<thisx>\b(?P<tl>this{_WS}+coming|this|last|next|past){_WS}+(?P<tu>week|month|year|weekend)\b)
      | (?P<ago>\b(?P<agon>a|an|one|two|three|four|five|six|seven|eight|nine|ten|the|\d{{1,2}}){_WS}+
            (?P<agou>days?|weeks?|months?|years?){_WS}+(?P<agow>ago|earlier|before)\b(?!{_WS}+yesterday))
      | (?P<rel>\b(?:the{_WS}+day{_WS}+before{_WS}+yesterday|the{_WS}+(?:previous|prior|preceding){_WS}+day(?:[’']s)?(?!(?:{_WS}|-)*(?:\d|one|two|three|four|five|six|seven|week|month|year))|the{_WS}+day{_WS}+before(?!{_WS}+yesterday)|(?:a|the|one){_WS}+day{_WS}+earlier|yesterday|today|tonight|tomorrow|
            this{_WS}+morning|this{_WS}+afternoon|this{_WS}+evening|last{_WS}+night|overnight|
            since{_WS}+midnight|(?:this|the){_WS}+past{_WS}+night)\b)
      | (?P<mposs>\b(?P<m8>{M})(?=[’']s\b))
      | (?P<msubj>\b(?P<m9>{M})(?={_WS}+(?:{_MONTH_SUBJECT_VERBS_RX})\b|,{_WS}+with{_WS}+\d|
            ,{_WS}+at{_WS}+(?:(?:about|around|some|roughly|nearly|almost|over){_WS}+)?\d[\d,.]*
            (?:{_WS}+[a-z]+){{0,3}}?,{_WS}+(?:was|is|became|ranked|ranks|came|comes)\b))
      | (?P<wday>\b(?:(?P<wl>last|on|this|next){_WS}+)?(?P<wdn>(?:{wd}))(?![a-z])\b
            (?!\.?,?{_WS}+(?:the{_WS}+)?(?:[0-3]?\d(?:st|nd|rd|th)?{_WS}+(?:of{_WS}+)?)?
               (?:{mon})(?![a-z])))
        """)


def _without(pattern: str, names: tuple[str, ...]) -> str:
    """``pattern`` without its top-level alternatives of the given group names."""
    for name in names:
        a = pattern.index(f"| (?P<{name}>")
        b = pattern.index("| (?P<", a + 5)
        pattern = pattern[:a] + pattern[b:]
    return pattern


@lru_cache(maxsize=1)
def _grammar() -> _DateGrammar:
    return _DateGrammar()


# spelled-out counts that may open "two weeks ago", "three days earlier"
_NUMBER_STARTS = frozenset("one two three four five six seven eight nine ten".split())
_AGO_UNITS = frozenset("days week weeks month months year years".split())
_WEEKDAY_INDEX = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
                  "saturday": 5, "sunday": 6}
_RANGE_JOIN = frozenset(("to", "and", "through", "until"))
_QUARTER_ANCHORS = frozenset(("quarter", "q1", "q2", "q3", "q4"))
# "November 19th last year", "February 24 of last year", "in July this year", "between May and
# July next year"
_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}
_QUARTERS = {"first": 1, "1st": 1, "1": 1, "second": 2, "2nd": 2, "2": 2, "third": 3, "3rd": 3,
             "3": 3, "fourth": 4, "4th": 4, "4": 4, "final": 4,
             "last": 4}   # "last" only as "the last quarter of 2023" (of a named year)


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year_for(month: int, day: int | None, pub: date | None, future: bool = False
              ) -> int | None:
    """The year of a month (and day) written without one: the latest not far after pub; in
    future copy (a plan or forecast before it) the next one that has not ended by pub."""
    if pub is None:
        return None
    y = pub.year
    if future:
        last = _safe(y, month, day) if day else _month_end(y, month)
        return y if last is None or last >= pub else y + 1
    probe = _safe(y, month, day or 1)
    if probe is not None and probe > pub + timedelta(days=31):
        y -= 1
    return y


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _num(s: str | None) -> int:
    if not s:
        return 1
    s = s.strip().lower()
    if s.isdigit():
        return int(s)
    return _NUM_WORDS.get(s, 1)


# a past participle or past verb right before a date's preposition ("received in March")
_PAST_BEFORE = re.compile(
    r"(?i)\b(?!(?:scheduled|planned|expected|slated|proposed|intended|timed|billed|earmarked|"
    r"pencil+ed|tipped|forecasted|predicted|projected|budgeted|targeted|targetted)\b)"
    r"(?<!\bto be )(?<!\bwill be )(?<!\bis )(?<!\bare )[a-z]+ed[ \u00a0]+(?:(?:in|on|during|since|by|until|through|from)"
    r"[ \u00a0]+)?$")   # ("is to be sentenced on", "will be published on": no past tense)


class _Ctx:
    """What every resolver needs: the grammar, the text and the publication date."""

    __slots__ = ("g", "text", "D")

    def __init__(self, g: _DateGrammar, text: str, D: date | None) -> None:
        self.g, self.text, self.D = g, text, D

    def future(self, m: re.Match[str]) -> bool:
        """Whether a plan or forecast stands before the match (``_future_before``) and no
        past participle right before it says the date is past ("will review the complaints
        received in March")."""
        return self.D is not None and _future_before(self.text, m.start(), m.end()) and \
            _PAST_BEFORE.search(self.text, max(0, m.start() - 24), m.start()) is None

    def orig(self, m: re.Match[str], group: str) -> str:
        a, b = m.span(group)
        return self.text[a:b]

    def month(self, m: re.Match[str], group: str) -> int:
        return self.g.months[m.group(group).lower().rstrip(".")]

    def mk(self, m: re.Match[str], sd: date | None, ed: date | None, kind: str = "date", *,
           weekday: str | None = None, relative: bool = False) -> list[DateMention]:
        s, e = m.span()
        return [DateMention(s, e, self.text[s:e], sd, ed, weekday, relative, kind,
                            _GRAN.get(kind))]

    def unresolved(self, m: re.Match[str], kind: str, weekday: str | None = None
                   ) -> list[DateMention]:
        """A relative date without a publication date: its span, no dates."""
        return self.mk(m, None, None, kind, weekday=weekday, relative=True)


# granularity of each core kind; "period" is refined by the resolver
_GRAN = {"date": "day", "month": "month", "year": "year", "decade": "decade", "part": "day",
         "since": "day", "daily": "day", "window": "day", "previous": "day", "period": "day"}

Resolved = list[DateMention]


def _r_iso(c: _Ctx, m: re.Match[str]) -> Resolved:
    d = _safe(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
    return c.mk(m, d, d)


def _r_xrange(c: _Ctx, m: re.Match[str]) -> Resolved:
    """"from 1 January to 31 December", "1 November 2024 - 31 January 2025", "June 26-July
    2" (the mxrange alternative, month first)."""
    if m.group("xrange"):
        gm1, gm2, ga, gb, gy1, gy2 = "xm1", "xm2", "xa", "xb", "xy1", "xy2"
    else:
        gm1, gm2, ga, gb, gy1, gy2 = "xm3", "xm4", "xc", "xe", None, "xy4"
    if c.orig(m, gm1)[0].islower() or c.orig(m, gm2)[0].islower():
        return []
    m1, m2 = c.month(m, gm1), c.month(m, gm2)
    # "from January to April 1, 2024": a month alone opens on its first day
    a_, b_ = int(m.group(ga) or 1), int(m.group(gb))
    y2s, y1s = m.group(gy2), m.group(gy1) if gy1 else None
    relative = not y2s
    if y2s:
        y2 = int(y2s)
        y1 = int(y1s) if y1s else (y2 if m1 <= m2 else y2 - 1)
    elif y1s:
        y1 = int(y1s)
        y2 = y1 if m1 <= m2 else y1 + 1
    elif c.D is not None:
        # no year: a range still to come (in future copy, or starting after publication)
        # starts on the day a reporter means and its end follows; one begun by publication
        # ends on the latest such day not long after it ("1 January to 31 December" written
        # on 1 January is the year just ended)
        fut = _future_before(c.text, m.start(), m.end())
        y1 = date_forms.year_of(m1, min(a_, 28), c.D, fut)
        if fut and y1 > c.D.year and (m1 > m2 or date(
                c.D.year, m2, min(b_, _month_end(c.D.year, m2).day)) >= c.D):
            y1 -= 1   # "will close from 19 March to 27 April" written on 24 April: under way
        if fut or date(y1, m1, min(a_, 28)) > c.D or _under_way(c, m, y1, m1, m2, b_):
            # (a present-tense range under way at publication is that one: "The cap is
            # £1,928 from 1 January until 31 March" written on 10 February)
            y2 = y1 if m1 <= m2 else y1 + 1
        else:
            y2 = _year_for(m2, b_, c.D) or y1
            y1 = y2 if m1 <= m2 else y2 - 1
    else:
        return c.unresolved(m, "period")
    sd, ed = _safe(y1, m1, a_), _safe(y2, m2, b_)
    if sd is not None and ed is not None and ed < sd:
        # reversed as written: two dates, as the rules on dates expect them (the first from
        # its day: "between" is no part of it)
        s, e = m.start(ga) if m.group("xbtw") else m.start(), m.end()
        e1 = m.end(gy1) if y1s else max(m.end(gm1), m.end(ga))
        s2 = m.start(gb) if gm1 == "xm1" else m.start(gm2)
        t = c.text
        return [DateMention(s, e1, t[s:e1], sd, sd, None, relative, "date", "day"),
                DateMention(s2, e, t[s2:e], ed, ed, None, relative, "date", "day")]
    return c.mk(m, sd, ed, "period", relative=relative)


def _under_way(c: _Ctx, m: re.Match[str], y1: int, m1: int, m2: int, b_: int) -> bool:
    """Whether a range of days with no year that began by publication in ``y1`` ends on or
    after it, in a present-tense sentence: the span in force ("The cap is £1,928 from 1
    January until 31 March" written on 10 February), not the last one that has ended."""
    assert c.D is not None
    end = _safe(y1 if m1 <= m2 else y1 + 1, m2, b_)
    return end is not None and end >= c.D and _present_tense(c.text, m.start(), m.end())


def _r_drange(c: _Ctx, m: re.Match[str]) -> Resolved:
    """"7-13 December", "December 7-13" (the mdrange alternative too)."""
    if m.group("drange"):
        d1, d2, mg, yy = m.group("da"), m.group("db"), "m6", m.group("y6")
    else:
        d1, d2, mg, yy = m.group("dc"), m.group("dd"), "m7", m.group("y7")
    if c.orig(m, mg)[0].islower():
        return []
    month = c.month(m, mg)
    a_, b_ = int(d1), int(d2)
    if not (1 <= a_ <= 31 and 1 <= b_ <= 31):
        return []
    if not yy and c.D is not None and _future_before(c.text, m.start(), m.end()):
        # "the holiday will run from October 15 - 26": the next such days that have not
        # ended ("will close from 19 to 27 April" written on 24 April: this April's)
        y = date_forms.year_of(month, min(b_, _month_end(c.D.year, month).day), c.D, True)
    else:
        y = int(yy) if yy else _year_for(month, b_, c.D)
    if y is None:
        return c.unresolved(m, "period")
    return c.mk(m, _safe(y, month, a_), _safe(y, month, b_), "period", relative=not yy)


def _r_day(c: _Ctx, m: re.Match[str]) -> Resolved:
    """"17 December (2024)", "Monday, December 17", "the 3rd of January"."""
    if m.group("dmy"):
        dd, mm_, yy, wd = m.group("d1"), c.orig(m, "m1"), m.group("y1"), m.group("wd1")
        yrel = m.group("yr1")
    else:
        dd, mm_, yy, wd = m.group("d2"), c.orig(m, "m2"), m.group("y2"), m.group("wd2")
        yrel = m.group("yr2")
    name = mm_.lower().rstrip(".")
    month = c.g.months[name]
    day = int(dd)
    if not 1 <= day <= 31:
        return []
    if name == "may" and not yy and not m.group("dmy") and mm_[0].islower():
        return []   # "May 5" is fine; "may 5" (lower case) is a verb
    if name in ("mar", "sat", "sun", "dec", "jan") and mm_[0].islower():
        return []
    weekday = _wd(c.g, wd)
    if yrel and c.D is not None:   # "November 19th last year"
        yy = str(c.D.year + _YEAR_SHIFT[yrel.lower()])
    if not yy and c.D is not None and _present_tense(c.text, m.start(), m.end()):
        either = _either_day(c, m, month, day)
        if either is not None:
            return [_stated_weekday(either, weekday)]
    y = int(yy) if yy else _year_for(month, day, c.D, c.future(m))
    if y is None:
        return c.unresolved(m, "date", weekday)
    d = _safe(y, month, day)
    if d is None:
        return [DateMention(m.start(), m.end(), c.text[m.start():m.end()], None, None, None,
                            False, "void", None)]
    return c.mk(m, d, d, weekday=weekday, relative=not yy or bool(yrel))


def _stated_weekday(dm: DateMention, weekday: str | None) -> DateMention:
    """A day with no year read by tense and nearness (``_either_day``), with the weekday
    written beside it ("The strike begins on Monday 12 January" written in December: next
    January's 12th, a Monday). The weekday never chooses the year, so that a wrong one stays a
    mismatch to report (``weekday_mismatch``); it only drops the other year's reading when that
    day is not the weekday written."""
    if weekday is None:
        return dm
    other = dm.other
    if other is not None and _WEEKDAY_NAMES[other.weekday()] != weekday:
        other = None
    return replace(dm, weekday=weekday, other=other)


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@lru_cache(maxsize=1)
def _rel_clause_rx() -> re.Pattern[str]:
    """"that" or "which" opening a relative clause, or a participle of dates.yaml
    ``in_force_participles`` opening a reduced one ("the settlement starting on 1 April"):
    the match ends where the clause's verb begins."""
    parts = sorted((str(w).lower() for w in
                    vocab.load("dates.yaml").get("in_force_participles") or ()),
                   key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"[ \u00a0]+") for w in parts) or "(?!)"
    return re.compile(rf"(?i),?[ \u00a0]+(?:(?:that|which)[ \u00a0]+|(?=(?:{alt})\b))")


# what says a date ends a span: "until 30 June", "ends on 31 March"
_END_BEFORE = re.compile(r"(?i)\b(?:until|till|to|through|thru|ends?|expires?|closes?)"
                         r"(?:[ \u00a0]+on)?[ \u00a0]+$")


def _in_force(text: str, pos: int, end: int) -> bool:
    """Whether the day at ``pos..end`` stands in a present-tense relative clause about an
    arrangement the sentence says is in force at publication: a cue of dates.yaml
    ``in_force_cues`` in the noun phrase before "that"/"which" ("Under the cap that starts on
    1 April, a typical bill is £1,690", "Under the current rates, which apply from 1 April,
    workers earn at least £11.44 an hour"; "under" alone not before a plan's noun,
    ``plan_nouns``: "Under the deal that starts on 1 April"), and no plan or forecast in the
    sentence outside
    the clause's own verb ("Under the rise that takes effect on 1 April, the living wage will
    be £12.21": the coming day). Not the day an arrangement ends ("until 30 June")."""
    a, b = _sentence_span(text, pos, end)
    rel = None
    for r in _rel_clause_rx().finditer(text, a, pos):
        rel = r
    if rel is None or "," in text[rel.end():pos] or \
            _END_BEFORE.search(text, max(rel.end(), pos - 24), pos) is not None:
        # (the end of an arrangement in force is still to come: "Under the cap that runs
        # until 30 June")
        return False
    cues = [x.group(0).lower() for x in _in_force_rx().finditer(text, a, rel.start())]
    if not cues or set(cues) == {"under"} and any(
            w.strip(",;:'’") in _plan_nouns() for w in text[a:rel.start()].lower().split()):
        return False     # ("Under the deal that starts on 1 April": a plan, perhaps to come)
    return _FUTURE_CUE.search(text[a:rel.start()] + " " + text[end:b]) is None


@lru_cache(maxsize=1)
def _decision_rx() -> re.Pattern[str]:
    """A decision to change ("agreed to raise", "voted to cut": dates.yaml decision_verbs,
    "to" and a change verb of rules/vocab/changes.yaml): a plan, its dates to come."""
    verbs = [re.escape(str(w).lower()) for w in
             vocab.load("dates.yaml").get("decision_verbs") or ()] or ["(?!)"]
    return re.compile(ci_word_alternation(verbs) + rf"(?i:[ \u00a0]+to[ \u00a0]+"
                      rf"(?:{change_words('present', 'clause')}|freeze|hold|keep)\b)")


@lru_cache(maxsize=1)
def _announced_rx() -> re.Pattern[str]:
    """A change made public before it comes ("has announced a 4.99% rise", "confirmed a 7%
    cut"): dates.yaml ``announce_verbs``, up to six words of its noun phrase, then one of
    ``announced_change_nouns`` ending it."""
    d = vocab.load("dates.yaml")

    def alt(key: str) -> str:
        ws = sorted((str(w).lower() for w in d.get(key) or ()), key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"[ \u00a0]+") for w in ws) or "(?!)"
    return re.compile(rf"(?i)\b(?:{alt('announce_verbs')})[ \u00a0]+(?:[^\s,;]+[ \u00a0]+){{0,6}}?"
                      rf"(?:{alt('announced_change_nouns')})\b(?P<rest>[^,;]{{0,40}})$")


def _announced_before(text: str, at: int) -> bool:
    """Whether the sentence before ``at`` (a "from" before a month or day) announces the
    change it dates ("Hull City Council has announced a 4.99% rise in council tax from
    April"): a plan, whatever the tense of the announcing verb."""
    a, _ = _sentence_span(text, at, at)
    return _announced_rx().search(text[a:at].rstrip(" \u00a0") + " ") is not None


@lru_cache(maxsize=1)
def _plan_nouns() -> frozenset[str]:
    """dates.yaml plan_nouns: a plan or proposal after "under" is not yet in force."""
    return frozenset(str(w).lower() for w in vocab.load("dates.yaml").get("plan_nouns") or ())


@lru_cache(maxsize=1)
def _in_force_rx() -> re.Pattern[str]:
    """dates.yaml in_force_cues as one pattern (any case, spaces as any run of spaces)."""
    cues = sorted((str(w).lower() for w in vocab.load("dates.yaml").get("in_force_cues") or ()),
                  key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"[ \u00a0]+") for w in cues) or "(?!)"
    return re.compile(rf"(?i)\b(?:{alt})\b")


_DAY_AFTER_SINCE = re.compile(r"(?i)\b(?:since|ever[ \u00a0]+since)[ \u00a0]+(?:the[ \u00a0]+)?$")


def _either_day(c: _Ctx, m: re.Match[str], month: int, day: int) -> DateMention | None:
    """A day and month with no year in a present-tense sentence ("The cap falls 12% to £1,690
    on 1 April", "12 million people must file a return by 31 January"): the last such day or
    the coming one, as a present-tense month or weekday is (``_either_month``). Read as the
    nearer of the two to publication, the other kept as ``other``; after a schedule's verb
    ("the strike starts on 13 March") the coming one first, as a timetable's weekday, unless
    the clause describes an arrangement in force (``_in_force``: "Under the cap that starts on
    1 April, a typical bill is £1,690": the last one first); the publication day itself
    alone. None for a plan or forecast a modal or "will" states (the
    coming one only), for a day after "since" (the last one) and for a day no year has (the
    caller reads them)."""
    D = c.D
    assert D is not None
    if _DAY_AFTER_SINCE.search(c.text, max(0, m.start() - 12), m.start()):
        return None    # ("losses since February 24": a day past)
    fut = c.future(m)
    if fut and _FUTURE_CUE.search(c.text, _sentence_span(c.text, m.start(), m.end())[0],
                                  m.start()):
        return None
    last = next((d for y in (D.year, D.year - 1, D.year - 4) if (d := _safe(y, month, day))
                 and d <= D), None)
    coming = next((d for y in (D.year, D.year + 1, D.year + 4) if (d := _safe(y, month, day))
                   and d >= D), None)
    if last is None or coming is None:
        return None
    if last == coming:
        d, other = last, None
    elif _in_force(c.text, m.start(), m.end()):
        d, other = last, coming
    elif fut or (coming - D).days < (D - last).days:
        d, other = coming, last
    else:
        d, other = last, coming
    return DateMention(m.start(), m.end(), c.text[m.start():m.end()], d, d, None, True, "date",
                       "day", other=other)


def _r_part(c: _Ctx, m: re.Match[str]) -> Resolved:
    """"early December", "in mid-March 2024", "the end of August", "mid-to-late March"."""
    if c.orig(m, "m4")[0].islower():
        return []
    month = c.month(m, "m4")
    lo, hi = c.g.parts[" ".join(m.group("pw").lower().split())]
    if m.group("pw0"):   # "mid-to-late March": from the first part's first day
        lo = c.g.parts[" ".join(m.group("pw0").lower().split())][0]
    y = int(m.group("y4")) if m.group("y4") else _year_for(month, None, c.D, c.future(m))
    if y is None:
        return c.unresolved(m, "period")
    last = calendar.monthrange(y, month)[1]
    if hi == "last" and _AS_AT_END.search(c.text, max(0, m.start() - 12), m.start()):
        # "as at the end of August", "by the end of April": a level on the month's last day
        return c.mk(m, date(y, month, last), date(y, month, last), "date",
                    relative=not m.group("y4"))
    return c.mk(m, _safe(y, month, int(lo)), _safe(y, month, last if hi == "last" else int(hi)),
                "part", relative=not m.group("y4"))


_AS_AT_END = re.compile(r"(?i)\b(?:as[ \u00a0]+(?:at|of)|by)[ \u00a0]+(?:the[ \u00a0]+)?$")


def _r_since(c: _Ctx, m: re.Match[str]) -> Resolved:
    ev = " ".join(m.group("ev").lower().replace("-", " ").split())
    g = c.g
    start = g.events.get(ev) or g.events.get(ev.replace(" ", "-")) or next(
        (v for kk, v in g.events.items() if kk.replace("-", " ") == ev), None)
    return c.mk(m, start, c.D, "since", relative=True)


def _quarter_of_split_year(c: _Ctx, m: re.Match[str]) -> Resolved:
    """"Q1-23/24", "the first quarter of FY2024/25": a quarter of a split financial year, which begins in the
    month of the country the sentence names or whose money it writes (Egypt's and
    Pakistan's July, India's April: ``date_forms.split_year_start``)."""
    y1 = int(m.group("qsy") or m.group("qy"))
    y1 = y1 if y1 > 99 else date_forms.fiscal_two_digit_year(y1, c.D)
    if (y1 + 1) % 100 != int(m.group("qsy2") or m.group("qys2")):
        return []
    q = _QUARTERS[(m.group("qd6") or m.group("qn")).lower()]
    fs = date_forms.split_year_start("financial year", c.text, m.start())
    a = date(y1, fs, 1) + relativedelta(months=3 * (q - 1))
    out = c.mk(m, a, a + relativedelta(months=3) - timedelta(days=1), "period")
    return [_regran(out[0], "quarter")]


def _company_quarter_starts(q_start: Callable[[int], date], quarter: int, yq: str
                            ) -> list[date]:
    """The first days of the quarters "the <quarter> quarter of fiscal <yq>" may be of a
    US company's year (dates.yaml ``fiscal_year_dollar_starts``, a year named by the year it
    ends in), and of a year named by the year it begins in (``fiscal_year_start_named``:
    retailers' years from February, "Target's fiscal 2025" runs to January 2026)."""
    d = vocab.load("dates.yaml")
    out = [q_start(int(s)) for s in d.get("fiscal_year_dollar_starts") or ()]
    out += [date(int(yq), int(s), 1) + relativedelta(months=3 * (quarter - 1))
            for s in d.get("fiscal_year_start_named") or ()]
    return out


def _r_qtr(c: _Ctx, m: re.Match[str]) -> Resolved:
    """"the third quarter (of 2024)", "Q3 2024"; without a year, the latest such quarter that
    has begun by publication."""
    if m.group("qsy") or m.group("qys2"):
        return _quarter_of_split_year(c, m)
    quarter = _QUARTERS[(m.group("qn") or m.group("qd") or m.group("qd2") or m.group("qd3")
                         or m.group("qd5") or "").lower()]
    yq = m.group("qy") or m.group("qy2") or m.group("qpy") or m.group("qy5")
    if m.group("qfy"):   # "Q2 FY24", "Q2FY25": a quarter of the fiscal year
        qf = m.group("qfy")
        yq = qf if len(qf) == 4 else str(date_forms.fiscal_two_digit_year(int(qf), c.D))
    short = m.group("qy3") or m.group("qy4")   # "Q4'24", "4Q24"
    D = c.D
    if yq and len(yq) == 2:   # "the third quarter of FY25": the fiscal year ending in 2025
        yq = str(date_forms.fiscal_two_digit_year(int(yq), D))
    if short:
        yq = str(int(short) if len(short) == 4 else date_forms.two_digit_year(int(short), D))
    if yq and (m.group("qfis") or m.group("qfy")):
        # "the second quarter of fiscal 2025": of the fiscal year that ends in 2025
        # (dates.yaml fiscal_year_start; a country's by the money the sentence writes)
        def q_start(fs: int) -> date:
            return date(int(yq) - (1 if fs > 1 else 0), fs, 1) + relativedelta(
                months=3 * (quarter - 1))
        future = _future_before(c.text, m.start(), m.end())
        fs = date_forms.fiscal_month(
            c.text, m.start(), int(vocab.load("dates.yaml").get("fiscal_year_start", 1)), D,
            future,
            lambda s: (q_start(s), q_start(s) + relativedelta(months=3) - timedelta(days=1)),
            ended=True)
        a, other = q_start(fs), None
        if D is not None:
            a, other = date_forms.company_quarter(
                c.text, m.start(), a, D, future, _company_quarter_starts(q_start, quarter, yq),
                future or _present_tense(c.text, m.start(), m.end()))
            if other is None and not future and a + relativedelta(months=3) > D and \
                    not _present_tense(c.text, m.start(), m.end()):
                # told as done, though no fiscal year's reading of the quarter has ended by
                # publication ("rose 59 per cent in the fourth quarter of FY25" in November
                # 2024): the year's reading is no reading of the words; the quarter alone
                # is, the latest such calendar quarter ended
                y = D.year if _month_end(D.year, 3 * quarter) < D else D.year - 1
                a = date(y, 3 * quarter - 2, 1)
        out = c.mk(m, a, a + relativedelta(months=3) - timedelta(days=1), "period")
        return [replace(_regran(out[0], "quarter"), other=other)]
    if yq:
        y = int(yq)
    elif D is not None and m.group("qrel"):   # "the third quarter of last year"
        y = D.year + {"last": -1, "next": 1}.get(m.group("qrel").lower(), 0)
    elif D is not None:
        y = D.year if date(D.year, 3 * quarter - 2, 1) <= D else D.year - 1
    else:
        return c.unresolved(m, "period")
    out = c.mk(m, date(y, 3 * quarter - 2, 1), _month_end(y, 3 * quarter), "period",
               relative=not yq)
    dm = _regran(out[0], "quarter")
    if D is not None and not yq and not m.group("qrel"):
        dm = _company_reading(c, m, dm)
    return [dm]


def _company_reading(c: _Ctx, m: re.Match[str], dm: DateMention) -> DateMention:
    """A bare "the second quarter" in a company's report in US dollars whose year the story
    does not give ("Nvidia's revenue was $30 billion in the second quarter"): the calendar
    quarter stays the reading, the quarter a company would report at publication kept beside
    it (``date_forms.latest_company_quarter``: its year may begin in any month); a forecast's
    quarter is left as read."""
    if c.D is None or _future_before(c.text, m.start(), m.end()):
        return dm
    other = date_forms.latest_company_quarter(c.text, m.start(), c.D)
    if other is None or other == dm.start_date:
        return dm
    return replace(dm, other=other)


def _r_mrange(c: _Ctx, m: re.Match[str]) -> Resolved:
    """"July-September", "from October to December 2024", "between July and September":
    whole months; without a year, the latest such span begun by publication."""
    r1, r2 = c.orig(m, "r1"), c.orig(m, "r2")
    if r1[0].islower() or r2[0].islower():
        return []
    m1, m2 = c.month(m, "r1"), c.month(m, "r2")
    y2s, y1s = m.group("ry2") or m.group("ryg"), m.group("ry1")
    D = c.D
    if y2s:
        y2 = int(y2s)
    elif D is not None and m.group("ryr"):   # "between May and July this year"
        y2 = D.year + _YEAR_SHIFT[m.group("ryr").lower()]
    elif D is not None and not y1s and c.future(m):
        # a plan or forecast ("the cap will be £1,928 from January to March", written in
        # November): the next such span not ended by publication, as a month alone is read
        y2 = _year_for(m2, None, D, True) or D.year
    elif D is not None and not y1s and _running_span_year(c.text, m, m1, m2, D):
        # "the December to May period is expected to ...", written in January: the span
        # publication falls in, told as still running or to come
        y2 = _running_span_year(c.text, m, m1, m2, D)
    elif D is not None:
        y2 = D.year if m2 <= D.month or (y1s and int(y1s) == D.year) else D.year - 1
    else:
        return c.unresolved(m, "period")
    y1 = int(y1s) if y1s else (y2 if m1 <= m2 else y2 - 1)
    out = c.mk(m, date(y1, m1, 1), _month_end(y2, m2), "period", relative=not y2s)
    return [_regran(out[0], "month")]


def _split_kind_first(text: str, kind: str, pos: int) -> tuple[int, int]:
    """(month, day) a split year of ``kind`` ("tax year") begins for the sentence at
    ``pos``: the UK's tax year from 6 April where the sentence is the UK's, else the kind's
    month (a country's, for a fiscal kind)."""
    if kind == "tax year" and (uk := date_forms.uk_tax_start(text, pos)) is not None:
        return uk
    return date_forms.split_kind_start(kind, text, pos), 1


def _running_span_year(text: str, m: re.Match[str], m1: int, m2: int, D: date) -> int:
    """The year a span of months from ``m1`` to ``m2`` ends in when publication falls inside
    it before its last month and its sentence speaks of it as still running or to come (a
    forecast or estimate anywhere in it: ``_RUNNING_CUE``); else 0."""
    y2 = D.year if D.month <= m2 else D.year + 1
    start = date(y2 if m1 <= m2 else y2 - 1, m1, 1)
    if not start <= D or D.month == m2 and D.year == y2:
        return 0
    a, b = _sentence_span(text, m.start(), m.end())
    return y2 if _RUNNING_CUE.search(text, a, b) is not None else 0


# a forecast or estimate of a span not over ("is expected to rise", "is now estimated at",
# "will total", "expects", "the full-year forecast")
_RUNNING_CUE = re.compile(r"(?i)\b(?:will|(?:is|are)(?:[ \u00a0]+now)?[ \u00a0]+(?:expected|"
                          r"estimated|forecast|projected|seen|set)|expects?|forecasts?|"
                          r"guidance|outlook|on[ \u00a0]+track)\b")


# "rose 59% through September 2024", "31.65 million visitors through September": a running
# figure from the start of the year ("the year through September" and "July through September"
# are read whole elsewhere: a span, a date or from/between before "through" leave it alone)
_THROUGH_BEFORE = re.compile(r"(?i)\b(?:through|thru)[ \u00a0]+$")
_THROUGH_SPAN = re.compile(
    r"(?i)(?:\b(?:from|between|since|starting|beginning)\b[^.;]*|\b(?:years?|months?|weeks?|"
    r"quarters?|days?|period|half|season|term|session|fortnight|decade|ytd|date)[ \u00a0]+"
    r"|\d[ \u00a0,]*|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \u00a0]+"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day[ \u00a0]+|\bend[ \u00a0]+)"
    r"(?:through|thru)[ \u00a0]+$")


def _year_through(c: _Ctx, at: int) -> bool:
    """Whether a month at ``at`` ends a year-to-date figure: "through" right before it, with no
    span, date or opening "from" before that (``_THROUGH_SPAN``)."""
    if _THROUGH_BEFORE.search(c.text, max(0, at - 9), at) is None:
        return False
    return _THROUGH_SPAN.search(c.text, max(0, at - 60), at) is None


def _r_my(c: _Ctx, m: re.Match[str]) -> Resolved:
    """"December 2024" ("since December 2024": a running scope; "through September 2024" in
    a sentence with no other start: from January)."""
    if c.orig(m, "m3")[0].islower():
        return []
    month = c.month(m, "m3")
    # "Sept '23": a two-digit year after an apostrophe
    y = int(m.group("y3")) if m.group("y3") else date_forms.two_digit_year(
        int(m.group("y3s")), c.D)
    s = m.start()
    if c.text[max(0, s - 6):s].lower().rstrip().endswith("since"):
        return c.mk(m, date(y, month, 1), c.D, "since", relative=True)
    if _year_through(c, s) and not c.future(m):
        return [_regran(c.mk(m, date(y, 1, 1), _month_end(y, month), "period")[0], "month")]
    return c.mk(m, date(y, month, 1), _month_end(y, month), "month")


def _month_alone(c: _Ctx, m: re.Match[str], group: str) -> tuple[int, int] | Resolved:
    """A month named without a year in ``group``: (month, the year nearest publication); no
    mention when the word is not capitalised ("may"), unresolved when there is no date."""
    if c.orig(m, group)[0].islower():
        return []
    month = c.month(m, group)
    future = group != "m5" or m.group("mprep").lower() not in ("since", "last")
    y = _year_for(month, None, c.D, future and c.future(m))
    if y is None:
        return c.unresolved(m, "month")
    return month, y


def _r_mposs(c: _Ctx, m: re.Match[str]) -> Resolved:
    """"December's 1,289", "November's fighting"."""
    found = _month_alone(c, m, "m8")
    if isinstance(found, list):
        return found
    month, y = found
    return c.mk(m, date(y, month, 1), _month_end(y, month), "month", relative=True)


def _r_msubj(c: _Ctx, m: re.Match[str]) -> Resolved:
    """A month that is its sentence's subject: "November alone saw 2,479 ...", "May stands out
    as the month ...", "October was the costliest" (capitalised; the modal "May" takes no
    such verb after it); or that dates the count named right after it ("Russia's November
    losses came to 31,030")."""
    found = _month_alone(c, m, "m9")
    if isinstance(found, list):
        return found
    month, y = found
    return c.mk(m, date(y, month, 1), _month_end(y, month), "month", relative=True)


# "a note to March investors", "a letter to May subscribers": a month before a plural noun is
# that noun's modifier (an issue or class named by its month), not a date of the sentence
_MONTH_MODIFIES = re.compile(r"[ \u00a0]+(?!(?:was|has|is|as|this|its|his|hers|ours|theirs|"
                             r"always|perhaps|unless|thus|plus|whereas|towards|besides)\b)"
                             r"[a-z]{3,}(?<!s)s\b(?![ \u00a0]*(?:['’]|of\b))")


_SPAN_BEFORE_TO = re.compile(r"(?i)\b(?:years?|months?|weeks?|quarters?|days?|period|half|"
                            r"season|term|session|fortnight|decade)[ \u00a0]+$")


# words after "from <month>" that go on to the span's end
_SPAN_GOES_ON = re.compile(r"(?i)[ \u00a0]*(?:[-–]|(?:to|until|till|through|thru|and)\b)")


def _r_mon(c: _Ctx, m: re.Match[str]) -> Resolved:
    """"in December", "last March", "since August", "up from February" (the month a figure is
    set against: that month, no span opening there)."""
    if m.group("mprep").lower() == "to" and _MONTH_MODIFIES.match(c.text, m.end()) and \
            not _SPAN_BEFORE_TO.search(c.text, max(0, m.start() - 30), m.start()):
        return []   # (but "the three months to March shows": the end of a span)
    prep = m.group("mprep").lower()
    if prep == "from" and c.D is not None and not _SPAN_GOES_ON.match(c.text, m.end()) and \
            not m.group("yr5") and c.orig(m, "m5")[0].isupper() and \
            _in_force(c.text, m.start(), m.end()):
        # "Under the current cap, which applies from October, a typical bill is £1,717": a
        # span in force, opened on the last such month's first day
        mo = c.month(m, "m5")
        start = date(c.D.year if mo <= c.D.month else c.D.year - 1, mo, 1)
        return [DateMention(m.start(), m.end(), c.text[m.start():m.end()], start, None, None,
                            True, "onward", "month")]
    if prep == "from" and (not c.future(m) or _SPAN_GOES_ON.match(c.text, m.end())) and \
            not _UNITS_HEAD.search(c.text.lower(), max(0, m.start() - 40), m.start()) and \
            not c.text.startswith(("'s ", "’s "), m.end()):
        # ("the six months from April" counts from it: ``_units_from``)
        # "from January" opens a plan's time ("fares will rise 4.9% from January"); in past
        # copy it is a base, and before "to"/"until" a start whose end is read elsewhere ("it
        # runs from July to the end of next year": which July is left open; "a drop of 71 a
        # day from February's 981" is the base's own month, as "up from February" is); after
        # a change's figure it opens a span or names the month of the change (``_from_month``)
        return [] if _SPAN_GOES_ON.match(c.text, m.end()) else _from_month(c, m)
    found = _month_alone(c, m, "m5")
    if isinstance(found, list):
        return found
    month, y = found
    D = c.D
    if prep == "last" and D is not None and month >= D.month:
        y = D.year - 1
    elif prep == "next" and D is not None:   # "the year to next March": the coming one
        y = D.year if month > D.month else D.year + 1
    if m.group("yr5") and D is not None:   # "in July last year"
        y = D.year + _YEAR_SHIFT[m.group("yr5").lower()]
    if prep == "since":
        return c.mk(m, date(y, month, 1), D, "since", relative=True)
    if prep in ("through", "thru") and _year_through(c, m.start("m5")) and not c.future(m):
        # (a plan "runs through September" is from now to then, read as the month)
        return [_regran(c.mk(m, date(y, 1, 1), _month_end(y, month), "period",
                             relative=True)[0], "month")]
    # ("than it was in January": the comparison's own verb is past, the level's present)
    tt = _than_was_masked(c.text, m) if prep == "in" else c.text
    if prep not in ("last", "next") and not m.group("yr5") and D is not None and \
            _present_tense(tt, m.start(), m.end()) and not c.future(m):
        if prep == "in" and _than_base(tt, m):
            # "Petrol is 10p a litre dearer than in January": the month a level of now is
            # compared with, the latest begun; the change runs from its start to publication
            last = date(D.year if month <= D.month else D.year - 1, month, 1)
            return [replace(c.mk(m, last, D, "since", relative=True)[0], other=last)]
        return [_either_month(m, c.text, month, D)]
    return c.mk(m, date(y, month, 1), _month_end(y, month), "month", relative=True)


# a change's amount, its comparison and "than" right before "in <month>": "10p a litre dearer
# than in January", "3 per cent higher than in March" ("5.07%, lower than in July" compares a
# level: its month stays the compared value's; "than it was in March" makes the sentence past
# unless masked, ``_than_was_masked``, and is matched in the text as written too)
BASE_AMOUNT_THAN = re.compile(
    r"(?i)[^\s]*\d[^\s,;:]*(?:[ \u00a0]+(?:per[ \u00a0]+cent|percent|percentage[ \u00a0]+points?|"
    r"points?|pence))?(?:[ \u00a0]+(?:a|an|per)[ \u00a0]+[a-z]+)?[ \u00a0]+(?:higher|lower|"
    r"dearer|cheaper|more|less|above|below|up|down|bigger|smaller|greater|fewer)[ \u00a0]+"
    r"than[ \u00a0]+(?:(?:it|they|prices?|bills?|this|that)[ \u00a0]+(?:was|were)[ \u00a0]+)?"
    r"(?:in[ \u00a0]+)?$")


# "than it was in", "than they were in": the compared time's own clause, its verb past
_THAN_WAS = re.compile(r"(?i)\bthan(?P<was>[ \u00a0]+(?:it|they|prices?|bills?|this|that)"
                       r"[ \u00a0]+(?:was|were))[ \u00a0]+$")


def _than_was_masked(text: str, m: re.Match[str]) -> str:
    """``text`` with the subject and past verb of "than it was in <month>" blanked ("Petrol
    is 6p a litre dearer than it was in January" read as "... dearer than in January": the
    level is of now, the month its base), so that the tense and the base are judged on the
    main clause; ``text`` itself when the month has no such clause before it."""
    at = m.start("mprep")
    w = _THAN_WAS.search(text, max(0, at - 30), at)
    if w is None:
        return text
    return text[:w.start("was")] + " " * (w.end("was") - w.start("was")) + text[w.end("was"):]


def _than_base(text: str, m: re.Match[str]) -> bool:
    """Whether "in <month>" at ``m`` is the base a present level is compared with, a change's
    amount right before ("Petrol is 10p a litre dearer than in January"), with no other time in
    its sentence ("Prices are 3% higher in May than in March" compares two months)."""
    at = m.start("mprep")
    amount = BASE_AMOUNT_THAN.search(text, max(0, at - 60), at)
    if amount is None:
        return False
    a, b = _sentence_span(text, m.start(), m.end())
    # (the amount's own period is no other time: "£35 a year higher than in July")
    return _OTHER_TIME.search(text[a:amount.start()] + " " + text[m.end():b]) is None


# a new level right before "from <month>": "rose 6.4% to £1,849 from April" (a change's
# figure "to" a level, its qualifiers after it: "to £12.21 an hour")
_NEW_LEVEL_BEFORE = re.compile(r"(?i)\bto[ \u00a0]+[^\s]*\d[^\s]*(?:[ \u00a0]+(?:a|an|per)"
                               r"[ \u00a0]+[a-z]+)?,?[ \u00a0]+$")
# another time in the sentence: a base month has its own ("rose 0.7% in April from March")
_OTHER_TIME = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|"
                         r"October|November|December|(?:19|20)\d\d|(?:last|this|next|a)[ \u00a0]+"
                         r"(?:month|year|week|quarter)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
                         r"\b")


def _from_month(c: _Ctx, m: re.Match[str]) -> Resolved:
    """"from <month>" after a change's figure, with no end after it and no plan before it
    ("The price cap rises 6.4% to £1,849 from April"): in present-tense copy a span with no
    end opening on the month's first day, the coming month or the one under way (kind
    "onward", granularity month, as "from 1 April" is read by ``_open_spans``); after a
    present perfect ("Universal credit payments have risen 6.2% from April") the span from
    the month's start to publication, as "since April"; in past copy with a new level before
    it and no other time in the sentence ("The price cap rose 6.4% to £1,849 from April") the
    month of the change, the latest begun by publication. A base stays no date ("Prices are
    up 3% from January", ``_base_figure_before``; "Sales rose 5% from January")."""
    D, text = c.D, c.text
    if D is None or c.orig(m, "m5")[0].islower() or m.group("yr5"):
        return []
    month, at = c.month(m, "m5"), m.start("mprep")
    last = date(D.year if month <= D.month else D.year - 1, month, 1)
    if _announced_before(text, at):
        # a change announced: the plan's month, the nearer to publication read
        return [_either_month(m, text, month, D)]
    if _perfect_before(text, at):
        return c.mk(m, last, D, "since", relative=True)
    if not _present_tense(text, m.start(), m.end()):
        return _past_from_month(c, m, last)
    w = text[max(0, at - 40):at].split()
    if not w or w[-1].lower().strip(",;:") in _onward_not_after() or \
            _base_figure_before(text, at):
        return []
    start = date(D.year if month >= D.month else D.year + 1, month, 1)
    return [DateMention(m.start(), m.end(), text[m.start():m.end()], start, None, None,
                        True, "onward", "month")]


def _past_from_month(c: _Ctx, m: re.Match[str], last: date) -> Resolved:
    """"from <month>" in past copy with no other time in its sentence: after a new level
    ("The price cap rose 6.4% to £1,849 from April") the month of the change; after a change's
    amount or a figure compared with the month ("Average pump prices rose 3% from March",
    "Petrol prices fell 7p a litre from October", "were up 3% from January") the month is
    the change's base, so the change runs from its first day to publication (kind "since",
    as "since March" is), the latest such month begun by publication; after anything else
    no date ("Data from April showed ...")."""
    text, at, D = c.text, m.start("mprep"), c.D
    assert D is not None
    a, b = _sentence_span(text, m.start(), m.end())
    if _OTHER_TIME.search(text[a:m.start()] + " " + text[m.end():b]) is not None:
        return []
    w = text[max(0, at - 40):at].split()
    if w and w[-1].lower().strip(",;:") not in _onward_not_after() and \
            not _base_figure_before(text, at) and \
            _NEW_LEVEL_BEFORE.search(text, max(a, at - 40), at) is not None:
        return c.mk(m, last, _month_end(last.year, last.month), "month", relative=True)
    if _amount_before().search(text, max(a, at - 80), at) is not None:
        # (the base month itself kept as the other reading: normalize lists both)
        return [replace(c.mk(m, last, D, "since", relative=True)[0], other=last)]
    return []


@lru_cache(maxsize=1)
def _amount_before() -> re.Pattern[str]:
    """A change's amount, or a figure compared with what follows, right before "from": a
    change verb of rules/vocab/changes.yaml or a word of dates.yaml
    ``onward_base_before_figure`` ("rose 3%", "fell by almost 7p a litre", "were up 3 per
    cent"), the figure and its unit or period after it; or the figure, then such a word
    ("were 0.3% lower")."""
    base = "|".join(sorted(_onward_base(), key=len, reverse=True)) or "(?!)"
    return re.compile(
        rf"(?i)\b(?:{change_words('past', 'clause')}|{base})[ \u00a0]+(?:by[ \u00a0]+)?"
        r"(?:(?:about|around|almost|nearly|roughly|some|just|over|more[ \u00a0]+than|"
        r"as[ \u00a0]+much[ \u00a0]+as|a[ \u00a0]+further|another)[ \u00a0]+)?[^\s]*\d[^\s]*"
        r"(?:[ \u00a0]+(?:a|an|per)[ \u00a0]+[a-z]+|[ \u00a0]+(?:per[ \u00a0]+cent|percent|"
        r"percentage[ \u00a0]+points?|points?|pence))?,?[ \u00a0]+$"
        # the compared figure's word after it: "were 0.3% lower from June"
        rf"|[^\s]*\d[^\s]*(?:[ \u00a0]+(?:per[ \u00a0]+cent|percent|points?))?[ \u00a0]+"
        rf"(?:{base})[ \u00a0]+$")


# a present perfect: "has risen", "have gone up", "has been"
_PERFECT = re.compile(r"(?i)\b(?:has|have|[’']ve)[ \u00a0]+(?:(?:already|now|also|just|"
                      r"steadily|sharply|only)[ \u00a0]+)?(?:been[ \u00a0]+)?(?P<pp>[a-z]+)\b")


# words that may stand between a change's participle and its figure ("have gone up by about
# 6.4%", "has risen a further 2p"); any other word is an object ("has raised council tax by
# 4.99% from April", "has agreed to raise ...": a decision, whose day may be to come)
_PERFECT_GAP = frozenset(("by", "up", "down", "about", "around", "nearly", "almost", "more",
                          "than", "some", "roughly", "just", "over", "to", "a", "an", "further",
                          "another", "as", "much", "only", "sharply", "steadily", "on",
                          "average", "already", "now", "also", "slightly"))


def _perfect_before(text: str, at: int) -> bool:
    """Whether a present perfect of a change with its figure stands in the sentence before the
    "from" at ``at`` ("Typical bills have gone up 6.4% from 1 April", "The price of unleaded
    has risen 1.86p a litre from 1 March"): the change runs from that date to publication.
    The word after "has"/"have" is a change verb of rules/vocab/changes.yaml (not "has to",
    "have agreed to raise") and only words of ``_PERFECT_GAP`` stand between it and the
    figure (no object: "has raised council tax by 4.99% from April" is a decision)."""
    a, _ = _sentence_span(text, at, at)
    last = None
    for p in _PERFECT.finditer(text, a, at):
        last = p
    if last is None or _change_participle().fullmatch(last.group("pp").lower()) is None:
        return False
    between = text[last.end():at]
    if len(between) > 60:
        return False
    for tok in between.lower().replace("\u00a0", " ").split():
        if any(ch.isdigit() for ch in tok):
            return True
        if tok.strip(",") not in _PERFECT_GAP:
            return False
    return False


@lru_cache(maxsize=1)
def _change_participle() -> re.Pattern[str]:
    """A change verb of rules/vocab/changes.yaml (``past`` and ``clause``: "risen", "gone",
    "climbed", "increased")."""
    return re.compile(r"(?:" + change_words("past", "clause") + r")")


def _perfect_spans(text: str, out: list[DateMention], D: date) -> list[DateMention]:
    """A day after "from" in a present perfect with a figure ("Typical household bills have
    gone up 6.4% from 1 April", ``_perfect_before``): the span from that day (the last such
    day by publication, of the two a day with no year is read as) to publication, kind
    "since", as "since 1 April" is; not a range ("have risen 3% from 1 March to 30 June")."""
    for i, dm in enumerate(out):
        if dm.kind not in ("date", "onward") or dm.start_date is None or \
                dm.end_date not in (dm.start_date, None):
            continue
        m = _onward_before(text, dm.start)
        if m is None or not m.group("from") or _ONWARD_ENDS.match(text, dm.end) or \
                not _perfect_before(text, m.start("from")):
            continue
        start = next((d for d in (dm.start_date, dm.other) if d is not None and d <= D), None)
        if start is not None:
            out[i] = DateMention(dm.start, dm.end, dm.text, start, D, None, True, "since",
                                 "day")
    return out


# "until" or "till" right before a day ("runs until 30 June", "applies till the 31st"), a
# time of day between them ("until 10am on Wednesday (8 March)", "until midnight on Thursday")
_CLOCK = r"(?:[ \u00a0]+(?:(?:about|around|approximately)[ \u00a0]+)?(?:\d{1,2}(?:[.:]\d\d)?" \
    r"[ \u00a0]?(?:am|pm|a\.m\.|p\.m\.)|\d\d:\d\d|(?:12[ \u00a0]+)?(?:midnight|noon|midday)))?"
_UNTIL_BEFORE = re.compile(rf"(?i)\b(?:until|till){_CLOCK}(?:[ \u00a0]+(?:on|the))?[ \u00a0]+$")
# "through Friday" (US copy) before a weekday, read as "until" only after a state in force
_THROUGH_DAY_BEFORE = re.compile(rf"(?i)\b(?:through|thru){_CLOCK}(?:[ \u00a0]+on)?[ \u00a0]+$")
# a warning or an alert in force now, before "until"/"through" a weekday ("Heat advisories
# remain in force through Friday", "An ice warning is in place until 10am on Wednesday"):
# what holds from publication to that day, not the day alone ("Services run until Sunday")
_THROUGH_IN_FORCE = re.compile(r"in[ \u00a0]+(?:force|place|effect)[ \u00a0]+thr(?:ough|u)\b")
# (or a verb that says it lasts: "The snow warning lasts until 9am on Thursday", "The amber
# alert will last until 6pm on Tuesday", "is valid until 10am on Wednesday"; a place or a
# reach between: "is in place for most of England until 10pm on Monday"; not "runs", which
# a timetable uses of one day: "Trains run until 11pm on Saturday", but after a noun of an
# arrangement in force: "The flight ban runs until midnight on Sunday", "The sale runs until")
_IN_FORCE_NOW = re.compile(
    r"(?i)\b(?:(?:is|are|remains?|stays?)[ \u00a0]+(?:in[ \u00a0]+(?:force|place|effect)|valid)"
    r"|lasts?|will[ \u00a0]+(?:last|remain|stay|continue)"
    r"|(?:ban|warning|alert|advisory|closure|restrictions?|curfew|lockdown|embargo|moratorium"
    r"|suspension|freeze|strike|walkout|offer|sale|promotion|consultation|cap)[ \u00a0]+"
    r"(?:runs|continues|applies))"
    r"(?:[ \u00a0]+(?:for|across|over|in)[ \u00a0]+[^,.;:!?\n]{1,40}?)?[ \u00a0]+$")
# a deadline, not an end: "have until June 16 to send 3 forms", "has until 31 January"
_DEADLINE_BEFORE = re.compile(r"(?i)\b(?:have|has|had|having|got|given)[ \u00a0]+(?:until|till)"
                              r"(?:[ \u00a0]+(?:on|the))?[ \u00a0]+$")
_DEADLINE_AFTER = re.compile(r"(?i)[ \u00a0]*,?[ \u00a0]*to[ \u00a0]+[a-z]")
# a start written before the day in its sentence: "from 1 April until 30 June" is one range
# (not before a value: "stays between 5% and 5.25% until ..." is a range of rates)
_START_BEFORE = re.compile(r"(?i)\b(?:from|since|between|starting|beginning|after)\b"
                           r"(?![ \u00a0]+(?:[£$€¥]|[A-Z]{1,3}\$)?\d[\d.,]*(?:%|[ \u00a0]?"
                           r"(?:per[ \u00a0]?cent|percent|p|bn|m|million|billion|pence|cents?)"
                           r"\b))")
# "until" before an event whose day the sentence gives: "stays at 4.5% until the Bank's next
# meeting on 8 May", "until the committee meets again on 21 March", "until the new rate takes
# effect on 1 April", "until the rise to £12.21 on Tuesday", "until the 9.8% rise takes effect
# on Monday" (a noun phrase, or a short clause, with no clause break; a figure in it is the
# event's: a point between digits is no sentence end)
_UNTIL_EVENT_BEFORE = re.compile(
    ci_word_alternation(["until", "till"]) +
    r"(?i:[ \u00a0]+(?:the|its|their|(?-i:[A-Z])[\w.]*['’]s)[ \u00a0]"
    r"(?:[^.,;:!?\n()]|(?<=\d)[.,](?=\d)){0,50}?[ \u00a0]on(?:[ \u00a0]+the)?[ \u00a0]+$)")
_ON_LEAD = re.compile(r"(?i)on[ \u00a0]+")
_DEADLINE_VERB = re.compile(r"(?i)\b(?:have|has|had|having|got|given)[ \u00a0]+$")


# "until the end of the month (year)": the unit under way at publication, when no month or
# year of the sentence is the one meant ("Sale fares are valid until the end of the month")
# ("until the end of next week", "of this month": the unit named, whatever else is written)
_UNTIL_UNIT_END = re.compile(r"(?i)\b(?:until|till)[ \u00a0]+(?P<d>the[ \u00a0]+end[ \u00a0]+of"
                             r"[ \u00a0]+(?P<r>the|this|next)[ \u00a0]+(?P<u>week|month|year))\b")


def _until_unit_end(text: str, out: list[DateMention], D: date) -> list[DateMention]:
    """"until the end of the month" ("of the year") with no month or year named in its
    sentence: the end of the month (year) of publication, as "the end of this month" is; a
    mention ``_until_spans`` reads as the span from publication to that day when its
    sentence allows (present tense, no plan, no start of its own)."""
    added = []
    for m in _UNTIL_UNIT_END.finditer(text):
        a, b = _sentence_span(text, m.start(), m.end())
        named = m.group("r").lower() != "the"
        if not named and (any(d.start < m.end("d") and m.start("d") < d.end for d in out) or
                          _OTHER_TIME.search(text[a:m.start()] + " " + text[m.end():b])) or \
                _FUTURE_CUE.search(text, a, b) is not None or \
                not _present_tense(text, m.start(), m.end()):
            continue    # (in past or future copy "the month" may be another's)
        out = [d for d in out if not (d.start < m.end("d") and m.start("d") < d.end)]
        added.append(DateMention(m.start("d"), m.end("d"), m.group("d"), D,
                                 _unit_end(D, m.group("u").lower(), m.group("r").lower()),
                                 None, True, "period", "day"))
    return sorted(out + added, key=lambda d: d.start) if added else out


def _unit_end(D: date, unit: str, rel: str) -> date:
    """The last day of the week, month or year of ``D`` (``rel`` "next": of the one after)."""
    nxt = rel == "next"
    if unit == "week":
        return D + timedelta(days=6 - D.weekday() + (7 if nxt else 0))
    if unit == "month":
        y, mo = (D.year + D.month // 12, D.month % 12 + 1) if nxt else (D.year, D.month)
        return _month_end(y, mo)
    return date(D.year + nxt, 12, 31)


def _until_spans(text: str, out: list[DateMention], D: date) -> list[DateMention]:
    """A day (or "the end of" a month) after "until" in a present-tense sentence that states
    no plan, no forecast and no start of its own ("Under the cap that runs until 30 June, a
    typical household pays £1,849 a year", "The band D bill of £2,171 applies until 31
    March", "stays at £1,568 until the end of September"): what the sentence states holds
    now and until that day, so the span from publication to the day (kind "period",
    granularity day), the coming such day read (an arrangement in force ends after
    publication). When it began the words do not say; publication is the earliest day they
    vouch for. Not a weekday ("until Sunday"), not in past or future copy ("The cap ran until
    30 June", "will be £1,928 until 31 March"), not after a start ("from 1 April until 30
    June" is read as one range), not a deadline ("Filers have until June 16 to send 3
    forms": the day). "until" may name the event that ends it, its day after "on" ("Bank Rate
    stays at 4.5% until the Bank's next meeting on 8 May": the span to that day) or a weekday's
    possessive before it ("until Thursday's decision")."""
    for i, dm in enumerate(out):
        month_end = dm.kind in ("part", "period") and dm.end_date is not None and \
            dm.text.lower().startswith("the end of")     # ("until the end of September")
        if not month_end and (dm.kind != "date" or dm.start_date is None or
                              dm.start_date != dm.end_date):
            continue
        until = _UNTIL_BEFORE.search(text, max(0, dm.start - 28), dm.start)
        now = None
        if dm.weekday is not None and not text.startswith(("'s ", "\u2019s "), dm.end):
            # ("until Sunday": a weekday alone; "until Thursday's decision" an event; a
            # warning "in force until" or "through" a weekday holds until then, whatever
            # the forecast after the day: "until noon on Friday, when lows could ease")
            until = until or _THROUGH_DAY_BEFORE.search(text, max(0, dm.start - 28), dm.start)
            now = until and _IN_FORCE_NOW.search(text, max(0, until.start() - 70),
                                                 until.start())
            if until is not None and not now:
                continue
        # (a weekday's mention holds its "on": "until the rise to £12.21 on Tuesday")
        on = _ON_LEAD.match(text, dm.start) if dm.weekday is not None else None
        stop = on.end() if on else dm.start
        until = until or _UNTIL_EVENT_BEFORE.search(text, max(0, stop - 80), stop)
        if until is None:
            continue
        ends = (dm.end_date, dm.other)
        if month_end and dm.kind == "part" and dm.end_date < D:
            # the coming such month: "until the end of August" in November
            ends = (_month_end(dm.end_date.year + 1, dm.end_date.month),)   # in November
        end = next((d for d in ends if d is not None and d >= D), None)
        a, b = _sentence_span(text, dm.start, dm.end)
        if end is None or _START_BEFORE.search(text, a, until.start()) is not None or \
                _DEADLINE_BEFORE.search(text, max(0, dm.start - 24), dm.start) is not None or \
                _DEADLINE_VERB.search(text, max(0, until.start() - 12), until.start()) or \
                _DEADLINE_AFTER.match(text, dm.end) is not None or \
                _FUTURE_CUE.search(text, a, now.start() if now else b) is not None or \
                not _present_tense(text, dm.start, dm.end):
            continue
        out[i] = DateMention(dm.start, dm.end, dm.text, D, end, None, True, "period", "day")
    return out


# "until" a time of day with no day after it ("The warning runs until noon", "The library is
# open until 8pm", "in force until 18:00"), not a time's own range ("between 6pm and 8pm")
_UNTIL_CLOCK_ALONE = re.compile(
    r"(?i)\b(?:until|till)[ \u00a0]+(?:(?:about|around|approximately)[ \u00a0]+)?"
    r"(?:\d{1,2}(?:[.:]\d\d)?[ \u00a0]?(?:am|pm|a\.m\.|p\.m\.)|\d\d:\d\d|"
    r"(?:12[ \u00a0]+)?(?:midnight|noon|midday))(?![\w:])"
    r"(?![ \u00a0]*,?[ \u00a0]*(?:on|tomorrow|tonight|today|this|next|the|every|each|daily|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d)\b)")
# a habit, not a day: "is open until 8pm on weekdays", "until 10pm most nights"
_CLOCK_HABIT = re.compile(r"(?i)\b(?:every|each|daily|weekdays?|weekends|usually|normally|"
                          r"most[ \u00a0]+(?:days|nights|evenings)|nightly)\b")


def _until_clock_today(text: str, low: str, out: list[DateMention], D: date
                       ) -> list[DateMention]:
    """"until" a time of day in a present-tense sentence that names no day at all ("The winter
    weather warning runs until noon, with 1 to 3 inches of snow expected", "The library is
    open until 8pm"): the day of publication, the span from publication to that time (kind
    "period", granularity day). Not in past copy ("The shop stayed open until 10pm": which
    day the words do not say), nor of a habit ("open until 8pm on weekdays"). (Tried only
    where "until" or "till" stands: a scan of the whole text cost 2% of extraction.)"""
    added = []
    for m in key_matches(_UNTIL_CLOCK_ALONE, text, low, ("until", "till")):
        a, b = _sentence_span(text, m.start(), m.end())
        if any(d.start < b and d.end > a for d in out) or \
                _CLOCK_HABIT.search(text, a, b) is not None or \
                not _present_tense(text, m.start(), m.end()):
            continue
        added.append(DateMention(m.start(), m.end(), m.group(), D, D, None, True, "period",
                                 "day"))
    return sorted(out + added, key=lambda d: d.start) if added else out


_UP_TO_INCLUDING = re.compile(r"(?i)\bup[ \u00a0]+to[ \u00a0]+and[ \u00a0]+including"
                              r"(?:[ \u00a0]+(?:on|the))?[ \u00a0]+$")


def _up_to_including(text: str, out: list[DateMention], D: date) -> list[DateMention]:
    """A day on or after publication after "up to and including" ("Overtime bans will cut
    4,000 services up to and including June 30"): the span from publication to that day, in
    any tense (the words bound the span themselves, as "until" after a state in force does);
    not after a start of its own in the sentence ("from 1 June up to and including 30 June"),
    nor a day already past (when it began the words do not say)."""
    for i, dm in enumerate(out):
        if dm.kind != "date" or dm.start_date is None or dm.start_date != dm.end_date:
            continue
        m = _UP_TO_INCLUDING.search(text, max(0, dm.start - 32), dm.start)
        if m is None:
            continue
        end = next((d for d in (dm.end_date, dm.other) if d is not None and d >= D), None)
        a, _ = _sentence_span(text, dm.start, dm.end)
        if end is None or _START_BEFORE.search(text, a, m.start()) is not None:
            continue
        out[i] = DateMention(m.start(), dm.end, text[m.start():dm.end], D, end, None, True,
                             "period", "day")
    return out


# a start stated before the end: "The ban came into force on Friday and lasts until 31 March",
# "The alert began on Saturday and remains in place until 6pm on Tuesday"
_STARTED_BEFORE = re.compile(
    r"(?i)\b(?:(?:came|comes|come|went|goes)[ \u00a0]+into[ \u00a0]+(?:force|effect|operation)|"
    r"began|begins|started|starts|took[ \u00a0]+effect|takes[ \u00a0]+effect|opened|opens|"
    r"(?:was|were)[ \u00a0]+(?:introduced|imposed|issued))(?:[ \u00a0]+on)?[ \u00a0]+$")
_AND_LASTS_GAP = re.compile(
    r"(?i)[ \u00a0]*,?[ \u00a0]*and[ \u00a0]+(?:still[ \u00a0]+)?(?:lasts|runs|continues|"
    r"(?:remains|stays|is)[ \u00a0]+(?:in[ \u00a0]+(?:force|place|effect)|valid))"
    rf"[ \u00a0]+(?:until|till){_CLOCK}(?:[ \u00a0]+(?:on|the))?[ \u00a0]+")


def _stated_starts(text: str, out: list[DateMention], D: date) -> list[DateMention]:
    """A span ``_until_spans`` read from publication, with the day it began stated just
    before it ("came into force on Friday and lasts until 31 March"): the span from that
    day (the words vouch for it) to the end."""
    k = 1
    while k < len(out):
        a, b = out[k - 1], out[k]
        if b.kind == "period" and b.start_date == D and b.end_date is not None and \
                _one_day(a) and a.start_date is not None and a.start_date <= D and \
                _AND_LASTS_GAP.fullmatch(text, a.end, b.start) is not None and \
                _STARTED_BEFORE.search(text, max(0, a.start - 40), a.start) is not None:
            out = out[:k - 1] + [DateMention(a.start, b.end, text[a.start:b.end], a.start_date,
                                             b.end_date, None, a.relative or b.relative,
                                             "period", "day")] + out[k + 1:]
            continue
        k += 1
    return out


def _one_month_per_name(out: list[DateMention]) -> list[DateMention]:
    """A month read two ways (``_either_month``) that the document names elsewhere with one
    reading, in a past or future sentence or with its year ("Ryanair carries 13.5 million
    passengers in May" over "In May, Ryanair carried 13.5 million"), is that month: one name,
    one month in a document. So is a day of a month read two ways (``_either_day``) that
    another mention with no year reads one way ("The cap falls on 1 April" beside "will fall
    on 1 April"; not beside "1 April 2023", which may be another year's)."""
    either = [i for i, dm in enumerate(out) if dm.other is not None and (
        dm.kind == "month" or dm.kind == "date" and dm.weekday is None)]
    if not either:
        return out
    sure = {dm.start_date for dm in out if dm.kind == "month" and dm.other is None and
            dm.start_date is not None and dm.end_date == _month_end(dm.start_date.year,
                                                                     dm.start_date.month)}
    # (a day named with its year may be another year's: "the cap set on 1 April 2023")
    days = {dm.start_date for dm in out if dm.kind in ("date", "onward") and dm.other is None
            and dm.relative and dm.weekday is None and dm.start_date is not None and
            dm.end_date in (dm.start_date, None)}
    for i in either:
        dm = out[i]
        pick = [d for d in (dm.start_date, dm.other) if d in (sure if dm.kind == "month"
                                                              else days)]
        if len(pick) == 1:
            d = pick[0]
            end = _month_end(d.year, d.month) if dm.kind == "month" else d
            out[i] = DateMention(dm.start, dm.end, dm.text, d, end, dm.weekday, dm.relative,
                                 dm.kind, dm.granularity, dm.ambiguous)
    return out


def _either_month(m: re.Match[str], text: str, month: int, D: date) -> DateMention:
    """A month without a year in a present-tense sentence that is no plan and no past ("All
    35 stations close at 11pm on Fridays and Saturdays in March"): the last such month or the
    coming one, as a present-tense weekday is. Read as the nearer of the two to publication,
    the other kept as ``other`` (its first day); the month under way at publication is read
    alone."""
    last = date(D.year if month <= D.month else D.year - 1, month, 1)
    coming = date(last.year + 1, month, 1)
    if last <= D <= _month_end(last.year, month):
        d, other = last, None
    elif (coming - D).days < (D - _month_end(last.year, month)).days:
        d, other = coming, last
    else:
        d, other = last, coming
    return DateMention(m.start(), m.end(), text[m.start():m.end()], d,
                       _month_end(d.year, month), None, True, "month", "month", other=other)


def _r_yrange(c: _Ctx, m: re.Match[str]) -> Resolved:
    """"2019-2023", "2023/24", "between 2019 and 2023", "from 2014 to 2022": whole years."""
    ya, yb = m.group("ya") or m.group("ya2"), m.group("yb") or m.group("yb2")
    y1 = int(ya)
    # "2019-2023", "2023/24", "1985-9" (the end's last digits written)
    y2 = int(yb) if len(yb) == 4 else int(ya[:4 - len(yb)] + yb)
    if y2 < y1 or y2 - y1 > 50:
        return []
    fs = date_forms.commodity_start(c.text, m.start()) if y2 == y1 + 1 else 0
    if not fs and y2 == y1 + 1 and len(yb) in (1, 2):
        # ("2004/5" as "2004/05": a split year with its end's last digit written)
        fs = date_forms.bare_split_start(c.text, m.start())
    uk = date_forms.uk_tax_start(c.text, m.start(), bare=True) if y2 == y1 + 1 else None
    if uk is not None:   # "the 2024/25 personal allowance": the UK tax year, from 6 April
        a = date(y1, *uk)
        out = c.mk(m, a, a + relativedelta(years=1) - timedelta(days=1), "period")
        return [_regran(out[0], "year")]
    if fs:   # "Rs 2.89 lakh crore for 2019-20": the country's fiscal year, as "FY2019-20";
        # "soybean ending stocks for 2024-25": the crop's marketing year; "36 goals in his
        # first season in 2022-23": the season the sentence names
        a = date(y1, fs, 1)
        out = c.mk(m, a, a + relativedelta(years=1) - timedelta(days=1), "period")
        return [_regran(out[0], "year")]
    return c.mk(m, date(y1, 1, 1), date(y2, 12, 31), "year")


def _r_decade(c: _Ctx, m: re.Match[str]) -> Resolved:
    """"the 1990s"; "the late 1990s" (dates.yaml ``decade_parts``: 1997..1999)."""
    d0 = int(m.group("dec"))
    if m.group("dpart"):
        lo, hi = c.g.decade_parts[m.group("dpart").lower()]
        return c.mk(m, date(d0 + int(lo), 1, 1), date(d0 + int(hi), 12, 31), "year")
    return c.mk(m, date(d0, 1, 1), date(d0 + 9, 12, 31), "decade")


def _r_yearp(c: _Ctx, m: re.Match[str]) -> Resolved:
    """"in 2023" (the span is the words "in 2023"), "since 2014" (a running scope); "in the
    2016 presidential election" (the yadj alternative: a year before a year noun, or a year
    whose "when" clause follows: "The worst year remains 2018, when 24,488 were lost"; or a
    year that labels a list item, a colon and a figure after it: "2023: 253,290 troops"; or a
    year's level a figure is compared with: "4% above its 2019 level", "below 2019 levels",
    which normalize sets aside as a baseline, no figure's period)."""
    if m.group("yadj"):
        y = int(m.group("y9"))
        return c.mk(m, date(y, 1, 1), date(y, 12, 31), "year")
    y = int(m.group("y5"))
    if m.group("prep").lower() == "since":
        return c.mk(m, date(y, 1, 1), c.D, "since", relative=True)
    return c.mk(m, date(y, 1, 1), date(y, 12, 31), "year")


def _r_past(c: _Ctx, m: re.Match[str]) -> Resolved:
    """"over the past 24 hours", "the last seven days", "the previous month", "last week"."""
    D = c.D
    if m.group("in24"):
        n, unit = _num(m.group("in24n")), "hours"
    else:
        n, unit = _num(m.group("pn")), m.group("pu").lower().rstrip("s")
        if m.group("pv"):
            # "the past few days", "the past couple of weeks": the most the words allow
            # (dates.yaml vague_counts), a window ending at publication
            vc = vocab.load("dates.yaml").get("vague_counts", {})
            key = " ".join(m.group("pv").lower().split())
            n = int((vc.get(key) or vc.get("a " + key) or [1, 1])[1])
        if unit == "hour":
            unit = "hours"
        special = _past_special(c, m, unit)
        if special is not None:
            return special
    if D is None:
        return c.mk(m, None, None, "window", relative=True)
    # a window ending at publication covers the days before D: the past 24 hours (or day)
    # is D-1, the past week D-7..D-1
    k = "window"
    if unit == "hours":
        days = max(1, (n + 23) // 24)
        k = "daily" if days == 1 else k
        sd = D - timedelta(days=days)
    elif unit == "day":
        k = "daily" if n == 1 else k
        sd = D - timedelta(days=n)
    else:
        sd = D - _PAST_STEP[unit](n)   # (only the unit's own relativedelta is built)
    return c.mk(m, sd, D - timedelta(days=1), k, relative=True)


_PAST_STEP: dict[str, Callable[[int], relativedelta]] = {
    "week": lambda n: relativedelta(weeks=n), "fortnight": lambda n: relativedelta(weeks=2 * n),
    "month": lambda n: relativedelta(months=n), "year": lambda n: relativedelta(years=n),
    "decade": lambda n: relativedelta(years=10 * n)}


def _past_special(c: _Ctx, m: re.Match[str], unit: str) -> Resolved | None:
    D = c.D
    if D is None or m.group("pn") or m.group("pv"):
        return None
    pl = m.group("pl").lower()
    first = m.group().split(None, 1)[0].lower()
    if pl in ("previous", "preceding", "prior") and unit == "day" and first == "the":
        # "the previous day's 1,070": the day before the last day (D-1)
        d = D - timedelta(days=2)
        return c.mk(m, d, d, relative=True)
    if pl in ("previous", "preceding", "prior") and unit in ("week", "month", "year"):
        # "the previous month's inflation": the one before the month the text speaks of
        # (normalize re-reads it), else the calendar one before D
        sd, ed = _this_last(D, "last", unit)
        return [_regran(c.mk(m, sd, ed, "previous", relative=True)[0], unit)]
    if pl == "last" and "the" not in m.group().lower().split() and \
            unit in ("week", "month", "year"):
        # "last week" is the previous calendar week; "the last week" is 7 days
        sd, ed = _this_last(D, "last", unit)
        return [_regran(c.mk(m, sd, ed, "period", relative=True)[0], unit)]
    return None


def _r_sofar(c: _Ctx, m: re.Match[str]) -> Resolved:
    D = c.D
    if D is None:
        return c.mk(m, None, None, "since", relative=True)
    if m.group("sfy"):
        # "so far in 2024": from 1 January to publication (a year before D: the whole year)
        y = int(m.group("sfy"))
        if y > D.year:
            return []
        return c.mk(m, date(y, 1, 1), D if y == D.year else date(y, 12, 31), "since",
                    relative=True)
    u = m.group("sfu").lower()
    sd = {"year": date(D.year, 1, 1), "month": date(D.year, D.month, 1),
          "week": D - timedelta(days=D.weekday())}[u]
    return c.mk(m, sd, D, "since", relative=True)


def _r_thisx(c: _Ctx, m: re.Match[str]) -> Resolved:
    """"this week" (the calendar week of publication), "last month", "next year", "this
    weekend"; "this coming weekend" (the one not yet ended)."""
    if c.D is None:
        return c.mk(m, None, None, "period", relative=True)
    tl, tu = m.group("tl").lower(), m.group("tu").lower()
    coming = tl.endswith("coming")
    if coming:
        tl = "this"
    sd, ed = _this_last(c.D, tl, tu)
    if coming and ed < c.D:
        # "this coming weekend" written on a Monday: the one ahead, not the one just gone
        sd, ed = _this_last(c.D, "next", tu)
    gran = "day" if tu == "weekend" or tl == "past" else tu
    return [_regran(c.mk(m, sd, ed, "period", relative=True)[0], gran)]


def _r_ago(c: _Ctx, m: re.Match[str]) -> Resolved:
    """"a week earlier", "the year before": a unit back from the last full day (D-1), which a
    figure of the day covers, as "the day before" is D-2. ("two weeks ago" is read by
    date_forms as the whole calendar unit.)"""
    unit = m.group("agou").lower().rstrip("s")
    n = 1 if m.group("agon").lower() in ("a", "an", "the") else _num(m.group("agon"))
    ago = m.group("agow").lower() == "ago"
    if m.group("agon").lower() == "the" and ago:
        return []
    D = c.D
    if D is None:
        return c.mk(m, None, None, relative=True)
    ref = D if ago else D - timedelta(days=1)
    k = "previous" if not ago and not (unit == "day" and n == 1) else "date"
    d = ref - _AGO_STEP[unit](n)
    if unit == "day" and not ago and n == 1:
        d = D - timedelta(days=2)
    return c.mk(m, d, d, k, relative=True)


_AGO_STEP: dict[str, Callable[[int], relativedelta]] = {
    "day": lambda n: relativedelta(days=n), "week": lambda n: relativedelta(weeks=n),
    "month": lambda n: relativedelta(months=n), "year": lambda n: relativedelta(years=n)}


_REL_OFFSETS = {"yesterday": -1, "last night": -1, "overnight": 0, "tomorrow": 1,
                # relative to the last full day (D-1), which a figure of the day covers:
                # "double the previous day's 1,070" is D-2
                "the day before yesterday": -2, "the previous day": -2, "the prior day": -2,
                "the preceding day": -2, "the day before": -2, "a day earlier": -2,
                "the day earlier": -2, "one day earlier": -2}


# the relative days counted from the last full day (D-1): already the day a report of the day
# after them covers, so "the report from the previous day" is the report of D-1, which covers
# D-2, and no report shift applies to them again (normalize.context)
DAY_BEFORE_LAST = frozenset(w for w, k in _REL_OFFSETS.items() if k == -2)

_NIGHT_SPANS = frozenset(("this past night", "the past night"))


def _r_rel(c: _Ctx, m: re.Match[str]) -> Resolved:
    if c.D is None:
        return c.mk(m, None, None, relative=True)
    w = " ".join(m.group("rel").lower().split()).replace("’s", "").replace("'s", "")
    if w == "overnight" and _overnight_noun(c.text, m.end()):
        return []   # "overnight visitors", "the overnight rate": no date
    if w in _NIGHT_SPANS:   # "this past night": the night that ends on publication day
        return c.mk(m, c.D - timedelta(days=1), c.D, "period", relative=True)
    d = c.D + timedelta(days=_REL_OFFSETS.get(w, 0))
    return c.mk(m, d, d, relative=True)


def _overnight_noun(text: str, end: int) -> bool:
    """Whether "overnight" ending at ``end`` qualifies a noun after it (dates.yaml
    overnight_nouns: "overnight visitors" are tourists, not a night's count)."""
    nxt = _NEXT_WORD.match(text, end)
    return nxt is not None and nxt.group(1).lower() in _overnight_nouns()


_NEXT_WORD = re.compile(r"[ \u00a0]+([A-Za-z]+)")


@lru_cache(maxsize=1)
def _overnight_nouns() -> frozenset[str]:
    return frozenset(str(w).lower() for w in vocab.load("dates.yaml").get("overnight_nouns")
                     or [])


_TITLE_AFTER = re.compile(r" ([A-Z][a-z]+)\b")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \u00a0]+$")
# words before a weekday that make it a day whatever follows ("on Sunday services were cut")
_DAY_PREPOSITIONS = frozenset("""on by until till since from before after through to and or
last next this that every each""".split())


def _weekday_as_noun(text: str, start: int, end: int) -> bool:
    """Whether a weekday qualifies the noun after it (dates.yaml ``weekday_nouns``: "186
    Sunday services", "Saturday trains"), with no preposition before it that makes it a
    day."""
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None or nxt.group(1).lower() not in _weekday_nouns():
        return False
    prev = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return prev is None or prev.group(1).lower() not in _DAY_PREPOSITIONS


@lru_cache(maxsize=1)
def _weekday_nouns() -> frozenset[str]:
    return frozenset(str(w).lower() for w in vocab.load("dates.yaml").get("weekday_nouns")
                     or [])


def _r_wday(c: _Ctx, m: re.Match[str]) -> Resolved:
    """"on Tuesday": the latest Tuesday on or before publication, the coming one (today
    included) after a plan or forecast; "last Tuesday", "next Tuesday"."""
    name = c.orig(m, "wdn")
    if name[0].islower() or len(name.rstrip(".")) <= 3 and not name.endswith("."):
        # "sat", "sun", "wed" as words; only full capitalised names count alone
        if name[0].islower() or len(name) <= 3:
            return []
    weekday = c.g.weekdays[name.lower().rstrip(".")]
    if not m.group("wl") and _weekday_as_noun(c.text, m.start(), m.end()):
        return []
    if c.text[max(0, m.start() - 4):m.start()] in ("the ", "The "):
        # "the Sunday Times", "The Saturday Paper": a weekday in a title is no date
        nxt = _TITLE_AFTER.match(c.text, m.end())
        if nxt and nxt.group(1).lower() not in c.g.months and \
                nxt.group(1).lower() not in c.g.weekdays:
            return []
    D = c.D
    if D is None:
        return c.mk(m, None, None, weekday=weekday, relative=True)
    wl = (m.group("wl") or "").lower()
    target = _WEEKDAY_INDEX[weekday]   # not calendar.day_name: locale, slow
    back = (D.weekday() - target) % 7
    if wl == "last" and back == 0:
        back = 7
    if wl == "next":
        d = D + timedelta(days=(target - D.weekday()) % 7 or 7)
    elif wl != "last" and _future_before(c.text, m.start(), m.end()):
        # "markets expect it to hold on Thursday", "ahead of Thursday's decision"
        d = D + timedelta(days=(target - D.weekday()) % 7)
    else:
        d = D - timedelta(days=back)
        if back and wl in ("", "on") and _present_tense(c.text, m.start(), m.end()):
            return [_either_weekday(m, c.text, d, D, weekday, (
                not wl and _heads_fragment(c.text, m.start(), m.end())) or
                _timetable_sentence(c.text, m.start(), m.end()) or
                _opens_at_clock(c.text, m.start()))]
    return c.mk(m, d, d, weekday=weekday, relative=True)


def _opens_at_clock(text: str, pos: int) -> bool:
    """Whether a window opens at a time of day on the weekday at ``pos`` ("The warning is in
    place from 12.01am on Sunday to 11.59pm", "runs from 00:00 on Monday"): in present-tense
    copy a window announced to open at a clock time is still to come, the coming day read
    first (the last one kept)."""
    lo = max(0, pos - 32)
    return text.find("from", lo, pos) >= 0 and _FROM_CLOCK_ON.search(text, lo, pos) is not None


def _nearer_span(a: DateMention, b: DateMention, D: date) -> tuple[date, date, date | None]:
    """A range of present-tense weekdays ("Monday through Friday", either end read two ways):
    of the spans its readings give (the last one, the one under way, the coming one), the
    nearest to publication is read, the next nearest kept; (start, end, that one's start)."""
    spans = sorted(
        ((0 if x <= D <= y else min(abs((x - D).days), abs((y - D).days)), x, y)
         for x in {a.start_date, a.other or a.start_date}
         for y in {b.start_date, b.other or b.start_date} if 0 <= (y - x).days < 7))
    if not spans:
        return a.start_date, b.end_date, None
    other = spans[1][1] if len(spans) > 1 else None
    return spans[0][1], spans[0][2], other


def _either_weekday(m: re.Match[str], text: str, last: date, D: date, weekday: str,
                    label: bool = False) -> DateMention:
    """A bare weekday in a present-tense sentence outside forecast copy ("Aslef drivers
    strike on Saturday", "A jury of 12 hears opening statements on Monday"): the last such day
    or the coming one. Read as the nearer of the two to publication (news copy in the present
    tense speaks of the days around it: a Thursday's "on Saturday" is two days ahead, a
    Monday's two days back), the other kept as ``other``. A weekday that heads a verbless
    fragment (``label``: "Saturday: 3 trains an hour", "Sunday – no service") labels a
    timetable's day: the coming one is read, the last kept as ``other``."""
    coming = last + timedelta(days=7)
    d, other = (coming, last) if label or (coming - D).days < (D - last).days else \
        (last, coming)
    return DateMention(m.start(), m.end(), text[m.start():m.end()], d, d, weekday, True,
                       "date", "day", other=other)


def _timetable_sentence(text: str, pos: int, end: int) -> bool:
    """Whether the present-tense sentence around ``pos..end`` states a timetable (a verb of
    dates.yaml ``schedule_verbs``: "Chiltern runs one train an hour to Marylebone on
    Saturday", "the museum opens on Sunday"): a schedule speaks of the coming day, read first
    whichever is nearer, the last one kept."""
    a, b = _sentence_span(text, pos, end)
    return bool(_word_in(_schedule_verbs(), _low_of(text)[a:b]))


@lru_cache(maxsize=1)
def _schedule_verbs() -> tuple[str, ...]:
    return tuple(str(w).lower() for w in vocab.load("dates.yaml").get("schedule_verbs") or [])


# what follows a weekday that labels a fragment: a colon, or a dash between spaces
_LABEL_AFTER = re.compile(r"[ \u00a0]*:[ \u00a0]|[ \u00a0]+[\u2013\u2014-][ \u00a0]")


def _heads_fragment(text: str, pos: int, end: int) -> bool:
    """Whether the weekday at ``pos..end`` opens its sentence or line and a colon or a dash
    follows it ("Saturday: 3 trains an hour", "Sunday – no service"): a label of the day the
    words after it are of, as a timetable or a strike calendar gives them."""
    if _LABEL_AFTER.match(text, end) is None:
        return False
    a, _ = _sentence_span(text, pos, end)
    return not text[a:pos].strip(" \u00a0*#-\u2022\t")


def _present_tense(text: str, pos: int, end: int) -> bool:
    """Whether the sentence around ``pos..end`` has no past-tense cue (dates.yaml past_cues
    and past_verbs; a participle after "is", "are", "be" is no past tense: "services are
    cancelled on Sunday", nor one used as an adjective: ``_adjective_at``), or the date's own
    clause has none: "The ban came into force on Friday and lasts until 31 March" (the tense of
    the second verb is the date's, ``_AND_PRESENT``)."""
    a, b = _sentence_span(text, pos, end)
    low = _low_of(text)[a:b]
    if _no_past_cue(low):
        return True
    if " and " not in low:
        return False
    cut = None
    for cut in _AND_PRESENT.finditer(low, 0, max(0, pos - a)):
        pass
    return cut is not None and _no_past_cue(low[cut.start():])


def _no_past_cue(low: str) -> bool:
    """Whether the lower-cased sentence ``low`` holds no past-tense cue (``_present_tense``)."""
    for i, e in _word_in(_past_words(), low, limit=8):
        if not low.endswith(_PASSIVE_BEFORE, 0, i) and \
                not (low[i:e] in _base_form_past() and _PLURAL_BEFORE.search(low, 0, i)) and \
                not (low.endswith("ed", i, e) and _adjective_at(low, i, e)) and \
                _WITH_FIGURE_BEFORE.search(low, max(0, i - 40), i) is None:
            return False
    for m in _ED_WORD.finditer(low):
        # a verb in -ed the vocabulary does not list ("The office processed 900 ballots
        # Monday through Friday"), not a participle after an article or "is" ("runs a reduced
        # timetable", "services are cancelled") nor a word in -eed ("need", "speed")
        if not m.group("ed").endswith("eed") and m.group("ed") not in _not_past_ed() and \
                not _adjective_at(low, m.start("ed"), m.end("ed")) and \
                _WITH_FIGURE_BEFORE.search(low, max(0, m.start("ed") - 40),
                                           m.start("ed")) is None:
            return False
    return True


# "and" before a verb in the present that states a state lasting ("and lasts until", "and
# remains in force", "and runs to")
_AND_PRESENT = re.compile(r"\band[ \u00a0]+(?:still[ \u00a0]+)?(?:lasts|runs|continues|remains|"
                          r"stays|is[ \u00a0]+in[ \u00a0]+(?:force|place|effect))\b")


# a participle closing "with" and a figure, no verb of the sentence: "with highs of 33C
# expected", "with 5,000 seats left", "with up to 10cm forecast"
_WITH_FIGURE_BEFORE = re.compile(r"\bwith[ \u00a0](?:[^,;:()]|(?<=\d),(?=\d))*\d"
                                 r"(?:[^,;:()]|(?<=\d),(?=\d))*[ \u00a0]$")


@lru_cache(maxsize=1)
def _not_past_ed() -> frozenset[str]:
    """dates.yaml not_past_ed: words in -ed that are no verb ("aged 21", "unleaded")."""
    return frozenset(str(w).lower() for w in vocab.load("dates.yaml").get("not_past_ed") or ())


# before a participle used as an adjective: the sentence's start, a possessive ("Aslef's
# planned strike"), a count ("16,000 planned appointments", "two delayed trains") or the first
# half of a compound ("the long-delayed line")
_ADJ_BEFORE = re.compile(r"(?:^|[\"'“‘(]|['’]s?|\d|\b(?:two|three|four|five|six|seven|eight|nine|"
                         r"ten|dozen|hundred|thousand|million|billion|some|many|several|few|"
                         r"all|other|such|no)|[a-z]-)[ \u00a0]*$")
# after a participle, words that make it a verb with its object or adverb ("5,000 attended
# the rally", "Police arrested 3 men on Saturday"), not an adjective before its noun
_VERB_AFTER = frozenset(("the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
                         "this", "that", "these", "those", "him", "them", "it", "us", "me",
                         "on", "in", "at", "by", "to", "for", "from", "with", "into", "onto",
                         "up", "down", "out", "off", "over", "about", "around", "as", "than",
                         "and", "or", "but", "some", "any", "all", "no", "more", "after",
                         "before", "during", "since", "until", "what", "which", "who", "when",
                         "where", "while", "because", "if", "so", "not", "also", "back",
                         "away", "last", "every", "each", "there", "here", "again", "early",
                         "late", "overnight", "yesterday", "today"))
_ADJ_NOUN_AFTER = re.compile(r"[ \u00a0]+([a-z]+)\b")


def _adjective_at(low: str, i: int, e: int) -> bool:
    """Whether the word in -ed at ``low[i:e]`` (a sentence, lower case) is a participle used as
    an adjective, no past tense: after an article, a possessive pronoun or "is"
    (``_NOT_PAST_BEFORE``: "runs a reduced timetable"), or after the sentence's start, a
    possessive, a count, a compound's first half or a date's month or weekday (no subject a
    verb could have) and before a word that is no object of a verb (``_ADJ_BEFORE``,
    ``_VERB_AFTER``: "Aslef's planned strike takes", "Reduced timetables leave", "16,000
    planned appointments are put off", "On 3 March regulated fares go up"; not "5,000
    attended the rally")."""
    w = re.search(r"\b([a-z]+)[ \u00a0]+$", low[max(0, i - 24):i])
    if w is not None and w.group(1) in _NOT_PAST_BEFORE:
        return True
    g = _grammar()
    if _ADJ_BEFORE.search(low, max(0, i - 24), i) is None and not (
            w is not None and (w.group(1) in g.months or w.group(1) in g.weekdays)):
        return False
    nxt = _ADJ_NOUN_AFTER.match(low, e)
    return nxt is not None and nxt.group(1) not in _VERB_AFTER


_PASSIVE_BEFORE = ("is ", "are ", "be ", "being ")
# a plural subject right before a verb: "9 train firms hit", "they cut" (not "-ss", "-us")
_PLURAL_BEFORE = re.compile(r"(?:\b(?:they|we|you|i)|[a-z]{2}(?<![su]s)s)[ \u00a0]+$")


@lru_cache(maxsize=1)
def _base_form_past() -> frozenset[str]:
    """dates.yaml base_form_past: past-tense cues that are also the present's plural form."""
    return frozenset(str(w).lower() for w in
                     vocab.load("dates.yaml").get("base_form_past") or ())
_ED_WORD = re.compile(r"(?:\b(?P<w>[a-z]+)[ \u00a0]+)?\b(?P<ed>[a-z]{2,}ed)\b")
_NOT_PAST_BEFORE = frozenset(("a", "an", "the", "this", "that", "these", "those", "its", "their",
                              "his", "her", "our", "your", "is", "are", "be", "being", "get",
                              "gets", "getting", "remain", "remains", "remaining", "stay",
                              "stays", "staying", "not", "fully", "newly",
                              "heavily", "much", "very", "more", "most", "well"))


@lru_cache(maxsize=1)
def _past_words() -> tuple[str, ...]:
    """dates.yaml past_cues and past_verbs, lower case."""
    d = vocab.load("dates.yaml")
    return tuple(dict.fromkeys(" ".join(str(x).lower().split())
                               for x in [*(d.get("past_cues") or ()),
                                         *(d.get("past_verbs") or ())]))


def _regran(dm: DateMention, gran: str) -> DateMention:
    return DateMention(dm.start, dm.end, dm.text, dm.start_date, dm.end_date, dm.weekday,
                       dm.relative, dm.kind, gran, dm.ambiguous)


_RESOLVERS: dict[str, Callable[[_Ctx, re.Match[str]], Resolved]] = {
    "iso": _r_iso, "xrange": _r_xrange, "mxrange": _r_xrange, "drange": _r_drange,
    "mdrange": _r_drange,
    "dmy": _r_day, "mdy": _r_day, "part": _r_part, "since": _r_since, "qtr": _r_qtr,
    "mrange": _r_mrange, "my": _r_my, "mon": _r_mon, "yrange": _r_yrange,
    "decade": _r_decade, "yearp": _r_yearp, "yadj": _r_yearp, "past": _r_past, "in24": _r_past,
    "sofar": _r_sofar, "thisx": _r_thisx, "ago": _r_ago, "rel": _r_rel, "mposs": _r_mposs,
    "msubj": _r_msubj,
    "wday": _r_wday,
}


def find_dates(text: str, pub_date: date | None, ws: Words | None = None,
               order: str | None = None) -> list[DateMention]:
    """Every date or period in ``text``, in order, resolved against ``pub_date``.

    ``ws`` is the text's word list when the caller already has it; ``order`` ("MDY" or
    "DMY", default dates.yaml's) reads a numeric date valid in both orders."""
    g = _grammar()
    c = _Ctx(g, text, pub_date)
    out: list[DateMention] = []
    if ws is None:
        ws = words(text)
    low = ws.low
    if _GLUED_YEARS[0].search(low) is not None or _GLUED_YEARS[1].search(low) is not None:
        ws = _unglued(g, ws)
    if len(ws.low) == len(text):
        _DOC_LOW[0], _DOC_LOW[1] = text, ws.low
    cand = _candidates(g, ws)
    for m in _matches(g, text, ws, cand):
        try:
            out.extend(_RESOLVERS[m.lastgroup or ""](c, m))
        except (ValueError, KeyError, OverflowError):
            continue
    out = _merge_forms(out, _forms(text, ws, pub_date, order or default_order(), cand))
    subj = _month_subjects(g, text, ws, cand, pub_date)
    # the words several steps look for, each found once in the text
    has_in, has_and = " in " in ws.low, " and " in ws.low
    if pub_date is not None and ("saw" in ws.low or "brought" in ws.low or has_in):
        subj += _gapped_months(g, text, pub_date, ws, cand)
    if pub_date is not None and ("trad" in ws.low or "open" in ws.low or "deal" in ws.low
                                 or "session" in ws.low):
        subj += _trading_sessions(g, text, ws.low, out, pub_date)
    if has_in or ws.low.startswith("in ") or any(p + " " in ws.low for p in _YEAR_NAME_PREPS):
        subj += _years_before_names(text, ws, cand)
    if pub_date is not None and " the month" in ws.low:
        subj += _the_months(g, text, ws.low, pub_date)
    if subj:
        out = sorted(out + [dm for dm in subj if not any(
            d.start < dm.end and dm.start < d.end for d in out)], key=lambda d: d.start)
    out = _gated_seasons(text, ws.low, out, pub_date)
    if has_and:
        out = _weekday_pairs(text, out)
    out = _post(g, text, ws.low, out, pub_date)
    if has_and:
        out = _next_day_pairs(text, out)
    if has_and or " to " in ws.low or "- " in ws.low or "– " in ws.low:
        out = _weekday_day_spans(text, out)
    if "(" in text:
        out = _named_season_brackets(text, out)
    if " days from " in ws.low or " weeks from " in ws.low:
        out = _days_from(text, out)
    if pub_date is not None and "s since " in ws.low:
        out = _units_since(text, out, pub_date)
    if "anniversary of " in ws.low:
        out = _anniversary_years(text, out)
    if pub_date is not None and _onward_any(ws.low):
        if "has " in ws.low or "have " in ws.low or "ve " in ws.low:
            out = _perfect_spans(text, out, pub_date)
        out = _open_spans(text, out, pub_date)
    if pub_date is not None and ("until" in ws.low or "till" in ws.low or (
            "thr" in ws.low and _THROUGH_IN_FORCE.search(ws.low) is not None)):
        if "end of the " in ws.low or "end of this " in ws.low or "end of next " in ws.low:
            out = _until_unit_end(text, out, pub_date)
        out = _until_spans(text, out, pub_date)
        if has_and:
            out = _stated_starts(text, out, pub_date)
        out = _until_clock_today(text, ws.low, out, pub_date)
    if pub_date is not None and "up to and including " in ws.low:
        out = _up_to_including(text, out, pub_date)
    if pub_date is not None and "since th" in ws.low:
        out = _since_then_spans(text, ws.low, out, pub_date)
    if "cumulative " in ws.low:
        out = year_part_labels.cumulative_quarters(text, out)
    if " quarter of " in ws.low:
        out = year_part_labels.month_quarters_of_years(
            text, out, pub_date, lambda pos: _RUNNING_CUE.search(
                text, *_sentence_span(text, pos, pos)) is not None)
    if "FY" in text and "/" in text:
        out = year_part_labels.fy_month_labels(text, out, lambda a, b, w, x, y: DateMention(
            a, b, w, x, y, None, False, "year", "year"))
    if " to " in ws.low and " year" in ws.low and year_part_labels.may_name_split_kind(ws.low):
        out = year_part_labels.year_to_year_kinds(
            text, out, lambda kind, pos: _split_kind_first(text, kind, pos),
            lambda a, b, w, x, y: DateMention(a, b, w, x, y, None, False, "year", "year"))
    if "bienni" in ws.low:
        out = biennia(text, out, lambda pos: date_forms.us_government_starts(text, pos),
                      lambda a, b, w, x, y: DateMention(a, b, w, x, y, None, False, "year",
                                                        "year"))
    if " first " in ws.low:
        out = first_spans(text, out, lambda a, b, w, x, y: DateMention(
            a, b, w, x, y, None, False, "period", "day"))
    if " to the day " in ws.low or " anniversary of " in ws.low:
        out = event_anniversaries(text, out, lambda a, b, w, day: DateMention(
            a, b, w, day, day, None, False, "date", "day" if day else None))
    out = _one_month_per_name(out)
    if "year " in ws.low:
        out = year_back_parts(text, out)
    return _month_lists(text, out) if ", " in text else out


def _holiday_seasons(text: str, low: str, out: list[DateMention], D: date | None
                     ) -> list[DateMention]:
    """Half-terms, the Easter holidays and a festival's days (``holiday_seasons``)."""
    def tense(pos: int, end: int) -> str:
        if _future_before(text, pos, end):
            return "future"
        return "" if _present_tense(text, pos, end) else "past"
    return holiday_seasons.holiday_seasons(
        text, low, out, D, tense,
        lambda s, e, words, a, b, gran, readings=(): DateMention(
            s, e, words, a, b, None, D is not None, "period", gran, readings=readings))


def _gated_seasons(text: str, low: str, out: list[DateMention], D: date | None
                   ) -> list[DateMention]:
    """The passes run only where cheap substring tests allow: holiday seasons, the courts'
    terms and Parliament's recesses, and "the 90's"."""
    if holiday_seasons.gate(low):
        out = _holiday_seasons(text, low, out, D)
    if legal_terms.gate(low):
        out = _legal_terms(text, low, out, D)
    if "0's" in low or "0’s" in low:   # "the 90's" (date_forms.apostrophe_decades)
        out = _apostrophe_decades(text, low, out, D)
    if fiscal_label_readings.gate(low):   # "Q2FY24", "1H25" no words own (dates44)
        out = _fiscal_labels(text, out, D)
    if possessive_years.gate(low):   # "this year's Ramadan" (dates44)
        out = possessive_years.possessive_years(text, out, D, find_dates)
    if "-day " in low and "weekend" in low:   # "the five-day Thanksgiving weekend" (dates45)
        out = holiday_seasons.stated_lengths(text, low, out)
    if referred_holidays.gate(low):   # "over the holiday", its name earlier (dates45)
        out = referred_holidays.referred_holidays(text, low, out, D, find_dates)
    return out


def _fiscal_labels(text: str, out: list[DateMention], D: date | None) -> list[DateMention]:
    """Compact fiscal labels whose sentence names no owner (``fiscal_label_readings``)."""
    def tense(pos: int, end: int) -> str:
        return "future" if _future_before(text, pos, end) else ""
    return fiscal_label_readings.fiscal_label_readings(
        text, out, D, tense, lambda dm, a, b, readings: replace(
            dm, start_date=a, end_date=b, readings=readings))


def _apostrophe_decades(text: str, low: str, out: list[DateMention], D: date | None
                        ) -> list[DateMention]:
    """"the 90's": the decade (``date_forms.apostrophe_decades``), unless a mention already
    covers its words."""
    new = [DateMention(s, e, text[s:e], a, b, None, True, "period", gran)
           for s, e, a, b, gran in date_forms.apostrophe_decades(low, D)
           if not any(dm.start < e and s < dm.end for dm in out)]
    return sorted(out + new, key=lambda d: d.start) if new else out


def _legal_terms(text: str, low: str, out: list[DateMention], D: date | None
                 ) -> list[DateMention]:
    """The courts' terms and Parliament's recesses (``legal_terms``)."""
    def tense(pos: int, end: int) -> str:
        if _future_before(text, pos, end):
            return "future"
        return "" if _present_tense(text, pos, end) else "past"
    return legal_terms.legal_terms(
        text, low, out, D, tense,
        lambda s, e, words, a, b, gran, readings=(): DateMention(
            s, e, words, a, b, None, D is not None, "period" if a else "void",
            gran if a else None, readings=readings))


# "since then", "since that day": a span back to the day written just before it ("On
# February 2 the count stood at 387,060, so Russia has lost 20,180 soldiers since then")
_SINCE_THEN = re.compile(r"(?i)\bsince[ \u00a0]+(?:then|that[ \u00a0]+(?:day|date|report))\b")
SINCE_THEN_BACK = 300    # characters back the day "then" refers to may stand


def _since_then_spans(text: str, low: str, out: list[DateMention], D: date
                      ) -> list[DateMention]:
    """"since then" after a single past day written up to ``SINCE_THEN_BACK`` characters
    before it, with no paragraph break or other date between: the span from that day to
    publication, kind "since", as "since February 2" is. Other "since then" are left."""
    added: list[DateMention] = []
    for m in key_matches(_SINCE_THEN, text, low, ("since",)):
        day = next((dm for dm in reversed(out) if dm.end <= m.start()), None)
        if day is None or day.kind != "date" or day.start_date is None or \
                day.start_date != day.end_date or day.start_date >= D or \
                m.start() - day.end > SINCE_THEN_BACK or "\n\n" in text[day.end:m.start()] or \
                any(d.start < m.end() and m.start() < d.end for d in out):
            continue
        added.append(DateMention(m.start(), m.end(), m.group(0), day.start_date, D, None, True,
                                 "since", "day"))
    return sorted(out + added, key=lambda d: d.start) if added else out


# what opens a span from a day with no end written ("From Monday, Merseyrail runs ...",
# "Starting Monday, 14 June", "with effect from 1 April")
# ("beginning" only before "on"/"from": "the week beginning 3 March" is a week)
# (one pattern per word, each opening with its own letters, which the search finds at C speed:
# one alternation of them tests a class of first letters at every position, twice the cost;
# only whether any of them stands is asked, ``_onward_any``)
_ONWARD_ANY = tuple(re.compile(rf"{w}(?<!\w{w})\b") for w in (
    "from", "starting", "effective", "commencing", "beginning", "effect", "force"))


def _onward_any(low: str) -> bool:
    """Whether one of ``_ONWARD_ANY``'s words stands in ``low`` as a word's end."""
    return any(rx.search(low) is not None for rx in _ONWARD_ANY)
_ONWARD_BEFORE = re.compile(
    r"(?i)(?:\b(?P<sure>starting(?:[ \u00a0]+(?:from|on))?|with[ \u00a0]+effect[ \u00a0]+from|"
    r"as[ \u00a0]+from|effective(?:[ \u00a0]+from)?|commencing(?:[ \u00a0]+on)?|"
    r"beginning[ \u00a0]+(?:from|on)|(?:taking|coming)"
    r"[ \u00a0]+(?:effect|into[ \u00a0]+(?:force|effect))[ \u00a0]+(?:from|on))|"
    r"(?:(?<!\S)(?P<w>\S+)[ \u00a0]+)?\b(?P<from>from))[ \u00a0]+$")
# the last letter of every word _ONWARD_BEFORE ends with ("from", "starting", "on",
# "effective"), in both cases: no other character matches one of them case-insensitively
# ("beginning on", "taking effect from" end in them too)
_ONWARD_LAST = frozenset("mMgGnNeE")
# ... and those words (lower case)
_ONWARD_WORDS = frozenset({"from", "starting", "on", "effective", "commencing"})


def _onward_before(text: str, a: int) -> re.Match[str] | None:
    """``_ONWARD_BEFORE`` in the 40 characters before ``a``, searched only when the character
    before the spaces that end them is the last letter of one of its words (a search with
    "$" at the end tries every position of the window; most dates have no such word)."""
    j = a - 1 if text[a - 1:a] == "\n" else a     # ("$" also stands before a final line break)
    k = j
    while k > 0 and text[k - 1] in " \u00a0":
        k -= 1
    if k == j or k == 0 or text[k - 1] not in _ONWARD_LAST:
        return None
    # the whole word there (what "\\b" bounds): in ASCII it must be one of the words the
    # pattern ends with ("in", "then", "the" end in the same letters)
    i = k - 1
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    w = text[i:k]
    if w.isascii() and w.lower() not in _ONWARD_WORDS:
        return None
    return _ONWARD_BEFORE.search(text, max(0, a - 40), a)


# an end after the day: "from Monday to Friday", "from Monday until 4 April" (not "until
# further notice"), "from 13 December into the new year", or the day as a base: "up from
# Monday's 5,000"
_ONWARD_ENDS = re.compile(r"(?i)[ \u00a0]*(?:['’]s\b|[-–]|(?:to|till|through|thru|and|into)\b|"
                          r"until\b(?![ \u00a0]+further[ \u00a0]+notice))")


# "in the 12 months since the cap was introduced", "over the three years since": the units
# named, up to publication, in a sentence with a present perfect ("Prices have risen 8% in the
# 12 months since ..."); in past copy the event's day is unknown, so no period is read
_UNITS_SINCE = re.compile(
    ci_word_alternation(["in", "over", "during", "for", "across"]) +
    r"(?i:[ \u00a0]+the[ \u00a0]+(?:(?:past|last)[ \u00a0]+)?"
    r"(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|"
    r"twenty|thirty|forty|fifty|sixty)[ \u00a0]+(?P<u>days|weeks|months|years|decades)[ \u00a0]+"
    r"since\b)")


def _units_since(text: str, out: list[DateMention], D: date) -> list[DateMention]:
    """``_UNITS_SINCE`` in a sentence with a present perfect: the window of that many units
    ending at publication (kind "window", as "the past 12 months" is read)."""
    added = []
    for m in _UNITS_SINCE.finditer(text):
        a, b = _sentence_span(text, m.start(), m.end())
        if any(d.start < m.end() and m.start() < d.end for d in out) or \
                _PERFECT.search(text, a, b) is None:
            continue
        n, unit = _num(m.group("n")), m.group("u").lower().rstrip("s")
        sd = D - (timedelta(days=n) if unit == "day" else _PAST_STEP[unit](n))
        added.append(DateMention(m.start(), m.end(), m.group(), sd, D - timedelta(days=1),
                                 None, True, "window", "day"))
    return sorted(out + added, key=lambda d: d.start) if added else out


# "Changes from 15 December add 1,000 weekly services", "The timetable changes from Sunday
# mean ...": "changes" as a noun (the sentence's first word, or after a determiner or the noun
# it qualifies) is no base of a change ("little change from Monday")
_CHANGES_NOUN = re.compile(r"(?i)(?:^|[.!?:\n][ \u00a0\n]*|\b(?:the|these|its|their|timetable|"
                           r"fare|service|price|rule|tax|tariff|benefit|schedule)[ \u00a0]+)"
                           r"changes[ \u00a0]+$")


def _open_spans(text: str, out: list[DateMention], D: date | None = None) -> list[DateMention]:
    """A day that opens a span with no end in a sentence that is not past ("From Monday,
    Merseyrail runs a train every 30 minutes until further notice", "Starting Monday, 14 June
    2004, a train leaves every 3.5 minutes", "Transport for Wales runs a Sunday service from
    Monday"): kind "onward", from that day with no end (``end_date`` None), not the day
    alone; not after a change or a noun the day is a source or base of (dates.yaml
    ``onward_not_after``: "figures from Monday") nor after a figure compared with it
    (``_base_figure_before``: "up 3% from Monday"), but after a change's amount or new level
    ("Regulated fares will rise by up to 4.9% from 3 March", "goes up by £1.02 to £11.44 from
    1 April"). A weekday read two ways opens on the coming one (a schedule's), the last kept
    as ``other``; a day of a month read two ways keeps the nearer first."""
    for i, dm in enumerate(out):
        if dm.kind != "date" or dm.start_date is None or dm.start_date != dm.end_date:
            continue
        m = _onward_before(text, dm.start)
        if m is None or _ONWARD_ENDS.match(text, dm.end):
            continue
        announced = m.group("from") is not None and _announced_before(text, m.start("from"))
        if not announced and not _present_tense(text, dm.start, dm.end) and \
                _decision_rx().search(text, _sentence_span(text, dm.start, dm.end)[0],
                                      dm.start) is None:
            # (a past decision to change states a plan: "MPs voted to cut the levy by 2p
            # from 1 July"; so does a change announced: "has announced a 7% cut from 1 July")
            continue
        if announced and D is not None and dm.relative and dm.weekday is None:
            dm = _nearer_day(dm, D)
        w = (m.group("w") or "").lower().strip(",;:")
        if m.group("from") and (w in _onward_not_after() and not (
                w == "changes" and _CHANGES_NOUN.search(
                    text[max(0, m.start("from") - 40):m.start("from")]) is not None) or
                                any(ch.isdigit() or ch == "%" for ch in w)
                                and _base_figure_before(text, m.start("from"))):
            continue
        start, other = dm.start_date, dm.other
        if other is not None and other > start and dm.weekday is not None:
            start, other = other, start
        out[i] = DateMention(dm.start, dm.end, dm.text, start, None, dm.weekday, dm.relative,
                             "onward", "day", dm.ambiguous, other)
    return out


def _nearer_day(dm: DateMention, D: date) -> DateMention:
    """A day of a month with no year read as the nearer to publication of the last such day
    and the coming one, the other kept as ``other`` (a change announced: "has announced a 7%
    cut in the cap from 1 July", whose sentence tense dates the announcement, not the day)."""
    d = dm.start_date
    assert d is not None
    last = next((x for y in (D.year, D.year - 1, D.year - 4) if (x := _safe(y, d.month, d.day))
                 and x <= D), None)
    coming = next((x for y in (D.year, D.year + 1, D.year + 4)
                   if (x := _safe(y, d.month, d.day)) and x >= D), None)
    if last is None or coming is None:
        return dm
    pick, other = (coming, last) if (coming - D).days <= (D - last).days else (last, coming)
    return DateMention(dm.start, dm.end, dm.text, pick, pick, None, True, "date", "day",
                       dm.ambiguous, None if pick == other else other)


# words of a figure before "from <day>": its digits and what qualifies it ("by up to 4.9%",
# "by as much as 5.9%", "by £1.02 to £11.44", "10 per cent", "£11.44 an hour")
_FIGURE_WORDS = frozenset(("by", "to", "as", "much", "about", "around", "nearly", "almost",
                           "roughly", "some", "per", "cent", "percent", "pence", "a", "an",
                           "year", "hour", "week", "month", "day", "points", "point"))
# "go up 4.9% from 3 March": "up" or "down" after these is a verb's, no "up 3% from Monday"
_PARTICLE_VERBS = frozenset(("go", "goes", "going", "gone", "went", "put", "puts", "putting",
                             "push", "pushes", "pushing", "move", "moves", "moving"))


def _base_figure_before(text: str, at: int) -> bool:
    """Whether the figure right before "from" at ``at`` is compared with the day after it
    ("Shares are up 3% from Monday", dates.yaml ``onward_base_before_figure``) rather than a
    change's amount or new level that holds from that day ("Fares will rise by up to 4.9% from
    3 March"): the word before the figure and its qualifiers decides, "up"/"down" after "go",
    "put"... being a verb's."""
    toks = text[max(0, at - 80):at].lower().replace("\u00a0", " ").split()
    k = len(toks)
    while k and (any(ch.isdigit() for ch in toks[k - 1]) or toks[k - 1] in _FIGURE_WORDS or
                 toks[k - 1] == "up" and k < len(toks) and toks[k] == "to"):
        k -= 1
    if k == len(toks):
        return True
    w2 = toks[k - 1].strip(",;:") if k else ""
    if w2 in ("up", "down") and k > 1 and toks[k - 2] in _PARTICLE_VERBS:
        return False
    return not w2 or w2 in _onward_base() or not w2.isalpha()


@lru_cache(maxsize=1)
def _onward_base() -> frozenset[str]:
    return frozenset(str(w).lower() for w in
                     vocab.load("dates.yaml").get("onward_base_before_figure") or [])


@lru_cache(maxsize=1)
def _onward_not_after() -> frozenset[str]:
    return frozenset(str(w).lower() for w in vocab.load("dates.yaml").get("onward_not_after")
                     or [])


# "In 2000 Britain won 28 medals": a year after "in" with a capitalised name right after it,
# which the core grammar (read in lower case) leaves for a count of that name
# (it opens with its words, each then looking behind for the word boundary, so the search
# jumps between their first letters instead of trying the pattern at every position)
_YEAR_BEFORE_NAME = re.compile(r"(?:In|in|During|during|Over|Throughout|throughout)"
                               r"(?<!\w[Ii]n)(?<!\w[Dd]uring)"
                               r"[ \u00a0]+((?:19|20)\d\d)[ \u00a0]+"
                               r"(?=(?:the[ \u00a0]+)?[A-Z][a-z]+\b(?![ \u00a0]*(?:Guineas|Club)\b))")


# the words before such a year: "in", "during" and "throughout" in any case; "over" only
# opening a sentence ("Over 2025 Russia lost ...": lower-case, "rose 3% over 2024 Toyota's"
# compares with the year)
_YEAR_NAME_PREPS = frozenset(("in", "during", "over", "throughout"))


def _years_before_names(text: str, ws: Words, cand: list[int]) -> list[DateMention]:
    """Years the core grammar leaves after "in" when a name follows (``_YEAR_BEFORE_NAME``).
    The pattern is tried only where a year word of the candidates ``cand`` follows a word of
    ``_YEAR_NAME_PREPS`` (each match opens there: the words are ``ws``, with the text's
    offsets), not searched for through the text, where every "in" inside a word stopped the scan. (A
    word of two or three digits may be a year whose last digits are no ASCII ones, which
    the pattern reads as digits and the words leave out.)"""
    W, S = ws.words, ws.starts
    out = []
    for m in (_YEAR_BEFORE_NAME.match(text, S[i - 1]) for i in cand
              if len(W[i]) <= 4 and W[i][:2] in ("19", "20") and i
              and W[i - 1] in _YEAR_NAME_PREPS):
        if m is None:
            continue
        y = int(m.group(1))
        s, e = m.start(), m.end(1)
        out.append(DateMention(s, e, text[s:e], date(y, 1, 1), date(y, 12, 31), None, False,
                               "year", _GRAN.get("year")))
    return out


# "on January 18 and 19": the next day's number after a month and day, then the clause goes
# on (a stop, a year, a preposition), not a count ("on March 3 and 4 people were hurt")
_AND_NEXT_DAY = re.compile(r"[ \u00a0]+and[ \u00a0]+([0-3]?\d)(?:st|nd|rd|th)?"
                           r"(?:,?[ \u00a0]+((?:1[89]|20)\d\d)(?![\d,]\d))?"
                           r"(?=[ \u00a0]*(?:[.,;:)!?]|$)|[ \u00a0]+"
                           r"(?:in|at|on|when|as|during|from|across|with|after|before)\b)")


# "for 9 days from Saturday", "for two weeks from Monday": a span of days opening on a day
_DAYS_FROM = re.compile(r"(?i)\bfor[ \u00a0]+(\d{1,2}|[a-z]+)[ \u00a0]+(days|weeks)[ \u00a0]+from"
                        r"[ \u00a0]+$")


def _days_from(text: str, out: list[DateMention]) -> list[DateMention]:
    """A single day after "for N days (weeks) from" is the first of the N days ("closes for
    9 days from Saturday": Saturday and the eight days after it)."""
    for i, dm in enumerate(out):
        if dm.start_date is None or dm.start_date != dm.end_date:
            continue
        m = _DAYS_FROM.search(text, max(0, dm.start - 40), dm.start)
        if m is None or (i and out[i - 1].end > m.start()):
            continue
        w = m.group(1).lower()
        n = int(w) if w.isdigit() else _NUM_WORDS.get(w)
        if not n:
            continue
        n *= 7 if m.group(2).lower() == "weeks" else 1
        start, other = dm.start_date, dm.other
        if other is not None and other > start:
            # a present-tense span from a weekday ("Buses replace trains for three days from
            # Friday") is a schedule's: it opens on the coming one, the last one a reading
            start, other = other, start
        out = [*out[:i], DateMention(m.start(), dm.end, text[m.start():dm.end], start,
                                     start + timedelta(days=n - 1), None, dm.relative,
                                     "period", "day", other=other), *out[i + 1:]]
    return out


def _weekday_pairs(text: str, out: list[DateMention]) -> list[DateMention]:
    """A weekday after "and" and the weekday before it ("Monday and Tuesday will bring 30mm of
    rain"): the day after the first one read, whose tense the pair shares, not a day read on
    its own (the second, away from the sentence's start and its future verb, would be last
    week's)."""
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.weekday is None or b.weekday is None or a.start_date is None or \
                a.start_date != a.end_date or b.start_date != b.end_date or \
                text[a.end:b.start].strip().lower() != "and" or \
                _WEEKDAY_INDEX.get(b.weekday) != (_WEEKDAY_INDEX.get(a.weekday, -2) + 1) % 7:
            continue
        d = a.start_date + timedelta(days=1)
        if b.start_date != d:
            out[i] = replace(b, start_date=d, end_date=d, other=None)
    return out


# a weekday and a day of the month the next date's month is written after: "on Saturday 15
# and Sunday 16 March", "from Friday 7 to Sunday 9 November"
_WEEKDAY_DAY_BEFORE = re.compile(
    r"(?i)\b(?P<o>(?:on|from|between)[ \u00a0]+)?(?P<w>monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday),?[ \u00a0]+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:[ \u00a0]+(?P<j>and|to|"
    r"until|till|through)[ \u00a0]+|[ \u00a0]*[-–—][ \u00a0]*)$")   # ("Friday 18 - Monday 21 April")


def _weekday_day_spans(text: str, out: list[DateMention]) -> list[DateMention]:
    """"Saturday 15 and Sunday 16 March": a weekday and a day number joined to a weekday's date
    of that month are one span of days, when the first weekday is that day's ("on Saturday 15"
    alone would be read as the coming Saturday, its number dropped); joined by "and", only two
    days that follow each other, else the first is its own day ("Saturday 8 and Saturday 15
    March")."""
    for i, b in enumerate(out):
        if b.weekday is None or b.start_date is None or b.start_date != b.end_date or \
                not any(ch.isdigit() for ch in b.text):
            continue
        m = _WEEKDAY_DAY_BEFORE.search(text, max(0, b.start - 40), b.start)
        j = (m.group("j") or "-").lower() if m is not None else ""
        if m is None or j != "-" and (j == "and") != (
                (m.group("o") or "on").strip().lower() in ("on", "between")):
            continue
        try:
            first = b.start_date.replace(day=int(m.group("d")))
        except ValueError:
            continue
        if first >= b.start_date or first.weekday() != _WEEKDAY_INDEX[m.group("w").lower()]:
            continue
        keep = [dm for dm in out[:i] if dm.end <= m.start()]
        if j == "and" and (b.start_date - first).days != 1:
            # ("Saturday 8 and Saturday 15 March": two days, no span)
            day = DateMention(m.start("w"), m.end("d"), text[m.start("w"):m.end("d")], first,
                              first, m.group("w").lower(), b.relative, "date", "day")
            return keep + [day, b] + _weekday_day_spans(text, out[i + 1:])
        span = DateMention(m.start("w"), b.end, text[m.start("w"):b.end], first, b.end_date,
                           None, b.relative, "period", "day")
        return keep + [span] + _weekday_day_spans(text, out[i + 1:])
    return out


# "the 40th anniversary of (the) 1984 strike": the year the event was, counted on
_ANNIVERSARY_OF = re.compile(r"(?i)\b(?P<n>\d{1,3})(?:st|nd|rd|th)[ \u00a0]+anniversary[ \u00a0]+"
                             r"of[ \u00a0]+(?:the[ \u00a0]+)?$")


def _anniversary_years(text: str, out: list[DateMention]) -> list[DateMention]:
    """A year after "the 40th anniversary of" ("Some 5,000 marched on the 40th anniversary of
    the 1984 strike") is the event's, not the figure's: the year of the anniversary is the
    event's year and the count (1984 + 40 = 2024), a year mention in its place. The year may
    stand as an adjective no other reader takes for one ("the 80th anniversary of the 1944
    landings", "of its 1876 founding": ``_anniversary_adjectives``)."""
    for i, dm in enumerate(out):
        if dm.kind != "year" or dm.start_date is None or dm.end_date is None:
            continue
        m = _ANNIVERSARY_OF.search(text, max(0, dm.start - 40), _year_digits_at(text, dm))
        if m is None:
            continue
        y = dm.start_date.year + int(m.group("n"))
        out[i] = DateMention(m.start(), dm.end, text[m.start():dm.end], date(y, 1, 1),
                             date(y, 12, 31), None, dm.relative, "year", "year")
    return _anniversary_adjectives(text, out)


# "the 80th anniversary of the 1944 landings", "of its 1876 founding": a year before a noun
_ANNIVERSARY_YEAR = re.compile(r"(?i)\b(?P<n>\d{1,3})(?:st|nd|rd|th)[ \u00a0]+anniversary[ \u00a0]+"
                               r"of[ \u00a0]+(?:(?:the|its|his|her|their|our|this|that)[ \u00a0]+)?"
                               r"(?P<y>1[0-9]\d\d|20\d\d)(?![\d,.]\d)\b")


def _anniversary_adjectives(text: str, out: list[DateMention]) -> list[DateMention]:
    """A year written as an adjective after "the Nth anniversary of" ("the 1944 landings"),
    which the grammar leaves as a count of landings: the anniversary's year (1944 + 80), a
    year mention over the phrase, so that the year is no figure to check."""
    added = []
    for m in _ANNIVERSARY_YEAR.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in out):
            continue
        y = int(m.group("y")) + int(m.group("n"))
        added.append(DateMention(m.start(), m.end(), m.group(0), date(y, 1, 1), date(y, 12, 31),
                                 None, False, "year", "year"))
    return sorted(out + added, key=lambda d: d.start) if added else out


def _year_digits_at(text: str, dm: DateMention) -> int:
    """Where the four digits of a year mention begin (its text may open with "of the")."""
    m = re.search(r"\d{4}", text[dm.start:dm.end])
    return dm.start + m.start() if m else dm.start


def _next_day_pairs(text: str, out: list[DateMention]) -> list[DateMention]:
    """A month and day followed by "and" and the next day's number ("on January 18 and 19",
    "February 27 and 28, 2023": the year written after them is theirs) is the two days, as
    "January 18-19" is."""
    for i, dm in enumerate(out):
        if dm.kind != "date" or dm.start_date is None or dm.start_date != dm.end_date or \
                not dm.text[-1:].isdigit():
            continue
        m = _AND_NEXT_DAY.match(text, dm.end)
        if m is None or int(m.group(1)) != dm.start_date.day + 1 or \
                (i + 1 < len(out) and out[i + 1].start < m.end()):
            continue
        a = dm.start_date if m.group(2) is None else \
            _safe(int(m.group(2)), dm.start_date.month, dm.start_date.day)
        if a is None:
            continue
        out = [*out[:i], DateMention(dm.start, m.end(), text[dm.start:m.end()], a,
                                     a + timedelta(days=1), None,
                                     dm.relative and m.group(2) is None, "period", "day"),
               *out[i + 1:]]
    return out


# a month with its year glued on ("July-Dec2023", "Sept2024"), as tables and headlines write it
# (the year digits first and the letter looked behind for: a search that jumps between "1"s
# and "2"s, not one tried at every letter)
_GLUED_YEAR = re.compile(r"(?:1[89]|20)(?<=[a-z]..)\d\d(?![\d])")
# the same in two patterns, one a century each: each opens with a literal ("1", "20"), which
# the engine skips to faster than to either of the class [12] (found where either finds one)
_GLUED_YEARS = (re.compile(r"1[89](?<=[a-z]..)\d\d(?![\d])"),
                re.compile(r"20(?<=[a-z]..)\d\d(?![\d])"))


def _unglued(g: _DateGrammar, ws: Words) -> Words:
    """The words with a month name and a year written together ("dec2023") as two words, so
    that the grammar reads "July-Dec2023" as it reads "July-Dec 2023" (its patterns allow no
    space there too). Only a whole month name: "covid19", "fy2024" and codes stay one word."""
    starts, ends, toks = list(ws.starts), list(ws.ends), list(ws.words)
    i = len(toks) - 1
    while i >= 0:
        w = toks[i]
        k = len(w) - 4
        if k >= 3 and w[k:].isdigit() and w[k:k + 2] in ("18", "19", "20") and \
                w[:k] in g.months:
            s = starts[i]
            starts[i:i + 1] = [s, s + k]
            ends[i:i + 1] = [s + k, ends[i]]
            toks[i:i + 1] = [w[:k], w[k:]]
        i -= 1
    return Words(ws.low, starts, ends, toks)


_LIST_COMMA = re.compile(r",[ \u00a0]+")
_RESPECTIVELY = re.compile(r"[^.;]{0,40}\brespectively\b", re.I)


def _month_lists(text: str, out: list[DateMention]) -> list[DateMention]:
    """Consecutive months listed with commas are one span: "in March, April and May" (its
    "April and May" is read as a span already) is spring, "January, February and March" the
    first quarter. A list that pairs its months with figures one by one ("2%, 3% and 4% in
    March, April and May respectively") is left as it is."""
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        if a.granularity == "month" and b.granularity == "month" and a.end_date and \
                b.start_date and b.start_date == a.end_date + timedelta(days=1) and \
                _LIST_COMMA.fullmatch(text, a.end, b.start) and \
                _RESPECTIVELY.match(text, b.end) is None:
            out = [*out[:i], DateMention(a.start, b.end, text[a.start:b.end], a.start_date,
                                         b.end_date, None, a.relative or b.relative, "period",
                                         "month"), *out[i + 2:]]
            continue
        i += 1
    return out


def _trading_sessions(g: _DateGrammar, text: str, low: str, out: list[DateMention], D: date
                      ) -> list[DateMention]:
    """"Shares fell 4% in early trading": the session of the publication day (dates.yaml
    ``trading_sessions``), unless a date follows at once ("in early trading on Monday"), which
    names the session's day itself."""
    found = []
    for m in g.session.finditer(low):
        if any(0 <= d.start - m.end() <= 25 for d in out):
            continue
        found.append(DateMention(m.start(), m.end(), text[m.start():m.end()], D, D, None, True,
                                 "date", "day"))
    for m in g.prev_session.finditer(low):
        # "had gained 254 points in the previous trading session", written on a Monday: the
        # Friday (the latest weekday before publication; a market holiday is not known here)
        day = rrule(DAILY, byweekday=(MO, TU, WE, TH, FR), dtstart=D - timedelta(days=7),
                    until=D - timedelta(days=1))[-1].date()
        found.append(DateMention(m.start(), m.end(), text[m.start():m.end()], day, day, None,
                                 True, "date", "day"))
    return found


# a month that opens a sentence as its subject: "March was the deadliest month", "June saw
# 4,200 calls", "April brought 180 mm". "May" only before a verb that a name or the modal
# cannot take ("May saw", not "May said" or "May rise")
_SUBJECT_VERBS = frozenset("""was saw brought had has is recorded proved marked ended began
became delivered produced posted set will cost""".split())
# an adverb that may stand between the month and its verb ("April also cost Russia 75 tanks")
_SUBJECT_ADVERBS = frozenset("also alone".split())
_MAY_SUBJECT_VERBS = frozenset("saw brought proved marked ended began delivered produced".split())
_FULL_MONTHS = frozenset("""january february march april may june july august september october
november december""".split())


def _month_subjects(g: _DateGrammar, text: str, ws: Words, cand: list[int], D: date | None
                    ) -> list[DateMention]:
    """Months named alone at the start of a sentence, before a verb: the month nearest
    publication (the coming one in future copy: "June will see ...")."""
    out: list[DateMention] = []
    W, S, E = ws.words, ws.starts, ws.ends
    for i in cand:
        w = W[i]
        if w not in _FULL_MONTHS or i + 1 >= len(W) or D is None:
            continue
        s = S[i]
        v = i + 2 if W[i + 1] in _SUBJECT_ADVERBS and i + 2 < len(W) and w != "may" and \
            text[E[i + 1]:S[i + 2]] in (" ", "\u00a0") else i + 1
        if not text[s].isupper() or W[v] not in (
                _MAY_SUBJECT_VERBS if w == "may" else _SUBJECT_VERBS) or \
                text[E[i]:S[i + 1]] not in (" ", "\u00a0"):
            continue
        k = s - 1
        while k >= 0 and text[k] in " \t\u00a0\"'“‘*_#-":
            k -= 1
        if k >= 0 and text[k] not in ".!?\n:":
            continue
        month = g.months[w]
        y = _year_for(month, None, D, W[v] == "will" or _future_before(text, s, E[i]))
        if y is None:
            continue
        out.append(DateMention(s, E[i], text[s:E[i]], date(y, month, 1), _month_end(y, month),
                               None, True, "month", "month"))
    return out


# "October saw 12,740 ..., September 11,180 and June just 5,100", "June saw 359 and September
# 291": a month after "," or "and" right before a figure that cannot be its day or year (three
# digits, or digits grouped in thousands), with a qualifier or none between: the gapped clause
# of a list whose first month is written with its verb ("Month saw N") or "in Month"
_GAPPED_MONTH = re.compile(
    r"(?:,|\band)[ \u00a0]+(?P<m>January|February|March|April|May|June|July|August|September|"
    r"October|November|December)[ \u00a0]+(?:(?:just|only|about|around|nearly|almost|roughly|"
    r"some|over)[ \u00a0]+)?(?:\d{1,3}(?:,\d{3})+|\d{3})(?!\d|[.,]\d)")
_GAPPED_HEAD = re.compile(
    r"(?:\b(?:in|In)[ \u00a0]+|(?:^|[.!?:\n][ \u00a0\"'“]*))(?:January|February|March|April|"
    r"May|June|July|August|September|October|November|December)\b(?![ \u00a0]+\d{1,2}\b)")


def _gapped_at(text: str, ws: Words, cand: list[int]) -> Iterator[re.Match[str]]:
    """``_GAPPED_MONTH``'s matches, tried only at the "," or "and" before a month's name (the
    word list's), not at every comma of the text. ``cand`` are the word indexes of
    ``_candidates``: every month's name is among them (an anchor word), and they are a few of
    the text's words."""
    W, S = ws.words, ws.starts
    for i in [i for i in cand if W[i] in _FULL_MONTHS]:
        s = k = S[i]
        while k > 0 and text[k - 1] in " \u00a0":
            k -= 1
        st = k - 1 if text[k - 1:k] == "," else k - 3 if text[k - 3:k] == "and" else -1
        if k == s or st < 0:
            continue
        m = _GAPPED_MONTH.match(text, st)
        if m is not None and m.start("m") == s:
            yield m



def _gapped_months(g: _DateGrammar, text: str, D: date, ws: Words, cand: list[int]
                   ) -> list[DateMention]:
    """Months that date a figure in a gapped list clause ("..., September 11,180 and June just
    5,100"): only when the sentence named a month before as its subject or after "in" (the
    clause the gapped ones repeat), the month nearest publication."""
    out: list[DateMention] = []
    for m in _gapped_at(text, ws, cand):
        s = m.start("m")
        stop = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s), 0)
        if _GAPPED_HEAD.search(text, stop, s) is None:
            continue
        month = g.months[m.group("m").lower()]
        y = _year_for(month, None, D, False)
        if y is None:
            continue
        e = m.end("m")
        out.append(DateMention(s, e, text[s:e], date(y, month, 1), _month_end(y, month), None,
                               True, "month", "month"))
    return out


def _forms(text: str, ws: Words, D: date | None, order: str, cand: list[int]
           ) -> list[DateMention]:
    """The date_forms recognisers' mentions."""
    def future_at(pos: int, end: int | None = None) -> bool:
        return _future_before(text, pos, end)
    future_at.present = lambda pos, end: _present_tense(text, pos, end)  # type: ignore[attr-defined]
    low = ws.low
    found = date_forms.numeric_dates(text, low, D, order, future_at).items
    at = date_forms.anchors(ws.words, ws.starts, ws.ends, text, cand)
    for rec, where in zip(date_forms.RECOGNISERS, at):
        if where:
            found += rec(text, low, D, future_at, where).items
    return [DateMention(s, e, text[s:e], sd, ed, None, True, k, gran, amb)
            for s, e, sd, ed, gran, k, amb in found]


def _merge_forms(core: list[DateMention], forms: list[DateMention]) -> list[DateMention]:
    """A form replaces the core mentions it overlaps when it is at least as long as each of
    them; void dates (core or form) are dropped once they have hidden what they overlap."""
    if forms:
        # core mentions are in text order and do not overlap, so one pass with a pointer
        # finds those a form overlaps (a scan of all of them per form was quadratic)
        core.sort(key=lambda d: d.start)
        forms.sort(key=lambda d: (d.start, -(d.end - d.start)))
        kept_forms: list[DateMention] = []
        j = 0
        for f in forms:
            if kept_forms and f.start < kept_forms[-1].end:
                continue        # overlapping forms: the first, longest one
            while j < len(core) and core[j].end <= f.start:
                j += 1
            k, ok = j, True
            while k < len(core) and core[k].start < f.end:
                if core[k].end > f.start and f.end - f.start < core[k].end - core[k].start:
                    ok = False
                    break
                k += 1
            if ok:
                kept_forms.append(f)
        rest: list[DateMention] = []
        j = 0
        for d in core:
            while j < len(kept_forms) and kept_forms[j].end <= d.start:
                j += 1
            if not (j < len(kept_forms) and kept_forms[j].start < d.end):
                rest.append(d)
        core = sorted(rest + kept_forms, key=lambda d: d.start)
    return [d for d in core if d.kind != "void"]


def _after_connector(low: str, st: int) -> bool:
    """Whether a connector (to, ending, ended, through, on) stands right before ``st`` (its
    last letter is looked at first), or one and a time of day ("to 6am on Monday")."""
    if st < 3:
        return False
    if low[st - 2] in "ogdhne" and low[max(0, st - 12):st].rstrip().endswith(_CONNECTOR_ENDS):
        return True
    return low[st - 2] in "m.tn" and _CONNECTOR_TIME.search(low, max(0, st - 28), st) is not None


# "the final day of May", "the first day of March 2020": one day of the month the words name
_DAY_OF = re.compile(r"\bthe[ \u00a0]+(?P<w>first|last|final|opening|closing)[ \u00a0]+day"
                     r"[ \u00a0]+(?=of\b)")


def _day_of_month(text: str, dm: DateMention, dd: re.Match[str]) -> DateMention:
    """The first or last day of the month ``dm`` names, the words before it included."""
    day = dm.start_date if dd.group("w") in ("first", "opening") else dm.end_date
    return DateMention(dd.start(), dm.end, text[dd.start():dm.end], day, day, dm.weekday,
                       dm.relative, "date", "day")


def _post(g: _DateGrammar, text: str, low: str, out: list[DateMention], D: date | None
          ) -> list[DateMention]:
    """Spans ending on a date ("the week to 15 December") and running scopes from one
    ("since late January"): only dates after a connector or with "since" before them are
    looked at."""
    has_since = low.find("since") >= 0
    for i, dm in enumerate(out):
        k = dm.kind
        st = dm.start
        if k == "date" or k == "part" and low.startswith(("the end of", "end-"), st):
            if _after_connector(low, st):
                dm = out[i] = _span_to(text, dm)
                k = dm.kind
            elif k == "date" and low[max(0, st - 16):st].rstrip().endswith(_WEEK_FROM_ENDS):
                dm = out[i] = _week_from(text, dm)
                k = dm.kind
        elif k == "month":
            dd = _DAY_OF.search(low, max(0, st - 27), st + 3) if low.startswith("of", st) or \
                low.startswith("of ", st - 3) else None
            if dd is not None:   # "on the final day of May": that day
                out[i] = _day_of_month(text, dm, dd)
                continue
            # "the year to November" (the connector is the month's own word), "the 12 months
            # to March 2022" (right before it)
            if low[st] in "te" and _CONNECTOR.match(dm.text) or _after_connector(low, st):
                dm = out[i] = _done_span_back(text, _span_to(text, dm), D)
                k = dm.kind
        elif k == "period" and dm.granularity == "month" and (
                low[max(0, st - 11):st] == "the end of " or low.startswith("last", st)
                and _after_connector(low, st)):
            # "the year to the end of last month", "the year to last month": a whole month
            # the span ends with
            out[i] = _span_to(text, dm)
            continue
        elif k == "period" and dm.granularity == "quarter" and _after_connector(low, st):
            out[i] = _span_to(text, dm)   # "the year to the June quarter"
            continue
        elif k in ("year", "period") and dm.granularity == "year" and \
                _after_connector(low, st) and (years := _years_to(text, dm)) is not None:
            out[i] = years   # "the three years to 2027/28"
        elif k in ("year", "period") and has_since:
            out[i] = _since_whole(text, dm, D)   # "since 2006-07", "since the start of ..."
            if out[i] is dm and low.find("since", max(0, st - 60), st) >= 0:
                out[i] = _since_event(text, dm, D)   # "since the act came into force in 2010"
            continue
        elif k not in ("part", "decade"):
            continue
        if has_since and k != "period" and low.find("since", max(0, st - 60), st) >= 0:
            out[i] = _since_event(text, dm, D)
    if has_since and D is not None:
        out = _since_dated_events(g, low, text, out, D)
        out = _since_last_report(low, text, out, D)
    if "half of" in low or "quarter of" in low:
        out = _part_of_period(text, low, out, D)
    if "l year " in low or "l year," in low:    # "whose financial year ends in March"
        out = fiscal_parts.stated_year_parts(text, low, out, D)
    if "month of" in low:
        out = _nth_month_of_year(text, low, out, D)
    if "month of" in low or "month in" in low:
        out = _month_ranked_in_year(text, low, out)
    if " year" in low and ("war" in low or "invasion" in low):
        out = _war_years(g, text, low, out)
    if "whole year" in low or "entire year" in low or "full year" in low or \
            "year as a whole" in low:
        out = _whole_year(text, low, out)
    out = _months_of_split_year(text, low, out)
    if len(out) > 1:
        out = _year_from_earlier_date(text, low, out)
    seasons = any(w in low for w in _SEASON_WORDS)
    if " term" in low or seasons and _TERM_SPLIT.search(low):
        out = _school_terms(text, low, out, D)
    if "following " in low or "subsequent " in low or " later" in low:
        out = _period_after(text, low, out)
    if (" before" in low or "previous " in low or "preceding " in low) and \
            (seasons or "campaign" in low):
        out = _season_before(text, low, out)
    if "period up to" in low or "period to" in low:
        out = _period_up_to(text, out)
    if "s beginning" in low or "s starting" in low or "s from" in low or "s commencing" in low:
        out = _units_from(text, low, out)
    if " so far" in low and D is not None:
        out = _unit_so_far(text, low, out, D)
    if "this year" in low and D is not None:
        out = _year_as_of(text, low, out, D)
    if "now " in low and D is not None:
        out = _from_now(text, low, out, D)
    if D is not None and ("the next " in low or "the coming " in low or " ahead" in low
                          or "recent " in low or "the upcoming " in low):
        out = _windows_ahead(text, low, out, D)
    if D is not None and "turn of the year" in low:
        out = _turn_of_year(text, low, out, D)
    if "end of" in low:
        out = _by_the_end(text, low, out, D)
    if D is not None and ("century" in low or "generation" in low):
        out = _far_horizons(text, low, out, D)
    if "same" in low or "equivalent" in low or "correspond" in low or "comparable" in low or \
            "r-ago" in low or "r ago" in low or "r-earlier" in low or "r-year" in low or \
            "r year" in low:
        out = _same_period_shifted(text, low, out, D)
    return _join_ranges(text, _longest(out), D)


# "the six months beginning July 2021", "the three years from 2019", "the two weeks starting
# 3 March": so many whole units counted from the start of the date written
_UNITS_FROM = re.compile(
    r"\bthe[ \u00a0]+(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"eighteen|twenty|thirty)[ \u00a0]+(?P<u>days|weeks|months|quarters|years)[ \u00a0]+"
    r"(?:(?:that|which)[ \u00a0]+)?(?:beginning|starting|commencing|from|began|started)"
    r"(?:[ \u00a0]+(?:in|on|with))?[ \u00a0]+$")
# ... the count alone, its connector the date's own first word ("from April", "starting
# April" are read as the month with their preposition)
_UNITS_HEAD = re.compile(
    r"(?i)\bthe[ \u00a0]+(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|eighteen|twenty|thirty)[ \u00a0]+(?P<u>days|weeks|months|quarters|years)[ \u00a0]+"
    r"(?:(?:that|which)[ \u00a0]+)?$")
_UNIT_CONNECTORS = ("from ", "starting ", "beginning ", "commencing ")
_UNIT_GRAN = {"days": "day", "weeks": "week", "months": "month", "quarters": "quarter",
              "years": "year"}


_UNITS_STEP: dict[str, Callable[[int], relativedelta]] = {
    "days": lambda n: relativedelta(days=n), "weeks": lambda n: relativedelta(weeks=n),
    "months": lambda n: relativedelta(months=n),
    "quarters": lambda n: relativedelta(months=3 * n), "years": lambda n: relativedelta(years=n)}


def _units_from(text: str, low: str, out: list[DateMention]) -> list[DateMention]:
    """A count of days, weeks, months, quarters or years counted from a date: "the six months
    beginning July 2021" is July to December 2021 (the whole span, not the first month)."""
    for i, dm in enumerate(out):
        if dm.start_date is None or dm.kind in ("since", "period"):
            continue   # a span written whole ("the 10 weeks from 28 October to 5 January")
        before = low[max(0, dm.start - 50):dm.start]
        if not any(u in before for u in _UNIT_GRAN):
            continue   # (both patterns need a unit's plural there: five substring tests cost
            # less than one search of the window)
        m = _UNITS_FROM.search(low, max(0, dm.start - 50), dm.start)
        if m is None and low.startswith(_UNIT_CONNECTORS, dm.start):
            m = _UNITS_HEAD.search(low, max(0, dm.start - 40), dm.start)
        if m is None:
            continue
        n, unit = _num(m.group("n")), m.group("u")
        if not 1 <= n <= 120:
            continue
        step = _UNITS_STEP[unit](n)
        out[i] = DateMention(m.start(), dm.end, text[m.start():dm.end], dm.start_date,
                             dm.start_date + step - timedelta(days=1), None, dm.relative,
                             "period", _UNIT_GRAN[unit])
    return out


# "the hottest day of the year so far", "the month so far": the unit of publication up to it
_UNIT_SO_FAR = re.compile(r"\bthe[ \u00a0]+(?P<u>year|month|week)[ \u00a0]+so[ \u00a0]+far\b")
# "month of " / "week of " right before "the year so far": a smaller unit's record window
_SMALLER_UNIT_OF = re.compile(r"\b(?:month|week)[ \u00a0]+of[ \u00a0]+$")


# "day of " right before "the year so far": a record day's window
_RECORD_DAY_OF = re.compile(r"\b(?:day|night)[ \u00a0]+of[ \u00a0]+$")


def _day_in_sentence(text: str, out: list[DateMention], pos: int, end: int) -> bool:
    """Whether a single day (a weekday, a date) stands in the sentence around ``pos..end``."""
    a, b = _sentence_span(text, pos, end)
    return any(a <= d.start and d.end <= b and d.start_date is not None
               and d.start_date == d.end_date and d.granularity == "day" for d in out)


def _unit_so_far(text: str, low: str, out: list[DateMention], D: date) -> list[DateMention]:
    """"The highest temperature of the year so far": as "so far this year", from the start
    of the year (month, week) of publication to publication."""
    found = []
    for m in _UNIT_SO_FAR.finditer(low):
        u = m.group("u")
        if _SMALLER_UNIT_OF.search(low, max(0, m.start() - 12), m.start()):
            continue    # "the costliest month of the year so far, with 38,940": a record's
            # window, the figure being the month's (named elsewhere), not the year's
        if _RECORD_DAY_OF.search(low, max(0, m.start() - 12), m.start()) and \
                _day_in_sentence(text, out, m.start(), m.end()):
            continue    # "its hottest day of the year so far on Monday, when Cardiff
            # reached 28.7C": the record's window; the figure is the day's, named with it
        sd = {"year": date(D.year, 1, 1), "month": date(D.year, D.month, 1),
              "week": D - timedelta(days=D.weekday())}[u]
        found.append(DateMention(m.start(), m.end(), text[m.start():m.end()], sd, D, None, True,
                                 "since", "day"))
    return _give_way(out, found)


# "This year, as of June 4, the count has passed 200,000": the year's days up to that date
_THIS_YEAR_AS_OF = re.compile(r"\bthis[ \u00a0]+year,?[ \u00a0]+(?:as[ \u00a0]+of|up[ \u00a0]+to|"
                              r"through|until)[ \u00a0]+")


# "between now and Christmas", "from now until 25 December": the span from publication to the
# day after it ("Christmas" alone, the day it ends on, is 25 December)
_FROM_NOW = re.compile(r"\b(?:between[ \u00a0]+now[ \u00a0]+and|from[ \u00a0]+now[ \u00a0]+"
                       r"(?:until|till|to|through))[ \u00a0]+(?P<xmas>(?:the[ \u00a0]+)?"
                       r"christmas\b(?![ \u00a0]+(?:day|eve|period|season|holidays?)\b))?")


def _from_now(text: str, low: str, out: list[DateMention], D: date) -> list[DateMention]:
    """"Toll expects to move 9 million items between now and Christmas": from publication to
    the day written after it (a day or the last day of a period not ended by publication), one
    span in place of that day."""
    found = []
    for m in key_matches(_FROM_NOW, low, low, ("between", "from")):
        if m.group("xmas"):
            # written between Christmas and the year's end: next year's ("between now and
            # Christmas" on 28 December)
            end = date(D.year + (D > date(D.year, 12, 25)), 12, 25)
            e = m.end()
        else:
            dm = next((d for d in out if d.start == m.end() and d.end_date is not None), None)
            if dm is None:
                continue
            end, e = dm.end_date, dm.end
        if end >= D:
            found.append(DateMention(m.start(), e, text[m.start():e], D, end, None, True,
                                     "period", "day"))
    return _give_way(out, found)


# "in the coming weeks", "over the next few months", "in the months ahead": a span from
# publication whose end the words leave open; "over the next two months", "across the next six
# to eight weeks", "in the next 24 hours": so many units from publication; "in recent weeks":
# the past few weeks (as "the past few weeks" is read, dates.yaml vague_counts)
_W = "[ \u00a0]+"
# (each pattern opens with a literal word, which the search finds at C speed; the preposition
# before it is looked for behind the match: ``_AHEAD_PREP``)
_AHEAD = re.compile(
    rf"the{_W}(?:(?:next|coming|upcoming){_W}(?:(?P<n>\d{{1,3}}|couple{_W}of|[a-z]+(?:-[a-z]+)?)"
    rf"(?:{_W}(?:to|or){_W}(?P<n2>\d{{1,3}}|[a-z]+(?:-[a-z]+)?))?{_W})?"
    rf"(?P<u>hours?|days?|weeks?|fortnights?|months?|years?)"
    rf"|(?P<u2>days|weeks|months|years){_W}ahead)\b")
_RECENT = re.compile(rf"recent{_W}(?P<ru>days|weeks|months)\b")
_AHEAD_PREP = re.compile(rf"\b(?:in|over|during|within|across|for|throughout){_W}$")


def _windows_ahead(text: str, low: str, out: list[DateMention], D: date) -> list[DateMention]:
    """The spans ``_AHEAD`` writes, resolved against publication, in place of what they
    overlap. A span ahead is read only in a sentence with no past-tense cue ("Sales rose 5%
    over the next two years" tells of a time after an earlier event); "the next week" with no
    count is left to the narrative it may follow ("The next day, 500 more arrived")."""
    vc = vocab.load("dates.yaml").get("vague_counts", {})
    found = []
    for m in _RECENT.finditer(low) if "recent " in low else ():
        if m.start() and low[m.start() - 1].isalnum():
            continue
        unit, n = m.group("ru")[:-1], int(vc["few"][1])
        sd = D - (timedelta(days=n) if unit == "day" else _PAST_STEP[unit](n))
        a = _with_prep(low, m.start())
        found.append(DateMention(a, m.end(), text[a:m.end()], sd, D - timedelta(days=1),
                                 None, True, "window", "day"))
    for m in _AHEAD.finditer(low):
        if m.start() and low[m.start() - 1].isalnum():
            continue
        span = _ahead_span(m, vc, D)
        if span is None or not _present_tense(text, m.start(), m.end()):
            continue
        kind = "period" if span[1] is not None else "onward"
        a = _with_prep(low, m.start())
        found.append(DateMention(a, m.end(), text[a:m.end()], D, span[1], None, True, kind,
                                 "day"))
    return _give_way(out, sorted(found, key=lambda d: d.start))


# "by mid-century", "before the middle of the century" (a plan's year; not "mid-century
# furniture": only after a preposition of time); "within a generation" (a pledge's span)
_MID_CENTURY = re.compile(r"\b(?:by|before|until|till|around|at|in)[ \u00a0]+(?:the[ \u00a0]+)?"
                          r"(?:mid-?[ \u00a0]?century|middle[ \u00a0]+of[ \u00a0]+(?:the|this)"
                          r"[ \u00a0]+century)\b")
_WITHIN_GENERATION = re.compile(r"\bwithin[ \u00a0]+(?:a|one|the[ \u00a0]+next)[ \u00a0]+"
                                r"generation\b")


def _far_horizons(text: str, low: str, out: list[DateMention], D: date) -> list[DateMention]:
    """"by mid-century" (climate and energy plans): the year 50 of the century of
    publication, as "by 2050" is; "within a generation": a span from publication with no
    end written, as "within the next few months" is (a pledge's)."""
    found = []
    for m in _MID_CENTURY.finditer(low):
        y = D.year // 100 * 100 + 50
        found.append(DateMention(m.start(), m.end(), text[m.start():m.end()], date(y, 1, 1),
                                 date(y, 12, 31), None, True, "year", "year"))
    for m in _WITHIN_GENERATION.finditer(low):
        found.append(DateMention(m.start(), m.end(), text[m.start():m.end()], D, None, None,
                                 True, "onward", "day"))
    return _give_way(out, found) if found else out


def _with_prep(low: str, a: int) -> int:
    """Where a span's words begin: at the preposition right before ``a`` ("in", "over",
    "across"; ``_AHEAD_PREP``), else at ``a``."""
    pm = _AHEAD_PREP.search(low, max(0, a - 12), a)
    return pm.start() if pm is not None else a


def _ahead_span(m: re.Match[str], vc: dict, D: date) -> tuple[date, date | None] | None:
    """The span from publication a match of ``_AHEAD`` (not "recent") names: its end after
    so many units, or none when the count is vague or absent ("the coming weeks", "the next
    few months"); None when it is no span from publication."""
    unit = (m.group("u") or m.group("u2")).rstrip("s")
    count = m.group("n2") or m.group("n")
    count = " ".join(count.split()) if count else None
    if m.group("u2") or (count is None and m.group("u").endswith("s")) or \
            count in vc or f"a {count}" in vc:
        return D, None
    if count is None or not (count.isdigit() or count in _NUM_WORDS):
        return None            # "the next day", "the coming week": a unit the words name
    n = _num(count)
    if n < 1 or n > 100:
        return None
    if unit == "hour":
        return D, D + timedelta(days=max(1, (n + 23) // 24) - 1)
    if unit == "day":
        return D, D + timedelta(days=n - 1)
    return D, D + _PAST_STEP[unit](n) - timedelta(days=1)


# "at the turn of the year", "around the turn of the year": December and the January after it
# ("since the turn of the year" is the year to date, read by date_forms)
_TURN_OF_YEAR = re.compile(r"\b(?:(?:at|around|over|by|near|until|before)[ \u00a0]+)?"
                           r"the[ \u00a0]+turn[ \u00a0]+of[ \u00a0]+the[ \u00a0]+year\b")


def _turn_of_year(text: str, low: str, out: list[DateMention], D: date) -> list[DateMention]:
    """December and January around the new year ``_TURN_OF_YEAR`` names, granularity month:
    in a sentence with a past-tense cue the latest one begun by publication, else the coming
    one (in January, the one under way)."""
    found = []
    for m in _TURN_OF_YEAR.finditer(low):
        if low.endswith("since ", 0, m.start()):
            continue
        y = D.year if D.month == 1 or not _present_tense(text, m.start(), m.end()) \
            else D.year + 1
        found.append(DateMention(m.start(), m.end(), text[m.start():m.end()],
                                 date(y - 1, 12, 1), date(y, 1, 31), None, True, "period",
                                 "month"))
    return _give_way(out, found)


# "by the end of next year", "as of the end of 2024", "before the end of the year": the period's
# last day, a point a level is reached by (as "by the end of April" is read: ``_AS_AT_END``)
_BY_END = re.compile(r"\b(?:by|before|as[ \u00a0]+(?:at|of))[ \u00a0]+(?:the[ \u00a0]+)?end[ \u00a0]+of"
                     r"[ \u00a0]+")


# "at the end of 2023", "the tail end of 2022": a named year's end, read as "the end of last
# year" and "late 2023" are, its last third (dates.yaml year_parts "late"), the bounds that hold
# each reading (its last day, its December, its fourth quarter, its last months), as "the end
# of October" is the month's last third
_END_OF_BEFORE = re.compile(r"\b(?:(?:tail|back)[ \u00a0]+)?end[ \u00a0]+of[ \u00a0]+$")
# ... after "since": the span from that third's first day to publication, as "since the end of
# last year" is read
_SINCE_END_OF = re.compile(r"\bsince[ \u00a0]+(?:the[ \u00a0]+)?$")


def _by_the_end(text: str, low: str, out: list[DateMention], D: date | None
                ) -> list[DateMention]:
    """A year (or the part of one "the end of next year" names) after "by the end of": its
    last day, granularity day; a named year after "the end of" with no "by": its last third
    (``_END_OF_BEFORE``), from its first day to publication after "since"."""
    res = []
    for dm in out:
        m = _BY_END.search(low, max(0, dm.start - 20), dm.end)
        if m is None and dm.kind == "year" and dm.granularity == "year" and \
                dm.start_date is not None and dm.start_date.month == 1 and (
                    low.startswith("end of", dm.start) or
                    _END_OF_BEFORE.search(low, max(0, dm.start - 16), dm.start)):
            late = int(vocab.load("dates.yaml")["year_parts"]["late"][0])
            dm = replace(dm, start_date=dm.end_date.replace(month=late, day=1), kind="period",
                         granularity="month")
            head = low.rfind("end of", max(0, dm.start - 16), dm.start + 6)
            if D is not None and D > dm.end_date and \
                    _SINCE_END_OF.search(low, max(0, head - 12), head):
                dm = replace(dm, end_date=D, kind="since", granularity="day")
        if m is not None and dm.end_date is not None and dm.start_date is not None and \
                dm.start_date != dm.end_date and dm.end_date.month == 12 and \
                dm.end_date.day == 31 and m.start() < dm.start < m.end() + 4 and \
                dm.granularity in ("year", "month"):
            dm = replace(dm, start_date=dm.end_date, kind="date", granularity="day")
        res.append(dm)
    return res


def _year_as_of(text: str, low: str, out: list[DateMention], D: date) -> list[DateMention]:
    """"This year, as of June 4": the sum from the start of the year of publication to the
    day written (as "so far this year" read to that day), one scope in place of both."""
    found = []
    for m in _THIS_YEAR_AS_OF.finditer(low):
        dm = next((d for d in out if d.start == m.end() and d.kind == "date" and
                   d.start_date is not None and d.start_date.year == D.year and
                   d.start_date <= D), None)
        if dm is not None:
            found.append(DateMention(m.start(), dm.end, text[m.start():dm.end],
                                     date(D.year, 1, 1), dm.end_date, None, True, "since", "day"))
    return _give_way(out, found)


# "the ninth month of the year", "the third month of 2022": a month by its place in a year
_NTH_MONTH = re.compile(
    r"\bthe[ \u00a0]+(?P<n>[a-z]+|\d{1,2}(?:st|nd|rd|th))[ \u00a0]+month[ \u00a0]+of[ \u00a0]+"
    r"(?:the[ \u00a0]+year|(?P<rel>this|last|next)[ \u00a0]+year|(?P<y>(?:19|20)\d\d))\b")


def _nth_month_of_year(text: str, low: str, out: list[DateMention], D: date | None
                       ) -> list[DateMention]:
    """"The ninth month of the year" (of publication), "the third month of 2022": that month;
    the mentions inside it ("2022") give way to it."""
    for m in _NTH_MONTH.finditer(low):
        n = date_forms.day_number(m.group("n"))
        if n is None or not 1 <= n <= 12 or (D is None and not m.group("y")):
            continue
        y = int(m.group("y")) if m.group("y") else D.year + {"last": -1, "next": 1}.get(
            m.group("rel") or "", 0)
        a, b = m.span()
        dm = DateMention(a, b, text[a:b], date(y, n, 1), _month_end(y, n), None,
                         not m.group("y"), "month", "month")
        out = sorted([d for d in out if d.end <= a or d.start >= b] + [dm],
                     key=lambda d: d.start)
    return out


# "<Month> was the costliest month of 2025", "January, the deadliest month in 2024": the month
# named is the one of the year the ranking names
# (", at 41,980," between the month and its rank: "October, at 41,980, was the third-costliest
# month of 2024", the month's figure set in commas, a hedge or a counted noun beside it)
_RANKED_IN_YEAR = re.compile(
    r"(?:[ \u00a0]*,[ \u00a0]*at[ \u00a0]+(?:(?:about|around|some|roughly|nearly|almost|over|"
    r"more[ \u00a0]+than)[ \u00a0]+)?\d[\d,.]*(?:[ \u00a0]+[a-z]+){0,3}?[ \u00a0]*(?=,))?"
    r"[ \u00a0]*,?[ \u00a0]+(?:was|is|became|,)?[ \u00a0]*(?:the|its|their)[ \u00a0]+"
    r"(?:[a-z-]+[ \u00a0]+){1,3}?months?[ \u00a0]+(?:of|in)[ \u00a0]+(?P<y>(?:19|20)\d\d)\b")


_WAR_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_S_ = r"[ \u00a0]+"
_ORDS = "|".join(_WAR_ORD)
_EVENT_NOUN = r"(?P<ev>(?:full[- ]scale[ \u00a0]+)?(?:war|invasion))"
# "the war's third year", "the third year of the full-scale war", "the invasion's second year"
_WAR_YEAR = re.compile(
    rf"\b(?:the|its){_S_}(?:{_EVENT_NOUN}['\u2019]s{_S_})?(?P<n>{_ORDS}){_S_}year"
    rf"(?P<of>{_S_}of{_S_}(?:the{_S_})?{_EVENT_NOUN.replace('?P<ev>', '?P<ev2>')})?"
    rf"(?:['\u2019]s)?\b")
_ORD_YEAR = re.compile(word_alternation(list(_WAR_ORD)) + rf"{_S_}year\b")
# "(the war) entered its fifth year", "the invasion is in its third year": the count of war
# years the text speaks in (the year entered is no figure's period: it has just begun)
_WAR_ENTERED = re.compile(
    rf"\b(?:war|invasion)(?:{_S_}[a-z]+){{0,2}}?{_S_}(?:entered|enters|entering|is{_S_}in|"
    rf"was{_S_}in|began|begins|moved{_S_}into|moves{_S_}into){_S_}its{_S_}(?P<n>{_ORDS})"
    rf"{_S_}year\b")


def _war_years(g: _DateGrammar, text: str, low: str, out: list[DateMention]
               ) -> list[DateMention]:
    """The years of a war counted from its first day (issue #10, readings61): "the war's third
    year", "the third year of the war" run from the events table's day of the war (24 February
    2022) moved on by two years to the day before the next anniversary; a bare "the fourth
    year" is one only in a text that has spoken of the war's years before it ("the war entered
    its fifth year", "the war's third year"). A span of months apposed to it ("the war's third
    year, from February 2024 to February 2025") restates it and gives way to it."""
    ev = g.events.get("war")
    if ev is None or not any(o in low for o in _WAR_ORD) or _ORD_YEAR.search(low) is None:
        return out      # (both patterns need an ordinal before "year": one scan, not two)
    entered = [m.end() for m in _WAR_ENTERED.finditer(low)]
    spoken = -1 if not entered else entered[0]
    added: list[DateMention] = []
    for m in _WAR_YEAR.finditer(low):
        named = m.group("ev") or m.group("of")
        if m.group(0).startswith("its") and not named:
            continue    # "its fifth year" after "entered" is the count, not a period
        if not named and (spoken < 0 or m.start() < spoken):
            continue
        if named and spoken < 0:
            spoken = m.end()
        n = _WAR_ORD[m.group("n")]
        a = ev + relativedelta(years=n - 1)
        b = ev + relativedelta(years=n) - timedelta(days=1)
        added.append(DateMention(m.start(), m.end(), text[m.start():m.end()], a, b, None,
                                 False, "period", "year"))
    if not added:
        return out
    keep = []
    for d in out:
        if any(d.start < w.end and d.end > w.start for w in added):
            continue
        if any(0 <= d.start - w.end <= 12 and
               low[w.end:d.start].strip() in (",", "", "alone,", "only,") and
               d.start_date is not None and d.end_date is not None and
               (d.start_date.year, d.start_date.month) == (w.start_date.year, w.start_date.month)
               and (d.end_date.year, d.end_date.month) == (w.end_date.year, w.end_date.month)
               for w in added):
            continue    # "the war's third year, from February 2024 to February 2025"
        keep.append(d)
    return sorted(keep + added, key=lambda d: d.start)


_WHOLE_YEAR = re.compile(r"\bthe[ \u00a0]+(?:(?:whole|entire|full)[ \u00a0]+year|year[ \u00a0]+as"
                         r"[ \u00a0]+a[ \u00a0]+whole)\b")


def _whole_year(text: str, low: str, out: list[DateMention]) -> list[DateMention]:
    """"Russian forces lost 203 tanks in December ... For the whole year the tally comes to
    3,689 tanks" (readings61): "the whole (entire, full) year", "the year as a whole" with no
    year of its own is the calendar year of the last day, month or year written before it."""
    for m in _WHOLE_YEAR.finditer(low):
        if any(d.start < m.end() and d.end > m.start() for d in out):
            continue
        prev = next((d for d in reversed(out) if d.end <= m.start()), None)
        if prev is None or prev.end_date is None or \
                prev.granularity not in ("day", "month", "year"):
            continue
        y = prev.end_date.year
        out = sorted(out + [DateMention(m.start(), m.end(), text[m.start():m.end()],
                                        date(y, 1, 1), date(y, 12, 31), None, prev.relative,
                                        "year", "year")], key=lambda d: d.start)
    return out


_RANK_AFTER_MONTH = re.compile(
    r"(?P<m>[a-z]+)[ \u00a0]+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)")
_RANK_FIGURE = re.compile(r",?[ \u00a0]+(?:at|with)[ \u00a0]+\d")


def _month_ranked_in_year(text: str, low: str, out: list[DateMention]) -> list[DateMention]:
    """A month with no year of its own ranked among the months of a year written right after
    it ("January was the costliest month of 2025", issue #10, readings61) is that year's
    month, not the one its name falls in by the publication date; the year's own mention
    stays (the ranking's year)."""
    for k, dm in enumerate(out):
        if not dm.relative or dm.granularity != "month" or dm.kind != "month" or \
                dm.start_date is None:
            continue
        m = _RANKED_IN_YEAR.match(low, dm.end)
        if m is None:
            continue
        y = int(m.group("y"))
        mo = dm.start_date.month
        for j in range(k + 1, len(out)):
            # "..., with March second at 41,160": the next month ranked in the same sentence
            # (a spelled ordinal before "at" or "with" and a figure is its rank, not a day)
            o = out[j]
            if "." in low[dm.end:o.start] or o.granularity != "day" or o.start_date is None:
                continue
            r = _RANK_AFTER_MONTH.fullmatch(low, o.start, o.end)
            if r is not None and _RANK_FIGURE.match(low, o.end):
                mo2 = o.start_date.month
                out[j] = replace(o, text=text[o.start:o.start + len(r.group("m"))],
                                 end=o.start + len(r.group("m")), start_date=date(y, mo2, 1),
                                 end_date=_month_end(y, mo2), relative=False, kind="month",
                                 granularity="month")
        out[k] = replace(dm, start_date=date(y, mo, 1), end_date=_month_end(y, mo),
                         relative=False)
    return out


_PERIOD_UP_TO = re.compile(r"(?i)\bthe[ \u00a0]+period[ \u00a0]+(?:up[ \u00a0]+)?(?:to[ \u00a0]+)?$")


def _period_up_to(text: str, out: list[DateMention]) -> list[DateMention]:
    """"The period up to the ninth month of 2022", "the period to September": statistics
    copy's running total of the year, from January to the end of the month named."""
    for k, dm in enumerate(out):
        if dm.end_date is None or dm.start_date is None or dm.granularity != "month" or \
                dm.start_date.day != 1 or dm.end_date != _month_end(dm.end_date.year,
                                                                    dm.end_date.month):
            continue
        p = _PERIOD_UP_TO.search(text, max(0, dm.start - 20), dm.start)
        if p is not None and (p.group().rstrip().lower().endswith("to")
                              or dm.text.lower().startswith("to ")):
            out[k] = DateMention(p.start(), dm.end, text[p.start():dm.end],
                                 date(dm.end_date.year, 1, 1), dm.end_date, None, dm.relative,
                                 "period", "month")
    return out


# a span of whole months before a split year: "the April-January 2024-25 period", "the
# April-October period of 2023-24", "July-September FY25"
_SPLIT_YEAR_AFTER = re.compile(
    r"(?:[ \u00a0]+period)?(?:[ \u00a0]+of)?[ \u00a0]+(?:(?:fiscal|financial[ \u00a0]+year|fy)"
    r"[ \u00a0]*)?(?P<y>(?:19|20)\d\d)[/\-–](?P<y2>\d\d)(?![\d/\-–])")


def _months_of_split_year(text: str, low: str, out: list[DateMention]) -> list[DateMention]:
    """A month range read without its year, followed by a split (financial) year: the same
    months inside that year, which begins in the month of the country's fiscal year
    (``date_forms.fiscal_start``; April by default: "the April-January 2024-25 period" is
    April 2024 to January 2025). The split year's own mention gives way to the joined one."""
    res: list[DateMention] = []
    taken = -1
    for dm in out:
        if dm.start < taken:
            continue       # the split year, taken by the range before it
        sy = None
        if dm.kind == "period" and dm.granularity == "month" and dm.relative \
                and dm.start_date and dm.end_date:
            sy = _SPLIT_YEAR_AFTER.match(low, dm.end)
        if sy is None or (int(sy.group("y")) + 1) % 100 != int(sy.group("y2")):
            res.append(dm)
            continue
        fy = date(int(sy.group("y")), date_forms.fiscal_start(text, dm.start, 4, names=True),
                  1)
        a = fy + relativedelta(months=(dm.start_date.month - fy.month) % 12)
        n = (dm.end_date.month - dm.start_date.month) % 12
        b = a + relativedelta(months=n + 1) - timedelta(days=1)
        taken = sy.end()
        res.append(DateMention(dm.start, sy.end(), text[dm.start:sy.end()], a, b, None, False,
                               "period", "month"))
    return res


# a year written in a date's own words ("autumn of 1978", "March 2023", "FY24", "'19")
_YEAR_WRITTEN = re.compile(r"\d\d\d\d|['’]\d\d\b|\b(?:fy|cy)[ \u00a0]?\d", re.I)
_SENTENCE_BREAK = re.compile(r"[.!?][ \u00a0\n]|[;\n]")
# the last calendar year named by its words, opening its sentence ("Last year the record
# fell ...", not the base of a change: "4.2% up on January last year, the biggest January
# rise"), an anchor like a written year, unless a contrast
# or a comparison stands between it and the later date
_CONTRAST = re.compile(r"\b(?:but|while|whereas|although|though|yet|against|compared|than|"
                       r"since|now|then|after|before|until|from|and)\b")
_LAST_YEAR_WORDS = re.compile(r"(?:in[ \u00a0]+)?(?:last|the[ \u00a0]+previous)[ \u00a0]+year")
# words that tie a month to publication ("last March", "this June"): it keeps that year; so
# does a day counted from publication ("since the invasion of 24 February 2022, the General
# Staff said today": today, not that day in 2022)
_TIED_TO_NOW = re.compile(r"\b(?:last|next|this|past|previous|coming|ago|current|today|"
                          r"tonight|yesterday|tomorrow|overnight)\b")


# a day a source spoke on ("since its invasion on Feb. 24, 2022, the General Staff reported on
# Dec. 1"): the time of the report, read against publication, not a day of the dated past
_SAID_ON = re.compile(r"\b(?:said|reported|announced|stated|posted|wrote|published|updated|"
                      r"confirmed|claimed)[ \u00a0]+(?:on[ \u00a0]+)?$")


_BASELINE_NEXT = re.compile(r"[ \u00a0]+(?:levels?|averages?|baselines?)\b")


def _year_from_earlier_date(text: str, low: str, out: list[DateMention]) -> list[DateMention]:
    """A month or part of one written without a year takes the year of a dated period earlier
    in its sentence: "In the warm autumn of 1978, temperatures reached 26C in the second week
    of October" is October 1978, "in 2023 ... by March" March 2023 (read against publication,
    either would be the latest such month). The earlier date must name one calendar year
    (a year, a season, a month of it); "last March", "this June" keep their own year. One pass:
    the dated period is forgotten at each sentence break between two mentions."""
    res = out
    anchor: DateMention | None = None
    prev_end = 0
    for i, dm in enumerate(out):
        if anchor is not None and _SENTENCE_BREAK.search(text, prev_end, dm.start):
            anchor = None
        prev_end = max(prev_end, dm.end)
        sd, ed = dm.start_date, dm.end_date
        if sd is None or ed is None or sd.year != ed.year or \
                dm.kind not in ("month", "part", "period", "date", "year"):
            continue
        if _YEAR_WRITTEN.search(dm.text) or _LAST_YEAR_WORDS.fullmatch(low, dm.start, dm.end) \
                and _opens_sentence(text, dm.start):
            # (a baseline's year, "95% of 2019 levels in March", dates no later month); "Last
            # year the record fell between 3 and 6 July" (a day of the past year, not one to
            # come: a later date in future copy keeps its own reading)
            anchor = None if _BASELINE_NEXT.match(low, dm.end) else dm
            continue
        if anchor is not None and not _YEAR_WRITTEN.search(anchor.text) and (
                _future_before(text, dm.start, dm.end) or
                _CONTRAST.search(low, anchor.end, dm.start)):
            continue    # "fell last year but rose in March": the month of its own reading
        if anchor is None or anchor.start_date.year == sd.year or dm.weekday is not None or \
                dm.kind == "year" or dm.granularity not in ("day", "week", "month") or \
                _TIED_TO_NOW.search(low, dm.start, dm.end) or \
                _SAID_ON.search(low, max(0, dm.start - 24), dm.start):
            continue
        shift = relativedelta(years=anchor.start_date.year - sd.year)
        if ed + shift <= anchor.end_date and _TO_LATER.search(low, anchor.end, dm.start) and \
                _FROM_EARLIER.search(low, max(0, anchor.start - 40), anchor.start):
            # "fell from 39,401 at the end of 2023 to 39,162 at the end of March": the end a
            # change runs to follows the date it runs from (March 2024)
            shift += relativedelta(years=1)
        if res is out:
            res = list(out)
        # "68 in July, second after the 73 of July 2023, and 60 in June": a year written only
        # for a figure set against it may not be the later month's; the month read against
        # publication stays its other reading (normalize lists both)
        other = sd if dm.relative and dm.kind == "month" and dm.other is None and \
            _COMPARED_FIGURE_DATE.search(low, max(0, anchor.start - 40), anchor.start) else None
        res[i] = replace(dm, start_date=sd + shift,
                         end_date=ed + shift + relativedelta(day=31)
                         if ed.day >= 28 and ed.month == 2 else ed + shift,
                         other=other if other is not None else dm.other)
    return res


# the words before a date that make it a compared figure's own: "after the 73 of July 2023",
# "than the 224 in November 2024" (_year_from_earlier_date)
_COMPARED_FIGURE_DATE = re.compile(r"\b(?:after|than|behind|beside|against|only[ \u00a0]+to)"
                                   r"[ \u00a0]+the[ \u00a0]+[\d][\d,.]*(?:[ \u00a0]+[a-z]+){0,2}?"
                                   r"[ \u00a0]+(?:of|in|from)[ \u00a0]+$")


# a change's "to" between the date it runs from and the one it runs to: "from 39,401 at the end
# of 2023 to 39,162 at the end of March"
_TO_LATER = re.compile(r"\bto\b")
_FROM_EARLIER = re.compile(r"\bfrom\b")


# "the following month", "the subsequent year", "a month later": the period after a date
# the sentence has just given
_AFTER_ANCHOR = re.compile(
    r"\b(?:the[ \u00a0]+(?:following|subsequent)[ \u00a0]+(?P<u>day|month|year)"
    r"|(?:a|one)[ \u00a0]+(?P<u2>day|month|year)[ \u00a0]+later)\b")


def _period_after(text: str, low: str, out: list[DateMention]) -> list[DateMention]:
    """"The firm collapsed in May 2018 and laid off 200 staff the following month": the
    day, month or year after the latest date before it in its sentence (June 2018); with no
    date before it in the sentence it dates nothing."""
    found = []
    for m in _AFTER_ANCHOR.finditer(low):
        lo = max(low.rfind(". ", 0, m.start()), low.rfind("\n", 0, m.start()))
        prev = [dm for dm in out if lo < dm.start and dm.end <= m.start()
                and dm.start_date is not None and dm.end_date is not None]
        if not prev:
            continue
        unit, a = m.group("u") or m.group("u2"), prev[-1]
        if unit == "day":
            sd = ed = a.end_date + timedelta(days=1)
        elif unit == "month":
            sd = a.end_date.replace(day=1) + relativedelta(months=1)
            ed = _month_end(sd.year, sd.month)
        else:
            sd, ed = date(a.end_date.year + 1, 1, 1), date(a.end_date.year + 1, 12, 31)
        found.append(DateMention(m.start(), m.end(), text[m.start():m.end()], sd, ed, None,
                                 a.relative, "period", unit))
    return _give_way(out, found)


# "the winter before", "the previous season", "the preceding summer": the season a year before
# the one the sentence has just given
_SEASON_BEFORE = re.compile(
    word_alternation(["the"]) +
    r"[ \u00a0]+(?:(?P<u>winter|summer|spring|autumn|season|campaign)[ \u00a0]+before|"
    r"(?:previous|preceding|prior)[ \u00a0]+(?P<u2>winter|summer|spring|autumn|season|"
    r"campaign))\b(?![ \u00a0]+(?:of|in|last|this)\b)")


def _season_before(text: str, low: str, out: list[DateMention]) -> list[DateMention]:
    """"4,706 deaths in the winter of 2022-23, up from 3,186 the winter before": the season
    (or a sports season, a campaign) a year before the latest date its sentence gave before
    it, when that is a span of at most a year (the winter of 2021-22); else it dates
    nothing."""
    found = []
    starts = [dm.start for dm in out]
    for m in _SEASON_BEFORE.finditer(low):
        lo = max(low.rfind(". ", 0, m.start()), low.rfind("\n", 0, m.start()))
        a = None
        for j in range(bisect_left(starts, m.start()) - 1, -1, -1):   # (back to ``lo`` only)
            dm = out[j]
            if dm.start <= lo:
                break
            if dm.end <= m.start() and dm.start_date is not None and dm.end_date is not None:
                a = dm
                break
        if a is not None and (m.group("u") or m.group("u2")) == "winter" and \
                _split_pair(a):
            # "the wettest winter on record in 2013-14, beating the winter before": every
            # year a split year may be (April to October's, the calendar pair) holds one whole
            # winter, December to February across its two years: the one before is a year back
            y = a.start_date.year
            found.append(DateMention(m.start(), m.end(), text[m.start():m.end()],
                                     date(y - 1, 12, 1), _month_end(y, 2), None, a.relative,
                                     "period", "month"))
            continue
        if a is None or a.end_date - a.start_date > timedelta(days=366):
            continue
        back = relativedelta(years=1)
        ed = a.end_date - back
        if a.end_date.month == 2 and a.end_date.day >= 28:
            ed = _month_end(ed.year, 2)
        found.append(DateMention(m.start(), m.end(), text[m.start():m.end()],
                                 a.start_date - back, ed, None, a.relative, "period",
                                 a.granularity))
    return _give_way(out, found)


def _split_pair(dm: DateMention) -> bool:
    """Whether ``dm`` is a bare split year read as its two calendar years ("in 2013-14")."""
    return dm.start_date.month == 1 and dm.start_date.day == 1 and \
        dm.end_date == date(dm.start_date.year + 1, 12, 31) and \
        _SPLIT_BEFORE.fullmatch(dm.text.strip()) is not None


def _give_way(out: list[DateMention], found: list[DateMention]) -> list[DateMention]:
    """``out`` with the mentions ``found`` in place of those they overlap, in text order."""
    if not found:
        return out
    kept = [dm for dm in out if not any(f.start < dm.end and dm.start < f.end for f in found)]
    return sorted(kept + found, key=lambda d: d.start)


_TERM = re.compile(
    r"\b(?:the[ \u00a0]+)?(?:(?P<ya>(?:19|20)\d\d)[/\-–](?P<ya2>\d\d)[ \u00a0]+)?"
    r"(?P<t>autumn|spring|summer)[ \u00a0]+term\b(?:[ \u00a0]+(?:of[ \u00a0]+)?"
    r"(?P<yb>(?:19|20)\d\d)[/\-–](?P<yb2>\d\d)(?![\d/\-–]))?"
    # "autumn 2021-22": a term's name before a split year (no season spans two years; the
    # academic year's term)
    r"|\b(?P<t2>autumn|spring|summer)[ \u00a0]+(?P<yc>(?:19|20)\d\d)[/\-–](?P<yc2>\d\d)"
    r"(?![\d/\-–])")


# a split year written before a term with none in its sentence: the term's academic year
_SPLIT_BEFORE = re.compile(r"\b((?:19|20)\d\d)[/\-–](\d\d)(?![\d/\-–])")
# a season's word, which _TERM_SPLIT and _SEASON_BEFORE each need ("season" holds none of the
# others): the whole-text scans run only on a text that has one
_SEASON_WORDS = ("autumn", "spring", "summer", "winter", "season")
_TERM_SPLIT = re.compile(word_alternation(["autumn", "spring", "summer"]) +
                         r"[ \u00a0]+(?:19|20)\d\d[/\-–]\d\d")


def _school_terms(text: str, low: str, out: list[DateMention], D: date | None
                  ) -> list[DateMention]:
    """"the autumn term of 2023/24", "the 2022/23 spring term", "the summer term": a school
    term's months (dates.yaml ``school_terms``) in the academic year written, else in the
    latest begun by publication; the mentions it covers ("in the autumn", "2023/24") give
    way to it."""
    terms = vocab.load("dates.yaml").get("school_terms") or {}
    start = int(vocab.load("dates.yaml").get("split_year_starts", {}).get("academic year", 9))
    found = []
    for m in _TERM.finditer(low):
        y = m.group("ya") or m.group("yb") or m.group("yc")
        y2 = m.group("ya2") or m.group("yb2") or m.group("yc2")
        lo, hi = (int(x) for x in terms.get(m.group("t") or m.group("t2"), (0, 0)))
        if not lo or (y and (int(y) + 1) % 100 != int(y2)):
            continue
        if not y:   # "In 2021/22 persistent absence peaked at 27.2% in the spring term"
            ss = max(low.rfind(". ", 0, m.start()), low.rfind("\n", 0, m.start()), 0)
            got = [e for e in _SPLIT_BEFORE.finditer(low, ss, m.start())
                   if (int(e.group(1)) + 1) % 100 == int(e.group(2))]
            y = got[-1].group(1) if got else None
        if y:
            y1 = int(y)
        elif D is not None:   # the academic year of the latest such term begun by then
            y1 = D.year - (D.month < start) - (lo < start and D.month < lo)
        else:
            continue
        a = date(y1 + (lo < start), lo, 1)
        b = _month_end(y1 + (hi < start), hi)
        found.append(DateMention(m.start(), m.end(), text[m.start():m.end()], a, b, None,
                                 not y, "period", "month"))
    return _give_way(out, found)


# "the same period last year", "the same quarter a year earlier", "the same months of 2019",
# "the prior-year quarter": the period the text states beside it, a year (or to the year
# written) back
_SAME_SHIFTED = re.compile(
    r"the(?<!\wthe)[ \u00a0]+(?:(?:same|equivalent|corresponding|comparable)[ \u00a0]+"
    # "the same six months of 2024", "the same 12 weeks a year earlier": a count before the unit
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9]\d?)[ \u00a0-]+"
    r"(?=(?:months|weeks|days)\b))?"
    r"(?P<u>period|quarter|month|months|week|weeks|days|half|season|"
    r"time|day|stretch|span)[ \u00a0]+(?:(?:last|previous|prior)[ \u00a0]+year|a[ \u00a0]+"
    r"year[ \u00a0]+(?:earlier|ago|before)|(?:of|in)[ \u00a0]+(?:the[ \u00a0]+)?(?:previous|"
    r"prior|last)[ \u00a0]+(?:financial[ \u00a0]+|fiscal[ \u00a0]+)?year|(?:of|in)[ \u00a0]+"
    r"(?P<y>(?:19|20)\d\d))"
    # "the prior-year quarter", "the year-ago quarter", "the year-earlier period": results
    # copy's one-word base, the same unit a year back
    r"|(?:prior|previous|year)[ \u00a0-](?:year|ago|earlier)[ \u00a0]+(?:fiscal[ \u00a0]+)?"
    r"(?P<u2>period|quarter|month|half))\b")


def _same_period_shifted(text: str, low: str, out: list[DateMention], D: date | None = None
                         ) -> list[DateMention]:
    """"The same quarter last year" is no calendar year: it is the period stated nearest
    before it (else the nearest after: "the same quarter last year brought 121 billion yen,
    against 314 billion in the January-to-March period"), moved back a year or to the year
    written. The mentions inside it ("last year") give way to it. With no period stated in
    the text, "the same month (quarter) last year" is the latest month (quarter) ended by
    publication, a year back: the level compared with it is of that latest month
    ("Registrations rose 10.4% to 317,786, compared with the same month last year");
    another unit ("the same period last year") names no period the words give."""
    for m in _SAME_SHIFTED.finditer(low):
        a, b = m.span()
        others = [d for d in out if d.start_date and d.end_date and (d.end <= a or d.start >= b)
                  and d.kind not in ("since", "window", "daily")]
        before = [d for d in others if d.end <= a]
        ant = before[-1] if before else next((d for d in others if d.start >= b), None)
        if ant is None:
            out = _same_period_implied(text, m, out, D)
            continue
        if ant.start_date is None or ant.end_date is None:
            continue
        years = (int(m.group("y")) - ant.end_date.year) if m.group("y") else -1
        if years >= 0:
            continue
        sd = ant.start_date + relativedelta(years=years)
        ed = ant.end_date + relativedelta(years=years)
        if ant.end_date == _month_end(ant.end_date.year, ant.end_date.month):
            ed = _month_end(ed.year, ed.month)
        dm = DateMention(a, b, text[a:b], sd, ed, None, True, "period", ant.granularity)
        out = sorted([d for d in out if d.end <= a or d.start >= b] + [dm],
                     key=lambda d: d.start)
    return out


def _same_period_implied(text: str, m: re.Match[str], out: list[DateMention],
                         D: date | None) -> list[DateMention]:
    """"the same month (quarter) last year" with no period stated in the text
    (``_same_period_shifted``): the latest month (quarter) ended by publication, a year
    back; for another unit, or a year written, no date (the mentions inside it give way)."""
    a, b = m.span()
    kept = [d for d in out if d.end <= a or d.start >= b]
    unit = m.group("u") or m.group("u2")
    if D is None or m.group("y") or unit not in ("month", "quarter"):
        return kept
    first = date(D.year, D.month, 1)
    if unit == "quarter":
        first = date(D.year, (D.month - 1) // 3 * 3 + 1, 1)
    end = first - timedelta(days=1)
    start = date(end.year, end.month, 1) if unit == "month" else \
        date(end.year, end.month - 2, 1)
    sd, ed = start - relativedelta(years=1), _month_end(end.year - 1, end.month)
    other = None
    if unit == "quarter" and (co := date_forms.latest_company_quarter(text, a, D)) is not None \
            and co != start:
        # a US company's quarter ("Nvidia's revenue rose 94% to $35.1 billion, against $18.1
        # billion in the year-ago quarter": August to October), the calendar's kept beside it
        other, sd = sd, co - relativedelta(years=1)
        ed = _month_end(sd.year + (sd.month + 1) // 12, (sd.month + 1) % 12 + 1)
    dm = DateMention(a, b, text[a:b], sd, ed, None, True, "period", unit, other=other)
    return sorted(kept + [dm], key=lambda d: d.start)


# "the first half of the fiscal year ending September 30, 2020", "the second half of the
# current financial year", "the third quarter of the year to March 2024", "the first half of
# the decade": a half or quarter of the period named after "of", whatever form that period
# takes (a form that reads "the first half of 2024" itself has already taken the year)
_PART_HEAD = re.compile(r"(?:the[ \u00a0]+)?(?P<n>first|second|third|fourth|final|latter|"
                        r"former|back|front)[ \u00a0-]+(?P<u>half|quarter)")
_PART_GAP = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?:[a-z]+[ \u00a0]+)?")
_OF_DECADE = re.compile(r"[ \u00a0]+of[ \u00a0]+the[ \u00a0]+decade\b")
# the year before publication's, a fiscal one: "last fiscal year", "the previous financial year"
_LAST_FISCAL = re.compile(r"(?:the[ \u00a0]+)?(?:last|previous|prior)[ \u00a0]+(?:fiscal|financial)"
                          r"[ \u00a0]+year")
_PART_INDEX = {"first": 1, "former": 1, "front": 1, "second": 2, "latter": 2, "back": 2,
               "third": 3, "fourth": 4, "final": 0}


def _part_of_period(text: str, low: str, out: list[DateMention], D: date | None
                    ) -> list[DateMention]:
    """A mention that is only "the first half" / "the third quarter" (read against the
    calendar year) joined with the year-long (or decade-long) period written after "of": the
    half or quarter of that period. "of the decade" alone is the decade of publication."""
    res: list[DateMention] = []
    i = 0
    while i < len(out):
        dm = out[i]
        hm = _PART_HEAD.fullmatch(low, dm.start, dm.end)
        if hm is None:
            res.append(dm)
            i += 1
            continue
        nx = out[i + 1] if i + 1 < len(out) else None
        whole: tuple[date, date, int] | None = None
        if nx is not None and nx.start_date and nx.end_date and \
                _PART_GAP.fullmatch(low, dm.end, nx.start):
            whole = (nx.start_date, nx.end_date, nx.end)
        elif D is not None and (dec := _OF_DECADE.match(low, dm.end)) is not None:
            y0 = D.year - D.year % 10
            whole = (date(y0, 1, 1), date(y0 + 9, 12, 31), dec.end())
        part = _part_span(whole, hm.group("n"), hm.group("u")) if whole else None
        if part is None:
            res.append(dm)
            i += 1
            continue
        a, b, gran = part
        other = None
        if gran == "quarter" and D is not None and nx is not None and nx.end == whole[2] and \
                _LAST_FISCAL.fullmatch(low, nx.start, nx.end):
            # "the fourth quarter of its last financial year": a US company's year, perhaps
            a, other = date_forms.last_year_quarter(text, dm.start, _PART_INDEX[
                hm.group("n")] or 4, a, D)
            b = a + relativedelta(months=3) - timedelta(days=1)
        res.append(DateMention(dm.start, whole[2], text[dm.start:whole[2]], a, b, None,
                               dm.relative or bool(nx and nx.relative), "period", gran,
                               other=other))
        i += 2 if nx is not None and nx.end == whole[2] else 1
    return res


def _part_span(whole: tuple[date, date, int], which: str, unit: str
               ) -> tuple[date, date, str] | None:
    """The ``which`` half or quarter of a period of whole months a year or more long."""
    start, end = whole[0], whole[1]
    rd = relativedelta(end + timedelta(days=1), start)
    months = rd.years * 12 + rd.months
    if rd.days or months < 12:
        return None
    parts = 2 if unit == "half" else 4
    if months % parts:
        return None
    k = _PART_INDEX[which] or parts
    if k > parts:
        return None
    step = months // parts
    a = start + relativedelta(months=step * (k - 1))
    b = start + relativedelta(months=step * k) - timedelta(days=1)
    gran = "year" if step >= 12 else ("quarter" if step == 3 else "month")
    return a, b, gran


def _longest(out: list[DateMention]) -> list[DateMention]:
    """Of mentions that overlap (a span grown back over another: "the second quarter| to
    December 28"), the longest."""
    keep: list[DateMention] = []
    for dm in out:
        if keep and dm.start < keep[-1].end:
            if dm.end - dm.start > keep[-1].end - keep[-1].start:
                keep[-1] = dm
            continue
        keep.append(dm)
    return keep


# two days joined as a range, with times of day around them: "from 9pm on Friday 26 June until
# 9am, Sunday 28 June", "between Monday, December 18 and Sunday, December 24", "Monday through
# Friday", "between 10pm on Friday and 2am on Saturday"
# times of day as warnings write them too: "6pm", "noon", "23.59", "18:00"
_TIME = r"(?:\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|midnight|midday|noon" \
    r"|(?:[01]?\d|2[0-4])[.:][0-5]\d(?!\d))"
_WEEKDAY_WORD = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?"
# a time of day given roughly: "until about 6pm Monday"
_ABOUT = r"(?:(?:about|around|approximately)\s+)?"
# "from 12.01am on ", "from midnight on ", "from 00:00 " right before a weekday
_FROM_CLOCK_ON = re.compile(rf"(?i)\bfrom\s+(?:at\s+)?{_TIME}\s+(?:on\s+)?$")
# a part of a day at either end of a range: "between Monday evening and Tuesday morning",
# "between the afternoon of December 2 and the morning of December 3"
_DAY_PART = r"(?:morning|afternoon|evening|night|lunchtime)"
# "23 September 2024 (Monday)": a weekday in brackets after a date restates it
_BRACKETED_WEEKDAY = re.compile(rf"(?i)\s*\({_WEEKDAY_WORD}\)")
_RANGE_GAP = re.compile(
    rf"(?i)(?:\s*\({_WEEKDAY_WORD}\))?\)?(?:\s+{_DAY_PART})?"
    rf"(?:\s*,?\s*(?:at\s+)?{_TIME})?\s*,?\s*(?P<j>(?:right\s+)?through\s+(?:to|until|till)|to|until|till|through|thru|into"
    rf"|and|-|–)\s*(?:{_ABOUT}{_TIME}\s*,?\s*)?(?:on\s+)?(?:the\s+(?:{_DAY_PART}|end)\s+of\s+)?"
    rf"(?:bank\s+holiday\s+)?")     # ("between this Friday and Bank Holiday Monday")
# an event named with its date in brackets: "between Navratri (September 22) and Diwali
# (October 20)", "from Eid (10 April) to ..." (the name's words, then the bracket)
_RANGE_OPEN = re.compile(rf"(?i)\b(?P<o>from|between)\s+(?:(?:at\s+)?{_TIME}\s+)?(?:on\s+)?"
                         rf"(?:the\s+{_DAY_PART}\s+of\s+)?(?:(?:[a-z][\w'’-]*\s+){{1,3}}\(\s*)?$")
# "Friday (25 October)": a date in brackets after a weekday says which one
_BRACKET_OPEN = re.compile(r"\s*\(")
_INCLUSIVE = re.compile(r"(?i)\s+inclusive\b")


# a weekday right before a full date: "on Thursday 10/23/14", "Thursday, 2024-10-23"
_WEEKDAY_GAP = re.compile(r",?[ \u00a0]{1,2}")


# a day named from publication, restated by a weekday and date after it: "until 12 noon
# tomorrow, Tuesday, March 21", "today, Monday 5 June" (not "Starting today, 1st October")
_NAMED_DAYS = frozenset(("today", "tomorrow", "tonight", "yesterday"))


def _weekday_then_date(text: str, out: list[DateMention]) -> list[DateMention]:
    """A bare weekday (or "today", "tomorrow") right before a day the text writes in full
    restates that day: the two are one mention with the day's date (the weekday alone would
    be read from publication)."""
    k = 0
    while k + 1 < len(out):
        a, b = out[k], out[k + 1]
        named = a.weekday is None and len(a.text) <= 9 and a.text.lower() in _NAMED_DAYS
        if (a.weekday is not None or named) and a.relative and a.start_date == a.end_date and \
                (b.weekday is None) != named and any(ch.isdigit() for ch in b.text) and \
                b.start_date is not None and b.start_date == b.end_date \
                and _WEEKDAY_GAP.fullmatch(text, a.end, b.start) is not None:
            out = out[:k] + [DateMention(a.start, b.end, text[a.start:b.end], b.start_date,
                                         b.end_date, a.weekday or b.weekday, False, b.kind,
                                         b.granularity, b.ambiguous)] + out[k + 2:]
        k += 1
    return out


def _join_ranges(text: str, out: list[DateMention], D: date | None) -> list[DateMention]:
    """Two single days (or parts of months) joined by to/until/through/"-" (or "and" after
    "between"), with only times of day between them, are one period from the first to the
    second. A bare weekday that would end the range before it starts is taken a week earlier
    (the range as written runs forward), and a range that starts on or after the publication
    day runs forward ("from 3am on Wednesday until 6am on Thursday" written on a Wednesday: the next
    Thursday). Days a figure separates ("on Monday to 7 on Tuesday") stay apart. A weekday
    in brackets after a date ("23 September 2024 (Monday)") restates it and is dropped.
    "between September 1993 and 1998", "from March 2019 to 2021": a month or year and a
    later year after "between"/"from" run from the first to the end of the second."""
    out = [dm for k, dm in enumerate(out) if not (
        k and dm.weekday is not None and dm.start_date == dm.end_date
        and out[k - 1].end_date is not None
        and _BRACKETED_WEEKDAY.fullmatch(text, out[k - 1].end, dm.end + 1) is not None)]
    out = _weekday_then_date(text, out)
    out = _bracketed_dates(text, out)
    out = _numbered_week_dates(text, out)
    out = _before_after_dates(text, out)
    out = _month_pairs(text, out)
    out = _year_then_relative(text, out)
    out = _month_then_end(text, out)
    if " of " in text:
        out = _months_of_year(text, out)
    if "which " in text or "when it " in text:
        out = _clause_days_of_year(text, out)
    out = _split_year_runs(text, out)
    for k, a in enumerate(out):
        if a.kind in ("month", "year") and a.start_date is not None:
            span = _year_after_span(text, a, out[k + 1] if k + 1 < len(out) else None)
            if span is not None:
                out[k] = span
    out = _longest(out)
    if any(_habitual(text, dm) for dm in out):
        # "on Sunday every week", "on Saturday and Sunday each week": days of every week
        drop = {k for k, dm in enumerate(out) if _habitual(text, dm)}
        drop |= {k - 1 for k in list(drop) if k and out[k - 1].weekday is not None
                 and _RANGE_GAP.fullmatch(text, out[k - 1].end, out[k].start)}
        # "every Saturday and Sunday": the days after "every" in the list too
        drop |= {k + 1 for k in list(drop) if k + 1 < len(out) and
                 out[k + 1].weekday is not None and
                 _EVERY_BEFORE.search(text, max(0, out[k].start - 8), out[k].start) and
                 _RANGE_GAP.fullmatch(text, out[k].end, out[k + 1].start)}
        out = [dm for k, dm in enumerate(out) if k not in drop]
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        q = _quarter_range(text, a, b) or _month_span(text, a, b) or _listed_days(text, a, b)
        if q is not None:
            out[i:i + 2] = [q]
            continue
        if not (_one_day(a) and _one_day(b)) or b.start - a.end > 32:
            i += 1
            continue
        gap = _RANGE_GAP.fullmatch(text, a.end, b.start)
        opener = _RANGE_OPEN.search(text, max(0, a.start - 44), a.start)
        if gap is not None and gap.group("j").lower() == "and" and not (
                opener and opener.group("o").lower() == "between") and _adjoin(a, b):
            # "in late August and early September": parts that meet are one span
            out[i:i + 2] = [DateMention(a.start, b.end, text[a.start:b.end], a.start_date,
                                        b.end_date, None, a.relative or b.relative, "period",
                                        "day" if a.weekday is not None else a.granularity)]
            i = max(0, i - 1)   # (a day listed before the pair may join it: _listed_days)
            continue
        if gap is None or (gap.group("j").lower() == "and" and not (
                opener and opener.group("o").lower() == "between")):
            i += 1
            continue
        sd, ed = a.start_date, b.end_date
        assert sd is not None and ed is not None
        other = None
        if (a.other is not None or b.other is not None) and D is not None and \
                not (a.other is not None and a.other < sd and _opens_at_clock(text, a.start)):
            # (a window opening at a clock time, its coming day read: that day's span)
            sd, ed, other = _nearer_span(a, b, D)
        elif ed < sd and b.relative and b.weekday is not None and D is not None and sd >= D:
            # a range that opens on or after publication runs forward: "from noon Wednesday
            # until 4 a.m. Thursday" in a warning written on the Tuesday before
            ed += timedelta(days=7 * -(-(sd - ed).days // 7))
        elif ed < sd and a.weekday is not None and a.relative:
            sd -= timedelta(days=7)
        elif ed < sd and sd.year == ed.year and a.weekday is None and \
                _YEAR4.search(a.text) is None and _YEAR4.search(b.text) is not None:
            # "from 10 August to 9 August 2022": the year written at the end is the last
            # day's; the first day, given none, is the one before it
            sd = _safe(sd.year - 1, sd.month, sd.day) or sd
        if ed < sd or (ed - sd).days > (366 if a.relative or b.relative or opener is None
                                        else 36600):
            # (two days with their years after from/between may be years apart: "between
            # April 1, 1990, and April 1, 2000", the census dates)
            i += 1
            continue
        s = opener.start() if opener else a.start
        inc = _INCLUSIVE.match(text, b.end)
        e = inc.end() if inc else b.end
        out[i:i + 2] = [DateMention(s, e, text[s:e], sd, ed, None, a.relative or b.relative,
                                    "period", "day", other=other)]
    return out


_YEAR_RUN_GAP = re.compile(r"(?i)\s*(?P<j>to|through|until|and|-|–)\s*")
_YEAR_RUN_OPEN = re.compile(r"(?i)\b(?P<o>from|between)\s+$")


def _year_long(dm: DateMention) -> bool:
    return dm.start_date is not None and dm.end_date is not None and \
        dm.granularity == "year" and \
        dm.start_date + relativedelta(years=1) - timedelta(days=1) == dm.end_date


def _split_year_runs(text: str, out: list[DateMention]) -> list[DateMention]:
    """Two seasons or fiscal years joined by "to" (or "and" after "between"), each twelve
    months from the same month: "the 2009/10 to 2024/25 seasons", "between FY20 and FY24" run
    from the first's start to the second's end (plain calendar years are joined as written,
    elsewhere)."""
    k = 0
    while k + 1 < len(out):
        a, b = out[k], out[k + 1]
        gap = _YEAR_RUN_GAP.fullmatch(text, a.end, b.start)
        if gap is None or not (_year_long(a) and _year_long(b)) or a.start_date.month == 1 \
                or b.start_date.month != a.start_date.month or b.start_date <= a.start_date:
            k += 1
            continue
        opener = _YEAR_RUN_OPEN.search(text, max(0, a.start - 9), a.start)
        if gap.group("j").lower() == "and" and not (opener and
                                                    opener.group("o").lower() == "between"):
            k += 1
            continue
        s = opener.start() if opener else a.start
        out[k:k + 2] = [DateMention(s, b.end, text[s:b.end], a.start_date, b.end_date, None,
                                    a.relative or b.relative, "period", "year")]
    return out


_BEFORE_AFTER = re.compile(r"(?i)\bthe\s+(?P<u>day|week)\s+(?P<w>before|after|following)\s+$")
# what follows "the week before" when it names an event: "the election", "Christmas"
_EVENT_AFTER = re.compile(r" (?:the [a-z]|[A-Z])")
_BEFORE_WORDS = ("before", "after", "following")
_BEFORE_SPACED = ("before ", "after ", "following ")


def _before_after_dates(text: str, out: list[DateMention]) -> list[DateMention]:
    """"the week before Christmas", "the day after 4 July": seven days (or one) before or
    after the day written, not a week before publication; before an event that is no date
    ("the week before the election", "the day before Christmas") it dates nothing."""
    out = [dm for dm in out if not (dm.text.endswith(_BEFORE_WORDS)
                                    and _EVENT_AFTER.match(text, dm.end)
                                    and _BEFORE_AFTER.search(text, dm.start, dm.end + 1))]
    k = 0
    while k < len(out):
        b = out[k]
        m = _BEFORE_AFTER.search(text, max(0, b.start - 24), b.start) \
            if b.start_date is not None and b.start_date == b.end_date and \
            text.endswith(_BEFORE_SPACED, 0, b.start) else None
        if m is None:
            k += 1
            continue
        n = 7 if m.group("u").lower() == "week" else 1
        x = b.start_date
        assert x is not None
        sd, ed = (x - timedelta(days=n), x - timedelta(days=1)) \
            if m.group("w").lower() == "before" else (x + timedelta(days=1), x + timedelta(days=n))
        new = DateMention(m.start(), b.end, text[m.start():b.end], sd, ed, None, b.relative,
                          "period" if n > 1 else "date", "day")
        out = [dm for dm in out[:k] if dm.end <= m.start()] + [new] + out[k + 1:]
        k = out.index(new) + 1
    return out


def _bracketed_dates(text: str, out: list[DateMention]) -> list[DateMention]:
    """"on Friday (25 October)": the weekday and the date in brackets after it are one
    mention, of the date written; so are a named day and its date ("from Good Friday (7
    April) to Easter Monday (10 April)": the holidays of the year the brackets give)."""
    if "(" not in text:
        return out
    k = 0
    while k + 1 < len(out):
        a, b = out[k], out[k + 1]
        if (a.weekday is not None and _one_day(a)) or _named_day(a):
            if b.start_date is not None and b.start_date == b.end_date and \
                    _BRACKET_OPEN.fullmatch(text, a.end, b.start) and \
                    text[b.end:b.end + 1] == ")":
                out[k:k + 2] = [DateMention(a.start, b.end + 1, text[a.start:b.end + 1],
                                            b.start_date, b.end_date, a.weekday, b.relative,
                                            b.kind, b.granularity, b.ambiguous)]
        k += 1
    return out


# a holiday's season named, then its days in brackets: "over the Easter bank holiday period
# (Friday 18 - Monday 21 April)", "the Diwali break (October 18-23)"
_SEASON_BRACKET_GAP = re.compile(r"(?:[ \u00a0]+[a-z][a-z'’-]*){0,3}[ \u00a0]*\([ \u00a0]*")


def _named_season_brackets(text: str, out: list[DateMention]) -> list[DateMention]:
    """A named day, up to three words of its season and the days in brackets after them are one
    mention of the days written (dates36): the brackets say which days the words mean."""
    k = 0
    while k + 1 < len(out):
        a, b = out[k], out[k + 1]
        if _named_day(a) and b.start_date is not None and b.end_date is not None and \
                0 < (b.end_date - b.start_date).days <= 31 and \
                text[b.end:b.end + 1] == ")" and \
                _SEASON_BRACKET_GAP.fullmatch(text, a.end, b.start) is not None:
            out[k:k + 2] = [DateMention(a.start, b.end + 1, text[a.start:b.end + 1],
                                        b.start_date, b.end_date, None, b.relative, b.kind,
                                        b.granularity, b.ambiguous)]
        k += 1
    return out


_NUMBERED_WEEK_OPEN = re.compile(r"(?i)\bweeks?[ \u00a0]+\d{1,2}(?:[ \u00a0]*[-–][ \u00a0]*\d{1,2})?"
                                 r"[ \u00a0]*\([ \u00a0]*$")


def _numbered_week_dates(text: str, out: list[DateMention]) -> list[DateMention]:
    """"week 15 (April 7-13, 2013)", "during week 52 (December 23-29)": surveillance copy's
    numbered week with its days in brackets is one mention of those days, a week (whatever
    the country's week numbering, the days written decide); its number is no figure."""
    if "(" not in text:
        return out
    for k, b in enumerate(out):
        if b.start_date is None or b.end_date is None or text[b.end:b.end + 1] != ")" or \
                not 0 <= (b.end_date - b.start_date).days <= 27:
            continue
        wk = _NUMBERED_WEEK_OPEN.search(text, max(0, b.start - 20), b.start)
        if wk is None or (k and out[k - 1].end > wk.start()):
            continue
        out[k] = DateMention(wk.start(), b.end + 1, text[wk.start():b.end + 1], b.start_date,
                             b.end_date, b.weekday, b.relative, "period", "week", b.ambiguous)
    return _week_number_labels(text, out)


# "(Week 32)", "(Week 2 2025)": a week's number in brackets, whole
_WEEK_LABEL = re.compile(r"(?i)[ \u00a0]*\([ \u00a0]*weeks?[ \u00a0]+\d{1,2}"
                         r"(?:,?[ \u00a0]+(?:of[ \u00a0]+)?(?:19|20)\d\d)?[ \u00a0]*\)")


def _week_number_labels(text: str, out: list[DateMention]) -> list[DateMention]:
    """"the week ending 7 August (Week 32)": the days written before the bracket decide (the
    ONS's week runs Saturday to Friday, its number a label, no ISO week of its own); the
    bracket joins the mention of those days."""
    k = 0
    while k + 1 < len(out):
        a, b = out[k], out[k + 1]
        m = _WEEK_LABEL.match(text, a.end)
        if m is not None and a.start_date is not None and a.end_date is not None and \
                0 <= (a.end_date - a.start_date).days <= 6 and b.start < m.end() and \
                b.end <= m.end():
            out[k:k + 2] = [DateMention(a.start, m.end(), text[a.start:m.end()], a.start_date,
                                        a.end_date, a.weekday, a.relative, a.kind,
                                        a.granularity, a.ambiguous)]
        k += 1
    return out


_MONTH_AND = re.compile(r"(?i)\s+and\s+(?P<m>[a-z]{3,9})\b\.?(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?")


# "last year", "this year", "next year" right after a pair of months
_REL_YEAR_AFTER = re.compile(r"(?i),?[ \u00a0]+(?:last|this|next)[ \u00a0]+year")


def _month_pairs(text: str, out: list[DateMention]) -> list[DateMention]:
    """"in May and June 2025", "in May and June": a month and the next one joined by "and"
    are one span of both (of the year written after the second, else of the first's); not
    when two figures follow, one for each ("peaked in July and August, with 1,520 and
    1,517")."""
    months = _grammar().months
    k = 0
    while k < len(out):
        a = out[k]
        m = _MONTH_AND.match(text, a.end) if a.kind == "month" and a.start_date else None
        nxt = months.get(m.group("m").lower()) if m else None
        if m is None or nxt is None or nxt != a.start_date.month % 12 + 1 or \
                any(b.start < m.start("m") for b in out[k + 1:k + 2]) or \
                (m.group("y") is not None and _YEAR4.search(a.text)) or \
                _respective(text, m.end(), months):
            second = _second_month(text, a, m, nxt, out[k + 1:k + 2])
            if second is not None:
                out.insert(k + 1, second)
            k += 1
            continue
        y = int(m.group("y")) if m.group("y") else a.start_date.year + (nxt == 1)
        end = m.end()
        rel = out[k + 1] if k + 1 < len(out) else None
        if m.group("y") is None and nxt != 1 and rel is not None and \
                rel.granularity == "year" and \
                rel.relative and rel.start_date is not None and \
                _REL_YEAR_AFTER.fullmatch(text, end, rel.end) is not None:
            # "in July and August last year": the pair is of the year named after it
            y, end = rel.start_date.year + (nxt == 1), rel.end
        first = date(y - (nxt == 1), a.start_date.month, 1)
        rest = [b for b in out[k + 1:] if b.start >= end]
        out[k:] = [DateMention(a.start, end, text[a.start:end], first,
                               _month_end(y, nxt), None, a.relative and not m.group("y"),
                               "period", "month"), *rest]
        k += 1
    return out


def _second_month(text: str, a: DateMention, m: re.Match[str], month: int | None,
                  after: list[DateMention]) -> DateMention | None:
    """The month after "and" that is no span with the one before it ("in March and June",
    "peaked in July and August, with 1,520 and 1,517"): a month of its own, which the core
    grammar, reading the pair as one phrase, left unread (none when a mention stands there)."""
    if month is None or a.start_date is None or \
            any(b.start <= m.end() for b in after):
        return None
    y = int(m.group("y")) if m.group("y") else a.start_date.year + (month < a.start_date.month)
    return DateMention(m.start("m"), m.end(), text[m.start("m"):m.end()], date(y, month, 1),
                       _month_end(y, month), None, a.relative and not m.group("y"), "month",
                       "month")


_YEAR4 = re.compile(r"(?:19|20)\d\d")
_RESPECTIVE = re.compile(r"(?i)[^.;\n]{0,40}?(?:\d[^.;\n]{0,24}?\band\s+\d|\brespectively\b)")
_WORD = re.compile(r"[a-z]+")


def _respective(text: str, at: int, months: dict[str, int]) -> bool:
    """Whether two figures right after a pair of months are one for each ("peaked in July and
    August, with 1,520 and 1,517"): not when the first figure names its own month ("lost
    87,700 in October and November: 41,980 in October and 45,720 in November": the pair is
    one span, the figures its months)."""
    r = _RESPECTIVE.match(text, at)
    if r is None:
        return False
    if "respectively" in r.group().lower():
        return True
    digit = next(i for i, ch in enumerate(r.group()) if ch.isdigit())
    return not any(w in months for w in _WORD.findall(r.group()[digit:].lower()))
_YEAR_AFTER = re.compile(r"(?i)\s+(?:and|to|until|through|-|–)\s+(?P<y>(?:19|20)\d\d)(?![\d,.\-–/]\d)\b")


def _year_after_span(text: str, a: DateMention, b: DateMention | None) -> DateMention | None:
    """"between September 1993 and 1998", "from March 2019 to 2021": a month (or year)
    after "between"/"from" and a later bare year are one span, to the end of that year."""
    m = _YEAR_AFTER.match(text, a.end)
    if m is None or a.start_date is None:
        return None
    y = int(m.group("y"))
    if y <= a.start_date.year or (b is not None and b.start < m.start("y")):
        return None
    op = _RANGE_OPEN.search(text, max(0, a.start - 24), a.start)
    if op is None:
        return None
    return DateMention(op.start(), m.end(), text[op.start():m.end()], a.start_date,
                       date(y, 12, 31), None, a.relative, "period", a.granularity)


_YEAR_THEN = re.compile(r"(?i)\b(?P<o>between|from)\s+(?P<y>(?:19|20)\d\d)\s+"
                        r"(?P<j>and|to|until|through)\s+$")


def _year_then_relative(text: str, out: list[DateMention]) -> list[DateMention]:
    """"between 2019 and last spring", "from 2015 to last year": a bare year after
    "between"/"from" joined to a later period named from publication is one span, from the
    year's first day to the period's last ("and" only after "between")."""
    res: list[DateMention] = []
    for b in out:
        m = _YEAR_THEN.search(text, max(0, b.start - 24), b.start) if b.relative and \
            b.granularity in ("month", "quarter", "year") and b.end_date else None
        if m is None or int(m.group("y")) >= b.start_date.year or \
                (m.group("j").lower() == "and") != (m.group("o").lower() == "between"):
            res.append(b)
            continue
        while res and res[-1].end > m.start():   # "from 2015", read alone, is in the span
            res.pop()
        res.append(DateMention(m.start(), b.end, text[m.start():b.end],
                               date(int(m.group("y")), 1, 1), b.end_date, None, True,
                               "period", b.granularity))
    return res


# a month after "from"/"between", then the end of a period: "from July until the end of the
# year", "between March and the end of June"
_MONTH_THEN = re.compile(r"(?i)\b(?P<o>between|from)\s+(?P<m>" + "|".join(sorted(_FULL_MONTHS)) +
                         r")(?:\s+(?P<y>(?:19|20)\d\d))?\s*,?\s+(?P<j>and|to|until|till|"
                         r"through)\s+$")
_END_OF_WORDS = re.compile(r"(?i)(?:the\s+)?end\s+of\b")
_NEXT_OR_LAST = re.compile(r"(?i)\b(?:next|last|previous|following)\b")


# the words between months and "of <year>" that say the year is theirs: "the October-December
# festival period of 2019", "the June quarter of 2019" (a noun of a span last)
_MONTHS_NOUN_OF = re.compile(r"(?i)(?:[ \u00a0]+[a-z]+){0,2}?[ \u00a0]+(?:period|quarter|season|"
                             r"months|half|window)[ \u00a0]+$|[ \u00a0]+$")
_OF_YEAR = re.compile(r"(?i)of[ \u00a0]+((?:19|20)\d\d)")


def _months_of_year(text: str, out: list[DateMention]) -> list[DateMention]:
    """"the October-December festival period of 2019", "the June quarter of 2019": months
    read without a year (so in the latest such span) take the year written after them, and
    the two mentions are one."""
    k = 0
    while k + 1 < len(out):
        a, b = out[k], out[k + 1]
        m = _OF_YEAR.fullmatch(b.text)
        if m is not None and a.start_date is not None and a.end_date is not None and \
                a.granularity in ("month", "quarter") and \
                a.start_date.year == a.end_date.year and \
                not re.search(r"\d\d\d\d|'\d\d", a.text) and \
                _MONTHS_NOUN_OF.fullmatch(text, a.end, b.start) is not None:
            shift = relativedelta(years=int(m.group(1)) - a.end_date.year)
            out[k:k + 2] = [DateMention(a.start, b.end, text[a.start:b.end],
                                        a.start_date + shift, a.end_date + shift, None,
                                        False, a.kind, a.granularity, a.ambiguous)]
        k += 1
    return out


# a relative clause that gives the days of what the words before it name: "Easter week last
# year, which ran from 13 to 19 April"
_WHICH_RAN = re.compile(r"(?i)[ \u00a0]*,[ \u00a0]*(?:which|when[ \u00a0]+it)[ \u00a0]+(?:ran|fell|was|"
                        r"lasted|took[ \u00a0]+place|came)(?:[ \u00a0]+(?:from|on|between))?"
                        r"[ \u00a0]*$")


def _clause_days_of_year(text: str, out: list[DateMention]) -> list[DateMention]:
    """Days with no year written in a clause right after a whole year ("Against Easter week
    last year, which ran from 13 to 19 April"): the days of that year."""
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if a.start_date is None or b.start_date is None or b.end_date is None or \
                a.end_date != date(a.start_date.year, 12, 31) or a.start_date.month != 1 or \
                a.start_date.day != 1 or b.start_date.year != b.end_date.year or \
                b.start_date.year == a.start_date.year or \
                re.search(r"\d\d\d\d", b.text) or b.granularity != "day" or \
                _WHICH_RAN.fullmatch(text, a.end, b.start) is None:
            continue
        shift = relativedelta(years=a.start_date.year - b.start_date.year)
        out[k] = DateMention(b.start, b.end, b.text, b.start_date + shift, b.end_date + shift,
                             None, a.relative, b.kind, b.granularity, b.ambiguous)
    return out


def _month_then_end(text: str, out: list[DateMention]) -> list[DateMention]:
    """"from July until the end of the year", "between March and the end of June": a month
    after "from"/"between" joined to the end of a period is one span, from the month's first
    day to the period's last. The month takes the year of that last day (the year before when
    it would start after it: "from November until the end of March")."""
    res: list[DateMention] = []
    for b in out:
        # (not "from July to the end of next year": which July is left open)
        m = _MONTH_THEN.search(text, max(0, b.start - 32), b.start) \
            if b.end_date is not None and _END_OF_WORDS.match(b.text) and \
            not _NEXT_OR_LAST.search(b.text) else None
        if m is None or (m.group("j").lower() == "and") != (m.group("o").lower() == "between"):
            res.append(b)
            continue
        month = sorted(_FULL_MONTHS, key=_MONTH_ORDER.index).index(m.group("m").lower()) + 1
        year = int(m.group("y")) if m.group("y") else b.end_date.year
        sd = date(year, month, 1)
        if sd > b.end_date and not m.group("y"):
            sd = date(year - 1, month, 1)
        if sd > b.end_date or (b.end_date - sd).days > 800:
            res.append(b)
            continue
        while res and res[-1].end > m.start():   # "from July", if read alone, is in the span
            res.pop()
        res.append(DateMention(m.start(), b.end, text[m.start():b.end], sd, b.end_date, None,
                               b.relative and not m.group("y"), "period", "month"))
    return res


_MONTH_ORDER = ("january february march april may june july august september october "
                "november december").split()


def _quarter_range(text: str, a: DateMention, b: DateMention) -> DateMention | None:
    """"from Q1 to Q3 2023", "between the first and third quarters": two quarters after
    from/between are one span; a first quarter written without its year takes the second's."""
    if not (a.granularity == b.granularity == "quarter" and a.start_date and b.end_date):
        return None
    gap = _RANGE_GAP.fullmatch(text, a.end, b.start)
    opener = _RANGE_OPEN.search(text, max(0, a.start - 24), a.start)
    if gap is None or opener is None or (gap.group("j").lower() == "and"
                                         and opener.group("o").lower() != "between"):
        return None
    sd = a.start_date
    if a.relative and not b.relative and sd.year != b.end_date.year:
        sd = sd.replace(year=b.end_date.year)
    if sd > b.end_date or (b.end_date - sd).days > 800:
        return None
    return DateMention(opener.start(), b.end, text[opener.start():b.end], sd, b.end_date,
                       None, a.relative and b.relative, "period", "quarter")


_EVERY_WEEK = re.compile(r"(?i)[ \u00a0]+(?:each|every)[ \u00a0]+week\b")
_EVERY_BEFORE = re.compile(r"(?i)\b(?:each|every)[ \u00a0]+(?:on[ \u00a0]+)?$")


def _month_span(text: str, a: DateMention, b: DateMention) -> DateMention | None:
    """"between January 2020 and October 2021", "from May 2019 until March 2020": two
    months written with their years, joined after "between" (by "and") or "from", are one
    span of whole months."""
    if a.kind != "month" or b.kind != "month" or a.start_date is None or b.end_date is None \
            or b.start_date is None or b.start_date <= a.start_date \
            or not _YEAR4.search(a.text) or not _YEAR4.search(b.text):
        return None
    gap = _RANGE_GAP.fullmatch(text, a.end, b.start)
    opener = _RANGE_OPEN.search(text, max(0, a.start - 12), a.start)
    if gap is None or opener is None or \
            (gap.group("j").lower() == "and") != (opener.group("o").lower() == "between"):
        return None
    return DateMention(opener.start(), b.end, text[opener.start():b.end], a.start_date,
                       b.end_date, None, False, "period", "month")


def _habitual(text: str, dm: DateMention) -> bool:
    """A weekday said of every week ("on Sundays", "on Saturday each week", "every
    Saturday", "each Monday")."""
    return dm.weekday is not None and dm.start_date == dm.end_date and (
        _EVERY_WEEK.match(text, dm.end) is not None or
        _EVERY_BEFORE.search(text, max(0, dm.start - 8), dm.start) is not None)


def _adjoin(a: DateMention, b: DateMention) -> bool:
    """Two parts of months that meet ("late August" and "early September"), or two weekdays
    or relative days in a row ("on Friday and Saturday", "today and tomorrow": one figure for
    both days)."""
    return (a.kind == b.kind == "part" or (a.weekday is not None and b.weekday is not None
            or a.relative and b.relative and a.kind == b.kind == "date")
            and a.start_date == a.end_date and b.start_date == b.end_date) and \
        a.end_date is not None and b.start_date == a.end_date + timedelta(days=1)


_LIST_COMMA_GAP = re.compile(r",[ \u00a0]+")


def _listed_days(text: str, a: DateMention, b: DateMention) -> DateMention | None:
    """A day listed before the pair of days that follows it ("Sunday, July 17, Monday, July
    18, and Tuesday, July 19", the pair read as one span): one span of the three days, when
    the day is the one before the pair's first."""
    if not (a.kind == "date" and a.start_date is not None and a.start_date == a.end_date) or \
            b.kind != "period" or b.granularity != "day" or b.start_date is None or \
            b.end_date is None or (b.start_date - a.start_date).days != 1 or \
            _LIST_COMMA_GAP.fullmatch(text, a.end, b.start) is None or \
            " and " not in b.text:
        return None
    return DateMention(a.start, b.end, text[a.start:b.end], a.start_date, b.end_date, None,
                       a.relative or b.relative, "period", "day")


def _named_day(dm: DateMention) -> bool:
    """A day named in words, capitalised, with no figure ("Easter Monday", "Diwali")."""
    return dm.kind == "date" and dm.start_date is not None and \
        dm.end_date == dm.start_date and dm.text[:1].isupper() and \
        not any(ch.isdigit() for ch in dm.text)


def _one_day(dm: DateMention) -> bool:
    """A single day, or a part of a month ("from mid-April to early May")."""
    return dm.start_date is not None and dm.end_date is not None and (
        dm.kind == "date" and dm.start_date == dm.end_date or dm.kind == "part")


_CONNECTOR_TIME = re.compile(rf"\b(?:to|ending|ended|through)\s+{_TIME}\s+$")
_WEEK_FROM_ENDS = ("beginning", "commencing", "starting", "beginning on", "commencing on",
                   "starting on", "week of", "began", "begun", "began on", "started",
                   "started on", "begins", "begins on", "starts", "starts on", "from")
# "the week beginning 3 March", "the 10-day travel period that began Nov. 17", "the
# eight-day holiday from October 1", "the fiscal year that begins on April 1"
_WEEK_FROM = re.compile(
    r"(?i)\b(?:the\s+)?(?:w/c|week|(?P<fy>(?:(?:fiscal|financial|tax)\s+)?year)|"
    r"(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fourteen|fifteen|twenty|thirty)-day(?:\s+[a-z]+)?\s+(?:period|stretch|"
    r"spell|window|span|holiday|break|festival))\s+(?:(?:that|which)\s+)?(?P<w>beginning|"
    r"commencing|starting|of|began|begun|started|begins|starts|(?<=day\s)from|"
    r"(?<=holiday\s)from|(?<=break\s)from|(?<=festival\s)from)(?:\s+on)?\s+$")


def _week_from(text: str, dm: DateMention) -> DateMention:
    """"the week beginning 3 March", "the week commencing September 20": the seven days from
    the day written; "the week of December 12": the Monday-Sunday week that holds it."""
    m = _WEEK_FROM.search(text, max(0, dm.start - 40), dm.start)
    if m is None or dm.start_date is None:
        return dm
    a = dm.start_date
    if m.group("fy"):   # "the fiscal year that begins on April 1": a year from that day
        if m.group("w").lower() == "of":
            return dm
        return DateMention(m.start(), dm.end, text[m.start():dm.end], a,
                           a + relativedelta(years=1) - timedelta(days=1), dm.weekday,
                           dm.relative, "period", "year")
    if m.group("n"):   # "the 10-day travel period that began Nov. 17": ten days from it
        n = _num(m.group("n"))
        if not 1 <= n <= 400:
            return dm
        return DateMention(m.start(), dm.end, text[m.start():dm.end], a,
                           a + timedelta(days=n - 1), dm.weekday, dm.relative, "period", "day")
    if m.group("w").lower() == "of":
        a -= timedelta(days=a.weekday())
    return DateMention(m.start(), dm.end, text[m.start():dm.end], a, a + timedelta(days=6),
                       dm.weekday, dm.relative, "period", "week")


# "since the last brief on 31 March", "since its previous update on Monday": the running
# scope from that report's day, not the day alone
_SINCE_LAST_REPORT = re.compile(
    r"\bsince[ \u00a0]+(?:the|its|their|his|her|our)[ \u00a0]+(?:last|previous|latest|prior|"
    r"most[ \u00a0]+recent)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){1,2}?(?:(?:on|of|dated)[ \u00a0]+)?$")


def _since_last_report(low: str, text: str, out: list[DateMention], D: date
                       ) -> list[DateMention]:
    """A day after "since the last <report> on" opens a running scope to publication."""
    for i, dm in enumerate(out):
        if dm.kind != "date" or dm.start_date is None or dm.start_date > D:
            continue
        m = _SINCE_LAST_REPORT.search(low, max(0, dm.start - 60), dm.start)
        if m is not None:
            out[i] = DateMention(m.start(), dm.end, text[m.start():dm.end], dm.start_date, D,
                                 None, True, "since", "day")
    return out


def _matches_at_word(rx: re.Pattern[str], low: str, word: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(low)`` for a pattern that opens with ``\\b`` and ``word``: tried only
    where ``word`` stands (a scan of every position costs more, as the opening ``\\b`` keeps
    the pattern from skipping ahead to its first letters)."""
    i, done = low.find(word), 0
    while i >= 0:
        m = rx.match(low, i) if i >= done else None
        if m is not None:
            yield m
            done = max(m.end(), i + 1)
        i = low.find(word, i + 1)


# "in the month", "for the month", "over the month" (not "the month to March", "the month
# before", "in the month of May", "the month's"): the month its sentence named before it
_THE_MONTH = re.compile(word_alternation(["in", "for", "over", "during", "throughout"]) +
                        r"[ \u00a0]+the[ \u00a0]+"
                        r"(?:whole[ \u00a0]+|entire[ \u00a0]+)?month\b(?![ \u00a0]*(?:[’'-]|"
                        r"(?:of|to|before|after|ahead|since|earlier|later|that|when|in|on|"
                        r"following|prior|leading|just|through|until|till|ending|ended|"
                        r"beginning|began|starting|from)\b))")
_MONTH_NAMED = re.compile(r"\b(January|February|March|April|May|June|July|August|September|"
                          r"October|November|December)\b(?![ \u00a0]+\d{1,2}\b)"
                          r"(?:[ \u00a0]+((?:19|20)\d\d)\b)?")


def _the_months(g: _DateGrammar, text: str, low: str, D: date) -> list[DateMention]:
    """"in the month", "for the month": the month its sentence named before it ("November was
    the costliest month ...: Russian forces lost 45,720 troops in the month", "about 1,580 a
    day in December ..., more than 48,000 for the month"); none when its sentence names no
    month before it, or two."""
    out = []
    for m in _THE_MONTH.finditer(low):
        lo = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), 0)
        named = list(_MONTH_NAMED.finditer(text, lo, m.start()))
        if len({(x.group(1), x.group(2)) for x in named}) != 1:
            continue
        x = named[-1]
        month = g.months[x.group(1).lower()]
        y = int(x.group(2)) if x.group(2) else _year_for(month, None, D, False)
        if y is None:
            continue
        out.append(DateMention(m.start(), m.end(), text[m.start():m.end()], date(y, month, 1),
                               _month_end(y, month), None, True, "month", "month"))
    return out


def _since_dated_events(g: _DateGrammar, low: str, text: str, out: list[DateMention],
                        D: date) -> list[DateMention]:
    """"since the February 2022 invasion": one running scope replaces the month it names."""
    found = []
    for m in _matches_at_word(g.since_dated_event, low, "since"):
        y = int(m.group("y"))
        mon = g.months[m.group("mon").rstrip(".")] if m.group("mon") else None
        ev = g.events.get(" ".join(m.group("ev").replace("-", " ").split()))
        if ev is None:
            ev = next((d for k, d in g.events.items()
                       if k.replace("-", " ") == " ".join(m.group("ev").replace("-", " ")
                                                          .split())), None)
        if ev is not None and ev.year == y and (mon is None or ev.month == mon):
            start = ev
        else:
            start = date(y, mon or 1, 1)
        if start > D:
            continue
        found.append(DateMention(m.start(), m.end(), text[m.start():m.end()], start, D, None,
                                 True, "since", "day"))
    if not found:
        return out
    keep = [dm for dm in out if not any(f.start <= dm.start < f.end for f in found)]
    return sorted(keep + found, key=lambda x: x.start)


# a plan or forecast before a weekday makes it the coming one
# (the word boundary every alternative but "'ll" opens with is tested once, before them: a
# position inside a word then fails at once instead of entering each alternative, 3x faster)
_FUTURE_CUE = re.compile(
    r"(?i)\b(?:will\b|(?:is|are)\s+(?:widely\s+)?expected\b|expects?\b|"
    r"(?:is|are)\s+due\b|scheduled\b|ahead\s+of\b|(?:is|are)\s+set\s+to\b|"
    r"plans?\s+(?:to|an?)\b|forecasts?\b|could\b(?!\s+(?:not|have|also\s+have)\b)|"
    r"(?:is|are)\s+likely\b|might\b|(?-i:may)\s+(?:not\s+)?[a-z]|should\b(?!\s+have\b)"
    r"|predict(?:s|ed)\b|comes?\s+into\s+force\b|to\s+be\s+sentenced\b"
    # a reported plan: "Apple said the watch would begin shipping in April"
    r"|would\s+(?:begin|start|open|launch|ship|arrive|resume|go\s+on\s+sale|take\s+effect"
    r"|come\s+into\s+force|be\s+(?:released|held|launched|published))\b)|[’']ll\b")
# (the modal "may" only in lower case: "May" is the month)
_FUTURE_WORDS = ("wil", "ll ", "would", "xpect", "due", "chedul", "ahead", "set to", "plan", "forecast",
                 "could", "likely", "may", "might", "should", "predict", "force", "sentenced")
# one of _FUTURE_WORDS anywhere in a chunk: one C-speed search, not a test per word
_FUTURE_WORDS_IN = re.compile("|".join(re.escape(w) for w in _FUTURE_WORDS))
# a word every match of _FUTURE_CUE holds, in lower case ("ll" stands in "will", "'ll")
_FUTURE_CUE_CORES = ("ll", "expect", "due", "scheduled", "ahead", "set", "plan", "forecast",
                     "could", "likely", "might", "may", "should", "predicted", "force",
                     "sentenced", "would")


def _may_hold_future_cue(chunk: str) -> bool:
    """False only where ``_FUTURE_CUE`` cannot match ``chunk``: ASCII text without any of
    ``_FUTURE_CUE_CORES`` (lower-cased). Outside ASCII the case-insensitive pattern may take
    other letters for these ("ſ" for "s"), so it is left to decide."""
    if not chunk.isascii():
        return True
    low = chunk.lower()
    return any(k in low for k in _FUTURE_CUE_CORES)


# a present-tense verb of a schedule right before the date: "the half term runs Sept 4th to
# Oct 20th", "the strike starts on Monday", "jury selection begins the week of March 10",
# "data due on January 31" (body copy writes a past
# one "started", "was due")
_FUTURE_VERB = re.compile(
    r"(?i)\b(?:runs|starts|begins|opens|reopens|closes|takes\s+place|kicks\s+off|resumes|"
    r"goes\s+on\s+sale|expires|(?:ships|launches)(?=\s+on\s)|"
    r"(?:takes?|comes?\s+into)\s+effect|kicks\s+in|goes\s+live|(?:is|are)\s+"
    r"(?:to\s+be\s+)?held|(?:has|have)(?=\s+until)|appl(?:y|ies)(?:\s+for(?:\s+[a-z-]+){1,2})?"
    # (the bare forms not as a noun after a determiner: "came back by the close on Friday")
    r"|(?<!the\s)(?<!\ba\s)(?<!its\s)(?<!their\s)(?:(?:re)?open|close|begin|start|run)"
    r"|(?<!was\s)(?<!were\s)(?<!been\s)due)\s+"
    r"(?:(?:from|between|until)\s+"
    rf"(?:(?:at\s+)?{_TIME}\s+)?(?:on\s+)?|on\s+|in\s+|the\s+week\s+(?:of|beginning|commencing|starting)"
    r"(?:\s+on)?\s+)?$")


# one of these stands in every match of _FUTURE_VERB: a test by str.find before the pattern,
# which costs more than the rest of _future_before
_FUTURE_VERB_KEYS = ("run", "start", "begin", "open", "clos", "take", "kick", "resum", "goes",
                     "expir", "ship", "launch", "come", "held", "until", "appl", "due")


def _future_verb_before(text: str, pos: int) -> bool:
    """``_FUTURE_VERB`` in the 42 characters before ``pos``."""
    lo = max(0, pos - 42)
    low = text[lo:pos].lower()
    return any(k in low for k in _FUTURE_VERB_KEYS) and \
        _FUTURE_VERB.search(text, lo, pos) is not None


_TIME_WORDS = ("midnight ", "noon ", "midday ")
# a schedule's verb that ends in "t" ("the levy takes effect in July", "due to start in July";
# not the noun "a strong start on Monday" or "the close on Friday")
_SCHEDULE_ENDS = ("effect ", "to start ", "to begin ", "to open ")
# a weekend or holiday inside the sentence's subject, its verb a modal right after it:
# "traffic over the Labor Day weekend should top 77,000", "sales over the weekend will rise"
_SPAN_SUBJECT = re.compile(r"(?i)\b(?:over|during|across|throughout)\s+(?:the\s+)?$")
# a court date in copy about what a defendant "faces": "he faces up to 30 years at the
# sentencing on Dec. 6" (alone, "faces" dates nothing: "the NHS faces more patients than in
# December")
_COURT_DATE = re.compile(r"(?i)\b(?:sentencing|sentenced|hearing|trial)\s+on\s+$")
_FACES = re.compile(r"(?i)\bfaces\b")
_SHORT_BREAK = re.compile(r"(?i)weekend|holiday")   # (a month's figures are often published
# later: "sales during March will be published" is no March to come)
_SPAN_SUBJECT_OWN = re.compile(r"(?i)(?:over|during|across|throughout)\s")
_MODAL_NEXT = re.compile(r"(?i)\s*(?:will|should|could|may|might|(?:is|are)\s+(?:widely\s+)?"
                         r"(?:expected|set|likely|forecast)\s+to)\b")


@lru_cache(maxsize=1)
def _sitting_stems() -> re.Pattern[str]:
    """The sitting verbs' first four letters, any of them (a cheap test before
    ``_sitting_rx``)."""
    stems = sorted({str(v)[:4] for v in vocab.load("dates.yaml").get("sitting_verbs") or []})
    return re.compile("|".join(re.escape(x) for x in stems) or "(?!)")


@lru_cache(maxsize=1)
def _sitting_rx() -> re.Pattern[str] | None:
    """A sitting body's calendar in the present tense right before a date ("Parliament rises
    on Thursday", "MPs return on Monday"): dates.yaml sitting_bodies and sitting_verbs."""
    d = vocab.load("dates.yaml")
    bodies, verbs = d.get("sitting_bodies") or [], d.get("sitting_verbs") or []
    if not bodies or not verbs:
        return None
    b = "|".join(re.escape(str(x)) for x in sorted(bodies, key=len, reverse=True))
    v = "|".join(re.escape(str(x)).replace(r"\ ", r"\s+")
                 for x in sorted(verbs, key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:{b})\s+(?:(?:will|is\s+to|are\s+to)\s+)?(?:{v})"
                      rf"(?:\s+for\s+(?:the\s+)?[a-z-]+(?:\s+recess)?)?\s+(?:on\s+)?$")


def _future_before(text: str, pos: int, end: int | None = None) -> bool:
    """Whether a plan or forecast stands in the 80 characters before ``pos``, in its
    sentence ("markets expect it to hold on Thursday", "ahead of Thursday's decision"), or,
    for a date that opens its sentence ("On Tuesday, the council will vote"), in the clause
    after ``end``; or a span in the subject with a modal verb right after it ("traffic over
    the Labor Day weekend should top 77,000")."""
    if end is not None and _opens_sentence(text, pos):
        tail = text[end:end + 100]
        cut = min((i for i in (tail.find(". "), tail.find(";"), tail.find("\n")) if i >= 0),
                  default=len(tail))
        if _FUTURE_WORDS_IN.search(tail, 0, cut) and _FUTURE_CUE.search(tail[:cut]):
            return True
    if end is not None and text[end:end + 1] == " " and _SHORT_BREAK.search(text, pos, end) \
            and _MODAL_NEXT.match(text, end) and \
            (_SPAN_SUBJECT.search(text, max(0, pos - 16), pos) or _SPAN_SUBJECT_OWN.match(text, pos)):
        return True
    if text[pos - 2:pos - 1] == "n" and _COURT_DATE.search(text, max(0, pos - 24), pos) and \
            _FACES.search(text, max(0, pos - 100), pos):
        return True
    if (text[pos - 2:pos - 1] in "snfdmlg" or text.endswith(_TIME_WORDS, 0, pos)
            or text.endswith(_SCHEDULE_ENDS, 0, pos)) and \
            _future_verb_before(text, pos):
        return True
    lo = max(0, pos - 60)
    if _sitting_stems().search(text, lo, pos) is not None and \
            (sit := _sitting_rx()) is not None and sit.search(text, lo, pos):
        return True
    lo = max(0, pos - 80)
    chunk = text[lo:pos]
    if _FUTURE_WORDS_IN.search(chunk) or " to " in chunk:
        cut = max(_last_stop(chunk), chunk.rfind("\n\n"), chunk.rfind("? "),
                  chunk.rfind("! "), chunk.rfind(";"))
        own = chunk[cut + 1:] if cut >= 0 else chunk
        if _may_hold_future_cue(own) and _FUTURE_CUE.search(own) is not None or \
                " to " in own and _decision_rx().search(own) is not None:
            return True
    return end is not None and _forecast_day(text, pos, end)


_WEEKDAY_IN = re.compile(r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")


@lru_cache(maxsize=1)
def _forecast_lists() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """dates.yaml forecast_nouns and past_cues, lower case, one space between words."""
    d = vocab.load("dates.yaml")
    norm = (lambda xs: tuple(" ".join(str(x).lower().split()) for x in xs or []))
    return norm(d.get("forecast_nouns")), norm(d.get("past_cues"))


@lru_cache(maxsize=1)
def _forecast_any() -> re.Pattern[str]:
    """Any of forecast_nouns anywhere (one C-speed test before ``_word_in`` tries each)."""
    return re.compile("|".join(re.escape(n) for n in _forecast_lists()[0]) or "(?!)")


_MARKET_BEFORE = re.compile(r"(?i)(?:record|all-time|week|year|month)[ \u00a0]+$")


_SHORT = 600   # a sentence, as _sentence_span gives one: its words are cheaper than the finds
# a run of letters or digits as str.isalnum sees them (the whole-word test of ``_word_in``)
_ALNUM_RUN = re.compile(r"[^\W_]+")


@lru_cache(maxsize=16)
def _phrase_heads(phrases: tuple[str, ...]) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """The phrases by their first run of letters or digits (their indexes), and those that
    open with another character (always tried)."""
    by: dict[str, list[int]] = {}
    other = []
    for k, n in enumerate(phrases):
        m = _ALNUM_RUN.match(n)
        if m is None:
            other.append(k)
        else:
            by.setdefault(m.group(), []).append(k)
    return {h: tuple(v) for h, v in by.items()}, tuple(other)


def _word_in(phrases: tuple[str, ...], low: str, market: bool = False, limit: int = 1
             ) -> list[tuple[int, int]]:
    """Where ``phrases`` stand as whole words in ``low`` (lower case; with ``market`` not
    after "record", "all-time", "N-week"...), up to ``limit`` of them. str.find per phrase:
    a pattern of the phrases, tried at every position, costs more than the rest of the date
    pass. In a sentence (short ``low``) only the phrases whose first word is one of its words
    are looked for: a phrase that stands as whole words opens with one of them (the same
    hits in the same order, for a fraction of the 115 finds of the past cues)."""
    if len(low) <= _SHORT:
        heads, other = _phrase_heads(phrases)
        ks = [k for w in set(_ALNUM_RUN.findall(low)) for k in heads.get(w, ())]
        if other or len(ks) > 1:
            ks = sorted({*ks, *other})
        phrases = tuple(phrases[k] for k in ks)
    hits: list[tuple[int, int]] = []
    for n in phrases:
        i = low.find(n)
        while i >= 0 and len(hits) < limit:
            e = i + len(n)
            if not (i and low[i - 1].isalnum() or e < len(low) and low[e].isalnum()
                    or market and _MARKET_BEFORE.search(low, max(0, i - 12), i)):
                hits.append((i, e))
            i = low.find(n, e)
        if len(hits) >= limit:
            break
    return hits


def _sentence_span(text: str, pos: int, end: int) -> tuple[int, int]:
    """The sentence around ``pos..end`` (the stop of "a.m."/"p.m." ends none)."""
    lo = max(0, pos - 200)
    chunk = text[lo:pos]
    cut = max(_last_stop(chunk), chunk.rfind("\n"), chunk.rfind("? "), chunk.rfind("! "))
    a = lo + cut + 1 if cut >= 0 else lo
    b = end
    while True:
        stops = [i for i in (text.find(". ", b, end + 200), text.find("\n", b, end + 200),
                             text.find("? ", b, end + 200)) if i >= 0]
        if not stops:
            return a, min(len(text), end + 200)
        b = min(stops)
        if text[b] != "." or not _CLOCK_STOP.search(text, max(0, b - 4), b):
            return a, b
        b += 1


def _forecast_day(text: str, pos: int, end: int) -> bool:
    """Whether a weekday in ``pos..end`` is a forecast's coming day: its sentence has no
    past cue and names what a forecast gives, or the document is a forecast (dates.yaml
    forecast_nouns, past_cues)."""
    if _WEEKDAY_IN.search(text, pos, end) is None:
        return False
    nouns, past = _forecast_lists()
    doc_low = _low_of(text)
    if not nouns or not _forecast_noun_in(doc_low):
        return False   # (no sentence of the text names one, nor is the text a forecast)
    a, b = _sentence_span(text, pos, end)
    low = doc_low[a:b]
    if not (_forecast_any().search(low) is not None and _word_in(nouns, low, market=True)
            or _forecast_doc(text)):
        return False
    return not _word_in(past, low)


@lru_cache(maxsize=4)
def _forecast_noun_in(low: str) -> bool:
    """Whether one of forecast_nouns stands anywhere in ``low`` (a text's lower case), as
    ``_forecast_any`` finds them: once per text, where each weekday's sentence was searched
    (a substring test per noun: the pattern of them, tried at every position, costs three
    times as much over a text)."""
    return any(n in low for n in _forecast_lists()[0])


# the text of the find_dates call under way and its lower case (the word list's), so that
# the forecast tests do not lower-case it again
_DOC_LOW: list[str] = ["", ""]


def _low_of(text: str) -> str:
    return _DOC_LOW[1] if _DOC_LOW[0] is text else text.lower()


@lru_cache(maxsize=8)
def _forecast_doc(text: str) -> bool:
    """A forecast: forecast_nouns in two sentences or more."""
    hits = sorted(_word_in(_forecast_lists()[0], _low_of(text), market=True, limit=64))
    first = hits[0][1] if hits else 0
    return any(text.find(". ", first, s) >= 0 or text.find("\n", first, s) >= 0
               for s, _ in hits[1:])


# a clock time's full stop ends no sentence: "Rain should start after 5 a.m. Friday"
_CLOCK_STOP = re.compile(r"(?i)\b[ap]\.m$")


def _last_stop(chunk: str) -> int:
    """Where the last full stop that ends a sentence stands in ``chunk`` (-1: none); the stop
    of "a.m."/"p.m." is passed over, so the clause of a forecast keeps its modal verb."""
    at = chunk.rfind(". ")
    # ("a.m" ends at the stop, or a line break before it: the four characters before it)
    while at >= 0 and _CLOCK_STOP.search(chunk, max(0, at - 4), at):
        at = chunk.rfind(". ", 0, at)
    return at


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether only "On"/"By"/"From"... stands between a sentence start and ``pos``."""
    head = text[max(0, pos - 12):pos]
    cut = max(head.rfind(". "), head.rfind("\n"))
    if cut < 0 and pos > 12:
        return False
    words_ = head[cut + 1:].split()
    return len(words_) <= 1 and (not words_ or words_[0].lower() in ("on", "by", "from", "this",
                                                                    "next", "until", "after"))


_CONNECTOR_ENDS = ("to", "ending", "ended", "through", "ending on", "ended on", "w/e", "ye",
                   "ending in", "ended in")


# "since late January", "since the outbreak began in late January", "since the strike on 4
# November": a running scope that starts at the date written and runs to publication
_SINCE_BEFORE = re.compile(
    r"(?i)\bsince(?:\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s+"
    r"(?:began|started|broke\s+out|invaded|attacked|launched|was\s+declared|was\s+confirmed|"
    r"was\s+detected|was\s+first\s+reported|emerged|took\s+office|crossed|entered|"
    r"rolled|poured|marched|moved|unleashed|waged|came\s+into\s+(?:force|effect|being)|"
    r"took\s+effect|joined|arrived|was\s+(?:introduced|founded|set\s+up|created|"
    r"elected|appointed|launched|built|passed|sworn\s+in)|became|came\s+to\s+power|"
    r"took\s+(?:over|power|charge))"
    # the verb's object before the date ("since Russian troops crossed Ukraine's borders in
    # February 2022", "since Putin launched the war in February 2022")
    r"(?:(?:\s+(?!since\b)[\w’'-]+){1,4}?\s+(?:in|on)(?=\s+$))?"
    # "since his debut in August 2019", "since the crash in May 2020": an event (one noun)
    # dated by the words after it
    r"|\s+(?:his|her|its|their|the)\s+[\w’'-]+(?=\s+(?:(?:in|on)\s|$))"
    # "since joining in 2019", "since taking office in May 2010": the subject's own act
    r"|\s+[a-z]+ing(?:\s+[\w’'-]+){0,2}?(?=\s+(?:(?:in|on)\s|$)))?\s+"
    rf"(?:(?:at\s+)?{_TIME}\s+(?:on\s+)?)?(?:in\s+|on\s+)?$")


# "since" right before a period, or before its start: "since 2006-07", "since the start of
# last season", "since the beginning of the 2019/20 season"
_SINCE_WHOLE = re.compile(
    r"(?i)\bsince[ \u00a0]+(?:the[ \u00a0]+(?:start|beginning)[ \u00a0]+of[ \u00a0]+)?$")


def _since_whole(text: str, dm: DateMention, D: date | None) -> DateMention:
    """A running scope from the start of a season, year or quarter to publication, when
    "since" (or "since the start of") comes right before it; the period itself otherwise."""
    if D is None or dm.start_date is None or dm.start_date > D:
        return dm
    m = _SINCE_WHOLE.search(text, max(0, dm.start - 30), dm.start)
    if m is None:
        return dm
    return DateMention(m.start(), dm.end, text[m.start():dm.end], dm.start_date, D, dm.weekday,
                       True, "since", "day")


# the event right after "since" names the scope itself ("since the invasion began in ..."), which
# the event's own mention reads; "since Putin launched the war in February 2022" names the date
_EVENT_FIRST = re.compile(r"since (?:the |its |their |russia's |moscow's )?(?:full scale |"
                          r"russian |all out )?(?:invasion|war|pandemic)\b")
_OWN_PREPOSITION = re.compile(r"(?i)(?:in|on)[ \u00a0]+")


def _since_event(text: str, dm: DateMention, D: date | None) -> DateMention:
    """"since his debut in August 2019", "since the act came into force in 2010", "since
    the trough in early 2013": a running scope from the dated event to publication."""
    if dm.kind not in ("part", "month", "date", "decade", "year", "period") or \
            dm.start_date is None \
            or D is None:
        return dm
    lo = max(0, dm.start - 60)
    # a month read with its own "in" ("in February last year"): the event's words end before
    # the date's preposition ("since Moscow launched its war on Ukraine in February last year")
    own_in = _OWN_PREPOSITION.match(text, dm.start)
    m = _SINCE_BEFORE.search(text, lo, own_in.end() if own_in else dm.start)
    if m is None or dm.start_date > D:
        return dm
    said = " ".join(text[m.start():dm.start].lower().replace("-", " ").split())
    if _EVENT_FIRST.match(said) and any(ev.replace("-", " ") in said
                                        for ev in _grammar().events):
        return dm   # "since the full-scale invasion began in February 2022": the event's day
    return DateMention(m.start(), dm.end, text[m.start():dm.end], dm.start_date, D, dm.weekday,
                       True, "since", "day")


# "the week to 15 December", "the seven days ending 15 December", "the month to 30 November",
# "the 24 hours to Tuesday morning": a span that ends on the day written; "the year to
# November", "the three months to October": a span of whole months that ends with the month
# written (the statistics offices' "12 months to November" is December..November)
_COUNT = (r"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
          r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|fifty-two")
# the span's words before its connector: "the four trading weeks", "the 48 hours", "the
# second quarter", "the 12 months", a numbered week ("week 52, ending December 29, 2012")
_SPAN_HEAD = (
    r"(?i)\b(?:the\s+)?(?P<u>(?P<nh>24|48|72|twenty-four|forty-eight|seventy-two)\s+hours|"
    r"week(?P<wn>\s+\d{1,2},?)?|"
    r"seven\s+days|fortnight|two\s+weeks|month|30\s+days|half[\s-]year|year|"
    # "the fiscal first half ended Dec. 31, 2015", "the second half-year to June"
    r"(?:first|second)\s+half(?:[\s-]year)?|"
    r"(?:(?:first|second|third|fourth|final)\s+)?quarter|"
    rf"(?P<n>{_COUNT})(?:\s+|-)(?:(?!to\b)[a-z]+\s+)?(?P<cu>months?|weeks?|days?|years?)"
    # "the 11-day holiday period ending Monday", "the nine-day stretch ending December 2"
    r"(?:\s+(?:[a-z]+\s+)?(?:period|stretch|spell|window|span))?)")
_SPAN_TO = re.compile(
    _SPAN_HEAD + rf"\s+(?:(?:that|which)\s+)?(?:to|ending(?:\s+in)?|ended(?:\s+in)?|through|"
    rf"up\s+to)(?:\s+{_TIME})?"
    r"(?:\s+on)?\s+(?:the\s+end\s+of\s+)?$")
# "the year up to| March": the month's own words begin with the connector, "up" before it
_SPAN_UNIT = re.compile(_SPAN_HEAD + r"\s+(?:up\s+)?$")
_CONNECTOR = re.compile(r"(?i)(?:to|ending|ended|through)\b")
_END_OF = re.compile(r"(?i)(?:the\s+)?end(?:\s+of\s|-)")
_CONNECTOR_TAIL = re.compile(
    rf"(?i)\b(?:to|ending(?:\s+in)?|ended(?:\s+in)?|through)(?:\s+{_TIME})?(?:\s+on)?"
    r"(?:\s+the\s+end\s+of)?\s+$")
_WEEK_ENDING = re.compile(r"(?i)\b(?:the\s+)?w/e\s+$")
_YEAR_ENDING = re.compile(r"\bYE\s+$")   # capitals only: "ye" is also a word
_SPAN_DAYS = {"week": 7, "seven days": 7, "fortnight": 14, "two weeks": 14, "30 days": 30}


def _years_to(text: str, dm: DateMention) -> DateMention | None:
    """"the three years to 2027/28", "the five years to 2030": the years written, counted
    back from the one-year date they end with (a calendar, fiscal or split year); None when
    ``dm`` is no such year or no count of years stands before it."""
    if dm.kind not in ("year", "period") or dm.granularity != "year" or \
            dm.start_date.day != 1 or \
            dm.end_date + timedelta(days=1) != dm.start_date + relativedelta(years=1):
        return None
    m = _SPAN_TO.search(text, max(0, dm.start - 40), dm.start)
    if m is None or not (m.group("cu") or "").lower().startswith("year"):
        return None
    n = _num(m.group("n"))
    if not 2 <= n <= 10:
        return None
    return DateMention(m.start(), dm.end, text[m.start():dm.end],
                       dm.start_date - relativedelta(years=n - 1), dm.end_date, dm.weekday,
                       dm.relative, "period", "year")


def _done_span_back(text: str, dm: DateMention, D: date | None) -> DateMention:
    """A span ending with a month the calendar read alone ("the 12 months to March"), whose
    last month begins after publication, in a sentence that tells it as done ("The firm made a profit of £120m
    in the 12 months to March" in February): the span a year earlier, the latest such span
    ended; a forecast's ("expects a profit ... in the 12 months to March") stays."""
    if D is None or not dm.relative or dm.kind != "period" or dm.end_date is None or \
            dm.end_date.replace(day=1) <= D or \
            dm.end_date - dm.start_date > timedelta(days=366) or \
            re.search(r"\d{4}", dm.text) or _present_tense(text, dm.start, dm.end) or \
            _future_before(text, dm.start, dm.end) or \
            _FUTURE_IN_SENTENCE.search(text, *_sentence_span(text, dm.start, dm.end)):
        return dm
    return replace(dm, start_date=dm.start_date - relativedelta(years=1),
                   end_date=dm.end_date + relativedelta(day=1) - relativedelta(years=1)
                   + relativedelta(day=31))


# a plan or forecast anywhere in the sentence ("expects", "will", "forecast", "is set to")
_FUTURE_IN_SENTENCE = re.compile(r"(?i)\b(?:will|expects?|expected|forecasts?|forecast|"
                                 r"projects?|projected|plans?|aims?|targets?|guidance|"
                                 r"outlook|set[ \u00a0]+to|on[ \u00a0]+track|should|would|"
                                 r"could|might)\b")     # (not "may": a month too)


def _span_to(text: str, dm: DateMention) -> DateMention:
    if dm.end_date is None or dm.start_date is None:
        return dm
    # "the 12 months to the end of September": the month's last day
    day = dm.kind == "date" and dm.start_date == dm.end_date or (
        dm.kind == "part" and _END_OF.match(dm.text) is not None)
    month = dm.kind == "month" or (dm.kind == "period" and dm.granularity in ("month", "quarter")
                                   and
                                   dm.start_date.day == 1 and dm.end_date == _month_end(
                                       dm.end_date.year, dm.end_date.month))
    if not (day or month):
        return dm
    ye = _YEAR_ENDING.search(text, max(0, dm.start - 4), dm.start) if month else None
    if ye is not None:   # statistics offices' "YE March 2024": the year ending March 2024
        return DateMention(ye.start(), dm.end, text[ye.start():dm.end],
                           dm.start_date - relativedelta(months=11), dm.end_date, dm.weekday,
                           dm.relative, "period", "month")
    we = _WEEK_ENDING.search(text, max(0, dm.start - 12), dm.start) if day else None
    if we is not None:   # retail and health statistics' "w/e 12 May": the week ending then
        return DateMention(we.start(), dm.end, text[we.start():dm.end],
                           dm.end_date - timedelta(days=6), dm.end_date, dm.weekday,
                           dm.relative, "period", "week")
    # the month's own words may begin with the connector ("the year| to November"); a month
    # with its year ("the 12 months to| March 2022") and a day have it right before them
    own = month and _CONNECTOR.match(dm.text) is not None
    if not own and not _CONNECTOR_TAIL.search(text, max(0, dm.start - 36), dm.start):
        return dm    # no "to", "ending", "ended", "through" right before the date
    if own:
        m = _SPAN_UNIT.search(text, max(0, dm.start - 40), dm.start)
    else:
        m = _SPAN_TO.search(text, max(0, dm.start - 40), dm.start)
    if m is None:
        return dm
    unit = "week" if m.group("wn") else " ".join(m.group("u").lower().replace("-", " ").split())
    end = dm.end_date
    cu = (m.group("cu") or "").lower()
    if cu[:1] in ("d", "w") and not month:
        # "the four weeks to 28 October", "the four trading weeks to 25 December", "the 10
        # days to Sunday"
        n = _num(m.group("n"))
        days = n * (7 if cu.startswith("week") else 1)
        if not 1 <= days <= 400:
            return dm
        return DateMention(m.start(), dm.end, text[m.start():dm.end],
                           end - timedelta(days=days - 1), end, dm.weekday, dm.relative,
                           "period", "week" if cu.startswith("week") else "day")
    n_months = _num(m.group("n")) if cu.startswith("month") else None
    if cu.startswith("year"):   # "the five years to March 2026", "a five-year period ending"
        n_months = _num(m.group("n")) * 12
    if n_months is not None and not 1 <= n_months <= 120:
        return dm
    if m.group("nh") and not month:
        # the days that end on the morning written: Monday for "the 24 hours to Tuesday",
        # Saturday and Sunday for "the 48 hours to 6am on Monday"
        days = _num(m.group("nh")) // 24
        return DateMention(m.start(), dm.end, text[m.start():dm.end],
                           end - timedelta(days=days), end - timedelta(days=1), dm.weekday,
                           dm.relative, "period", "day")
    if unit.endswith("quarter"):
        n_months = 3
    elif unit in ("half year", "half-year") or unit.startswith(("first half", "second half")):
        n_months = 6
    elif unit == "year":
        n_months = 12
    elif unit == "month" and month:
        n_months = 1
    if month:
        if n_months is None:
            return dm    # "the week to November": no such span
        start = end.replace(day=1) - relativedelta(months=n_months - 1)
    elif unit in _SPAN_DAYS:
        start = end - timedelta(days=_SPAN_DAYS[unit] - 1)
    elif n_months is not None and unit != "month":
        # counted back from the day after: "the six months ended June 30" start on 1 January
        start = end + timedelta(days=1) - relativedelta(months=n_months)
    elif unit == "month":
        start = end + timedelta(days=1) - relativedelta(months=1)
    else:
        start = end + timedelta(days=1) - relativedelta(years=1)
    gran = "week" if unit in ("week", "seven days") else (
        "quarter" if unit.endswith("quarter") else "month" if month or n_months else "day")
    if unit == "year" and text[max(0, m.start() - 10):m.start()].lower().rstrip().endswith(
            tuple(_FISCAL_WORDS)):
        gran = "year"   # "the fiscal year ending March 2018": a fiscal year, named whole
    if unit == "year" and month and end.month == 4 and \
            text[max(0, m.start() - 6):m.start()].lower().rstrip().endswith("tax"):
        # "the tax year to April (2024)": Britain's, 6 April to 5 April
        start, end, gran = date(end.year - 1, 4, 6), date(end.year, 4, 5), "year"
    this = _this_year_to(text, m, dm, end, month) if unit == "year" else None
    if this is not None:
        return this
    return DateMention(m.start(), dm.end, text[m.start():dm.end], start, end, dm.weekday,
                       dm.relative, "period", gran)


def _this_year_to(text: str, m: re.Match[str], dm: DateMention, end: date, month: bool
                  ) -> DateMention | None:
    """"this year up to October 31" (the calendar year to the day), "this year to March"
    (January to the month's end), "this financial year to September" (from the fiscal year's
    first month); None for other words before "year"."""
    own_the = m.group(0)[:1].lower() == "t"
    this = _THIS_BEFORE.search(text, max(0, m.start() - 6), m.start()) if not own_the else None
    if this is not None:
        # "this year up to October 31": the calendar year to the day written; "this year to
        # March": January to the month's end
        return DateMention(this.start(), dm.end, text[this.start():dm.end],
                           date(end.year, 1, 1), end, dm.weekday, dm.relative, "period",
                           "month" if month else "day")
    fis = _THIS_FISCAL_BEFORE.search(text, max(0, m.start() - 20), m.start()) \
        if month and not own_the else None
    if fis is None:
        return None
    # "this financial year to September": from the fiscal year's first month (a country's by
    # its money or name, else April for a financial year and dates.yaml's
    # ``fiscal_year_start`` for a fiscal one) to the month's end
    fm = date_forms.fiscal_start(text, dm.start, 4 if "financial" in fis.group(0).lower()
                                 else int(vocab.load("dates.yaml").get(
                                     "fiscal_year_start", 4)), names=True)
    a = date(end.year if end.month >= fm else end.year - 1, fm, 1)
    return DateMention(fis.start(), dm.end, text[fis.start():dm.end], a, end, dm.weekday,
                       dm.relative, "period", "month")


_THIS_BEFORE = re.compile(r"(?i)\bthis[ \u00a0]+$")
_THIS_FISCAL_BEFORE = re.compile(r"(?i)\bthis[ \u00a0]+(?:fiscal|financial)[ \u00a0]+$")


_WORD_START = re.compile(r"(?:^|(?<=[\s(\[“\"‘'—–]))[\w]")


_FISCAL_WORDS = frozenset(("fiscal", "financial"))
_PREFIX_WORDS = frozenset("""
a the in on of since during for over within across through throughout by until till before after
from early mid late beginning start end middle last this next past previous preceding prior trailing so far to
and between back same was is being up down ending ended starting commencing
""".split())
# a plan's year after these: "its 2022 plan", "under the 2023 plan" (starts tried before a
# year only)
_YEAR_DETERMINERS = frozenset("its their his her our under".split())
_UNITISH = frozenset("""
one two three four five six seven eight nine ten twelve twenty thirty forty few several week
weeks month months year years day days hour hours night decade decades morning afternoon evening
weekend fortnight fortnights couple
""".split())
_RELATIVE = frozenset("past last previous preceding prior trailing this next".split())
# what "latest" is a window of: the latest day or 24 hours (not "the latest year for which")
_LATEST_UNITS = frozenset("24 twenty-four one day days hour hours".split())
# words after which "may" is the month ("in May", "since May"; the grammar then wants the
# capital): "of" and the month prepositions of the core grammar
_MAY_BEFORE = frozenset("of in during since until by through throughout last this ending between "
                         "from early mid late to was is being".split())
# a month that is its sentence's subject, "November alone saw ...", "May stands out as ...":
# the words after it (the modal "May" takes none of them: "May Russia lose ...?")
_MONTH_SUBJECT_VERBS = frozenset("""alone saw sees brought brings stands stood was is proved
marked marks accounted recorded witnessed became remains remained ranks ranked had has""".split())
# ... and a noun of a count the month dates, right after it: "Russia's November losses came to
# 31,030", "the March toll" (a month's own count, no modifier of an issue or class)
_MONTH_COUNT_NOUNS = frozenset("losses toll tally casualties".split())
_MONTH_SUBJECT_VERBS_RX = "|".join(sorted(_MONTH_SUBJECT_VERBS | _MONTH_COUNT_NOUNS))
_DAYWORDS = frozenset("since yesterday today tonight tomorrow overnight".split())


_DIGIT_HEADS = frozenset(("18", "19", "20", "24", "48"))


@lru_cache(maxsize=1)
def _all_anchor_words() -> frozenset[str]:
    return _grammar().anchor_words | date_forms.all_keys()


def _candidates(g: _DateGrammar, ws: Words) -> list[int]:
    """Word indexes worth a look for the core grammar or a date form: one C-speed filter over
    the words. Digit words matter only as years (18xx-20xx), "24"/"48" hours or ordinals
    ("27th"): words are [a-z0-9]+, so w < ":" is "starts with a digit"."""
    keys = _all_anchor_words()
    W = ws.words
    # (each word either finder reads is on ``word_shortlist``: one pass over the words for both)
    return [i for i in word_shortlist(ws)
            if (w := W[i]) in keys or (w < ":" and (w[:2] in _DIGIT_HEADS or w[-1] in "dhts"
                                                  or w[1:2] in ("q", "h", "m")))
            or w[0] in "qh" and w[2:4] == "fy"]


def _anchors(g: _DateGrammar, ws: Words, cand: list[int] | None = None) -> list[int]:
    """Word indexes where a date may be anchored (see ``_DateGrammar.anchor``)."""
    W = ws.words
    n = len(W)
    months, wdays = g.months, g.weekdays
    out = []
    interesting = g.anchor_words
    for i in (cand if cand is not None else _candidates(g, ws)):
        w = W[i]
        if w not in interesting and not (w < ":" and (w[:2] in _DIGIT_HEADS or w[1:2] == "q")
                                         or w[2:4] == "fy" and w[0] == "q"):
            continue
        c0 = w[0]
        if c0 <= "9":
            if len(w) >= 4 and w[:2] in ("18", "19", "20") and w[2:4].isdigit() and (
                    len(w) == 4 or w[4:] == "s"):
                out.append(i)
            elif (w == "24" or w == "48") and i + 1 < n and W[i + 1] in ("hours", "hour"):
                out.append(i)
            elif w[1:2] == "q" and w[0] in "1234" and len(w) in (4, 6):
                out.append(i)   # "4Q24", "1Q2024"
            continue
        if w in months:
            if w == "may":
                prev = W[i - 1] if i else ""
                nxt = W[i + 1] if i + 1 < n else ""
                # ("May, at 35,370, was the third-costliest month": the grammar wants the
                # month's figure in commas and a verb after it)
                # ("May's 63 was the lowest of 2026": the modal is never possessive, "s")
                if not (nxt[:1].isdigit() or prev[:1].isdigit() or prev in _MAY_BEFORE or
                        nxt in _MONTH_SUBJECT_VERBS or nxt == "s" or
                        nxt == "at" and i + 2 < n and W[i + 2][:1].isdigit()):
                    continue
            out.append(i)
        elif w in wdays or w in _DAYWORDS:
            out.append(i)
        elif w in _RELATIVE:
            nxt = W[i + 1] if i + 1 < n else ""
            if nxt[:1].isdigit() or nxt in _UNITISH or nxt in wdays or nxt == "coming":
                out.append(i)
        elif w == "latest" and i + 1 < n and W[i + 1] in _LATEST_UNITS:
            out.append(i)   # "in the latest day", "over the latest 24 hours"
        elif w == "day" and i + 1 < n and W[i + 1] in ("before", "earlier"):
            out.append(i)
        elif w == "so" and i + 1 < n and W[i + 1] == "far":
            out.append(i)
        elif w in ("twenty", "forty") and i + 1 < n and W[i + 1] in ("four", "eight"):
            out.append(i)
        elif w == "quarter" and i and (W[i - 1] in _QUARTERS or (
                W[i - 1] == "calendar" and i > 1 and W[i - 2] in _QUARTERS)):
            out.append(i)   # "the third quarter", "the second calendar quarter"
        elif w == "quarter" and i + 2 < n and W[i + 1] in ("1", "2", "3", "4") and (
                W[i + 2][:2] in ("19", "20") or W[i + 2] == "of" and i + 3 < n
                and W[i + 3][:2] in ("19", "20")):
            out.append(i)   # "Quarter 3: 2019", "quarter 2 of 2024" (statistics releases)
        elif w in ("q1", "q2", "q3", "q4") or (w.endswith("-quarter") and w[:-8] in _QUARTERS):
            out.append(i)
        elif w[2:4] == "fy" and w[:1] == "q" and w[1:2] in "1234":
            out.append(i)   # "Q2FY25"
    # "two weeks ago", "a year earlier": found from the last word (fast scans of the text)
    extra = False
    low, S = ws.low, ws.starts
    for last in (" ago", " earlier", " before"):
        p = low.find(last)
        while p >= 0:
            k = bisect_left(S, p + 1)
            if 0 < k < len(S) and S[k] == p + 1 and W[k - 1] in _AGO_UNITS:
                out.append(k - 1)
                extra = True
            p = low.find(last, p + 1)
    if extra:
        out.sort()
    return out


def _month_range_at(W: list[str], j: int, months: dict[str, int], between: bool = False
                    ) -> bool:
    """Whether the words from ``j`` on, right after a month, go on to a second month: a range
    of months ("July-September", "October to December", "July 2018–June 2019"; after a year
    only a dash or to/through/until: "July 2018 and June 2019" are two months, unless
    ``between`` stands before the first: "between April 2018 and March 2019")."""
    n = len(W)
    if j < n and len(W[j]) == 4 and W[j].isdigit():
        j += 1
        return j < n and (W[j] in months or (
            W[j] in _RANGE_JOIN and (between or W[j] != "and") and j + 1 < n and
            W[j + 1] in months))
    return j < n and (W[j] in months or (
        W[j] in _RANGE_JOIN and j + 1 < n and W[j + 1] in months))


def _matches(g: _DateGrammar, text: str, ws: Words | None = None,
             cand: list[int] | None = None) -> Iterator[re.Match[str]]:
    if ws is None:
        ws = words(text)
    low, S, W = ws.low, ws.starts, ws.words
    months, n = g.months, len(W)
    pos = 0
    for i in _anchors(g, ws, cand):
        at = S[i]
        if at < pos:
            continue
        w = W[i]
        if w in months and _month_range_at(W, i + 1, months, i > 0 and W[i - 1] == "between"):
            rx = g.rx_mr      # "July-September", "from October to December", "July 2018–June"
        elif w in _QUARTER_ANCHORS or w.endswith("-quarter") or w[1:2] == "q" or \
                w[2:4] == "fy":
            rx = g.rx_q
        elif w in _AGO_UNITS:
            rx = g.rx_ago
        else:
            rx = g.rx
        # candidate starts: up to three date words before the anchor, then the anchor
        starts = []
        for j in range(max(0, i - 3), i):
            if S[j] >= pos and S[j] >= at - 40 and (W[j] in _PREFIX_WORDS or W[j][0] <= "9"
                                                     or W[j] in _YEAR_DETERMINERS
                                                     and w[:2] in ("18", "19", "20")
                                                     or W[j] in g.weekdays
                                                     or W[j] in _NUMBER_STARTS
                                                     or rx is g.rx_q and W[j] in _QUARTERS
                                                     and W[j - 1] not in _FISCAL_WORDS):
                # (an ordinal opens a quarter with no "the": "Adidas second-quarter sales";
                # not a company's "fiscal first quarter", whose months its year decides)
                starts.append(S[j])
        starts.append(at)
        match = g.match_at[id(rx)]
        for st in starts:
            m = match(low, st)
            if m is not None and m.end() > at:
                pos = m.end()
                yield m
                break


def _wd(g: _DateGrammar, wd: str | None) -> str | None:
    if not wd:
        return None
    return g.weekdays.get(wd.lower().rstrip("."))


def _this_last(D: date, tl: str, tu: str) -> tuple[date, date]:
    if tu == "week":
        monday = D - timedelta(days=D.weekday())
        if tl == "this":
            return monday, monday + timedelta(days=6)
        if tl == "next":
            return monday + timedelta(days=7), monday + timedelta(days=13)
        if tl == "past":
            return D - timedelta(days=7), D - timedelta(days=1)
        return monday - timedelta(days=7), monday - timedelta(days=1)
    if tu == "weekend":
        if tl == "this":   # the weekend of the week of publication, as "this Friday"
            sat = D + timedelta(days=5 - D.weekday())
            return sat, sat + timedelta(days=1)
        sat = D - timedelta(days=(D.weekday() - 5) % 7)
        if tl in ("last", "past") and sat >= D - timedelta(days=1) and tl == "last":
            sat -= timedelta(days=7)
        return sat, sat + timedelta(days=1)
    if tu == "month":
        first = date(D.year, D.month, 1)
        if tl == "this":
            return first, _month_end(D.year, D.month)
        if tl == "next":
            nxt = first + relativedelta(months=1)
            return nxt, _month_end(nxt.year, nxt.month)
        if tl == "past":
            return D - relativedelta(months=1), D - timedelta(days=1)
        prev = first - relativedelta(months=1)
        return prev, _month_end(prev.year, prev.month)
    # year
    if tl == "this":
        return date(D.year, 1, 1), date(D.year, 12, 31)
    if tl == "next":
        return date(D.year + 1, 1, 1), date(D.year + 1, 12, 31)
    if tl == "past":
        return D - relativedelta(years=1), D - timedelta(days=1)
    return date(D.year - 1, 1, 1), date(D.year - 1, 12, 31)


def default_order() -> str:
    """dates.yaml's default date order ("MDY" or "DMY")."""
    return str((vocab.load("dates.yaml").get("date_order") or {}).get("default", "MDY")).upper()


def date_order_for(meta: dict[str, Any] | None = None, outlet: str | None = None) -> str:
    """The order a document's numeric dates are read in: its front matter's ``date_order``,
    else its ``language`` (dates.yaml ``dmy_languages``), else its outlet (``dmy_outlets``),
    else the default (MDY: English copy)."""
    meta = meta or {}
    cfg = vocab.load("dates.yaml").get("date_order") or {}
    given = str(meta.get("date_order") or "").upper()
    if given in ("DMY", "MDY"):
        return given
    lang = str(meta.get("language") or meta.get("lang") or "").lower().replace("_", "-")
    if lang:
        dmy = [str(x).lower() for x in cfg.get("dmy_languages", [])]
        if lang in dmy or lang.split("-")[0] in dmy:
            return "DMY"
        if lang.startswith("en"):
            return default_order()
    where = str(outlet or meta.get("outlet") or "").lower()
    if where and any(str(o).lower() in where for o in cfg.get("dmy_outlets", [])):
        return "DMY"
    return default_order()


def not_cumulative() -> list[str]:
    """Phrases that hold a running-total marker but make no running total ("a total of",
    "monthly total"), from dates.yaml."""
    return _grammar().not_cumulative


def month_names() -> list[str]:
    """Every spelling of a month in dates.yaml ``months`` ("january", "jan", ...)."""
    return list(_grammar().months)


def added_to() -> list[str]:
    """Verbs whose figures go to a running total named after "to" ("added 33 artillery
    systems ... to the tally"), from dates.yaml ``added_to``."""
    return _grammar().added_to


def markers() -> tuple[list[str], list[str], date | None]:
    """(cumulative markers, daily markers, default cumulative scope start) from dates.yaml."""
    g = _grammar()
    return g.cumulative_markers, g.daily_markers, g.default_scope_start


add_key_words(_all_anchor_words)    # (the shortlist of words both finders read: shortlist.py)
