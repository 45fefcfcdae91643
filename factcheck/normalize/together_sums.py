"""A whole said after its parts in other sentences, with no count of them (issue #11,
everyday54). Called by ``relations.relate`` once totals, lists and joint figures are read.

"There were 57,961 excess deaths in England and Wales ... National Records of Scotland counted
4,729 excess deaths in Scotland and the Northern Ireland statistics agency 906 in Northern
Ireland ... Together that takes the total number of excess deaths in the UK to 63,596": a
figure whose sentence says "together", "combined", "in all", "altogether" or "all told"
before it, with no count of the things joined ("the two airports" is
``complements.counted_joint_totals``'), is the sum of the levels of its unit and measure in
the body sentences before it (up to ``_BACK``, across two paragraph breaks at most), each of
another named subject (a list's items too): ``("sum", {"of": A, "plus": (B, ...)})`` on it, exact in digits.

Which figures are the parts is read, never guessed: every such level must name a subject,
no two the same, none with a role of its own but a list's item, none larger than the whole, none of another
period than the others; there must be two or more, and their sum within a factor of two of
the whole (a misreading, not a slip, otherwise). Any other case is left alone. This module
reads words; wrong-arithmetic judges.
"""

from __future__ import annotations

import re
from typing import Any

_BACK = 3           # sentences of figures before the whole its parts may stand in
_TOGETHER = re.compile(r"\b(?:together|taken[ \u00a0]+together|combined|in[ \u00a0]+all|"
                       r"altogether|all[ \u00a0]+told)\b")
# a count of the things joined: "together the two airports", "the three regions combined"
_COUNTED = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|both|\d+)\b")


def _sentences(drafts: list[dict[str, Any]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for x in drafts:
        if x["sentence"] not in out:
            out.append(x["sentence"])
    return out


def _parts(low: str, drafts: list[dict[str, Any]], i: int, sents: list[tuple[int, int]]
           ) -> list[int] | None:
    """The parts whole ``i`` adds up (module docstring), or None."""
    d = drafts[i]
    k = sents.index(d["sentence"])
    window = [s for s in sents[max(0, k - _BACK):k]
              if low.count("\n\n", s[0], d["sentence"][0]) <= 2]
    parts = [j for j, x in enumerate(drafts) if x["sentence"] in window and
             x.get("section") == "body" and x["unit"] == d["unit"] and
             x.get("measure") == d.get("measure") and x["value"] is not None]
    if len(parts) < 2:
        return None
    subjects = [drafts[j].get("subject") for j in parts]
    periods = {drafts[j].get("period") for j in parts} - {None}
    if None in subjects or len(set(subjects)) != len(subjects) or d.get("subject") in subjects or \
            len(periods) > 1 or \
            any(drafts[j].get("role") not in (None, "item") or drafts[j]["extra"] and any(
                k in ("change", "difference", "ratio", "relation", "sum")
                for k, _ in drafts[j]["extra"]) or
                drafts[j]["value"] <= 0 or drafts[j]["value"] >= d["value"] for j in parts):
        return None
    total = sum(float(drafts[j]["value"]) for j in parts)
    if not d["value"] / 2.0 <= total <= d["value"] * 2.0:
        return None
    return parts


def together_sums(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set the parts of each whole said "together" after them (module docstring)."""
    if not _TOGETHER.search(low):
        return
    sents = _sentences(drafts)
    for i, d in enumerate(drafts):
        if d.get("section") != "body" or d.get("role") is not None or not d["value"] or \
                d["unit"] == "percent" or d.get("measure") is None or d["extra"] and any(
                    k in ("change", "difference", "ratio", "relation", "sum")
                    for k, _ in d["extra"]):
            continue
        head = low[d["sentence"][0]:d["start"]]
        m = _TOGETHER.search(head)
        if m is None or _COUNTED.search(head) or any(
                x["sentence"] == d["sentence"] and x["start"] < d["start"] for x in drafts):
            continue    # (the whole is its sentence's first figure, after the word)
        parts = _parts(low, drafts, i, sents)
        if parts is None:
            continue
        d["extra"].append(("sum", {"of": parts[0], "plus": tuple(parts[1:])}))
