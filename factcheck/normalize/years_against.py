"""Years set against another year's figure (issue #11, everyday52): "There were 49,661 fires,
down from 58,083 in 2018, when 8,767,492 acres burned. Both years were well below 2015, when
almost 10 million acres burned, but far above 2010, when 3.4 million acres burned."

A sentence that opens on the years it compares ("Both years", "the two years": the two years
named last before it, in its paragraph or the two before; "2019 was"; "That was": the year
named last) and sets them "below", "above", "short of"... a year written before "when" and
a figure ("well below 2015, when almost 10 million acres") says each year's figure of that
figure's unit is on that side of it. A year's figure is the one of the unit (for a count,
also of the measure) in the sentence that names the year last, the nearest to the year's
mention. The figure set against gets role ``compared`` (it is the other year's level, never a
restatement) and one ``direction`` extra per year compared (``direction``, ``direction_2``:
``{"to": the year's figure, "up": False for "below", "words": ...}``), which the arithmetic
rule holds to the side the words say. Nothing is set unless every year compared has a figure.
The words are rules/vocab/years_against.yaml. This module reads words; the rules judge.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab

_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_BACK_PARAGRAPHS = 2


@lru_cache(maxsize=1)
def _words() -> dict[str, re.Pattern[str]]:
    """rules/vocab/years_against.yaml, each pattern without its "^"."""
    data = vocab.load("years_against.yaml")
    return {k: re.compile(str(data[k]).removeprefix("^") if k == "subject" else str(data[k]))
            for k in ("subject", "against", "below", "year")}


def _years_before(low: str, start: int, limit: int) -> list[tuple[str, int]]:
    """The distinct years written between ``limit`` and ``start``, the latest named first,
    each with the place of its last mention."""
    seen: dict[str, int] = {}
    for m in _words()["year"].finditer(low, limit, start):
        seen[m.group()] = m.start()
    return sorted(seen.items(), key=lambda kv: -kv[1])


def _same_kind(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["unit"] == b["unit"] and (bool(a["unit"]) or a.get("measure") == b.get("measure"))


def _figure_of_year(drafts: list[dict[str, Any]], at: int, like: dict[str, Any]) -> int | None:
    """The figure of ``like``'s kind in the sentence holding the year mention at ``at``, the
    nearest to it."""
    cands = [j for j, d in enumerate(drafts) if d["sentence"][0] <= at < d["sentence"][1] and
             _same_kind(d, like) and d["value"] and
             d.get("role") in (None, "compared", "total") and
             not any(k == "conversion_of" for k, _ in d["extra"])]
    return min(cands, key=lambda j: min(abs(drafts[j]["start"] - at),
                                        abs(drafts[j]["end"] - at)), default=None)


def _compared_years(low: str, drafts: list[dict[str, Any]], s: int) -> list[tuple[str, int]]:
    """The years the sentence starting at ``s`` opens on, each with its mention's place."""
    w = _words()
    m = w["subject"].match(low, s)
    if m is None:
        return []
    if m.group("year"):
        before = _years_before(low, s, 0)
        return [y for y in before if y[0] == m.group("year")][:1]
    paras = [p.end() for p in _PARAGRAPH.finditer(low, 0, s)]
    limit = paras[-_BACK_PARAGRAPHS - 1] if len(paras) > _BACK_PARAGRAPHS else 0
    before = _years_before(low, s, limit)
    n = 2 if m.group("both") else 1
    return before[:n] if len(before) >= n else []


def years_against(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set the comparisons of the module docstring on the drafts in place."""
    w = _words()
    for i, f in enumerate(drafts):
        if not f["value"] or f.get("role") not in (None, "compared"):
            continue
        m = w["against"].search(low, max(f["sentence"][0], f["start"] - 120), f["start"])
        if m is None:
            continue
        years = [y for y in _compared_years(low, drafts, f["sentence"][0])
                 if y[0] != m.group("y")]
        targets = [_figure_of_year(drafts, at, f) for _, at in years]
        if not years or None in targets or i in targets:
            continue
        up = w["below"].match(m.group("w")) is None
        f["role"] = "compared"
        for k, t in enumerate(targets):
            f["extra"].append(("direction" if k == 0 else f"direction_{k + 1}",
                               {"to": t, "up": up, "words": m.group("w")}))
