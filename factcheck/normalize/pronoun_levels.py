"""The level "That", "This" or "It" stands for when its sentence sets that level against two
values (issue #11, everyday99). This module reads words; relations.py sets the change and
wrong-arithmetic judges it.

"On average 95.7% of beds were occupied ... That was a slight improvement on the previous
week's average of 96%, but 2.4 percentage points higher than the 93.3% of the same week last
year": the sentence's first figure (96%) is the earlier value of one comparison, and the amount
after "but" is a second comparison of the same level, the one the pronoun refers to, with the
figure after the amount (93.3%). Neither figure of the pronoun's own sentence is that level.

The level is the first figure of the paragraph before (or of the pronoun's paragraph, before
its sentence) in the earlier value's unit, a level, no target; when the sentence right before
leads with another such figure, the comparison's measure word ("average", "peak") picks the
one whose sentence names it, and with none named the amount is left unpaired (two readings).
"""

from __future__ import annotations

import re
from itertools import takewhile
from typing import Any

_WS = r"[ \u00a0]+"
# "That was up from 93.3% the previous week, but " / "It was slightly better than the previous
# week's 68.4%, and ": the pronoun's sentence up to the second comparison's amount (the group
# ``join`` where the first comparison ends)
_PRONOUN_THEN = re.compile(
    r"[\s\"“]*(?:that|this|it)" + _WS + r"(?:was|is|were|are)" + _WS +
    r"(?P<first>(?:[^.;:!?\n]|\.(?=\d))*?)(?P<join>,?" + _WS +
    r"(?:but|and|while|yet|though|although))" + _WS +
    r"(?:(?:still|also|only|was|is|remained|stood)" + _WS + r")*"
    r"(?:(?:about|around|nearly|almost|roughly|some|just)" + _WS + r")?$")
# the first comparison's words: the pronoun's level set against the figure after them
_COMPARED = re.compile(r"\b(?:up|down|better|worse|higher|lower|above|below|improvement|"
                       r"deterioration|rise|fall|increase|decrease|drop|gain|more|less|fewer|"
                       r"ahead|behind|compared|against|unchanged|same|level)\b")
# a figure that is a goal or a bar, never the level a pronoun refers to
_GOAL = re.compile(r"\b(?:target|goal|limit|threshold|ceiling|benchmark|safe)\b")
# measure words a comparison may name its level by
_MEASURES = ("average", "median", "peak", "busiest", "highest", "lowest", "total", "rate")


def compared_before(low: str, d: dict[str, Any], x: dict[str, Any]) -> bool:
    """Whether figure ``x``, before amount ``d`` in its sentence, is the earlier value of the
    first comparison of a sentence that opens on "That was" and sets the same level against
    another value after "but"/"and" (module docstring): never ``d``'s new value."""
    m = _PRONOUN_THEN.fullmatch(low, d["sentence"][0], d["start"])
    return m is not None and m.start("first") <= x["start"] and x["end"] <= m.start("join") and \
        _COMPARED.search(low, m.start("first"), x["start"]) is not None


def referred_level(low: str, drafts: list[dict[str, Any]], first: int, d: dict[str, Any],
                   frm: int, same_scale: Any) -> int | None:
    """The level the pronoun of amount ``d``'s sentence (whose first figure is ``first``) refers
    to, for a change from ``frm`` (module docstring), or None."""
    m = _PRONOUN_THEN.fullmatch(low, d["sentence"][0], d["start"])
    if m is None or not first:
        return None
    t = drafts[frm]

    def level(j: int) -> bool:
        x = drafts[j]
        return x.get("role") in (None, "total", "of_whole") and x["unit"] == t["unit"] and \
            bool(x["value"]) and same_scale(x, t) and not _GOAL.search(
                low, x["sentence"][0], min(x["sentence"][1], x["end"] + 40))

    # the figures before the sentence, back to the paragraph before's start when it opens
    # its paragraph, else to its own paragraph's
    s0 = d["sentence"][0]
    p = low.rfind("\n\n", 0, s0)
    para = low.rfind("\n\n", 0, p) + 1 if p >= 0 and not low[p:s0].strip() else p + 1
    before = list(takewhile(lambda j: drafts[j]["start"] >= para, range(first - 1, -1, -1)))
    before.reverse()
    if not before:
        return None
    lead = next((j for j in before if level(j)), None)
    last_sent = drafts[before[-1]]["sentence"]
    last = [j for j in before if drafts[j]["sentence"] == last_sent and level(j)]
    if lead is None or (len(last) <= 1 and (not last or last[0] == lead)):
        return lead
    # (the sentence right before holds another level, or two: "A further 424 people crossed
    # on Friday, bringing the total to 29,578. That is 141 more than ..., though still about
    # 16,000 below the 45,728": a measure word must pick one, else two readings)
    said = low[m.start("first"):m.start("join")]
    named = [j for j in dict.fromkeys([lead, *last]) if any(
        w in said and w in low[drafts[j]["sentence"][0]:drafts[j]["sentence"][1]]
        for w in _MEASURES)]
    return named[0] if len(named) == 1 else None
