"""A share said in other words right after a part and its whole (issue #11, everyday57), set on
the drafts as relations.py sets its own (indexes into the draft list). This module reads words;
wrong-arithmetic judges the share.

"Of the 62,000 applicants, 45,900 were offered places. About three-quarters got a place": a
share (a fraction in words, "about three-quarters", "one in five", or a percentage) standing
alone in the sentence right after one that gives a part of a whole (role ``portion`` or
``of_whole`` with its whole) is that part out of the whole (``ratio``), when its own words say
the part's thing again (a word of the part's sentence: "place" for "places"); when they say
the rest instead ("That means almost a third missed out": ``rest_words``), it is the rest of
the whole after the part (``ratio`` with ``rest``). A share whose words name neither ("About
half were women") is left alone: it may be of anything.
"""

from __future__ import annotations

import re
from typing import Any

# the opening of the share's sentence: nothing, or words that point back ("That means", "So")
_OPENING = re.compile(r"\W*(?:(?:that|this|it)[ \u00a0]+(?:means|meant|is|was|leaves|left)[ \u00a0]+"
                      r"|so[ \u00a0]*,?[ \u00a0]+|in[ \u00a0]+other[ \u00a0]+words[ \u00a0]*,?[ \u00a0]+)?")
# the words of a share that say the rest of the whole after the part
_REST_WORDS = re.compile(r"\b(?:missed[ \u00a0]+out|lost[ \u00a0]+out|failed|did[ \u00a0]+not|"
                         r"didn[’']t|were[ \u00a0]+not|weren[’']t|was[ \u00a0]+not|were[ \u00a0]+"
                         r"(?:rejected|refused|turned[ \u00a0]+down|unsuccessful)|went[ \u00a0]+"
                         r"without|(?:remain|remained|were|are)[ \u00a0]+without)\b")
_WORD = re.compile(r"[a-z]{4,}")
_STOP = frozenset({"that", "this", "were", "was", "have", "has", "had", "been", "with", "from",
                   "than", "they", "them", "their", "there", "about", "nearly", "almost",
                   "roughly", "around", "some", "more", "less", "just", "over", "under",
                   "means", "meant", "other", "words", "which", "what", "when", "also",
                   "only", "still", "quarter", "quarters", "third", "thirds", "half", "fifth"})


def shares_after_parts(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Every share said after a part and its whole (module docstring), in place."""
    for k in range(1, len(sents)):
        idxs, prev = sents[k], sents[k - 1]
        if not idxs or not prev:
            continue
        s = drafts[idxs[0]]
        if any(not (drafts[j]["start"] >= s["start"] and drafts[j]["end"] <= s["end"])
               for j in idxs[1:]) or not _share_word(s) or \
                s.get("role") not in (None, "portion") or \
                any(x in ("ratio", "relation", "change", "difference") for x, _ in s["extra"]):
            continue    # (the share alone, but for the pieces of "seven in ten")
        opening = _OPENING.fullmatch(low, s["sentence"][0], s["start"])
        if opening is None or _apart(low, drafts[prev[-1]]["end"], s["start"], opening):
            continue
        pair = _part_and_whole(low, drafts, prev) or \
            _part_of_them(low, drafts, prev, sents[k - 2] if k > 1 else [])
        if pair is None:
            continue
        p, w = pair
        if not drafts[w]["value"] or drafts[w]["unit"] or drafts[p]["value"] >= drafts[w]["value"]:
            continue
        clause = low[s["end"]:s["sentence"][1]]
        rest = _REST_WORDS.search(clause) is not None
        if not rest and not _OF_THE_TOTAL.match(clause) and \
                not _echoes(clause, low[drafts[prev[0]]["sentence"][0]:
                                        drafts[prev[-1]]["sentence"][1]]):
            continue
        # (a percentage of two counts in digits is exact arithmetic, its written precision the
        # slack: engine_facts._ratio_item holds it so only when neither count is rounded or
        # qualified; "30.4%" of "7,960 of the 26,219", everyday106)
        s["extra"].append(("ratio", {"of": p, "per": w, **({"rest": True} if rest else {}),
                                     **({"exact": True} if s["unit"] == "percent" else {})}))


def _apart(low: str, end: int, start: int, opening: re.Match[str]) -> bool:
    """Whether the share stands apart from the part's sentence: in another paragraph, unless
    its opening points back ("That was just over half of the total" opening the next
    paragraph, everyday95)."""
    breaks = low.count("\n\n", end, start)
    return breaks > 1 or (breaks == 1 and not opening.group(0).strip(" \u00a0\n"))


# the share said of the whole in so many words: "That was just over half of the total", "more
# than two-fifths of the month's total" (everyday95)
_OF_THE_TOTAL = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the|all|its|their)[ \u00a0]+(?:[a-z]+[’']s[ \u00a0]+)?"
                           r"(?:total|whole|overall[ \u00a0]+total|lot)\b")
# a part said "of them" ("Mainland visitors numbered 363,001 of them"): of the count the
# sentence before gives
_OF_THEM = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:them|those)\b")


def _part_of_them(low: str, drafts: list[dict[str, Any]], prev: list[int], before: list[int]
                  ) -> tuple[int, int] | None:
    """The part of sentence ``prev``, its one count, said "of them", and the whole: the last
    count of the sentence before it, when that is larger (everyday95)."""
    if len(prev) != 1 or drafts[prev[0]]["unit"] or not drafts[prev[0]]["value"] or \
            not _OF_THEM.match(low, drafts[prev[0]]["end"]) or \
            drafts[prev[0]].get("role") not in (None, "portion"):
        return None
    whole = [j for j in before if not drafts[j]["unit"] and drafts[j]["value"] and
             drafts[j].get("role") in (None, "total")]
    if not whole or low.count("\n\n", drafts[whole[-1]]["end"], drafts[prev[0]]["start"]) > 1:
        return None
    return prev[0], whole[-1]


# a sentence that opens on the whole: "Of the 419,442 people who applied, 290,596 were ..."
_OF_THE_WHOLE = re.compile(r"\W*(?:of|out[ \u00a0]+of|among)[ \u00a0]+(?:the[ \u00a0]+|its[ \u00a0]+|"
                           r"their[ \u00a0]+|all[ \u00a0]+)?$")


def _part_and_whole(low: str, drafts: list[dict[str, Any]], prev: list[int]
                    ) -> tuple[int, int] | None:
    """The one part and its whole of sentence ``prev``: a portion with its whole there, or
    the two counts of a sentence that opens on the whole ("Of the 419,442 people who applied,
    290,596 were offered a place")."""
    parts = [j for j in prev if drafts[j].get("role") in ("portion", "of_whole") and
             isinstance(drafts[j].get("group"), int) and drafts[j]["group"] in prev and
             not drafts[j]["unit"] and drafts[j]["value"]]
    if len(parts) == 1:
        return parts[0], drafts[parts[0]]["group"]
    # (a figure with a unit after the two is no count of them: "7,960 waited longer than four
    # hours", everyday106)
    counts = [j for j in prev if not drafts[j]["unit"]]
    if len(counts) == 2 and counts == prev[:2] and \
            _OF_THE_WHOLE.fullmatch(low, drafts[prev[0]]["sentence"][0], drafts[prev[0]]["start"]) \
            and "," in low[drafts[prev[0]]["end"]:drafts[prev[1]]["start"]]:
        return prev[1], prev[0]
    return None


def _share_word(s: dict[str, Any]) -> bool:
    """A share in words ("almost a third", "one in five") or a percentage."""
    if s["value"] is None or s["value"] <= 0:
        return False
    if s["unit"] == "percent":
        return s["value"] < 100 and not any(x == "percentage_points" for x, _ in s["extra"])
    return not s["unit"] and s["value"] < 1


def _echoes(clause: str, before: str) -> bool:
    """Whether the share's clause says again a word of the part's sentence (by its first five
    letters: "place" for "places", "accepted" for "acceptances")."""
    stems = {w[:5] for w in _WORD.findall(before) if w not in _STOP}
    return any(w[:5] in stems for w in _WORD.findall(clause) if w not in _STOP)
