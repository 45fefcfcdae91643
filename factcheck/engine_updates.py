"""Facts for liveblogs: each claim's update and correction fields, and running-total steps.

Prepared in Python, decided by the rules (``factcheck.engine_facts`` calls this module):

- claim fields: ``update`` (the update it stands in, "" outside updates), ``live`` (1 when its
  period runs to the update's own day: a figure "as of now" that a later update may move on,
  such as homes without power or a running toll), ``retracted`` (an erroneous figure a stated
  correction replaces), ``revised`` (its sentence announces a revision) and ``correction`` (the
  id shared by the figures of one correction);
- ``running`` facts, one per step of a running total: the total of one measure and subject at
  the end of one day, the latest total stated for an earlier day, and the day's increments
  stated for the days in between ("Russia lost 1,037 troops over the past day, bringing the
  total to 502,037"), with the interval the previous total plus the increments allows. Each
  step also carries its neighbours' figures, so a rule can tell a wrong total (both the step
  into it and the step out of it fail) from a wrong increment (only its own step fails).

This module prepares facts; it does not decide whether a total is wrong.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from .extract.updates import Update
from .model import Claim

_DAY = timedelta(days=1)
# totals of one running count whose stated scopes start further apart than this are not one
# count ("since the invasion" and "this year")
_SCOPE_SLACK = 45


def _window_mark(readings: Any) -> str:
    """"|window7" when every reading of a claim is some run of days within its period (a
    week's figure "within just one week" of a month: normalize.readings ``_some_window``)."""
    wins = [r[7] for r in readings if isinstance(r, (list, tuple)) and len(r) > 7]
    return f"|window{min(wins)}" if wins and len(wins) == len(readings) else ""


# the labels of a period read two ways, one a week or a year from the other (a present-tense
# weekday, month or day of a month: normalize.context ``period_readings``; dates45: a compact
# fiscal label read in each country's year, "Q2FY24" with no owner named)
EITHER_READ = ("weekday:", "month:", "date:", "reports:", "feast:", "fiscal:")


def weekday_spans(c: Claim) -> list[tuple[date, date]]:
    """The days a present-tense weekday may be ("Aslef drivers strike on Saturday": the last
    Saturday or the coming one; normalize.context ``period_readings`` labelled "weekday:"),
    or a present-tense month ("month:", the last March or the coming one) or day of a month
    ("date:", the last 1 April or the coming one), in date order; [] for a claim whose words
    give one period."""
    listed = c.extra_dict().get("period_readings") if c.extra else None
    if not listed or not str(listed[0][0]).startswith(EITHER_READ):
        return []
    out = set()
    for r in listed:
        a, b = r[1], r[2]
        out.add((a if isinstance(a, date) else date.fromisoformat(str(a)),
                 b if isinstance(b, date) else date.fromisoformat(str(b))))
    return sorted(out)


def period_key(c: Claim) -> str:
    """A claim's period as same-document rules compare it: "start/end"; for a weekday read
    two ways, every reading ("2022-08-06/2022-08-06+2022-08-13/2022-08-13"), so that it is one
    period with a figure of the same weekday (one word, one day in a document, whichever it
    is) and never with a figure of one of those days alone: two figures are held to one
    period only when it is theirs under every reading. "" for no period."""
    spans = weekday_spans(c)
    if spans:
        return "+".join(f"{a.isoformat()}/{b.isoformat()}" for a, b in spans)
    return f"{c.period.start.isoformat()}/{c.period.end.isoformat()}" if c.period else ""


def claim_fields(c: Claim, days: dict[str, date | None]) -> dict[str, Any]:
    """The liveblog fields of one claim's fact. ``frame`` is the time a figure speaks of, for
    comparing two figures: its period; for a figure of a liveblog update that runs to the
    update's own day (a figure "as of now"), that period at the update's moment; for an undated
    figure of an update, the update's moment; "" for an undated figure outside updates (it is
    compared with nothing, as before)."""
    extra = c.extra_dict()
    day = days.get(c.update or "")
    live = int(c.period is not None and day is not None and c.period.end >= day)
    period = period_key(c) if c.period else ""
    if extra.get("day_named") and not extra.get("report_day") and period:
        # a day named by its date or weekday has two readings in a daily report (that day's
        # report, or that day's fighting in the next day's): it is compared with figures of
        # days named the same way only, never with a "past 24 hours" figure of the same day
        period += "|named"
    if period:
        # (nor a figure of some week within its period, "nearly 10,000 within just one week"
        # of September, with the month's own total)
        period += _window_mark(extra.get("readings") or ())
    if not c.update:
        frame = period
    elif c.period is None:
        frame = f"@{c.update}"
    else:
        frame = f"{period}@{c.update}" if live else period
    return {"update": c.update or "", "live": live, "frame": frame,
            # 1: the erroneous figure a correction quotes; 2: the same figure where first published
            "retracted": (2 if extra.get("retracted") == "first published"
                          else int(bool(extra.get("retracted")))),
            "revised": int(bool(extra.get("revised"))),
            "correction": str(extra.get("correction") or "")}


def _key(c: Claim, f: dict[str, Any]) -> tuple[str, str, str]:
    return (c.measure or "", c.subject or "", f["dim"])


def running_facts(claims: Sequence[Claim], facts: dict[str, dict[str, Any]],
                  show: Callable[[float, str], str], big: float) -> list[dict[str, Any]]:
    """One ``running`` fact per step of each running total (see the module doc). ``show``
    writes a value in base units for a reader in a unit; intervals stay within +-``big``."""
    totals: dict[tuple[str, str, str], dict[date, list[Claim]]] = defaultdict(dict)
    daily: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.value is None or not c.measure or c.period is None or \
                c.role in ("part", "share") or facts[c.id].get("retracted"):
            continue
        k = _key(c, facts[c.id])
        if c.cumulative:
            totals[k].setdefault(c.period.end, []).append(c)
        else:
            daily[k].append(c)
    out: list[dict[str, Any]] = []
    for k, by_day in totals.items():
        days = sorted(by_day)
        if len(days) < 2 or not daily.get(k):
            continue
        steps = []
        for i in range(1, len(days)):
            prev, cur = by_day[days[i - 1]][0], by_day[days[i]]
            for t in cur:
                if abs((t.period.start - prev.period.start).days) > _SCOPE_SLACK:
                    continue
                incs = _cover(daily[k], days[i - 1], days[i] - _DAY, t)
                if incs:
                    steps.append((prev, t, incs))
        out += _step_facts(steps, facts, show, big)
    return out


def _cover(cands: list[Claim], first: date, last: date, total: Claim) -> list[Claim] | None:
    """Increments whose periods tile first..last exactly (one per day span; a figure in the
    total's own update preferred over a restatement elsewhere), or None."""
    if last < first:
        return None
    best: dict[tuple[date, date], Claim] = {}
    for c in cands:
        p = c.period
        if p is None or p.start < first or p.end > last:
            continue
        span = (p.start, p.end)
        if span not in best or (c.update == total.update and best[span].update != total.update):
            best[span] = c
    got: list[Claim] = []
    day = first
    while day <= last:
        nxt = [c for (s, _), c in best.items() if s == day]
        if not nxt:
            return None
        c = max(nxt, key=lambda c: c.period.end)     # the longest span from this day
        got.append(c)
        day = c.period.end + _DAY
    return got


def _interval_sum(items: list[dict[str, Any]]) -> tuple[float, float, float]:
    return (sum(f["value"] for f in items), sum(f["lower"] for f in items),
            sum(f["upper"] for f in items))


def _step_facts(steps: list[tuple[Claim, Claim, list[Claim]]],
                facts: dict[str, dict[str, Any]], show: Callable[[float, str], str],
                big: float) -> list[dict[str, Any]]:
    rows = []
    for prev, t, incs in steps:
        fp, ft = facts[prev.id], facts[t.id]
        fi = [facts[c.id] for c in incs]
        iv, il, iu = _interval_sum(fi)
        rows.append({
            "prev": prev, "t": t, "incs": incs, "fp": fp, "ft": ft,
            "exp": (fp["value"] + iv, fp["lower"] + il, fp["upper"] + iu),
            "revised": int(bool(ft.get("revised") or fp.get("revised")
                                or any(f.get("revised") for f in fi))),
        })
    by_prev = {r["prev"].id: r for r in rows}
    by_total = {r["t"].id: r for r in rows}
    out = []
    for r in rows:
        t, prev, incs, ft, fp = r["t"], r["prev"], r["incs"], r["ft"], r["fp"]
        ev, el, eu = r["exp"]
        nxt = by_prev.get(t.id)
        before = by_total.get(prev.id)
        unit = t.unit or ""
        base = {
            "t": "running", "measure": t.measure, "subject": t.subject or "",
            "claims": [t.id, prev.id] + [c.id for c in incs],
            "value": ft["value"], "lower": ft["lower"], "upper": ft["upper"],
            "expected_value": ev, "expected_lower": max(-big, el), "expected_upper": min(big, eu),
            "prev_value": fp["value"], "prev_lower": fp["lower"], "prev_upper": fp["upper"],
            "revised": r["revised"],
            "has_next": int(nxt is not None),
            "next_value": nxt["ft"]["value"] if nxt else 0.0,
            "next_lower": nxt["ft"]["lower"] if nxt else 0.0,
            "next_upper": nxt["ft"]["upper"] if nxt else 0.0,
            "next_expected_lower": max(-big, nxt["exp"][1]) if nxt else 0.0,
            "next_expected_upper": min(big, nxt["exp"][2]) if nxt else 0.0,
            "next_revised": nxt["revised"] if nxt else 0,
            "has_before": int(before is not None),
            "before_expected_lower": max(-big, before["exp"][1]) if before else 0.0,
            "before_expected_upper": min(big, before["exp"][2]) if before else 0.0,
            "day": t.period.end.toordinal(), "day_iso": t.period.end.isoformat(),
            "prev_iso": prev.period.end.isoformat(),
            "total_text": t.text, "prev_text": prev.text,
            "increments_text": " + ".join(c.text for c in incs),
            "expected_display": show(ev, unit),
            "total_update": t.update or "", "prev_update": prev.update or "",
        }
        out.append({**base, "fid": f"running:total:{t.id}:{prev.id}", "kind": "total",
                    "anchor": t.id, "text": t.text, "start": t.start, "end": t.end})
        if len(incs) == 1:
            c = incs[0]
            out.append({**base, "fid": f"running:increment:{t.id}:{prev.id}",
                        "kind": "increment", "anchor": c.id, "text": c.text,
                        "start": c.start, "end": c.end})
    return out


def update_days(published: date | None, updates: Sequence[Update]) -> dict[str, date | None]:
    """The day each liveblog update was written, by key ("" for the page itself)."""
    return {"": published, **{u.key: u.day for u in updates}}


__all__ = ["claim_fields", "running_facts", "update_days"]
