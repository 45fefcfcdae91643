"""Tables written as list lines, closed by a total line (issue #11):

    - Anglian Water: 273,163 hours (89,514)
    - Northumbrian Water: 280,029 hours (107,536)
    - Total: 553,192 hours (197,050)

A run of consecutive lines, each a label, a colon and a figure, that ends in a line whose label
names a total ("Total", "UK total", "Combined", "In all") is a breakdown of that total: the
first figure of each line before it is a part, which the parts-exceed-total and
list-sum-mismatch rules add up against the total line's first figure. A second column written
in brackets right after the first figure of every line ("(89,514)", the year before's) is a
breakdown of the total line's bracketed figure the same way.

A line without a figure, a blank line or a sentence ends a run. A label of another kind
("Average", "All companies" under an average's heading) makes no total: only the total words
of ``rules/vocab/complements.yaml`` (``table_totals``) do, so an average line is never read as
a sum. Figures another stage already gave a role keep it; the whole table is then left alone.

Called by ``relations.relate`` after the sentence totals are read, on the drafts of one document
(indexes into the draft list). This module reads lines; it never judges.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Any

from ..extract import vocab

# a list line's label up to its colon: "- Anglian Water: ", "Southern Water: "
_LINE = re.compile(r"[ \t]*(?:[-•*–][ \t]+)?(?P<label>[^:\n]{1,60}?)[ \t]*:[ \t]*")
# what may stand between a line's first figure and its bracketed second one: the unit's words
_TO_BRACKET = re.compile(r"[ \t]*(?:[a-z]+[ \t]+){0,2}?\([ \t]*(?:[a-z0-9]+[ \t]*:[ \t]*)?")
_AFTER_BRACKET = re.compile(r"[ \t]*(?:[a-z]+[ \t]*)?\)")
_NEWLINE = re.compile(r"\n")


@lru_cache(maxsize=1)
def _total_label() -> re.Pattern[str]:
    words = [str(w) for w in vocab.load("complements.yaml").get("table_totals", []) or []]
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len,
                                                                         reverse=True))
    return re.compile(r"(?:[\w’'().-]+\s+){0,2}?(?:" + alt + r")(?:\s+[\w’'().-]+){0,2}",
                      re.I)


def _lines(text: str, drafts: list[dict[str, Any]]) -> list[tuple[int, str, list[int]]]:
    """The list lines of the text in order: (line start, label, the figures whose start is in
    the line's value part), for each line that opens with a label and a colon right before its
    first figure."""
    out: list[tuple[int, str, list[int]]] = []
    by_line: dict[int, list[int]] = {}
    # (each figure's line by bisection over the line starts: linear in one long line too)
    starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    for i, d in enumerate(drafts):
        by_line.setdefault(starts[bisect_right(starts, d["start"]) - 1], []).append(i)
    for ls, idxs in sorted(by_line.items()):
        m = _LINE.match(text, ls, drafts[idxs[0]]["start"])
        if m is None or m.end() != drafts[idxs[0]]["start"] and \
                text[m.end():drafts[idxs[0]]["start"]].strip() not in ("$", "£", "€"):
            continue
        out.append((ls, m.group("label"), idxs))
    return out


def _columns(low: str, drafts: list[dict[str, Any]], idxs: list[int]
             ) -> tuple[int, int | None]:
    """A line's first figure and, when one follows it in brackets, its second."""
    a = idxs[0]
    if len(idxs) > 1:
        b = idxs[1]
        m = _TO_BRACKET.fullmatch(low, drafts[a]["end"], drafts[b]["start"])
        if m is not None and _AFTER_BRACKET.match(low, drafts[b]["end"]):
            return a, b
    return a, None


def _runs(text: str, lines: list[tuple[int, str, list[int]]]) -> list[list[tuple[str, list[int]]]]:
    """The lines grouped in runs of consecutive lines (no blank line, no other line between)."""
    runs: list[list[tuple[str, list[int]]]] = []
    prev_next = -1
    for ls, label, idxs in lines:
        if ls != prev_next or not runs:
            runs.append([])
        runs[-1].append((label, idxs))
        end = text.find("\n", ls)
        prev_next = end + 1 if end >= 0 else -1
    return runs


def table_totals(text: str, low: str, drafts: list[dict[str, Any]]) -> None:
    """Mark each table's parts and total (module docstring; ``low`` is ``text`` lower-cased)."""
    if "\n" not in text or ":" not in text:
        return
    total_label = _total_label()
    for run in _runs(text, _lines(text, drafts)):
        for end, (label, idxs) in enumerate(run):
            if end < 2 or not total_label.fullmatch(label.strip()):
                continue
            rows = [_columns(low, drafts, ix) for _, ix in run[:end]]
            total = _columns(low, drafts, idxs)
            for col in (0, 1):
                t = total[col]
                cells = [r[col] for r in rows]
                if t is None or any(c is None for c in cells):
                    continue
                cells_i = [c for c in cells if c is not None]
                if any(drafts[c]["unit"] != drafts[t]["unit"] or drafts[c]["value"] is None
                       or drafts[c].get("role") not in (None, "item") for c in cells_i) or \
                        drafts[t].get("role") is not None or not drafts[t]["value"]:
                    continue
                drafts[t]["role"], drafts[t]["group"] = "total", None
                drafts[t]["subject"] = None     # of every line, none of their names
                for c in cells_i:
                    drafts[c]["role"], drafts[c]["group"] = "part", t
            break
