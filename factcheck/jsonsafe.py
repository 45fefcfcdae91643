"""JSON from users' files with a nesting limit that does not depend on the Python version.

``json.loads`` raises ``RecursionError`` on deep nesting under CPython 3.11 and 3.12 but parses
5,000 nested brackets under 3.13. Every reader of a user's JSON (JSONL documents, baselines,
datasets) goes through ``loads``, so "nested too deeply" is the same answer everywhere.
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_DEPTH = 500
# a string (skipped whole, so brackets inside it do not count) or one bracket
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def depth(text: str) -> int:
    """The deepest nesting of arrays and objects in ``text`` (one linear scan)."""
    deepest = level = 0
    for m in _TOKENS.finditer(text):
        c = m.group(0)
        if c in "[{":
            level += 1
            deepest = max(deepest, level)
        elif c in "]}":
            level -= 1
    return deepest


def loads(text: str) -> Any:
    """``json.loads``, raising ``RecursionError`` beyond ``MAX_DEPTH`` levels of nesting."""
    if text.count("[") + text.count("{") > MAX_DEPTH and depth(text) > MAX_DEPTH:
        raise RecursionError(f"nested deeper than {MAX_DEPTH} levels")
    return json.loads(text)
