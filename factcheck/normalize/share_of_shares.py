"""A share of a share: a vote's share of those voting times its turnout (issue #11, everyday95).

Called by ``comparisons.compare`` for each sentence, with the sentence after it. "78% voted in
favour on a turnout of 29%, so fewer than a quarter of all members backed the walkout";
"59.3% of those voting backed action on a turnout of 30.2%. That means 17.9% of the union's
members voted for a strike"; "Leave won 51.9% of the vote on a turnout of 72.2%, about 37% of
the electorate": the last share is of the whole the turnout is a share of (the members, the
electorate), so it is the vote's share times the turnout: ``("product", {"of": turnout, "by":
vote share, "factor": the vote share as a fraction, "word": "of"})`` on it, role ``product``
(it is no third share of those voting, to be summed with the others or to leave a rest).

The turnout is a percentage after "turnout of", "turnout was" or before "turnout"; the vote's
share is the one other percentage of that sentence; the share of the whole is a percentage or
a proportion in words after both, in the sentence or at the head of the next ("That means"),
followed by "of" and the whole ("all members", "the union's members", "the electorate",
"eligible voters"). With two other percentages in the turnout's sentence the vote share is
open, and nothing is set. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

_WS = r"[ \u00a0]+"
_TURNOUT_BEFORE = re.compile(r"\b(?:turnout|participation|return)" + _WS +
                             r"(?:of|was|at|stood" + _WS + r"at|reached)" + _WS +
                             r"(?:(?:about|around|just|only|some|nearly|almost)" + _WS + r")?\Z")
_TURNOUT_AFTER = re.compile(r"[ \u00a0]*(?:turnout|participation|return)\b")
# the whole of everyone entitled to take part, right after the share of it
_WHOLE_AFTER = re.compile(r"[ \u00a0]+of" + _WS + r"(?:(?:all|the|its|their|those)" + _WS +
                          r")?(?:[a-z]+['’]s?" + _WS + r")?(?:whole" + _WS + r")?"
                          r"(?:members|membership|electorate|eligible|registered" + _WS +
                          r"voters|eligible" + _WS + r"voters|entitled|workforce|"
                          r"staff|employees|workers|those" + _WS + r"eligible)\b")
# a share of the next sentence read only near its head ("That means 17.9% of ...")
_HEAD = 40


def _share(low: str, d: dict[str, Any]) -> bool:
    """A percentage, or a proportion in words ("fewer than a quarter")."""
    return d["value"] is not None and d["value"] > 0 and (
        d["unit"] == "percent" or (not d["unit"] and 0 < d["value"] < 1 and
                                   not any(ch.isdigit() for ch in low[d["start"]:d["end"]])))


def _turnout(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> int | None:
    found = [j for j in idxs if drafts[j]["unit"] == "percent" and drafts[j]["value"] and
             (_TURNOUT_BEFORE.search(low, max(drafts[j]["start"] - 30, 0), drafts[j]["start"])
              or _TURNOUT_AFTER.match(low, drafts[j]["end"]))]
    return found[0] if len(found) == 1 else None


def share_of_shares(low: str, drafts: list[dict[str, Any]], idxs: list[int],
                    after: list[int]) -> None:
    """Read a share of the whole electorate or membership after a vote share and its turnout
    as their product (module docstring)."""
    s0 = drafts[idxs[0]]["sentence"][0]
    if not any(w in low[s0:drafts[idxs[-1]]["end"]] for w in ("turnout", "participation",
                                                               "return")):
        return
    t = _turnout(low, drafts, idxs)
    if t is None:
        return
    whole = [j for j in idxs if j != t and _share(low, drafts[j]) and _WHOLE_AFTER.match(low, drafts[j]["end"])]
    if not whole and after:
        a0 = drafts[after[0]]["sentence"][0]
        whole = [j for j in after if drafts[j]["start"] - a0 <= _HEAD and _share(low, drafts[j]) and
                 _WHOLE_AFTER.match(low, drafts[j]["end"])][:1]
    if len(whole) != 1 or drafts[whole[0]]["start"] < drafts[t]["end"]:
        return
    p = whole[0]
    votes = [j for j in idxs if j not in (t, p) and drafts[j]["unit"] == "percent" and
             drafts[j]["value"] and drafts[j]["start"] < drafts[p]["start"]]
    if len(votes) != 1 or drafts[p].get("role") not in (None, "share", "portion"):
        return
    s = votes[0]
    d = drafts[p]
    d["extra"] = [x for x in d["extra"] if x[0] not in ("complement", "change", "ratio")]
    # (a proportion in words is a fraction, "a quarter" 0.25, where the turnout is in percent)
    scale = 1.0 if d["unit"] == "percent" else 0.01
    d["extra"].append(("product", {"of": t, "by": s, "word": "of",
                                   "factor": float(drafts[s]["value"]) / 100.0 * scale}))
    d["role"] = "product"
