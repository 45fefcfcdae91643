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

# Test-only switch: emit the shape durable_rules 2.0.28 mishandles (comparisons in the same $and
# right after the equalities, docs/engine.md), so that tests/test_engine_memcheck.py can prove its
# runner reports it. Nothing but that test may set it.
UNSAFE_SHAPE_FOR_TESTS = False

Pattern = Iterable[tuple[str, str]]          # (name, fact type), in order
Branch = Mapping[str, list[Test]]            # name -> its tests, for one alternative


def tuple_key(alias: str, fld: str) -> str:
    """The field of a tuple fact that holds ``fld`` of the fact bound to ``alias``."""
    return f"{alias}__{fld}"


def _operand(ref: tuple[str, str, float, float], kind: str, own: str | None) -> Any:
    """A reference as a durable expression: in the tuple form (``own`` None) a field of the
    same fact (``$m``); in the join form, ``{name: field}`` of another fact, or ``$m`` for the
    fact's own field."""
    alias, fld, times, plus = ref
    name = fld + ("_k" if kind == "str" else "")
    if own is None:
        expr: Any = {"$m": tuple_key(alias, name)}
    else:
        expr = {"$m": name} if alias == own else {alias: name}
    if times != 1.0:
        expr = {"$mul": {"$l": expr, "$r": times}}
    if plus:
        expr = {"$add": {"$l": expr, "$r": plus}}
    return expr


def _conjunction(first: list[dict[str, Any]], tests: list[tuple[str, Test, str]],
                 own: str | None) -> dict[str, Any]:
    """``first``, literal tests, equalities between facts' fields, then every comparison and
    arithmetic inside one trailing single-branch {"$or": [{"$and": [...]}]} (the safe shape;
    ``UNSAFE_SHAPE_FOR_TESTS`` puts them straight after the equalities instead). ``tests``:
    (durable key, test, kind of the tested field)."""
    literal = list(first)
    equal: list[dict[str, Any]] = []
    rest: list[dict[str, Any]] = []
    for key, t, kind in tests:
        if t.ref is None:
            literal.append({key: t.value} if t.op == "eq" else {OPS[t.op]: {key: t.value}})
            continue
        key += "_k" if kind == "str" else ""
        right = _operand(t.ref, kind, own)
        if t.op == "eq" and t.ref[2] == 1.0 and not t.ref[3]:
            equal.append({key: right})
        else:
            rest.append({key: right} if t.op == "eq" else {OPS[t.op]: {key: right}})
    parts = literal + equal
    if rest and UNSAFE_SHAPE_FOR_TESTS:
        parts += rest
    elif rest:
        parts.append({"$or": [{"$and": rest}]})
    return parts[0] if len(parts) == 1 else {"$and": parts}


def condition(pattern: Pattern, branch: Branch) -> dict[str, Any]:
    """One alternative of a rule as one durable condition over a tuple fact, in the only shape
    we emit: {"t": "tuple"}, literal tests, equalities between fields of the tuple, then every
    comparison and arithmetic inside one trailing single-branch {"$or": [{"$and": [...]}]}."""
    tests = [(tuple_key(alias, t.field), t, FACT_TYPES[ftype][t.field])
             for alias, ftype in pattern for t in branch[alias]]
    return _conjunction([{"t": TUPLE}], tests, None)


def join_conditions(pattern: Pattern, branch: Branch) -> list[dict[str, Any]]:
    """The same alternative as durable_rules joins: one condition per bound name, each over a
    fact of its own type, comparing with earlier names' facts (``[{name: condition}, ...]``).

    factcheck never runs this form: durable_rules 2.0.28 mishandles joins across facts
    (docs/engine.md). tests/test_engine_memcheck.py compiles rules with it to prove that the
    memcheck runner reports the unsafe shape."""
    return [{alias: _conjunction([{"t": ftype}],
                                 [(t.field, t, FACT_TYPES[ftype][t.field]) for t in branch[alias]],
                                 alias)}
            for alias, ftype in pattern]


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
