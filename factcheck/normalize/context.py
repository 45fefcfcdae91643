"""What surrounds a figure: its sentence, section, quotation, period, measure, subject, source.

``Context`` is built once per document from the extractor's mentions and answers, for each
figure, the questions a claim record needs. Vocabularies: measures.yaml, subjects.yaml,
sources.yaml, hedges.yaml, dates.yaml. It must not judge claims.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from ..extract import Mentions, vocab
from ..extract.text import lower_same_length, tables
from ..extract.dates import BASE_AMOUNT_THAN, DAY_BEFORE_LAST, added_to, markers
from ..extract.biennia import biennium_span, biennium_years
from ..extract.date_forms import bare_split_start, commodity_start, fiscal_start, \
    us_government_starts
from ..extract.numbers import QuantityMention, change_words
from ..model import Document
from . import lexicon
from .cues import SP, one_of, optional, word_of
from .entities import ANAPHOR, Entities, lower_words, written_alias
from .across import joint_after, total_lead
from .across import words as across_words
from .relations import relate
from .listed_units import listed_units
from .month_records import ranked_at

# what may stand before a counting body that opens its sentence: "The ISW ...", "- Oryx"
# (after an opening adverbial and its comma: "At the same time, the BBC Russian service ...",
# "Meanwhile, Mediazona ...")
# a relative clause right after a figure that says what it counts: "54,218 who set off"
_WHO_CLAUSE = re.compile(r"[ \u00a0]+(?:who|that|which)[ \u00a0]+[a-z]")
# the sections that sum the story up, whose fractions in words are compared with the body
_SUMMARY_SECTIONS = frozenset(("headline", "keypoints"))
# a fraction written in words ("a fifth", "two-thirds", "half") and the "of" that names its whole
_FRACTION_WORD = re.compile(r"\b(?:half|thirds?|quarters?|fifths?|tenths?)\b")
# ("a tenth of a point", "half of one per cent": a fraction of a unit, no share of a whole)
_OF_NEXT = re.compile(r"[ \u00a0]+of[ \u00a0]+(?!(?:a|an|one)\b)")
_OPENING_THE = re.compile(r"[\s*#>•-]*(?:(?:at[ \u00a0]+the[ \u00a0]+same[ \u00a0]+time|meanwhile|"
                          r"separately|however|by[ \u00a0]+contrast|in[ \u00a0]+addition|also|"
                          r"independently),[ \u00a0]+)?(?:the[ \u00a0]+)?")
# a day named relative to another ("the previous day's 1,070", "the 800 of the day before"):
# it dates a figure the text compares with, not the paragraph's time frame
_COMPARED = re.compile(r"(?i)\b(?:previous|prior|preceding|before|earlier)\b")
_MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|" \
    "november|december"
# a figure's own date right after it ("253,290 in 2023", "20,500 in June")
_NUMBER_RUN = re.compile(r"[\d][\d,.\u00a0]*")
_OWN_DATE_AFTER = re.compile(r"(?:[ \u00a0]+[a-z]+){0,3}?[ \u00a0]+(?:in|on|during|for)[ \u00a0]+"
                             r"(?:(?:19|20)\d\d|" + _MONTH_NAMES +
                             r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b")
# the base of a rate of change shorter than a year, in the words after the figure
# the level a percentage change brings its figure to, in a unit other than percent: "rose
# 10% to 84,778 tonnes", "fell 23% to $1.37 billion"
_TO_LEVEL = re.compile(r"(?:[ \u00a0]+(?:from|on)[ \u00a0]+(?:a|the|last)[ \u00a0]+[a-z]+"
                       r"(?:[ \u00a0]+(?:earlier|before|ago))?)?"
                       r"(?:,[ \u00a0]*or[ \u00a0]+[^,;]{1,25}?,)?[ \u00a0]+to[ \u00a0]+(?:(?:about|around|nearly|almost|some|roughly)"
                       r"[ \u00a0]+)?[$£€¥]?\d[\d,.]*+(?:[ \u00a0]*(?:m|bn|k|million|billion|"
                       r"trillion)\b)?(?![ \u00a0]*(?:%|per[ \u00a0]*cent|percent|percentage))")
_SHORT_BASE = re.compile(
    r"\b(?:on[ \u00a0]+the[ \u00a0]+(?:month|quarter)|(?:month|quarter)[- ]on[- ](?:month|quarter)|"
    r"from[ \u00a0]+the[ \u00a0]+(?:previous|prior|preceding)[ \u00a0]+(?:month|quarter|three[ \u00a0]+months)|"
    r"on[ \u00a0]+a[ \u00a0]+(?:quarterly|monthly)[ \u00a0]+basis|m/m|q/q|"
    r"(?:in|during)[ \u00a0]+(?:" + _MONTH_NAMES + r")[ \u00a0]+from[ \u00a0]+(?:" + _MONTH_NAMES +
    r")|from[ \u00a0]+(?:" + _MONTH_NAMES + r")\b(?![ \u00a0]+\d|[ \u00a0]+(?:last|a)\b))")
# the same said before the figure in its clause: "On a quarterly basis output fell 1.8%"
_SHORT_BASE_BEFORE = re.compile(r"\bon[ \u00a0]+a[ \u00a0]+(?:quarter|month)ly[ \u00a0]+basis[ \u00a0]*,?"
                                r"(?:[ \u00a0]+[a-z][\w’'-]*){0,4}[ \u00a0]+(?:by[ \u00a0]+)?$")
# a sentence that opens by widening its figures to another named body
_INCLUDING = re.compile(r"[\W]*(?:Including|Counting|Together[ \u00a0]+with|Combined[ \u00a0]+with)"
                        r"[ \u00a0]+(?:its[ \u00a0]+|their[ \u00a0]+|the[ \u00a0]+)?"
                        r"((?:[A-Z][\w’'&.-]*[ \u00a0]*)+?)(?=[,(])"
                        # and its apposition: "Including Laudamotion, its Austrian subsidiary,"
                        r"(?:,[ \u00a0]+(?:its|their|the|a|an)[ \u00a0][^,.;:\d]{0,60}(?=,))?")
# a split year written bare ("2011-12", "2019/20"), which a season or a fiscal year may be
_BARE_SPLIT = re.compile(r"(?:19|20)\d\d[-/–]\d\d")
# a split fiscal year ("FY2024/25", "fiscal 2024-25", "the 2024/25 financial year"): whose, a
# country's money or name in its sentence says; with none, its first month is only a default
_FISCAL_SPLIT = re.compile(r"(?i)(?:\bfy|\bfiscal\b|\bfinancial\b).*(?:19|20)\d\d[-/–]\d\d|"
                           r"(?:19|20)\d\d[-/–]\d\d[ \u00a0]+(?:fiscal|financial)\b")


@lru_cache(maxsize=64)
def split_year_readings(y: int, fiscal: bool = False, only: tuple[str, ...] = ()
                        ) -> tuple[tuple[str, date, date], ...]:
    """The years a bare split year "Y-(Y+1)" may be when neither its sentence nor its story
    says whose: each kind dates.yaml's ``split_year_starts`` names (a season from July, a
    financial or tax year from April, an academic year from September) and each country's
    fiscal year ``fiscal_year_by_money`` lists (July, October), one reading per first month.
    The claim's own period stays both calendar years, every reading's envelope; these are
    listed (``extra.period_readings``) so the report says what the figure may be of, and a
    figure of a dated series is read on each (``readings._split_year_readings``). With
    ``fiscal``, a fiscal or financial year no country decides: only the fiscal kinds; with
    ``only``, those kinds (an academic year a cue read: September's and the UK universities'
    from August, ``split_year_other_starts``)."""
    cfg = vocab.load("dates.yaml")
    by_month: dict[int, list[str]] = {}
    kinds = set(cfg.get("fiscal_kinds") or ()) if fiscal else set(only) if only else None
    for kind, month in (cfg.get("split_year_starts") or {}).items():
        if kinds is None or kind in kinds:
            by_month.setdefault(int(month), []).append(str(kind))
    for month in (cfg.get("fiscal_year_by_money") or {}) if not only else ():
        if int(month) > 1:
            by_month.setdefault(int(month), []).append("fiscal year")
    for kind, months in (cfg.get("split_year_other_starts") or {}).items():
        if kinds is None or kind in kinds:
            for month in months:
                by_month.setdefault(int(month), []).append(str(kind))
    out = []
    for month in sorted(by_month):
        a = date(y, month, 1)
        out.append((f"from {a:%B}: " + ", ".join(dict.fromkeys(by_month[month])), a,
                    date(y + 1, month, 1) - timedelta(days=1)))
    return tuple(out)


# "the 2024/25 year to date", "2023-24 year to date": a split year under way (dates43)
_SPLIT_TO_DATE = re.compile(r"(?i)(?:the[ \u00a0]+)?((?:19|20)\d\d)[/\-–]\d\d[ \u00a0]+year"
                            r"[ \u00a0-]to[ \u00a0-]date")


# a split year's reading as its two calendar years, kept for a rate, share or yearly average
# only (``_pooled``)
_POOLED_PAIR = "both calendar years: a rate or average pooled over the two"
_PER_YEAR_AFTER = re.compile(r"[ \u00a0]+(?:a|per|each)[ \u00a0]+(?:year|annum)\b")
_AVERAGE_BEFORE = re.compile(r"\b(?:an?|the)[ \u00a0]+(?:annual[ \u00a0]+|yearly[ \u00a0]+)?"
                             r"average[ \u00a0]+(?:of[ \u00a0]+)?$")


# the kinds of split year whose readings are listed: (fiscal kinds only, the kinds only)
_SPLIT_KINDS: dict[str, tuple[bool, tuple[str, ...]]] = {
    "split year": (False, ()), "fiscal split year": (True, ()),
    "academic split year": (False, ("academic year", "school year"))}


def _academic_month() -> int:
    return int((vocab.load("dates.yaml").get("split_year_starts") or {}).get(
        "academic year", 9))


# a forecast's verb in a figure's clause right before it ("will total", "is forecast to reach"):
# the total of the whole period, not one to date
_FORECAST_BEFORE = re.compile(r"\b(?:will|would|(?:is|are)[ \u00a0]+(?:expected|forecast|"
                              r"projected|set)[ \u00a0]+to)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?"
                              r"(?:total|reach|come[ \u00a0]+to|amount[ \u00a0]+to|top)"
                              r"[ \u00a0]+(?:about[ \u00a0]+|around[ \u00a0]+|some[ \u00a0]+)?$")
# a fiscal year named by its label ("fiscal 2026", "FY2025-26", "the 2025-26 fiscal year"), and
# a month written in a date's words (its start stated: "the fiscal year that begins July 1")
_FISCAL_NAMED = re.compile(r"(?i)\b(?:fy|fiscal)")
_MONTH_WRITTEN = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")


# the end of a running span written in its words ("This year, up to October 31")
_END_WRITTEN = re.compile(r"(?i)\b(?:up[ \u00a0]+to|until|till|through)\b")


def us_fiscal_readings(y: int, starts: tuple[int, ...]) -> tuple[tuple[str, date, date], ...]:
    """The years a US state's or local government's fiscal year ending in ``y`` may be, one
    per month such a year begins in (dates.yaml ``fiscal_year_us_government``): "fiscal
    2026" of a city is July 2025 to June 2026 or October 2025 to September 2026."""
    return tuple((f"from {date(2000, m, 1):%B}: a US state or local government's fiscal year",
                  date(y - 1 if m > 1 else y, m, 1),
                  date(y if m > 1 else y + 1, m, 1) - _DAY) for m in starts)


def _split_label(text: str) -> bool:
    """Whether a year's words name two years ("FY2025-26", "the 2025/26 fiscal year")."""
    return re.search(r"(?:19|20)?\d\d[ \u00a0]*[-/–][ \u00a0]*\d\d", text) is not None


# a fiscal, financial or tax year named by its place, not its years: "the last tax year",
# "this financial year", "next fiscal year" (whose, a country's money or name may say)
_RELATIVE_FISCAL = re.compile(r"(?i)^(?:the[ \u00a0]+)?(?:(?P<rel>this|last|next|previous|prior|"
                              r"current|coming|past)[ \u00a0]+)?(?P<kind>tax|fiscal|financial)"
                              r"[ \u00a0]+year$")
_SHIFT = {"last": -1, "previous": -1, "prior": -1, "past": -1, "next": 1, "coming": 1}


def relative_fiscal_readings(words: str, D: date) -> tuple[tuple[str, date, date], ...]:
    """The years "the last tax year" may be when no country is named (the claim's period is
    the default, a year from April): the calendar year, each fiscal year dates.yaml knows
    (``split_year_starts``' fiscal kinds, ``fiscal_year_by_money``'s months: April, July,
    October) and, for a tax year, the UK's from 6 April (``uk_tax_year``); each the one begun
    by publication, or the one before or after as the words say. () when the words are not
    such a year. Listed as ``period_readings``, as a bare split year's are."""
    m = _RELATIVE_FISCAL.match(" ".join(words.split()))
    if m is None:
        return ()
    cfg = vocab.load("dates.yaml")
    starts: dict[tuple[int, int], list[str]] = {(1, 1): ["calendar year"]}
    kinds = set(cfg.get("fiscal_kinds") or ())
    for kind, month in (cfg.get("split_year_starts") or {}).items():
        if kind in kinds:
            starts.setdefault((int(month), 1), []).append(str(kind))
    for month in (cfg.get("fiscal_year_by_money") or {}):
        if int(month) > 1:
            starts.setdefault((int(month), 1), []).append("fiscal year")
    uk = cfg.get("uk_tax_year") or {}
    if m.group("kind").lower() == "tax" and uk:
        starts.setdefault((int(uk["month"]), int(uk["day"])), []).append("UK tax year")
    shift = _SHIFT.get((m.group("rel") or "").lower(), 0)
    out = []
    for (month, day) in sorted(starts):
        a = date(D.year, month, day)
        if a > D:
            a = date(D.year - 1, month, day)
        a = date(a.year + shift, month, day)
        b = date(a.year + 1, month, day) - _DAY
        out.append((f"from {day} {a:%B}: " + ", ".join(dict.fromkeys(starts[(month, day)])),
                    a, b))
    return tuple(out)


_DAY = timedelta(days=1)
PERIOD_WINDOW = 1000   # characters around a figure where the dates that may set its period stand
# a clause of its own: a marker before it ("stood at", "the total") does not reach into it
# words that make a figure a count up to a moment (figures over time in one story)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# the words right before a place a figure's clause names after it as where the count
# happened ("have died in mainland China", "across England")
_PLACE_IN = re.compile(r"\b(?:in|across|throughout)\s+(?:mainland\s+)?$")
_AS_OF = re.compile(
    r"\bby\s+(?:(?:early|late|mid)[\s-]+)?(?:" + _WEEKDAY + r"|noon|midday|midnight|nightfall|"
    r"(?:this|that|" + _WEEKDAY + r")\s+(?:morning|afternoon|evening|night)|the\s+(?:morning|"
    r"afternoon|evening|end\s+of\s+(?:the\s+day|" + _WEEKDAY + r"))|"
    r"\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.))\b|"
    r"\b(?:death\s+)?toll\b|\bso\s+far\b|\bto\s+date\b|"
    r"\b(?:has|have|had)\s+(?:now\s+|since\s+)?(?:died|been\s+killed|been\s+confirmed|risen|"
    r"climbed|reached)\b")
# a part of the figure before, standing between it and a marker or date after it ("4,783
# cruise missiles, 50 of them in the past day"): the marker and the date are the part's
_PART_BETWEEN = re.compile(r"\d[\d,.]*[ \u00a0]+of[ \u00a0]+(?:them|those|these|which)\b")
# "put the day's losses at 1,150 and the total since the invasion at 417,950": a marker that
# opens the next item of a coordination ("and the total since ...", then its own figure) is
# that item's, not the figure's before the "and"
# a source's verb with "that" after it: what it says follows it ("..., as Western officials
# reported that Moscow was losing more soldiers than it could recruit"), not a figure before it
_REPORTED_THAT = re.compile(
    r"[ \u00a0]*(?:(?:have|has|had)[ \u00a0]+)?(?:said|say|says|reported|report|reports|warned|"
    r"noted|estimated|estimate|believe|believed|claimed|stated|announced|wrote|added|"
    r"concluded|assessed|told[ \u00a0]+[a-z]+)[ \u00a0]+(?:on[ \u00a0]+[a-z]+[ \u00a0]+)?that\b"
    r"(?![ \u00a0]+(?:day|week|month|year|time|period|morning|evening|night|figure|number|"
    r"total|count|tally)\b)")
_OPENS_NEXT_ITEM = re.compile(r"[ \u00a0]*,?[ \u00a0]*and[ \u00a0]+")
# ... and the head of that next item before its "since" scope: "put the day's losses at around
# 1,100, and the total since the invasion began at 990,800" (the scope is the total's)
_NEXT_ITEM_HEAD = re.compile(r"[ \u00a0]*,?[ \u00a0]*and[ \u00a0]+(?:the|its|their)[ \u00a0]+"
                             r"(?:[a-z'’-]+[ \u00a0]+){0,2}?(?:total|tally|toll|count|losses)"
                             r"[ \u00a0]+")
_OF_THEM = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:them|those|these|which)\b")
# the words that open a running total's clause right before its "since" scope: "six tanks, 826
# drones and 162 vehicles, bringing its personnel losses since February 2022 to 1,244,560"
# (the scope is the total's, not the list's before it)
_TOTAL_CLAUSE_OPEN = re.compile(
    r",?[ \u00a0]+(?:bringing|taking|raising|pushing|lifting|which[ \u00a0]+(?:brings|brought|"
    r"takes|took|raised))[ \u00a0]+(?:the|its|their|russia[’']s|moscow[’']s)[ \u00a0]+"
    r"(?:[a-z’'-]+[ \u00a0]+){0,3}?(?:totals?|toll|tally|count|number|loss(?:es)?|"
    r"casualties)[ \u00a0]+(?:(?:since|in|for)[ \u00a0]+)?$")
# (", and that": a second thing said, "said the total since the invasion had reached 935,160,
# and that 147 drones had also been destroyed")
_NEW_CLAUSE = re.compile(r",\s+(?:while|whereas|but|although|though|and\s+that)\b|;")
_AND_THAT = re.compile(r",[ \u00a0\n]+and[ \u00a0\n]+that\b")
# "The total includes yesterday's 1,150", "the tally, which included 1,380 over the past day":
# the marker names the whole that holds the figure, not the figure's own scope
_HOLDS_IT = re.compile(r"\b(?:includes|including|included|include)\b")
# a second verb of saying joined to the first ("put Moscow's total at 484,030 and said 31
# tanks ... were also destroyed in the same period"): what it says is a clause of its own, and
# a running-total marker of the first clause is not its figures'
_SAID_CLAUSE = re.compile(r"\band[ \u00a0\n]+(?:said|says|added|adds|reported|reports|noted|"
                          r"announced|announces)\b")
# kinds of dates that name calendar days (a report's date), not windows or scopes
_CALENDAR = frozenset(("date", "month", "period", "part", "year"))
# an amount followed by its value per share is a profit ("earned $7.7 billion, or $1.28 a
# share"), whatever verb gave it
# a figure's converted twin in brackets, or the bracket's close after the twin: "41.0 mm (1.6
# inches) of rain", "1.6 inches) of rain"
# (a noun after a bracket, not a preposition or clause: "(75 basis points) in July")
_NOUN_NEXT = (r"(?=[ \u00a0]+(?!(?:in|on|at|to|from|by|for|with|and|or|but|as|than|"
              r"since|after|before|during|over|under|last|this|that|which|who|"
              r"while|when|a|an|the)\b)[a-z])")
_BRACKET_TWIN = re.compile(r"[ \u00a0]*(?:\([ \u00a0]*(?:about[ \u00a0]+|around[ \u00a0]+)?"
                           r"[-\d][\d.,]*[ \u00a0]*[a-z°][a-z°/.² ]{0,14}\)|\))" + _NOUN_NEXT)
# a running total's bracketed day's figure before the noun both count: "11,037 (+2) tanks",
# "28 (0) boats" (an agency's list, number first), or a sign with no figure, a quiet day:
# "1,659 (+) multiple rocket launchers"
_BRACKET_INCREMENT = re.compile(r"[ \u00a0]*\([ \u00a0]*(?:[+\-−]?[ \u00a0]*\d[\d,.]*|[+\-−])"
                                r"[ \u00a0]*\)" + _NOUN_NEXT)
# ... and the day's figure itself, inside those brackets: "(+2) tanks"
_INCREMENT_OPEN = re.compile(r"\([ \u00a0]*[+\-−]?[ \u00a0]*$")
_INCREMENT_CLOSE = re.compile(r"[ \u00a0]*\)" + _NOUN_NEXT)
# ... or a dash before the noun: "45,720 — russian personnel losses in November 2024" (a
# ministry's card, figure first)
_DASH_NOUN = re.compile(r"[ \u00a0]*[—–]" + _NOUN_NEXT)
_PER_SHARE_AFTER = re.compile(r",\s+or\s+[$€£¥]?\s?\d[\d.,]*\s*(?:cents?|p|pence)?\s+(?:a|per)\s+"
                              r"(?:diluted\s+|basic\s+)?share\b")
_TIME_CONJ = re.compile(word_of("after|before|when|since|until|once"))
_FROM_WORD = re.compile(r"\b(?:" + one_of("from|after|against") + SP + optional("the") +
                        r"|than" + SP + one_of("the|its|their") + SP + ")")
# an earlier value set off by a comma: "to 121 seats, down from 365"
_APPOSED_FROM = re.compile("," + SP + one_of("up|down") + SP + "from" + SP + optional("[a-z]+")
                           + "$")
# a date a later figure-less comparison names: "fewer than in 2017", "warmer than 2016"
# ... or its result on another occasion: "a gain of 209 on its result in 2019"
# an attribution with no verb that names whose count a figure is (lexicon: "by X's count")
_COUNT_OF = re.compile(r"(?:count|tally|estimates?|figures|reckoning|calculations?|data|"
                       r"numbers)$")
# "200 companies will publish second-quarter earnings this week": a period that names the
# results a subject publishes is of no figure before the verb (the count of publishers is the
# week's); "revenue of $90 billion when it reports fourth-quarter results" keeps it
_PUBLISHES_BEFORE = re.compile(
    r"\b(?:publish(?:es|ed)?|release[sd]?|report(?:s|ed)?|announce[sd]?|post(?:s|ed)?|"
    r"unveil(?:s|ed)?)" + SP + optional("their|its|the|his|her") + "$")
_RESULTS_AFTER = re.compile(r"[ \u00a0-]+(?:earnings|results|figures|accounts|numbers)\b")
_ATTRIBUTIVE_PERIOD = re.compile(r"(?i)(?:first|second|third|fourth|final|1st|2nd|3rd|4th)-"
                                 r"quarter")
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|"
           "november|december")
_THAN_BEFORE = re.compile(
    # ("than it was in March": the compared time's own clause)
    r"\b(?:than" + SP + optional("(?:it|they|prices?|bills?|this|that) (?:was|were)") +
    optional("in|at|on|during") +
    # "710 more than in its report of Monday": the date of the report compared with
    "(?:" + one_of("its|their|the|a") + SP + optional("previous|last|earlier") +
    one_of("report|update|tally|count|figure|figures|total|estimate|bulletin|post") + SP +
    one_of("of|on|from|for") + SP + ")?" +
    "|on" + SP + one_of("its|their|the") +
    SP + one_of("result|tally|showing|performance") + SP + optional("in|at|of|from") + ")$")
_WAS_IN_THAN = re.compile(r"\b(?:was|were)\b")
# a figure said to be the same as at another time, right before that time's date
_SAME_AS_IN = re.compile(r"\b(?:the|its|their)[ \u00a0]+same(?:[ \u00a0]+[a-z]+){0,2}[ \u00a0]+as"
                         r"(?:[ \u00a0]+(?:in|on|at|for|during))?[ \u00a0]+(?:the[ \u00a0]+)?$")
# "5.74 million, up 4.2% on January last year", "0.5% higher on the same month last year": the
# time a change is counted from, no period of the level before it (a month or longer: "1.2%
# lower on the 2nd", "a 47% increase on 1 April" give the day the change came)
_CHANGE_ON_BEFORE = re.compile(
    r"\b(?:up|down|higher|lower|rise|fall|increase|decrease|drop|gain)" +
    r"(?:[ \u00a0]+\d[\d.,]*[ \u00a0]*(?:%|per[ \u00a0]?cent|pc))?" + SP + "on" + SP +
    # (the words of the compared time before the date found: "on January last year")
    "(?:(?:the|same|month|quarter|week|period|of|" + _MONTHS + ")" + SP + "){0,4}$")
# a figure ahead of or behind a time as a base: "sales were 3% ahead of last year", "2% behind
# the same period in 2019" (a day is no base here: "rose 3% ahead of Christmas" is a time)
_AHEAD_OF_BEFORE = re.compile(r"[\d%t][ \u00a0]+(?:ahead[ \u00a0]+of|behind)[ \u00a0]+"
                              r"(?:(?:the[ \u00a0]+)?same[ \u00a0]+[a-z]+[ \u00a0]+(?:in[ \u00a0]+)?)?$")
# the opening of a relative clause on a name, up to a figure in it: "Menino, who won "
_RELATIVE_OPEN = re.compile(r"[a-z’'],[ \u00a0]+(?:who|which)[ \u00a0]+[^,;:()\d]{0,60}$")
# a change counted from a time after "on": "up 4.2% on January last year", "4.2% up on"
_CHANGE_ON = re.compile(r"\b(?:up|down|higher|lower|rise|fall|increase|decrease|drop|gain)"
                        r"(?:[ \u00a0]+\d[\d.,]*[ \u00a0]*(?:%|per[ \u00a0]?cent|pc))?[ \u00a0]+on\b")
_TO_BEFORE = re.compile(r"\bto" + SP + optional("[a-z]+") + "$")
# what stands between two items of a list: a short noun phrase and "and", "or" or a comma
# "rose to 27.5%, from 27.2%, in the third quarter": a compared value set off by commas is an
# aside; the date after the closing comma is the main clause's, not the aside's
_ASIDE_OPEN = re.compile(r",[ \u00a0]*(?:(?:up|down|rising|falling|higher|lower|compared)"
                         r"[ \u00a0]+)?(?:from|against|with|versus|vs\.?)[ \u00a0]+"
                         r"(?:(?:an?|the)[ \u00a0]+)?")
_ASIDE_CLOSE = re.compile(r"[ \u00a0]*,[ \u00a0]*(?:(?:in|for|during|over|on|at|by|through|"
                          r"across)[ \u00a0]+)?")
_TO_NEW_VALUE = re.compile(r"(?:[ \u00a0]+[a-z-]+){0,2}?[ \u00a0]+to[ \u00a0]+")
# a part before its whole: "Twelve of the 20 cities ... in the year ending October 2019"
_PART_OF_WHOLE = re.compile(r"[ \u00a0]+(?:out[ \u00a0]+)?of[ \u00a0]+(?:the[ \u00a0]+|its[ \u00a0]+|"
                            r"their[ \u00a0]+)?")
# an amount and the things it pays for, either way round: "spend £86m on more than 300 projects
# over ...", "420 projects costing £113 million will be carried out between ...": the date after
# both is both's (a figure and its object, not two figures set against each other)
_SPENT_ON = re.compile(r"[ \u00a0]+(?:on|for|across|to[ \u00a0]+(?:fund|pay[ \u00a0]+for|build|"
                       r"repair|upgrade|deliver))[ \u00a0]+")
_COSTING = re.compile(r"(?:[ \u00a0]+[a-z’'-]+){1,3}?[ \u00a0]+(?:costing|worth|valued[ \u00a0]+at|"
                      r"at[ \u00a0]+a[ \u00a0]+(?:total[ \u00a0]+)?cost[ \u00a0]+of|totall?ing)"
                      r"[ \u00a0]+")
# ... and a tally and the count it was made in: "89 goals in 36 matches across the 2024 calendar
# year" (the date is the tally's and the matches')
_TALLY_IN = re.compile(r"(?:[ \u00a0]+[a-z’'-]+){1,2}[ \u00a0]+(?:in|from|across|over)[ \u00a0]+"
                       r"(?:(?:the|their|its|his|her)[ \u00a0]+)?")
_LIST_GAP_RX = r"[\w\s’'-]{0,60}?(?:,|\band|\bor)(?:[ \u00a0\n]+(?:and|or))?[ \u00a0\n]*"


@lru_cache(maxsize=1)
def _list_gap() -> re.Pattern[str]:
    """What stands between two items of a list (``_LIST_GAP_RX``), and the next item's hedge
    (qualifiers.yaml ``phrases``), which the figure's own span leaves out: "2,213 motor
    vehicles and fuel tankers, nearly 13 ships or boats and 480 drones between ..." is one
    list, its date every item's."""
    phrases = sorted(vocab.load("qualifiers.yaml").get("phrases") or {}, key=len, reverse=True)
    hedge = "|".join(re.escape(str(p)).replace(r"\ ", r"[ \u00a0]+") for p in phrases)
    return re.compile(_LIST_GAP_RX + (rf"(?:(?:{hedge})[ \u00a0]+)?" if hedge else ""))
# what may stand between a figure and the date that is its own: "7.7% in early February",
# "285 in all of 2024", "1,600 on Monday"
_DATE_AFTER_FIGURE = re.compile(r"[ \u00a0\n]*(?:(?:[a-z]+[ \u00a0\n]+){0,2}?(?:in|on|of|during|for)"
                                r"[ \u00a0\n]*)?(?:all[ \u00a0\n]*(?:of[ \u00a0\n]*)?)?")
_WORDS_TO_DATE = re.compile(r"(?:[ \u00a0]+[a-z’'-]+){1,2}[ \u00a0]+")
_COMPARED_LEAD = re.compile(
    # ("about half the 3,689 it lost in 2024", "twice the 1,000 of 2023": a multiple's base)
    # ("topping the 1,030 reported on Tuesday": the record surpassed, another day's figure)
    r"\b" + one_of("from|against|than|after|compared (?:with|to)|peak of|high of|low of|"
                   "half|twice|double|triple|times|topping|surpassing|exceeding|beating|"
                   "eclipsing|overtaking") +
    "(?:" + SP + one_of("the|a|an|about|around|some|nearly|almost") + r")*[ \u00a0\n]*$")
# a count of a thing named, and the verb of the level it reached, right before a figure
# (Context.period): "Kyiv's count of Russian warships and boats reached", "the tally of
# drones destroyed now stands at"; not a period's count ("the day's count of"), nor a change
# ("rose by")
_COUNT_REACHED = re.compile(
    r"\b(?<!day's )(?<!week's )(?<!month's )(?<!year's )(?<!daily )(?<!weekly )(?<!monthly )"
    r"(?:count|tally)[ \u00a0]+of[ \u00a0]+(?:[a-z'’-]+[ \u00a0]+){1,6}?(?:has[ \u00a0]+|had[ \u00a0]+|"
    r"now[ \u00a0]+)?(?:reached|reaches|stands[ \u00a0]+at|stood[ \u00a0]+at|rose[ \u00a0]+to|"
    r"risen[ \u00a0]+to|climbed[ \u00a0]+to|grew[ \u00a0]+to)[ \u00a0]+(?:(?:about|around|some|nearly|"
    r"almost|more[ \u00a0]+than|over)[ \u00a0]+)?$")
# the verb of the level a count reached, right before its figure, and the few words between
# the figure and a day after it (Context._level_day_after_scope): "reached 299,210 on 9
# September", "stood at 1,090,010 as of 9 September"
_LEVEL_VERB_BEFORE = re.compile(
    r"\b(?:has[ \u00a0]+|had[ \u00a0]+)?(?:reached|stood[ \u00a0]+at|stands[ \u00a0]+at|"
    r"rose[ \u00a0]+to|risen[ \u00a0]+to|climbed[ \u00a0]+to|came[ \u00a0]+to|totall?ed|"
    r"amounted[ \u00a0]+to|passed|topped|hit)[ \u00a0]+(?:(?:about|around|some|nearly|almost|"
    r"more[ \u00a0]+than|over|roughly)[ \u00a0]+)?$")
_LEVEL_GAP = re.compile(r"(?:[ \u00a0]+(?:[a-z'’-]+[ \u00a0]+){0,2}?(?:on|as[ \u00a0]+of|by))?"
                        r"[ \u00a0]+")
# what says a figure is added after a running total (Context._added_after_scoped): "and adds
# 10 tanks", "another 10", "a further 10"; "10 more tanks" (_MORE_AFTER, not "more than")
_ADDED_BEFORE = re.compile(r"\b(?:(?:adds|added|adding)(?:[ \u00a0]+(?:another|a[ \u00a0]+further|"
                           r"an[ \u00a0]+additional))?|another|a[ \u00a0]+further|an[ \u00a0]+"
                           r"additional)[ \u00a0]+$")
# a ratio of two counts after a figure's words: "troops for every tank destroyed", "soldiers per
# tank", "for each armoured vehicle" (not a stretch of time, an area, a share or a head count)
_RATIO_AFTER = re.compile(
    r"(?:[ \u00a0]+[a-z’'-]+){0,2}?[ \u00a0]+(?:for[ \u00a0]+(?:every|each)|per|to[ \u00a0]+every)"
    r"[ \u00a0]+(?:(?:one|single)[ \u00a0]+)?(?!(?:hour|day|week|month|year|second|minute|"
    r"square|sq|km|kilomet|mile|met(?:re|er)|cent|capita|head|person|people|inhabitant|"
    r"resident)s?\b)[a-z]")
# a rate per day: "1,500 a day", "per day", "each day", "every day"
_PER_DAY_WORDS = one_of("a|per|each|every") + SP + r"day\b"
# ... right after a figure's words: "1,500 a day", "1,500 troops per day on average"
_PER_DAY_AFTER = re.compile(SP + "(?:[a-z’'-]+" + SP + "){0,3}?" + _PER_DAY_WORDS +
                            "(?!" + SP + one_of("before|earlier|after") + ")")
_PER_DAY = re.compile(r"\b" + _PER_DAY_WORDS)
# a daily average named earlier in the sentence, and what carries it to a later figure: "an
# average of" right before it, or a list after a colon (_daily_average_before)
_DAILY_AVERAGE = re.compile(r"\b(?:daily average|average daily|daily (?:loss|casualty) rate)")
_DAILY_COUNT = re.compile(r"\bdaily (?:losses|casualties|casualty count|toll|death toll)\b")
_OTHER_RATE = re.compile(r"\b(?:(?:a|per|each)\s+(?:week|month|year)|weekly|monthly)\b")
# the end of a move from a figure the daily average names (Context._daily_average_before)
_FROM_AVERAGE_TO = re.compile(r"\bfrom[ \u00a0]+(?:(?:about|around|roughly|some|nearly|almost|"
                              r"over|more[ \u00a0]+than)[ \u00a0]+)?[\d,.]+(?:[ \u00a0]+[a-z]+){0,3}"
                              r"[ \u00a0]+to[ \u00a0]+(?:(?:about|around|roughly|some|nearly|almost|"
                              r"just[ \u00a0]+(?:over|under))[ \u00a0]+)?$")
_AVERAGE_OF_END = re.compile(r"\b(?:an |the )?average of (?:(?:about|around|some|nearly|"
                             r"almost|roughly|just under|just over|over|more than) )?$")
_LIST_AFTER_COLON = re.compile(r"(?:\s*[\d.,]+\s+(?:in|for|during)\s+[^,;:.]{2,40}?"
                               r"(?:,|\s+and)?)*\s*(?:and\s+)?")
# words that relate two figures of a sentence ("than", "double", "up from"): the figures are
# no items of one list ...
_COMPARING = "than|double|half|twice|times|from|after|before|compared|versus|vs|up|down|against"
_LIST_RELATION = re.compile(word_of(_COMPARING))
# ... and with a copula ("was", "is"), none of one's words either
_RELATION_WORDS = re.compile(word_of(_COMPARING + "|was|were|is|are"))


# a day a running total is given as of ("as of Monday", "by Monday"), not a day's own figure
_TOTAL_AS_OF = ("as of", "as at", "by ", "through", "until", "till", "to ", "up to")


def _month_end(d: date) -> date:
    return (d.replace(day=28) + timedelta(days=4)).replace(day=1) - _DAY


_UNITS_BACK = re.compile(r"^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|the|\d{1,2})"
                         r"[ \u00a0\n]+(days?|weeks?|months?|years?)[ \u00a0\n]+(?:earlier|before)$")
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "fourteen": 14, "thirty": 30}
# an anaphoric period: "over the same seven days", "the same reports", "that same week"
# a span of time named as a modifier, which the calendar does not date ("fourth-quarter
# revenue", "quarterly profit", "first-half sales", "full-year earnings")
# ("lost 413 tanks and nearly 30,000 soldiers in just one month of fighting": some month,
# which one unsaid, never the running total a document default would read)
_OWN_SPAN = re.compile(r"\b(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[- \u00a0](?:quarter|half)"
                       r"|full[- \u00a0]year|half[- \u00a0]year|quarterly|q[1-4]"
                       r"|(?:in|within|over|during)[ \u00a0]+(?:just[ \u00a0]+|only[ \u00a0]+)?"
                       r"(?:one|a[ \u00a0]+single)[ \u00a0]+month)\b")
# "The month also cost it 93 tanks": some month (or year); the one the sentence before names
# when it names a whole one (readings.yaml ``then_words``), else which one is unsaid
_SUBJECT_UNIT = re.compile(r"\bthe[ \u00a0]+(?:month|year)[ \u00a0]+(?:(?:also|alone|itself)"
                           r"[ \u00a0]+)?(?:cost|saw|brought|claimed|added)\b")
# "May" capitalised after a lower-case word or a comma is the month ("while May brought the
# most tank losses", the modal being lower case there), which the date forms leave alone
_MAY_NAMED = re.compile(r"(?<=[a-z,] )May\b")
# "for the year", "the year's losses", "in the month": the calendar year or month stated last
# (not "the year to November", "the year before", a twelve-month window of its own)
_THE_UNIT = re.compile(r"\b(?:for|in|over|during|throughout|across|of)[ \u00a0\n]+the[ \u00a0\n]+"
                       r"(?P<u>year|month)\b(?![ \u00a0\n]+(?:to|ending|ended|before|earlier|ago)\b)"
                       r"|\bthe[ \u00a0\n]+(?P<u2>year|month)[’']s\b")
# the place a superlative ranks within: "the North East has the highest unemployment rate in
# the UK at 10%" (the rate is the North East's; the UK is the field of the ranking, masked from
# the figure's subject as an attribution is)
_RANKING_FIELD = re.compile(
    r"\b(?:highest|lowest|largest|smallest|biggest|fastest|slowest|steepest|sharpest|weakest|"
    r"strongest|most|least|best|worst)\b[^.;:!?\d]{0,50}?\b(?P<field>(?:in|across|of)[ \u00a0]+"
    r"(?:(?:the|all)[ \u00a0]+)?(?:[A-Z][\w'’-]*(?:[ \u00a0]+(?:of[ \u00a0]+)?[A-Z][\w'’-]*){0,2}|"
    r"(?:whole[ \u00a0]+)?(?:country|nation|world|region|city|county|state|league|sector)))")


@lru_cache(maxsize=1)
def _ranked_words() -> re.Pattern[str]:
    """A superlative that ranks a level (dates.yaml ``ranked_months``: "highest", "warmest",
    "wettest"), or "record"."""
    words = [re.escape(str(w).lower()) for w in vocab.load("dates.yaml").get("ranked_months")
             or ()] + ["record"]
    return re.compile(r"\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b")


# "daily" as a record's or rate's adjective ("the highest daily casualty rate")
# the first words of a sentence: one word (group 1), then the two after it (group 2)
_OPENING = re.compile(r"[ \u00a0\n]*([a-z][\w-]*)[ \u00a0]+([a-z][\w-]*[ \u00a0]+[a-z][\w-]*)\b")

_RECORD_DAILY = re.compile(r"\b(?:highest|record|largest|biggest|worst|deadliest|average|lowest)"
                           r"[ \u00a0]+daily\b")
_SAME = re.compile(r"\b(?:the|that|this)[ \u00a0\n]+same[ \u00a0\n]+(?:(?P<n>[\w-]+)[ \u00a0\n]+)?"
                   r"(?P<u>days?|reports?|period|weeks?|months?|hours)\b")
# what may stand between a "since" scope and a date that only restates it ("since the
# full-scale invasion began in February 2022", "since the invasion of 24 February 2022")
# "a Conservative majority of 20,137", "the Labour vote of 12,000": a name before the noun
_NAME_NOUN_OF = re.compile(r"\b(?:[Aa]n?|[Tt]he)[ \u00a0]+([A-Z][\w’'-]*(?:[ \u00a0]+[A-Z][\w’'-]*){0,2})"
                           r"[ \u00a0]+[a-z]+[ \u00a0]+of[ \u00a0]+(?:(?:about|some|nearly|almost|"
                           r"around|more[ \u00a0]+than|over|just)[ \u00a0]+)?$")
_NOT_OWNER = frozenset("""record total new final first last national daily annual january
february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday spring summer autumn winter christmas easter""".split())
# "since 2012, when England recorded 1,920": a "when" clause about the year, up to the figure
_SINCE_YEAR_WHEN = re.compile(r"since[ \u00a0]+((?:1[89]|20)\d\d),[ \u00a0]+when\b")
# "the highest daily figure since October 19, when Kyiv said that Russia had lost 1,380":
# after a "since" date of a day, the clause speaks of that day
_WHEN_AFTER = re.compile(r",?[ \u00a0]+when\b")
# "the most in a month since July 2023, when 73 were destroyed": a "since" date that names a
# month and no day; the clause after it speaks of the whole month
_SINCE_MONTH_ONLY = re.compile(r"(?:since[ \u00a0]+)?(?:" + _MONTH_NAMES + r")(?:,?[ \u00a0]+(?:19|20)\d\d)?")


def _since_month_when(low: str, dm: Any) -> Any:
    """The month a "since <month>[ <year>], when ..." date names, as a month's date mention
    (its first day to its last), or None when the date names a day."""
    if dm.start_date is None or _SINCE_MONTH_ONLY.fullmatch(low, dm.start, dm.end) is None:
        return None
    d0 = dm.start_date.replace(day=1)
    last = date(d0.year + d0.month // 12, d0.month % 12 + 1, 1) - timedelta(days=1)
    return replace(dm, start_date=d0, end_date=last, kind="month", granularity="month",
                   relative=False)


_SINCE_TAIL = re.compile(r"[ \u00a0\n]*(?:began|started|begun|"
                         # "since the invasion of Ukraine on February 24"
                         r"of(?:[ \u00a0\n]+[\w’'-]+){1,2}[ \u00a0\n]+(?:began[ \u00a0\n]+)?"
                         r"(?:on|in)|of|in|on|,)?[ \u00a0\n]*")
# a period named as the baseline a figure is measured against ("above the 1850-1900 average")
_BASELINE_WORDS = ("average", "level", "baseline", "mean", "norm")
# a later clause's own whole-war scope ("since the start of 2024 had passed 421,000, and ...
# the war as a whole had cost Russia about 785,000"): a "since" date before it is not its scope
_WHOLE_WAR_AFTER = re.compile(r"[,;][^.;:]{0,80}?\b(?:the[ \u00a0]+(?:full-scale[ \u00a0]+)?war[ \u00a0]+"
                              r"as[ \u00a0]+a[ \u00a0]+whole|over[ \u00a0]+the[ \u00a0]+(?:whole|entire)"
                              r"[ \u00a0]+war)\b")
# the date a note's heading gives ("Correction, 16 June: this article earlier put ..."): when
# the note was written, never the period of a figure in it
_NOTE_HEAD = re.compile(r"[ \u00a0\n]*(?:correction|clarification|erratum|editor['’]s[ \u00a0]+note)"
                        r"[ \u00a0]*[,(]?[ \u00a0]*(?:on[ \u00a0]+)?$")
_NOTE_HEAD_END = re.compile(r"[ \u00a0]*\)?[ \u00a0]*:")
# words without which a sentence has no date for _note_date to set aside
# (_dates_for_periods looks for these words, and those of _BASELINE_WORDS, before any date)
_BASELINE_AFTER = re.compile(r"[ \u00a0](?:averages?|levels?|baselines?|mean|norm)\b")
# a date that opens its sentence's subject ("The December-February average for the Lower 48
# was 36.8 degrees", "The 2015 mean was ..."): the figure is that period's average, the
# period no baseline of another figure
_SUBJECT_OPENING = re.compile(r"[ \u00a0\n\"“‘'*_]*(?:the[ \u00a0]+)?")
# a superlative the "since" date is compared with ("the lowest since 2001", "its biggest fall since
# 2008", "the first time since 1990", "the country's deadliest quake since 2014"): no running
# total
# the year a record month or week is the highest of, right before it ("January remains the
# deadliest month of 2025, with 48,240", "the costliest week of the year", "one of the
# costliest months of 2024"): the record's
# window (normalize.month_records), not the period of the figure, which is the month or week
_RECORD_WINDOW_YEAR = re.compile(
    r"\b(?:[a-z]+est|most[ \u00a0]+(?:costly|deadly))[ \u00a0]+(?:single[ \u00a0]+)?"
    r"(?:month|week)s?(?:[ \u00a0]+for[ \u00a0]+[a-z’' \u00a0]{1,30}?)?(?:[ \u00a0]+(?:of|in))?"
    r"[ \u00a0]+(?:the[ \u00a0]+|this[ \u00a0]+)?$")
_RECORD_SINCE = re.compile(
    r"\b(?:the|its|their|a|his|her)[ \u00a0\n]+(?:[a-z]+['’]s[ \u00a0\n]+)?"
    r"(?:[a-z]+est|first|most|least|best|worst)\b"
    r"(?:[ \u00a0\n]+[a-z’'-]+){0,8}?[ \u00a0\n]*(?:since[ \u00a0\n]*)?$")
@lru_cache(maxsize=1)
def _ADDED_TO() -> re.Pattern[str]:
    """An adding verb (dates.yaml ``added_to``) in the clause before a marker right after
    "to": "added 33 artillery systems, 123 drones and 89 vehicles to |the tally"."""
    verbs = "|".join(re.escape(v) for v in added_to()) or "(?!)"
    return re.compile(r"\b(?:" + verbs + r")\b[^.;:()]{0,160}?[ \u00a0\n]to[ \u00a0\n]+$")


# a date in the clause of a record's "since" ("for the first time since Putin ordered the
# invasion in February 2022"): the record's start, no period of a figure
_RECORD_SINCE_CLAUSE = re.compile(
    r"\b(?:the|its|their|a|his|her)[ \u00a0\n]+(?:[a-z]+['’]s[ \u00a0\n]+)?"
    r"(?:[a-z]+est|first|most|least|best|worst)\b"
    r"(?:[ \u00a0\n]+[a-z’'-]+){0,8}?[ \u00a0\n]+since[ \u00a0\n]+[^,.;:\d]{0,100}$")


# "11 more artillery systems means that Putin's army has now lost 2363 in total": a count of
# more, with another figure before the marker after it, is an increment, not the total
# between a figure and a date that fronts the next figure ("38,130 and in August 36,810")
_QUALIFIER_GAP = re.compile(r"[ \u00a0\n]*(?:(?:just|only|about|around|nearly|almost|roughly|"
                            r"some|over)[ \u00a0]+)?")
def _labels_another(low: str, dm: Any, ss: int) -> bool:
    """Whether a date after a figure dates another: "1,025, up from February, when ...", the
    month compared with; "£58.5m (2001: £52.0m)", the bracket's year, its own figure's."""
    return low.startswith(("up from", "down from"), dm.start) or (
        _BRACKET_LABEL_AFTER.match(low, dm.end) is not None and
        low[max(ss, dm.start - 3):dm.start].rstrip(" \u00a0").endswith("("))


# the gap between two figures of one "respectively" run ("570 and 598.3 hours"), and its end
_RESPECTIVE_GAP = re.compile(r"(?:[ \u00a0]+[a-z%]+)?[ \u00a0]*(?:,[ \u00a0]*(?:and[ \u00a0]+)?|"
                             r"[ \u00a0]+and[ \u00a0]+)")
_RESPECTIVELY_END = re.compile(r"(?:[ \u00a0]+[a-z%]+){0,2}[ \u00a0]*,?[ \u00a0]*respectively\b")
# a date that labels the figure after it in brackets: "(2001: £52.0m)"
_BRACKET_LABEL_AFTER = re.compile(r"[ \u00a0]*:[ \u00a0]*[£$€]?\d")
# a possessive date right before a figure: "2001's 55.3 million", "March's about 2,000"
# ("... at 1,860 troops and Sunday's at 1,820": the report's noun left out, "at" before the
# figure, readings73)
_POSSESSIVE_DATE_THEN = re.compile(r"[’']s[ \u00a0]+(?:(?:at|was|were|stood[ \u00a0]+at)"
                                   r"[ \u00a0]+)?(?:(?:about|around|some|nearly|almost|"
                                   r"roughly|just)[ \u00a0]+)?")
_FRONTED_TAIL = re.compile(r"(?:,|\b(?:and|while|but|then))[ \u00a0\n]+$")
_FRONTED_GAP = re.compile(r"[ \u00a0\n]*(?:,[ \u00a0\n]*)?(?:and|while|but|against|then)[ \u00a0\n]+")
# "the day's losses at 1,150 and the total since the invasion at 417,950": a date inside the
# next item of a coordination (after "and the total", before "at" and its figure) is that
# item's
_COORD_ITEM_GAP = re.compile(r"[ \u00a0\n]*(?:,[ \u00a0\n]*)?and[ \u00a0]+(?:the|its|their)[ \u00a0]+"
                            r"(?:[a-z][\w'’-]*[ \u00a0]+){1,3}")
_COORD_ITEM_LINK = re.compile(r"[ \u00a0]+(?:at|to|of|was|is|stood[ \u00a0]+at|stands[ \u00a0]+at|"
                             r"reached|came[ \u00a0]+to)[ \u00a0]+(?:(?:about|around|nearly|almost|"
                             r"roughly|some|over|more[ \u00a0]+than)[ \u00a0]+)?")
# the words before a date that opens a sentence ("By the end of November", "As of June 4,")
_OPENING_PREP = re.compile(r"[\s*#>•-]*(?:(?:by|as[ \u00a0]+of|as[ \u00a0]+at|in|on|at|until|"
                           r"through|since)[ \u00a0]+)?")
# "fell to 36,570 from 48,240 in January": the words before a change's new value, and
# between it and the month after its earlier value
_MONTH_AFTER_FROM = "month after a change's earlier value"
_LEVEL_BESIDE_BASE = "level beside its base month"
_LEVEL_AFTER_WINDOW = "level beside its rolling base"
_COMPANY_QUARTER = "company fiscal quarter"
_COMMA_FROM = re.compile(r",[ \u00a0]+from[ \u00a0]+(?:(?:about|around|some)[ \u00a0]+)?$")
# between a level and the month of its apposed earlier value: ", up from 3.6% in", ", from
# 4.5% in" (the month's mention may hold its "in")
_APPOSED_BASE = re.compile(r",[ \u00a0]+(?:(?:up|down|rising|falling)[ \u00a0]+)?(?:from|against)"
                           r"[ \u00a0]+(?:(?:about|around|some)[ \u00a0]+)?[^\s,]*\d[^\s,]*"
                           r"(?:[ \u00a0]+(?:per[ \u00a0]?cent|percent|billion|million|trillion))?"
                           r"[ \u00a0]+(?:in[ \u00a0]+)?")
# a change's new level before the base it is set against: "rose 16% to $65.6 billion, against
# $56.5 billion in the prior-year quarter" (the change's time is the level's)
_TO_LEVEL_HEAD = re.compile(r"[ \u00a0]+to[ \u00a0]+[^\s,]*\d(?:[^\s,]|,\d{3})*"
                            r"(?:[ \u00a0]+(?:billion|million|trillion))?(?=,)")
# a level set against a month after it: ", lower than in March", ", 2.6p lower than it was in
# February" (the month is only the comparison's base: _base_month_beside)
_COMPARED_GAP = re.compile(r",[ \u00a0]+(?:(?:about|around|some|almost|nearly|just)[ \u00a0]+)?"
                           r"(?:[^\s,]*\d[^\s,]*(?:[ \u00a0]+(?:a|an|per)[ \u00a0]+[a-z]+)?"
                           r"[ \u00a0]+)?(?:higher|lower|dearer|cheaper|up|down|more|less)"
                           r"[ \u00a0]+than[ \u00a0]+(?:(?:it|they|prices?|bills?|this|that)"
                           r"[ \u00a0]+(?:was|were)[ \u00a0]+)?(?:in[ \u00a0]+)?")
_TO_BEFORE_NEW = re.compile(r"\bto[ \u00a0]+(?:about[ \u00a0]+|around[ \u00a0]+|some[ \u00a0]+)?$")
_FROM_VALUE_GAP = re.compile(r"(?:[ \u00a0]+[a-z'’-]+){0,3}?[ \u00a0]+from[ \u00a0]+"
                             r"(?:about[ \u00a0]+|around[ \u00a0]+|some[ \u00a0]+)?\d[\d,.]*"
                             r"(?:[ \u00a0]+[a-z'’-]+){0,3}?[ \u00a0]+")
# a clause that opens a statement of its own: ", and Kyiv says", "; the ministry reported"
_NEW_STATEMENT = re.compile(r"(?:,|;)[ \u00a0\n]+(?:and[ \u00a0\n]+|while[ \u00a0\n]+|but[ \u00a0\n]+)?"
                            r"[^,;.\d]{0,40}?\b(?:says|said|reports|reported|claims|claimed|"
                            r"estimates|estimated|counts|counted)\b")
# a gap's own comparison right after it: "29 more than in September 2023" (a word or two
# of its noun may stand between: "29 systems more than")
_GAP_THAN_AFTER = re.compile(r"(?:[ \u00a0]+[a-z]+){0,2}?[ \u00a0]+(?:more|fewer|less|higher|"
                             r"lower|greater)[ \u00a0]+than\b")
# two months joined by "and" ("November and December") and two figures joined by "and"
_PAIR_OF_MONTHS = re.compile(r"(" + _MONTH_NAMES + r")[ \u00a0]+and[ \u00a0]+(" +
                             _MONTH_NAMES + r")")
_PAIR_AND = re.compile(r"(?:[ \u00a0]+[a-z]+){0,2}?[ \u00a0]+and[ \u00a0]+")
# a figure set against another ("against 4,865 the year before") and the words from it to
# its date
_SET_AGAINST = re.compile(r"\b(?:against|compared[ \u00a0]+(?:with|to)|versus|vs\.?|"
                            r"(?:up|down)[ \u00a0]+from)[ \u00a0]+(?:the[ \u00a0]+)?$")
_COMPARED_TAIL = re.compile(r"(?:[ \u00a0]+[a-z]+){0,3}?[ \u00a0]+(?:in|on|during|for|of)?"
                            r"[ \u00a0]*")
# the gap between two figures set against others together: "79.6 million and 23.9%", "131,850
# cars and an 8.17% share"
_PAIR_GAP = re.compile(r"(?:[ \u00a0]+[a-z]+){0,2}[ \u00a0]+and[ \u00a0]+(?:an?[ \u00a0]+)?")
_MORE_AFTER = re.compile(r"[ \u00a0]+(?:more|additional|further|extra)\b(?![ \u00a0]+than\b)")


# an amount of change ("rose by 590", "up 590") and the words that put the date it is counted
# from right after it ("from the day before", "compared with yesterday", "on the previous day")
@lru_cache(maxsize=1)
def _change_amount_before() -> re.Pattern[str]:
    """The words before an amount of change: a change verb of rules/vocab/changes.yaml
    ("rose", "dropped"), "went/was up", "up", "down", then "by" and a qualifier."""
    return re.compile(
        r"\b(?:" + change_words("past") + r"|(?:went|was|is|were|are)[ \u00a0]+(?:up|down)|"
        r"up|down)(?:[ \u00a0]+by)?(?:[ \u00a0]+(?:another|a[ \u00a0]+further|some|about|around|"
        r"nearly|almost|over|more[ \u00a0]+than))?[ \u00a0]+$")
_DAY_BEFORE = re.compile(r"yesterday|the[ \u00a0]+day[ \u00a0]+before|the[ \u00a0]+(?:previous|prior|"
                         r"preceding)[ \u00a0]+day|(?:a|the|one)[ \u00a0]+day[ \u00a0]+earlier")
# a longer unit counted back from the figure's own time ("jumped 24.1% from a year earlier",
# "rose 0.56% from the month before"): the base of a change, never the changed figure's period
# (a season or term too, dates43: "rose by 2,300 on the previous spring")
_UNIT_BEFORE = re.compile(r"(?:a|the|one)[ \u00a0]+(?:week|month|quarter|year)[ \u00a0]+(?:before|"
                          r"earlier|ago)|the[ \u00a0]+(?:previous|prior|preceding)[ \u00a0]+"
                          r"(?:week|month|quarter|year|spring|summer|autumn|fall|winter|term)\b")

def _not_its_date_before(low: str, dm: Any, qs: int, ss: int) -> bool:
    """Whether a date before the figure at ``qs`` is not its period: the day a change counts
    from ("rose by 1,220 from the day before to 736,630"; "9,182 on Sunday, 12 more than a day
    earlier, alongside 18,523 armoured vehicles": another figure's change), or a "since" scope
    that a later clause's whole-war scope replaces ("since the start of 2024 had passed
    421,000, and ... the war as a whole had cost Russia about 785,000")."""
    if _base_before_level(low, dm.start, dm.end, qs, ss):
        return True
    if dm.kind != "since" and _OTHER_FIGURES_DATE.search(low, max(ss, dm.start - 30), dm.start):
        return True   # "topping the 2,030 of 29 November and taking Russia's losses to
        # 770,420": the date of another figure, named after it by "of" (readings61)
    if (own := _POSSESSIVE_FIGURE.match(low, dm.end)) is not None and \
            (low[dm.end - 2:dm.end] in ("'s", "’s") or own.group(1)) and own.end() < qs and \
            _COMPARED_OWNER.search(low, max(ss, dm.start - 12), dm.start) is not None:
        return True   # "below the third year's 459,220, while drones ... rose to 118,926":
        # a compared period named as the owner of the figure right after it is that
        # figure's alone (not "December's 35,050 was up ..., and the tanks lost rose")
    if _PACE_OF_PERIOD.search(low, max(ss, dm.start - 30), dm.start) and \
            low.find(",", dm.end, qs) >= 0:
        return True   # "203 tanks in December, below their monthly pace for 2024, and 674
        # armoured vehicles": the period of a comparison's pace, not of the next item
    if dm.kind == "since" and _WHOLE_WAR_AFTER.search(low, dm.end, qs):
        return True
    if dm.kind == "since" and _AND_THAT.search(low, dm.end, qs) is not None:
        return True   # "said the total since the invasion had reached 935,160, and that 147
        # drones had also been destroyed": a second thing said
    if (ev := _EVENT_TOLL_NOW.match(low, dm.end)) is not None and ev.end() <= qs <= ev.end() + 24:
        return True
    if _DAY_BEFORE.fullmatch(low, dm.start, dm.end) and \
            _OWN_DAY_OF_ITEM.search(low, max(ss, dm.start - 40), dm.start) is not None and \
            _TOTAL_AFTER_COMMA.search(low, dm.end, qs) is not None:
        return True   # "1,140 in the past day and 1,040 the day before, ..., taking its total
        # to 1,321,450": the day before is the second item's, the total the report's
    return bool(_DAY_BEFORE.fullmatch(low, dm.start, dm.end) and
                _OTHER_CHANGE_BASE.search(low, max(ss, dm.start - 50), dm.start))


# "the 2,030 of 29 November", "the 41,980 recorded in October": a figure named with its own date
_OTHER_FIGURES_DATE = re.compile(r"\bthe[ \u00a0]+\d[\d,.]*[ \u00a0]+(?:[a-z'’-]+[ \u00a0]+)?"
                                 r"(?:of|on)[ \u00a0]+$")
# a figure right after a possessive period ("the third year's 459,220", "January's 48,240")
_POSSESSIVE_FIGURE = re.compile(r"(['’]s)?[ \u00a0]+(?:(?:about|around|some|nearly)[ \u00a0]+)?"
                                r"\d[\d,.]*")
# the comparison word before a compared figure's possessive period ("below the third year's")
_COMPARED_OWNER = re.compile(r"\b(?:below|above|than|from|against|under|over|beside|with)"
                             r"[ \u00a0]+(?:the[ \u00a0]+)?$")
# "below their monthly pace for 2024", "above the average of 2023": a pace's own period
# (not "rate": "changed the cash rate in November 2010, when it was lifted to 4.75%" dates it)
_PACE_OF_PERIOD = re.compile(r"\b(?:pace|average)[ \u00a0]+(?:(?:for|of)[ \u00a0]+)?$")
# a day's figure joined by "and" to the one before it, right before its "the day before"
_OWN_DAY_OF_ITEM = re.compile(r"\band[ \u00a0]+\d[\d,.]*[ \u00a0]*$")
# ... and the running total a later clause brings the count to
_TOTAL_AFTER_COMMA = re.compile(r",[^.;]*\b(?:taking|bringing|pushing|raising|lifting)[ \u00a0]+"
                                r"(?:the|its|their)[ \u00a0]+(?:[a-z'’-]+[ \u00a0]+){0,2}?"
                                r"(?:total|toll|tally|count)\b")


# a possessive day dating an event, then a count of it brought up to now: "the number of
# people killed by Friday's earthquake has risen to 2,946", "the toll from last week's storm
# has climbed from 30 to 36" (the count of publication; the day is the event's)
_EVENT_TOLL_NOW = re.compile(
    r"[’']s(?:[ \u00a0]+[^\s,;:()]+){1,8}?[ \u00a0]+(?:has|have)[ \u00a0]+(?:now[ \u00a0]+)?"
    r"(?:risen|climbed|reached|increased|grown|gone[ \u00a0]+up|jumped|passed|topped|hit)\b")


def _base_before_level(low: str, ds: int, de: int, qs: int, ss: int) -> bool:
    """Whether the time at ``ds``-``de`` is the base of a change whose new level follows it at
    ``qs`` (its sentence opening at ``ss``): "rose by 1,220 from the day before to 736,630",
    "grew 3.3% from a year earlier to $221.5 billion" (the base's day or year, never the
    level's)."""
    if _POSSESSIVE_BASE_TO_LEVEL.fullmatch(low, de, qs) and (low.startswith(
            ("from ", "from\u00a0"), ds) or re.search(
            r"\b(?:from|compared[ \u00a0]+(?:with|to)|against)[ \u00a0]+$",
            low[max(ss, ds - 20):ds])):
        # "losses in January fell by less than 1% from December's record, to 48,240": the
        # time whose level the change starts from, named in the possessive
        return True
    return bool(_BASE_TO_LEVEL.fullmatch(low, de, qs) and (
        _DAY_BEFORE.fullmatch(low, ds, de) or _UNIT_BEFORE.fullmatch(low, ds, de)) and
        re.search(r"\b(?:from|compared[ \u00a0]+(?:with|to)|over|against)[ \u00a0]+$",
                  low[max(ss, ds - 20):ds]))


# a possessive time and its level's noun (or figure) before ", to" and the new level:
# "from December's record, to 48,240", "from October's 41,980 to 45,720"
_POSSESSIVE_BASE_TO_LEVEL = re.compile(
    r"[’']s(?:[ \u00a0]+[a-z-]+){0,2}(?:[ \u00a0]+[\d][\d,.]*(?:[ \u00a0]+[a-z-]+){0,2})?"
    r"[ \u00a0]*,?[ \u00a0]+to[ \u00a0]+(?:(?:about|around|some|roughly|nearly|almost|over|"
    r"more[ \u00a0]+than)[ \u00a0]+)?")


# a figure's change counted from a day ("261 more than a day earlier", "1,060 up from the day
# before"), right before that day's words
_OTHER_CHANGE_BASE = re.compile(r"\d(?:[ \u00a0]+[a-z’'-]+){0,2}?[ \u00a0]+(?:more|fewer|less|"
                                r"higher|lower|up|down)[ \u00a0]+(?:than|from|on)[ \u00a0]+$")
# a figure counted across the world ("worldwide", "globally", "the global toll")
_WORLD_SCOPE = re.compile(r"\b(?:worldwide|world-wide|globally|global|around[ \u00a0]+the"
                          r"[ \u00a0]+world)\b")
# "rose 4% on the same period last year", "were 59% of the equivalent period in 2019": a
# period compared with (dates.find_dates reads it as the stated period a year back) is the
# base of the figure before it, never its own period
# a figure named with a determiner right before it ("the 110,620 of the same quarter"), and the
# bare "of" after it
_DETERMINED_FIGURE = re.compile(r"\b(?:the|its|their)[ \u00a0]+$")
_OF_GAP = re.compile(r"[ \u00a0]+of[ \u00a0]+")
_SAME_PERIOD_STARTS = ("the same ", "the equivalent ", "the corresponding ", "the comparable ",
                       "the prior-year ", "the prior year ", "the year-ago ", "the year ago ",
                       "the year-earlier ", "the previous-year ", "the previous year ")
# (the words that give a change's or a comparison's base: "from", "compared with", "on", ...)
_BASE_LEAD = r"(?:[ \u00a0]+[a-z-]+){0,2}?[ \u00a0]+"
_BASE_WORDS = r"from|compared[ \u00a0]+(?:with|to)|on|over|against"
# (a change's new level and a comma may stand before the base: "rose 10.4% to 317,786,
# compared with the same month last year")
_BASE_GAP = re.compile(r"(?:[ \u00a0]+to[ \u00a0]+[^\s,]*\d(?:[^\s,]|,\d{3})*"
                       r"(?:[ \u00a0]+(?:billion|million|trillion))?)?,?" + _BASE_LEAD +
                       r"(?:" + _BASE_WORDS + r"|of|than|versus|vs\.?|above|below)[ \u00a0]+")
# "rose by 1,220 from the day before to 736,630": the words between the base day of a change
# and the level it reached; that day is the base's, not the level's
_BASE_TO_LEVEL = re.compile(r"[ \u00a0]*,?[ \u00a0]+to[ \u00a0]+(?:(?:about|around|some|roughly|nearly|"
                            r"almost|over|more[ \u00a0]+than)[ \u00a0]+)?")
_CHANGE_BASE_GAP = re.compile(_BASE_LEAD + r"(?:" + _BASE_WORDS + r")[ \u00a0]+")


@lru_cache(maxsize=1)
def _then_words() -> re.Pattern[str]:
    """"At that time", "that month", "back then" (rules/vocab/readings.yaml ``then_words``):
    words that refer an undated figure to the span the sentence before names."""
    return re.compile(str(vocab.load("readings.yaml").get("then_words") or "(?!)"))


def _restarts(scope: Any, written: Any) -> bool:
    """Whether a date written right after a "since" event ("since the war began on 7
    October") names another start than the event's own date: it does when it does not hold
    that date ("in February 2022" holds 24 February 2022 and restates it)."""
    a, b, e = written.start_date, written.end_date, scope.start_date
    return a is not None and b is not None and e is not None and not (a <= e <= b) and \
        b <= (scope.end_date or b)
# "report" right after a date, or "report(s)/reported" up to six words before it in its clause
# "The General Staff said on Monday that Russia had lost 1,070 personnel over the past day": a
# day the source spoke on is its report's day (the window counts back from it)
# a break between a figure and a window that cannot date it across it
_CLAUSE_END = re.compile(r"[;:()]|\.(?!\d)")
_SAID_ON = re.compile(r"\b(?:said|says|reported|released|published|posted|announced|updated|"
                      r"stated|wrote|added|noted)\b(?:[ \u00a0]+[\w’'-]+){0,2}?[ \u00a0]+(?:on[ \u00a0]+)?$")
_REPORT_AFTER = re.compile(r"(?:[’']s)?[ \u00a0\n]+reports?\b")
# a day's possessive right before its figure ("and Friday's 2,200"), and a day's report named
# earlier in its sentence ("Saturday's report"): the report is the elided noun
_DAY_OF_FIGURE = re.compile(r"[’']s[ \u00a0]+(?:(?:about|around|some|nearly|almost|over|more"
                            r"[ \u00a0]+than)[ \u00a0]+)?\d")
_DAYS_REPORT = re.compile(r"[’']s[ \u00a0]+(?:daily[ \u00a0]+)?(?:report|update|bulletin)\b")
# (a count of reports, "will publish 3 reports on Wednesday", is the figure's noun, no report;
# "the 12 reported on Sunday" is one)
_REPORT_BEFORE = re.compile(
    # ("the report added that Russian forces on Friday lost": the date is the losses' own, in
    # the clause "that" opens; so in "Saturday's report said Russian forces on Friday lost",
    # the clause a verb of saying opens with its subject; "the report said on Friday" is the
    # report's day)
    r"(?:(?<!\d[ \u00a0])\breports?\b|\breported\b)(?:[ \u00a0\n]+(?!that\b)"
    r"(?!(?:said|says|showed|shows|added|adds|stated)[ \u00a0\n]+(?!on\b)\w)[\w’'-]+){0,6}"
    r"[ \u00a0\n]+$")
def _to_level_then_base(gap: str) -> bool:
    """Whether the words after a change's figure are its new level and then an earlier value
    set beside a base: " to $65.6 billion, against $56.5 billion in " (the base dates the
    earlier value; the change is of the level's time)."""
    head = _TO_LEVEL_HEAD.match(gap)
    return head is not None and _APPOSED_BASE.fullmatch(gap, head.end()) is not None


def _longer_than_a_month(dm: Any) -> bool:
    """Whether a date spans more than a month ("the second half of 2025")."""
    return dm.start_date is not None and dm.end_date is not None and \
        (dm.end_date - dm.start_date).days > 40


def _same_period_base(low: str, dm: Any, gap: str, qs: int, ss: int) -> bool:
    """Whether "the same period last year" (a date at ``dm``) after a figure at ``qs`` is the
    base it is compared with ("59% of the equivalent period in 2019"), not its own period:
    not "fewer than the 110,620 of the same quarter a year earlier" (a figure named with
    "the" takes its own period after "of")."""
    return low.startswith(_SAME_PERIOD_STARTS, dm.start) and _gap_to_base(gap) and \
        not (_OF_GAP.fullmatch(gap) and
             _DETERMINED_FIGURE.search(low, max(ss, qs - 8), qs) is not None)


def _gap_to_base(gap: str) -> bool:
    """Whether the words after a figure lead to the base "the same quarter last year" names
    (``_BASE_GAP``, ``_to_level_then_base``): the base is the compared value's, not the
    figure's."""
    return _BASE_GAP.fullmatch(gap) is not None or _to_level_then_base(gap)


def _base_span(dm: Any) -> bool:
    """Whether a date is a base month extraction read as the span from it to publication, the
    month itself kept as ``other`` ("Petrol is 10p a litre dearer than in January")."""
    return dm.kind == "since" and getattr(dm, "other", None) is not None and \
        dm.other == dm.start_date


def _other_step(dm: Any, cumulative: bool) -> timedelta | None:
    """The step from a present-tense weekday's day to the other it may be (extract.dates
    ``other``: a week later or earlier), None for any other date or a running total."""
    other = getattr(dm, "other", None)
    if _base_span(dm):
        return timedelta(0)   # (the base month itself, read beside the span)
    return None if other is None or cumulative else other - dm.start_date


def _other_month_words(step: timedelta) -> str:
    """How a month's other reading stands to the month read: a year later or earlier
    (extract.dates ``_either_month``), or the month read against publication where a compared
    figure's year was taken for it (``_year_from_earlier_date``)."""
    if abs(step.days) > 366:
        return "the month read against publication"
    return f"a year {'later' if step.days > 0 else 'earlier'}"


def _kind_and_step(dm: Any, cumulative: bool) -> tuple[str, timedelta | None]:
    """(the kind of date a figure's period is read from, ``_other_step``): a quarter with
    another reading is a company's fiscal quarter (extract.date_forms ``company_quarter``)."""
    step = _other_step(dm, cumulative)
    return (_COMPANY_QUARTER if step and dm.granularity == "quarter" else dm.kind), step


def _counted_from_last_day(dm: Any) -> bool:
    """Whether a date's words count back from the last full day ("the previous day", "the day
    before"): as a report's date they already name the day that report covers ("in its
    report from the previous day": the report of D-1, which covers D-2), so the report shift
    must not move them a second day back."""
    w = " ".join(str(getattr(dm, "text", "")).lower().split())
    w = w.replace("’s", "").replace("'s", "")
    return bool(getattr(dm, "relative", False)) and w in DAY_BEFORE_LAST


# a possessive between a date and its figure ("May's 63"; ``_owns_by_possessive``)
_POSSESSIVE_GAP = re.compile(r"['’]s[ \u00a0]+")
_CLAUSE_COMMA = re.compile(r",(?!\d{3}(?!\d))")
# "until" opening the phrase that ends at a span's last day (extract.dates ``_until_spans``:
# "is £11.44 an hour until the rise to £12.21 on Tuesday"), with no clause break after it
# ("till" before a noun of the cash till is that till: "Total till sales rose 9.6%")
_TILL_NOUN = r"(?![ \u00a0]+(?:sales|receipts|takings|data|rolls?|points?|spend)\b)"
_UNTIL_OPEN = re.compile(r"\b(?:until|till)\b" + _TILL_NOUN +
                         r"(?:[^.,;:!?\n()]|(?<=\d)[.,](?=\d))*$")


_UNTIL_WORD = re.compile(r"\b(?:until|till)\b" + _TILL_NOUN)


@lru_cache(maxsize=8)
def _until_words(low: str) -> list[int]:
    """Where the words "until" and "till" start in a text, in order (a text's hash is kept by
    the string, so the look-up is cheap after the first)."""
    return [m.start() for m in _UNTIL_WORD.finditer(low)]


def _until_event(low: str, ss: int, q: Any, dm: Any) -> int | None:
    """For a span that ends on the day after "until" (kind "period": "until the rise to
    £12.21 on Tuesday"), the position of "until" when the figure stands before it (the
    figure holds until that day), None when the figure is in the phrase (the event's own
    figure, not of the span), else 0."""
    if dm.kind != "period" or dm.start < q.end:
        return 0
    tils = _until_words(low)
    k = bisect_left(tils, ss)
    if k == len(tils) or tils[k] >= dm.start:
        return 0    # (no "until" or "till" in the sentence before the date: one look-up, not
        #             a scan of the sentence for each figure and date of it)
    m = _UNTIL_OPEN.search(low, tils[k], dm.start)
    if m is None:
        return 0
    if m.start() < q.start:
        return None
    return m.start() if m.start() >= q.end else 0
# introducers of a body that relays another's figures (sources.yaml ``introducers``)
_RELAYS = ("cited by", "quoted by")
# a figure the sentence gives as a sum of the daily reports ("the daily reports add up to N",
# "the month's reports totalled N"), searched from its sentence's start to the figure
_REPORTS_SUM = re.compile(r"\breports\b[^.;:\d]{0,40}?\b(?:add(?:ed|s)?\s+up\s+to|"
                          r"total(?:l?ed)?|c[ao]me\s+to|sum(?:med)?\s+to)\b[^.;:\d]{0,30}$")
# a window that ends on the stated day is the figure's own period ("the seven days to 23 December")
_WINDOW_TO = re.compile(r"(?:the[ \u00a0]+)?(?:[\w-]+[ \u00a0]+)?(?:hours|days?|weeks?|fortnight|"
                        r"months?|year|quarter)[ \u00a0]+(?:to|ending|ended|up[ \u00a0]+to)\b")
# a preposition of a span right before a date: what happened or was reported within it
_SPAN_PREP_BEFORE = re.compile(r"\b(?:during|in|over|throughout|within|across)"
                               r"(?:[ \u00a0]+(?!reports?\b)[\w-]+){0,3}?(?:[ \u00a0]+from)?"
                               r"[ \u00a0]+$")
_SPAN_PREP_OWN = ("in ", "during ", "over ", "throughout ", "within ", "across ")
# a report named as the figure's source ("the morning report", "the report also counted")
_REPORT_NOUN = re.compile(r"\breport\b(?![ \u00a0]+(?:that|of|from|by|on|published))")


# the verb right before a count, its qualifiers skipped: "carries 16.5 million", "carried
# some 15.6 million"; and the endings its stem leaves out
_VERB_BEFORE_COUNT = re.compile(r"\b([a-z]{3,})[ \u00a0]+(?:(?:about|some|nearly|almost|around|"
                                r"roughly|over|more[ \u00a0]+than|a[ \u00a0]+record)[ \u00a0]+)?$")
_VERB_END = re.compile(r"(?:ies|ied|es|ed|s|d)$")
_CLAUSE_MARK = re.compile(r"[,;:(\u2014\u2013]")
_NUMBER_MARK = re.compile(r"\d[,.]\d")


def _own_clause(text: str, ss: int, pos: int) -> int:
    """Where the clause that holds ``pos`` begins (after the last comma, semicolon, colon,
    bracket or dash before it in its sentence; not the comma of "18,800"), or ``ss``. Reads
    back at most 200 characters."""
    lo = max(ss, pos - 200)
    for i in range(pos - 1, lo - 1, -1):
        if _CLAUSE_MARK.match(text, i) and not _NUMBER_MARK.match(text, i - 1):
            return i + 1
    return ss


# a sentence opening on a figure under "the": "The 419 cases are ..."
_THE_FIGURE = re.compile(r"[\W_]*(?:of[ \u00a0]+)?the[ \u00a0]+")
# a possessive pronoun a few words before a figure: "some of its 400,000 vehicles"
_ITS_BEFORE = re.compile(r"\b(?:its|their)[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){0,2}$")
_SPEECH = re.compile(r"\b(?:said|says|say|according|told|tells|estimated|estimates|claimed|"
                     r"claims|announced|warned|added|stated|per)\b")


HEADLINE_NEAR = 1.5     # a headline's figure within this ratio of the body's first restates it


# the object noun a headline's verb moves to its figure: "pushes rates to 4.5%"
_MOVED_TO_FIGURE = re.compile(r"\b(?:push|lift|drive|send|force|keep|take|help)(?:s|ed|es)?\s+"
                              r"(?:the\s+|its\s+|their\s+)?([a-z-]{4,})\s+(?:up\s+|down\s+)?"
                              r"to\s+$")


@lru_cache(maxsize=1)
def _verb_nouns() -> dict[str, str]:
    """entities.yaml ``open_measures.verb_nouns``: a count's verb -> the noun of what it counts."""
    data = vocab.load("entities.yaml").get("open_measures", {}) or {}
    return {str(k): str(v) for k, v in (data.get("verb_nouns") or {}).items()}


def _held_in_range(head: dict[str, Any], first: dict[str, Any] | None,
                   dated: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The later-dated body level a bound headline holds when the first dated body figure of
    its measure lies outside it: "Italy's virus deaths pass 12,000" over "stood at 11,591 on
    Monday" and "By Tuesday evening the toll had reached 12,428" is Tuesday's toll, one of the
    readings open, so it is never held to Monday's (everyday89). Only a figure of the same
    unit and of the headline's measure or of none written, dated after the first, within
    HEADLINE_NEAR of it; None when the first is in range or no later one is."""
    lo, hi = head.get("lower"), head.get("upper")
    if first is None or (lo is None and hi is None):
        return None

    def inside(x: dict[str, Any]) -> bool:
        v = float(x["value"])
        return (lo is None or v >= float(lo)) and (hi is None or v <= float(hi))
    if inside(first):
        return None
    return next((x for x in dated if x is not first and x["unit"] == head["unit"]
                 and x.get("measure") in (None, head["measure"]) and inside(x)
                 and x["period"][0] > first["period"][1]
                 and _value_gap(x, head) <= HEADLINE_NEAR), None)


def _value_gap(body: dict[str, Any] | None, head: dict[str, Any]) -> float:
    """How far apart two figures' values are, as a ratio (1.0: equal; inf: no value)."""
    if body is None or not body.get("value") or not head.get("value"):
        return float("inf")
    a, b = abs(float(body["value"])), abs(float(head["value"]))
    return max(a, b) / min(a, b)


# the words before a figure of several named together: "Together Labour and the Conservatives
# took", "Jointly, the two firms hold" (not "together with its partner")
_JOINT_BEFORE = re.compile(r"(?<![\w-])(?:together|jointly)(?!\s+with)\b,?\s+"
                           r"[^.;:\d]{0,60}$")
# ... unless what is together is periods ("Over October and November together, Russia lost",
# "in 2024 and 2025 together"): a span of time summed, said of one side (the words right
# before "together")
_PERIODS_TOGETHER = re.compile(r"(?:(?:jan|febr)uary|march|april|may|june|july|august|"
                               r"september|october|november|december|months?|weeks?|days?|"
                               r"years?|quarters?|halves|(?:19|20)\d\d)[ \u00a0]+$")
# a name opening its sentence as the subject of a finite verb: "Russia were fourth with",
# "Ukraine won 22 medals" (one or two words, then the verb)
_OPENING_NAME = re.compile(r"(?:the[ \u00a0]+)?([a-z][a-z'’.-]+(?:[ \u00a0]+[a-z][a-z'’.-]+)?)"
                           r"[ \u00a0]+(?:was|were|is|are|had|has|have|won|took|came|finished|"
                           r"ended|got|earned|claimed|collected|scored|reported|recorded)\b")


# a place named in the relative clause of an event: "the earthquake that struck southern
# Turkey", "the storm which hit Florida on Monday"
_EVENT_PLACE = re.compile(r"\b(?:that|which)[ \u00a0]+(?:struck|hit|battered|swept[ \u00a0]+"
                          r"(?:through|across)|devastated|shook|rocked|ravaged|flooded)[ \u00a0]+"
                          r"(?:(?:the|parts[ \u00a0]+of|much[ \u00a0]+of|[a-z]+ern)[ \u00a0]+)*")


def _event_place_only(low: str, ss: int, at: int, subject: str) -> bool:
    """Whether ``subject`` is named between ``ss`` and ``at`` (at most 400 characters back) only
    as the place an event struck (``_EVENT_PLACE`` right before each time the name is written)."""
    # (the 400 characters before the figure: linear in a sentence of thousands of figures; and
    # none without a relative pronoun there, the common case)
    ss = max(ss, at - 400)
    if low.find("that ", ss, at) < 0 and low.find("which ", ss, at) < 0:
        return False
    name = subject.replace("_", " ")
    spots = [m.start() for m in re.finditer(r"\b" + re.escape(name) + r"\b", low[ss:at])]
    return bool(spots) and all(
        (m := list(_EVENT_PLACE.finditer(low, ss, ss + x))) and m[-1].end() == ss + x
        for x in spots)


class _DateNotes:
    """What the dates of one document say beyond their days (kept in one attribute: Context
    stays under CPython 3.11's 30 shared instance keys, beyond which every attribute access in
    this hot class is slower)."""

    __slots__ = ("compared_text", "owners", "last_place", "how", "carried_how", "subject_how",
                 "entities", "last_entity", "last_entity_par", "first_subject", "date_kind",
                 "readings", "date_text", "other", "said_report")

    def __init__(self, dates: Any) -> None:
        # dates naming a compared day ("the previous day's"): they date no time frame
        self.compared_text = frozenset(d.start for d in dates if _COMPARED.search(d.text))
        # date start -> the compared figure it is written after ("from 7.7% in February")
        self.owners: dict[int, int] = {}
        # the place the last distance was measured to ("30 km west of Valencia")
        self.last_place: str | None = None
        # the entities the text names (entities.py), found on first use, and the last one a
        # figure was given
        self.entities: Entities | None = None
        self.last_entity: str | None = None
        self.last_entity_par = -1       # the paragraph it was named in
        # how the last figure's period and subject were decided (Context.period, .subject):
        # "written" in its sentence, "carried" from earlier, a "default", or "none"
        self.how = "none"
        self.carried_how = "carried within the paragraph"
        self.subject_how = "none"
        # the kind of the date the last figure's period was read from ("date", "daily", ...)
        self.date_kind = ""
        self.date_text = ""     # ... and its words, for a relative fiscal year's readings
        # ... and, for a present-tense weekday (extract.dates ``other``), the step to the
        # other day it may be (a week later or earlier)
        self.other: timedelta | None = None
        # ... and, for a feast's week read several ways (extract.dates ``readings``), them
        self.readings: tuple[Any, ...] = ()
        # measure -> the subject of the body's first figure of it
        self.first_subject: dict[str, str | None] = {}
        # the day a source spoke on that the last figure's 24 hours were counted back from
        # ("said on Tuesday that ... in the past 24 hours": Tuesday's report), or None
        self.said_report: date | None = None


# words that make a sentence's count a forecast, a target or a condition, not one made so far
# a count told as done to now: "have crossed", "has recorded", "have been sold"
_PRESENT_PERFECT = re.compile(r"\b(?:have|has)[ \u00a0]+(?:(?:now|already|so[ \u00a0]+far|"
                              r"together|between[ \u00a0]+them)[ \u00a0]+)?(?:been[ \u00a0]+)?"
                              r"(?:[a-z]+(?:ed|en|wn)|made|paid|sold|lost|spent|won|hit|come|"
                              r"left|kept|brought|bought|caught|fought|run|put|read|sent|set)\b")
_FORECAST_WORDS = re.compile(r"\b(?:will|would|could|might|may|expects?|expected|expecting|"
                             r"forecasts?|forecast|projects?|projected|predicts?|predicted|"
                             r"targets?|aims?|plans?|planned|set[ \u00a0]+(?:to|at)|budget\w*|"
                             r"on[ \u00a0]+course|"
                             r"on[ \u00a0]+track|estimates?|likely|if)\b")


class _Ask:
    """What ``Context.period`` knows of one figure while it settles the figure's period."""

    __slots__ = ("q", "ss", "se", "measure", "D", "pi", "level", "earlier")

    def __init__(self, q: QuantityMention, ss: int, se: int, measure: str | None,
                 D: date | None, pi: int, level: bool, earlier: str) -> None:
        self.q, self.ss, self.se, self.measure = q, ss, se, measure
        self.D = D            # the day relative dates count from (Context.day_at)
        self.pi = pi          # the paragraph's index
        self.level = level    # a rate or share: a level, never a running total
        self.earlier = earlier   # a change's earlier value: "yes", "to" or "" (_is_from_value)


def _first(pair: tuple[int, Any]) -> int:
    return pair[0]


# a sector or a group of firms opening its sentence as the subject of a verb of jobs or of
# earnings: "Services added 143,000 jobs", "Manufacturers cut 24,000", and a company's segment
# "Services brought in a record $23.9 billion" (the segment's, not the company's revenue)
_OPENING_SECTOR = re.compile(r"[^\w]*([A-Z][a-z]+s)[ \u00a0]+(?:added|cut|shed|lost|gained|"
                             r"created|hired|brought[ \u00a0]+in|generated|earned|contributed|"
                             r"raked[ \u00a0]+in|pulled[ \u00a0]+in)[ \u00a0]+"
                             r"(?:(?:about|some|nearly|almost|another|a[ \u00a0]+net|"
                             r"(?:a[ \u00a0]+)?record|revenue[ \u00a0]+of|sales[ \u00a0]+of)"
                             r"[ \u00a0]+)?[$€£¥]?$")
# a sentence that opens on a name and sets its figure after ", at" ("Rail, at 3.3 million
# rides, and buses, at 3.9 million, ..."): the name is whose figure it is, not the subject of
# the sentence before ("MRT rides rose 7.8% to 3.1 million a day")
_NAME_AT = re.compile(r"[^\w]*([A-Z][a-z]+),[ \u00a0]+at[ \u00a0]+(?:(?:about|around|some|nearly|"
                      r"almost|roughly|just)[ \u00a0]+)?[$€£¥]?")
# openers of that form that are no name: "Overall, at 7.2 million"
_NOT_NAME_AT = frozenset("""overall together altogether combined meanwhile still however now
today yesterday then there here again even last first this that""".split())
# the agents of a whole economy's count, and the measures a sentence may open on: no sector
_GENERIC_AGENTS = frozenset("""employers companies firms businesses workers people officials
economists analysts police authorities others sales revenues profits earnings exports imports
shipments deliveries""".split())


# a list's line: a bullet, or a short "label: N" / "label — N" line ("Tanks: 7,590 (+14)",
# "In 2023 — 253,290"); a lead-in ends with a colon ("... are approximately:")
_LIST_LINE = re.compile(r"[ \t]*(?:(?:[-*+•–—]|\d+[.)])[ \t]|[^\n:—–|#>]{1,60}?[ \t]*(?::|—|–|-)"
                        r"[ \t]*(?:[a-z]+[ \t]+)?\d)", re.I)
_LEAD_IN_END = re.compile(r":[ \t*_]*$")
# the basis of a subject carried into a paragraph that continues the previous one's report
# (no source or date of its own): as firm as one carried within a paragraph
_SAME_REPORT = "the same report as the previous paragraph: carried from it"
_UNDER_HEADLINE = "the headline right above it (a subhead): carried from it"


def reports_sum_readings(a: date, b: date) -> tuple[tuple[str, date, date], ...]:
    """The readings of a sum of the daily reports over the days a to b ("The General Staff's
    daily reports add up to 423,280 for the year so far"): those days' losses, or the reports
    dated in the span, each of which counts the day before it (to b, or to the report of the
    day after b when b is the last day reported)."""
    return ((f"reports: the losses of {a.isoformat()} to {b.isoformat()}", a, b),
            (f"reports: the reports dated {a.isoformat()} to {b.isoformat()}", a - _DAY,
             b - _DAY),
            (f"reports: the reports dated {a.isoformat()} to {(b + _DAY).isoformat()}",
             a - _DAY, b))


def list_blocks(text: str, paragraphs: Any) -> tuple[list[int], dict[int, int]]:
    """The starts of the paragraphs a figure's carried keys may come from: a list's lines
    (or a table's rows) under a lead-in that ends with a colon ("The total combat losses of
    the enemy ... are approximately:", "Russian losses as of 20 May 2024, according to the
    General Staff:") are one paragraph with it, so what the lead-in writes (side, source,
    date) is written within the figure's paragraph, not carried from another; and, by the
    index of each such paragraph, where its list's first line starts."""
    out: list[int] = []
    lists: dict[int, int] = {}
    lead = False
    for s, e in paragraphs:
        line = "\n" not in text[s:e] and (text.startswith("|", s) or
                                          e - s <= 120 and _LIST_LINE.match(text, s, e))
        if lead and line:
            lists.setdefault(len(out) - 1, s)
            continue   # a line of the list the lead-in before it opens
        out.append(s)
        lead = _LEAD_IN_END.search(text, s, e) is not None
    return out, lists


# a list line's row label before its colon, the figure after it: "- Free schools: 104 schools"
_ROW_LABEL = re.compile(r"[ \t]*(?:[-•*–][ \t]+)?(?P<label>[a-z][a-z’'&.\- ]{0,58}?)[ \t]*:[ \t]*")
# what may not stand between a row's label and its figure: a capitalised word, a dash
_NOT_ROW = re.compile(r"[A-Z]|[—–]")
# a label that is a speaker's words, not a row: "The council said: 1,200 homes ..."
_SPEAKER_END = re.compile(r"\b(?:said|says|told|tells|added|adds|wrote|writes|reported|reports|"
                          r"explained|warned|according\s+to\s+\w+)$")


@lru_cache(maxsize=1)
def _table_total_words() -> frozenset[str]:
    """complements.yaml ``table_totals``: a label that names a total row, no entity."""
    return frozenset(str(w).lower() for w in
                     vocab.load("complements.yaml").get("table_totals", []) or [])


# a bullet right before a list item's figure: "* 1,208,970 troops", "• 11,488 tanks"
# a paragraph that opens on a category's name alone, then a full stop or a colon ("Artillery
# systems. The count stands at 30,637", "Tanks: two more were hit"): the label of the
# paragraph's figures (Context._paragraph_label); lower case, at most five words, no digit
_PARAGRAPH_LABEL = re.compile(r"[ \t#*_>]*([a-z][a-z\- ]{1,60}?)[*_]*[ \t]*[.:](?=[ \t\n])")

_A_LETTER = re.compile(r"[a-z]")
_BLANK_BEFORE = re.compile(r"\n[ \t]*\n[ \t]*$")
_BULLET_OPEN = re.compile(r"[ \t]*[*•\-–][ \t]+(?:(?:about|around|some|over|more than|"
                          r"nearly|almost)[ \t]+)?")
# a list line's label before its figure: "2024: ", "In 2023 — ", "Personnel: " (a qualifier
# may follow)
_LABEL_OPEN = re.compile(r"[ \t]*(?:[*•\-–][ \t]+)?[^:\n—–\d]{0,30}?(?:19|20)?\d{0,2}[ \t]*"
                         r"(?::|[ \t][—–-])[ \t]+(?:(?:about|around|some|over|more than|"
                         r"nearly|almost)[ \t]+)?")

# a sentence that looks back at an earlier level, before its figure: "The last time it was
# higher was on March 28, when ...", "The previous high was 1,740 on March 28" (lower case)
_LOOKS_BACK = re.compile(r"\bthe\s+last\s+time\b|\b(?:previous|prior|earlier|former)\s+"
                         r"(?:single-day\s+|daily\s+|one-day\s+)?(?:record|high|highest|peak)\b")


class Context:
    def __init__(self, doc: Document, m: Mentions) -> None:
        self.doc = doc
        self.m = m
        self.text = m.text
        self.low = m.words.low if m.words is not None else lower_same_length(m.text)
        # where "averag" stands, found once (searched from each figure's sentence start, it
        # was quadratic in a long sentence)
        self._averag = [x.start() for x in re.finditer("averag", self.low)]
        # and where "respectively" stands (looked for after each figure in its sentence)
        self._respectively = [x.start() for x in re.finditer("respectively", self.low)]
        self.sent_starts = [s for s, _ in m.sentences]
        self.par_starts, self.lists = list_blocks(m.text, m.paragraphs)
        self.sec_starts = [s.start for s in m.sections]
        self.quote_starts = [s for s, _ in m.quotes]
        self.date_starts = [d.start for d in m.dates]
        self.q_starts = [q.num_start for q in m.quantities]
        self._quantities = m.quantities
        _, _, self.scope_start = markers()
        self._sent_flags: dict[int, tuple[list[tuple[int, int]], list[tuple[int, int]]]] = {}
        self._now: dict[int, bool] = {}
        self.lex = lexicon.get()
        self.lex.begin(self.low, m.words)
        self._subjects_by_sentence: dict[int, tuple[int, str] | None] = {}
        # "since 2012, when ...": the date as written, for the figures before it (None: a
        # record's "since", no period of theirs)
        self._when_years: dict[int, Any] = {}
        self._subject_by_domain: dict[str, str] = {}
        # the paragraph each of those subjects was last named in (its basis says whether a
        # figure carries it within its own paragraph or from another: docs/rules.md, "Basis")
        self._subject_par: dict[str, int] = {}
        # the sentence each of those subjects was last named in, with every subject that
        # sentence named for the domain ("The Yes side won 795,008 votes and the No side
        # 425,047": two sides, so a later paragraph's figure is of neither for sure)
        self._subjects_of_sentence: dict[str, tuple[int, set[str]]] = {}
        # paragraph -> the time frame its figures were last given in, with the domain and
        # measure of the figure that stated it (a carried period stays in that family)
        self._period_by_par: dict[int, tuple[tuple[date, date], str | None]] = {}
        # (paragraph, measure) -> (the period last stated for a figure of that measure, when)
        # (Context keeps at most 30 attributes: CPython 3.11 shares instance keys up to 30,
        # beyond that every attribute access in this hot class gets slower)
        self._period_by_measure: dict[tuple[int, str | None], tuple[tuple[date, date], int]] = {}
        # ... and the first one each paragraph stated: what the next paragraph carries
        self._first_by_measure: dict[tuple[int, str | None], tuple[tuple[date, date], int]] = {}
        # the subject and source of the figure that stated each period, and of the figure
        # being read: a period one source states for one side's losses is carried to no
        # figure another source gives of the other side's
        self._period_subject: dict[tuple[date, date], tuple[str | None, str | None]] = {}
        self._subject_now: tuple[str | None, str | None] = (None, None)
        self._dn = _DateNotes(m.dates)
        self._before_src: dict[int, str | None] = {}   # sentence index -> source before it
        self._stated: list[tuple[date, date]] = []   # per-period periods stated, in order
        self._same: dict[int, Any] = {}      # sentence start -> "the same N days" match
        self._then: dict[int, Any] = {}     # sentence start -> "at that time" in it (a match)
        self._own_span: dict[int, Any] = {}  # sentence start -> "fourth-quarter", "quarterly"
        # (sentence start, domain) -> the subject the whole sentence names, for carrying
        self._sent_subject: dict[tuple[int, str | None], str | None] = {}
        self._vocab_ids: frozenset[str] | None = None    # subjects.yaml ids (_vocab_subject)
        # where a figure may start right after "from" ("to 13.5% from 13%", "from the 1,070")
        self._from_ends = self._after_from()
        self._spans: dict[int, list[tuple[int, int]]] = {}   # sentence start -> attributions
        self._sent_dates: dict[int, list[Any]] = {}   # sentence start -> its dates
        self._unit_said: dict[tuple[int, int], Any] = {}   # sentence -> "the year", "the month"
        # sentence start -> (its dates that can be periods, "than" dates: _dates_for_periods)
        self._period_dates: dict[int, tuple[list[Any], dict[int, int]]] = {}
        self._date_ends: dict[int, list[int]] = {}
        self._anchors: dict[int, Any] = {}        # window start -> day it counts back from
        # sentence -> its passive agent's match (readings._passive_agent), asked once each
        self.passive_agents: dict[tuple[int, int], Any] = {}
        self._report_dates: dict[int, bool] = {}  # date start -> is a report's date
        self._report: dict[int, bool] = {}   # sentence start -> names a report
        self._quote_sources: dict[int, str | None] = {}
        self._seen_sources: list[str] = []   # the named sources credited so far (source())
        self._in_sentence: dict[tuple[re.Pattern[str], int, int], re.Match[str] | None] = {}
        self._labels: dict[int, tuple[int, int] | None] = {}   # paragraph -> its label's span

    # -- structure ------------------------------------------------------------------------
    def _names_a_body(self, ss: int, se: int) -> bool:
        """Whether the sentence ``ss``..``se`` names a source body of its own (searched once a
        sentence, not once a figure: a sentence of thousands of figures after a heading)."""
        return self.in_sentence(self.lex.source_alias_re, (ss, se)) is not None

    def in_sentence(self, rx: re.Pattern[str], span: tuple[int, int]) -> re.Match[str] | None:
        """``rx`` searched in the lower-cased sentence ``span``, once per document: the
        figures of one sentence ask the same question (a sentence of N figures would
        otherwise be searched N times)."""
        key = (rx, span[0], span[1])
        if key not in self._in_sentence:
            self._in_sentence[key] = rx.search(self.low, span[0], span[1])
        return self._in_sentence[key]

    def sentence(self, pos: int) -> tuple[int, int, int]:
        i = bisect_right(self.sent_starts, pos) - 1
        if i < 0:
            return -1, 0, len(self.text)
        s, e = self.m.sentences[i]
        return i, s, e

    def paragraph(self, pos: int) -> int:
        return bisect_right(self.par_starts, pos) - 1

    def _subhead_of(self, dom: str, par: int) -> bool:
        """Whether paragraph ``par`` is a subhead (``_subhead``) and the subject last named for
        domain ``dom`` was named in the headline right above it."""
        return self._subject_par.get(dom) == par - 1 and self._subhead(par)

    def _subhead(self, par: int) -> bool:
        """Whether paragraph ``par`` is a subhead: the line right under the headline, with no
        blank line between ("# Russia lost 42,860 troops in July ...\nDrones were the largest
        equipment toll, at 54,436 for the month"): it goes on the headline's story, so the
        side the headline names is its own (readings70)."""
        if par < 1 or par >= len(self.par_starts):
            return False
        at = self.par_starts[par]
        head = self.par_starts[par - 1]
        return self.section(head) == "headline" and \
            self.text.count("\n", head, at) == 1 and self.text[at - 1:at] == "\n"

    def section(self, pos: int) -> str:
        i = bisect_right(self.sec_starts, pos) - 1
        if i >= 0:
            sec = self.m.sections[i]
            if sec.start <= pos <= sec.end:
                return sec.kind
        return "body"

    def quote(self, pos: int) -> tuple[int, int] | None:
        i = bisect_right(self.quote_starts, pos) - 1
        if i >= 0:
            s, e = self.m.quotes[i]
            if s < pos < e:
                return s, e
        return None

    # -- one figure -----------------------------------------------------------------------
    def _measure_past_bracket(self, q: QuantityMention, ss: int, se: int, measure: str | None,
                              section: str) -> str | None:
        """The measure the noun after a figure's converted twin in brackets names ("41.0 mm
        (1.6 inches) of rain": both figures are rain), for a figure its own words (or its unit
        alone) give none; ``measure`` otherwise."""
        m = _BRACKET_TWIN.match(self.low, q.end)
        if m is None or m.end() >= se:
            return measure
        noun = self.lex.noun_after(self.text, self.low, m.end(), se)
        got = self.lex.measure(self.low, q, noun, ss, se,
                               section in ("headline", "keypoints", "caption"))
        return got if got is not None and got not in self.lex.dim_default.values() else measure

    def _measure_past_noun(self, q: QuantityMention, ss: int, se: int, measure: str | None,
                           section: str) -> tuple[str | None, str | None]:
        """(measure, the measure its paragraph's label gave it or None) for a figure whose own
        noun names ``measure`` (None or only its unit's default): past a bracketed twin, else
        from the paragraph's label (``_paragraph_label``), else for a figure set "at N" in a
        sentence ranking a month or week, the sentence's (``Lexicon.ranked_measure``)."""
        if measure is None or measure in self.lex.dim_default.values():
            measure = self._measure_past_bracket(q, ss, se, measure, section)
        label = self._paragraph_label(q, ss) if measure is None else None
        if label is None and measure is None and not q.unit and q.dim in ("", "count") and \
                (ranked := ranked_at(self.low, q.start, ss, se)) is not None:
            # "October, at 41,980, was the third-costliest month of 2024 for Russian troops"
            measure = self.lex.ranked_measure(self.low, q, ranked, ss, se)
        return label or measure, label

    def _paragraph_label(self, q: QuantityMention, ss: int) -> str | None:
        """The measure a paragraph's opening label names for a figure after it that names none
        ("Vehicles and fuel tanks. The tally has reached 55,859": vehicles and fuel tanks),
        when the label is a measure's phrase alone and fits the figure's unit; None
        otherwise."""
        par = self.paragraph(ss)
        if par < 0:
            return None
        if par not in self._labels:
            a = self.par_starts[par]
            # (a paragraph of its own, after a blank line: the lines of one block, "Soldiers:
            # 205,720 (+460)" / "Tanks: 3,796 (+1)", are a list its lead-in heads)
            m = _PARAGRAPH_LABEL.match(self.low, a) if a == 0 or \
                _BLANK_BEFORE.search(self.text, max(0, a - 40), a) else None
            span = m.span(1) if m is not None and len(m.group(1).split()) <= 5 and \
                " ".join(m.group(1).split()) in self.lex.phrase_measure else None
            self._labels[par] = span
        span = self._labels[par]
        if span is None or span[1] >= q.start or self.low.startswith(":", span[1]) and \
                not _A_LETTER.search(self.low, span[1], q.start):
            return None     # ("Tanks: 7,590 (+41)": a line's own label, table_label's)
        # (the label and the figure's sentence: the words a measure's story needs, "lost",
        # "destroyed", stand after the label)
        got = self.lex.measure(self.low, q, span, span[0], self.sentence(q.num_start)[2], True)
        return got if got is not None and got not in self.lex.dim_default.values() else None

    def _in_label(self, subject: str, ss: int) -> bool:
        """Whether ``subject`` was read from the words of the label of the paragraph of
        ``ss`` (its capital read as a name, "Tanks: 11,256": the label names what is counted,
        not whose)."""
        span = self._labels.get(self.paragraph(ss))
        return span is not None and re.search(
            r"\b" + re.escape(subject.lower().replace("_", " ")) + r"\b",
            self.low[span[0]:span[1]]) is not None

    def _noun_and_measure(self, q: QuantityMention, ss: int, se: int, section: str
                          ) -> tuple[tuple[int, int] | None, str | None]:
        """The noun right after a figure and the measure its words name; past a bracketed day's
        figure or a dash when nothing stands right after it (``_noun_past_increment``)."""
        noun = self.lex.noun_after(self.text, self.low, q.end, se)
        measure = self.lex.measure(self.low, q, noun, ss, se,
                                   section in ("headline", "keypoints", "caption") or
                                   self._bullet_item(ss, q.start))
        if noun is None or not self.text[noun[0]:noun[1]].strip(" \u00a0("):
            past, measure = self._noun_past_increment(q, ss, se, measure, section)
            noun = past or noun
        return noun, measure

    def _noun_past_increment(self, q: QuantityMention, ss: int, se: int, measure: str | None,
                             section: str) -> tuple[tuple[int, int] | None, str | None]:
        """The noun, and the measure it names, after a figure's bracketed day's figure ("11,037
        (+2) tanks": the noun both count, not the list's lead-in "losses") or after a dash
        ("45,720 — russian personnel losses"); (None, ``measure``) when no such noun names a
        measure."""
        m = _BRACKET_INCREMENT.match(self.low, q.end) or _DASH_NOUN.match(self.low, q.end)
        if m is None and _INCREMENT_OPEN.search(self.low, max(ss, q.start - 4), q.start):
            m = _INCREMENT_CLOSE.match(self.low, q.end)
        if m is None or m.end() >= se:
            return None, measure
        noun = self.lex.noun_after(self.text, self.low, m.end(), se)
        got = self.lex.measure(self.low, q, noun, ss, se,
                               section in ("headline", "keypoints", "caption")) \
            if noun is not None else None
        if got is None or got in self.lex.dim_default.values():
            return None, measure
        return noun, got

    def share_in_words(self, q: QuantityMention) -> QuantityMention:
        """A fraction in words that names a percentage measure by its whole ("a fifth of the
        vote", "almost a tenth of global electricity"): that share as a percentage, so that a
        headline's "A fifth of ..." is compared with the body's "27% of ..."; ``q`` otherwise
        ("a fifth of the 420 jobs", "half the seats": no share measure)."""
        # (a headline's or a key point's: in the body a fraction is read with
        # the figures beside it, "More than a third of the unemployed, 35.6%", as before)
        if q.unit or q.dim not in ("", "count") or not 0 < q.value < 1 or \
                self.section(q.num_start) not in _SUMMARY_SECTIONS or \
                not _FRACTION_WORD.search(self.low, q.num_start, q.end) or \
                not _OF_NEXT.match(self.low, q.end):
            return q
        _si, ss, se = self.sentence(q.num_start)
        as_percent = replace(q, value=q.value * 100, unit="percent", dim="percent",
                             step=0.0, rounded=False)
        noun = self.lex.noun_after(self.text, self.low, q.end, se)
        measure = self.lex.measure(self.low, as_percent, noun, ss, se, True)
        units = (self.lex.measures.get(measure or "", {}) or {}).get("units") or ()
        return as_percent if "percent" in units else q

    def _unless_ratio(self, q: QuantityMention, se: int, measure: str | None,
                      extra: list[tuple[str, Any]]) -> str | None:
        """``measure``, or None for a ratio of two counts of a war's losses ("about 105 troops
        for every tank destroyed", "two armoured vehicles per tank": no count of the measure;
        ``extra`` gets ("ratio", True)). Rates a day or a square kilometre are averages
        (normalize.rate_averages) and keep theirs."""
        if measure is not None and self.lex.domain(measure) == "conflict" and \
                _RATIO_AFTER.match(self.low, q.end, min(se, q.end + 60)) is not None:
            extra.append(("ratio", True))
            return None
        return measure

    def describe(self, q: QuantityMention, lo: float | None, hi: float | None, lo_open: bool,
                 hi_open: bool) -> dict[str, Any]:
        si, ss, se = self.sentence(q.num_start)
        quote = self.quote(q.num_start)
        extra: list[tuple[str, Any]] = []
        if q.is_range:
            extra.append(("range", (q.lower, q.upper)))
        if lo_open:
            extra.append(("lower_open", True))
        if hi_open:
            extra.append(("upper_open", True))
        if q.dim == "points":
            extra.append(("percentage_points", True))
        if q.rounded:
            extra.append(("rounded_to", q.step))
        d: dict[str, Any] = {
            "start": q.start, "end": q.end, "value": q.value, "unit": q.unit,
            "lower": lo, "upper": hi, "qualifier": q.qualifier, "sentence": (ss, se),
            "section": self.section(q.num_start), "quoted": quote is not None,
            "extra": extra, "_q": q, "_si": si,
        }
        noun, measure = self._noun_and_measure(q, ss, se, d["section"])
        if measure == "revenue" and _PER_SHARE_AFTER.match(self.low, q.end):
            measure = "profit"
        measure, by_label = self._measure_past_noun(q, ss, se, measure, d["section"])
        if measure is not None and self.lex.of_change(measure) and q.unit == "percent" and \
                _TO_LEVEL.match(self.low, q.end):
            # a percentage with the level it brings something to, in another unit ("Cathode
            # output rose 10% to 84,778 tonnes"), is a change of that level, not a rate such
            # as GDP growth that "output" may name
            measure = None
        if measure is not None and self.lex.of_change(measure):
            # a rate of change over a month or a quarter is another measure than the annual
            # rate: "rose 0.4% in March from February" beside "3.2% higher than a year earlier"
            base = _SHORT_BASE.search(self.low, q.end, min(se, q.end + 45)) or \
                _SHORT_BASE_BEFORE.search(self.low, ss, q.start)
            if base is not None:
                quarter = "quarter" in base.group() or "three" in base.group()
                measure = f"{measure} {'quarterly' if quarter else 'monthly'}"
        measure = self._unless_ratio(q, se, measure, extra)
        d["measure"] = measure
        if noun is not None:
            d["_noun"] = noun
        open_m = self._open_measure(q, ss, se) if measure is None else None
        subj = self._restated_subject(q, ss, measure or open_m or "", self.subject(
            q, si, ss, se, measure, noun, open_m is not None))
        subj = None if by_label and subj and self._in_label(subj, ss) else subj
        d["subject"] = subj
        d["source"] = self.source(q, ss, se, quote)
        if d["source"] is None and si > 0 and not self._names_a_body(ss, se):
            # (a sentence that names a body of its own, "Kyiv's count for the year is ...",
            # takes nothing from the one before)
            before = self._source_before(si)
            if before:
                # "According to British intelligence, ... 1,262 daily. | Since the beginning
                # of the war, Russia has suffered more than 648,000 casualties.": the body the
                # sentence before credits may be this one's too (rules: source_before)
                extra.append(("source_before", before))
        d["hedge"] = self.lex.hedge(self.low, q.num_start, ss, se)
        if measure is not None and q.dim == "length" and self.lex.is_state(measure):
            self._place(q, se, extra)
        self._dn.date_kind, self._dn.other, self._dn.said_report = "", None, None
        self._dn.readings = ()
        self._subject_now = (subj, d["source"])
        period, cumulative = self.period(q, si, ss, se, measure)
        self._pin_said_report(period, cumulative, extra)
        self._period_readings(q, period, extra, ss, se, (cumulative, measure))
        if self._dn.date_kind == "date" and period is not None and period[0] == period[1] and \
                not cumulative and measure is not None and self.lex.domain(measure) == "conflict":
            # "On Tuesday, losses were 1,200": the day's report or the day's fighting (reported
            # the next day), unlike "in the past 24 hours" (the report of publication)
            extra.append(("day_named", True))
        # how each key was decided (factcheck.normalize.readings turns this into the claim's
        # extra.basis): written in the sentence, carried from earlier, a default, or none
        how = self._dn.how
        basis = {"measure": "paragraph label" if by_label else "written" if measure else "none",
                 "subject": self._dn.subject_how if subj else "none",
                 "period": how if period is not None else "none",
                 "scope": how if cumulative else "none"}
        d["_basis"] = basis
        if not cumulative and period is not None and period[0] == period[1] and \
                measure is not None:
            period, cumulative = self.above_any_day(q, ss, measure, period, basis)
        if measure is not None and (period is None or period[1] > period[0]) and \
                self._per_day(q, ss):
            # "averaged 1,500 a day in November": a rate over the period, not its total; a
            # measure of its own, so it is never compared with the period's total
            d["measure"] = measure + "_per_day"
            cumulative = False
        d["period"] = period
        d["cumulative"] = cumulative
        if period is not None and not cumulative and \
                _AS_OF.search(self.low, max(ss, q.start - 50), min(se, q.end + 50)):
            # "at least 40 people had died by Sunday night", "the death toll reached 12 on
            # Monday": a count up to a moment, which later moments can only raise
            extra.append(("as_of", True))
        if d["measure"] is None and open_m is not None:
            d["measure"] = open_m
            d["_open"] = True     # (relations: one open measure per noun)
        return d

    def _period_readings(self, q: QuantityMention, period: Any, extra: list[Any], ss: int,
                         se: int, of: tuple[bool, str | None] = (True, None)) -> None:
        """The readings of a period its date leaves open: a split year ("the 2024/25 season")
        or a fiscal year of no country ("last tax year"); for a figure with no period in a
        sentence that opens a span with no end, the day it opens on (``open_from``); for a
        sum of a daily report's figures over whole months or a span (``of``: whether the
        figure is a running total, and its measure; not for a running total or a measure no
        daily report gives), the reports dated in it or its days' losses."""
        no_sum = of[0] or not self.lex.daily_reports(of[1])
        if period is None:
            if (onward := self.onward_in(ss, se)) is not None:
                extra.append(("open_from", onward.isoformat()))
            return
        step = self._dn.other
        if self._feast_readings(period, extra) or self._step_readings(period, extra, step):
            return
        if self._dn.date_kind == _MONTH_AFTER_FROM:
            a = _month_end(period[0]) + _DAY
            day = self.day_at(q.start)
            if day is not None and a < day:
                extra.append(("period_readings", (
                    (": the month written, the earlier value's", period[0], period[1]),
                    (": the month after it", a, _month_end(a)))))
        elif self._dn.date_kind == _LEVEL_AFTER_WINDOW:
            lo, hi = (date.fromisoformat(x) for x in self._dn.date_text.split("/"))
            if lo != period[0]:
                extra.append(("period_readings", (
                    ("level: the span a month after its base", period[0], period[1]),
                    ("level: the latest such span ended by publication", lo, hi))))
        elif self._dn.date_kind == _LEVEL_BESIDE_BASE and self._dn.date_text.endswith("/"):
            a = date.fromisoformat(self._dn.date_text[:-1])
            extra.append(("period_readings", (
                ("level: the latest month ended by publication", period[0], period[1]),
                ("level: at publication, the comparison's base only a month", a, a))))
        elif self._dn.date_kind == _LEVEL_BESIDE_BASE:
            a = date.fromisoformat(self._dn.date_text)
            if a != period[0]:
                extra.append(("period_readings", (
                    ("level: the latest month ended by publication", period[0], period[1]),
                    ("level: the month after its base", a, _month_end(a)))))
        elif self._dn.date_kind == "report" and not of[0] and \
                (of[1] is None or self.lex.daily_reports(of[1])):
            # (a measure still open here may be carried later: "more than the 41,980 it
            # reported for October" takes the compared figure's, so its readings stay open)
            self._report_span_readings(q, period, extra)
        elif not no_sum and period[1] > period[0] and self.sums_reports(ss, q.start):
            extra.append(("period_readings", reports_sum_readings(*period)))
        elif self._dn.date_kind in _SPLIT_KINDS:
            extra.append(("period_readings", self._split_readings(q, period)))
        elif self._dn.date_kind == "split year to date":
            extra.append(("period_readings", tuple(
                (f"to date, {label}", a, period[1])
                for label, a, e in split_year_readings(int(self._dn.date_text))
                if a <= period[1] <= e)))
        elif self._dn.date_kind == "us government fiscal year":
            extra.append(("period_readings", us_fiscal_readings(
                period[1].year, tuple(int(x) for x in self._dn.date_text.split(",")))))
        elif self._dn.date_kind == "us government biennium":
            a, b, *starts = (int(x) for x in self._dn.date_text.split(","))
            extra.append(("period_readings", tuple(
                (f"from {date(2000, m, 1):%B}: a US state's two-year budget",
                 *biennium_span(a, b, m)) for m in starts)))
        elif self._dn.date_kind == "relative fiscal year" and \
                (day := self.day_at(q.start)) is not None:
            extra.append(("period_readings", relative_fiscal_readings(
                self._dn.date_text, day)))

    def _step_readings(self, period: Any, extra: list[Any], step: Any) -> bool:
        """The readings of a date read as the nearer of two (``step``: to the other one): the
        day, weekday, month or company quarter read, or the same a step from it; and a base
        month's span or the month itself. False when the date was read with no other."""
        if step is None:
            return False
        if step is not None and not step and self._dn.date_kind == "since":
            # "Petrol is 10p a litre dearer than in January", "rose 3% from March": the change
            # from the base month's start to publication, or over the base month itself
            a, b = period
            extra.append(("period_readings", (
                (f"base: {a:%B %Y} to {b.isoformat()}, the span read", a, b),
                (f"base: {a:%B %Y}, the month itself", a, _month_end(a)))))
        elif step is not None and self._dn.date_kind == "month":
            # "All 35 stations close at 11pm ... in March": the month read (the nearer to
            # publication) or the same month a year from it (extract.dates ``_either_month``)
            a, b = period
            o = a + step
            extra.append(("period_readings", (
                (f"month: {a:%B %Y}, the month read", a, b),
                (f"month: {o:%B %Y}, {_other_month_words(step)}", o, _month_end(o)))))
        elif step is not None and self._dn.date_kind == _COMPANY_QUARTER:
            # "the third quarter of fiscal 2024" in US dollars: the quarter read or the other
            # a US company's year gives it (the latest ended, or the one under way)
            a, b = period
            o = a + step
            oe = _month_end(date(o.year + (o.month + 1) // 12, (o.month + 1) % 12 + 1, 1))
            extra.append(("period_readings", (
                (f"quarter: {a:%B}-{b:%B %Y}, the quarter read", a, b),
                (f"quarter: {o:%B %Y}-{oe:%B %Y}, of another company year", o, oe))))
        elif step is not None and abs(step.days) > 7:
            # "The cap falls 12% on 1 April": the day read (the nearer to publication) or the
            # same day a year from it (extract.dates ``_either_day``)
            a, b = period
            n = round(abs(step.days) / 365.25)    # (29 February: four years)
            extra.append(("period_readings", (
                (f"date: {a.isoformat()}, the day read", a, b),
                (f"date: {(a + step).isoformat()}, {'a year' if n == 1 else f'{n} years'} "
                 f"{'later' if step.days > 0 else 'earlier'}", a + step, b + step))))
        elif step is not None:
            # "Aslef drivers strike on Saturday": the day read (the nearer to publication; for
            # "for three days from Friday" the coming one) or the same weekday a week from it
            a, b = period
            extra.append(("period_readings", (
                (f"weekday: {a:%A} {a.isoformat()}, the day read", a, b),
                (f"weekday: {(a + step):%A} {(a + step).isoformat()}, a week "
                 f"{'later' if step.days > 0 else 'earlier'}", a + step, b + step))))
        return True

    def _feast_readings(self, period: Any, extra: list[Any]) -> bool:
        """Whether the figure's date is a feast's week read several ways ("Diwali week": the
        festival's days or the calendar week holding it; "Golden Week" of Japan or of China:
        extract.holiday_seasons ``_feast_weeks``), its readings then listed in ``extra``."""
        feast = self._dn.readings
        if not feast or (feast[0][1], feast[0][2]) != tuple(period):
            return False
        extra.append(("period_readings", tuple(feast)))
        return True

    reports_sum_readings = staticmethod(reports_sum_readings)

    def _split_readings(self, q: QuantityMention, period: Any) -> tuple[Any, ...]:
        """A split year's readings (``split_year_readings``); a bare one's two calendar years
        too for a rate, share or yearly average, which a survey may pool over two years (a
        total never runs 24 months: no writer means it, so the pair stays its envelope)."""
        listed = split_year_readings(period[0].year, *_SPLIT_KINDS[self._dn.date_kind])
        if self._dn.date_kind == "split year" and self._pooled(q):
            listed = (*listed, (_POOLED_PAIR, period[0], period[1]))
        return listed

    def _pooled(self, q: QuantityMention) -> bool:
        """Whether a figure is a rate, share or yearly average, which may be of two calendar
        years pooled ("4.1% in 2014/15", "an average of 88,576 a year"), not a total."""
        return q.dim == "percent" or _PER_YEAR_AFTER.match(self.low, q.end) is not None or \
            _AVERAGE_BEFORE.search(self.low, max(0, q.start - 24), q.start) is not None

    def sums_reports(self, ss: int, at: int) -> bool:
        """Whether the sentence from ``ss`` gives the figure at ``at`` as a sum of the daily
        reports ("the daily reports add up to 423,280 for the year so far")."""
        return _REPORTS_SUM.search(self.low, ss, at) is not None

    def _report_span_readings(self, q: QuantityMention, period: Any, extra: list[Any]) -> None:
        """"Kyiv's daily reports for January and February add up to 84,810": the reports
        dated in whole calendar months (the period read, a day before them) or the reports of
        those months' losses (the months themselves, reported a day later); both are read when
        the months' losses were all reported by publication. A single day's report ("Tuesday's
        report") is that report's only."""
        a, b = period[0] + _DAY, period[1] + _DAY
        day = self.day_at(q.start)
        if b <= a or a.day != 1 or (b + _DAY).day != 1 or day is None or b >= day:
            return
        extra.append(("period_readings", (
            (f"reports: the reports dated {a.isoformat()} to {b.isoformat()}", *period),
            (f"reports: the losses of {a.isoformat()} to {b.isoformat()}, reported a day later",
             a, b))))

    def _month_of_earlier_value(self, q: QuantityMention, dm: Any, ss: int,
                                cumulative: bool) -> bool:
        """Whether the month ``dm`` after a change's new value follows its earlier value ("fell
        to 36,570 from 48,240 in January"), the new value dated by no word of its own."""
        return dm.kind == "month" and not cumulative and dm.start >= q.end and \
            _TO_BEFORE_NEW.search(self.low, max(ss, q.start - 12), q.start) is not None and \
            _FROM_VALUE_GAP.fullmatch(self.low, q.end, dm.start) is not None

    def _month_changed_from(self, q: QuantityMention, dm: Any, cumulative: bool) -> bool:
        """Whether ``dm`` is a month after "from" that a past change's figure before it is
        read in (extract.dates ``_from_month``: "The price cap rose 6.4% to £1,849 from
        April"): the month the change took effect, or a base month whose change is of the
        month after it ("Retail sales rose 0.7% to $705bn from March"); both are read."""
        return dm.kind == "month" and not cumulative and dm.start >= q.end and \
            self.low.startswith("from", dm.start) and dm.end_date is not None

    def _open_measure(self, q: QuantityMention, ss: int, se: int) -> str | None:
        """The measure of a figure no vocabulary measure names, from its own words."""
        if not q.unit and q.dim in ("", "count"):
            # no vocabulary measure: the counted noun is the measure ("passengers"), set
            # after the period is settled (an open measure has no domain conventions)
            got = self.lex.open_measure(self.text, self.low, q.start, q.end, ss, se)
            return None if got is not None and self._a_name_at(got, ss) else got
        if q.unit == "percent" and "point" not in self.low[q.start:q.end]:
            # what a percentage change is of, when its words say ("a 4.99% council tax
            # rise", "raise council tax by 4.99%"; a change in points is of a rate the text
            # gives as a level, and takes that level's keys: "Coverage fell by 0.6 points")
            got = self.lex.change_noun(self.text, self.low, q.start, q.end, ss) or \
                self.lex.rate_noun(self.low, q.start, ss)   # "the recycling rate fell to 43.4%"
            return None if got is not None and self._a_name_at(got, ss) else got
        if q.dim == "currency":
            # an amount named by the noun right after it: "a $2 billion deal", "a £54 million
            # contract" (a deal's amount is no contract's)
            return self.lex.money_noun(self.low, q.end, se, q.start, ss)
        return None

    def _a_name_at(self, word: str, ss: int) -> bool:
        """Whether an open measure read from a sentence's first word is a name the document
        reads as an entity there ("Heathrow grew 3.6% to 67.34 million": whose passengers, not
        what is counted)."""
        # (one word, and the sentence opens with a capital or with that word; a quotation
        # mark or a bullet before the word is allowed for by the span check below)
        if " " in word or (not self.text[ss:ss + 1].isupper() and
                           not self.low.startswith(word, ss)):
            return False
        ents = self._entities()
        i = bisect_right(ents._starts, ss + len(word)) - 1
        return i >= 0 and ents.spans[i][0] >= ss and ents.spans[i][2] == word and \
            not self.low[ss:ents.spans[i][0]].strip(" \u00a0\"\u201c'#*>-")

    def above_any_day(self, q: QuantityMention, ss: int, measure: str,
                       period: tuple[date, date], basis: dict[str, str]
                       ) -> tuple[tuple[date, date], bool]:
        """A day's figure above any day the measure ever brought ("Russia's losses reached
        757,340 on Wednesday") is the running total as of that day: (period, cumulative)."""
        top = self.lex.daily_max(measure)
        if top is None or q.value <= top:
            return period, False
        start = self._scope(measure)
        if start is None:
            return period, False
        end = period[1]
        D = self.day_at(q.start)
        if D is not None and end == D - _DAY and self._sent_flags.get(ss, ((), ()))[1]:
            end = D   # "12 over the past day, 9,563 in all": as of the day's report
        basis["scope"] = "more than any single day brought"
        return (start, end), True

    def _averaged(self, q: QuantityMention, ss: int) -> bool:
        """Whether "average" stands in the figure's clause right before it ("at an average of
        about 1,180 a day", "averaging 1,354") and a per-day word follows it."""
        lo = max(ss, q.start - 40)
        for ch in ",;:(":
            lo = max(lo, self.low.rfind(ch, lo, q.start) + 1)
        return self.low.find("averag", lo, q.start) >= 0 and self._per_day(q, ss)

    def _per_day(self, q: QuantityMention, ss: int) -> bool:
        """Whether the figure is a daily average: "a day", "per day", "each day", "daily"
        right after its words with an average or a longer period ("averaged 1,500 a day in
        November", "an average of 1,500 a day"), or "average daily" / "daily average" /
        "on average" before it in its clause."""
        low = self.low
        if low.find("day", q.end, q.end + 40) >= 0 and \
                _PER_DAY_AFTER.match(low, q.end) is not None:
            return True
        k = bisect_left(self._averag, ss)
        if k < len(self._averag) and self._averag[k] < q.start and \
                self._daily_average_before(q, ss):
            return True
        if k == len(self._averag) or self._averag[k] + 6 > q.end + 80:
            return False    # no "averag" in low[ss:q.end + 80]
        lo = max(ss, q.start - 60)
        for ch in ",;:(—":
            lo = max(lo, low.rfind(ch, lo, q.start) + 1)
        hi = min(len(low), q.end + 80)
        # (a dash opens another clause: "253,290 troops — averaging 694 per day")
        for ch in ",;:(.—":
            k = low.find(ch, q.end, hi)
            if k >= 0:
                hi = k
        if low.find("averag", lo, hi) < 0:
            return False
        # "average daily casualties at 1,500", "1,861 patients in hospital on average each day"
        # ... or the daily count named as the sentence's subject, clauses before: "From January
        # to April, Russia's daily losses, killed and wounded, averaged about 1,020 people"
        return low.find("daily", lo, hi) >= 0 or _PER_DAY.search(low, q.end, hi) is not None \
            or _DAILY_COUNT.search(low, ss, lo) is not None and \
            _OTHER_RATE.search(low, ss, hi) is None

    def _daily_average_before(self, q: QuantityMention, ss: int) -> bool:
        """A figure that the sentence's daily average reaches past a clause break: "a daily
        average of 776 in March to an average of 568 so far in April" (the second average is
        of the same days), "The daily average has risen every year: 400 in 2022, 693 in 2023
        and 913 in 2024" (the items of a list after the colon); never where another rate
        unit ("a month", "weekly") is written in the sentence."""
        low = self.low
        head = _DAILY_AVERAGE.search(low, ss, q.start)
        if head is None or _OTHER_RATE.search(low, ss, q.end + 40) is not None:
            return False
        if _AVERAGE_OF_END.search(low, max(head.end(), q.start - 30), q.start):
            return True    # "... to an average of 568"
        if _FROM_AVERAGE_TO.search(low, max(head.end(), q.start - 70), q.start):
            return True    # "average daily casualties eased from about 1,256 in May to about
            # 1,151 in July": the end of a move of the average is an average too
        return self.in_daily_average_list(q.start, ss)

    def in_daily_average_list(self, start: int, ss: int) -> bool:
        """Whether the figure at ``start`` is an item of a list after a colon whose clause
        names a daily average ("The daily average has risen every year: 400 in 2022, 693 in
        2023 and 913 in 2024"; readings: such an item with no measure of its own is the
        daily average of the paragraph's count)."""
        low = self.low
        colon = low.rfind(":", ss, start)
        if colon < 0 or _DAILY_AVERAGE.search(low, ss, colon) is None or \
                _OTHER_RATE.search(low, ss, start + 40) is not None:
            return False
        return _LIST_AFTER_COLON.fullmatch(low, colon + 1, start) is not None

    def _place(self, q: QuantityMention, se: int, extra: list[tuple[str, Any]]) -> None:
        """``extra.place`` for a distance: the place it is measured to ("3 km from the southern
        outskirts of Pokrovsk" -> Pokrovsk, canonical through gazetteer.yaml; a name not in it
        is kept as written); "the town", "the city's" -> the gazetteer place named last
        before it; nothing when no place is named ("3 km away")."""
        name, ana = self.lex.place_after(self.text, q.end, se)
        if ana:
            # "the town": the gazetteer place named last, else the place of the last distance
            name = self.lex.last_place_before(self.text, q.start) or self._dn.last_place
        if name:
            extra.append(("place", name))
            self._dn.last_place = name
        elif self._dn.last_place:
            # "8 km away": the place of the last distance that named one (see _carry_places)
            extra.append(("place", self._dn.last_place))
            extra.append(("place_carried", True))
        else:
            extra.append(("place_carried", True))   # filled from a later distance, if any

    def subject(self, q: QuantityMention, si: int, ss: int, se: int,
                measure: str | None, noun: tuple[int, int] | None = None,
                open_measure: bool = False) -> str | None:
        """The subject a figure's words name or carry (``_subject_named``); none for a
        figure of several things together."""
        j = _JOINT_BEFORE.search(self.low, max(ss, q.start - 80), q.num_start)
        if j is not None and not _PERIODS_TOGETHER.search(self.low, max(ss, j.start() - 30),
                                                          j.start()):
            # "Together Labour and the Conservatives took 57.4%": of several together, none
            self._dn.subject_how = "none"
            return None
        got = self._subject_named(q, si, ss, se, measure, noun, open_measure)
        if got is not None and _event_place_only(self.low, ss, q.start, got):
            # "The death toll from the earthquake that struck southern Turkey rose past 5,000":
            # the place an event struck, named in its relative clause, is where the event
            # was, not whose figure this is (the toll may be Turkey's and Syria's)
            self._dn.subject_how = "none"
            return None
        if self._dn.subject_how != "written" and noun is not None and \
                self.text[noun[0]:noun[1]].strip()[:1].isalpha() and not self._vocab_subject(got) and \
                (open_measure or measure is not None and self.lex.domain(measure) != "conflict") \
                and (row := self._row_label(q.num_start)) is not None:
            # "- Converter academies: 1,480 schools, 272,013 pupils": a table written as lines,
            # each figure with its own noun; the line's label names whose row it is
            self._dn.subject_how = "written"
            return row
        return got

    def _vocab_subject(self, subject: str | None) -> bool:
        """Whether ``subject`` is one of subjects.yaml's (a desk's party, a country), which a
        list line's label never overrides."""
        if self._vocab_ids is None:
            self._vocab_ids = frozenset(sid for v in self.lex.alias_subjects.values()
                                        for sid, _ in v)
        return subject is not None and subject in self._vocab_ids

    def _row_label(self, pos: int) -> str | None:
        """The label of the list line ``pos`` stands on ("- Free schools: 104 schools"), as a
        subject key; None off such a line, or for a label of digits, a total, or a long one."""
        start = self.low.rfind("\n", 0, pos) + 1
        m = _ROW_LABEL.match(self.low, start, pos)
        if m is None:
            return None
        label = re.sub(r"\s+", " ", m.group("label")).strip()
        if not self.text[m.start("label")].isupper() or _SPEAKER_END.search(label) or \
                _NOT_ROW.search(self.text, m.end(), pos):
            return None     # (a name or a dash after the colon: "Equipment destroyed: MLRS
            # — 1,095 units", the label is the sentence's lead-in, the name the row's)
        if label.startswith("the "):
            label = label[4:]
        if not label or label in _table_total_words() or len(label.split()) > 6:
            return None
        return label

    def _subject_named(self, q: QuantityMention, si: int, ss: int, se: int,
                       measure: str | None, noun: tuple[int, int] | None,
                       open_measure: bool) -> str | None:
        spans = self._source_spans(ss, se)
        # an open measure ("12 civilians killed") takes only subjects named for every domain:
        # "Russian" before it names the attacker's forces, not whom the count is of
        dom = self.lex.domain(measure) if not open_measure else "everyday"
        got = self.lex.subject_in_noun(noun, spans, dom)
        if got is None:
            got = self._name_before_noun(q, ss, spans, dom)
            if got is not None:
                self._dn.subject_how = "written"
                return got
        tied = False
        if got is None and (open_measure or measure is None):
            # a name tied to the count's own words wins over one before it: "Another 5 were
            # killed in Alabama and 3 in Tennessee" (the 3 are Tennessee's)
            got = self._entities().after(q.end, se)
            got = None if got == ANAPHOR or got in self.lex.alias_subjects else got
            tied = got is not None
        elif got is None:
            tied = None     # decided below, when an entity is the figure's
        # (a name of the figure's own clause is a breakdown's place: carried to no later one)
        tied = True if got is None and (got := self._clause_name(q, ss, se, spans, dom)) else tied
        words = self._vocab_spans(spans, dom)
        got = got or self.lex.subject_before(self.low, ss, q.num_start, words, se, dom) or \
            self.lex.subject_in(self.low, q.end, se, words, dom)
        if got is None and measure in self.lex.own_subjects:
            # "Turnout was 59.7%": of a place its own sentence names, never carried
            last = self._dn.last_entity
            got = self._entity_of(q, ss, se, spans, dom)
            self._dn.last_entity = last
            self._dn.subject_how = "written" if got else "none"
            return got
        everyday = self.lex.domain(measure) != "conflict"
        if got is None and everyday:    # an entity the text names, or a vocabulary place after it
            got = self._entity_of(q, ss, se, spans, dom) or self._vocab_place_after(q, se, dom)
        got = self._not_a_counting_body(got)
        if self._world_figure(q, ss, se, measure, None if tied else got):
            return "world"
        if got is not None:
            if tied is None:
                tied = got == self._entities().after(q.end, se)
            if not tied:
                # (a place a breakdown names for one count, "216 in London", is no subject
                # the story's later figures are about)
                self._remember(measure, got, ss)
            self._dn.subject_how = "written"
            return got
        self._dn.subject_how = "none"
        if (stop := self._not_carried(q, ss, se, dom, everyday)) is not None:
            return stop or None
        # carry across sentences: the nearest earlier sentence of the same paragraph that
        # names a subject (two back at most), or the previous one when a pronoun points back
        par = self.paragraph(ss)
        for k in (si - 1, si - 2) + self._lead_in(par, si):
            if k < 0:
                break
            ps, pe = self.m.sentences[k]
            if self.paragraph(ps) != par and not (k == si - 1 and
                                                  self.lex.has_pronoun(self.low, ss, q.num_start, se)):
                break
            key = (ps, dom)
            got = self._sent_subject.get(key, 0)
            if got == 0:
                got = self._sent_subject[key] = self.lex.subject_before(
                    self.low, ps, pe, self._source_spans(ps, pe), pe, dom)
            if got is not None:
                self._remember(measure, got, ps)
                self._dn.subject_how = ("carried within the paragraph"
                                        if self.paragraph(ps) == par else
                                        "carried from the previous paragraph")
                return got
        if everyday and si and self._parallel_opening(ss, self.m.sentences[si - 1][0]):
            return None     # "Hard red winter wheat ... Soft red ...": a subject of its own
        summary = self.section(q.num_start) in ("headline", "keypoints")
        back = self.lex.has_pronoun(self.low, ss, q.num_start, se)
        if everyday and not summary and not self._domain_subject_in(dom, par, back):
            found, got = self._entity_before(si, par, dom)
            if found:
                return got
        # the subject last named for a figure of the same domain in this document
        if dom is not None and dom in self._subject_by_domain:
            if self._subject_par.get(dom) != par and \
                    len(self._subjects_of_sentence.get(dom, (0, ()))[1]) > 1:
                return None     # the sentence it was named in set two sides beside it
            self._dn.subject_how = ("carried within the paragraph"
                                    if self._subject_par.get(dom) == par else
                                    _UNDER_HEADLINE if self._subhead_of(dom, par) else
                                    _SAME_REPORT if not everyday and
                                    self._subject_par.get(dom) == par - 1 and
                                    self._continues_report(par) else
                                    "carried from an earlier paragraph")
            return self._subject_by_domain[dom]
        if everyday and not summary and self._dn.last_entity is not None:
            self._dn.subject_how = ("carried within the paragraph"
                                    if self._dn.last_entity_par == par else
                                    "carried from an earlier paragraph")
            return self._dn.last_entity
        return None

    def _world_figure(self, q: QuantityMention, ss: int, se: int, measure: str | None,
                      name: str | None) -> bool:
        """Whether figure ``q`` is counted across the world ("shipped 234.6 million iPhones
        worldwide", "a worldwide start of $161.4m"): the world's figure, compared with no one
        market's; the ``name`` its sentence gives stays the subject the sentences after it
        carry ("Its revenue rose ...")."""
        cs, ce = self._clause_of(q, ss, se)
        # (the scope word stands near the figure: 200 characters either way at most, so that a
        # long clause of figures is read in linear time)
        if not _WORLD_SCOPE.search(self.low, max(cs, q.num_start - 200), min(ce, q.end + 200)):
            return False
        if name not in (None, "world"):
            self._remember(measure, name, ss)
        self._dn.subject_how = "written"
        return True

    def _clause_of(self, q: QuantityMention, ss: int, se: int) -> tuple[int, int]:
        """The clause of figure ``q``: from the last comma, semicolon or colon before it in its
        sentence to the next one after it (within 400 characters: a clause of figures with no
        mark is read in linear time)."""
        lo, hi = max(ss, q.num_start - 400), min(se, q.end + 400)
        cs = max(lo, *(self.low.rfind(c, lo, q.num_start) + 1 for c in ",;:"))
        ends = [e for e in (self.low.find(c, q.end, hi) for c in ",;:") if e >= 0]
        return cs, min(ends) if ends else se

    def _domain_subject_in(self, dom: str | None, par: int, pointed: bool) -> bool:
        """Whether the subject last named for the domain holds: named in paragraph ``par``, or
        in an earlier one when no pronoun of the figure's sentence points back (``pointed``):
        one that does gives way to the entity of the sentence before ("Moderna's trial was
        smaller ... It counted 196 cases" is Moderna's, not the Pfizer paragraph's
        "Covid-19")."""
        return dom is not None and dom in self._subject_by_domain and \
            (self._subject_par.get(dom) == par or not pointed)

    def _entity_before(self, si: int, par: int, dom: str | None) -> tuple[bool, str | None]:
        """The entity of an earlier sentence of the paragraph, two back at most (a summary
        line's is the body's: _summary_subjects; the domain's vocabulary subject wins), as
        (found, subject)."""
        for k in (si - 1, si - 2):
            if k < 0:
                break
            ps, pe = self.m.sentences[k]
            if self.paragraph(ps) != par:
                break
            got = self._entities().first_in(ps, pe, self._source_spans(ps, pe))
            if got is not None:
                self._dn.subject_how = "carried within the paragraph"
                return True, self._as_subject(got, dom)
        return False, None

    def _parallel_opening(self, ss: int, ps: int) -> bool:
        """Whether the sentence at ``ss`` opens with the words the one at ``ps`` opens with
        but for the first ("Soft red winter wheat should rise" after "Hard red winter wheat
        is expected", "Part-time employment rose" after "Full-time employment fell"): two
        things set side by side, the later no more of the earlier's subject."""
        a = _OPENING.match(self.low, ss)
        b = _OPENING.match(self.low, ps)
        return a is not None and b is not None and a.group(1) != b.group(1) and \
            a.group(2) == b.group(2)

    def _vocab_place_after(self, q: QuantityMention, se: int, dom: str | None) -> str | None:
        """A vocabulary subject the figure's own clause names after it as where the count
        happened: "At least 902 people have died in mainland China" is China's, never the
        province a paragraph before named (an entity of the vocabulary is left to it, and
        the vocabulary reads only "by" after a figure). Only a place introduced by "in",
        "across" or "throughout", with no other figure between."""
        # (within 160 characters: a place further on in its clause names no figure's place,
        # and a bounded search keeps a sentence of thousands of figures linear)
        hi = min(se, q.end + 160)
        m = lexicon.CLAUSE_BREAK.search(self.low, q.end, hi)
        end = m.start() if m else hi
        k = bisect_right(self.q_starts, q.num_start)
        if k < len(self.q_starts) and self.q_starts[k] < end:
            end = self.q_starts[k]
        for s, key in self._entities().between(q.end, end, []):
            if _PLACE_IN.search(self.low, max(q.end, s - 20), s) is None:
                continue
            alias = " ".join(self.low[s:s + len(key)].split()) if key == ANAPHOR else key
            alias = alias.lower()
            if alias in self.lex.alias_subjects:
                return self.lex.pick_subject(alias, dom)
        return None

    def _not_carried(self, q: QuantityMention, ss: int, se: int, dom: str | None,
                     everyday: bool) -> str | None:
        """Why no subject of an earlier sentence is carried to a figure whose own words name
        none: "" for a figure of several together ("took 66 points between them"), the name
        its sentence opens on for an everyday figure ("Russia were fourth with 56 medals":
        ``_opening_alias``); None when one may be carried."""
        if (j := joint_after().match(self.low, q.end, min(se, q.end + 40))) and j["joint"]:
            return ""
        if total_lead().fullmatch(self.low, ss, q.num_start):
            return ""   # "In all, 10 people have died": the total of those named before
        if not everyday:
            return None
        m = _OPENING_SECTOR.match(self.text, ss, q.num_start) or \
            _NAME_AT.fullmatch(self.text, ss, q.num_start)
        if m is not None and m.group(1).lower() not in _GENERIC_AGENTS and \
                m.group(1).lower() not in _NOT_NAME_AT:
            # "Services added 143,000 jobs": the sector the sentence opens on is whose jobs
            # they are, never the whole economy's payrolls of the sentence before
            self._dn.subject_how = "written"
            return m.group(1).lower()
        return self._opening_alias(ss, q.num_start, dom)

    def _opening_alias(self, ss: int, start: int, dom: str | None) -> str | None:
        """A vocabulary name the sentence opens on as the subject of its verb ("Russia were
        fourth", "Ukraine won") that gives no subject for domain ``dom``: the name as
        written (lower case; the subject then counts as written), else None. The vocabulary
        keeps "Russia" for the domains it lists; for a figure of another, the name is still
        whose figure it is, and no subject of the sentence before is carried over it."""
        m = _OPENING_NAME.match(self.low, ss, start)
        if m is None:
            return None
        key = " ".join(m.group(1).replace("’", "'").split())
        if key not in self.lex.alias_subjects or self.lex.pick_subject(key, dom) is not None:
            return None
        self._dn.subject_how = "written"
        return key

    def _restated_subject(self, q: QuantityMention, ss: int, key: str,
                          subj: str | None) -> str | None:
        """The subject of a figure restated under "the" in a later paragraph ("The 419 cases
        are likely an undercount", "Of the 559,030 applicants, ..."): the body's first figure
        of its measure's, not the breakdown's place named last ("Texas has been hit hardest,
        with 111 cases"); records that first subject."""
        body = self.section(ss) == "body"
        if key and body and self._dn.subject_how in ("carried from an earlier paragraph",
                                                     "carried from the previous paragraph") and \
                (the := _THE_FIGURE.match(self.low, ss)) is not None and \
                the.end() == q.num_start and self._dn.first_subject.get(key, subj) != subj:
            subj = self._dn.first_subject[key]
            self._dn.subject_how = "carried from an earlier paragraph (restated under \"the\")"
        if key and body:
            self._dn.first_subject.setdefault(key, subj)
        return subj

    def _vocab_spans(self, spans: list[tuple[int, int]],
                     dom: str | None) -> list[tuple[int, int]]:
        """Where no vocabulary subject is read: attributions, and for an everyday figure the
        longer names an alias stands inside ("Ostra Motors UK will recall 200,000 vehicles" is
        the carmaker's, not the country's)."""
        return spans if dom == "conflict" else \
            spans + self._entities().around_aliases(self.lex.alias_subjects)

    def _clause_name(self, q: QuantityMention, ss: int, se: int, spans: list[tuple[int, int]],
                     dom: str | None) -> str | None:
        """For an everyday figure, a name of its own clause after another clause that named a
        vocabulary subject: "About 1.3 million ... in the US were without power, with Michigan
        worst hit at 760,000" is Michigan's (a breakdown's place, carried to no later
        figure)."""
        cs = _own_clause(self.text, ss, q.num_start)
        words = self._vocab_spans(spans, dom)
        if dom == "conflict" or cs <= ss or self.lex.subject_before(
                self.low, cs, q.num_start, words, se, dom) is not None:
            return None
        named = self._entities().between(cs, q.num_start, spans)
        if named and named[0][1] != ANAPHOR and named[0][1] not in self.lex.alias_subjects and \
                self.lex.subject_before(self.low, ss, cs, words, se, dom) is not None:
            return named[0][1]
        return None

    def _name_before_noun(self, q: QuantityMention, ss: int, spans: list[tuple[int, int]],
                          dom: str | None) -> str | None:
        """"overturning a Conservative majority of 20,137": the name before the noun of the
        figure's measure says whose it is (not a possessive: "The General Staff's figure of
        1,700" is whose count; not a month: "The March total of 2,591")."""
        own = _NAME_NOUN_OF.search(self.text, max(ss, q.start - 60), q.start)
        if own is None or any(a <= own.start() < b for a, b in spans) or \
                own.group(1).endswith(("'s", "’s", "'", "’")):
            return None
        key = " ".join(own.group(1).lower().replace("’", "'").split())
        return self._as_subject(key, dom) if key.split()[0] not in _NOT_OWNER else None

    def _entities(self) -> Entities:
        ents = self._dn.entities
        if ents is None:
            masked = [(q.start, q.end) for q in self.m.quantities] + \
                [(d.start, d.end) for d in self.m.dates] + self._measure_label_cells()
            measure_words = self.lex.measure_words
            ents = self._dn.entities = Entities(self.text, self.low, list(self.m.sentences),
                                                masked, lower_words(self.text) | measure_words,
                                                measure_words, self.lex.measure_names,
                                                max((sec.end for sec in self.m.sections
                                                     if sec.kind == "headline"), default=0))
        return ents

    def _bullet_item(self, ss: int, start: int) -> bool:
        """Whether the figure at ``start`` is a bullet item's first words ("* 1,208,970
        troops" under "Kyiv's count of Russian losses stood at:"): telegraphic, its lead-in
        gives the loss word its own words leave out."""
        line = self.low.rfind("\n", 0, start) + 1
        if line < ss - 1:
            return False
        if _BULLET_OPEN.fullmatch(self.low, line, start) is not None:
            return True
        # "Breakdown of Russian casualties by year:" then "2024: 430,790 troops": a labelled
        # line of the list a lead-in ending in a colon opens
        if _LABEL_OPEN.fullmatch(self.low, line, start) is None:
            return False
        for _ in range(12):   # back over the list's earlier labelled lines to its lead-in
            if line < 2:
                return False
            prev = self.low.rfind("\n", 0, line - 1) + 1
            if self.low[prev:line - 1].rstrip(" \t").endswith(":"):
                return True
            if _LABEL_OPEN.match(self.low, prev, line - 1) is None:
                return False
            line = prev
        return False

    def _measure_label_cells(self) -> list[tuple[int, int]]:
        """The first cells of Markdown table rows that name a measure ("| Armoured vehicles |
        5 | 23,157 |"): what the row counts, no name of whose count it is."""
        if "|" not in self.text:
            return []
        out = []
        for cells, _ in tables(self.text).values():
            a, b = cells[0]
            if " ".join(self.low[a:b].split()) in self.lex.phrase_measure:
                out.append((a, b))
        return out

    def _as_subject(self, key: str, dom: str | None) -> str:
        """An entity key as a subject: the vocabulary's subject when it is one of its aliases."""
        if key in self.lex.alias_subjects:
            sid = self.lex.pick_subject(key, dom)
            if sid is not None:
                return sid
        return key

    def _entity_of(self, q: QuantityMention, ss: int, se: int, spans: list[tuple[int, int]],
                   dom: str | None) -> str | None:
        k = bisect_right(self.q_starts, q.num_start) - 2
        prev_end = self.m.quantities[k].end if k >= 0 and \
            self.m.quantities[k].start >= ss else ss
        # an attribution by a verb of speech hides its speaker; "Texas has reported 309 cases"
        # is about Texas
        # ("by the General Staff's count" hides its body too: whose count, not whose losses)
        spans = [(a, b) for a, b in spans
                 if _SPEECH.search(self.low, a, min(se, b + 14)) is not None or
                 _COUNT_OF.search(self.low, a, b) is not None]
        if _ITS_BEFORE.search(self.low, max(ss, q.start - 40), q.start) is not None:
            # "Fiat Chrysler Canada said some of its 400,000 vehicles ...": the speaker of
            # the clause its "its" points back to is whom the figure is about
            spoke = [a for a, b in spans if b <= q.start and
                     _SPEECH.search(self.low, a, min(se, b + 14)) is not None]
            named = self._entities().between(spoke[-1], q.start, []) if spoke else []
            if named and named[0][1] != ANAPHOR and \
                    named[0][1] not in self.lex.alias_subjects:
                self._dn.last_entity, self._dn.last_entity_par = named[0][1], \
                    self.paragraph(ss)
                return named[0][1]
        # "Including Laudamotion, the group carried 14.1 million": a sentence that opens by
        # widening its figures to another named body is about both (never the figures of
        # either alone); the name inside is not whom the figure is about
        first = self.q_starts[bisect_left(self.q_starts, ss)] if ss <= self.q_starts[-1] \
            else se
        if (own := self._respective_entity(q, ss, se, spans)) is not None:
            return own
        wide = _INCLUDING.match(self.text, ss, max(ss, first))
        if wide is not None:
            spans = spans + [(wide.start(), wide.end())]
        got = self._entities().for_figure(ss, se, q.start, q.end, prev_end, spans)
        if got is not None and got != ANAPHOR and any(
                _COUNT_OF.search(self.low, a, b) and got.lower() in self.low[a:b]
                for a, b in spans):
            return None   # "by the General Staff's count": whose count, never whose figure
        if got == ANAPHOR:
            got = self._dn.last_entity or self._subject_by_domain.get(dom or "")
            if got is not None:
                # "the group" after the brand "Jaguar" is its parent, Jaguar Land Rover
                got = self._entities().owner_of(got, self.low, ss, q.start)
        if got is None and wide is None:
            return None
        if got in self.lex.alias_subjects:
            # a vocabulary alias is the vocabulary's to read (it has, and found no subject of
            # the figure's domain: "Russian soldiers ... the death toll" is read later); but a
            # short name the vocabulary cannot see, "US" or "UK" in capitals ("us" is a
            # pronoun: entities.yaml name_aliases), opening the sentence is the place it
            # names in everyday copy ("US unemployment rose to 10.2%")
            if dom != "conflict" and written_alias(self.text, ss) == got and \
                    self.section(q.num_start) == "body":
                # (a headline's takes the body's subject: "# US retail sales fall 1.4%" over
                # "Retail sales fell 1.4%" restates it)
                return self.lex.pick_subject(got, dom)
            return None
        if wide is not None:
            name = " ".join(wide.group(1).lower().replace("’", "'").split())
            if got is not None:
                self._dn.last_entity, self._dn.last_entity_par = got, self.paragraph(ss)
            return f"{got} including {name}" if got else f"including {name}"
        if got != self._entities().after(q.end, se):
            # (not a breakdown's place: "216 in London")
            self._dn.last_entity, self._dn.last_entity_par = got, self.paragraph(ss)
        return got

    def _summary_subjects(self, drafts: list[dict[str, Any]]) -> None:
        """A headline or key-point figure that names no subject is about the subject the body
        names next for a figure of the same domain ("Personnel losses over the past day:
        1,950" above "... reported 1,150 Russian personnel losses")."""
        if not any(d["subject"] is None and d["section"] in ("headline", "keypoints")
                   for d in drafts):
            return
        nxt: dict[str, str] = {}
        for d in reversed(drafts):
            dom = self.lex.domain(d["measure"]) if d["measure"] else None
            if dom is None and d["measure"]:
                # an open measure, or one of a dimension ("16.68 million tonnes" of wheat: a
                # mass): the body's first figure of the same measure decides
                dom = "open:" + d["measure"]
            if dom is None:
                continue
            if d.get("section") not in ("headline", "keypoints"):
                # the first body figure of the domain decides, subject or none: a subject
                # named much later ("¥10bn ... in Japan") is not the headline's
                nxt[dom] = d.get("subject")
            elif d.get("subject") is not None:
                nxt[dom] = d["subject"]
            elif nxt.get(dom) is not None and not self.lex.own_subject(d["measure"]):
                d["subject"] = nxt[dom]

    def _remember(self, measure: str | None, subject: str, pos: int) -> None:
        dom = self.lex.domain(measure)
        if dom is not None:
            self._subject_by_domain[dom] = subject
            self._subject_par[dom] = self.paragraph(pos)
            ss = self.sentence(pos)[1]
            seen = self._subjects_of_sentence.get(dom)
            if seen is None or seen[0] != ss:
                seen = self._subjects_of_sentence[dom] = (ss, set())
            seen[1].add(subject)

    def _lead_in(self, par: int, si: int) -> tuple[int, ...]:
        """The last sentence of the lead-in of the list paragraph ``par`` (list_blocks), when
        it stands further back than the two sentences before ``si``: the lines of a list
        take what their lead-in writes, however long the list."""
        if par not in self.lists:
            return ()
        k = bisect_left(self.sent_starts, self.lists[par]) - 1
        return (k,) if 0 <= k < si - 2 else ()

    def _continues_report(self, par: int) -> bool:
        """Whether paragraph ``par`` continues the report the one before it names: that one
        credits a source, and ``par`` names no source and writes no date of its own ("Russia
        lost 1,400 troops over the past day, the General Staff said ... // By the same count,
        tank losses stand at 10,325")."""
        if par < 1:
            return False
        starts = self.par_starts
        ps, pe = starts[par], starts[par + 1] if par + 1 < len(starts) else len(self.text)
        if bisect_left(self.date_starts, ps) < bisect_left(self.date_starts, pe):
            return False
        here = before = False
        for i in range(bisect_left(self.sent_starts, starts[par - 1]),
                       bisect_left(self.sent_starts, pe)):
            ss, se = self.m.sentences[i]
            if self._source_spans(ss, se):
                if ss >= ps:
                    here = True
                    break
                before = True
        return before and not here

    def _source_spans(self, ss: int, se: int) -> list[tuple[int, int]]:
        got = self._spans.get(ss)
        if got is None:
            got = self._spans[ss] = [sp for sp, _ in self.lex.attributions(self.text, self.low,
                                                                           ss, se)] + \
                [m.span("field") for m in _RANKING_FIELD.finditer(self.text, ss, se)]
        return got

    def source(self, q: QuantityMention, ss: int, se: int,
               quote: tuple[int, int] | None) -> str | None:
        if quote is not None:
            qs, qe = quote
            if qs not in self._quote_sources:
                self._quote_sources[qs] = self.lex.quote_source(self.text, self.low, qs, qe)
            if self._quote_sources[qs]:
                return self._quote_sources[qs]
        best = None
        owner = False    # best is the owner of the figures a third party read
        basis = self.lex.basis_introducers
        for (s, e), name in self.lex.attributions(self.text, self.low, ss, se):
            if quote is not None and quote[0] <= s < quote[1]:
                continue
            if s >= q.end and _REPORTED_THAT.match(self.low, e) is not None:
                continue  # "1,249,380 as of February 11, as Western officials reported that
                # Moscow was losing more than it recruited": a clause of their own after it
            # "Going by the figures Ukraine's General Staff releases, Russian casualties
            # averaged 776 a day in March, British intelligence said": the General Staff's
            # figures, whoever is nearer (sources.yaml ``basis_introducers``)
            own = self.low.startswith(basis, s)
            if best is None or own > owner or own == owner and \
                    abs(s - q.start) < abs(best[0] - q.start):
                best, owner = (s, name), own
        if best is None:
            return self._subject_source(ss, q.start) or self._lead_in_source(ss)
        # "the Defence Ministry said", bare: the ministry of the party the story's source is
        told = self.lex.story_body(best[1], self._seen_sources)
        if told is not None:
            return told
        if best[1] in self.lex.alias_source.values() and \
                (not self._seen_sources or self._seen_sources[-1] != best[1]):
            self._seen_sources.append(best[1])
        return best[1]

    def _lead_in_source(self, ss: int) -> str | None:
        """The source a list's lead-in credits ("Russian losses as of 20 May 2024, according
        to Ukraine's General Staff:"), for a line of its list that credits none."""
        par = self.paragraph(ss)
        first = self.lists.get(par)
        if first is None or ss < first:
            return None
        got = self.lex.attributions(self.text, self.low, self.par_starts[par], first)
        return got[-1][1] if got else None

    def _subject_source(self, ss: int, pos: int) -> str | None:
        """A counting body that opens the sentence as its subject ("BBC Russian and
        Mediazona, which count only confirmed names, reached 27,423"): it credits the
        sentence's figures with no verb of saying (sources.yaml ``subject_sources``; a side's
        name, "Moscow lost ...", or an owner, "Mediazona's list", credits nothing). A
        description may stand before the name ("The open-source site Oryx, which counts only
        losses confirmed by photographs, puts ...": ``subject_source_kinds``)."""
        at = self._after_opening_date(ss, pos)
        m = _OPENING_THE.match(self.low, at, pos)
        at = m.end() if m else at
        kind = self.lex.source_kind_re.match(self.low, at, pos) if self.lex.source_kind_re \
            else None
        m = (kind and self.lex.subject_source_re.match(self.low, kind.end(), pos)) or \
            self.lex.subject_source_re.match(self.low, at, pos)
        if m is None or self.low.startswith(("'s", "’s"), m.end()):
            return None
        key = " ".join(m.group(1).replace("’", "'").replace("-", " ").split())
        return self.lex.subject_source.get(key) or self.text[m.start():m.end()]

    def _after_opening_date(self, ss: int, pos: int) -> int:
        """Where the sentence's subject starts after a time phrase that opens it ("By the end
        of November the BBC and Mediazona had named ..."): the end of that date and its comma,
        else the sentence's start."""
        i = bisect_left(self.date_starts, ss)
        if i >= len(self.date_starts) or self.date_starts[i] >= pos:
            return ss
        dm = self.m.dates[i]
        if _OPENING_PREP.fullmatch(self.low, ss, dm.start) is None or dm.end >= pos:
            return ss
        return dm.end + len(self.low[dm.end:pos]) - len(self.low[dm.end:pos].lstrip(" ,\u00a0"))

    def _source_before(self, si: int) -> str | None:
        """The body the sentence before sentence ``si`` credits (the last it names), or when
        that one credits none, the one before it ("..., British intelligence noted. Also this
        month, ... 45,680 people. | As a reminder, in October ... about 1,500 ... daily"),
        within the same paragraph or the one before; None otherwise."""
        got = self._before_src.get(si, 0)
        if got != 0:
            return got
        name = None
        par = self.paragraph(self.m.sentences[si][0])
        for k in range(si - 1, max(-1, si - 3), -1):
            ps, pe = self.m.sentences[k]
            if par - self.paragraph(ps) > 1:
                break
            found = self.lex.attributions(self.text, self.low, ps, pe)
            if found:
                # ("according to Ukrainian General Staff figures cited by UK Defence
                # Intelligence": the body that relays the figures credits none of its own)
                name = max([f for f in found if not self.low.startswith(_RELAYS, f[0][0])] or
                           found)[1]
                break
        self._before_src[si] = name
        return name

    def names_own_span(self, ss: int, se: int) -> bool:
        """Whether the sentence [ss, se) names a span of its own that no date form reads
        ("Fourth-quarter revenue", "while May brought ..."): no period is carried to it."""
        own = self._own_span.get(ss, 0)
        if own == 0:
            own = self._own_span[ss] = _OWN_SPAN.search(self.low, ss, se) or \
                _MAY_NAMED.search(self.text, ss, se) or _SUBJECT_UNIT.search(self.low, ss, se)
        return own is not None

    def _scope(self, measure: str | None) -> date | None:
        """Where a running total of ``measure`` starts when the text does not say: its domain's
        scope (measures.yaml; none for economy or health), else the default scope for a
        measure with no domain. A figure of no known measure has no assumed scope."""
        if not measure:
            return None
        if self.lex.domain(measure) is not None:
            return self.lex.scope_start(measure)
        return self.scope_start

    def day_at(self, pos: int) -> date | None:
        """The day relative dates at ``pos`` count from: the publication date, or in a
        liveblog the day of the update that holds ``pos`` (Mentions.days)."""
        days = self.m.days
        if not days or pos < days[0][0]:
            return self.doc.date
        return days[bisect_right(days, pos, key=_first) - 1][1] or self.doc.date

    def _compared_in_another_clause(self, dm: Any, thans: Any, start: int) -> bool:
        """Whether date ``dm`` is the base of a comparison ("from the previous month", "than in
        July 2004") in a clause before the one a figure at ``start`` opens (", while ...")."""
        return (dm.start in self._dn.compared_text or bool(thans) and dm.start in thans) and \
            _NEW_CLAUSE.search(self.low, dm.end, start) is not None

    def period(self, q: QuantityMention, si: int, ss: int, se: int,
               measure: str | None) -> tuple[tuple[date, date] | None, bool]:
        """(the period a figure covers, whether it is a running total), and in ``_dn.how`` how
        that was decided: from a date written in its sentence (``_written_date`` picks it,
        ``_period_of_date`` reads it), else from what the words say without one
        (``_undated_period``)."""
        spans = self._sent_flags.get(ss)
        if spans is None:
            spans = self._sent_flags[ss] = self._marker_spans(ss, se)
        cumulative = daily = False
        if spans[0] or spans[1]:
            cumulative, daily = self._markers_for(q, ss, se)
        cumulative = cumulative or (not daily and self._count_reached(q, ss))
        if daily and self._averaged(q, ss):
            # "an average of about 1,180 a day": a rate over a period the text names elsewhere
            # ("the year's losses"), never the figure of the day before publication
            daily = False
        # "raised its rate to 13.5% from 13% on Thursday": the value before a change is of an
        # earlier, unstated time; only a date right after it is its own ("from 11.2% in
        # November")
        earlier = self._is_from_value(q, ss) if (q.start in self._from_ends or
                                                 q.num_start in self._from_ends) else ""
        if q.qkind == "threshold" and self._in_time_clause(q, ss):
            # "a month after the count crossed 700,000": a milestone of an unstated time
            return self._no_period()
        ask = _Ask(q, ss, se, measure, self.day_at(q.start),
                   bisect_right(self.par_starts, ss) - 1,
                   # a rate, a share or a temperature is a level, never a total ("the hottest
                   # day so far was July 6, at 17.08C" is no sum since a scope's start)
                   q.dim in ("percent", "points", "temperature"),
                   earlier)
        chosen, since = self._written_date(ask)
        if self._since_gives_way(q, since, chosen, measure, cumulative, ask.D):
            since, cumulative = None, False
        if daily and not cumulative and chosen is not None and chosen is since and \
                self._scope_of_a_figure_before(q, ss, since, spans[1]):
            chosen = since = None
        elif chosen is not None and chosen is since and self._added_after_scoped(q, since):
            # "... at 1,423,280 and adds 10 tanks": the day's, not the scope's figure
            chosen = since = cumulative = None
        if chosen is not None and cumulative and chosen.end <= q.start and \
                self._scope_right_after(q, ss, spans[0]):
            # "around 333,000 casualties so far in 2025 and over 1.1 million since the start
            # of its full-scale invasion": a scope right after the figure is its own, not the
            # date of the figure before it
            chosen = since = None
        if chosen is not None and (self._month_of_earlier_value(q, chosen, ss, cumulative) or
                                   self._month_changed_from(q, chosen, cumulative)):
            # "fell to 36,570 from 48,240 in January": January dates the earlier value, and
            # perhaps the change; the new value may be of the month after it (both are read);
            # so may a past change "to £1,849 from April" (April's, or the month after a base)
            got = self._period_of_date(ask, chosen, since, chosen, cumulative)
            self._dn.date_kind = _MONTH_AFTER_FROM
            return got
        if chosen is not None:
            own = chosen
            if since is not None and self._level_day_after_scope(q, ss, since, chosen):
                chosen = since   # "since the start of 2025 reached 299,210 on 9 September"
            elif chosen.kind == "since":
                # a point date stated with the scope ("on 4 November, losses since February
                # 2022 reached 700,390") ends the running total
                point = self._point_date(q, ss, se, chosen)
                if point is not None:
                    own = point
            return self._period_of_date(ask, own, since, chosen, cumulative)
        if self._in_until_event(q, ss, se):
            # "is £11.44 an hour until the rise to £12.21 on Tuesday": the event's figure holds
            # from that day on, no period of the sentence's (nor one carried from before)
            return self._no_period()
        if not daily and not cumulative and earlier == "" and ask.D is not None and \
                (base := self._base_month_beside(q, ss, se)) is not None:
            level = self._level_beside_base(ask.D, base, _COMPARED_GAP.fullmatch(
                self.low, q.end, base.start) is not None)
            if level is not None:
                return level, False
        if not daily and not cumulative and self._from_day_before(q, ss) and \
                self.lex.daily_reports(measure):
            # "losses rose by 1,220 from the day before": a running total's rise over one
            # report is that report's figure of the day
            daily = True
        if not cumulative and not daily and earlier == "" and \
                (own_day := self._main_clause_date(q, ss, se)) is not None:
            # "Menino, who won 57% of the vote, beat Flaherty by 15 points on Tuesday": a
            # relative clause with no date of its own speaks of its main clause's time
            return self._period_of_date(ask, own_day, None, own_day, False)
        return self._undated_period(ask, cumulative, daily)

    def _no_period(self) -> tuple[None, bool]:
        """No period, no running total, and so decided (``_dn.how`` 'none')."""
        self._dn.how = 'none'
        return None, False

    def _level_day_after_scope(self, q: QuantityMention, ss: int, since: Any,
                               day: Any) -> bool:
        """Whether ``day``, a single day right after a figure ("reached 299,210 on 9
        September"), is the end of the running total a "since" before it in its clause opens
        ("losses since the start of 2025"): the figure is the level a verb says the count
        reached, and the day falls inside the scope."""
        if day.kind != "date" or day.start_date is None or since.start_date is None or \
                since.end > q.start or day.start < q.end or \
                not since.start_date < day.start_date <= (since.end_date or day.start_date):
            return False
        if _LEVEL_GAP.fullmatch(self.low, q.end, day.start) is None or \
                _LEVEL_VERB_BEFORE.search(self.low, max(ss, q.start - 40), q.start) is None:
            return False
        return not any(ch in self.low[since.end:q.start] for ch in ",;:()")

    def _count_reached(self, q: QuantityMention, ss: int) -> bool:
        """Whether a figure with no marker is the level a named count reached ("The General
        Staff's count of Russian warships and boats reached 35 in its report on Saturday"):
        a running count, however small (``_COUNT_REACHED``)."""
        return _COUNT_REACHED.search(self.low, max(ss, q.start - 120), q.start) is not None

    def _added_after_scoped(self, q: QuantityMention, since: Any) -> bool:
        """Whether a figure is said to be added ("and adds 10 tanks", "another 10", "10 more")
        after another figure that stands between it and the "since" of the sentence: the
        scope is that figure's, the added one is the report's increment."""
        if since.end > q.start or bisect_left(self.q_starts, since.end) >= \
                bisect_left(self.q_starts, q.start):
            return False
        return _ADDED_BEFORE.search(self.low, max(0, q.start - 40), q.start) is not None or \
            _MORE_AFTER.match(self.low, q.end) is not None

    def _scope_of_a_figure_before(self, q: QuantityMention, ss: int, since: Any,
                                  daily: list[tuple[int, int]]) -> bool:
        """Whether the "since" before a figure with a day's marker of its own is the scope of
        another figure before it: "since February 2022 reached 1,340,270, with 1,080 added in
        the latest report" (a figure between them), "had reached 765,110 troops since February
        24, 2022, including 1,600 within just one day" (the scope after the figure it dates,
        the day's marker after this one). Not "Five more died over the past 24 hours, taking
        the toll since June 14 to 1,396" (the marker is the figure's before), nor a rate
        ("..., or 1,100 a day": a sum since the scope, averaged)."""
        if since.end > q.start:
            return False
        k = bisect_left(self.q_starts, q.start)
        if bisect_left(self.q_starts, since.end) < k:
            return True
        return bisect_left(self.q_starts, ss) < bisect_left(self.q_starts, since.start) and \
            any(a >= q.end for a, _ in daily) and _PER_DAY_AFTER.match(self.low, q.end) is None

    def _base_month_beside(self, q: QuantityMention, ss: int, se: int) -> Any:
        """The month the figure ``q`` (dated by no word of its own) is compared with, when
        every date of its sentence stands after it and is such a base: a month after an
        apposed earlier value ("Inflation was 3.8%, up from 3.6% in June"; "rose to 4.9%, from
        4.5% in June") or "the same month last year" ("rose 10.4% to 317,786, compared with
        the same month last year"); else None."""
        got = self._period_dates.get(ss)
        if got is None:
            got = self._period_dates[ss] = self._dates_for_periods(ss, se)
        sdates, low, base = got[0], self.low, None
        for dm in sdates:
            gap = low[q.end:dm.start]
            if _base_span(dm) and _COMPARED_GAP.fullmatch(gap):
                # "117.54p a litre, 2.6p lower than it was in February": the change's span
                # from the base month; the level is compared with the month itself
                dm = replace(dm, end_date=_month_end(dm.start_date), granularity="month")
            if dm.start < q.end or dm.granularity not in ("month", "quarter") or \
                    dm.end_date is None or dm.start_date is None or dm.start_date.day != 1:
                return None
            if not (_APPOSED_BASE.fullmatch(gap) or _to_level_then_base(gap) or
                    _COMPARED_GAP.fullmatch(gap) or
                    low.startswith(_SAME_PERIOD_STARTS, dm.start) and _BASE_GAP.fullmatch(gap)):
                return None
            base = base or dm
        return base

    def _level_beside_base(self, D: date, base: Any, compared: bool = False
                           ) -> tuple[date, date] | None:
        """The period of a level written beside its base month (``_base_month_beside``): the
        latest month ended by publication, when the base is before it; the month after the
        base, when that is another, is kept as the other reading (``_period_readings``). A
        level set against the month (``compared``: "Petrol is 141p a litre, lower than it was
        in March") keeps the publication day as its other reading: the month is only the
        comparison's base, and a level of now may be the day's."""
        months = (base.end_date.year - base.start_date.year) * 12 + base.end_date.month - \
            base.start_date.month + 1
        if base.granularity == "month" and 1 < months < 12 and not compared:
            return self._level_after_window(D, base, months)
        if base.granularity == "quarter" and self.low.startswith(_SAME_PERIOD_STARTS,
                                                                 base.start):
            # "rose 16% to $65.6 billion, against $56.5 billion in the prior-year quarter": the
            # quarter a year after its base
            first = base.start_date.replace(year=base.start_date.year + 1)
            end = _month_end(base.end_date.replace(day=1, year=base.end_date.year + 1))
        elif base.granularity == "quarter":
            end = date(D.year, (D.month - 1) // 3 * 3 + 1, 1) - _DAY    # the latest ended
            first = date(end.year, end.month - 2, 1)
        else:
            end = date(D.year, D.month, 1) - _DAY
            first = date(end.year, end.month, 1)
        if base.end_date >= first:
            return None
        self._dn.how = "the latest month ended by publication (a level beside its base)"
        self._dn.date_kind = _LEVEL_BESIDE_BASE
        after = base.start_date.replace(year=base.start_date.year + 1) if \
            self.low.startswith(_SAME_PERIOD_STARTS, base.start) else base.end_date + _DAY
        self._dn.date_text = D.isoformat() + "/" if compared else after.isoformat()
        return first, end

    def _level_after_window(self, D: date, base: Any, months: int
                            ) -> tuple[date, date] | None:
        """A level beside a rolling base of ``months`` months ("Unemployment rose to 5%, up
        from 4.8% in the three months to August"): the same span a month on, the next
        release's, when it ended by publication; the latest such span ended by publication
        kept as the other reading (``_period_readings``)."""
        first = _month_end(base.start_date) + _DAY
        end = _month_end(_month_end(base.end_date) + _DAY)
        last = date(D.year, D.month, 1) - _DAY
        if end > last:
            return None
        self._dn.how = "the same span a month after its base (a level beside its base)"
        self._dn.date_kind = _LEVEL_AFTER_WINDOW
        lo = date(last.year, last.month, 1)
        for _ in range(months - 1):
            lo = date(lo.year - (lo.month == 1), (lo.month - 2) % 12 + 1, 1)
        self._dn.date_text = f"{lo.isoformat()}/{last.isoformat()}"
        return first, end

    def _in_until_event(self, q: QuantityMention, ss: int, se: int) -> bool:
        """Whether figure ``q`` stands in the phrase after "until" that names the event ending
        a span of its sentence ("until the 9.8% rise takes effect on Monday")."""
        got = self._period_dates.get(ss)
        if got is None:
            got = self._period_dates[ss] = self._dates_for_periods(ss, se)
        return any(dm.start >= q.end and _until_event(self.low, ss, q, dm) is None
                   for dm in got[0])

    def _day_of_a_later_figure(self, q: QuantityMention, since: Any, chosen: Any,
                               measure: str | None, before: bool = False) -> bool:
        """Whether a day written right after the figure ("So far this year Russia has lost
        67,080 troops, 950 of them on Tuesday alone"; "... and downed 2,169 drones on Tuesday")
        or, with ``before``, between another figure and this one ("..., 950 of them on Tuesday
        alone, when Ukrainian forces also downed 2,169 drones") is its own when a "since" scope
        opens the sentence: another figure stands between the scope and the day (the scope is
        that figure's), the day is one day, not the point a total runs to ("as of Monday", "by
        Monday"), and the figure is no more than the measure's daily maximum (a running total
        "reached 700,390 on Monday" stays one)."""
        if chosen.kind != "date" or chosen.start_date is None or \
                chosen.start_date != chosen.end_date or \
                self.low.startswith(_TOTAL_AS_OF, chosen.start):
            return False
        most = self.lex.daily_max(measure)
        if before and (most is None or q.value is None or q.value > most):
            return False
        return bisect_left(self.q_starts, since.end) < bisect_left(
            self.q_starts, chosen.start if before else q.start)

    def _main_clause_date(self, q: QuantityMention, ss: int, se: int) -> Any:
        """The date of the main clause around the relative clause that holds figure ``q``
        ("Menino, who won 57% of the vote, beat Flaherty ... on Tuesday": Tuesday), when the
        clause opens on ", who" or ", which" after a name, closes with a comma and holds no
        other figure; else None."""
        low = self.low
        opened = _RELATIVE_OPEN.search(low, max(ss, q.start - 80), q.start)
        close = low.find(",", q.end, se)
        if opened is None or close < 0 or any(ch in low[q.end:close] for ch in ";:()") or \
                self._figure_between(q.end, close + 1, ss) or \
                bisect_right(self.q_starts, close) - bisect_right(self.q_starts, q.start) > 0:
            return None
        got = self._period_dates.get(ss)
        if got is None:
            got = self._period_dates[ss] = self._dates_for_periods(ss, se)
        sdates, thans = got
        return next((dm for dm in sdates if dm.start > close and dm.kind == "date" and
                     dm.start not in thans), None)

    def _scope_right_after(self, q: QuantityMention, ss: int,
                           scopes: list[tuple[int, int]]) -> bool:
        """Whether a running total's "since" scope stands right after the figure's words, in
        its clause, with no other figure between ("over 1.1 million since the start of ...";
        not "overall" or "so far", which name no start of their own)."""
        low = self.low
        return any(q.end <= s <= q.end + 40 and low.startswith("since", s) and
                   not any(ch in low[q.end:s] for ch in ",;:()") and
                   not self._figure_between(q.end, s, ss) for s, _ in scopes)

    def _from_day_before(self, q: QuantityMention, ss: int) -> bool:
        """Whether the figure is an amount of change counted from the day before ("rose by
        1,220 from the day before", "up 590 compared with the previous day")."""
        low = self.low
        m = _CHANGE_BASE_GAP.match(low, q.end)
        if m is None or _DAY_BEFORE.match(low, m.end()) is None:
            return False
        return _change_amount_before().search(low, max(ss, q.start - 30), q.start) is not None

    def _written_date(self, ask: "_Ask") -> tuple[Any, Any]:
        """(the date of the sentence that is the figure's own, the nearest "since" date that
        scopes it), each None when there is none.

        A date right after the figure's words ("11.2% in November") is its own; otherwise the
        nearest date before it in the sentence, then the nearest after. A "since" date gives
        a running total's start."""
        q, ss, se, low, earlier = ask.q, ask.ss, ask.se, self.low, ask.earlier
        best = None
        since = None
        last_since = -1
        sdates, thans = self._sentence_dates(ss, se)
        if len(sdates) > 8:
            sdates = self._dates_near(ss, sdates, q)
        compared = self._dn.owners
        nxt_q = -1
        for dm in sdates:
            if thans and thans.get(dm.start, -1) >= q.end:
                continue  # "9.7 million votes, fewer than in 2017": the compared year's
            if dm.end <= q.start and _base_span(dm):
                continue  # "dearer than in March, at 157.8p": a level of now, no change's
            if thans and dm.start in thans and dm.end <= q.start and \
                    _GAP_THAN_AFTER.match(low, q.end) is not None:
                continue  # "100 more than in February and 29 more than in September 2023":
                # a gap with a "than" of its own; the first gap's compared month is not its
            if dm.start in self._when_years and q.start < dm.end:
                dm = self._when_years[dm.start]   # (before "since 2012, when ...": its scope)
                if dm is None:
                    continue
            if last_since >= 0 and _SINCE_TAIL.fullmatch(low, last_since, dm.start):
                # "since the full-scale invasion began in February 2022": one scope; a date not
                # holding the event's own day is its start ("since the war began on 7 October")
                if since is not None and since[1].end == last_since and \
                        _restarts(since[1], dm):
                    moved = (since[0], replace(since[1], start_date=dm.start_date))
                    if best is since:
                        best = moved
                    since = moved
                continue
            if dm.end <= q.start:
                if low.find(";", dm.end, q.start) >= 0:
                    continue  # "... since the invasion stand at 516,080; ... 1,080 during the day"
                if _not_its_date_before(low, dm, q.start, ss):
                    continue  # a change's base day; a "since" a later whole-war scope replaces
                if "may" in low[dm.end:q.start] and _MAY_NAMED.search(self.text, dm.end, q.start):
                    continue  # "38,130 in September, while May brought ... 428": May's
                if self._compared_in_another_clause(dm, thans, q.start) or \
                        self._said_day_before_window(dm, sdates, q.end, ss):
                    continue  # "unchanged from the previous month, while ... added 227,000"
                if compared and dm.start in compared and compared[dm.start] != q.num_start and \
                        (low.find(",", dm.end, q.start) >= 0 or
                         low.find(";", dm.end, q.start) >= 0):
                    continue  # "down from a peak of 7.7% in early February, and 7 more"
                dist = q.start - dm.end
            else:
                if best is not None and self._owns_by_possessive(best[1], dm, q.start):
                    continue    # "May's 63 was the lowest of 2026": the year ranks it
                if (until := _until_event(low, ss, q, dm)) is None or _labels_another(low, dm, ss):
                    continue    # (None: the event's own figure, "until the rise to £12.21 on")
                gap = low[q.end:until or dm.start]
                if _same_period_base(low, dm, gap, q.start, ss):
                    continue    # "59% of the equivalent period in 2019": the base compared with
                if _CHANGE_BASE_GAP.fullmatch(gap) and _DAY_BEFORE.fullmatch(
                        low, dm.start, dm.end) and \
                        _change_amount_before().search(low, max(ss, q.start - 30), q.start):
                    # "the figure rose by 590 from the day before": the date the change is
                    # counted from, not the period of the amount
                    continue
                if _CHANGE_BASE_GAP.fullmatch(gap) and _UNIT_BEFORE.match(low, dm.start) and \
                        _change_amount_before().search(low, max(ss, q.start - 30), q.start):
                    continue    # "jumped 24.1% from a year earlier": the base's time

                # a comma between thousands ("to 50,000 in September") is no clause break
                near = len(gap) <= 30 and not (("," in gap and _CLAUSE_COMMA.search(gap))
                                                 or ";" in gap or ":" in gap or "(" in gap
                                                 or ")" in gap)
                if near and not until:
                    nxt_q = nxt_q if nxt_q >= 0 else self._q_after(q.end)
                    if nxt_q < dm.start and self._figure_between(q.end, dm.start, ss):
                        near = False   # "to 2.6% from 2.3% in October": October is 2.3%'s
                    elif self._fronts_next(dm, gap, nxt_q):
                        continue   # "38,130 and in August 36,810": August fronts the next
                elif self._in_own_clause(dm, gap, q.end, ss, best):
                    near = True
                if not near and not until and self._belongs_to_next_figure(dm, q.end, se):
                    continue  # "1,600, double the previous day's 1,070": 1,070's date
                dist = -1 if near else (dm.start - q.end) + 1000
            if earlier and (dist != -1 or earlier == "to"):
                continue   # "to 13.5% from 13% on Thursday": the day of the change
            if dm.kind == "since":
                last_since = dm.end
                if since is None or dist < since[0]:
                    since = (dist, dm)
            if best is None or dist < best[0]:
                best = (dist, dm)
        if best is None:
            return None, None
        dm = self._day_of_record(ask, best[1], sdates) if ask.level or (
            self.lex.daily_reports(ask.measure) and best[1].end <= q.start) else best[1]
        return self._respective_month(q, dm), (since[1] if since is not None else None)

    def _since_gives_way(self, q: QuantityMention, since: Any, chosen: Any,
                         measure: str | None, cumulative: bool, D: date | None) -> bool:
        """Whether the figure's own date ``chosen``, not the sentence's "since" scope (or its
        running-total words), dates it: a window right after it, a later figure's day, or a
        past month's possessive."""
        if since is not None and chosen is not None and chosen is not since and \
                (chosen.kind in ("window", "daily") or self._day_of_a_later_figure(
                    q, since, chosen, measure)) and since.end <= q.start and \
                q.end <= chosen.start <= q.end + 30 and \
                not any(ch in self.low[q.end:chosen.start] for ch in ",;:()"):
            # "6,640 tanks since February 2022, 98 of them in the past week": a figure with a
            # window of its own right after it is that window's sum; the "since" before it
            # scopes the running total, not the window
            return True
        if since is not None and chosen is not None and chosen is not since and \
                since.end <= chosen.start and chosen.end <= q.start and \
                self._day_of_a_later_figure(q, since, chosen, measure, before=True):
            # "So far this year ... 67,080 troops, 950 of them on Tuesday alone, when Ukrainian
            # forces also downed 2,169 drones": the day after the scope's own figure is the
            # later figure's, not the end of a sum since the scope
            return True
        # "so far this month, November has already become the deadliest month, surpassing
        # October's 41,980": a past month's possessive owns its figure, a sum of that month,
        # not a running total of the sentence's "so far" (readings75)
        return cumulative and chosen is not None and chosen is not since and \
            self._past_period_owns(chosen, q, D)

    def _past_period_owns(self, dm: Any, q: QuantityMention, D: date | None) -> bool:
        """Whether a month or year over by publication holds the figure right after it as a
        possessive ("October's 41,980")."""
        return D is not None and dm.kind in ("month", "year") and dm.end_date is not None and \
            dm.end_date < D and dm.end <= q.start and \
            _POSSESSIVE_GAP.fullmatch(self.low, dm.end, q.start) is not None

    def _said_day_before_window(self, dm: Any, sdates: list[Any], qe: int, ss: int) -> bool:
        """Whether a day before the figure is only the day a source spoke on ("Kyiv said on
        Wednesday that 1,340 Russian soldiers had been killed or wounded over the previous
        day") and a one-day window after the figure in its clause dates the figure: the
        window is then counted back from that day (``_anchor_day``), that day's report."""
        if dm.kind != "date" or dm.granularity != "day" or \
                _SAID_ON.search(self.low, max(ss, dm.start - 40), dm.start) is None:
            return False
        return any(w.start >= qe and w.kind == "daily" and
                   _CLAUSE_END.search(self.low, qe, w.start) is None for w in sdates)

    def _sentence_dates(self, ss: int, se: int) -> tuple[Any, Any]:
        """The dates of sentence ``ss``..``se`` that may date its figures, and its "than"
        dates (``_dates_for_periods``), read once a sentence."""
        got = self._period_dates.get(ss)
        if got is None:
            got = self._period_dates[ss] = self._dates_for_periods(ss, se)
        return got

    def _owns_by_possessive(self, before: Any, dm: Any, qs: int) -> bool:
        """Whether a date right before the figure holds it as a possessive ("May's 63",
        "October's 1,076 systems") and is a part of the date after it ("was the lowest of
        2026", "the most this year"): the narrower date is the figure's own, the wider one the
        span it is ranked in (readings70)."""
        if before.end > qs or before.start_date is None or dm.start_date is None or \
                _POSSESSIVE_GAP.fullmatch(self.low, before.end, qs) is None:
            return False
        return dm.start_date <= before.start_date <= before.end_date <= dm.end_date and \
            (dm.start_date, dm.end_date) != (before.start_date, before.end_date)

    def _in_own_clause(self, dm: Any, gap: str, qe: int, ss: int, best: Any) -> bool:
        """Whether a date after the figure, past the few words that make it near, is still
        the figure's own: a scope in its clause beats the day a statement was made ("said on
        Monday that 45,000 soldiers had been killed since 2022"), and a part of an earlier
        date in its clause is narrower ("climbed in early 2025: ... counted 917 systems
        destroyed in January, 1,402 in February")."""
        if dm.kind == "since" or dm.kind == "window" and best is not None and \
                best[1].kind not in ("since", "window", "daily"):
            # (so is a window: "claimed on Friday that its battlegroup had put more than
            # 5,390 Ukrainian troops out of action over the past week": the week's, not
            # Friday's)
            return len(gap) <= 80 and not any(ch in gap for ch in ",;:()") and \
                not self._figure_between(qe, dm.start, ss)
        return best is not None and self._narrows(best[1], dm, gap, qe, ss)

    def _respective_month(self, q: QuantityMention, dm: Any) -> Any:
        """Two months joined by "and" before two figures joined by "and" ("November and
        December brought 17,060 and 17,080", "January and February brought 225 and 329 tanks
        respectively"): the first month is the first figure's, the second the second's, when
        the two figures are the first after the months and nothing but words stands between."""
        if dm.end > q.start or " and " not in dm.text:
            return dm
        m = _PAIR_OF_MONTHS.fullmatch(self.low, dm.start, dm.end)
        k = bisect_left(self.q_starts, dm.end)
        if m is None or k + 1 >= len(self._quantities) or dm.granularity != "month" and \
                (dm.end_date - dm.start_date).days > 62:
            return dm
        a, b = self._quantities[k], self._quantities[k + 1]
        if q is not a and q is not b or not _PAIR_AND.fullmatch(self.low, a.end, b.start) or \
                any(ch in self.low[dm.end:a.start] for ch in ",;:()"):
            return dm
        name = m.group(1) if q is a else m.group(2)
        month = _MONTH_NAMES.split("|").index(name) + 1
        year = dm.start_date.year if month >= dm.start_date.month else dm.end_date.year
        if not dm.start_date <= date(year, month, 1) <= dm.end_date:
            return dm
        last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1))
        return replace(dm, start_date=date(year, month, 1), end_date=last,
                       granularity="month")

    def _narrows(self, before: Any, dm: Any, gap: str, qe: int, ss: int) -> bool:
        """Whether a date after the figure, in its clause (only words between, at most 60
        characters, no other figure), is a part of the broader date before it ("early 2025"
        and "in January"): the narrower one is the figure's own."""
        if len(gap) > 60 or dm.kind == "since" or before.kind == "since" or \
                before.end > qe or any(ch in gap for ch in ",;:()") or \
                not before.start_date <= dm.start_date <= dm.end_date <= before.end_date or \
                (dm.start_date, dm.end_date) == (before.start_date, before.end_date):
            return False
        return not self._figure_between(qe, dm.start, ss)

    def _respective_entity(self, q: QuantityMention, ss: int, se: int,
                           spans: list[tuple[int, int]]) -> str | None:
        """"Scotland and Northern Ireland set records, with 570 and 598.3 hours respectively":
        the k-th figure of a run that ends in "respectively" is the k-th of as many names the
        sentence gives before the run; None when the names and figures do not pair up."""
        at = bisect_left(self._respectively, q.end)
        if at == len(self._respectively) or self._respectively[at] + 12 > se:
            return None     # no "respectively" after the figure in its sentence
        qs = self.m.quantities
        k = bisect_right(self.q_starts, q.num_start) - 1
        lo = k
        while lo > 0 and qs[lo - 1].start >= ss and \
                _RESPECTIVE_GAP.fullmatch(self.low, qs[lo - 1].end, qs[lo].start):
            lo -= 1
        hi = k
        while hi + 1 < len(qs) and qs[hi + 1].start < se and \
                _RESPECTIVE_GAP.fullmatch(self.low, qs[hi].end, qs[hi + 1].start):
            hi += 1
        if hi == lo or not _RESPECTIVELY_END.match(self.low, qs[hi].end):
            return None
        names = [n for _, n in self._entities().between(ss, qs[lo].start, spans)
                 if n != ANAPHOR]
        if len(names) != hi - lo + 1 or len(set(names)) != len(names):
            return None
        return names[k - lo]

    def _fronts_next(self, dm: Any, gap: str, nxt_q: int) -> bool:
        """Whether a date after a figure opens the next figure's clause, right before it
        ("38,130 and in August 36,810"): that figure's date, not the one before."""
        if nxt_q >= dm.end and _POSSESSIVE_DATE_THEN.fullmatch(self.low, dm.end, nxt_q) and \
                _FRONTED_TAIL.search(gap) is not None:
            return True     # "52 million ... and 2001's 55.3 million": the date's own figure
            # (not "Three of this weekend's 10 matches": the part is of the weekend's whole)
        if nxt_q >= dm.end and _COORD_ITEM_GAP.fullmatch(gap) is not None and \
                _COORD_ITEM_LINK.fullmatch(self.low, dm.end, nxt_q) is not None:
            return True     # "... at 1,150 and the total since the invasion at 417,950"
        if nxt_q < dm.end or _QUALIFIER_GAP.fullmatch(self.low, dm.end, nxt_q) is None:
            return False
        if _FRONTED_GAP.fullmatch(gap) is not None:
            return True
        # "June saw 359 tanks destroyed and September 291": a bare month right before the
        # next figure, after a connector, opens that figure's gapped clause
        return dm.granularity == "month" and dm.text.isalpha() and \
            _FRONTED_TAIL.search(gap) is not None

    def _day_of_record(self, ask: "_Ask", dm: Any, sdates: list[Any]) -> Any:
        """The day a record level was set, when the span before the figure is only the field
        the record ranks in: "The highest temperature this year was 23.6C, recorded at
        Heathrow on 6 May" is 6 May's reading, not the year's (a level is never a sum over
        the year). The day stands after the figure in its sentence, inside the span, with no
        other figure or clause break (";") between, not the day a source spoke on, and a
        superlative before the figure (dates.yaml ``ranked_months``) makes it a record; else
        ``dm`` stays."""
        q, low = ask.q, self.low
        if dm.end > q.start or dm.granularity == "day" or \
                _ranked_words().search(low, max(ask.ss, dm.start - 60), q.start) is None:
            return dm
        nxt = self._q_after(q.end)
        for d in sdates:
            if d.start >= q.end and d.granularity == "day" and d.kind == "date" and \
                    d.start <= nxt and low.find(";", q.end, d.start) < 0 and \
                    dm.start_date <= d.start_date <= dm.end_date and \
                    _SAID_ON.search(low, max(q.end, d.start - 40), d.start) is None:
                # (not the day a source spoke: "3.2%, the office said on 6 May")
                return d
        return dm

    def _present_perfect(self, ss: int, se: int) -> bool:
        """Whether sentence ``ss``..``se`` says something in the present perfect ("have
        crossed"), read once a sentence."""
        memo = self.__dict__.setdefault("_perfect_by_sentence", {})
        if (ss, se) not in memo:
            memo[(ss, se)] = _PRESENT_PERFECT.search(self.low, ss, se) is not None
        return bool(memo[(ss, se)])

    def _year_so_far(self, ask: "_Ask", dm: Any) -> bool:
        """Whether the count is of a calendar year not over on the publication day, said as
        done ("The US has recorded 1,001 cases this year"): the count to that day, the same as
        "since January"; never a forecast's ("expects to sell 2 million this year"), a sum of
        money (a budget "set at N54.99 trillion for the 2025 fiscal year" is the year's) nor a
        measure that holds as of a moment. A count of no known measure is read so only when
        its sentence says it in the present perfect ("13,489 people have crossed the Channel
        this year", everyday96): a count told as done to now."""
        D = ask.D
        if dm.kind not in ("year", "period") or D is None or ask.q.unit != "" or \
                (ask.measure is None and not self._present_perfect(ask.ss, ask.se)) or \
                not dm.start_date <= D < dm.end_date or \
                (dm.start_date.month, dm.start_date.day, dm.end_date.month, dm.end_date.day,
                 dm.end_date.year) != (1, 1, 12, 31, dm.start_date.year):
            return False
        spec = self.lex.measures.get(ask.measure)
        if isinstance(spec, dict) and (spec.get("state") or spec.get("of_change")):
            return False
        return _FORECAST_WORDS.search(self.low, ask.ss, ask.se) is None

    def _period_of_date(self, ask: "_Ask", dm: Any, since: Any, chosen: Any,
                        cumulative: bool) -> tuple[tuple[date, date], bool]:
        """The period the figure's own date ``dm`` gives it, and whether it is a running
        total (``since``: the sentence's "since" date; ``chosen``: the date _written_date
        chose, which a point date may have replaced with ``dm``); a date that dates the
        paragraph's time frame is remembered for the figures after it (_carried_period)."""
        measure, D, level, earlier = ask.measure, ask.D, ask.level, ask.earlier
        if earlier and dm.kind in ("year", "month", "period", "part"):
            # "483 so far this year, against 285 in all of 2024": a compared value with a
            # calendar period of its own is that period's figure, no running total
            cumulative = False
        if (dm.kind == "since" or since is not None and since is chosen) and not level:
            cumulative = True
        if level or (dm.kind == "period" and since is None):
            cumulative = False   # "the 9,510 in the reports from 7 to 13 December"
        if not level and not earlier and dm.kind in ("period", "range") and \
                dm.end_date > dm.start_date and measure is not None and \
                dm.start_date == self._scope(measure):
            # "the losses between February 24 and April 17 came to 20,300": a span from the
            # day the count starts is the running total to its end
            cumulative = True
        period = (dm.start_date, dm.end_date)
        if not cumulative and not level and not earlier and self._year_so_far(ask, dm):
            # "1,001 measles cases this year" in May: those since January, to the day
            period = (dm.start_date, ask.D)
        self._dn.how = 'written'
        self._dn.date_kind, self._dn.other = _kind_and_step(dm, cumulative)
        self._note_year_kind(dm)
        if cumulative:
            # "in February so far", "this year to date": the total since the calendar
            # period began (readings: a sum to date), not the war-long running total
            start = (since.start_date if since is not None else
                     dm.start_date if dm.kind in ("month", "year") else
                     self._scope(measure) or dm.start_date)
            end = dm.end_date
            if dm.kind in ("since", "daily", "window") and not (
                    dm.kind == "since" and D is not None and dm.end_date < D and
                    _END_WRITTEN.search(dm.text)):
                # a window: the total as of now (not "This year, up to October 31": the end
                # the words write)
                end = D if D is not None else dm.end_date
            elif since is not None and end < start:
                # "Year to date revenue of $458m was 5.6% higher than a year earlier", "555
                # cases so far this year, 50% more than the 372 recorded in 2018": the date
                # after it is the comparison's, the running total runs to its own end
                end = since.end_date
            if D is not None and (start > D or end > D and dm.kind not in (
                    "since", "daily", "window") and _FORECAST_BEFORE.search(
                    self.low, max(ask.ss, ask.q.start - 60), ask.q.start) is not None):
                # "The general fund will total $52 billion in fiscal 2026" written before it
                # begins, or while it runs: the year's forecast total, no running total to
                # publication (its end would be before its start, or cut at publication)
                return (start, dm.end_date), False
            if D is not None and end > D:
                end = D
            return (start, end), True
        if dm.kind == "previous":
            period = self._previous_unit(dm) or period
        elif dm.kind in ("daily", "window") and D is not None:
            period = self._anchored_window(dm, ask.ss, D, period)
        elif not level and dm.kind in _CALENDAR and dm.kind != "year" \
                and _RESULTS_AFTER.match(self.low, dm.end) is None \
                and self._report_date(dm, ask.ss) and not _counted_from_last_day(dm) \
                and not self._reported_within(dm, ask.ss, ask.measure) \
                and not self._own_day_reported(ask.measure):
            # "the report of 9 December", "reported on 19 December", "Tuesday's report",
            # "the reports from 1 to 30 November": a report covers the day before it (not
            # "1,732 reported road deaths in 2015": a year is the year; nor "companies that
            # had reported April-June results": the period of the results reported)
            period = (dm.start_date - _DAY, dm.end_date - _DAY)
            self._dn.date_kind = "report"     # (one reading: the report the text names)
        if dm.kind != "previous" and dm.start not in self._dn.compared_text and not earlier \
                and not (measure is not None and period[0] == self._scope(measure)) \
                and not (dm.kind == "year" and dm.text.lower().startswith("from ")) \
                and dm.start not in self._when_years \
                and _ATTRIBUTIVE_PERIOD.fullmatch(dm.text) is None \
                and not self._date_of_from_value(ask.q, dm):
            # "the previous day's 1,070" dates a figure the text compares with, and "from
            # 2.3% in October" the earlier value of a change, not the time frame of the
            # paragraph: neither carries over to later figures; nor does the day a running
            # total starts ("since it invaded Ukraine on February 24, 2022"), nor a year a
            # figure set against is from ("a majority of 20,137 from 2019"), nor the year of
            # a record's "since 1994, when 963 cases were reported"; nor a quarter written as
            # its noun's modifier ("Fourth-quarter revenue was $3.1 billion": the revenue's)
            self._state_period(ask, period)
        return period, cumulative

    def _note_year_kind(self, dm: Any) -> None:
        """The kind of year a year date is when no cue read it: a bare split year ("2023/24":
        both calendar years), a fiscal split year or "the last tax year" of no country (its
        month a default); and the readings of a date read several ways."""
        self._dn.readings = getattr(dm, "readings", ())   # (a feast's week read several ways)
        if (m := _SPLIT_TO_DATE.fullmatch(dm.text)) and dm.start_date is not None and \
                dm.end_date is not None and not bare_split_start(self.text, dm.start):
            # "the 2024/25 year to date" with no cue (dates43): from each first month whose
            # year holds publication, to publication
            self._dn.date_kind = "split year to date"
            self._dn.date_text = m.group(1)
        elif dm.kind == "year" and _BARE_SPLIT.fullmatch(dm.text) and \
                dm.end_date.year == dm.start_date.year + 1 and dm.start_date.month == 1:
            self._dn.date_kind = "split year"   # no cue read it: both calendar years
        elif dm.kind in ("year", "period") and dm.granularity == "year" and \
                _BARE_SPLIT.fullmatch(dm.text) and dm.start_date.day == 1 and \
                dm.start_date.month == _academic_month() and \
                dm.end_date.year == dm.start_date.year + 1 and \
                not commodity_start(self.text, dm.start):
            # a cue read it as an academic year ("88,576 students in 2014/15"): September's,
            # or the UK universities' from August (dates.yaml ``split_year_other_starts``);
            # not a commodity's September year ("corn ending stocks for 2024-25")
            self._dn.date_kind = "academic split year"
        elif dm.kind == "year" and _FISCAL_SPLIT.search(dm.text) and \
                dm.end_date.year == dm.start_date.year + 1 and \
                fiscal_start(self.text, dm.start, 0, names=True) == 0:
            self._dn.date_kind = "fiscal split year"   # no country's: its month a default
        elif dm.granularity == "year" and (_FISCAL_NAMED.search(dm.text) or
                                           _BARE_SPLIT.fullmatch(dm.text)) and \
                not _MONTH_WRITTEN.search(dm.text) and dm.start_date.day == 1 and \
                dm.end_date == date(dm.start_date.year + 1, dm.start_date.month, 1) - _DAY and \
                len(starts := us_government_starts(self.text, dm.start)) > 1 and \
                dm.start_date.month == starts[0]:
            # "The state's general fund will total $52 billion in fiscal 2026": July's year
            # read, each US state or local government's kept (dates.yaml
            # fiscal_year_us_government)
            self._dn.date_kind = "us government fiscal year"
            self._dn.date_text = ",".join(str(m) for m in starts
                                          if m > 1 or not _split_label(dm.text))
        elif dm.granularity == "year" and (years := biennium_years(dm.text)) and \
                len(starts := us_government_starts(self.text, dm.start)) > 1 and \
                dm.start_date.month == starts[0]:
            # "Texas's 2026-27 biennium": September's, each state's month kept as a reading
            self._dn.date_kind = "us government biennium"
            self._dn.date_text = ",".join(str(x) for x in (*years, *starts))
        elif dm.kind == "period" and dm.relative and dm.granularity == "year" and \
                _RELATIVE_FISCAL.match(" ".join(dm.text.split())) and \
                fiscal_start(self.text, dm.start, 0, names=True) == 0 and \
                dm.start_date.day == 1:
            # "the last tax year" with no country's money or name: its month a default
            # (a UK tax year, from 6 April, is the sentence's pounds' or HMRC's)
            self._dn.date_kind = "relative fiscal year"
            self._dn.date_text = dm.text

    def _own_day_reported(self, measure: str | None) -> bool:
        """Whether a report's day is its figure's own: a figure of a measure whose domain is
        not reported in daily reports ("Memphis Light, Gas and Water reported Saturday that
        more than 90,000 customers had no power": the state on Saturday), where only a daily
        report (measures.yaml ``daily_reports``: "the General Staff reported on Saturday that
        Russia had lost 1,200 troops") covers the day before it."""
        return measure is not None and not self.lex.daily_reports(measure)

    def _date_of_from_value(self, q: QuantityMention, dm: Any) -> bool:
        """Whether the date stands after the earlier value of the figure's change, which is
        written between them ("fell to 3,274 from 5,087 in January"): the date may be that
        value's as well as the change's, so it is no time frame the paragraph's later figures
        take ("... Russia lost 36,950 troops over the month" is the story's month)."""
        if dm.start < q.end:
            return False
        # (the figure nearest before the date: "fall 12% to 733.4 million bushels, from 833.2
        # million last year" dates the 833.2 million, not the 12% nor the 733.4 million)
        k = bisect_right(self.q_starts, dm.start - 1) - 1
        if k < 0 or self.q_starts[k] < q.end:
            return False
        nq = self.m.quantities[k]
        return nq.start in self._from_ends or nq.num_start in self._from_ends

    def _state_period(self, ask: "_Ask", period: tuple[date, date]) -> None:
        """Remember ``period`` as the time frame the paragraph's figures are now given in;
        not the day of an earlier level a sentence looks back at ("The last time it was higher
        was on March 28, when the figure was 1,740. Russian forces also lost 33 artillery
        systems": the story's day goes on)."""
        if _LOOKS_BACK.search(self.low, ask.ss, ask.q.start) is not None:
            self._stated.append(period)
            return
        self._period_by_par[ask.pi] = (period, ask.measure)
        self._period_subject[period] = self._subject_now
        if ask.measure is not None:
            self._period_by_measure[(ask.pi, ask.measure)] = (period, len(self._stated))
            self._first_by_measure.setdefault((ask.pi, ask.measure), (period, len(self._stated)))
        self._stated.append(period)

    def _undated_period(self, ask: "_Ask", cumulative: bool,
                        daily: bool) -> tuple[tuple[date, date] | None, bool]:
        """The period of a figure whose sentence dates none of it: a running total as of
        the day, the day a daily marker or a report names, "the same N days", a period
        carried from earlier sentences, the publication day for a state; else none."""
        measure, D, pi = ask.measure, ask.D, ask.pi
        if ask.level:
            cumulative = False
        if D is None or ask.earlier:
            self._dn.how = 'none'
            return None, cumulative and not ask.earlier
        if not cumulative and self.onward_in(ask.ss, ask.se) is not None:
            # "From Monday, Merseyrail runs 20 trains a day until further notice": the
            # figure holds from a day on, with no end, no one day nor a carried period
            self._dn.how = 'none'
            return None, False
        if not daily and _FORECAST_BEFORE.search(self.low, max(ask.ss, ask.q.start - 60),
                                                 ask.q.start):
            # "Sales will total $4.1 billion" with no date of its own: the forecast's period
            # is the one still running or to come that the sentences before it in the
            # paragraph name ("The company expects sales this year to rise."), never the
            # publication day nor a period already over (nor a running total to publication:
            # "will total" is the period's sum); none named, none read
            ahead = self._forecast_period(ask.ss, pi, D)
            self._dn.how = 'carried: the period still to come the paragraph names' if ahead \
                else 'none'
            return ahead, False
        if cumulative:
            start = self._scope(measure)
            self._dn.how = 'written'
            return ((start, D) if start else (D, D)), True
        # "At that time Russia lost 776 a day" (a rate: its "a day" is no day's report)
        then = self._then_period(ask.ss, ask.se, pi) if measure is not None and (
            not daily or _PER_DAY_AFTER.match(self.low, ask.q.end)) else None
        if then is not None:
            self._dn.how = 'carried: the span the sentence before names'
            return then, False
        if daily:
            # the figure of the day: the day before publication (the report of D covers it)
            self._period_by_par[pi] = ((D - _DAY, D - _DAY), measure)
            self._stated.append((D - _DAY, D - _DAY))
            self._dn.how = 'written'
            return (D - _DAY, D - _DAY), False
        # "over the same seven days", "the same reports": the period stated last
        if measure is not None and self._stated:
            same = self._same_in(ask.ss, ask.se)
            if same is not None:
                self._dn.how = 'carried within the paragraph'
                return self._same_period(same), False
        # "Kyiv's count for the year is 430,790", "the year's losses": the calendar year (or
        # month) stated last, even for a figure whose measure is not known yet
        if self._stated:
            if (ask.ss, ask.se) not in self._unit_said:     # (once a sentence: linear)
                self._unit_said[(ask.ss, ask.se)] = _THE_UNIT.search(self.low, ask.ss, ask.se)
            unit = self._unit_said[(ask.ss, ask.se)]
            whole = self._whole_unit(unit.group("u") or unit.group("u2")) if unit else None
            if whole is not None:
                self._dn.how = 'carried: the ' + (unit.group("u") or unit.group("u2")) + \
                    ' stated last'
                return whole, False
        # a period stated earlier carries over where the text continues the same story: to
        # a later figure of the same domain in the paragraph ("Annual inflation rose to 2.6%
        # in November. Core inflation was 3.5%."), or of the same measure opening the next
        # paragraph; never to another family of figures
        if self.names_own_span(ask.ss, ask.se):
            # "Fourth-quarter revenue was $38.0 billion" after the year's $143.0 billion: the
            # sentence names a span of its own that no date gives, so none is carried to it
            self._dn.how = 'none'
            return None, False
        carried = self._carried_period(pi, measure)
        if carried is not None and self._other_side(carried):
            # "Russia's ministry said Ukraine had lost 5,951 guns in the past year and a half.
            # Kyiv says Russia has lost a total of 5,264": the other side's time frame
            carried = None
        if carried is not None and carried[0] > D and self._says_now(ask.ss, ask.se):
            # "... forecast for inflation at the end of the year to between 5.0% and 6.5%.
            # Annual inflation is now just below 4%": a time still to come is not carried to
            # a sentence about now
            carried = None
        if carried is not None:
            self._dn.how = self._dn.carried_how
            return carried, False
        if self.lex.is_state(measure) or self._says_now(ask.ss, ask.se):
            self._dn.how = 'document default: the publication day'
            return (D, D), False
        if measure is not None and self.lex.daily_reports(measure) and \
                self._says_report(ask.ss, ask.se):
            # "The morning report also counted 1,770 personnel losses": the latest report's
            # figure of the day
            self._period_by_par[pi] = ((D - _DAY, D - _DAY), measure)
            self._stated.append((D - _DAY, D - _DAY))
            self._dn.how = 'written'
            return (D - _DAY, D - _DAY), False
        self._dn.how = 'none'
        return None, False

    def _not_a_counting_body(self, got: str | None) -> str | None:
        """``got``, or None when it names a body that reports or forecasts figures (then it is
        not carried on either: "the £6.5bn the Office for Budget Responsibility had forecast"
        makes the OBR no later figure's subject)."""
        if got is None or not self._counting_body(got):
            return got
        if self._dn.last_entity == got:
            self._dn.last_entity = None
        return None

    def _counting_body(self, name: str) -> bool:
        """Whether an entity's name is a source's (sources.yaml, with or without "the": "the
        General Staff") and no subject's alias: a body that reports the figures, never whose
        they are ("the General Staff counted 253,290 in 2023")."""
        k = " ".join(name.lower().replace("’", "'").split())
        return k not in self.lex.alias_subjects and (
            k in self.lex.alias_source or "the " + k in self.lex.alias_source)

    def _other_side(self, period: tuple[date, date]) -> bool:
        """Whether ``period`` was stated for a figure of another subject, by another source,
        than the one read now (all known): the time frame Moscow gives Ukraine's losses in is
        not that of Kyiv's count of Russia's. (A subject alone is not enough: "Ukrainian
        forces also shot down 97 drones" is Russia's loss, read so only later.)"""
        was, now = self._period_subject.get(period, (None, None)), self._subject_now
        return None not in was and None not in now and was[0] != now[0] and was[1] != now[1]

    def _forecast_period(self, ss: int, pi: int, D: date) -> tuple[date, date] | None:
        """The last period not over by publication (``D``) named in the two sentences before
        the one at ``ss``, in its paragraph, or None."""
        k = bisect_right(self.sent_starts, ss) - 1
        for j in (k - 1, k - 2):
            if j < 0 or self.paragraph(self.sent_starts[j]) != pi:
                return None
            for dm in reversed(self._dates_in(self.sent_starts[j], self.sent_starts[j + 1])):
                if dm.kind not in ("since", "void", "daily", "window") and \
                        dm.start_date <= dm.end_date and dm.end_date >= D:
                    return dm.start_date, dm.end_date
        return None

    def _then_period(self, ss: int, se: int, pi: int) -> tuple[date, date] | None:
        """The span "at that time", "that month" refer to: the last date of the sentence
        before, in the same paragraph ("The deadliest month was March 2023. At that time
        Russia lost 776 a day"); a "since" or an open date is no span to carry."""
        then = self._then.get(ss, 0)
        if then == 0:    # (looked for once a sentence: linear in a long one)
            then = self._then[ss] = _then_words().search(self.low, ss, se)
        if then is None:
            return None
        k = bisect_right(self.sent_starts, ss) - 1
        if k <= 0 or self.paragraph(self.sent_starts[k - 1]) != pi:
            return None
        dates = self._dates_in(self.sent_starts[k - 1], ss)
        if not dates or dates[-1].kind in ("since", "void") or \
                dates[-1].start_date > dates[-1].end_date or \
                (len(dates) > 1 and dates[-2].kind == "since" and
                 _SINCE_TAIL.fullmatch(self.low, dates[-2].end, dates[-1].start)):
            return None   # ("since the invasion began on February 24, 2022": its start)
        if then.group(0).startswith("the ") and (dates[-1].end_date - dates[-1].start_date).days \
                < (364 if then.group(0).split()[1] == "year" else 27):
            return None   # ("The month also cost Russia" names a month, never a day)
        return dates[-1].start_date, dates[-1].end_date

    def _same_in(self, ss: int, se: int) -> re.Match[str] | None:
        """"the same seven days", "the same reports" in the sentence, looked for once."""
        same = self._same.get(ss, 0)
        if same == 0:
            same = self._same[ss] = _SAME.search(self.low, ss, se) if \
                "same" in self.low[ss:se] else None
        return same

    def _carried_period(self, pi: int, measure: str | None) -> tuple[date, date] | None:
        """The period an undated figure takes from earlier sentences (none for a figure of
        no known measure):

        - the paragraph's time frame, when it was stated for a figure of the same domain and
          that domain shares one period across measures (measures.yaml ``shared_period``: a
          daily report's tanks and troops), or to any figure of a measure with no domain (a
          date stated for a figure of no known measure, "a six-year-old ... died in
          February", carries to none);
        - else the period last stated in the paragraph for the same measure family (core
          inflation after inflation; not unemployment after inflation);
        - else the period the previous paragraph first stated for that family ("... to 2.6% in
          November." then a paragraph opening "Core inflation was 3.5%."; not the 2005 of its
          closing "A decade earlier, in 2005, 3,201 people died")."""
        if measure is None:
            return None
        got = self._period_by_par.get(pi)
        if got is not None:
            dom = self.lex.domain(measure)
            if dom is None or (self.lex.domain(got[1]) == dom and
                               self.lex.shares_period(measure)):
                self._dn.carried_how = "carried within the paragraph"
                return got[0]
        members = self.lex.family_members(measure)
        for k in (pi, pi - 1):
            best = None
            for mid in members:
                got = (self._period_by_measure if k == pi else self._first_by_measure).get(
                    (k, mid))
                if got is not None and (best is None or (got[1] > best[1]) == (k == pi)):
                    best = got
            if best is not None:
                self._dn.carried_how = ("carried within the paragraph" if k == pi else
                                        "carried from the previous paragraph")
                return best[0]
        return None

    def _is_compared(self, dm: Any) -> bool:
        """Whether the figure a date follows is a compared value ("down from a peak of 7.7% in
        early February", "up from 1,400 on Monday")."""
        k = bisect_right(self.q_starts, dm.start - 1) - 1
        if k < 0:
            return False
        q = self.m.quantities[k]
        return _COMPARED_LEAD.search(self.low, max(0, q.start - 30), q.start) is not None

    def _dated_figure(self, dm: Any) -> int | None:
        """The start of the figure a date is written right after ("7.7% in early February",
        "285 in all of 2024"), or None when the date follows no figure."""
        k = bisect_right(self.q_starts, dm.start - 1) - 1
        if k < 0:
            return None
        q = self.m.quantities[k]
        if q.end > dm.start or dm.start - q.end > 24:
            return None
        if not _DATE_AFTER_FIGURE.fullmatch(self.low, q.end, dm.start) and not (
                # "the 3,689 it lost in 2024": the date's own preposition after a short clause
                _WORDS_TO_DATE.fullmatch(self.low, q.end, dm.start) and
                self.low.startswith(("in ", "on ", "during "), dm.start)):
            return None
        return q.num_start

    def _q_after(self, pos: int) -> int:
        """Where the first figure at or after ``pos`` starts (len(text) when none)."""
        k = bisect_right(self.q_starts, pos - 1)
        return self.q_starts[k] if k < len(self.q_starts) else len(self.text)

    def _dates_for_periods(self, ss: int, se: int) -> tuple[list[Any], dict[int, int]]:
        """The sentence's dates that can be a figure's period, once per sentence: without
        baselines ("above the 1850-1900 level") and records' "since" ("the lowest since
        2001"); and where a "than" right before a date starts ("fewer than in 2017": the date
        is of no figure before it)."""
        sdates = self._sent_dates.get(ss)
        if sdates is None:
            sdates = self._dates_in(ss, se)
        low = self.low
        if not sdates:
            return sdates, {}
        f = low.find
        if f("than", ss, se) < 0 and f("since", ss, se) < 0 and f("level", ss, se) < 0 and \
                f("average", ss, se) < 0 and f("result", ss, se) < 0 and \
                f("baseline", ss, se) < 0 and f("mean", ss, se) < 0 and \
                f("norm", ss, se) < 0 and f("tally", ss, se) < 0 and \
                f("showing", ss, se) < 0 and f("performance", ss, se) < 0 and \
                f("correction", ss, se) < 0 and f("note", ss, se) < 0 and \
                f("est month", ss, se) < 0 and f("est week", ss, se) < 0 and \
                f("clarification", ss, se) < 0 and f("erratum", ss, se) < 0 and \
                f("ahead of", ss, se) < 0 and f("behind", ss, se) < 0 and \
                f("same", ss, se) < 0 and \
                (f(" on ", ss, se) < 0 or _CHANGE_ON.search(low, ss, se) is None) and \
                (len(sdates) < 2 or (f("earnings", ss, se) < 0 and f("figures", ss, se) < 0
                                     and f("accounts", ss, se) < 0
                                     and f("numbers", ss, se) < 0)):
            return sdates, {}
        keep: list[Any] = []
        thans: dict[int, int] = {}
        for dm in sdates:
            when = _SINCE_YEAR_WHEN.match(low, dm.start, se) if dm.kind == "since" else None
            if when is not None:
                # "the largest since 2012, when England recorded 1,920 cases": the year the
                # clause after it speaks of, not a record's scope (a figure before the date
                # reads the date as before: ``_written_date``)
                y = int(when.group(1))
                note = self._note_date(dm, ss)
                self._when_years[dm.start] = None if note is True else dm
                keep.append(replace(dm, start_date=date(y, 1, 1), end_date=date(y, 12, 31),
                                    kind="year", granularity="year", relative=False))
                continue
            if dm.kind == "since" and dm.granularity == "day" and \
                    _WHEN_AFTER.match(low, dm.end, se):
                note = self._note_date(dm, ss)
                self._when_years[dm.start] = None if note is True else dm
                keep.append(_since_month_when(low, dm) or
                            replace(dm, end_date=dm.start_date, kind="date"))
                continue
            note = self._note_date(dm, ss)
            if note is True:
                continue
            if note >= 0:
                thans[dm.start] = note
            elif len(sdates) > 1 and _RESULTS_AFTER.match(low, dm.end) is not None:
                pub = _PUBLISHES_BEFORE.search(low, max(ss, dm.start - 24), dm.start)
                if pub is not None:
                    thans[dm.start] = pub.start()
            keep.append(dm)
        return keep, thans

    def _note_date(self, dm: Any, ss: int) -> bool | int:
        """What a date is besides a period, worked out once per date: True for a baseline
        ("above the 1850-1900 level") or a record's "since" ("the lowest since 2001"); else
        where a "than" right before it starts ("fewer than in 2017": the date is of no figure
        before that), or -1 when there is none."""
        low = self.low
        if _NOTE_HEAD.fullmatch(low, ss, dm.start) and _NOTE_HEAD_END.match(low, dm.end):
            return True     # "Correction, 16 June: ...": the note's date
        if low.startswith(_BASELINE_WORDS, dm.end + 1) and \
                _BASELINE_AFTER.match(low, dm.end) is not None and \
                _SUBJECT_OPENING.fullmatch(low, ss, dm.start) is None:
            return True
        if dm.kind == "since" and _RECORD_SINCE.search(low, max(ss, dm.start - 90),
                                                       dm.start) is not None:
            return True
        if _RECORD_SINCE_CLAUSE.search(low, max(ss, dm.start - 160), dm.start) is not None:
            return True     # "the first time since Putin ordered the invasion in February 2022"
        if (dm.granularity == "year" or _longer_than_a_month(dm)) and \
                _RECORD_WINDOW_YEAR.search(low, max(ss, dm.start - 80), dm.start) is not None:
            return True     # "the deadliest month of 2025" ("of the second half of 2025"): the
            # record's window
        if _SAME_AS_IN.search(low, max(ss, dm.start - 50), dm.start) is not None:
            return True     # "took 15.2% of the market, the same share as in September": the
            # time the share is the same as, of no figure
        lo = max(ss, dm.start - 45)
        if _base_span(dm):
            # "Petrol is 10p a litre dearer than in January": the span extraction made is the
            # change's, the amount before "than" (no figure before it)
            m = BASE_AMOUNT_THAN.search(low, max(ss, dm.start - 60), dm.start)
            return m.start() + 1 if m is not None else -1
        if low.find("than", lo, dm.start) < 0 and low.find(" on ", lo, dm.start) < 0:
            if dm.granularity == "day" or (low.find("ahead", lo, dm.start) < 0 and
                                           low.find("behind", lo, dm.start) < 0):
                return -1
            # "3% ahead of last year", "2% behind 2019": the time compared with
            m = _AHEAD_OF_BEFORE.search(low, lo, dm.start)
            return m.start() + 1 if m is not None else -1
        m = _THAN_BEFORE.search(low, lo, dm.start)
        if m is not None and _WAS_IN_THAN.search(m.group()) and (amount := BASE_AMOUNT_THAN.search(
                low, max(ss, dm.start - 60), dm.start)) is not None:
            # "Diesel was 2p a litre cheaper than it was in March": the month is the amount's
            # (a level before it, "123p a litre, lower than it was in October", is not its)
            return amount.start() + 1
        if m is None and dm.granularity != "day":
            m = _CHANGE_ON_BEFORE.search(low, lo, dm.start)
        return m.start() if m is not None else -1

    def _old_year_after(self, end: int) -> bool:
        """Whether a bare year two or more years before publication stands right after a
        figure ending at ``end`` ("from 365 in 2019" in a 2024 article)."""
        D = self.day_at(end)
        j = bisect_right(self.date_starts, end - 1)
        if D is None or j >= len(self.date_starts) or self.date_starts[j] - end > 12:
            return False
        dm = self.m.dates[j]
        return dm.kind == "year" and dm.start_date is not None and \
            D.year - dm.start_date.year >= 2

    def _figure_between(self, a: int, b: int, ss: int) -> bool:
        """Whether a date at ``b`` after a figure ending at ``a`` is that of another figure the
        text compares with, standing between them after "from", "than", "after"...: when the
        sentence dated the first figure's change already ("rose in November, to 2.6% from
        2.3% in October"); without such a date the date is the change's ("raised its rate to
        13.5% from 13% on Thursday"). A count inside the date's own phrase ("the 9,510 in the
        seven reports from 7 to 13 December") is no such figure."""
        k = bisect_right(self.q_starts, a - 1)
        if not (k < len(self.q_starts) and self.q_starts[k] < b):
            return False
        if _RELATION_WORDS.search(self.low, a, self.q_starts[k]) is None:
            return False
        if self._old_year_after(self.m.quantities[k].end) and \
                self.date_starts[bisect_right(self.date_starts, self.m.quantities[k].end - 1)] == b:
            return True   # "to 121 seats from 365 in 2019" told in 2024: 2019 is 365's
        i = bisect_right(self.date_starts, ss - 1)
        return i < len(self.date_starts) and self.date_starts[i] < a and \
            self.m.dates[i].kind in ("month", "part", "period", "date") and \
            not _COMPARED.search(self.m.dates[i].text)

    def onward_in(self, ss: int, se: int) -> date | None:
        """The day a span with no end opens on in the sentence [ss, se) (extract.dates
        ``_open_spans``: "From Monday, ... until further notice"), None when there is none."""
        dates = self.m.dates
        for j in range(max(0, bisect_right(self.date_starts, ss) - 1), len(dates)):
            dm = dates[j]
            if dm.start >= se:
                break
            if dm.end > ss and dm.kind == "onward" and dm.start_date is not None:
                return dm.start_date
        return None

    def _dates_in(self, ss: int, se: int) -> list[Any]:
        """The resolved dates of the sentence [ss, se), in order (cached per sentence)."""
        got = self._sent_dates.get(ss)
        if got is None:
            got = []
            dates = self.m.dates
            for j in range(max(0, bisect_right(self.date_starts, ss) - 1), len(dates)):
                dm = dates[j]
                if dm.start >= se:
                    break
                if dm.end > ss and dm.start_date is not None and dm.end_date is not None:
                    got.append(dm)
                    owner = self._dated_figure(dm)
                    if owner is not None and self._is_compared(dm):
                        self._dn.owners[dm.start] = owner
            self._sent_dates[ss] = got
        return got

    def _point_date(self, q: QuantityMention, ss: int, se: int, skip: Any) -> Any:
        """A single day or month stated in the sentence besides a "since" scope, nearest the
        figure (the end of a running total), or None."""
        best = None
        dates = self.m.dates
        for j in range(max(0, bisect_right(self.date_starts, ss) - 1), len(dates)):
            dm = dates[j]
            if dm.start >= se:
                break
            if dm.end <= ss or dm is skip or dm.start_date is None or dm.end_date is None:
                continue
            if _SINCE_TAIL.fullmatch(self.low, skip.end, dm.start):
                continue
            if dm.kind in ("since", "daily", "window"):
                continue
            if skip.start_date is not None and dm.start_date <= skip.start_date:
                continue   # "At the start of October the count stood at 1,111,480, meaning
                # ... 22,690 so far this month": the scope's own start, not its end
            if dm.start > q.end and _DAY_BEFORE.fullmatch(self.low, dm.start, dm.end) and \
                    _OTHER_CHANGE_BASE.search(self.low, max(q.end, dm.start - 50), dm.start):
                continue   # "59,086 since the invasion began, 261 more than a day earlier"
            if self._dated_figure(dm) not in (None, q.num_start):
                continue   # "483 so far this year, against 285 in all of 2024": 285's year
            dist = abs(dm.start - q.start)
            if best is None or dist < best[0]:
                best = (dist, dm)
        return best[1] if best else None

    def _in_time_clause(self, q: QuantityMention, ss: int) -> bool:
        """Whether the figure stands in a temporal clause of its own ("after the count crossed
        700,000", "when losses passed 2,000"), not in a "since" scope or a date."""
        lo = ss
        for ch in ",;:(":
            lo = max(lo, self.low.rfind(ch, ss, q.start) + 1)
        m = None
        for m in _TIME_CONJ.finditer(self.low, lo, q.start):
            pass
        if m is None:
            return False
        k = bisect_right(self.date_starts, m.start()) - 1
        return not (k >= 0 and self.m.dates[k].end > m.start())

    def _after_from(self) -> frozenset[int]:
        ws = self.m.words
        if ws is None:
            return frozenset(m.end() for m in _FROM_WORD.finditer(self.low))
        W, S = ws.words, ws.starts
        out = []
        n, i = len(W), -1
        # "from", "after" or "against" right before a figure: "up from 1,170", "0.1% ...,
        # after 0.5%", "483 so far this year, against 285 in all of 2024"
        # (and "than the": "50% more than the 372 recorded in 2018"; never "more than 500",
        # a qualifier)
        for word in ("from", "after", "against", "than"):
            if word != "from" and self.low.find(word) < 0:
                continue
            i = -1
            while True:
                try:
                    i = W.index(word, i + 1)
                except ValueError:
                    break
                det = i + 2 < n and W[i + 1] in (("the", "its", "their") if word == "than"
                                                 else ("the",))
                if word == "than" and not det:
                    continue
                j = i + 2 if det else i + 1
                if j < n:
                    out.append(S[j])
        return frozenset(out)

    def _is_from_value(self, q: QuantityMention, ss: int) -> str:
        """Whether the figure is the earlier value of a change: "from" right before it and
        another figure before it in the sentence ("to 13.5% from 13%", "14.5%, up from 13.5%").
        "to" when that figure is the new value written first ("to 13.5% from 13%"), "yes"
        otherwise, "" when not."""
        k = bisect_right(self.q_starts, q.num_start - 1)
        if not (k > 0 and ss <= self.q_starts[k - 1] < q.start):
            return ""
        prev = self.q_starts[k - 1]
        if not _TO_BEFORE.search(self.low, max(ss, prev - 30), prev):
            return "yes"
        if _APPOSED_FROM.search(self.low, prev, q.start) is not None or \
                _COMMA_FROM.search(self.low, prev, q.start) is not None:
            return "yes"   # "fell to 121 seats, down from 365 in 2019": 2019 is 365's; so is
            # September 1.7%'s in "rose to 2.3%, from 1.7% in September" (set off by a comma)
        if self._old_year_after(q.end):
            # "falling to 121 seats from 365 in 2019", told in 2024: no news is that old, so
            # the year is the earlier value's ("to 2.1% from 2.5% in October": the change's)
            return "yes"
        # "to 12% in December from 11.2% in November": the new value has its own date, so the
        # date after the earlier one is that one's; "to 13.5% from 13% in December": the
        # change's
        j = bisect_right(self.date_starts, prev)
        if j < len(self.date_starts) and self.date_starts[j] < q.start:
            return "yes"
        # "rose in November, to 2.6% from 2.3% in October": the new value's month stands
        # before it, so the date after the earlier value is that one's
        i = bisect_right(self.date_starts, ss - 1)
        if i < len(self.date_starts) and self.date_starts[i] < prev and \
                self.m.dates[i].kind in ("month", "part", "period") and \
                not _COMPARED.search(self.m.dates[i].text):
            return "yes"
        return "to"

    def _whole_unit(self, unit: str) -> tuple[date, date] | None:
        """The latest stated period that is one whole calendar ``unit`` (year or month)."""
        for p in reversed(self._stated):
            if p[0].day != 1 or (p[1] + _DAY).day != 1:
                continue
            if unit == "month" and p[0].month == p[1].month and p[0].year == p[1].year:
                return p
            if unit == "year" and (p[0].month, p[1].month, p[1].day) == (1, 12, 31) and \
                    p[0].year == p[1].year:
                return p
        return None

    def _same_period(self, same: re.Match[str]) -> tuple[date, date]:
        """The period "the same seven reports" refers to: the latest stated period of that
        many days ("seven", "7"; a week is seven days, "the same day" one), else the latest."""
        n_word, unit = (same.group("n") or "").lower(), same.group("u").lower()
        n = int(n_word) if n_word.isdigit() else _COUNT_WORDS.get(n_word)
        days = None
        if unit.startswith(("day", "report")):
            days = n if n is not None else (1 if not unit.endswith("s") else None)
        elif unit.startswith("week"):
            days = 7 * (n or 1)
        if days is not None:
            for p in reversed(self._stated):
                if (p[1] - p[0]).days + 1 == days:
                    return p
        return self._stated[-1]

    def _previous_unit(self, dm: Any) -> tuple[date, date] | None:
        """"The previous month" after a stated calendar month: the month before it (likewise
        a week of seven days, a calendar year); "a year earlier", "two weeks before": the
        period stated last, that many units back ("€831m a year earlier" after the 2023-24
        season's revenue is 2022-23's)."""
        low = dm.text.lower()
        shift = _UNITS_BACK.search(low)
        if shift is not None and self._stated:
            from dateutil.relativedelta import relativedelta

            n = _COUNT_WORDS.get(shift.group(1), 1) if not shift.group(1).isdigit() \
                else int(shift.group(1))
            unit = shift.group(2).rstrip("s")
            step = {"day": relativedelta(days=n), "week": relativedelta(weeks=n),
                    "month": relativedelta(months=n), "year": relativedelta(years=n)}[unit]
            a, b = self._stated[-1]
            if unit == "month" and a.day == 1 and b == _month_end(b):
                return a - step, _month_end(b - step)
            return a - step, b - step
        for p in reversed(self._stated):
            a, b = p
            if "month" in low and a.day == 1 and b == _month_end(b) and a.month == b.month \
                    and a.year == b.year:
                prev_end = a - _DAY
                return prev_end.replace(day=1), prev_end
            if "week" in low and (b - a).days == 6:
                return a - timedelta(days=7), b - timedelta(days=7)
            if "year" in low and (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) \
                    and a.year == b.year:
                return date(a.year - 1, 1, 1), date(a.year - 1, 12, 31)
        return None

    def _pin_said_report(self, period: Any, cumulative: bool, extra: list[Any]) -> None:
        """A day's figure counted back from the day a source spoke on ("said on Tuesday that
        ... in the past 24 hours", ``_anchored_window``) is that day's report's only
        (``report_day``): not also the report of the day before, a second period."""
        day = self._dn.said_report
        if day is not None and not cumulative and period is not None and \
                period[0] == period[1] == day - _DAY:
            extra.append(("report_day", day.isoformat()))

    def _anchored_window(self, dm: Any, ss: int, D: date, period: tuple[date, date]
                         ) -> tuple[date, date]:
        """A window read against a day stated before it in its sentence (``_anchor_day``): "As
        we reported on 29 November, that day's report put losses over the past day at 2,030"
        counts back from 29 November; ``period`` (the window counted from publication) when
        no day is stated."""
        anchor = self._anchors.get(dm.start, 0)
        if anchor == 0:
            anchor = self._anchors[dm.start] = self._anchor_day(dm, ss)
        if anchor is None:
            return period
        day, reported = anchor
        back = D - day
        period = (dm.start_date - back, dm.end_date - back)
        if reported and dm.kind == "daily" and back.days > 0:
            # "said on Tuesday that Russia had lost 1,950 troops in the past 24 hours": the
            # report of the day said, not a second period after it (readings75)
            self._dn.said_report = day
        if not reported and period[0] == period[1]:
            # "On January 19, Russian forces suffered one of their worst days: ... 925 drones
            # lost in just 24 hours": the day named is the day fought or its report's, no
            # report named; both are read (day_named)
            period = (day, day)
            self._dn.date_kind = "date"
        return period

    def _anchor_day(self, window: Any, ss: int) -> tuple[date, bool] | None:
        """The single day stated before a window in its sentence ("on 29 November", "on
        Monday"), which the window is counted back from, and whether it is named as a
        report's date ("As we reported on 29 November, that day's report ..."), or None."""
        got = None
        dates = self.m.dates
        for j in range(bisect_right(self.date_starts, ss - 1), len(dates)):
            dm = dates[j]
            if dm.start >= window.start:
                break
            if dm.start < ss or dm.kind != "date" or dm.start_date is None:
                continue
            if dm.start_date != dm.end_date:
                continue
            if self.low.rfind("since", max(ss, dm.start - 45), dm.start) >= 0:
                continue   # "since the invasion began on February 24, 2022": a scope's start
            got = (dm.start_date, self._report_date(dm, ss) or
                   "report" in self.low[dm.end:window.start] or
                   _SAID_ON.search(self.low, max(ss, dm.start - 40), dm.start) is not None)
        return got

    def _report_date(self, dm: Any, ss: int) -> bool:
        got = self._report_dates.get(dm.start)
        if got is None:
            got = self._report_dates[dm.start] = self._is_report_date(dm, ss)
        return got

    def _is_report_date(self, dm: Any, ss: int) -> bool:
        """Whether a stated date is the date of a report: "report(s)/reported" shortly before
        it in its clause ("reported on 19 December", "the reports from 1 to 30 November"), or
        "report" right after it ("Tuesday's report", "the 9 December report")."""
        after = _REPORT_AFTER.match(self.low, dm.end)
        if after is not None:
            return True
        if _DAY_OF_FIGURE.match(self.low, dm.end) and \
                _DAYS_REPORT.search(self.low, ss, dm.start) is not None:
            # "Saturday's report alone added 1,860, and Friday's 2,200": the noun "report"
            # elided after a second day's possessive in the sentence that wrote it
            return True
        if _WINDOW_TO.match(self.low, dm.start):
            return False   # "reported 13 deaths in the seven days to 23 December": the window
        if self.low.endswith(("as of ", "as at ", "as on "), 0, dm.start):
            return False   # "981 cases were reported as of May 31": the count's own day
        before = self.low[max(ss, dm.start - 80):dm.start]
        m = _REPORT_BEFORE.search(before)
        return m is not None

    def _reported_within(self, dm: Any, ss: int, measure: str | None) -> bool:
        """Whether a span of days is what a figure of a measure that is not reported daily was
        reported within ("over 173,000 hospitalizations were reported during the 28-day
        period from 11 December", "cases reported in October"): the span itself. A daily
        report's measure keeps the report's day before ("losses reported in November")."""
        if dm.start_date == dm.end_date or self.lex.daily_reports(measure) or \
                _REPORT_AFTER.match(self.low, dm.end) is not None:
            return False   # ("counted in December's reports": the reports' days)
        before = self.low[max(ss, dm.start - 80):dm.start]
        return _SPAN_PREP_BEFORE.search(before) is not None or \
            str(dm.text).lower().startswith(_SPAN_PREP_OWN)

    def _says_report(self, ss: int, se: int) -> bool:
        got = self._report.get(ss)
        if got is None:
            got = self._report[ss] = _REPORT_NOUN.search(self.low, ss, se) is not None
        return got

    def _dates_near(self, ss: int, sdates: list[Any], q: QuantityMention) -> list[Any]:
        """The dates of a sentence within PERIOD_WINDOW characters of the figure: looking at
        every date of the sentence from each of its figures was quadratic in a sentence of
        thousands of dates and figures ('Monday, 1 and ' * 2000 took 75 s)."""
        ends = self._date_ends.get(ss)
        if ends is None:
            ends = [dm.end for dm in sdates]
            in_order = ends == sorted(ends) and all(
                a.start <= b.start for a, b in zip(sdates, sdates[1:]))
            ends = self._date_ends[ss] = ends if in_order else []
        if not ends:
            return sdates
        out = []
        for i in range(bisect_left(ends, q.start - PERIOD_WINDOW), len(sdates)):
            if sdates[i].start > q.end + PERIOD_WINDOW:
                break
            out.append(sdates[i])
        return out

    def _places_counted(self, qe: int, q: QuantityMention) -> bool:
        """Whether ``q``, after a figure ending at ``qe``, counts the places that figure was
        recorded in ("387 cases of measles in 15 states", across.yaml ``places_counted_*``)."""
        w = across_words()
        return w["places_counted_before"].search(self.low, qe, q.start) is not None and \
            w["places_counted_after"].match(self.low, q.end) is not None

    def _set_against(self, kl: int, k0: int) -> bool:
        """Whether the figure ``kl`` is set against the figures before it: "against 4,865",
        or the last of a pair set against them together ("against 79.6 million and 23.9% a
        year before", "up from 131,850 cars and an 8.17% share a year earlier")."""
        qs = self.m.quantities
        while kl > k0 and _PAIR_GAP.fullmatch(self.low, qs[kl - 1].end, qs[kl].start):
            kl -= 1
        return _SET_AGAINST.search(self.low, max(0, qs[kl].start - 30), qs[kl].start) is not None

    def _belongs_to_next_figure(self, dm: Any, qe: int, se: int) -> bool:
        """Whether a date after a figure belongs to another figure of the sentence: one that
        stands between them ("2,492 was nearly double the 1,289 counted in December's
        reports"), unless the two are items of one list ("9,193 tanks and 20,121 artillery
        systems since the start of the invasion"), or one right after the date and nearer to
        it ("1,600, double the previous day's 1,070"); a "since" scope right before the
        next figure is that figure's even when a day follows it."""
        ds, de, scope = dm.start, dm.end, dm.kind == "since"
        k0 = bisect_right(self.q_starts, qe - 1)
        qs = self.m.quantities
        while k0 < len(self.q_starts) and self.q_starts[k0] < ds and qs[k0].end <= ds and (
                qs[k0].dim == "time" or self.low.startswith(" for ", qe)
                and self.q_starts[k0] == qe + 5):
            # "7,960 waited more than four hours in the week up to May 8": a wait's length
            # between them is the figure's measure, and takes no date from it; nor does the
            # second count of "393 for 8" (a score of runs for wickets)
            k0 += 1
        while k0 < len(self.q_starts) and self.q_starts[k0] < ds and qs[k0].end <= ds and \
                self._places_counted(qe, qs[k0]):
            k0 += 1   # "387 cases of measles in 15 states by March 28": the date is both's
        if k0 < len(self.q_starts) and self.q_starts[k0] < ds:
            between = self.low[qe:self.q_starts[k0]]
            if _ASIDE_OPEN.fullmatch(between) and _ASIDE_CLOSE.fullmatch(self.low, qs[k0].end, ds):
                return False   # "to 27.5%, from 27.2%, in the third quarter": an aside
            if _TO_NEW_VALUE.fullmatch(between) or _PART_OF_WHOLE.fullmatch(between) and (
                    k0 + 1 >= len(self.q_starts) or self.q_starts[k0 + 1] >= ds):
                # "rose 13.4% year-on-year to 188,177 tonnes in September": a change and its
                # new value share the date; so do a part and its whole when no other figure
                # comes before the date ("Twelve of the 20 cities reported gains in October
                # 2019"; not "317 of the 550 seats, 59 more than the 258 it took in June")
                return False
            if _OF_THEM.match(self.low, qs[k0].end):
                return True    # "4,783 cruise missiles, 50 of them in the past day": the part's
            if self._amount_and_object(qe, k0, ds):
                return False   # "spend £86m on more than 300 projects over the Easter period"
            kl = bisect_left(self.q_starts, ds) - 1
            if kl >= k0 and _TOTAL_CLAUSE_OPEN.search(self.low, qs[kl].end, ds):
                return True    # "six tanks and 162 vehicles, bringing its losses since
                # February 2022 to 1,244,560": the scope of the total the clause brings
            if kl > k0 and _NEW_STATEMENT.search(self.low, qe, self.q_starts[kl]):
                # "three tanks, nine armoured vehicles and 670 troops, and Kyiv says it has put
                # 231,700 out of action since February 2022": a statement of its own begins
                # before the last figure, whose scope the date is
                return True
            if kl >= k0 and self._set_against(kl, k0) and \
                    _COMPARED_TAIL.fullmatch(self.low, qs[kl].end, ds) is not None:
                # "13,050, and 14,474 drones were downed, against 4,865 the year before": the
                # date right after a compared figure is that figure's
                return True
            # "112 people were killed and 760 injured on Thursday": a copula inside a list
            # item compares nothing
            return not (_list_gap().fullmatch(between) and not _LIST_RELATION.search(between))
        k = bisect_right(self.q_starts, de - 1)
        if k >= len(self.q_starts):
            return False
        nxt = self.q_starts[k]
        # "said on Friday, up from 327": a comma after the date parts it from the next figure;
        # "430,790 ... killed or wounded in 2024 and 253,290 in 2023": the next figure has a
        # date of its own right after it
        if not (nxt < se and "," not in self.low[de:nxt]):
            return False
        if scope and _NEXT_ITEM_HEAD.fullmatch(self.low, qe, ds):
            return True   # "at around 1,100, and the total since the invasion began at 990,800"
        if (nxt - de) >= (ds - qe):
            return False
        num = _NUMBER_RUN.match(self.low, nxt)
        # (a "since" scope right before the next figure is its start even when a day follows
        # that figure: "36,950 troops over the month, and ... its losses since the invasion at
        # 875,610 on March 1" - the day ends that running total, it is no period of its own
        # that would hand the scope back to the figure before)
        return num is None or scope or not _OWN_DATE_AFTER.match(self.low, num.end(), se)

    def _amount_and_object(self, qe: int, k0: int, ds: int) -> bool:
        """Whether the figure ending at ``qe`` and the next one (``k0``), the last before the
        date at ``ds``, are an amount and the count of what it pays for ("£86m on more than 300
        projects", "420 projects costing £113 million") or a tally and the count it was made in
        ("89 goals in 36 matches"), with only words after the second up to the date: one
        spending or record, dated once, its date both's."""
        qs = self.m.quantities
        qi = bisect_right(self.q_starts, qe - 1) - 1
        if qi < 0 or qs[qi].end != qe or (k0 + 1 < len(qs) and self.q_starts[k0 + 1] < ds) or \
                any(ch in self.low[qs[k0].end:ds] for ch in ",;:") or \
                len(self.low[qs[k0].end:ds]) > 40:
            return False
        a, b = qs[qi], qs[k0]
        between = self.low[qe:b.start]   # (the count's hedge, "more than", is its own)
        if a.dim == "currency" and b.bare and _SPENT_ON.fullmatch(between):
            return True
        if a.bare and b.bare and _TALLY_IN.fullmatch(between) and \
                _RELATION_WORDS.search(between) is None:
            return True
        return a.bare and b.dim == "currency" and _COSTING.fullmatch(between) is not None

    def _says_now(self, ss: int, se: int) -> bool:
        got = self._now.get(ss)
        if got is None:
            got = self._now[ss] = self.lex.says_now(self.low[ss:se])
        return got

    def _marker_spans(self, ss: int, se: int
                      ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """The sentence's markers (lexicon.marker_spans) without a record's "since" ("the
        highest monthly toll since the war began, the second highest being 28,550 the previous
        month": the range the record is the highest of, no running total of the figures),
        nor the total figures are added to ("added 33 artillery systems and 123 drones to the
        tally": the increments' destination, dates.yaml ``added_to``)."""
        cum, daily = self.lex.marker_spans(ss, se)
        low = self.low
        if cum:
            cum = [(a, b) for a, b in cum if _ADDED_TO().search(low, max(ss, a - 200), a) is None]
        if cum and "since" in low[ss:se]:
            cum = [(a, b) for a, b in cum if not (
                low.startswith("since", a) and
                _RECORD_SINCE.search(low, max(ss, a - 90), a) is not None)]
        return cum, daily

    def _markers_for(self, q: QuantityMention, ss: int, se: int) -> tuple[bool, bool]:
        """(cumulative, daily) for a figure: the markers of its sentence that apply to it (one
        before it, or after it within its clause: lexicon.marker_spans), and when both kinds
        apply, the kind whose marker stands nearest the figure ("1,780 over the past day,
        taking the cumulative total to 745,700")."""
        spans = self._sent_flags.get(ss)
        if spans is None:
            spans = self._sent_flags[ss] = self._marker_spans(ss, se)
        cum, daily = spans
        if not (cum or daily):
            return False, False
        qs, qe = q.num_start, q.end
        none = lexicon.NO_MARKER
        dc = self._marker_distance(cum, qs, qe) if cum else none
        dd = self._marker_distance(daily, qs, qe) if daily else none
        return (dc < none and dc < dd, dd < none and dd <= dc)

    def _list_runs_to(self, qe: int, a: int) -> bool:
        """Whether the figure ending at ``qe`` opens a list whose last item the marker at ``a``
        follows in its clause ("5.3 million illnesses, 63,000 hospitalisations and 2,700
        deaths so far this season": the marker is every item's)."""
        qs_, low = self.q_starts, self.low
        k = bisect_right(qs_, qe - 1)
        pos, items = qe, 0
        quantities = self.m.quantities
        while k < len(qs_) and qs_[k] < a:
            gap = low[pos:qs_[k]]
            if not _list_gap().fullmatch(gap) or _LIST_RELATION.search(gap):
                return False
            pos, items, k = quantities[k].end, items + 1, k + 1
        return items > 0 and not lexicon.CLAUSE_BREAK.search(low, pos, a)

    def _marker_distance(self, spans: list[tuple[int, int]], qs: int, qe: int) -> int:
        """How far the nearest marker that applies stands from the figure [qs, qe): the
        nearest before it in its clause, one overlapping it (0), or the first after it."""
        best = lexicon.NO_MARKER
        k = bisect_left(spans, qe, key=lambda s: s[0])   # the markers are in order
        for a, b in reversed(spans[max(0, k - 1):k]) if k else ():
            if b > qs:
                best = 0
            elif _RECORD_DAILY.search(self.low, max(0, a - 12), b) and \
                    " and " in self.low[b:qs]:
                # "the highest daily casualty rate and 300 battle tanks destroyed": the rate's
                # word, not the next item's
                continue
            elif not _NEW_CLAUSE.search(self.low, b, qs) and \
                    not _SAID_CLAUSE.search(self.low, b, qs) and \
                    not _HOLDS_IT.search(self.low, b, qs):
                # (a marker farther back is farther, and a new clause before this one's end,
                # "stood at 4.1%, while the economy added 227,000", is between it too; so is
                # the verb of a whole that holds the figure, "the total includes 1,150")
                best = qs - b
        if k < len(spans):
            a = spans[k][0]
            j = bisect_right(self.q_starts, qe - 1)
            between = j < len(self.q_starts) and self.q_starts[j] < a
            if a - qe < best and (not (lexicon.CLAUSE_BREAK.search(self.low, qe, a) or
                                       between and _MORE_AFTER.match(self.low, qe))
                                  or self._list_runs_to(qe, a)) and \
                    not _PART_BETWEEN.search(self.low, qe, a) and \
                    not self._opens_next_item(qe, a, spans[k][1]):
                # ("4,783 cruise missiles, 50 of them in the past day": the part's marker)
                best = a - qe
        return best

    def _opens_next_item(self, qe: int, a: int, b: int) -> bool:
        """Whether the marker [a, b) after the figure ending at ``qe`` opens the next item of a
        coordination: only "and" between them, and a figure of its own after the marker in the
        same clause ("the day's losses at 1,150 and the total since the invasion at 417,950")."""
        if _OPENS_NEXT_ITEM.fullmatch(self.low, qe, a) is None:
            return False
        j = bisect_left(self.q_starts, b)
        return j < len(self.q_starts) and self.q_starts[j] - b < 60 and \
            lexicon.CLAUSE_BREAK.search(self.low, b, self.q_starts[j]) is None

    def _verb_before(self, d: dict[str, Any]) -> str:
        """The stem of the verb right before a count ("carries 16.5 million", "carried 15.6
        million" -> "carri"), or ""."""
        m = _VERB_BEFORE_COUNT.search(self.low, max(d["sentence"][0], d["start"] - 40),
                                      d["start"])
        return _VERB_END.sub("", m.group(1)) if m is not None else ""

    def _summary_measures(self, drafts: list[dict[str, Any]]) -> None:
        """A headline or key-point count that names no measure after its verb ("Ryanair
        carries 16.5 million in March") counts what the body's first count after the same verb
        counts ("carried 15.6 million passengers in March")."""
        if not any(d["section"] in ("headline", "keypoints") and d.get("measure") is None
                   for d in drafts):
            return
        by_verb: dict[str, str] = {}
        for d in drafts:
            if d["section"] not in ("headline", "keypoints") and d.get("measure") and \
                    not d["unit"] and d.get("role") is None:
                by_verb.setdefault(self._verb_before(d), d["measure"])
        by_verb.pop("", None)
        for d in drafts:
            if d["section"] in ("headline", "keypoints") and d.get("measure") is None and \
                    not d["unit"] and d["value"] and d.get("role") is None and \
                    not self._names_own_noun(d):
                got = by_verb.get(self._verb_before(d))
                if got is not None:
                    d["measure"] = got
                    if "_basis" in d:
                        d["_basis"]["measure"] = "carried from the body"

    def _lead_restating_summary(self, drafts: list[dict[str, Any]]) -> None:
        """A headline or key-point level ("# Net migration falls to 728,000", "# Toyota stays
        world's biggest carmaker with 11.2 million sales") is restated by the lead paragraph's
        level of its unit nearest its value, within HEADLINE_NEAR, whose measure is the
        headline's, or none while its sentence writes the headline's measure or noun ("fell to
        an estimated 728,000"), or a verb of that noun ("sold 11.23 million vehicles"). Unless
        a body level of the headline's measure, unit and subject restates it already, the two
        are made one figure: the lead's takes the measure when it has none, the headline's the
        lead's measure, subject and, when it has none, period (the body names the headline's entity in other words, "The
        Japanese group", "State health officials", when the body never writes its name; when
        it does, the lead's figure may be another's and is left alone). Run after the
        relations, so that a compared value ("beating the £26.3m raised in 2011") is none."""
        heads = [d for d in drafts if d["section"] in _SUMMARY_SECTIONS and
                 d.get("role") is None and d["value"] and
                 (d.get("measure") or self._moved_object(d))]
        body = [d for d in drafts if d["section"] not in _SUMMARY_SECTIONS]
        if not heads or not body:
            return
        lead = self.paragraph(body[0]["start"])
        for h in heads:
            words = (h.get("measure") or "").split()
            if len(words) > 1 and h.get("subject") and words[0] in str(h["subject"]).split():
                h["measure"] = " ".join(words[1:])  # "Heathrow passengers hit": passengers
            if h.get("measure") and any(
                    b.get("measure") == h["measure"] and b["unit"] == h["unit"] and
                    (b.get("role") is None and b.get("subject") == h.get("subject") or
                     b["value"] == h["value"]) for b in body):
                continue    # (restated already: "with 65 medals" over "finished with 65
                # medals, 14 gold, ...", not the "67 of Rio" after it)
            near = [b for b in body if b["unit"] == h["unit"] and b["value"] and
                    self.paragraph(b["start"]) == lead and
                    b.get("role") in (None, "of_whole", "portion") and
                    _value_gap(b, h) <= HEADLINE_NEAR and self._one_count(h, b)]
            b = min(near, key=lambda x: _value_gap(x, h), default=None)
            if b is None or (h.get("subject") and b.get("subject") is not None and
                             b["subject"] != h["subject"] and
                             self._named_in_body(h["subject"])):
                continue
            if b.get("measure") is None and h.get("measure"):
                b["measure"] = h["measure"]
                if "_basis" in b:
                    b["_basis"]["measure"] = "carried from the headline"
            if b.get("subject") is None and h.get("subject"):
                # "# Morocco earthquake kills 820" over "The earthquake that struck Morocco's Al
                # Haouz province has killed 820 people": the lead names no one the toll is of
                b["subject"] = h["subject"]
                if "_basis" in b:
                    b["_basis"]["subject"] = "carried from the headline"
            h["measure"], h["subject"] = b["measure"], b.get("subject") or h.get("subject")
            if h.get("period") is None:
                h["period"], h["cumulative"] = b.get("period"), b.get("cumulative")

    def _one_count(self, h: dict[str, Any], b: dict[str, Any]) -> bool:
        """Whether lead figure ``b`` may count what headline figure ``h`` counts: the same
        measure; none, in a sentence that writes the headline's measure or noun; or a verb
        whose noun (entities.yaml ``verb_nouns``) is the headline's noun."""
        if h.get("measure") is None:
            # ("pushes rates to 4.5%" over "raised interest rates ... to 4.5%")
            return b.get("measure") is not None and \
                self._stem_in_sentence(self._moved_object(h) or "", b)
        noun = lexicon.counted_noun(self.low, h["end"]) or None
        if b.get("measure") == h["measure"]:
            return True
        if b.get("measure") is None:
            if _WHO_CLAUSE.match(self.low, b["end"]):
                return False    # ("out of 54,218 who set off": those its own clause names)
            return any(self._stem_in_sentence(w, b) for w in (h["measure"], noun) if w)
        verb = b["measure"].split()[-1]
        said = _verb_nouns().get(verb)
        return said is not None and said in (noun, h["measure"])

    def _moved_object(self, d: dict[str, Any]) -> str:
        """The noun a headline moves to figure ``d`` when its measure names none ("rates" in
        "Stubborn inflation pushes rates to 4.5%"), or ""."""
        m = _MOVED_TO_FIGURE.search(self.low, max(d["sentence"][0], d["start"] - 40), d["start"])
        return m.group(1) if m else ""

    def _named_in_body(self, subject: str) -> bool:
        """Whether the body writes ``subject`` (a headline's entity): its first word, or for a
        vocabulary subject any of its aliases ("global" of the world, "the UK")."""
        names = [subject.split()[0]] + [a for a, sid in self.lex.alias_subject.items()
                                        if sid == subject]
        word = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
        return any(self.section(m.start()) not in _SUMMARY_SECTIONS
                   for m in word.finditer(self.low))

    def _stem_in_sentence(self, words: str, d: dict[str, Any]) -> bool:
        """Whether the sentence of ``d`` writes the stem of the last of ``words`` (a
        headline figure's measure or counted noun: "net migration" in "Net migration to the
        UK fell to", "money raised" in "beating the £26.3m raised", "sale" in "chart sales
        of 261,000"): a measure read from the headline's other words ("goes straight to
        Number 1") is no measure of the lead's figure."""
        stem = words.split()[-1][:5]
        return len(stem) >= 4 and re.search(r"\b" + re.escape(stem),
                                            self.low[d["sentence"][0]:d["sentence"][1]]) is not None

    def _names_own_noun(self, d: dict[str, Any]) -> bool:
        """Whether a figure names what it counts right after it ("dozens of pieces of
        equipment", "12 drones"), not only when ("16.5 million in March")."""
        noun = d.get("_noun")
        if noun is None:
            return False
        first = self.low[noun[0]:noun[1]].split(None, 1)[:1]
        return bool(first) and (first[0] == "of" or first[0] not in lexicon.NOUN_BREAK)

    def _summary_periods(self, drafts: list[dict[str, Any]]) -> None:
        """A headline or key-point figure with no period restates the body: it takes the
        period (and running-total flag) of the first body figure of the same measure, unit and
        value that has one ("UK inflation climbs to 2.6%" above "... to 2.6% in November");
        likewise an undated body figure restating a key point."""
        wanted = {d["value"] for d in drafts
                  if d.get("period") is None and d.get("measure") is not None}
        if not wanted:
            return
        body: dict[tuple[Any, Any, Any], dict[str, Any]] = {}
        summary: dict[tuple[Any, Any, Any], dict[str, Any]] = {}
        for d in drafts:
            if d["value"] not in wanted or d.get("period") is None or d.get("measure") is None:
                continue
            side = summary if d["section"] in ("headline", "keypoints") else body
            side.setdefault((d["measure"], d["unit"], d["value"]), d)
        if not (body or summary):
            return
        for d in drafts:
            if d.get("period") is not None or d.get("measure") is None:
                continue
            # and the other way round: an undated body figure restating a key point
            # ("rose by 13 to 10,014" under "Tanks destroyed since February 2022: 10,014")
            other = body if d["section"] in ("headline", "keypoints") else summary
            src = other.get((d["measure"], d["unit"], d["value"]))
            if src is not None:
                d["period"] = src["period"]
                d["cumulative"] = src["cumulative"]
                if "_basis" in d:
                    d["_basis"]["period"] = d["_basis"]["scope"] = (
                        "carried from the body" if other is body else
                        "carried from the key points")

    def _headline_periods(self, drafts: list[dict[str, Any]]) -> None:
        """An undated headline or key-point figure that restates no body figure exactly is
        about the story's first body figure of its measure, unit and subject when the two are
        within a factor of three ("Russia loses 1,900 troops" above "lost 1,600 troops over
        the past 24 hours"): it takes that figure's period, so a wrong headline is compared.
        A figure further off ("passes 10,000 tanks" above "13 tanks in a day") is about
        another scope and stays undated, and so does a compared value ("up from 13%")."""
        first: dict[tuple[Any, Any], list[dict[str, Any]]] = {}
        same: dict[tuple[Any, Any, Any], dict[str, Any]] = {}
        dated = [d for d in drafts if d["section"] not in ("headline", "keypoints")
                 and d.get("period") is not None and d.get("role") is None and d["value"]]
        for d in drafts:
            if d["section"] not in ("headline", "keypoints") and d.get("measure") is not None \
                    and d.get("period") is None:
                # a body figure the headline repeats, undated: the headline restates it and
                # stays undated too ("Congress wins Punjab with 77 seats" over "won 77 of the
                # 117 seats", never the 46 it held after the 2012 election)
                same.setdefault((d["measure"], d["unit"], d["value"]), d)
            elif d["section"] not in ("headline", "keypoints") and d.get("period") is not None \
                    and d.get("measure") is not None and d.get("role") is None:
                first.setdefault((d["measure"], d["unit"]), []).append(d)
                # (a body figure the headline repeats word for word is the one it restates:
                # "Tesla profit falls 39% to $7.9 billion" is the quarter's, not the year's)
                same.setdefault((d["measure"], d["unit"], d["value"]), d)
        if not first:
            return
        for d in drafts:
            if d["section"] not in ("headline", "keypoints") or d.get("period") is not None \
                    or d.get("measure") is None or d.get("cumulative") \
                    or _COMPARED_LEAD.search(self.low, max(0, d["start"] - 40), d["start"]):
                continue    # (a compared value: "up from 13%"; a qualified one is the body's
                # too: "Measles cases pass 700" over "733 cases since 1 October", never last
                # year's 368)
            # (else the body's first dated figure of its measure, unless it is far from the
            # headline's value and another is near: "Global cases pass 1.2 million" is the total
            # of 1,211,961, not the 518,122 new since a date; a mistyped headline, "16.86m
            # tonnes" over 16.68 million, stays with the first)
            cands = first.get((d["measure"], d["unit"])) or [None]
            src = same.get((d["measure"], d["unit"], d["value"])) or \
                _held_in_range(d, cands[0], dated) or (
                cands[0] if _value_gap(cands[0], d) <= HEADLINE_NEAR else
                min(cands, key=lambda x: _value_gap(x, d)))
            if src is None or src.get("period") is None or (d.get("subject") and src.get("subject")
                               and d["subject"] != src["subject"]):
                continue
            a, b = abs(d["value"]), abs(src["value"])
            if a > 0 and b > 0 and max(a, b) <= 3 * min(a, b):
                d["period"] = src["period"]
                d["cumulative"] = src["cumulative"]
                if "_basis" in d:
                    d["_basis"]["period"] = d["_basis"]["scope"] = "carried from the body"

    @staticmethod
    def _carry_places(drafts: list[dict[str, Any]]) -> None:
        """A distance that names no place before any distance names one ("Troops 8 km away"
        in a headline) is about the place the next distance names."""
        waiting: list[list[tuple[str, Any]]] = []
        for d in drafts:
            extra = d["extra"]
            if not extra or not any(k == "place_carried" for k, _ in extra):
                named = next((v for k, v in extra if k == "place"), None) if extra else None
                if named and waiting:
                    for w in waiting:
                        w.append(("place", named))
                    waiting = []
                continue
            if not any(k == "place" for k, _ in extra):
                waiting.append(extra)
        for w in waiting:   # no distance names a place: nothing to carry
            w.remove(("place_carried", True))

    def relate(self, drafts: list[dict[str, Any]]) -> list[dict[str, Any]]:
        self._carry_places(drafts)
        self._summary_measures(drafts)
        self._summary_subjects(drafts)
        self._summary_periods(drafts)
        self._headline_periods(drafts)
        # "43.4 million tonnes, North America 30.8 million": listed_units.py
        listed_units(self.text, self.low, drafts)
        out = relate(self.text, self.low, drafts, self.lex)
        self._lead_restating_summary(out)
        for d in out:
            d.pop("_q", None)
            d.pop("_si", None)
            d.pop("_noun", None)
            d.pop("_of_which", None)
        return out
