"""An amount per head of a count, beside the total it shares out, in one sentence (issue #11,
the lead's forty-first-session probe): "Airlines are expected to make $30.5 billion this year,
or $6.14 for each of a record 4.96 billion passengers"; "The council will spend £30.5 million
on its 4.96 million residents, or £6.15 per resident".

The amount is the total over the count: ``("average", {"of": total, "count": n})``, which
wrong-arithmetic judges, as count_averages.py sets an average over a count. Read only when
the words after the amount say what it is each of, and that is the count's own noun: the count
right after "for each of" / "for every one of", or a count of the sentence whose plural noun
is the noun after "per", "for each", "for every" ("per passenger" and "4.96 billion
passengers"). The total is the one level of the amount's unit in the sentence, larger than
the amount. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

_W = r"[ \u00a0]+"
# "for each of a record ", "for every one of the "
_EACH_OF = re.compile(rf"{_W}(?:for{_W}each|for{_W}every(?:{_W}one)?){_W}of{_W}(?:(?:the|its|their|"
                      rf"our|a|an){_W})?(?:(?:record|total|further|combined){_W})?")
# "per passenger", "for each resident", "for every visitor", "a head"
_PER_NOUN = re.compile(rf"{_W}(?:per|for{_W}each|for{_W}every){_W}([a-z]{{3,}})\b")
# a count's plural noun after it (two words at most between)
_NOUN_AFTER = re.compile(rf"{_W}(?:[a-z-]+{_W}){{0,2}}?([a-z]{{3,}})s\b")
_NEAR = 40      # figures either side of the amount its total and count are looked for in
_NOT_LEVEL = ("factor", "whole", "change", "difference", "reference", "compared", "expected",
              "portion", "part", "item", "each")


def per_head_amounts(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """See the module docstring."""
    for idxs in sents:
        if len(idxs) < 3:
            continue
        for p, i in enumerate(idxs):
            d = drafts[i]
            if not d["unit"] or d["unit"] == "percent" or not d["value"] or \
                    d.get("role") is not None or any(k == "average" for k, _ in d["extra"]):
                continue
            # (the figures near it in its sentence: a sentence of thousands stays linear)
            near = idxs[max(0, p - _NEAR):p + _NEAR + 1]
            count = _count_named(low, drafts, near, near.index(i))
            if count is None:
                continue
            totals = [j for j in near if j != i and drafts[j]["unit"] == d["unit"] and
                      drafts[j].get("role") not in _NOT_LEVEL and
                      float(drafts[j]["value"] or 0) > float(d["value"])]
            if len(totals) != 1:
                continue
            d["extra"].append(("average", {"of": totals[0],
                                           "count": float(drafts[count]["value"])}))
            drafts[count]["role"] = drafts[count].get("role") or "factor"


def _count_named(low: str, drafts: list[dict[str, Any]], idxs: list[int], p: int) -> int | None:
    """The count amount ``idxs[p]`` is each of: right after "for each of", or the one count
    of the sentence whose plural noun the word after "per" names; None otherwise."""
    d = drafts[idxs[p]]
    m = _EACH_OF.match(low, d["end"])
    if m is not None:
        if p + 1 < len(idxs) and drafts[idxs[p + 1]]["start"] == m.end() and \
                _is_count(low, drafts[idxs[p + 1]]):
            return idxs[p + 1]
        return None
    m = _PER_NOUN.match(low, d["end"])
    if m is None:
        return None
    noun = m.group(1)
    named = [j for j in idxs if j != idxs[p] and _is_count(low, drafts[j]) and
             (n := _NOUN_AFTER.match(low, drafts[j]["end"])) is not None and
             n.group(1) == noun]
    return named[0] if len(named) == 1 else None


def _is_count(low: str, x: dict[str, Any]) -> bool:
    v = x["value"]
    return not x["unit"] and bool(v) and v >= 2 and x.get("role") in (None, "factor") and \
        _NOUN_AFTER.match(low, x["end"]) is not None
