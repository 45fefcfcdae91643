"""Earlier values that stand inside the stretch a change is counted over.

"House prices rose 9.5% in the year to the first quarter, taking the average to £175,554, up
from £172,065 in the last three months of 2006": the 9.5% is counted over a year, the
£172,065 is the level of the quarter before; it is the earlier value of the "up from" (its
direction is checked), not the base of the 9.5%, which lies a year back and is not written.
Worked from the two levels the rise is 2.0%, a quarter's rise: read as the base of the annual
9.5% it would raise a false alarm.

A change's base stands at or before the start of the stretch the change is counted over. When
the change and its earlier value both have a period written in their own words and the
earlier value's own period (another than the change's and its new value's) ends well inside
the change's (more than ``_SLACK_DAYS`` after it starts), the two do not pair: this pass takes the earlier and new values off the change,
which is then checked on nothing it cannot be worked from (it is still reported, and its
direction is still read). Periods carried from another sentence or given by default say
nothing of this and are left alone.

It prepares facts and decides nothing: the wrong-arithmetic rule judges what pairs remain.
"""

from __future__ import annotations

from typing import Any

# days an earlier value's period may run into the change's stretch (a quarter's figure dated
# by the month that closes it, "in March", against "the year to March": no overlap meant)
_SLACK_DAYS = 45
# the shortest stretch a change must be counted over for this to apply: a year's or a
# quarter's change ("in the year to", "in the quarter"), not a day's
_MIN_SPAN_DAYS = 80
# a change over more than two years ("from 2010 to 2017") runs from a level of its first year
_YEARS_SPAN_DAYS = 731


def _written(d: dict[str, Any]) -> bool:
    """Whether ``d``'s period is written in its own words (its basis, ``readings``)."""
    if d.get("period") is None:
        return False
    basis = d.get("_basis")
    if isinstance(basis, dict):
        return basis.get("period") == "written"
    for key, v in d["extra"]:
        if key == "basis" and isinstance(v, tuple):
            return dict(v).get("period") == "written"
    return False


def unpair_bases_inside_span(drafts: list[dict[str, Any]]) -> None:
    """Take the earlier and new values off a percentage change whose earlier value's written
    period ends inside the stretch the change's own written period covers (module doc)."""
    for d in drafts:
        if not _written(d):
            continue
        start, end = d["period"]
        if (end - start).days < _MIN_SPAN_DAYS:
            continue
        for n, (key, ch) in enumerate(d["extra"]):
            if key != "change" or not isinstance(ch, dict) or ch.get("kind") != "percent":
                continue
            frm = ch.get("from")
            if not isinstance(frm, int) or not 0 <= frm < len(drafts):
                continue
            base = drafts[frm]
            to = ch.get("to")
            if not _written(base) or base is d or base["period"] == d["period"] or (
                    isinstance(to, int) and 0 <= to < len(drafts) and
                    drafts[to].get("period") == base["period"]):
                # (one period on both sides is the sentence's date read for every figure of
                # it, "In the quarter, net income rose 14.5% to $22.1 million from $19.3
                # million": no period of the earlier value's own)
                continue
            if (base["period"][1] - start).days > _SLACK_DAYS and not (
                    base["period"][0] <= start and (end - start).days > _YEARS_SPAN_DAYS):
                # (a change over years counts from the level of its first year: "From 2010
                # to 2017 ... rose by 169%" from "1,768 ... in 2010")
                d["extra"][n] = (key, {k: v for k, v in ch.items() if k not in ("from", "to")})
