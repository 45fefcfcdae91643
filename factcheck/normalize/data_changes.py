"""A change in per cent of a reported count against the period before: "Russia lost 48,670
troops in December ..., 6.5% more than in November", "10,670 troops over the past week, 19%
fewer than the week before", "losses rose 12.6% in March compared with February, to 41,160".

The change (``extra.change``, kind percent) of a level whose measure has daily reports (the
General Staff's counts: the level it leads to, else the one such figure of its sentence) gets
the period it is measured against in ``extra.change_base``: (first day, last day, the words,
the level's measure and subject, and for an amount of change the other base days its words
may mean): a month named after the change ("than in November",
"compared with February": the latest such month before the change's, or of the year written),
or the period of the change's length right before it ("the week before", "the previous
month"). The store works out the change from the reports (``store.lookup``) and the
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
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# the day before a day's figure, right after an amount of change of it ("120 fewer than a day
# earlier", "190 fewer than in the previous report", "up 150 on Tuesday's figure", "down 80 from 1,100 a day earlier": the earlier
# figure may stand between); lower case, searched from the change's end
_BASE_DAY_BEFORE = re.compile(
    r"[ \u00a0]*(?:[a-z'’-]+[ \u00a0]+){0,3}?(?:than|from|on|over|against|compared[ \u00a0]+"
    r"(?:with|to))[ \u00a0]+(?:(?:a[ \u00a0]+record[ \u00a0]+|the[ \u00a0]+)?[\d][\d,.]*"
    r"[ \u00a0]+)?(?:(?:a|one)[ \u00a0]+day[ \u00a0]+(?:earlier|before)|the[ \u00a0]+day"
    r"[ \u00a0]+(?:earlier|before)(?![ \u00a0]+(?:that|it|yesterday))|the[ \u00a0]+"
    r"(?:previous|prior|preceding)[ \u00a0]+day|(?:(?:in|on)[ \u00a0]+)?the[ \u00a0]+(?:previous|"
    r"prior|preceding|last)[ \u00a0]+(?:day['’]s[ \u00a0]+|daily[ \u00a0]+)?(?:report|update|"
    r"bulletin)|yesterday|(?P<wd>" + "|".join(_WEEKDAYS) +
    r")['’]s[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?(?:figure|total|toll|tally|count|number|losses|"
    r"level))\b")
# the same with a weekday and no possessive, after words that compare ("130 fewer than on
# Tuesday", "up 220 from Sunday"; not "on Sunday", which dates the change itself), and a
# change "on the day" ("a drop of 90 on the day": against the day before)
_BASE_WEEKDAY = re.compile(
    r"[ \u00a0]*(?:[a-z'’-]+[ \u00a0]+){0,2}?(?:than|from|against|compared[ \u00a0]+"
    r"(?:with|to))[ \u00a0]+(?:on[ \u00a0]+)?(?P<wd>" + "|".join(_WEEKDAYS) +
    r")\b(?!['’])")
_ON_THE_DAY = re.compile(r"[ \u00a0]+on[ \u00a0]+the[ \u00a0]+day\b(?![ \u00a0]+(?:before|earlier|"
                         r"of|that|when|after|it|he|she|they|we)\b)")


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


def day_before_base(low: str, after: int, level: tuple[date, date]
                    ) -> tuple[date, date, str, tuple[date, ...]] | None:
    """The day an amount of change written at ``after`` compares a one-day level of period
    ``level`` with: the day before it, when the words right after the amount name it ("120
    fewer than a day earlier", "down 80 from 1,100 a day earlier", "up 230 on Thursday's
    figure"), and the other days the words may mean (last); None otherwise."""
    a, b = level
    m = _BASE_DAY_BEFORE.match(low, after) or _BASE_WEEKDAY.match(low, after) or \
        _ON_THE_DAY.match(low, after)
    if a != b or m is None or any(ch in m.group(0) for ch in ".;:()"):
        return None
    day = a - _DAY
    wd = m.groupdict().get("wd")
    if wd is None or wd == _WEEKDAYS[a.weekday()]:
        # (the level's weekday names the report before the level's, published that day:
        # "1,210 ..., down 120 on Tuesday's figure" for the losses of a Tuesday)
        return day, day, m.group(0).strip(), ()
    if wd == _WEEKDAYS[day.weekday()]:
        # the weekday before it: that day's losses, or its report (the losses of the day
        # before it); both are read
        return day, day, m.group(0).strip(), (day - _DAY,)
    return None   # (any other weekday is not the day before)


def _base_of(text: str, low: str, d: dict[str, Any], ch: dict[str, Any],
             period: tuple[date, date]) -> tuple[Any, ...] | None:
    """The base period of a change in per cent (``base_period``) or of an amount of change of
    one day's figure (``day_before_base``)."""
    if ch.get("kind") == "percent":
        return base_period(text, d["end"], d["sentence"][1], period)
    return day_before_base(low, d["end"], period)


def mark_change_bases(text: str, drafts: list[dict[str, Any]], lex: Any) -> None:
    """Give each change in per cent, and each amount of change of one day's figure, of a
    daily-reported level its base period (in place)."""
    low = text.lower()
    for i, d in enumerate(drafts):
        ch = next((v for k, v in d.get("extra") or () if k == "change"), None)
        if ch and ch.get("kind") == "percent" and ch.get("from") is not None:
            _unlink_another_base(text, drafts, d, ch, lex)
            _averages_changed(text, drafts, d, ch, lex)
        if not ch or ch.get("kind") not in ("percent", "absolute") or \
                ch.get("kind") == "percent" and ch.get("from") is not None:
            continue
        to = _level_of(drafts, i, ch, lex)
        if to is None:
            continue
        level = drafts[to]
        if ch["kind"] == "percent":
            _undated_level_of_change(d, level, lex, text[d["start"]:d["end"]])
        if not _reported_level(level, lex) or ch["kind"] == "absolute" and \
                d.get("measure") not in (None, level["measure"]):
            # (nor an amount of another count: "1,210 troops ..., 2 tanks more than a day
            # earlier" is no change of the troops)
            continue
        # (the change's own period: "in October were 10.1% higher than in September, at
        # 41,980" may date its level by the month compared)
        period = d.get("period") or level["period"]
        if ch["kind"] == "absolute":
            # (an amount of a day's figure is of its level's day: "down 80 from 1,100 a day
            # earlier" is dated by the earlier day it names, not its own)
            period = level["period"]
        base = _base_of(text, low, d, ch, period)
        if base is None:
            continue
        also: tuple[str, ...] = ()
        if ch["kind"] == "absolute":
            d["period"] = period
            also = tuple(x.isoformat() for x in base[3])
            if not also:
                _earlier_figure(drafts, ch.get("from"), level, base, text[d["start"]:d["end"]])
        d["extra"].append((CHANGE_BASE, (base[0].isoformat(), base[1].isoformat(), base[2],
                                          level["measure"], level["subject"]) +
                           ((also,) if also else ())))
        _carry_keys(d, text[level["start"]:level["end"]])
        _level_after_its_base(d, level, base, period, text[d["start"]:d["end"]])


_PER_DAY = "_per_day"


def _averages_changed(text: str, drafts: list[dict[str, Any]], d: dict[str, Any],
                      ch: dict[str, Any], lex: Any) -> None:
    """"The daily average rose 7% from 1,271 in September to 1,354 in October": a change in
    per cent between two daily averages of a count, each of its own period, is the change of
    the averages the reports give over those periods (not of their sums: a month of 30 days
    against one of 31), so it gets the base period of the level it is from (``CHANGE_BASE``)
    and its level's period; the level it leads to is an average of the same count (both ends of
    one change are one count: "to 1,354 in October" is no month's total beside an average of
    1,271). Only averages of a count the daily reports give. In place; the store works the
    change out, the rules judge it."""
    frm, to = ch.get("from"), ch.get("to")
    if not all(isinstance(x, int) and 0 <= x < len(drafts) for x in (frm, to)) or \
            any(k == CHANGE_BASE for k, _ in d["extra"]):
        return
    lo, hi = drafts[frm], drafts[to]
    avg = lo.get("measure") if str(lo.get("measure") or "").endswith(_PER_DAY) else \
        hi.get("measure") if str(hi.get("measure") or "").endswith(_PER_DAY) else None
    if avg is None and lo.get("measure") == hi.get("measure") and \
            lex.daily_reports(lo.get("measure")):
        # ("Russia lost 45,720 troops in November, up from 41,980 in October: a rise of
        # 8.9%": two periods' totals of one count, the change of the reports' sums)
        avg = str(lo["measure"]) + _PER_DAY
        total = True
    else:
        total = False
    if avg is None or not lex.daily_reports(avg[:-len(_PER_DAY)]) or any(x.get("measure") not in (avg, avg[:-len(_PER_DAY)]) or x.get("unit")
                          or x.get("period") is None or x["period"][1] <= x["period"][0] or
                          x.get("value") is None or x.get("cumulative") for x in (lo, hi)) \
            or not 1 / 3 <= float(hi["value"]) / max(float(lo["value"]), 1e-9) <= 3:
        # (an average beside a period's total, some thirty times it, is no pair of averages)
        return
    if lo["subject"] != hi["subject"] and lo.get("subject") and hi.get("subject"):
        return
    if total:
        avg = avg[:-len(_PER_DAY)]
    for x in (lo, hi):
        x["measure"] = avg
    d["period"] = hi["period"]
    d["extra"].append((CHANGE_BASE, (lo["period"][0].isoformat(), lo["period"][1].isoformat(),
                                     text[lo["start"]:lo["end"]], avg,
                                     lo.get("subject") or hi.get("subject"))))
    _carry_keys(d, text[hi["start"]:hi["end"]])


def _unlink_another_base(text: str, drafts: list[dict[str, Any]], d: dict[str, Any],
                         ch: dict[str, Any], lex: Any) -> None:
    """"Russia lost 32,980 troops in April ..., up from 31,960 in March but about 9% fewer
    than in April 2025": a change in per cent linked to a figure it is not from, when the words
    after it name another month as its base: the link is dropped (in place), so that the
    change is worked from the month it names (``mark_change_bases``)."""
    frm, to = ch.get("from"), ch.get("to")
    if not all(isinstance(x, int) and 0 <= x < len(drafts) for x in (frm, to)):
        return
    level, base_fig = drafts[to], drafts[frm]
    if level.get("period") is None or base_fig.get("period") is None or \
            not _reported_level(level, lex):
        # (only a level the daily reports give can be worked from the month it names)
        return
    base = base_period(text, d["end"], d["sentence"][1], tuple(level["period"]))
    if base is not None and tuple(base_fig["period"]) != base[:2]:
        ch["from"] = None
        if d.get("period") is not None and tuple(d["period"]) == tuple(base_fig["period"]):
            # (the period it took from that figure is its level's)
            d["period"] = level["period"]


def _earlier_figure(drafts: list[dict[str, Any]], at: Any, level: dict[str, Any],
                   base: tuple[date, date, str], words: str) -> None:
    """"Russia lost 1,020 troops over the past day, down 80 from 1,100 a day earlier": the
    figure a change of a day's figure is from, with no count of its own, is the level's count
    on the day before (its measure, subject and day; in place)."""
    if not isinstance(at, int) or not 0 <= at < len(drafts):
        return
    x = drafts[at]
    if x.get("measure") is not None or x.get("unit") or x.get("cumulative") or \
            x.get("sentence") != level.get("sentence"):
        return
    x["measure"], x["period"] = level["measure"], base[:2]
    x["subject"] = x.get("subject") or level["subject"]
    how = f"carried within the sentence: the figure the change \"{words}\" is from"
    for i, (k, v) in enumerate(x.get("extra") or ()):
        if k == "basis":
            x["extra"][i] = (k, tuple((key, how if key in ("measure", "subject") else b)
                                      for key, b in v))
            break


def _period_carried(level: dict[str, Any], words: str) -> None:
    """Record on ``level``'s basis that its period is carried from the change ``words`` say."""
    for i, (k, v) in enumerate(level.get("extra") or ()):
        if k == "basis":
            level["extra"][i] = (k, tuple(
                (key, f"carried within the sentence: the period of the change \"{words}\""
                 if key == "period" else how)
                for key, how in v))
            break


def _level_after_its_base(d: dict[str, Any], level: dict[str, Any],
                          base: tuple[date, date, str], period: tuple[date, date],
                          words: str) -> None:
    """"Losses in October were 10.1% higher than in September, at 41,980": the level written
    after the change and its base is the change's new value, never the base period's, though
    the base's month stands nearest it: it takes the change's period (in place)."""
    if level["start"] < d["end"] or tuple(level["period"]) != base[:2] or \
            tuple(period) == base[:2]:
        return
    level["period"] = period
    _period_carried(level, words)


def _undated_level_of_change(d: dict[str, Any], level: dict[str, Any], lex: Any,
                             words: str) -> None:
    """"Russia's losses fell about 8% in June from May, to 32,420": the level a change in per
    cent of a whole month leads to, written after it in its sentence with no date of its own,
    is of the change's month (in place; readings54)."""
    p = d.get("period")
    if p is None or level.get("period") is not None or level.get("cumulative") or \
            level.get("unit") or level["start"] < d["end"] or \
            level["sentence"] != d["sentence"] or not _whole_month(*p) or \
            not lex.daily_reports(level.get("measure")):
        return
    level["period"] = tuple(p)
    _period_carried(level, words)


def _reported_level(level: dict[str, Any], lex: Any) -> bool:
    """Whether a figure is a count of a period that daily reports give (no running total)."""
    return not level.get("cumulative") and level.get("period") is not None and \
        bool(level.get("measure")) and bool(level.get("subject")) and \
        not level.get("unit") and lex.daily_reports(level["measure"])


def _level_of(drafts: list[dict[str, Any]], i: int, ch: dict[str, Any], lex: Any
              ) -> int | None:
    """The figure change ``i`` is a change of: the level it is linked to; else the one
    daily-reported count of its sentence ("11,570 troops in the past week, up 17% on the week
    before": no level linked; "1,090 casualties on Monday, up 220 from Sunday, taking the
    total to N": an amount of change linked to the running total, which is no day's figure);
    else, for an amount of change that is itself a day's count with no level written ("losses
    over the past day were 130 lower than on Tuesday"), the change itself."""
    to = ch.get("to")
    linked = isinstance(to, int) and 0 <= to < len(drafts)
    if linked and (ch["kind"] == "percent" or not drafts[to].get("cumulative")):
        return to
    found = _level_in_sentence(drafts, i, lex)
    if found is None and ch["kind"] == "absolute" and not linked and \
            _reported_level(drafts[i], lex):
        return i
    return found


def _level_in_sentence(drafts: list[dict[str, Any]], i: int, lex: Any) -> int | None:
    """The one figure of the change's sentence it can be a change of (a daily-reported count
    of a period, of the change's subject if it has one), or None when there is none or more."""
    d = drafts[i]
    found = [j for j, x in enumerate(drafts) if j != i and x.get("sentence") == d["sentence"]
             and _reported_level(x, lex) and d.get("subject") in (None, x.get("subject"))]
    return found[0] if len(found) == 1 else None


def _carry_keys(d: dict[str, Any], words: str) -> None:
    """The change's measure and subject are its level's (``words``), in its sentence."""
    how = f"carried within the sentence: the change of \"{words}\""
    for i, (k, v) in enumerate(d["extra"]):
        if k == "basis":
            d["extra"][i] = (k, tuple((key, how if key in ("measure", "subject") else b)
                                      for key, b in v))
            break
