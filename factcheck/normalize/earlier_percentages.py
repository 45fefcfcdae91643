"""A percentage change said in the sentence before the two levels it lies between (issue #11,
everyday89).

Called by ``relations.relate`` once compared values are read. "Barratt Developments posted a
14 per cent rise in adjusted pre-tax profit for the year ... Adjusted profit before tax was
£1.05 billion, compared with £919.7 million a year earlier"; "Brewin Dolphin reported a 25 per
cent jump in adjusted pre-tax profit .... The figure was £29.7 million, compared with £23.7
million": a per cent change with no values of its own (no "to", no "from") is the change
between the one compared pair of the next sentence (a level and the earlier value set against
it by "compared with", "up from", "against"), when that pair is of the change's measure (both
written), of no other subject or footing, and moves in the change's direction. Which change it
states is a reading: it is taken only when the amount lies within half of itself of the pair's
change (so a change of something else is left alone, and a wrong amount of this one is checked
by wrong-arithmetic). This module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any


# the words between a level and the earlier value set against it: "£1.05 billion, compared
# with £919.7 million"; "£29.7 million, against £23.7 million"; "up from"
_BETWEEN = re.compile(r",?[ \u00a0]*(?:(?:up|down)[ \u00a0]+from|compared[ \u00a0]+(?:with|to)|"
                      r"against|versus|vs\.?)[ \u00a0]+(?:(?:about|around|some|nearly|"
                      r"almost|roughly|just)[ \u00a0]+)?$")
# a sentence that opens by pointing back to the figure of the sentence before: "The figure
# was", "That was", "It was"
_POINTS_BACK = re.compile(r"\W*(?:the[ \u00a0]+(?:figure|total|sum|result)|that|this|it)[ \u00a0]+"
                          r"(?:was|is|came[ \u00a0]+to|stood[ \u00a0]+at|reached)[ \u00a0]+$")


def _level_of(low: str, drafts: list[dict[str, Any]], after: list[int], j: int) -> int | None:
    """The level compared value ``j`` is set against: the figure of its unit right before it
    in its sentence, with only the compared words between."""
    b = drafts[j]
    prev = [x for x in after if x < j and drafts[x]["unit"] == b["unit"]]
    if not prev or _BETWEEN.fullmatch(low, drafts[prev[-1]]["end"], b["start"]) is None:
        return None
    return prev[-1]


def _pairs(low: str, drafts: list[dict[str, Any]], after: list[int], d: dict[str, Any]
           ) -> list[tuple[int, int]]:
    """(earlier, level) of each compared pair of ``d``'s measure in the sentence ``after``."""
    out = []
    for j in after:
        b = drafts[j]
        if b.get("role") != "compared" or not b["value"] or b["unit"] == "percent":
            continue
        to = _level_of(low, drafts, after, j)
        if to is None:
            continue
        lv = drafts[to]
        if lv.get("role") is not None or not lv["value"] or \
                any(x.get("measure") not in (None, d["measure"]) for x in (b, lv)) or \
                any(x.get("subject") and d.get("subject") and x["subject"] != d["subject"]
                    and not str(x["subject"]).startswith(str(d["subject"])) for x in (b, lv)):
            continue
        # of the change's measure, written, or pointed back to ("The figure was ...")
        if d["measure"] not in (b.get("measure"), lv.get("measure")) and \
                _POINTS_BACK.match(low, lv["sentence"][0], lv["start"]) is None:
            continue
        out.append((j, to))
    return out


def percentages_before_their_levels(low: str, drafts: list[dict[str, Any]],
                                    sents: list[list[int]]) -> None:
    """Give the values of the pair of the sentence after to a bare per cent change."""
    for k in range(len(sents) - 1):
        for i in sents[k]:
            d = drafts[i]
            ch = next((v for key, v in d["extra"] if key == "change" and isinstance(v, dict)),
                      None)
            if d.get("role") != "change" or ch is None or ch.get("kind") != "percent" or \
                    ch.get("from") is not None or ch.get("to") is not None or \
                    not d["value"] or d.get("measure") is None or \
                    ch.get("direction") not in ("up", "down"):
                continue
            pairs = _pairs(low, drafts, sents[k + 1], d)
            if len(pairs) != 1:
                continue
            frm, to = pairs[0]
            a, b = float(drafts[frm]["value"]), float(drafts[to]["value"])
            if a <= 0 or b <= 0 or (b > a) != (ch["direction"] == "up"):
                continue
            implied = abs(b / a - 1) * 100
            if abs(implied - float(d["value"])) > 0.5 * float(d["value"]):
                continue
            ch["from"], ch["to"] = frm, to
