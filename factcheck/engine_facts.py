"""Facts for the rules engine: a document's claims and references, prepared as flat JSON facts.

``build_facts`` turns the normalized claims of one document (and the references the store found
for them) into the facts the rules match (``factcheck.rulebook.FACT_TYPES`` lists their fields):

- ``claim``: one per claim, values and intervals in pint base units so "3 km" and "3,000 m"
  compare; open bounds become +-1e15; categorical fields also get an integer code ``<field>_k``
  (the compiler compares categories across facts through these codes, never as strings).
- ``sum``: one per group of parts/items/shares, with the sum of their values and intervals and
  the stated total beside it.
- ``relation``: one per stated relation (multiple, change, conversion), with the interval the
  relation implies for the claim ("double 1,070" implies 2,140 +- rounding).
- ``date`` / ``period``: explicit dates (with a stated weekday, if any) and date ranges.
- ``name`` / ``name_pair``: capitalised names with their nearest gazetteer entry, and pairs of
  similar spellings.
- ``reference``: one per Reference from the store.

Every fact has a unique ``fid``, so identical claims stay distinct facts. This module prepares
facts: it computes sums, implied values, similarities; it must not decide whether anything is
wrong (the rules' conditions, run by the engine, do that). It must not import durable_rules.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .engine_updates import claim_fields, running_facts, update_days
from .model import Claim, Document, Reference
from .normalize.readings import is_weak
from .rulebook import FACT_TYPES

# durable_rules' JSON parser rejects exponents with a sign ('1e+16', error 204), and Python writes
# floats of 1e16 and over that way: open bounds and every posted number stay within +-1e15.
BIG = 1e15
NAME_FLOOR = 0.6     # names farther than this from every gazetteer entry are not posted


class Interner:
    """Category string -> small integer, shared by all fields of one document."""

    def __init__(self) -> None:
        self.codes: dict[str, int] = {"": 0}

    def __call__(self, s: str) -> int:
        return self.codes.setdefault(s, len(self.codes))


@dataclass
class FactSet:
    facts: list[dict[str, Any]] = field(default_factory=list)
    by_fid: dict[str, dict[str, Any]] = field(default_factory=dict)

    def add(self, fact: dict[str, Any], codes: Interner) -> None:
        ftype = fact["t"]
        for k, kind in FACT_TYPES[ftype].items():
            if kind == "str":
                v = fact.get(k)
                fact[k] = "" if v is None else str(v)
                fact[k + "_k"] = codes(fact[k])
            elif kind == "num":
                v = fact.get(k, 0)
                fact[k] = float(v) if isinstance(v, float) else int(v or 0)
            else:
                v = fact.get(k)
                fact[k] = "" if v is None else v
        self.facts.append(fact)
        self.by_fid[fact["fid"]] = fact


# --------------------------------------------------------------------------------------------
# Units


@lru_cache(maxsize=1)
def _ureg():
    import pint

    return pint.UnitRegistry()


@lru_cache(maxsize=512)
def _unit_info(unit: str) -> tuple[float, float, str] | None:
    """(scale, offset, dimensionality) to base units, or None when pint does not know it."""
    if not unit:
        return 1.0, 0.0, ""
    if unit in ("%", "percent"):
        return 1.0, 0.0, "percent"
    if unit == "basis_point":    # compared in percentage points, like percent
        return 0.01, 0.0, "percent"
    try:
        reg = _ureg()
        q0 = reg.Quantity(0.0, unit).to_base_units()
        q1 = reg.Quantity(1.0, unit).to_base_units()
        return float(q1.magnitude - q0.magnitude), float(q0.magnitude), str(q1.dimensionality)
    except Exception:  # noqa: BLE001 - currencies and other units pint lacks stay as they are
        return 1.0, 0.0, f"unit:{unit}"


def to_base(x: float | None, unit: str) -> float | None:
    if x is None:
        return None
    scale, offset, _ = _unit_info(unit) or (1.0, 0.0, "")
    return x * scale + offset


def dimension(unit: str) -> str:
    return (_unit_info(unit) or (1.0, 0.0, unit))[2]


def _fmt(x: float | None, unit: str = "") -> str:
    if x is None:
        return "?"
    from .normalize.units import short_unit

    s = f"{x:,.0f}" if float(x).is_integer() else f"{x:,.4g}"
    shown = short_unit(unit)
    return s + shown if shown == "%" else f"{s} {shown}".strip()


def _show_base(x: float, unit: str) -> str:
    """A value in base units written in ``unit`` for a reader."""
    scale, offset, _ = _unit_info(unit) or (1.0, 0.0, "")
    return _fmt((x - offset) / (scale or 1.0), unit)


# --------------------------------------------------------------------------------------------
# Claims


def _interval(c: Claim) -> tuple[float | None, float | None]:
    lo, hi = c.lower, c.upper
    if lo is None and hi is None and c.value is not None:
        lo = hi = c.value
    return lo, hi


_NOUN_SKIP = frozenset("""of the a an from to away in on at into toward towards more than less
square cubic sq per each some about around nearly roughly its their his her""".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")


def _noun_after(text: str, end: int) -> str:
    """The first content word after a figure ("3,000 km of territory" -> "territory"): what
    the figure counts or measures, to compare two figures of one thing in different units."""
    stop = min([i for i in (text.find(".", end), text.find("\n", end), text.find(",", end),
                            text.find(";", end)) if i >= 0] or [len(text)])
    for m in _WORD.finditer(text, end, stop):
        w = m.group(0).lower()
        if w not in _NOUN_SKIP:
            return w[:-1] if w.endswith("s") and len(w) > 3 else w
    return ""


def _claim_fact(c: Claim, n: int, doc: Document, sentence_no: int) -> dict[str, Any]:
    lo, hi = _interval(c)
    ex = c.extra_dict() if c.extra else {}
    readings = ex.get("readings") or ()
    basis = ex.get("basis") or ()
    unit = c.unit or ""
    return {
        "t": "claim", "fid": f"claim:{c.id}", "id": c.id, "n": n, "text": c.text,
        "display": c.text, "anchor": c.id, "start": c.start, "end": c.end,
        "has_value": int(c.value is not None),
        "value": float(to_base(c.value, unit) or 0.0),
        "lower": float(to_base(lo, unit)) if lo is not None else -BIG,
        "upper": float(to_base(hi, unit)) if hi is not None else BIG,
        "open_lower": int(lo is None), "open_upper": int(hi is None),
        "unit": unit, "dim": dimension(unit), "measure": c.measure, "subject": c.subject,
        "period": f"{c.period.start.isoformat()}/{c.period.end.isoformat()}" if c.period else "",
        "pstart": c.period.start.toordinal() if c.period else 0,
        "pend": c.period.end.toordinal() if c.period else 0,
        # a claim whose words leave its period open has one per reading (extra.readings)
        "has_period": int(c.period is not None or bool(readings)),
        # a key decided only by a document default: a mismatch is at most a warning
        "weak": int(any(is_weak(how) for k, how in basis if k in ("measure", "subject")) or
                    (not readings and any(is_weak(how) for k, how in basis
                                          if k in ("period", "scope") and how != "none"))),
        "source": c.source, "has_source": int(bool(c.source)), "hedge": c.hedge,
        "hedged": int(bool(c.hedge)), "cumulative": int(bool(c.cumulative)),
        "quoted": int(bool(c.quoted)), "section": c.section, "role": c.role, "group": c.group,
        "qualifier": c.qualifier, "sentence": sentence_no, "noun": _noun_after(doc.text, c.end),
        "converted": int(isinstance(c.extra_dict().get("conversion_of"), str)),
        # what a distance is measured to (normalize: extra.place), "" when not named
        "place": str(c.extra_dict().get("place") or ""),
        "pub": doc.date.toordinal() if doc.date else 0,
    }


def _sums(claims: Sequence[Claim], facts: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    by_id = {c.id: c for c in claims}
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    totals: dict[str, Claim] = {}
    for c in claims:
        if c.role == "total" and c.group:
            totals[c.group] = c
        if c.group and c.role in ("part", "item", "share"):
            kind = "share" if c.role == "share" else c.role
            groups[(c.group, kind)].append(c)
    out = []
    for (group, kind), parts in sorted(groups.items()):
        total = by_id.get(group) if group in by_id and by_id[group].role != kind else None
        total = totals.get(group, total)
        if kind == "share":
            if any(p.value is None for p in parts):
                continue
            vals = [(p.value, *_interval(p)) for p in parts]
            unit_display = "%"
        else:
            dims = {facts[p.id]["dim"] for p in parts}
            if total is not None:
                dims.add(facts[total.id]["dim"])
            if len(dims) != 1 or any(p.value is None for p in parts):
                continue
            vals = [(facts[p.id]["value"], facts[p.id]["lower"], facts[p.id]["upper"])
                    for p in parts]
            unit_display = parts[0].unit
        lows = [lo if lo is not None and lo > -BIG else v for v, lo, _ in vals]
        highs = [hi if hi is not None and hi < BIG else BIG for _, _, hi in vals]
        f = {
            "t": "sum", "fid": f"sum:{kind}:{group}", "kind": kind, "group": group,
            "count": len(parts), "parts_value": float(sum(v for v, _, _ in vals)),
            "parts_lower": float(sum(lows)), "parts_upper": float(min(BIG, sum(highs))),
            "parts_text": " + ".join(p.text for p in parts),
            "parts_display": _fmt(sum(p.value for p in parts), unit_display),
            "unit_display": unit_display, "measure": parts[0].measure,
            "claims": [p.id for p in parts] + ([total.id] if total else []),
            "anchor": parts[-1].id, "text": parts[-1].text,
            "start": min(p.start for p in parts), "end": max(p.end for p in parts),
        }
        if total is not None and total.value is not None:
            tf = facts[total.id]
            f.update(has_total=1, total_n=tf["n"], total_value=tf["value"],
                     total_lower=tf["lower"], total_upper=tf["upper"], total_text=total.text,
                     total_display=_fmt(total.value, total.unit))
        out.append(f)
    return out


def _relations(claims: Sequence[Claim], facts: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    by_id = {c.id: c for c in claims}
    out = []
    for c in claims:
        extra = c.extra_dict()
        items: list[tuple[str, Claim, Claim, float, float, dict[str, Any]]] = []
        rel = extra.get("relation")
        if isinstance(rel, dict) and rel.get("of") in by_id and rel.get("factor") is not None:
            b = by_id[rel["of"]]
            k = float(rel["factor"])
            items.append(("multiple", c, b, k, 0.0, {"factor": k}))
        ch = extra.get("change")
        if isinstance(ch, dict) and ch.get("from") in by_id and ch.get("amount") is not None:
            a = by_id.get(ch.get("to") or c.id, c)
            b = by_id[ch["from"]]
            amount = float(ch["amount"])
            sign = -1.0 if ch.get("direction") == "down" else 1.0
            if ch.get("kind") == "percent":
                items.append(("change", a, b, 1.0 + sign * amount / 100.0, 0.0,
                              {"amount": amount, "direction": ch.get("direction", "up")}))
            else:
                # the amount in its own unit when it has one ("25 basis points" from 3.25%),
                # else in the unit of the figure it changes ("up 200 from 1,000 km")
                unit = c.unit if c.unit and dimension(c.unit) == dimension(b.unit or "") \
                    else (b.unit or "")
                base_amount = (to_base(amount, unit) or 0.0) - (to_base(0.0, unit) or 0.0)
                items.append(("change", a, b, 1.0, sign * base_amount,
                              {"amount": amount, "direction": ch.get("direction", "up"),
                               "unit": c.unit if unit == c.unit else ""}))
        conv = extra.get("conversion_of")
        if isinstance(conv, str) and conv in by_id and not (
                facts[c.id]["dim"].startswith("unit:") and
                facts[by_id[conv].id]["dim"].startswith("unit:") and
                facts[c.id]["dim"] != facts[by_id[conv].id]["dim"]):
            # an amount in another currency ("€1.046bn (about £880m)") is no conversion that
            # can be checked: no exchange rate is known, and currencies never convert
            items.append(("conversion", c, by_id[conv], 1.0, 0.0, {}))
        for kind, a, b, k, add, more in items:
            more = dict(more, words=_relation_words(kind, k, more))
            if a.value is None or b.value is None or a.id == b.id:
                continue
            fa, fb = facts[a.id], facts[b.id]
            ends = sorted([fb["lower"] * k + add, fb["upper"] * k + add])
            exp_value = fb["value"] * k + add
            scale = (_unit_info(a.unit or "") or (1.0, 0.0, ""))[0] or 1.0
            shown = (exp_value - (_unit_info(a.unit or "") or (1, 0.0, ""))[1]) / scale
            out.append({
                "t": "relation", "fid": f"relation:{kind}:{a.id}:{b.id}", "kind": kind,
                "claim": a.id, "of": b.id, "claim_n": fa["n"], "of_n": fb["n"],
                "a_value": fa["value"], "a_lower": fa["lower"], "a_upper": fa["upper"],
                "expected_value": exp_value, "expected_lower": ends[0], "expected_upper": ends[1],
                "a_dim": fa["dim"], "b_dim": fb["dim"], "measure": a.measure,
                "a_text": a.text, "b_text": b.text, "a_display": _fmt(a.value, a.unit),
                "expected_display": _fmt(shown, a.unit),
                "anchor": a.id, "text": a.text, "start": a.start, "end": a.end, **more,
            })
    return out


_FACTOR_WORDS = {2.0: "double", 3.0: "triple", 4.0: "four times", 0.5: "half",
                 round(1 / 3, 3): "a third", 0.25: "a quarter", round(2 / 3, 3): "two thirds"}


def _relation_words(kind: str, k: float, more: dict[str, Any]) -> str:
    if kind == "multiple":
        return _FACTOR_WORDS.get(round(k, 3), f"{k:g} times")
    if kind == "change":
        if k != 1.0:
            return f"{more.get('direction', 'up')} {more.get('amount', 0):g}%"
        return f"{more.get('direction', 'up')} {_fmt(more.get('amount', 0), more.get('unit', ''))}"
    return "converted"


# --------------------------------------------------------------------------------------------
# Dates and periods, from the extractor's date mentions (factcheck.extract.find_dates)

FUTURE_CUES = re.compile(r"\b(will|shall|scheduled|expected|expects|due|plans?|planned|"
                         r"upcoming|next|forecasts?|deadline|until)\b", re.I)
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_JOIN_WEEKDAY = re.compile(r"^,?\s*(?:the\s+)?$")
_JOIN_PERIOD = re.compile(r"^\s*(?:to|until|till|through|and|-|–|—)\s*$", re.I)
_PERIOD_START = re.compile(r"\b(?:from|between)\s*$", re.I)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    s = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    e = min([i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0] or [len(text)])
    return s, e


def _same_year(a: Any, b: Any, a_guessed: bool, b_guessed: bool) -> tuple[Any, Any]:
    """A range written without years ("from 1 January to 31 December") is one stretch of one
    year: the extractor guesses each end's year on its own, which can reverse it."""
    if a <= b or not (a_guessed or b_guessed):
        return a, b
    try:
        if a_guessed:
            return a.replace(year=b.year), b
        return a, b.replace(year=a.year)
    except ValueError:          # 29 February
        return a, b


def _dates(doc: Document) -> list[dict[str, Any]]:
    from .extract import dates_by_update, find_dates
    from .extract.updates import document_updates, update_at

    text = doc.text
    updates = document_updates(doc)
    bounds = tuple((u.start, u.end, u.day or doc.date) for u in updates)
    found = dates_by_update(text, doc.date, bounds) if updates else find_dates(text, doc.date)
    mentions = sorted(found, key=lambda m: m.start)
    out: list[dict[str, Any]] = []
    used_weekday: set[int] = set()
    for i, m in enumerate(mentions):
        if m.kind != "date" or m.start_date is None or m.start_date != m.end_date:
            continue
        weekday, start = m.weekday, m.start
        prev = mentions[i - 1] if i else None
        # "Monday, 17 December 2024": the extractor reads the weekday as its own mention
        if (weekday is None and not m.relative and prev is not None and prev.weekday
                and prev.kind == "date" and _JOIN_WEEKDAY.match(text[prev.end:m.start])):
            weekday, start = prev.weekday, prev.start
            used_weekday.add(i - 1)
        if m.relative and m.weekday and i + 1 < len(mentions) and not mentions[i + 1].relative \
                and _JOIN_WEEKDAY.match(text[m.end:mentions[i + 1].start]):
            continue            # the weekday belongs to the explicit date that follows
        d = m.start_date
        # in a liveblog, "published" is when the update holding the date was written
        u = update_at(updates, m.start) if updates else None
        pub = (u.day if u is not None and u.day else None) or doc.date
        s, e = _sentence_bounds(text, m.start, m.end)
        wd = WEEKDAYS.index(weekday.lower()) if weekday and not m.relative else -1
        out.append({
            "t": "date", "fid": f"date:{i}:{m.start}", "text": text[start:m.end],
            "start": start, "end": m.end, "day": d.toordinal(), "iso": d.isoformat(),
            "pub": pub.toordinal() if pub else 0, "has_pub": int(pub is not None and not m.relative),
            "pub_iso": pub.isoformat() if pub else "",
            "weekday_stated": wd, "weekday_name": (weekday or "").capitalize(),
            "weekday_actual": d.weekday(), "actual_name": WEEKDAYS[d.weekday()].capitalize(),
            "future_cue": int(bool(FUTURE_CUES.search(text[s:e]))),
        })
    # periods: "from <date> to <date>", "between <date> and <date>", or one period mention
    for i, m in enumerate(mentions):
        a = b = None
        if m.kind == "period" and m.start_date and m.end_date and not m.relative:
            a, b, s0, e0 = m.start_date, m.end_date, m.start, m.end
        elif (i + 1 < len(mentions) and m.start_date and mentions[i + 1].end_date
              and _JOIN_PERIOD.match(text[m.end:mentions[i + 1].start])
              and _PERIOD_START.search(text[max(0, m.start - 12):m.start])):
            n = mentions[i + 1]
            a, b, s0, e0 = m.start_date, n.end_date, m.start, n.end
            a, b = _same_year(a, b, m.relative, n.relative)
        if a is None or b is None:
            continue
        out.append({"t": "period", "fid": f"period:{i}:{s0}", "text": text[s0:e0],
                    "start": s0, "end": e0, "first": a.toordinal(), "last": b.toordinal(),
                    "first_iso": a.isoformat(), "last_iso": b.isoformat()})
    return out


# --------------------------------------------------------------------------------------------
# Names, from the extractor's name mentions (factcheck.extract.find_names)


def _norm(name: str) -> str:
    name = unicodedata.normalize("NFKC", name).replace("’", "'")
    name = re.sub(r"'s$", "", name)
    return re.sub(r"\s+", " ", name).strip()


def _names(doc: Document, gazetteer: Sequence[str]) -> list[tuple[str, int, int]]:
    from .extract import find_names

    found: list[tuple[str, int, int]] = []
    for m in find_names(doc.text):
        text = _norm(m.text)
        if len(text) >= 4 and not text.isupper():
            found.append((text, m.start, m.start + len(text)))
    return found


@lru_cache(maxsize=8)
def _gaz_index(gazetteer: tuple[str, ...]) -> tuple[dict[str, str], tuple[str, ...]]:
    exact = {_norm(g).lower(): g for g in gazetteer}
    return exact, tuple(exact)


def _nearest(name: str, gazetteer: tuple[str, ...]) -> tuple[str, float, int]:
    exact, keys = _gaz_index(gazetteer)
    key = name.lower()
    if key in exact:
        return exact[key], 1.0, 1
    best, score = "", 0.0
    for k in difflib.get_close_matches(key, keys, n=1, cutoff=NAME_FLOOR):
        best, score = exact[k], difflib.SequenceMatcher(None, key, k).ratio()
    return best, score, 0


def _name_facts(doc: Document, gazetteer: tuple[str, ...]) -> list[dict[str, Any]]:
    names = _names(doc, gazetteer)
    counts: dict[str, int] = defaultdict(int)
    for t, _, _ in names:
        counts[t] += 1
    out = []
    seen_gaz: dict[str, tuple[str, float, int]] = {}
    for i, (text, start, end) in enumerate(names):
        if text not in seen_gaz:
            seen_gaz[text] = _nearest(text, gazetteer)
        nearest, score, inside = seen_gaz[text]
        low, near = text.lower(), nearest.lower()
        inflected = int(bool(near) and low.startswith(near) and len(low) - len(near) <= 3)
        if inside or score >= NAME_FLOOR:
            out.append({"t": "name", "fid": f"name:{i}:{start}", "text": text, "start": start,
                        "end": end, "key": text.lower(), "in_gazetteer": inside,
                        "nearest": nearest, "nearest_score": round(score, 4),
                        "count": counts[text], "inflected": inflected})
    # pairs of distinct spellings: the later/rarer spelling is the one to point at
    first: dict[str, tuple[int, int]] = {}
    for text, start, end in names:
        first.setdefault(text, (start, end))
    keys = sorted(first, key=lambda k: first[k][0])
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if a.lower() == b.lower():
                continue
            sim = difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio()
            if sim < NAME_FLOOR:
                continue
            short, long_ = sorted((a.lower(), b.lower()), key=len)
            inflected = int(long_.startswith(short) and len(long_) - len(short) <= 3)
            ga, gb = _nearest(a, gazetteer)[2], _nearest(b, gazetteer)[2]
            # point at the spelling that is not in the gazetteer, else the rarer, else the later
            pa, pb = (a, b) if (ga, counts[a]) > (gb, counts[b]) or (
                (ga, counts[a]) == (gb, counts[b])) else (b, a)
            start, end = first[pb]
            out.append({"t": "name_pair", "fid": f"name_pair:{a}|{b}", "text": pb,
                        "start": start, "end": end, "similarity": round(sim, 4),
                        "a_text": pa, "b_text": pb, "a_count": counts[pa], "b_count": counts[pb],
                        "a_in_gazetteer": _nearest(pa, gazetteer)[2],
                        "b_in_gazetteer": _nearest(pb, gazetteer)[2], "inflected": inflected})
    return out


# --------------------------------------------------------------------------------------------
# References


def _reference_facts(references: Sequence[Reference], claims: dict[str, dict[str, Any]]
                     ) -> list[dict[str, Any]]:
    out = []
    for i, r in enumerate(references):
        cf = claims.get(r.claim)
        if cf is None or r.role == "gap":   # a gap says why there is no value: no fact
            continue
        unit = r.unit or ""
        lo = r.lower if r.lower is not None else r.value
        hi = r.upper if r.upper is not None else r.value
        out.append({
            "t": "reference", "fid": f"reference:{i}", "index": i, "claim": r.claim,
            "claim_n": cf["n"], "kind": r.kind, "role": r.role, "measure": r.measure,
            "subject": r.subject, "value": float(to_base(r.value, unit) or 0.0),
            "lower": float(to_base(lo, unit) or 0.0), "upper": float(to_base(hi, unit) or 0.0),
            "day": r.date.toordinal() if r.date else 0,
            "date_iso": r.date.isoformat() if r.date else "", "lag": r.lag,
            "cumulative": int(r.cumulative), "correction": float(r.correction or 0.0),
            "has_correction": int(r.correction is not None), "source": r.source,
            "document": r.document, "display": _fmt(r.value, unit), "detail": r.detail,
            # the reading checked, and whether it (or the claim's measure or subject) rests on
            # a document default only: then a mismatch is at most a warning
            "reading": r.reading or "", "weak": int(r.weak or bool(cf.get("weak"))),
            "anchor": r.claim, "text": cf["text"], "start": cf["start"], "end": cf["end"],
        })
    return out


def build_facts(doc: Document, claims: Sequence[Claim], references: Sequence[Reference] = (),
                gazetteer: Sequence[str] = (), types: frozenset[str] | None = None) -> FactSet:
    """All facts of one document (only the fact types in ``types``, when given)."""
    codes = Interner()
    fs = FactSet()
    want = (lambda t: True) if types is None else (lambda t: t in types)
    sentence_no: dict[int, int] = {}
    claim_facts: dict[str, dict[str, Any]] = {}
    days = update_days(doc)
    for n, c in enumerate(claims, start=1):
        sn = sentence_no.setdefault(c.sentence[0], len(sentence_no))
        f = _claim_fact(c, n, doc, sn)
        f.update(claim_fields(c, days))
        fs.add(f, codes) if want("claim") else None
        if not want("claim"):
            FactSet().add(f, codes)   # still normalised: derived facts read its fields
        claim_facts[c.id] = f
    derived: list[dict[str, Any]] = []
    if want("sum"):
        derived += _sums(claims, claim_facts)
    if want("relation"):
        derived += _relations(claims, claim_facts)
    if want("date") or want("period"):
        derived += [f for f in _dates(doc) if want(f["t"])]
    if want("name") or want("name_pair"):
        derived += [f for f in _name_facts(doc, tuple(gazetteer)) if want(f["t"])]
    if want("reference"):
        derived += _reference_facts(references, claim_facts)
    if want("running"):
        derived += running_facts(doc, claims, claim_facts, _show_base, BIG)
    for f in derived:
        if f["fid"] in fs.by_fid:
            f["fid"] = f"{f['fid']}#{len(fs.facts)}"
        fs.add(f, codes)
    return fs
