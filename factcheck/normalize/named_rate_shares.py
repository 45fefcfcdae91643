"""Rates given against other rates the story names (issue #11, everyday110).

A rate as a share of another rate said earlier: "The adult minimum wage will rise from $16.50
to $17.70 an hour ... The starting-out and training rates go up from $13.20 to $14.16 an hour,
which keeps them at 80% of the adult rate". ``mark_named_rate_shares`` records on the
percentage the ratio of an amount before it in its sentence (a new level, not a "from" value)
to an amount of the same unit said earlier whose sentence names the rate (its qualifier,
"adult"; else a word of pay: "rate", "wage", "minimum", "pay"): ``("ratio", {"of": part,
"per": whole})``, which the wrong-arithmetic rule holds within the share's rounding.

A rise in percent whose base stands alone in its sentence: "The rate for 18 to 20-year-olds
goes up to £10 an hour. For those workers, now on £8.60, the rise is 16.3%".
``mark_rises_on_a_base`` records the change from that base to a level of its unit said in the
sentence or the two before.

Which amounts are meant is open in the words: every (part, whole) or (base, new level) the
text allows is a reading, and the one nearest the stated percentage is recorded, so that the
figure is contradicted only when every reading disagrees. This module reads words; it never
judges.
"""

from __future__ import annotations

import re
from typing import Any

# "80% of the adult rate", "80 per cent of the adult minimum wage", "70% of it" is not read
_OF_NAMED = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the|its|their)[ \u00a0]+"
                       r"(?P<q>(?:[a-z][a-z-]*[ \u00a0]+){0,2}?)"
                       r"(?P<head>minimum[ \u00a0]+wage|living[ \u00a0]+wage|rate|wage|minimum|"
                       r"pay)\b")
_PAY_WORDS = re.compile(r"\b(?:rate|wage|minimum|pay)\b")
# a rise named before its percentage in its clause: "the rise is 12.4%", "the increase will be"
_RISE_IS = re.compile(r"\b(?:the|their|its|a|that)[ \u00a0]+(?:pay[ \u00a0]+)?(?P<w>rise|increase|"
                      r"fall|cut|drop)[ \u00a0]+(?:is|was|will[ \u00a0]+be|would[ \u00a0]+be|"
                      r"comes[ \u00a0]+to)[ \u00a0]+(?:(?:about|around|nearly|almost|some)"
                      r"[ \u00a0]+)?$")
_FROM_BEFORE = re.compile(r"\bfrom[ \u00a0]+(?:the[ \u00a0]+)?\W?$")
_SENTENCES_BACK = 2
# figures before the percentage read at most (far more than copy's sentences hold; one endless
# clause of figures must not make the passes quadratic: tests/test_scale.py)
FIGURES_BACK = 40


def _free_percent(d: dict[str, Any]) -> bool:
    return d["unit"] == "percent" and bool(d["value"]) and d.get("role") in (None, "share") \
        and not any(k in ("ratio", "change", "relation", "difference", "percentage_points")
                    for k, _ in d["extra"])


def _new_level(low: str, d: dict[str, Any], unit: str) -> bool:
    """An amount of ``unit`` that is a level, not a change nor the earlier value of one."""
    return d["unit"] == unit and bool(d["value"]) and d["value"] > 0 and \
        d.get("role") in (None, "item") and \
        not any(k in ("change", "conversion_of", "direction") for k, _ in d["extra"]) and \
        _FROM_BEFORE.search(low, max(0, d["start"] - 12), d["start"]) is None


def _period(d: dict[str, Any]) -> Any:
    return next((v.get("unit") for k, v in d["extra"] if k == "per_period" and
                 isinstance(v, dict)), None)


def _same_period(a: dict[str, Any], b: dict[str, Any]) -> bool:
    pa, pb = _period(a), _period(b)
    return pa is None or pb is None or pa == pb


def _sentences(drafts: list[dict[str, Any]]) -> list[tuple[int, int]]:
    return sorted({d["sentence"] for d in drafts})


def _wholes(low: str, drafts: list[dict[str, Any]], n: int, unit: str, words: list[str]
            ) -> list[int]:
    """The amounts of ``unit`` before figure ``n``'s sentence whose sentence holds the first
    of ``words`` that any does (a pattern each)."""
    d = drafts[n]
    before = [i for i in range(max(0, n - FIGURES_BACK), n)
              if drafts[i]["sentence"][1] <= d["sentence"][0] and
              _new_level(low, drafts[i], unit)]
    for w in words:
        got = [i for i in before if re.search(w, low[drafts[i]["sentence"][0]:
                                                     drafts[i]["sentence"][1]])]
        if got:
            return got
    return []


def _nearest(pairs: list[tuple[int, int, float]], stated: float) -> tuple[int, int] | None:
    if not pairs:
        return None
    i, j, _ = min(pairs, key=lambda p: abs(p[2] - stated))
    return i, j


def mark_named_rate_shares(text: str, drafts: list[dict[str, Any]]) -> None:
    """Record the ratio a share of a named rate states (module docstring)."""
    low = text.lower()
    for n, d in enumerate(drafts):
        if not _free_percent(d) or d["value"] > 100:
            continue
        m = _OF_NAMED.match(low, d["end"])
        if m is None:
            continue
        parts = [i for i in range(max(0, n - FIGURES_BACK), n)
                 if drafts[i]["sentence"] == d["sentence"] and
                 drafts[i]["unit"] not in ("", "percent", None) and
                 _new_level(low, drafts[i], drafts[i]["unit"])]
        q = [w for w in m.group("q").split() if w not in ("new", "current", "full")]
        words = ([r"\b" + re.escape(" ".join(q)) + r"\b"] if q else []) + [_PAY_WORDS.pattern]
        readings = []
        for p in parts:
            for w in _wholes(low, drafts, n, drafts[p]["unit"], words):
                if _same_period(drafts[p], drafts[w]) and drafts[p]["value"] < drafts[w]["value"]:
                    readings.append((p, w, 100.0 * drafts[p]["value"] / drafts[w]["value"]))
        got = _nearest(readings, float(d["value"]))
        if got is not None:
            d["extra"].append(("ratio", {"of": got[0], "per": got[1]}))


def mark_rises_on_a_base(text: str, drafts: list[dict[str, Any]]) -> None:
    """Record the change a rise in percent states from a base alone in its sentence (module
    docstring)."""
    low = text.lower()
    sents = _sentences(drafts)
    place = {x: k for k, x in enumerate(sents)}
    for n, d in enumerate(drafts):
        if not _free_percent(d):
            continue
        m = _RISE_IS.search(low, max(d["sentence"][0], d["start"] - 40), d["start"])
        if m is None:
            continue
        own = [i for i in range(max(0, n - FIGURES_BACK), n)
               if drafts[i]["sentence"] == d["sentence"] and
               drafts[i]["unit"] not in ("", "percent", None)]
        if len(own) != 1 or not _new_level(low, drafts[own[0]], drafts[own[0]]["unit"]):
            continue
        base = drafts[own[0]]
        k = place[d["sentence"]]
        window = set(sents[max(0, k - _SENTENCES_BACK):k])
        up = m.group("w") in ("rise", "increase")
        readings = []
        for i in range(max(0, own[0] - FIGURES_BACK), own[0]):
            x = drafts[i]
            if x["sentence"] in window and x["unit"] == base["unit"] and x["value"] and \
                    x.get("role") in (None, "item", "compared") and _same_period(x, base) and \
                    not any(k2 in ("change", "conversion_of") for k2, _ in x["extra"]):
                pct = (x["value"] / base["value"] - 1.0) * 100.0
                readings.append((own[0], i, pct if up else -pct))
        got = _nearest(readings, float(d["value"]))
        if got is None:
            continue
        d["extra"].append(("change", {"kind": "percent", "amount": float(d["value"]),
                                      "direction": "up" if up else "down", "from": got[0],
                                      "to": got[1]}))
        d["role"] = "change"
