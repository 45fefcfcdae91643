"""A share of an amount the sentence before names, with that part as an amount: "India sets
aside about Rs 4.55 trillion for the defence services. Of that, about 38%, or Rs 1.72 trillion,
is for capital spending"; "The fund holds £1.25bn. Some 14% of that, about £175m, goes to
schools".

Called by ``relations.relate`` after the comparisons of each sentence are read, on the drafts
of one document (indexes into the draft list). A share that opens its sentence after "Of that,"
(rules/vocab/across.yaml ``share_of_that_open``) or that "of that" follows
(``share_of_that_after``), written with the same part as an amount right after it
(``share_amount_gap``), is that amount out of the whole the words point back at: the latest
earlier figure of the amount's unit, larger than it, in the share's sentence before it or in
the sentence before. It takes a ``ratio`` (``of`` the amount, ``per`` the whole), which the
arithmetic rule checks. When that sentence gives two such wholes of different values, which
one "that" is is not known and nothing is set. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = vocab.load("across.yaml")
    return (re.compile(str(data["share_of_that_open"])),
            re.compile(str(data["share_of_that_after"])),
            re.compile(str(data["share_amount_gap"])))


def shares_of_that(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set the ratio of each share of a named amount (module docstring)."""
    if " of that" not in low and " of this" not in low and " of it" not in low and \
            "of the " not in low:
        return
    opening, after, gap = _words()
    for i in range(len(drafts) - 1):
        c, a = drafts[i], drafts[i + 1]
        if c["unit"] != "percent" or c.get("role") not in (None, "portion") or \
                any(k in ("ratio", "change") for k, _ in c["extra"]) or \
                a["sentence"] != c["sentence"] or not a["unit"] or a["unit"] == "percent" or \
                not a["value"] or a.get("role") not in (None, "portion"):
            continue
        if not (opening.fullmatch(low, c["sentence"][0], c["start"]) or
                after.match(low, c["end"])) or not gap.fullmatch(low, c["end"], a["start"]):
            continue
        whole = _whole_before(drafts, i, a)
        if whole is not None:
            c["extra"].append(("ratio", {"of": i + 1, "per": whole}))


def _whole_before(drafts: list[dict[str, Any]], i: int, a: dict[str, Any]) -> int | None:
    """The amount "that" points back at: the latest figure before the share, in its sentence
    or the one before, of the part's unit and larger than it; None if there is none or that
    sentence gives two of different values."""
    sentences = [drafts[i]["sentence"]]
    before = [j for j in range(i - 1, -1, -1) if drafts[j]["sentence"] != sentences[0]]
    if before:
        sentences.append(drafts[before[0]]["sentence"])
    for sent in sentences:
        cands = [j for j in range(i - 1, -1, -1) if drafts[j]["sentence"] == sent and
                 drafts[j]["unit"] == a["unit"] and drafts[j]["value"] and
                 drafts[j]["value"] > a["value"] and
                 drafts[j].get("role") in (None, "total", "whole")]
        if cands:
            return cands[0] if len({drafts[j]["value"] for j in cands}) == 1 else None
    return None
