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

- The US Supreme Court's term (dates43): "OT2024", "October Term 2024", and beside the
  court's words ("Supreme Court", "justices") "this term", "last term", "the court's term",
  "the 2024 term", "the term that ends in June": the term opens on the first Monday of October
  and runs in law until the next one opens, while its sittings end with its last opinions at
  the end of June; both are kept as readings (the first the figure's period; "ends in June"
  puts June's first). A sentence with British words ("UK", "Lord") is left to the courts above.
- A university's "Lent term" and a "spring/fall semester": the institution's own days, no date,
  and the figure is told why (as a university's Michaelmas term above).

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


# the US Supreme Court's term (dates43): its name ("OT2024", "October Term 2024"; read in the
# text's own case), or a term named beside the court's words
_OT = re.compile(rf"\b(?:OT[ \u00a0]?(?P<y>(?:19|20)\d\d)|OT(?P<y3>\d\d)|October{_W}Term{_W}"
                 rf"(?P<y2>(?:19|20)\d\d))\b(?![\-–/]\d)")
_COURT_TERM = re.compile(
    rf"\b(?P<det>this|last|next|its|the{_W}court['’]s|the{_W}(?:current|last|previous|next)|the)"
    rf"(?:{_W}(?P<y>(?:19|20)\d\d))?{_W}term\b(?P<june>,?{_W}(?:which|that){_W}(?:ends|ended|"
    rf"will{_W}end|closes|runs{_W}(?:to|until|through))(?:{_W}in)?{_W}(?:late{_W})?june)?")
_US_COURT = re.compile(r"\b(?:supreme{_W}court|justices|scotus)\b".replace("{_W}", _W))
_UK_WORDS = re.compile(r"\b(?:uk|u\.k|britain|british|england|scotland|wales|london|lord|lady)\b")
_SEMESTER = re.compile(rf"\b(?:lent{_W}term|(?:spring|fall|autumn|winter|summer){_W}semester)\b")
SCOTUS_DAYS = ("term: the Supreme Court's October Term {y}, from the first Monday of October "
               "to the day before the next one opens")
SCOTUS_JUNE = ("term: the Supreme Court's sittings of October Term {y}, to the end of June, "
               "when its last opinions usually come")


def _cfg(key: str, default: Any = None) -> Any:
    return vocab.load("dates.yaml").get(key, default)


def gate(low: str) -> bool:
    """Whether ``low`` may hold a term or a recess (cheap substring tests first; "ot" followed
    by a digit or a space for "OT2024", "OT 2024", not every "not" and "total")."""
    return " term" in low or "\u00a0term" in low or " sittings" in low or "recess" in low or \
        "semester" in low or _OT_GATE.search(low) is not None


# (each pattern below scans the whole text: it runs only when its own word is in it)
_OT_GATE = re.compile(r"ot[ \u00a0]?\d")


def _has(low: str, *words: str) -> bool:
    return any(w in low for w in words)


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
    termed = _has(low, "term", "sittings")
    for m in (_TERM.finditer(low) if termed else ()):
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
    for m in (_RECESS.finditer(low) if "recess" in low else ()):
        sent = _sentence(low, m.start(), m.end())
        if not any(_near(dm, m.start(), m.end(), sent) for dm in out):
            found.append((m.start(), m.end(), None, None, RECESS_WHY))
    new = [mention(s, e, text[s:e], a, b, "day", ((f"why: {why}", None, None),) if why else ())
           for s, e, a, b, why in found if not any(dm.start < e and s < dm.end for dm in out)]
    # (the Supreme Court's terms and the semesters replace what was read inside their words:
    # "October" of "October Term 2024", "spring" of "spring semester", "June" of "ends in June")
    over = []
    for s, e, a, b, readings in _supreme_terms(text, low, D, tense_at) + [
            (m.start(), m.end(), None, None, ((f"why: {UNIVERSITY_WHY}", None, None),))
            for m in (_SEMESTER.finditer(low) if _has(low, "semester", "lent") else ())
            if not low.startswith("lent", m.start()) or text[m.start()].isupper()]:
        inside = [dm for dm in out if dm.start < e and s < dm.end]
        s, e = min([s] + [dm.start for dm in inside]), max([e] + [dm.end for dm in inside])
        out = [dm for dm in out if dm not in inside]
        over.append(mention(s, e, text[s:e], a, b, "day", readings))
    new += over
    return sorted(out + new, key=lambda d: d.start) if new else out


def supreme_term_days(y: int) -> tuple[date, date, date]:
    """October Term ``y``: its first day (the first Monday of October), its last in law (the
    day before the next term opens) and the end of June of its sittings."""
    a = date(y, 10, 1) + relativedelta(weekday=MO(+1))
    nxt = date(y + 1, 10, 1) + relativedelta(weekday=MO(+1))
    return a, nxt - relativedelta(days=1), date(y + 1, 6, 30)


def _supreme_terms(text: str, low: str, D: date | None, tense_at: Callable[..., str]
                   ) -> list[tuple[int, int, date, date, tuple[Any, ...]]]:
    """The US Supreme Court's terms named (module docstring), each with its two readings."""
    got = []
    for m in (_OT.finditer(text) if _OT_GATE.search(low) or "october" in low else ()):
        y = int(m.group("y") or m.group("y2") or m.group("y3"))
        got.append((m.start(), m.end(), y if y > 99 else 2000 + y, False))
    if D is not None and " term" in low:
        for m in _COURT_TERM.finditer(low):
            sent = _sentence(low, m.start(), m.end())
            if _US_COURT.search(low, *sent) is None or _UK_WORDS.search(low, *sent) or \
                    (m.group("det") == "the" and not (m.group("y") or m.group("june"))):
                continue
            y = _term_year(m, D, tense_at)
            if y is not None:
                got.append((m.start(), m.end(), y, bool(m.group("june"))))
    out = []
    for s, e, y, june in got:
        a, b, j = supreme_term_days(y)
        both = [(SCOTUS_DAYS.format(y=y), a, b), (SCOTUS_JUNE.format(y=y), a, j)]
        readings = tuple(both[::-1] if june else both)
        out.append((s, e, readings[0][1], readings[0][2], readings))
    return out


def _term_year(m: re.Match[str], D: date, tense_at: Callable[..., str]) -> int | None:
    """The October Term a term named beside the court's words is: a year written; "this" or
    "the current" term the latest begun by publication, "last" the one before, "next" the one
    after; "its term", "the term that ends in June" the one the tense picks."""
    if m.group("y"):
        return int(m.group("y"))
    det = " ".join(m.group("det").split())
    begun = D.year if supreme_term_days(D.year)[0] <= D else D.year - 1
    step = {"this": 0, "the current": 0, "last": -1, "the last": -1, "the previous": -1,
            "next": 1, "the next": 1}
    if det in step:
        return begun + step[det]
    ys = [begun - 1, begun, begun + 1]
    spans = [supreme_term_days(y)[:2] for y in ys]
    got = choose_span(spans, D, tense_at(m.start(), m.end()), False)
    return None if got is None else got[0].year


def _near(dm: Any, s: int, e: int, sent: tuple[int, int]) -> bool:
    """Whether the date mention ``dm`` is in the sentence ``sent`` of the words at ``s``..``e``
    (its days written decide: "The summer recess ran from 22 July until 4 September")."""
    return dm.start_date is not None and sent[0] <= dm.start <= sent[1] and \
        not (dm.start < e and s < dm.end)

