"""What a check type is, and the small builders check types share.

A check type is Python that expands a rule's data (its ``params`` and ``where``) into a
*pattern*: facts bound to names, each with tests written in the rule language
(``factcheck.rulebook.language``). Each check type lives in its own module of
``factcheck.rulebook.checks``; this module holds only what several of them use. It must not
import any check module (they are independent of each other and import this one).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .facts import FACT_TYPES

Params = dict[str, Any]
Where = dict[str, Any]
Pattern = dict[str, Any]      # {"facts": [{as, type, where, any}], "anchor": name}

# The fields two claims must share to be "the same figure" unless a rule says otherwise.
SAME = ["measure", "subject", "period", "cumulative"]


@dataclass(frozen=True)
class CheckType:
    """A generic check: its name (``check:`` in rule files), a one-line summary, the params it
    accepts with their defaults (a param's type is its default's), and the builder that turns
    (params, where) into a pattern. ``where_applies_to`` is the fact type ``where`` filters."""

    name: str
    summary: str
    params: dict[str, Any]
    build: Callable[[Params, Where], Pattern]
    where_applies_to: str = "claim"


def ref(alias: str, fld: str, times: float = 1.0, plus: float = 0.0) -> dict[str, Any]:
    """A reference operand: ``times * alias.fld + plus``."""
    d: dict[str, Any] = {"field": f"{alias}.{fld}"}
    if times != 1.0:
        d["times"] = times
    if plus:
        d["plus"] = plus
    return d


def merge(*wheres: Where) -> Where:
    """``where`` mappings in one: a field tested twice keeps both tests (under ``$also``)."""
    out: Where = {}
    for w in wheres:
        for k, v in w.items():
            if k == "$also":
                out.setdefault("$also", []).extend(v)
            elif k in out:
                out.setdefault("$also", []).append({k: v})
            else:
                out[k] = v
    return out


def same(fields: Iterable[str], alias: str = "a") -> Where:
    """Each field equal to the same field of the fact bound to ``alias``."""
    return {f: {"eq": ref(alias, f)} for f in fields}


# claim fields that are "" for most claims and still compared: two figures with no place
# (neither is a distance) have the same place; two figures of no past era (neither dated over
# a year before publication) are of the story's present
OPTIONAL_SAME = frozenset({"place", "era"})


def nonempty(fields: Iterable[str]) -> Where:
    """Each word field of a claim given (not ""), except those that may be empty and equal."""
    return {f: ({"ne": ""} if FACT_TYPES["claim"].get(f) == "str" else {"eq": 1})
            for f in fields if f in FACT_TYPES["claim"] and FACT_TYPES["claim"][f] == "str"
            and f not in OPTIONAL_SAME}


def compatible(fields: Iterable[str]) -> list[Where]:
    """Alternatives for fields that must be equal only when both claims have one ("1,600"
    in the key points and "1,900, the General Staff said" are one figure; "45, the air force
    said" and "15, Moscow claimed" are two sides' figures): b has none, or b has one and a
    has none, or they are equal. Each field needs its yes/no ``has_<field>``."""
    alts: list[Where] = [{}]
    for f in fields:
        if f"has_{f}" not in FACT_TYPES["claim"]:
            raise ValueError(f"'compatible' field '{f}' has no 'has_{f}' yes/no field")
        alts = [merge(a, k) for a in alts for k in (
            {f"has_{f}": {"eq": 0}},
            {f"has_{f}": {"gt": ref("a", f"has_{f}")}},
            {f: {"eq": ref("a", f)}})]
    return alts


def relation_pattern(kinds: list[str], p: Params, where: Where) -> Pattern:
    """A relation fact of one of ``kinds`` whose stated figure is outside the expected one
    (by ``tolerance``; by ``exact_tolerance``, when given, for one stated exactly), or, with
    ``dimensions``, in another kind of unit."""
    tol = float(p["tolerance"])
    lo, hi = (("expected_value", "expected_value") if p["expected"] == "value"
              else ("expected_lower", "expected_upper"))
    exact = p.get("exact_tolerance")
    if exact is None or float(exact) < 0 or float(exact) == tol:
        alts = [{"a_dim": {"eq": ref("r", "b_dim")}, "a_upper": {"lt": ref("r", lo, 1 - tol)}},
                {"a_dim": {"eq": ref("r", "b_dim")}, "a_lower": {"gt": ref("r", hi, 1 + tol)}}]
    else:
        # a relation stated exactly (a change in digits, no qualifier) is held to
        # ``exact_tolerance``; loose words ("double", "a third of") to ``tolerance``
        alts = [{"exact": x, "a_dim": {"eq": ref("r", "b_dim")},
                 "a_upper": {"lt": ref("r", lo, 1 - t)}} for x, t in ((0, tol),
                                                                  (1, float(exact)))]
        alts += [{"exact": x, "a_dim": {"eq": ref("r", "b_dim")},
                  "a_lower": {"gt": ref("r", hi, 1 + t)}} for x, t in ((0, tol),
                                                                   (1, float(exact)))]
    if p.get("dimensions", False):
        alts.append({"a_dim": {"ne": ref("r", "b_dim")}})
    return {"facts": [{"as": "r", "type": "relation",
                       "where": merge({"kind": kinds}, where), "any": alts}],
            "anchor": "r"}
