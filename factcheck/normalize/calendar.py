"""The dates and periods a text states, read as the date checks need them.

The extractor finds date mentions one by one ("Monday", "17 December 2024", "1 January",
"31 March"); the checks want what the text *states* about days: a weekday stated for a day
("Monday, 17 December 2024", where the extractor reads the weekday as a mention of its own), a
day written out or only implied ("yesterday" has no stated weekday to check), whether the
sentence speaks of the future ("will", "scheduled", "next"), and a period written as two dates
("from 1 January to 31 March", "between 3 and 9 May", the years of the ends guessed together).
``stated_dates`` settles these from the text once, in normalization, so the engine's facts
(``engine_facts``) are built from these records and never read the text themselves.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date

from ..extract import Mentions, StatedAnniversary, StatedDate, StatedPeriod
from ..extract.date_forms import years_ago
from ..extract.dates import DateMention
from ..extract.updates import Update, update_at

FUTURE_CUES = re.compile(r"\b(will|shall|scheduled|expected|expects|due|plans?|planned|"
                         r"upcoming|next|forecasts?|deadline|until|projected|projections?)\b|"
                         # a projection: "The Census Bureau projects the US population at ..."
                         # (not the noun: "the projects were finished on ...")
                         r"\bprojects?[ \u00a0]+(?:that|the|an?|its|their)\b|"
                         # a plan reported in the past: "said it would remove 1,300 posts by
                         # the end of March 2024" (not "would have")
                         r"\bwould\b(?![ \u00a0]+(?:not[ \u00a0]+)?have\b)", re.I)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_MONTH = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
                        r"oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                        r"\s+\d{1,2}\b", re.I)
_JOIN_WEEKDAY = re.compile(r"^,?\s*(?:the\s+)?$")
_JOIN_PERIOD = re.compile(r"^\s*(?:to|until|till|through|and|-|–|—)\s*$", re.I)
_PERIOD_START = re.compile(r"\b(?:from|between)\s*$", re.I)


def stated_dates(text: str, found: Mentions, updates: Sequence[Update], pub: date | None
                 ) -> tuple[tuple[StatedDate, ...], tuple[StatedPeriod, ...]]:
    """The single days and the periods ``text`` states (see the module doc), in text order;
    ``pub`` is the page's publication date, a liveblog update's own day taking its place for
    the dates inside it."""
    mentions = sorted(found.dates, key=lambda m: m.start)
    return (_days(text, found, mentions, updates, pub),
            _periods(text, mentions))


def _explicit(text: str, m: DateMention) -> bool:
    """A date written out: not resolved against publication, or a day and month without a
    year ("Tuesday, 18 December", which the extractor puts in the year nearest publication)."""
    return not m.relative or _DAY_MONTH.search(text, m.start, m.end) is not None


def _days(text: str, found: Mentions, mentions: list[DateMention], updates: Sequence[Update],
          pub: date | None) -> tuple[StatedDate, ...]:
    starts = [s for s, _ in found.sentences]
    future: dict[tuple[int, int], bool] = {}
    out = []
    for i, m in enumerate(mentions):
        if m.start_date is None or not (
                (m.kind == "date" and m.start_date == m.end_date) or _since_day(m) or
                _past_event_year(text, m) or _since_after_end(m) or _counted_month(text, m)):
            continue
        weekday, start, explicit = m.weekday, m.start, _explicit(text, m)
        if m.kind == "year":
            start = m.end - 4   # the year as written, its first day the earliest it can be
        if m.kind == "since" and m.weekday:
            # "since it broke out on Friday, Sept. 15": the day the span opens on is stated
            start = m.start + text[m.start:m.end].lower().rfind(m.weekday.lower())
        prev = mentions[i - 1] if i else None
        # "Monday, 17 December 2024": the weekday, read as a mention of its own, is this day's
        if (weekday is None and explicit and prev is not None and prev.weekday
                and prev.kind == "date" and _JOIN_WEEKDAY.match(text[prev.end:m.start])):
            weekday, start = prev.weekday, prev.start
        if m.relative and m.weekday and i + 1 < len(mentions) and \
                _JOIN_WEEKDAY.match(text[m.end:mentions[i + 1].start]) and \
                _explicit(text, mentions[i + 1]):
            continue            # the weekday belongs to the explicit date that follows
        # in a liveblog, "published" is when the update holding the date was written
        u = update_at(tuple(updates), m.start) if updates else None
        span = _sentence_of(found.sentences, starts, m.start, m.end)
        if span not in future:      # once per sentence
            future[span] = FUTURE_CUES.search(text[span[0]:span[1]]) is not None
        out.append(StatedDate(
            index=i, start=start, end=m.end, text=text[start:m.end], day=m.start_date,
            published=(u.day if u is not None and u.day else None) or pub,
            relative=m.relative and not _since_after_end(m),
            weekday=(weekday or "").lower() if explicit else "",
            future=future[span]))
    return tuple(out)


# the words before a year that date a past event to it: "the record of 35.6C, set in 1976",
# "the figure recorded in 2019", "a high reached back in 2008"
_PAST_EVENT_BEFORE = re.compile(r"\b(?:set|recorded|established|broken|measured|registered|"
                                r"reached|achieved|"
                                # (the start of what a record is counted from: "the lowest
                                # since the survey began in 1981", "records began in 1910")
                                r"began|started|opened|founded)(?:[ \u00a0]+back)?[ \u00a0]+$",
                                re.I)


def _past_event_year(text: str, m: DateMention) -> bool:
    """Whether a year mention ("in 1976") dates a past event its words name just before it
    ("set in 1976"): the whole year then stands as a day the check can put against the
    publication date (its first day: a year after publication's cannot be past)."""
    return m.kind == "year" and m.granularity == "year" and not m.relative and \
        m.text.lower().startswith("in") and m.text[-4:].isdigit() and \
        _PAST_EVENT_BEFORE.search(text, max(0, m.start - 30), m.start) is not None


# a count right before the "of" of a month it was counted in: "the 1,365 insolvencies of ",
# "the 891 of " (a figure, up to two words, then "of")
_COUNT_OF_MONTH = re.compile(r"\d[\d,.]*(?:[ \u00a0]+[a-z]+){0,2}[ \u00a0]+of[ \u00a0]+$", re.I)


def _counted_month(text: str, m: DateMention) -> bool:
    """Whether a month written with its year ("August 2024") is the month a count right before
    it was counted in ("the 1,365 insolvencies of August 2024"): a count of a month is known
    only once the month is over, so the month stands as a day the check puts against the
    publication date (its first day: a month that begins after publication cannot have been
    counted)."""
    return m.granularity == "month" and not m.relative and m.text[-4:].isdigit() and \
        _COUNT_OF_MONTH.search(text, max(0, m.start - 40), m.start) is not None


# a year mention counted from an event's year: "80th anniversary of the 1944" (extract.dates
# ``_anniversary_years``), its count and the event's year
_ANNIVERSARY = re.compile(r"(?i)^(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\b.*?"
                          r"(?P<y>\d{4})$")


def stated_anniversaries(text: str, found: Mentions, updates: Sequence[Update],
                         pub: date | None) -> tuple[StatedAnniversary, ...]:
    """The anniversaries ``text`` counts from a year ("on the 80th anniversary of the 1944
    landings"), each with the year of publication (a liveblog update's own) and whether its
    sentence speaks of another time than publication's year: a future cue ("will mark"), or
    another date of another year ("last year's 79th anniversary of ..." is not this year's)."""
    mentions = sorted(found.dates, key=lambda m: m.start)
    starts = [s for s, _ in found.sentences]
    out = []
    for i, m in enumerate(mentions):
        a = _ANNIVERSARY.match(m.text) if m.kind == "year" and "anniversary" in m.text else None
        if a is None and (ago := _ago_with_date(text, mentions, i) or
                          _date_then_ago(text, mentions, i, pub)) is not None:
            # "Thirty years ago today, on January 17, 1995": the count and the date's year
            nth, event = ago
            out.append(StatedAnniversary(
                index=i, start=m.start, end=m.end, text=m.text, nth=nth, event_year=event,
                year=event + nth, published=pub, elsewhen=False))
            continue
        if a is None or m.start_date is None:
            continue
        u = update_at(tuple(updates), m.start) if updates else None
        published = (u.day if u is not None and u.day else None) or pub
        s0, s1 = _sentence_of(found.sentences, starts, m.start, m.end)
        other_year = any(o is not m and s0 <= o.start < s1 and o.start_date is not None and
                         published is not None and
                         not (o.start_date.year <= published.year <= (o.end_date or
                                                                       o.start_date).year)
                         for o in mentions)
        out.append(StatedAnniversary(
            index=i, start=m.start, end=m.end, text=m.text, nth=int(a.group("n")),
            event_year=int(a.group("y")), year=m.start_date.year, published=published,
            elsewhen=other_year or FUTURE_CUES.search(text[s0:s1]) is not None))
    return tuple(out)


# the words between "N years ago (today)" and the date it restates: ", on ", " (", " in "
_AGO_DATE_GAP = re.compile(r"[ \u00a0]*(?:[,(—–][ \u00a0]*)?(?:on|in)?[ \u00a0]*")


def _ago_with_date(text: str, mentions: list[DateMention], i: int) -> tuple[int, int] | None:
    """(N, the year) for "N years ago" restated by the date right after it ("Twenty-five years
    ago today, on January 17, 1995"; "30 years ago, in 1994"): the two must name one year."""
    m = mentions[i]
    if not m.relative or i + 1 >= len(mentions) or (n := years_ago(m.text)) is None:
        return None
    o = mentions[i + 1]
    if o.relative or o.start_date is None or o.kind not in ("date", "year") or \
            not _AGO_DATE_GAP.fullmatch(text, m.end, o.start):
        return None
    return n, o.start_date.year


# the words between a date and the "N years ago" set right after it: "in 1940, 83 years ago"
_DATE_AGO_GAP = re.compile(r"[ \u00a0]*[,(—–][ \u00a0]*")
_ENDS_ON_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d$")


def _date_then_ago(text: str, mentions: list[DateMention], i: int, pub: date | None
                   ) -> tuple[int, int] | None:
    """(N, the year) for "N years ago" set right after the date it restates ("since records
    began in 1940, 83 years ago"; "set in July 2009, 14 years ago"), with no hedge between
    ("more than six years ago" is not a count of whole years). A month or a day counts whole
    years only once its day of the year has passed at publication (in March, "July 2009"
    is 13 or 14 years back as the writer counts), so it is read only then."""
    m = mentions[i]
    if not m.relative or i == 0 or pub is None or (n := years_ago(m.text)) is None:
        return None
    o = mentions[i - 1]
    # ("since records began in 1940": a span from a year, which restates that year)
    from_year = o.kind == "since" and _ENDS_ON_YEAR.search(o.text) is not None
    if (o.relative and not from_year) or o.start_date is None or o.end_date is None or \
            (o.kind not in ("date", "month", "year") and not from_year) or \
            not _DATE_AGO_GAP.fullmatch(text, o.end, m.start):
        return None
    if o.kind != "year" and not from_year and (pub.month, pub.day) < (o.end_date.month, o.end_date.day):
        return None
    return n, o.start_date.year


def _since_after_end(m: DateMention) -> bool:
    """A span "since" a written month or year that opens after it ends (publication): "the
    fastest annual rise since July 2014" in a story of November 2013 (lead42). Its first day
    is stated as surely as a date; a span cannot open after the day it is counted to."""
    return m.kind == "since" and m.start_date is not None and m.end_date is not None and \
        m.start_date > m.end_date and _WRITTEN_YEAR.search(m.text) is not None


_WRITTEN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _since_day(m: DateMention) -> bool:
    """A span that opens on a day named with its weekday ("since it broke out on Friday,
    Sept. 15", "from Monday 23 March" with no end): that day is stated as surely as a bare
    date, and its weekday can be wrong."""
    return m.kind in ("since", "onward") and bool(m.weekday) and m.granularity == "day"


def _periods(text: str, mentions: list[DateMention]) -> tuple[StatedPeriod, ...]:
    """One period mention ("from 7 to 13 December"), or two dates joined as a range."""
    out = []
    for i, m in enumerate(mentions):
        a = b = None
        if m.kind == "period" and m.start_date and m.end_date and not m.relative:
            a, b, s0, e0 = m.start_date, m.end_date, m.start, m.end
        elif (i + 1 < len(mentions) and m.start_date and mentions[i + 1].end_date
              and _JOIN_PERIOD.match(text[m.end:mentions[i + 1].start])
              and _PERIOD_START.search(text[max(0, m.start - 12):m.start])):
            n = mentions[i + 1]
            a, b, s0, e0 = m.start_date, n.end_date, m.start, n.end
            a, b = _same_year(a, b, m.relative, n.relative)
        if a is None or b is None:
            continue
        out.append(StatedPeriod(index=i, start=s0, end=e0, text=text[s0:e0], first=a, last=b))
    return tuple(out)


def _sentence_of(sentences: Sequence[tuple[int, int]], starts: Sequence[int], start: int,
                 end: int) -> tuple[int, int]:
    """The extractor's sentence that holds [start, end) (the span itself when none does)."""
    k = bisect_right(starts, start) - 1
    if k >= 0 and sentences[k][1] >= end:
        return sentences[k]
    return start, end


def _same_year(a: date, b: date, a_guessed: bool, b_guessed: bool) -> tuple[date, date]:
    """A range written without years ("from 1 January to 31 December") is one stretch of one
    year: the extractor guesses each end's year on its own, which can reverse it."""
    if a <= b or not (a_guessed or b_guessed):
        return a, b
    try:
        if a_guessed:
            return a.replace(year=b.year), b
        return a, b.replace(year=a.year)
    except ValueError:          # 29 February
        return a, b


__all__ = ["FUTURE_CUES", "WEEKDAYS", "stated_anniversaries", "stated_dates"]
