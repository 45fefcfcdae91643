"""Runs of equal moves whose levels the story lists (issue #11, everyday115). Called by
``across.relate_across``; set on the drafts as relations.py sets its own (indexes into the draft
list). This module reads words; wrong-arithmetic judges each step.

"It is the third 50-cent rise in three years, from $14.25 in 2014 to $14.75, then $15.25 last
year and now $15.75"; "will rise to $15.25 an hour, the third 50-cent rise in a row: it was
$13.75 in 2013, $14.25 in 2014 and $14.75 last year": an amount of change that an ordinal and
words of succession make each step of a run (across.yaml ``equal_run_before``,
``equal_run_after``: "the third ... rise in a row", "the fourth consecutive ... increase", "in
three years" only for a third) is the gap between each two neighbouring levels of the run. The
levels are the figures of the amount's currency (or its unit) after it in its sentence, as
written (turned round when written from the latest): as many as the ordinal plus one, or as many as
the ordinal when the amount's own new level (its change's ``to``, before it) completes them
above (below, for falls) the last. Any other count of levels leaves the run unread: which of
them are its steps is open. The amount gets ``("steps", {"of": (...), "minus": (...)})``, one
later and one earlier level a step.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab
from .units import subunits

_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10}
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10}
_LEVEL_ROLES = (None, "item", "compared", "total")
_FIGURES = 40   # figures back where a move to the run's new level may stand


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """across.yaml ``equal_run_before`` and ``equal_run_after``."""
    data = vocab.load("across.yaml")
    return re.compile(str(data["equal_run_before"])), re.compile(str(data["equal_run_after"]))


def equal_rise_runs(low: str, drafts: list[dict[str, Any]]) -> None:
    """Every run of equal moves with its levels listed (module docstring), in place."""
    if not any(w in low for w in (" in a row", " in succession", " years", "consecutive",
                                  "successive", "straight")):
        return
    before, after = _words()
    for i, d in enumerate(drafts):
        if d.get("role") != "change" or not d["value"]:
            continue
        b = before.search(low, max(d["sentence"][0], d["start"] - 40), d["start"])
        a = after.match(low, d["end"], d["sentence"][1] + 1) if b is not None else None
        if a is None or not (b.group("run") or a.group("run2")):
            continue
        n = _ORDINALS[b.group("n")]
        if a.group("years") and _COUNTS[a.group("years")] != n:
            continue
        run = _levels(drafts, i, n, a.group("down") is None)
        if run is not None:
            _last_step(drafts, i, run)
            d["extra"].append(("steps", {"of": tuple(run[1:]), "minus": tuple(run[:-1])}
                               if a.group("down") is None else
                               {"of": tuple(run[:-1]), "minus": tuple(run[1:])}))


def _currency(unit: str) -> str:
    """The currency a unit's amounts are of ("NZ_cent" -> "NZD"), else the unit."""
    head = unit.split(" ")[0]
    sub = subunits().get(head)
    return sub[0] if sub is not None else head


def _levels(drafts: list[dict[str, Any]], i: int, n: int, up: bool) -> list[int] | None:
    """The levels of amount ``i``'s run, earliest first (module docstring), else None."""
    d = drafts[i]
    cur = _currency(d["unit"] or "")

    def level(j: int) -> bool:
        y = drafts[j]
        return bool(y["value"]) and y["value"] > 0 and y.get("role") in _LEVEL_ROLES and \
            _currency(y["unit"] or "") == cur and \
            not any(k in ("range", "change") for k, _ in y["extra"])

    run: list[int] = []
    for j in range(i + 1, len(drafts)):
        if drafts[j]["sentence"] != d["sentence"] or len(run) > n + 1:
            break       # (more levels than a run has: open, and no need to read on)
        if level(j):
            run.append(j)
    if len(run) > 1 and (drafts[run[0]]["value"] > drafts[run[-1]]["value"]) == up:
        run.reverse()       # (written from the latest)
    if len(run) == n:
        to = _new_level(drafts, i)
        if to is None or not level(to) or not run or \
                (drafts[to]["value"] > drafts[run[-1]]["value"]) != up:
            return None
        run.append(to)
    return run if len(run) == n + 1 else None


def _new_level(drafts: list[dict[str, Any]], i: int) -> int | None:
    """The new level of amount ``i``'s move: its change's ``to`` before it, else the ``to`` of
    the nearest move of the same amount before it ("will rise by 50 cents to $15.75 ... It is
    the fourth 50-cent rise in a row: ...")."""
    d = drafts[i]
    for j in range(i, max(-1, i - _FIGURES), -1):
        e = drafts[j]
        if j != i and (e.get("role") != "change" or e["value"] != d["value"] or
                       _currency(e["unit"] or "") != _currency(d["unit"] or "")):
            continue
        ch = next((v for k, v in e["extra"] if k == "change" and isinstance(v, dict)), None)
        to = ch.get("to") if ch is not None else None
        if isinstance(to, int) and to < i:
            return to
    return None


def _last_step(drafts: list[dict[str, Any]], i: int, run: list[int]) -> None:
    """A move to the run's last level said before the run ("will rise by 50 cents to $15.75.
    It is the fourth consecutive 50-cent increase, after $13.75 in 2013, ..."), read as from
    another level of the run (the earliest, dated further on), is from the level before the
    last: the run lists the levels it steps through."""
    for e in drafts[max(0, i - _FIGURES):i]:
        ch = next((v for k, v in e["extra"] if k == "change" and isinstance(v, dict)), None)
        if e.get("role") == "change" and ch is not None and ch.get("to") == run[-1] and \
                ch.get("from") in run[:-2]:
            ch["from"] = run[-2]
