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
- ``latest`` (dataset): for a cumulative claim, the latest total published on or before the
  publication date, for staleness.
- ``prior`` (article): claims of articles published before this one with the same measure,
  subject and period (the most recent few per claim).
- ``previous`` (article): the latest claim published before this one with the same measure,
  subject, cumulativeness and place, any period (for changed assessments and for cumulative
  figures that go down); ``correction`` holds the dataset corrections published in between.

The document itself is never its own prior: rows with its id, its file or its exact text are
left out. Every look-up is batched into a few indexed queries, whatever the claim count. This
module only reads; it must not write to the store or judge whether values agree.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..model import Claim, Document, Period, Reference
from . import schema
from .store import _CHUNK, claim_place, resolved_path, text_hash

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


def references_for(conn: Connection, doc: Document, claims: Sequence[Claim]) -> list[Reference]:
    cands = [c for c in claims if c.measure and c.subject and c.value is not None]
    if not cands:
        return []
    refs: list[Reference] = []
    refs += _dataset_refs(conn, doc, cands)
    if doc.date is not None:
        refs += _article_refs(conn, doc, cands)
    order = {c.id: i for i, c in enumerate(claims)}
    roles = {"period": 0, "latest": 1, "prior": 2, "previous": 3}
    refs.sort(key=lambda r: (order.get(r.claim, 0), roles.get(r.role, 9), r.lag))
    return refs


# -- datasets ---------------------------------------------------------------------------------

def _series_for(conn: Connection, pairs: set[tuple[str, str]]) -> dict[tuple[str, str],
                                                                        list[_Series]]:
    dm, ds = schema.dataset_measures, schema.datasets
    out: dict[tuple[str, str], list[_Series]] = defaultdict(list)
    q = (sa.select(dm.c.dataset_id, dm.c.measure, dm.c.subject, dm.c.unit, ds.c.source,
                   ds.c.report_delay, ds.c.lag_min, ds.c.lag_max)
         .join_from(dm, ds, dm.c.dataset_id == ds.c.id)
         .where(sa.tuple_(dm.c.measure, dm.c.subject).in_(sorted(pairs)))
         .order_by(dm.c.dataset_id))
    for r in conn.execute(q):
        out[(r.measure, r.subject)].append(_Series(
            r.dataset_id, r.measure, r.subject, r.unit or "", r.source, r.report_delay,
            tuple(range(r.lag_min, r.lag_max + 1))))
    return out


@dataclass(frozen=True)
class _Plan:
    claim: Claim
    series: _Series
    lag: int
    role: str
    end: date                     # report date whose total is used
    before: date | None = None    # report date subtracted (per-period), exclusive bound


def _dataset_refs(conn: Connection, doc: Document, cands: list[Claim]) -> list[Reference]:
    series = _series_for(conn, {(c.measure, c.subject) for c in cands})  # type: ignore[misc]
    if not series:
        return []
    pub = doc.date
    plans: list[_Plan] = []
    latest_wanted: list[tuple[Claim, _Series]] = []
    for c in cands:
        for s in series.get((c.measure, c.subject), ()):  # type: ignore[arg-type]
            if (c.unit or "") != s.unit:
                continue
            if c.cumulative:
                if c.period is not None:
                    base = c.period.end + timedelta(days=s.delay)
                    if pub is not None:
                        base = min(base, pub)
                elif pub is not None:
                    base = pub
                else:
                    continue
                for lag in s.lags:
                    plans.append(_Plan(c, s, lag, "period", base - timedelta(days=lag)))
                if pub is not None:
                    latest_wanted.append((c, s))
            elif c.period is not None:
                for lag in s.lags:
                    shift = timedelta(days=s.delay - lag)
                    end = c.period.end + shift
                    if pub is not None and end > pub:
                        continue
                    plans.append(_Plan(c, s, lag, "period", end, c.period.start + shift - _ONE))
    totals = _totals(conn, {(p.series.dataset, p.series.measure, p.series.subject, d)
                            for p in plans for d in (p.end, p.before) if d is not None})
    corr = _corrections(conn, [p for p in plans if p.before is not None])
    refs = []
    for p in plans:
        s, c = p.series, p.claim
        end_total = totals.get((s.dataset, s.measure, s.subject, p.end))
        if end_total is None:
            continue
        if p.before is None:
            refs.append(Reference(
                claim=c.id, kind="dataset", role="period", measure=s.measure, subject=s.subject,
                value=end_total, unit=s.unit, period=c.period, date=p.end, lag=p.lag,
                cumulative=True, source=s.source, document=s.dataset,
                detail=f"total {s.measure} in the report of {p.end.isoformat()}"))
            continue
        before_total = totals.get((s.dataset, s.measure, s.subject, p.before))
        if before_total is None:
            continue
        fixes = [(d, v) for d, v in corr.get((s.dataset, s.measure, s.subject), ())
                 if p.before < d <= p.end]
        fix = sum(v for _, v in fixes)
        first = p.before + _ONE
        shift = timedelta(days=s.delay)
        covered = Period(first - shift, p.end - shift)
        if first == p.end:
            detail = f"{s.measure} over {covered.start.isoformat()} (report of {p.end.isoformat()})"
        else:
            detail = (f"{s.measure} over {covered.start.isoformat()} to {covered.end.isoformat()}"
                      f" (reports of {first.isoformat()} to {p.end.isoformat()})")
        if fixes:
            detail += ", leaving out the correction of " + ", ".join(
                f"{_num(v)} on {d.isoformat()}" for d, v in fixes)
        refs.append(Reference(
            claim=c.id, kind="dataset", role="period", measure=s.measure, subject=s.subject,
            value=end_total - before_total - fix, unit=s.unit, period=covered, date=p.end,
            lag=p.lag, cumulative=False, source=s.source, document=s.dataset, detail=detail,
            correction=fix if fixes else None))
    refs += _latest(conn, pub, latest_wanted) if pub is not None else []
    return refs


def _num(v: float) -> str:
    return f"{v:+,.0f}" if float(v).is_integer() else f"{v:+,}"


def _totals(conn: Connection, keys: set[tuple[str, str, str, date]]
            ) -> dict[tuple[str, str, str, date], float]:
    dp = schema.data_points
    out: dict[tuple[str, str, str, date], float] = {}
    wanted = sorted({(m, s, d.isoformat()) for _, m, s, d in keys})
    datasets = {k[0] for k in keys}
    for i in range(0, len(wanted), _CHUNK):
        q = (sa.select(dp.c.dataset_id, dp.c.measure, dp.c.subject, dp.c.date, dp.c.total)
             .where(sa.tuple_(dp.c.measure, dp.c.subject, dp.c.date).in_(wanted[i:i + _CHUNK])))
        for r in conn.execute(q):
            if r.dataset_id in datasets:
                out[(r.dataset_id, r.measure, r.subject, date.fromisoformat(r.date))] = r.total
    return out


def _corrections(conn: Connection, plans: list[_Plan]
                 ) -> dict[tuple[str, str, str], list[tuple[date, float]]]:
    if not plans:
        return {}
    co = schema.corrections
    lo = min(p.before for p in plans if p.before).isoformat()  # type: ignore[type-var]
    hi = max(p.end for p in plans).isoformat()
    pairs = sorted({(p.series.measure, p.series.subject) for p in plans})
    out: dict[tuple[str, str, str], list[tuple[date, float]]] = defaultdict(list)
    for i in range(0, len(pairs), _CHUNK):
        q = (sa.select(co.c.dataset_id, co.c.measure, co.c.subject, co.c.date, co.c.value)
             .where(sa.tuple_(co.c.measure, co.c.subject).in_(pairs[i:i + _CHUNK]),
                    co.c.date > lo, co.c.date <= hi))
        for r in conn.execute(q):
            out[(r.dataset_id, r.measure, r.subject)].append((date.fromisoformat(r.date),
                                                               r.value))
    return out


def _latest(conn: Connection, pub: date, wanted: list[tuple[Claim, _Series]]) -> list[Reference]:
    if not wanted:
        return []
    dp = schema.data_points
    groups = sorted({(s.dataset, s.measure, s.subject) for _, s in wanted})
    found: dict[tuple[str, str, str], tuple[date, float]] = {}
    for i in range(0, len(groups), 50):
        parts = [sa.select(dp.c.dataset_id, dp.c.measure, dp.c.subject, dp.c.date, dp.c.total)
                 .where(dp.c.measure == m, dp.c.subject == subj, dp.c.dataset_id == ds,
                        dp.c.date <= pub.isoformat())
                 .order_by(dp.c.date.desc()).limit(1).subquery()
                 for ds, m, subj in groups[i:i + 50]]
        q = sa.union_all(*[sa.select(p) for p in parts]) if len(parts) > 1 else sa.select(parts[0])
        for r in conn.execute(q):
            found[(r.dataset_id, r.measure, r.subject)] = (date.fromisoformat(r.date), r.total)
    refs = []
    for c, s in wanted:
        hit = found.get((s.dataset, s.measure, s.subject))
        if hit is None:
            continue
        d, total = hit
        refs.append(Reference(
            claim=c.id, kind="dataset", role="latest", measure=s.measure, subject=s.subject,
            value=total, unit=s.unit, date=d, cumulative=True, source=s.source,
            document=s.dataset,
            detail=f"latest total {s.measure} known on {pub.isoformat()} "
                   f"(report of {d.isoformat()})"))
    return refs


# -- prior articles ---------------------------------------------------------------------------

def _not_this_document(doc: Document) -> Any:
    """A WHERE clause leaving out the document itself, however it was named or found."""
    d = schema.documents
    cond = [d.c.id != doc.id, d.c.content_hash != text_hash(doc.text)]
    path = resolved_path(doc.path)
    if path:
        cond.append(sa.or_(d.c.path.is_(None), d.c.path != path))
    return sa.and_(*cond)


def _article_ref(claim: Claim, role: str, r: Any) -> Reference:
    period = (Period(date.fromisoformat(r.period_start), date.fromisoformat(r.period_end))
              if r.period_start and r.period_end else None)
    name = r.outlet or r.title or r.document_id
    detail = f"{r.title}" if r.title else r.document_id
    if r.outlet and r.title:
        detail += f" ({r.outlet})"
    detail += f", {r.published}"
    return Reference(
        claim=claim.id, kind="article", role=role, measure=r.measure, subject=r.subject,
        value=r.value, unit=r.unit or "", lower=r.lower, upper=r.upper, period=period,
        date=date.fromisoformat(r.published), cumulative=bool(r.cumulative), source=name,
        document=r.document_id, text=r.text, detail=detail)


def _article_cols() -> list[Any]:
    c, d = schema.claims, schema.documents
    return [c.c.document_id, c.c.measure, c.c.subject, c.c.period_start, c.c.period_end,
            c.c.published, c.c.cumulative, c.c.value, c.c.unit, c.c.lower, c.c.upper,
            c.c.text, c.c.place, c.c.id.label("row_id"), d.c.title, d.c.outlet]


def _article_refs(conn: Connection, doc: Document, cands: list[Claim]) -> list[Reference]:
    assert doc.date is not None
    pub = doc.date.isoformat()
    c, d = schema.claims, schema.documents
    refs: list[Reference] = []
    # prior: same measure, subject and period
    keyed: dict[tuple[str, str, str, str], list[Claim]] = defaultdict(list)
    for cl in cands:
        if cl.period is not None:
            keyed[(cl.measure, cl.subject, cl.period.start.isoformat(),  # type: ignore[index]
                   cl.period.end.isoformat())].append(cl)
    keys = sorted(keyed)
    for i in range(0, len(keys), _CHUNK):
        rn = sa.func.row_number().over(
            partition_by=(c.c.measure, c.c.subject, c.c.period_start, c.c.period_end),
            order_by=(c.c.published.desc(), c.c.id.desc())).label("rn")
        inner = (sa.select(*_article_cols(), rn)
                 .join_from(c, d, c.c.document_id == d.c.id)
                 .where(sa.tuple_(c.c.measure, c.c.subject, c.c.period_start,
                                  c.c.period_end).in_(keys[i:i + _CHUNK]),
                        c.c.published < pub, c.c.value.is_not(None), _not_this_document(doc))
                 .subquery())
        for r in conn.execute(sa.select(inner).where(inner.c.rn <= MAX_PRIOR)
                              .order_by(inner.c.published.desc(), inner.c.row_id.desc())):
            for cl in keyed[(r.measure, r.subject, r.period_start, r.period_end)]:
                if (cl.unit or "") == (r.unit or "") and cl.cumulative == bool(r.cumulative):
                    refs.append(_article_ref(cl, "prior", r))
    # previous: the latest prior report, any period
    groups: dict[tuple[str, str, bool, str | None], list[Claim]] = defaultdict(list)
    for cl in cands:
        groups[(cl.measure, cl.subject, bool(cl.cumulative),  # type: ignore[index]
                claim_place(cl))].append(cl)
    gkeys = sorted(groups, key=lambda k: (k[0], k[1], k[2], k[3] or ""))
    found: dict[tuple[str, str, bool, str | None], Any] = {}
    for i in range(0, len(gkeys), 50):
        parts = []
        for m, subj, cum, place in gkeys[i:i + 50]:
            q = (sa.select(*_article_cols(), sa.literal(len(parts)).label("g"))
                 .join_from(c, d, c.c.document_id == d.c.id)
                 .where(c.c.measure == m, c.c.subject == subj, c.c.published < pub,
                        c.c.cumulative == cum, c.c.value.is_not(None),
                        c.c.place.is_(None) if place is None else c.c.place == place,
                        _not_this_document(doc))
                 .order_by(c.c.published.desc(), c.c.id.desc()).limit(1).subquery())
            parts.append(sa.select(q))
        q = sa.union_all(*parts) if len(parts) > 1 else parts[0]
        chunk = gkeys[i:i + 50]
        for r in conn.execute(q):
            found[chunk[r.g]] = r
    corr = _corrections_between(conn, found, pub)
    for key, r in found.items():
        fix = corr.get(key)
        for cl in groups[key]:
            if (cl.unit or "") != (r.unit or ""):
                continue
            ref = _article_ref(cl, "previous", r)
            if fix:
                ref = replace(ref, correction=fix)
            refs.append(ref)
    return refs


def _corrections_between(conn: Connection, found: dict, pub: str) -> dict:
    """Sum of dataset corrections to each cumulative group after its previous report."""
    wanted = {k: r.published for k, r in found.items() if k[2]}
    if not wanted:
        return {}
    co = schema.corrections
    pairs = sorted({(k[0], k[1]) for k in wanted})
    lo = min(wanted.values())
    rows = conn.execute(sa.select(co.c.measure, co.c.subject, co.c.date, co.c.value)
                        .where(sa.tuple_(co.c.measure, co.c.subject).in_(pairs),
                               co.c.date > lo, co.c.date <= pub)).all()
    out: dict = {}
    for k, since in wanted.items():
        total = sum(r.value for r in rows if (r.measure, r.subject) == (k[0], k[1])
                    and since < r.date <= pub)
        if total:
            out[k] = total
    return out
