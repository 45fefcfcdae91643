"""A share of the war's running total whose whole the text does not write (issue #10,
readings71): "Russia has lost 214,260 troops since the start of 2025, the General Staff says,
about 21% of the war's total". The percentage right before words naming the war's total ("of
the war's total", "of all losses since the full-scale invasion") is the part's share of the
running total the reports gave at the part's end: the part is the nearest count before it in
its sentence of a daily-reported measure over a period of its own (no running total itself).
The share takes the measure ``<measure>`` + ``SHARE_OF_TOTAL`` and the part's period, subject
and reading marks; the store works its value from the reports (the part's sum over the
running total, store.share_refs) and the rules judge it as any figure of the dataset. A share
with no such part keeps no measure and stays listed as not checkable. This module only reads
the words: it decides no verdict.
"""

from __future__ import annotations

import re
from typing import Any

# the measure of a share of the running total worked from the dataset:
# "personnel_losses_share_of_war_total"
SHARE_OF_TOTAL = "_share_of_war_total"
_S = r"[ \u00a0]+"
# the war's total right after the percentage (lower case): "of the war's total", "of Russia's
# losses since the full-scale invasion", "of the overall tally since the war began"
_WAR_WHOLE = re.compile(
    rf"{_S}of{_S}(?:(?:the|all|its|their|russia['’]s|moscow['’]s){_S})?(?:"
    rf"(?:war|invasion|conflict)['’]s{_S}(?:(?:overall|entire|whole|running){_S})?"
    rf"(?:total|tally|toll|count|losses)|(?:(?:overall|entire|whole|running|total){_S})?"
    rf"(?:total|tally|toll|count|losses){_S}(?:(?:of|in){_S}the{_S}(?:(?:full-scale|whole|"
    rf"entire){_S})?(?:war|invasion|conflict)|since{_S}(?:the{_S}(?:(?:start|beginning|"
    rf"outbreak){_S}of{_S}the{_S})?(?:full-scale{_S})?(?:war|invasion)|(?:russia|moscow)"
    rf"{_S}invaded|february{_S}2022)))\b")


def war_total_shares(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any]) -> None:
    """Every share of the war's running total with no whole written (module docstring), in
    place."""
    if "%" not in ctx.low and "per cent" not in ctx.low and "percent" not in ctx.low:
        return
    lex = ctx.lex
    for i, d in enumerate(drafts):
        if d.get("unit") != "percent" or d.get("measure") is not None or \
                d.get("value") is None or _WAR_WHOLE.match(ctx.low, d["end"]) is None:
            continue
        # (a running total between them is the whole written out: "reached 299,210 ..., out
        # of 1,090,010 since the full-scale invasion began: about 27% of the war's total")
        part = next((j for j in range(i - 1, -1, -1) if drafts[j]["sentence"] == d["sentence"]
                     and not drafts[j].get("unit") and drafts[j].get("value") is not None
                     and not drafts[j].get("cumulative")), None)
        if part is None:
            continue
        p = drafts[part]
        m = p.get("measure")
        if not lex.daily_reports(m) or str(m).endswith("_per_day") or p.get("cumulative") or \
                p.get("period") is None or not p.get("subject") or \
                p.get("role") not in (None, "item", "portion"):
            continue
        d["measure"] = f"{m}{SHARE_OF_TOTAL}"
        d["subject"], d["period"], d["cumulative"] = p["subject"], p["period"], False
        d["extra"] += [x for x in p["extra"] if x[0] == "to_date"]
        words = " ".join(ctx.text[p["start"]:p["end"]].split())
        basis = bases[i] if bases[i] is not None else {}
        bases[i] = basis
        basis["measure"] = f"written: the share of \"{words}\" in the war's running total"
        basis["period"] = basis["subject"] = f"carried within the sentence: \"{words}\""
        basis["scope"] = "none"
