"""A part of a change said "of the increase" (issue #11, everyday93).

Called by ``relations.relate`` once stated changes are read. "Revenue rose by N1.17 billion to
N2.19 billion ... Printing services accounted for N1.05 billion of the increase"; "Costs rose
by A$5.7bn, A$4.9bn of the rise from wages": an amount written right before "of the
increase" ("of the rise", "of that growth", "of the fall") is a portion of the amount of change
it names: the nearest amount of change of its unit before it, in its sentence or the two
before (across one paragraph break at most), that moves the way the noun says (a rise, growth,
an increase up; a fall, a drop, a decline down). The amount gets the role ``portion`` in the
change's group, so that parts-exceed-total holds it (and any other portion of that change) to
the change. Left alone when no such change stands before it. This module reads words; it
never judges.
"""

from __future__ import annotations

import re
from typing import Any

from .sentences import by_sentence

_W = r"[ \u00a0]+"
_OF_THE_CHANGE = re.compile(_W + r"of" + _W + r"(?:the|that|this|its|their)" + _W +
                            r"(?:(?:total|overall|annual|year-on-year)" + _W + r")?"
                            r"(?P<n>increase|rise|growth|gain|jump|fall|drop|decline|decrease|"
                            r"reduction|cut)\b")
_DOWN = frozenset(("fall", "drop", "decline", "decrease", "reduction", "cut"))
_BACK = 2
_NEAREST = 40     # figures before the amount its change is looked for among


def _change_of(d: dict[str, Any]) -> dict[str, Any] | None:
    ch = next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict)), None)
    if d.get("role") != "change" or ch is None or ch.get("kind") != "absolute":
        return None
    return ch


def change_parts(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set each amount said "of the increase" as a portion of that change (module docstring)."""
    if " of the " not in low and " of that " not in low:
        return
    by_sent = by_sentence(drafts)
    order = list(by_sent)
    for s, key in enumerate(order):
        for i in by_sent[key]:
            d = drafts[i]
            m = _OF_THE_CHANGE.match(low, d["end"])
            if m is None or not d["value"] or d.get("role") is not None or d["unit"] == "percent":
                continue
            want = "down" if m.group("n") in _DOWN else "up"
            near = [j for t in order[max(0, s - _BACK):s + 1] for j in by_sent[t]
                    if i - _NEAREST <= j < i]   # (a bounded window)
            found = next((j for j in reversed(near) if drafts[j]["unit"] == d["unit"] and
                          _change_of(drafts[j]) is not None and
                          _change_of(drafts[j]).get("direction") == want), None)
            if found is None or low.count("\n\n", drafts[found]["end"], d["start"]) > 1:
                continue
            d["role"], d["group"] = "portion", found
            d["measure"] = d.get("measure") or drafts[found].get("measure")
