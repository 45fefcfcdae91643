"""Amounts of change said "respectively" after pairs of levels written in other shapes than
"from A and B to C and D" (issue #11, everyday99; relations._respectively reads that one).
This module reads words; wrong-arithmetic judges each change.

- Two runs: "The Conservatives and Labour took 43.6% and 32.1% of the vote, against 42.4% and
  40.0% at the 2017 election, a rise of 1.2 points and a fall of 7.9 points respectively": the
  k-th amount is the change from the k-th figure of the run after "against" ("compared with",
  "from", "than", "versus") to the k-th of the run before it.
- Pairs: "inflation rose to 11.1% from 10.1%, and the CPIH measure to 9.6% from 8.8%, rises of
  1.0 and 0.8 percentage points respectively": each "to X from Y" (or "from Y to X") is one
  subject's pair, in the order the amounts follow.

Each amount takes its own direction word ("a rise of", "a fall of") or the list's ("rises of
1.0 and 0.8"); with none, or lists of unequal length, nothing is set (the text leaves the
pairing open).
"""

from __future__ import annotations

import re
from typing import Any

_WS = r"[ \u00a0]+"
_UP = r"(?:rises?|increases?|gains?|jumps?|climbs?|up)"
_DOWN = r"(?:falls?|drops?|declines?|decreases?|cuts?|losses|loss|down)"
# what stands between two amounts of the list: "points and a fall of ", " and "
_JOIN = re.compile(r"(?:" + _WS + r"(?:percentage" + _WS + r")?points?)?[ \u00a0]*(?:,[ \u00a0]*)?"
                   r"(?:and" + _WS + r")?(?:(?:an?" + _WS + r")?(?P<dir>" + _UP + "|" + _DOWN +
                   r")" + _WS + r"of" + _WS + r")?(?:about" + _WS + r")?")
# the words right before the list's first amount, its direction: ", rises of ", ", a fall of "
_HEAD = re.compile(r",[ \u00a0]*(?:(?:an?|with)" + _WS + r")?(?P<dir>" + _UP + "|" + _DOWN + r")" +
                   _WS + r"of" + _WS + r"(?:about" + _WS + r")?$")
_RESPECTIVELY = re.compile(r"(?:" + _WS + r"(?:percentage" + _WS + r")?points?)?[ \u00a0]*,?" +
                           _WS + r"respectively\b")
# the words before the earlier values' run: ", against ", " compared with "
_EARLIER_RUN = re.compile(r"\b(?:against|compared" + _WS + r"(?:with|to)|from|than|versus|vs\.?)" +
                          _WS + r"(?:the" + _WS + r")?$")
_AND = re.compile(r"[ \u00a0]*,?" + _WS + r"and" + _WS + r"|[ \u00a0]*," + _WS)
_TO_FROM = re.compile(r"(?:" + _WS + r"(?:in|at)" + _WS + r"[a-z]+)?" + _WS + r"from" + _WS +
                      r"(?:the" + _WS + r")?")
_TO = re.compile(r"\bto" + _WS + r"(?:the" + _WS + r")?$")
_FROM_TO = re.compile(r"(?:" + _WS + r"(?:in|at)" + _WS + r"[a-z]+)?" + _WS + r"to" + _WS +
                      r"(?:the" + _WS + r")?")
_FROM = re.compile(r"\bfrom" + _WS + r"(?:the" + _WS + r")?$")


def _amounts(low: str, drafts: list[dict[str, Any]], same: list[int]) -> tuple[list[int],
                                                                            list[str]] | None:
    """The list of amounts right before "respectively" and each one's direction, or None."""
    last = next((p for p in range(len(same) - 1, -1, -1)
                 if _RESPECTIVELY.match(low, drafts[same[p]]["end"])), None)
    if last is None:
        return None
    picked, dirs, p = [same[last]], [], last
    while p > 0:
        m = _JOIN.fullmatch(low, drafts[same[p - 1]]["end"], drafts[same[p]]["start"])
        between = low[drafts[same[p - 1]]["end"]:drafts[same[p]]["start"]]
        if m is None or not between.strip() or (
                m.group("dir") and not re.search(r"\band\b", between)):
            break   # (", rises of 1.0": the list's head, not a join)
        dirs.append(m.group("dir") or "")
        p -= 1
        picked.append(same[p])
    h = _HEAD.search(low, max(drafts[same[p]]["sentence"][0], drafts[same[p]]["start"] - 30),
                     drafts[same[p]]["start"])
    if h is None or len(picked) < 2:
        return None
    dirs.append(h.group("dir"))
    picked.reverse()
    dirs.reverse()
    own = [w or dirs[0] for w in dirs]
    return picked, ["up" if re.fullmatch(_UP, w) else "down" for w in own]


def _two_runs(low: str, drafts: list[dict[str, Any]], levels: list[int], n: int
              ) -> list[tuple[int, int]] | None:
    """(earlier, new) pairs from a run of new values then a run of earlier ones after "against"."""
    if len(levels) < 2 * n:
        return None
    new, old = levels[-2 * n:-n], levels[-n:]
    for run in (new, old):
        if any(not _AND.fullmatch(low, drafts[a]["end"], drafts[b]["start"])
               for a, b in zip(run, run[1:])):
            return None
    if not _EARLIER_RUN.search(low, drafts[new[-1]]["end"], drafts[old[0]]["start"]):
        return None
    return list(zip(old, new))


def _pairs(low: str, drafts: list[dict[str, Any]], levels: list[int], n: int
           ) -> list[tuple[int, int]] | None:
    """(earlier, new) pairs from n "to X from Y" (or "from Y to X") pairs in a row."""
    if len(levels) < 2 * n:
        return None
    out = []
    run = levels[-2 * n:]
    for a, b in zip(run[::2], run[1::2]):
        x, y = drafts[a], drafts[b]
        head = low[max(x["sentence"][0], x["start"] - 12):x["start"]]
        if _TO.search(head) and _TO_FROM.fullmatch(low, x["end"], y["start"]):
            out.append((b, a))
        elif _FROM.search(head) and _FROM_TO.fullmatch(low, x["end"], y["start"]):
            out.append((a, b))
        else:
            return None
    return out


def respectively_pairs(low: str, drafts: list[dict[str, Any]],
                       by_sent: dict[tuple[int, int], list[int]]) -> None:
    """Every "respectively" list of amounts after two runs of levels or after pairs (module
    docstring): each amount the change between its pair, in place."""
    for (ss, se), same in by_sent.items():
        if len(same) < 6 or "respectively" not in low[ss:se]:
            continue
        found = _amounts(low, drafts, same)
        if found is None:
            continue
        amounts, dirs = found
        levels = [j for j in same if j < amounts[0] and drafts[j]["value"]]
        n = len(amounts)
        pairs = _two_runs(low, drafts, levels, n) or _pairs(low, drafts, levels, n)
        if pairs is None or any(drafts[f]["unit"] != drafts[t]["unit"] or
                                drafts[f]["unit"] != drafts[pairs[0][0]]["unit"]
                                for f, t in pairs):
            continue
        for a, (f, t), direction in zip(amounts, pairs, dirs):
            d = drafts[a]
            if not d["value"] or d["unit"] not in ("", drafts[f]["unit"], "percent"):
                break
            kind = "percent" if d["unit"] == "percent" and drafts[f]["unit"] != "percent" \
                else "absolute"
            d["extra"] = [x for x in d["extra"] if x[0] != "change"]
            d["extra"].append(("change", {"kind": kind, "amount": float(d["value"]),
                                          "direction": direction, "from": f, "to": t}))
            d["role"] = "change"
            drafts[f]["role"] = "compared"
