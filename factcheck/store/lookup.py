"""Looking up what the store knows about a document's claims, as ``Reference`` records.

For every claim with a measure, a subject and a value, ``references_for`` returns:

- ``period`` (dataset): the dataset's figure over the claim's own period, once per lag in the
  dataset's lag window. A report dated R covers the days up to R - ``report_delay``; an article
  quoting it lags it by ``lag`` days. For a per-period claim over days [s, e] and lag L, the
  value is total(e + delay - L) - total(s + delay - L - 1) minus the corrections dated in
  between (a correction is an official one-off adjustment, not that day's losses): daily
  increments and multi-day sums both come from the cumulative series. For a cumulative claim
  the value is the total as of the report of its end day (capped at the publication date).
  Reports dated after the publication date are never used.
- ``latest`` (dataset): for a cumulative claim given as current (its period ends within the
  reporting lag of publication, or is not stated), the latest total published on or before the
  publication date, for staleness.
- ``prior`` (article): claims of articles published before this one with the same measure,
  subject and period (the most recent few per claim).
- ``previous`` (article): the latest claim published before this one with the same measure,
  subject, cumulativeness and place, as of no later than the claim's own period end, any period
  (for changed assessments and for cumulative figures that go down); ``correction`` holds the
  dataset corrections dated between the two, and for a running total ``lower`` is lowered by a
  downward one: it is the floor a later total may fall to.

The document itself is never its own prior: rows with its id, its file or its exact text are
left out. Every look-up is batched into a few indexed queries, whatever the claim count. This
module only reads; it must not write to the store or judge whether values agree.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..extract import vocab
from ..model import Claim, Document, Period, Reference
from ..normalize.figures import number
from ..normalize.crossed_levels import CROSSED_IN, CROSSED_ON
from ..normalize.data_changes import CHANGE_BASE
from ..normalize.mark_gaps import MARK_GAP
from ..normalize.month_records import MONTH_RANK, MONTH_RECORD, WEEK_WINDOW_RECORD
from ..normalize.open_day_rates import OPEN_DAY_REPORT
from ..normalize.readings import (AS_OF_DAY, is_weak, lowest_of, rank_of, record_of,
                                   window_of, windowed_record)
from ..normalize.units import same_dimension
from . import schema
from .db import Prepared
from .crossings import crossing_refs
from .ratio_refs import is_ratio, ratio_refs
from .share_refs import is_war_share, war_share_refs
from .keys import BUNDLED, claim_place, resolved_path, text_hash

MAX_PRIOR = 5        # prior articles per claim, most recent first
_ONE = timedelta(days=1)


@dataclass(frozen=True)
class _Series:
    dataset: str
    measure: str
    subject: str
    unit: str
    source: str
    delay: int
    lags: tuple[int, ...]

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.dataset, self.measure, self.subject)


def references_for(conn: Connection, doc: Document, claims: Sequence[Claim]) -> list[Reference]:
    # (a difference of two of the text's own running totals, "meaning a loss of 20,180", is
    # no running total: their arithmetic checks it, wrong-arithmetic; one its words date,
    # "meaning 21,010 in February so far", is also that period's figure)
    cands = [c for c in claims if c.measure and c.subject and c.value is not None and
             not (c.role == "difference" and c.cumulative)]
    gaps = _gaps_beside_a_level(cands)
    if gaps:
        cands = [c for c in cands if c.id not in gaps]
    if not cands and not any(c.extra and (MARK_GAP in c.extra_dict() or c.role == "record")
                             for c in claims):
        return []
    refs: list[Reference] = []
    ratios = [c for c in cands if is_ratio(c)]
    if ratios:
        # a ratio of two counts the text does not give: each count's values, divided
        refs += ratio_refs(conn, doc, ratios, _dataset_refs)
        cands = [c for c in cands if not is_ratio(c)]
    shares = [c for c in cands if is_war_share(c)]
    if shares:
        # a share of the war's running total the text does not give: part over whole
        refs += war_share_refs(conn, doc, shares, _dataset_refs, _scope_start)
        cands = [c for c in cands if not is_war_share(c)]
    refs += _dataset_refs(conn, doc, cands)
    crossed = [c for c in cands if c.extra and (CROSSED_ON in c.extra_dict() or
                                                CROSSED_IN in c.extra_dict())]
    if crossed:
        # "passed 1 million on 12 June 2025": the report before each report it may be read from
        refs += crossing_refs(crossed, refs, lambda k, d: _totals(conn, {k: (d, d)}).get((k, d)))
    refs += _mark_gap_refs(conn, doc, claims)
    refs += _figureless_record_refs(conn, claims)
    refs += _change_refs(conn, claims, doc.date)
    if doc.date is not None:
        refs += _article_refs(conn, doc, cands)
    order = {c.id: i for i, c in enumerate(claims)}
    roles = {"period": 0, "latest": 1, "prior": 2, "previous": 3}
    refs.sort(key=lambda r: (order.get(r.claim, 0), roles.get(r.role, 9), r.lag))
    return refs


def _mark_gap_refs(conn: Connection, doc: Document, claims: Sequence[Claim]
                   ) -> list[Reference]:
    """A distance to a round mark ("still 1,920 shy of a million", normalize.mark_gaps): for
    each report the mark's count may be taken from (each reporting lag), the mark less that
    report's total; none where the total has passed the mark."""
    out: list[Reference] = []
    for c in claims:
        g = c.extra_dict().get(MARK_GAP) if c.extra and c.value is not None else None
        if not isinstance(g, dict):
            continue
        level = replace(c, measure=g["measure"], subject=g["subject"], cumulative=True,
                        unit="", extra=(), period=Period(date.fromisoformat(g["start"]),
                                                         date.fromisoformat(g["end"])))
        mark = float(g["mark"])
        for r in _dataset_refs(conn, doc, [level]):
            if r.role != "period" or not r.cumulative or r.value >= mark:
                continue
            lo = mark - (r.upper if r.upper is not None else r.value)
            hi = mark - (r.lower if r.lower is not None else r.value)
            out.append(replace(r, value=mark - r.value, lower=lo, upper=hi,
                               detail=f"the {number(mark)} of \"{g['text']}\" less the "
                               f"{r.detail}"))
    return out


def _gaps_beside_a_level(cands: Sequence[Claim]) -> set[str]:
    """The amounts of change that share their measure, subject and period with a figure of
    another value that is no change ("976 artillery systems in March: ... 29 more than in
    September 2023"): the level is the period's figure, the gap is the distance to another
    figure, not a second total of the same period."""
    def key(c: Claim) -> tuple[Any, ...]:
        return (c.measure, c.subject, c.cumulative, c.period and c.period.start,
                c.period and c.period.end)
    levels: dict[tuple[Any, ...], set[float]] = defaultdict(set)
    for c in cands:
        if c.role != "change" and c.period is not None:
            levels[key(c)].add(float(c.value))
    if not levels:
        return set()
    return {c.id for c in cands if c.role == "change" and c.period is not None and
            levels.get(key(c)) and float(c.value) not in levels[key(c)] and
            all(v > float(c.value) for v in levels[key(c)])}


# -- datasets ---------------------------------------------------------------------------------

def _series_for(conn: Connection, pairs: set[tuple[str, str]]) -> dict[tuple[str, str],
                                                                        list[_Series]]:
    out: dict[tuple[str, str], list[_Series]] = defaultdict(list)
    for r in _SERIES.fetch(conn):   # a handful of rows: every measure of every dataset
        if (r.measure, r.subject) not in pairs:
            continue
        out[(r.measure, r.subject)].append(_Series(
            r.dataset_id, r.measure, r.subject, r.unit or "", r.source, r.report_delay,
            tuple(range(r.lag_min, r.lag_max + 1))))
    return out


@dataclass(frozen=True)
class _Plan:
    claim: Claim
    series: _Series
    lag: int
    end: date                     # report date whose total is used
    before: date | None = None    # report date subtracted (per-period), exclusive bound
    reading: tuple[Any, ...] | None = None   # the claim's reading (extra.readings), if several
    days: int = 0                 # a daily average over that many days ("1,271 a day")
    record: bool = False          # the highest daily figure of the reports, not their sum
    lowest: bool = False          # ... the lowest one ("the lowest daily figure since June")
    window: int = 0               # some that many consecutive days' sum, the closest to the claim
    rank: int = 1                 # the rank-th highest (lowest) day of a record plan


# a rate's measure: the count a day, a week or a month (normalize.readings RATE_SUFFIXES)
_PER = {"_per_day": 1, "_per_week": 7, "_per_month": 0, "_per_hour": 0, "_interval": 0}
# a count told as the time between its events ("one every 55 seconds": normalize.
# loss_intervals): the period's seconds over the reports' sum, in seconds
_INTERVAL = "_interval"


def _base(measure: str | None) -> str | None:
    """The measure a rate is of ("personnel_losses_per_day" -> personnel_losses)."""
    for suffix in _PER:
        if measure and measure.endswith(suffix):
            return measure[:-len(suffix)]
    return measure


def _units_in(measure: str | None, period: Period | None, days: int) -> tuple[float, str]:
    """How many of a rate's stretches ``days`` days are, and the stretch's name: days, weeks
    (seven days), months (the calendar months of a period of whole months, "the first
    three months of 2026"; else a month of 30 days, as "the last 30 days" are taken, up to a
    month's length, and of 30.4 days beyond it)."""
    if not measure or measure.endswith("_per_day"):
        return float(days), "day"
    if measure.endswith("_per_week"):
        return days / 7, "week"
    if measure.endswith("_per_hour"):
        # ("1,600 over the previous 24 hours, roughly 67 an hour": a day's report is 24 hours)
        return days * 24.0, "hour"
    if period is not None and period.start.day == 1 and (period.end + _ONE).day == 1:
        months = (period.end.year - period.start.year) * 12 + period.end.month - \
            period.start.month + 1
        if abs(days - (period.end - period.start).days - 1) <= 1:
            return float(months), "month"
    return (1.0 if days <= 31 else days / 30.4375), "month"


@lru_cache(maxsize=1)
def _may_mean() -> dict[str, tuple[str, ...]]:
    """measure -> the other measures a figure of it may be (measures.yaml ``may_mean``): the
    series a dataset keeps apart for some reports ("454 vehicles" in a report of March 2022
    that gave vehicles and fuel tanks apart)."""
    ms = vocab.load("measures.yaml").get("measures", {}) or {}
    return {mid: tuple(str(x) for x in spec["may_mean"]) for mid, spec in ms.items()
            if isinstance(spec, dict) and spec.get("may_mean")}


def _measures_of(measure: str | None) -> tuple[str | None, ...]:
    """The measure a claim's series are looked up by, then those it may also mean (a daily
    average's base measure has none of its own: "1,271 a day" is of the measure itself)."""
    base = _base(measure)
    if base != measure or base is None:
        return (base,)
    return (base, *_may_mean().get(base, ()))


def _claim_measures(c: Claim) -> tuple[str | None, ...]:
    """The measures a claim is looked up by: its measure's (``_measures_of``), then those its
    own bare noun may also mean (``extra.may_mean``, normalize.bare: "110 vehicles" may be the
    armoured vehicles and the vehicles and fuel tanks together)."""
    own = _measures_of(c.measure)
    also = c.extra_dict().get("may_mean") if c.extra and _base(c.measure) == c.measure else None
    return (*own, *(m for m in also if m not in own)) if also else own


def _as_read(c: Claim) -> list[tuple[Claim, tuple[Any, ...] | None]]:
    """The claim as each of its readings (extra.readings: label, start, end, cumulative,
    basis, words), or as itself when its words leave no choice."""
    readings = c.extra_dict().get("readings") if c.extra else None
    if not readings:
        return [(c, None)]
    return [(replace(c, period=Period(date.fromisoformat(r[1]), date.fromisoformat(r[2])),
                     cumulative=bool(r[3])), r) for r in readings]


def _dataset_refs(conn: Connection, doc: Document, cands: list[Claim]) -> list[Reference]:
    """The datasets' values for each claim (as each of its readings): the total a report gave
    for a running total, the difference of two reports' totals for a figure of a period (a
    daily average: that over its days), the latest value where a total is given as current,
    and a ``gap`` where a series has no value for it."""
    series = _series_for(conn, {(m, c.subject)  # type: ignore[misc]
                                for c in cands for m in _claim_measures(c)})
    if not series:
        return []
    pub = doc.date
    plans, latest_wanted = _plans(cands, series, pub)
    spans = _spans(plans)
    totals = _totals(conn, spans)
    plans = _from_series_start(conn, plans, totals)
    corr = _corrections(conn, {k: v for k, v in spans.items()
                               if any(p.before for p in plans if p.series.key == k)})
    tops = _latest_totals(totals, pub)
    refs = [r for p in plans for r in _plan_refs(p, totals, corr, tops)]
    refs += _latest(conn, pub, latest_wanted) if pub is not None else []
    refs += _gaps(conn, pub, cands, series, refs)
    refs += [r for c in cands for r in _month_records(conn, c, series)]
    return refs


def _change_refs(conn: Connection, claims: Sequence[Claim], pub: date | None = None
                 ) -> list[Reference]:
    """For a change in per cent against a base period (``extra.change_base``, normalize.
    data_changes): the change from the base period's sum of the reports to its level's
    period's, in the direction the words give ("fewer": a fall is positive), as a reference of
    the change's own period (the prior rules judge it as any figure); for an amount of change
    of a day's figure from the day before, that amount (``_day_change_refs``)."""
    out: list[Reference] = []
    for c in claims:
        ex = c.extra_dict() if c.extra else {}
        base, ch = ex.get(CHANGE_BASE), ex.get("change") or {}
        if not base or c.period is None:
            continue
        # (a change of two daily averages: of the averages the reports give over each period)
        per_day = str(base[3]).endswith("_per_day")
        key = (str(_base(str(base[3]))), str(base[4]))
        found = [s for s in _series_for(conn, {key}).get(key, ()) if not s.unit]
        if not found:
            continue
        s = found[0]
        if ch.get("kind") == "absolute":
            if not per_day:
                out += _day_change_refs(conn, c, s, base, ch, pub)
            continue
        spans = [(date.fromisoformat(base[0]), date.fromisoformat(base[1])),
                 (c.period.start, c.period.end)]
        got = _period_sums(conn, s, spans)
        if got is None or got[0] <= 0:
            continue
        if per_day:
            got = [v / ((b - a).days + 1) for v, (a, b) in zip(got, spans)]
        pct = (got[1] / got[0] - 1) * 100 * (-1 if ch.get("direction") == "down" else 1)
        out.append(Reference(
            claim=c.id, kind="dataset", role="period", measure=s.measure, subject=s.subject,
            value=round(pct, 4), unit="percent", period=c.period,
            date=c.period.end + timedelta(days=s.delay), source=s.source,
            document=s.dataset,
            detail=f"the change of {'the daily average of ' if per_day else ''}"
                   f"{_words(s.measure)} from {base[0]} to {base[1]} "
                   f"({number(got[0], digits=5 if per_day else None)}) to "
                   f"{c.period.start.isoformat()} to {c.period.end.isoformat()} "
                   f"({number(got[1], digits=5 if per_day else None)}) in the "
                   f"reports [written: \"{base[2]}\"]"))
    return out


def _day_change_refs(conn: Connection, c: Claim, s: _Series, base: Any, ch: dict[str, Any],
                     pub: date | None) -> list[Reference]:
    """"Russia lost 1,210 soldiers over the past day, 120 fewer than a day earlier": the
    amount one day's figure changed from the day before's, in the direction the words give
    ("fewer": a fall is positive), for each report in the lag window out by publication (the
    day's figure may be the publication day's report or the one before, and its change is
    then from the report before that one) and each base day the words may mean."""
    assert c.period is not None
    firsts = [date.fromisoformat(x) for x in (base[0], *(base[5] if len(base) > 5 else ()))]
    words = base[2]
    out: list[Reference] = []
    for lag, first in ((lag, first) for lag in s.lags for first in firsts):
        back = timedelta(days=lag)
        day, prev = c.period.start - back, first - back
        report = c.period.end - back + timedelta(days=s.delay)
        if pub is not None and report > pub:
            continue
        got = _period_sums(conn, s, [(prev, prev), (day, day)])
        if got is None:
            continue
        amount = (got[1] - got[0]) * (-1 if ch.get("direction") == "down" else 1)
        out.append(Reference(
            claim=c.id, kind="dataset", role="period", measure=s.measure, subject=s.subject,
            value=amount, unit=s.unit, period=Period(day, day), date=report, lag=lag,
            source=s.source, document=s.dataset,
            detail=f"the change of {_words(s.measure)} from {prev.isoformat()} "
                   f"({number(got[0], digits=None)}) to {day.isoformat()} "
                   f"({number(got[1], digits=None)}) in the reports of "
                   f"{(prev + timedelta(days=s.delay)).isoformat()} and {report.isoformat()} "
                   f"[written: \"{words}\"]"))
    return out


def _period_sums(conn: Connection, s: _Series, periods: list[tuple[date, date]]
                 ) -> list[float] | None:
    """Each period's sum of the reports (the totals at its two ends), or None when one is
    missing."""
    shift = timedelta(days=s.delay)
    lo = min(a for a, _ in periods) + shift - _ONE
    hi = max(b for _, b in periods) + shift
    totals = {d: v for (_, d), v in _totals(conn, {s.key: (lo, hi)}).items()}
    out = []
    for a, b in periods:
        x, y = totals.get(a + shift - _ONE), totals.get(b + shift)
        if x is None or y is None:
            return None
        out.append(y - x)
    return out


def _month_records(conn: Connection, c: Claim, series: dict[tuple[str, str], list[_Series]]
                   ) -> list[Reference]:
    """For a month called the record of a window (``extra.month_record``, normalize.
    month_records): the highest month of the reports in that window, when it is another
    month than the claim's or its own (role ``month_record``, record 3;
    ``month-record-mismatch`` flags another, costlier one). Each month is the difference of the reports at
    its two ends (corrections left in, as copy sums the reports). A calendar week called the
    record week is read the same way against the window's weeks, Monday to Sunday (role
    ``week_record``; ``week-record-mismatch``)."""
    extra = c.extra_dict() if c.extra else {}
    rolling = extra.get(WEEK_WINDOW_RECORD)
    window = extra.get(MONTH_RECORD) or extra.get(MONTH_RANK) or rolling
    if not window or c.period is None:
        return []
    place = int(window[3]) if len(window) > 3 and not rolling else 1
    found = [s for s in series.get((c.measure, c.subject), ())  # type: ignore[arg-type]
             if _same_unit(c.unit, s.unit)]
    if not found:
        return []
    s, shift = found[0], timedelta(days=found[0].delay)
    first, last = date.fromisoformat(window[0]), date.fromisoformat(window[1])
    totals = {d: v for (_, d), v in _totals(conn, {s.key: (first + shift - _ONE,
                                                           last + shift)}).items()}
    week = (c.period.end - c.period.start).days == 6
    units = _rolling_sums(totals, first, last, shift) if rolling and not rolling[3] else \
        _unit_sums(totals, first, last, shift, week)
    if not week and c.period.start.day == 1 and c.period.end == last and \
            (last + _ONE).day != 1:
        # a month to date ("28,290 so far this month, ... already the deadliest month of the
        # war"): its reports so far, against the window's whole months (readings75)
        a, b = totals.get(c.period.start + shift - _ONE), totals.get(last + shift)
        if a is not None and b is not None:
            units.append((b - a, c.period.start, last))
    own = next((v for v, a, _ in units if a == c.period.start), None)
    if not units or own is None:
        return []
    # (the window's highest unit, whichever it is: whether it is another than the claim's
    # and breaks the claim's record is the rules' to decide, month-record-mismatch and
    # week-record-mismatch: ``pstart``, ``lower`` against the claim's)
    if len(units) < place:
        return []
    # (a place below the first, "the second-costliest month of 2025": the window's month in
    # that place; another, costlier than the claim's figure, holds it: month-rank-mismatch)
    best = sorted(units, reverse=True)[place - 1]
    name = "week" if week else "month"
    mine_ref = [] if c.value is not None else [Reference(
        claim=c.id, kind="dataset", role=f"{name}_own", measure=s.measure,
        subject=s.subject, value=own, unit=s.unit, period=c.period,
        date=c.period.end + shift, cumulative=False, source=s.source, document=s.dataset,
        detail=f"the {name}'s own {_words(s.measure)} in the reports of "
               f"{(c.period.start + shift).isoformat()} to "
               f"{(c.period.end + shift).isoformat()}")]
    which = f"the week of {best[1].isoformat()}" if week else best[1].strftime('%B %Y')
    mine = f"the week of {c.period.start.isoformat()}" if week else \
        c.period.start.strftime('%B %Y')
    held = "highest" if place == 1 else f"{_PLACES.get(place, str(place) + 'th')}-highest"
    return [Reference(
        claim=c.id, kind="dataset", role=f"{name}_{'record' if place == 1 else 'rank'}",
        measure=s.measure, subject=s.subject, value=best[0], unit=s.unit,
        period=Period(best[1], best[2]),
        date=best[2] + shift, cumulative=False, source=s.source, document=s.dataset,
        detail=f"read as the {'record' if place == 1 else 'place ' + str(place)} of "
               f"{window[0]} to {window[1]} [written: \"{window[2]}\"]: "
               f"the {held} {name}'s {_words(s.measure)} in the reports of "
               f"{(first + shift).isoformat()} to {(last + shift).isoformat()}: "
               f"{which} (reports of {(best[1] + shift).isoformat()} to "
               f"{(best[2] + shift).isoformat()}), against {number(own, digits=None)} for "
               f"{mine}", record=3)] + mine_ref


_PLACES = {2: "second", 3: "third", 4: "fourth", 5: "fifth"}


def _figureless_record_refs(conn: Connection, claims: Sequence[Claim]) -> list[Reference]:
    """(readings73) For a record month or week said with no figure ("December was the
    deadliest month for Russian forces"; normalize.figureless_records, role ``record``): the
    window's highest month (``_month_records``) and the month's own sum (role
    ``month_own``/``week_own``), which the rules record-unit-matches and
    record-unit-mismatch compare."""
    records = [c for c in claims if c.value is None and c.role == "record" and c.measure and
               c.subject and c.period is not None and c.extra and
               any(k in c.extra_dict() for k in (MONTH_RECORD, MONTH_RANK, WEEK_WINDOW_RECORD))]
    if not records:
        return []
    series = _series_for(conn, {(c.measure, c.subject) for c in records})  # type: ignore[misc]
    return [r for c in records for r in _month_records(conn, c, series)]


def _rolling_sums(totals: dict[date, float], first: date, last: date, shift: timedelta
                  ) -> list[tuple[float, date, date]]:
    """(sum, first day, last day) of every seven consecutive days from ``first`` to ``last``
    (readings75: "the most in any week of the war" said of the past seven days, which are no
    calendar week): the difference of the reports at its two ends, one pass over the days."""
    out: list[tuple[float, date, date]] = []
    end = first + timedelta(days=6)
    while end <= last:
        a, b = totals.get(end + shift - timedelta(days=7)), totals.get(end + shift)
        if a is not None and b is not None:
            out.append((b - a, end - timedelta(days=6), end))
        end += _ONE
    return out


def _unit_sums(totals: dict[date, float], first: date, last: date, shift: timedelta,
               week: bool) -> list[tuple[float, date, date]]:
    """(sum, first day, last day) of each calendar month, or each week from Monday to Sunday,
    from ``first`` to ``last``: the difference of the reports at its two ends."""
    out: list[tuple[float, date, date]] = []
    day = first + timedelta(days=(7 - first.weekday()) % 7) if week else first
    while day <= last:
        end = day + timedelta(days=6) if week else \
            (day + timedelta(days=32)).replace(day=1) - _ONE
        a, b = totals.get(day + shift - _ONE), totals.get(end + shift)
        if a is not None and b is not None and end <= last:
            out.append((b - a, day, end))
        day = end + _ONE
    return out


@lru_cache(maxsize=64)
def _scope_start(measure: str) -> date | None:
    """The day a measure's running totals count from (measures.yaml: its domain's
    ``scope_start``, the invasion for the war's losses); None for a measure with none."""
    ms = vocab.load("measures.yaml")
    dom = ((ms.get("measures", {}) or {}).get(measure) or {}).get("domain")
    v = ((ms.get("domains", {}) or {}).get(dom) or {}).get("scope_start")
    return v if isinstance(v, date) or not v else date.fromisoformat(str(v))


def _from_series_start(conn: Connection, plans: list[_Plan],
                       totals: dict[tuple[tuple[str, str, str], date], float]) -> list[_Plan]:
    """A period that opens before a running-total series starts and takes in its first
    report ("106,720 in 2022", "343 a day in 2022" of losses counted from the invasion): a
    series that starts with the event its measure counts from (``_scope_start``) counts from
    nothing, so the period is the part from its start (the day before its
    first report, total 0), and a daily average is over those days (or, a second reading,
    over all the period's days). A period wholly before
    the series stays without a value (``_gaps`` says why)."""
    out: list[_Plan] = []
    firsts: dict[tuple[str, str, str], date | None] = {}
    for p in plans:
        s = p.series
        if p.before is None or p.record or p.window or (s.key, p.before) in totals or \
                (s.key, p.end) not in totals:
            out.append(p)
            continue
        if s.key not in firsts:
            row = _BOUNDS.fetch(conn, measure=s.measure, subject=s.subject,
                                dataset=s.dataset)[0]
            firsts[s.key] = date.fromisoformat(row[0]) if row[0] else None
        first = firsts[s.key]
        event = _scope_start(s.measure)
        if first is None or event is None or (first - event).days > 7 or \
                not p.before < first <= p.end:
            out.append(p)
            continue
        start = first - _ONE
        totals[(s.key, start)] = 0.0
        out.append(replace(p, before=start, days=(p.end - start).days if p.days else 0))
        if p.days:
            # ... or over the whole period, as a writer dividing by its days may take it
            out.append(replace(p, before=start))
    return out


def _record_ref(p: _Plan, totals: dict[tuple[tuple[str, str, str], date], float],
                corr: Sequence[tuple[date, float]], said: str, read: dict[str, Any]
                ) -> list[Reference]:
    """The highest (``p.lowest``: the lowest) daily figure of the reports after ``p.before``
    up to ``p.end`` (each the difference of two consecutive reports' totals, corrections left
    out); of a ranked plan, the ``p.rank``-th highest (lowest) of those days."""
    s, c = p.series, p.claim
    fixes = dict(corr)
    found: list[tuple[float, date]] = []
    day = p.before + _ONE
    while day <= p.end:
        a, b = totals.get((s.key, day - _ONE)), totals.get((s.key, day))
        if a is not None and b is not None:
            found.append((b - a - fixes.get(day, 0.0), day))
        day += _ONE
    if len(found) < p.rank:
        return []
    # (the earliest of equal days first, as the single record takes the first)
    found.sort(key=lambda x: (x[0] if p.lowest else -x[0], x[1]))
    best = found[p.rank - 1]
    shift = timedelta(days=s.delay)
    first = p.before + _ONE
    return [Reference(
        claim=c.id, kind="dataset", role="period", measure=s.measure, subject=s.subject,
        value=best[0], unit=s.unit, period=Period(best[1] - shift, best[1] - shift),
        date=best[1], lag=p.lag, cumulative=False, source=s.source, document=s.dataset,
        detail=f"{said}the {_rank_words(p.rank)}{'lowest' if p.lowest else 'highest'} daily "
               f"{_words(s.measure)} "
               f"in the reports of "
               f"{first.isoformat()} to {p.end.isoformat()}: the report of "
               f"{best[1].isoformat()}", record=_record_kind(p), **read)]


def _rank_words(rank: int) -> str:
    """"second-" for a rank of 2; "" for the record itself."""
    return "" if rank <= 1 else {2: "second-", 3: "third-"}.get(rank, f"{rank}th-")


def _record_kind(p: _Plan) -> int:
    """A record reference's ``record``: -1 the lowest, 1 the highest, doubled when the words
    name its window (normalize.readings ``windowed_record``)."""
    kind = -1 if p.lowest else 1
    return kind * 2 if p.reading is not None and windowed_record(p.reading) else kind


def _window_ref(p: _Plan, totals: dict[tuple[tuple[str, str, str], date], float],
                corr: Sequence[tuple[date, float]], said: str, read: dict[str, Any]
                ) -> list[Reference]:
    """Of every ``p.window`` consecutive days in the reports after ``p.before`` up to
    ``p.end``, the sum closest to the claim (corrections left out): "within just one week" in
    a month says some week's figure, not which; the rules judge the claim against it."""
    s, c = p.series, p.claim
    assert p.before is not None
    lo = c.lower if c.lower is not None else c.value
    hi = c.upper if c.upper is not None else c.value
    if lo is None or hi is None:
        return []
    if c.measure and c.measure.endswith(_INTERVAL):
        return _interval_window_ref(p, totals, said, read)
    fixes = sorted(corr)

    def distance(v: float) -> float:
        return 0.0 if lo <= v <= hi else min(abs(v - lo), abs(v - hi))

    best = _closest_window(p, totals, distance, fixes)
    if best is None:
        return []
    shift = timedelta(days=s.delay)
    first = best[2] - timedelta(days=p.window - 1)
    covered = Period(first - shift, best[2] - shift)
    return [Reference(
        claim=c.id, kind="dataset", role="period", measure=s.measure, subject=s.subject,
        value=best[1], unit=s.unit, period=covered, date=best[2], lag=p.lag, cumulative=False,
        source=s.source, document=s.dataset,
        detail=f"{said}{_covered_words(s.measure, covered, first, best[2])}, the "
               f"{p.window} days of the reports of {(p.before + _ONE).isoformat()} to "
               f"{p.end.isoformat()} closest to the figure", **read)]


def _closest_window(p: _Plan, totals: dict[tuple[tuple[str, str, str], date], float],
                    distance: Callable[[float], float],
                    fixes: Sequence[tuple[date, float]]) -> tuple[float, float, date] | None:
    """(distance, sum, last report) of the ``p.window`` consecutive days' reports after
    ``p.before`` up to ``p.end`` whose sum (less the corrections ``fixes`` in it) ``distance``
    puts closest to the claim; None when no window has both ends reported (or none is at a
    finite distance)."""
    s = p.series
    assert p.before is not None
    best: tuple[float, float, date] | None = None
    day = p.before + timedelta(days=p.window)
    while day <= p.end:
        a, b = totals.get((s.key, day - timedelta(days=p.window))), totals.get((s.key, day))
        if a is not None and b is not None:
            v = b - a - sum(x for d, x in fixes if day - timedelta(days=p.window) < d <= day)
            dist = distance(v)
            if dist < math.inf and (best is None or dist < best[0]):
                best = (dist, v, day)
        day += _ONE
    return best


def _interval_window_ref(p: _Plan, totals: dict[tuple[tuple[str, str, str], date], float],
                         said: str, read: dict[str, Any]) -> list[Reference]:
    """An interval's window reading ("Every 49 seconds Russia loses a soldier", no stretch
    named: some single day's report of the last 30 days): of every ``p.window`` consecutive
    days' sum, the one whose interval (their seconds over the sum) is closest to the claim's,
    as ``_interval_ref`` gives it."""
    s, c = p.series, p.claim
    assert p.before is not None and c.value is not None
    step = _INTERVAL_UNITS.get(c.unit or "second", 1.0)
    want = c.value * step

    def distance(v: float) -> float:
        if v <= 0:
            return math.inf
        gap = p.window * 86400.0 / v
        lo, hi = math.floor(gap / step) * step, math.ceil(gap / step) * step
        return 0.0 if lo <= want <= hi else min(abs(want - lo), abs(want - hi))

    best = _closest_window(p, totals, distance, ())
    if best is None:
        return []
    shift = timedelta(days=s.delay)
    first = best[2] - timedelta(days=p.window - 1)
    covered = Period(first - shift, best[2] - shift)
    same = dict(claim=c.id, kind="dataset", role="period", subject=s.subject, unit=s.unit,
                period=covered, date=best[2], lag=p.lag, cumulative=False, source=s.source,
                document=s.dataset, **read)
    words = (f"{_covered_words(s.measure, covered, first, best[2])}, the {p.window} days of the "
             f"reports of {(p.before + _ONE).isoformat()} to {p.end.isoformat()} closest to "
             f"the figure")
    return [_interval_ref(replace(p, days=p.window), c, best[1], words, said, same, None)]


def _plans(cands: list[Claim], series: dict[tuple[str, str], list[_Series]], pub: date | None
           ) -> tuple[list[_Plan], list[tuple[Claim, _Series]]]:
    """Which report totals each claim reading is compared with, for every series of its
    measure and subject in a unit it converts to and every lag the series allows; and the
    running totals given as current, whose latest value is wanted too."""
    plans: list[_Plan] = []
    latest_wanted: list[tuple[Claim, _Series]] = []
    for c0 in cands:
        for c, rd in _as_read(c0):
            days = 0
            if c.measure != _base(c.measure):
                # a daily average over its period: the period's sum divided by its days
                if c.cumulative or c.period is None or c.period.end < c.period.start or \
                        c.period.end == c.period.start and \
                        not c.measure.endswith(("_per_hour", _INTERVAL)) and \
                        (rd is None or rd[4] != OPEN_DAY_REPORT):
                    continue    # (an hour's rate may be of one day's report; so may a day's
                    # rate said of now: normalize.open_day_rates)
                days = (c.period.end - c.period.start).days + 1
            for s in (s for m in _claim_measures(c)
                      for s in series.get((m, c.subject), ())):  # type: ignore[arg-type]
                if not _same_unit(c.unit, s.unit) and not c.measure.endswith(_INTERVAL):
                    continue
                if c.cumulative:
                    plans += _total_plans(c, rd, s, pub)
                    # staleness is about totals given as current: a total the text dates to
                    # an earlier day ("694,950 at the end of October") is history, not stale
                    if rd is None and pub is not None and (c.period is None or c.period.end
                                                           + timedelta(days=s.delay + max(
                                                               s.lags, default=0)) >= pub) \
                            and not _dated_before(c, pub):
                        latest_wanted.append((c, s))
                elif rd is not None and (record_of(rd) or window_of(rd)) and \
                        c.period is not None:
                    plans.append(_record_plan(c, rd, s, pub))
                elif c.period is not None:
                    plans += _period_plans(c, rd, s, pub, days)
    return plans, latest_wanted


def _total_plans(c: Claim, rd: tuple[Any, ...] | None, s: _Series, pub: date | None
                 ) -> list[_Plan]:
    """A running total: the report of its day (or of publication), at each lag."""
    as_of = c.extra_dict().get(AS_OF_DAY) if c.extra and rd is None else None
    if as_of is not None and c.period is not None and pub is not None:
        return _as_of_plans(c, s, pub, as_of)
    if c.period is not None:
        base = c.period.end + timedelta(days=s.delay)
        if pub is not None:
            base = min(base, pub)
    elif pub is not None:
        base = pub
    else:
        return []
    lags = s.lags
    day = c.extra_dict().get("report_day") if c.extra and rd is None else None
    if day is not None and (base - date.fromisoformat(day)).days in lags:
        # the text names the report ("said in its report released Monday"): that one only
        lags = ((base - date.fromisoformat(day)).days,)
    return [_Plan(c, s, lag, base - timedelta(days=lag), reading=rd) for lag in lags]


def _as_of_plans(c: Claim, s: _Series, pub: date, as_of: str) -> list[_Plan]:
    """A running total "as of" a day (normalize.readings ``AS_OF_DAY``): the report of that
    day, and, unless the words say "the morning of", the next one (the losses through that
    day), as long as it came out by publication; never a report before the day named."""
    assert c.period is not None
    base = c.period.end + timedelta(days=s.delay)
    return [_Plan(c, s, lag, base - timedelta(days=lag)) for lag in s.lags
            if base - timedelta(days=lag) <= pub and lag <= s.delay and
            (as_of != "morning" or lag == s.delay)]


def _record_plan(c: Claim, rd: tuple[Any, ...], s: _Series, pub: date | None) -> _Plan:
    """A record reading (the highest daily figure of the reports over its days) or a window
    reading (the sum of some consecutive days of them closest to the claim)."""
    assert c.period is not None
    shift = timedelta(days=s.delay)
    end = c.period.end + shift
    if pub is not None:
        end = min(end, pub)
    return _Plan(c, s, 0, end, c.period.start + shift - _ONE, reading=rd,
                 record=not window_of(rd), window=window_of(rd), lowest=lowest_of(rd),
                 rank=rank_of(rd))


def _period_plans(c: Claim, rd: tuple[Any, ...] | None, s: _Series, pub: date | None,
                  days: int) -> list[_Plan]:
    """A figure of a period: the reports at its end and before its start, at each lag, as
    long as the one at its end came out before publication."""
    assert c.period is not None
    out = []
    # the text names the report of a one-day figure ("Kyiv said on Tuesday, 950 of them in the
    # past day"): that report only, as for a running total
    day = c.extra_dict().get("report_day") if c.extra and rd is None else None
    fixed = _start_written(c, days)
    for lag in s.lags:
        shift = timedelta(days=s.delay - lag)
        end = c.period.end + shift
        if pub is not None and end > pub or day is not None and end.isoformat() != day:
            continue
        before = c.period.start + (timedelta(days=s.delay) if fixed else shift) - _ONE
        if end <= before:
            continue
        out.append(_Plan(c, s, lag, end, before, reading=rd, days=days))
    return out + _month_of_reports(c, rd, s, pub, days, day) + \
        _to_date_from_the_last_report(c, rd, s, pub, days, day) + \
        _average_of_days_fought(c, rd, s, pub, days, day)


def _start_written(c: Claim, days: int) -> bool:
    """Whether a sum to date opens on a day the text names ("Sixteen of them were lost since
    November 4", "since Monday"): an article quoting an earlier report ends the sum earlier,
    but its first day stays the one written (its report or the day's fighting are the
    readings ``normalize.readings._since_report`` gives), so the lag moves only the end. Not a
    month's or year's start (its readings are ``_to_date_from_the_last_report``'s) nor an
    average (its days are the period's own). (readings70)"""
    assert c.period is not None
    return not days and c.period.start.day != 1 and bool(
        c.extra and c.extra_dict().get("to_date"))


def _average_of_days_fought(c: Claim, rd: tuple[Any, ...] | None, s: _Series,
                            pub: date | None, days: int, day: str | None) -> list[_Plan]:
    """A daily average over days that end on publication ("over the week to Monday, on
    average 1,261 a day" on Monday): beside the reports dated in them (the plan at the later
    lag), the days fought and reported by then, one fewer (the reports after its first day's
    to publication's), the reading "so far in April" is given. Planned at the later lag so
    that it supports a figure and never is the one a mismatch is reported against."""
    assert c.period is not None
    if not days or days < 3 or pub is None or c.period.end != pub or day is not None or \
            s.delay < 1 or len(s.lags) < 2:
        return []
    before = c.period.start + timedelta(days=s.delay - 1)
    return [_Plan(c, s, max(s.lags), pub, before, reading=rd, days=(pub - before).days)]


def _written_exact(c: Claim) -> bool:
    """Whether a figure is written exact, as a difference of two totals is: no interval, or
    with no qualifier or hedge only its last digits' rounding, finer than a thousandth of it
    ("248,700" may be rounded to the hundred, but a total the reports count in tens is that
    precise; "just under 41,000" and "about 250,000" are not)."""
    if c.value is None:
        return False
    if c.lower in (None, c.value) and c.upper in (None, c.value):
        return True
    return c.qualifier is None and c.hedge is None and c.lower is not None and \
        c.upper is not None and c.upper - c.lower < abs(c.value) / 1000


def _month_of_reports(c: Claim, rd: tuple[Any, ...] | None, s: _Series, pub: date | None,
                      days: int, day: str | None) -> list[_Plan]:
    """A calendar month as writers often take it from the reports: the total of the report
    dated on its last day less the one dated on its first ("At the beginning of December this
    figure stood at 330,040 ... 413 tanks throughout December"), thirty days' reports of a
    thirty-one-day month. A reading beside the two whole-month ones, planned at the later lag
    so that it supports a figure and never is the one a mismatch is reported against. Only
    for a figure written exact, as a difference of two totals is: a hedged or round one ("just
    under 41,000") rounds the month's own figure."""
    assert c.period is not None
    a, b = c.period.start, c.period.end
    exact = _written_exact(c)
    if not exact or day is not None or s.delay < 1 or len(s.lags) < 2 or a.day != 1 or \
            (b + _ONE).day != 1 or a.month != b.month or a.year != b.year:
        return []
    end = b + timedelta(days=s.delay - 1)
    if pub is not None and end > pub:
        return []
    before = a + timedelta(days=s.delay - 1)
    return [_Plan(c, s, max(s.lags), end, before, reading=rd,
                  days=(end - before).days if days else 0)]


def _to_date_from_the_last_report(c: Claim, rd: tuple[Any, ...] | None, s: _Series,
                                  pub: date | None, days: int, day: str | None) -> list[_Plan]:
    """A sum to date from the first of a month or year ("So far this year Russia has lost
    67,080 troops", normalize.readings ``TO_DATE``) as writers often take it from the totals:
    the latest report's less the last one dated before the period (the total "as the year
    began" read from the year-end report), one report more than the period's own days. A
    reading beside the period's own, planned at the later lag so that it supports a figure and
    never is the one a mismatch is reported against; only for a figure written exact."""
    assert c.period is not None
    a, b = c.period.start, c.period.end
    exact = _written_exact(c)
    if not exact or day is not None or rd is not None or days or s.delay < 1 or \
            len(s.lags) < 2 or a.day != 1 or not (c.extra and c.extra_dict().get("to_date")):
        return []
    end = b + timedelta(days=s.delay)
    if pub is not None and end > pub or b <= a:
        return []
    return [_Plan(c, s, max(s.lags), end, a + timedelta(days=s.delay - 2), reading=rd)]


def _latest_totals(totals: dict[tuple[tuple[str, str, str], date], float], pub: date | None
                   ) -> dict[tuple[str, str, str], tuple[date, float]]:
    """Each series' latest total read, up to publication (its report date and value)."""
    out: dict[tuple[str, str, str], tuple[date, float]] = {}
    for (key, day), v in totals.items():
        if (pub is None or day <= pub) and (key not in out or day > out[key][0]):
            out[key] = (day, v)
    return out


def _above_every_total(p: _Plan, tops: dict[tuple[str, str, str], tuple[date, float]]
                       ) -> str:
    """A figure read as a running total by a document default only ("Russia also lost 9,294
    tanks" on a day the total was 9,249): when even its lower bound is above the series' latest
    total up to publication, no reading can reach it (no earlier total, no part of the war, no
    day is as large), so the default is not what a mismatch rests on; the words saying so, or
    "". Only for a figure credited to a source ("The ministry said ... 153 helicopters" names
    none: whose count, which total, nothing in its paragraph says)."""
    top = tops.get(p.series.key)
    lo = p.claim.lower if p.claim.lower is not None else p.claim.value
    if top is None or lo is None or not p.claim.source or p.end != top[0] or lo <= top[1]:
        return ""
    return f"; above every total reported up to {top[0].isoformat()}, so no reading reaches it"


def _plan_refs(p: _Plan, totals: dict[tuple[tuple[str, str, str], date], float],
               corr: dict[tuple[str, str, str], list[tuple[date, float]]],
               tops: dict[tuple[str, str, str], tuple[date, float]] | None = None
               ) -> list[Reference]:
    """The references one plan gives: the report's total, or the period's value from two
    totals (corrections in between left out, and, over several days, also kept in)."""
    s, c = p.series, p.claim
    end_total = totals.get((s.key, p.end))
    if end_total is None:
        return []
    rd = p.reading
    read: dict[str, Any] = dict(reading=rd[0], weak=is_weak(rd[4])) if rd else {}
    said = f"read as {rd[0]} [{rd[4]}]: " if rd else ""
    if p.before is None and read.get("weak") and tops and (above := _above_every_total(p, tops)):
        read["weak"] = False
        said = f"read as {rd[0]} [{rd[4]}{above}]: " if rd else said
    if p.before is None:
        return [Reference(
            claim=c.id, kind="dataset", role="period", measure=s.measure, subject=s.subject,
            value=end_total, unit=s.unit, period=c.period, date=p.end, lag=p.lag,
            cumulative=True, source=s.source, document=s.dataset,
            detail=f"{said}total {_words(s.measure)} in the report of {p.end.isoformat()}",
            **read)]
    if p.record:
        return _record_ref(p, totals, corr.get(s.key, ()), said, read)
    if p.window:
        return _window_ref(p, totals, corr.get(s.key, ()), said, read)
    before_total = totals.get((s.key, p.before))
    if before_total is None:
        return []
    fixes = [(d, v) for d, v in corr.get(s.key, ()) if p.before < d <= p.end]
    fix = sum(v for _, v in fixes)
    first = p.before + _ONE
    shift = timedelta(days=s.delay)
    covered = Period(first - shift, p.end - shift)
    plain = _covered_words(s.measure, covered, first, p.end)
    fixes_words = ", ".join(f"{_num(v)} on {d.isoformat()}" for d, v in fixes)
    detail = plain + (", leaving out the correction of " + fixes_words if fixes else "")
    same = dict(claim=c.id, kind="dataset", role="period", subject=s.subject, unit=s.unit,
                period=covered, date=p.end, lag=p.lag, cumulative=False, source=s.source,
                document=s.dataset, **read)
    if p.days:
        # an average is given in whole units: any figure between its floor and ceiling; with
        # a correction in the span, the average of the two totals' difference, correction
        # included, is the other plausible reading (what a writer gets from the totals)
        avgs = [(fix, detail)]
        if fixes:
            avgs.append((0.0, plain + ", the correction of " + fixes_words + " included"))
        return [_average_ref(p, c, end_total - before_total - f, words, said, same,
                             fix if fixes else None) for f, words in avgs]
    out = [Reference(measure=s.measure, value=end_total - before_total - fix,
                     detail=said + detail, correction=fix if fixes else None, **same)]
    if fixes:
        # the difference of the two totals, correction included, is the other plausible
        # reading: what a writer gets by subtracting the totals, and, for one day, the
        # increment the morning report printed beside its total
        out.append(Reference(
            measure=s.measure, value=end_total - before_total, correction=fix,
            detail=said + plain + ", as the difference of the two totals (the correction "
            "of " + fixes_words + " included)", **same))
    return out


def _average_ref(p: _Plan, c: Claim, total: float, detail: str, said: str,
                 same: dict[str, Any], correction: float | None) -> Reference:
    """A daily average over the plan's days of ``total``, as a reference: any figure between its
    floor and ceiling."""
    if c.measure and c.measure.endswith(_INTERVAL):
        return _interval_ref(p, c, total, detail, said, same, correction)
    units, stretch = _units_in(c.measure, c.period, p.days)
    avg = total / units
    lo, hi = float(math.floor(avg)), float(math.ceil(avg))
    if c.value is not None and c.value >= 100 and c.value % 10 == 0:
        # an average written to the ten ("an average of 1,140 casualties a day in July"
        # for 1,142.6): the average rounded to the ten is what the writer had
        ten = float(round(avg, -1))
        lo, hi = min(lo, ten), max(hi, ten)
    # the dataset publishes no averages: every one is someone's arithmetic on the reports,
    # with its own window and days and the reports as first published (British intelligence's
    # 776 a day for March 2023 where the reports give 777.4, its 1,523 for November 2024 where
    # they give 1,524): a figure within AVERAGE_MARGIN of the average is not contradicted
    return Reference(measure=c.measure or p.series.measure, value=round(avg, 1), lower=lo,
                     upper=hi, detail=f"{said}average per {stretch} of {detail}, {_num(total)} over "
                     f"{p.days} days", correction=correction, margin=AVERAGE_MARGIN, **same)


# the spread of a daily average worked out by others (a share of it): half a per cent
AVERAGE_MARGIN = 0.005
# the seconds of each unit an interval between losses is written in (loss_intervals)
_INTERVAL_UNITS = {"second": 1.0, "minute": 60.0, "hour": 3600.0}


def _interval_ref(p: _Plan, c: Claim, total: float, detail: str, said: str,
                  same: dict[str, Any], correction: float | None) -> Reference:
    """The time between the events of the plan's sum ("one every 55 seconds" of 48,670 in
    December): the period's seconds over the sum, in seconds; any figure between its floor
    and ceiling (a writer rounds either way), within AVERAGE_MARGIN."""
    seconds = p.days * 86400.0
    gap = seconds / total if total > 0 else float("inf")
    if gap == float("inf"):
        gap = seconds
    # (rounded in the figure's own unit: "one tank every two hours" for 2.03 hours)
    step = _INTERVAL_UNITS.get(c.unit or "second", 1.0)
    lo, hi = math.floor(gap / step) * step, math.ceil(gap / step) * step
    same = {**same, "unit": "second"}
    return Reference(measure=c.measure or p.series.measure, value=round(gap, 1), lower=lo,
                     upper=hi, detail=f"{said}one every {number(round(gap, 1))} seconds: the "
                     f"{number(p.days * 86400)} seconds of {detail}, over their sum of "
                     f"{_num(total).lstrip('+')}",
                     correction=correction, margin=AVERAGE_MARGIN, **same)


def _covered_words(measure: str, covered: Period, first: date, end: date) -> str:
    """"personnel losses over 2024-12-16 (report of 2024-12-17)", or over days, reports."""
    if first == end:
        return (f"{_words(measure)} over {covered.start.isoformat()} "
                f"(report of {end.isoformat()})")
    return (f"{_words(measure)} over {covered.start.isoformat()} to "
            f"{covered.end.isoformat()} (reports of {first.isoformat()} to "
            f"{end.isoformat()})")


def _gaps(conn: Connection, pub: date | None, cands: list[Claim],
          series: dict[tuple[str, str], list[_Series]], refs: list[Reference]
          ) -> list[Reference]:
    """For a claim a dataset has a series for but no value for: a ``gap`` reference saying
    why (no period, before the dataset starts, after it ends, not published by then), so
    that the report can account for every figure. Gaps are not posted to the engine."""
    have = {r.claim for r in refs if r.role == "period"}
    out: list[Reference] = []
    bounds: dict[tuple[str, str, str], tuple[date | None, date | None]] = {}
    for c in cands:
        if c.id in have:
            continue
        found = [s for s in series.get((c.measure, c.subject), ())  # type: ignore[arg-type]
                 if _same_unit(c.unit, s.unit)]
        if not found:
            continue
        s = found[0]
        if s.key not in bounds:
            row = _BOUNDS.fetch(conn, measure=s.measure, subject=s.subject,
                                dataset=s.dataset)[0]
            bounds[s.key] = (date.fromisoformat(row[0]) if row[0] else None,
                             date.fromisoformat(row[1]) if row[1] else None)
        first, last = bounds[s.key]
        ends = [p.end for _, p in ((x, x.period) for x, _ in _as_read(c)) if p is not None]
        if not ends:
            why, reason = ("no period", "the text says neither the day nor that it is a "
                           "running total")
        elif first is not None and max(ends) + timedelta(days=s.delay) < first:
            why, reason = ("before the dataset starts",
                           f"the dataset starts on {first.isoformat()}")
        elif last is not None and min(ends) > last:
            why, reason = ("after the dataset ends", f"the dataset ends on {last.isoformat()}")
        elif pub is not None and min(ends) >= pub:
            why, reason = ("no reference for that period",
                           "the report covering that period came out after publication")
        else:
            why, reason = ("no reference for that period",
                           "the dataset has no value for that period")
        out.append(Reference(
            claim=c.id, kind="dataset", role="gap", measure=s.measure, subject=s.subject,
            value=0.0, unit=s.unit, source=s.source, document=s.dataset,
            text=why, detail=reason))
    return out


def _same_unit(a: str | None, b: str | None) -> bool:
    """Equal units, or units of one dimension ("km" and "mile"); the engine converts values."""
    a, b = a or "", b or ""
    return a == b or same_dimension(a, b)


def _words(measure_id: str) -> str:
    return measure_id.replace("_", " ")


def _num(v: float) -> str:
    """A signed correction or difference, every digit kept: "+1,200", "-3.25"."""
    return number(v, digits=None, sign=True)


def _b(name: str) -> Any:
    return sa.bindparam(name)


_dm, _ds, _dp, _co = (schema.dataset_measures, schema.datasets, schema.data_points,
                      schema.corrections)
_SERIES = Prepared(
    sa.select(_dm.c.dataset_id, _dm.c.measure, _dm.c.subject, _dm.c.unit, _ds.c.source,
              _ds.c.report_delay, _ds.c.lag_min, _ds.c.lag_max)
    .join_from(_dm, _ds, _dm.c.dataset_id == _ds.c.id).order_by(_dm.c.dataset_id))
_TOTALS = Prepared(
    sa.select(_dp.c.dataset_id, _dp.c.date, _dp.c.total)
    .where(_dp.c.measure == _b("measure"), _dp.c.subject == _b("subject"),
           _dp.c.date >= _b("lo"), _dp.c.date <= _b("hi")))
_CORRECTIONS = Prepared(
    sa.select(_co.c.dataset_id, _co.c.date, _co.c.value)
    .where(_co.c.measure == _b("measure"), _co.c.subject == _b("subject"),
           _co.c.date > _b("lo"), _co.c.date <= _b("hi")))
_BOUNDS = Prepared(
    sa.select(sa.func.min(_dp.c.date), sa.func.max(_dp.c.date))
    .where(_dp.c.measure == _b("measure"), _dp.c.subject == _b("subject"),
           _dp.c.dataset_id == _b("dataset")))
_LATEST = Prepared(
    sa.select(_dp.c.date, _dp.c.total)
    .where(_dp.c.measure == _b("measure"), _dp.c.subject == _b("subject"),
           _dp.c.dataset_id == _b("dataset"), _dp.c.date <= _b("pub"))
    .order_by(_dp.c.date.desc()).limit(1))


def _spans(plans: list[_Plan]) -> dict[tuple[str, str, str], tuple[date, date]]:
    """The report dates each series is needed over: one range read per series."""
    spans: dict[tuple[str, str, str], tuple[date, date]] = {}
    for p in plans:
        lo = p.before or p.end
        old = spans.get(p.series.key)
        spans[p.series.key] = (min(old[0], lo), max(old[1], p.end)) if old else (lo, p.end)
    return spans


def _totals(conn: Connection, spans: dict[tuple[str, str, str], tuple[date, date]]
            ) -> dict[tuple[tuple[str, str, str], date], float]:
    """Cumulative totals by (series, report date) over each series' span."""
    out: dict[tuple[tuple[str, str, str], date], float] = {}
    for (ds, m, subj), (lo, hi) in spans.items():
        for r in _TOTALS.fetch(conn, measure=m, subject=subj, lo=lo.isoformat(),
                             hi=hi.isoformat()):
            if r.dataset_id == ds:   # filtered here, so the planner keeps to the lookup index
                out[((ds, m, subj), date.fromisoformat(r.date))] = r.total
    return out


def _corrections(conn: Connection, spans: dict[tuple[str, str, str], tuple[date, date]]
                 ) -> dict[tuple[str, str, str], list[tuple[date, float]]]:
    """Corrections by series, dated after the start and up to the end of its span."""
    out: dict[tuple[str, str, str], list[tuple[date, float]]] = defaultdict(list)
    for (ds, m, subj), (lo, hi) in spans.items():
        for r in _CORRECTIONS.fetch(conn, measure=m, subject=subj, lo=lo.isoformat(),
                                  hi=hi.isoformat()):
            if r.dataset_id == ds:
                out[(ds, m, subj)].append((date.fromisoformat(r.date), r.value))
    return out


def _dated_before(c: Claim, pub: date) -> bool:
    """Whether the words date a running total to a report before publication ("As of Sunday,
    ... 360 drones" on a Monday; "By November 30, ..."): that report's total, history rather
    than a stale current one, however fast the series grew since."""
    if c.period is None or c.period.end >= pub or not c.extra:
        return False
    basis = dict(c.extra_dict().get("basis") or ())
    return str(basis.get("period", "")).startswith("written")


def _latest(conn: Connection, pub: date, wanted: list[tuple[Claim, _Series]]) -> list[Reference]:
    found: dict[tuple[str, str, str], Any] = {}
    for _, s in wanted:
        if s.key not in found:
            rows = _LATEST.fetch(conn, measure=s.measure, subject=s.subject, dataset=s.dataset,
                               pub=pub.isoformat())
            found[s.key] = rows[0] if rows else None
    # a claim looked up in several series (measures.yaml may_mean: vehicles, or vehicles and
    # fuel tanks) is stale by the one whose latest total is nearest it, the series it is
    # most plausibly read as
    nearest: dict[str, tuple[float, tuple[str, str, str]]] = {}
    for c, s in wanted:
        hit = found.get(s.key)
        if hit is not None and c.value is not None:
            gap = abs(hit.total - c.value)
            if c.id not in nearest or gap < nearest[c.id][0]:
                nearest[c.id] = (gap, s.key)
    refs = []
    for c, s in wanted:
        hit = found.get(s.key)
        if hit is None or (c.id in nearest and nearest[c.id][1] != s.key):
            continue
        d = date.fromisoformat(hit.date)
        refs.append(Reference(
            claim=c.id, kind="dataset", role="latest", measure=s.measure, subject=s.subject,
            value=hit.total, unit=s.unit, date=d, cumulative=True, source=s.source,
            document=s.dataset,
            detail=f"latest total {_words(s.measure)} known on {pub.isoformat()} "
                   f"(report of {d.isoformat()})"))
    return refs


# -- prior articles ---------------------------------------------------------------------------

_c, _d = schema.claims, schema.documents
_ARTICLE_COLS = [_c.c.document_id, _c.c.measure, _c.c.subject, _c.c.period_start,
                 _c.c.period_end, _c.c.published, _c.c.cumulative, _c.c.value, _c.c.unit,
                 _c.c.lower, _c.c.upper, _c.c.text, _c.c.place, _d.c.title, _d.c.outlet,
                 _d.c.origin]
# the document itself, however it was named or found: same id, same text or same file
_NOT_THIS = sa.and_(_d.c.id != _b("doc_id"), _d.c.content_hash != _b("doc_hash"),
                    sa.func.coalesce(_d.c.path, "") != _b("doc_path"))
_PRIOR = Prepared(
    sa.select(*_ARTICLE_COLS).join_from(_c, _d, _c.c.document_id == _d.c.id)
    .where(_c.c.measure == _b("measure"), _c.c.subject == _b("subject"),
           _c.c.period_end == _b("pend"), _c.c.period_start == _b("pstart"),
           _c.c.published < _b("pub"), _c.c.value.is_not(None), _NOT_THIS)
    .order_by(_c.c.published.desc(), _c.c.id.desc()).limit(MAX_PRIOR))
_PREVIOUS = Prepared(
    sa.select(*_ARTICLE_COLS).join_from(_c, _d, _c.c.document_id == _d.c.id)
    .where(_c.c.measure == _b("measure"), _c.c.subject == _b("subject"),
           _c.c.place == _b("place"), _c.c.cumulative == _b("cumulative"),
           _c.c.published < _b("pub"), _c.c.value.is_not(None), _NOT_THIS,
           # as of no later than the claim: "700,390 on 4 November", quoted later, is compared
           # with what was reported up to 4 November, not with later totals
           sa.func.coalesce(_c.c.period_end, _c.c.published) <= _b("asof"))
    # a few, newest first: the first one in a unit of the claim's dimension is "previous"
    .order_by(_c.c.published.desc(), _c.c.id.desc()).limit(MAX_PRIOR))
_CORRECTIONS_SINCE = Prepared(
    sa.select(sa.func.sum(_co.c.value))
    .where(_co.c.measure == _b("measure"), _co.c.subject == _b("subject"),
           _co.c.date > _b("lo"), _co.c.date <= _b("hi")))


def _article_ref(claim: Claim, role: str, r: Any) -> Reference:
    period = (Period(date.fromisoformat(r.period_start), date.fromisoformat(r.period_end))
              if r.period_start and r.period_end else None)
    name = r.outlet or r.title or r.document_id
    detail = f"{r.title}" if r.title else r.document_id
    if r.outlet and r.title:
        detail += f" ({r.outlet})"
    detail += f", {r.published}"
    if r.origin == BUNDLED:   # invented outlets shipped as a demo: say so wherever it is shown
        detail += "; from the bundled sample archive (see README: your own archive)"
    return Reference(
        claim=claim.id, kind="article", role=role, measure=r.measure, subject=r.subject,
        value=r.value, unit=r.unit or "", lower=r.lower, upper=r.upper, period=period,
        date=date.fromisoformat(r.published), cumulative=bool(r.cumulative), source=name,
        document=r.document_id, text=r.text, detail=detail)


def _article_refs(conn: Connection, doc: Document, cands: list[Claim]) -> list[Reference]:
    assert doc.date is not None
    me = {"pub": doc.date.isoformat(), "doc_id": doc.id, "doc_hash": text_hash(doc.text),
          # a path no stored row has (PostgreSQL text cannot hold NUL, so not "\0")
          "doc_path": resolved_path(doc.path) or "\x01"}
    refs: list[Reference] = []
    # prior: same measure, subject and period, published before this document
    keyed: dict[tuple[str, str, str, str], list[Claim]] = defaultdict(list)
    for cl in cands:
        if cl.period is not None:
            keyed[(cl.measure, cl.subject, cl.period.start.isoformat(),  # type: ignore[index]
                   cl.period.end.isoformat())].append(cl)
    for (m, subj, ps, pe), group in keyed.items():
        seen = set()   # an article that repeats a figure (key points, body) counts once
        for r in _PRIOR.fetch(conn, measure=m, subject=subj, pstart=ps, pend=pe, **me):
            same = (r.document_id, r.value, r.lower, r.upper, r.unit, r.cumulative)
            if same in seen:
                continue
            seen.add(same)
            for cl in group:
                if _same_unit(cl.unit, r.unit) and cl.cumulative == bool(r.cumulative):
                    refs.append(_article_ref(cl, "prior", r))
    # previous: the latest earlier report of the same measure, subject, place, as of no later
    # than the claim; any period
    groups: dict[tuple[str, str, bool, str, str], list[Claim]] = defaultdict(list)
    for cl in cands:
        asof = cl.period.end.isoformat() if cl.period else me["pub"]
        groups[(cl.measure, cl.subject, bool(cl.cumulative),  # type: ignore[index]
                claim_place(cl) or "", asof)].append(cl)
    for (m, subj, cum, place, asof), group in groups.items():
        rows = _PREVIOUS.fetch(conn, measure=m, subject=subj, place=place, cumulative=cum,
                             asof=asof, **me)
        for cl in group:
            r = next((r for r in rows if _same_unit(cl.unit, r.unit)), None)
            if r is None:
                continue
            ref = _article_ref(cl, "previous", r)
            if cum:   # dataset corrections dated between the two reports explain a drop
                fix = _CORRECTIONS_SINCE.fetch(conn, measure=m, subject=subj,
                                             lo=r.period_end or r.published, hi=asof)[0][0]
                if fix:
                    # a downward correction lowers the floor a later total may fall to
                    floor = (ref.lower if ref.lower is not None else ref.value) + min(fix, 0)
                    ref = replace(ref, correction=fix, lower=floor)
            refs.append(ref)
    return refs


# -- series for charts -------------------------------------------------------------------------

def series_for(conn: Connection, claim: Claim, days: int = 14) -> list[tuple[date, float]]:
    """The dataset series around a claim, in the claim's own terms, for a chart.

    For a running total: the totals by report date. For a per-period claim over n days: the sum
    over the n days ending on each day (loss days), so the claim's interval and the series are
    comparable on one axis. ``days`` either side of the claim's period end. Corrections are not
    taken out here: the chart shows the published series; the verdict is the rules' business.
    """
    if not (claim.measure and claim.subject and claim.period):
        return []
    series = _series_for(conn, {(claim.measure, claim.subject)}).get(
        (claim.measure, claim.subject), [])
    series = [s for s in series if _same_unit(claim.unit, s.unit)]
    if not series:
        return []
    s = series[0]
    n = 0 if claim.cumulative else (claim.period.end - claim.period.start).days + 1
    delay = timedelta(days=0 if claim.cumulative else s.delay)
    lo = claim.period.end - timedelta(days=days) + delay - timedelta(days=n)
    hi = claim.period.end + timedelta(days=days) + delay
    rows = _TOTALS.fetch(conn, measure=s.measure, subject=s.subject,
                         lo=lo.isoformat(), hi=hi.isoformat())
    totals = {date.fromisoformat(str(r.date)): float(r.total) for r in rows
              if r.dataset_id == s.dataset}
    out = []
    for d in sorted(totals):
        if claim.cumulative:
            out.append((d, totals[d]))
            continue
        before = totals.get(d - timedelta(days=n))
        if before is not None:
            out.append((d - delay, totals[d] - before))
    return out
