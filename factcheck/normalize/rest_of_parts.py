"""The rest of a whole said after its other parts (issue #11, everyday106): "Of the 63 seats,
19 are SNP, 18 Conservative, 12 Labour, 8 Green and the remaining 6 Liberal Democrat"; "Fife
Council's 75 seats ... // The SNP won 29 seats, Labour 24 and the Conservatives 15. The
remaining 7 went to the Liberal Democrats".

The readings before this one make such a rest a part of the whole with the others, so a rest
too large is flagged as parts exceeding their total and one too small as a list short of it;
but the words "the remaining", "the other", "the rest" say more: the rest IS the whole less the
parts before it. That is set on the rest as ``("net_sum", {"of": whole, "plus": (parts...),
"signs": (+1, -1, ...), "sign": 1, "rest": True})``, which wrong-arithmetic judges
(engine_facts._net_sum_item: "63 less 19, 18, 12 and 8 leaves 6"). Only for the last part of
its group, whose other parts of its own breakdown (``own_axis``: a whole may be cut along
several) all stand before it, each in the whole's unit; a rest already summed is left
alone.

Also here (``rests_after_more_parts``): a sentence of more parts that ends on the rest after a
sentence of portions of one whole ("Of Renfrewshire Council's 43 seats, the SNP won 19 and
Labour 13. The Conservatives took 8 and the remaining 3 went to smaller groups"): its figures
complete that breakdown, so all are parts of the whole (``relations._rests_completing`` reads
a rest that opens its sentence or stands alone in it). This module reads words; it never
judges.
"""

from __future__ import annotations

import re
from itertools import takewhile
from typing import Any

# the words right before a rest: "the remaining 6", "the other 2", "the rest, 12"
_REST_BEFORE = re.compile(r"\b(?:the[ \u00a0]+(?:other|remaining)|the[ \u00a0]+rest,?)[ \u00a0]+"
                          r"(?:(?:about|some|nearly|almost)[ \u00a0]+)?$")


def _axis(d: dict[str, Any]) -> Any:
    """The breakdown a part belongs to when its whole is cut along several (``own_axis``)."""
    return next((v for k, v in d["extra"] if k == "own_axis"), None)


def rests_of_parts(low: str, drafts: list[dict[str, Any]]) -> None:
    """Make "the remaining N" after a whole's other parts the whole less them (module
    docstring)."""
    if "remaining" not in low and "other" not in low and "rest" not in low:
        return
    members: dict[int, list[int]] = {}
    for j, d in enumerate(drafts):
        g = d.get("group")
        if d.get("role") in ("part", "portion") and isinstance(g, int) and \
                not isinstance(g, bool):
            members.setdefault(g, []).append(j)
    for w, parts in members.items():
        r = parts[-1]
        rest, whole = drafts[r], drafts[w]
        # (only the parts of the rest's own breakdown: a whole cut along two axes, "49 are
        # children, 15 teenagers ... 59 were not immunized and two had one dose. The other
        # seven ...", has a rest of each)
        others = [j for j in parts[:-1] if _axis(drafts[j]) == _axis(rest)]
        if not others or whole["value"] is None or not rest["value"] or \
                any(drafts[j]["unit"] != whole["unit"] or drafts[j]["value"] is None or
                    drafts[j]["start"] > rest["start"] for j in parts) or \
                any(k in ("net_sum", "sum", "difference") for k, _ in rest["extra"]) or \
                _REST_BEFORE.search(low, max(rest["sentence"][0], rest["start"] - 24),
                                    rest["start"]) is None:
            continue
        if rest.get("role") == "part":
            # (a breakdown the rest completes: its portions are parts too, "Of those, 144 were
            # declined and 25 were granted. The remaining 6 ...")
            for j in others:
                drafts[j]["role"] = "part"
        net: dict[str, Any] = {"of": w, "plus": tuple(others),
                               "signs": (1,) + (-1,) * len(others), "sign": 1, "rest": True}
        outer = _outer_reading(drafts, w, others)
        if outer is not None:
            # (under the larger whole's reading the rest is no part of the smaller whole: its
            # parts are not summed against it)
            net["alt_of"], net["alt_plus"] = outer
            rest["role"], rest["group"] = None, None
        rest["extra"].append(("net_sum", net))


def _outer_reading(drafts: list[dict[str, Any]], w: int,
                   others: list[int]) -> tuple[int, tuple[int, ...]] | None:
    """The other whole "the remaining N" may be the rest of, when its own whole is a smaller one
    said in the sentence before ("Labour won 202 seats. The SNP won 48 of Scotland's 59 seats.
    The remaining 35 were shared ...", after "365 of the 650 seats"): an earlier, larger whole
    of the same unit in an earlier sentence, with counts of its own, all before the rest. That
    reading is the larger whole less its counts and the rest's own parts; (whole, parts) or
    None."""
    inner = drafts[w]
    best = None
    for o, d in enumerate(drafts):
        if d.get("role") != "whole" or d["value"] is None or d["unit"] != inner["unit"] or \
                d["value"] <= inner["value"] or d["start"] >= inner["sentence"][0]:
            continue
        own = [j for j, x in enumerate(drafts) if x.get("group") == o and
               x.get("role") in ("part", "portion", "of_whole")]
        if own and all(drafts[j]["value"] is not None and drafts[j]["unit"] == inner["unit"] and
                       drafts[j]["start"] < inner["sentence"][0] for j in own):
            best = (o, tuple(own) + tuple(others))
    return best


def rests_after_more_parts(low: str, drafts: list[dict[str, Any]],
                           sents: list[list[int]]) -> None:
    """A sentence of further parts ending on "the remaining N" after a sentence of portions
    of one whole completes that breakdown (module docstring)."""
    if "remaining" not in low and "other" not in low and "rest" not in low:
        return
    for k in range(1, len(sents)):
        idxs, prev = sents[k], sents[k - 1]
        if len(idxs) < 2 or not prev:
            continue
        rest = drafts[idxs[-1]]
        if _REST_BEFORE.search(low, max(rest["sentence"][0], rest["start"] - 24),
                               rest["start"]) is None or \
                any(drafts[j].get("role") not in (None, "item", "portion") or
                    drafts[j].get("role") == "portion" and drafts[j].get("group") is not None or
                    drafts[j]["unit"] != rest["unit"] or not drafts[j]["value"] or
                    drafts[j]["extra"] and any(x in ("change", "difference", "ratio", "sum")
                                               for x, _ in drafts[j]["extra"])
                    for j in idxs):
            continue
        portions = [j for j in prev if drafts[j]["unit"] == rest["unit"] and drafts[j]["value"]
                    and drafts[j].get("role") == "portion"]
        groups = {drafts[j].get("group") for j in portions}
        if len(portions) < 2 or len(groups) != 1:
            continue
        w = groups.pop()
        if not isinstance(w, int) or isinstance(w, bool) or drafts[w]["value"] is None or \
                drafts[w]["unit"] != rest["unit"] or \
                any(drafts[j]["value"] >= drafts[w]["value"] for j in idxs):
            continue
        for j in (*portions, *idxs):
            drafts[j]["role"], drafts[j]["group"] = "part", w
            drafts[j]["measure"] = drafts[j].get("measure") or drafts[w].get("measure")


# a count left over after a whole's holdings: "..., the Akali Dal won 15 and the BJP 3, leaving
# two for others", "leaving 18 seats to smaller parties and independents"
_LEAVING_BEFORE = re.compile(r"\bleaving[ \u00a0]+(?:(?:just|only|another)[ \u00a0]+)?$")
_LEFT_FOR_AFTER = re.compile(r"(?:[ \u00a0]+[a-z]+)?[ \u00a0]+(?:for|to)[ \u00a0]+(?:the[ \u00a0]+)?"
                             r"(?:others?|rest|smaller|minor|independents?|remaining)\b")


def rests_left_over(low: str, drafts: list[dict[str, Any]]) -> None:
    """"Congress won 77 of the 117 seats ... AAP 20, the Akali Dal 15 and the BJP 3, leaving two
    for others": a count after "leaving", left "for others", that ends a breakdown of a whole's
    holdings in its paragraph is the whole less them (``net_sum`` with ``rest``, as
    ``rests_of_parts`` sets it), and one more holding of that whole."""
    if "leaving" not in low:
        return
    for i, d in enumerate(drafts):
        if d.get("role") is not None or not d["value"] or d["unit"] == "percent" or \
                _LEAVING_BEFORE.search(low, max(d["sentence"][0], d["start"] - 20),
                                       d["start"]) is None or \
                _LEFT_FOR_AFTER.match(low, d["end"]) is None:
            continue
        para = low.rfind("\n\n", 0, d["sentence"][0])
        # (the paragraph's figures before it, read back to the paragraph's start: linear)
        back = takewhile(lambda j: drafts[j]["start"] > para, range(i - 1, -1, -1))
        held = [j for j in back if drafts[j].get("role") in ("of_whole", "portion", "part") and
                isinstance(drafts[j].get("group"), int) and
                not isinstance(drafts[j].get("group"), bool)][::-1]
        groups = {drafts[j]["group"] for j in held}
        last = next((j for j in range(i - 1, -1, -1) if drafts[j]["unit"] == d["unit"]), None)
        if len(held) < 2 or len(groups) != 1 or last not in held:
            continue    # (not after another count: "Together the four won 385 seats,
            #             leaving 18" is left over from that count's whole)
        w = groups.pop()
        if drafts[w]["value"] is None or drafts[w]["unit"] != d["unit"] or \
                any(drafts[j]["unit"] != d["unit"] or drafts[j]["value"] is None for j in held):
            continue
        d["role"], d["group"] = drafts[held[0]]["role"], w
        d["extra"].append(("net_sum", {"of": w, "plus": tuple(held),
                                       "signs": (1,) + (-1,) * len(held), "sign": 1,
                                       "rest": True}))



# a sentence that opens on the holdings before it: "That leaves four seats for independents"
_THAT_LEAVES = re.compile(r"\W*(?:that|this)[ \u00a0]+(?:leaves|left)[ \u00a0]+"
                          r"(?:(?:just|only|another)[ \u00a0]+)?")
_HOLDING_ROLES = (None, "of_whole", "portion", "part")


def rests_that_leave(low: str, drafts: list[dict[str, Any]]) -> None:
    """"Labour won 33 of the 59 seats ..., and the Conservatives ... won 22. That leaves four
    seats for independents" (everyday119): a count after a sentence-opening "That leaves",
    left "for" others, is the whole of its paragraph less the holdings written there (the
    counts of its unit below the whole, one of them "of" it, none a change or compared value):
    ``net_sum`` with ``rest``, as ``rests_left_over`` sets it."""
    if "leave" not in low and "left" not in low:
        return
    for i, d in enumerate(drafts):
        # (a count "for" others may be read as a holding of the whole already)
        if d.get("role") not in (None, "of_whole") or not d["value"] or d["unit"] == "percent" or \
                any(k == "net_sum" for k, _ in d["extra"]) or \
                _THAT_LEAVES.fullmatch(low, d["sentence"][0], d["start"]) is None or \
                _LEFT_FOR_AFTER.match(low, d["end"]) is None:
            continue
        para = low.rfind("\n\n", 0, d["sentence"][0])
        back = [j for j in takewhile(lambda j: drafts[j]["start"] > para, range(i - 1, -1, -1))
                if drafts[j]["unit"] == d["unit"] and drafts[j]["value"]][::-1]
        wholes = [j for j in back if drafts[j].get("role") == "whole"]
        if len(wholes) != 1:
            continue
        w = wholes[0]
        held = [j for j in back if j != w]
        if len(held) < 2 or any(drafts[j].get("role") not in _HOLDING_ROLES or
                                drafts[j]["value"] >= drafts[w]["value"] or
                                any(k in ("change", "difference", "ratio") for k, _ in
                                    drafts[j]["extra"]) for j in held) or \
                not any(drafts[j].get("group") == w for j in held):
            continue
        d["role"], d["group"] = "part", w
        d["extra"].append(("net_sum", {"of": w, "plus": tuple(held),
                                       "signs": (1,) + (-1,) * len(held), "sign": 1,
                                       "rest": True}))
