"""A count split in the time clause after it (issue #11, everyday49).

"... the 40,272 of 2018, when 23,771 men and 16,501 women crossed the line", "... more than
the 30 of Athens in 2004, when the team won 9 golds, 9 silvers and 12 bronzes": the clause that
dates the figure ("when", "while", "after which") splits it by the words that name its kinds
(rules/vocab/numbers.yaml ``breakdown_labels``, the apposition's labels: men and women, gold,
silver and bronze, domestic and international...). The figures of the split are the count's
parts, which must add up to it, as a split in apposition does ("339 cases, 301 confirmed and
38 probable": ``relations._appositive_breakdowns``).

Read only when the split is a whole list: the first figure after the count opens it, every
item is labelled (right after it, or after "were"/"are": "when 3,100 were men and 2,400
women"), the last one joined by "and", all in the count's unit and each smaller than it. The
count keeps its own role (the earlier value of a change, "over 2,000 more than the 40,272").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab


@lru_cache(maxsize=1)
def breakdown_re() -> re.Pattern[str]:
    """rules/vocab/numbers.yaml ``breakdown_labels``, as the words after each part of a count
    split in apposition: ", 301 confirmed and 38 probable"."""
    words = vocab.load("numbers.yaml").get("breakdown_labels") or []
    label = "|".join(re.escape(str(w)).replace(r"\ ", r"[ \u00a0]+")
                     for w in sorted(words, key=len, reverse=True))
    # ("$459 million of it at home": the part's "of it" before its label)
    return re.compile(rf"(?:of[ \u00a0]+(?:it|them)[ \u00a0]+)?(?:{label})\b")


# from the count to its split: its own words, a comma, the clause word and the clause's words
# before the first part ("the 40,272 of 2018, when ", "the 30 of Athens in 2004, when the team
# won ")
_CLAUSE_OPEN = re.compile(r"[^.;:!?()\n]{0,60}?,[ \u00a0]*(?:when|while|after[ \u00a0]+which)"
                          r"\b[^.;:!?()\n,]{0,40}?$")
_WERE = re.compile(r"[ \u00a0]+(?:(?:were|are|was|is)[ \u00a0]+)?")


def _label_after(low: str, end: int) -> re.Match[str] | None:
    m = _WERE.match(low, end)
    return None if m is None else breakdown_re().match(low, m.end())


def _split_after(low: str, drafts: list[dict[str, Any]], idxs: list[int], p: int,
                 below: bool = True) -> list[int]:
    """The labelled list opening right after the count ``idxs[p]``, whole, or [] (``below``:
    each item smaller than the count)."""
    d = drafts[idxs[p]]
    parts: list[int] = []
    after, last = -1, ""
    for q in range(p + 1, len(idxs)):
        x = drafts[idxs[q]]
        lab = _label_after(low, x["end"])
        sep = low[after:x["start"]].strip() if parts else ","
        if x["unit"] != d["unit"] or not x["value"] or lab is None or \
                sep not in (",", "and", ", and") or not 0 < x["value"] or \
                (below and x["value"] >= d["value"]):
            break
        parts.append(idxs[q])
        after, last = lab.end(), sep
        if sep != ",":
            break
    return parts if len(parts) >= 2 and last != "," else []


def clause_breakdowns(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """A count's split in the time clause after it: its parts (module docstring)."""
    for idxs in sents:
        for p, t in enumerate(idxs[:-2]):
            d = drafts[t]
            if not d["value"] or d.get("role") not in (None, "item", "compared", "change") or \
                    _CLAUSE_OPEN.fullmatch(low, d["end"], drafts[idxs[p + 1]]["start"]) is None:
                continue
            parts = _split_after(low, drafts, idxs, p, d.get("role") != "change")
            if not parts:
                continue
            if d.get("role") == "change":
                _unstated_base(drafts, d, parts)
                continue
            old = drafts[parts[0]].get("group")
            if d.get("role") == "item":
                d["role"], d["group"] = None, None
            for j in parts:
                drafts[j]["role"], drafts[j]["group"] = "part", t
            for j in idxs:     # the rest of the list the sentence was read as stands alone
                x = drafts[j]
                if j != t and j not in parts and x.get("role") == "item" and \
                        old is not None and x.get("group") == old:
                    x["role"], x["group"] = None, None


def _unstated_base(drafts: list[dict[str, Any]], d: dict[str, Any], parts: list[int]) -> None:
    """"two more than in London four years earlier, when the team won 29 golds, 17 silvers and
    19 bronzes": the change counts from the whole the clause splits, which the text never
    gives; none of its parts is the earlier value (the change keeps its amount alone)."""
    for k, (key, ch) in enumerate(d["extra"]):
        if key == "change" and isinstance(ch, dict) and ch.get("from") in parts:
            ch = {x: v for x, v in ch.items() if x not in ("from", "to")}
            d["extra"][k] = (key, ch)
            drafts[parts[0]]["role"] = None
    for j in parts:
        if drafts[j].get("role") == "compared":
            drafts[j]["role"] = None
