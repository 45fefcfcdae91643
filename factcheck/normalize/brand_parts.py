"""Portions named by the words of their whole's name (issue #11, everyday49).

"Jaguar Land Rover retailed 88,121 vehicles ... Land Rovers made up 70,781 of the total and
Jaguars 17,340": two portions whose names (plural or possessive as the text writes them, "Land
Rovers", "Jaguar's") together spell the name of the whole they are portions of, each a part of
it, name every part of it: the breakdown is whole, so the portions must add up to the total
(``list-sum-mismatch`` as well as ``parts-exceed-total``), not only stay within it.
"""

from __future__ import annotations

import re
from typing import Any

_WORD = re.compile(r"[a-z][a-z-]*")


def _words(name: Any) -> frozenset[str]:
    """A name's words, a plural's or possessive's "s" dropped ("land rovers" -> land, rover)."""
    out = set()
    for w in _WORD.findall(str(name or "").lower().replace("'s", "")):
        out.add(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w)
    return frozenset(out - {"and", "the"})


def brand_parts(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Portions that name every word of their whole's name are its parts (module docstring),
    after the portions gapped after one are read (``gapped_portions``)."""
    gapped_portions(low, drafts, sents)
    by_whole: dict[int, list[int]] = {}
    for i, d in enumerate(drafts):
        if d.get("role") == "portion" and isinstance(d.get("group"), int):
            by_whole.setdefault(d["group"], []).append(i)
    for t, members in by_whole.items():
        whole = _words(drafts[t].get("subject"))
        if len(members) < 2 or len(whole) < 2:
            continue
        names = [_words(drafts[j].get("subject")) for j in members]
        if any(not n or not n < whole for n in names) or len(set(names)) != len(names) or \
                frozenset().union(*names) != whole:
            continue
        if any(drafts[j]["unit"] != drafts[t]["unit"] for j in members):
            continue
        for j in members:
            drafts[j]["role"] = "part"


# from a portion to the list gapped after it: "made up 2.95 million of the total, Audis "
_GAPPED_AFTER = re.compile(r"[^.;:!?()\d\n]{0,40}?,[ \u00a0]*(?:and[ \u00a0]+)?"
                           r"[A-Za-z][\w'\u2019-]*(?:[ \u00a0]+[A-Za-z][\w'\u2019-]*)?[ \u00a0]+")
# a sentence that lists the rest of a whole: "The group's commercial vehicle brands delivered
# the rest: 223,000 vans, ..."
_THE_REST_COLON = re.compile(r"[^.;!?\d]{0,80}\bthe[ \u00a0]+(?:rest|remainder)[ \u00a0]*:"
                             r"[ \u00a0]*$")


def gapped_portions(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """"Volkswagen-badged cars made up 2.95 million of the total, Audis 902,400, Skodas 544,300
    and Porsches 114,000": the items gapped after a portion of a whole (its verb and "of the
    total" said once) are portions of that whole too; a sentence right after that lists "the
    rest:" of it completes the breakdown, whose figures are then its parts."""
    for k, idxs in enumerate(sents):
        for p, i in enumerate(idxs[:-1]):
            d, nxt = drafts[i], drafts[idxs[p + 1]]
            w = d.get("group")
            if d.get("role") != "portion" or not isinstance(w, int) or \
                    nxt.get("role") != "item" or nxt["unit"] != d["unit"] or \
                    not _GAPPED_AFTER.fullmatch(low, d["end"], nxt["start"]):
                continue
            items = [j for j in idxs[p + 1:] if drafts[j].get("role") == "item" and
                     drafts[j].get("group") == nxt.get("group") and
                     drafts[j]["unit"] == d["unit"]]
            for j in items:
                drafts[j]["role"], drafts[j]["group"] = "portion", w
            if k + 1 < len(sents):
                _rest_listed(low, drafts, sents[k + 1], w, [i, *items])


def _rest_listed(low: str, drafts: list[dict[str, Any]], idxs: list[int], w: int,
                 portions: list[int]) -> None:
    if len(idxs) < 2 or not _THE_REST_COLON.fullmatch(low, drafts[idxs[0]]["sentence"][0],
                                                      drafts[idxs[0]]["start"]):
        return
    if any(drafts[j].get("role") not in ("item", None) or drafts[j]["unit"] != drafts[w]["unit"]
           or not drafts[j]["value"] for j in idxs):
        return
    for j in (*portions, *idxs):
        drafts[j]["role"], drafts[j]["group"] = "part", w
