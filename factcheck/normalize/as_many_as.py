"""A multiple between two counts written earlier, said with "N times as many X as Y" (issue
#11, everyday121): "Nearly half of them, 1,805, were good and 408 were outstanding. ... There
were more than four times as many good schools as outstanding ones." The factor's words name
the two counts by the words written right after them ("1,805 were good", "408 outstanding
schools"): each of X and Y is the latest count before the factor, within ``_BACK`` figures
(linear), whose next few words hold that word, and only one count may hold each. The larger
side gets ``("relation", {"kind": "multiple", "factor", "of", "bound"})`` as
that_multiples.py sets it, the bound from the hedge ("more than": above), which wrong-multiple
and wrong-arithmetic judge. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

from .comparisons import mult_bound

_WS = r"[ \u00a0]+"
_BACK = 12          # figures before the factor where its two counts may stand
_AS_MANY = re.compile(r"(?:(?P<hedge>more" + _WS + r"than|nearly|almost|about|around|roughly|"
                      r"over|less" + _WS + r"than|just" + _WS + r"over|some)" + _WS + r")?"
                      r"(?P<n>[\w.]+)" + _WS + r"times" + _WS + r"as" + _WS + r"many" + _WS +
                      r"(?P<x>[a-z][\w-]+)(?:" + _WS + r"[a-z][\w-]+){0,2}?" + _WS + r"as" + _WS +
                      r"(?:(?:the|there" + _WS + r"were|in)" + _WS + r")?(?P<y>[a-z][\w-]+)")
_NEAR_WORDS = 30    # characters after a count where the word that names it may stand


def _named(low: str, drafts: list[dict[str, Any]], idxs: list[int], word: str) -> int | None:
    """The one count of ``idxs`` whose next words hold ``word`` (None when none or several)."""
    pat = re.compile(r"\b" + re.escape(word) + r"\b")
    got = [j for j in idxs
           if pat.search(low, drafts[j]["end"], min(drafts[j]["end"] + _NEAR_WORDS,
                                                   drafts[j]["sentence"][1]))]
    return got[0] if len(got) == 1 else None


def as_many_as(low: str, drafts: list[dict[str, Any]]) -> None:
    """The multiple between the two counts "N times as many X as Y" names (module doc)."""
    if "times as many" not in low:
        return
    for i, d in enumerate(drafts):
        if d.get("role") != "factor" or not d["value"] or d["value"] <= 1:
            continue
        m = _AS_MANY.match(low, max(d["sentence"][0], d["start"] - 20))
        m = m if m is not None and m.start("n") <= d["start"] < m.end("n") + 1 else \
            _AS_MANY.search(low, d["start"], d["sentence"][1])
        if m is None or m.start("n") > d["end"] or m.end("n") < d["start"]:
            continue
        back = [j for j in range(max(0, i - _BACK), i)
                if not drafts[j]["unit"] and drafts[j]["value"] and drafts[j]["value"] >= 1 and
                drafts[j].get("role") not in ("factor", "change", "whole")]
        x, y = _named(low, drafts, back, m.group("x")), _named(low, drafts, back, m.group("y"))
        if x is None or y is None or x == y or \
                any(k == "relation" for k, _ in drafts[x]["extra"]):
            continue
        rel: dict[str, Any] = {"kind": "multiple", "factor": float(d["value"]), "of": y}
        if m.group("hedge"):
            rel["bound"] = mult_bound(m.group("hedge"))
        drafts[x]["extra"].append(("relation", rel))


__all__ = ["as_many_as"]
