"""The votes of a body against its stated size (issue #11, everyday52): "The Bank of
England's nine-member Monetary Policy Committee voted 7-2", "backed the decision by nine votes
to two, with one member absent" after "which has 12 voting members", "the nine justices split
5-4", "kept it by nine votes to none".

A tally is two counts of one sentence, in digits joined by a dash ("voted 7-2", "a 6-3
ruling": factcheck.extract reads both as figures after a vote's words) or after "by" or a vote
verb with "(votes) to" between ("by seven votes to two", "voted 8 to 6"), or one count before
"votes to none"; a count of absences or abstentions after it in its sentence ("with one member
absent", "and two abstentions") belongs to it. The body's size is a figure the words after it
make a number of members ("nine-member", "15-strong", "its nine members", "the nine justices",
"12 voting members"), no smaller than any count of the tally: the nearest before it in its
paragraph or the two before, else the first after it in its paragraph or the next ("The
Supreme Court voted 6-3 ... On the wider question the nine justices split 5-4"; for a
headline, the three after). Each count of the tally gets role ``portion`` with the size as its group
and the body's subject (the votes are the body's, no level of a name they stand near), and
an axis of its own (``own_axis``: two tallies of one body, "7-2" in the headline and again in
the body, are summed each on its own): a vote's counts, absences and abstentions may add up
to no more than the members the body has (parts-exceed-total); fewer is no error (an absence
the text does not mention). The words are
rules/vocab/tallies.yaml. This module reads words; the rules judge.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab
from .sentences import by_sentence

_DASH = re.compile(r"[ \u00a0]*[-\u2013][ \u00a0]*")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_BACK_PARAGRAPHS = 2    # paragraph breaks between a tally and the size before it


@lru_cache(maxsize=1)
def _words() -> dict[str, re.Pattern[str]]:
    """rules/vocab/tallies.yaml, each pattern without its "^" (matched at a position here)."""
    data = vocab.load("tallies.yaml")
    return {k: re.compile(str(data[k]).removeprefix("^"))
            for k in ("vote_before", "vote_after", "words_tally", "words_before", "left_out",
                      "size_after", "none_after")}


def _is_count(d: dict[str, Any]) -> bool:
    return not d["unit"] and d.get("role") is None and d.get("group") is None and \
        float(d["value"]).is_integer() and d["value"] >= 0


def _pair(low: str, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether ``a`` and ``b`` are the two counts of one tally."""
    w = _words()
    before = low[max(0, a["start"] - 60):a["start"]]
    if _DASH.fullmatch(low, a["end"], b["start"]):
        return w["vote_before"].search(before) is not None or \
            w["vote_after"].match(low, b["end"]) is not None
    return w["words_tally"].fullmatch(low, a["end"], b["start"]) is not None and \
        (w["words_before"].search(before) is not None or
         w["vote_before"].search(before) is not None)


def _tally_at(low: str, drafts: list[dict[str, Any]], idxs: list[int], p: int) -> list[int]:
    """The counts of the tally that opens at ``idxs[p]`` (two, or one before "to none", with
    the absences or abstentions after them), else []."""
    w = _words()
    a = drafts[idxs[p]]
    if not _is_count(a):
        return []
    if p + 1 < len(idxs) and _is_count(drafts[idxs[p + 1]]) and \
            _pair(low, a, drafts[idxs[p + 1]]) and drafts[idxs[p + 1]]["value"] <= a["value"]:
        counts = [idxs[p], idxs[p + 1]]
    elif w["none_after"].match(low, a["end"]) and (
            w["words_before"].search(low, max(0, a["start"] - 60), a["start"]) or
            w["vote_before"].search(low[max(0, a["start"] - 60):a["start"]])):
        counts = [idxs[p]]
    else:
        return []
    for j in idxs[p + len(counts):p + len(counts) + 2]:
        if _is_count(drafts[j]) and w["left_out"].match(low, drafts[j]["end"]) and \
                re.search(r"[.;:!?]", low[drafts[counts[-1]]["end"]:drafts[j]["start"]]) is None:
            counts.append(j)
    return counts


def _size_for(low: str, drafts: list[dict[str, Any]], counts: list[int]) -> int | None:
    """The figure that gives the size of the body whose tally ``counts`` are (module
    docstring), else None."""
    w = _words()
    first, last = drafts[counts[0]], drafts[counts[-1]]
    top = max(drafts[j]["value"] for j in counts)

    def fits(j: int) -> bool:
        d = drafts[j]
        return j not in counts and not d["unit"] and d["value"] >= top and \
            d.get("role") in (None, "whole") and w["size_after"].match(low, d["end"]) is not None

    for j in range(counts[0] - 1, -1, -1):
        if len(_PARAGRAPH.findall(low, drafts[j]["end"], first["start"])) > _BACK_PARAGRAPHS:
            break
        if fits(j):
            return j
    ahead = _BACK_PARAGRAPHS + 1 if first.get("section") == "headline" else 1
    for j in range(counts[-1] + 1, len(drafts)):
        if len(_PARAGRAPH.findall(low, last["end"], drafts[j]["start"])) > ahead:
            break
        if fits(j):
            return j
    return None


def vote_tallies(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set the tallies' counts as portions of their body's size (module docstring), on the
    drafts in place."""
    by_sent = by_sentence(drafts)
    n = 0
    for idxs in by_sent.values():
        p = 0
        while p < len(idxs):
            counts = _tally_at(low, drafts, idxs, p)
            if not counts:
                p += 1
                continue
            size = _size_for(low, drafts, counts)
            if size is not None:
                n += 1
                drafts[size]["role"] = "whole"  # (the body's size is no level of what it votes)
                for j in counts:
                    d = drafts[j]
                    d["role"], d["group"] = "portion", size
                    d["subject"] = drafts[size].get("subject") or d.get("subject")
                    d["extra"].append(("own_axis", f"tally{n}"))
                    d["_tally"] = size
            p += len(counts)


def kept_tallies(drafts: list[dict[str, Any]]) -> None:
    """The counts of a tally stay its portions once every other reading has run: "backed the
    cut by five votes to four" is no change "by" five "to" four that a later pass may read."""
    for d in drafts:
        size = d.get("_tally")
        if size is None or (d.get("role"), d.get("group")) == ("portion", size):
            continue
        d["role"], d["group"] = "portion", size
        d["extra"] = [(k, v) for k, v in d["extra"] if k != "change"]
