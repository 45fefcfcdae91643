"""Halves and quarters of a company's own year, when the copy states when that year ends or
begins: "Infosys, whose financial year ends in March, added 2,400 staff in the second
quarter" (July to September), "The exchange, whose financial year ends on 30 June, earned
$250.0m in 1H23" (July to December 2022), "the exporter, whose fiscal year starts in April,
grew 5% in the first half" (April to September).

Without such a statement "the second quarter", "H1" and "1H23" are read against the calendar
year (``dates``, ``date_forms``); with it, the calendar reading is no reading of the words. A
bare half or quarter keeps the calendar rule's choice, the latest such part begun by
publication; one written with a year ("1H23", "2Q24") is of the fiscal year named by the year
it ends in, as results copy names it ("FY23" ends in 2023). The statement is read in the
mention's sentence or before it in its paragraph.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

_MONTHS = {m: i for i, ms in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")), 1) for m in ms}
_W = r"[ \u00a0]+"
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "whose financial year ends on 30 June", "its fiscal year, which begins in April", "the
# financial year ending March 31": the month the year ends or begins in
STATED_YEAR = re.compile(
    rf"\b(?:fiscal|financial){_W}year,?{_W}(?:(?:that|which){_W})?"
    rf"(?P<v>ends|ended|ending|runs{_W}to|starts|started|starting|begins|began|beginning)"
    rf"{_W}(?:(?:on|in){_W})?(?:(?:the{_W})?\d{{1,2}}(?:st|nd|rd|th)?{_W}(?:of{_W})?)?"
    rf"(?P<m>{_MONTH_ALT})\b\.?")
# a half or quarter with no year, or with a results-style one: "the second quarter", "the
# first half", "H1", "Q3", "1H23", "2Q2024"
_PART = re.compile(
    r"(?:the[ \u00a0]+)?(?P<n>first|second|third|fourth)[ \u00a0]+(?P<u>half|quarter)"
    r"|(?P<hu>[hq])(?P<hn>[1-4])|(?P<yn>[1-4])(?P<yu>[hq])(?P<y>\d{2}|\d{4})")
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def year_start_month(m: re.Match[str]) -> int:
    """The month a stated fiscal year begins in."""
    month = _MONTHS[m.group("m")]
    return month if m.group("v").startswith(("start", "begin", "began")) else month % 12 + 1


def _stated_start(text: str, low: str, stated: list[re.Match[str]], a: int, b: int
                  ) -> int | None:
    """The start month of the fiscal year stated for a mention at ``a..b``: in its sentence
    (before or after it) or earlier in its paragraph; the nearest before it first."""
    para = max(low.rfind("\n\n", 0, a), 0)
    stop = re.search(r"[.!?](?:\s|$)", text[b:])
    end = b + stop.start() if stop else len(text)
    before = [s for s in stated if para <= s.start() < a]
    after = [s for s in stated if b <= s.start() < end]
    got = before[-1] if before else (after[0] if after else None)
    return year_start_month(got) if got is not None else None


def _part_of(m: re.Match[str]) -> tuple[int, int, int | None] | None:
    """(index, months long, year written or None) of a part mention."""
    if m.group("n"):
        return _NTH[m.group("n")], 6 if m.group("u") == "half" else 3, None
    if m.group("hu"):
        n, months = int(m.group("hn")), 6 if m.group("hu") == "h" else 3
        return (n, months, None) if months == 3 or n <= 2 else None
    n, months = int(m.group("yn")), 6 if m.group("yu") == "h" else 3
    if months == 6 and n > 2:
        return None
    y = int(m.group("y"))
    return n, months, y if y > 99 else 2000 + y


def _fiscal_part(fs: int, n: int, months: int, year: int | None, D: date
                 ) -> tuple[date, date]:
    """The ``n``-th part ``months`` long of the year beginning in month ``fs``: of the fiscal
    year ending in ``year``, or the latest such part begun by ``D``."""
    def part(y0: int) -> date:
        return date(y0, fs, 1) + relativedelta(months=months * (n - 1))
    if year is not None:
        a = part(year - 1)
    else:
        a = max(x for x in (part(D.year - 2), part(D.year - 1), part(D.year)) if x <= D)
    return a, a + relativedelta(months=months) - timedelta(days=1)


def stated_year_parts(text: str, low: str, out: list, D: date | None) -> list:
    """``out`` with each half or quarter of a year read again in the fiscal year the copy
    states (``STATED_YEAR``), where that year does not begin in January."""
    stated = list(STATED_YEAR.finditer(low))
    if not stated or D is None:
        return out
    res = []
    for dm in out:
        pm = _PART.fullmatch(low, dm.start, dm.end) if dm.start_date else None
        part = _part_of(pm) if pm is not None else None
        fs = _stated_start(text, low, stated, dm.start, dm.end) if part else None
        if part is None or fs is None or fs == 1:
            res.append(dm)
            continue
        a, b = _fiscal_part(fs, *part, D)
        res.append(replace(dm, start_date=a, end_date=b, relative=part[2] is None))
    return res
