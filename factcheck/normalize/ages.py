"""Ages and spans of years set against the dates the story gives (issue #11, everyday68).

Obituaries and anniversaries state the same stretch of time twice, as a date and as a number
of years: "Born on 5 August 1930 ... he has died aged 82" (published 26 August 2012); "He was
38 when he stepped on to the lunar surface on 20 July 1969"; "three years after commanding
Gemini 8 in March 1966" (in a sentence dated 20 July 1969); "50 years since the landing in
1969". This pass reads them and sets ``("elapsed", {"lo": ..., "hi": ..., "said": ...})`` on
the figure of years: the whole numbers of years the dates allow, every reading of their
precision (a year alone is any of its days; a death "has died", undated, is any day of the
week before publication) and of the words ("three years after" is any stretch less than a
year away from three; an age is the completed years) taken together. The arithmetic rule
holds the figure to that range.

Read only when it is plain whose age it is: the story states exactly one birth date (one
person's story), and the sentence of the age opens on "he", "she" or a name of the story's
first line and names no relative ("his wife", "her son") before the age. An age needs a date
in its own sentence (or, for a death, the publication date); a span needs its two dates in
its sentence. The words are rules/vocab/ages.yaml. This module reads words; it never judges.
"""

from __future__ import annotations

import math
import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from ..extract import vocab

# how long before publication an undated death ("has died aged 82") may have been
_DEATH_WINDOW = timedelta(days=10)
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

# a day's earliest and latest readings: (first, last)
_Span = tuple[date, date]


@lru_cache(maxsize=1)
def _words() -> dict[str, re.Pattern[str]]:
    data = vocab.load("ages.yaml")
    months = "|".join(sorted(_months(), key=len, reverse=True))
    fill = {"MONTH": months}
    out = {k: re.compile(str(data[k]).replace("MONTH", fill["MONTH"]))
           for k in ("date", "age_before", "was_before", "age_after", "died", "relative",
                     "span_after", "span_since", "opener", "thing_age_now", "thing_age_after",
                     "person_before")}
    out["born"] = re.compile(str(data["born_before"]) + out["date"].pattern)
    out["opened"] = re.compile(str(data["opened_before"]) + out["date"].pattern)
    return out


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    names = ["january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december"]
    out = {m: i for i, m in enumerate(names, 1)}
    out.update({m[:3]: i for i, m in enumerate(names, 1) if m != "may"})
    out["sept"] = 9
    return out


def _span_of(m: re.Match[str]) -> _Span | None:
    """The first and last day a date written as ``m`` (of ``_words()["date"]``) may be."""
    y = int(m.group("y"))
    mon = m.group("m") or m.group("m2")
    day = m.group("d") or m.group("d2")
    try:
        if mon is None:
            return date(y, 1, 1), date(y, 12, 31)
        k = _months()[mon.rstrip(".")]
        if day is None:
            last = (date(y + (k == 12), k % 12 + 1, 1) - timedelta(days=1))
            return date(y, k, 1), last
        return date(y, k, int(day)), date(y, k, int(day))
    except (ValueError, KeyError):
        return None


def _dates_in(low: str, start: int, end: int) -> list[tuple[int, int, _Span]]:
    """Every date written in ``low[start:end]``: (start, end, its span of days)."""
    out = []
    for m in _words()["date"].finditer(low, start, end):
        span = _span_of(m)
        if span is not None:
            out.append((m.start(), m.end(), span))
    return out


def _birth(low: str) -> tuple[_Span, int] | None:
    """The story's one birth date (its days, and where its sentence's words stand), or None
    when the story states none or more than one."""
    found = {(_span_of(m), m.start()) for m in _words()["born"].finditer(low)}
    spans = {s for s, _ in found if s is not None}
    if len(spans) != 1:
        return None
    return next((s, p) for s, p in found if s is not None)


def _years_between(a: date, b: date) -> int:
    """Completed years from day ``a`` to day ``b``."""
    return b.year - a.year - ((b.month, b.day) < (a.month, a.day))


def _opener_ok(low: str, sentence: tuple[int, int], pos: int, names: frozenset[str]) -> bool:
    """Whether the sentence before ``pos`` is about the story's one person: it opens on
    "he"/"she", "born" (the story's one birth) or a name of the first line, and names no
    relative before ``pos``."""
    head = low[sentence[0]:pos]
    m = _words()["opener"].match(head)
    if m is None:
        return False
    first = m.group("w")
    if first not in ("he", "she", "born") and first not in names:
        return False
    return _words()["relative"].search(head) is None


def _age_said(birth: _Span, when: _Span, died: bool) -> tuple[int, int, str]:
    lo = _years_between(birth[1], when[0])
    hi = _years_between(birth[0], when[1])
    at = "at death" if died else "on " + show_span(when)
    said = f"born {show_span(birth)}, {at} the age is " + (f"{lo}" if lo == hi else f"{lo} or {hi}")
    return lo, hi, said


def show_span(span: _Span) -> str:
    """A stretch of days as the messages write it: "4 May 1979", "May 1979", "1979", or its
    two ISO ends (also read by normalize/elapsed_spans.py)."""
    a, b = span
    if a == b:
        return f"{a.day} {a.strftime('%B')} {a.year}"
    if a.month == b.month and a.year == b.year:
        return f"{a.strftime('%B')} {a.year}"
    return f"{a.year}" if a.year == b.year else f"{a} to {b}"


def _figure_years(text: str) -> int | None:
    t = text.strip().lower().split()[0] if text.strip() else ""
    if t.isdigit():
        return int(t)
    return _WORD_NUMBERS.get(t)


def _age_of(low: str, d: dict[str, Any], birth: _Span, pub: date | None,
            names: frozenset[str]) -> tuple[int, int, str] | None:
    """The ages the dates allow for age figure ``d`` ("aged 82", "was 38 when ..."), or None."""
    w = _words()
    ss, se = d["sentence"]
    window = max(ss, d["start"] - 30)
    if not (w["age_before"].search(low, window, d["start"]) or
            w["was_before"].search(low, window, d["start"]) and w["age_after"].match(low, d["end"])):
        return None
    if not _opener_ok(low, d["sentence"], d["start"], names):
        return None
    died = w["died"].search(low, ss, d["start"]) is not None
    dates = _dates_in(low, ss, se)
    after = [x for x in dates if x[0] >= d["end"]]
    before = [x for x in dates if x[1] <= d["start"]]
    if died and not dates:
        if pub is None:
            return None
        return _age_said(birth, (pub - _DEATH_WINDOW, pub), True)
    pick = after[0] if after else (before[-1] if before else None)
    if pick is None:
        return None
    return _age_said(birth, pick[2], False)


# a span of years of its own between a date and a later "N years after": "14 years earlier, and"
_YEARS_OF_ITS_OWN = re.compile(r"\byears?\b")


def _opening(low: str) -> tuple[_Span, int] | None:
    """The story's one date a thing came into being ("opened to traffic on 19 March 1932":
    its days, and where the date ends), or None when it states none or more than one."""
    found = {(_span_of(m), m.end()) for m in _words()["opened"].finditer(low)}
    spans = {s for s, _ in found if s is not None}
    if len(spans) != 1:
        return None
    return min(((s, p) for s, p in found if s is not None), key=lambda x: x[1])


def _age_of_a_thing(low: str, d: dict[str, Any], opened: tuple[_Span, int], pub: date | None
                    ) -> tuple[int, int, str] | None:
    """The ages the story's one opening date and the publication date allow for "is now 93
    years old" after it (everyday92: "Sydney Harbour Bridge, opened to traffic on 19 March
    1932, ... is now 93 years old"), or None: "now" before the count in its clause, "old"
    after it, and no person's words before it in its sentence ("Pearl, who walked across on
    the day it opened, is now 97 years old" is her age)."""
    w = _words()
    ss = d["sentence"][0]
    if pub is None or opened[1] > d["start"] or \
            not w["thing_age_now"].search(low, max(ss, d["start"] - 30), d["start"]) or \
            not w["thing_age_after"].match(low, d["end"]) or \
            w["person_before"].search(low, ss, d["start"]):
        return None
    first, last = opened[0]
    if first > pub:
        return None
    lo, hi = _years_between(last, pub), _years_between(first, pub)
    said = f"opened {show_span(opened[0])}, on {show_span((pub, pub))} it is " + \
        (f"{lo}" if lo == hi else f"{lo} or {hi}") + " years old"
    return lo, hi, said


def _span_of_years(low: str, d: dict[str, Any], pub: date | None) -> tuple[int, int, str] | None:
    """The whole numbers of years within a year of the stretch "N years after X in 1966" (from
    a date after the words to the sentence's other date) or "N years since X in 1969" (to
    publication) says, or None."""
    w = _words()
    ss, se = d["sentence"]
    after = w["span_after"].match(low, d["end"])
    since = w["span_since"].match(low, d["end"]) if after is None else None
    if after is None and since is None:
        return None
    m = after or since
    assert m is not None
    ref = [x for x in _dates_in(low, m.end(), min(se, m.end() + 80))][:1]
    if not ref:
        return None
    if since is not None:
        if pub is None:
            return None
        other: _Span = (pub, pub)
    else:
        # (the date nearest before the words: "she entered Downing Street on 4 May 1979,
        # four years after ...", a birth date earlier in the sentence is passed over)
        others = _dates_in(low, ss, d["start"])
        if not others or _YEARS_OF_ITS_OWN.search(low, others[-1][1], d["start"]):
            return None     # ("since 2005, 14 years earlier, and 22 years after his first in
            #                 1997": the 2005 is the other span's; this one's end is unsaid)
        other = others[-1][2]
    first, last = ref[0][2]
    later = m.group("way") not in ("before",)
    if not later:
        first, last, other = other[0], other[1], (first, last)
    e_min = (other[0] - last).days / 365.25
    e_max = (other[1] - first).days / 365.25
    if e_max < 0:
        return None
    lo, hi = math.ceil(e_min - 1 + 1e-9), math.floor(e_max + 1 - 1e-9)
    said = f"from {show_span((first, last))} to {show_span(other)} is " + \
        (f"{round(e_min, 1)} years" if abs(e_max - e_min) < 0.05 else
         f"{round(max(e_min, 0.0), 1)} to {round(e_max, 1)} years")
    return lo, hi, said


def mark_ages(text: str, low: str, drafts: list[dict[str, Any]], pub: date | None) -> None:
    """Set ``elapsed`` on the ages and spans of years the story's dates bear on (module
    docstring)."""
    if "born" not in low and " since " not in low and " after " not in low and \
            " old" not in low:
        return
    birth = _birth(low)
    opened = _opening(low)
    first_line = low[:low.find("\n")] if "\n" in low else low
    names = frozenset(re.findall(r"[a-z][a-z’'-]+", first_line)) - {"he", "she", "the"}
    for d in drafts:
        n = _figure_years(text[d["start"]:d["end"]])
        if n is None or d.get("qualifier") or d["unit"] not in ("", "year") or \
                d["value"] != n or not 0 < n < (130 if d["unit"] == "" else 5000):
            continue
        got = _age_of(low, d, birth[0], pub, names) if birth is not None else None
        if got is None and d["unit"] == "year":
            got = _span_of_years(low, d, pub)
        if got is None and opened is not None and d["unit"] == "year":
            got = _age_of_a_thing(low, d, opened, pub)
        if got is not None:
            d["extra"].append(("elapsed", {"lo": got[0], "hi": got[1], "said": got[2]}))
