"""Units a figure leaves out, carried from the rate before it (issue #11, everyday48).

Called by ``relations.relate`` once changes and compared values are read. "Yields rose 6%,
from an average of 8.6 tonnes a hectare in 2014 to 9.1 tonnes"; "Yields averaged 7.0 tonnes a
hectare, down from 7.2 last year"; "The average yield was 7.8 tonnes per hectare, ... still
below the five-year average of 8.0 tonnes": the later figure is of the rate the earlier one
gives; the writer leaves out the rate's "a hectare" (or its whole unit). Such a figure takes
the rate's unit when:

- the rate is a unit per another ("metric_ton / hectare", "USD / barrel") given earlier in
  the paragraph, or later in the sentence as the new value of the figure's own change ("rose
  16% from $73 to $85 a barrel");
- the figure is written with the rate's first unit alone ("9.1 tonnes") or with none ("7.2");
- it is set against the rate or its level: the other value of a change the rate is in, a
  compared value ("down from 7.2", "against a five-year average of 6.1"), or a base ("the
  five-year average of 8.0 tonnes"), or the base of a multiple ("averaged 97 micrograms per
  cubic metre, more than twice the legal annual limit of 40 micrograms");
- it is within a factor of ``NEAR`` of the rate (not "14.0 million tonnes" of the harvest).

A plain unit is left out the same way after "down from", "up from", "against", "compared
with", "versus" (dates44: "3 1/2 working days against 5 1/2 a year earlier") ("Some 170,000 working days
were lost in 2015, down from 788,000 in 2014"; ``elided_plain_units``): a bare figure right
after those words, with no noun of its own after it, takes the unit of the level right before
it in its sentence, within a factor of ``FAR``.
"""

from __future__ import annotations

import re
from typing import Any

from .units import subunits

NEAR = 3.0
FAR = 10.0
# "down from", "up from" right before a figure (a comma may stand before them)
# (dates44) or set against it: "3 1/2 working days against 5 1/2 a year earlier", "compared
# with 5 a year earlier"
_UP_DOWN_FROM = re.compile(r"\b(?:(?:up|down)[ \u00a0]+from|against|compared[ \u00a0]+(?:with|to)|"
                           r"versus|vs\.?)[ \u00a0]+(?:(?:about|around|some|nearly|"
                           r"almost|roughly)[ \u00a0]+)?$")
# what may follow a figure that names nothing of its own: its time, or the clause's end
_NO_NOUN_AFTER = re.compile(r"[ \u00a0]*(?:[,.;:)]|$|(?:in|on|at|for|a|the|last|over|during)\b)")
# the factor of a multiple in digits: "3.5 times"
_TIMES_AFTER = re.compile(r"[ \u00a0]+times\b")
# the base a multiple is of, named before it: "more than twice the legal annual limit of 40
# micrograms", "three times the 40-microgram limit"
_MULTIPLE_BASE = re.compile(r"\b(?:times|twice|double|triple|treble|half)[ \u00a0]+"
                            r"(?:the|its|their|a|an)[ \u00a0]+(?:[a-z][\w’'-]*[ \u00a0]+){0,4}?"
                            r"(?:of[ \u00a0]+)?$")
# the roles of a value set against another
_SET_AGAINST = ("compared", "reference", "expected", "baseline")


def _rate(unit: str | None) -> tuple[str, str] | None:
    """(first unit, second) of a rate unit "metric_ton / hectare", else None."""
    if not unit or unit.count("/") != 1:
        return None
    a, b = (x.strip() for x in unit.split("/"))
    # (the second may be a power: "microgram / meter ** 3")
    # (the first may be a currency's code: "USD / megawatt_hour")
    return (a, b) if a and b and re.fullmatch(r"[a-z_]+|[A-Z]{3}", a) and \
        re.fullmatch(r"[a-z_]+(?: \*\* \d)?", b) \
        else None


def _paragraph(low: str, pos: int) -> int:
    return low.count("\n\n", 0, pos)


def _linked(drafts: list[dict[str, Any]], i: int, r: int) -> bool:
    """Whether figure ``i`` is the other value of a change figure ``r`` is in."""
    for d in drafts:
        ch = dict(d["extra"]).get("change")
        if isinstance(ch, dict) and {ch.get("from"), ch.get("to")} == {i, r}:
            return True
    return False


def _base_of_a_rate(low: str, drafts: list[dict[str, Any]], i: int, unit: str) -> bool:
    """Whether figure ``i`` is the base of a multiple ("more than twice the legal annual limit
    of 40 micrograms") whose multiple, the figure before it in its sentence past the factor,
    is written in the rate's unit."""
    d = drafts[i]
    if not _MULTIPLE_BASE.search(low, max(d["sentence"][0], d["start"] - 80), d["start"]):
        return False
    before = [x for x in drafts[:i] if x["sentence"] == d["sentence"] and
              x.get("role") != "factor" and not _TIMES_AFTER.match(low, x["end"])]
    return bool(before) and before[-1]["unit"] == unit


def _base_of_another_unit(drafts: list[dict[str, Any]], i: int, unit: str) -> bool:
    """Whether figure ``i`` is the base of a multiple written in another unit than the rate's
    ("about 350 micrograms, roughly 1.75 times the 200-microgram limit": both leave the rate's
    "per cubic metre" out, so the base keeps its own unit too)."""
    return any(r.get("of") == i and x["unit"] != unit for x in drafts
               for k, r in x["extra"] if k == "relation" and isinstance(r, dict))


def elided_units(low: str, drafts: list[dict[str, Any]]) -> None:
    """Give the figures that leave out a rate's unit that unit (module docstring)."""
    rates = [(j, r) for j, d in enumerate(drafts) if (r := _rate(d["unit"])) is not None]
    if not rates:
        return
    for i, d in enumerate(drafts):
        if d["unit"] not in (None, "") and _rate(d["unit"]) is not None or not d["value"]:
            continue
        before = [(j, r) for j, r in rates if j < i and
                  _paragraph(low, drafts[j]["start"]) == _paragraph(low, d["start"])]
        if not before:
            # (the rate may come after the earlier value of its own change: "rose 16% from $73
            # to $85 a barrel")
            before = [(j, r) for j, r in rates if j > i and
                      drafts[j]["sentence"] == d["sentence"] and _linked(drafts, i, j)][:1]
        if not before:
            continue
        j, (first, _) = before[-1]
        rate = drafts[j]
        if d["unit"] not in (None, "", first) or \
                not (rate["value"] / NEAR <= d["value"] <= rate["value"] * NEAR or
                     _linked(drafts, i, j)):
            continue    # (a change says itself how far apart its two values are: "fell 75%
            # to $34 per megawatt-hour from $138")
        if d.get("role") not in _SET_AGAINST and not _linked(drafts, i, j) and \
                not _base_of_a_rate(low, drafts, i, rate["unit"]) and \
                not (rate["sentence"] == d["sentence"] and _UP_DOWN_FROM.search(
                    low, max(d["sentence"][0], d["start"] - 24), d["start"])):
            # ("$3.30 a gallon on Monday, down from $3.37 a year ago": read before its role)
            continue
        if any(k == "change" for k, _ in d["extra"]) or d.get("role") == "change" or \
                _base_of_another_unit(drafts, i, rate["unit"]):
            continue
        d["unit"] = rate["unit"]
    _elided_change_units(low, drafts, rates)


def _elided_change_units(low: str, drafts: list[dict[str, Any]],
                         rates: list[tuple[int, tuple[str, str]]]) -> None:
    """An amount of change after a rate and the earlier value that took the rate's unit, in
    their sentence, written in the rate's currency or a sub-unit of it, the rate's "a gallon"
    left out: "$3.30 a gallon on Monday, down from $3.37 a year ago, a fall of seven cents"
    (the amount is "US_cent / gallon")."""
    subs = subunits()
    for j, (first, second) in rates:
        sent = drafts[j]["sentence"]
        for i in range(j + 2, len(drafts)):
            d = drafts[i]
            if d["sentence"] != sent:
                break
            if d.get("role") != "change" or not d["unit"] or d["unit"] == first or \
                    subs.get(d["unit"], ("",))[0] != subs.get(first, (None,))[0] or \
                    not any(x["unit"] == drafts[j]["unit"] and x.get("role") in _SET_AGAINST
                            or x["unit"] == drafts[j]["unit"] and
                            _UP_DOWN_FROM.search(low, max(sent[0], x["start"] - 24), x["start"])
                            for x in drafts[j + 1:i]):
                continue
            d["unit"] = f"{d['unit']} / {second}"


def elided_plain_units(low: str, drafts: list[dict[str, Any]]) -> None:
    """Give a bare figure after "down from"/"up from" the plain unit of the level right before
    it in its sentence (module docstring)."""
    if " from " not in low and " against " not in low and " compared " not in low and \
            " v" not in low:
        return
    for i in range(1, len(drafts)):
        d, level = drafts[i], drafts[i - 1]
        if d["unit"] or not d["value"] or not level["value"] or \
                level["sentence"] != d["sentence"] or \
                not level["unit"] or level["unit"] == "percent" or _rate(level["unit"]) or \
                not level["value"] / FAR <= d["value"] <= level["value"] * FAR or \
                _UP_DOWN_FROM.search(low, max(d["sentence"][0], d["start"] - 24),
                                     d["start"]) is None or \
                _NO_NOUN_AFTER.match(low, d["end"]) is None:
            continue
        d["unit"] = level["unit"]
