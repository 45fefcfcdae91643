"""Figures paired "respectively" with names, the two lists counted (issue #11, everyday121).

"Aberdeen, Glasgow and Edinburgh grew 9.5%, 2.4% and 5.6% respectively"; "Like-for-like sales
rose 12.2%, 10.4% and 8.1% in Central and South America, Central and Eastern Europe and
Northern Europe respectively": "respectively" pairs the k-th figure of a run with the k-th name
of a list, so the run and the list hold as many items. The run is figures joined only by
commas and "and"; the names stand after it behind "in", "at", "for" or "by" and before
"respectively", or before it, followed by its verb ("grew", "were", "fell by"). The list is
read as ``listed_names`` reads a list (a name with "and" in it may be one name or two), and
the first figure gets ``extra.respective`` ({least, most, names, figures, figures_text}); the
engine's ``sum`` fact of kind ``names`` sets the run's length against the list and the rule
list-count-mismatch decides (it fires only when no reading of the list matches).
"""

from __future__ import annotations

import re
from typing import Any

from .listed_names import _JOINED, _items, _readings

_WS = r"[ \u00a0]+"
# what may stand between two figures of one run: ", ", " and ", ", and "
_RUN_JOIN = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*(?:and" + _WS + r")?|" + _WS + r"and" + _WS + r")")
# the run's end to "respectively" with the names between: " in A, B and C respectively"
_NAMES_AFTER = re.compile(_WS + r"(?:in|at|for|by)" + _WS + r"(?P<names>[A-Z][^.;:()]*?)[ \u00a0]*,?" +
                          _WS + r"respectively\b")
# the run's end to "respectively" with nothing but a noun or two between
_RIGHT_BEFORE = re.compile(r"(?:" + _WS + r"[a-z%]+){0,2}[ \u00a0]*,?" + _WS + r"respectively\b")
_NAME = r"(?:the" + _WS + r")?[A-Z][\w’'.&-]*(?:" + _WS + r"(?:[A-Z][\w’'.&-]*|of|de|upon|on))*"
# a list of names before the run, then its verb in lower-case words: "A, B and C grew "
_NAMES_BEFORE = re.compile(r"(?P<names>" + _NAME + r"(?:(?:[ \u00a0]*,[ \u00a0]*(?:and" + _WS + r")?|" +
                           _WS + r"and" + _WS + r")" + _NAME + r")+)(?:" + _WS +
                           r"[a-z][\w’'-]*){1,4}" + _WS + r"$")

# a sentence's opening phrase before a comma: "In Mendocino County, ", "At Heathrow, "
_OPENING = re.compile(r"^(?:In|At|On|For|By|From|After|Before|With|Across|Among|Of|Since|During|"
                      r"Over|Under|Between|Within|Throughout|Outside|Inside)\b[^,]*,[ \u00a0]*")


def _runs(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> list[list[int]]:
    """The runs of two or more figures of a sentence joined only by commas and "and"."""
    runs: list[list[int]] = []
    for n in idxs:
        if runs and _RUN_JOIN.fullmatch(low, drafts[runs[-1][-1]]["end"], drafts[n]["start"]):
            runs[-1].append(n)
        else:
            runs.append([n])
    return [r for r in runs if len(r) >= 2]


def _names_of(text: str, low: str, drafts: list[dict[str, Any]], run: list[int]
              ) -> str | None:
    """The names the run is paired with "respectively", or None when it is not."""
    first, last = drafts[run[0]], drafts[run[-1]]
    ss, se = first["sentence"]
    after = _NAMES_AFTER.match(text, last["end"], se)
    if after is not None:
        return after.group("names")
    if _RIGHT_BEFORE.match(low, last["end"], se) is None:
        return None
    before = _NAMES_BEFORE.search(text, ss, first["start"])
    if before is None:
        return None
    # (an opening phrase is no name of the list: "In Mendocino County, the River and Ranch
    # fires had burned 20,000 and 35,000 acres respectively")
    return _OPENING.sub("", before.group("names")) or None


def respective_counts(text: str, low: str, drafts: list[dict[str, Any]]) -> None:
    """``extra.respective`` on the first figure of each run paired "respectively" with a list
    of names (module doc)."""
    by_sent: dict[tuple[int, int], list[int]] = {}
    for n, d in enumerate(drafts):
        if "respectively" in low[d["sentence"][0]:d["sentence"][1]]:
            by_sent.setdefault(d["sentence"], []).append(n)
    for idxs in by_sent.values():
        for run in _runs(low, drafts, sorted(idxs, key=lambda n: drafts[n]["start"])):
            names = _names_of(text, low, drafts, run)
            items = _items(names) if names else None
            last_joined = names is not None and not re.search(r",[ \u00a0]+and[ \u00a0]", names)
            got = _readings(items, last_joined) if items and (
                len(items) >= 2 or _JOINED.search(items[0])) else None
            if got is None:
                continue
            first, last = drafts[run[0]], drafts[run[-1]]
            first["extra"].append(("respective", {
                "least": got[0], "most": got[1], "names": names, "figures": len(run),
                "figures_text": text[first["start"]:last["end"]], "end": last["end"]}))


__all__ = ["respective_counts"]
