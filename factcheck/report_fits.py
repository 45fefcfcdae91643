"""The reports a sentence's running totals fit: facts for the rule that one sentence's totals
come from one report.

A sentence that lists running totals of several measures with no day written ("Russia has
lost 999,200 troops, 10,919 tanks and 29,016 artillery systems") quotes one report: a rewrite
that updates some totals and keeps others from the report before passes a check of each figure
alone, since each is some recent report's. For every such sentence this module prepares one
``report_fit`` fact per total: the report days (the references of its period, one per reporting
lag) its interval fits, how many of the sentence's totals each day's report fits, the days that
fit them all (``common``) and the day that fits the most (``best``, the later one on a tie).
It decides nothing: `rules/prior/mixed-report-totals*.yaml` and `one-report-totals-match.yaml`
do, from these fields.

Only totals whose every reading is a running total of the reference dataset take part (a figure
that may be a day's or a record's is judged by its own readings), one per measure (two totals
of one measure in a sentence are two moments: "806,500, up from 804,930 the day before"), of the
same subject, source and period end. A report a total has no value for never speaks against
it: such a day counts as fitting it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from .model import Reference

_Member = tuple[dict[str, Any], set[date], dict[date, int]]


def _fits(f: dict[str, Any], lo: float, hi: float) -> bool:
    """Whether claim fact ``f``'s interval meets a report's ``lo``..``hi`` (base units)."""
    return float(f["lower"]) <= hi and float(f["upper"]) >= lo


def _takes_part(f: dict[str, Any]) -> bool:
    """Whether a claim fact can be one of a sentence's totals read against one report."""
    return bool(f.get("has_value") and f.get("cumulative") and f.get("measure")
                and not f.get("open_reading") and not f.get("measure_open")
                and f.get("retracted") != 1 and f.get("pend"))


def _members(claims: dict[str, dict[str, Any]], references: Sequence[Reference],
             bound: Callable[[Reference, float | None], float]
             ) -> dict[tuple[Any, ...], list[_Member]]:
    """The totals taking part, by (sentence, period end, subject, source): each with the report
    days it fits and the index of its reference for each day."""
    refs: dict[str, list[tuple[int, Reference]]] = defaultdict(list)
    for i, r in enumerate(references):
        if r.kind == "dataset" and r.role == "period" and r.claim in claims:
            refs[r.claim].append((i, r))
    groups: dict[tuple[Any, ...], list[_Member]] = defaultdict(list)
    for cid, rs in refs.items():
        f = claims[cid]
        # every reading a running total of a dated report (no day's, no record's reading)
        if not _takes_part(f) or any(not r.cumulative or r.record or r.date is None
                                     for _, r in rs):
            continue
        fits = {r.date for _, r in rs if r.date and _fits(f, bound(r, r.lower),
                                                          bound(r, r.upper))}
        if fits:
            groups[(f["sentence"], f["pend"], f["subject"], f["source"])].append(
                (f, fits, {r.date: i for i, r in rs if r.date}))
    return groups


_Index = dict[tuple[Any, str, int], dict[frozenset[date], list[str]]]


def _current_fits(claims: dict[str, dict[str, Any]], references: Sequence[Reference],
                  bound: Callable[[Reference, float | None], float], named: set[str],
                  left_out: set[str]) -> _Index:
    """The report days each figure given as current fits, by (subject, source, the day its
    reports' totals run to) and by the set of days: a running total to its period's end ("As
    of January 11, Russia has lost 806,500 troops" too), or the day's figure of the day before
    it, no day of its own named (``named``: "1,830 on Thursday" is that day's report's, whatever
    report the document quotes); weak readings (a document default), open ones and the totals
    of sentences that fit no one report (``left_out``) say nothing."""
    fits: dict[str, tuple[dict[str, Any], set[date]]] = {}
    for r in references:
        f = claims.get(r.claim)
        if r.kind != "dataset" or r.role != "period" or f is None or r.date is None or \
                r.record or f.get("weak") or f.get("open_reading") or r.claim in left_out or \
                not f.get("has_value") or not f.get("pend"):
            continue
        if not f.get("cumulative") and (f.get("pstart") != f.get("pend") or r.claim in named):
            continue
        got = fits.setdefault(r.claim, (f, set()))[1]
        if _fits(f, bound(r, r.lower), bound(r, r.upper)):
            got.add(r.date)
    index: _Index = defaultdict(lambda: defaultdict(list))
    for f, days in fits.values():
        key = (f.get("subject"), f.get("source") or f.get("source_before") or "",
               int(f["pend"]) + (0 if f.get("cumulative") else 1))
        index[key][frozenset(days)].append(f'"{f["text"]}"')
    return index


def _settled(members: list[_Member], tied: list[date], current: _Index
             ) -> tuple[date | None, list[str]]:
    """The latest report day of ``tied`` (the days fitting the most of a sentence's totals)
    when the document's other figures given as current fit it, and those figures' words (the
    first three): a figure fitting one tied day only speaks for it; none, figures speaking for
    two days or for an earlier day only leave the tie open (None). (The sentence's own totals
    fit no one report: they are not in ``current``.)"""
    f0 = members[0][0]
    side = f0.get("source") or f0.get("source_before") or ""
    days: set[date] = set()
    words: list[str] = []
    for src in {"", side}:
        for fitting, texts in current.get((f0.get("subject"), src, int(f0["pend"])),
                                          {}).items():
            own = fitting.intersection(tied)
            if len(own) == 1:
                days |= own
                words += texts[:3 - len(words)] if len(words) < 3 else []
    # (only the later report: a total of the report before beside the day's figure of the
    # later one is stale whichever the writer meant, while the later report's total beside
    # figures of the one before may be the one figure brought up to date)
    if days != {max(tied)}:
        return None, []
    return max(tied), words


def _one_report(members: list[_Member]) -> bool:
    """Whether some report day fits every total of a sentence."""
    days = set().union(*(set(known) for _, _, known in members))
    return any(all(d in fits or d not in known for _, fits, known in members) for d in days)


def report_fit_facts(claims: dict[str, dict[str, Any]], references: Sequence[Reference],
                     bound: Callable[[Reference, float | None], float],
                     named: set[str] | None = None) -> list[dict[str, Any]]:
    """One ``report_fit`` fact per running total of a sentence with totals of two measures or
    more (``claims``: claim facts by id; ``bound``: a reference's bound in base units;
    ``named``: the ids of day's figures whose day the text names)."""
    out: list[dict[str, Any]] = []
    groups = list(_members(claims, references, bound).values())
    # (a total of a sentence whose totals fit no one report speaks for no report)
    left_out = {f["id"] for members in groups if len(members) > 1 and not _one_report(members)
                for f, _, _ in members}
    current = _current_fits(claims, references, bound, named or set(), left_out)
    for members in groups:
        per_measure = Counter(f["measure"] for f, _, _ in members)
        members = [m for m in members if per_measure[m[0]["measure"]] == 1]
        if len(members) < 2:
            continue
        days = sorted(set().union(*(set(known) for _, _, known in members)))
        fit = {d: sum(d in fits or d not in known for _, fits, known in members) for d in days}
        common = [d for d in days if fit[d] == len(members)]
        best = max(days, key=lambda d: (fit[d], d))
        strict = all(fit[d] < fit[best] for d in days if d != best)
        fitting_best = [f for f, fits, known in members if best in fits or best not in known]
        settled, why = (None, []) if strict or common else _settled(
            members, [d for d in days if fit[d] == fit[best]], current)
        for f, fits, known in members:
            at_best = best in fits or best not in known
            ri = known.get(best, -1)
            r = references[ri] if ri >= 0 else None
            si = known.get(settled, -1) if settled is not None else -1
            if si >= 0:
                ri = si     # the evidence: the settled report's value for this total
            out.append({
                "t": "report_fit", "fid": f"report_fit:{f['id']}", "claim": f["id"],
                "claim_n": f["n"], "anchor": f["id"], "text": f["text"],
                "start": f["start"], "end": f["end"], "sentence": f["sentence"],
                "totals": len(members), "common": len(common),
                "common_iso": common[-1].isoformat() if common else "",
                "best_fits": fit[best], "strict": int(strict), "fits_best": int(at_best),
                "best_iso": best.isoformat(), "index": ri,
                "best_display": (f"{r.value:,.0f}" if r is not None else ""),
                "best_detail": (r.detail or "") if r is not None else "",
                "own_iso": ", ".join(d.isoformat() for d in sorted(fits)),
                "others_text": ", ".join(f'"{o["text"]}"' for o in fitting_best
                                         if o is not f),
                "weak": int(bool(f.get("weak"))),
                **_settled_fields(settled, why, fits, known, members, f),
                "settled_display": f"{references[si].value:,.0f}" if si >= 0 else "",
                "settled_detail": (references[si].detail or "") if si >= 0 else "",
            })
    return out


def _settled_fields(settled: date | None, why: list[str], fits: set[date], known: dict[date, int],
                    members: list[_Member], f: dict[str, Any]) -> dict[str, Any]:
    """The fields of a tie the document's other figures settle (``settled``: 1): the day, the
    figures that fit it, whether this total fits it and the totals of the sentence that do."""
    if settled is None or f.get("weak"):
        return {"settled": 0, "settled_iso": "", "settled_by": "", "fits_settled": 0,
                "settled_others": ""}
    return {"settled": 1, "settled_iso": settled.isoformat(), "settled_by": ", ".join(why),
            "fits_settled": int(settled in fits or settled not in known),
            "settled_others": ", ".join(f'"{o["text"]}"' for o, ofits, oknown in members
                                        if o is not f and (settled in ofits
                                                           or settled not in oknown))}
