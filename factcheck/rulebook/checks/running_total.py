"""``running_total``: a running total that is not the previous total plus the day's increments.

Matches ``running`` facts (``factcheck.engine_updates``): one per step of a running count across
a liveblog's updates, with the total stated for one day, the latest total stated for an earlier
day and the increments stated for the days in between ("Russia lost 1,037 troops over the past
day, bringing the total to 502,037"). A step fails when the total's interval lies wholly outside
the previous total plus the increments (by more than ``tolerance``, a fraction). A step whose
figures announce a revision or correction ("revised", "corrected", "updated figure") is
left alone unless the rule's ``where`` asks otherwise.

One wrong figure breaks two steps when it is a total (the step into it and the step out of it)
and one step when it is an increment, so ``blame`` says which figure a rule flags:

- ``total``: the total of a failing step whose next step fails too (or that has no next step):
  the total is the odd one out;
- ``increment``: the increment of a failing step whose next step holds and whose previous step
  (when there is one) holds too: the totals agree with each other, the day's figure does not.

Params: ``blame`` (total or increment; default total), ``tolerance`` (default 0). Example
(rules/consistency/running-total-mismatch.yaml)::

    check: running_total
    params: {blame: total}
    where: {revised: 0}
"""

from __future__ import annotations

from ..checktype import CheckType, Params, Pattern, Where, merge, ref


def _fails(lo: str, hi: str, exp_lo: str, exp_hi: str, tol: float) -> list[Where]:
    """The step's total outside its expected interval: wholly below or wholly above."""
    return [{lo: {"gt": ref("s", exp_hi, 1 + tol)}}, {hi: {"lt": ref("s", exp_lo, 1 - tol)}}]


def _holds(lo: str, hi: str, exp_lo: str, exp_hi: str, tol: float) -> Where:
    return merge({lo: {"le": ref("s", exp_hi, 1 + tol)}}, {hi: {"ge": ref("s", exp_lo, 1 - tol)}})


def build(p: Params, where: Where) -> Pattern:
    tol = float(p["tolerance"])
    fails = _fails("lower", "upper", "expected_lower", "expected_upper", tol)
    if p["blame"] == "increment":
        nxt = _holds("next_lower", "next_upper", "next_expected_lower", "next_expected_upper", tol)
        before = [{"has_before": 0},
                  merge({"has_before": 1}, _holds("prev_lower", "prev_upper",
                                                  "before_expected_lower",
                                                  "before_expected_upper", tol))]
        alts = [merge(f, b) for f in fails for b in before]
        base = merge({"kind": "increment", "has_next": 1}, nxt, where)
    else:
        nxt = [{"has_next": 0}] + [merge({"has_next": 1}, f) for f in _fails(
            "next_lower", "next_upper", "next_expected_lower", "next_expected_upper", tol)]
        alts = [merge(f, n) for f in fails for n in nxt]
        base = merge({"kind": "total"}, where)
    return {"facts": [{"as": "s", "type": "running", "where": base, "any": alts}],
            "anchor": "s"}


CHECK = CheckType("running_total", "a running total that is not the previous total plus the "
                  "increments stated in between", {"blame": "total", "tolerance": 0.0}, build,
                  "running")
