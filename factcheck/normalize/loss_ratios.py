"""A war's losses told as a ratio of two counts (issue #10, readings66): "the totals stood at
1,173,920 Russian troops and 11,387 tanks, or about 103 troops for every tank"; "counted 790,800
troops and 9,672 tanks lost by 1 January. That is about 82 soldiers for every tank"; "about 105
troops for every tank destroyed: 1,208,970 soldiers against 11,488 tanks". A figure whose words
say "<noun> for every (each, per) <noun>" in a war story is no count of its noun
(``Context._unless_ratio``); when the sentence (or the one before it in its paragraph) gives a
count of each noun, the figure is the first count over the second (("ratio", {"of": i, "per":
j}), indexes into the drafts, as ``comparisons`` sets its own) and wrong-arithmetic judges it.
Otherwise it takes no measure and stays listed as not checkable ("ratio" True: its counts are
not in the text). This module only reads the words: it decides no verdict.
"""

from __future__ import annotations

import re
from typing import Any

from .sentences import by_sentence

_S = r"[ \u00a0]+"
# the two nouns of a ratio right after its figure: "troops for every tank", "armoured vehicles
# per tank", "soldiers for each single tank" (a stretch of time, an area or a head is no count)
_RATIO_NOUNS = re.compile(
    rf"(?:{_S}[a-z’'-]+)?{_S}(?P<of>[a-z’'-]+){_S}(?:for{_S}(?:every|each)|per|to{_S}every){_S}"
    rf"(?:(?:one|single){_S})?(?:[a-z’'-]+{_S})??(?!(?:hour|day|week|month|year|second|minute|"
    rf"square|sq|km|kilomet|mile|met(?:re|er)|cent|capita|head|person|people|inhabitant|"
    rf"resident)s?\b)(?P<per>[a-z’'-]+)\b")
# the words a count's noun may sit in right after its figure ("790,800 Russian troops")
_AFTER_COUNT = re.compile(rf"(?:{_S}[a-z’'-]+){{1,3}}")


def loss_ratios(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any]) -> None:
    """Every ratio of two counts of a war's losses (module docstring), in place."""
    if " every " not in ctx.low and " per " not in ctx.low and " each " not in ctx.low:
        return
    lex = ctx.lex
    sents = by_sentence(drafts)
    order = list(sents)
    for k, key in enumerate(order):
        for i in sents[key]:
            d = drafts[i]
            flagged = any(x == ("ratio", True) for x in d["extra"])
            if d.get("unit") or not d.get("value") or (
                    not flagged and lex.domain(d.get("measure")) != "conflict"):
                continue
            m = _RATIO_NOUNS.match(ctx.low, d["end"], key[1])
            if m is None:
                continue
            near = [j for j in sents[key] if j != i]
            if k and ctx.paragraph(order[k - 1][0]) == ctx.paragraph(key[0]):
                near = sents[order[k - 1]] + near
            of, per = _count_of(ctx.low, drafts, near, m.group("of"), d), \
                _count_of(ctx.low, drafts, near, m.group("per"), None)
            if of is None and per is not None:
                # "105 troops for every tank destroyed: 1,208,970 soldiers against 11,488
                # tanks": the one other count of a daily-reported measure
                rest = [j for j in near if j != per and _plain(drafts[j]) and
                        lex.daily_reports(drafts[j].get("measure")) and
                        drafts[j].get("measure") != drafts[per].get("measure")]
                of = rest[0] if len(rest) == 1 else None
            d["extra"] = [x for x in d["extra"] if x != ("ratio", True)]
            d["measure"], d["period"], d["cumulative"] = None, None, False
            if of is None or per is None or of == per:
                d["extra"].append(("ratio", True))
                why = "a ratio of two counts the text does not give"
            else:
                d["extra"].append(("ratio", {"of": of, "per": per, "counts": True}))
                why = "a ratio of the two counts in the text"
            if bases[i] is not None:
                bases[i]["measure"] = f"written: {why}"
                bases[i]["period"] = "none: the ratio's counts carry theirs"


def _stem(word: str) -> str:
    """"troops" -> "troop", "tanks" -> "tank", "armoured" as written."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _count_of(low: str, drafts: list[dict[str, Any]], near: list[int], noun: str,
              ratio: dict[str, Any] | None) -> int | None:
    """The one count among ``near`` whose words after its figure name ``noun`` (a plain count,
    no unit, no ratio of its own); with ``ratio`` given and no such count, the one count of the
    measure the ratio's figure was read with ("82 soldiers" of "790,800 Russian troops")."""
    stem = _stem(noun)
    got: list[int] = []
    for j in near:
        x = drafts[j]
        if not _plain(x):
            continue
        w = _AFTER_COUNT.match(low, x["end"], x["sentence"][1])
        if w is not None and any(_stem(t) == stem for t in re.findall(r"[a-z’'-]+", w.group())):
            got.append(j)
    if not got and ratio is not None and ratio.get("measure"):
        got = [j for j in near if drafts[j].get("measure") == ratio["measure"] and
               _plain(drafts[j])]
    return got[0] if len(got) == 1 else None


def _plain(x: dict[str, Any]) -> bool:
    """Whether draft ``x`` is a plain count: no unit, a value, no ratio of its own."""
    return not x.get("unit") and bool(x.get("value")) and \
        not any(k == "ratio" for k, _ in x["extra"])
