"""Counts each followed by the name of its holder (issue #11, everyday106): "Of the 63 seats,
19 are SNP, 18 Conservative, 12 Labour, 8 Green and the remaining 6 Liberal Democrat"; "23 are
Conservative, 21 SNP and 14 Liberal Democrat". Each count belongs to the name right after it,
not to the name before it (the earlier reading gave "18" the SNP's name and "19" the
council's), so a later "The SNP's 19 councillors" restates the SNP's count and not the
Conservatives'.

Only a run of two or more counts of one sentence, bare (no unit), each right after ", " or
"and" (the first may follow "are"/"were"), and each followed by a name and then the list's
next separator or the sentence's end; a name is capitalised (or "independent(s)") and becomes
the subject the vocabulary gives it in any of its forms ("Conservative": "conservatives",
"Green": "greens"), else its own words in lower case. This module reads words and sets
subjects; the rules judge.
"""

from __future__ import annotations

import re
from typing import Any

_WS = r"[ \u00a0]+"
# a count's holder right after it: " are SNP", " Conservative", " Liberal Democrat"
_HOLDER_AFTER = re.compile(r"(?:" + _WS + r"(?:are|were|is|was))?" + _WS + r"(?:the" + _WS + r")?"
                           r"(?P<name>[A-Z][\w’'&-]*(?:" + _WS + r"[A-Z][\w’'&-]*){0,2}|"
                           r"independents?)"
                           r"(?=[ \u00a0]*(?:,|;|\.|$|[ \u00a0]+and\b|[ \u00a0]+or\b))")
# what stands before each count of the run: ", ", " and ", ", and the remaining ", "are"
_OPEN_BEFORE = re.compile(r"(?:,|\band|\bare|\bwere)" + _WS +
                          r"(?:(?:the" + _WS + r")?(?:remaining|other|last)" + _WS + r")?$")


def _subject_of(name: str, lex: Any) -> str:
    """The vocabulary's subject for ``name`` in any of its forms, else its words in lower
    case."""
    low = re.sub(r"\s+", " ", name.lower().replace("’", "'"))
    for form in (low, low + "s", low[:-1] if low.endswith("s") else low, low + " party"):
        sid = lex.pick_subject(form, "elections") if hasattr(lex, "pick_subject") else None
        if sid:
            return str(sid)
    return low


def holders_after_counts(text: str, drafts: list[dict[str, Any]], sents: list[list[int]],
                         lex: Any) -> None:
    """Give each count of a run "19 are SNP, 18 Conservative, ..." the name after it as its
    subject (module docstring)."""
    for idxs in sents:
        run: list[tuple[int, str]] = []
        for j in idxs + [None]:   # type: ignore[list-item]
            d = drafts[j] if j is not None else None
            m = None
            if d is not None and d["unit"] == "" and d["value"] and \
                    _OPEN_BEFORE.search(text, max(d["sentence"][0], d["start"] - 30), d["start"]):
                m = _HOLDER_AFTER.match(text, d["end"])
            if m is not None and (not run or _next_in_run(text, drafts, run[-1][0], j)):
                run.append((j, m.group("name")))
                continue
            if len(run) >= 2:
                for k, name in run:
                    drafts[k]["subject"] = _subject_of(name, lex)
            run = [(j, m.group("name"))] if m is not None else []


def _next_in_run(text: str, drafts: list[dict[str, Any]], a: int, b: int) -> bool:
    """Whether count ``b`` follows ``a`` with only ``a``'s holder and a separator between."""
    m = _HOLDER_AFTER.match(text, drafts[a]["end"])
    return m is not None and re.fullmatch(r"[ \u00a0]*(?:,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)"
                                          r"(?:(?:the[ \u00a0]+)?(?:remaining|other|last)[ \u00a0]+)?",
                                          text[m.end():drafts[b]["start"]]) is not None
