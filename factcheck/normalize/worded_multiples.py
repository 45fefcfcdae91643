"""A multiple said by a verb in a body sentence with no figure, its levels told after it
(issue #11, everyday93).

Called by ``relations.relate`` with the changes said in words, after ``earlier_sentences``.
"Tristel's first-half profit more than halved as sales slipped. Pre-tax profit for the six
months to December was £1 million. A year earlier it was £2.4 million"; "Revenue more than
doubled in the nine months. It reached N2.19 billion, against N1.02 billion in the same period
of 2021": a sentence with no figure whose verb is a multiple ("doubled", "tripled", "halved",
"more than trebled") is worked from the first level set against an earlier value (a
``compared`` figure) in the next two sentences, within the next paragraph: the new value gets
``("relation", {"kind": "multiple", "factor", "of": earlier, "bound"})`` as a headline's
multiple does (``headline_changes``), so that wrong-arithmetic holds it to the interval the
hedge allows.

The pair must be about what the multiple is said of: its level's or earlier value's sentence
shares a word with the multiple's sentence ("profit"), or opens on "It", "That" or "This".
A pair moving against the verb (a fall after "doubled"), a level that already carries a change
and a sentence with a figure are left alone. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from .headline_changes import (_BODY_MULT, _FACTORS, _HEAD_MULT, _NOT_VERB_AFTER,
                               _NOT_VERB_BEFORE, worded_multiple)

_SENTENCES_AFTER = 2
_REACH = 600    # characters either side of a multiple its sentence is looked for in
# a sentence that speaks of what the one before did: "It reached", "That compares with"
_POINTS_BACK = re.compile(r"\W*(?:it|that|this)\b")
_STOP = frozenset("""that this with from were have been their there than also after into over
year years said says more less nearly almost about first half just which while when where
months month quarter period same""".split())


def _words(low: str, start: int, end: int) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z][a-z-]{3,}", low[start:end])
            if w not in _STOP}


def _named(low: str, ss: int, se: int, m: re.Match[str]) -> set[str]:
    """What the multiple is said of: the two words before its verb and the three after it
    ("first-half profit more than halved", "tripled its net profit"), hedges left out."""
    before = [w for w in re.findall(r"[a-z][a-z'’-]+", low[ss:m.start()])
              if w not in _STOP and w not in ("than", "more", "less")][-2:]
    after = re.findall(r"[a-z][a-z'’-]+", low[m.end():se])[:3]
    return {w.rstrip("'’s") for w in before + after if len(w) > 3 and w not in _STOP}


def _sentence_at(low: str, pos: int) -> tuple[int, int]:
    """The span of the sentence (or line) around ``pos``, read from the text alone (within
    ``_REACH`` characters either side)."""
    lo, hi = max(0, pos - _REACH), min(len(low), pos + _REACH)
    start = max(low.rfind(". ", lo, pos) + 2, low.rfind("\n", lo, pos) + 1, lo)
    ends = [e for e in (low.find(". ", pos, hi), low.find(".\n", pos, hi), low.find("\n", pos, hi))
            if e >= 0]
    return start, (min(ends) + 1 if ends else hi)


def _pair_after(low: str, drafts: list[dict[str, Any]], first: int, end: int
                ) -> tuple[int, int] | None:
    """(new value, earlier value) of the first pair in the two sentences after ``end``, the
    drafts from ``first`` on (a bounded window: the loop stops past the second sentence)."""
    if first >= len(drafts) or drafts[first]["start"] - end > 2 * _REACH or \
            low.count("\n\n", end, drafts[first]["start"]) > 1:
        return None
    keep: list[tuple[int, int]] = []
    for j in range(first, len(drafts)):
        b = drafts[j]
        if b["sentence"] not in keep:
            if len(keep) == _SENTENCES_AFTER:
                return None
            keep.append(b["sentence"])
        if b.get("role") != "compared" or not b["value"]:
            continue
        to = next((v.get("to") for k, v in b["extra"] if k == "direction" and isinstance(v, dict)
                   and isinstance(v.get("to"), int)), None)
        if to is None:
            to = next((k for k in range(j - 1, first - 1, -1) if drafts[k]["sentence"] == b["sentence"]
                       and drafts[k]["unit"] == b["unit"] and drafts[k].get("role") is None), None)
        if to is None or drafts[to]["unit"] != b["unit"] or not drafts[to]["value"]:
            return None
        return to, j
    return None


def worded_multiples(low: str, drafts: list[dict[str, Any]]) -> None:
    """Work each figureless multiple from the pair told after it (module docstring)."""
    starts = [d["start"] for d in drafts]
    for m in _HEAD_MULT.finditer(low):
        if low.startswith("#", low.rfind("\n", 0, m.start()) + 1):
            continue    # (a markdown headline is headline_changes')
        ss, se = _sentence_at(low, m.start())
        # (one verb of a multiple in the sentence, not its first word: "Triple Gee" is a name)
        first = bisect_left(starts, se)
        if bisect_left(starts, ss) != first or not low[ss:m.start()].strip(" \"'(") or \
                sum(1 for x in _HEAD_MULT.finditer(low, ss, se)
                    if low[ss:x.start()].strip(" \"'(")) != 1 or \
                _NOT_VERB_BEFORE.search(low, ss, m.start()) or _NOT_VERB_AFTER.match(low, m.end()):
            continue
        pair = _pair_after(low, drafts, first, se)
        if pair is None:
            continue
        to, frm = pair
        if _BODY_MULT.search(low, se, drafts[to]["start"]):
            continue    # (the body says the multiple again, of its own figures: "twice the 315")
        said = _named(low, ss, se, m)
        if not (said & (_words(low, *drafts[to]["sentence"]) | _words(low, *drafts[frm]["sentence"]))
                or _POINTS_BACK.match(low, drafts[to]["sentence"][0])):
            continue
        if _another_pair(low, drafts, max(to, frm) + 1, drafts[to]["sentence"], said,
                         drafts[to]["value"] > drafts[frm]["value"]):
            continue    # ("Subsidy halves fertiliser prices" over four prices cut: which one?)
        if _explained(drafts, to, frm):
            continue    # ("... profit halves" over "ordinary profit fell 52.5% to 59.7 billion
            # yen ... from 125.8 billion yen": the body states the move exactly, the loose verb
            # is its rounding, as headline_changes leaves a lead pair a stated change explains)
        _multiple(low, drafts, m, ss, to, frm)


def _explained(drafts: list[dict[str, Any]], to: int, frm: int) -> bool:
    """Whether a stated change of the pair's sentence runs between its two values."""
    sent = drafts[to]["sentence"]
    return any(d["sentence"] == sent and isinstance(v, dict) and
               {v.get("from"), v.get("to")} == {to, frm}
               for d in drafts for k, v in d["extra"] if k == "change")


def _another_pair(low: str, drafts: list[dict[str, Any]], first: int, sent: tuple[int, int],
                  said: set[str], up: bool) -> bool:
    """Whether a second pair of values, in a sentence after ``sent`` and within the next two,
    moves the same way and is also of what the multiple is said of ("Subsidy halves
    fertiliser prices" over "DAP will cost Sh2,800 ... than the Sh6,000" and "CAN will sell at
    Sh1,950, half its earlier price of Sh3,900"): the multiple may then be said of either, or
    of them all, and no one pair is its reading."""
    start = next((j for j in range(first, len(drafts)) if drafts[j]["sentence"] != sent), None)
    if start is None:
        return False
    pair = _pair_after(low, drafts, start, drafts[start]["sentence"][0])
    if pair is None:
        return False
    to, frm = pair
    return (drafts[to]["value"] > drafts[frm]["value"]) == up and bool(
        said & (_words(low, *drafts[to]["sentence"]) | _words(low, *drafts[frm]["sentence"])))


def _multiple(low: str, drafts: list[dict[str, Any]], m: re.Match[str], ss: int, to: int,
              frm: int) -> None:
    factor = _FACTORS[m.group(1)[:4]]
    up = drafts[to]["value"] > drafts[frm]["value"]
    if (factor > 1) != up or any(k in ("change", "relation") for k, _ in drafts[to]["extra"]):
        return
    rel = worded_multiple(low, m, ss, factor, frm)
    if rel is not None:
        drafts[to]["extra"].append(("relation", rel))
