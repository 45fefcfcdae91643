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
- ``name`` / ``name_pair``: the document's name mentions (``Mentions.names``, in the spelling
  ``normalize.names`` gives them) with their nearest gazetteer entry, and pairs of similar
  spellings.
- ``reference``: one per Reference from the store.

Every fact has a unique ``fid``, so identical claims stay distinct facts. This module prepares
facts: it computes sums, implied values, similarities; it must not decide whether anything is
wrong (the rules' conditions, run by the engine, do that). It must not import durable_rules.
"""

from __future__ import annotations

import difflib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from .engine_updates import claim_fields, period_key, running_facts, update_days, weekday_spans
from .extract import Mentions, vocab
from .extract.updates import document_updates
from .model import Claim, Document, Reference
from .report_fits import report_fit_facts
from .normalize import mentions_of, over_limit
from .normalize.calendar import WEEKDAYS
from .normalize.entities import demonyms
from .normalize.names import name_spelling
from .normalize.readings import PAIR_TOTAL, is_weak, unchecked_readings
from .normalize.figures import count_shown, number, quantity, written_like
from .normalize.intervals import reaches_open
from .normalize.units import registry
from .rulebook import FACT_TYPES
from .rulebook.facts import BIG

# the sections whose figures restate the body's (a front matter's headline and standfirst
# are read as headline lines); their restatement order starts after every body figure's
LEAD_SECTIONS = frozenset({"headline", "keypoints"})
RESTATED_AFTER = 1_000_000
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


# Dimensions whose SI base unit is too small for news figures: every number posted to the
# engine stays within +-BIG (1e15), and "2,435 TWh" is 8.8e18 joules but 2.4e12 kWh. Keyed by
# pint's dimensionality; the figures of such a dimension are compared in this unit instead.
_REFERENCE_UNITS = {"[mass] * [length] ** 2 / [time] ** 2": "kilowatt_hour"}


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
        # the one registry of the package, with the currencies of rules/vocab/units.yaml
        # ("95 cents" and "$2.90" are one dimension; a registry without them said not)
        reg = registry()
        q0 = reg.Quantity(0.0, unit).to_base_units()
        q1 = reg.Quantity(1.0, unit).to_base_units()
        dim = str(q1.dimensionality)
        if dim in _REFERENCE_UNITS:
            # (no offset in these dimensions)
            return float(reg.Quantity(1.0, unit).to(_REFERENCE_UNITS[dim]).magnitude), 0.0, dim
        return float(q1.magnitude - q0.magnitude), float(q0.magnitude), dim
    except Exception:  # noqa: BLE001 - units pint cannot read stay as they are
        return 1.0, 0.0, f"unit:{unit}"


def to_base(x: float | None, unit: str) -> float | None:
    if x is None:
        return None
    scale, offset, _ = _unit_info(unit) or (1.0, 0.0, "")
    return x * scale + offset


def _physical(unit: str) -> bool:
    """A unit of a physical dimension (length, mass, temperature...): not a count, a share or
    money."""
    dim = dimension(unit)
    return bool(unit) and dim not in ("", "percent") and not _currency(dim)


def _decimal_written(text: str) -> bool:
    """Whether an amount is written with a decimal part ("€9.02", "£169.50"; not "€108",
    "£8,814")."""
    return bool(re.search(r"\d\.\d", text))


def _currency(dim: str) -> bool:
    """A dimension of money: each currency is its own (normalize.units), or a unit pint lacks."""
    return dim.startswith("[currency_") or dim.startswith("unit:")


def dimension(unit: str) -> str:
    return (_unit_info(unit) or (1.0, 0.0, unit))[2]


def _show_base(x: float, unit: str) -> str:
    """A value in base units written in ``unit`` for a reader."""
    scale, offset, _ = _unit_info(unit) or (1.0, 0.0, "")
    return quantity((x - offset) / (scale or 1.0), unit)


# --------------------------------------------------------------------------------------------
# Claims


def _interval(c: Claim) -> tuple[float | None, float | None]:
    lo, hi = c.lower, c.upper
    if lo is None and hi is None and c.value is not None:
        lo = hi = c.value
    return lo, hi


_LEVEL_ROLES = frozenset({None, "", "total", "item"})


@lru_cache(maxsize=1)
def _unit_measures() -> frozenset[str]:
    """Measures given by a unit's dimension alone (measures.yaml ``dimensions``)."""
    from .extract import vocab

    return frozenset(str(v) for v in (vocab.load("measures.yaml").get("dimensions") or {})
                     .values())


@lru_cache(maxsize=1)
def _set_exactly_measures() -> frozenset[str]:
    """Measures whose levels are set in steps (measures.yaml ``set_exactly``: policy rates)."""
    from .extract import vocab

    ms = vocab.load("measures.yaml").get("measures") or {}
    return frozenset(k for k, v in ms.items() if isinstance(v, dict) and v.get("set_exactly"))


def _set_exactly(measure: str | None) -> bool:
    return bool(measure) and measure in _set_exactly_measures()


def _level_halves(c: Claim, ch: dict[str, Any], to: tuple[Claim, dict[str, Any]],
                  frm: tuple[Claim, dict[str, Any]]) -> tuple[float, float]:
    """Half a written digit of a change's two levels in base units ("99F" is 98.5F to 99.5F,
    not 1% of 310 kelvin), or a range's half when wider. A move in points between two levels
    of a rate set in steps (measures.yaml ``set_exactly``) is written to one precision, its
    zeros dropped: "by a quarter point to 4% from 4.25%" says 4.00%, so both take the finer,
    and a level written plainly (no "about") is the level set, exact."""
    (t, ft), (f, ff) = to, frm
    ht = _relative_step(t.text) * abs(t.value) * _unit_scale(t.unit or "")
    hf = _relative_step(f.text) * abs(f.value) * _unit_scale(f.unit or "")
    if _whole_money(t, ft) and _whole_money(f, ff):
        # "from £1,277 to £1,971 ..., an increase of £693": two bills in whole pounds are
        # often averages worked out in pence and rounded (Ofgem's £1,277.xx), so each may
        # stand for half a pound either side, as any rounded figure does
        ht = max(ht, 0.5 * _unit_scale(t.unit or ""))
        hf = max(hf, 0.5 * _unit_scale(f.unit or ""))
    if ch.get("kind") != "percent" and _dropped_zero(t, f):
        # "rose to 5% from 4.9%", "fell to 7% from 7.3%": a published rate given to one
        # decimal, its ".0" dropped beside the other level's tenth; both take the tenth
        ht = hf = min(ht, hf)
    if ch.get("kind") != "percent" and c.extra_dict().get("percentage_points") and \
            _set_exactly(t.measure or f.measure or c.measure):
        ht = hf = min(ht, hf)
        if not (t.qualifier or f.qualifier or t.hedge or f.hedge):
            # (a level of such a rate written plainly is the level set: "to 17%" is 17.00%,
            # so "by 100 basis points to 18%" from "16%" is two points, not one to three;
            # everyday92)
            ht = hf = 0.0
    if _set_mark(t):
        ht = 0.0
    if _set_mark(f):
        hf = 0.0
    return max(ht, _range_half(t, ft)), max(hf, _range_half(f, ff))


def _dropped_zero(t: Claim, f: Claim) -> bool:
    """Whether one of a move's two ends is a whole percentage written beside the other's tenth
    ("fell to 7% from 7.3%", normalize/dropped_zeros.py): the rate to a tenth, its ".0"
    dropped."""
    return bool(t.extra_dict().get("tenths") or f.extra_dict().get("tenths"))


# the nouns of a level set by decision, not measured: "the 95% target", "Nato's 2% goal"
_SET_MARKS = frozenset(("target", "goal", "threshold", "benchmark", "ceiling", "cap"))


def _set_mark(c: Claim) -> bool:
    """Whether ``c`` is a target or threshold written plainly ("12 percentage points short of
    the 60% target", everyday96): the level set, exact, not a rounded measurement."""
    return c.extra_dict().get("noun") in _SET_MARKS and not (c.qualifier or c.hedge) and \
        c.role == "compared"


# a whole amount of money written to the unit: "£1,277", "$4,279" (no pence, no scale word)
_WHOLE_MONEY = re.compile(r"\d{1,3}(?:,\d{3})+|\d{3,}")


def _whole_money(c: Claim, f: dict[str, Any]) -> bool:
    """Whether ``c`` is an amount of money of 100 or more written in whole units, with no
    decimals and no scale word ("£1,277", not "£3.2bn" nor "£12.50")."""
    if not _currency(f["dim"]) or c.value is None or abs(c.value) < 100 or \
            _SCALED.search(c.text):
        return False
    m = _WHOLE_MONEY.search(c.text)
    return m is not None and not c.text[m.end():m.end() + 2].startswith((".", "\u00b7"))


def _level(c: Claim, by_id: dict[str, Claim], sides: Counter | None = None) -> int:
    """1 when the figure states a level of its measure: no role (or total, item), or a portion
    of a whole about an entity of its own ("Buncombe County recorded 30" of Helene's 93 deaths),
    and a measure named by words, not by the unit alone."""
    if c.measure in _unit_measures() or _share_of_counts(c) or "extreme" in c.extra_dict():
        return 0    # (a series' extreme at another moment, "peaked at 7.77 million": no level
        # of the story's now, normalize/extremes.py)
    if c.role == "total" and c.extra_dict().get("joint"):
        return 0    # "Together the four accounted for 1.6 billion": the sum of the figures
        # named before it (normalize.relations._joint_total), no level another figure restates
    if c.role in _LEVEL_ROLES or c.role == "whole" and c.extra_dict().get("restated"):
        # (a whole restated later, "of the 600,000 customers ... The 600,000 outages", is
        # the level the restatement repeats: factcheck.normalize.relations)
        return 1
    if c.role == "share" and c.subject and c.measure and sides is not None and \
            sides[(c.group, c.subject)] == 1:
        # "Bloomberg won 51% of the vote to 46% for Thompson": each side's share (``sides``:
        # the shares of each group and subject) is the level of its own vote share, so
        # "Bloomberg's 56%" later restates it
        return 1
    whole = by_id.get(c.group or "")
    if c.role == "of_whole" and whole is not None and not any(
            o.value == whole.value and o.measure == whole.measure and o.start < whole.start
            for o in by_id.values() if o.id != whole.id):
        # "Labour won 411 of the 650 seats": a figure of its own; but "202 of the 205 deaths"
        # after "at least 205 people died" is a part of a figure already given
        return 1
    if c.role == "part" and whole is not None and c.subject and whole.subject is None:
        # a part of a joint figure of several ("Together the two airports accounted for 16.7
        # million" over Casablanca's 10,306,293): the level of its own subject
        return 1
    return int(c.role in ("portion", "of_whole") and whole is not None and bool(c.subject)
               and bool(whole.subject) and c.subject != whole.subject)


# "two in five", "one in every 12", "three out of 10": a share the extractor reads as A/B
_SHARE_WORDS = re.compile(r"\w[ \u00a0]+(?:in(?:[ \u00a0]+every)?|(?:out[ \u00a0]+)?of)[ \u00a0]+\w")


def _share_of_counts(c: Claim) -> bool:
    """Whether the figure is a share written as two counts ("Almost two in five grades", 0.4):
    a proportion of what its noun counts, never a level of that count, so no count of the noun
    restates it ("the better of the two grades", everyday105)."""
    return c.unit == "" and c.value is not None and 0 < c.value < 1 and \
        _SHARE_WORDS.search(c.text) is not None


def _whole_of(c: Claim, by_id: dict[str, Claim]) -> str:
    """The value of the whole a count out of a whole is of ("20 of the council's 51 seats" ->
    "51.0", a key, not a figure shown), "" for any other figure."""
    whole = by_id.get(c.group or "") if c.role == "of_whole" else None
    return "" if whole is None or whole.value is None else repr(float(whole.value))


# the period a state written in the present tense takes: its tense dates it, no default does
_STATE_NOW = "document default: the publication day"


def weak_key(basis: Sequence[tuple[str, str]], has_readings: bool) -> str:
    """The first weak key of a claim's basis, in words ("the subject: carried from the
    previous paragraph"), or "". A measure or subject always counts; a period or scope only
    when the words leave no readings open (then each reading's own basis counts, on its
    reference) and some basis decided it."""
    for k, how in basis:
        if how.startswith(_STATE_NOW) and k in ("period", "scope"):
            continue    # a state in the present tense ("are just 3 km from") is of now
        if is_weak(how) and (k in ("measure", "subject") or
                             not has_readings and k in ("period", "scope") and how != "none"):
            return f"the {k}: {how}"
    return ""


def _claim_fact(c: Claim, n: int, doc: Document, sentence_no: int) -> dict[str, Any]:
    lo, hi = _interval(c)
    ex = c.extra_dict() if c.extra else {}
    if lo is not None and lo == hi and (_physical(c.unit or "") or c.unit == "percent"):
        # a measurement written to its last digit stands for what rounds to it: "1,262 mm"
        # is 1,261.5 up to (not including) 1,262.5, so "49.69 inches" (1,262.1 mm) agrees;
        # a percentage too ("54%" in a headline is the body's "54.1%")
        half = _written_step(c.text)
        lo, hi = lo - half, hi + half * (1 - 1e-9)
    step = ex.get("rounded_to")
    if step and lo is not None and hi is not None and abs((hi - lo) - step) <= step * 1e-9:
        # a round figure stands for what rounds to it, its upper bound not included: "£20m"
        # is £15m up to £25m, which "£30m" (from £25m) cannot share
        hi -= step * 1e-9
    readings = ex.get("readings") or ()
    basis = ex.get("basis") or ()
    weak = weak_key(basis, bool(readings))
    unit = c.unit or ""
    return {
        "t": "claim", "fid": f"claim:{c.id}", "id": c.id, "n": n, "text": c.text,
        "display": c.text, "anchor": c.id, "start": c.start, "end": c.end,
        "has_value": int(c.value is not None),
        "value": float(to_base(c.value, unit) or 0.0),
        "lower": float(to_base(lo, unit)) if lo is not None else -BIG,
        "upper": float(to_base(hi, unit)) if hi is not None else BIG,
        "open_lower": int(lo is None), "open_upper": int(hi is None),
        # the upper bound of the figure's literal reading: "more than N" read literally has
        # none, so a larger report cannot contradict it (qualifiers.yaml ``reach``)
        "reach": BIG if hi is None or reaches_open(c.qualifier) else
        float(to_base(hi, unit)),
        "unit": unit, "dim": dimension(unit), "measure": c.measure, "subject": c.subject,
        # (a day a daily report's figure names by date or weekday is read two ways, that
        # day's report or its fighting: never one period with a "past 24 hours" figure's)
        # (a weekday read two ways is keyed by both days: engine_updates.period_key)
        "period": (period_key(c) + ("|named" if _day_named(c) else "")) if c.period else "",
        # "past" for a figure dated to a period over a year before publication ("peaked in
        # September 2023 at 7.77 million" in a 2025 story): the story's undated figures speak
        # of its present, so restatements pair a past figure only with another past one
        "era": _era(c, doc),
        "pstart": c.period.start.toordinal() if c.period else 0,
        "pend": c.period.end.toordinal() if c.period else 0,
        # a claim whose words leave its period open has one per reading (extra.readings)
        "has_period": int(c.period is not None or bool(readings)),
        # a key no words of its paragraph decided (a document default, a key carried from
        # another paragraph): a finding on it is at most a warning, saying which key and why
        "weak": int(bool(weak)), "weak_why": weak,
        "source": c.source, "has_source": int(bool(c.source)), "hedge": c.hedge,
        # the body the sentence before credits, for a figure whose own sentence names none
        # (normalize: extra.source_before); "" when there is none
        "source_before": str(ex.get("source_before") or ""),
        "hedged": int(bool(c.hedge)), "cumulative": int(bool(c.cumulative)),
        "quoted": int(bool(c.quoted)), "section": c.section, "role": c.role, "group": c.group,
        # a headline's, standfirst's or key point's figure restates the body's: ``lead`` 1, and
        # its restatement order ``rn`` comes after every body figure's (a body figure's is n)
        "lead": int(c.section in LEAD_SECTIONS),
        "rn": n + RESTATED_AFTER if c.section in LEAD_SECTIONS else n,
        "has_measure": int(bool(c.measure)),
        "qualifier": c.qualifier, "sentence": sentence_no, "noun": str(ex.get("noun") or ""),
        "converted": int(isinstance(c.extra_dict().get("conversion_of"), str)),
        "as_of": int(bool(ex.get("as_of"))),
        "measure_open": int(bool(ex.get("may_mean"))),
        # the top of what the figure stands for at its own rounding ("more than one million"
        # is rounded to the million): a running total only that far above it is not stale
        "round_half": float(to_base(c.value + _stale_margin(c, step), unit) or 0.0)
        if c.value is not None else 0.0,
        # what a distance is measured to (normalize: extra.place), "" when not named
        "place": str(c.extra_dict().get("place") or ""),
        # the basis the figure is stated on ("like-for-like", "real", "with bonuses"; normalize:
        # extra.footing), "" when its words give none
        "footing": str(ex.get("footing") or ""),
        # the status a count's verb gives ("accept", "won"; normalize.statuses), "" when none
        "status": str(ex.get("status") or ""),
        # the kind its sentence names (petrol, diesel; normalize.locales), "" when none
        "kind": str(ex.get("kind") or ""), "has_kind": int(bool(ex.get("kind"))),
        # 1 when the figure states a level of its measure (not a compared or expected value,
        # a change, a gap, a factor, a part, a share or a whole): what a restatement repeats
        "level": 0,     # set by build_facts (_level), which knows the other claims
        "whole": "", "has_whole": 0,    # set by build_facts (_whole_of)
        # an amount of change: its own id, or the id of the body's change it restates
        # (normalize: extra.restated_change); "" for any other figure
        "change_key": _change_key(c, ex),
        # set by build_facts: the running total a day's figure brings (its n and interval)
        "pair_n": 0, "pair_lower": 0.0, "pair_upper": 0.0,
        # set by build_facts: on that running total, the day's figure that brings it
        "day_n": 0, "day_lower": 0.0, "day_upper": 0.0,
        # set by build_facts: 1 when a reading of the claim has no reference value while
        # another has (normalize.readings.unchecked_readings): then it is never contradicted
        "open_reading": 0,
        "alone": 0,     # set by build_facts (_alone)
        "pub": doc.date.toordinal() if doc.date else 0,
    }


# a period that ended more than this many days before publication is the story's past
_PAST_DAYS = 366


def _era(c: Claim, doc: Document) -> str:
    """"past" when the body's claim's period ended over a year before the document's date,
    else "" (no period, no date, or a recent period: "revenue of €4.6 billion in 2024" in
    February 2025 is the story's present; a headline's figure speaks of the story's present,
    whatever period it borrows from the body's "up from 202 at the 2019 election")."""
    if c.period is None or doc.date is None or c.section != "body":
        return ""
    return "past" if doc.date.toordinal() - c.period.end.toordinal() > _PAST_DAYS else ""


def _change_key(c: Claim, ex: dict[str, Any]) -> str:
    """What the restated-change rule pairs amounts of change by: a change the headline or a
    definite restatement repeats ("restated_change") shares the id of the change it repeats
    (a percentage level stated as a comparison, "6.5% higher than a year earlier", carries
    its own id when something restates it)."""
    again = ex.get("restated_change")
    if isinstance(again, dict) and again.get("of"):
        return str(again["of"])
    return c.id if c.role == "change" else ""


def _sums(claims: Sequence[Claim], facts: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    by_id = {c.id: c for c in claims}
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    totals: dict[str, Claim] = {}
    for c in claims:
        if c.role == "total" and c.group:
            totals[c.group] = c
        if c.group and c.role in ("part", "portion", "of_whole", "item", "share") and \
                c.extra_dict().get("retracted") is not True and not _share_of_share(c, by_id):
            # (the wrong figure a correction quotes is no part: "to say 69.4% of revenue, not
            # 40.8%" gives one share)
            kind = "share" if c.role == "share" else c.role
            groups[(c.group, kind)].append(c)
    out = []
    for (group, kind), members in sorted(groups.items()):
        if kind == "share":
            members = _restated_shares_dropped(members)
        # (a portion may be the whole of portions "of them": "Ten of the cases were severe,
        # and nine of them were in the placebo group"; otherwise a figure of the parts' own
        # role is a sibling, not their whole)
        total = by_id.get(group) if group in by_id and (
            by_id[group].role != kind or
            any(p.extra_dict().get("of_them") for p in members)) else None
        total = totals.get(group, total)
        for cut, parts in _breakdowns(members, total if kind == "portion" else None):
            f = _sum_fact(group, kind + cut, parts, total, facts)
            if f is not None:
                out.append(f)
    return out


def _share_of_share(c: Claim, by_id: dict[str, Claim]) -> bool:
    """A percentage "of them" whose whole is a percentage ("About 80% of the 13,000 workers
    took part in the ballot, and 93% of them voted in favour"; "Some 40% of trains were late,
    and 55% of them ..."): a share of the group the whole's share describes, not a part of
    the whole's figure, so no sum: it may be larger than the whole's percentage (an impossible
    share, over 100%, is shares-over-100's)."""
    whole = by_id.get(c.group or "")
    return c.role == "portion" and c.unit == "percent" and whole is not None and \
        whole.unit == "percent"


def _listed_names(claims: Sequence[Claim], facts: dict[str, dict[str, Any]]
                  ) -> list[dict[str, Any]]:
    """The ``sum`` facts of kind ``names``: a count beside the names its sentence lists after
    a colon (normalize/listed_names.py), or the amounts it lists, the list's fewest and most
    names (amounts) as the parts' interval, the count's as the total's; ``unit_display`` says
    which the list holds ("names", "amounts")."""
    out = [_respective_names(c) for c in claims if c.extra and
           isinstance(c.extra_dict().get("respective"), dict)]
    for c in claims:
        ls = c.extra_dict().get("listed") if c.extra else None
        if not isinstance(ls, dict) or c.value is None:
            continue
        f, least, most = facts[c.id], float(ls["least"]), float(ls["most"])
        names = str(ls["names"])
        out.append({
            "t": "sum", "fid": f"sum:names:{c.id}", "kind": "names", "group": c.id,
            "count": int(least), "parts_value": least, "parts_lower": least,
            "parts_upper": most, "parts_rounded": least, "parts_rounded_up": most,
            "parts_text": names, "parts_said": names,
            "parts_display": f"{int(least)}" if least == most else f"{int(least)} to {int(most)}",
            "unit_display": str(ls.get("what") or "names"), "measure": c.measure,
            "claims": [c.id], "anchor": c.id, "text": c.text, "start": c.start,
            "end": int(ls["end"]),
            "weak": 0, "weak_why": "", "has_total": 1, "total_n": f["n"],
            "total_value": f["value"], "total_lower": f["lower"], "total_upper": f["upper"],
            "total_text": c.text, "total_display": quantity(c.value, c.unit),
            "fit_exact": "", "fit_most": "", "fit_suggested": "",
        })
    return out


def _respective_names(c: Claim) -> dict[str, Any]:
    """The ``sum`` fact of kind ``names`` of a run of figures paired "respectively" with a
    list of names (normalize/respective_counts.py): the run's length is the total, the list's
    fewest and most names the parts' interval."""
    rs = c.extra_dict()["respective"]
    least, most, n = float(rs["least"]), float(rs["most"]), float(rs["figures"])
    names, said = str(rs["names"]), f'{rs["figures_text"]} ... respectively'
    return {
        "t": "sum", "fid": f"sum:respective:{c.id}", "kind": "names", "group": c.id,
        "count": int(least), "parts_value": least, "parts_lower": least, "parts_upper": most,
        "parts_rounded": least, "parts_rounded_up": most, "parts_text": names,
        "parts_said": names,
        "parts_display": f"{int(least)}" if least == most else f"{int(least)} to {int(most)}",
        "unit_display": "names", "measure": c.measure, "claims": [c.id], "anchor": c.id,
        "text": c.text, "start": c.start, "end": int(rs["end"]), "weak": 0, "weak_why": "",
        "has_total": 1, "total_n": 1, "total_value": n, "total_lower": n, "total_upper": n,
        "total_text": f"{said} ({int(n)} figures)", "total_display": str(int(n)),
        "fit_exact": "", "fit_most": "", "fit_suggested": "",
    }


def _restated_shares_dropped(shares: list[Claim]) -> list[Claim]:
    """The shares of one whole, each counted once: a share written again in a later sentence
    with the same words and value, of the same party or of one carried from before it ("won
    43.6% of the vote ... With 56.0% of the seats on 43.6% of the vote, the Conservatives"),
    restates the share, it is no other part of the whole."""
    kept: list[Claim] = []
    for c in shares:
        carried = any(k == "subject" and v.startswith("carried")
                      for k, v in (c.extra_dict().get("basis") or ()))
        if any(p.text == c.text and p.value == c.value and p.sentence != c.sentence and
               (p.subject == c.subject or carried) for p in kept):
            continue
        kept.append(c)
    return _restated_sets_dropped(kept)


def _stale_margin(c: Claim, step: Any) -> float:
    """How far above a round figure a running total may stand and the figure still not be
    stale (rules/prior/stale-cumulative): half its rounding step, or the whole step when
    "more than"/"over" floors it to a step of at most a tenth of itself ("over 14,000 armoured
    vehicles" at 14,818: the count's thousands, as copy writes them; "more than 700,000" at
    765,110 stays stale, its step a seventh of it)."""
    s = float(step or 0.0)
    floor = reaches_open(c.qualifier) and c.value and s <= 0.1 * abs(float(c.value))
    return s if floor else 0.5 * s


def _half_step(c: Claim) -> float:
    """Half the last written digit's place of a share ("52%": 0.5, "51.9%": 0.05)."""
    m = re.search(r"\d+(?:\.(\d+))?", c.text)
    return 0.5 * 10.0 ** -len(m.group(1) or "") if m else 0.5


def _restated_sets_dropped(shares: list[Claim]) -> list[Claim]:
    """The shares of a headline, standfirst or key points that restate the shares of one body
    sentence, one for one within the coarser rounding ("UK votes to leave the EU by 52% to
    48%" over "Leave won 51.9% of the vote and Remain 48.1%"), are the same shares said
    again: dropped, so that the whole is not counted twice (everyday54)."""
    by_sentence: dict[tuple[int, int], list[Claim]] = defaultdict(list)
    for c in shares:
        by_sentence[c.sentence].append(c)
    body = [g for g in by_sentence.values() if g[0].section == "body"]
    drop: set[str] = set()
    for g in by_sentence.values():
        if g[0].section == "body" or len(g) < 2:
            continue
        mine = sorted(g, key=lambda c: -(c.value or 0.0))
        for other in body:
            if len(other) != len(g):
                continue
            theirs = sorted(other, key=lambda c: -(c.value or 0.0))
            if all(abs((a.value or 0.0) - (b.value or 0.0)) <=
                   max(_half_step(a), _half_step(b)) + 1e-9 for a, b in zip(mine, theirs)):
                drop.update(c.id for c in g)
                break
    return [c for c in shares if c.id not in drop]


def _breakdowns(parts: list[Claim], total: Claim | None) -> list[tuple[str, list[Claim]]]:
    """The portions of one whole split by the axis they cut it along: those of a shorter time
    inside the whole's period ("52 cases since January, 17 of them in the past week") are
    slices of its time, the others slices of its kind ("31 are children"). Two slices along
    different axes may overlap (some of the 17 are children), so their sum is no measure of
    the whole: each axis is summed on its own ("contradict only when every reading
    disagrees"). The kind of a time-slice sum is suffixed ":time", so each has its own id."""
    # (traits that overlap, "503 (71%) ... unvaccinated and 689 (98%) US residents": each on
    # its own, ``relations._overlapping_shares``)
    own = [p for p in parts if p.extra_dict().get("own_axis")]
    if own:
        rest = [p for p in parts if p not in own]
        # (parts of one axis are summed together: a breakdown that names its whole in its own
        # words, normalize.relations._listed_siblings)
        axes: dict[str, list[Claim]] = {}
        for p in own:
            axes.setdefault(str(p.extra_dict()["own_axis"]), []).append(p)
        alone = [(f":axis{a}", ps) for a, ps in axes.items()]
        return ([("", rest)] if rest else []) + alone
    tp = total.period if total is not None else None
    if tp is None:
        return [("", parts)]
    # a weekday read two ways ("17 of them on Saturday") inside the whole's period under one
    # reading and not under the other is a slice of its time or of its kind: summed with
    # neither, each compared with the whole alone (too big for it under every reading)
    either = [p for p in parts if len({tp.start <= a and b <= tp.end and (a, b) != (
        tp.start, tp.end) for a, b in weekday_spans(p)}) > 1]
    alone = [(f":weekday{k}", [p]) for k, p in enumerate(either)]
    parts = [p for p in parts if p not in either]
    slices = [p for p in parts if p.period is not None and p.period != tp and
              tp.start <= p.period.start and p.period.end <= tp.end]
    if not slices or len(slices) == len(parts):
        return ([("", parts)] if parts else []) + alone
    return [("", [p for p in parts if p not in slices]), (":time", slices)] + alone


def _parts_said(parts: list[Claim], unit_display: str, total: Claim | None) -> str:
    """The parts as an editor reads them: one part is compared with its total ("The part
    "61" is more than ..."), more are added up ("The parts (17 + 31 + 12) add up to 60")."""
    if len(parts) == 1:
        return f"The part \"{parts[0].text}\" is more than the total it belongs to"
    shown = written_like(sum((p.value or 0.0) * _each_of(p) for p in parts), unit_display,
                         (total or parts[0]).text)
    return (f"The parts ({' + '.join(_part_text(p) for p in parts)}) add up to {shown}, more "
            "than the total they belong to")


def _each_of(p: Claim) -> int:
    """How many times a part counts: k for a count said "each" of k names ("one each in
    Queensland and South Australia", normalize/each_places.py), else 1."""
    return int(dict(p.extra_dict()).get("each_of") or 1)


def _part_text(p: Claim) -> str:
    """A part as the sum shows it: "one × 2" for a count said each of two names."""
    k = _each_of(p)
    return f"{p.text} × {k}" if k > 1 else p.text


def _rounded_to(p: Claim) -> float:
    """The step a part is rounded to: its ``rounded_to`` ("3.28 million"), or for a measurement
    in a unit (hours, kilometres, pounds) its last written digit's place, since a table's
    "273,163 hours" is a longer time rounded to the hour and its column may add up to a total
    one hour off; a count of things (no unit) is exact."""
    step = float(dict(p.extra_dict()).get("rounded_to") or 0.0)
    if step or not p.unit or p.unit in ("count", "percent"):
        return step
    return 2.0 * _written_step(p.text)


def _sum_fact(group: str, kind: str, parts: list[Claim], total: Claim | None,
              facts: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The ``sum`` fact of ``parts`` (of ``kind``, suffixed ":time" for a breakdown by time)
    and their total, or None when they cannot be summed (mixed dimensions, an unread value)."""
    cut = kind.partition(":")[2]
    kind = kind.partition(":")[0]
    if kind == "share":
        # (shares are percentages: "312 electoral votes to Kamala Harris's 226, and 49.8% of
        # the popular vote" holds no share of 226)
        if any(p.value is None or p.unit != "percent" for p in parts):
            return None
        vals = [(p.value, *_interval(p)) for p in parts]
        unit_display = "%"
    else:
        dims = {facts[p.id]["dim"] for p in parts}
        if total is not None:
            dims.add(facts[total.id]["dim"])
        if len(dims) != 1 or any(p.value is None for p in parts):
            return None
        vals = [tuple(x * _each_of(p) if x is not None else None for x in (
            facts[p.id]["value"], facts[p.id]["lower"], facts[p.id]["upper"])) for p in parts]
        unit_display = parts[0].unit
    lows = [lo if lo is not None and lo > -BIG else v for v, lo, _ in vals]
    # the parts' sum less the rounding of each ("€13.8 billion" may be €13.75 billion):
    # five parts rounded to a tenth may add up to 0.1 more than their rounded total
    # (and a share written to the unit, "86%", may be 85.5%: three such shares may add up to
    # 101% and be right, "86%, 10% and 5%")
    rounding = sum(0.5 * _rounded_to(p) * (_unit_info(p.unit or "") or (1.0, 0.0, ""))[0]
                   for p in parts) if kind != "share" else \
        sum(_written_step(p.text) for p in parts)
    highs = [hi if hi is not None and hi < BIG else BIG for _, _, hi in vals]
    f = {
        "t": "sum", "fid": f"sum:{kind}:{group}" + (f":{cut}" if cut else ""),
        "kind": kind, "group": group,
        "count": len(parts), "parts_value": float(sum(v for v, _, _ in vals)),
        "parts_lower": float(sum(lows)), "parts_upper": float(min(BIG, sum(highs))),
        "parts_rounded": float(sum(v for v, _, _ in vals) - rounding),
        # the most the parts may add up to for their rounding ("3.28 million" may be 3.284
        # million): four parts rounded to 10,000 may fall 20,000 short of their total
        "parts_rounded_up": float(sum(v for v, _, _ in vals) + rounding),
        "parts_text": " + ".join(_part_text(p) for p in parts),
        # the parts as an editor reads them: one part is compared, more are added up
        "parts_said": _parts_said(parts, unit_display, total),
        "parts_display": written_like(sum(p.value * _each_of(p) for p in parts), unit_display,
                                      (total or parts[0]).text),
        "unit_display": unit_display, "measure": parts[0].measure,
        "claims": [p.id for p in parts] + ([total.id] if total else []),
        "anchor": parts[-1].id, "text": parts[-1].text,
        "start": min(p.start for p in parts), "end": max(p.end for p in parts),
        # a part or the total whose keys rest on no words of its paragraph
        "weak": 0, "weak_why": "",
    }
    weak = next((facts[c.id] for c in parts + ([total] if total else [])
                 if facts[c.id]["weak"]), None)
    if weak is not None:
        f.update(weak=1, weak_why=f"\"{weak['text']}\", {weak['weak_why']}")
    if total is not None and total.value is not None:
        tf = facts[total.id]
        f.update(has_total=1, total_n=tf["n"], total_value=tf["value"],
                 total_lower=tf["lower"], total_upper=tf["upper"], total_text=total.text,
                 total_display=quantity(total.value, total.unit))
    f.update(_fit(parts, total, kind, unit_display))
    return f


def _fit(parts: list[Claim], total: Claim | None, kind: str, unit_display: str
         ) -> dict[str, str]:
    """What the flagged (last) part would be if the other parts and the whole are right, in
    the article's style, for the messages of the sum rules: exact for a list that falls short
    of its total ("would be 202"), a bound for parts over it ("would be at most 7,810").
    Empty when the others alone reach the whole (no value of the last part fits)."""
    whole = 100.0 if kind == "share" else (total.value if total is not None else None)
    if whole is None or len(parts) < 2 or total is not None and total.unit != parts[-1].unit:
        return {"fit_exact": "", "fit_most": "", "fit_suggested": ""}
    fit = (whole - sum((p.value or 0.0) * _each_of(p) for p in parts[:-1])) / _each_of(parts[-1])
    if _each_of(parts[-1]) > 1 and not parts[-1].unit:
        fit = float(int(fit))   # (a count said of each of k names: a whole count each)
    if fit <= 0:
        return {"fit_exact": "", "fit_most": "", "fit_suggested": ""}
    shown = written_like(fit, unit_display, parts[-1].text)
    others = "shares" if kind == "share" else "figures"
    said = f" If the other {others} are right, \"{parts[-1].text}\" would be"
    return {"fit_exact": f"{said} {shown}.", "fit_most": f"{said} at most {shown}.",
            "fit_suggested": shown}


# a stated relation to check as arithmetic: (kind, claim, the claim it is worked out from,
# factor, addend, extra fields); the expected value is factor * that claim + addend
_Item = tuple[str, Claim, Claim, float, float, dict[str, Any]]


def _relations(claims: Sequence[Claim], facts: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """One ``relation`` fact per relation normalize stated on a claim (``Claim.extra``): a
    change checked on its amount and direction, and the arithmetic of multiples, differences,
    ratios, averages and conversions."""
    by_id = {c.id: c for c in claims}
    out = []
    for c in claims:
        extra = c.extra_dict()
        out += _change_facts(c, extra, by_id, facts)
        if isinstance(extra.get("elapsed"), dict) and c.value is not None:
            out.append(_elapsed_relation(c, extra["elapsed"], facts))
        wf = extra.get("worded_factor")
        if isinstance(wf, dict) and c.value is not None and wf.get("factor"):
            out.append(_worded_factor_relation(c, wf, facts))
        rank = extra.get("rank")
        if isinstance(rank, dict) and rank.get("of") in by_id and c.value is not None:
            out.append(_rank_fact(c, by_id[rank["of"]], rank, facts))
        for item in _arithmetic_items(c, extra, by_id, facts):
            f = _arithmetic_fact(item, facts)
            if f is not None:
                out.append(f)
                if item[0] == "multiple":
                    out += _factor_fact(f, item, claims, facts)
    return out


def _factor_fact(f: dict[str, Any], item: _Item, claims: Sequence[Claim],
                 facts: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """A multiple's factor written as a figure of its own between the figure and its base
    ("77,322 ..., more than six times the 14,474"): the same arithmetic, of kind ``factor``
    and anchored on the factor, so that a rule can give the factor its verdict
    (``wrong-multiple``); none when no such figure stands between the two."""
    _, a, b, k, _, _ = item
    lo, hi = sorted((a.start, b.start))
    near = [x for x in claims if x.role == "factor" and x.value is not None and
            abs(x.value - k) < 1e-9 and lo < x.start < hi and x.id in facts]
    if not near:
        return []
    x = min(near, key=lambda y: abs(y.start - a.start))
    return [dict(f, fid=f"relation:factor:{x.id}:{a.id}:{b.id}", kind="factor",
                 factor_n=facts[x.id]["n"], anchor=x.id, text=x.text, start=x.start,
                 end=x.end)]


_FRACTION_ABOVE = frozenset({"more than", "over", "above", "at least"})
_FRACTION_BELOW = frozenset({"almost", "nearly", "less than", "under", "just under"})


def _fraction_bounds(c: Claim, amount: float) -> tuple[float, float]:
    """The amounts a fraction of change in words stands for: the values nearer to it than to
    its neighbours, as a hedged multiple ("about a third fewer"); but "more than a third" is
    no less than a third and "almost a third" no more (the other end the one its wording
    gives, in the amount's scale)."""
    lo, hi = amount * _BOUNDS["about"][0], amount * _BOUNDS["about"][1]
    worded = amount / c.value if c.value else 0.0
    qualifier = (c.qualifier or "").lower()
    if qualifier in _FRACTION_ABOVE and c.upper is not None:
        lo, hi = amount, max(hi, c.upper * worded)
    elif qualifier in _FRACTION_BELOW and c.lower is not None:
        lo, hi = min(lo, c.lower * worded), amount
    return lo, hi


def _one_sided(f: dict[str, Any], value: float, half: float) -> tuple[float, float]:
    """The ends a change's level can take: its written rounding either side (``half``), kept
    inside the side its qualifier closes ("almost 3m" is 2.7m up to 3m, not 2.5m to 3.5m). A
    qualifier around the value ("about") leaves the rounding as it is; one open on a side
    (``_open_levels``) is dealt with there."""
    lo, hi = value - half, value + half
    if f["upper"] <= value and f["lower"] > -BIG / 2:
        lo, hi = max(lo, f["lower"]), min(hi, f["upper"])   # "almost", "nearly", "just under"
    elif f["lower"] >= value and f["upper"] < BIG / 2:
        lo, hi = max(lo, f["lower"]), min(hi, f["upper"])   # "just over", "a little more than"
    return (lo, hi) if lo <= hi else (value - half, value + half)


def _level_ends(to: tuple[Claim, dict[str, Any]], frm: tuple[Claim, dict[str, Any]],
                ht: float, hf: float) -> tuple[tuple[float, float], tuple[float, float]]:
    """The ends each of a change's two levels can take (``_one_sided``); two bills in whole
    pounds with no qualifier take their half pound either side (``_level_halves``)."""
    (t, ft), (f, ff) = to, frm
    tv, fv = ft["value"], ff["value"]
    if _whole_money(t, ft) and _whole_money(f, ff) and not (t.qualifier or f.qualifier):
        return (tv - ht, tv + ht), (fv - hf, fv + hf)
    return _one_sided(ft, tv, ht), _one_sided(ff, fv, hf)


def _open_levels(to: tuple[Claim, dict[str, Any]], frm: tuple[Claim, dict[str, Any]],
                 sign: float, e_lo: float, e_hi: float) -> tuple[float, float]:
    """The expected amount's ends once a round level open on one side is allowed for ("Road
    deaths topped 42,000 ..., more than 10% above the 38,842 of 2020": a new value past a round
    mark with no upper end makes a rise of any size above its lower end's). ``sign`` is the
    stated direction; None for a level that is no round mark ("at least 673 cases ..., six
    more than the 667": the tally so far, read as written)."""
    big = BIG / 2
    closed = {"lower": 0.0, "upper": 0.0}
    ft = to[1] if to[0].extra_dict().get("rounded_to") else closed
    ff = frm[1] if frm[0].extra_dict().get("rounded_to") else closed
    # a new value open above, or an earlier one open below, lets the rise be any larger; the
    # reverse lets it be any smaller (a fall any larger)
    if ft["upper"] >= big or ff["lower"] <= -big:
        e_lo, e_hi = (e_lo, BIG) if sign > 0 else (-BIG, e_hi)
    if ft["lower"] <= -big or ff["upper"] >= big:
        e_lo, e_hi = (-BIG, e_hi) if sign > 0 else (e_lo, BIG)
    return e_lo, e_hi


def _change_facts(c: Claim, extra: dict[str, Any], by_id: dict[str, Claim],
                  facts: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """A stated change ("up 12% from ...") checked on its amount, and a stated direction
    ("up from 3 million") on the direction of the two values."""
    out = []
    ch = extra.get("change")
    if isinstance(ch, dict) and ch.get("from") in by_id and ch.get("amount") is not None:
        rel = _change_relation(c, by_id.get(ch.get("to") or c.id, c), by_id[ch["from"]],
                               ch, facts)
        if rel is not None:
            out.append(rel)
    elif isinstance(ch, dict) and ch.get("by") in by_id and ch.get("amount") is not None and \
            (ch.get("to") in by_id or ch.get("base_of") in by_id):
        rel = _change_by_relation(c, by_id[ch.get("to") or ch["base_of"]], by_id[ch["by"]], ch,
                                  facts)
        if rel is not None:
            out.append(rel)
    # ("direction_2", ...: one more figure said to be on one side of this one: "Both years
    # were well below 2015, when almost 10 million acres burned", normalize.years_against)
    for key in [k for k in extra if k == "direction" or k.startswith("direction_")]:
        dirn = extra[key]
        if isinstance(dirn, dict) and dirn.get("to") in by_id and c.value is not None:
            rel = _direction_relation(by_id[dirn["to"]], c, bool(dirn.get("up")), facts,
                                      dirn.get("words"), bool(dirn.get("exact_to")))
            if rel is not None:
                out.append(rel)
    return out


def _elapsed_relation(c: Claim, el: dict[str, Any],
                      facts: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """An age or a stretch of time the story's dates bear on ("Born on 5 August 1930 ... he
    was 38 when ... on 20 July 1969", normalize.ages; "contained on Oct. 25, nearly 10 weeks
    after it began" on Aug. 17, normalize.elapsed_spans): the stated count (its interval,
    when ``el`` gives one: "almost 28 years" is at most 28) against what the dates allow
    (``lo`` to ``hi``), held exactly: the expected value is the allowed one nearest the
    stated interval."""
    n, lo, hi = float(c.value or 0.0), float(el["lo"]), float(el["hi"])
    a_lo = float(el["a_lower"]) if el.get("a_lower") is not None else n
    a_hi = float(el["a_upper"]) if el.get("a_upper") is not None else n
    nearest = lo if a_hi < lo else hi if a_lo > hi else max(a_lo, lo)
    unit = str(el.get("unit") or "year")
    if "unit" in el:
        shown = number(round(lo, 1)) if hi - lo < 0.05 else \
            f"{number(round(lo, 1))} to {number(round(hi, 1))}"
        suggested = f"{round((lo + hi) / 2)}"
    else:
        shown = f"{int(lo)}" if lo == hi else f"{int(lo)} to {int(hi)}"
        suggested = f"{int(nearest)}"
    return {
        "t": "relation", "fid": f"relation:elapsed:{c.id}", "kind": "difference",
        "claim": c.id, "of": c.id, "claim_n": facts[c.id]["n"], "of_n": facts[c.id]["n"],
        "a_value": n, "a_lower": a_lo, "a_upper": a_hi, "exact": 1,
        "expected_value": nearest, "expected_lower": lo, "expected_upper": hi,
        "a_dim": f"{unit}s", "b_dim": f"{unit}s", "measure": c.measure,
        "a_text": c.text, "b_text": str(el.get("said") or ""), "a_display": c.text,
        "expected_display": shown, "words": f"{unit}s between the dates",
        "implied": f"{el.get('said')}, not {c.text}", "suggested": suggested,
        "anchor": c.id, "text": c.text, "start": c.start, "end": c.end,
    }


def _factor_span(k: float, bound: str) -> tuple[float, float]:
    """The factors a multiple verb allows: "doubled" 1.9 to 2.1 (a loose word's 5%, as a
    stated multiple of two levels is held), "roughly doubled" 10% either side, "more than
    doubled" 2 or more, "nearly tripled" 85% of triple up to it; for a fall the hedge speaks of
    the fall ("more than halved" is half or less, "almost halved" a little above half)."""
    if bound == "above":
        return (k, BIG) if k > 1 else (0.0, k)
    if bound == "below":
        return (k * _BOUNDS["below"][0], k) if k > 1 else (k, k / _BOUNDS["below"][0])
    half = _BOUNDS["about"][1] - 1.0 if bound == "about" else 0.05
    return k * (1.0 - half), k * (1.0 + half)


def _worded_factor_relation(c: Claim, wf: dict[str, Any],
                            facts: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A percentage change that says again the move a multiple verb said before it in its
    clause ("more than doubled in the year, rising 120%", normalize/multiple_moves.py): the
    stated change against the changes the verb's factor allows (``_factor_span``), held to
    them exactly; the percentage's own rounding is its slack."""
    k, words = float(wf["factor"]), str(wf.get("words") or "")
    klo, khi = _factor_span(k, str(wf.get("bound") or ""))
    up = k > 1
    lo, hi = ((klo - 1.0) * 100.0, (khi - 1.0) * 100.0) if up else \
        ((1.0 - khi) * 100.0, (1.0 - klo) * 100.0)
    fa = facts[c.id]
    a_val, a_lo, a_hi = float(c.value or 0.0), float(c.lower if c.lower is not None else
                                                      c.value or 0.0), \
        float(c.upper if c.upper is not None else c.value or 0.0)
    nearest = min(max(a_val, lo), hi)
    way = "a rise" if up else "a fall"
    shown = f"{number(lo, 3)}% or more" if hi >= BIG / 2 else \
        f"{number(lo, 3)}% to {number(hi, 3)}%"
    return {
        "t": "relation", "fid": f"relation:worded_factor:{c.id}", "kind": "multiple",
        "claim": c.id, "of": c.id, "claim_n": fa["n"], "of_n": fa["n"],
        "a_value": a_val, "a_lower": a_lo, "a_upper": a_hi, "exact": 1,
        "expected_value": nearest, "expected_lower": lo, "expected_upper": min(hi, BIG),
        "a_dim": "percent change", "b_dim": "percent change", "measure": c.measure,
        "a_text": c.text, "b_text": words, "a_display": c.text, "expected_display": shown,
        "words": words, "implied": f"\"{words}\" is {way} of {shown}, not {c.text}",
        "suggested": "", "anchor": c.id, "text": c.text, "start": c.start, "end": c.end,
    }


def _day_named(c: Claim) -> bool:
    """A day figure of a daily report whose day the text names by date or weekday ("On
    Tuesday, losses were 1,200"), no report named for it: two readings of its day."""
    extra = c.extra_dict()
    return bool(extra.get("day_named")) and not extra.get("report_day")


def _rank_fact(a: Claim, b: Claim, rank: dict[str, Any],
               facts: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A figure placed right below ``b`` in a ranking ("Singapore was second with 16.1 million
    TEU" after Shanghai's 19.6 million): the interval above it is ``b``'s, and ``direction``
    says whether the ranking runs from the highest ("desc") or the lowest ("asc")."""
    fa, fb = facts[a.id], facts[b.id]
    desc = rank.get("order") != "asc"
    place = "" if rank.get("word") in (None, "next") else f" {rank['word']}"
    # (the bound "more than 22 weeks" allows: "no more than 23 weeks", not "no more than more
    # than 22 weeks")
    bound = b.upper if desc else b.lower
    limit = written_like(bound, b.unit, b.text) if b.qualifier and bound is not None and \
        bound != b.value else _said(b)
    implied = (f"placed{place} below {_said(b)}, it should be no {'more' if desc else 'less'} "
               f"than {limit}")
    return {
        "t": "relation", "fid": f"relation:rank:{a.id}:{b.id}", "kind": "rank",
        "claim": a.id, "of": b.id, "claim_n": fa["n"], "of_n": fb["n"],
        "direction": "down" if desc else "up",
        "a_value": fa["value"], "a_lower": fa["lower"], "a_upper": fa["upper"],
        "expected_value": fb["value"], "expected_lower": fb["lower"],
        "expected_upper": fb["upper"], "a_dim": fa["dim"], "b_dim": fb["dim"],
        "measure": a.measure, "a_text": a.text, "b_text": b.text,
        "a_display": written_like(a.value, a.unit, a.text),
        "expected_display": written_like(b.value, b.unit, b.text),
        "words": str(rank.get("word") or ""), "implied": implied,
        "beyond": "larger" if desc else "smaller",
        "suggested": f"{'at most' if desc else 'at least'} {limit}",
        "anchor": a.id, "text": a.text, "start": a.start, "end": a.end,
    }


def _arithmetic_items(c: Claim, extra: dict[str, Any], by_id: dict[str, Claim],
                      facts: dict[str, dict[str, Any]]) -> list[_Item]:
    """The relations of ``c`` whose expected value is a multiple of another claim plus an
    amount: a stated multiple, and the everyday arithmetic of normalize/comparisons.py (the
    expected value in the unit of the claim that states it), and a conversion."""
    items: list[_Item] = []
    rel = extra.get("relation")
    if isinstance(rel, dict) and rel.get("of") in by_id and rel.get("factor") is not None:
        k = float(rel["factor"])
        # ("share": a proportion in words restated as a percentage, "a fifth (20%)";
        # "bound": "more than doubled" above, "nearly tripled" below, "roughly" about)
        more_m: dict[str, Any] = {"factor": k}
        if rel.get("share"):
            more_m["share"] = 1
            if _bound_word(by_id[rel["of"]].qualifier):
                # "More than one-third (31.9%)": the words bound the share exactly, so the
                # bracket is held to the bound, not to a loose word's 5%
                more_m["exact"] = 1
        if rel.get("bound"):
            more_m["bound"] = str(rel["bound"])
        if rel.get("said"):
            # "most of them, 170,000": "more than half of" the whole (normalize/majorities.py)
            more_m["said"] = str(rel["said"])
        items.append(("multiple", c, by_id[rel["of"]], k, 0.0, more_m))
    items.extend(_difference_item(c, extra.get("difference"), by_id, facts))
    steps = extra.get("steps")
    if isinstance(steps, dict) and isinstance(steps.get("of"), tuple) and \
            isinstance(steps.get("minus"), tuple):
        # each step of a run of equal moves ("the third 50-cent rise in a row: it was $13.75
        # in 2013, $14.25 in 2014 and $14.75 last year": normalize/equal_rise_runs.py)
        for a, b in zip(steps["of"], steps["minus"]):
            items.extend(_difference_item(c, {"of": a, "minus": b}, by_id, facts))
    items.extend(_complement_items(c, extra, by_id, facts))
    both = extra.get("sum")
    plus = both.get("plus") if isinstance(both, dict) else None
    rest = [by_id[p] for p in (plus if isinstance(plus, tuple) else (plus,)) if p in by_id]
    if isinstance(both, dict) and both.get("of") in by_id and rest and \
            len(rest) == (len(plus) if isinstance(plus, tuple) else 1):
        x = by_id[both["of"]]
        if x.value is not None and all(y.value is not None for y in rest):
            # "Together Labour and the Conservatives took 57.4%": the two named figures' sum;
            # "the three main parties hold 616 seats between them": the three figures' sum,
            # each part's own rounding allowed for ("spread")
            add = sum(float(facts[y.id]["value"]) for y in rest)
            spread = (sum(float(facts[y.id]["lower"]) for y in rest) - add,
                      sum(float(facts[y.id]["upper"]) for y in rest) - add)
            more_s: dict[str, Any] = {"minus": rest[0]}
            if isinstance(plus, tuple):
                more_s.update(minus=tuple(rest), spread=spread)
                if not (c.qualifier or c.hedge):
                    # a sum in digits with no qualifier is exact arithmetic: the parts'
                    # written precision ("spread") is the only slack
                    more_s["exact"] = 1
            items.append(("sum", c, x, 1.0, add, more_s))
    items.extend(_ratio_item(c, extra.get("ratio"), by_id, facts))
    items.extend(_average_item(c, extra.get("average"), by_id))
    items.extend(_net_sum_item(c, extra.get("net_sum"), by_id, facts))
    items.extend(_less_one_item(c, extra.get("less_one"), by_id))
    items.extend(_product_item(c, extra.get("product"), by_id))
    conv = extra.get("conversion_of")
    fx = extra.get("fx_rate")
    if isinstance(conv, str) and conv in by_id and isinstance(fx, (int, float)):
        # an amount in another currency at the rate the article states ("€59.6 billion,
        # about $64.4 billion at $1.08 per euro")
        items.append(("conversion", c, by_id[conv], float(fx), 0.0, {"fx": 1}))
    elif isinstance(conv, str) and conv in by_id and not (
            _currency(facts[c.id]["dim"]) and _currency(facts[by_id[conv].id]["dim"]) and
            facts[c.id]["dim"] != facts[by_id[conv].id]["dim"]):
        # an amount in another currency ("€1.046bn (about £880m)") is no conversion that
        # can be checked: no exchange rate is known, and currencies never convert
        tb = extra.get("time_basis")
        if isinstance(tb, dict) and tb.get("factor"):
            # the same amount over another stretch of time ("£6 a week, or £312 a year"):
            # every reading of the factor between the stretches (normalize/bases.py)
            lo, hi = (float(x) for x in tb["factor"])
            more_t: dict[str, Any] = {"basis": (lo, hi),
                                      "basis_words": tuple(tb.get("words") or ("", ""))}
            if _currency(facts[c.id]["dim"]) and not (c.qualifier or c.hedge or
                                                      by_id[conv].qualifier):
                # "£169.50 a week, or £8,814 a year": money over another stretch, written
                # with no qualifier, is exact arithmetic (the factor's readings allowed for)
                more_t["exact"] = 1
                spread = _stretch_spread(c, by_id[conv], facts, (lo + hi) / 2.0)
                if spread is not None:
                    more_t["spread"] = spread
            items.append(("conversion", c, by_id[conv], (lo + hi) / 2.0, 0.0, more_t))
        else:
            items.append(("conversion", c, by_id[conv], 1.0, 0.0, {}))
    return items


def _difference_item(c: Claim, diff: Any, by_id: dict[str, Claim],
                     facts: dict[str, dict[str, Any]]) -> list[_Item]:
    """The stated gap of ``c`` between two claims: "of" less "minus" (normalize/comparisons.py
    and others), over another stretch of time when it says one (``basis``)."""
    if not (isinstance(diff, dict) and diff.get("of") in by_id and diff.get("minus") in by_id):
        return []
    x, y = by_id[diff["of"]], by_id[diff["minus"]]
    if x.value is None or y.value is None:
        return []
    more_d: dict[str, Any] = {"minus": y}
    if diff.get("exact") and not (c.qualifier or c.hedge):
        # a difference the text works out in digits ("meaning a loss of 20,180"): exact
        # arithmetic, as an amount of change is; the figure taken away keeps its written
        # rounding ("52% to 48%, a margin of 3.8 points")
        more_d["exact"] = 1
        more_d["spread"] = _difference_spread(x, y, facts)
    k_d = 1.0
    if isinstance(diff.get("basis"), (list, tuple)):
        # a gap over another stretch than its levels ("saves about £148 a month" between two
        # yearly bills: normalize/stretch_gaps.py): every reading of the factor
        lo_d, hi_d = (float(v) for v in diff["basis"])
        k_d = (lo_d + hi_d) / 2.0
        if (lo_d, hi_d) != (1.0, 1.0):
            more_d["basis"] = (lo_d, hi_d)
    return [("difference", c, x, k_d, -(facts[y.id]["value"]) * k_d, more_d)]


def _stretch_spread(c: Claim, orig: Claim, facts: dict[str, dict[str, Any]],
                    factor: float) -> tuple[float, float] | None:
    """The slack of an exact restatement of money over another stretch: "€9.02 a month, or
    €108 a year" (the whole euros round the €108.24 the cents make: the stated amount's last
    written unit); "up £35 ..., or £2.93 a month" (the whole pounds round the £35.16 the pence
    come from: the original's last written unit, over the stretch factor); else None."""
    if "." in orig.text and not _decimal_written(c.text) and \
            facts[c.id]["lower"] == facts[c.id]["upper"]:
        half = 0.5 * (_unit_info(c.unit or "") or (1.0, 0.0, ""))[0]
        return (-half, half)
    if _decimal_written(c.text) and not _decimal_written(orig.text):
        half = 0.5 * (_unit_info(orig.unit or "") or (1.0, 0.0, ""))[0] * factor
        return (-half, half)
    return None


def _ratio_item(c: Claim, rat: Any, by_id: dict[str, Claim],
                facts: dict[str, dict[str, Any]]) -> list[_Item]:
    """The stated ratio of ``c``: "of" out of "per" (a rate on its own base, a result's share
    of the whole the larger result implies, a side's share of two sides' sum)."""
    of = rat.get("of") if isinstance(rat, dict) else None
    if isinstance(of, (tuple, list)) and of and all(p in by_id for p in of):
        return _ratio_of_parts(c, rat, [by_id[p] for p in of], by_id, facts)
    if not isinstance(rat, dict) or of not in by_id or rat.get("per") not in by_id:
        return []
    x, y = by_id[rat["of"]], by_id[rat["per"]]
    if x.value is None or not y.value:
        return []
    # a rate "for every 1,000 people" is worked out on its own base
    scale = float(rat.get("base") or (100.0 if c.unit == "percent" else 1.0))
    more_r: dict[str, Any] = {"minus": y}
    if rat.get("counts"):
        # a ratio of two counts of a war's losses (normalize/loss_ratios.py): the rule
        # ratio-of-counts-mismatch gives the ratio its verdict
        more_r["counts"] = 1
    if rat.get("base"):
        more_r["base"] = float(rat["base"])
    shared = by_id.get(rat["shared"]) if rat.get("shared") else None
    if shared is not None and shared.value:
        # "934 (34.5%)" beside "1,456 (53.8%)": the share the larger result's count
        # gives 934 of the whole both imply (normalize/result_lists.py)
        scale, more_r["shared"] = float(shared.value), shared
    # (both in base units: "112 mm against a normal of 87 mm" is 129%)
    per = float(facts[y.id]["value"]) if facts[y.id]["dim"] == facts[x.id]["dim"] \
        and facts[y.id]["value"] else float(y.value)
    z = by_id.get(rat.get("plus"))
    if z is not None and z.value is not None:
        # a side's share of a two-sided vote: out of the two sides' sum
        # (normalize/two_sides.py), by exact arithmetic when both are in digits
        per += float(z.value)
        more_r["sides"] = per
        if rat.get("exact") and not (c.qualifier or c.hedge or x.qualifier or
                                     z.qualifier):
            more_r["exact"] = 1
    elif rat.get("exact") and c.unit == "percent" and shared is None and \
            not rat.get("base") and not (c.qualifier or c.hedge) and _exact_count(x) and \
            _exact_count(y):
        # a share of the market (normalize/part_shares.py) of one count in digits out of
        # another ("162,087 registrations and 8.52% of the market" of the 1,903,054 cars
        # registered): exact arithmetic, the share's written precision its slack
        more_r["exact"] = 1
    if rat.get("rest"):
        # "290,596 were offered a place. That means almost a third missed out": the share of
        # the whole the part leaves (normalize/shares_after.py)
        more_r["rest"] = 1
        return [("ratio", c, x, -scale / per, scale, more_r)]
    return [("ratio", c, x, scale / per, 0.0, more_r)]


# a count written to the unit in digits: "126,272", "A total of 1,903,054"; not "1,000"
# (a round figure), "1.9 million", "£4,200"
_EXACT_DIGITS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})*(?![\d.,]*\s*(?:m|bn|k|million|billion|"
                           r"thousand|trillion)\b)")


@lru_cache(maxsize=1)
def _plain_qualifiers() -> frozenset[str]:
    """The qualifiers that make no figure approximate ("a total of", "only", "exactly":
    rules/vocab/qualifiers.yaml ``phrases`` of kind none or exact)."""
    from .extract import vocab

    phrases = vocab.load("qualifiers.yaml").get("phrases") or {}
    return frozenset(str(k) for k, v in phrases.items() if v in ("none", "exact"))


def _exact_count(x: Claim) -> bool:
    """Whether ``x`` is a count in digits, to the unit, with no qualifier or rounding."""
    if x.unit or (x.qualifier and x.qualifier.lower() not in _plain_qualifiers()) or \
            x.hedge or x.value is None or x.value != int(x.value) or x.value < 100 or \
            x.extra_dict().get("rounded_to"):
        return False
    m = _EXACT_DIGITS.search(x.text)
    return m is not None and not m.group(0).endswith("00")


def _ratio_of_parts(c: Claim, rat: dict[str, Any], parts: list[Claim], by_id: dict[str, Claim],
                    facts: dict[str, dict[str, Any]]) -> list[_Item]:
    """A share of several parts added up ("Three-quarters of the deaths were in five areas:
    404 in A, 163 in B, ..."; normalize/part_shares.py): the first part scaled, the others'
    sum as the offset, each part's own rounding allowed for ("spread")."""
    y = by_id.get(rat.get("per"))
    if y is None or not y.value or any(x.value is None for x in parts):
        return []
    scale = 100.0 if c.unit == "percent" else 1.0
    per = float(facts[y.id]["value"]) if facts[y.id]["dim"] == facts[parts[0].id]["dim"] \
        and facts[y.id]["value"] else float(y.value)
    rest = parts[1:]
    add = sum(float(facts[x.id]["value"]) for x in rest)
    spread = (sum(float(facts[x.id]["lower"]) for x in rest) - add,
              sum(float(facts[x.id]["upper"]) for x in rest) - add)
    k = scale / per
    return [("ratio", c, parts[0], k, add * k,
             {"minus": y, "parts": tuple(parts), "spread": (spread[0] * k, spread[1] * k)})]


def _net_sum_item(c: Claim, net: Any, by_id: dict[str, Claim],
                  facts: dict[str, dict[str, Any]]) -> list[_Item]:
    """An amount of change that nets out its parts, each with its way ("fell by 531,702":
    nationals down 861,237 while foreign residents rose by 329,535; normalize/net_changes.py):
    the change is the parts' signed sum, in its own way, each part's own rounding allowed for
    ("spread"); in digits with no qualifier, exact arithmetic."""
    if not isinstance(net, dict) or net.get("of") not in by_id:
        return []
    plus = net.get("plus")
    ids = (net["of"], *(plus if isinstance(plus, tuple) else ()))
    signs = net.get("signs")
    if c.value is None or not isinstance(signs, tuple) or len(signs) != len(ids) or \
            any(x not in by_id or by_id[x].value is None for x in ids):
        return []
    ids = _nearer_rest_reading(c, net, ids, by_id, facts)
    signs = (1,) + (-1,) * (len(ids) - 1) if len(ids) != len(signs) else signs
    ys = [by_id[x] for x in ids]
    coef = [float(net.get("sign", 1)) * float(sg) for sg in signs]
    add = sum(k * float(facts[y.id]["value"]) for k, y in zip(coef[1:], ys[1:]))
    lo = sum(min(k * float(facts[y.id]["lower"]), k * float(facts[y.id]["upper"]))
             for k, y in zip(coef[1:], ys[1:]))
    hi = sum(max(k * float(facts[y.id]["lower"]), k * float(facts[y.id]["upper"]))
             for k, y in zip(coef[1:], ys[1:]))
    ways = " ".join(f"{'+' if k > 0 else '-'}{_said(y)}" for k, y in zip(coef, ys))
    if net.get("rest"):
        # "the remaining 6" of a whole after its other parts (normalize/rest_of_parts.py)
        ways = f"{_said(ys[0])} less " + " and ".join(
            (", ".join(_said(y) for y in ys[1:-1]), _said(ys[-1])) if len(ys) > 2
            else (_said(ys[-1]),))
    more: dict[str, Any] = {"minus": tuple(ys[1:]), "spread": (lo - add, hi - add),
                            "net": f"{ways} leaves" if net.get("rest") else f"{ways} net to"}
    if not (c.qualifier or c.hedge or any(y.qualifier or y.hedge for y in ys)):
        more["exact"] = 1
    return [("sum", c, ys[0], coef[0], add, more)]


def _nearer_rest_reading(c: Claim, net: dict[str, Any], ids: tuple, by_id: dict[str, Claim],
                         facts: dict[str, dict[str, Any]]) -> tuple:
    """A rest with two readings of its whole (normalize/rest_of_parts._outer_reading: the
    smaller whole of the sentence before, or a larger one said earlier with its own counts):
    the whole and parts of the reading whose rest comes nearer the figure, so that it is
    contradicted only when both readings disagree."""
    alt = (net.get("alt_of"), *(net.get("alt_plus") or ()))
    if not net.get("rest") or alt[0] is None or \
            any(x not in by_id or by_id[x].value is None or x not in facts for x in alt):
        return ids

    def left(xs: tuple) -> float:
        return float(facts[xs[0]]["value"]) - sum(float(facts[x]["value"]) for x in xs[1:])

    said = float(facts[c.id]["value"]) if c.id in facts else float(c.value or 0.0)
    return alt if abs(left(alt) - said) < abs(left(ids) - said) else ids


def _less_one_item(c: Claim, less: Any, by_id: dict[str, Claim]) -> list[_Item]:
    """"Every one of the 153 on board died except a girl" against "killing 152"
    (normalize/rest_counts.py): the whole less the one set aside, exactly."""
    if not isinstance(less, dict) or less.get("of") not in by_id or c.value is None or \
            by_id[less["of"]].value is None:
        return []
    w = by_id[less["of"]]
    return [("difference", c, w, 1.0, -1.0 * float(to_base(1.0, w.unit or "") or 1.0),
             {"exact": 1, "net": f"every one of {_said(w)} less the one set aside is"})]


def _average_item(c: Claim, avg: Any, by_id: dict[str, Claim]) -> list[_Item]:
    """The stated average of ``c`` over its total. An average in digits with no qualifier, of
    a total written to the unit over a written count, is exact arithmetic to its written
    precision ("an average attendance of 35,931" of 13,653,908 over 380 matches); of a round
    total ("1.2 million"), or over days counted from a period, it is loose."""
    if not isinstance(avg, dict) or avg.get("of") not in by_id or not avg.get("count"):
        return []
    tot = by_id[avg["of"]]
    exact = not (c.qualifier or c.hedge or tot.qualifier or tot.hedge or
                 tot.extra_dict().get("rounded_to") or avg.get("counted") == "period")
    # (an average whose unit carries its period, "acres a day": per second of that period,
    # as the engine holds a rate; normalize.rate_averages)
    per = (_unit_info(str(avg["per"])) or (1.0,))[0] if avg.get("per") else 1.0
    return [("average", c, tot, 1.0 / (float(avg["count"]) * per), 0.0,
             {"count": float(avg["count"]), **({"exact": 1} if exact else {})})]


def _product_item(c: Claim, prod: Any, by_id: dict[str, Claim]) -> list[_Item]:
    """A cost worked out from a price per unit and a quantity ("163.7p a litre ... filling a
    55-litre car costs £90.04": normalize/unit_costs.py), as a multiple of the price: the
    quantity in the price's unit, scaled to base units. With no qualifier on the cost or the
    price it is exact arithmetic: the two figures' written precision is the only slack."""
    if not isinstance(prod, dict) or prod.get("of") not in by_id or \
            prod.get("by") not in by_id or not prod.get("factor"):
        return []
    p, q = by_id[prod["of"]], by_id[prod["by"]]
    if p.value is None or c.value is None:
        return []
    # the price in base units is per base unit of its quantity: 182.77p a litre is £1,827.70 a
    # cubic metre, and 55 litres 0.055 of one (a price in money alone, "163.7p", is per unit)
    per_base = float(to_base(1.0, p.unit or "") or 1.0)
    k = float(prod["factor"]) * float(to_base(1.0, (p.unit or "").split(" / ")[0]) or 1.0) / per_base
    half = _written_step(p.text) * _written_scale(p) * per_base * k
    half += _written_step(c.text) * _written_scale(c) * float(to_base(1.0, c.unit or "") or 1.0)
    more: dict[str, Any] = {"product": _quantity_said(q), "spread": (-half, half)}
    if prod.get("word"):
        # a share of a share: "59.3% of 30.2%" (normalize/share_of_shares.py)
        more["product_word"] = str(prod["word"])
    if not (c.qualifier or c.hedge or p.qualifier or p.hedge):
        more["exact"] = 1
    return [("multiple", c, p, k, 0.0, more)]


def _written_scale(c: Claim) -> float:
    """What the number written in a figure's words stands for, per unit of it ("£1.2bn": a
    billion; "£90.04": one)."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", c.text)
    written = float(m.group(0).replace(",", "")) if m else 0.0
    return abs(float(c.value or 0.0)) / written if written else 1.0


def _quantity_said(q: Claim) -> str:
    """A quantity as a message says it: "55-litre" is "55 litres", "2,700 kWh" stays."""
    m = re.fullmatch(r"([\d,.]+)-([A-Za-z]+)", q.text)
    if m is None:
        return q.text
    return f"{m.group(1)} {m.group(2)}{'' if m.group(2).endswith('s') else 's'}"


def _complement_items(c: Claim, extra: dict[str, Any], by_id: dict[str, Claim],
                      facts: dict[str, dict[str, Any]]) -> list[_Item]:
    """"89% were seen within 30 minutes. The remaining 11% waited longer": the rest is 100%
    less the shares it is the rest of (normalize/elliptic.py), each share's own rounding
    allowed for ("spread")."""
    comp = extra.get("complement")
    of = comp.get("of") if isinstance(comp, dict) else None
    if not isinstance(of, (tuple, list)) or not of or any(x not in by_id for x in of):
        return []
    ys = [by_id[x] for x in of]
    if c.value is None or any(y.value is None for y in ys):
        return []
    rest = ys[1:]
    whole = float(to_base(100.0, "percent") or 100.0)
    took = sum(float(facts[y.id]["value"]) for y in rest)
    spread = (-sum(float(facts[y.id]["upper"]) - float(facts[y.id]["value"]) for y in rest),
              sum(float(facts[y.id]["value"]) - float(facts[y.id]["lower"]) for y in rest))
    # a proportion in words ("about one in ten", a fraction of one) is the rest in hundredths
    k = 1.0 if c.unit == "percent" else 1.0 / whole
    return [("complement", c, ys[0], -k, (whole - took) * k,
             {"minus": tuple(rest), "spread": (spread[0] * k, spread[1] * k)})]


def _converted_as_written(b: Claim, fb: dict[str, Any], k: float, add: float,
                          ends: list[float]) -> list[float]:
    """A conversion restates the number as written: "100 mph (181 km/h)" converts 100 mph, not
    anything a round hundred may stand for (50 to 150 mph); "at least 111 mph (179 km/h)"
    converts the bound, not any speed above it. ``ends`` otherwise."""
    if not (b.extra_dict().get("rounded_to") and not b.qualifier or _bound_word(b.qualifier)):
        return ends
    half_b = _written_step(b.text) * _unit_scale(b.unit or "")
    return sorted([(fb["value"] - half_b) * k + add, (fb["value"] + half_b) * k + add])


def _average_as_written(a: Claim, lo: float, hi: float, val: float, scale: float
                        ) -> tuple[float, float]:
    """An average of whole things is no whole number: "35,931" is 35,930.5 up to 35,931.5, or
    up to 35,932 cut short ("301,091 spills, 824 a day": 824.9 truncated)."""
    half = _written_step(a.text) * (scale or 1.0)
    return min(lo, val - half), max(hi, val + 2 * half)


@lru_cache(maxsize=1)
def _bound_words() -> frozenset[str]:
    """The qualifiers that bound a figure on one side ("at least", "more than", "up to"):
    qualifiers.yaml phrases of the kinds gt, ge, lt, le and threshold."""
    phrases = vocab.load("qualifiers.yaml").get("phrases", {}) or {}
    return frozenset(" ".join(str(p).lower().split()) for p, k in phrases.items()
                     if k in ("gt", "ge", "lt", "le", "threshold"))


def _bound_word(qualifier: str | None) -> bool:
    return bool(qualifier) and " ".join(str(qualifier).lower().split()) in _bound_words()


def _held_to_bound(kind: str, b: Claim, a_val: float, ends: list[float], e_val: float) -> float:
    """The expected value of a share of a count with a bound on one side: what the bound
    allows nearest the stated share ("More than 100,000 members, 84% of those who voted" of
    about 122,000 is 82% or more); ``e_val`` otherwise."""
    if kind == "ratio" and _bound_word(b.qualifier):
        return min(max(a_val, ends[0]), ends[1])
    return e_val


def _arithmetic_fact(item: _Item, facts: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The ``relation`` fact of one arithmetic relation: the claim's interval beside the
    interval the other claim implies, and what that is in the article's style."""
    kind, a, b, k, add, more = item
    other = more.pop("minus", None)
    share = more.pop("share", None)
    bound = more.pop("bound", None)
    said = more.pop("said", None)
    sides = more.pop("sides", None)
    parts = more.pop("parts", None)
    more = dict(more, words=said or (b.text if share else _relation_words(kind, k, more, b, other)))
    if a.value is None or b.value is None or a.id == b.id:
        return None
    fa, fb = facts[a.id], facts[b.id]
    ends = sorted([_figures12(fb["lower"] * k + add), _figures12(fb["upper"] * k + add)])
    spread = more.pop("spread", None)
    if spread:
        ends = [ends[0] + spread[0], ends[1] + spread[1]]
    if kind == "conversion" and not more.get("fx"):
        ends = _converted_as_written(b, fb, k, add, ends)
    basis = more.pop("basis", None)
    basis_words = more.pop("basis_words", None)
    if basis:
        # a restatement over another stretch: the interval spans every reading of the factor
        ends = [ends[0] / k * basis[0], ends[1] / k * basis[1]]
    exp_value = _figures12(fb["value"] * k + add)
    a_lo, a_hi, a_val = fa["lower"], fa["upper"], fa["value"]
    scale, offset, _ = _unit_info(a.unit or "") or (1.0, 0.0, "")
    if kind == "average":
        a_lo, a_hi = _average_as_written(a, a_lo, a_hi, a_val, scale)
    shown = (exp_value - offset) / (scale or 1.0)
    e_val = exp_value
    if kind == "difference" and fa["dim"] == "[temperature]":
        # a gap between two temperatures is a number of degrees, not a temperature: "beat
        # the record of 38.7C by 1.6C" is 1.6 kelvin, not 1.6C (274.75 kelvin)
        a_lo, a_hi, a_val = a_lo - offset, a_hi - offset, a_val - offset
        shown = exp_value / (scale or 1.0)
    if kind == "conversion" and fa["dim"] == "[temperature]" and \
            a.extra_dict().get("temperature_gap"):
        # a gap between temperatures in two scales, "by 1.6C (2.9F)": degrees convert
        # without the scales' offsets (1.6C is 2.9F, not 34.9F)
        off_b = (_unit_info(b.unit or "") or (1.0, 0.0))[1]
        a_lo, a_hi, a_val = a_lo - offset, a_hi - offset, a_val - offset
        ends = [ends[0] - off_b, ends[1] - off_b]
        exp_value -= off_b
        shown = exp_value / (scale or 1.0)
    if kind == "conversion" and fa["dim"] == "[temperature]":
        # a temperature has no natural zero for a relative tolerance (2% of 318 K is
        # 6 degrees; 2% of -15 C is nothing): the two figures are compared as offsets
        # from the expected value, placed at 1, each widened by half its last written
        # digit, so that only the written rounding is allowed for
        half = _written_step(a.text) * (_unit_info(a.unit or "") or (1.0,))[0]
        half_b = _written_step(b.text) * (_unit_info(b.unit or "") or (1.0,))[0]
        shift = exp_value - 1.0
        a_lo, a_hi, a_val = a_lo - shift - half, a_hi - shift + half, a_val - shift
        ends = [ends[0] - shift - half_b, ends[1] - shift + half_b]
        e_val = 1.0
    elif kind == "ratio" and a.unit == "percent" and not more.get("base") and \
            50.0 < e_val <= 100.0 and a_val <= 100.0:
        # a share over half is compared by what it leaves out ("93% of" is 7% short where
        # the figures give 2%), so that the relative tolerance means as much as for a small
        # share and not five points of a large one
        a_lo, a_hi, a_val = 100.0 - a_hi, 100.0 - a_lo, 100.0 - a_val
        ends, e_val = [100.0 - ends[1], 100.0 - ends[0]], 100.0 - e_val
    elif share or (kind in ("difference", "sum") and more.get("exact")) or more.get("product"):
        # a proportion in words allows what its qualifier does ("more than a quarter" is
        # 26.4%): the stated percentage is held to the nearest value the words allow (an
        # exact difference or sum to the figures' rounding: 3,500 and 11,000 of 14,400)
        e_val = min(max(a_val, ends[0]), ends[1])
    elif bound in _BOUNDS:
        # "more than doubled" is anything from double up, "nearly tripled" a little short of
        # triple, "roughly halved" near half: held to the nearest value the words allow
        lo_f, hi_f = _BOUNDS[bound]
        e_val = min(max(a_val, exp_value * lo_f), exp_value * hi_f)
    e_val = _held_to_bound(kind, b, a_val, ends, e_val)
    shown_like = _shown_like(kind, more, shown, a)
    implied, suggested = (f"{_said(b)} is {shown_like}, not {_said(a)}", shown_like) if share \
        else _implied(kind, a, b, other, dict(more, parts=parts) if parts else more, k, shown_like)
    b_text, expected_display = b.text, shown_like
    if said or sides:
        implied, suggested = _worded_implied(a, b, said, sides, bound, exp_value, shown_like), ""
    if basis_words:
        # "£4,650 a year is £388 a month, not £398": each figure with its stretch
        b_text, expected_display = f"{b.text} {basis_words[0]}", f"{shown_like} {basis_words[1]}"
        implied = f"{_said(b)} {basis_words[0]} is {expected_display}, not {_said(a)}"
    return {
        "implied": implied, "suggested": suggested,
        "t": "relation", "fid": f"relation:{kind}:{a.id}:{b.id}", "kind": kind,
        "claim": a.id, "of": b.id, "claim_n": fa["n"], "of_n": fb["n"],
        "a_value": a_val, "a_lower": a_lo, "a_upper": a_hi,
        "expected_value": e_val, "expected_lower": ends[0], "expected_upper": ends[1],
        "a_dim": fa["dim"],
        # a difference, ratio or average is worked out in the stating claim's unit
        "b_dim": fa["dim"] if kind in ("difference", "ratio", "average", "complement") or more.get("fx") or
        share or more.get("product") else fb["dim"],
        "measure": a.measure,
        "a_text": a.text, "b_text": b_text, "a_display": written_like(a.value, a.unit, a.text),
        "expected_display": expected_display,
        "anchor": a.id, "text": a.text, "start": a.start, "end": a.end, **more,
    }


def _shown_like(kind: str, more: dict[str, Any], shown: float, a: Claim) -> str:
    """The implied value as the article writes ``a``; the rest of a whole in whole percents
    when the share set against it is written so and the whole number already tells the two
    apart ("the rest of 62,000 after 45,000 is 27% of it, not 36%"); a proportion in words
    left by shares as a percentage and as one in so many ("9%, about one in 11")."""
    if kind == "complement" and a.unit != "percent" and 0 < shown < 1:
        return f"{number(shown * 100.0, 3)}%, about one in {round(1.0 / shown)}"
    if kind == "ratio" and more.get("rest") and a.unit == "percent" and re.fullmatch(r"\D*\d+\s*(?:%|per\s*cent|percent)", a.text) and \
            round(shown) != a.value:
        return written_like(float(round(shown)), a.unit, a.text)
    return written_like(shown, a.unit, a.text)


# the share of the multiple a hedged verb allows ("nearly tripled": 85% to 100% of triple)
# ("less than half": anything up to half)
_BOUNDS = {"above": (1.0, BIG), "below": (0.85, 1.0), "about": (0.9, 1.1), "under": (0.0, 1.0)}


def _worded_implied(a: Claim, b: Claim, said: str | None, sides: float | None,
                    bound: str | None, exp_value: float, shown: str) -> str:
    """What a share of a two-sided vote or a majority implies: "652 out of the two sides'
    1,210 is 53.9%, not 52.7%" (normalize/two_sides.py), "more than half of 35 is more than
    17.5, not 15" (normalize/majorities.py)."""
    if said:
        return f"{said} {_said(b)} is {'more' if bound == 'above' else 'less'} than " \
            f"{number(exp_value, 6)}, not {_said(a)}"
    return f"{_said(b)} out of the two sides' {number(sides or 0.0, 6)} is {shown}, not {_said(a)}"


def _implied(kind: str, a: Claim, b: Claim, other: Claim | None, more: dict[str, Any],
             k: float, shown: str) -> tuple[str, str]:
    """What the figures imply, said for an editor, and the figure to write instead."""
    if more.get("net"):
        # "down 861,237 and up 329,535 net to 531,702, not 631,702" (a net change, or a
        # whole less the one set aside: normalize/net_changes.py, rest_counts.py)
        return (f"{more['net']} {shown}, not {_said(a)}", shown)
    if kind == "complement":
        took = " and ".join(_said(x) for x in (b, *(other or ())))
        return (f"100% less {took} leaves {shown}, not {_said(a)}", shown)
    if kind == "difference" and other is not None:
        return (f"the gap between {_said(b)} and {_said(other)} is {shown}, not {_said(a)}", shown)
    if kind == "sum" and isinstance(other, tuple) and len(other) == 1:
        other = other[0]
    if kind == "sum" and isinstance(other, tuple):
        named = ", ".join(_said(x) for x in (b, *other[:-1]))
        return (f"{named} and {_said(other[-1])} together are {shown}, not {_said(a)}", shown)
    if kind == "sum" and other is not None:
        return (f"{_said(b)} and {_said(other)} together are {shown}, not {_said(a)}", shown)
    if kind == "ratio" and other is not None:
        if more.get("shared") is not None:
            return (f"if {_said(other)} is {_said(more['shared'])}, {_said(b)} is {shown}, not "
                    f"{_said(a)}", shown)
        if more.get("base"):
            return (f"{_said(b)} among {_said(other)} is {shown} for every "
                    f"{number(more['base'])}, not {_said(a)}", shown)
        parts = more.get("parts")
        if parts:
            named = " + ".join(_said(x) for x in parts)
            return (f"{named} out of {_said(other)} is {shown}, not {_said(a)}", shown)
        if more.get("rest"):
            return (f"the rest of {_said(other)} after {_said(b)} is {shown} of it, not "
                    f"{_said(a)}", shown)
        return (f"{_said(b)} out of {_said(other)} is {shown}, not {_said(a)}", shown)
    if kind == "average":
        return (f"{_said(b)} over {count_shown(more.get('count', 0))} is {shown} each, not "
                f"{_said(a)}", shown)
    if kind == "multiple":
        return (f"{_relation_words(kind, k, more)} {_said(b)} is {shown}, not {_said(a)}", shown)
    if kind == "conversion":
        return (f"{_said(b)} is {shown}, not {_said(a)}", shown)
    return (f"{shown}, not {_said(a)}", shown)


def _figures12(x: float) -> float:
    """``x`` to twelve significant figures: 8.8 + 5.8 is 14.6, not 14.600000000000001, when an
    exact sum is held with no tolerance (everyday99)."""
    if x == 0 or not math.isfinite(x):
        return x
    return round(x, 11 - math.floor(math.log10(abs(x))))


def _direction_relation(to: Claim, frm: Claim, up: bool, facts: dict[str, dict[str, Any]],
                        words: str | None = None, exact_to: bool = False
                        ) -> dict[str, Any] | None:
    """"2.4 million, up from 3 million": the stated direction (1 up, 2 down) against the
    direction of the two values, so that a fall written as a rise is flagged; ``words`` are a
    comparison's own ("3.13 million passengers, beating the 3.06 million of December 2019":
    the first is said to be above the second)."""
    if to.value is None:
        return None
    ft, ff = facts[to.id], facts[frm.id]
    if frm.extra_dict().get("threshold"):
        # a threshold a level is said to pass ("passing the 1.5C limit", normalize.thresholds)
        # is the value as written: the limit, not "at least" it, nor what rounds to it
        ff = {**ff, "lower": ff["value"], "upper": ff["value"]}
    if exact_to:
        # a figure set or revised to a value ("revised down to 200,000 from 194,000") is that
        # value, however round: its rounding opens no interval that hides the wrong way
        ft = {**ft, "lower": ft["value"], "upper": ft["value"]}
    if _dropped_zero(to, frm):
        # "12.4% ..., down from 12% in September": the whole rate is 12.0% (_dropped_zero)
        ft, ff = ({**f, "lower": f["value"] - 0.05, "upper": f["value"] + 0.05}
                  for f in (ft, ff))
    if ft["lower"] <= ff["upper"] and ft["upper"] >= ff["lower"]:
        return None     # the two may be equal once rounding is allowed for: no direction
    # coded 1 (up) and 2 (down): positive, so that the arithmetic check's relative tolerance
    # keeps its sense
    actual = 1.0 if ft["value"] > ff["value"] else 2.0
    stated = 1.0 if up else 2.0
    said = "up" if up else "down"
    way = "a rise" if actual == 1.0 else "a fall"
    implied = f"from {_said(frm)} to {_said(to)} is {way}, not {said}"
    if words:
        said, way = words, ("above" if actual == 1.0 else "below")
        implied = f"{_said(to)} is {way} {_threshold_said(frm)}, not {words} it"
    return {
        "t": "relation", "fid": f"relation:direction:{to.id}:{frm.id}", "kind": "change",
        "claim": to.id, "of": frm.id, "claim_n": ft["n"], "of_n": ff["n"],
        "a_value": stated, "a_lower": stated, "a_upper": stated,
        "expected_value": actual, "expected_lower": actual, "expected_upper": actual,
        "a_dim": "direction", "b_dim": "direction", "measure": to.measure,
        "a_text": f"{said} {_threshold_said(frm)}" if words else f"{said} from {frm.text}",
        "b_text": frm.text, "a_display": said, "expected_display": way,
        "words": said if words else f"{said} from", "direction": said, "implied": implied,
        "suggested": "",     # the words to change ("up") are not the flagged figure
        "anchor": to.id, "text": to.text, "start": to.start, "end": to.end,
    }


def _unit_scale(unit: str) -> float:
    """How many base units one ``unit`` spans (1 for a count; 5/9 kelvin for a Fahrenheit
    degree), so that a step written in the unit is a step in base units."""
    return abs((to_base(1.0, unit) or 1.0) - (to_base(0.0, unit) or 0.0)) or 1.0


_SCALED = re.compile(r"\d(?:\.\d+|[ \u00a0]*(?:thousand|million|billion|trillion|bn|m|k)\b)|%",
                     re.I)


def _range_half(c: Claim, fact: dict[str, Any]) -> float:
    """Half the width of a range written as the figure ("between 40 and 45 people", "$30
    billion to $50 billion") in base units, 0 for any other figure: the count is somewhere
    in the range, so a change to or from it is any amount the range's ends give."""
    if not c.extra_dict().get("range") or fact["lower"] <= -BIG or fact["upper"] >= BIG:
        return 0.0
    return (fact["upper"] - fact["lower"]) / 2.0


def _relative_step(text: str) -> float:
    """Half the last written digit of a rounded figure's number as a share of that number
    ("€2.1 billion": 0.05 / 2.1; "43%": 0.5 / 43), 0 for a whole number written out in full
    ("£3", "1,250": a price or a count as it is, not rounded)."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if m is None or not _SCALED.search(text):
        return 0.0
    num = float(m.group().replace(",", ""))
    return _written_step(text) / num if num else 0.0


def _difference_spread(x: Claim, y: Claim, facts: dict[str, dict[str, Any]]
                       ) -> tuple[float, float]:
    """The slack of an exact difference ``x`` less ``y`` beyond ``x``'s own interval: ``y``'s
    interval, and for a percentage read as a point ("41.1%") the half of its last written
    digit on each side, so that "41.1% and 30.4% ... 10.7 points ahead" holds and "52% to
    48%, a margin of 3.8 points" is read with the shares' rounding."""
    fy = facts[y.id]
    lo, hi = fy["value"] - fy["upper"], fy["value"] - fy["lower"]
    for c in (x, y):
        f = facts[c.id]
        if c.unit == "percent" and f["lower"] == f["upper"]:
            step = _written_step(c.text)
            lo, hi = lo - step, hi + step
    eps = 1e-9 * max(1.0, abs(facts[x.id]["value"]))
    return lo - eps, hi + eps


def _written_step(text: str) -> float:
    """Half the last written digit of a figure's number ("2%" 0.5, "3.7%" 0.05)."""
    m = re.search(r"\d[\d,]*(?:\.(\d+))?", text)
    if m is None:
        return 0.0
    return 0.5 * 10.0 ** -(len(m.group(1)) if m.group(1) else 0)


def _said(c: Claim) -> str:
    """A figure's words inside a sentence of a message: a capital that only opened the
    article's sentence is lowered ("A total of 559,030" -> "a total of 559,030")."""
    t = c.text
    if len(t) > 1 and t[0].isupper() and t[1].islower() and " " in t:
        return t[0].lower() + t[1:]
    return t


def _threshold_said(c: Claim) -> str:
    """A threshold's figure without the verb it was read with ("passing 7.5 million" -> "7.5
    million", "clearing the 10%" -> "10%"), for a message that says what is above it."""
    t, q = _said(c), str(c.qualifier or "")
    if q and t.lower().startswith(q.lower()) and t[len(q):].startswith(" "):
        return t[len(q):].strip()
    return t


# an amount glued to its noun as a modifier: "an eight-point rise", "a 6-percentage-point jump"
_GLUED_POINTS = re.compile(r"-(?:percentage-)?points?$")


def _amount_words(text: str) -> str:
    """An amount as a message says it after "a rise of": "ten-point" -> "ten points"."""
    m = _GLUED_POINTS.search(text)
    if m is None:
        return text
    return text[:m.start()] + (" percentage points" if "percentage" in m.group() else " points")


def _without_float_noise(lo: float, hi: float, amount: float, e_lo: float, e_hi: float
                         ) -> tuple[float, float]:
    """An amount's interval widened by float noise when its two levels are exact (money as
    written): "$3.30, down from $3.37, a fall of seven cents" works out at 7.000000000000028
    cents, which is no disagreement. Levels that stand for what rounds to them give a range
    whose ends are not reached (7.0% is below 7.05%), so it is left as it is there."""
    eps = 1e-9 * max(abs(amount), 1.0)
    return (lo - eps, hi + eps) if e_hi - e_lo <= eps else (lo, hi)


def _change_relation(c: Claim, to: Claim, frm: Claim, ch: dict[str, Any],
                     facts: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """A stated change checked on its amount: "rose 12% to €4.2 billion from €3.5 billion"
    states 12%; the figures give 20%. The amount's interval is widened by half its last
    written digit (a rounded "2%" is anything from 1.5% to 2.5%); the expected amount comes
    from the two levels as written, signed (a fall stated as a rise is wrong too)."""
    if to.value is None or frm.value is None or c.value is None or to.id == frm.id:
        return None
    ft, ff, fc = facts[to.id], facts[frm.id], facts[c.id]
    if ft["dim"] != ff["dim"] or fc["dim"] not in ("", "percent", ft["dim"]):
        # two levels of different kinds ("compared with a 2.1% fall" and "to £284,691") are
        # no change of one thing, and an amount of another kind than its levels ("the lowest
        # rate in more than two years" between two rates) is no amount of their change:
        # there is nothing to check
        return None
    amount = float(ch["amount"])
    up = ch.get("direction", "up") != "down"
    sign = 1.0 if up else -1.0
    half = _written_step(c.text) if not c.extra_dict().get("rounded_to") else 0.0
    scale = 1.0
    if ch.get("kind") == "percent":
        if not ff["value"]:
            return None
        expected = sign * (ft["value"] / ff["value"] - 1.0) * 100.0
        lo, hi = amount - half, amount + half
        if ch.get("fraction"):
            # "about a third fewer": a fraction in words stands for the values nearer to it
            # than to its neighbours, as a hedged multiple does (_BOUNDS "about")
            lo, hi = _fraction_bounds(c, amount)
        if fc["lower"] > -BIG and c.unit == "percent":
            lo, hi = min(lo, c.lower if c.lower is not None else lo), \
                max(hi, c.upper if c.upper is not None else hi)
        shown_expected = written_like(abs(expected), "percent", c.text)
        words = f"{'up' if up else 'down'} {c.text}"
    else:
        # the amount in its own unit when it has one ("25 basis points" from 3.25%), else in
        # the unit of the figure it changes ("up 200 from 1,000 km")
        unit = c.unit if c.unit and dimension(c.unit) == dimension(frm.unit or "") \
            else (frm.unit or "")
        scale = (to_base(1.0, unit) or 1.0) - (to_base(0.0, unit) or 0.0)
        expected = sign * (ft["value"] - ff["value"]) / (scale or 1.0)
        if ch.get("basis"):
            expected *= sum(ch["basis"]) / 2.0
        lo, hi = (c.lower if c.lower is not None else amount) - half, \
            (c.upper if c.upper is not None else amount) + half
        if c.extra_dict().get("rounded_to") or c.qualifier:
            lo, hi = (c.lower if c.lower is not None else amount), \
                (c.upper if c.upper is not None else amount)
        shown_expected = written_like(abs(expected), unit, c.text if c.unit or not
                                      frm.unit else frm.text)
        if not c.unit and frm.unit == "percent":
            # "from 4.2% to 3.9%, a drop of 0.2 points": the amount is in points
            shown_expected = f"{written_like(abs(expected), '', c.text)} points"
        words = f"{'up' if up else 'down'} {c.text}"
    # the two values stand for what rounds to them as written ("€2.1 billion" is €2.05 to
    # €2.15 billion): an amount any such pair gives is right ("fell 3% to €2.1 billion from
    # €2.2 billion"); the amount is held to the nearest of them
    # (half a written digit in base units: "99F" is 98.5F to 99.5F, not 1% of 310 kelvin)
    ht, hf = _level_halves(c, ch, (to, ft), (frm, ff))
    tv, fv = ft["value"], ff["value"]
    t_ends, f_ends = _level_ends((to, ft), (frm, ff), ht, hf)
    if ch.get("kind") == "percent":
        corners = [sign * (t / f - 1.0) * 100.0 for t in t_ends for f in f_ends if f]
    else:
        # an amount counted over another stretch of time than its levels ("a rise of £363 a
        # year" from two weekly levels, normalize/bases.py): every reading of the factor
        factors = ch.get("basis") or (1.0, 1.0)
        corners = [sign * (t - f) / (scale or 1.0) * k
                   for t in t_ends for f in f_ends for k in factors]
    e_lo, e_hi = min(corners + [expected]), max(corners + [expected])
    lo, hi = _without_float_noise(lo, hi, amount, e_lo, e_hi)
    e_lo, e_hi = _open_levels((to, ft), (frm, ff), sign, e_lo, e_hi)
    e_val = min(max(amount, e_lo), e_hi)
    if (_range_half(to, ft) or _range_half(frm, ff)) and e_lo * e_hi > 0:
        # "between 40 and 45, up from 30": a rise of 10 to 15, not of the midpoint's 12.5
        shown_expected = " to ".join(written_like(abs(v), "percent" if ch.get("kind") ==
                                                  "percent" else "", c.text)
                                     for v in sorted((abs(e_lo), abs(e_hi))))
    rise = "rise" if ft["value"] >= ff["value"] else "fall"
    level_per, amount_per = ch.get("basis_words") or ("", "")
    span = f"from {_said(frm)} to {_said(to)}{' ' + level_per if level_per else ''}"
    implied = (f"{span} is a {rise} of {shown_expected}{' ' + amount_per if amount_per else ''}"
               if abs(expected) > 1e-12 else f"{span} is no change")
    stated = f"a {'rise' if up else 'fall'} of {_amount_words(c.text)}"
    return {
        "t": "relation", "fid": f"relation:change:{c.id}:{frm.id}", "kind": "change",
        "claim": c.id, "of": frm.id, "claim_n": fc["n"], "of_n": ff["n"],
        "a_value": amount, "a_lower": float(lo), "a_upper": float(hi),
        "expected_value": float(e_val), "expected_lower": float(e_lo),
        "expected_upper": float(e_hi), "a_dim": "change", "b_dim": "change",
        "measure": to.measure, "a_text": c.text, "b_text": frm.text,
        "a_display": stated, "expected_display": shown_expected,
        "amount": amount, "direction": ch.get("direction", "up"), "words": words,
        "exact": int(ch.get("kind") != "percent" and not (c.qualifier or c.hedge)),
        "implied": f"{implied}, not {stated}",
        # what to write in place of the amount (the flagged words)
        "suggested": (shown_expected if abs(expected) > 1e-12 and (expected > 0) else ""),
        "anchor": c.id, "text": c.text, "start": c.start, "end": c.end,
    }


def _change_by_relation(c: Claim, to: Claim, by: Claim, ch: dict[str, Any],
                        facts: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """A percentage change stated beside the same change's amount and its new value, the
    earlier value left implied: "grew 7% to 1,323 million, some 84 million more than in
    2016" (the earlier value is 1,323 - 84 million, and 84 of 1,239 is 6.8%). Every pair of
    values that round to the two as written is allowed for, and the percentage's own written
    digit; the message gives the percentage the figures imply and the amount the percentage
    implies, each as the article writes it."""
    if to.value is None or by.value is None or c.value is None:
        return None
    ft, fb, fc = facts[to.id], facts[by.id], facts[c.id]
    amount = float(ch["amount"])
    sign = 1.0 if ch.get("direction", "up") != "down" else -1.0
    tv, bv = ft["value"], fb["value"]
    if ch.get("base_of") is not None and tv:
        # ("grew by 44,000, or 1.4%, from 3,063,456": the level given is the earlier one; the
        # new one it implies carries the same reading)
        tv += sign * bv
    if not tv or not bv or tv - sign * bv <= 0:
        return None
    half = _written_step(c.text) if not c.extra_dict().get("rounded_to") else 0.0
    lo, hi = amount - half, amount + half
    ht = _relative_step(to.text) * abs(to.value) * _unit_scale(to.unit or "")
    hb = max(_relative_step(by.text) * abs(by.value) * _unit_scale(by.unit or ""),
             bv - fb["lower"] if fb["lower"] > -BIG else 0.0,
             fb["upper"] - bv if fb["upper"] < BIG else 0.0)
    expected = bv / (tv - sign * bv) * 100.0
    corners = [(bv + b) / (tv + a - sign * (bv + b)) * 100.0
               for a in (-ht, ht) for b in (-hb, hb) if tv + a - sign * (bv + b) > 0]
    e_lo, e_hi = min(corners + [expected]), max(corners + [expected])
    shown = written_like(expected, "percent", c.text)
    # the amount the stated percentage gives with the new value: new * p / (100 + p)
    by_implied = tv * amount / (100.0 + sign * amount) / _unit_scale(by.unit or "")
    by_shown = written_like(by_implied, by.unit or "", by.text)
    way = "rise" if sign > 0 else "fall"
    level = f"from {_said(to)}" if ch.get("base_of") is not None else f"to {_said(to)}"
    return {
        "t": "relation", "fid": f"relation:change:{c.id}:{by.id}", "kind": "change",
        "claim": c.id, "of": by.id, "claim_n": fc["n"], "of_n": fb["n"],
        "a_value": amount, "a_lower": float(lo), "a_upper": float(hi),
        "expected_value": float(min(max(amount, e_lo), e_hi)), "expected_lower": float(e_lo),
        "expected_upper": float(e_hi), "a_dim": "change", "b_dim": "change",
        "measure": to.measure, "a_text": c.text, "b_text": by.text,
        "a_display": f"a {way} of {c.text}", "expected_display": shown,
        "amount": amount, "direction": ch.get("direction", "up"),
        "words": f"{'up' if sign > 0 else 'down'} {c.text}",
        "implied": f"a {way} of {_said(by)} {level} is a {way} of {shown}, not {_said(c)} "
                   f"({_said(c)} would be a {way} of about {by_shown})",
        "suggested": shown,
        "anchor": c.id, "text": c.text, "start": c.start, "end": c.end,
    }


_FACTOR_WORDS = {2.0: "double", 3.0: "triple", 4.0: "four times", 0.5: "half",
                 round(1 / 3, 3): "a third", 0.25: "a quarter", round(2 / 3, 3): "two thirds"}


def _relation_words(kind: str, k: float, more: dict[str, Any], b: Claim | None = None,
                    other: Claim | None = None) -> str:
    if more.get("net"):
        return str(more["net"])
    if kind == "difference" and b is not None and other is not None:
        return f"the gap between {b.text} and {other.text}"
    if kind == "ratio" and b is not None and other is not None:
        if more.get("rest"):
            return f"the rest of {other.text} after {b.text}"
        return f"{b.text} out of {other.text}"
    if kind == "sum" and isinstance(other, tuple) and len(other) == 1:
        other = other[0]
    if kind == "sum" and b is not None and isinstance(other, tuple):
        return f"{', '.join(x.text for x in (b, *other[:-1]))} and {other[-1].text} together"
    if kind == "sum" and b is not None and other is not None:
        return f"{b.text} and {other.text} together"
    if kind == "average" and b is not None:
        return f"{b.text} over {count_shown(more.get('count', 0))}"
    if kind == "complement" and b is not None:
        return f"the rest after {' and '.join(x.text for x in (b, *(other or ())))}"
    if kind == "multiple" and more.get("product"):
        return f"{more['product']} {more.get('product_word', 'at')}"     # "55 litres at 163.7p"
    if kind == "multiple":
        return _FACTOR_WORDS.get(round(k, 3), f"{number(k, 6)} times")
    if kind == "change":
        if k != 1.0:
            return f"{more.get('direction', 'up')} {number(more.get('amount', 0), 6)}%"
        return f"{more.get('direction', 'up')} {quantity(more.get('amount', 0), more.get('unit', ''))}"
    return "converted"


# --------------------------------------------------------------------------------------------
# Dates and periods, from the days and periods the text states (normalize.calendar)


def _dates(found: Mentions) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for m in found.stated_dates:
        d, pub = m.day, m.published
        out.append({
            "t": "date", "fid": f"date:{m.index}:{m.start}", "text": m.text,
            "start": m.start, "end": m.end, "day": d.toordinal(), "iso": d.isoformat(),
            "pub": pub.toordinal() if pub else 0, "has_pub": int(pub is not None and not m.relative),
            "pub_iso": pub.isoformat() if pub else "",
            "weekday_stated": WEEKDAYS.index(m.weekday) if m.weekday else -1,
            "weekday_name": m.weekday.capitalize(),
            "weekday_actual": d.weekday(), "actual_name": WEEKDAYS[d.weekday()].capitalize(),
            "future_cue": int(m.future)})
    for a in found.stated_anniversaries:
        pub = a.published
        out.append({"t": "anniversary", "fid": f"anniversary:{a.index}:{a.start}",
                    "text": a.text, "start": a.start, "end": a.end, "nth": a.nth,
                    "event_year": a.event_year, "year": a.year,
                    "pub_year": pub.year if pub else 0, "has_pub": int(pub is not None),
                    "elsewhen": int(a.elsewhen), "pub_iso": pub.isoformat() if pub else "",
                    "nth_expected": (pub.year - a.event_year) if pub else 0,
                    # the years as written, for messages (a number field shows "1,944")
                    "event_text": str(a.event_year), "year_text": str(a.year),
                    "pub_year_text": str(pub.year) if pub else ""})
    for p in found.stated_periods:
        out.append({"t": "period", "fid": f"period:{p.index}:{p.start}", "text": p.text,
                    "start": p.start, "end": p.end, "first": p.first.toordinal(),
                    "last": p.last.toordinal(), "first_iso": p.first.isoformat(),
                    "last_iso": p.last.isoformat()})
    return out


# --------------------------------------------------------------------------------------------
# Names, from the document's normalized name mentions (normalize.names)


def _names(found: Mentions) -> list[tuple[str, int, int]]:
    """The names worth comparing: four letters or more, not an acronym."""
    return [(m.text, m.start, m.end) for m in found.names
            if len(m.text) >= 4 and not m.text.isupper()]


@lru_cache(maxsize=8)
def _gaz_index(gazetteer: tuple[str, ...]) -> tuple[dict[str, str], tuple[str, ...]]:
    exact = {name_spelling(g).lower(): g for g in gazetteer}
    return exact, tuple(exact)


@lru_cache(maxsize=4096)
def _nearest(name: str, gazetteer: tuple[str, ...]) -> tuple[str, float, int]:
    """The gazetteer's nearest spelling of ``name``, its similarity, and whether ``name`` is
    in it. Kept per process (the same names recur from one document to the next, and the
    close-match search reads the whole gazetteer)."""
    exact, keys = _gaz_index(gazetteer)
    key = name.lower()
    if key in exact:
        return exact[key], 1.0, 1
    best, score = "", 0.0
    for k in difflib.get_close_matches(key, keys, n=1, cutoff=NAME_FLOOR):
        best, score = exact[k], difflib.SequenceMatcher(None, key, k).ratio()
    return best, score, 0


# words that name a different place when they are the only difference between two names
# ("North Carolina" / "South Carolina", "Upper Austria" / "Lower Austria"), not a spelling
_QUARTERS = frozenset("""north south east west northern southern eastern western northeast
northwest southeast southwest upper lower new old great little central inner outer""".split())


def _other_quarter(a: str, b: str) -> bool:
    """Whether two names differ in one whole word, a quarter word in both ("North Carolina",
    "South Carolina"): two places, not two spellings of one."""
    wa, wb = a.lower().split(), b.lower().split()
    diff = [(x, y) for x, y in zip(wa, wb) if x != y]
    return len(wa) == len(wb) and len(diff) == 1 and diff[0][0] in _QUARTERS and \
        diff[0][1] in _QUARTERS


# two words this unlike are two words, not one word spelled two ways ("Natural" / "American")
_WORD_FLOOR = 0.75


def _other_name(a: str, b: str) -> bool:
    """Whether two names of as many words differ in one whole word that is a quarter word in
    both ("North Carolina" / "South Carolina") or in a word that is another word altogether
    ("National Museum of Natural History" / "National Museum of American History"; "Mayo
    University Hospital" / "Galway University Hospitals", whatever else differs): two names,
    not two spellings."""
    if _other_quarter(a, b):
        return True
    wa, wb = a.lower().split(), b.lower().split()
    diff = [(x, y) for x, y in zip(wa, wb) if x != y]
    return len(wa) == len(wb) > 1 and bool(diff) and \
        any(difflib.SequenceMatcher(None, *p).ratio() < _WORD_FLOOR for p in diff)


def _name_facts(found: Mentions, gazetteer: tuple[str, ...]) -> list[dict[str, Any]]:
    names = _names(found)
    counts: dict[str, int] = defaultdict(int)
    for t, _, _ in names:
        counts[t] += 1
    out = []
    seen_gaz: dict[str, tuple[str, float, int]] = {}
    opens = {m.start for m in found.names if m.opening}
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
                        "count": counts[text], "inflected": inflected,
                        "opening": int(start in opens)})
    # pairs of distinct spellings: the later/rarer spelling is the one to point at
    first: dict[str, tuple[int, int]] = {}
    for text, start, end in names:
        first.setdefault(text, (start, end))
    keys = sorted(first, key=lambda k: first[k][0])
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if a.lower() == b.lower():
                continue
            sm = difflib.SequenceMatcher(None, a.lower(), b.lower())
            # (the bounds by length and by letters first: each is at least the ratio, and most
            # pairs of a document's names fall below the floor on them)
            if sm.real_quick_ratio() < NAME_FLOOR or sm.quick_ratio() < NAME_FLOOR:
                continue
            sim = sm.ratio()
            if sim < NAME_FLOOR or _other_name(a, b):
                continue
            short, long_ = sorted((a.lower(), b.lower()), key=len)
            # an ending or a prefix added ("Russia" and "Russian", "Employment" and
            # "Unemployment") makes another word, not another spelling
            # (nor does a place's adjective: "Canada" and "Canadian")
            # (nor a name written out with whole words more: "National Coalition" and
            # "National Coalition Party", "Kharkiv" and "Kharkiv Oblast")
            inflected = int((long_.startswith(short) or long_.endswith(short)) and
                            len(long_) - len(short) <= 3 or long_ in demonyms(short) or
                            long_.startswith(short + " ") or long_.endswith(" " + short) or
                            _agent_noun(short, long_))
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


def _agent_noun(short: str, long_: str) -> bool:
    """Whether one word is the other's agent noun, either in the plural: "Households" and
    "Householders", "Bank" and "Bankers" are two words, not two spellings (everyday112)."""
    a, b = short.removesuffix("s"), long_.removesuffix("s")
    return len(a) >= 4 and (b == a + "er" or a == b + "er")


# --------------------------------------------------------------------------------------------
# References


def _report_totals(references: Sequence[Reference], pairs: dict[str, str]
                   ) -> dict[tuple[str, Any, str, str], int]:
    """The running totals' references by (claim, report date, measure, dataset), for the
    totals a day's figure brings (``pairs``: day's figure id -> total id)."""
    return _dataset_refs_by_report(references, {t: t for t in pairs.values()}, True)


def _report_days(references: Sequence[Reference], pairs: dict[str, str]
                 ) -> dict[tuple[str, Any, str, str], int]:
    """The day's figures' references by (running total's claim, report date, measure,
    dataset), for the totals a day's figure brings (``pairs``: day's figure id -> total id)."""
    return _dataset_refs_by_report(references, pairs, False)


def _dataset_refs_by_report(references: Sequence[Reference], key_of: dict[str, str],
                            cumulative: bool) -> dict[tuple[str, Any, str, str], int]:
    """Dataset period references (running totals or not) of the claims in ``key_of``, by
    (``key_of[claim]``, report date, measure, dataset)."""
    return {(key_of[r.claim], r.date, r.measure, r.document): i
            for i, r in enumerate(references)
            if r.claim in key_of and r.role == "period" and r.kind == "dataset" and
            r.cumulative == cumulative}


def _reading_bases(claims: Sequence[Claim]) -> dict[tuple[str, str], str]:
    """(claim id, reading label) -> the words that reading rests on (its basis)."""
    return {(c.id, str(r[0])): str(r[4]) for c in claims if c.extra
            for r in c.extra_dict().get("readings") or ()}


def _reference_facts(references: Sequence[Reference], claims: dict[str, dict[str, Any]],
                     pairs: dict[str, str] | None = None,
                     bases: dict[tuple[str, str], str] | None = None) -> list[dict[str, Any]]:
    pairs, bases = pairs or {}, bases or {}
    totals = _report_totals(references, pairs) if pairs else {}
    days = _report_days(references, pairs) if pairs else {}
    totals_of = set(pairs.values())
    out = []
    for i, r in enumerate(references):
        cf = claims.get(r.claim)
        if cf is None or r.role == "gap":   # a gap says why there is no value: no fact
            continue
        unit = r.unit or ""
        lo = r.lower if r.lower is not None else r.value
        hi = r.upper if r.upper is not None else r.value
        # a day's figure's reference carries the same report's total of the running total the
        # day's figure brings (the rules compare it with that total's words)
        ti = totals.get((pairs[r.claim], r.date, r.measure, r.document), -1) \
            if r.claim in pairs and not r.cumulative else -1
        tr = references[ti] if ti >= 0 else None
        # a running total's reference carries the same report's figure for the day whose
        # figure brings the total (the rules compare it with that day's figure's words)
        di = days.get((r.claim, r.date, r.measure, r.document), -1) \
            if r.claim in totals_of and r.cumulative else -1
        dr = references[di] if di >= 0 else None
        out.append({
            "t": "reference", "fid": f"reference:{i}", "index": i, "claim": r.claim,
            "claim_n": cf["n"], "kind": r.kind, "role": r.role, "measure": r.measure,
            "subject": r.subject, "value": float(to_base(r.value, unit) or 0.0),
            "lower": float(to_base(lo, unit) or 0.0), "upper": float(to_base(hi, unit) or 0.0),
            "day": r.date.toordinal() if r.date else 0,
            "date_iso": r.date.isoformat() if r.date else "", "lag": r.lag,
            "cumulative": int(r.cumulative), "correction": float(r.correction or 0.0),
            "has_correction": int(r.correction is not None), "source": r.source,
            "document": r.document, "display": quantity(r.value, unit), "detail": r.detail,
            # the reading checked, and whether it (or the claim's measure or subject) rests on
            # a document default only: then a mismatch is at most a warning
            "reading": r.reading or "", "weak": int(r.weak or bool(cf.get("weak"))),
            # which key (or reading) is weak, and how it was decided
            "weak_why": str(cf.get("weak_why") or "") or (
                f"the reading {r.reading}: {bases.get((r.claim, r.reading or ''), 'none')}"
                if r.weak else ""),
            "anchor": r.claim, "text": cf["text"], "start": cf["start"], "end": cf["end"],
            "has_total": int(tr is not None), "total_index": ti,
            "total_lower": _ref_bound(tr, tr.lower) if tr else 0.0,
            "total_upper": _ref_bound(tr, tr.upper) if tr else 0.0,
            "total_display": quantity(tr.value, tr.unit or "") if tr else "",
            "total_text": claims[pairs[r.claim]]["text"] if tr else "",
            "total_detail": tr.detail if tr else "",
            "has_day": int(dr is not None),
            "day_lower": _ref_bound(dr, dr.lower) if dr else 0.0,
            "day_upper": _ref_bound(dr, dr.upper) if dr else 0.0,
            "day_display": quantity(dr.value, dr.unit or "") if dr else "",
            "record": r.record,
            "pstart": r.period.start.toordinal() if r.period else 0,
        })
    return out


def checked_readings(references: Sequence[Reference]) -> dict[str, set[str]]:
    """The labels of the readings the store found a reference value for, by claim id."""
    out: dict[str, set[str]] = defaultdict(set)
    for r in references:
        if r.kind == "dataset" and r.role == "period" and r.reading:
            out[r.claim].add(r.reading)
    return out


def _open_readings(claims: Sequence[Claim], references: Sequence[Reference],
                   facts: dict[str, dict[str, Any]], pub: date | None
                   ) -> set[tuple[str, int]]:
    """Mark the claims with a reading the reference data cannot check (``open_reading``);
    return the (average, lag) its own sum rules out (``_reports_sums_pin``): no reading of
    the average at all (readings60: "about 1,150 a day" beside the 7,760 of the report of
    publication is not supported by the week before's 1,144)."""
    checked = checked_readings(references)
    for c in claims:
        if c.id in checked and c.extra and unchecked_readings(
                c.extra_dict().get("readings"), checked[c.id], pub):
            facts[c.id]["open_reading"] = 1
    pinned = _reports_sums_pin(claims, references, facts)
    for r in references:
        if r.margin and r.claim in facts and _within_margin(r, facts[r.claim]) and \
                (r.claim, r.lag) not in pinned:
            # a derived figure that misses the value by less than its spread ("776 a day" for
            # 777.4): another party's arithmetic is a reading the data cannot decide
            facts[r.claim]["open_reading"] = 1
    return pinned


def _reports_sums_pin(claims: Sequence[Claim], references: Sequence[Reference],
                      facts: dict[str, dict[str, Any]]) -> set[tuple[str, int]]:
    """(average claim, lag) for the reports an average's own sum rules out: "Over the past
    seven days, Russia lost 7,760 soldiers, ... an average of about 1,180 a day" is worked
    from the 7,760 of the report of publication, so the week before (8,010, 1,144 a day) is no
    reading of the average even where its hedge nearly reaches it (readings59). Only when the
    sum fits the dataset's report at another lag and disagrees with this one."""
    of = {c.id: (c.extra_dict().get("average") or {}).get("of") for c in claims
          if c.extra and c.extra_dict().get("average")}
    if not of:
        return set()
    fits: dict[str, set[int]] = {}
    misses: dict[str, set[int]] = {}
    sums = set(of.values())
    for r in references:
        if r.claim not in sums or r.kind != "dataset" or r.role != "period" or \
                r.claim not in facts:
            continue
        f, lo, hi = facts[r.claim], _ref_bound(r, r.lower), _ref_bound(r, r.upper)
        apart = hi < float(f.get("lower", 0.0)) or lo > float(f.get("upper", 0.0))
        (misses if apart else fits).setdefault(r.claim, set()).add(r.lag)
    return {(avg, lag) for avg, s in of.items() if fits.get(s)
            for lag in misses.get(s, set()) - fits.get(s, set())}


def _alone(claims: Sequence[Claim], facts: dict[str, dict[str, Any]]) -> None:
    """Mark the claims that are the only figure of a measure in their sentence (``alone``)."""
    per = Counter(c.sentence for c in claims if c.measure is not None and c.value is not None)
    for c in claims:
        if c.id in facts and c.measure is not None and (
                per[c.sentence] == 1 or (c.extra and c.extra_dict().get("record_own"))):
            # (or its record words are said of it: "1,990 ..., a toll surpassed only once, by
            # the 2,200 of 20 December", normalize.readings)
            facts[c.id]["alone"] = 1


def _within_margin(r: Reference, c: dict[str, Any]) -> bool:
    """Whether claim fact ``c``'s interval meets reference ``r``'s widened by its margin."""
    lo = _ref_bound(r, r.lower) * (1 - r.margin)
    hi = _ref_bound(r, r.upper) * (1 + r.margin)
    return float(c.get("lower", 0.0)) <= hi and float(c.get("upper", 0.0)) >= lo


def _ref_bound(r: Reference, bound: float | None) -> float:
    """A reference's lower or upper bound in base units (its value when it has none)."""
    return float(to_base(bound if bound is not None else r.value, r.unit or "") or 0.0)


def build_facts(doc: Document, claims: Sequence[Claim], references: Sequence[Reference] = (),
                gazetteer: Sequence[str] = (), types: frozenset[str] | None = None,
                mentions: Mentions | None = None) -> FactSet:
    """All facts of one document (only the fact types in ``types``, when given), from its
    normalized claims and the mentions they were normalized from (``normalize.normalize``;
    found again the same way when not given). A figure past the document's figure limit
    (``normalize.over_limit``) gives no fact: it was not read, so no rule judges it."""
    if claims and over_limit(claims[-1]):
        claims = [c for c in claims if not over_limit(c)]
    codes = Interner()
    fs = FactSet()
    want = (lambda t: True) if types is None else (lambda t: t in types)
    sentence_no: dict[int, int] = {}
    claim_facts: dict[str, dict[str, Any]] = {}
    by_id = {c.id: c for c in claims}
    sides = Counter((c.group, c.subject) for c in claims if c.role == "share")
    found = mentions
    if found is None and (types is None or types & {"date", "period", "anniversary", "name",
                                                          "name_pair"}):
        found = mentions_of(doc)    # not given: found again, only when its facts are wanted
    days = update_days(doc.date, found.updates if found is not None else
                       document_updates(doc))
    paired: list[tuple[dict[str, Any], str]] = []
    for n, c in enumerate(claims, start=1):
        sn = sentence_no.setdefault(c.sentence[0], len(sentence_no))
        f = _claim_fact(c, n, doc, sn)
        f["level"] = _level(c, by_id, sides)
        if c.value is None and c.role == "record":
            # a record said with no figure (normalize.figureless_records): no value, measure
            # or period another figure's rules could pair it on; only the record rules read it
            f.update(measure="", has_measure=0, period="", has_period=0)
        # the group a count is of: the whole it is out of, the status its verb gives
        # (normalize.statuses) and the place its sentence or paragraph scopes it to
        # (normalize.locales: "In Punjab, ...") and the kind it names (petrol, diesel): figures
        # of two groups are never one restated
        ex = c.extra_dict() if c.extra else {}
        f["whole"] = "|".join(x for x in (_whole_of(c, by_id), f["status"],
                                          str(ex.get("locale") or ""),
                                          str(ex.get("kind") or "")) if x)
        f["has_whole"] = int(bool(f["whole"]))
        f.update(claim_fields(c, days))
        fs.add(f, codes) if want("claim") else None
        if not want("claim"):
            FactSet().add(f, codes)   # still normalised: derived facts read its fields
        claim_facts[c.id] = f
        if c.extra and PAIR_TOTAL in c.extra_dict():
            paired.append((f, str(c.extra_dict()[PAIR_TOTAL])))
    for f, total in paired:
        # a day's figure carries the running total it brings: its n and its interval
        t = claim_facts.get(total)
        if t is not None:
            f["pair_n"], f["pair_lower"], f["pair_upper"] = t["n"], t["lower"], t["upper"]
            t["day_n"], t["day_lower"], t["day_upper"] = f["n"], f["lower"], f["upper"]
    ruled_out = _open_readings(claims, references, claim_facts, doc.date)
    if ruled_out:
        references = [r for r in references if (r.claim, r.lag) not in ruled_out]
    _alone(claims, claim_facts)
    derived: list[dict[str, Any]] = []
    if want("sum"):
        derived += _sums(claims, claim_facts) + _listed_names(claims, claim_facts)
    if want("relation"):
        # "exact": an amount of change with no qualifier ("a gain of 219" from 202 to 411),
        # whose figures' own rounding the expected interval already allows; every other
        # relation (double, a third of, a percentage, a hedged amount) is loose words
        derived += [{**f, "exact": f.get("exact", 0)} for f in _relations(claims, claim_facts)]
    if want("date") or want("period") or want("anniversary"):
        derived += [f for f in _dates(found) if want(f["t"])]
    if want("name") or want("name_pair"):
        derived += [f for f in _name_facts(found, tuple(gazetteer)) if want(f["t"])]
    if want("reference"):
        derived += _reference_facts(references, claim_facts,
                                    {f["id"]: total for f, total in paired},
                                    _reading_bases(claims))
    if want("report_fit"):
        derived += report_fit_facts(claim_facts, references, _ref_bound,
                                    {c.id for c in claims if _day_named(c)})
    if want("running"):
        derived += running_facts(claims, claim_facts, _show_base, BIG)
    for f in derived:
        if f["fid"] in fs.by_fid:
            f["fid"] = f"{f['fid']}#{len(fs.facts)}"
        fs.add(f, codes)
    return fs
