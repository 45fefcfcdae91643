"""The base of a gap said against a plan (issue #11, everyday83): "In the second quarter it had
forecast 5 million new members and added only 2.7 million, 2.3 million fewer than planned".

An amount of change with its new value read ("added only 2.7 million, 2.3 million fewer") but
no earlier one, whose words after it set it against what was planned, expected, forecast,
projected, targeted or budgeted ("fewer than planned", "more than expected"), is a change from
the figure its sentence (or the sentence before, in one paragraph) gives as that expectation
(role "expected": "had forecast 5 million", "the 7 million it had projected"): the last such
figure before the amount, of the new value's unit, other than the new value itself (its own
sentence first). Two expectations of that unit in reach leave it unread: the reading must be the only one. This
module reads words; wrong-arithmetic judges the change."""

from __future__ import annotations

import re
from typing import Any

_W = r"[ \u00a0]+"
# the words after the amount: "fewer than planned", "more than had been expected"
_THAN_PLANNED = re.compile(
    rf"{_W}(?:more|fewer|less|higher|lower|above|below){_W}than{_W}"
    rf"(?:(?:it|they|we|the[ \u00a0]+\w+){_W}had{_W}|had{_W}been{_W}|was{_W}|were{_W})?"
    r"(?:planned|expected|forecast|predicted|projected|targeted|budgeted|anticipated)\b")


def _change(d: dict[str, Any]) -> dict[str, Any] | None:
    return next((v for k, v in d["extra"] if k == "change"), None)


def planned_bases(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Set the earlier value of each change said "fewer than planned" to the expectation its
    sentence or the one before gives (module docstring)."""
    for k, idxs in enumerate(sents):
        for i in idxs:
            d = drafts[i]
            ch = _change(d)
            if ch is None or ch.get("from") is not None or ch.get("to") is None or \
                    ch.get("kind") != "absolute" or \
                    _THAN_PLANNED.match(low, d["end"]) is None:
                continue
            to = ch["to"]
            cands = _expected(drafts, [j for j in idxs if drafts[j]["end"] <= d["start"]], to)
            if not cands and k and "\n\n" not in low[drafts[sents[k - 1][0]]["sentence"][0]:
                                                      d["sentence"][0]]:
                cands = _expected(drafts, sents[k - 1], to)     # the sentence before
            if len(cands) == 1:
                ch["from"] = cands[0]


def _expected(drafts: list[dict[str, Any]], reach: list[int], to: int) -> list[int]:
    """The expectations among ``reach`` of new value ``to``'s unit (not ``to`` itself)."""
    return [j for j in reach if j != to and drafts[j].get("role") == "expected" and
            drafts[j]["unit"] == drafts[to]["unit"] and drafts[j]["value"]]
