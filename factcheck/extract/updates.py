"""Liveblog updates: the dated or timestamped parts of a running story.

A liveblog is one page of many updates, each written on its own day or at its own time, and
each restating the day's figures. Relative dates in an update ("over the past day",
"yesterday", "earlier today") are the update's, not the page's. ``find_updates(text,
pub_date)`` finds where updates begin and when each was written:

- a line that is only a date, a time or both, perhaps as a Markdown heading, in bold or with
  a label: "## 1 June 2024", "Tuesday 3 December", "**14:05 GMT**", "Updated 3 Dec 2024,
  09:10", "Posted: Monday, 2 December 2024 at 17:45";
- a heading, a bold run or a paragraph that opens with a time or a date and then its words:
  "### 14:05 GMT - Russia says ...", "**09:10** Kyiv's air force said ...",
  "17:20: Results are in from ...", "## 3 December: Strikes on the power grid".

Days are parsed with dateutil. A date written without a year takes the page's year, or the
year before when that would put it after publication; a later one takes the year that puts it
nearest the update before it (a liveblog runs across a new year, and a page's date may be
that of its first update or its last). A time alone keeps the day of the update before it (or the
publication date). A page is a liveblog only when it has at least two updates (one dateline
at the top is the page's own date, not an update); ``updates_from_meta`` reads updates listed
in front matter or JSONL instead (``updates: [{at: "2024-06-01 09:10", line: 12}, ...]``).

This module reads structure, like ``text.sections``: it must not read figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache
from typing import Any

from . import vocab


@dataclass(frozen=True, slots=True)
class Update:
    """One update: ``start``..``end`` in the text (``start`` at the start of its marker line),
    the day it was written (None when neither it nor anything before it says) and its time
    ("14:05", None when not given). ``label`` is the marker as written."""

    index: int
    start: int
    end: int
    day: date | None
    time: str | None
    label: str
    line: int             # 1-based line of the marker in the text

    @property
    def key(self) -> str:
        """A short id: "u3" (the third update)."""
        return f"u{self.index}"

    @property
    def when(self) -> str:
        """"2024-06-01 14:05", "2024-06-01", "14:05" or ""."""
        parts = [self.day.isoformat() if self.day else "", self.time or ""]
        return " ".join(p for p in parts if p)


_TZ = (r"(?:GMT|BST|UTC|CET|CEST|EET|EEST|MSK|IST|JST|AEST|AEDT|[ECMP][SD]?T|ET|PT|"
       r"local(?:\s+time)?|Kyiv(?:\s+time)?|Kyiv|Moscow(?:\s+time)?)")
_AMPM = r"(?:[ap]\.?\s?m\.?)"
# "14:05", "14.05", "2:05pm", "2.05 p.m.", "9am" (a bare hour only with am/pm)
_CLOCK = (rf"(?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*{_AMPM})?|(?:1[0-2]|0?[1-9])\s*{_AMPM})"
          rf"(?:\s*\(?{_TZ}\)?)?")
_LABEL = (r"(?:(?:last\s+|first\s+)?updated?|posted|published|breaking|live|as\s+of|"
          r"latest)(?:\s+(?:on|at))?\s*[:,\-–—|]?\s*")
# "1716: 100 seats to go": a 24-hour clock without a separator, only leading a paragraph and
# followed by a colon
_HHMM = r"(?:[01]\d|2[0-3])[0-5]\d(?=:\s)"
_SEP = r"\s*(?:[:\-–—|•]|,(?=\s))\s*"


@lru_cache(maxsize=1)
def _grammar() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]]:
    months = {str(k).lower(): int(v) for k, v in vocab.section("dates.yaml", "months").items()}
    weekdays = [str(k).lower() for k in vocab.section("dates.yaml", "weekdays")]
    mo = "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))
    wd = "|".join(sorted((re.escape(w) for w in weekdays), key=len, reverse=True))
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    month = rf"(?:{mo})\.?"
    date_ = (rf"(?:(?:{wd})\.?,?\s+(?:the\s+)?)?"
             rf"(?:{day}\s+(?:of\s+)?{month}(?:,?\s+\d{{4}})?"
             rf"|{month}\s+{day}(?:,?\s+\d{{4}})?"
             rf"|\d{{4}}-\d{{2}}-\d{{2}})")
    # a date and a time in either order: "3 Dec 2024, 09:10", "09:10 GMT, 3 December"
    stamp = (rf"(?P<d1>{date_})(?:(?:,|\s)\s*(?:at\s+)?(?P<t1>{_CLOCK}))?"
             rf"|(?P<t2>{_CLOCK})(?:(?:,|\s)\s*(?:on\s+)?(?P<d2>{date_}))?")
    # a whole line that is a stamp (heading marks, emphasis and a label allowed)
    line = re.compile(rf"[#>*_\s]*(?:{_LABEL})?(?:{stamp})[*_\s.]*", re.I)
    # a heading, bold run or paragraph opening with a stamp and then its own words
    lead = re.compile(
        rf"(?P<mark>#{{1,6}}\s+|\*\*|__)?\s*(?:{_LABEL})?(?:{stamp}|(?P<t3>{_HHMM}))"
        rf"\s*(?:\*\*|__)?(?P<sep>{_SEP}|\s+(?=[A-Z“\"']))", re.I)
    return line, lead, months


def _parse_day(text: str, pub: date | None, last: date | None) -> tuple[date | None, bool]:
    """(day, written with a year) for a written date; the year rules of the module doc."""
    from dateutil import parser as dateparser

    has_year = re.search(r"\d{4}", text) is not None
    clean = re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", text, flags=re.I).replace(".", " ")
    clean = re.sub(r"\bthe\b|\bof\b", " ", clean, flags=re.I)
    try:
        if has_year:
            return dateparser.parse(clean, dayfirst=True).date(), True
        if last is not None:
            # a later update continues the story: the year that puts it nearest the update
            # before it ("## 30 December 2024" then "## 2 January" is 2 January 2025, newest
            # first or oldest first), whether the page's date is its first or last update's
            got = [_in_year(dateparser, clean, y) for y in (last.year - 1, last.year,
                                                            last.year + 1)]
            got = [d for d in got if d is not None]
            wd = _weekday(text)
            # a weekday written with the date settles the year ("Tuesday 3 December")
            return (min(got, key=lambda d: (wd is not None and d.weekday() != wd,
                                            abs((d - last).days))) if got else None), False
        if pub is None:
            return None, False
        d = _in_year(dateparser, clean, pub.year)
    except (ValueError, OverflowError):
        return None, False
    if d is not None and d > pub:
        d = _in_year(dateparser, clean, pub.year - 1)    # the page's year, never after it
    return d, False


def _weekday(text: str) -> int | None:
    """The weekday written with a date (0 = Monday), or None."""
    names = {str(k).lower(): str(v).lower() for k, v in
             vocab.section("dates.yaml", "weekdays").items()}
    order = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    for w in re.findall(r"[a-z]+", text.lower()):
        if w in names and names[w] in order:
            return order.index(names[w])
    return None


def _in_year(dateparser, clean: str, year: int) -> date | None:
    try:
        return dateparser.parse(clean, default=datetime(year, 1, 1), dayfirst=True).date()
    except (ValueError, OverflowError):    # 29 February of a common year
        return None


def _parse_time(text: str | None) -> str | None:
    if not text:
        return None
    m = re.match(rf"(\d{{1,2}})(?:[:.]?(\d{{2}}))?\s*({_AMPM})?", text.strip(), re.I)
    if m is None:
        return None
    h, mi = int(m.group(1)), int(m.group(2) or 0)
    ampm = (m.group(3) or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    try:
        return time(h, mi).strftime("%H:%M")
    except ValueError:
        return None


_DIGIT = re.compile(r"\d")
_HEADER_LINES = 6
_DATELINE = re.compile(r"[#>*_\s]*(?:first\s+published|published|last\s+updated|updated|by\s)",
                       re.I)


def _markers(text: str) -> list[tuple[int, int, str | None, str | None, str]]:
    """(line start, line number, date text, time text, marker) of each marker line."""
    line_re, lead_re, _ = _grammar()
    out = []
    pos = 0
    n = len(text)
    lineno = 0
    seen_text = 0
    prev: int | None = None
    seen_prose = False
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl == -1 else nl
        lineno += 1
        raw = text[pos:end]
        stripped = raw.strip()
        # every stamp holds a digit (a day, a year, a clock): a line without one is none
        if stripped and len(stripped) <= 400 and _DIGIT.search(raw) is not None:
            m = line_re.fullmatch(raw)
            if m is None:
                m = lead_re.match(raw)
                if m is not None:
                    # a date opening a sentence is news ("1 June 2024 was the day..."), not an
                    # update: only a heading, a bold run or a time may lead an update's words
                    t = m.group("t1") or m.group("t2") or m.group("t3")
                    if not (m.group("mark") or t):
                        m = None
                    elif not m.group("mark") and not m.group("sep").strip() and \
                            not re.search(rf"{_AMPM}|{_TZ}|:", t, re.I) and not m.group("t3"):
                        m = None   # "2.50 Euros": a bare number, unless "14:05 Russia..."

            if m is not None:
                d = m.group("d1") or m.group("d2")
                t = m.group("t1") or m.group("t2") or m.groupdict().get("t3")
                # "Published: 3 December 2024" at the top of the page, before any update or
                # sentence, is the page's own dateline
                header = not out and not seen_prose and seen_text < _HEADER_LINES and \
                    _DATELINE.match(raw) is not None
                if not header:
                    start, line = pos, lineno
                    if prev is not None and line_re.fullmatch(raw) is not None:
                        # "Gaza death toll reaches 21,822" right above its stamp: the update's
                        # headline opens the update
                        start, line = prev, lineno - 1
                    out.append((start, line, d, t, m.group(0).strip(" #*_:-–—|•,")))
        # a short line with no closing stop, right above the next line: a possible headline
        prev = pos if stripped and len(stripped) <= 100 and stripped[-1] not in ".!?:;,\"”)" \
            and not (out and out[-1][0] == pos) else None
        if stripped:
            seen_text += 1
            # a sentence (not a title or a byline): the page's top is over
            seen_prose = seen_prose or stripped[-1] in ".!?"
        if nl == -1:
            break
        pos = nl + 1
    return out


def find_updates(text: str, pub_date: date | None) -> tuple[Update, ...]:
    """The updates of a liveblog, in text order; () for a page with fewer than two."""
    marks = _markers(text)
    if len(marks) < 2:
        return ()
    return _build(text, [(s, ln, d, t, label) for s, ln, d, t, label in marks], pub_date)


def _build(text: str, marks: list[tuple[int, int, str | None, str | None, str]],
           pub: date | None, days: list[date | None] | None = None) -> tuple[Update, ...]:
    out: list[Update] = []
    last_day: date | None = None
    for i, (s, ln, d, t, label) in enumerate(marks):
        day: date | None
        if days is not None:
            day = days[i]
        elif d:
            day, _ = _parse_day(d, pub, last_day)
        else:
            day = last_day if last_day is not None else pub
        if day is not None:
            last_day = day
        e = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        out.append(Update(index=i + 1, start=s, end=e, day=day, time=_parse_time(t),
                          label=label, line=ln))
    return tuple(out)


def updates_from_meta(text: str, meta: Any, pub_date: date | None) -> tuple[Update, ...]:
    """Updates listed in front matter or JSONL: ``updates: [{at: <date and time>, line: <line
    of the text, 1-based>}]`` (or ``start``: a character offset). Entries without a readable
    ``at`` or position are skipped; () when none is usable."""
    if not isinstance(meta, (list, tuple)):
        return ()
    from dateutil import parser as dateparser

    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    got = []
    for item in meta:
        item = dict(item) if isinstance(item, (list, tuple)) else item
        if not isinstance(item, dict):
            continue
        at = item.get("at")
        pos = item.get("start")
        if pos is None and isinstance(item.get("line"), int):
            ln = item["line"]
            pos = line_starts[ln - 1] if 1 <= ln <= len(line_starts) else None
        if not isinstance(pos, int) or not 0 <= pos <= len(text):
            continue
        try:
            dt = dateparser.parse(str(at))
        except (ValueError, OverflowError, TypeError):
            continue
        tm = dt.strftime("%H:%M") if (dt.hour, dt.minute) != (0, 0) or ":" in str(at) else None
        got.append((pos, dt.date(), tm, str(at)))
    if not got:
        return ()
    got.sort(key=lambda g: g[0])
    marks, line, at = [], 1, 0       # lines counted forward: the marks are in text order
    for p, _, tm, label in got:
        line, at = line + text.count("\n", at, p), p
        marks.append((p, line, None, tm, label))
    return _build(text, marks, pub_date, days=[g[1] for g in got])


def document_updates(doc: Any) -> tuple[Update, ...]:
    """The updates of a ``Document``: those its front matter or JSONL line lists
    (``updates``), else those its text marks."""
    listed = dict(doc.meta).get("updates") if doc.meta else None
    if listed:
        got = updates_from_meta(doc.text or "", listed, doc.date)
        if got:
            return got
    return find_updates(doc.text or "", doc.date)


def update_at(updates: tuple[Update, ...], offset: int) -> Update | None:
    """The update that holds ``offset`` (None before the first one or without updates)."""
    found = None
    for u in updates:
        if u.start > offset:
            break
        found = u
    return found


__all__ = ["Update", "document_updates", "find_updates", "update_at", "updates_from_meta"]
