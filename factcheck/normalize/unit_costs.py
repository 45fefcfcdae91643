"""Unit costs: an amount that is a price per unit times a quantity (issue #11, everyday78).

Called by ``relations.relate`` once changes and compared values are read. "A litre of petrol
cost 163.7p ... taking the cost of filling a typical 55-litre family car to £90.04";
"electricity costs 24.86p per kWh ... A home using a typical 2,700 kWh a year will pay
£671.22"; "Diesel has risen 30p a litre, adding £16.50 to the cost of filling a 55-litre
car"; "£205 for 100 litres, or £2.05 a litre". Reporters work the cost out from the price and
leave the multiplication to the reader.

- A **quantity** is a figure in a unit of a physical kind other than time (volume, energy,
  mass, length...), with no qualifier, that is no "a litre" naming the unit of a price.
- Its **cost** is an amount of money in its sentence (no rate itself) in a sentence that names
  paying ("cost", "filling", "pay", "adds"): the first amount after it, with no figure in the
  quantity's unit between ("55-litre family car now costs £100.74"), and an amount joined to
  that one by "and with diesel" ("..., and with diesel £103.85"); or an amount right before
  "for", "to the cost of" and a few words that lead to it ("adds £16.84 to the cost of filling
  a typical 55-litre car", "quoting £205 for 100 litres").
- A **price** is an amount per unit of the quantity's kind: written so ("173.7p a litre",
  "24.86p per kWh"), or an amount in a sentence that names one unit ("A litre of petrol cost
  163.7p"), in the cost's sentence or the three before it, a level or an amount of change
  (not a mark with a bound: "passed £2 a litre").

The cost gets ``("product", {"of": price, "by": quantity, "factor": the quantity in the
price's unit})``, which wrong-arithmetic judges with the figures'
written precision (engine_facts). Several prices may be meant (petrol and diesel, gas and
electricity): the cost is held to the price that comes nearest to it, so that it is flagged
only when every reading disagrees. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab
from .units import convert, same_dimension, subunits
from .sentences import by_sentence

_BEFORE = 3     # sentences before the cost's in which its price may stand
# a sentence that names paying for a quantity
_PAYING = re.compile(r"\b(?:cost(?:s|ing)?|fill(?:s|ing|ed)?|pa(?:y|ys|ying|id)|"
                     r"spen(?:d|ds|ding|t)|bills?|add(?:s|ed|ing)?|quot(?:e|es|ed|ing)|"
                     r"charg(?:e|es|ed|ing))\b")
# between a first cost and a second one of the same quantity: ", and with diesel"
_SECOND = re.compile(r",?[ \u00a0]+and[ \u00a0]+(?:with[ \u00a0]+)?[a-z]+(?:[ \u00a0]+[a-z]+)?"
                     r"[ \u00a0]+")
# between a cost said first and its quantity: "£205 for 100 litres", "£16.84 to the cost of
# filling a typical 55-litre"
_COST_FOR = re.compile(r"[ \u00a0]+(?:for|(?:to|on|off)[ \u00a0]+the[ \u00a0]+(?:cost|price)"
                       r"[ \u00a0]+of)(?:[ \u00a0]+[a-z]+){0,4}[ \u00a0]+")
# words before an amount that make it a value set against another, not a cost
_COMPARED_BEFORE = re.compile(r"\b(?:from|against|than|compared[ \u00a0]+(?:with|to)|versus)"
                              r"[ \u00a0]+(?:the[ \u00a0]+)?$")
# the words of a figure that names one unit of a price ("a litre", "per kWh")
_ONE_UNIT = re.compile(r"(?:an?|per|each|every)[ \u00a0]", re.I)
# one unit named in a sentence: "a litre of petrol", "per tonne"
_ONE_UNIT_WORDS = re.compile(r"\b(?:an?|per|each|every)[ \u00a0]+([a-z]+)\b")


def _money(unit: str) -> bool:
    """Whether ``unit`` is an amount of money (a currency or one of its sub-units)."""
    return unit in subunits()


def _quantity(low: str, d: dict[str, Any]) -> bool:
    """Whether ``d`` may be a quantity bought: a figure in a physical unit other than time."""
    u = d["unit"] or ""
    return bool(u) and u != "percent" and " / " not in u and not _money(u) and \
        d["value"] is not None and d["value"] > 0 and not d.get("qualifier") and \
        not _ONE_UNIT.match(low, d["start"]) and not same_dimension(u, "second")


def _cost(d: dict[str, Any]) -> bool:
    return _money(d["unit"] or "") and bool(d["value"]) and \
        not any(k == "conversion_of" for k, _ in d["extra"])


def _price_unit(low: str, drafts: list[dict[str, Any]], j: int) -> str | None:
    """The unit figure ``j`` is a price per, or None: the part after "/" of its unit, or the
    one unit its sentence names ("A litre of petrol cost 163.7p")."""
    p = drafts[j]
    u = p["unit"] or ""
    if _bound(p.get("qualifier")):
        return None     # ("passed £2 a litre": a mark, no price paid)
    if " / " in u:
        num, den = u.split(" / ", 1)
        return den if _money(num) and p["value"] else None
    if not _money(u) or not p["value"]:
        return None
    ones = {w for w in _ONE_UNIT_WORDS.findall(low, *p["sentence"]) if _unit_word(w)}
    return ones.pop() if len(ones) == 1 else None


@lru_cache(maxsize=1)
def _bound_words() -> frozenset[str]:
    """The qualifiers that bound a figure on one side ("more than", "passed", "up to"):
    rules/vocab/qualifiers.yaml phrases of the kinds gt, ge, lt, le and threshold."""
    phrases = vocab.load("qualifiers.yaml").get("phrases", {}) or {}
    return frozenset(" ".join(str(p).lower().split()) for p, k in phrases.items()
                     if k in ("gt", "ge", "lt", "le", "threshold"))


def _bound(qualifier: Any) -> bool:
    return bool(qualifier) and " ".join(str(qualifier).lower().split()) in _bound_words()


@lru_cache(maxsize=256)
def _unit_word(word: str) -> bool:
    """Whether ``word`` names a unit a quantity may be bought in ("litre", "gallon", "tonne";
    not money, not a stretch of time)."""
    return convert(1.0, word, word) is not None and not _money(word) and \
        not same_dimension(word, "second") and not same_dimension(word, "")


def _costs_of(low: str, drafts: list[dict[str, Any]], same: list[int], q: int) -> list[int]:
    """The costs of quantity ``q`` among the figures ``same`` of its sentence (module
    docstring)."""
    d = drafts[q]
    k = same.index(q)
    out: list[int] = []
    if k and _cost(drafts[same[k - 1]]) and \
            _COST_FOR.fullmatch(low, drafts[same[k - 1]]["end"], d["start"]):
        out.append(same[k - 1])
    after = same[k + 1:]
    first = next((n for n, j in enumerate(after) if _money(drafts[j]["unit"] or "") or
                  same_dimension(drafts[j]["unit"] or "", d["unit"])), None)
    if first is None or not _cost(drafts[after[first]]):
        return out
    c = after[first]
    if _COMPARED_BEFORE.search(low, max(d["end"], drafts[c]["start"] - 16), drafts[c]["start"]):
        return out
    out.append(c)
    if first + 1 < len(after) and _cost(drafts[after[first + 1]]) and \
            _SECOND.fullmatch(low, drafts[c]["end"], drafts[after[first + 1]]["start"]):
        out.append(after[first + 1])
    return out


def _nearest_price(drafts: list[dict[str, Any]], c: int, q: int, prices: list[tuple[int, str]]
                   ) -> tuple[int, float] | None:
    """The price of the candidates that, times quantity ``q``, comes nearest to cost ``c``, and
    the quantity in its unit; None when no candidate is per a unit of the quantity's kind."""
    d, cost = drafts[q], drafts[c]
    best: tuple[float, int, float] | None = None
    for j, per in prices:
        factor = convert(float(d["value"]), d["unit"], per)
        p = drafts[j]
        num = (p["unit"] or "").split(" / ")[0]
        if factor is None or j == c or not factor:
            continue
        worth = convert(float(p["value"]) * factor, num, cost["unit"])
        if worth is None:
            continue
        gap = abs(worth - float(cost["value"])) / max(abs(float(cost["value"])), 1e-9)
        if best is None or gap < best[0]:
            best = (gap, j, factor)
    return None if best is None else (best[1], best[2])


def unit_costs(low: str, drafts: list[dict[str, Any]]) -> None:
    """Mark each cost of a quantity with the price per unit it is worked from (module
    docstring)."""
    by_sent = by_sentence(drafts)
    order = list(by_sent)
    for s, key in enumerate(order):
        same = by_sent[key]
        if not _PAYING.search(low, key[0], key[1]):
            continue
        prices = [(j, per) for t in order[max(0, s - _BEFORE):s + 1] for j in by_sent[t]
                  if (per := _price_unit(low, drafts, j)) is not None]
        if not prices:
            continue
        for q in same:
            if not _quantity(low, drafts[q]):
                continue
            for c in _costs_of(low, drafts, same, q):
                if any(k == "product" for k, _ in drafts[c]["extra"]):
                    continue
                found = _nearest_price(drafts, c, q, prices)
                if found is None:
                    continue
                drafts[c]["extra"].append(("product", {"of": found[0], "by": q,
                                                       "factor": found[1]}))
