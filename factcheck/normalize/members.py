"""Totals and their parts across sentences (issue #11, everyday46), set on the drafts as
relations.py sets its own (indexes into the draft list). This module reads words; the rules
judge the sums.

- A total of named members: "More than 11 million passengers passed through Heathrow and
  Gatwick last month. Heathrow handled 6.97 million ... Gatwick had 4.1 million". A level
  whose clause names two or more subjects joined by "and" (and commas), with no other figure
  of its unit in its sentence, is the total of the one level each of those subjects is given
  in the sentences after it (this paragraph and the two after it): when every named member has one,
  they are its items (role ``item``) and it is their ``total``, so that the list may add up
  neither to more nor to less than it; the total is then said of all of them (its subject the
  joint name), not of the first. A total said of a name that is two members' names joined
  ("Jaguar Land Rover retailed 52,814 cars ... Land Rover sales rose 9.6% to 39,442, while
  Jaguar's fell 17.3% to 13,372") is theirs in the same way.
- A list after its total: "Twenty-three seats were contested. Four parties won seats. Labour
  took 12, the Conservatives 8, the Liberal Democrats 2 and the Greens 1." A list of levels
  with no total of its own, said of subjects of their own and of no measure but the level's
  (or none), is the complete breakdown of the count the sentence or two before it lead with
  (same paragraph or the one before, larger than each item, said of none of the items'
  subjects) when a count of its members stands between them and equals the number of items
  ("Four parties won seats"): they may add up neither to more nor to less than it. Without
  that count the list may leave some out, or be a list of peers ("Asia-Pacific was the
  busiest region with 2.46 billion. Europe followed with 1.93 billion and North America with
  1.72 billion"), and nothing is set.

Both leave a figure alone when another reading already gave it a role or a group.
"""

from __future__ import annotations

import re
from typing import Any

from .across import _plain_part

_AHEAD = 4          # sentences after a total its members' levels may stand in
_BACK = 2           # sentences before a list its total may stand in
# paragraph breaks after a total its members' levels may stand behind: one-sentence
# paragraphs, "Heathrow's figure was 5.74 million. [break] Gatwick carried 2.8 million"
_PARAGRAPHS = 2
# what may join two names of one coordination: ", ", " and ", ", and ", each with "the"
_JOINED = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
# a coordination that goes on past the names found: ", Stansted" or " and Luton" after the
# last one, "Luton, " before the first
_MORE_AFTER = re.compile(r"\s*(?:,|\band\b|\bor\b|&)\s*[a-z]")
_MORE_BEFORE = re.compile(r"(?:,|\band|\bor|&)\s*(?:the\s+)?$")


def _name(subject: Any) -> str:
    """A draft's subject as written words ("liberal_democrats" -> "liberal democrats"); "" for
    none, for a part of a subject ("ups / domestic") or for a joint one."""
    s = str(subject or "").replace("_", " ").strip()
    return "" if not s or "/" in s or " and " in s else s


def _coordination(low: str, ss: int, se: int, names: list[str]) -> list[str] | None:
    """The names of ``names`` (two or more) joined in one coordination of the sentence
    ``low[ss:se]``, in their order, when it names nothing else; else None."""
    if len(names) < 2:
        return None
    spots = []
    for n in names:
        found = [m.start() for m in re.finditer(r"\b" + re.escape(n) + r"\b", low[ss:se])]
        if len(found) != 1:
            return None         # (named twice, or not at all: no one coordination)
        spots.append((ss + found[0], n))
    spots.sort()
    for (a, na), (b, _) in zip(spots, spots[1:]):
        if not _JOINED.fullmatch(low, a + len(na), b):
            return None
    first, (last, lname) = spots[0][0], spots[-1]
    if _MORE_AFTER.match(low, last + len(lname), se) or \
            _MORE_BEFORE.search(low, max(ss, first - 12), first):
        return None
    return [n for _, n in spots]


def _members_ahead(low: str, drafts: list[dict[str, Any]], sents: list[list[int]], k: int,
                   w: dict[str, Any]) -> dict[str, int]:
    """The first level each subject is given in the sentences after sentence ``k`` (up to
    ``_AHEAD``, this paragraph and the two after it) that may be a part of ``w`` (``_plain_part``, as
    if ``w`` were said of no one)."""
    anyone = {**w, "subject": None}
    first: dict[str, int] = {}
    for nxt in sents[k + 1:k + 1 + _AHEAD]:
        if not nxt or low.count("\n\n", w["end"], drafts[nxt[0]]["start"]) > _PARAGRAPHS:
            break
        for j in nxt:
            name = _name(drafts[j].get("subject"))
            if name and name not in first and drafts[j].get("role") is None and \
                    drafts[j].get("group") is None and _plain_part(low, drafts[j], anyone):
                first[name] = j
    return first


def _name_of_pair(subject: str, names: list[str]) -> list[str] | None:
    """The two of ``names`` whose names joined make the total's subject ("jaguar land rover"
    of "jaguar" and "land rover": the group's two brands), else None."""
    pairs = [[a, b] for a in names for b in names if a != b and subject == f"{a} {b}"]
    return pairs[0] if len(pairs) == 1 else None


def _near_whole(drafts: list[dict[str, Any]], items: list[int], w: dict[str, Any]) -> bool:
    """Whether the levels ``items`` add up to within a factor of ``w`` (half to three times):
    a breakdown gone wrong is a figure mistyped or left out, not one of another scale ("won
    the two £1 million jackpots ... holds £45,000 in bonds" is each winner's holding)."""
    total = sum(drafts[j]["value"] for j in items)
    return w["value"] / 2 <= total <= 3 * w["value"]


def named_members_totals(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Totals of named members and their items (module docstring, first item)."""
    for k, idxs in enumerate(sents):
        for t in idxs:
            w = drafts[t]
            if w.get("role") is not None or w.get("group") is not None or not w["value"] or \
                    any(j != t and drafts[j]["unit"] == w["unit"] for j in idxs):
                continue
            ahead = _members_ahead(low, drafts, sents, k, w)
            if len(ahead) < 2:
                continue
            ss, se = w["sentence"]
            names = _coordination(low, ss, se, list(ahead))
            if names is None:
                # (the members may be fewer than the subjects ahead: take those named)
                names = _coordination(low, ss, se, [n for n in ahead if re.search(
                    r"\b" + re.escape(n) + r"\b", low[ss:se])])
            if names is None:
                names = _name_of_pair(str(w.get("subject") or ""), list(ahead))
            if names is None or len(names) < 2:
                continue
            items = [ahead[n] for n in names]
            if not _near_whole(drafts, items, w):
                continue
            w["role"], w["subject"] = "total", " and ".join(names)
            for j in items:
                drafts[j]["role"], drafts[j]["group"] = "item", t
                drafts[j]["measure"] = drafts[j].get("measure") or w.get("measure")


def _list_groups(drafts: list[dict[str, Any]], idxs: list[int]) -> dict[str, list[int]]:
    """The lists of a sentence with no total of their own: group -> its items, each a count
    (no unit) said of a subject of its own."""
    groups: dict[str, list[int]] = {}
    for j in idxs:
        g = drafts[j].get("group")
        if drafts[j].get("role") == "item" and isinstance(g, str):
            groups.setdefault(g, []).append(j)
    totalled = {drafts[j].get("group") for j in idxs if drafts[j].get("role") == "total"}
    return {g: js for g, js in groups.items() if g not in totalled and len(js) >= 2 and
            all(drafts[j]["unit"] == "" and drafts[j]["value"] and
                _name(drafts[j].get("subject")) for j in js) and
            len({drafts[j]["subject"] for j in js}) == len(js)}


def _total_before(low: str, drafts: list[dict[str, Any]], sents: list[list[int]], k: int,
                  items: list[int]) -> tuple[int, bool] | None:
    """(the level the list ``items`` of sentence ``k`` breaks down, whether a count of its
    members between them says the list is complete), or None: the first level of the
    sentences before (up to ``_BACK``, this paragraph or the one before), of a measure the
    items share or leave open, larger than each item."""
    first = drafts[items[0]]
    top = max(drafts[j]["value"] for j in items)
    counted = False
    for back in range(1, min(_BACK, k) + 1):
        prev = [j for j in sents[k - back] if drafts[j]["unit"] == ""]
        if not sents[k - back] or \
                low.count("\n\n", drafts[sents[k - back][-1]]["end"], first["start"]) > 1:
            return None
        if not prev:
            continue
        x = drafts[prev[0]]
        if x["value"] == len(items) and x.get("role") is None and len(prev) == 1:
            counted = True      # "Four parties won seats."
            continue
        # (the sentence leads with the level, said of none of the items' subjects: "Asia-
        # Pacific was the busiest region with 2.46 billion. Europe followed with ..." is a
        # peer, "Birmingham had 2,284 ... more than 2,000 at Birmingham" restated)
        if x.get("role") is not None or x.get("group") is not None or \
                x.get("measure") is None or not x["value"] or x["value"] <= top or \
                any(drafts[i].get("subject") == x.get("subject") for i in items) or \
                any(drafts[i].get("measure") not in (None, x["measure"]) or
                    drafts[i].get("period") and x.get("period") and
                    drafts[i]["period"] != x["period"] for i in items):
            return None
        return prev[0], counted
    return None


def lists_after_total(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """A list's total in the sentences before it (module docstring, second item)."""
    for k, idxs in enumerate(sents):
        for g, items in _list_groups(drafts, idxs).items():
            got = _total_before(low, drafts, sents, k, items)
            if got is None:
                continue
            t, complete = got
            if complete and _near_whole(drafts, items, drafts[t]):
                drafts[t]["role"], drafts[t]["group"] = "total", g
