""""An extra £17.35", "a further two": the move between two levels told just before (issue
#11, everyday95).

Called by ``relations.relate`` once roles and lists are read. "The full new state pension rose
to £221.20 a week this month. In 2023-24 it was £203.85. Pensioners on the full rate get an
extra £17.35 a week"; "The EU grew from 15 to 25 members in May 2004. On Monday it reached
27, a further two": the amount after "an extra", "a further" or "an additional" is the rise
from the earlier level to the later one, an absolute ``change`` from the earlier to the later
(checked by wrong-arithmetic as any "up 200 from 1,400" is).

The later level stands after "to", "reached" or "hit" in the amount's sentence or one of the
two before it, the nearest figure of the amount's unit before it and above it; the earlier
level is the figure of that unit nearest the later one, in its sentence or a neighbouring one
before the amount, below it and after "from", "was", "were", "been", "to" or "at". Any other
figure of the unit among them, or a period in the amount's unit ("a week", "an hour") the
later level does not share, leaves the amount alone: "Another 30 cases were reported on
Wednesday" after Monday's 400 and Tuesday's 450 has no level after "to" and sets nothing.

A sentence that opens on the figure before it with "That is" ("That's", "That was", "That
means") and says the amount is "extra", "more" or "additional" after it (everyday119: "Glasgow
Airport had 9.9 million passengers in 2017, after 9.4 million in 2016. That is 500,000 extra
travellers") reads the same way, its later level also after "had", "handled", "carried",
"was", "were" or "stood at", its earlier one also after "after", "against" or "compared with".
This module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

_WS = r"[ \u00a0]+"
_HEDGE = r"(?:(?:about|around|roughly|some|nearly|almost|just|a" + _WS + r"record)" + _WS + r")?"
_CUE = re.compile(r"\b(?:an" + _WS + r"extra|a" + _WS + r"further|an" + _WS + r"additional)" +
                  _WS + _HEDGE + r"\Z")
_LATER = re.compile(r"\b(?:to|reached|reaches|reaching|hit|hits|hitting)" + _WS + _HEDGE + r"\Z")
_EARLIER = re.compile(r"\b(?:from|was|were|been|to|at)" + _WS + _HEDGE + r"\Z")
# the same, for an amount said "extra" after it in a sentence opening "That is" (module doc)
_THAT_IS = re.compile(r"\W*(?:that|this|it)(?:[’']s|" + _WS + r"(?:is|was|means|meant))" + _WS +
                      _HEDGE + r"\Z")
_EXTRA_AFTER = re.compile(_WS + r"(?:extra|more|additional)\b")
_LATER_SAID = re.compile(r"\b(?:to|reached|reaches|reaching|hit|hits|hitting|had|has|handled|"
                         r"carried|welcomed|was|were|stood" + _WS + r"at)" + _WS + _HEDGE + r"\Z")
_EARLIER_SAID = re.compile(r"\b(?:from|was|were|been|to|at|after|against|compared" + _WS +
                           r"(?:with|to))" + _WS + _HEDGE + r"\Z")
_LEVEL = (None, "compared", "item")
# sentences back from the amount that may hold the later level
_BACK = 2


def _per(d: dict[str, Any]) -> str | None:
    v = next((v for k, v in d["extra"] if k == "per_period"), None)
    return v.get("unit") if isinstance(v, dict) else None


def _level(low: str, d: dict[str, Any], unit: str | None, pat: re.Pattern[str]) -> bool:
    return d["unit"] == unit and bool(d["value"]) and d.get("role") in _LEVEL and \
        not any(k in ("change", "difference", "ratio", "relation") for k, _ in d["extra"]) and \
        pat.search(low, max(d["sentence"][0], d["start"] - 24), d["start"]) is not None


def _levels(low: str, drafts: list[dict[str, Any]], near: list[int], x: int,
            said: tuple[re.Pattern[str], re.Pattern[str]] | None = None
            ) -> tuple[int, int] | None:
    """The earlier and the later level amount ``x`` is the move between, or None: the later
    the last figure of the unit before ``x`` or the one before it, the earlier its neighbour
    among the figures of the unit (module docstring); ``said``: the words before the later
    and the earlier level (after "to" and after "from" by default)."""
    later_said, earlier_said = said or (_LATER, _EARLIER)
    d = drafts[x]
    same = [j for j in near if j != x and drafts[j]["unit"] == d["unit"] and drafts[j]["value"]]
    for i in range(len(same) - 1, max(len(same) - 3, -1), -1):
        later = same[i]
        if not (_level(low, drafts[later], d["unit"], later_said) and
                drafts[later]["value"] > d["value"]):
            continue
        # (nothing of the unit after the pair: "Another 30 were reported" after two days' counts
        # and a third is no move between the first two)
        cands = [j for j in (same[i + 1:] if i + 1 < len(same) else [same[i - 1]] if i else [])]
        if len(cands) != 1:
            return None
        earlier = cands[0]
        if not _level(low, drafts[earlier], d["unit"], earlier_said) or \
                not drafts[earlier]["value"] < drafts[later]["value"] or \
                _per(d) not in (None, _per(drafts[later])) or \
                _per(drafts[earlier]) not in (None, _per(drafts[later])):
            return None
        return earlier, later
    return None


def extra_amounts(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Read each amount said to be "an extra" or "a further" one as the rise between the two
    levels told just before it (module docstring)."""
    for k, idxs in enumerate(sents):
        for p, x in enumerate(idxs):
            d = drafts[x]
            if not d["value"] or d.get("role") not in ("additional", "item") or \
                    d["unit"] == "percent" or \
                    any(kk in ("change", "difference") for kk, _ in d["extra"]):
                continue
            said = None
            if _CUE.search(low, max(d["sentence"][0], d["start"] - 24), d["start"]) is None:
                if _EXTRA_AFTER.match(low, d["end"]) is None or \
                        _THAT_IS.fullmatch(low, d["sentence"][0], d["start"]) is None:
                    continue
                said = (_LATER_SAID, _EARLIER_SAID)
            near = [j for q in sents[max(0, k - _BACK):k] for j in q] + idxs[:p]
            pair = _levels(low, drafts, near, x, said)
            if pair is None:
                continue
            earlier, later = pair
            if d.get("role") == "item" or drafts[later].get("role") == "item":
                for j in (x, later):
                    if drafts[j].get("role") == "item":
                        drafts[j]["role"], drafts[j]["group"] = None, None
            d["extra"].append(("change", {"kind": "absolute", "amount": float(d["value"]),
                                          "direction": "up", "from": earlier, "to": later}))
            d["role"] = "change"
            drafts[earlier]["role"] = drafts[earlier].get("role") or "compared"
