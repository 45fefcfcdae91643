"""Record claims set against the figure they reach back to (issue #11, everyday67).

Called by ``relations.relate`` once the story's changes are read. "The US economy contracted
3.5% in 2020 ... the deepest since output shrank 11.6% in 1946": a superlative "since" a figure
(rules/vocab/across.yaml ``record_since``) says the story's own figure is no larger than that
earlier one (else the record would reach further back), or no smaller for "the lowest since".
The story's figure is the nearest before the superlative of the same unit, in its sentence or
the one before, that is not itself a figure "since" something ("the first annual decline since
a 2.5% fall in 2009" is passed over); the pair is a direction (the story's figure below, or
above, the earlier one), checked by ``wrong-arithmetic`` like "up from": two figures that may
be equal once rounding is allowed for agree. Only figures of one sign are compared. This module
reads words; it never judges.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab

# how far before the earlier figure the superlative may stand
_REACH = 90
# a figure said "since" something: an earlier point of reference, no figure of the story's own
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:a|an|the)\s+)?(?:[a-z’'-]+\s+){0,5}?$")
# a figure said of an earlier time right after it: "9,064 square kilometres a year earlier"
_EARLIER_AFTER = re.compile(r"\s+(?:(?:of|in|for)\s+)?(?:a\s+year\s+(?:earlier|before|ago)|the\s+(?:year|month|"
                            r"quarter|week)\s+before|the\s+previous\s+(?:year|month|quarter|week)|"
                            r"last\s+year|(?:in\s+)?the\s+same\s+period\s+(?:a|last)\s+year)\b")


# a record said of a level, not of a change: "its lowest level since", "the highest figure since"
_LEVEL_RECORD = re.compile(r"\b(?:level|levels|point|figure|total|number|count|reading|mark)\b")


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], frozenset[str]]:
    data = vocab.load("across.yaml")
    return re.compile(str(data["record_since"])), \
        frozenset(str(x) for x in data["record_since_least"])


def _own_figure(low: str, drafts: list[dict[str, Any]], i: int, level: bool = False
                ) -> int | None:
    """The story's figure the superlative before ``drafts[i]`` is said of: the nearest
    earlier figure of its unit in its sentence or the one before that stands "since" nothing;
    for a record of a level (``level``: "its lowest level since"), none when that figure is
    an amount of change."""
    e = drafts[i]
    seen = {tuple(e["sentence"])}
    reach = 2
    for j in range(i - 1, -1, -1):
        d = drafts[j]
        seen.add(tuple(d["sentence"]))
        if len(seen) > reach or d.get("section", "body") != e.get("section", "body"):
            return None
        if d["unit"] != e["unit"] or d["value"] is None:
            continue
        if level and d.get("role") == "change":
            # ("January's fall of about 43,000 took it to its lowest level since February
            # 2023, when it was 7.22 million": the level the record is of is not written; "the
            # deepest since output shrank 11.6%" is a record of the change itself)
            return None
        if _SINCE_BEFORE.search(low, max(d["sentence"][0], d["start"] - 50), d["start"]):
            continue
        if _EARLIER_AFTER.match(low, d["end"]):
            # "compares with 9,064 square kilometres a year earlier": the year before's
            # figure, set against the story's own in the sentence before it
            reach = 3
            continue
        return j
    return None


def record_since(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set each figure a superlative reaches back to ("the deepest since output shrank 11.6%")
    against the story's figure it is said of (module docstring), as a direction on the story's
    figure: ``direction`` {to: the earlier figure's index, up: whether that one is said to be
    above it, words: "above" or "below"}."""
    if "since" not in low:
        return
    pat, least = _words()
    for i, e in enumerate(drafts):
        if e["value"] is None or e["value"] <= 0 or e.get("role") not in (None, "compared"):
            continue
        m = pat.search(low, max(e["sentence"][0], e["start"] - _REACH), e["start"])
        if m is None:
            continue
        j = _own_figure(low, drafts, i, _LEVEL_RECORD.search(m.group(0)) is not None)
        if j is None or drafts[j]["value"] is None or drafts[j]["value"] <= 0 or \
                any(k == "direction" for k, _ in drafts[j]["extra"]):
            continue
        up = m.group("sup") not in least    # the earlier figure is above the story's
        drafts[j]["extra"].append(("direction", {"to": i, "up": up,
                                                 "words": "above" if up else "below"}))
        e["role"] = e.get("role") or "compared"
