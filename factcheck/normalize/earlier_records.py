"""An earlier record the story's figure beat (issue #11, everyday94).

"A record 3,834,106 spectators watched ... The total beat the previous best of 3,639,331, set
in 2018-19, by 194,775. ... the Glasgow pair accounted for 2,049,935, or 53.5% of the league's
total": the figure after "the previous best", "the old record", "the former high" is an
earlier season's level, no whole of the parts the story tells after it (the whole a share or a
part "accounted for" is worked from is looked for past it). This module reads words; it never
judges.
"""

from __future__ import annotations

import re
from typing import Any

# the words right before an earlier record: "beat the previous best of 3,639,331", "the old
# record of 1.2 million", "the previous high was 41,000"
_EARLIER_RECORD_BEFORE = re.compile(r"\b(?:previous|former|old|earlier|last|prior)[ \u00a0]+"
                                    r"(?:all-time[ \u00a0]+)?(?:best|record|high|peak|highest)"
                                    r"(?:[ \u00a0]+(?:of|was|stood[ \u00a0]+at))?[ \u00a0]+$")


def record_beaten(low: str, w: dict[str, Any]) -> bool:
    """Whether figure ``w`` is an earlier record ("the previous best of 3,639,331")."""
    return _EARLIER_RECORD_BEFORE.search(low, max(0, w["start"] - 40), w["start"]) is not None


# a verb of beating a record, then the record: "beat the previous best of", "surpassing the
# old record of" (group 1 ends at the record's figure)
_BEAT_RECORD = re.compile(r"\b(?:beat|beats|beating|broke|breaks|breaking|surpass(?:ed|es|ing)?|"
                          r"eclips(?:ed|es|ing)|topp(?:ed|ing)|tops|exceed(?:ed|s|ing)?|"
                          r"overtak(?:es|ing|en)|overtook)[ \u00a0]+the[ \u00a0]+$")
# the words from the record's figure to the margin: ", set in 2018-19, by ", " by "
_TO_MARGIN = re.compile(r"(?:[ \u00a0]*,[^,.;:\d]{0,40}?(?:\d{4}(?:[-/]\d{2,4})?)?[^,.;:\d]{0,20},)?"
                        r"[ \u00a0]+by[ \u00a0]+(?:(?:about|around|some|nearly|almost|more[ \u00a0]+than|"
                        r"just[ \u00a0]+over|just[ \u00a0]+under)[ \u00a0]+)?$")


# the story's own word for its new figure: "A record 3,834,106 spectators", "a new high of"
_A_RECORD_BEFORE = re.compile(r"\b(?:a|an|the)[ \u00a0]+(?:new[ \u00a0]+)?(?:all-time[ \u00a0]+)?"
                              r"(?:record|high)(?:[ \u00a0]+of)?[ \u00a0]+$")


def records_beaten_by(low: str, drafts: list[dict[str, Any]]) -> None:
    """"The total beat the previous best of 3,639,331, set in 2018-19, by 194,775" after "A
    record 3,834,106 spectators": the margin after "by" is the rise from the record beaten to
    the new figure: the nearest larger figure of its unit before the record that the story calls
    a record itself (in its sentence or the two before: "A record 3,834,106 ... The average
    gate ... The total beat ..."; "Ticket sales reached $90 million and prizes $45 million. It
    beat the previous record of $60 million by $30 million" names neither, nothing is read), which wrong-arithmetic checks as a change. A margin with a change of
    its own, or no larger figure there, is left alone."""
    for k in range(1, len(drafts)):
        d, x = drafts[k], drafts[k - 1]
        if d.get("role") is not None or not d["value"] or x["sentence"] != d["sentence"] or \
                x["unit"] != d["unit"] or not x["value"] or \
                any(key == "change" for key, _ in d["extra"]) or \
                not record_beaten(low, x) or \
                _TO_MARGIN.fullmatch(low, x["end"], d["start"]) is None:
            continue
        words = _EARLIER_RECORD_BEFORE.search(low, max(0, x["start"] - 40), x["start"])
        if words is None or _BEAT_RECORD.search(low, max(0, words.start() - 24),
                                                words.start()) is None:
            continue
        back = {x["sentence"]}
        to = None
        for j in range(k - 2, max(-1, k - 10), -1):
            y = drafts[j]
            if y["sentence"] not in back:
                if len(back) == 3:
                    break
                back.add(y["sentence"])
            if y["unit"] == d["unit"] and y["value"] and y.get("role") is None and \
                    y["value"] > x["value"] and \
                    _A_RECORD_BEFORE.search(low, max(0, y["start"] - 30), y["start"]):
                to = j
                break
        if to is None:
            continue
        d["role"] = "change"
        d["extra"].append(("change", {"kind": "absolute", "amount": float(d["value"]),
                                      "direction": "up", "from": k - 1, "to": to}))
