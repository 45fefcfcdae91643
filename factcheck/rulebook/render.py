"""Filling a rule's message and suggestion templates from the facts a finding bound.

``{name.field}`` is replaced by that field of the fact bound to ``name``; numbers are shown the
way news text shows them (``normalize.figures.number``: thousands separators, no spurious
decimals) and vocabulary keys as
words (``personnel_losses`` -> "personnel losses").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .language import TEMPLATE

# fields that hold vocabulary keys, shown as words
_HUMAN = frozenset({"measure", "subject", "noun", "kind", "role", "section"})


def render(template: str, bindings: Mapping[str, Mapping[str, Any]]) -> str:
    """Fill ``{name.field}`` from bound facts; numbers are shown the way the text shows them.

    ``normalize.figures`` is imported here, not with the module: importing the rulebook (and
    the engine) does not load the extractor's patterns, which under valgrind took most of
    the memcheck test's time."""
    from ..normalize.figures import number

    def sub(m: re.Match[str]) -> str:
        alias, fld = m.groups()
        v = bindings.get(alias, {}).get(fld, "")
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return number(v)
        if fld in _HUMAN and isinstance(v, str):
            return v.replace("_", " ")      # vocabulary keys: personnel_losses -> personnel losses
        return str(v)
    return TEMPLATE.sub(sub, template)
