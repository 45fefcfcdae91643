"""Two portions of one whole that name the two sides of a split with nothing else in it
(issue #11, everyday54): "Of the 95 cases, 90 were in the placebo group and 5 in the group
given the vaccine"; "Of the 170 cases, 8 were in the vaccine group and 162 in the placebo
group". Sides are read from rules/vocab/across.yaml ``exhaustive_splits`` (the trial's arms,
men and women, boys and girls): when the portions of one whole are exactly two and the words
after each, up to the next figure in its sentence, name one side each, the portions are the
whole's parts (role ``part``, the whole role ``total``), so that
list-sum-mismatch holds them to add up to it, not only to no more. Two items of a list with
no whole are read the same against the nearest larger count of their unit and measure before
them in their sentence. Any other case is left as it is, and so is a split one of whose sides other figures are
read as portions of ("Ten of the cases were severe" read against the eight). This module reads words; the rules
judge.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab


@lru_cache(maxsize=None)
def side_patterns(section: str) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """A rules/vocab/across.yaml section of two-sided splits (``exhaustive_splits``,
    ``scope_splits``): per split, a pattern per side, each side's words as whole words."""
    out = []
    for pair in vocab.section("across.yaml", section, list):
        sides = []
        for words in pair[:2]:
            alts = "|".join(re.escape(str(w).lower()) for w in sorted(words, key=len, reverse=True))
            sides.append(re.compile(r"(?<![\w-])(?:" + alts + r")(?![\w-])"))
        out.append((sides[0], sides[1]))
    return tuple(out)


def _words_after(low: str, drafts: list[dict[str, Any]], j: int) -> str:
    """The words after portion ``j`` up to the next figure of its sentence or its end."""
    d = drafts[j]
    end = d["sentence"][1]
    nxt = next((x["start"] for x in drafts[j + 1:] if x["sentence"] == d["sentence"]), end)
    return low[d["end"]:min(nxt, end, d["end"] + 80)]


def complete_splits(low: str, drafts: list[dict[str, Any]]) -> None:
    """Make the two portions of a whole that name both sides of a split its parts (module
    docstring)."""
    splits = side_patterns("exhaustive_splits")
    if not splits:
        return
    groups: dict[Any, list[int]] = {}
    for j, d in enumerate(drafts):
        g = d.get("group")
        if d.get("role") == "portion" and isinstance(g, int) and not isinstance(g, bool) or \
                d.get("role") == "item" and isinstance(g, str):
            groups.setdefault(g, []).append(j)
    grouped = {x.get("group") for x in drafts}     # (the figures some figure belongs to)
    for g, parts in groups.items():
        if len(parts) != 2:
            continue
        pairs = splits
        w = g if isinstance(g, int) else _whole_before(drafts, parts)
        if w is None and isinstance(g, str):
            w = _aboard_whole(low, drafts, parts)
            pairs = ((_aboard()[0], _aboard()[1]),) if w is not None else pairs
        if w is None or drafts[w].get("role") is not None or \
                any(j in grouped for j in parts) or \
                any(drafts[j]["unit"] != drafts[w]["unit"] or
                    drafts[j]["sentence"] != drafts[parts[0]]["sentence"] for j in parts):
            continue
        after = [_words_after(low, drafts, j) for j in parts]
        for a, b in pairs:
            sides = [{k for k, p in enumerate((a, b)) if p.search(t)} for t in after]
            if sides[0] in ({0}, {1}) and sides[1] in ({0}, {1}) and sides[0] != sides[1]:
                drafts[w]["role"] = "total"
                for j in parts:
                    drafts[j]["role"], drafts[j]["group"] = "part", w
                break


_BACK = 12      # figures read back for a split's whole (a long sentence is not read again)


def _whole_before(drafts: list[dict[str, Any]], items: list[int]) -> int | None:
    """The whole a list of two items splits when no portion says so ("Of the 170 confirmed
    cases ... counted from seven days after the second dose, 8 were in the vaccine group and
    162 in the placebo group"; "It counted 196 cases ...: 11 among those vaccinated and 185
    ..."): the nearest count before the first item in its sentence (among the 12 figures before
    it) of the items' unit and measure, larger than each, with no role."""
    first = drafts[items[0]]
    for j in range(items[0] - 1, max(-1, items[0] - 1 - _BACK), -1):
        x = drafts[j]
        if x["sentence"] != first["sentence"]:
            return None
        if x["unit"] == first["unit"] and x.get("measure") == first.get("measure") and \
                x.get("role") is None and x["value"] and \
                all(x["value"] > (drafts[i]["value"] or 0) for i in items):
            return j
    return None


@lru_cache(maxsize=1)
def _aboard() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """rules/vocab/across.yaml ``aboard_split`` (a pattern per side), ``aboard`` and
    ``aboard_not``."""
    data = vocab.load("across.yaml")
    sides = []
    for words in data["aboard_split"][:2]:
        alts = "|".join(re.escape(str(w).lower()) for w in sorted(words, key=len, reverse=True))
        sides.append(re.compile(r"(?<![\w-])(?:" + alts + r")(?![\w-])"))
    return sides[0], sides[1], re.compile(str(data["aboard"])), re.compile(str(data["aboard_not"]))


_ABOARD_SENTENCES = 2   # sentences back where the count of people on board may stand
_ABOARD_BESIDE = 30     # characters either side of that count where "carrying" stands


def _aboard_whole(low: str, drafts: list[dict[str, Any]], items: list[int]) -> int | None:
    """The count of people on board a list of two items ("had 136 passengers and eight crew on
    board") splits when its sentence gives none (everyday92: "An Iranian airliner carrying
    144 people skidded off the runway ... The Caspian Airlines MD-83 ... had 136 passengers
    and eight crew on board"): the items' sentence puts them on board (across.yaml
    ``aboard``) and counts no outcome (``aboard_not``: the dead, the survivors); the whole is
    the nearest count before them, in their paragraph and at most two sentences up (among
    the 12 figures before), in their unit, with no role, larger than each, with "carrying" or
    "on board" beside it and no outcome between it and its clause's end."""
    _, _, aboard, outcome = _aboard()
    first = drafts[items[0]]
    s0, s1 = first["sentence"]
    if not aboard.search(low, s0, s1) or outcome.search(low, s0, s1):
        return None
    para = low.rfind("\n\n", 0, s0)
    sentences = {first["sentence"]}
    for j in range(items[0] - 1, max(-1, items[0] - 1 - _BACK), -1):
        x = drafts[j]
        if x["start"] < para:
            return None
        if x["sentence"] != first["sentence"]:
            sentences.add(x["sentence"])
            if len(sentences) > _ABOARD_SENTENCES + 1:
                return None
        else:
            continue
        if x["unit"] != first["unit"] or not x["value"] or x.get("role") is not None or \
                not all(x["value"] > (drafts[i]["value"] or 0) for i in items):
            continue
        lo, hi = max(x["sentence"][0], x["start"] - _ABOARD_BESIDE), \
            min(x["sentence"][1], x["end"] + _ABOARD_BESIDE)
        if aboard.search(low, lo, hi) and not outcome.search(low, lo, hi):
            return j
        return None
    return None
