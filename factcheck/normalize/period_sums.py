"""Sums of a year's quarters or months across sentences (issue #11, everyday48).

Called by ``relations.relate`` once lists, totals and shares are read. "Tesla delivered
405,278 vehicles in the fourth quarter ... The quarter followed 310,048 deliveries in the first
three months of the year, 254,695 in the second quarter ... and 343,830 in the third. For the
whole of 2022 the company delivered 1,313,851 cars": figures that each name one quarter (or one
calendar month) and, together, every quarter of a longer period a total of their unit is given
for (a year, a half, nine months) add up to that total: ``("sum", {"of": A, "plus": (B, ...)})``
on it, which the arithmetic rule checks as exact arithmetic in digits (the parts keep their own
roles: a quarter may be an item of the list it is written in). A total already made of some of
them counts as one block
("additions for the first nine months of the year to 28.1 million ... a record 34 million in
2020" after 6 million "in the fourth quarter").

Which quarter a figure names is read from its words ("in the first quarter", "in the first
three months of the year", "in the second" when the sentence names quarters, "Q3",
"fourth-quarter deliveries were"), not from its period: a quarter written without its year
("the first quarter" in a January story) may have been dated in the wrong year, and the
ordinal the sentence leaves out ("and 343,830 in the third") dated as the quarter before. A
month is its period (a month's name dates it). Words from rules/vocab/across.yaml
(``quarter_after``, ``quarter_before``). Nothing is set when a quarter has two candidate
figures of different values, when the blocks' subjects differ, or when no total of their unit
stands within two paragraphs of them; with two totals of the span, the one the parts add up to
is taken (a reading that fits), else the nearest after them.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any

from ..extract import vocab

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4,
             "1": 1, "2": 2, "3": 3, "4": 4}
# parts' sum against a total: a total further than this factor from the parts' sum is another
# figure's, not a mistyped total of them
_NEAR = 2.0


@lru_cache(maxsize=1)
def _words() -> dict[str, re.Pattern[str]]:
    data = vocab.load("across.yaml")
    return {k: re.compile(str(data[k])) for k in ("quarter_after", "quarter_before")}


def _count(d: dict[str, Any]) -> bool:
    return d["unit"] != "percent" and bool(d["value"]) and d["value"] > 0


def _quarter(low: str, d: dict[str, Any]) -> int | None:
    """The quarter a figure's words name, or None."""
    s0, s1 = d["sentence"]
    w = _words()
    m = w["quarter_after"].match(low[d["end"]:min(s1, d["end"] + 70)])
    if m is not None:
        if not m.group("q") and not re.search(r"\bquarters?\b|\bthree\s+months\b",
                                              low[s0:s1]):
            return None     # ("in the second" names a quarter only beside one that is)
        if m.group("n") in ("final", "last") and not m.group("q"):
            return None
        return _ORDINALS[m.group("n")]
    m = w["quarter_before"].search(low[max(s0, d["start"] - 70):d["start"]])
    return None if m is None else _ORDINALS[m.group("n")]


def _month_span(p: Any) -> tuple[int, int, int] | None:
    """A period's (year, first month, last month) when it runs from a month's first day to a
    month's last day within one year, else None."""
    if not p or not isinstance(p[0], date) or not isinstance(p[1], date):
        return None
    a, b = p
    if a.year != b.year or a.day != 1:
        return None
    nxt = date(b.year + (b.month == 12), b.month % 12 + 1, 1)
    if (nxt - b).days != 1:
        return None
    return a.year, a.month, b.month


def _paragraph(low: str, pos: int) -> int:
    return low.count("\n\n", 0, pos)


def period_sums(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set the quarters or months of a longer period as the parts of its total (module
    docstring)."""
    quarters = "quarter" in low or "three months" in low
    blocks: dict[int, tuple[int, int]] = {}    # draft -> (first month, last month)
    for i, d in enumerate(drafts):
        if not _count(d) or d.get("section") != "body" or \
                any(k in ("change", "ratio", "relation") for k, _ in d["extra"]) or \
                d.get("role") not in (None, "item") and not (
                    # ("after delivering 184 in the first quarter": the quarter before, in
                    # sequence, not a value compared with)
                    d.get("role") == "compared" and
                    re.search(r"\bafter\b", low[max(0, d["start"] - 30):d["start"]])):
            continue
        q = _quarter(low, d) if quarters else None
        if q is not None:
            blocks[i] = (3 * q - 2, 3 * q)
            continue
        span = _month_span(d.get("period"))
        if span is not None and span[1] == span[2]:
            blocks[i] = (span[1], span[1])
    if len(blocks) < 2:
        return
    for t, d in enumerate(drafts):
        span = _month_span(d.get("period"))
        if span is None or span[2] - span[1] < 2 or t in blocks or not _count(d) or \
                d.get("role") not in (None, "total") or d.get("section") != "body" or \
                any(k in ("change", "ratio", "relation") for k, _ in d["extra"]):
            continue
        _cover(low, drafts, t, span, blocks)


def _cover(low: str, drafts: list[dict[str, Any]], t: int, yspan: tuple[int, int, int],
           blocks: dict[int, tuple[int, int]]) -> None:
    """Set on total ``t`` the sum of the blocks that partition its months ``yspan`` (year,
    first, last), if exactly one figure stands for each stretch."""
    d, span = drafts[t], yspan[1:]
    par = _paragraph(low, d["start"])
    near = [b for b, (m0, m1) in blocks.items() if b != t and span[0] <= m0 and m1 <= span[1]
            and drafts[b]["unit"] == d["unit"] and
            abs(_paragraph(low, drafts[b]["start"]) - par) <= 2 and
            float(drafts[b]["value"]) < float(d["value"]) * _NEAR]
    parts: list[int] = []
    m = span[0]
    while m <= span[1]:
        starts = [b for b in near if blocks[b][0] == m]
        # (the longest stretch that starts here: a nine months' total before its quarters)
        longest = max((blocks[b][1] for b in starts), default=None)
        if longest is None:
            return
        same = [b for b in starts if blocks[b][1] == longest]
        if len({drafts[b]["value"] for b in same}) != 1:
            return
        parts.append(same[0])
        m = longest + 1
    if len(parts) < 2:
        return
    subjects = {drafts[b].get("subject") for b in parts} - {None}
    total = sum(float(drafts[b]["value"]) for b in parts)
    if len(subjects) > 1 or not total / _NEAR <= float(d["value"]) <= total * _NEAR:
        return
    if not _fits(drafts, parts, d) and _other_fits(drafts, t, yspan, total):
        return
    d["extra"].append(("sum", {"of": parts[0], "plus": tuple(parts[1:])}))
    blocks[t] = span


def _fits(drafts: list[dict[str, Any]], parts: list[int], d: dict[str, Any]) -> bool:
    lo = sum(float(drafts[b].get("lower") or drafts[b]["value"]) for b in parts)
    hi = sum(float(drafts[b].get("upper") or drafts[b]["value"]) for b in parts)
    return lo <= float(d.get("upper") or d["value"]) and float(d.get("lower") or d["value"]) <= hi


def _other_fits(drafts: list[dict[str, Any]], t: int, yspan: tuple[int, int, int],
                total: float) -> bool:
    """Whether another total of the same span and unit nearby is the one the parts add up to
    (a reading that fits: then ``t`` is not theirs)."""
    d = drafts[t]
    return any(j != t and _month_span(x.get("period")) is not None and
               _month_span(x.get("period")) == yspan and x["unit"] == d["unit"] and
               _count(x) and abs(float(x["value"]) - total) <= max(
                   0.5, (float(x.get("upper") or x["value"]) - float(x.get("lower") or
                                                                     x["value"])) / 2)
               for j, x in enumerate(drafts))
