"""Thresholds passed and levels named by a noun (issue #11, everyday55). Set on the drafts as
relations.py sets its own (indexes into the draft list); wrong-arithmetic judges the
direction.

- **A threshold passed by a level** ("handled 7.52 million passengers in 2016, passing 7.5
  million for the first time"; "were 1.52C warmer than the pre-industrial average, passing the
  1.5C limit"; "topped three quarters of a million passengers in a month, with 768,587 passing
  through"; "1.6C above the pre-industrial level. It was the first calendar year to pass the
  1.5C limit"): a figure read with a verb of a threshold crossed (qualifiers.yaml, kind
  ``threshold``) in the clause of a level of its kind, after it with a comma, before it with
  ", with", or opening a sentence that points back at the first such level of the sentence
  before ("It was ..."), is no bound of that level: it is the threshold the level is said to be above.
  The threshold takes the role "compared", ``("threshold", True)`` (a level set against it is
  set against the value as written, the limit, not "at least" it: engine_facts) and
  ``("direction", {"to": level, "up": True, "words": "above"})``: a level below it is flagged.
  Its own interval stays what the verb allows ("passing 750,000" is 750,000 or more), so that
  a report of 750,610 still bears it out.
- **A level set against a figure named only by a noun** ("The legal limit ... is 40
  micrograms. Marylebone Road recorded 97 micrograms in 2011, far above that limit"; "1.48C
  above the pre-industrial level, just below the limit"; "rose to 475 TWh, overtaking gas";
  "246 TWh, still some way behind coal"): the words after the level (across.yaml
  ``side_of_named``) give the side and the noun or name; the figure meant is the nearest
  before, in its sentence or up to ``_BACK`` sentences back, of the level's kind, whose own
  words name that noun ("the legal limit of 40", "the 1.5C limit") or name ("Gas-fired
  generation ... fell 15% to 452 TWh"). It gets the direction the words give.

This module reads words; it never judges.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab
from .units import same_dimension

_BACK = 3           # sentences back where the figure a noun names may stand
_LEVEL = (None, "item", "total")
_BEFORE_THRESHOLD = re.compile(r"[^.;:()]{0,70},[ \u00a0]*")
# the opening of a sentence that says what the figure of the sentence before did ("It was the
# first calendar year to pass", "That was the first time it topped")
_POINTS_BACK = re.compile(r"\W*(?:it|this|that)\s+(?:was|is|became|marks|marked)\b[^.;:\d]{0,60}$")
_WITH_AFTER = re.compile(r"[^.;:()]{0,80},[ \u00a0]*with[ \u00a0]+(?:(?:about|some|nearly|"
                         r"almost|just[ \u00a0]+over|more[ \u00a0]+than)[ \u00a0]+)?")


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], re.Pattern[str], frozenset[str]]:
    """The threshold verbs of qualifiers.yaml (``milestone_verbs`` too), across.yaml
    ``side_of_named`` and the words of ``side_below`` (the sides that set the level under the
    figure named)."""
    q = vocab.load("qualifiers.yaml")
    verbs = frozenset([str(p) for p, k in (q.get("phrases") or {}).items() if k == "threshold"] +
                      [str(v) for v in q.get("milestone_verbs") or []])
    data = vocab.load("across.yaml")
    below = frozenset(str(w) for w in data.get("side_below") or [])
    return verbs, re.compile(str(data["side_of_named"])), below


def _kind_of(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two figures are of one kind: one dimension, or a level whose unit is the
    numerator of the other's ("97 micrograms" against "40 micrograms per cubic metre")."""
    ua, ub = a["unit"] or "", b["unit"] or ""
    return same_dimension(ua, ub) or ua == ub.split(" / ")[0] or ub == ua.split(" / ")[0]


def _threshold(drafts: list[dict[str, Any]], i: int) -> bool:
    d = drafts[i]
    q = d.get("qualifier")
    return bool(q) and " ".join(str(q).split()[:2]).removesuffix(" the") in _vocab()[0]


def _plain_level(drafts: list[dict[str, Any]], i: int) -> bool:
    """Whether figure ``i`` is a level of its own (a qualifier's width is the rule's to read:
    "about 45 micrograms"), not a threshold or an amount."""
    d = drafts[i]
    if d["value"] is None or _threshold(drafts, i) or \
            any(k in ("range", "direction") for k, _ in d["extra"]):
        return False
    ch = next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict)), None)
    if ch is None:
        # (a share of a vote or a market is a level too: "won 13.11%, clearing the 10%
        # threshold")
        return d.get("role") in _LEVEL or (d.get("role") == "share" and d["unit"] == "percent")
    # a distance above a baseline written as its own level ("1.6C above the pre-industrial
    # level"): an amount with no values of its own, in a unit of measurement
    return d.get("role") == "change" and d["unit"] not in ("", "percent") and \
        not any(ch.get(x) is not None for x in ("from", "to", "by"))


def _pass(drafts: list[dict[str, Any]], t: int, level: int) -> None:
    """Threshold ``t`` is what ``level`` is said to be above (module docstring)."""
    d, lv = drafts[t], drafts[level]
    d["extra"].append(("threshold", True))
    _add_direction(d, {"to": level, "up": True, "words": "above"})
    if d.get("role") == "item" and lv.get("role") == "item" and d.get("group") == lv.get("group"):
        lv["role"], lv["group"] = None, None
    d["role"], d["group"] = "compared", None


def thresholds_passed(low: str, drafts: list[dict[str, Any]]) -> None:
    """Thresholds passed by a level of their clause (module docstring, first item)."""
    for t, d in enumerate(drafts):
        if not d["value"] or not _threshold(drafts, t):
            continue
        level = None
        if t and drafts[t - 1]["sentence"] == d["sentence"] and \
                _BEFORE_THRESHOLD.fullmatch(low, drafts[t - 1]["end"], d["start"]):
            level = t - 1
        elif t + 1 < len(drafts) and drafts[t + 1]["sentence"] == d["sentence"] and \
                _WITH_AFTER.fullmatch(low, d["end"], drafts[t + 1]["start"]):
            level = t + 1
        elif t and drafts[t - 1]["sentence"] != d["sentence"] and \
                _POINTS_BACK.match(low, d["sentence"][0], d["start"]) and \
                "\n\n" not in low[drafts[t - 1]["sentence"][1]:d["sentence"][0]]:
            # "... 1.6C above the pre-industrial level. It was the first calendar year to pass
            # the 1.5C limit": the first figure of its kind in the sentence before
            level = next((j for j in range(t - 1, -1, -1)
                          if drafts[j]["sentence"] == drafts[t - 1]["sentence"] and
                          _kind_of(drafts[j], d)), None)
            while level is not None and level and \
                    drafts[level - 1]["sentence"] == drafts[level]["sentence"] and \
                    _kind_of(drafts[level - 1], d):
                level -= 1
        if level is None or not _plain_level(drafts, level) or \
                not _kind_of(drafts[level], d) or \
                not 0.5 <= float(drafts[level]["value"]) / float(d["value"]) <= 2:
            continue
        _pass(drafts, t, level)


def _names(low: str, x: dict[str, Any], noun: str) -> bool:
    """Whether figure ``x``'s own words name ``noun``: right after it ("the 1.5C limit"), or
    before it in its clause ("the legal limit ... is 40", "Gas-fired generation ... fell 15%
    to 452 TWh")."""
    word = r"\b" + re.escape(noun) + r"(?:s|ed|-fired)?\b"
    if re.match(r"[ \u00a0]*(?:[a-z-]+[ \u00a0]+)?" + word, low[x["end"]:x["end"] + 40]):
        return True
    cs = max(x["sentence"][0], low.rfind(";", x["sentence"][0], x["start"]) + 1)
    return re.search(word + r"[^.;:]{0,80}\Z", low[cs:x["start"]]) is not None


def _named_before(low: str, drafts: list[dict[str, Any]], i: int, noun: str,
                  back: list[tuple[int, int]]) -> int | None:
    """The nearest figure before level ``i`` (in its sentence or the sentences ``back``) of
    its kind whose words name ``noun``."""
    d = drafts[i]
    for j in range(i - 1, -1, -1):
        x = drafts[j]
        if x["sentence"] != d["sentence"] and x["sentence"] not in back:
            return None
        if x["value"] is None or x.get("role") == "change" or not _kind_of(x, d):
            continue
        if _names(low, x, noun):
            return j
    return None


def sides_of_named(low: str, drafts: list[dict[str, Any]]) -> None:
    """Levels set against a figure named only by a noun (module docstring, second item)."""
    _, pat, below = _vocab()
    order = sorted({d["sentence"] for d in drafts})
    place = {s: k for k, s in enumerate(order)}
    for i, d in enumerate(drafts):
        if d["value"] is None or d.get("role") not in _LEVEL + ("change",) or \
                _threshold(drafts, i):
            continue
        end = d["sentence"][1]
        if i + 1 < len(drafts) and drafts[i + 1]["sentence"] == d["sentence"]:
            end = drafts[i + 1]["start"]
        m = pat.match(low, d["end"], end)
        if m is None:
            continue
        k = place[d["sentence"]]
        f = _named_before(low, drafts, i, m.group("noun") or m.group("name"),
                          order[max(0, k - _BACK):k])
        if f is None or drafts[f].get("value") in (None, 0) or \
                not 0.2 <= float(d["value"]) / float(drafts[f]["value"]) <= 5:
            continue
        up = " ".join((m.group("side") or m.group("side2")).split()) not in below
        _add_direction(drafts[f], {"to": i, "up": up, "words": "above" if up else "below"})


def _add_direction(d: dict[str, Any], dirn: dict[str, Any]) -> None:
    """One more figure said to be on one side of ``d``: "direction", or "direction_2" and on
    when ``d`` has one already (a threshold passed, then named again as "the limit")."""
    n = sum(1 for k, _ in d["extra"] if k == "direction" or k.startswith("direction_"))
    d["extra"].append(("direction" if not n else f"direction_{n + 1}", dirn))
