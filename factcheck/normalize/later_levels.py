"""Moves whose levels are written in a sentence of their own (issue #11, lead23).

Called by ``relations.relate`` after the stated changes are read, on the drafts of one document
(indexes into the draft list). Two readings:

- Parallel earlier values (``parallel_directions``): "7.25 million treatments ..., for 6.13
  million patients, down from 7.29 million treatments and 6.17 million patients": the value
  after "down from" was set against the figure right before it (the patients); when the two
  name different measures and a figure of its own measure stands before them in the sentence,
  it is that figure's earlier value, and the figure after it ("and 6.17 million patients", of
  the other measure) is the earlier value of the figure it was first set against.
- A change said first, its levels after (``changes_with_later_levels``): "The waiting list fell
  by 43,000 in January ... An estimated 7.25 million treatments were waiting at the end of
  January, down from 7.29 million at the end of December": a dated bare amount of change (no
  earlier or new value of its own, alone of its unit in its sentence) whose next sentence holds
  a move the same way, of its unit and measure, whose new value is dated within the amount's
  period, runs between that move's values.
  Two such moves of different measures (treatments and patients) are two readings; the amount
  takes the first only when their differences agree within rounding (one verdict whichever is
  meant), else it is left bare.

This module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

from .across import _change, _step
from .sentences import by_sentence

# the words between two earlier values of a parallel list: "7.29 million treatments and 6.17"
_AND_NEXT = re.compile(r"[ \u00a0]+(?:[a-z’'-]+[ \u00a0]+){0,2}?and[ \u00a0]+(?:(?:about|some|nearly|"
                       r"almost|around)[ \u00a0]+)?")
_LATER_SENTENCES = 1    # sentences after the amount where its levels may stand


def _direction(d: dict[str, Any]) -> dict[str, Any] | None:
    """The direction extra itself (``parallel_directions`` re-points it)."""
    return next((v for k, v in d["extra"] if k == "direction" and isinstance(v, dict)), None)


def parallel_directions(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set the earlier values of a parallel list against their own measures (module
    docstring)."""
    if "from" not in low:
        return
    for b_i, b in enumerate(drafts):
        dirn = _direction(b)
        if dirn is None or not isinstance(dirn.get("to"), int):
            continue
        a_i = dirn["to"]
        a = drafts[a_i]
        if not a.get("measure") or not b.get("measure") or a["measure"] == b["measure"] or \
                a["sentence"] != b["sentence"]:
            continue
        own = next((j for j in range(a_i - 1, -1, -1)
                    if drafts[j]["sentence"] == b["sentence"] and
                    drafts[j].get("measure") == b["measure"] and
                    drafts[j]["unit"] == b["unit"] and drafts[j]["value"] and
                    drafts[j].get("role") in (None, "total")), None)
        if own is None:
            continue
        c_i = b_i + 1
        c = drafts[c_i] if c_i < len(drafts) else None
        if c is None or c["sentence"] != b["sentence"] or c.get("role") is not None or \
                c.get("measure") != a["measure"] or c["unit"] != a["unit"] or \
                not c["value"] or _direction(c) is not None or \
                not _AND_NEXT.fullmatch(low, b["end"], c["start"]):
            continue
        dirn["to"] = own
        c["role"] = "compared"
        c["extra"].append(("direction", {"to": a_i, "up": dirn["up"]}))


def _period_fits(d: dict[str, Any], y: dict[str, Any]) -> bool:
    """Whether new value ``y`` closes the amount's period: both are dated, and ``y``'s period
    ends within the amount's ("fell by 43,000 in January" and "at the end of January"). An
    undated amount may be a change of anything the story names."""
    if d.get("period") is None or y.get("period") is None:
        return False
    return d["period"][0] <= y["period"][1] <= d["period"][1]


def _moves_after(drafts: list[dict[str, Any]], sents: list[tuple[int, int]], by_sent: Any,
                 d: dict[str, Any], up: bool) -> list[tuple[int, int]]:
    """(earlier, new) of the moves of the first sentence after the amount's that has any."""
    k = sents.index(d["sentence"])
    for key in sents[k + 1:k + 1 + _LATER_SENTENCES]:
        moves = []
        for j in by_sent[key]:
            x = drafts[j]
            dirn = _direction(x)
            if dirn is None or not isinstance(dirn.get("to"), int) or \
                    bool(dirn.get("up")) != up:
                continue
            y = drafts[dirn["to"]]
            # (a percentage's levels are of another unit; it names its measure, which they
            # must be of, and may be undated: "posted a 14 per cent jump in annual profit.
            # Pre-tax profit ... rose to £627 million ..., compared with £549 million")
            pct = d["unit"] == "percent"
            if x["unit"] != y["unit"] or (x["unit"] != d["unit"] if not pct else
                                          x["unit"] == "percent") or \
                    not x["value"] or not y["value"] or \
                    (d.get("measure") and d["measure"] not in (x.get("measure"),
                                                               y.get("measure"))) or \
                    not (_period_fits(d, y) or pct and d.get("period") is None and
                         d["measure"] in (x.get("measure"), y.get("measure"))):
                continue
            moves.append((j, dirn["to"]))
        if moves:
            return moves
    return []


def _one_reading(drafts: list[dict[str, Any]], moves: list[tuple[int, int]]) -> bool:
    """Whether the moves found give one reading of the amount: one move, or several (of
    different measures, "treatments" and "patients") whose differences agree within the
    rounding of their values, so that whichever is meant the amount is held to the same."""
    diffs = [drafts[t]["value"] - drafts[f]["value"] for f, t in moves]
    slack = max(2 * (_step(drafts[f]) + _step(drafts[t])) for f, t in moves)    # (whole steps)
    return max(diffs) - min(diffs) <= slack


def changes_with_later_levels(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set a bare amount's earlier and new values from the move after it (module docstring)."""
    by_sent = by_sentence(drafts)
    sents = list(by_sent)
    for d in drafts:
        ch = _change(d)
        if d.get("role") != "change" or ch is None or \
                ch.get("kind") not in ("absolute", "percent") or \
                (ch["kind"] == "percent" and (not d.get("measure") or any(
                    k == "percentage_points" for k, _ in d["extra"]))) or \
                "from" in ch or "to" in ch or ch.get("direction") not in ("up", "down") or \
                d.get("section") != "body" or \
                any(x is not d and x["unit"] == d["unit"] for x in
                    (drafts[j] for j in by_sent[d["sentence"]])):
            continue    # (the amount alone of its unit in its sentence)
        moves = _moves_after(drafts, sents, by_sent, d, ch["direction"] == "up")
        if not moves or not _one_reading(drafts, moves):
            continue
        frm, to = moves[0]
        if low.count("\n\n", d["end"], drafts[to]["start"]) > 1:
            continue
        ch["from"], ch["to"] = frm, to
