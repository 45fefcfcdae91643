"""The check types, one module each, found by name: ``CHECKS`` maps ``check:`` names to them.

A check type is one module here named after it (``conflict.py`` for ``check: conflict``) that
defines ``CHECK``, a ``factcheck.rulebook.checktype.CheckType``, with a docstring saying what it
checks, its params and an example rule. Adding one is adding a module (and its name to the
``check`` enum of ``factcheck/schemas/rule.schema.json`` and its row to docs/rules.md, which
tests hold to this registry). Check modules are independent of each other (an import-linter
contract in pyproject.toml): what they share lives in ``checktype``.
"""

from __future__ import annotations

import importlib
import pkgutil

from ..checktype import CheckType


def _discover() -> dict[str, CheckType]:
    found: dict[str, CheckType] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        check = importlib.import_module(f"{__name__}.{info.name}").CHECK
        if check.name != info.name:
            raise ImportError(f"{__name__}.{info.name} defines check '{check.name}'; a check "
                              f"module is named after its check")
        found[check.name] = check
    return found


CHECKS: dict[str, CheckType] = _discover()
