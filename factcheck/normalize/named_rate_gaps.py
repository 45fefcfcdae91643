"""Gaps in points between a level and another holder's rate the story gave before and now names
(issue #11, everyday115). Called by ``across.relate_across`` after ``gaps_to_now``; set on the
drafts as relations.py sets its own (indexes into the draft list). This module reads words;
wrong-arithmetic judges the change.

"Calgary led with 8.2% ... Lethbridge-Medicine Hat had the lowest rate, 4.8%, 3.4 points lower
than Calgary's"; "The West had the highest rate ..., at 10.6%. The Northeast's rate of 8.7% was
the lowest, 1.9 points lower than the West's"; "Canada's rate was 6.9% ... 14.9%, up from 14.3%
in November and 8 points above the national figure": an amount of points followed by words
that set the level written right before it against a holder named there and not given a figure
there (across.yaml ``named_distance``: a possessive, "in" and a name at the clause's end, "the
national rate") is the distance of that level from the holder's rate. The holder's rate is a
figure of the level's unit before it (``_BACK`` sentences at most) whose own stretch of words
(from the figure of that unit before it in its sentence, or the sentence's start) names the
holder; for "national", words of the whole country (``named_national``) or a country's name
(entities.yaml ``whole_countries``). No earlier value, range or change; not of another measure
or, when both are dated, of another period; on the side of the level the words say. Every such
figure is a reading: the one the amount squares with, else the nearest (so a wrong amount is
flagged only when no reading fits it). With none, nothing is set (the rate is not written).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab
from .gaps_to_now import _fits_unit, _has_values, _kind, _squares

_BACK = 6       # sentences before the amount's where the named rate may stand
_FIGURES = 40   # ... and at most so many figures back (one endless sentence stays linear)
# between the level and the amount: ", ", " was the lowest, ", ", which was "
_LEVEL_TO_AMOUNT = re.compile(r"[^.;:!?\d]{0,60}?,\s*(?:(?:which|that|it)\s+(?:was|is)\s+)?"
                              r"(?:(?:about|around|roughly|nearly|almost|some)\s+)?")
# after an earlier value set against the level: "14.9%, up from 14.3% in November and 8 points"
_AFTER_EARLIER = re.compile(r"[^.;:!?\d,]{0,40}?\s+and\s+")
_LEVEL_ROLES = (None, "total", "item")


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """across.yaml ``named_distance`` and ``named_national``; entities.yaml
    ``whole_countries`` as one pattern."""
    data = vocab.load("across.yaml")
    names = sorted((str(w).lower() for w in vocab.load("entities.yaml")["whole_countries"]),
                   key=len, reverse=True)
    countries = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    return re.compile(str(data["named_distance"])), re.compile(str(data["named_national"])), \
        countries


def named_rate_gaps(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Every gap of a level from a named holder's rate (module docstring), in place."""
    if " point" not in low:
        return
    pat = _words()[0]
    where = {i: k for k, idxs in enumerate(sents) for i in idxs}
    for i, d in enumerate(drafts):
        if not d["value"] or d.get("role") not in (None, "change") or _has_values(d):
            continue
        m = pat.match(low, d["end"], d["sentence"][1] + 1)
        if m is None:
            continue
        x = _level(low, drafts, i, m)
        if x is None:
            continue
        k = where[i]
        near = [j for j in range(max(0, i - _FIGURES), i) if where.get(j, -1) >= k - _BACK]
        base = _named_rate(low, drafts, (i, x), near, m)
        if base is None:
            continue
        d["extra"] = [(key, v) for key, v in d["extra"] if key != "change"]
        d["extra"].append(("change", {"kind": _kind(d, drafts[x], m), "amount": float(d["value"]),
                                      "direction": "up" if m.group("up") else "down",
                                      "from": base, "to": x}))
        d["role"] = "change"


def _level(low: str, drafts: list[dict[str, Any]], i: int, m: re.Match[str]) -> int | None:
    """The level written right before amount ``i`` in its sentence: the figure just before it
    with only ``_LEVEL_TO_AMOUNT`` between, or the level an earlier value just before it is set
    against ("14.9%, up from 14.3% in November and 8 points above ...")."""
    d = drafts[i]
    if i == 0 or drafts[i - 1]["sentence"] != d["sentence"]:
        return None
    x = drafts[i - 1]
    if x.get("role") == "compared" and _AFTER_EARLIER.fullmatch(low, x["end"], d["start"]):
        to = next((v.get("to") for k, v in x["extra"] if k == "direction" and
                   isinstance(v, dict)), None)
        if to is None or not 0 <= int(to) < i - 1 or \
                drafts[int(to)]["sentence"] != d["sentence"]:
            return None
        j = int(to)
        return j if drafts[j]["value"] and _fits_unit(d, drafts[j], m) else None
    if not x["value"] or x.get("role") not in _LEVEL_ROLES or not _fits_unit(d, x, m) or \
            not _LEVEL_TO_AMOUNT.fullmatch(low, x["end"], d["start"]):
        return None
    return i - 1


def _stretch(low: str, drafts: list[dict[str, Any]], j: int) -> str:
    """The words of figure ``j``'s own stretch: from the figure of its unit before it in its
    sentence (or the sentence's start) to it."""
    y = drafts[j]
    start = y["sentence"][0]
    for t in range(j - 1, max(-1, j - 1 - _FIGURES), -1):
        if drafts[t]["sentence"] != y["sentence"]:
            break
        if drafts[t]["unit"] == y["unit"]:
            start = drafts[t]["end"]
            break
    return low[max(start, y["start"] - 300):y["start"]]


def _names_holder(low: str, drafts: list[dict[str, Any]], j: int, m: re.Match[str]) -> bool:
    """Whether figure ``j``'s stretch names the holder the words of ``m`` name."""
    words = _stretch(low, drafts, j)
    if m.group("national") is not None:
        _, national, countries = _words()
        return national.search(words) is not None or countries.search(words) is not None
    name = m.group("name") or m.group("inname")
    return re.search(r"\b" + re.escape(name) + r"\b", words) is not None


def _named_rate(low: str, drafts: list[dict[str, Any]], pair: tuple[int, int],
                near: list[int], m: re.Match[str]) -> int | None:
    """The figure standing for the named holder's rate (module docstring): a reading the
    amount squares with, else the nearest one."""
    i, x = pair
    d, r = drafts[i], drafts[x]
    up = m.group("up") is not None

    def fits(j: int) -> bool:
        y = drafts[j]
        if j == x or not y["value"] or y.get("role") not in _LEVEL_ROLES or \
                y["unit"] != r["unit"] or any(k in ("range", "change", "direction")
                                              for k, _ in y["extra"]):
            return False
        if None not in (y.get("measure"), r.get("measure")) and y["measure"] != r["measure"]:
            return False
        if None not in (y.get("period"), r.get("period")) and y["period"] != r["period"]:
            return False
        if not (y["value"] < r["value"] if up else y["value"] > r["value"]):
            return False
        return _names_holder(low, drafts, j, m)

    found = [j for j in near if fits(j)]
    if not found:
        return None
    kind = _kind(d, r, m)
    return max(found, key=lambda j: (_squares(low, d, kind, (float(r["value"]),
                                                             float(drafts[j]["value"]))),
                                     -abs(drafts[j]["start"] - d["start"])))
