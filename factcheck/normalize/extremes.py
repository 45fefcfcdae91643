"""A figure said to be a series' extreme at another moment: "The list's record was 7.77 million",
"it peaked at 7.77 million", "the previous high of 4.2%", "its all-time low was 0.1%".

Called by ``relations.relate`` on the drafts of one document. Such a figure gets
("extreme", <the words>) in its extra: it is the series' highest or lowest value, not the level
the story reports now, so no later or earlier level of the measure restates it (engine_facts
gives it no ``level``). A figure the record words put in the present ("hit a record 7.39
million", "a record high of 7.39 million") is the level itself and gets nothing. This module
reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

_QUAL = r"(?:(?:about|around|some|nearly|almost|just[ \u00a0]+(?:over|under)|more[ \u00a0]+than)[ \u00a0]+)?"
# "peaked at", "peaking in 2023 at"; "the list's record was", "its previous high of", "the
# all-time low stood at", "a peak of"
_EXTREME_BEFORE = re.compile(
    r"(?P<w>\bpeak(?:ed|ing|s)?[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,4}?at|"
    r"\b(?:the|its|their|his|her|a)[ \u00a0]+(?:[\w-]+[’']s?[ \u00a0]+)?(?:(?:previous|earlier|"
    r"former|old|all-time|pre-pandemic)[ \u00a0]+)?(?:record|peak|high|low|high[ \u00a0]+point|"
    r"low[ \u00a0]+point)[ \u00a0]+(?:was|had[ \u00a0]+been|of|stood[ \u00a0]+at|came[ \u00a0]+in[ \u00a0]+at))"
    r"[ \u00a0]+" + _QUAL + r"$")
# "a record high of", "a new record of": the level now, no other moment's extreme
_NOW_RECORD = re.compile(r"\b(?:a|new)[ \u00a0]+(?:new[ \u00a0]+)?(?:record|peak|high|low)[ \u00a0]+"
                         r"(?:high[ \u00a0]+|low[ \u00a0]+)?of[ \u00a0]+" + _QUAL + r"$")


def series_extremes(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set ("extreme", words) on each figure said to be a series' extreme (module docstring)."""
    if not any(w in low for w in ("peak", "record", "high", "low")):
        return
    for d in drafts:
        lo = max(d["sentence"][0], d["start"] - 60)
        m = _EXTREME_BEFORE.search(low, lo, d["start"])
        if m is None or _NOW_RECORD.search(low, lo, d["start"]):
            continue
        d["extra"].append(("extreme", " ".join(m.group("w").split())))
