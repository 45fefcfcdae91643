"""Distances from a level the story stated before and now refers to by a noun alone (issue #11,
everyday57), set on the drafts as relations.py sets its own (indexes into the draft list). This
module reads words; wrong-arithmetic judges the change.

"Prices peaked at £215,089 in October 2007. The July average is still 6.6% short of the
record" and "In the last full year before the pandemic there were 1.74 billion journeys. Usage
is still 7% below that level": an amount worded as a distance from a noun ("below that peak",
"short of the record", "12% below its pre-pandemic level"; across.yaml ``referred_distance``)
whose referent was written as a figure before is the change from that figure (the referent:
the nearest figure before whose sentence names it, ``referred_nouns`` / ``referred_mods``) to
the level the distance is of (the current level: the one figure of the referent's unit and
measure, on the distance's side of it, in the amount's sentence before it or in the sentences
around the referent). A figure "or"-linked right after the amount ("6.6% short of the record,
or about £14,000") is the same distance in the referent's unit.

With no referent written, or more than one value the distance may be of, nothing is set (the
text leaves it open).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab
from .lexicon import fraction_words

_BACK = 3       # sentences back where the referent and the current level may stand
# roles of a figure that may be the referent (a compared value too: "compared with 443 million
# in the same quarter of 2019. That leaves usage 12% below its pre-pandemic level")
_REFERENT_ROLES = (None, "total", "compared")
_LEVEL_ROLES = (None, "total")
# the amount said again in another unit right after it: ", or about £14,000"
_OR_AGAIN = re.compile(r"\s*,?\s*or\s+(?:(?:about|around|roughly|some|nearly|almost|just\s+"
                       r"(?:over|under)|more\s+than|less\s+than)\s+)?$")
_YEAR = re.compile(r"(?:19|20)\d\d")


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], dict[str, re.Pattern[str]], dict[str, re.Pattern[str]]]:
    """across.yaml ``referred_distance``, ``referred_nouns`` and ``referred_mods``."""
    data = vocab.load("across.yaml")
    nouns = {str(k): re.compile(str(v)) for k, v in (data.get("referred_nouns") or {}).items()}
    mods = {str(k): re.compile(str(v)) for k, v in (data.get("referred_mods") or {}).items()}
    return re.compile(str(data["referred_distance"])), nouns, mods


def distances_from_referred(low: str, drafts: list[dict[str, Any]],
                            sents: list[list[int]]) -> None:
    """Every distance from a referred level (module docstring), in place."""
    if not any(w in low for w in ("below", "above", "short of", "under", "over", " off ",
                                  "lower than", "higher than", "down on", "up on")):
        return
    pat = _words()[0]
    where = {i: k for k, idxs in enumerate(sents) for i in idxs}
    for i, d in enumerate(drafts):
        if not d["value"] or d.get("role") not in (None, "change", "update"):
            continue
        m = pat.match(low, d["end"] + _or_pair_comma(low, drafts, i), d["sentence"][1] + 1)
        if m is None or _read_before(drafts, i):
            continue
        x = _referent(low, drafts, sents, where[i], i, m)
        if x is None:
            continue
        down = m.group("down") is not None
        points = (d["unit"] == "percent" and (
            drafts[x]["unit"] == "percent" or m.group("points") is not None)) or \
            _bare_points(d, drafts[x], m)
        fraction = _fraction(low, d)
        kind = "percent" if (d["unit"] == "percent" and not points) or fraction else "absolute"
        if kind == "absolute" and d["unit"] != drafts[x]["unit"] and not points:
            continue
        pair = [(kind, i)] + ([("absolute", i - 1)] if _or_pair_comma(low, drafts, i) and
                              drafts[x]["unit"] != "percent" and
                              drafts[i - 1]["unit"] == drafts[x]["unit"] else [])
        to = _current_level(low, drafts, sents, (where[i], i, x), (down, pair))
        if to is None:
            continue
        scale = 100.0 if fraction else 1.0
        _set(drafts, i, {"kind": kind, "amount": float(d["value"]) * scale,
                         "direction": "down" if down else "up", "from": x, "to": to}
             | ({"fraction": 1} if fraction else {}))
        _or_said_again(low, drafts, i, x, m.end())
        _or_said_before(low, drafts, i, x)


def _bare_points(d: dict[str, Any], x: dict[str, Any], m: re.Match[str]) -> bool:
    """Whether amount ``d`` is a bare count of points from a percentage ``x`` ("left the rate
    0.9 points above its level in April 2023, when it stood at 3.4%": points are read as a
    rate's only before "to"/"from" a percentage, units.yaml)."""
    return not d["unit"] and m.group("points") is not None and x["unit"] == "percent"


# "1.6 points better than August's 4.1%": a figure of points with no unit is a move, no level
_POINTS_AFTER = re.compile(r"[ \u00a0]+(?:percentage[ \u00a0]+)?points?\b")


def _fraction(low: str, d: dict[str, Any]) -> bool:
    """"still more than a fifth below their pre-pandemic level": a fraction in words is a
    distance relative to the referent, as a percentage is (never an amount in its unit)."""
    return not d["unit"] and 0 < (d["value"] or 0) < 1 and \
        fraction_words().search(low, d["start"], d["end"]) is not None


def _a_level(low: str, x: dict[str, Any]) -> bool:
    """Whether figure ``x`` may be a level: not a bare count of points (a move)."""
    return bool(x["unit"]) or x.get("measure") == "point" or \
        _POINTS_AFTER.match(low, x["end"]) is None


def _read_before(drafts: list[dict[str, Any]], i: int) -> bool:
    """Whether amount ``i`` already has both values from a figure before it ("The 839 cases
    are 124 short of the 1994 total", read from the 963 of 1994): that reading stands. One
    whose earlier value comes after it ("6.6% short of the record, or about £14,000") is
    replaced: a distance whose noun names its referent has no figure after it."""
    ch = next((v for k, v in drafts[i]["extra"] if k == "change" and isinstance(v, dict)), None)
    return ch is not None and isinstance(ch.get("from"), int) and ch.get("to") is not None and \
        ch["from"] < i


def _set(drafts: list[dict[str, Any]], i: int, change: dict[str, Any]) -> None:
    """Amount ``i`` is the change ``change``, in place of any other reading of it."""
    d = drafts[i]
    d["extra"] = [(k, v) for k, v in d["extra"] if k != "change"]
    d["extra"].append(("change", change))
    d["role"] = "change"
    frm = drafts[change["from"]]
    frm["role"] = frm.get("role") or "compared"


def _or_said_again(low: str, drafts: list[dict[str, Any]], i: int, x: int, end: int) -> None:
    """The figure "or"-linked right after amount ``i``'s distance words (which end at ``end``)
    in the referent's unit is the same distance, worded as an amount ("6.6% short of the
    record, or about £14,000")."""
    d = drafts[i]
    if i + 1 >= len(drafts) or drafts[i + 1]["sentence"] != d["sentence"]:
        return
    e = drafts[i + 1]
    if e["unit"] != drafts[x]["unit"] or not e["value"] or e["unit"] == "percent" or \
            not _OR_AGAIN.fullmatch(low, end, e["start"]):
        return
    ch = next(v for k, v in d["extra"] if k == "change")
    _set(drafts, i + 1, {**ch, "kind": "absolute", "amount": float(e["value"])})


# the amount said first in the referent's unit, right before a percentage distance: "£96, or "
_OR_BEFORE = re.compile(r"\s*,\s*or\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?")


def _or_pair_comma(low: str, drafts: list[dict[str, Any]], i: int) -> int:
    """1 when percentage ``i`` is the second of an "or" pair closed by a comma ("£96, or 5%,
    below its level"): its distance words stand after that comma; else 0."""
    if i == 0 or low[drafts[i]["end"]:drafts[i]["end"] + 1] != "," or \
            drafts[i]["unit"] != "percent":
        return 0
    e = drafts[i - 1]
    return 1 if e["sentence"] == drafts[i]["sentence"] and \
        _OR_BEFORE.fullmatch(low, e["end"], drafts[i]["start"]) else 0


def _or_said_before(low: str, drafts: list[dict[str, Any]], i: int, x: int) -> None:
    """The figure "or"-linked right before percentage distance ``i``, in the referent's unit,
    is the same distance worded as an amount ("£96, or 5%, below its level in October 2023")."""
    d = drafts[i]
    if i == 0 or d["unit"] != "percent" or drafts[x]["unit"] == "percent":
        return
    e = drafts[i - 1]
    if e["sentence"] != d["sentence"] or e["unit"] != drafts[x]["unit"] or not e["value"] or \
            e.get("role") not in (None, "change") or \
            not _OR_BEFORE.fullmatch(low, e["end"], d["start"]):
        return
    ch = next(v for k, v in d["extra"] if k == "change")
    _set(drafts, i - 1, {**ch, "kind": "absolute", "amount": float(e["value"])})


def _referent(low: str, drafts: list[dict[str, Any]], sents: list[list[int]], k: int, i: int,
              m: re.Match[str]) -> int | None:
    """The nearest figure before amount ``i`` (in its sentence or up to ``_BACK`` before, this
    paragraph or the one before) whose sentence names the distance's noun: "peaked at", "the
    height of the market", "before the pandemic"; a plain "that level" is the nearest level
    of the sentences before."""
    cue = _cue(m)
    d = drafts[i]
    if cue is False:
        return _referent_named_after(low, drafts, sents[max(0, k - _BACK):k + 1], i, m)
    for back in range(0, _BACK + 1):
        if k - back < 0:
            return None
        idxs = sents[k - back]
        if back and idxs and low.count("\n\n", drafts[idxs[-1]]["end"], d["start"]) > 1:
            return None
        named = None    # (whether the sentence names the referent: read once per sentence)
        for j in reversed(idxs):
            x = drafts[j]
            if j >= i or not x["value"] or x.get("role") not in _REFERENT_ROLES:
                continue
            relative = d["unit"] == "percent" or _fraction(low, d)
            if relative and m.group("points") is None and x["unit"] == "percent":
                continue    # (a percentage of a percentage: points or a relative change)
            if (not relative and d["unit"] != x["unit"] and not _bare_points(d, x, m)) or \
                    not _a_level(low, x):
                continue
            if named is None:
                named = cue is None or _named_outside_distances(low, drafts, idxs, cue)
            if named:
                return j
        if cue is None and back and any(drafts[j]["value"] for j in idxs):
            return None     # ("that level" is the sentence right before's)
    return None


def _named_outside_distances(low: str, drafts: list[dict[str, Any]], idxs: list[int],
                             cue: re.Pattern[str]) -> bool:
    """Whether the sentence of the figures ``idxs`` names the referent outside the distance
    words after its own figures: "Breakbulk rose 6.3% to 11.1 million tonnes, some 34.4% below
    its 2008 level" gives no figure of 2008 (everyday105)."""
    s0, s1 = drafts[idxs[0]]["sentence"]
    pat = _words()[0]
    spans = [(drafts[j]["end"], m.end()) for j in idxs
             if (m := pat.match(low, drafts[j]["end"], s1 + 1)) is not None]
    return any(not any(a <= c.start() < b for a, b in spans) for c in cue.finditer(low, s0, s1))


def _referent_named_after(low: str, drafts: list[dict[str, Any]], near: list[list[int]],
                          i: int, m: re.Match[str]) -> int | None:
    """The level a plain "its level" names by the words after it: a figure its clause gives
    ("0.9 points above its level in April 2023, when it stood at 3.4%", across.yaml
    ``referred_when``), else, when a date follows the noun ("£96, or 5%, below its level in
    October 2023"), the one level before the amount of its unit dated in the amount's period
    (the date dates the amount when it is read), in its sentence or the ``_BACK`` before."""
    d = drafts[i]
    after = [j for j in near[-1] if j > i]
    w = _when().match(low, m.end(), d["sentence"][1] + 1)
    if w is not None:
        j = next((j for j in after if drafts[j]["start"] >= w.end()), None)
        if j is not None and drafts[j]["start"] == w.end() and drafts[j]["value"] and (
                drafts[j]["unit"] == d["unit"] or _bare_points(d, drafts[j], m) or
                d["unit"] == "percent" and drafts[j]["unit"] != "percent"):
            return j
        return None
    per = d.get("period")
    if per is None or not _DATE_AFTER.match(low, m.end()):
        return None
    found = [j for idxs in near for j in idxs if j < i and drafts[j]["value"] and
             drafts[j].get("role") in _REFERENT_ROLES and
             drafts[j].get("period") is not None and
             drafts[j]["period"][0] <= per[1] and per[0] <= drafts[j]["period"][1] and
             (drafts[j]["unit"] == d["unit"] or _bare_points(d, drafts[j], m) or
              d["unit"] == "percent" and drafts[j]["unit"] != "percent")]
    return found[-1] if len({drafts[j]["value"] for j in found}) == 1 else None


# a date right after the referred noun: "its level in April 2023", "at the start of 2023"
_DATE_AFTER = re.compile(r"\s+(?:in|at|of|during|on)\s+(?:(?:the\s+)?(?:start|end|middle|"
                         r"beginning|height|peak|close)\s+of\s+)?(?:[a-z]+\s+)?(?:19|20)\d\d\b")


@lru_cache(maxsize=1)
def _when() -> re.Pattern[str]:
    """across.yaml ``referred_when``: the words between a referred noun and the figure its
    clause gives for it."""
    return re.compile(str(vocab.load("across.yaml")["referred_when"]))


def _cue(m: re.Match[str]) -> re.Pattern[str] | None | bool:
    """What the referent's sentence must say for the distance's noun: the noun's own cue
    (``referred_nouns``: "peak" is named by "peaked", "height", "highest"), a modifier's
    (``referred_mods``: "pre-pandemic" by "pandemic", "2019"), a year modifier's year; None
    when "that level" points at the sentence before; False when nothing names it."""
    _, nouns, mods = _words()
    for w in (m.group("mods") or "").split():
        if w in mods:
            return mods[w]
        if _YEAR.fullmatch(w):
            return re.compile(r"\b" + w + r"\b")
    noun = m.group("noun")
    if noun in nouns:
        return nouns[noun]
    if m.group("det") in ("that", "this", "those", "these"):
        return None
    return False


def _current_level(low: str, drafts: list[dict[str, Any]], sents: list[list[int]],
                   where: tuple[int, int, int], move: tuple[bool, list[tuple[str, int]]]
                   ) -> int | None:
    """The level a distance from referent ``x`` is of: a level of its unit and measure on the
    distance's side of it, in the amount's own sentence before it, else in the sentences
    before it (``_BACK`` at most, not past a second paragraph break). Where they give more
    than one value, each is a reading: the one the amount (and the amount "or"-paired with it,
    ``move``'s list) squares with best (``_squares``), the nearest of equals; where none
    squares, every reading contradicts it and the nearest is taken."""
    k, i, x = where
    down = move[0]
    d, r = drafts[i], drafts[x]

    def fits(j: int) -> bool:
        y = drafts[j]
        return j != x and j < i and bool(y["value"]) and y.get("role") in _LEVEL_ROLES and \
            y["unit"] == r["unit"] and (y.get("measure") is None or r.get("measure") is None or
                                        y["measure"] == r["measure"]) and \
            (y["value"] < r["value"] if down else y["value"] > r["value"]) and _a_level(low, y)

    found = [j for j in sents[k] if fits(j)]
    for back in range(1, 0 if found else _BACK + 2):
        if k - back < 0:
            break
        idxs = sents[k - back]
        if idxs and low.count("\n\n", drafts[idxs[-1]]["end"], d["start"]) > 2:
            break
        found += [j for j in idxs if fits(j)]
    if not found:
        return None
    found.sort(key=lambda j: -drafts[j]["start"])      # the nearest first
    if len({drafts[j]["value"] for j in found}) == 1:
        return found[0]
    def score(j: int) -> int:
        return sum(_squares(low, drafts[a], kind, (float(r["value"]), float(drafts[j]["value"])))
                   for kind, a in move[1])

    return max(found, key=score)      # (the first of the best: the nearest)


_DIGITS = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _squares(low: str, d: dict[str, Any], kind: str, pair: tuple[float, float]) -> bool:
    """Whether distance ``d`` (its wording's bounds, widened by half its last written digit; a
    percentage of the referent for ``kind`` "percent") lies between the referent and the
    level of ``pair``."""
    ref, level = pair
    gap = abs(ref - level) * (100.0 / ref if kind == "percent" and ref else 1.0)
    n = _DIGITS.search(low, d["start"], d["end"])
    half = 0.5 * 10.0 ** -len(n.group(1) or "") if n is not None else 0.0
    lo = d["lower"] if d.get("lower") is not None else d["value"]
    hi = d["upper"] if d.get("upper") is not None else d["value"]
    return lo - half - 1e-9 <= gap <= hi + half + 1e-9
