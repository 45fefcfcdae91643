"""Parts counted back as one, then given as a share of a change (issue #11, everyday95).

Called by ``relations.relate`` once lists and changes are read. "The US population grew by
32.7 million in the 1990s ... California added 4.1 million people, Texas 3.9 million, Florida
3.0 million, Georgia 1.7 million and Arizona 1.5 million. The five accounted for more than
two-fifths of the growth": the share ("more than two-fifths", "58%") is of the change amount
told before (the 32.7 million), and what it measures is the sum of the parts the count names
("the five": the last five figures of the change's unit before it). The share gets
``("ratio", {"of": (the parts), "per": the change})``, as part_shares sets for "Three-quarters
of the deaths were in five areas: ...".

The share must be followed by "of the growth" (or increase, rise, gain, fall, decline, drop,
loss) and its sentence must open on the count ("The five", "These three", "The two", "Together
the four"); the parts are that many figures of the change's unit in a row, in the share's
sentence or the two before it, after the change, with no other figure of that unit among them;
the change is an amount read as one (a ``change`` of kind absolute), the last of that unit
before the parts. Anything else sets nothing. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

_WS = r"[ \u00a0]+"
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10}
# the sentence's opening, up to the share: "The five accounted for", "Together the two made up"
_OPENING = re.compile(r"\W*(?:together,?" + _WS + r")?(?:the|these|those)" + _WS +
                      r"(?P<n>" + "|".join(_COUNTS) + r"|\d)" + _WS +
                      r"(?:[a-z]+" + _WS + r"){0,3}?(?:together" + _WS + r")?"
                      r"(?:accounted|account|accounts|made|make|makes|contributed|contribute|"
                      r"contributes|provided|provide|provides|were|are)" + _WS +
                      r"(?:for" + _WS + r"|up" + _WS + r")?\Z")
_OF_CHANGE = re.compile(_WS + r"of" + _WS + r"(?:the|this|that|its|their)" + _WS +
                        r"(?:[a-z’'-]+" + _WS + r"){0,2}?(?:growth|increase|rise|gain|fall|"
                        r"decline|drop|loss|jump|expansion)\b")
_BACK = 2


def _absolute_change(d: dict[str, Any]) -> bool:
    return any(k == "change" and isinstance(v, dict) and v.get("kind") == "absolute"
               for k, v in d["extra"])


def _parts_and_change(drafts: list[dict[str, Any]], near: list[int], n: int
                      ) -> tuple[list[int], int] | None:
    """The ``n`` parts and the change they are a share of, or None."""
    for c in reversed(near):
        d = drafts[c]
        if d["value"] and _absolute_change(d):
            # (the levels of the change itself, "to 281.4 million", are no parts of it)
            ends = {v.get(e) for k, v in d["extra"] if k == "change" and isinstance(v, dict)
                    for e in ("from", "to")}
            after = [j for j in near if j > c and j not in ends and
                     drafts[j]["unit"] == d["unit"] and drafts[j]["value"] is not None and
                     drafts[j].get("role") != "compared"]
            if len(after) != n or any(drafts[j].get("role") not in (None, "item", "part")
                                      or _absolute_change(drafts[j]) for j in after):
                return None
            return after, c
    return None


def part_sum_shares(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Read a share of a change said of the parts a count names as the parts' sum over the
    change (module docstring)."""
    for k, idxs in enumerate(sents):
        for p, s in enumerate(idxs):
            d = drafts[s]
            if not d["value"] or d.get("role") not in (None, "portion", "share") or \
                    not (d["unit"] == "percent" or (not d["unit"] and 0 < d["value"] < 1)) or \
                    not _OF_CHANGE.match(low, d["end"]):
                continue
            m = _OPENING.match(low, d["sentence"][0], d["start"])
            if m is None:
                continue
            n = int(m.group("n")) if m.group("n").isdigit() else _COUNTS[m.group("n")]
            near = [j for q in sents[max(0, k - _BACK):k] for j in q] + \
                [j for j in idxs[:p] if drafts[j]["end"] <= m.start("n") or
                 drafts[j]["start"] > m.end("n")]
            found = _parts_and_change(drafts, near, n)
            if found is None:
                continue
            parts, change = found
            d["extra"] = [x for x in d["extra"] if x[0] not in ("ratio", "relation")]
            d["extra"].append(("ratio", {"of": tuple(parts), "per": change}))
            for j in idxs[:p]:
                if drafts[j]["start"] >= m.start("n") and drafts[j]["end"] <= m.end("n") + 1:
                    drafts[j]["role"] = drafts[j].get("role") or "label"
