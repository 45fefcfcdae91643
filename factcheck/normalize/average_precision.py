"""An average of a war's daily count hedged and written to three significant figures (issue
#10, readings62).

"Russia lost an average of about 1,260 troops a day over the past week", "an average of about
1,330 a day in March": the writer divided the period's figure by its days and rounded the
result to its third figure; "about" says the figure is rounded, not that any value within 3%
(qualifiers.yaml ``approx``) would do. Such an average is the interval its written precision
implies: its value less and more half a step of its last written digit (1,255 up to, not
including, 1,265 for "about 1,260"). The readings of its period (the week to publication or to
the day before, the calendar week, seven reports) and the store's margin for others'
arithmetic (``store.lookup.AVERAGE_MARGIN``) are kept: only the hedge's extra width goes.
Figures of two significant figures ("about 1,100 a day") keep the hedge's width, as do rates
of measures no daily report counts, and averages whose period is carried from another figure
("That works out at about 1,030 a day"), which may be the wrong figure's, and averages beside
the sum they are worked from in their sentence (the sum's check judges them). This module reads
the figure's form; it never judges.
"""

from __future__ import annotations

from typing import Any

# the significant figures an average must be written to for its precision to be read
DIGITS = 3
# the qualifier kind (qualifiers.yaml) whose width the written precision replaces
_HEDGE_KIND = "approx"


# (a draft's extra, from ``note_hedged_steps`` to ``mark_average_precision``: the step of the
# last written digit of a hedged figure of DIGITS significant figures; removed by the latter)
_STEP = "_hedged_step"


def note_hedged_steps(drafts: list[dict[str, Any]]) -> None:
    """Before the figures' words are related (which drops the read mentions): note the step of
    each hedged figure written to ``DIGITS`` significant figures."""
    for d in drafts:
        q = d.get("_q")
        if q is None or q.qkind != _HEDGE_KIND or q.is_range or not q.step or \
                d.get("value") is None:
            continue
        steps = abs(float(d["value"])) / q.step
        if len(str(int(round(steps)))) == DIGITS and abs(steps - round(steps)) < 1e-9:
            d["extra"].append((_STEP, float(q.step)))


def mark_average_precision(drafts: list[dict[str, Any]], lex: Any) -> None:
    """Narrow each hedged average of a daily-reported count noted by ``note_hedged_steps`` to
    the interval its last written digit implies."""
    for d in drafts:
        step = next((v for k, v in d.get("extra") or () if k == _STEP), None)
        if step is None:
            continue
        d["extra"] = extra = [(k, v) for k, v in d["extra"] if k != _STEP]
        m = d.get("measure") or ""
        if "_per_" not in m or not lex.daily_reports(m.split("_per_")[0]) or \
                d.get("lower") is None or d.get("upper") is None or not _own_period(d) or \
                _sum_beside(drafts, d, m.split("_per_")[0]):
            continue
        lo, hi = float(d["value"]) - step / 2, float(d["value"]) + step / 2
        if lo <= d["lower"] and hi >= d["upper"]:
            continue    # (the hedge was no wider)
        d["lower"], d["upper"] = lo, hi
        extra[:] = [(k, v) for k, v in extra if k not in ("lower_open", "upper_open")]
        extra.append(("upper_open", True))     # (half up: 1,265 is written "about 1,270")
        extra.append(("written_precision", f"an average written to {DIGITS} significant "
                                           "figures: its last digit's half step either way"))


def _sum_beside(drafts: list[dict[str, Any]], d: dict[str, Any], base: str) -> bool:
    """Whether the average's sentence gives the sum it is worked from ("lost 7,900 soldiers
    ..., an average of about 1,130 a day"): the average restates that sum, whose own check
    judges it; a sum no report gives leaves the average its hedge's width (readings59)."""
    return any(x is not d and x["sentence"] == d["sentence"] and x.get("measure") == base
               for x in drafts)


def _own_period(d: dict[str, Any]) -> bool:
    """Whether the average's period is written in its own words ("over the past week", "in
    March"): one carried from another figure ("That works out at about 1,030 a day" after two
    months' counts, "At that time ... about 776 a day") may be the wrong figure's, and only
    the hedge's width keeps its right reading in reach."""
    basis = dict(next((v for k, v in d.get("extra") or () if k == "basis"), ()))
    return str(basis.get("period", "")) == "written"
