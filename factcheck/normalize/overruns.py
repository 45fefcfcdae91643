"""A cost against its budget said as a percentage (issue #11, lead30).

Called by ``relations.relate`` once the story's changes are read. "It was expected to cost
£2.6bn but came in at £4.6bn, about 80% over budget": a percentage followed by "over budget",
"above its estimate", "under budget" is the change from the planned amount to the actual one.
The two are the last two amounts of the percentage's unit-less neighbours of one currency in its
sentence, the planned one first (it is named by "expected", "budget", "estimate", "forecast"
or "planned" before it). The change is recorded as ("change", {"kind": "percent", ...}) on the
percentage, checked by ``wrong-arithmetic`` as any stated change is. This module reads words;
it never judges.
"""

from __future__ import annotations

import re
from typing import Any

# the words right after the percentage: "over budget", "above the original estimate"
_OVER_AFTER = re.compile(r"[ \u00a0]+(over|above|under|below)[ \u00a0]+(?:(?:the|its|their)[ \u00a0]+)?"
                         r"(?:(?:original|initial|first)[ \u00a0]+)?(?:budget|estimate|"
                         r"forecast|plan)\b")
# what names the planned amount before it: "expected to cost", "budgeted at", "estimated at"
_PLANNED_BEFORE = re.compile(r"\b(?:expected|budget(?:ed)?|estimated?|forecast|planned|"
                             r"projected|promised|meant)\b[^.;:!?\d£$€]{0,30}$")
# how far before the amount its naming word may stand
_REACH = 40


def _currency(d: dict[str, Any]) -> bool:
    u = d.get("unit") or ""
    return len(u) == 3 and u.isupper()


def over_budget(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Mark each "N% over budget" with the change from the planned amount to the actual one
    (module docstring)."""
    for same in sents:
        for k, i in enumerate(same):
            d = drafts[i]
            if d["unit"] != "percent" or d.get("role") is not None or not d["value"] or \
                    any(key in ("change", "ratio", "relation") for key, _ in d["extra"]):
                continue
            m = _OVER_AFTER.match(low, d["end"])
            if m is None:
                continue
            amounts = [j for j in same[:k] if _currency(drafts[j]) and
                       drafts[j]["value"] and drafts[j].get("role") in (None, "compared")]
            if len(amounts) < 2:
                continue
            frm, to = amounts[-2], amounts[-1]
            if drafts[frm]["unit"] != drafts[to]["unit"] or not _PLANNED_BEFORE.search(
                    low, max(d["sentence"][0], drafts[frm]["start"] - _REACH),
                    drafts[frm]["start"]):
                continue
            up = m.group(1) in ("over", "above")
            d["extra"].append(("change", {"kind": "percent", "amount": float(d["value"]),
                                          "direction": "up" if up else "down",
                                          "from": frm, "to": to}))
            d["role"] = "change"
            drafts[frm]["role"] = drafts[frm].get("role") or "compared"


# an amount of money said as the gap to a budget: "$109,102 more than budgeted", "to run $1.8
# million over budget", "$40,000 under budget"
_AMOUNT_OVER = re.compile(r"[ \u00a0]+(?:(more[ \u00a0]+than|over|above)|(less[ \u00a0]+than|"
                          r"under|below))[ \u00a0]+(?:(?:the|its|their)[ \u00a0]+)?"
                          r"(?:budget(?:ed)?|allocated|planned)\b")
# the words right before the budgeted amount and the spent one
_SET_ASIDE = re.compile(r"\b(?:set[ \u00a0]+aside|allocated|allotted|budgeted|earmarked|"
                        r"budget[ \u00a0]+of)[^.;:!?\d£$€]{0,25}$")
_SPENT = re.compile(r"\b(?:spent|spend|spending|paid|pay|cost|costs)[ \u00a0]+(?:(?:about|some|"
                    r"nearly|almost|around)[ \u00a0]+)?$")


def over_budget_amounts(low: str, drafts: list[dict[str, Any]],
                        sents: list[list[int]]) -> None:
    """An amount of money said as the gap to a budget ("had spent $185,102 ..., $109,102 more
    than budgeted" after "set aside $76,000"; "expected to run $1.8 million over budget: the
    county set aside $1.37 million ..., and the office expects to spend $3.2 million") is the
    change from the one amount its sentence or the next or previous one sets aside to the one
    amount they say is spent (named by "spent", "spend", "cost" right before it, or the amount
    right before the gap in its sentence); left alone when either is not one figure."""
    if "budget" not in low and "allocated" not in low and "planned" not in low:
        return
    for k, same in enumerate(sents):
        for p, i in enumerate(same):
            d = drafts[i]
            m = _AMOUNT_OVER.match(low, d["end"])
            ch = next((v for key, v in d["extra"] if key == "change" and isinstance(v, dict)),
                      None)
            if m is None or not _currency(d) or not d["value"] or (ch is None and d.get("role")) \
                    or (ch is not None and (ch.get("from") is not None or
                                            ch.get("to") is not None)):
                continue
            near = [j for s in sents[max(0, k - 1):k + 2] for j in s
                    if j != i and drafts[j]["unit"] == d["unit"] and drafts[j]["value"]]
            planned = [j for j in near if _SET_ASIDE.search(
                low, max(drafts[j]["sentence"][0], drafts[j]["start"] - _REACH), drafts[j]["start"])]
            spent = [j for j in near if j not in planned and _SPENT.search(
                low, max(drafts[j]["sentence"][0], drafts[j]["start"] - 30), drafts[j]["start"])]
            if not spent and p and same[p - 1] not in planned and \
                    drafts[same[p - 1]]["unit"] == d["unit"] and \
                    re.fullmatch(r"[^.;:!?\d]{0,40},[ \u00a0]*", low[drafts[same[p - 1]]["end"]:d["start"]]):
                spent = [same[p - 1]]   # "had spent $185,102 in five months, $109,102 more"
            if len(planned) != 1 or len(spent) != 1:
                continue
            up = m.group(1) is not None
            change = {"kind": "absolute", "amount": float(d["value"]),
                      "direction": "up" if up else "down", "from": planned[0], "to": spent[0]}
            if ch is None:
                d["extra"].append(("change", change))
                d["role"] = "change"
            else:
                ch.update(change)
            drafts[planned[0]]["role"] = drafts[planned[0]].get("role") or "compared"
