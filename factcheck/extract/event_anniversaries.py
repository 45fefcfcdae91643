"""Days counted from an event the text names (issue #12, dates39): "A year to the day after
the bombing", "two years to the day since the crash", "on the first anniversary of the
attack" are the event's day moved on by the years (months, weeks) written.

The event's day is read from the text: the nearest single day written before the phrase (else
after it) within ``EVENT_WINDOW`` characters, in a sentence that names the event's noun (its
first five letters: "bombing" matches "bombed", "bombers"). With no such day the phrase
still stands as a date with no day (``start_date`` None): the figure beside it takes no other
period, and ``UNDATED_EVENT_WHY`` says why it is not checkable.

An ordinal anniversary with a year of its own ("the 40th anniversary of the 1984 strike") is
``dates._anniversary_years``'; only "the Nth anniversary of the <noun>" with no year in it is
read here, and only when the event's day is found (an anniversary day left unread is no
claim's period: a year's anniversary may be read elsewhere)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dateutil.relativedelta import relativedelta

from .text import ci_word_alternation

EVENT_WINDOW = 1500     # characters each side of the phrase the event's day may stand in
UNDATED_EVENT_WHY = "event_day_unwritten"     # the claim extra naming the phrase left undated

_NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30, "fifty": 50}
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
        "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "twentieth": 20, "fiftieth": 50}
_S = r"[ \u00a0]+"
_TO_THE_DAY = re.compile(
    rf"(?i)\b(?P<n>\d{{1,3}}|{'|'.join(sorted(_NUM, key=len, reverse=True))}){_S}"
    rf"(?P<unit>year|month|week)s?{_S}to{_S}the{_S}day{_S}(?P<dir>after|since|from|before)"
    rf"{_S}(?:the|its|his|her|their|that|this){_S}(?P<noun>[a-z][a-z-]{{3,}})")
_NTH_ANNIVERSARY = re.compile(
    rf"(?i)\b(?:the|its|their){_S}(?P<n>\d{{1,3}}(?:st|nd|rd|th)|"
    rf"{'|'.join(_ORD)}){_S}anniversary{_S}of{_S}(?:the|its|his|her|their|that){_S}"
    rf"(?P<noun>[a-z][a-z-]{{3,}})")
# "his first 100 days", "the government's first six months in office": a span counted from
# the day a term began, written in its sentence or the one before
# (the determiner written by ci_word_alternation: a leading "\\b" under IGNORECASE made the
# engine try the pattern at every position of the text)
_FIRST_N = re.compile(
    ci_word_alternation(["his", "her", "their", "its", "the"]) +
    rf"(?i:{_S}(?:[a-z]+['’]s{_S})?first{_S}"
    rf"(?P<n>\d{{1,3}}|{'|'.join(sorted(_NUM, key=len, reverse=True))}){_S}"
    rf"(?P<unit>days|weeks|months)\b)")
# what starts a term the span is counted from ("took office on January 20", "was sworn in")
_TERM_START = re.compile(r"(?i)\b(?:took|taking|takes|assumed)[ \u00a0]+(?:office|power|"
                         r"over)|sworn[ \u00a0]+in|inaugurat|came[ \u00a0]+to[ \u00a0]+power|"
                         r"\b(?:began|begins|started|starts|opened|opens|launched)\b")
_STOP = re.compile(r"[.!?](?=[\"'\u201d\u2019)]*(?:[ \u00a0\n]|$))|\n")


def _count(word: str) -> int | None:
    w = word.lower()
    if w[:1].isdigit():
        return int(re.match(r"\d+", w).group(0))
    return _NUM.get(w, _ORD.get(w))


def _sentence(text: str, a: int, b: int) -> tuple[int, int]:
    """The bounds of the sentence holding text[a:b] (at most 400 characters each side)."""
    lo = max(0, a - 400)
    start = lo
    for s in _STOP.finditer(text, lo, a):
        start = s.end()
    stop = _STOP.search(text, b, min(len(text), b + 400))
    return start, stop.start() if stop is not None else min(len(text), b + 400)


def _overlaps(starts: list[int], out: list, a: int, b: int) -> bool:
    """Whether a mention of ``out`` (sorted, ``starts`` their starts) overlaps [a, b)."""
    k = bisect_left(starts, b) - 1
    return any(0 <= j and out[j].end > a for j in (k, k - 1))


def _event_day(text: str, out: list, starts: list[int], a: int, b: int, stem: str):
    """The nearest single written day before [a, b) (else after it) within ``EVENT_WINDOW``
    whose sentence names ``stem``, or None (only the mentions in the window are looked at:
    ``starts`` are their starts, sorted)."""
    lo, hi = bisect_left(starts, a - EVENT_WINDOW - 200), bisect_right(starts, b + EVENT_WINDOW)
    near = out[lo:hi]
    before = [dm for dm in near if dm.end <= a and a - dm.end <= EVENT_WINDOW]
    after = [dm for dm in near if dm.start >= b and dm.start - b <= EVENT_WINDOW]
    for dm in list(reversed(before)) + after:
        if dm.kind != "date" or dm.start_date is None or dm.start_date != dm.end_date:
            continue
        s, e = _sentence(text, dm.start, dm.end)
        if stem in text[s:e].lower():
            return dm.start_date
    return None


def first_spans(text: str, out: list, make) -> list:
    """``out`` with each "his first 100 days" read from the day the term began, when a single
    day stands before it in its sentence or the one before, in a sentence that says a term
    began ("took office on January 20"); ``make(start, end, words, first, last)``."""
    added = []
    starts = [d.start for d in out]
    for m in _FIRST_N.finditer(text):
        if _overlaps(starts, out, m.start(), m.end()):
            continue
        s, _ = _sentence(text, m.start(), m.end())
        lo, _ = _sentence(text, max(0, s - 2), max(0, s - 1)) if s else (s, s)
        k = bisect_left(starts, m.start()) - 1
        day = out[k] if k >= 0 and out[k].start >= lo and out[k].end <= m.start() else None
        if day is None or day.kind != "date" or day.start_date is None or \
                day.start_date != day.end_date:
            continue
        a, b = _sentence(text, day.start, day.end)
        if _TERM_START.search(text, a, b) is None:
            continue
        n, unit = _count(m.group("n")), m.group("unit").lower()
        last = day.start_date + relativedelta(**{unit: n}) - relativedelta(days=1)
        added.append(make(m.start(), m.end(), m.group(0), day.start_date, last))
    if not added:
        return out
    return sorted(out + added, key=lambda d: d.start)


def unread_first_spans(text: str, dates: list) -> list[tuple[int, int, str]]:
    """Each "his first 100 days" ``first_spans`` left unread (no day a term began written
    before it): (start, end, words), so a figure it dates can say why it has no period."""
    read = sorted((d.start, d.end) for d in dates if d.start_date is not None)
    starts = [a for a, _ in read]
    out = []
    for m in _FIRST_N.finditer(text):
        k = bisect_left(starts, m.end()) - 1
        if k >= 0 and read[k][1] > m.start():
            continue
        out.append((m.start(), m.end(), m.group(0)))
    return out


def event_anniversaries(text: str, out: list, make) -> list:
    """``out`` with each "N years to the day after the <event>" (and "the Nth anniversary of
    the <event>" whose day is found) read as the event's day moved on; ``make(start, end,
    words, day)`` builds a mention (``day`` None when the event's day is not written)."""
    added = []
    starts = [d.start for d in out]
    for rx in (_TO_THE_DAY, _NTH_ANNIVERSARY):
        for m in rx.finditer(text):
            if _overlaps(starts, out, m.start(), m.end()) or \
                    added and added[-1].end > m.start() and m.end() > added[-1].start:
                continue
            n = _count(m.group("n"))
            noun = m.group("noun").lower()
            if not n or noun in ("same", "very", "date"):
                continue
            unit = (m.groupdict().get("unit") or "year").lower()
            sign = -1 if (m.groupdict().get("dir") or "").lower() == "before" else 1
            day = _event_day(text, out, starts, m.start(), m.end(), noun[:5])
            if day is not None:
                day = day + sign * relativedelta(**{unit + "s": n})
            elif rx is _NTH_ANNIVERSARY:
                continue
            added.append(make(m.start(), m.end(), m.group(0), day))
    if not added:
        return out
    return sorted(out + added, key=lambda d: d.start)



