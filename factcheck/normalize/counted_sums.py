"""Sums whose count of parts follows them (issue #11, everyday105).

Called by ``relations.relate`` after ``complements.counted_joint_totals``. "Manufacturing shed
96,000 jobs and finance 68,000, while transport and utilities lost 7,000 and 6,000, a combined
177,000 in the four industries"; "Private households gained 37,000 jobs, mining 31,000 and
agriculture 7,000, or 334,000 in the six industries together": a figure in a clause that makes
it a joint figure (rules/vocab/complements.yaml ``counted_joint``: "combined", "together") with
a count of the things it sums right after it (``counted_after``: "in the four industries") is
the total of that many figures said before it. The lists reader may have taken it for the total
of the last clause's figures only ("7,000 and 6,000, a combined 177,000") or for one more item
of a list: the count says how many parts it has, so that reading is undone. Which figures are
the parts is read as ``complements._counted_parts`` reads a count said before the figure (the N
nearest levels of its unit, one sentence's or whole sentences' of its paragraph); with no one
reading, or parts not within a factor of two of the figure, no sum is set, and a list the lists
reader closed with the figure is undone (it has fewer parts than the count says). The
parts become ``part`` of the total, which ``list-sum-mismatch`` and ``parts-exceed-total``
hold to it. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab
from .complements import _counted_parts


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = vocab.load("complements.yaml")
    return re.compile(str(data["counted_after"])), re.compile(str(data["counted_joint"]))


def _clause(low: str, d: dict[str, Any]) -> tuple[int, int]:
    """The figure's clause: its sentence, cut at a semicolon or colon either side of it."""
    s0, s1 = d["sentence"]
    start = s0
    for m in re.finditer(r"[;:]\s*", low[s0:d["start"]]):
        start = s0 + m.end()
    cut = re.search(r"[;:]", low[d["end"]:s1])
    return start, d["end"] + cut.start() if cut else s1


def counted_sums(low: str, drafts: list[dict[str, Any]], cardinals: dict[str, int]) -> None:
    """Set each figure whose count of parts follows it as the total of those parts (module
    docstring)."""
    if not any(w in low for w in ("together", "combined", "between them", "in all",
                                  "altogether", "in total", "all told")):
        return
    after, joint = _patterns()
    for t, d in enumerate(drafts):
        if d["value"] is None or d["value"] <= 0 or \
                d.get("role") not in (None, "compared", "total", "item") or \
                d.get("section") in ("headline", "keypoints"):
            continue
        m = after.match(low, d["end"])
        if m is None:
            continue
        start, end = _clause(low, d)
        n = cardinals.get(m.group("n"))
        if not n or n < 2 or joint.search(low, start, end) is None:
            continue
        if d.get("role") == "total" and \
                sum(1 for x in drafts if x.get("group") == t) >= n:
            continue    # (a list of as many parts or more already read)
        parts = _counted_parts(low, drafts, t, (n, bool(m.group("top"))), m.start("n"),
                               after=True)
        if parts is None or not 0.5 * d["value"] <= \
                sum(float(drafts[j]["value"]) for j in parts) <= 2.0 * d["value"]:
            if d.get("role") == "total":
                # (fewer parts than the count says: the list read is incomplete, no sum to
                # hold it to: "lost 7,000 and 6,000, a combined 95,000 in the five industries")
                _release(drafts, t)
                d["role"] = None
            continue
        _release(drafts, t)
        d["role"], d["group"], d["subject"] = "total", None, None
        for j in parts:
            drafts[j]["role"], drafts[j]["group"] = "part", t
        for x in drafts:
            if x["start"] == m.start("n") and x.get("role") is None:
                x["role"] = "factor"    # the count of the things, no figure of its own


def _release(drafts: list[dict[str, Any]], t: int) -> None:
    """Undo the lists reader's reading of the figure: the parts it had as a total, and the
    list it was an item of."""
    g = drafts[t].get("group")
    for x in drafts:
        if x.get("group") == t and x.get("role") in ("part", "portion") or \
                isinstance(g, str) and x.get("group") == g and x.get("role") == "item":
            x["role"], x["group"] = None, None
