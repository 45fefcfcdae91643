"""Parts of a fiscal year as results and tax copy label them (issue #12, dates39):

- "the cumulative second quarter of the fiscal year ending May 2026" (Japanese results: the
  year to date at the quarter's end): from the year's first month to the quarter's last;
- "the December quarter of FY26" (Indian results): the quarter ending in that month inside
  the year the label names (October to December 2025), one mention for both;
- "FY2025/2" (Japanese results: the fiscal year ending February 2025): the twelve months to
  the month written after the year;
- "the 2024 to 2025 tax year" (HMRC's wording): the split year of the kind named, as "the
  2024/25 tax year".
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from .text import FOLDS_TOO

_S = r"[ \u00a0]+"
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_CUMULATIVE = re.compile(rf"(?i)\bcumulative{_S}$")
_MONTH_QUARTER = re.compile(r"(?i)^the[ \u00a0]+(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                            r"nov|dec)[a-z]*\.?[ \u00a0]+quarter$")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_OF = re.compile(rf"{_S}of{_S}(?:the{_S})?")
_FY_MONTH = re.compile(r"\bFY(?P<y>(?:19|20)\d\d)/(?P<m>[1-9])(?![\d/])")
_YEAR_TO_YEAR = re.compile(
    rf"(?i)\b(?:the{_S})?(?P<a>(?:19|20)\d\d){_S}to{_S}(?P<b>(?:19|20)\d\d){_S}"
    rf"(?P<kind>tax|financial|fiscal|academic|school){_S}year\b")


def cumulative_quarters(text: str, out: list) -> list:
    """"the cumulative second quarter of ...": the quarter read, from its year's start."""
    moved = []
    for dm in out:
        n = _ORDINAL.get(dm.text.split()[0].lower()) if dm.text else None
        cum = _CUMULATIVE.search(text, max(0, dm.start - 12), dm.start) if n else None
        if cum is None or dm.granularity != "quarter" or dm.start_date is None or \
                "quarter" not in dm.text.lower():
            moved.append(dm)
            continue
        moved.append(replace(dm, start=cum.start(), text=text[cum.start():dm.end],
                             start_date=dm.start_date - relativedelta(months=3 * (n - 1)),
                             granularity="month"))
    return moved


def month_quarters_of_years(text: str, out: list, D, ahead) -> list:
    """"the December quarter of FY26": the quarter ending in December inside FY26, one
    mention of both. Not where that quarter ends after publication ``D`` while the quarter
    alone was read as one ended, in a sentence that tells of no forecast (``ahead(pos)``
    false): the year's reading is then no reading of the words ("The jeweller's net profit
    rose 59 per cent in the September quarter of FY25" in November 2024 is India's year,
    though no rupee says so)."""
    merged, skip = [], -1
    for k, dm in enumerate(out):
        if k == skip:
            continue
        nxt = out[k + 1] if k + 1 < len(out) else None
        m = _MONTH_QUARTER.match(dm.text)
        if m is None or nxt is None or nxt.granularity != "year" or nxt.start_date is None or \
                _OF.fullmatch(text, dm.end, nxt.start) is None:
            merged.append(dm)
            continue
        month = _MONTHS.index(m.group("m").lower()[:3]) + 1
        y = nxt.start_date.year if month >= nxt.start_date.month else nxt.start_date.year + 1
        end = date(y, month, 1) + relativedelta(months=1) - timedelta(days=1)
        if not nxt.start_date <= end <= nxt.end_date or D is not None and end > D and \
                dm.end_date is not None and dm.end_date <= D and not ahead(dm.start):
            merged.append(dm)
            continue
        merged.append(replace(dm, end=nxt.end, text=text[dm.start:nxt.end],
                              start_date=end.replace(day=1) - relativedelta(months=2),
                              end_date=end, kind="period", granularity="quarter"))
        skip = k + 1
    return merged


def fy_month_labels(text: str, out: list, make) -> list:
    """"FY2025/2": the fiscal year ending in February 2025, replacing what was read inside."""
    added = []
    for m in _FY_MONTH.finditer(text):
        y, month = int(m.group("y")), int(m.group("m"))
        end = date(y, month, 1) + relativedelta(months=1) - timedelta(days=1)
        added.append(make(m.start(), m.end(), m.group(0),
                          end + timedelta(days=1) - relativedelta(years=1), end))
    return _replacing(out, added)


# the kinds ``_YEAR_TO_YEAR`` names; ``may_name_split_kind`` tells a text that holds none of
# them (nor a character that matches one of their letters only case-insensitively, which
# ``text.ci_alternation`` lists), where its scan of the whole text finds nothing
_KINDS = ("tax", "financial", "fiscal", "academic", "school")


def may_name_split_kind(low: str) -> bool:
    """Whether ``low`` (a text's lower case, ``Words.low``) may hold a ``_YEAR_TO_YEAR``."""
    return any(k in low for k in _KINDS) or any(c in low for c in FOLDS_TOO)


def year_to_year_kinds(text: str, out: list, start_of, make) -> list:
    """"the 2024 to 2025 tax year": the split year of the kind named; ``start_of(kind, pos)``
    gives its first (month, day)."""
    added = []
    for m in _YEAR_TO_YEAR.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if b != a + 1:
            continue
        month, day = start_of(m.group("kind").lower() + " year", m.start())
        first = date(a, month, day)
        added.append(make(m.start(), m.end(), m.group(0), first,
                          first + relativedelta(years=1) - timedelta(days=1)))
    return _replacing(out, added)


def _replacing(out: list, added: list) -> list:
    if not added:
        return out
    kept = [d for d in out if not any(d.start < a.end and a.start < d.end for a in added)]
    return sorted(kept + added, key=lambda d: d.start)
