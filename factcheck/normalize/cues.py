"""Cue patterns: the words normalization reads around a figure, written as word lists.

Normalization reads a figure by the few words right before it (a look-back, anchored with
``$`` and searched in the text up to the figure: "up from", "a total of", "forecasts of") or
right after it (a look-ahead, matched at the figure's end: "a day", "of them"), and by the
words of its sentence ("rose", "fell", "won"). Each cue is a choice among words or phrases
with white space between words. Written out by hand, every pattern repeated the same
scaffolding: ``\\b(?:...|...)\\b`` around a word list, ``[ \\u00a0\\n]+`` between words,
``(?:about\\s+|some\\s+)?`` before a figure. These helpers write it once, so that a cue reads
as its words::

    _CHANGE_OF = re.compile(r"\\b" + one_of("increase|rise|...|net loss", sp=WS) + r"\\s+of\\s+"
                            + optional("about|some|nearly|almost", sp=WS) + "$")

Phrases are regular-expression fragments separated by ``|`` (a ``|`` inside a group or a
character class belongs to its phrase), written with plain spaces: a space inside a phrase
stands for the white space ``sp`` between two words, so a fragment these helpers built (which
holds ``[ \u00a0\n]``) is joined to a pattern, never passed in as a phrase. This module knows
nothing of what the words mean.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterable

from ..extract.first_words import top_alternatives

SP = r"[ \u00a0\n]+"   # between two words: spaces, no-break spaces, a line break
WS = r"\s+"            # between two words: any white space (tabs and carriage returns too)
# a body named by the size of its holdings, right after the figure: "the 550-seat parliament",
# "a 51-member council" (group 1: the holding's noun)
BODY_SIZE = re.compile(r"[-\u2011](seat|member)\b")
# one report's day right after a figure (matched at its end): "960 in Monday's report", "1,140
# over the past day": a day's figure, never a daily rate a figure before it gives
ONE_REPORT_AFTER = re.compile(
    SP + r"(?:(?:in|on|from)" + SP + r"(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|today|yesterday)['’]s" + SP + r"(?:report|update|figures?|tally|count)|"
    r"(?:over|in|during)" + SP + "the" + SP + r"(?:past|last|previous)" + SP +
    r"(?:day|24[ \u00a0\n-]+hours))\b")


def one_of(phrases: str, sp: str = SP) -> str:
    """``(?:a|b|c)``: one of the ``|``-separated phrases."""
    return "(?:" + "|".join(p.replace(" ", sp) for p in _split(phrases)) + ")"


def word_of(phrases: str, sp: str = SP) -> str:
    """``\\b(?:a|b|c)\\b``: one of the phrases, as whole words."""
    return r"\b" + one_of(phrases, sp) + r"\b"


def optional(phrases: str, sp: str = SP) -> str:
    """``(?:(?:a|b)\\s+)?``: at most one of the phrases, followed by white space (the words
    that may stand between a cue and its figure: "the", "about", "more than")."""
    return "(?:" + one_of(phrases, sp) + sp + ")?"


def _split(phrases: str) -> list[str]:
    """The phrases of ``a|b(?:c|d)|[|]``: split at each ``|`` outside a group, a character
    class and an escape (``extract.first_words.top_alternatives``, which also cuts the
    date grammar's patterns)."""
    return top_alternatives(phrases, False) or [phrases]


class Spots:
    """Where some words stand in one lower-cased text, found once (``str.find``, at C speed).

    A cue pattern searched in a window before each figure ("forecasts of", "still") costs a
    scan of the window per figure; the words it needs, looked up here, tell in one bisection
    whether the window can hold a match at all, and most windows cannot. The words must be
    ones every match of the pattern holds, so that skipping a window changes nothing."""

    __slots__ = ("_at",)

    def __init__(self, low: str, words: Iterable[str]) -> None:
        at: list[int] = []
        for w in words:
            i = low.find(w)
            while i >= 0:
                at.append(i)
                i = low.find(w, i + 1)
        at.sort()
        self._at = at

    def any_in(self, lo: int, hi: int) -> bool:
        """Whether one of the words starts in [lo, hi)."""
        at = self._at
        k = bisect_left(at, lo)
        return k < len(at) and at[k] < hi


__all__ = ["BODY_SIZE", "ONE_REPORT_AFTER", "SP", "Spots", "WS", "one_of", "optional", "word_of"]
