"""Loading the vocabularies in ``rules/vocab/*.yaml`` (number words, units, qualifiers, measures...).

Each file is read once per process and cached, with factcheck's safe YAML loader (aliases are
refused, as in every YAML file factcheck reads); a malformed file raises ``VocabError`` whose
message names the file and line; ``load_all`` reads them all up front so that a command fails
in one line before it starts. This module only parses and validates shapes: it never
compiles patterns (``grammar`` does that) and never imports pint.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .. import yamlsafe
from ..resources import vocab_path


class VocabError(ValueError):
    """A vocabulary file that cannot be used: the message is one line, file:line: what."""


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """The parsed mapping of ``rules/vocab/<name>`` (cached; do not mutate it)."""
    path = vocab_path(name)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise VocabError(f"{path}: cannot read vocabulary: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise VocabError(f"{path}: cannot read vocabulary: not UTF-8 text") from None
    try:
        data = yamlsafe.load(text, yamlsafe.FastLoader)
    except yaml.YAMLError as exc:
        problem, line = yamlsafe.message(exc, text)
        where = f"{path}:{line}" if line else str(path)
        raise VocabError(f"{where}: malformed YAML: {problem}") from None
    if not isinstance(data, dict):
        raise VocabError(f"{path}:1: expected a mapping at the top of the vocabulary")
    return data


def load_all() -> None:
    """Read every vocabulary in ``rules/vocab`` (cached), raising the first ``VocabError``."""
    folder = vocab_path("")
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else ():
        load(path.name)


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
