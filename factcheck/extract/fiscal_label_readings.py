"""The readings of a compact fiscal label whose sentence names no owner (dates44, issue #12).

"Q2FY24", "Q2 FY24", "1H25", "H1 FY25", "1HFY25" are written by companies and governments of
many countries, each counting its own year: October (the US federal year, the default), April
(India, Japan, the UK, Canada, South Africa), July (Australia, New Zealand, Pakistan, Kenya) or
January (the calendar year). Where the label's own sentence writes a country's money or name,
or US dollars, ``date_forms`` reads it from that. Where it writes none:

- the document decides when it names exactly one such country (its money, its name, or a
  company year written as "its fiscal year ends in March"), wherever it does;
- otherwise every year's reading is kept (the document's countries', or all four), the one
  already read first, unless in reporting copy it had not even begun by publication ("TFG's
  operating margin dropped to 9.8% in 1H25" on 14 November 2024 is no January-June 2025),
  when the first reading ended by then is read. In reporting copy a reading not begun by
  publication is none. Normalize lists them as period readings: a figure is contradicted
  only when every one disagrees.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Callable

from dateutil.relativedelta import relativedelta

from . import vocab
from .date_forms import _US_DOLLARS, _fiscal_money, _sentence_at, fiscal_start, \
    fiscal_two_digit_year

# the label alone, as a mention's words: a quarter or half with a two-digit fiscal year
_LABEL = re.compile(
    r"(?i)q(?P<q>[1-4])[ \u00a0]?fy[ \u00a0']?(?P<qy>\d\d)"
    r"|(?P<h>[12])h(?:[ \u00a0]?fy)?[ \u00a0']?(?P<hy>\d\d)"
    r"|h(?P<h2>[12])[ \u00a0]?fy[ \u00a0']?(?P<hy2>\d\d)")

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
# a company's year written out: "its fiscal year ends in March", "a financial year to June",
# "the fiscal year that begins in July"
_YEAR_WRITTEN = re.compile(
    r"(?i)\b(?:fiscal|financial)[ \u00a0]+years?[ \u00a0]+(?:that[ \u00a0]+|which[ \u00a0]+)?"
    r"(?:(?P<e>ends?|ended|ending|runs?[ \u00a0]+to|to)|(?P<b>begins?|began|beginning|starts?|"
    r"started|starting))[ \u00a0]+(?:in[ \u00a0]+|on[ \u00a0]+)?(?:\d{1,2}[ \u00a0]+)?"
    r"(?P<m>" + "|".join(_MONTHS) + r")\b")

_NAMES = {10: "the US federal year, from October", 4: "a year from April (India, Japan, the "
          "UK, Canada)", 7: "a year from July (Australia, New Zealand, Pakistan)",
          1: "the calendar year"}


def gate(low: str) -> bool:
    """Whether a text may hold such a label (cheap substring tests)."""
    return "fy" in low or "1h" in low or "2h" in low


@lru_cache(maxsize=4)
def document_months(text: str) -> frozenset[int]:
    """The first months of the fiscal years the document names anywhere: a country's money or
    name (dates.yaml ``fiscal_year_by_money``), a company year written out."""
    found = {month for month, rx in _fiscal_money(True) if rx.search(text) is not None}
    for m in _YEAR_WRITTEN.finditer(text):
        k = _MONTHS.index(m.group("m").lower())
        found.add((k + 1) % 12 + 1 if m.group("e") else k + 1)
    return frozenset(found)


def _span(m: re.Match[str], month: int, D: date | None) -> tuple[date, date]:
    y = fiscal_two_digit_year(int(m.group("qy") or m.group("hy") or m.group("hy2")), D)
    if m.group("q"):
        n, k = 3, int(m.group("q"))
    else:
        n, k = 6, int(m.group("h") or m.group("h2"))
    a = date(y - (1 if month > 1 else 0), month, 1) + relativedelta(months=n * (k - 1))
    return a, a + relativedelta(months=n) - timedelta(days=1)


def _owned(text: str, pos: int) -> bool:
    """Whether the label's own sentence names whose year it is (``date_forms`` reads it)."""
    return bool(fiscal_start(text, pos, 0)) or \
        _US_DOLLARS.search(_sentence_at(text, pos)) is not None


def _readings(m: re.Match[str], months: list[int], D: date, read: tuple[date, date],
              future: bool) -> tuple[tuple[str, date, date], ...]:
    """The label's readings, the one to read first (module docstring)."""
    spans = [(f"fiscal: {_NAMES.get(s, f'a year from {_MONTHS[s - 1].title()}')}",
              *_span(m, s, D)) for s in months]
    if not future:
        spans = [r for r in spans if r[1] <= D]
    if not spans:
        return ()
    first = next((r for r in spans if (r[1], r[2]) == read), None)
    if first is None or not future and read[0] > D:
        first = next((r for r in spans if r[2] < D), spans[0])
    return (first, *(r for r in spans if r is not first))


def fiscal_label_readings(text: str, out: list[Any], D: date | None,
                          tense_at: Callable[[int, int], str],
                          renew: Callable[..., Any]) -> list[Any]:
    """``out`` with each unowned compact fiscal label read as the module docstring says;
    ``renew(dm, first, last, readings)`` makes the mention anew."""
    if D is None:
        return out
    new = []
    for dm in out:
        m = _LABEL.fullmatch(dm.text) if dm.kind == "period" and not dm.readings else None
        if m is None or dm.start_date is None or _owned(text, dm.start):
            new.append(dm)
            continue
        doc = sorted(document_months(text))
        future = tense_at(dm.start, dm.end) == "future"
        if len(doc) == 1:
            a, b = _span(m, doc[0], D)
            new.append(renew(dm, a, b, ()))
            continue
        default = int(vocab.load("dates.yaml").get("fiscal_year_start", 10))
        order = [s for s in (default, 4, 7, 1) if not doc or s in doc]
        order += [s for s in doc if s not in order]
        got = _readings(m, order, D, (dm.start_date, dm.end_date), future)
        if not got:
            new.append(dm)
        else:
            new.append(renew(dm, got[0][1], got[0][2], got if len(got) > 1 else ()))
    return new
