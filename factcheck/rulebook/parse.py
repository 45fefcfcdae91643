"""One rule file's text -> ``Rule``: schema, params of its check type, pattern, templates.

Every problem ends as ``RuleFileError`` naming the file and the line of the offending key.
"""

from __future__ import annotations

import copy
import math
from pathlib import Path
from typing import Any

from .checks import CHECKS
from .checktype import CheckType
from .facts import FACT_TYPES
from .language import check_template, expand, parse_tests
from .loader import ErrorContext, RuleFileError, load_yaml, schema_error
from .rule import Rule, freeze


def parse_rule(text: str, path: str, pack: str) -> Rule:
    """One rule file's text -> Rule, or RuleFileError naming the file and line."""
    data, lines = load_yaml(text, path)
    if not isinstance(data, dict):
        raise RuleFileError(path, 1, "a rule file must be a mapping of fields (id, title, ...)")
    schema_error(data, path, lines)
    ctx = ErrorContext(path, lines)
    _finite(ctx, data, ())
    stem = Path(path).stem
    if data["id"] != stem:
        raise ctx.fail(("id",), f"id '{data['id']}' does not match the file name "
                       f"'{Path(path).name}' (name the file <id>.yaml)")
    check = CHECKS[data["check"]]
    params = _params(ctx, check, data.get("params") or {})
    pattern, from_rule = _pattern(ctx, check, data, params)
    aliases_t, branches = expand(ctx, pattern, from_rule)
    aliases = dict(aliases_t)
    anchor = data.get("anchor") or pattern.get("anchor") or aliases_t[-1][0]
    if anchor not in aliases:
        raise ctx.fail(("anchor",), f"anchor '{anchor}' is not a bound name "
                       f"({', '.join(aliases)})")
    check_template(ctx, "message", data["message"], aliases)
    if data.get("suggestion"):
        check_template(ctx, "suggestion", data["suggestion"], aliases)
    if data.get("reading"):
        if not data.get("verdict"):
            raise ctx.fail(("reading",), "a reading is what a verdict is given for: add "
                           "'verdict:' or remove 'reading:'")
        check_template(ctx, "reading", data["reading"], aliases)
    if data.get("verdict") and aliases[anchor] != "claim":
        raise ctx.fail(("verdict",), "a rule that gives a verdict must anchor on a claim")
    return Rule(
        id=data["id"], title=data["title"], severity=data["severity"], check=data["check"],
        message=data["message"], description=data["description"],
        examples=(("bad", data["examples"]["bad"]), ("good", data["examples"]["good"])),
        references=tuple(data["references"]), path=path, line=lines.get(("id",), 1),
        pack=pack, pattern=aliases_t, branches=branches, anchor=anchor,
        suggestion=data.get("suggestion"), verdict=data.get("verdict"),
        reading=data.get("reading"),
        enabled=bool(data.get("enabled", True)), default_severity=data["severity"],
        params=tuple(sorted((k, freeze(v)) for k, v in params.items())),
        unless=tuple(data.get("unless") or ()), flag=bool(data.get("flag", True)),
    )


def _finite(ctx: ErrorContext, value: Any, at: tuple[Any, ...]) -> None:
    """Refuse ``.nan`` and ``.inf`` anywhere in a rule: no threshold, tolerance or test value
    means anything as one, and the engine cannot compare with them."""
    if isinstance(value, float) and not math.isfinite(value):
        raise ctx.fail(at, f"'{at[-1] if at else 'value'}' must be a finite number, "
                       f"not {value!r}")
    if isinstance(value, dict):
        for k, v in value.items():
            _finite(ctx, v, at + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _finite(ctx, v, at + (i,))


def _params(ctx: ErrorContext, check: CheckType, given: dict[str, Any]) -> dict[str, Any]:
    """The check type's defaults updated with the rule's ``params``, each of the right type."""
    params = dict(check.params)
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
    if "compare" in params and params["compare"] not in ("value", "lower", "upper",
                                                                      "rounded", "rounded_up"):
        raise ctx.fail(("params", "compare"),
                       "parameter 'compare' is value, lower, upper, rounded or rounded_up")
    if "blame" in params and params["blame"] not in ("total", "increment"):
        raise ctx.fail(("params", "blame"), "parameter 'blame' is total or increment")
    for k in ("same", "required", "optional"):
        if k in params:
            bad = [f for f in params[k] if f not in FACT_TYPES["claim"]]
            if bad:
                raise ctx.fail(("params", k), f"unknown claim field '{bad[0]}' in '{k}'")
    return params


def _pattern(ctx: ErrorContext, check: CheckType, data: dict[str, Any],
             params: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The rule's pattern (its own ``facts`` for check: pattern, else what the check type
    builds from params and ``where``), and whether it came from the rule itself."""
    where = data.get("where") or {}
    if data["check"] == "pattern":
        if where:
            raise ctx.fail(("where",), "check: pattern takes its tests inside 'facts'")
        return {"facts": data.get("facts") or [], "anchor": data.get("anchor")}, True
    if data.get("facts"):
        raise ctx.fail(("facts",), f"'facts' is only for check: pattern (this rule uses "
                       f"check: {check.name})")
    # validate where against its fact type with the rule's own line numbers
    parse_tests(ctx, ("where",), where, check.where_applies_to, "_", {})
    return check.build(params, copy.deepcopy(where)), False
