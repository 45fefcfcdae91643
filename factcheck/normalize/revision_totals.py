"""The net of a report's revisions to earlier figures (issue #11, lead42).

Jobs reports, borrowing figures and GDP releases revise the months before and sum the
revisions up: "July was revised down to 252,000 from 275,000, and August's up to 167,000 from
151,000, which left the two months together 7,000 lower than first reported"; "August was
revised to a loss of 4,000 jobs from a gain of 22,000, and July was revised down by 7,000 to
72,000, leaving the two earlier months 33,000 lower than previously reported". The amount
said "lower (higher) than first (previously, initially, originally) reported" nets out the
revisions of its own sentence, or, with none there, of the sentence right before it:

- "revised [up|down] to NEW from OLD" (or "revised from OLD to NEW") adds NEW - OLD;
- "revised up (down) by AMOUNT" adds (subtracts) AMOUNT;
- a level said as "a loss (fall, decline, drop) of N" is -N, "a gain (rise) of N" is N.

Read, never guessed: every revision of the sentence must be read (a revision figure left over
leaves the amount alone), all in the amount's unit. The amount gets ``("net_sum", {"of": A,
"plus": (B, ...), "signs": (...), "sign": -1 for lower, +1 for higher})``, which
wrong-arithmetic judges as it does any net change (engine_facts._net_sum_item). This module
reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

from .sentences import by_sentence

_W = r"[ \u00a0]+"
# the net amount: "7,000 lower than first reported", "a combined 33,000 higher than
# previously estimated"
_NET_AFTER = re.compile(_W + r"(?P<way>lower|higher|less|more|fewer|below|above)" + _W +
                        r"(?:than" + _W + r")?(?:(?:first|previously|initially|originally|"
                        r"earlier)" + _W + r"(?:reported|estimated|published|thought|stated)|"
                        r"(?:the|its|their)" + _W + r"(?:first|previous|initial|original|"
                        r"earlier)" + _W + r"(?:estimates?|readings?|figures?|reports?))\b")
_REVISED = re.compile(r"\brevis(?:ed|ions?)\b")
# the words right before a revised figure: its new value, an amount, or its old value
_NEW = re.compile(r"\brevised" + _W + r"(?:(?:up|down|upward|downward|upwards|downwards|"
                  r"higher|lower)" + _W + r")?to" + _W + r"(?:(?:a|an)" + _W +
                  r"(?P<noun>[a-z]+)" + _W + r"of" + _W + r")?$")
_AMOUNT = re.compile(r"\brevised" + _W + r"(?P<way>up|down|upward|downward|upwards|downwards|"
                     r"higher|lower)" + _W + r"by" + _W + r"$")
_OLD = re.compile(r"\bfrom" + _W + r"(?:(?:a|an)" + _W + r"(?P<noun>[a-z]+)" + _W + r"of" +
                  _W + r")?(?:(?:an?|the)" + _W + r"(?:first|initial|earlier|previous|"
                  r"original)(?:ly" + _W + r"reported)?" + _W + r")?$")
_REVISED_FROM = re.compile(r"\brevised" + _W + r"from" + _W + r"$")
_TO = re.compile(r"^[^.;\d]{0,3}\bto" + _W + r"$")
_PERIODS_AFTER = re.compile(_W + r"(?:(?:earlier|previous|prior)" + _W + r")?(?:months|quarters|"
                            r"weeks|years)\b")
_NEGATIVE = frozenset("loss fall decline drop decrease contraction".split())
_UP = frozenset("up upward upwards higher".split())


def _signed(noun: str | None) -> int:
    return -1 if noun in _NEGATIVE else 1


def _revisions(low: str, drafts: list[dict[str, Any]], idxs: list[int],
               unit: str) -> tuple[list[int], list[int]] | None:
    """The figures of the revisions among ``idxs`` and the sign each enters the net with; None
    when a figure of the unit there is no part of a revision read."""
    ids: list[int] = []
    signs: list[int] = []
    k = 0
    while k < len(idxs):
        d = drafts[idxs[k]]
        if d["unit"] != unit or _PERIODS_AFTER.match(low, d["end"]):
            k += 1      # (nor "the two earlier months" the revisions are of)
            continue
        before = low[max(d["sentence"][0], d["start"] - 40):d["start"]]
        nxt = drafts[idxs[k + 1]] if k + 1 < len(idxs) else None
        if (m := _AMOUNT.search(before)) is not None:
            ids.append(idxs[k])
            signs.append(1 if m.group("way") in _UP else -1)
            # ("revised down by 7,000 to 72,000": the level after it is no revision of its own)
            k += 2 if nxt is not None and _TO.match(low[d["end"]:nxt["start"]]) else 1
            continue
        if (m := _NEW.search(before)) is not None and nxt is not None and \
                nxt["unit"] == unit and \
                (o := _OLD.search(low, d["end"], nxt["start"])) is not None and \
                o.end() == nxt["start"]:
            ids += [idxs[k], idxs[k + 1]]
            signs += [_signed(m.group("noun")), -_signed(o.group("noun"))]
            k += 2
            continue
        if _REVISED_FROM.search(before) and nxt is not None and nxt["unit"] == unit and \
                _TO.match(low[d["end"]:nxt["start"]]):
            ids += [idxs[k + 1], idxs[k]]
            signs += [1, -1]
            k += 2
            continue
        return None
    return (ids, signs) if ids else None


def revision_totals(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set the revisions each net amount of revision nets out (module docstring)."""
    if "revis" not in low:
        return
    by_sent = by_sentence(drafts)
    order = list(by_sent)
    for s, key in enumerate(order):
        own = by_sent[key]
        for p, i in enumerate(own):
            d = drafts[i]
            m = _NET_AFTER.match(low, d["end"])
            if m is None or not d["value"] or d["unit"] == "percent" or \
                    any(k in ("net_sum", "sum") for k, _ in d["extra"]):
                continue
            found = _revisions(low, drafts, own[:p], d["unit"]) \
                if _REVISED.search(low, key[0], d["start"]) else None
            if found is None and p == 0 and s > 0 and \
                    _REVISED.search(low, order[s - 1][0], order[s - 1][1]):
                found = _revisions(low, drafts, by_sent[order[s - 1]], d["unit"])
            if found is None or len(found[0]) < 2:
                continue
            ids, signs = found
            down = m.group("way") in ("lower", "less", "fewer", "below")
            d["role"] = "change"
            d["extra"] = [x for x in d["extra"] if x[0] != "change"]
            d["extra"].append(("change", {"kind": "absolute", "amount": float(d["value"]),
                                          "direction": "down" if down else "up"}))
            d["extra"].append(("net_sum", {"of": ids[0], "plus": tuple(ids[1:]),
                                           "signs": tuple(signs), "sign": -1 if down else 1}))


__all__ = ["revision_totals"]
