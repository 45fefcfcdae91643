"""Figures of a relative clause that opens after a noun are that noun's (issue #11,
everyday105).

Called at the end of ``relations.relate``. "The Port of Antwerp expects to have handled about
178 million tonnes of freight in 2010, driven by containers, which passed 100 million tonnes
again to set a record of 102.7 million tonnes": the figures of the clause ", which ..." up to
its next break are the containers', not the port's whole traffic the sentence's subject gives
the figures before it. Only a clause whose antecedent is a word right after a preposition
("driven by containers", "the rise in exports, which") is read, and only when a figure before
it in the sentence has the subject the clause's figures were given (the main clause's); the
figures then take the antecedent for subject, so that no rule holds them to the main clause's
figure or to the headline's restatement of it. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

# ", which" after a preposition and the one word it governs (its antecedent): "by containers,
# which", "in exports, which"; the clause runs to the next comma, semicolon or colon
_OPEN = re.compile(r"\b(?:by|of|from|in|for|on|with)\s+(?P<noun>[a-z][a-z-]{2,}),\s+which\s+")
_BREAK = re.compile(r"[,;:]")


def relative_subjects(low: str, drafts: list[dict[str, Any]]) -> None:
    """Give each figure of such a relative clause its antecedent as subject (module
    docstring)."""
    if ", which " not in low:
        return
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for i, d in enumerate(drafts):
        by_sentence.setdefault(tuple(d["sentence"]), []).append(i)
    for (s0, s1), idxs in by_sentence.items():
        if len(idxs) < 2:
            continue
        for m in _OPEN.finditer(low, s0, s1):
            brk = _BREAK.search(low, m.end(), s1)
            end = brk.start() if brk else s1
            inside = [j for j in idxs if m.end() <= drafts[j]["start"] < end]
            before = {drafts[j].get("subject") for j in idxs if drafts[j]["end"] <= m.start()}
            if not inside or any(drafts[j].get("subject") not in before or
                                 drafts[j].get("subject") is None for j in inside):
                continue
            for j in inside:
                drafts[j]["subject"] = m.group("noun")
