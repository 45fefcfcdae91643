"""A level a verb says moved, set against the earlier level of the same measure and subject a
paragraph or more before (issue #11, everyday46): "China's economy grew 7.7% last year. ... In
the first quarter, growth slowed to 7.4%" says 7.4% is below 7.7%. Set on the drafts as
relations.py sets its own (indexes into the draft list); wrong-arithmetic judges the
direction.

A figure right after a verb of movement and "to" ("slowed to", "eased to", "fell to",
"rose to", "picked up to", "before easing to"; ``_MOVED_TO``) whose sentence gives no earlier
value of its own (no "from", no figure set against it) is compared with the earlier levels of
its measure and subject (any subject when it names none) in the story, the sentence's own
dated level right before the verb too ("5.4% in January, a 12-month high, before easing
to"): those of a period that ends before its own begins (the year before, the quarter before;
both periods written). Each such level is a reading of "the level before";
when every one of them lies the other way from the verb's (beyond the rounding of both), the
nearest gets ``("direction", {"to": new, "up": ...})`` and the rule flags the pair; when any
agrees, or none is dated, nothing is set.
"""

from __future__ import annotations

import re
from typing import Any

_BACK = 12          # figures before the new level its earlier levels may stand (linear)
_UP = ("rose", "risen", "climbed", "jumped", "increased", "grew", "gained", "soared", "surged",
       "rebounded", "accelerated", "quickened", "picked up", "edged up", "rising", "climbing",
       "jumping")
_MOVED_TO = re.compile(r"\b(rose|risen|climbed|jumped|increased|grew|gained|soared|surged|"
                       r"rebounded|accelerated|quickened|picked[ \u00a0]+up|edged[ \u00a0]+up|"
                       r"fell|fallen|dropped|declined|decreased|slipped|slid|sank|tumbled|"
                       r"plunged|eased|dipped|shrank|slowed|cooled|moderated|decelerated|"
                       r"edged[ \u00a0]+down|rising|climbing|jumping|falling|dropping|easing|"
                       r"slowing|dipping)(?:[ \u00a0]+slightly)?[ \u00a0]+(?:back[ \u00a0]+)?to[ \u00a0]+"
                       r"(?:(?:about|around|nearly|almost|just|roughly)[ \u00a0]+)?$")
# the words from a level to a verb that moves it to a later one in its sentence ("5.4% in
# January, a 12-month high, before easing to", "was 5.4% in January and eased to"): the
# level's own date and words, no figure between
_EARLIER_IN_SENTENCE = re.compile(r"[ \u00a0]+(?:in|on|for|during)[ \u00a0]+[a-z0-9 \u00a0]{3,20}?"
                                  r"(?:,[^,;.]{0,30},)?[ \u00a0]*(?:,[ \u00a0]*)?(?:and|but|before|"
                                  r"then|and[ \u00a0]+then)[ \u00a0]+")
# an earlier value of the figure's own in its sentence: "slowed to 6.1% from 7%"
_FROM_AFTER = re.compile(r"[^.;]{0,40}?\b(?:from|against|compared|than|versus)\b")


def _level(d: dict[str, Any]) -> bool:
    return d.get("role") in (None, "item") and d["value"] is not None and \
        d.get("measure") is not None and d.get("period") is not None


def _direction_set(drafts: list[dict[str, Any]], i: int) -> bool:
    """Whether figure ``i`` already has an earlier value (a direction or change set on it)."""
    for d in drafts:
        for k, v in d["extra"]:
            if k in ("direction", "change") and isinstance(v, dict) and \
                    (v.get("to") == i or (d is drafts[i] and v.get("from") is not None)):
                return True
    return False


def _way(new: dict[str, Any], old: dict[str, Any]) -> int:
    """1 when ``new`` is above ``old`` beyond the rounding of both, -1 below, 0 when the two may
    be equal."""
    if new["lower"] is None or new["upper"] is None or old["lower"] is None or \
            old["upper"] is None:
        return 0
    if new["lower"] > old["upper"]:
        return 1
    if new["upper"] < old["lower"]:
        return -1
    return 0


def _none_between(drafts: list[dict[str, Any]], j: int, i: int) -> bool:
    """Whether no figure of ``i``'s unit stands between figures ``j`` and ``i`` ("a 12-month
    high" between is a duration, not another level)."""
    return all(drafts[x]["unit"] != drafts[i]["unit"] for x in range(j + 1, i))


def moved_levels(low: str, drafts: list[dict[str, Any]]) -> None:
    """The direction of a moved level against the earlier ones (module docstring)."""
    for i, d in enumerate(drafts):
        if not _level(d):
            continue
        ss = d["sentence"][0]
        m = _MOVED_TO.search(low, max(ss, d["start"] - 40), d["start"])
        if m is None or _FROM_AFTER.match(low, d["end"], d["sentence"][1]) or \
                _direction_set(drafts, i):
            continue
        up = " ".join(m.group(1).split()) in _UP
        start = d["period"][0]
        earlier = [j for j in range(max(0, i - _BACK), i)
                   if _level(drafts[j]) and (drafts[j]["sentence"] != d["sentence"] or
                                             _none_between(drafts, j, i) and
                                             _EARLIER_IN_SENTENCE.fullmatch(
                                                 low, drafts[j]["end"], m.start())) and
                   drafts[j]["measure"] == d["measure"] and drafts[j]["unit"] == d["unit"] and
                   d.get("subject") in (None, drafts[j].get("subject")) and
                   drafts[j]["period"][1] < start]
        if not earlier or any(drafts[j]["extra"] and any(k == "direction" for k, _ in
                                                         drafts[j]["extra"]) for j in earlier):
            continue
        ways = [_way(d, drafts[j]) for j in earlier]
        if all(w == (-1 if up else 1) for w in ways):
            drafts[earlier[-1]]["extra"].append(("direction", {"to": i, "up": up}))
