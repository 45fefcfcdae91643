"""Counts said with a verb of hiring or cutting, read as amounts of change (issue #11,
everyday99). Called by ``relations.relate`` right before ``net_changes`` looks for parts.

"US employers cut 95,000 jobs in September ... Private employers hired 64,000 while government
payrolls shrank by 159,000"; "The economy shed 131,000 jobs. The private sector added 71,000
jobs and government cut 202,000": a count right after "added", "hired", "created", "took on"
(up) or "shed", "cut", "axed", "slashed", "eliminated" (down), of jobs or posts (or with no
noun after it), is how much the payroll moved, an amount of change with no values given, never
a level: two of them are no restatement of one figure, and with a word of contrast they are the
signed parts ``net_changes`` sets against the total change. "lost" is left out (a count of
losses: "lost 780 troops").
"""

from __future__ import annotations

import re
from typing import Any

_W = r"[ \u00a0]+"
_HEDGE = r"(?:(?:a" + _W + r"net|another|a" + _W + r"further|about|around|some|nearly|almost|" \
         r"roughly|more" + _W + r"than|just" + _W + r"over|just" + _W + r"under)" + _W + r")?"
_VERB = re.compile(r"\b(?:(?P<up>added|adding|hired|hiring|created|creating|took" + _W + r"on|"
                   r"taking" + _W + r"on)|(?P<down>shed|shedding|cut|cutting|axed|axing|"
                   r"slashed|slashing|eliminated|eliminating))" + _W + _HEDGE + r"$")
# what follows the count: the jobs it counts, or the clause's end
_AFTER = re.compile(r"[ \u00a0]+(?:(?:net|new|more|full-time|part-time)" + _W + r")?(?:jobs|posts|"
                    r"positions|roles|workers|staff|employees)\b|[ \u00a0]*(?:[,;.]|$)|" + _W +
                    r"(?:while|whereas|but|and|in|last|this|over|as|after)\b")


# a gap to another figure, no move of the payroll: "26,000 fewer than the 172,000 economists
# had forecast", "1.3 million fewer than planned"
_GAP_TO_ANOTHER = re.compile(r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:(?:fewer|more|less|higher|lower)"
                             r"[ \u00a0]+than|above|below|short[ \u00a0]+of|ahead[ \u00a0]+of)\b")


def hiring_changes(low: str, drafts: list[dict[str, Any]]) -> None:
    """Mark the counts said with a verb of hiring or cutting as amounts of change (module
    docstring), in place: only in a sentence whose amounts of change move both ways and in
    the sentence of figures right before it (the parts and total of a net move: "cut 95,000
    jobs ... hired 64,000 while ... shrank by 159,000"); elsewhere ("added 431,000 jobs ...
    March's gain was 247,000 smaller", "cut 11,000 jobs" restated) a count stays a level. Each marked count gets ``_hiring`` (net_changes nets such parts only against
    a total said the same way)."""
    if not any(w in low for w in ("added", "adding", "hired", "hiring", "created", "creating",
                                  "took on", "taking on", "shed", "cut", "axed", "axing",
                                  "slash", "eliminat")):
        return
    found: list[tuple[int, int]] = []
    for i, d in enumerate(drafts):
        if d.get("role") is not None or not d["value"] or d["unit"] or \
                any(k == "change" for k, _ in d["extra"]):
            continue
        m = _VERB.search(low, max(d["sentence"][0], d["start"] - 40), d["start"])
        if m is None or not _AFTER.match(low, d["end"]):
            continue
        found.append((i, 1 if m.group("up") else -1))
    # a sentence whose amounts of change (these counts, or changes read already) move both
    # ways holds a net move's parts; its counts and those of the sentence of figures right
    # before it (the total's) are marked
    way_of = dict(found)
    by_sent: dict[tuple[int, int], set[int]] = {}
    for j, d in enumerate(drafts):
        by_sent.setdefault(d["sentence"], set()).add(
            way_of.get(j) or (0 if _GAP_TO_ANOTHER.match(low, d["end"]) else _own_way(d)))
    order = sorted(by_sent)
    both: set[tuple[int, int]] = set()
    hired_in = {drafts[i]["sentence"] for i, _ in found}
    for k, key in enumerate(order):
        if {1, -1} <= by_sent[key]:
            both.add(key)
            if k:
                both.add(order[k - 1])
            if k >= 2 and order[k - 1] not in hired_in and order[k - 2] in hired_in:
                # (a sentence of other figures between: "shed 125,000 jobs in June ... The
                # unemployment rate eased to 9.5%. Private employers added 83,000 jobs and
                # government cut 208,000", everyday102)
                both.add(order[k - 2])
    for i, way in found:
        d = drafts[i]
        if d["sentence"] not in both:
            continue
        d["role"] = "change"
        d["_hiring"] = True
        d["extra"].append(("change", {"kind": "absolute", "amount": float(d["value"]),
                                      "direction": "up" if way > 0 else "down"}))


def hiring_way(low: str, d: dict[str, Any]) -> int:
    """+1 for a count said right after a verb of hiring ("added 71,000 jobs"), -1 for one of
    cutting ("government cut 202,000"), 0 otherwise (net_changes: two such counts moving both
    ways are a net move's parts with no word of contrast, everyday102)."""
    m = _VERB.search(low, max(d["sentence"][0], d["start"] - 40), d["start"])
    if m is None or d["unit"] or not _AFTER.match(low, d["end"]):
        return 0
    return 1 if m.group("up") else -1


def _own_way(d: dict[str, Any]) -> int:
    """+1 or -1 for a plain amount of change read already, else 0."""
    ch = next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict)), None)
    if d.get("role") != "change" or d["unit"] or ch is None:
        return 0
    return {"up": 1, "down": -1}.get(str(ch.get("direction")), 0)
