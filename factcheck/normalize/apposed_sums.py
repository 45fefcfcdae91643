"""A figure set after a sentence's figures that adds them up (issue #11, everyday51).

Called by ``relations.relate`` after the lists are read. "Inspectors rated 38% satisfactory and
9% inadequate, together 47% of the schools inspected"; "Housing and household services added
1.49 percentage points to the annual CPIH rate and transport 1.47 points, together almost 3
points of the 6.2%": a figure after ", together" (rules/vocab/across.yaml ``apposed_sum``) is
the total of the figures of its kind before it in its sentence, which must add up to it
(``list-sum-mismatch``, ``parts-exceed-total``). Its kind: the same unit, or points for both
("percentage points" and a bare "points" after them are one unit). The lists reader may have
taken the sum for one more item of the list: it is taken out of it. Left alone with fewer than
two figures of its kind right before it (a change, share or relation among them ends the run);
which of them are summed the words do not say, so the sum is read over the last two or more
whose sum is nearest it (a reading that fits, when one does).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab

# a figure said of each of the things counted ("3,000 or more people each"): an amount per
# item, no addend of a sum after it (everyday112)
_EACH_AFTER = re.compile(r"(?:[ \u00a0]+(?:or[ \u00a0]+(?:more|fewer|less|over|above)|[a-z][\w\u2019'-]*))"
                         r"{0,3}?[ \u00a0]+each\b")
POINTS_AFTER = re.compile(r"[ \u00a0]*(?:percentage[ \u00a0]+)?points?\b")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return re.compile(str(vocab.load("across.yaml")["apposed_sum"]))


def in_points(low: str, d: dict[str, Any]) -> bool:
    """Whether the figure is in (percentage) points."""
    return any(k == "percentage_points" for k, _ in d["extra"]) or \
        not d["unit"] and POINTS_AFTER.match(low, d["end"]) is not None


def _kind(low: str, d: dict[str, Any]) -> str:
    return "points" if in_points(low, d) else str(d["unit"])


def apposed_sums(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set each apposed sum as the total of the figures before it (module docstring)."""
    if "together" not in low and "combined" not in low and "between them" not in low and \
            "altogether" not in low and "in all" not in low and "total" not in low:
        return
    pat = _pattern()
    for i, d in enumerate(drafts):
        # (a vote share may sum the shares before it: "took 42.4% and 40.0% of the vote,
        # together 82.4%", everyday93)
        share = d.get("role") == "share" and d["unit"] == "percent"
        if not d["value"] or (d.get("role") not in (None, "item") and not share) or \
                pat.search(_before(low, d)) is None:
            continue
        kind = _kind(low, d)
        run: list[int] = []
        for j in range(i - 1, -1, -1):
            x = drafts[j]
            if x["sentence"] == d["sentence"] and _kind(low, x) != kind and _bracketed(low, x):
                continue    # "Labour 1,071 (38.4%), SNP 965 (34.6%), ...": a part's own share
            if x["sentence"] != d["sentence"] or not x["value"] or _kind(low, x) != kind or \
                    x.get("role") not in ((None, "item", "part") if not share else ("share",)) \
                    and not _loose_portion(x, share) or \
                    any(k in ("change", "ratio", "relation") for k, _ in x["extra"]) or \
                    _EACH_AFTER.match(low, x["end"]):
                break   # ("39 continuums counted 3,000 or more people each": no addend)
            run.insert(0, j)
        if len(run) < 2 or _counted_parts(low, drafts, d, run):
            continue
        # (which of the figures before it are summed the words do not say: the last two or
        # more, the run whose sum is nearest the total)
        parts = min((run[k:] for k in range(len(run) - 1)),
                    key=lambda ps: abs(sum(float(drafts[j]["value"]) for j in ps) -
                                       float(d["value"])))
        if kind == "points":
            for j in parts + [i]:
                _as_points(drafts[j])
        d["role"], d["group"] = "total", None
        for j in parts:
            drafts[j]["role"], drafts[j]["group"] = "part", i


def _before(low: str, d: dict[str, Any]) -> str:
    """The words before the figure's number, with those its text opens on ("a total of
    2,792" is read with "a total of" as words before 2,792)."""
    text = low[d["start"]:d["end"]]
    m = re.match(r"[a-z][a-z\s]*\s(?=\S)", text)
    return low[max(d["sentence"][0], d["start"] - 60):d["start"]] + (m.group() if m else "")


def _counted_parts(low: str, drafts: list[dict[str, Any]], d: dict[str, Any],
                   run: list[int]) -> bool:
    """Whether the sum is read only through the words its own text opens on ("a total of
    2,792") and a figure of the run names what it counts: "killed 3 people and ... injured 85,
    a total of 78 deaths", "lost 1,140 troops and six tanks ..., for a total of 1,000,340
    troops" are counts of other things or a running total, not a party list's sum."""
    if _pattern().search(low, max(d["sentence"][0], d["start"] - 60), d["start"]):
        return False
    return any(drafts[j].get("measure") is not None or
               any(k == "noun" for k, _ in drafts[j]["extra"]) for j in run)


def _bracketed(low: str, d: dict[str, Any]) -> bool:
    """Whether the figure stands alone in brackets: "965 (34.6%)"."""
    return low[max(0, d["start"] - 1):d["start"]] == "(" and low[d["end"]:d["end"] + 1] == ")"


def _loose_portion(x: dict[str, Any], share: bool) -> bool:
    """A portion of no whole read yet ("First preferences were Labour 1,071, SNP 965, ..."):
    an item of the list the sum after it closes."""
    return not share and x.get("role") == "portion" and x.get("group") is None


def _as_points(d: dict[str, Any]) -> None:
    """A bare figure of points beside percentage points is in percentage points."""
    if not d["unit"]:
        d["unit"] = "percent"
        d["extra"].append(("percentage_points", True))
