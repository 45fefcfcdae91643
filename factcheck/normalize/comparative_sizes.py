"""A figure named by a comparative of size against the figure of its kind before it (issue
#11, everyday70): "A magnitude 7.8 earthquake struck ..., followed by a slightly smaller second
quake of magnitude 7.5"; "A 7.3 earthquake struck on Tuesday. The quake of 25 April, a larger
one of magnitude 7.8, ...". The comparative says on which side of the earlier figure the later
one lies: the earlier gets ``("direction", {"to": later, "up": ..., "words": "smaller
than"})``, which the arithmetic rule judges (a "smaller" quake of 8.1 after a 7.8 is flagged;
two figures equal once rounding is allowed for are never).

The comparative stands in the later figure's own noun phrase ("a smaller second quake of", "a
larger one of magnitude"); the earlier figure is the nearest before it of the same unit, in
its sentence or up to ``_BACK`` sentences back, a level (no change, share or compared value).
A count or a percentage is held to it only when both name the same measure; a physical
quantity (a magnitude, a distance) when their measures do not differ. This module reads
words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

_BACK = 2           # sentences back where the earlier figure may stand
_LEVEL = (None, "item", "total")
_UP = frozenset("larger bigger greater stronger".split())
_NOUN_PHRASE = re.compile(
    r"\b(?:a|an|the)[ \u00a0]+(?:(?:slightly|much|far|somewhat|still|even|marginally)[ \u00a0]+)?"
    r"(?P<adj>smaller|larger|bigger|greater|weaker|stronger|lesser)[ \u00a0]+"
    r"(?:[a-z][a-z-]*[ \u00a0]+){0,3}?of[ \u00a0]+"
    r"(?:(?:magnitude|about|some|around|nearly|almost|roughly)[ \u00a0]+)?$")


def _comparable(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether ``a`` and ``b`` are figures of one kind (module docstring)."""
    if a["unit"] != b["unit"] or a.get("section") != b.get("section"):
        return False
    ma, mb = a.get("measure"), b.get("measure")
    if not a["unit"] or a["unit"] == "percent":
        return ma is not None and ma == mb
    return ma is None or mb is None or ma == mb


def _earlier(drafts: list[dict[str, Any]], i: int) -> int | None:
    """The nearest figure before ``i`` of its kind, within ``_BACK`` sentences."""
    b = drafts[i]
    sentences = [b["sentence"]]
    for j in range(i - 1, -1, -1):
        a = drafts[j]
        if a["sentence"] not in sentences:
            if len(sentences) > _BACK:
                return None
            sentences.append(a["sentence"])
            if len(sentences) > _BACK + 1:
                return None
        if a["value"] is None or a["unit"] != b["unit"]:
            continue
        return j if a.get("role") in _LEVEL and _comparable(a, b) else None
    return None


def _add_direction(d: dict[str, Any], dirn: dict[str, Any]) -> None:
    n = sum(1 for k, _ in d["extra"] if k == "direction" or k.startswith("direction_"))
    d["extra"].append(("direction" if not n else f"direction_{n + 1}", dirn))


def comparative_sizes(low: str, drafts: list[dict[str, Any]]) -> None:
    """See the module docstring."""
    for i, b in enumerate(drafts):
        if b["value"] is None or b.get("role") not in _LEVEL:
            continue
        m = _NOUN_PHRASE.search(low, max(b["sentence"][0], b["start"] - 70), b["start"])
        if m is None:
            continue
        j = _earlier(drafts, i)
        if j is None:
            continue
        adj = m.group("adj")
        _add_direction(drafts[j], {"to": i, "up": adj in _UP, "words": f"{adj} than"})
