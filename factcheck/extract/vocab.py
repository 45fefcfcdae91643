"""Loading the vocabularies in ``rules/vocab/*.yaml`` (number words, units, qualifiers, measures...).

Each file is read once per process and cached; a malformed file raises ``VocabError`` whose
message names the file and line. This module only parses and validates shapes: it never
compiles patterns (``grammar`` does that) and never imports pint.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..resources import vocab_path

try:  # the C loader is several times faster; fall back where libyaml is missing
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader


class VocabError(ValueError):
    """A vocabulary file that cannot be used: the message is one line, file:line: what."""


def _where(path: Path, exc: Exception) -> str:
    mark = getattr(exc, "problem_mark", None)
    return f"{path}:{mark.line + 1}" if mark is not None else str(path)


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """The parsed mapping of ``rules/vocab/<name>`` (cached; do not mutate it)."""
    path = vocab_path(name)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise VocabError(f"{path}: cannot read vocabulary: {exc.strerror or exc}") from None
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        raise VocabError(f"{_where(path, exc)}: malformed YAML: {getattr(exc, 'problem', exc)}") \
            from None
    if not isinstance(data, dict):
        raise VocabError(f"{path}:1: expected a mapping at the top of the vocabulary")
    return data


def section(name: str, key: str, kind: type = dict) -> Any:
    """One top-level key of a vocabulary, checked to be of ``kind`` (empty when absent)."""
    data = load(name)
    value = data.get(key, kind())
    if not isinstance(value, kind):
        path = vocab_path(name)
        line = _line_of(path, key)
        raise VocabError(f"{path}:{line}: '{key}' must be a {kind.__name__}")
    return value


def _line_of(path: Path, key: str) -> int:
    try:
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith(f"{key}:"):
                return i
    except OSError:
        pass
    return 1
