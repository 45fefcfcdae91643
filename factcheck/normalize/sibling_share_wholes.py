"""A share that names no whole, after a sibling share that does (issue #11, everyday111):
"Conservative candidates received 13,966,454 votes, 43.6% of the total, while Labour's
10,269,051 votes made up 32.1%." The second share's whole is elided: it is the first one's
("the total", read by ``part_shares`` from a paragraph or two up), and its part is the count of
the same unit right before it in its clause ("10,269,051 votes made up").

Set as ("ratio", {"of": part, "per": whole}) on the share, which wrong-arithmetic judges. Only
when the sibling's part and the share's part are counts of one unit, the share's own words
name no whole after it, and nothing else relates it. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

from .sentences import by_sentence

_WS = r"[ \u00a0]+"
# from a count to its share: " votes made up ", " seats, or ", " voters accounted for "
_PART_TO_SHARE = re.compile(r"(?:" + _WS + r"[a-z]+){0,2}(?:," + _WS + r"or|" + _WS +
                            r"(?:made" + _WS + r"up|accounted" + _WS + r"for|represented|"
                            r"amounted" + _WS + r"to|were|was))" + _WS +
                            r"(?:(?:about|some|nearly|almost|around|roughly|just)" + _WS + r")?")
# a share that names its whole (or goes on to another figure's words): " of", " among"
_WHOLE_AFTER = re.compile(r"[ \u00a0]*(?:of|among|in|from|for)\b")


def _ratio(d: dict[str, Any]) -> Any:
    return next((v for k, v in d["extra"] if k == "ratio"), None)


def _count(d: dict[str, Any] | None) -> bool:
    return d is not None and d["value"] is not None and d["value"] > 0 and \
        (d["unit"] or "") == "" and d.get("role") in (None, "item", "portion")


def sibling_share_wholes(low: str, drafts: list[dict[str, Any]]) -> None:
    """See the module docstring."""
    if "%" not in low and "per cent" not in low and "percent" not in low:
        return
    by_sent = by_sentence(drafts)
    for idxs in by_sent.values():
        sibling = None      # the last share of the sentence with a whole of its own
        for p, j in enumerate(idxs):
            d = drafts[j]
            if d["unit"] != "percent" or d["value"] is None or not 0 < d["value"] < 100:
                continue
            rat = _ratio(d)
            if rat is not None:
                if isinstance(rat, dict) and isinstance(rat.get("of"), int) and \
                        isinstance(rat.get("per"), int) and not rat.get("plus"):
                    sibling = rat
                continue
            part = drafts[idxs[p - 1]] if p else None
            if sibling is None or not _count(part) or d.get("qualifier") or \
                    d.get("role") not in (None, "share", "portion") or d["extra"] and any(
                        k in ("change", "percentage_points", "range") for k, _ in d["extra"]) or \
                    _PART_TO_SHARE.fullmatch(low, part["end"], d["start"]) is None or \
                    _WHOLE_AFTER.match(low, d["end"]) is not None:
                continue
            first, whole = drafts[sibling["of"]], drafts[sibling["per"]]
            if (first["unit"] or "") != (part["unit"] or "") or whole["value"] is None or \
                    float(whole["value"]) <= float(part["value"]):
                continue
            d["extra"].append(("ratio", {"of": idxs[p - 1], "per": sibling["per"]}))
