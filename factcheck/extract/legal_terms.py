"""The terms of the courts of England and Wales and Parliament's recesses (issue 12, dates42).

- "the Michaelmas term", "in Hilary term 2025", "the Easter law term", "Trinity term": the
  legal year's four terms as the Senior Courts sit them (dates.yaml ``legal_terms``: Michaelmas
  1 October to 21 December; Hilary 11 January to the Wednesday before Easter Sunday; Easter
  the second Tuesday after Easter Sunday to the Friday before the spring bank holiday; Trinity
  the second Tuesday after that holiday to 31 July), in a sentence about courts (``court_words``:
  "court", "judges", "appeals"). Oxford and Cambridge name their terms the same way with other
  days, and "the Easter term" is also a school's: beside a university's words, or no court's,
  the name is no date and the figure is told why.
- "the summer recess", "the Easter recess", "the conference recess": each House sets its
  recesses by its own motion each year, so no rule gives their days; where the sentence writes
  no other date, the words are no date and the figure is told why ("From 22 July until 4
  September": the days written decide).

Without a year written, a term is the next not yet over in future copy, the latest begun by
publication in past copy, else the nearer of the two.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import Any

from dateutil.easter import easter
from dateutil.relativedelta import MO, TU, WE, FR, relativedelta

from . import vocab
from .holiday_seasons import choose_span

_W = r"[ \u00a0]+"
_TERM = re.compile(rf"\b(?P<t>michaelmas|hilary|easter|trinity){_W}(?:(?:law|legal){_W})?"
                   rf"(?:term|sittings)\b(?:{_W}(?P<y>(?:19|20)\d\d)\b)?")
_RECESS = re.compile(rf"\bthe{_W}(?:(?:commons|lords|parliamentary|parliament['’]s|"
                     rf"westminster){_W})?(?P<r>summer|easter|whitsun|christmas|conference|"
                     rf"february|half-term|autumn|spring){_W}recess\b")

# why a figure dated only by such words has no period, for the account of coverage
UNIVERSITY_WHY = ("a university's or a school's term (its days are the institution's own, and "
                  "the article writes none)")
UNSURE_WHY = ("a court's term or a university's (no words of the sentence say whose), and the "
              "article writes no days")
RECESS_WHY = ("a recess whose days each House sets by its own motion each year, and the "
              "article writes none")


def _cfg(key: str, default: Any = None) -> Any:
    return vocab.load("dates.yaml").get(key, default)


def gate(low: str) -> bool:
    """Whether ``low`` may hold a term or a recess (cheap substring tests first)."""
    return " term" in low or " sittings" in low or " recess" in low


@lru_cache(maxsize=1)
def _words(key: str) -> re.Pattern[str]:
    ws = _cfg(key, []) or []
    alt = "|".join(re.escape(str(w)) for w in ws) or "(?!)"
    return re.compile(rf"\b(?:{alt})\b")


def term_days(name: str, y: int) -> tuple[date, date]:
    """The legal term ``name`` of the legal year that holds it in year ``y`` (Michaelmas of
    ``y`` runs in its autumn; the other three in its first seven months)."""
    e = easter(y)
    spring_bh = date(y, 5, 31) + relativedelta(weekday=MO(-1))
    if name == "michaelmas":
        return date(y, 10, 1), date(y, 12, 21)
    if name == "hilary":
        return date(y, 1, 11), e + relativedelta(days=-1, weekday=WE(-1))
    if name == "easter":
        return e + relativedelta(days=1, weekday=TU(+2)), \
            spring_bh + relativedelta(days=-1, weekday=FR(-1))
    return spring_bh + relativedelta(days=1, weekday=TU(+2)), date(y, 7, 31)


def _sentence(low: str, s: int, e: int) -> tuple[int, int]:
    """The offsets of the sentence around ``s``..``e`` (looked for near them only)."""
    lo = max(0, s - 400)
    a = max(low.rfind(". ", lo, s), low.rfind("\n", lo, s), lo)
    b = low.find(". ", e, e + 400)
    return a, (b if b >= 0 else min(len(low), e + 400))


def legal_terms(text: str, low: str, out: list, D: date | None,
                tense_at: Callable[..., str], mention: Callable[..., Any]) -> list:
    """``out`` (the date mentions, in text order) with the terms and recesses above read in,
    made by ``mention(start, end, words, first, last, granularity, readings)`` (for words that
    are no date, first and last None and the reason as the one reading, labelled "why: "). A
    mention already over the words stands, and a term or recess beside other dates in its
    sentence is left to them."""
    found = []
    for m in _TERM.finditer(low):
        if not text[m.start()].isupper():
            continue   # "a trinity term" is no name
        sent = _sentence(low, m.start(), m.end())
        if any(_near(dm, m.start(), m.end(), sent) for dm in out):
            continue   # "will hear 2 appeals on Tuesday, in its Michaelmas term": the day
        court = _words("court_words").search(low, *sent) is not None
        if _words("university_words").search(low, *sent) is not None or not court:
            found.append((m.start(), m.end(), None, None,
                          UNSURE_WHY if court else UNIVERSITY_WHY))
            continue
        if D is None and not m.group("y"):
            continue
        name = m.group("t")
        ys = [int(m.group("y"))] if m.group("y") else [D.year - 1, D.year, D.year + 1]
        spans = [term_days(name, y) for y in ys]
        got = choose_span(spans, D, tense_at(m.start(), m.end()), bool(m.group("y")))
        if got is not None:
            found.append((m.start(), m.end(), got[0], got[1], ""))
    for m in _RECESS.finditer(low):
        sent = _sentence(low, m.start(), m.end())
        if not any(_near(dm, m.start(), m.end(), sent) for dm in out):
            found.append((m.start(), m.end(), None, None, RECESS_WHY))
    if not found:
        return out
    new = [mention(s, e, text[s:e], a, b, "day", ((f"why: {why}", None, None),) if why else ())
           for s, e, a, b, why in found if not any(dm.start < e and s < dm.end for dm in out)]
    return sorted(out + new, key=lambda d: d.start) if new else out


def _near(dm: Any, s: int, e: int, sent: tuple[int, int]) -> bool:
    """Whether the date mention ``dm`` is in the sentence ``sent`` of the words at ``s``..``e``
    (its days written decide: "The summer recess ran from 22 July until 4 September")."""
    return dm.start_date is not None and sent[0] <= dm.start <= sent[1] and \
        not (dm.start < e and s < dm.end)

