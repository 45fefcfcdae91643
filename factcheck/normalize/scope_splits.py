"""A whole split into two scopes that leave nothing out, each said with its own figure (issue
#11, lead38c): "Employment rose by 17,400 to 11,775,800 ... Full-time jobs rose 11,500 to
8,141,000 and part-time jobs 5,900 to 3,634,800". Called by ``relations.relate`` with the other
wholes said before their parts.

The scopes are read from rules/vocab/across.yaml ``scope_splits`` (full-time and part-time): a
figure is one side's when a word of that side, and none of the other's, stands in its own
clause before it (from the last comma, semicolon, colon, "and", "while" or "but" of its
sentence). A figure of one side and the next figure of the other side (in its sentence or the
next), of one unit and one kind (two levels, or two amounts of change in one direction), are
the parts of the nearest figure before them of that unit and kind that names neither side (in
their sentence or the two before, in their paragraph or the one before): ``("sum", {"of": a,
"plus": (b,)})`` on it (exact when the whole has no qualifier: the parts' written precision
is the only slack), a level larger than each, or a change in their direction. Any other case
is left alone. This module reads words; wrong-arithmetic judges.
"""

from __future__ import annotations

import re
from typing import Any

from .complete_splits import side_patterns

_BACK = 2       # sentences before the parts where the whole may stand
# (the comma of "11,500" ends no clause)
_CLAUSE = re.compile(r"(?<!\d),|,(?!\d)|[;:]|\b(?:and|while|whereas|but)\b")


_BY_BEFORE = re.compile(r"\bby[ \u00a0]+$")


def _kind(low: str, d: dict[str, Any]) -> tuple[str, str] | None:
    """("level", "") or ("change", direction) for a figure a split may hold; None otherwise."""
    if not d["value"] or d["unit"] == "percent" or \
            any(k in ("sum", "difference", "ratio", "relation", "average") for k, _ in d["extra"]):
        return None
    ch = next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict)), None)
    if ch is None:
        # (an amount after "by" is a change a verb left out, never a level)
        by = _BY_BEFORE.search(low, max(0, d["start"] - 4), d["start"])
        return ("level", "") if d.get("role") in (None, "item") and by is None else None
    if d.get("role") == "change" and ch.get("kind") == "absolute" and ch.get("direction"):
        return "change", str(ch["direction"])
    return None


def _side(low: str, d: dict[str, Any], sides: tuple[re.Pattern[str], re.Pattern[str]]
          ) -> int | None:
    """Which side (0 or 1) figure ``d`` is of by the words of its own clause before it."""
    ss = d["sentence"][0]
    cut = [m.end() for m in _CLAUSE.finditer(low, ss, d["start"])]
    own = low[cut[-1] if cut else ss:d["start"]]
    hits = {k for k in (0, 1) if sides[k].search(own)}
    return hits.pop() if len(hits) == 1 else None


def scope_splits(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set the sum of each two-scope split on the whole said before it (module docstring)."""
    splits = [s for s in side_patterns("scope_splits") if s[0].search(low) and s[1].search(low)]
    if not splits:
        return
    sents = sorted({d["sentence"] for d in drafts})
    for sides in splits:
        side = {j: _side(low, d, sides) for j, d in enumerate(drafts)}
        for a, d in enumerate(drafts):
            kind = _kind(low, d)
            if side[a] != 0 or kind is None:
                continue
            k = sents.index(d["sentence"])
            near = set(sents[k:k + 2])
            b = next((j for j in range(a + 1, min(len(drafts), a + 8))
                      if drafts[j]["sentence"] in near and side[j] == 1 and
                      drafts[j]["unit"] == d["unit"] and _kind(low, drafts[j]) == kind), None)
            if b is None:
                continue
            whole = _whole_before(low, drafts, a, kind, side, set(sents[max(0, k - _BACK):k + 1]))
            if whole is not None and (kind[0] != "level" or drafts[whole]["value"] >
                                      max(d["value"], drafts[b]["value"])):
                # (the parts as a tuple: each part's rounding is allowed for, and a whole
                # with no qualifier is exact arithmetic)
                drafts[whole]["extra"].append(("sum", {"of": a, "plus": (b,)}))


def _whole_before(low: str, drafts: list[dict[str, Any]], a: int, kind: tuple[str, str],
                  side: dict[int, int | None], window: set[tuple[int, int]]) -> int | None:
    """The nearest figure before part ``a`` of its unit and kind, naming neither side, in the
    sentences of ``window`` and across one paragraph break at most."""
    d = drafts[a]
    for j in range(a - 1, max(-1, a - 12), -1):
        x = drafts[j]
        if x["sentence"] not in window or \
                low.count("\n\n", x["end"], d["start"]) > 1:
            return None
        if x["unit"] == d["unit"] and side[j] is None and _kind(low, x) == kind and \
                x.get("role") in (None, "change") and x.get("section") == "body":
            return j
    return None
