"""The words of a text that the date and figure finders look at, picked in one pass.

``dates._candidates`` and ``numbers._candidates`` each filter the words of a text down to the
few they read (a word that starts with a digit, a number word, a month, a weekday, a date
form's key word...): about one word in six. Each filter was a Python loop over every word,
the two biggest costs of extraction in Python bytecodes (14% of a corpus pass between them).
``word_shortlist`` runs that loop once per text, keeping a word when either finder might, and
each finder then filters the short list with its own test, unchanged: what they pick is the
same, since every word either keeps is on the list.

The list is kept for the last text's words (``Words.words``, by identity: ``find_mentions``
hands the same ``Words`` to both finders); a new text's words are a new list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .text import Words

# a word that opens with "c", "q" or "h" and is read by a finder although no key word: "c1.84%"
# (circa glued to the figure, numbers) and "q1fy24", "h2fy2025" (a fiscal quarter or half,
# dates). Only when one stands does the loop test a word's first letter at all.
_RARE_OPENING = re.compile(r"[cqh](?<![a-z0-9].)(?:[0-9]|[a-z0-9]fy)")
# the same test in four patterns that each open with a literal the engine skips to faster
# than to the class [cqh]: "c", "q" or "h" before a digit, and "fy" after a word's first two
# characters, the first of them c, q or h (found where _RARE_OPENING finds one)
_RARE_OPENINGS = (re.compile(r"c(?<![a-z0-9].)[0-9]"), re.compile(r"q(?<![a-z0-9].)[0-9]"),
                  re.compile(r"h(?<![a-z0-9].)[0-9]"),
                  re.compile(r"fy(?<=[cqh][a-z0-9]fy)(?<![a-z0-9]....)"))


def _rare_opening_in(low: str) -> bool:
    """Whether ``_RARE_OPENING`` finds a match in ``low``."""
    return any(rx.search(low) is not None for rx in _RARE_OPENINGS)

_LAST: tuple[list[str] | None, list[int]] = (None, [])


# the finders' key words, each finder registering its own source when it is imported
# (``add_key_words``): the date grammar's and the date forms' key words, and the number words
# (with "a", "an", "one"). This module imports neither finder, so there is no import cycle.
_SOURCES: list[Callable[[], frozenset[str]]] = []


def add_key_words(source: Callable[[], frozenset[str]]) -> None:
    """Register a finder's key words (called once by each finder's module)."""
    global _LAST
    _SOURCES.append(source)
    _key_words.cache_clear()
    _LAST = (None, [])


@lru_cache(maxsize=1)
def _key_words() -> frozenset[str]:
    """Every whole word a registered finder looks at."""
    return frozenset().union(*(source() for source in _SOURCES))


def word_shortlist(ws: Words) -> list[int]:
    """Indexes (ascending) of the words of ``ws`` that start with a digit or are a key word of
    either finder (and, where ``_RARE_OPENING`` stands, every word opening with c, q or h)."""
    global _LAST
    last_words, last = _LAST
    W = ws.words
    if last_words is W:
        return last
    keys = _key_words()
    # words are [a-z0-9]+, so a word sorts before ":" exactly when it starts with a digit
    if not _rare_opening_in(ws.low):
        out = [i for i, w in enumerate(W) if w < ":" or w in keys]
    else:
        out = [i for i, w in enumerate(W) if w < ":" or w in keys or w[0] in "cqh"]
    _LAST = (W, out)
    return out
