"""A fraction of a whole set in apposition to the count it restates (issue #11, everyday121):
"Inspectors visited 1,964 schools. Some 144 of them, about one in 14, were outstanding"; "A
third of them, 658, were only satisfactory"; "a quarter of the offences — 12,755 —". The
fraction in words ("one in 14", "a third") is a portion of a whole already read; the count
beside it, behind a comma or dash, is the same part. The fraction gets ``("ratio", {"of":
count, "per": whole, "bracketed": 1})``, as a count in brackets after a share does
(part_shares._bracketed_count), and wrong-arithmetic judges count / whole against the
fraction with the fraction's own wording ("about", "nearly"). This module reads words; it never
judges.
"""

from __future__ import annotations

import re
from typing import Any

# from the count to the fraction after it: " schools, about ", " of them — "
_COUNT_TO_FRACTION = re.compile(r"(?:[ \u00a0]+(?:of[ \u00a0]+(?:the|them|these|those)|[a-z][\w-]*)){0,3}"
                                r"[ \u00a0]*(?:,|[–—])[ \u00a0]*$")
# from the fraction to the count after it: " of them, ", " of the schools — "
_FRACTION_TO_COUNT = re.compile(r"(?:[ \u00a0]+of[ \u00a0]+(?:the|them|these|those|all)"
                                r"(?:[ \u00a0]+[a-z][\w-]*){0,2})?[ \u00a0]*(?:,|[–—])[ \u00a0]*")
# what closes the count apposed after a fraction: a comma or dash, or the sentence's verb
_CLOSE = re.compile(r"[ \u00a0]*(?:,|[–—]|[ \u00a0]+(?:were|was|are|is|had|have)\b)")


def _fraction(d: dict[str, Any]) -> bool:
    """A fraction in words of a whole read before: a portion below one with no unit and no
    count of its own yet."""
    return d.get("role") == "portion" and not d["unit"] and d["value"] is not None and \
        0 < d["value"] < 1 and isinstance(d.get("group"), int) and \
        not isinstance(d.get("group"), bool) and not any(k == "ratio" for k, _ in d["extra"])


def _count(d: dict[str, Any], whole: dict[str, Any]) -> bool:
    return not d["unit"] and d["value"] is not None and d["value"] >= 1 and \
        d["value"] == int(d["value"]) and d["value"] < (whole["value"] or 0) and \
        d.get("role") in (None, "portion", "item") and \
        not any(k in ("change", "ratio", "difference") for k, _ in d["extra"])


def apposed_fractions(low: str, drafts: list[dict[str, Any]]) -> None:
    """The count beside each fraction in words, as the part it is of its whole (module doc)."""
    for i, d in enumerate(drafts):
        if not _fraction(d):
            continue
        whole = drafts[d["group"]]
        if not whole["value"] or whole["unit"]:
            continue
        before = drafts[i - 1] if i else None
        after = drafts[i + 1] if i + 1 < len(drafts) else None
        if before is not None and before["sentence"] == d["sentence"] and \
                i - 1 != d["group"] and _count(before, whole) and \
                _COUNT_TO_FRACTION.fullmatch(low, before["end"], d["start"]) and \
                re.match(r"[ \u00a0]*(?:,|[–—])", low[d["end"]:d["end"] + 3]):
            d["extra"].append(("ratio", {"of": i - 1, "per": d["group"], "bracketed": 1}))
        elif after is not None and after["sentence"] == d["sentence"] and \
                _count(after, whole) and \
                _FRACTION_TO_COUNT.fullmatch(low, d["end"], after["start"]) and \
                _CLOSE.match(low, after["end"]):
            d["extra"].append(("ratio", {"of": i + 1, "per": d["group"], "bracketed": 1}))


__all__ = ["apposed_fractions"]
