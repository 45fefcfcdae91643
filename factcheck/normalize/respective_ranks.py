"""A superlative's top set against the figures of its siblings paired "respectively" in the
same or the next sentence (issue #11, everyday121): "City of Derry had the biggest fall of
Northern Ireland's three airports, with 36.2% fewer passengers. Passengers at Belfast City and
Belfast International fell 7.5% and 21% respectively"; "Southampton grew fastest, up 20.1% ...
Aberdeen, Glasgow and Edinburgh grew 9.5%, 2.4% and 5.6% respectively". The figure right
after a superlative of size or pace ("the biggest fall", "grew fastest", "the sharpest rise")
is the top; each figure of a run paired with other names (normalize/respective_counts.py) in
its sentence or the next of its paragraph, of its unit and its way (both falls or both rises:
the words before the run and after the superlative say which), is placed below it
(``("rank", {"of": top, "order": "desc"})``), which wrong-rank judges. A run whose way is not
said, or is the other way, is left alone. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

_WS = r"[ \u00a0]+"
# a superlative of size or pace right before its top figure (no other figure between)
_TOP = re.compile(r"\b(?P<w>biggest|largest|sharpest|steepest|fastest|strongest|greatest|"
                  r"heaviest)\b[^\d.;]{0,80}$")
_DOWN = re.compile(r"\b(?:falls?|fell|fallen|drops?|dropped|declines?|declined|decreases?|"
                   r"decreased|fewer|lost|loss|losses|down|shr[aiu]nk)\b")
_UP = re.compile(r"\b(?:rises?|rose|risen|grew|grown|growth|gains?|gained|up|increases?|"
                 r"increased|more|climbed|jumped|fastest)\b")


def _way(text: str) -> str | None:
    """"down" or "up" when the words say one way only, else None."""
    down, up = _DOWN.search(text) is not None, _UP.search(text) is not None
    return "down" if down and not up else "up" if up and not down else None


def _runs(drafts: list[dict[str, Any]]) -> list[list[int]]:
    """The runs paired "respectively" with names (their first figure holds the count)."""
    out = []
    for n, d in enumerate(drafts):
        rs = next((v for k, v in d["extra"] if k == "respective"), None)
        if isinstance(rs, dict) and rs["least"] == rs["most"] == rs["figures"]:
            out.append(list(range(n, min(len(drafts), n + int(rs["figures"])))))
    return out


def _top_before(low: str, drafts: list[dict[str, Any]], run: list[int]) -> tuple[int, str] | None:
    """(the top figure, its superlative) of the run's sentence or the one before it."""
    first = drafts[run[0]]
    for t in range(run[0] - 1, max(-1, run[0] - 8), -1):
        d = drafts[t]
        if d["sentence"] != first["sentence"] and (
                not 0 <= first["sentence"][0] - d["sentence"][1] <= 3 or
                "\n\n" in low[d["sentence"][1]:first["sentence"][0]]):
            return None
        m = _TOP.search(low, max(d["sentence"][0], d["start"] - 100), d["start"])
        if m is not None and d["value"] and d["unit"] == first["unit"]:
            way = _way(low[m.start():min(d["end"] + 40, d["sentence"][1])])
            return (t, m.group("w")) if way else None
    return None


def respective_ranks(low: str, drafts: list[dict[str, Any]]) -> None:
    """Place the figures of a "respectively" run below the superlative's top (module doc)."""
    if "respectively" not in low:
        return
    for run in _runs(drafts):
        got = _top_before(low, drafts, run)
        if got is None:
            continue
        top, word = got
        d, first = drafts[top], drafts[run[0]]
        sent_start = first["sentence"][0] if d["sentence"] != first["sentence"] else d["end"]
        top_way = _way(low[max(d["sentence"][0], d["start"] - 100):min(d["end"] + 40,
                                                                     d["sentence"][1])])
        if top_way is None or _way(low[sent_start:first["start"]]) != top_way:
            continue
        for j in run:
            x = drafts[j]
            if x["value"] and x["value"] > 0 and not any(k == "rank" for k, _ in x["extra"]):
                x["extra"].append(("rank", {"of": top, "order": "desc", "word": "next",
                                            "of_word": word}))


__all__ = ["respective_ranks"]
