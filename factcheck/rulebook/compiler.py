"""Compiling a rule's branches to durable_rules conditions (plain JSON-like dicts).

Every durable rule matches ONE fact: a tuple that binds one fact per name of the rule's pattern
(fields ``<name>__<field>``, built by ``factcheck.engine``). Joins happen inside that fact
through ``$m`` references, never across durable facts. A condition holds, in this order: the
tuple's type, literal tests, equalities between fields of the tuple, then every comparison and
arithmetic inside one trailing single-branch ``{"$or": [{"$and": [...]}]}``: the only shape we
measured to run clean and right on durable_rules 2.0.28 (docs/engine.md). Words are compared
between facts through integer codes (``<field>_k``). This module must not import durable_rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .facts import FACT_TYPES
from .language import OPS, Test

TUPLE = "tuple"

Pattern = Iterable[tuple[str, str]]          # (name, fact type), in order
Branch = Mapping[str, list[Test]]            # name -> its tests, for one alternative


def tuple_key(alias: str, fld: str) -> str:
    """The field of a tuple fact that holds ``fld`` of the fact bound to ``alias``."""
    return f"{alias}__{fld}"


def _operand(ref: tuple[str, str, float, float], kind: str) -> Any:
    alias, fld, times, plus = ref
    expr: Any = {"$m": tuple_key(alias, fld + ("_k" if kind == "str" else ""))}
    if times != 1.0:
        expr = {"$mul": {"$l": expr, "$r": times}}
    if plus:
        expr = {"$add": {"$l": expr, "$r": plus}}
    return expr


def condition(pattern: Pattern, branch: Branch) -> dict[str, Any]:
    """One alternative of a rule as one durable condition over a tuple fact, in the only shape
    we emit: {"t": "tuple"}, literal tests, equalities between fields of the tuple, then every
    comparison and arithmetic inside one trailing single-branch {"$or": [{"$and": [...]}]}."""
    literal: list[dict[str, Any]] = [{"t": TUPLE}]
    equal: list[dict[str, Any]] = []
    rest: list[dict[str, Any]] = []
    for alias, ftype in pattern:
        for t in branch[alias]:
            kind = FACT_TYPES[ftype][t.field]
            if t.ref is None:
                key = tuple_key(alias, t.field)
                literal.append({key: t.value} if t.op == "eq" else {OPS[t.op]: {key: t.value}})
                continue
            key = tuple_key(alias, t.field + ("_k" if kind == "str" else ""))
            right = _operand(t.ref, kind)
            if t.op == "eq" and t.ref[2] == 1.0 and not t.ref[3]:
                equal.append({key: right})
            else:
                rest.append({key: right} if t.op == "eq" else {OPS[t.op]: {key: right}})
    parts = literal + equal
    if rest:
        parts.append({"$or": [{"$and": rest}]})
    return parts[0] if len(parts) == 1 else {"$and": parts}


def tuple_fields(pattern: Pattern, branches: Iterable[Branch]) -> dict[str, tuple[str, ...]]:
    """Per bound name, the fields the conditions read (what a tuple fact must carry)."""
    types = dict(pattern)
    need: dict[str, set[str]] = {a: set() for a in types}
    for branch in branches:
        for alias, tests in branch.items():
            for t in tests:
                kind = FACT_TYPES[types[alias]][t.field]
                coded = kind == "str" and t.ref is not None
                need[alias].add(t.field + ("_k" if coded else ""))
                if t.ref is not None:
                    rkind = FACT_TYPES[types[t.ref[0]]][t.ref[1]]
                    need[t.ref[0]].add(t.ref[1] + ("_k" if rkind == "str" else ""))
    return {a: tuple(sorted(f)) for a, f in need.items()}
