"""A holiday referred back to without its name (dates45, issue #12).

"Retailers had hoped for a warm Easter. Footfall rose 4.1% over the holiday": "the holiday" is
the holiday named earlier in the document (the nearest name before it, up to ``_BACK``
characters back), read as its days are when named: the words are read again with the name
put in ("over the Easter weekend", "over the Spring Festival holiday", "over Diwali"), in the
words around them so that the tense and a country's name still decide.

With no holiday named before it, "the holiday" is the long-weekend holiday of dates.yaml
``referred_holidays`` whose days ended in the ``referred_days`` before publication (Thanksgiving
for copy of the Tuesday after it), when exactly one did; otherwise it stays undated, as does
"the holiday season", "holiday sales" or "the holidays" (a season of copy's own).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Callable

from . import vocab

_W = r"[ \u00a0]+"
# "over the holiday", "during the holiday weekend", "across the long holiday period", ended by
# punctuation or a word that opens no noun phrase of the holiday's own ("holiday sales" no)
_REFERRED = re.compile(
    rf"\b(?:over|during|across|throughout){_W}the{_W}(?:(?:long|extended|three-day|four-day)"
    rf"{_W})?holiday(?:{_W}(?:weekend|period|break))?"
    rf"(?=[.,;:)!?]|$|{_W}(?:which|when|and|but|compared|according|than|as|from|up|down|with|"
    rf"to|in|on|at|while|after|before|a|the|last|this|said|says|was|were|is|are|itself)\b)")
_BACK = 1500
_AROUND = 200


def _cfg(key: str, default: Any = None) -> Any:
    return vocab.load("dates.yaml").get(key, default)


def gate(low: str) -> bool:
    return "the holiday" in low or "the long holiday" in low or "the extended holiday" in low


@lru_cache(maxsize=1)
def _names() -> tuple[re.Pattern[str], dict[str, str]]:
    """The holiday names copy refers back to and the words each is read again with."""
    form: dict[str, str] = {}
    for k in _cfg("festival_days", {}) or {}:
        form[" ".join(str(k).split())] = "over {}"
    for k, spec in (_cfg("feast_weeks", {}) or {}).items():
        if (spec or {}).get("holiday"):
            form[" ".join(str(k).split())] = "over the {} holiday"
        elif (spec or {}).get("fixed"):   # a week of national holidays: "Golden Week"
            form[" ".join(str(k).split()) + " week"] = "over {}"
    for k in _cfg("holidays", {}) or {}:
        name = " ".join(str(k).lower().split())
        if not name.endswith(("eve", "night")) and name not in form:
            form[name] = "over the {} weekend"
    # (dates46) a holiday whose days copy names otherwise: "Christmas" is "the Christmas
    # holiday" (Christmas Eve to New Year's Day, as "the festive period")
    form.update({" ".join(str(k).lower().split()): str(v)
                 for k, v in (_cfg("referred_forms", {}) or {}).items()})
    alt = "|".join(re.escape(k).replace(r"\ ", _W) for k in sorted(form, key=len, reverse=True))
    return re.compile(rf"\b(?:{alt})\b"), form


def _named_before(text: str, low: str, pos: int) -> tuple[str, str] | None:
    """The nearest holiday name (capitalised as written) before ``pos``, and its form."""
    rx, form = _names()
    lo = max(0, pos - _BACK)
    last = None
    for m in rx.finditer(low, lo, pos):
        if text[m.start()].isupper():
            last = m
    if last is None:
        return None
    key = " ".join(last.group(0).split())
    head, _, tail = key.rpartition(" ")
    if tail in ("day", "sunday", "monday") and head in form:
        key = head   # "Easter Sunday", "Thanksgiving Day": the holiday's days, as "Easter"
    return text[last.start():last.start() + len(key)], form[key]


def _read_as(text: str, m: re.Match[str], words: str, D: date,
             read: Callable[[str, date], list[Any]]) -> Any | None:
    """The mention ``words`` make read in place of ``m``'s, in the words around it."""
    lo = max(0, m.start() - _AROUND)
    before = text[lo:m.start()]
    again = read(f"{before}{words}{text[m.end():m.end() + _AROUND]}", D)
    put = len(before)
    got = [x for x in again if x.start < put + len(words) and put < x.end and
           x.start_date is not None]
    return got[0] if len(got) == 1 else None


def _latest_ended(text: str, m: re.Match[str], D: date,
                  read: Callable[[str, date], list[Any]]) -> Any | None:
    """The one listed holiday whose days ended in the days before publication, else None."""
    days = int(_cfg("referred_days", 7) or 7)
    found = []
    for name in _cfg("referred_holidays", ()) or ():
        got = _read_as(text, m, f"over the {name} weekend", D, read)
        if got is not None and got.end_date < D and D - got.end_date <= timedelta(days=days):
            found.append(got)
    return found[0] if len(found) == 1 else None


def referred_holidays(text: str, low: str, out: list[Any], D: date | None,
                      read: Callable[[str, date], list[Any]]) -> list[Any]:
    """``out`` with each "over the holiday" read as the holiday it refers back to (module
    docstring); ``read(words, D)`` is the extractor run on other words."""
    if D is None:
        return out
    new = []
    for m in _REFERRED.finditer(low):
        if any(dm.start < m.end() and m.start() < dm.end for dm in out):
            continue   # words already read as a date keep their reading
        named = _named_before(text, low, m.start())
        if named is not None:
            got = _read_as(text, m, named[1].format(named[0]), D, read)
        else:
            got = _latest_ended(text, m, D, read)
        if got is not None:
            new.append(replace(got, start=m.start(), end=m.end(), text=text[m.start():m.end()],
                               relative=True))
    if not new:
        return out
    return sorted(out + new, key=lambda d: d.start)
