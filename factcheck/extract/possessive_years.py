"""A relative year in the possessive before a named period (dates44, issue #12).

"during this year's Ramadan", "last year's Golden Week holiday", "next year's Easter holidays":
the year names whose feast or holiday it is, no period of its own for the figure. The named
period (a mention of days or weeks right after it, up to two words between: "this year's
eight-day Golden Week holiday") is read again in that year, as "Ramadan 2014" is, and the two
become one mention over both. When the named period with the year written is no date the
extractor reads, the two are left as they were.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any, Callable

# "this year's", "last year’s", "next year's" (the mention's own words end in the year)
_REL_YEAR = re.compile(r"(?i)\b(this|last|next)[ \u00a0]+year$")
_POSSESSIVE = re.compile(r"['’]s[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}")
_STEP = {"this": 0, "last": -1, "next": 1}
_AROUND = 200


def gate(low: str) -> bool:
    return "year's " in low or "year’s " in low


def possessive_years(text: str, out: list[Any], D: date | None,
                     read: Callable[[str, date], list[Any]]) -> list[Any]:
    """``out`` with each such pair made one mention (module docstring); ``read(words, D)``
    is the extractor run on other words."""
    if D is None or len(out) < 2:
        return out
    new, skip = [], -1
    for i, dm in enumerate(out):
        if i == skip:
            continue
        m = _REL_YEAR.search(dm.text)
        nxt = out[i + 1] if i + 1 < len(out) else None
        gap = _POSSESSIVE.fullmatch(text, dm.end, nxt.start) if nxt is not None else None
        if m is None or gap is None or nxt.granularity not in ("day", "week") or \
                nxt.start_date is None:
            new.append(dm)
            continue
        y = D.year + _STEP[m.group(1).lower()]
        # (its own words around it, up to _AROUND characters each way, keep their cues: "yuan"
        # makes a Golden Week China's)
        # (the possessive itself blanked, so the words read again hold no such pair)
        lo = max(0, nxt.start - _AROUND)
        before = text[lo:nxt.start].replace("year's", "year  ").replace("year’s", "year  ")
        words = f"{before}{text[nxt.start:nxt.end]} {y}{text[nxt.end:nxt.end + _AROUND]}"
        again = [x for x in read(words, D) if x.start == nxt.start - lo]
        if len(again) != 1 or again[0].end < nxt.end - lo or again[0].start_date is None or \
                again[0].start_date.year not in (y - 1, y):
            new.append(dm)
            continue
        a = again[0]
        new.append(replace(nxt, start=dm.start + m.start(), text=text[dm.start + m.start():nxt.end],
                           start_date=a.start_date, end_date=a.end_date,
                           readings=a.readings or (), relative=True))
        skip = i + 1
    return new
