"""A sentence's first figure set against the level the sentence before gives, by a pronoun's
comparison or a record it beat (issue #11, everyday81).

- A pronoun's comparison (rules/vocab/across.yaml ``pronoun_compared``): "The US economy added
  304,000 jobs in January. That was far more than the 170,000 most economists had forecast";
  "Inflation fell to 4.6% in October, from 6.7% in September. That is far below the 10.1%
  rate recorded in March"; "It surpassed the 75,962 who had seen The Who".
- A record the level is said to have beaten (``record_beaten``): "George Strait played to
  110,905 fans ... The show also broke the stadium's attendance record of 110,633". ("The
  previous record was 91,648", naming no one that beat it, is left to normalize.ranks and
  wrong-rank.)

The pronoun (or the record's subject: a pronoun or a definite noun phrase, "the show") stands
for the level the sentence right before gives, and the words put that level on one side of the
figure they name, which gets ``("direction", {"to": level, "up": ..., "words": ...})`` as
comparative_sizes.py and than_named.py set theirs; wrong-arithmetic judges it (two figures
equal once rounding is allowed for are never flagged).

The figure must be the sentence's first, right after the opening, with no word of change after
it ("That was 40,000 more than ..." is an amount, read elsewhere). The level is the one level of
the figure's unit that the sentence right before gives (or the one of them of the figure's
measure; a record's may stand two sentences back), across one paragraph break at most, as wire
copy's one-sentence paragraphs have it: two candidates of different values, a figure already given a direction,
or measures that differ leave the pair alone (the antecedent is then not certain). A record of
the least or the fastest ("the lowest ever", a time) is not read: which side wins is not the
same for every such record. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab

_LEVEL = (None, "item", "total")
# the figure's own role: none yet, or a value the story compares ("the 185,000 economists had
# expected")
_COMPARED = (None, "compared", "expected")
# words right after the figure that make it an amount of change or a multiple, not a level
_AMOUNT_AFTER = re.compile(r"(?:\s+[a-z%]+){0,2}?\s+(?:more|fewer|less|higher|lower|up|down|"
                           r"above|below|times|than|short)\b")
# who made the forecast, named right after it ("the 610,000 analysts had expected"): no measure
# of the figure's own
_FORECASTERS_AFTER = re.compile(r"\s+(?:economists|analysts|forecasters|investors|experts|"
                                r"traders|observers)\b")
# a record of the least or the quickest, in the level's sentence or the record's
_LEAST = re.compile(r"\b(?:fewest|lowest|least|smallest|slowest|cheapest|shortest|fastest|"
                    r"quickest|coldest|driest)\b|\brecord[\s-]+low\b")
# a date of its own after the figure ("the 1,380 reported on October 20, 2023", "the 10.1%
# rate recorded in March"): a level of that day, which keeps its role (the store and the
# story's other figures of that day judge it), not a value only compared
_DATED_AFTER = re.compile(r"[^.;\d]{0,40}?\b(?:on|in|of)\s+(?:(?:january|february|march|april|may|"
                          r"june|july|august|september|october|november|december)\b|\d{1,2}\s+"
                          r"[a-z]+|(?:19|20)\d\d\b)")
# units of time: a record time is beaten by a lower one
_TIME_UNIT = re.compile(r"^(?:second|minute|hour|day|week|month|year)s?$")


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str]]:
    """rules/vocab/across.yaml ``pronoun_compared`` (the opening, up to the figure),
    ``pronoun_compared_down`` (its words that put the level below the figure) and
    ``record_beaten`` (the opening of a record the level before beat)."""
    opening = vocab.section("across.yaml", "pronoun_compared", str)
    down = vocab.section("across.yaml", "pronoun_compared_down", list)
    record = vocab.section("across.yaml", "record_beaten", str)
    return re.compile(opening), frozenset(str(w).lower() for w in down), re.compile(record)


def _sentences(drafts: list[dict[str, Any]]) -> list[list[int]]:
    """The figures of each sentence, in order (indexes into the draft list)."""
    out: dict[tuple[int, int], list[int]] = {}
    for i, d in enumerate(drafts):
        out.setdefault(d["sentence"], []).append(i)
    return list(out.values())


def _levels(drafts: list[dict[str, Any]], prev: list[int], d: dict[str, Any]) -> list[int]:
    """The levels of ``d``'s unit among the figures ``prev`` (of ``d``'s measure when there
    are several)."""
    levels = [j for j in prev if drafts[j].get("role") in _LEVEL and
              drafts[j]["value"] is not None and drafts[j]["unit"] == d["unit"] and
              not any(k == "change" for k, _ in drafts[j]["extra"])]
    if len(levels) > 1 and d.get("measure") is not None:
        levels = [j for j in levels if drafts[j].get("measure") == d["measure"]]
    return levels


def _antecedent(low: str, drafts: list[dict[str, Any]], sents: list[list[int]], k: int,
                reach: int) -> int | None:
    """The one level of the unit of sentence ``k``'s first figure that the nearest sentence
    before with such levels gives, across one paragraph break at most (wire copy's
    one-sentence paragraphs): the sentence right before (``reach`` 1, a pronoun's), or one of
    the two before (``reach`` 2, a record's). None when that sentence gives two values, or
    their measures differ."""
    d = drafts[sents[k][0]]
    for back in range(1, min(reach, k) + 1):
        prev = sents[k - back]
        if not prev or low.count("\n\n", drafts[prev[-1]]["end"], d["start"]) > 1:
            return None
        levels = _levels(drafts, prev, d)
        if not levels:
            continue
        if len({drafts[j]["value"] for j in levels}) != 1:
            return None
        j = levels[0]
        ma, mb = drafts[j].get("measure"), d.get("measure")
        if _FORECASTERS_AFTER.match(low, d["end"]):
            mb = None   # ("more than the 610,000 analysts had expected": who expected it)
        return j if ma is None or mb is None or ma == mb else None
    return None


def _said(low: str, d: dict[str, Any]) -> tuple[str, str, bool] | None:
    """How the opening of figure ``d``'s sentence sets it against the level before (module
    docstring): (``pronoun`` or ``beat``, the words, whether that level is above it); None
    when its sentence opens otherwise."""
    opening, down, record = _words()
    m = opening.fullmatch(low, d["sentence"][0], d["start"])
    if m is not None:
        word = " ".join(m.group("cmp").split())
        return "pronoun", word, word not in down
    m = record.fullmatch(low, d["sentence"][0], d["start"])
    if m is None or _LEAST.search(m.group(0)) or _TIME_UNIT.match(d["unit"] or ""):
        return None
    return "beat", "beating", True


def _fits(low: str, kind: str, level: dict[str, Any]) -> bool:
    """Whether the level a record is set against may have beaten it: no record of the
    least."""
    return kind == "pronoun" or not _LEAST.search(low, *level["sentence"])


def back_comparisons(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set the direction of each figure a pronoun's comparison or a beaten record names
    against the level before (module docstring)."""
    sents = _sentences(drafts)
    for k in range(1, len(sents)):
        i = sents[k][0]
        d = drafts[i]
        if d["value"] is None or d.get("role") not in _COMPARED or \
                any(key == "change" or key.startswith("direction") for key, _ in d["extra"]) or \
                _AMOUNT_AFTER.match(low, d["end"]):
            continue
        said = _said(low, d)
        if said is None:
            continue
        kind, words, up = said
        j = _antecedent(low, drafts, sents, k, 1 if kind == "pronoun" else 2)
        if j is None or not _fits(low, kind, drafts[j]):
            continue
        if not _DATED_AFTER.match(low, d["end"], d["sentence"][1]):
            d["role"] = d.get("role") or "compared"
        d["extra"].append(("direction", {"to": j, "up": up, "words": words}))
