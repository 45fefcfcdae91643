"""The two sides of a referendum, their shares in two sentences (issue #11, everyday96).

Called by ``relations.relate`` with the other vote shares. "Britain has voted to leave the
European Union, with 51.9% backing Leave ... The Remain side took 48.1%"; "55.3% voting No
... The Yes campaign won 44.7% of the vote": a question put to a referendum has two answers,
so the share said of one side ("the Remain side", "the Yes campaign", "the No camp", "the
other side") in the sentence right after the other answer's share (or in the same sentence
after it) is the rest of 100% after that share: ``("complement", {"of": (A,)})``, which
wrong-arithmetic judges. Read only where the story names a referendum (or a plebiscite), the
side's share is the first plain percentage of its sentence after the side's words, and the
share before it is the last plain percentage before them that is no turnout; any other case
is left alone. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

_W = r"[ \u00a0]+"
_REFERENDUM = re.compile(r"\b(?:referendum|referendums|referenda|plebiscite)\b")
_SIDE = re.compile(r"\b(?:the" + _W + r")?(?:yes|no|leave|remain|other|opposing)" + _W +
                   r"(?:side|campaign|camp|vote)s?\b")
_RELATED = frozenset({"difference", "sum", "relation", "change", "ratio", "average",
                      "complement", "net_sum"})


def _plain(d: dict[str, Any]) -> bool:
    return d["unit"] == "percent" and d["value"] is not None and 0 < d["value"] < 100 and \
        d.get("role") in (None, "update", "share") and d.get("measure") != "turnout" and \
        not any(k in _RELATED for k, _ in d["extra"])


def referendum_sides(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set the share of a referendum's side as the rest of the other side's (module
    docstring)."""
    if "%" not in low and "per cent" not in low or _REFERENDUM.search(low) is None:
        return
    starts = [d["start"] for d in drafts]
    ends = [d["end"] for d in drafts]
    for m in _SIDE.finditer(low):
        after = bisect_left(starts, m.end())
        if after >= len(drafts) or not _plain(drafts[after]) or \
                drafts[after]["sentence"][0] > m.start():
            continue
        first = bisect_right(ends, m.start()) - 1
        if first < 0 or any(m.end() <= drafts[j]["start"] for j in range(first + 1, after)):
            continue    # (a figure between the side's words and its share)
        d0, d1 = drafts[first], drafts[after]
        # the sentence before the share's: that of the last figure before it in another one
        prev = next((drafts[j]["sentence"] for j in range(after - 1, -1, -1)
                     if drafts[j]["sentence"] != d1["sentence"]), None)
        if not _plain(d0) or not (d0["sentence"] == d1["sentence"] or d0["sentence"] == prev):
            continue
        d1["extra"].append(("complement", {"of": (first,)}))
