"""A percentage change named with "the" whose amount and new level were told before
(issue #11, everyday110): "New Zealand's adult minimum wage will rise by 50 cents to $15.75 an
hour ... With annual inflation at 0.4 per cent, the 3.3 per cent increase would ...". The
earlier level is not written: the amount and the new level imply it ($15.25).
``mark_definite_changes_by`` records on the percentage the change "by" that amount "to" that
level (``("change", {"kind": "percent", "by": amount, "to": level})``, as relations does for
"rise by 50 cents to $15.75, a 3.3% increase" in one sentence), which the wrong-arithmetic
rule judges.

Only when the three sentences before hold exactly one such change in the percentage's
direction (two are two readings, and which is meant is open). This module reads words; it
never judges.
"""

from __future__ import annotations

import re
from typing import Any

from .relations import _definite_change

_SENTENCES_BACK = 3
# figures before the percentage read at most (one endless clause of figures must not make the
# pass quadratic: tests/test_scale.py)
FIGURES_BACK = 40
_NOUN_AFTER = re.compile(r"[ \u00a0]+(?P<w>increase|rise|hike|jump|fall|drop|cut|reduction|"
                         r"decrease|decline)\b")
_DOWN_NOUNS = frozenset({"fall", "drop", "cut", "reduction", "decrease", "decline"})


def _told_by(drafts: list[dict[str, Any]], i: int) -> tuple[int, int, str] | None:
    """(amount, new level, direction) when figure ``i`` is an amount of change with a new
    level and no earlier value ("will rise by 50 cents to $15.75")."""
    ch = next((v for k, v in drafts[i]["extra"] if k == "change" and isinstance(v, dict)), None)
    if ch is None or ch.get("kind") != "absolute" or ch.get("from") is not None or \
            not isinstance(ch.get("to"), int) or not drafts[i]["value"]:
        return None
    to = ch["to"]
    if not 0 <= to < len(drafts) or not drafts[to]["value"] or drafts[to]["unit"] == "percent":
        return None
    return i, to, str(ch.get("direction") or "up")


def mark_definite_changes_by(text: str, drafts: list[dict[str, Any]]) -> None:
    """Record the change a definite percentage restates (module docstring)."""
    low = text.lower()
    sents = sorted({d["sentence"] for d in drafts})
    place = {x: k for k, x in enumerate(sents)}
    for n, d in enumerate(drafts):
        if d["unit"] != "percent" or not d["value"] or d.get("role") not in ("change", None):
            continue
        ch = next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict)), None)
        if ch is None and d.get("role") is None and not any(
                k in ("ratio", "relation", "difference") for k, _ in d["extra"]):
            # ("Unions said the 7.6 per cent increase fell short of inflation": the words
            # make it a change whatever else its sentence holds)
            m = _NOUN_AFTER.match(low, d["end"])
            ch = {"kind": "percent", "amount": float(d["value"]),
                  "direction": "down" if m and m.group("w") in _DOWN_NOUNS else "up"}
        if ch is None or ch.get("kind") != "percent" or any(
                ch.get(k) is not None for k in ("from", "to", "by", "base_of")) or \
                not _definite_change(low, d):
            continue
        k = place[d["sentence"]]
        window = set(sents[max(0, k - _SENTENCES_BACK):k])
        told = {t for i in range(max(0, n - FIGURES_BACK), n)
                if drafts[i]["sentence"] in window and
                (t := _told_by(drafts, i)) is not None}
        if len(told) != 1:
            continue
        by, to, direction = told.pop()
        if direction != (ch.get("direction") or "up"):
            continue
        ch["by"], ch["to"] = by, to
        if d.get("role") is None:
            d["extra"].append(("change", ch))
            d["role"] = "change"
