"""Units a figure leaves out, carried from the rate before it (issue #11, everyday48).

Called by ``relations.relate`` once changes and compared values are read. "Yields rose 6%,
from an average of 8.6 tonnes a hectare in 2014 to 9.1 tonnes"; "Yields averaged 7.0 tonnes a
hectare, down from 7.2 last year"; "The average yield was 7.8 tonnes per hectare, ... still
below the five-year average of 8.0 tonnes": the later figure is of the rate the earlier one
gives; the writer leaves out the rate's "a hectare" (or its whole unit). Such a figure takes
the rate's unit when:

- the rate is a unit per another ("metric_ton / hectare") given earlier in the paragraph;
- the figure is written with the rate's first unit alone ("9.1 tonnes") or with none ("7.2");
- it is set against the rate or its level: the other value of a change the rate is in, a
  compared value ("down from 7.2", "against a five-year average of 6.1"), or a base ("the
  five-year average of 8.0 tonnes");
- it is within a factor of ``NEAR`` of the rate (not "14.0 million tonnes" of the harvest).
"""

from __future__ import annotations

import re
from typing import Any

NEAR = 3.0
# the roles of a value set against another
_SET_AGAINST = ("compared", "reference", "expected", "baseline")


def _rate(unit: str | None) -> tuple[str, str] | None:
    """(first unit, second) of a rate unit "metric_ton / hectare", else None."""
    if not unit or unit.count("/") != 1:
        return None
    a, b = (x.strip() for x in unit.split("/"))
    return (a, b) if a and b and re.fullmatch(r"[a-z_]+", a) and re.fullmatch(r"[a-z_]+", b) \
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
            continue
        j, (first, _) = before[-1]
        rate = drafts[j]
        if d["unit"] not in (None, "", first) or \
                not rate["value"] / NEAR <= d["value"] <= rate["value"] * NEAR:
            continue
        if d.get("role") not in _SET_AGAINST and not _linked(drafts, i, j):
            continue
        if any(k == "change" for k, _ in d["extra"]) or d.get("role") == "change":
            continue
        d["unit"] = rate["unit"]
