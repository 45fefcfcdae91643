"""What a figure named by a bare, general noun may also count (measures.yaml ``bare_may_mean``).

Copy of the General Staff's report often shortens a field to its last word: "82 vehicles" for
the "vehicles and fuel tanks", but also "119 vehicles" for those and the armoured vehicles of
the day together ("15 tanks and 110 vehicles" where the report gave 29 armoured vehicles and
81 vehicles and fuel tanks). The noun does not say which, so the figure keeps both readings:
its measure stays the field the phrase names, and ``extra.may_mean`` lists the measures it may
also be. The store looks the figure up in those series too (``store.lookup``); the rules
support it when one agrees and contradict it only when all disagree.

Only the bare phrase counts: a longer phrase of the lexicon ending in it ("vehicles and fuel
tanks", "military vehicles", "armoured vehicles") names its field, and the figure keeps the
one reading. This module prepares facts and decides nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab

MAY_MEAN = "may_mean"


@lru_cache(maxsize=1)
def _bare() -> dict[str, tuple[re.Pattern[str], dict[str, tuple[str, ...]]]]:
    """measure -> (a pattern of its bare phrases right after a figure, with up to three
    modifier words between, the phrase -> the measures it may also be)."""
    out: dict[str, tuple[re.Pattern[str], dict[str, tuple[str, ...]]]] = {}
    for mid, spec in (vocab.load("measures.yaml").get("measures", {}) or {}).items():
        bare = spec.get("bare_may_mean") if isinstance(spec, dict) else None
        if not bare:
            continue
        alts = "|".join(re.escape(p.lower()) for p in sorted(bare, key=len, reverse=True))
        pat = re.compile(r"(?P<mods>(?:[ \u00a0]+[a-z][a-z'’-]*){0,3}?)[ \u00a0]+"
                         r"(?P<phrase>" + alts + r")\b(?![ \u00a0]+(?:and|or|&)\b)")
        out[str(mid)] = (pat, {p.lower(): tuple(str(x) for x in v) for p, v in bare.items()})
    return out


def _longer_phrase(mods: str, phrase: str, phrases: frozenset[str]) -> bool:
    """A modifier and the bare phrase make a longer phrase of the lexicon ("military
    vehicles", "armoured vehicles"): that phrase names the figure's field."""
    words = mods.split()
    return any(" ".join([*words[i:], phrase]) in phrases for i in range(len(words)))


def mark_bare_phrases(low: str, drafts: list[dict[str, Any]], phrases: frozenset[str]) -> None:
    """``extra.may_mean`` on a figure whose measure a bare phrase named (module doc).
    ``phrases`` are the lexicon's measure phrases, lower case."""
    bare = _bare()
    if not bare:
        return
    for d in drafts:
        spec = bare.get(d.get("measure") or "")
        if spec is None or d["value"] is None:
            continue
        pat, also = spec
        m = pat.match(low, d["end"])
        if m is None or any(w[:1].isdigit() for w in m.group("mods").split()) or \
                _longer_phrase(m.group("mods"), m.group("phrase"), phrases):
            continue
        d["extra"] = [*d["extra"], (MAY_MEAN, also[m.group("phrase")])]
