"""A percentage change against a year whose level the story gives in another sentence (issue
#11, everyday70): "Spain welcomed 85.1 million foreign visitors in 2023, 1.9% more than in
2019, ... In 2019 the country had received 83.5 million international tourists"; "Heathrow
handled 79.2 million passengers last year, a rise of 29% on 2022 and only 2% short of the 2019
figure. ... In 2022, 61.6 million people used it"; "14 million tonnes this year, ..., or 10%,
below last year. ... Last year's crop had reached 15.5 million tonnes".

A change that names its base year in its own words ("than in 2019", "on 2022", "short of the
2019 figure", "below last year": a year before its new value's) and has a new value but no
earlier one gets as its earlier value the one level of the new value's kind the story dates to
that whole year (its unit; one measure, or counts whose measures are only their nouns; the
same subject or none; of the new value's scale, at most twice or half it). Two such levels
that disagree, or none, leave the change as it was ("contradict only when every reading
disagrees"). A percentage gap said with "short of", "below" or "above" the base year after a
change of the same new value ("a rise of 29% on 2022 and only 2% short of the 2019 figure")
is read as one more change of that value. This module reads words; it never judges.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

# the words after a change that name its base year ("than in 2019", "on 2022", "short of the
# 2019 figure", "below last year", "from a year earlier")
_BASE = re.compile(
    r"[ \u00a0]*,?[ \u00a0]+(?:(?:more|less|fewer|higher|lower|bigger|smaller|up|down|ahead|behind)"
    r"[ \u00a0]+)?(?P<w>than|on|over|from|against|below|above|under|short[ \u00a0]+of|ahead[ \u00a0]+of|"
    r"compared[ \u00a0]+with)[ \u00a0]+(?:in[ \u00a0]+|the[ \u00a0]+|its[ \u00a0]+)?"
    r"(?:(?P<y>(?:19|20)\d\d)\b(?:[’']s)?(?:[ \u00a0]+(?:figure|level|total|tally|count|"
    r"record|crop|harvest))?|(?P<last>last[ \u00a0]+year|a[ \u00a0]+year[ \u00a0]+(?:earlier|before|ago)|"
    r"the[ \u00a0]+previous[ \u00a0]+year))")
_GAP_WORDS = frozenset(("below", "under", "short of", "above", "ahead of"))
# what opens a change in apposition to the level before it: ", a rise of ", ", up "
_APPOSED_CHANGE = re.compile(r"(?:[ \u00a0]+(?:[a-z]+|\d{4})){0,3}[ \u00a0]*,[ \u00a0]*(?:a[ \u00a0]+(?:rise|fall|drop|increase|decrease|"
                             r"jump|decline|gain)[ \u00a0]+of|up|down)[ \u00a0]+$")
_AND = re.compile(r"[^;:.]{0,40}?[ \u00a0]+and[ \u00a0]+(?:(?:only|just|still|about|some|nearly|"
                  r"almost)[ \u00a0]+)?$")
_LEVEL = (None, "total", "compared")
_GENERIC = frozenset(("people", "person", "visitor", "passenger", "tourist"))


def _change(d: dict[str, Any]) -> dict[str, Any] | None:
    return next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict)), None)


def _year(p: Any) -> int | None:
    """The calendar year a period is, if it is one whole year."""
    if not p:
        return None
    s, e = (x if isinstance(x, _dt.date) else _dt.date.fromisoformat(str(x)[:10]) for x in p[:2])
    whole = (s.month, s.day, e.month, e.day) == (1, 1, 12, 31) and s.year == e.year
    return s.year if whole else None


def _base_year(low: str, d: dict[str, Any], stop: int, new_year: int) -> tuple[int, str] | None:
    """The base year the words after change ``d`` name (before ``stop``) and the word that
    names the side ("than", "short of"...), if they name one before ``new_year``."""
    m = _BASE.match(low, d["end"], stop)
    if m is None:
        return None
    year = int(m.group("y")) if m.group("y") else new_year - 1
    return (year, " ".join(m.group("w").split())) if year < new_year else None


def _one_kind(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a["unit"] != b["unit"] or a.get("subject") not in (None, b.get("subject")) and \
            b.get("subject") is not None:
        return False
    ma, mb = a.get("measure"), b.get("measure")
    if ma is None or mb is None or ma == mb:
        return True
    return bool(a.get("_open") and b.get("_open")) or {ma, mb} <= _GENERIC or \
        bool((a.get("_open") and mb in _GENERIC) or (b.get("_open") and ma in _GENERIC))


# the words before a figure that make it no year's own level ("the ten-year average of",
# "the target of", "forecast")
_NOT_A_YEARS_LEVEL = re.compile(r"\b(?:average|averages|averaged|normal|mean|target|forecasts?|"
                                r"forecast|expected|expects?|projected|goal|aim)\b[^.;\d]{0,25}$")


def _level_of_year(low: str, drafts: list[dict[str, Any]], to: int, year: int,
                   skip: set[int]) -> int | None:
    """The one level of ``drafts[to]``'s kind dated to ``year`` in another sentence than the
    change's (module docstring)."""
    t = drafts[to]
    got = [j for j, x in enumerate(drafts) if j not in skip and x["value"] and
           x["sentence"] != t["sentence"] and not _NOT_A_YEARS_LEVEL.search(
               low, max(x["sentence"][0], x["start"] - 40), x["start"]) and
           x.get("role") in _LEVEL and x.get("section") == t.get("section") and
           _year(x.get("period")) == year and _one_kind(x, t) and
           0.5 <= float(x["value"]) / float(t["value"]) <= 2 and
           not any(k in ("change", "conversion_of") for k, _ in x["extra"])]
    return got[0] if got and len({drafts[j]["value"] for j in got}) == 1 else None


def _new_value(low: str, drafts: list[dict[str, Any]], i: int) -> int | None:
    """The new value of percentage ``i``: its change's own, else the level it stands in
    apposition to ("79.2 million passengers last year, a rise of 29%"), else the new value
    of the change it is joined to by "and" ("a rise of 29% on 2022 and only 2% short of")."""
    ch = _change(drafts[i])
    if ch is not None and isinstance(ch.get("to"), int):
        return ch["to"]
    if i == 0 or drafts[i - 1]["sentence"] != drafts[i]["sentence"]:
        return None
    prev = drafts[i - 1]
    if prev["unit"] != "percent" and prev.get("role") in (None, "total") and \
            _APPOSED_CHANGE.fullmatch(low, prev["end"], drafts[i]["start"]):
        return i - 1
    pch = _change(prev)
    if pch is not None and isinstance(pch.get("to"), int) and \
            _AND.fullmatch(low, prev["end"], drafts[i]["start"]):
        return pch["to"]
    return None


def changes_against_base_years(low: str, drafts: list[dict[str, Any]]) -> None:
    """See the module docstring."""
    for i, d in enumerate(drafts):
        ch = _change(d)
        if d["unit"] != "percent" or not d["value"] or (ch is not None and (
                ch.get("from") is not None or ch.get("kind") != "percent")) or \
                d.get("role") not in (None, "change"):
            continue
        to = _new_value(low, drafts, i)
        if to is None or not drafts[to]["value"] or drafts[to]["unit"] == "percent":
            continue
        new_year = _year(drafts[to].get("period"))
        stop = drafts[i + 1]["start"] if i + 1 < len(drafts) and \
            drafts[i + 1]["sentence"] == d["sentence"] else d["sentence"][1]
        base = _base_year(low, d, stop, new_year) if new_year else None
        if base is None or (ch is None and base[1] not in _GAP_WORDS):
            continue
        frm = _level_of_year(low, drafts, to, base[0], {i, to})
        if frm is None:
            continue
        if ch is None:
            up = base[1] in ("above", "ahead of")
            ch = {"kind": "percent", "amount": float(d["value"]),
                  "direction": "up" if up else "down"}
            d["extra"].append(("change", ch))
            d["role"] = "change"
        by = ch.get("by")
        if isinstance(by, int):
            # ("1.5 million tonnes, or 10%, below last year": the percentage is held to its
            # amount; the earlier value checks the amount)
            ch = _change(drafts[by])
            if ch is None or ch.get("from") is not None or ch.get("to") not in (None, to):
                continue
        ch.update(to=to, **{"from": frm})
        drafts[frm]["role"] = drafts[frm].get("role") or "compared"
