"""Where the shipped data lives: rules, vocabularies and the bundled corpus; and the user cache
folder where compiled forms of them are kept (``cache_dir``).

In a wheel the top-level ``rules/`` and ``corpus/`` folders are installed as
``factcheck/_data/rules`` and ``factcheck/_data/corpus``; in a source checkout (editable install,
tests) they are read in place. Nothing here parses the files: it only finds them.
"""

from __future__ import annotations

import os
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


def cache_dir() -> Path | None:
    """The folder of the compiled rulebooks, regular expressions and pint's unit definitions:
    ``FACTCHECK_CACHE_DIR``, or the user cache folder; None for no cache (the variable set to
    "", or no folder known)."""
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
