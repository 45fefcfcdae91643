"""A percentage set right after "A of its B" (issue #11, everyday83): "British Airways may cut
up to 12,000 of its 42,000 jobs, nearly 30% of the workforce" states that A is that share of
B: ``("ratio", {"of": A, "per": B})``, which wrong-arithmetic judges with the qualifiers and
rounding of all three.

Read only when the percentage stands right after the whole (its noun, a comma, maybe "or" and
a hedge between), is followed by "of the/its/their ..." (a share, not a change: "up 30%"),
and the part before the whole was read as a figure of that whole (role ``of_whole``, its
``group`` the whole). This module reads words; the rules judge."""

from __future__ import annotations

import re
from typing import Any

_W = r"[ \u00a0]+"
# the whole's noun and the comma before the share: " jobs, nearly "
_BETWEEN = re.compile(rf"(?:{_W}[a-z][\w-]*){{0,3}}[ \u00a0]*,[ \u00a0]*(?:or{_W})?"
                      rf"(?:(?:about|around|roughly|some|nearly|almost|more{_W}than|"
                      rf"less{_W}than|over|under|just{_W}(?:over|under)){_W})?$")
# what the share is of: "of the workforce", "of its staff"
_OF_AFTER = re.compile(rf"{_W}of{_W}(?:the|its|their|his|her|our|all){_W}")


def of_whole_shares(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set ``ratio`` on each percentage said right after "A of its B" (module docstring)."""
    for i in range(2, len(drafts)):
        d, w, a = drafts[i], drafts[i - 1], drafts[i - 2]
        if d["unit"] != "percent" or d.get("role") is not None or not d["value"] or \
                any(k in ("ratio", "change") for k, _ in d["extra"]) or \
                a.get("role") != "of_whole" or a.get("group") != i - 1 or \
                not a["value"] or not w["value"] or a["unit"] != w["unit"] or \
                not (a["sentence"] == w["sentence"] == d["sentence"]) or \
                _BETWEEN.match(low, w["end"], d["start"]) is None or \
                _BETWEEN.match(low, w["end"], d["start"]).end() != d["start"] or \
                _OF_AFTER.match(low, d["end"]) is None:
            continue
        whole = _stated_whole(low, drafts, i)
        if whole is not None and whole != i - 1:
            # "Twenty-eight of the 32 have reported, 71.8 per cent of the 39": the share names
            # a whole of its own in figures, the part is out of that (everyday112)
            if drafts[whole]["value"] > a["value"] and drafts[whole]["unit"] == a["unit"]:
                d["extra"].append(("ratio", {"of": i - 2, "per": whole}))
            continue
        d["extra"].append(("ratio", {"of": i - 2, "per": i - 1}))


def _stated_whole(low: str, drafts: list[dict[str, Any]], i: int) -> int | None:
    """The figure right after the share's "of the" ("71.8 per cent of the 39"), if any: the
    whole it names; ``i - 1`` when that figure is of the whole's value (said again)."""
    m = _OF_AFTER.match(low, drafts[i]["end"])
    if m is None or i + 1 >= len(drafts) or drafts[i + 1]["start"] != m.end() or \
            drafts[i + 1]["sentence"] != drafts[i]["sentence"] or not drafts[i + 1]["value"]:
        return None
    return i - 1 if drafts[i + 1]["value"] == drafts[i - 1]["value"] else i + 1
