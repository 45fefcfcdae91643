"""Rule files -> validated rules -> durable_rules ruleset definitions (plain JSON-like dicts).

A rule is one YAML file, ``rules/<pack>/<id>.yaml``, read with the safe loader and validated
against ``factcheck/schemas/rule.schema.json``. It names one of a handful of generic *check
types* written here in Python (``CHECKS``) and parameterises it with data (``where`` filters,
``params`` thresholds, a message template). A check type expands into a *pattern*: facts bound
to names, each with tests on its fields. ``check: pattern`` lets a rule spell the pattern out
itself, so that a new pack (prior reports, reference data) needs no Python.

Patterns compile to durable_rules conditions, in the only shape we measured to run clean and
right on durable_rules 2.0.28 (docs/engine.md): every durable rule matches ONE fact, a tuple
that binds one fact per name of the pattern (fields ``<name>__<field>``, built by
factcheck.engine); its condition holds literal tests first, then equalities between fields of
the tuple, then every comparison and arithmetic inside one trailing single-branch
``{"$or": [{"$and": [...]}]}``. No disjunction reaches the engine (alternatives become separate
durable rules), and words are compared between facts through integer codes (``<field>_k``).

Malformed rule files raise ``RuleFileError(path, line, message)``: one line, never a traceback,
never a silently skipped rule. This module must not import durable_rules (only
``factcheck.engine`` does) and must not run code from rule files (safe YAML, no eval).
"""

from __future__ import annotations

import copy
import hashlib
import itertools
import json
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .model import SEVERITIES
from .resources import rules_dir, schema_path

COMPILER_VERSION = "3"
OVERRIDE_VALUES = ("off", "on") + SEVERITIES
MAX_BRANCHES = 64


class RuleFileError(Exception):
    """A rule or vocabulary file that cannot be used: file, line and what is wrong."""

    def __init__(self, path: str | Path, line: int | None, message: str):
        self.path = str(path)
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


# --------------------------------------------------------------------------------------------
# The facts rules can match (built by factcheck.engine_facts). Kinds: "num" (numbers, 0/1 for
# yes/no), "str" (categorical: compared across facts through the integer code <field>_k),
# "text" (words shown in messages; never compared).

_SPAN = {"start": "num", "end": "num", "anchor": "text", "text": "text"}
FACT_TYPES: dict[str, dict[str, str]] = {
    "claim": {
        **_SPAN, "id": "str", "n": "num", "value": "num", "lower": "num", "upper": "num",
        "has_value": "num", "open_lower": "num", "open_upper": "num",
        "unit": "str", "dim": "str", "measure": "str", "subject": "str", "period": "str",
        "pstart": "num", "pend": "num", "has_period": "num", "source": "str", "has_source": "num",
        "hedge": "str", "hedged": "num", "cumulative": "num", "quoted": "num", "section": "str",
        "role": "str", "group": "str", "qualifier": "str", "sentence": "num", "pub": "num",
        "display": "text", "noun": "str", "converted": "num", "place": "str",
    },
    "sum": {
        **_SPAN, "kind": "str", "group": "str", "count": "num", "parts_value": "num",
        "claims": "text",
        "parts_lower": "num", "parts_upper": "num", "has_total": "num", "total_n": "num",
        "total_value": "num", "total_lower": "num", "total_upper": "num", "measure": "str",
        "parts_text": "text", "total_text": "text", "parts_display": "text",
        "total_display": "text", "unit_display": "text",
    },
    "relation": {
        **_SPAN, "kind": "str", "claim_n": "num", "of_n": "num", "factor": "num",
        "amount": "num", "direction": "str", "a_value": "num", "a_lower": "num",
        "a_upper": "num", "expected_value": "num", "expected_lower": "num",
        "expected_upper": "num", "a_dim": "str", "b_dim": "str", "measure": "str",
        "a_text": "text", "b_text": "text", "expected_display": "text", "words": "text",
        "claim": "text", "of": "text", "a_display": "text",
    },
    "date": {
        **_SPAN, "day": "num", "pub": "num", "has_pub": "num", "weekday_stated": "num",
        "weekday_actual": "num", "future_cue": "num", "iso": "text", "weekday_name": "text",
        "actual_name": "text", "pub_iso": "text",
    },
    "period": {
        **_SPAN, "first": "num", "last": "num", "first_iso": "text", "last_iso": "text",
    },
    "name": {
        **_SPAN, "key": "str", "in_gazetteer": "num", "nearest": "text",
        "nearest_score": "num", "count": "num", "inflected": "num",
    },
    "name_pair": {
        **_SPAN, "similarity": "num", "a_text": "text", "b_text": "text", "a_count": "num",
        "b_count": "num", "a_in_gazetteer": "num", "b_in_gazetteer": "num", "inflected": "num",
    },
    "reference": {
        **_SPAN, "claim_n": "num", "index": "num", "kind": "str", "role": "str",
        "measure": "str", "subject": "str", "value": "num", "lower": "num", "upper": "num",
        "day": "num", "lag": "num", "cumulative": "num", "correction": "num",
        "has_correction": "num", "source": "str", "document": "str", "display": "text",
        "date_iso": "text", "claim": "text", "detail": "text",
    },
}
# Fields that hold claim ids: the claims a finding involves (for evidence and verdicts).
CLAIM_FIELDS = {"claim": ("id",), "sum": ("claims",), "relation": ("claim", "of"),
                "reference": ("claim",)}
OPS = {"eq": None, "ne": "$neq", "lt": "$lt", "le": "$lte", "gt": "$gt", "ge": "$gte"}


# --------------------------------------------------------------------------------------------
# Rules


@dataclass(frozen=True)
class Test:
    """One atomic test: ``field op operand``; operand is a literal or a Ref."""

    field: str
    op: str
    value: Any = None
    ref: tuple[str, str, float, float] | None = None   # (alias, field, times, plus)


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    severity: str
    check: str
    message: str
    description: str
    examples: tuple[tuple[str, str], ...]
    references: tuple[str, ...]
    path: str
    line: int
    pack: str
    pattern: tuple[tuple[str, str], ...]      # (alias, fact type), in order
    branches: tuple[Any, ...]                  # per durable rule: {alias: [Test, ...]}
    anchor: str
    suggestion: str | None = None
    verdict: str | None = None
    enabled: bool = True
    default_severity: str = ""
    params: tuple[tuple[str, Any], ...] = ()
    unless: tuple[str, ...] = ()

    def example(self, kind: str) -> str:
        return dict(self.examples).get(kind, "")

    def fact_types(self) -> frozenset[str]:
        return frozenset(t for _, t in self.pattern)

    def alias_type(self, alias: str) -> str:
        return dict(self.pattern)[alias]

    def durable_rules(self) -> dict[str, dict[str, Any]]:
        """The durable_rules definitions of this rule: name -> {"all": [{"p": condition}]}.

        Every rule matches ONE fact: a tuple that binds one fact per name of the rule's pattern
        (fields ``<name>__<field>``), built by factcheck.engine. Joins happen inside that fact
        through ``$m`` references, never across durable facts (see docs/engine.md).
        """
        return {f"{self.id}#{k}": {"all": [{"p": _condition(self, branch)}]}
                for k, branch in enumerate(self.branches)}

    def tuple_fields(self) -> dict[str, tuple[str, ...]]:
        """Per bound name, the fields the conditions read (what a tuple fact must carry)."""
        need: dict[str, set[str]] = {a: set() for a, _ in self.pattern}
        for branch in self.branches:
            for alias, tests in branch.items():
                for t in tests:
                    kind = FACT_TYPES[self.alias_type(alias)][t.field]
                    coded = kind == "str" and t.ref is not None
                    need[alias].add(t.field + ("_k" if coded else ""))
                    if t.ref is not None:
                        rkind = FACT_TYPES[self.alias_type(t.ref[0])][t.ref[1]]
                        need[t.ref[0]].add(t.ref[1] + ("_k" if rkind == "str" else ""))
        return {a: tuple(sorted(f)) for a, f in need.items()}


@dataclass
class Rulebook:
    """All loaded rules (including switched-off ones), the gazetteer, and the cache key."""

    rules: dict[str, Rule]
    gazetteer: tuple[str, ...] = ()
    digest: str = ""
    sources: tuple[str, ...] = ()

    def active(self) -> list[Rule]:
        return [r for r in self.rules.values() if r.enabled]

    def get(self, rule_id: str) -> Rule:
        return self.rules[rule_id]

    def __contains__(self, rule_id: str) -> bool:
        return rule_id in self.rules

    def rulesets(self) -> dict[str, dict[str, Any]]:
        """Ruleset name (the rule id) -> durable definition, for every enabled rule."""
        return {r.id: r.durable_rules() for r in self.active()}

    def metadata(self) -> dict[str, dict[str, Any]]:
        return {r.id: {"title": r.title, "description": r.description, "severity": r.severity,
                       "help": _help_text(r), "enabled": r.enabled, "pack": r.pack,
                       "references": list(r.references)}
                for r in self.rules.values()}


def _help_text(rule: Rule) -> str:
    return (f"{rule.description.strip()}\n\nBad: {rule.example('bad').strip()}\n"
            f"Good: {rule.example('good').strip()}")


# --------------------------------------------------------------------------------------------
# Check types: Python that expands a rule's data into a pattern.


@dataclass(frozen=True)
class CheckType:
    name: str
    summary: str
    params: dict[str, Any]                 # name -> default (type taken from the default)
    build: Callable[[dict[str, Any], dict[str, Any]], dict[str, Any]]
    where_applies_to: str = "claim"        # fact type the rule's `where` filters


def _r(alias: str, fld: str, times: float = 1.0, plus: float = 0.0) -> dict[str, Any]:
    d: dict[str, Any] = {"field": f"{alias}.{fld}"}
    if times != 1.0:
        d["times"] = times
    if plus:
        d["plus"] = plus
    return d


def _merge(*wheres: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for w in wheres:
        for k, v in w.items():
            if k == "$also":
                out.setdefault("$also", []).extend(v)
            elif k in out:
                out.setdefault("$also", []).append({k: v})
            else:
                out[k] = v
    return out


def _same(fields: Iterable[str], alias: str = "a") -> dict[str, Any]:
    return {f: {"eq": _r(alias, f)} for f in fields}


# claim fields that are "" for most claims and still compared: two figures with no place
# (neither is a distance) have the same place
_OPTIONAL_SAME = frozenset({"place"})


def _nonempty(fields: Iterable[str]) -> dict[str, Any]:
    return {f: ({"ne": ""} if FACT_TYPES["claim"].get(f) == "str" else {"eq": 1})
            for f in fields if f in FACT_TYPES["claim"] and FACT_TYPES["claim"][f] == "str"
            and f not in _OPTIONAL_SAME}


def _pair_same(p: dict[str, Any]) -> list[str]:
    return list(p["same"])


def _check_conflict(p, where):
    tol = float(p["tolerance"])
    same = _pair_same(p)
    base = _merge({"has_value": 1}, _nonempty(same), where)
    scale: dict[str, Any] = {}
    if float(p["max_ratio"]) > 0:
        k, floor = float(p["max_ratio"]), float(p["ratio_floor"])
        # b <= k*a + floor and a <= k*b + floor (symmetric: a is merely the earlier one)
        scale = {"value": {"le": _r("a", "value", k, floor),
                           "ge": _r("a", "value", 1 / k, -floor / k)}}
    clash = [{"upper": {"lt": _r("a", "lower", 1 - tol)}},
             {"lower": {"gt": _r("a", "upper", 1 + tol)}}]
    return {"facts": [
        {"as": "a", "type": "claim", "where": base},
        {"as": "b", "type": "claim",
         "where": _merge(base, _same(same + ["dim"]), {"n": {"gt": _r("a", "n")}}, scale),
         "any": [_merge(c, k) for c in clash for k in _compatible(p.get("compatible", []))]}],
        "anchor": "b"}


def _compatible(fields: Iterable[str]) -> list[dict[str, Any]]:
    """Alternatives for fields that must be equal only when both claims have one ("1,600"
    in the key points and "1,900, the General Staff said" are one figure; "45, the air force
    said" and "15, Moscow claimed" are two sides' figures): b has none, or b has one and a
    has none, or they are equal. Each field needs its yes/no ``has_<field>``."""
    alts: list[dict[str, Any]] = [{}]
    for f in fields:
        if f"has_{f}" not in FACT_TYPES["claim"]:
            raise ValueError(f"'compatible' field '{f}' has no 'has_{f}' yes/no field")
        alts = [_merge(a, k) for a in alts for k in (
            {f"has_{f}": {"eq": 0}},
            {f"has_{f}": {"gt": _r("a", f"has_{f}")}},
            {f: {"eq": _r("a", f)}})]
    return alts


def _check_dimension(p, where):
    same = _pair_same(p)
    base = _merge({"has_value": 1}, _nonempty(p["required"]), where)
    return {"facts": [
        {"as": "a", "type": "claim", "where": base},
        {"as": "b", "type": "claim",
         "where": _merge(base, _same(same), {"n": {"gt": _r("a", "n")},
                                             "dim": {"ne": _r("a", "dim")}})}],
        "anchor": "b"}


def _relation_check(kinds: list[str]):
    def build(p, where):
        tol = float(p["tolerance"])
        lo, hi = (("expected_value", "expected_value") if p["expected"] == "value"
                  else ("expected_lower", "expected_upper"))
        alts = [{"a_dim": {"eq": _r("r", "b_dim")}, "a_upper": {"lt": _r("r", lo, 1 - tol)}},
                {"a_dim": {"eq": _r("r", "b_dim")}, "a_lower": {"gt": _r("r", hi, 1 + tol)}}]
        if p.get("dimensions", False):
            alts.append({"a_dim": {"ne": _r("r", "b_dim")}})
        return {"facts": [{"as": "r", "type": "relation",
                           "where": _merge({"kind": kinds}, where), "any": alts}],
                "anchor": "r"}
    return build


def _check_parts(p, where):
    tol = float(p["tolerance"])
    fld = f"parts_{p['compare']}"
    return {"facts": [{"as": "s", "type": "sum",
                       "where": _merge({"kind": ["part", "portion", "item"], "has_total": 1},
                                       {fld: {"gt": _r("s", "total_upper", 1 + tol)}},
                                       where)}],
            "anchor": "s"}


def _check_list_sum(p, where):
    tol = float(p["tolerance"])
    fld = f"parts_{p['compare']}"
    return {"facts": [{"as": "s", "type": "sum",
                       "where": _merge({"kind": ["part", "item"], "has_total": 1,
                                        "count": {"ge": int(p["min_items"])}}, where),
                       "any": ([{fld: {"gt": _r("s", "total_upper", 1 + tol)}}]
                               if p["over"] else [])
                       + [{fld: {"lt": _r("s", "total_lower", 1 - tol)}}]}],
            "anchor": "s"}


def _check_shares(p, where):
    return {"facts": [{"as": "s", "type": "sum",
                       "where": _merge({"kind": "share", "count": {"ge": 2},
                                        "parts_lower": {"gt": 100.0 + float(p["tolerance"])}},
                                       where)}],
            "anchor": "s"}


def _check_date_future(p, where):
    return {"facts": [{"as": "d", "type": "date",
                       "where": _merge({"has_pub": 1, "future_cue": 0,
                                        "day": {"gt": _r("d", "pub", plus=int(p["grace_days"]))}},
                                       where)}],
            "anchor": "d"}


def _check_weekday(p, where):
    return {"facts": [{"as": "d", "type": "date",
                       "where": _merge({"weekday_stated": {"ge": 0},
                                        "$also": [{"weekday_stated": {"ne": _r("d", "weekday_actual")}}]},
                                       where)}],
            "anchor": "d"}


def _check_period(p, where):
    return {"facts": [{"as": "p", "type": "period",
                       "where": _merge({"last": {"lt": _r("p", "first")}}, where)}],
            "anchor": "p"}


def _check_spelling(p, where):
    return {"facts": [{"as": "p", "type": "name_pair",
                       "where": _merge({"similarity": {"ge": float(p["min_similarity"])}}, where)}],
            "anchor": "p"}


def _check_gazetteer(p, where):
    return {"facts": [{"as": "n", "type": "name",
                       "where": _merge({"in_gazetteer": 0,
                                        "nearest_score": {"ge": float(p["min_similarity"])}},
                                       where)}],
            "anchor": "n"}


def _check_attribution_conflict(p, where):
    same = _pair_same(p)
    base = _merge({"has_value": 1, "has_source": 1}, _nonempty(same), where)
    return {"facts": [
        {"as": "a", "type": "claim", "where": base},
        {"as": "b", "type": "claim",
         "where": _merge(base, _same(same + ["dim", "value"]),
                         {"n": {"gt": _r("a", "n")}, "source": {"ne": _r("a", "source")}})}],
        "anchor": "b"}


def _check_attributed_elsewhere(p, where):
    same = _pair_same(p)
    base = _merge({"has_value": 1}, _nonempty(same), where)
    return {"facts": [
        {"as": "a", "type": "claim", "where": _merge(base, {"has_source": 1})},
        {"as": "b", "type": "claim",
         "where": _merge(base, {"has_source": 0, "hedged": 0}, _same(same + ["dim"]),
                         {"value": {"ge": _r("a", "value"), "le": _r("a", "value")}})}],
        "anchor": "b"}


def _check_reference(p, where):
    tol = float(p["tolerance"])
    ref_where = _merge({"role": p["role"], "claim_n": {"eq": _r("c", "n")}},
                       dict(p.get("reference") or {}))
    if p["outcome"] == "disagrees":
        alts = [{"lower": {"gt": _r("c", "upper", 1 / (1 - tol) if tol < 1 else 1e9)}},
                {"upper": {"lt": _r("c", "lower", 1 / (1 + tol))}}]
        facts = [{"as": "c", "type": "claim", "where": _merge({"has_value": 1}, where)},
                 {"as": "r", "type": "reference", "where": ref_where, "any": alts}]
    else:
        ref_where = _merge(ref_where, {"lower": {"le": _r("c", "upper", 1 / (1 - tol) if tol < 1 else 1e9)}},
                           {"upper": {"ge": _r("c", "lower", 1 / (1 + tol))}})
        facts = [{"as": "c", "type": "claim", "where": _merge({"has_value": 1}, where)},
                 {"as": "r", "type": "reference", "where": ref_where}]
    return {"facts": facts, "anchor": "c"}


SAME = ["measure", "subject", "period", "cumulative"]
CHECKS: dict[str, CheckType] = {c.name: c for c in [
    CheckType("pattern", "facts and tests spelled out in the rule (no Python)", {}, lambda p, w: {}),
    CheckType("conflict", "two claims of one measure, subject and period whose intervals cannot "
              "both hold", {"same": SAME, "compatible": [], "tolerance": 0.0, "max_ratio": 0.0,
                            "ratio_floor": 0.0},
              _check_conflict),
    CheckType("dimension_mismatch", "one measure stated in incompatible dimensions",
              {"same": ["noun", "subject"], "required": ["noun"]}, _check_dimension),
    CheckType("conversion", "a conversion given in the text that does not match its original",
              {"tolerance": 0.02, "dimensions": True, "expected": "interval"},
              _relation_check(["conversion"]), "relation"),
    CheckType("arithmetic", "stated arithmetic (double, a third of, up N%, up N from M) that is "
              "wrong", {"tolerance": 0.05, "dimensions": False, "expected": "value"},
              _relation_check(["multiple", "change", "difference", "ratio", "average"]),
              "relation"),
    CheckType("parts_exceed_total", "parts that add up to more than their whole",
              {"tolerance": 0.0, "compare": "value"}, _check_parts, "sum"),
    CheckType("list_sum", "listed items that do not add up to the stated total",
              {"tolerance": 0.0, "compare": "value", "min_items": 2, "over": False},
              _check_list_sum, "sum"),
    CheckType("shares_over_100", "shares of one whole that sum to more than 100%",
              {"tolerance": 0.5}, _check_shares, "sum"),
    CheckType("date_future", "an event dated after the publication date", {"grace_days": 0},
              _check_date_future, "date"),
    CheckType("weekday_mismatch", "a weekday that does not match its date", {}, _check_weekday,
              "date"),
    CheckType("period_reversed", "a period whose end precedes its start", {}, _check_period,
              "period"),
    CheckType("spelling_variants", "one name spelled two ways in one document",
              {"min_similarity": 0.8}, _check_spelling, "name_pair"),
    CheckType("gazetteer_near_miss", "a place name close to a gazetteer entry but not in it",
              {"min_similarity": 0.85}, _check_gazetteer, "name"),
    CheckType("attribution_conflict", "the same figure attributed to two different sources",
              {"same": ["measure", "subject", "period"]}, _check_attribution_conflict),
    CheckType("attributed_elsewhere", "a figure stated as fact that the document elsewhere "
              "attributes to a source", {"same": ["measure", "subject", "period"]},
              _check_attributed_elsewhere),
    CheckType("reference", "a claim against a reference value (dataset or prior article) that "
              "the store found for it", {"role": "period", "outcome": "disagrees",
                                         "tolerance": 0.0, "reference": {}},
              _check_reference),
]}


# --------------------------------------------------------------------------------------------
# YAML with line numbers


def _load_yaml(text: str, path: str) -> tuple[Any, dict[tuple[Any, ...], int]]:
    """Safe-load one YAML document; also return the line of every mapping key and list item."""
    lines: dict[tuple[Any, ...], int] = {}
    try:
        loader = yaml.SafeLoader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None, lines
            data = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise RuleFileError(path, line, f"not valid YAML: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise RuleFileError(path, None, f"not valid YAML: {exc}") from None

    def walk(n: yaml.Node, at: tuple[Any, ...]) -> None:
        lines.setdefault(at, n.start_mark.line + 1)
        if isinstance(n, yaml.MappingNode):
            for k, v in n.value:
                key = k.value if isinstance(k, yaml.ScalarNode) else str(k.value)
                lines[at + (key,)] = k.start_mark.line + 1
                walk(v, at + (key,))
                lines[at + (key,)] = k.start_mark.line + 1
        elif isinstance(n, yaml.SequenceNode):
            for i, v in enumerate(n.value):
                walk(v, at + (i,))

    walk(node, ())
    return data, lines


def _line_of(lines: Mapping[tuple[Any, ...], int], at: Iterable[Any]) -> int | None:
    at = tuple(at)
    while at:
        if at in lines:
            return lines[at]
        at = at[:-1]
    return lines.get((), 1)


# --------------------------------------------------------------------------------------------
# Validation and expansion


@lru_cache(maxsize=1)
def _schema_validator():
    import jsonschema

    schema = json.loads(schema_path("rule.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _schema_error(data: Any, path: str, lines: Mapping[tuple[Any, ...], int]) -> None:
    import jsonschema

    errors = list(_schema_validator().iter_errors(data))
    if not errors:
        return
    err = jsonschema.exceptions.best_match(errors)
    at = list(err.absolute_path)
    fld = ".".join(str(p) for p in at) or "rule"
    if err.validator == "additionalProperties":
        allowed = sorted(err.schema.get("properties", {}))
        extra = sorted(set(err.instance) - set(allowed))
        raise RuleFileError(path, _line_of(lines, at + [extra[0]]),
                            f"unknown field '{'.'.join(str(p) for p in at + [extra[0]])}'"
                            f" (allowed here: {', '.join(allowed)})")
    if err.validator == "required":
        missing = [k for k in err.validator_value if k not in (err.instance or {})]
        raise RuleFileError(path, _line_of(lines, at), f"missing field '{missing[0]}'")
    if err.validator == "enum" and at and at[-1] == "severity":
        raise RuleFileError(path, _line_of(lines, at),
                            f"bad severity {err.instance!r} (use error, warning or info)")
    if err.validator == "enum" and at == ["check"]:
        raise RuleFileError(path, _line_of(lines, at),
                            f"unknown check type {err.instance!r} (known: "
                            f"{', '.join(sorted(CHECKS))})")
    if err.validator == "enum":
        raise RuleFileError(path, _line_of(lines, at), f"'{fld}' is {err.instance!r}; use one "
                            f"of {', '.join(map(str, err.validator_value))}")
    raise RuleFileError(path, _line_of(lines, at), f"'{fld}': {err.message}")


class _Ctx:
    """Where errors point while a rule is expanded."""

    def __init__(self, path: str, lines: Mapping[tuple[Any, ...], int]):
        self.path = path
        self.lines = lines

    def fail(self, at: Iterable[Any], message: str) -> RuleFileError:
        return RuleFileError(self.path, _line_of(self.lines, at), message)


def _parse_operand(ctx: _Ctx, at: tuple[Any, ...], v: Any, aliases: dict[str, str],
                   own: str) -> tuple[Any, tuple[str, str, float, float] | None]:
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


def _parse_tests(ctx: _Ctx, at: tuple[Any, ...], where: Any, ftype: str, own: str,
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
            vals = [_parse_operand(ctx, kat, x, aliases, own)[0] for x in v]
            alts = [[Test(k, "eq", x)] for x in vals]
        elif isinstance(v, dict) and "field" not in v:
            conj: list[Test] = []
            for op, operand in v.items():
                if op == "in":
                    if not isinstance(operand, list) or not operand:
                        raise ctx.fail(kat, "'in' takes a list of values")
                    alts = [[Test(k, "eq", _parse_operand(ctx, kat, x, aliases, own)[0])]
                            for x in operand]
                    continue
                if op not in OPS:
                    raise ctx.fail(kat, f"unknown test '{op}' on '{k}' (use eq, ne, lt, le, "
                                   f"gt, ge, in)")
                lit, ref = _parse_operand(ctx, kat, operand, {**aliases, own: ftype}, own)
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
            lit, ref = _parse_operand(ctx, kat, v, {**aliases, own: ftype}, own)
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


def _expand(ctx: _Ctx, pattern: dict[str, Any], from_rule: bool) -> tuple[
        tuple[tuple[str, str], ...], tuple[dict[str, list[Test]], ...]]:
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
        alts = _parse_tests(ctx, at + ("where",), f.get("where"), ftype, alias, aliases)
        if f.get("any"):
            ors: list[list[Test]] = []
            for j, alt in enumerate(f["any"]):
                ors += _parse_tests(ctx, at + ("any", j), alt, ftype, alias, aliases)
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


_TEMPLATE = re.compile(r"\{([a-z][a-z0-9_]*)\.([a-z_][a-z0-9_]*)(?::[^{}]*)?\}")


def _check_template(ctx: _Ctx, key: str, template: str, aliases: dict[str, str]) -> None:
    for m in _TEMPLATE.finditer(template):
        alias, fld = m.groups()
        if alias not in aliases:
            raise ctx.fail((key,), f"{key} template names '{alias}', which the rule does not "
                           f"bind (bound: {', '.join(aliases)})")
        if fld not in FACT_TYPES[aliases[alias]] and fld not in ("claims",):
            raise ctx.fail((key,), f"{key} template: a {aliases[alias]} fact has no field "
                           f"'{fld}'")
    stripped = _TEMPLATE.sub("", template)
    if "{" in stripped or "}" in stripped:
        raise ctx.fail((key,), f"{key} template has a brace that is not {{name.field}}")


def parse_rule(text: str, path: str, pack: str) -> Rule:
    """One rule file's text -> Rule, or RuleFileError naming the file and line."""
    data, lines = _load_yaml(text, path)
    if not isinstance(data, dict):
        raise RuleFileError(path, 1, "a rule file must be a mapping of fields (id, title, ...)")
    _schema_error(data, path, lines)
    ctx = _Ctx(path, lines)
    stem = Path(path).stem
    if data["id"] != stem:
        raise ctx.fail(("id",), f"id '{data['id']}' does not match the file name "
                       f"'{Path(path).name}' (name the file <id>.yaml)")
    check = CHECKS[data["check"]]
    params = dict(check.params)
    given = data.get("params") or {}
    for k, v in given.items():
        if k not in check.params:
            raise ctx.fail(("params", k), f"unknown parameter '{k}' for check "
                           f"'{check.name}' (accepts: {', '.join(check.params) or 'none'})")
        default = check.params[k]
        ok = (isinstance(v, (int, float)) and not isinstance(v, bool)
              if isinstance(default, float) and not isinstance(default, bool)
              else isinstance(v, type(default)))
        if not ok:
            raise ctx.fail(("params", k), f"parameter '{k}' must be a "
                           f"{type(default).__name__.replace('str', 'word')}")
        params[k] = v
    if "expected" in params and params["expected"] not in ("value", "interval"):
        raise ctx.fail(("params", "expected"), "parameter 'expected' is value or interval")
    if "compare" in params and params["compare"] not in ("value", "lower", "upper"):
        raise ctx.fail(("params", "compare"), "parameter 'compare' is value, lower or upper")
    for k in ("same", "required"):
        if k in params:
            bad = [f for f in params[k] if f not in FACT_TYPES["claim"]]
            if bad:
                raise ctx.fail(("params", k), f"unknown claim field '{bad[0]}' in '{k}'")
    where = data.get("where") or {}
    if data["check"] == "pattern":
        if where:
            raise ctx.fail(("where",), "check: pattern takes its tests inside 'facts'")
        pattern = {"facts": data.get("facts") or [], "anchor": data.get("anchor")}
        from_rule = True
    else:
        if data.get("facts"):
            raise ctx.fail(("facts",), f"'facts' is only for check: pattern (this rule uses "
                           f"check: {check.name})")
        # validate where against its fact type with the rule's own line numbers
        _parse_tests(ctx, ("where",), where, check.where_applies_to, "_", {})
        pattern = check.build(params, copy.deepcopy(where))
        from_rule = False
    aliases_t, branches = _expand(ctx, pattern, from_rule)
    aliases = dict(aliases_t)
    anchor = data.get("anchor") or pattern.get("anchor") or aliases_t[-1][0]
    if anchor not in aliases:
        raise ctx.fail(("anchor",), f"anchor '{anchor}' is not a bound name "
                       f"({', '.join(aliases)})")
    _check_template(ctx, "message", data["message"], aliases)
    if data.get("suggestion"):
        _check_template(ctx, "suggestion", data["suggestion"], aliases)
    if data.get("verdict") and aliases[anchor] != "claim":
        raise ctx.fail(("verdict",), "a rule that gives a verdict must anchor on a claim")
    return Rule(
        id=data["id"], title=data["title"], severity=data["severity"], check=data["check"],
        message=data["message"], description=data["description"],
        examples=(("bad", data["examples"]["bad"]), ("good", data["examples"]["good"])),
        references=tuple(data["references"]), path=path, line=lines.get(("id",), 1),
        pack=pack, pattern=aliases_t, branches=branches, anchor=anchor,
        suggestion=data.get("suggestion"), verdict=data.get("verdict"),
        enabled=bool(data.get("enabled", True)), default_severity=data["severity"],
        params=tuple(sorted((k, _freeze(v)) for k, v in params.items())),
        unless=tuple(data.get("unless") or ()),
    )


def _freeze(v: Any) -> Any:
    if isinstance(v, list):
        return tuple(_freeze(x) for x in v)
    if isinstance(v, dict):
        return tuple(sorted((k, _freeze(x)) for k, x in v.items()))
    return v


# --------------------------------------------------------------------------------------------
# Compiling tests to durable_rules conditions


TUPLE = "tuple"


def tuple_key(alias: str, fld: str) -> str:
    return f"{alias}__{fld}"


def _operand(ref: tuple[str, str, float, float], kind: str) -> Any:
    alias, fld, times, plus = ref
    expr: Any = {"$m": tuple_key(alias, fld + ("_k" if kind == "str" else ""))}
    if times != 1.0:
        expr = {"$mul": {"$l": expr, "$r": times}}
    if plus:
        expr = {"$add": {"$l": expr, "$r": plus}}
    return expr


def _condition(rule: Rule, branch: dict[str, list[Test]]) -> dict[str, Any]:
    """One alternative of a rule as one durable condition over a tuple fact, in the only shape
    we emit: {"t": "tuple"}, literal tests, equalities between fields of the tuple, then every
    comparison and arithmetic inside one trailing single-branch {"$or": [{"$and": [...]}]}."""
    literal: list[dict[str, Any]] = [{"t": TUPLE}]
    equal: list[dict[str, Any]] = []
    rest: list[dict[str, Any]] = []
    for alias, _ in rule.pattern:
        ftype = rule.alias_type(alias)
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


# --------------------------------------------------------------------------------------------
# Loading packs, overrides, cache


def _gazetteer_path(root: Path) -> Path:
    return root / "vocab" / "gazetteer.yaml"


def load_gazetteer(path: Path) -> tuple[str, ...]:
    if not path.exists():
        return ()
    data, lines = _load_yaml(path.read_text(encoding="utf-8"), str(path))
    if not isinstance(data, dict) or not isinstance(data.get("places"), list):
        raise RuleFileError(path, 1, "a gazetteer is a mapping with a 'places' list")
    names: list[str] = []
    for i, item in enumerate(data["places"]):
        if isinstance(item, str):
            names.append(item)
        elif isinstance(item, dict) and isinstance(item.get("name"), str):
            names.append(item["name"])
            names += [a for a in item.get("aliases", []) if isinstance(a, str)]
        else:
            raise RuleFileError(path, _line_of(lines, ("places", i)),
                                "each place is a name or {name: ..., aliases: [...]}")
    return tuple(names)


def rule_files(paths: Iterable[Path]) -> list[tuple[Path, str]]:
    """(file, pack) for every rule file under the given folders or files, sorted."""
    out: list[tuple[Path, str]] = []
    for p in paths:
        p = Path(p)
        if p.is_file():
            out.append((p, p.parent.name))
            continue
        if not p.is_dir():
            raise RuleFileError(p, None, "no such rule folder or file")
        for f in sorted(p.rglob("*.yaml")) + sorted(p.rglob("*.yml")):
            if "vocab" in f.relative_to(p).parts or f.name == "gazetteer.yaml":
                continue
            out.append((f, f.parent.name))
    return out


def _cache_dir() -> Path | None:
    env = os.environ.get("FACTCHECK_CACHE_DIR")
    if env == "":
        return None
    if env:
        return Path(env)
    try:
        import platformdirs

        return Path(platformdirs.user_cache_dir("factcheck"))
    except Exception:  # noqa: BLE001 - no cache is fine
        return None


def _digest(files: list[tuple[Path, str]], gaz: Path) -> str:
    h = hashlib.sha256()
    h.update(COMPILER_VERSION.encode())
    h.update(Path(__file__).read_bytes())
    h.update(schema_path("rule.schema.json").read_bytes())
    for f, pack in files + ([(gaz, "gazetteer")] if gaz.exists() else []):
        h.update(f"{f.resolve()}\0{pack}\0".encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:24]


def _rule_to_json(r: Rule) -> dict[str, Any]:
    d = {k: getattr(r, k) for k in r.__dataclass_fields__}
    d["branches"] = [{a: [[t.field, t.op, t.value, list(t.ref) if t.ref else None] for t in ts]
                      for a, ts in b.items()} for b in r.branches]
    return d


def _rule_from_json(d: dict[str, Any]) -> Rule:
    d = dict(d)
    d["branches"] = tuple({a: [Test(f, op, v, tuple(ref) if ref else None)
                               for f, op, v, ref in ts] for a, ts in b.items()}
                          for b in d["branches"])
    d["examples"] = tuple(tuple(x) for x in d["examples"])
    d["references"] = tuple(d["references"])
    d["pattern"] = tuple(tuple(x) for x in d["pattern"])
    d["params"] = tuple((k, _thaw_tuple(v)) for k, v in d["params"])
    d["unless"] = tuple(d.get("unless") or ())
    return Rule(**d)


def _thaw_tuple(v: Any) -> Any:
    if isinstance(v, list):
        return tuple(_thaw_tuple(x) for x in v)
    return v


def _parse_all(files: list[tuple[Path, str]]) -> dict[str, Rule]:
    rules: dict[str, Rule] = {}
    for f, pack in files:
        try:
            text = f.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise RuleFileError(f, None, f"cannot read rule file: {exc}") from None
        rule = parse_rule(text, str(f), pack)
        if rule.id in rules:
            first = rules[rule.id]
            raise RuleFileError(f, rule.line, f"duplicate id '{rule.id}' (also in "
                                f"{first.path}:{first.line})")
        rules[rule.id] = rule
    for rule in rules.values():
        for other in rule.unless:
            if other not in rules or other == rule.id:
                data, lines = _load_yaml(Path(rule.path).read_text(encoding="utf-8"), rule.path)
                raise RuleFileError(rule.path, _line_of(lines, ("unless",)),
                                    f"unless: no other rule has the id '{other}'")
    return rules


def load_rulebook(paths: Iterable[str | Path] | None = None, *,
                  extra_paths: Iterable[str | Path] = (),
                  overrides: Mapping[str, Any] | None = None,
                  use_cache: bool = True) -> Rulebook:
    """Load, validate and compile rules (the shipped ``rules/`` unless ``paths`` is given).

    ``overrides``: ``{"rules": {id: "off"|"on"|"error"|"warning"|"info"}}`` or the inner
    mapping itself (the project configuration). An override naming an unknown rule is an error.
    """
    root = rules_dir()
    folders = [Path(p) for p in paths] if paths is not None else [root]
    folders += [Path(p) for p in extra_paths]
    files = rule_files(folders)
    gaz = _gazetteer_path(root)
    digest = _digest(files, gaz)
    rules: dict[str, Rule] | None = None
    cache = _cache_dir() if use_cache else None
    cache_file = cache / f"rulebook-{digest}.json" if cache else None
    if cache_file and cache_file.exists():
        try:
            raw = json.loads(cache_file.read_text(encoding="utf-8"))
            rules = {d["id"]: _rule_from_json(d) for d in raw["rules"]}
            gazetteer = tuple(raw["gazetteer"])
        except Exception:  # noqa: BLE001 - a bad cache entry is rebuilt
            rules = None
    if rules is None:
        rules = _parse_all(files)
        gazetteer = load_gazetteer(gaz)
        if cache_file:
            try:
                cache_file.parent.mkdir(parents=True, exist_ok=True)
                tmp = cache_file.with_suffix(f".{os.getpid()}.tmp")
                tmp.write_text(json.dumps({"rules": [_rule_to_json(r) for r in rules.values()],
                                           "gazetteer": list(gazetteer)}), encoding="utf-8")
                os.replace(tmp, cache_file)
            except OSError:
                pass
    book = Rulebook(rules=rules, gazetteer=gazetteer, digest=digest,
                    sources=tuple(str(f) for f, _ in files))
    apply_overrides(book, overrides or {})
    return book


def apply_overrides(book: Rulebook, overrides: Mapping[str, Any]) -> None:
    inner = overrides.get("rules") if isinstance(overrides.get("rules"), Mapping) else overrides
    for rule_id, value in (inner or {}).items():
        if rule_id not in book.rules:
            raise RuleFileError("configuration", None, f"rules.{rule_id}: no rule has this id "
                                f"(see 'factcheck rules list')")
        v = str(value).lower() if not isinstance(value, bool) else ("on" if value else "off")
        if v not in OVERRIDE_VALUES:
            raise RuleFileError("configuration", None, f"rules.{rule_id}: {value!r} is not one "
                                f"of {', '.join(OVERRIDE_VALUES)}")
        r = book.rules[rule_id]
        if v == "off":
            book.rules[rule_id] = _replace(r, enabled=False)
        elif v == "on":
            book.rules[rule_id] = _replace(r, enabled=True)
        else:
            book.rules[rule_id] = _replace(r, severity=v, enabled=True)


def _replace(r: Rule, **kw: Any) -> Rule:
    from dataclasses import replace

    return replace(r, **kw)


def render(template: str, bindings: Mapping[str, Mapping[str, Any]]) -> str:
    """Fill ``{name.field}`` from bound facts; numbers are shown the way the text shows them."""
    def sub(m: re.Match[str]) -> str:
        alias, fld = m.groups()
        v = bindings.get(alias, {}).get(fld, "")
        if isinstance(v, float):
            return f"{v:,.0f}" if v.is_integer() else f"{v:,.4g}"
        if isinstance(v, int) and not isinstance(v, bool):
            return f"{v:,}"
        if fld in _HUMAN and isinstance(v, str):
            return v.replace("_", " ")      # vocabulary keys: personnel_losses -> personnel losses
        return str(v)
    return _TEMPLATE.sub(sub, template)


_HUMAN = frozenset({"measure", "subject", "noun", "kind", "role", "section"})
