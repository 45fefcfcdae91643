"""Project configuration applied to a loaded rulebook: switch rules off or on, change severity.

``{"rules": {id: "off"|"on"|"error"|"warning"|"info"}}`` or the inner mapping itself. An
override naming an unknown rule, or an unknown level, is a ``RuleFileError`` about the
configuration.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from ..model import SEVERITIES
from .loader import RuleFileError
from .rule import Rulebook

OVERRIDE_VALUES = ("off", "on") + SEVERITIES


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
            book.rules[rule_id] = replace(r, enabled=False)
        elif v == "on":
            book.rules[rule_id] = replace(r, enabled=True)
        else:
            book.rules[rule_id] = replace(r, severity=v, enabled=True)
