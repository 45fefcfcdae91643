"""An amount and its rate that close their sentence with no level after them, said of the time
up to now, take the level of the sentence before as the change's new value (issue #11, the
lead's forty-first-session probe): "The Census Bureau projects the US population at
315,091,138 on January 1, 2013 ... Since Census Day, April 1, 2010, the population has grown
by 6,343,630, or 2.05%."

The rate is then the amount out of the level less the amount (("change", {"kind": "percent",
"by": amount, "to": level}), as "grew by 44,000, or 1.4%, to 3.1 million" is read in one
sentence). Only when the sentence says the change runs up to now ("since", or a present
perfect "has grown") and the sentence right before holds exactly one level of the amount's
unit larger than it, with no role. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

# the amount's "or" to its rate: "6,343,630, or 2.05%"
_OR_RATE = re.compile(r"[ \u00a0]*,[ \u00a0]*or[ \u00a0]+")
# a change that runs up to now
_UP_TO_NOW = re.compile(r"\bsince\b|\b(?:has|have)[ \u00a0]+(?:grown|risen|increased|climbed|"
                        r"fallen|dropped|decreased|declined|shrunk)\b")
# a level set against another, no level of now: "45 per cent more than the GH¢33,120"
_SET_AGAINST = re.compile(r"\b(?:than|on|from|against|over|versus|vs)[ \u00a0]+(?:the[ \u00a0]+)?$")
_DOWN = re.compile(r"\b(?:fallen|dropped|decreased|declined|shrunk)\b")
# the words before the amount: "has grown by ", "has risen by about "
_BY_BEFORE = re.compile(r"\b(?:grown|risen|increased|climbed|fallen|dropped|decreased|declined|"
                        r"shrunk)[ \u00a0]+by[ \u00a0]+(?:(?:about|around|some|nearly|almost|"
                        r"roughly)[ \u00a0]+)?$")


def growth_to_level_before(low: str, drafts: list[dict[str, Any]],
                           sents: list[list[int]]) -> None:
    """See the module docstring."""
    for k in range(1, len(sents)):
        same = sents[k]
        if len(same) < 2:
            continue
        a, p = drafts[same[-2]], drafts[same[-1]]
        ss, se = a["sentence"]
        if p["unit"] != "percent" or a["unit"] == "percent" or not a["value"] or \
                a.get("role") not in (None, "change") or p.get("role") not in (None, "change") or \
                any(x == "change" and (v.get("from") is not None or v.get("to") is not None)
                    for x, v in a["extra"]) or \
                any(x == "change" and (v.get("by") is not None or v.get("to") is not None or
                                       v.get("from") is not None) for x, v in p["extra"]) or \
                _OR_RATE.fullmatch(low, a["end"], p["start"]) is None or \
                _BY_BEFORE.search(low, max(ss, a["start"] - 30), a["start"]) is None or \
                _UP_TO_NOW.search(low, ss, a["start"]) is None or \
                low[p["end"]:se].strip(" \u00a0\n.,;") != "":
            continue
        # (not the earlier value of a change the sentence before states: "315,091,138 ...,
        # up 2,272,462, or 0.73%, from 312,818,676" has one level of now)
        earlier = {v.get(key) for j in sents[k - 1] for x, v in drafts[j]["extra"]
                   if x == "change" for key in ("from", "base_of")}
        levels = [j for j in sents[k - 1] if drafts[j]["unit"] == a["unit"] and
                  drafts[j]["value"] and drafts[j].get("role") in (None, "expected") and
                  j not in earlier and float(drafts[j]["value"]) > float(a["value"]) and
                  _SET_AGAINST.search(low, max(0, drafts[j]["start"] - 16),
                                      drafts[j]["start"]) is None]
        if len(levels) != 1:
            continue
        direction = "down" if _DOWN.search(low, ss, a["start"]) else "up"
        by = same[-2]
        p["extra"] = [x for x in p["extra"] if x[0] != "change"]
        p["extra"].append(("change", {"kind": "percent", "amount": float(p["value"]),
                                      "direction": direction, "by": by, "to": levels[0]}))
        p["role"] = "change"
        if a.get("role") is None:
            a["extra"].append(("change", {"kind": "absolute", "amount": float(a["value"]),
                                          "direction": direction}))
            a["role"] = "change"
