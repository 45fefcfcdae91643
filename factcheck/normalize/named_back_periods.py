"""The period of a figure whose sentence names back a group the sentence before dated (issue
#11, everyday98).

"There were 9,891 people in emergency accommodation in July, 6,024 adults and 3,867 children.
The adults included 1,778 families. In June there were 6,048 adults, 1,754 families ...": the
1,778 families are July's, since "The adults" are the 6,024 adults of July; read undated, they
were compared with June's 1,754 families as one figure restated. An undated figure in a
sentence that opens "The <noun> included" (or "comprised", "were made up of"), the noun a
dated figure of the sentence right before counts, takes that figure's period. Called from
``relations._restated_periods``. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

from .lexicon import counted_noun

# a sentence opening on a group named back: "The adults included", "Those patients were"
_NAMED_BACK = re.compile(r"[\s\"\u201c]*(?:the|those|these)[ \u00a0]+([a-z]{3,})[ \u00a0]+"
                         r"(?:included|includes|include|comprised|comprise|comprises|"
                         r"were[ \u00a0]+made[ \u00a0]+up[ \u00a0]+of|was[ \u00a0]+made[ \u00a0]+up[ \u00a0]+of|"
                         r"numbered|counted)\b")


def periods_named_back(low: str, drafts: list[dict[str, Any]]) -> None:
    """Give an undated figure the period of the group its sentence names back (module doc)."""
    before: list[dict[str, Any]] = []     # the figures of the sentence before
    here: list[dict[str, Any]] = []
    sent = None
    for d in drafts:
        if d["sentence"] != sent:
            before, here, sent = here, [], d["sentence"]
        here.append(d)
        if d.get("period") is not None or d["value"] is None or not before:
            continue
        m = _NAMED_BACK.match(low, d["sentence"][0], d["start"])
        if m is None:
            continue
        noun = m.group(1)
        stem = noun[:-1] if noun.endswith("s") else noun
        named = [x for x in before if x.get("period") is not None and
                 counted_noun(low, x["end"]) in (noun, stem)]
        if len({tuple(x["period"]) for x in named}) == 1:
            d["period"] = named[0]["period"]
