"""An index's move in points said as "the N-point drop", and its per cent a sentence before
(issue #11, everyday95).

Called by ``relations.relate`` once changes are read. "London's top index closed down 1.9% on
Friday. The 135.96-point drop left the FTSE 100 at 7,017.47": the amount before "-point drop"
("fall", "rise", "gain", ...) is an absolute ``change`` to the level after "at" or "to" in its
sentence; the percentage change of the sentence before, with no amount or level of its own, is
the same move (``by`` the points, ``to`` the level), when both sentences name a market index
("index", "FTSE", "Footsie", "Dow", "Nasdaq", "S&P", "Dax", "Nikkei", "top flight", "blue
chips") and the percentage is not a company's ("shares in", "'s shares" before it): "Shares in
Boohoo ended down 2.6%. The 137.97-point fall took the FTSE 100 to ..." leaves the 2.6% alone.
Exactly one such percentage, in the move's direction, or nothing is set. This module reads
words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

_WS = r"[ \u00a0]+"
_DOWN = ("drop", "fall", "decline", "slide", "loss", "slump", "retreat", "dip")
_UP = ("rise", "gain", "jump", "climb", "advance", "rally", "increase")
_NOUN = re.compile(r"[ \u00a0-]*points?[ \u00a0-]+(?P<w>" + "|".join(_DOWN + _UP) + r")\b")
_LEVEL_BEFORE = re.compile(r"\b(?:to|at)" + _WS + r"\Z")
_INDEX = re.compile(r"\b(?:index|indices|ftse|footsie|dow|nasdaq|s&p|dax|cac|nikkei|hang" + _WS +
                    r"seng|sensex|nifty|asx|tsx|top" + _WS + r"flight|blue[ -]chips?)\b")
_COMPANY = re.compile(r"\bshares" + _WS + r"(?:in|of)\b|['’]s" + _WS + r"shares\b")


def _percent_change(d: dict[str, Any]) -> dict[str, Any] | None:
    return next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict) and
                 v.get("kind") == "percent"), None)


def _index_percent(low: str, drafts: list[dict[str, Any]], before: list[int], down: bool
                   ) -> dict[str, Any] | None:
    """The one percentage change of the index in sentence ``before`` (module docstring)."""
    found = []
    for j in before:
        ch = _percent_change(drafts[j])
        if ch is None:
            continue
        ss = drafts[j]["sentence"][0]
        if ch.get("by") is not None or ch.get("to") is not None or \
                (ch.get("direction") == "down") != down or \
                not _INDEX.search(low, ss, drafts[j]["start"]) or \
                _COMPANY.search(low, ss, drafts[j]["start"]):
            return None
        found.append(ch)
    return found[0] if len(found) == 1 else None


def point_moves(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Read "the N-point drop ... at L" as the move to L, and the index's percentage in the
    sentence before as the same move (module docstring)."""
    if "point" not in low:
        return
    for k, idxs in enumerate(sents):
        for p, n in enumerate(idxs[:-1]):
            d = drafts[n]
            m = _NOUN.match(low, d["end"]) if d["value"] and not d["unit"] else None
            if m is None or d.get("role") not in (None, "compared") or \
                    any(x == "change" for x, _ in d["extra"]):
                continue
            level = next((j for j in idxs[p + 1:] if not drafts[j]["unit"] and
                          drafts[j]["value"] and drafts[j]["value"] > d["value"] and
                          _LEVEL_BEFORE.search(low, max(d["end"], drafts[j]["start"] - 8),
                                               drafts[j]["start"])), None)
            if level is None:
                continue
            down = m.group("w") in _DOWN
            d["extra"].append(("change", {"kind": "absolute", "amount": float(d["value"]),
                                          "direction": "down" if down else "up", "to": level}))
            d["role"] = "change"
            if k and _INDEX.search(low, d["sentence"][0], d["sentence"][1]):
                ch = _index_percent(low, drafts, sents[k - 1], down)
                if ch is not None:
                    ch["by"], ch["to"] = n, level
