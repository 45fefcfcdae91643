"""Where the shipped data lives: rules, vocabularies and the bundled corpus.

In a wheel the top-level ``rules/`` and ``corpus/`` folders are installed as
``factcheck/_data/rules`` and ``factcheck/_data/corpus``; in a source checkout (editable install,
tests) they are read in place. Nothing here parses the files: it only finds them.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PKG = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def data_root(name: str) -> Path:
    """The folder ``rules`` or ``corpus``, installed copy first, then the source checkout."""
    installed = _PKG / "_data" / name
    if installed.is_dir():
        return installed
    checkout = _PKG.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"factcheck data folder '{name}' is missing from the installation")


def rules_dir() -> Path:
    return data_root("rules")


def vocab_path(name: str) -> Path:
    """A vocabulary file in ``rules/vocab/`` (measures.yaml, qualifiers.yaml, ...)."""
    return rules_dir() / "vocab" / name


def corpus_dir() -> Path:
    return data_root("corpus")


def schema_path(name: str) -> Path:
    """A JSON Schema shipped in the package (``factcheck/schemas``)."""
    return _PKG / "schemas" / name
