"""Locales: the place a figure's sentence, or its paragraph before it, says it is of.

Election and results copy gives one party's or one company's figures for several places in
turn: "In Punjab, Congress took 77 of the 117 seats on 38.5% of the vote. ... The BJP won 57
of Uttarakhand's 70 seats with 46.5% of the vote, while Congress took 33.5%". Read by measure
and subject alone, Congress's 33.5% restates its 38.5%. This module records the place the
words scope a figure to (``extra.locale``, lower case):

- a sentence that opens "In <Name>," ("In Punjab, Congress took ..."; not a month or a
  weekday, which are periods), and the sentences after it in its paragraph until another
  place is named;
- a sentence with a whole owned by a name ("57 of Uttarakhand's 70 seats"): the owner.

It decides nothing: the restatement rules compare two figures only when their locales agree
or one of them names none (``compatible`` in docs/rules.md), so "Congress took 38.5%" in the
headline still restates the body's figure.

Kinds work the same way within a sentence (``extra.kind``): a sentence that names one member
of a set of rules/vocab/across.yaml ``kinds`` and no other member of it ("The average price of
a litre of petrol ..., £100.27 a tank. A full tank of diesel ... now costs £103.43") ties its
figures to that kind; a petrol figure never restates a diesel one.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab

_NAME = r"[A-Z][\w’'.-]*(?:[ \u00a0]+(?:and[ \u00a0]+|of[ \u00a0]+|the[ \u00a0]+)?[A-Z][\w’'.-]*){0,3}"
# a sentence opening "In <Name>," (optionally after a quote or bracket)
_IN_PLACE = re.compile(r"[\"“‘(]?In[ \u00a0]+(?:the[ \u00a0]+)?(" + _NAME + r")[ \u00a0]*,")
# a name's possessive right before a figure ("Uttarakhand's 70 seats")
_OWNER = re.compile(r"(" + _NAME + r")['’]s[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?$")
_NOT_PLACES = frozenset((
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday total all addition short "
    "particular general contrast fact other turn response return which that this what "
    "practice theory comparison summary addition").split())
_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def _place(name: str) -> str | None:
    words = name.lower().split()
    return None if not words or words[0] in _NOT_PLACES else " ".join(words)


def _sentence_locale(text: str, drafts: list[dict[str, Any]], idxs: list[int]) -> str | None:
    """The place a sentence opens with ("In Punjab,") or the owner of a whole in it."""
    ss = drafts[idxs[0]]["sentence"][0]
    m = _IN_PLACE.match(text, ss)
    if m is not None and (place := _place(m.group(1))) is not None:
        return place
    for j in idxs:
        d = drafts[j]
        if d.get("role") != "whole":
            continue
        o = _OWNER.search(text, max(ss, d["start"] - 60), d["start"])
        if o is not None and (place := _place(o.group(1))) is not None:
            return place
    return None


def mark_locales(text: str, drafts: list[dict[str, Any]]) -> None:
    """Set ``("locale", place)`` on each figure whose sentence, or an earlier sentence of its
    paragraph, scopes it to a place (see the module's docstring)."""
    by_sent: dict[tuple[int, int], list[int]] = {}
    for i, d in enumerate(drafts):
        if d.get("sentence"):
            by_sent.setdefault(d["sentence"], []).append(i)
    carried: str | None = None
    last_end = 0
    for sent in sorted(by_sent):
        idxs = by_sent[sent]
        if _PARAGRAPH.search(text, last_end, sent[0]):
            carried = None      # a new paragraph names its own places
        last_end = sent[1]
        own = _sentence_locale(text, drafts, idxs)
        carried = own or carried
        if carried is None:
            continue
        for j in idxs:
            drafts[j]["extra"].append(("locale", carried))


@lru_cache(maxsize=1)
def _kinds() -> tuple[tuple[tuple[str, re.Pattern[str]], ...], ...]:
    """rules/vocab/across.yaml ``kinds``: each member with its whole-word pattern."""
    return tuple(tuple((str(w).lower(), re.compile(r"\b" + re.escape(str(w).lower()) + r"\b"))
                       for w in group)
                 for group in vocab.load("across.yaml").get("kinds", []) or [])


def sentence_kind(low: str, sent: tuple[int, int]) -> str | None:
    """The one member of the first set of kinds a sentence names ("petrol" in "A litre of
    petrol now costs £1.77"), or None."""
    # (a substring test first: most sentences hold no member, and ``in`` costs a fraction of
    # a pattern's search)
    seg = low[sent[0]:sent[1]]
    for group in _kinds():
        named = [w for w, p in group if w in seg and p.search(low, *sent)]
        if len(named) == 1:
            return named[0]
    return None


def mark_kinds(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set ``("kind", word)`` on each figure of a sentence that names exactly one member of a
    set of kinds (the first such set; see the module's docstring)."""
    kinds = _kinds()
    if not kinds:
        return
    seen: dict[tuple[int, int], str | None] = {}
    for d in drafts:
        sent = d.get("sentence")
        if not sent:
            continue
        if sent not in seen:
            seen[sent] = sentence_kind(low, sent)
        if seen[sent] is not None:
            d["extra"].append(("kind", seen[sent]))
