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
        plain = d.get("role") is None and not any(key == "change" for key, _ in d["extra"])
        if not (plain or _bare_rise(d)) or not d["value"] or x["sentence"] != d["sentence"] or \
                x["unit"] != d["unit"] or not x["value"] or \
                _TO_MARGIN.fullmatch(low, x["end"], d["start"]) is None:
            continue
        if not record_beaten(low, x):
            _beaten_in_its_sentence(low, drafts, k)
            continue
        if not plain:
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


# a verb of beating right before the figure beaten, after a comma, with no figure between:
# "£20,991,216 ..., beating last year's on-the-night total of "
_BEATING_THEN = re.compile(r",[ \u00a0]*(?:so[ \u00a0]+)?(?:beating|topping|surpassing|eclipsing|"
                           r"exceeding|outstripping|bettering)\b[^.;:\d]{0,70}$")


def _beaten_in_its_sentence(low: str, drafts: list[dict[str, Any]], k: int) -> None:
    """"Children in Need had counted £20,991,216 by the end of the night, beating last year's
    total of £19,089,771 by £1.9 million" (everyday113): a margin after "by" whose figure
    beaten follows a participle of beating is the rise from that figure to the nearest larger
    figure of its unit before the participle in the same sentence (a level of no role), a
    change wrong-arithmetic checks. Nothing is read when no such figure stands there."""
    d, x = drafts[k], drafts[k - 1]
    ss = x["sentence"][0]
    verb = _BEATING_THEN.search(low, ss, x["start"])
    if verb is None:
        return
    for j in range(k - 2, -1, -1):
        y = drafts[j]
        if y["sentence"] != x["sentence"]:
            return
        if y["end"] > verb.start() or y["unit"] != d["unit"]:
            continue
        if y.get("role") is not None or not y["value"] or y["value"] <= x["value"]:
            return
        d["role"] = "change"
        d["extra"] = [e for e in d["extra"] if e[0] != "change"]
        d["extra"].append(("change", {"kind": "absolute", "amount": float(d["value"]),
                                      "direction": "up", "from": k - 1, "to": j}))
        return


def _bare_rise(d: dict[str, Any]) -> bool:
    """Whether ``d`` is marked an amount of rise between no figures ("by £1.9 million" read
    as a bare change before its figures are found)."""
    changes = [v for key, v in d["extra"] if key == "change"]
    return d.get("role") == "change" and bool(changes) and all(
        isinstance(v, dict) and v.get("from") is None and v.get("to") is None and
        v.get("direction") in (None, "up") and v.get("kind") == "absolute" for v in changes)
