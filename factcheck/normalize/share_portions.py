"""Portions of a whole in the sentence after a portion of it, known by the share they carry.

"Councils managed 24.5 million tonnes ... Of that, 1.8 million tonnes, or 7.2%, went to
landfill ... Almost half, 12.1 million tonnes or 49.1%, was incinerated": the first figure of
the next sentence, of the portion's unit and measure, smaller than the whole and written with
its own share of something ("N, or X%", "N (X%)", X below 100), is one more portion of the
same whole, not a restatement of the whole. It gets role "portion" and the whole's index as its
group, as the portion before it has, so its share is checked against that whole and it is
never compared with the whole as the same figure. One look at each pair of neighbouring
sentences: linear in the document."""

from __future__ import annotations

import re
from typing import Any

# between an amount and the share it carries: ", or ", " or ", " (", ", or about "
_SHARE_BESIDE = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*or[ \u00a0]+|[ \u00a0]+or[ \u00a0]+|\()"
                           r"(?:(?:about|around|roughly|some|nearly|almost|just)[ \u00a0]+)?")


# a share that names its own whole after it: "70.5% of respondents", "40% of them"
_OF_AFTER = re.compile(r"[ \u00a0]+of\b")


def portions_beside_their_shares(low: str, drafts: list[dict[str, Any]],
                                 sents: list[list[int]]) -> None:
    """Set role "portion" and the whole on the first figure of a sentence that follows a
    portion of a whole and carries its own share (module docstring)."""
    for k in range(1, len(sents)):
        prev, idxs = sents[k - 1], sents[k]
        if len(idxs) < 2:
            continue
        before = next((j for j in reversed(prev) if drafts[j].get("role") == "portion" and
                       isinstance(drafts[j].get("group"), int)), None)
        if before is None:
            continue
        p, f, s = drafts[before], drafts[idxs[0]], drafts[idxs[1]]
        whole = drafts[p["group"]]
        if _a_further_portion(low, p, f, s, whole):
            f["role"], f["group"] = "portion", p["group"]


def _a_further_portion(low: str, p: dict[str, Any], f: dict[str, Any], s: dict[str, Any],
                       whole: dict[str, Any]) -> bool:
    """Whether ``f``, with the share ``s`` right after it, is one more portion of ``whole``,
    whose portion ``p`` the sentence before gave."""
    return f.get("role") is None and f.get("group") is None and bool(f["value"]) and \
        f["unit"] == p["unit"] == whole["unit"] and \
        f.get("measure") in (None, p.get("measure")) and \
        whole["value"] is not None and f["value"] < whole["value"] and \
        s["unit"] == "percent" and s.get("role") is None and \
        s["value"] is not None and 0 < s["value"] < 100 and \
        _SHARE_BESIDE.fullmatch(low, f["end"], s["start"]) is not None and \
        _OF_AFTER.match(low, s["end"]) is None   # ("612, or 70.5% of respondents": of another)
