"""Figures that state no level of one thing, though nothing else marks them so.

- A figure said of each of several things ("The three richest clubs each earned more than
  £350m", "two wards of 40 beds each") is a bound or an amount of every one of them, no level
  of any one: set against one club's £515 million it is no restatement of it. Such a figure
  takes the role ``each`` (no level: ``engine_facts._level``).
- A count with its share right after it and no whole named ("Some 748 members, 67%, said they
  would strike", "623 (56%) would not") is a part of a whole the story gave before (the 1,121
  members who voted): no restatement of that whole nor of another part of it. It takes the
  role ``portion`` with no group, as "of which" parts do when their whole is not known.

- A figure named as an average over several years or seasons ("below the five-year average
  of 1,722,059 acres", "the 30-year average was 78mm", "the long-term average of 80.5%") is the
  norm the story measures this period against, no level of this period: set against the
  year's 1,050,012 acres it is no restatement. It takes the role ``reference``, as the value
  a comparison is made with does.

- A figure said to be "of the total" (or of the sum, the money, the funding: "Discovery
  Projects takes A$234.7 million of the total") is a part of a whole the story gave, whatever
  verb names it: no restatement of that whole. It takes the role ``portion``, as above.

All prepare facts and decide nothing: a figure left a level is compared by the rules.
"""

from __future__ import annotations

import re
from typing import Any

# "each" in the figure's clause before it ("each earned more than"), or right after it
# ("£350m each"); not "each year", "each day" (a rate's stretch)
_EACH_BEFORE = re.compile(r"\beach\b(?![ \u00a0]+(?:year|day|week|month|quarter|season|time|"
                          r"game|match|of[ \u00a0]+the[ \u00a0]+(?:last|past|next)))"
                          r"[^.;:,!?()\d]{0,40}$")
_EACH_AFTER = re.compile(r"[ \u00a0]*(?:[a-z][\w-]*[ \u00a0]+)?each\b(?![ \u00a0]+[a-z])")
# the words between a count and its share: "748 members, 67%", "623 (56%)", "956, or 85%"
# (or a bare "or": "Most cases, 497 or 63%, were", the count larger than its share)
_SHARE_GAP = re.compile(r"(?:[ \u00a0]+[a-z][\w’'-]*){0,2}[ \u00a0]*(?:,[ \u00a0]*(?:or[ \u00a0]+)?|\([ \u00a0]*|"
                        r"[ \u00a0]+or[ \u00a0]+)"
                        r"(?:(?:about|some|nearly|almost|around|roughly|just[ \u00a0]+over|over)"
                        r"[ \u00a0]+)?")
# the share ends there: no "of" naming its whole after it
_SHARE_END = re.compile(r"[ \u00a0]*(?:,|\))(?![ \u00a0]*of\b)")


def share_gap() -> re.Pattern[str]:
    """The words between a count and its share right after it ("748 members, 67%", "623
    (56%)", "956, or 85%")."""
    return _SHARE_GAP


def mark_each(low: str, drafts: list[dict[str, Any]]) -> None:
    """Role ``each`` on a figure said of each of several things (module doc)."""
    for d in drafts:
        if d.get("role") is not None or d["value"] is None:
            continue
        ss = d["sentence"][0]
        if _EACH_BEFORE.search(low, max(ss, d["start"] - 50), d["start"]) or \
                _EACH_AFTER.match(low, d["end"]):
            d["role"] = "each"


# the name of an average over several years or seasons right before the figure: "the
# five-year average of", "a 10-year average,", "the long-term average was", "the average of the
# past five years of"
_SPAN = (r"(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|"
         r"hundred|multi)[- \u00a0]years?|(?:\d+|five|ten)[- \u00a0]seasons?|long[- \u00a0]term|"
         r"long[- \u00a0]run|historical|historic|seasonal)")
_SPAN_AVERAGE = re.compile(
    r"\b(?:" + _SPAN + r"[ \u00a0]+(?:average|mean|norm)|average[ \u00a0]+(?:of|over|for)"
    r"[ \u00a0]+the[ \u00a0]+(?:past|last|previous|preceding)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?"
    r"(?:years|seasons|decades))"
    r"(?:[ \u00a0]+for[ \u00a0]+(?:the[ \u00a0]+)?[a-z]+(?:[ \u00a0]+[a-z]+)?(?=[ \u00a0]+(?:was|is)\b))?"
    r"(?:[ \u00a0]*,|[ \u00a0]+(?:of|was|is|at|stood[ \u00a0]+at|stands[ \u00a0]+at|had[ \u00a0]+been))?"
    r"[ \u00a0]+(?:(?:about|around|some|nearly|almost|roughly|just[ \u00a0]+over|just[ \u00a0]+under|"
    r"more[ \u00a0]+than|less[ \u00a0]+than)[ \u00a0]+)?$")


def mark_span_averages(low: str, drafts: list[dict[str, Any]]) -> None:
    """Role ``reference`` on a figure named as an average over several years (module doc)."""
    for d in drafts:
        if d.get("role") is not None or d["value"] is None:
            continue
        ss = d["sentence"][0]
        if _SPAN_AVERAGE.search(low, max(ss, d["start"] - 90), d["start"]):
            d["role"] = "reference"


def mark_counts_with_bare_shares(low: str, drafts: list[dict[str, Any]]) -> None:
    """Role ``portion`` on a count whose share of an unnamed whole comes right after it
    (module doc)."""
    for a, b in zip(drafts, drafts[1:]):
        if a.get("role") is not None or a["unit"] or not a["value"] or \
                b["unit"] != "percent" or b.get("role") not in (None, "item") or \
                not b["value"] or not 0 < float(b["value"]) < 100 or \
                a["sentence"] != b["sentence"] or \
                any(k == "ratio" for k, _ in b["extra"]) or \
                not _SHARE_GAP.fullmatch(low, a["end"], b["start"]) or \
                _SHARE_END.match(low, b["end"]) is None:
            continue
        a["role"] = "portion"


# "A$234.7 million of the total", "£3m of the money", "40% of the funding"
_OF_THE_TOTAL = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the|this|that|its|their)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?"
                           r"(?:total|sum|money|funding|funds|amount|pot|budget|cash)\b")


def mark_portions_of_the_total(low: str, drafts: list[dict[str, Any]]) -> None:
    """Role ``portion`` on a figure said to be "of the total" (module doc)."""
    for d in drafts:
        if d.get("role") is None and d["value"] and _OF_THE_TOTAL.match(low, d["end"]):
            d["role"] = "portion"


# the words between an amount of money and the count it pays for: "£85 million for 1,500",
# "$2.1bn for some 300"
_PRICED_GAP = re.compile(r"[ \u00a0]+for[ \u00a0]+(?:(?:about|some|around|nearly|almost|roughly|"
                         r"more[ \u00a0]+than)[ \u00a0]+)?")


def _money_unit(unit: str | None) -> bool:
    return bool(unit) and len(unit) == 3 and unit.isupper()


def mark_priced_list_counts(low: str, drafts: list[dict[str, Any]]) -> None:
    """Role ``portion`` on the counts of a list of priced items, two or more in one sentence
    ("£77 million for 61,000 homes, £61 million for 9,000 businesses and £11 million for 3,500
    vehicles"): each count is one line of a breakdown, the group that amount paid for, no
    level of the thing it counts. Another breakdown's line of the same noun ("£21.7 million
    for 3,600 vehicles" among the flood claims) is another group, not a restatement of it."""
    priced: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for a, b in zip(drafts, drafts[1:]):
        if _money_unit(a["unit"]) and not b["unit"] and b["value"] and \
                a["sentence"] == b["sentence"] and _PRICED_GAP.fullmatch(low, a["end"], b["start"]):
            priced.setdefault(tuple(a["sentence"]), []).append(b)
    for counts in priced.values():
        if len(counts) < 2:
            continue
        for d in counts:
            if d.get("role") is None:
                d["role"] = "portion"
