"""A change in per cent of a reported count against the period before: "Russia lost 48,670
troops in December ..., 6.5% more than in November", "10,670 troops over the past week, 19%
fewer than the week before", "losses rose 12.6% in March compared with February, to 41,160".

The change (``extra.change``, kind percent, with the level it leads to) of a level whose measure
has daily reports (the General Staff's counts) gets the period it is measured against in
``extra.change_base``: (first day, last day, the words): a month named after the change ("than
in November", "compared with February": the latest such month before the level's, or of the
year written), or the period of the level's length right before it ("the week before", "the
previous month"). The store works out the change from the reports (``store.lookup``) and the
prior rules judge it as any figure of its period. A change against nothing these words name
stays unchecked.

Vocabulary: the month names of ``rules/vocab/dates.yaml``. This module decides no verdict.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

CHANGE_BASE = "change_base"

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_BASE_MONTH = re.compile(r"\b(?:than|compared\s+(?:with|to)|against|from|on)\s+(?:(?:in|that\s+of|"
                         r"the\s+figure\s+for)\s+)?(" + "|".join(m.capitalize() for m in _MONTHS)
                         + r")(?:\s+(20\d\d))?\b")
_BASE_BEFORE = re.compile(r"\b(?:the\s+(?:previous|preceding|prior)\s+(week|month)|the\s+(week|"
                          r"month)\s+before|a\s+(week|month)\s+(?:earlier|before)|last\s+"
                          r"(week|month))\b")
_DAY = timedelta(days=1)


def _whole_month(a: date, b: date) -> bool:
    return a.day == 1 and (b + _DAY).day == 1 and (a.year, a.month) == (b.year, b.month)


def _month_before(a: date) -> tuple[date, date]:
    end = a - _DAY
    return end.replace(day=1), end


def base_period(text: str, after: int, se: int, level: tuple[date, date]
                ) -> tuple[date, date, str] | None:
    """The period a change written at ``after`` (its sentence ends at ``se``) is measured
    against, for a level of period ``level``; None when the words name none."""
    a, b = level
    m = _BASE_MONTH.search(text, after, se)
    if m is not None and _whole_month(a, b):
        k = _MONTHS.index(m.group(1).lower()) + 1
        y = int(m.group(2)) if m.group(2) else a.year if k < a.month else a.year - 1
        first = date(y, k, 1)
        if first >= a:
            return None
        return first, (first + timedelta(days=32)).replace(day=1) - _DAY, m.group(0)
    w = _BASE_BEFORE.search(text.lower(), after, se)
    if w is None:
        return None
    unit = next(g for g in w.groups() if g)
    if unit == "month" and _whole_month(a, b):
        return (*_month_before(a), w.group(0))
    if unit == "week" and (b - a).days == 6:
        return a - timedelta(days=7), b - timedelta(days=7), w.group(0)
    return None


def mark_change_bases(text: str, drafts: list[dict[str, Any]], lex: Any) -> None:
    """Give each change in per cent of a daily-reported level its base period (in place)."""
    for d in drafts:
        ch = next((v for k, v in d.get("extra") or () if k == "change"), None)
        if not ch or ch.get("kind") != "percent" or ch.get("from") is not None or \
                not isinstance(ch.get("to"), int) or not 0 <= ch["to"] < len(drafts):
            continue
        level = drafts[ch["to"]]
        if level.get("cumulative") or level.get("period") is None or \
                not level.get("measure") or not level.get("subject") or \
                not lex.daily_reports(level["measure"]):
            continue
        base = base_period(text, d["end"], d["sentence"][1], level["period"])
        if base is None:
            continue
        d["extra"].append((CHANGE_BASE, (base[0].isoformat(), base[1].isoformat(), base[2])))
        _carry_keys(d, level)


def _carry_keys(d: dict[str, Any], level: dict[str, Any]) -> None:
    """The change's measure and subject are its level's, written in its sentence."""
    how = f"carried within the sentence: the change of \"{level.get('text', '')}\""
    for i, (k, v) in enumerate(d["extra"]):
        if k == "basis":
            d["extra"][i] = (k, tuple((key, how if key in ("measure", "subject") else b)
                                      for key, b in v))
            break
