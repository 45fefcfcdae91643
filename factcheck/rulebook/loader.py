"""Reading rule and vocabulary files: safe YAML with line numbers, schema validation, errors.

Every problem a rule file can have ends as ``RuleFileError(path, line, message)``: one line
naming the file and line, never a traceback, never a silently skipped rule. YAML is read with
the safe loader only (no tags that construct objects, no code from rule files).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .. import yamlsafe
from ..resources import schema_path

Lines = Mapping[tuple[Any, ...], int]


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


def load_yaml(text: str, path: str) -> tuple[Any, dict[tuple[Any, ...], int]]:
    """Safe-load one YAML document; also return the line of every mapping key and list item."""
    lines: dict[tuple[Any, ...], int] = {}
    try:
        loader = yamlsafe.Loader(text)   # aliases refused: no "billion laughs"
        try:
            node = loader.get_single_node()
            if node is None:
                return None, lines
            data = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        problem, line = yamlsafe.message(exc, text)
        raise RuleFileError(path, line, f"not valid YAML: {problem}") from None
    except RecursionError:
        raise RuleFileError(path, None, "not valid YAML: nested too deeply") from None

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


def line_of(lines: Lines, at: Iterable[Any]) -> int | None:
    at = tuple(at)
    while at:
        if at in lines:
            return lines[at]
        at = at[:-1]
    return lines.get((), 1)


@lru_cache(maxsize=1)
def _schema_validator():
    import jsonschema

    schema = json.loads(schema_path("rule.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def schema_error(data: Any, path: str, lines: Lines) -> None:
    import jsonschema

    errors = list(_schema_validator().iter_errors(data))
    if not errors:
        return
    err = jsonschema.exceptions.best_match(errors)
    at = list(err.absolute_path)
    fld = ".".join(str(p) for p in at) or "rule"
    if err.validator == "additionalProperties":
        allowed = sorted(err.schema.get("properties", {}))
        extra = sorted(set(err.instance) - set(allowed), key=str)   # a key may be a number: "0:"
        raise RuleFileError(path, line_of(lines, at + [str(extra[0])]),
                            f"unknown field '{'.'.join(str(p) for p in at + [extra[0]])}'"
                            f" (allowed here: {', '.join(allowed)})")
    if err.validator == "required":
        missing = [k for k in err.validator_value if k not in (err.instance or {})]
        raise RuleFileError(path, line_of(lines, at), f"missing field '{missing[0]}'")
    if err.validator == "enum" and at and at[-1] == "severity":
        raise RuleFileError(path, line_of(lines, at),
                            f"bad severity {err.instance!r} (use error, warning or info)")
    if err.validator == "enum" and at == ["check"]:
        raise RuleFileError(path, line_of(lines, at),
                            f"unknown check type {err.instance!r} (known: "
                            f"{', '.join(sorted(err.validator_value))})")
    if err.validator == "enum":
        raise RuleFileError(path, line_of(lines, at), f"'{fld}' is {err.instance!r}; use one "
                            f"of {', '.join(map(str, err.validator_value))}")
    raise RuleFileError(path, line_of(lines, at), f"'{fld}': {err.message}")


class ErrorContext:
    """Where errors point while a rule is expanded: the file and the line of each key."""

    def __init__(self, path: str, lines: Lines):
        self.path = path
        self.lines = lines

    def fail(self, at: Iterable[Any], message: str) -> RuleFileError:
        return RuleFileError(self.path, line_of(self.lines, at), message)
