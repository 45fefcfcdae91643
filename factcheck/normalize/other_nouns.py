"""Amounts that name a thing of their own, set against figures of another thing (issue #11,
everyday98).

"New Zealand's dairy cow numbers fell 1.26% ... to 4.84 million, and there were 238 fewer
herds, leaving 10,796 against 11,034": the amount "238 fewer herds" names what it counts right
after its "fewer", in a clause of its own ("there were", "and", "while"), an open noun no
vocabulary measure knows; the nearest level before it (the 4.84 million cows) is no count of
herds. Called by ``relations.relate`` once the counts a change is between have taken its
measure (``_change_values_measure``): such a change whose own noun differs from the open
measure of a value it was given loses that value, and is judged on the values it keeps (none:
it is then an amount with no levels, never a false "from 10,796 to 4.84 million"). An
amount in apposition keeps its values ("fell 1.4% to 1.71 billion ..., about 24 million fewer
trips": the journeys by another word). This module reads words; it never judges.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab

# the noun right after an amount's "more", "fewer" or "less": "238 fewer herds"
_OWN_NOUN = re.compile(r"[ \u00a0]+(?:more|fewer|less)[ \u00a0]+([a-z]{3,})\b")
# the amount opens a clause of its own: "and there were 238 fewer herds", ", while 40 more
# schools" (an apposition restates the change before it: "fell 1.4% to 1.71 billion ..., about
# 24 million fewer trips" are the journeys by another word, lead5)
_OWN_CLAUSE = re.compile(r"(?:\bthere[ \u00a0]+(?:were|are|was|is|have[ \u00a0]+been|had[ \u00a0]+been)|"
                         r"\b(?:and|while|but|whereas|with))[ \u00a0]+(?:(?:about|around|some|"
                         r"nearly|almost|just|roughly|only)[ \u00a0]+)?$")
_NOT_NOUNS = frozenset("""than and or of in on at for from that who which were was are is
had have has been be than the a an""".split())


@lru_cache(maxsize=1)
def _vocabulary_words() -> frozenset[str]:
    """Every word of a vocabulary measure's phrases and of the open measures' synonyms: a noun
    of these may name a figure whose measure is called otherwise ("patients" of
    hospitalisations), so it sets nothing apart."""
    words: set[str] = set()
    for spec in (vocab.load("measures.yaml").get("measures", {}) or {}).values():
        if isinstance(spec, dict):
            for ph in [*(spec.get("phrases") or []), *(spec.get("before") or [])]:
                words.update(str(ph).lower().split())
    om = vocab.load("entities.yaml").get("open_measures", {}) or {}
    for k, v in (om.get("nouns") or {}).items():
        words.update(str(k).lower().split() + str(v).lower().split())
    words.update(str(w).lower() for w in om.get("generic", []) or [])
    return frozenset(words)


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _other_thing(noun: str, x: dict[str, Any]) -> bool:
    """Whether figure ``x`` has an open measure that is not ``noun``."""
    measure = str(x.get("measure") or "")
    if not measure or not x.get("_open") or " " in measure:
        return False
    words = _vocabulary_words()
    return measure not in words and _stem(measure) != _stem(noun) and \
        not _stem(noun).startswith(_stem(measure)) and not _stem(measure).startswith(_stem(noun))


def amounts_of_other_nouns(low: str, drafts: list[dict[str, Any]]) -> None:
    """Drop the values of a change that names its own noun from a figure of another open
    measure (module docstring)."""
    for d in drafts:
        if d.get("role") != "change" or d["unit"]:
            continue
        ch = next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict)), None)
        m = _OWN_NOUN.match(low, d["end"])
        if ch is None or ch.get("kind") != "absolute" or m is None or \
                m.group(1) in _NOT_NOUNS or m.group(1) in _vocabulary_words() or \
                _OWN_CLAUSE.search(low, max(d["sentence"][0], d["start"] - 30), d["start"]) is None:
            continue
        ends = [j for j in (ch.get("from"), ch.get("to")) if isinstance(j, int)]
        if any(_other_thing(m.group(1), drafts[j]) for j in ends):
            ch.pop("from", None)
            ch.pop("to", None)
