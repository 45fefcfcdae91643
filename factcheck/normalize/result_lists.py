"""Results written as a list of counts, each with its share: "Their candidate, who took 1,456
votes (53.8%), finished 522 ahead of Labour's candidate, who took 934 (34.5%). UKIP's
candidate, who polled 262 (9.7%), was third" (a by-election, a poll's answers).

Called by ``relations.relate`` after the vote shares of each sentence are read, on the drafts
of one document (indexes into the draft list). A count followed by its share in brackets or
after ", or" (rules/vocab/across.yaml ``result_share_gap``, ``result_share_close``) is one
result; two or more results in one paragraph whose words speak of a vote or poll
(``result_context``) are shares of one whole. Their shares become one share group (``role``
"share", ``group`` "rN"), which cannot pass 100%, unless a share already belongs to another
group or their rounding may add up to more than the rule allows ("45%, 31%, 19% and 6%");
and each result's share but the largest one's gets a ``ratio`` of its count to the
largest result's count scaled by that result's share (``shared``): the whole the largest
result implies (1,456 / 53.8%) must be the whole every other result implies, so 934 votes is
34.5% of it, not 71.5%. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab

_BLANK = re.compile(r"\n[ \t]*\n")
# the points beyond 100 the shares-over-100 rule allows for rounding: shares whose rounding
# may add up to more ("45%, 31%, 19% and 6%" of 1,347 votes add up to 101%) are left out of
# the share group (their counts still imply one whole)
_SHARES_SLACK = 0.5
_DECIMALS = re.compile(r"\.(\d+)")


def _half_step(low: str, d: dict[str, Any]) -> float:
    """Half the last written digit of a share ("53.8%": 0.05; "45%": 0.5)."""
    m = _DECIMALS.search(low, d["start"], d["end"])
    return 0.5 * 10.0 ** -(len(m.group(1)) if m else 0)


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = vocab.load("across.yaml")
    return (re.compile(str(data["result_share_gap"])), re.compile(str(data["result_share_close"])),
            re.compile(str(data["result_context"])))


@lru_cache(maxsize=1)
def _count_after_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = vocab.load("across.yaml")
    return re.compile(str(data["result_count_gap"])), re.compile(str(data["result_count_close"]))


def _results(low: str, drafts: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """The (count, share) pairs of the document, in order."""
    gap, close, _ = _words()
    out = []
    for i, (a, b) in enumerate(zip(drafts, drafts[1:])):
        if a["sentence"] != b["sentence"] or b["unit"] != "percent" or a["unit"] or \
                not a.get("value") or not b.get("value") or a["value"] != int(a["value"]) or \
                a.get("role") not in (None, "portion", "item", "part") or \
                b.get("role") not in (None, "share") or \
                any(k in ("ratio", "change", "percentage_points", "range") for k, _ in
                    a["extra"] + b["extra"]) or \
                gap.fullmatch(low, a["end"], b["start"]) is None or \
                close.match(low, b["end"]) is None:
            continue
        out.append((i, i + 1))
    return sorted(out + _counts_after_shares(low, drafts))


def _counts_after_shares(low: str, drafts: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """The (count, share) pairs written share first: "Labor's vote was 42.2%, from 557,794
    votes" (an aside on the share's change may stand between: "42.2%, a swing of 9.1 points,
    from 557,794 votes")."""
    gap, close = _count_after_words()
    out = []
    for i, b in enumerate(drafts):
        if b["unit"] != "percent" or not b.get("value") or \
                b.get("role") not in (None, "share") or \
                any(k in ("ratio", "change", "percentage_points", "range") for k, _ in b["extra"]):
            continue
        for j in (i + 1, i + 2):
            if j >= len(drafts) or drafts[j]["sentence"] != b["sentence"]:
                break
            a = drafts[j]
            if a["unit"] or not a.get("value") or a["value"] != int(a["value"]) or \
                    a.get("role") not in (None, "portion", "item", "part") or \
                    any(k in ("ratio", "change", "range") for k, _ in a["extra"]):
                continue
            if gap.fullmatch(low, b["end"], a["start"]) and close.match(low, a["end"]):
                out.append((j, i))
            break
    return out


def shared_wholes(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set the share group and the ratios of each paragraph's results (module docstring)."""
    if "%" not in low:
        return
    pairs = _results(low, drafts)
    if len(pairs) < 2:
        return
    _, _, context = _words()
    breaks = [0] + [m.start() for m in _BLANK.finditer(low)] + [len(low)]
    n = 0
    for start, end in zip(breaks, breaks[1:]):
        here = [(c, s) for c, s in pairs if start <= drafts[c]["start"] < end]
        if len(here) < 2 or context.search(low, start, end) is None or \
                _out_of_order(low, drafts, here):
            continue
        n += 1
        if not any(drafts[s].get("role") == "share" for _, s in here) and \
                sum(_half_step(low, drafts[s]) for _, s in here) <= _SHARES_SLACK:
            for _, s in here:
                drafts[s]["role"], drafts[s]["group"] = "share", f"r{n}"
        ref_c, ref_s = max(here, key=lambda p: drafts[p[1]]["value"])
        for c, s in here:
            if s != ref_s:
                drafts[s]["extra"].append(("ratio", {"of": c, "per": ref_c, "shared": ref_s}))


def _out_of_order(low: str, drafts: list[dict[str, Any]], here: list[tuple[int, int]]) -> bool:
    """Whether the results' shares do not rise with their counts, beyond rounding, for more
    than half of the neighbours in count order: shares of one whole would ("Ward One had 963
    voters (31.3%), Ward Four 394 (24.1%) and Ward Five 343 (25.5%)": each ward's turnout, of
    its own electorate). One wrong share upsets at most two neighbours of a longer list."""
    ranked = sorted(here, key=lambda p: float(drafts[p[0]]["value"]))
    steps = list(zip(ranked, ranked[1:]))
    bad = sum(1 for (c0, s0), (c1, s1) in steps
              if drafts[c1]["value"] > drafts[c0]["value"] and
              float(drafts[s1]["value"]) + _half_step(low, drafts[s1]) + _half_step(low, drafts[s0])
              < float(drafts[s0]["value"]))
    return 2 * bad > len(steps)


def paragraph_out_of_order(low: str, drafts: list[dict[str, Any]], i: int) -> bool:
    """Whether the results (counts with their shares) of the paragraph of draft ``i`` are
    out of order (``_out_of_order``): their shares are then each of a whole of its own (a
    ward's turnout), none of one whole the story gives."""
    start = low.rfind("\n\n", 0, drafts[i]["start"])
    end = low.find("\n\n", drafts[i]["start"])
    end = len(low) if end < 0 else end
    here = [(c, s) for c, s in _results(low, drafts) if start <= drafts[c]["start"] < end]
    return len(here) >= 2 and _out_of_order(low, drafts, here)
