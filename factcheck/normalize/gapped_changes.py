"""A change whose verb is left out after a change said in full (issue #11, lead38c): "Full-time
jobs rose 11,500 to 8,141,000 and part-time jobs 5,900 to 3,634,800". Called by
``relations._stated_changes`` once the changes said with their verbs are read.

The second amount (5,900) stands after "and" and a short noun phrase with no verb, right after
the new level of a change read in full (8,141,000), and is followed by "to" and a level of its
own unit: it is a change in the first one's direction to that level (``("change", {"kind":
"absolute", "amount": ..., "direction": ..., "to": level})``, role ``change``), and neither figure
is an item of a list with the level before. Only in one sentence, in one unit, between figures
no other reading took. This module reads words; wrong-arithmetic judges.
"""

from __future__ import annotations

import re
from typing import Any

# from the first change's new level to the gapped amount (a noun phrase of at most six words,
# no verb of its own, and "by" before the amount): "and part-time jobs", ", and
# exports of services", "and those seeking only part-time work by")
_GAP = re.compile(r"[ \u00a0]*,?[ \u00a0]+and[ \u00a0]+(?P<noun>(?:[a-z][\w’'-]*[ \u00a0]+){1,6}?)"
                  r"(?:by[ \u00a0]+)?$")
_TO = re.compile(r"[ \u00a0]+to[ \u00a0]+[$£€]?$")
# words of a verb or a comparison in the noun phrase: the amount is read another way
_NOT_NOUNS = re.compile(r"\b(?:rose|fell|grew|dropped|increased|decreased|climbed|jumped|"
                        r"slipped|declined|added|lost|gained|was|were|is|are|by|from|than|"
                        r"up|down|more|less|fewer)\b")


def _change(d: dict[str, Any]) -> dict[str, Any] | None:
    return next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict)), None)


def gapped_changes(low: str, drafts: list[dict[str, Any]]) -> None:
    """Read the change a gapped clause says after one said in full (module docstring)."""
    if " and " not in low:
        return
    for k in range(1, len(drafts) - 1):
        p, n, m = drafts[k - 1], drafts[k], drafts[k + 1]
        if not (p["sentence"] == n["sentence"] == m["sentence"]) or \
                not (p["unit"] == n["unit"] == m["unit"]) or not n["value"] or \
                not m["value"] or _change(n) is not None or _change(m) is not None or \
                n.get("role") not in (None, "item") or m.get("role") not in (None, "item"):
            continue
        gap = _GAP.search(low, p["end"], n["start"])
        if gap is None or gap.start() != p["end"] or _NOT_NOUNS.search(gap.group("noun")) or \
                not _TO.fullmatch(low, n["end"], m["start"]):
            continue
        c = next((x for x in drafts[max(0, k - 3):k - 1]
                  if x["sentence"] == n["sentence"] and (ch := _change(x)) is not None and
                  ch.get("kind") == "absolute" and ch.get("to") == k - 1 and
                  x["unit"] == n["unit"]), None)
        if c is None:
            continue
        ch = _change(c)
        assert ch is not None
        n["extra"].append(("change", {"kind": "absolute", "amount": float(n["value"]),
                                      "direction": ch["direction"], "to": k + 1}))
        n["role"] = "change"
        for x in (p, n, m):
            if x.get("role") == "item":
                x["role"] = None
            if x is not n and x.get("role") is None:
                x.pop("group", None)
        n.pop("group", None)
