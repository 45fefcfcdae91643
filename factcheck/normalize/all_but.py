"""The rest of a whole said as "all but N of M", set against a later count of that rest (issue
#11, everyday92): "All but one of the 155 people on board were killed ... the 154 dead on the
plane"; "All but two of the 181 people on board died ... all 179 who died".

Called by ``relations.relate`` with the other sums named by words, on the drafts of one
document (indexes into the draft list). A count right after "all but" (across.yaml
``all_but``) and right before "of the" and a larger count in its sentence (``all_but_of``) is
left out of that whole; the clause after the whole says what the rest did (``all_but_rest``:
died, survived). A later count, in a sentence after, of the same unit, more than half the
whole and no more than it, with "the" or "all" right before it (``all_but_definite``) and the
same kind of outcome named beside it, restates the rest: the whole becomes a total (role
``total``) and the left-out count and the rest its parts, so that list-sum-mismatch holds
them to add up to it. Only the first such count is read; a count with a role already, or a
whole with a role other than a whole's, is left as it is. This module reads words; the rules
judge.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab

_AFTER = 40             # figures after the whole where its rest may be restated (linear)
_BEFORE = 20            # characters before the left-out count where "all but" stands
_BESIDE = 40            # characters either side of a later count where its outcome stands
_CLAUSE = 120           # characters after the whole where the rest's outcome stands


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, re.Pattern[str]],
                      re.Pattern[str]]:
    """across.yaml ``all_but``, ``all_but_of``, ``all_but_rest``, ``all_but_definite``."""
    data = vocab.load("across.yaml")
    rest = {str(k): re.compile(str(v)) for k, v in data["all_but_rest"].items()}
    return (re.compile(str(data["all_but"])), re.compile(str(data["all_but_of"])), rest,
            re.compile(str(data["all_but_definite"])))


def _outcome(low: str, d: dict[str, Any], rest: dict[str, re.Pattern[str]]) -> str | None:
    """The one kind of outcome the clause after whole ``d`` names, else None."""
    s1 = d["sentence"][1]
    cut = re.search(r"[;:]", low[d["end"]:s1])
    end = min(d["end"] + cut.start() if cut else s1, d["end"] + _CLAUSE)
    kinds = [k for k, p in rest.items() if p.search(low, d["end"], end)]
    return kinds[0] if len(kinds) == 1 else None


def _later_rest(low: str, drafts: list[dict[str, Any]], w: int, kind: re.Pattern[str],
                definite: re.Pattern[str]) -> int | None:
    """The first later count restating the rest of whole ``w`` (module docstring)."""
    m = drafts[w]
    for j in range(w + 1, min(len(drafts), w + 1 + _AFTER)):
        f = drafts[j]
        if f["sentence"][0] < m["sentence"][1] or f["unit"] != m["unit"] or not f["value"] or \
                f.get("role") is not None or not m["value"] / 2 < f["value"] <= m["value"]:
            continue
        s0, s1 = f["sentence"]
        if definite.search(low, max(s0, f["start"] - _BESIDE), f["start"]) is None:
            continue
        if kind.search(low, max(s0, f["start"] - _BESIDE), min(s1, f["end"] + _BESIDE)):
            return j
    return None


def all_but_rests(low: str, drafts: list[dict[str, Any]]) -> None:
    """Make a left-out count and a later count of the rest the parts of their whole (module
    docstring)."""
    if " but " not in low and "except" not in low and " save " not in low:
        return
    before, of_gap, rest, definite = _words()
    for n in range(len(drafts) - 1):
        d, m = drafts[n], drafts[n + 1]
        if not d["value"] or not m["value"] or d["unit"] != m["unit"] or \
                d["sentence"] != m["sentence"] or d["value"] * 2 >= m["value"] or \
                d.get("role") not in (None, "of_whole") or \
                m.get("role") not in (None, "whole") or \
                not before.search(low, max(d["sentence"][0], d["start"] - _BEFORE), d["start"]) or \
                not of_gap.fullmatch(low, d["end"], m["start"]):
            continue
        kind = _outcome(low, m, rest)
        if kind is None:
            continue
        f = _later_rest(low, drafts, n + 1, rest[kind], definite)
        if f is None:
            continue
        m["role"] = "total"
        for j in (n, f):
            drafts[j]["role"], drafts[j]["group"] = "part", n + 1
