"""A part of a running total the reports do not split (issue #10, readings69): "Of the
1,005,060 troops Russia has lost since February 2022, about 250,000 were killed". The General
Staff counts losses (killed, wounded and captured together), never the killed apart; a part of
its running total over the same stretch that names the killed (the dead, the wounded) is no
figure of the reports, and reading it as the running total itself contradicts every such
estimate. Such a part loses the measure carried to it from its whole and is listed as not
checkable, with the reason. A part dated to a day of its own ("among them 1,250 who died within
the past 24 hours") is left as it was: the day's losses, whatever its verb names. This module
only reads the words: it decides no verdict.
"""

from __future__ import annotations

import re
from typing import Any

# the words right after the part that name a kind of loss the reports do not count apart
# (lower case): "were killed", "had been killed", "of them were wounded", "killed", "dead"
_KILLED_AFTER = re.compile(r"[ \u00a0\n]+(?:(?:of[ \u00a0\n]+(?:them|whom|those)|troops|soldiers|"
                           r"servicemen|men)[ \u00a0\n]+)?(?:(?:were|was|are|have[ \u00a0\n]+been|"
                           r"had[ \u00a0\n]+been|are[ \u00a0\n]+believed[ \u00a0\n]+to[ \u00a0\n]+"
                           r"have[ \u00a0\n]+been)[ \u00a0\n]+)?(?:killed|dead|wounded|injured|"
                           r"died|fatalities|deaths)\b")


def unsplit_parts(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any]) -> None:
    """Every part of a daily-reported running total that names the killed or wounded (module
    docstring) loses the measure its whole gave it (never one its own words write), in place:
    its basis says why it is not checkable."""
    low = ctx.low
    if "kill" not in low and "dead" not in low and "wound" not in low and "died" not in low \
            and "injur" not in low and "deaths" not in low and "fatalit" not in low:
        return
    for i, d in enumerate(drafts):
        w, basis = d.get("group"), bases[i]
        if d.get("role") != "portion" or not isinstance(w, int) or not 0 <= w < len(drafts) or \
                basis is None or not d.get("cumulative") or \
                not ctx.lex.daily_reports(d.get("measure")) or \
                not drafts[w].get("cumulative") or d.get("measure") != drafts[w].get("measure") \
                or basis.get("measure", "none").startswith("written"):
            continue
        got = _KILLED_AFTER.match(low, d["end"])
        if got is None or got.end() > d["sentence"][1]:
            continue
        words = " ".join(got.group(0).split())
        d["measure"], d["period"], d["cumulative"] = None, None, False
        basis["measure"] = (f"none: a part (\"{words}\") of the running total of "
                            f"\"{ctx.text[drafts[w]['start']:drafts[w]['end']]}\", which the "
                            "reports do not split")
