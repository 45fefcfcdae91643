"""The rule language: ``where`` tests, references to other facts' fields, patterns, templates.

A rule's pattern binds facts to names (``{as: a, type: claim, where: {...}, any: [...]}``); each
``where`` maps a field to a literal, a list of literals (any of them), a reference
``{field: name.field, times: k, plus: c}`` or ``{op: operand}`` with op in eq, ne, lt, le, gt,
ge, in. This module turns that data into ``Test`` records in disjunctive normal form (one list of
alternatives per rule, at most ``MAX_BRANCHES``), checking every name, field and kind against
``facts.FACT_TYPES``. It knows nothing of check types or of durable_rules.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Any

from .facts import FACT_TYPES
from .loader import ErrorContext

OPS = {"eq": None, "ne": "$neq", "lt": "$lt", "le": "$lte", "gt": "$gt", "ge": "$gte"}
MAX_BRANCHES = 64


@dataclass(frozen=True)
class Test:
    """One atomic test: ``field op operand``; operand is a literal or a Ref."""

    field: str
    op: str
    value: Any = None
    ref: tuple[str, str, float, float] | None = None   # (alias, field, times, plus)


def parse_operand(ctx: ErrorContext, at: tuple[Any, ...], v: Any, aliases: dict[str, str],
                  own: str) -> tuple[Any, tuple[str, str, float, float] | None]:
    """One operand -> (literal, None) or (None, (alias, field, times, plus))."""
    if isinstance(v, dict):
        unknown = set(v) - {"field", "times", "plus"}
        if "field" not in v or unknown:
            raise ctx.fail(at, "a reference to another value is written {field: name.field}"
                           " with optional times: and plus:"
                           + (f" (unknown key '{sorted(unknown)[0]}')" if unknown else ""))
        ref = v["field"]
        if not isinstance(ref, str) or ref.count(".") != 1:
            raise ctx.fail(at, f"reference {ref!r} must be name.field")
        alias, fld = ref.split(".")
        if alias not in aliases:
            raise ctx.fail(at, f"reference {ref!r} names '{alias}', which is not bound before "
                           f"this fact (bound: {', '.join(aliases) or 'none'})")
        if fld not in FACT_TYPES[aliases[alias]]:
            raise ctx.fail(at, f"reference {ref!r}: a {aliases[alias]} fact has no field "
                           f"'{fld}'")
        for k in ("times", "plus"):
            if k in v and (not isinstance(v[k], (int, float)) or isinstance(v[k], bool)):
                raise ctx.fail(at, f"'{k}' must be a number")
        return None, (alias, fld, float(v.get("times", 1.0)), float(v.get("plus", 0.0)))
    if isinstance(v, bool):
        return int(v), None
    if v is None:
        return "", None
    if not isinstance(v, (int, float, str)):
        raise ctx.fail(at, f"value {v!r} must be a number, a word or {{field: name.field}}")
    return v, None


def parse_tests(ctx: ErrorContext, at: tuple[Any, ...], where: Any, ftype: str, own: str,
                aliases: dict[str, str]) -> list[list[Test]]:
    """A `where` mapping -> alternatives (DNF): each alternative is a list of atomic tests."""
    if where is None:
        return [[]]
    if not isinstance(where, dict):
        raise ctx.fail(at, "'where' must map field names to tests")
    fields = FACT_TYPES[ftype]
    groups: list[list[list[Test]]] = []
    items: list[tuple[tuple[Any, ...], str, Any]] = []
    for k, v in where.items():
        if k == "$also":
            for i, extra in enumerate(v):
                for kk, vv in extra.items():
                    items.append((at, kk, vv))
        else:
            items.append((at + (k,), k, v))
    for kat, k, v in items:
        if k not in fields:
            raise ctx.fail(kat, f"unknown field '{k}' for a {ftype} fact (fields: "
                           f"{', '.join(sorted(fields))})")
        kind = fields[k]
        if kind == "text":
            raise ctx.fail(kat, f"field '{k}' holds words for messages; it cannot be tested")
        alts: list[list[Test]] = []
        if isinstance(v, list):
            vals = [parse_operand(ctx, kat, x, aliases, own)[0] for x in v]
            alts = [[Test(k, "eq", x)] for x in vals]
        elif isinstance(v, dict) and "field" not in v:
            conj: list[Test] = []
            for op, operand in v.items():
                if op == "in":
                    if not isinstance(operand, list) or not operand:
                        raise ctx.fail(kat, "'in' takes a list of values")
                    alts = [[Test(k, "eq", parse_operand(ctx, kat, x, aliases, own)[0])]
                            for x in operand]
                    continue
                if op not in OPS:
                    raise ctx.fail(kat, f"unknown test '{op}' on '{k}' (use eq, ne, lt, le, "
                                   f"gt, ge, in)")
                lit, ref = parse_operand(ctx, kat, operand, {**aliases, own: ftype}, own)
                if ref and kind == "str":
                    if op not in ("eq", "ne") or ref[2] != 1.0 or ref[3]:
                        raise ctx.fail(kat, f"'{k}' is a word: compare it with eq or ne only")
                    if FACT_TYPES[{**aliases, own: ftype}[ref[0]]][ref[1]] != "str":
                        raise ctx.fail(kat, f"'{k}' is a word and '{ref[1]}' is not")
                elif ref and FACT_TYPES[{**aliases, own: ftype}[ref[0]]][ref[1]] != "num":
                    raise ctx.fail(kat, f"'{k}' is a number and '{ref[1]}' is not")
                elif not ref and op not in ("eq", "ne") and not isinstance(lit, (int, float)):
                    raise ctx.fail(kat, f"'{op}' compares numbers; {lit!r} is not one")
                conj.append(Test(k, op, lit, ref))
            if conj:
                alts = [a + conj for a in alts] if alts else [conj]
        else:
            lit, ref = parse_operand(ctx, kat, v, {**aliases, own: ftype}, own)
            if ref and kind == "str" and FACT_TYPES[{**aliases, own: ftype}[ref[0]]][ref[1]] != "str":
                raise ctx.fail(kat, f"'{k}' is a word and '{ref[1]}' is not")
            alts = [[Test(k, "eq", lit, ref)]]
        groups.append(alts)
    out: list[list[Test]] = [[]]
    for alts in groups:
        out = [a + b for a in out for b in alts]
        if len(out) > MAX_BRANCHES:
            raise ctx.fail(at, f"too many alternatives (more than {MAX_BRANCHES})")
    return out


def expand(ctx: ErrorContext, pattern: dict[str, Any], from_rule: bool) -> tuple[
        tuple[tuple[str, str], ...], tuple[dict[str, list[Test]], ...]]:
    """A pattern -> its (name, fact type) bindings and its branches: per alternative, the
    tests of each bound name. ``from_rule``: the pattern is the rule's own ``facts`` (errors
    point at them), else a check type built it (errors point at ``check``)."""
    facts = pattern.get("facts") or []
    if not facts:
        raise ctx.fail(("facts",), "check: pattern needs 'facts'")
    aliases: dict[str, str] = {}
    per_fact: list[tuple[str, list[list[Test]]]] = []
    for i, f in enumerate(facts):
        at = ("facts", i) if from_rule else ("check",)
        alias, ftype = f["as"], f["type"]
        if alias in aliases:
            raise ctx.fail(at, f"name '{alias}' is bound twice")
        alts = parse_tests(ctx, at + ("where",), f.get("where"), ftype, alias, aliases)
        if f.get("any"):
            ors: list[list[Test]] = []
            for j, alt in enumerate(f["any"]):
                ors += parse_tests(ctx, at + ("any", j), alt, ftype, alias, aliases)
            alts = [a + b for a in alts for b in ors]
        if i == 0 and any(t.ref and t.ref[0] != alias for a in alts for t in a):
            raise ctx.fail(at, "the first fact cannot refer to another fact")
        aliases[alias] = ftype
        per_fact.append((alias, alts))
    combos = list(itertools.product(*[alts for _, alts in per_fact]))
    if len(combos) > MAX_BRANCHES:
        raise ctx.fail(("facts",) if from_rule else ("check",),
                       f"too many alternatives (more than {MAX_BRANCHES})")
    branches = tuple({alias: list(c[i]) for i, (alias, _) in enumerate(per_fact)}
                     for c in combos)
    return tuple(aliases.items()), branches


TEMPLATE = re.compile(r"\{([a-z][a-z0-9_]*)\.([a-z_][a-z0-9_]*)(?::[^{}]*)?\}")


def check_template(ctx: ErrorContext, key: str, template: str, aliases: dict[str, str]) -> None:
    """A message or suggestion template names only bound facts and their fields."""
    for m in TEMPLATE.finditer(template):
        alias, fld = m.groups()
        if alias not in aliases:
            raise ctx.fail((key,), f"{key} template names '{alias}', which the rule does not "
                           f"bind (bound: {', '.join(aliases)})")
        # ("measure_said", "unit_said": the measure and the unit in an editor's words, made
        # from those fields by render)
        if fld not in FACT_TYPES[aliases[alias]] and fld not in ("claims",) and not (
                fld in ("measure_said", "unit_said") and
                fld.partition("_")[0] in FACT_TYPES[aliases[alias]]):
            raise ctx.fail((key,), f"{key} template: a {aliases[alias]} fact has no field "
                           f"'{fld}'")
    stripped = TEMPLATE.sub("", template)
    if "{" in stripped or "}" in stripped:
        raise ctx.fail((key,), f"{key} template has a brace that is not {{name.field}}")

