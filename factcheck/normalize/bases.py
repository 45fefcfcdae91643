"""Time bases of amounts of change: "a rise of £363 a year" between two weekly levels.

A figure followed by "a week", "per month", "annually" (rules/vocab/rates.yaml,
``time_bases``) is counted over that stretch of time. When the amount of a stated change is
counted over another stretch than the levels it is worked from ("from £169.50 to £176.45 a
week, a rise of £363 a year"), the two are different quantities: this pass records on the
change the factor from the levels' stretch to the amount's (``basis``: the fewest and most
times the shorter stretch fits in the longer, 52 to 52.3 weeks in a year), so that the
arithmetic check converts before comparing. Only a change whose amount and levels both say
their stretch is touched: an amount with none is read in the levels' own ("a rise of £9.05").

A figure restated over another stretch right after it ("£6 a week, or £312 a year", "the
typical annual bill could reach £4,650 in January, or £388 a month") is the same amount
counted twice: ``mark_restated_stretches`` records it as a conversion of the first
(``conversion_of``) with the factor between the stretches (``time_basis``: a year is 52 to
52.18 weeks, 12 months), so that the wrong-conversion rule checks it as it checks "3 km (1.9
miles)".

It prepares facts and decides nothing: the wrong-arithmetic and wrong-conversion rules judge
the converted amounts.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab

_AHEAD = 24          # characters after a figure where its stretch of time is looked for


@lru_cache(maxsize=1)
def _restating() -> tuple[dict[str, tuple[float, float]], re.Pattern[str], re.Pattern[str]]:
    """``in_a_year``, ``before`` and ``restated_gap`` of rules/vocab/rates.yaml
    ``time_bases``, compiled."""
    v = vocab.load("rates.yaml").get("time_bases") or {}
    try:
        before = re.compile(v.get("before") or r"(?!)", re.I)
        gap = re.compile(v.get("restated_gap") or r"(?!)", re.I)
    except re.error as exc:
        raise vocab.VocabError(f"{vocab.vocab_path('rates.yaml')}: time_bases: {exc}") from None
    per_year = {str(k).lower(): (float(lo), float(hi))
                for k, (lo, hi) in (v.get("in_a_year") or {}).items()}
    return per_year, before, gap


@lru_cache(maxsize=1)
def _vocab() -> tuple[re.Pattern[str], dict[str, tuple[float, float]]]:
    """The ``time_bases`` section of rules/vocab/rates.yaml, compiled."""
    v = vocab.load("rates.yaml").get("time_bases") or {}
    try:
        after = re.compile(v.get("after") or r"(?!)", re.I)
    except re.error as exc:
        raise vocab.VocabError(f"{vocab.vocab_path('rates.yaml')}: time_bases: {exc}") from None
    days = {str(k).lower(): (float(lo), float(hi)) for k, (lo, hi) in (v.get("days") or {}).items()}
    return after, days


def time_basis(text: str, end: int) -> tuple[tuple[float, float], str] | None:
    """The days (fewest, most) of the stretch said right after a figure ending at ``end``,
    and its words as written ("a week")."""
    after, days = _vocab()
    m = after.match(text, end, min(len(text), end + _AHEAD))
    if m is None:
        return None
    word = (m.group("word") or m.groupdict().get("word2") or "").lower()
    span = days.get(word)
    return (span, m.group(0).strip()) if span else None


def mark_time_bases(text: str, drafts: list[dict[str, Any]]) -> None:
    """Record ``basis`` on every absolute change whose amount and levels say different
    stretches of time (module docstring). The levels' stretch is the new value's, else the
    earlier value's: "from £169.50 to £176.45 a week" says it once for both."""
    for d in drafts:
        for key, ch in d["extra"]:
            if key != "change" or not isinstance(ch, dict) or ch.get("kind") != "absolute":
                continue
            frm, to = ch.get("from"), ch.get("to")
            if not isinstance(frm, int) or not (0 <= frm < len(drafts)):
                continue
            own = time_basis(text, d["end"])
            if own is None:
                continue
            levels = [drafts[i] for i in (to, frm)
                      if isinstance(i, int) and 0 <= i < len(drafts) and drafts[i] is not d]
            level = next((b for x in levels if (b := time_basis(text, x["end"]))), None)
            if level is None or level[0] == own[0]:
                continue
            # the amount's stretch over the levels': every reading of each; and the words of
            # both, for the message ("from £169.50 to £176.45 a week is a rise of £362 a year")
            (a_lo, a_hi), (l_lo, l_hi) = own[0], level[0]
            ch["basis"] = (a_lo / l_hi, a_hi / l_lo)
            ch["basis_words"] = (level[1], own[1])


def _stretch_after(text: str, end: int) -> tuple[str, str] | None:
    """The stretch word said right after a figure ("a week" -> "week") and its words."""
    after, _ = _vocab()
    m = after.match(text, end, min(len(text), end + _AHEAD))
    if m is None:
        return None
    return (m.group("word") or m.groupdict().get("word2") or "").lower(), m.group(0).strip()


def _stretch_before(low: str, d: dict[str, Any], prev_end: int) -> tuple[str, str] | None:
    """The stretch a figure's clause names before it ("the typical annual bill could reach
    £4,650"): the last such noun phrase between the figure before (``prev_end``) and it."""
    _, before, _ = _restating()
    start = max(d["sentence"][0], prev_end, d["start"] - 80)
    m = None
    for m in before.finditer(low, start, d["start"]):
        pass
    if m is None:
        return None
    word = m.group("word")
    return word, {"annual": "a year", "yearly": "a year", "weekly": "a week",
                  "monthly": "a month", "daily": "a day", "quarterly": "a quarter"}[word]


@lru_cache(maxsize=1)
def _money_periods() -> tuple[dict[str, str], re.Pattern[str], frozenset[str]]:
    """``units`` and ``dated_after`` of rules/vocab/rates.yaml ``time_bases``, and the units of
    money (units.yaml currencies and their subunits)."""
    v = vocab.load("rates.yaml").get("time_bases") or {}
    try:
        dated = re.compile(v.get("dated_after") or r"(?!)", re.I)
    except re.error as exc:
        raise vocab.VocabError(f"{vocab.vocab_path('rates.yaml')}: time_bases: {exc}") from None
    units = {str(k).lower(): str(u) for k, u in (v.get("units") or {}).items()}
    money = set()
    for cur in vocab.load("units.yaml").get("currencies") or []:
        money.add(str(cur["code"]))
        money.update(str(s["unit"]) for s in cur.get("subunits") or [])
    return units, dated, frozenset(money)


def mark_money_periods(text: str, drafts: list[dict[str, Any]]) -> None:
    """Record ``per_period`` on an amount of money said with a stretch of its own: "$12 an
    hour", "60,000 riyals a year", "€2,000 a month", "€4 per person per night" are money per
    period, not sums of money. The rules keep reading the amount in its currency (a change
    between weekly levels is worked in their own stretch: ``mark_time_bases``); the period
    is the figure's reading as written, shown beside its unit (``{"unit": "year", "words":
    "a year"}``), so that an hourly wage is never taken for a yearly sum. A stretch that dates
    the figure ("£2.6 billion a year earlier") is none."""
    units, dated, money = _money_periods()
    for d in drafts:
        if d.get("unit") not in money or any(k == "per_period" for k, _ in d["extra"]):
            continue
        got = _stretch_after(text, d["end"])
        unit = units.get(got[0]) if got else None
        if unit is None:
            continue
        m = _vocab()[0].match(text, d["end"], min(len(text), d["end"] + _AHEAD))
        if m is None or dated.match(text, m.end()):
            continue
        d["extra"].append(("per_period", {"unit": unit, "words": got[1]}))
        _to_bound_shares(text, drafts, d, m.end())
    _share_money_periods(drafts)


_FROM_BEFORE = re.compile(r"(?i)\bfrom[ \u00a0]+$")
_TO_BETWEEN = re.compile(r"[ \u00a0]+to[ \u00a0]+")


def _to_bound_shares(text: str, drafts: list[dict[str, Any]], d: dict[str, Any],
                     stretch_end: int) -> None:
    """"rises from £1,834 a year to £1,928": the second level of a "from ... to ..." is
    counted over the stretch said after the first."""
    nxt = next((x for x in drafts if x["start"] >= stretch_end), None)
    if nxt is None or nxt.get("unit") != d.get("unit") or \
            not _TO_BETWEEN.fullmatch(text, stretch_end, nxt["start"]) or \
            not _FROM_BEFORE.search(text, max(0, d["start"] - 8), d["start"]) or \
            any(k == "per_period" for k, _ in nxt["extra"]):
        return
    nxt["extra"].append(("per_period", next(v for k, v in d["extra"] if k == "per_period")))


def mark_restated_across(text: str, drafts: list[dict[str, Any]]) -> None:
    """Record on an amount said over one stretch of time that it restates an amount said over
    another in the sentence or two before, when words of restating stand right before it:
    "bills will rise by £149 a year ... For a household paying by direct debit, the rise works
    out at about £12 a month". The earlier amount is the one of the same unit said with a
    stretch of its own, an amount of change when the restating sentence names a change before
    the figure ("the rise"), a level otherwise; more than one such amount of different values
    leaves the figure alone (which is restated is open). Recorded as ``mark_restated_stretches``
    records one in its own sentence; the wrong-conversion rule judges."""
    per_year, _, _ = _restating()
    low = text.lower()
    sents = sorted({d["sentence"] for d in drafts})
    for n, b in enumerate(drafts):
        ss = b["sentence"][0]
        if not b["unit"] or b["unit"] == "percent" or not b["value"] or \
                b.get("role") not in (None, "item", "change") or _anchored(b):
            continue
        own = _stretch_after(text, b["end"])
        if own is None or own[0] not in per_year or (
                _RESTATED_BEFORE.search(low, max(ss, b["start"] - 50), b["start"]) is None and
                not _restated_plainly(low, drafts, n, own[1])):
            continue
        k = sents.index(b["sentence"])
        window = set(sents[max(0, k - 2):k + 1])
        # (the words after it count too: "That works out at about £12 a month more")
        change = _CHANGE_NOUN.search(low, ss, min(b["sentence"][1], b["end"] + 24)) is not None
        found = []
        for i, a in enumerate(drafts):
            if a["start"] >= b["start"] or a["sentence"] not in window or \
                    a["unit"] != b["unit"] or not a["value"] or \
                    any(x == "conversion_of" for x, _ in a["extra"]) or \
                    change != (a.get("role") == "change" or
                               any(x == "change" for x, _ in a["extra"])):
                continue
            first = _stretch_after(text, a["end"]) or (_levels_stretch(text, drafts, a)
                                                       if change else None)
            if first is None and change and b.get("role") in ("item", "change"):
                # (a rise that says no stretch: "the annual bill will go up by £111", or
                # every stretch a reading, the nearest checked: "up £94, or 5%, from £1,834,
                # and about £7.83 a month more")
                first = _stretch_before(low, a, drafts[i - 1]["end"] if i else 0) or \
                    _nearest_stretch(per_year, own[0], float(a["value"]), float(b["value"]))
            if first is not None and first[0] in per_year and \
                    per_year[first[0]] != per_year[own[0]]:
                found.append((i, first))
        if len({drafts[i]["value"] for i, _ in found}) != 1:
            continue
        i, first = found[-1]
        (f_lo, f_hi), (o_lo, o_hi) = per_year[first[0]], per_year[own[0]]
        b["extra"].append(("conversion_of", i))
        b["extra"].append(("time_basis", {"factor": [f_lo / o_hi, f_hi / o_lo],
                                          "words": [first[1], own[1]]}))
        b["measure"] = b.get("measure") or drafts[i].get("measure")
        b["subject"] = b.get("subject") or drafts[i].get("subject")


def _anchored(b: dict[str, Any]) -> bool:
    """Whether figure ``b`` is a conversion already, or a change with an earlier value or a
    base of its own (one with only its new level may still restate an amount said before:
    "That is £9.25 a month more")."""
    if any(k == "conversion_of" for k, _ in b["extra"]):
        return True
    ch = next((v for k, v in b["extra"] if k == "change"), None)
    return ch is not None and (not isinstance(ch, dict) or ch.get("from") is not None or
                               ch.get("by") is not None)


# the plain words that restate an amount said before over another stretch: "That is £9.25 a
# month more", ", and about £7.83 a month more" (a comparative after the stretch), ", or £2.93
# a month" after a percentage change ("a rise of about 2%, or £2.93 a month")
_PLAIN_BEFORE = re.compile(r"(?:\bthat[ \u00a0]+is|\bthat's|\bthis[ \u00a0]+is|,[ \u00a0]*and|"
                           r"(?P<or>,[ \u00a0]*or))[ \u00a0]+(?:(?:about|around|roughly|some|"
                           r"nearly|almost|an[ \u00a0]+extra)[ \u00a0]+)?\W?$")
_MORE_AFTER = re.compile(r"[ \u00a0]+(?:more|less|extra|higher|lower)\b")


def _restated_plainly(low: str, drafts: list[dict[str, Any]], n: int, own: str) -> bool:
    """Whether figure ``drafts[n]`` restates an amount over its own stretch (words ``own``)
    by ``_PLAIN_BEFORE``'s plain words: with a comparative right after its stretch, or, after
    ", or", when the figure right before it is a percentage change."""
    b = drafts[n]
    m = _PLAIN_BEFORE.search(low, max(b["sentence"][0], b["start"] - 20), b["start"])
    if m is None:
        return False
    end = low.find(own, b["end"], b["end"] + _AHEAD + len(own))
    if end >= 0 and _MORE_AFTER.match(low, end + len(own)):
        return True
    p = drafts[n - 1] if n else None
    return m.group("or") is not None and p is not None and p["sentence"] == b["sentence"] and \
        p["unit"] == "percent" and p.get("role") == "change"


def _levels_stretch(text: str, drafts: list[dict[str, Any]], a: dict[str, Any]
                    ) -> tuple[str, str] | None:
    """The stretch the new level of amount of change ``a`` says, in its sentence, when the
    amount says none ("will rise by £149 to £1,717 a year": a rise of £149 a year)."""
    ch = next((v for k, v in a["extra"] if k == "change" and isinstance(v, dict)), None)
    to = ch.get("to") if ch else None
    if not isinstance(to, int) or not 0 <= to < len(drafts) or \
            drafts[to]["sentence"] != a["sentence"] or drafts[to]["unit"] != a["unit"]:
        return None
    return _stretch_after(text, drafts[to]["end"])


def _share_money_periods(drafts: list[dict[str, Any]]) -> None:
    """The two levels of one change are counted over one stretch, said once: "rose 4.1% to
    £230.25 a week from £221.20", "from £169.50 to £176.45 a week". A level of the same
    currency with no stretch of its own takes the other's (the amount of the change keeps
    its own: "a rise of £363 a year")."""
    for d in drafts:
        ch = next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict)), None)
        ends = (ch.get("from"), ch.get("to")) if ch else ()
        if not all(isinstance(i, int) and 0 <= i < len(drafts) for i in ends) or not ends:
            continue
        a, b = (drafts[i] for i in ends)
        if a is b or a.get("unit") != b.get("unit") or a["sentence"] != b["sentence"]:
            continue
        pa, pb = (next((v for k, v in x["extra"] if k == "per_period"), None) for x in (a, b))
        if (pa is None) != (pb is None):
            (a if pa is None else b)["extra"].append(("per_period", pa or pb))


def mark_restated_stretches(text: str, drafts: list[dict[str, Any]]) -> None:
    """Record on a figure that restates the one right before it over another stretch of time
    ("£6 a week, or £312 a year") that it is its conversion, and the factor (module
    docstring). Both must be amounts of one unit that say their stretch; a figure that is
    already a change, a part or a conversion is left alone."""
    per_year, _, gap_re = _restating()
    low = text.lower()
    for i in range(len(drafts) - 1):
        a, b = drafts[i], drafts[i + 1]
        if a["sentence"] != b["sentence"] or not a["unit"] or a["unit"] != b["unit"] or \
                a["unit"] == "percent" or not a["value"] or not b["value"] or \
                any(k in ("conversion_of", "change") for k, _ in b["extra"]):
            continue
        own = _stretch_after(text, b["end"])
        first = _stretch_after(text, a["end"])
        # (the gap runs from the end of a's own stretch words: "£6 a week, or £312 a year")
        gap_from = low.index(first[1], a["end"]) + len(first[1]) if first else a["end"]
        # (a hedge the figure's own span holds is a word of the gap: ", about £6.50 a month")
        hedge = _HEDGE_OPENING.match(low, b["start"], b["end"])
        gap = low[gap_from:b["start"]] + (hedge.group(0) if hedge else "")
        if own is None or gap_re.match(gap) is None:
            continue
        first = first or _stretch_before(low, a, drafts[i - 1]["end"] if i else 0)
        if first is None and own[0] in per_year and a.get("role") in (None, "change", "item") \
                and not low[max(0, a["start"] - 6):a["start"]].rstrip(" \u00a0").endswith("from"):
            # (an amount that names no stretch, not the earlier value of a "from": "went up to
            # £176.45 from £169.50, or about £360 a year more" restates the rise)
            first = _nearest_stretch(per_year, own[0], float(a["value"]), float(b["value"]))
        if first is None or own[0] not in per_year or \
                first[0] not in per_year or per_year[own[0]] == per_year[first[0]]:
            continue
        (f_lo, f_hi), (o_lo, o_hi) = per_year[first[0]], per_year[own[0]]
        factor = [f_lo / o_hi, f_hi / o_lo]
        if _restates_the_rise(low, drafts, i, factor):
            # "from £169.50 to £176.45 a week, or about £363 a year": the rise over the year
            rise = a["value"] >= drafts[i - 1]["value"]
            b["extra"].append(("change", {"kind": "absolute", "amount": float(b["value"]),
                                          "direction": "up" if rise else "down",
                                          "from": i - 1, "to": i, "basis": tuple(factor),
                                          "basis_words": (first[1], own[1])}))
            b["role"] = "change"
            continue
        # b = a * (a's stretches in a year / b's): "£6 a week" is 52 to 52.18 times £6 a year
        b["extra"].append(("conversion_of", i))
        b["extra"].append(("time_basis", {"factor": factor,
                                          "words": [first[1], own[1]]}))
        b["measure"] = b.get("measure") or a.get("measure")
        b["subject"] = b.get("subject") or a.get("subject")


_HEDGE_OPENING = re.compile(r"(?:about|around|roughly|some|nearly|almost)\b")
# the words that restate an amount over another stretch in a later sentence, right before the
# figure: "For a household paying by direct debit, the rise works out at about £12 a month"
_WORKS_OUT = re.compile(r"\b(?:works?|worked|working)[ \u00a0]+out[ \u00a0]+(?:at|to)|\bequates?"
                        r"[ \u00a0]+to|\b(?:the[ \u00a0]+)?equivalent[ \u00a0]+(?:of|to)|\bamounts?"
                        r"[ \u00a0]+to")
_RESTATED_BEFORE = re.compile(r"(?:" + _WORKS_OUT.pattern + r")[ \u00a0]+(?:(?:about|around|"
                              r"roughly|some|nearly|almost|just[ \u00a0]+(?:over|under)|"
                              r"an[ \u00a0]+extra|a[ \u00a0]+further)[ \u00a0]+)?\W?$")
# a noun of change in the restating sentence: then what is restated is an amount of change
_CHANGE_NOUN = re.compile(r"\b(?:rise|increase|hike|cut|fall|drop|reduction|saving|"
                          r"savings|extra|more|less)\b")

# the stretches an amount that names none may be counted over ("a rise of £78, about £6.50 a
# month": a year's rise, a quarter's, a month's, a week's or a day's)
_UNSTATED = ("year", "quarter", "month", "week", "day")


def _nearest_stretch(per_year: dict[str, tuple[float, float]], own: str, a: float,
                     b: float) -> tuple[str, str] | None:
    """The stretch of an amount that names none, restated over stretch ``own`` right after
    it ("go up by £78, about £6.50 a month"): every stretch of ``_UNSTATED`` is a reading;
    the one whose restated value is nearest ``b`` (as a ratio) is checked, so that the
    restatement is contradicted only when every reading disagrees. None when the restatement
    is over no other stretch than the nearest reading (the same amount said again)."""
    if not a or not b:
        return None
    o_lo, o_hi = per_year[own]
    best, gap = None, 0.0
    for word in _UNSTATED:
        f_lo, f_hi = per_year[word]
        want = abs(a) * (f_lo + f_hi) / (o_lo + o_hi)
        ratio = max(want, abs(b)) / min(want, abs(b))
        if best is None or ratio < gap:
            best, gap = word, ratio
    if best is None or per_year[best] == per_year[own]:
        return None
    return best, f"(read as a {best}'s)"


_FROM_TO = re.compile(r"[ \u00a0]*(?:a|per|every|each)?[ \u00a0]*[a-z]*[ \u00a0]*to[ \u00a0]+\W?$")


def _restates_the_rise(low: str, drafts: list[dict[str, Any]], i: int,
                       factor: list[float]) -> bool:
    """Whether the figure restated over another stretch after ``drafts[i]`` reads as the
    rise rather than the level, when ``drafts[i]`` ends a "from A to B" ("from £169.50 to
    £176.45 a week, or about £363 a year"). Both readings are open in the words; the one whose
    value is nearer the stated figure (as a ratio) is the one checked, so that the figure is
    contradicted only when both readings disagree (each is a multiple of the other, and the
    checks allow the same relative room)."""
    if i == 0:
        return False
    p, a, b = drafts[i - 1], drafts[i], drafts[i + 1]
    if p["sentence"] != a["sentence"] or p["unit"] != a["unit"] or not p["value"] or \
            not low[max(0, p["start"] - 6):p["start"]].rstrip(" \u00a0£$€").endswith("from") or \
            _FROM_TO.match(low, p["end"], a["start"]) is None:
        return False
    mid = sum(factor) / 2.0
    level, rise = abs(a["value"]) * mid, abs(a["value"] - p["value"]) * mid
    if not rise or not b["value"]:
        return False
    stated = abs(b["value"])
    return max(stated, rise) / min(stated, rise) < max(stated, level) / min(stated, level)
