"""Temperature scales the words leave open: "25 degrees" with no C or F.

Extraction reads a bare "degrees" in weather copy in the scale the text gives
(``extract.temperature``: a scale written elsewhere, the place or outlet named, Fahrenheit
above what Celsius weather reaches). This stage records on the claim how the scale was decided
(``extra.temperature_scale``: ``read``, ``basis``, ``readings``); when nothing in the text
settles it, ``readings`` keeps both scales, the one read first, so that a reader and the rules
see the figure may be the other. It must not judge.
"""

from __future__ import annotations

import re
from typing import Any

from ..extract.temperature import CELSIUS, FAHRENHEIT, degree_scale

TEMPERATURE_SCALE = "temperature_scale"
# the end of a figure whose scale is not written: "25 degrees", "112-degree", "the upper 90s"
_BARE_END = re.compile(r"(?:degrees?|\d0s)[ \u00a0]*$")


def mark_temperature_scales(text: str, drafts: list[dict[str, Any]]) -> None:
    """Record ``temperature_scale`` on each temperature written without its scale (none in
    a text with no "degree" or "0s" in it: a cheap look first)."""
    if "degree" not in text and "0s" not in text:
        return
    for d in drafts:
        if d.get("unit") not in (CELSIUS, FAHRENHEIT) or \
                _BARE_END.search(text, d["start"], d["end"]) is None:
            continue
        got = degree_scale(text, d["start"], d["value"])
        other = FAHRENHEIT if got.unit == CELSIUS else CELSIUS
        d["extra"].append((TEMPERATURE_SCALE, {
            "read": got.unit, "basis": got.basis,
            "readings": [got.unit] if got.settled else [got.unit, other]}))
