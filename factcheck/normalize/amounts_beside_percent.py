"""An amount of change set in apposition after a percentage change's earlier value (issue
#11, the lead's thirty-fourth-session probes).

Called by ``relations.relate`` once changes are read. "The British Museum had 5,575,946
visitors in 2012. That was down 4.7% from 5,848,534 in 2011, a fall of 272,588": the
percentage takes its new value from the sentence before ("That was"), the amount after its
earlier value ("a fall of", "an increase of") is the same change in the levels' unit, so it
takes the percentage's two values. Only an amount that found no values of its own, right
after the percentage's earlier or new value, of the levels' unit and moving the same way.
This module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

# the words between a value and an amount of change set after it: ", a fall of", "— an
# increase of about"
_APPOSED = re.compile(r"(?:[ \u00a0]+(?:in|on|at)[ \u00a0]+[\w ,]{1,24}?)?[ \u00a0]*[,\u2014\u2013-]"
                      r"[ \u00a0]*(?:a|an)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?P<noun>fall|drop|decline|"
                      r"decrease|loss|rise|increase|gain|jump|climb)[ \u00a0]+of[ \u00a0]+"
                      r"(?:(?:about|around|roughly|some|nearly|almost|just)[ \u00a0]+)?")
_DOWN = frozenset(("fall", "drop", "decline", "decrease", "loss"))


def amounts_beside_percent_changes(low: str, drafts: list[dict[str, Any]],
                                   sents: list[list[int]]) -> None:
    """Give a percentage change's values to the amount of the same change set after them."""
    for idxs in sents:
        for k in range(1, len(idxs)):
            d, before = drafts[idxs[k]], idxs[k - 1]
            ch = _change(d)
            if ch is None or ch.get("kind") != "absolute" or ch.get("from") is not None or \
                    ch.get("to") is not None:
                continue
            m = _APPOSED.fullmatch(low, drafts[before]["end"], d["start"])
            pct = _percent_change_ending_on(drafts, idxs[:k], before)
            if m is None or pct is None or (m.group("noun") in _DOWN) != \
                    (pct.get("direction") == "down") or \
                    drafts[pct["from"]]["unit"] != d["unit"] or \
                    drafts[pct["to"]]["unit"] != d["unit"]:
                continue
            ch.update({"from": pct["from"], "to": pct["to"], "direction": pct["direction"]})


def _change(d: dict[str, Any]) -> dict[str, Any] | None:
    return next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict)), None)


def _percent_change_ending_on(drafts: list[dict[str, Any]], earlier: list[int], j: int
                              ) -> dict[str, Any] | None:
    """The one percentage change of ``earlier`` (figures of the sentence) with both values
    read, one of them figure ``j``; else None."""
    got = [c for i in earlier if (c := _change(drafts[i])) is not None and
           c.get("kind") == "percent" and isinstance(c.get("from"), int) and
           isinstance(c.get("to"), int) and j in (c["from"], c["to"])]
    return got[0] if len(got) == 1 else None
