"""A share of "it", the level named right before it (issue #11, everyday114): "February
brought just 7.8mm, 49.1mm below the month's average of 56.9mm and about 14% of it".

Called by ``relations.relate`` once changes and comparisons are read, on the drafts of one
document (indexes into the draft list). A percentage with no role nor ratio, followed by "of
it" (or "of that" closing its clause), is a share of the figure of another unit nearest before
it in its sentence (up to eight figures back; no change, gap or factor: "49.1mm below" is the
gap). What the share is of
it stays a reading: each figure of the whole's unit before the whole in the sentence (a level,
no change) may be the part. One the share bears out (its wording and its last digit's rounding
allowed for) is taken; with none, the first (the sentence's subject's), so that the share is
contradicted only when every part it may be disagrees: ("ratio", {"of": part, "per": whole}).
This module reads words; the rules judge.
"""

from __future__ import annotations

import re
from typing import Any

_OF_IT = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:it\b|that(?=[ \u00a0]*(?:[,.;:)]|$)))")
_NOT_LEVEL = ("change", "difference", "factor", "share", "part", "portion", "total")
_BACK = 8       # figures back in its sentence the share's whole and parts may stand
_DIGITS = re.compile(r"\d+(?:\.(\d+))?")


def _bears_out(low: str, share: dict[str, Any], part: float, whole: float) -> bool:
    """Whether ``share`` may be ``part`` out of ``whole``, its rounding allowed for."""
    x = 100.0 * part / whole
    m = _DIGITS.search(low, share["start"], share["end"])
    half = 0.5 * 10.0 ** -len(m.group(1) or "") if m else 0.5
    return share["lower"] - half - 1e-9 <= x <= share["upper"] + half + 1e-9


def _level(d: dict[str, Any]) -> bool:
    return d["unit"] not in ("", "percent") and bool(d["value"]) and d["value"] > 0 and \
        d.get("role") not in _NOT_LEVEL and \
        not any(k in ("change", "difference", "ratio") for k, _ in d["extra"])


def shares_of_it(low: str, drafts: list[dict[str, Any]]) -> None:
    """See the module docstring."""
    for i, d in enumerate(drafts):
        if d["unit"] != "percent" or not d["value"] or d.get("role") is not None or \
                any(k == "ratio" for k, _ in d["extra"]) or not _OF_IT.match(low, d["end"]):
            continue
        # (the figures of its sentence before it, nearest first, at most ``_BACK``: a bounded
        # walk, so that a sentence of many shares is read in linear time)
        before = []
        for j in range(i - 1, max(-1, i - 1 - _BACK), -1):
            if drafts[j]["sentence"] != d["sentence"]:
                break
            before.append(j)
        w = next((j for j in before if drafts[j]["unit"] != "percent"), None)
        if w is None or not drafts[w]["value"] or \
                drafts[w].get("role") in ("change", "difference", "factor"):
            continue
        whole = drafts[w]
        parts = [j for j in before if j < w and drafts[j]["unit"] == whole["unit"] and
                 _level(drafts[j])][::-1]
        if not parts:
            continue
        fits = [j for j in parts
                if _bears_out(low, d, float(drafts[j]["value"]), float(whole["value"]))]
        d["extra"].append(("ratio", {"of": (fits or parts)[0], "per": w}))
