"""``conflict``: two claims of one measure, subject and period whose intervals cannot both hold.

Each claim carries the interval its wording allows ("about 1,600" is 1,550-1,650 or so); two
claims clash when one's interval lies wholly beyond the other's (by ``tolerance``). Params:
``same`` (fields that must be equal; default measure, subject, period, cumulative),
``compatible`` (fields that must be equal only when both claims have one: ``source``),
``optional`` (fields of ``same`` that two claims may both lack: an everyday story's figures
that name no entity are about its one topic),
``tolerance`` (extra room, a fraction), ``max_ratio`` and ``ratio_floor`` (figures further apart
than ``max_ratio`` times, plus ``ratio_floor``, are different scopes, not a typo; 0 is off),
``distinct_sentences`` (true: two figures of one sentence are never one figure stated twice,
as in "644 of 650 seats have declared: Labour 410"; default false),
``order`` (the claim field that says which figure is the later one, b: ``n``, the text's
order, by default; ``rn`` puts the headline's, standfirst's and key points' figures after the
body's, so that b is the restatement),
``agree`` (true: the pair's intervals overlap instead, so b agrees with a figure the story
gives before it in ``order``; a rule that gives this a ``verdict: supported`` is what another
rule's ``unless`` cancels a restatement's conflicts with: a restatement is contradicted only
when no figure of its key agrees) and ``earlier`` (tests on a alone, as ``where``: ``{lead: 0}``,
the figure agreed with is the body's), ``later`` (tests on b alone: ``{lead: 1}``, only a
headline's, standfirst's or key point's figure, so that the pairs stay few) and
``open_earlier`` (fields a may lack: ``[measure]``,
"the appeal stands at £10.5 million" may be the money raised a headline restates).
Example (rules/consistency/conflicting-figures.yaml)::

    check: conflict
    params: {same: [measure, subject, period, cumulative, place], compatible: [source]}
    where: {role: ["", total, item]}
"""

from __future__ import annotations

from itertools import product
from typing import Any

from ..checktype import (SAME, CheckType, Params, Pattern, Where, compatible, merge, nonempty,
                         ref, same)


def build(p: Params, where: Where) -> Pattern:
    tol = float(p["tolerance"])
    fields = list(p["same"])
    optional = set(p.get("optional", []))
    base = merge({"has_value": 1}, nonempty([f for f in fields if f not in optional]), where)
    if p["agree"]:
        return _agreement(p, where, fields, optional, tol)
    scale: dict[str, Any] = {}
    if float(p["max_ratio"]) > 0:
        k, floor = float(p["max_ratio"]), float(p["ratio_floor"])
        # b <= k*a + floor and a <= k*b + floor (symmetric: a is merely the earlier one)
        scale = {"value": {"le": ref("a", "value", k, floor),
                           "ge": ref("a", "value", 1 / k, -floor / k)}}
    apart = {"sentence": {"ne": ref("a", "sentence")}} if p["distinct_sentences"] else {}
    order = p["order"]
    clash = [{"upper": {"lt": ref("a", "lower", 1 - tol)}},
             {"lower": {"gt": ref("a", "upper", 1 + tol)}}]
    return {"facts": [
        {"as": "a", "type": "claim", "where": base},
        {"as": "b", "type": "claim",
         "where": merge(base, same(fields + ["dim"]), {order: {"gt": ref("a", order)}}, scale,
                        apart),
         "any": [merge(c, k) for c in clash for k in compatible(p.get("compatible", []))]}],
        "anchor": "b"}


def _agreement(p: Params, where: Where, fields: list[str], optional: set[str],
               tol: float) -> Pattern:
    """``agree``: b and an earlier figure a (in ``order``, a also passing ``earlier``) of one
    key whose intervals overlap (by ``tolerance``): b restates a figure the story gives. A
    field of ``open_earlier`` a may lack (a figure whose measure the words leave open may be
    the one restated), else it is as ``same``."""
    open_a = [f for f in p["open_earlier"] if f in fields]
    keyed = [f for f in fields if f not in open_a]
    need = [f for f in fields if f not in optional]
    base_a = merge({"has_value": 1}, nonempty([f for f in need if f not in open_a]), where,
                   p["earlier"])
    base_b = merge({"has_value": 1}, nonempty(need), where, p["later"])
    apart = {"sentence": {"ne": ref("a", "sentence")}} if p["distinct_sentences"] else {}
    order = p["order"]
    overlap = {"upper": {"ge": ref("a", "lower", 1 - tol)},
               "lower": {"le": ref("a", "upper", 1 + tol)}}
    return {"facts": [
        {"as": "a", "type": "claim", "where": base_a},
        {"as": "b", "type": "claim",
         "where": merge(base_b, same(keyed + ["dim"]), {order: {"gt": ref("a", order)}}, apart,
                        overlap),
         "any": [merge(c, *k) for c in compatible(p.get("compatible", []))
                 for k in product(*[_same_or_open(f) for f in open_a])]}],
        "anchor": "b"}


def _same_or_open(f: str) -> list[Where]:
    """b's field equal to a's, or a lacking one (b has one: ``where`` wants it)."""
    return [{f: {"eq": ref("a", f)}}, {f"has_{f}": {"gt": ref("a", f"has_{f}")}}]


CHECK = CheckType(
    "conflict", "two claims of one measure, subject and period whose intervals cannot both hold",
    {"same": SAME, "compatible": [], "optional": [], "tolerance": 0.0, "max_ratio": 0.0,
     "ratio_floor": 0.0, "distinct_sentences": False, "order": "n", "agree": False,
     "earlier": {}, "later": {}, "open_earlier": []},
    build)
