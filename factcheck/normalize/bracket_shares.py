"""Bracketed shares after lower-case labels that split one whole (issue #11, everyday49).

"Voters were split, with those in favour (39%) outnumbered by those opposed (50%) and the rest
not sure (11%)", "yes (52%), no (43%) and undecided (5%)": three or more percentages in
brackets in one sentence, each right after a label in lower case and nothing but words between
them, are the answers of one question, the shares of one whole that no word names; they may
not add up to more than 100% (``shares-over-100``).

Not read so: a label that names a group of people (rules/vocab/across.yaml ``bracket_groups``:
"men (58%) and women (62%)", "married voters (59%)"), each share then of its own group; a label
written with a capital ("Latinos (57%)", a name); fewer than three shares (two of them may be
a pair of groups the vocabulary does not know); a share already read as anything else.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab

# the label right before a bracketed share, its last word lower case: "those opposed (", "not
# sure (", "other renewables ("
_LABEL = re.compile(r"([A-Za-z][a-z'\u2019-]*)[ \u00a0]*\([ \u00a0]*$")
_SHARE_CLOSE = re.compile(r"[ \u00a0]*\)")
# from one share's bracket to the next label: words only (no figure, bracket or clause end)
_BETWEEN = re.compile(r"[^.;:!?()\d\n]{1,60}")


@lru_cache(maxsize=1)
def _groups() -> frozenset[str]:
    return frozenset(str(w).lower() for w in vocab.section("across.yaml", "bracket_groups", list))


def _labelled(low: str, text: str, d: dict[str, Any]) -> bool:
    """Whether ``d`` is a percentage in brackets after a lower-case label that names no group
    of people."""
    if d["unit"] != "percent" or d.get("role") is not None or not d["value"] or \
            _SHARE_CLOSE.match(low, d["end"]) is None:
        return False
    m = _LABEL.search(text, max(d["sentence"][0], d["start"] - 40), d["start"])
    if m is None or not m.group(1)[0].islower():
        return False
    word = m.group(1).lower().rstrip("s") or m.group(1).lower()
    return word not in _groups() and m.group(1).lower() not in _groups()


def bracket_shares(text: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """The bracketed shares of one whole (module docstring): role ``share``, one group."""
    low = text.lower()
    n = 0
    for idxs in sents:
        runs: list[list[int]] = []
        for j in idxs:
            if not _labelled(low, text, drafts[j]):
                runs.append([])
                continue
            if runs and runs[-1]:
                prev = drafts[runs[-1][-1]]
                close = _SHARE_CLOSE.match(low, prev["end"])
                lab = _LABEL.search(text, prev["end"], drafts[j]["start"])
                if close is None or lab is None or \
                        not _BETWEEN.fullmatch(low, close.end(), lab.start()):
                    runs.append([])
            if not runs:
                runs.append([])
            runs[-1].append(j)
        for run in runs:
            if len(run) < 3:
                continue
            n += 1
            for j in run:
                drafts[j]["role"], drafts[j]["group"] = "share", f"bracket{n}"
