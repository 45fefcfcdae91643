"""A whole named by what its members did: "Of those who voted, 3,531,732, or 91.56%, backed
the change" (after "Only 3,857,308 of the 18,279,011 people on the electoral rolls cast a
ballot"), "Of those asked, ...", "Of the people surveyed, ...". The act's words come from
rules/vocab/across.yaml ``verb_wholes``; the whole is the earlier count whose own words say the
same act (``act_of`` on the opening, ``says_act`` on each candidate), and a count that is
itself the whole of another candidate (the electoral rolls above) is none. This module must
not judge. A share "of respondents" is of the count whose sentence says they responded
(``act_named``, read by ``comparisons._same_whole``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab

# "those who voted", "those who had been asked", "the people surveyed", "respondents"
_NAMED_BY_ACT = re.compile(r"\b(?:those|the[ \u00a0]+(?:people|voters|members|adults|"
                           r"patients|participants))[ \u00a0]+(?:who[ \u00a0]+|that[ \u00a0]+)?"
                           r"(?:(?:had|have|has|did)[ \u00a0]+)?(?:(?:been|actually)[ \u00a0]+)?"
                           r"(?P<act>[a-z]+(?:[ \u00a0]+[a-z]+){0,3})")


_AGENTS = re.compile(r"(?:ents|ers|ants|ees)$")


@lru_cache(maxsize=1)
def _acts() -> tuple[dict[str, int], list[re.Pattern[str]]]:
    """Each act word -> its list's index, and each list as one search pattern."""
    lists = vocab.section("across.yaml", "verb_wholes", list)
    index = {" ".join(str(w).lower().split()): k for k, ws in enumerate(lists) for w in ws}
    pats = [re.compile(r"\b(?:" + "|".join(re.escape(" ".join(str(w).lower().split()))
                                          .replace(r"\ ", r"[ \u00a0\n]+")
                                          for w in sorted(ws, key=len, reverse=True)) + r")\b")
            for ws in lists]
    return index, pats


def act_of(opening: str) -> int | None:
    """The act an opening ("of those who voted, ") names its whole by, as the index of its list
    in ``verb_wholes``; None when it names none."""
    m = _NAMED_BY_ACT.search(opening.lower())
    if m is None:
        return None
    index, _ = _acts()
    words = m.group("act").split()
    for n in range(len(words), 0, -1):
        k = index.get(" ".join(words[:n]))
        if k is not None:
            return k
    return None


def act_named(phrase: str) -> int | None:
    """The act a noun phrase names its members by ("respondents", "voters"), as ``act_of``."""
    index, _ = _acts()
    # (people named by what they did, "respondents", "voters", "applicants": not "the vote")
    return next((index[w] for w in phrase.lower().split() if w in index and
                 _AGENTS.search(w)), None)


def says_act(low: str, d: dict[str, Any], act: int) -> bool:
    """Whether the sentence of figure ``d`` says the act ``act``."""
    _, pats = _acts()
    ss, se = d["sentence"]
    return pats[act].search(low, ss, se) is not None


def wholes_by_act(low: str, drafts: list[dict[str, Any]], cands: list[int],
                  act: int) -> list[int]:
    """The candidates whose sentence says the act, less any that is the whole of another
    candidate or a share's whole beside a count that is neither ("3,857,308 of the 18,279,011
    people on the rolls cast a ballot": the rolls are no whole of those who voted)."""
    said = [j for j in cands if says_act(low, drafts[j], act)]
    said = [j for j in said if not any(drafts[k].get("group") == j for k in cands if k != j)]
    if any(drafts[j].get("role") != "whole" for j in said):
        said = [j for j in said if drafts[j].get("role") != "whole"]
    return said
