"""The rulebook and claims store the per-rule article tests share (tests/test_rules.py).

``run_rule_tests`` of one shipped article loads the shipped packs with every rule on and opens
the default store; the 68 article tests did so each (about 0.16 s of CPU apiece, the rulebook
parsed again into each test's fresh cache folder). ``shipped_rules`` builds the same pair once,
for a module-scoped fixture; tests/test_test_time_speed43.py proves it is the same pair.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


def shipped_rules(cache_dir: Path) -> tuple[Any, Any]:
    """(rulebook, store) as ``run_rule_tests([shipped article])`` builds them, the compiled
    rules cached in ``cache_dir`` (never the user's cache)."""
    from factcheck.cli.rules import _all_on, store_for
    from factcheck.rulebook import load_rulebook

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FACTCHECK_CACHE_DIR", str(cache_dir))
        book = _all_on(load_rulebook())
        return book, store_for(book, None)
