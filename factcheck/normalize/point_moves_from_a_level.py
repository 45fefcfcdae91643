"""Moves in points written with the level they started from and no new level (issue #11,
everyday101): "The cut takes the total reduction since August to 175 basis points, from the
peak of 5.5%" after "lowered the official cash rate ... to 3.75%"; "the bank had lowered rates
by 125 basis points, from 8.25%, since September last year" after "left its repo rate unchanged
at 7%"; "lifted it from 0.25%, a total of 475 basis points". Set on the drafts as relations.py
sets its own (indexes into the draft list); wrong-arithmetic judges the amount.

An amount in percentage or basis points (``percentage_points``) with no earlier or new value of
its own, whose sentence gives one level in per cent right after "from" ("from 8.25%", "from the
peak of 5.5%"), runs from that level to the story's latest level of the rate said before it:
the levels in per cent before the amount, of its subject (or one that names the same body), of
a measure (the one the story's moves in points before it run to, when they name one), dated no
earlier than the level it started from. When the latest of those are not one value (or not of
one measure), the amount is left alone: which level it runs to is not known. The direction is
the levels' own. This module reads words; it never judges.
"""

from __future__ import annotations

from typing import Any

from .point_levels import _FROM_BEFORE, _moves_to, _same_subject

_STEP_UNITS = ("basis_point", "percent")
LEVEL_BACK = 200    # figures back the latest level may stand (linear in a long document)


def _change(d: dict[str, Any]) -> dict[str, Any] | None:
    return next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict)), None)


def _open_amount(d: dict[str, Any]) -> bool:
    """Whether ``d`` is an amount in points with neither value of its own."""
    if d["unit"] not in _STEP_UNITS or not d["value"] or d["value"] <= 0 or \
            not any(k == "percentage_points" for k, _ in d["extra"]):
        return False
    ch = _change(d)
    if ch is None:
        return d.get("role") is None
    return d.get("role") == "change" and ch.get("kind") == "absolute" and \
        ch.get("from") is None and ch.get("to") is None and ch.get("by") is None


def _from_level(low: str, drafts: list[dict[str, Any]], i: int, used: set[int]) -> int | None:
    """The one level in per cent of amount ``i``'s sentence written right after "from"."""
    d = drafts[i]
    found = [j for j in range(max(0, i - 8), min(len(drafts), i + 8))
             if j != i and drafts[j]["sentence"] == d["sentence"] and
             drafts[j]["unit"] == "percent" and drafts[j]["value"] is not None and
             drafts[j].get("role") in (None, "compared") and j not in used and
             not any(k in ("change", "range", "ratio") for k, _ in drafts[j]["extra"]) and
             _FROM_BEFORE.search(low, max(d["sentence"][0], drafts[j]["start"] - 40),
                                 drafts[j]["start"])]
    return found[0] if len(found) == 1 else None


def _latest_level(drafts: list[dict[str, Any]], i: int, frm: int, measure: str | None
                  ) -> int | None:
    """The story's latest level of the rate before amount ``i`` (module docstring)."""
    d, x = drafts[i], drafts[frm]
    found = [j for j in range(max(0, i - LEVEL_BACK), i)
             if j != frm and drafts[j]["unit"] == "percent" and drafts[j]["value"] is not None
             and drafts[j].get("role") is None and drafts[j].get("measure") is not None and
             (measure is None or drafts[j]["measure"] == measure) and
             drafts[j].get("period") is not None and
             (d.get("subject") is None or drafts[j].get("subject") is None or
              _same_subject(drafts[j]["subject"], d["subject"])) and
             (x.get("period") is None or drafts[j]["period"][1] >= x["period"][1])]
    if not found:
        return None
    latest = max(drafts[j]["period"][1] for j in found)
    tops = [j for j in found if drafts[j]["period"][1] == latest]
    if len({float(drafts[j]["value"]) for j in tops}) != 1 or \
            len({drafts[j]["measure"] for j in tops}) != 1:
        return None
    return tops[-1]


def _amount_between(drafts: list[dict[str, Any]], i: int, frm: int) -> bool:
    """Whether another amount in points stands between amount ``i`` and its "from" level:
    the level is then that nearer amount's start ("fell a quarter of a percentage point, and
    has now fallen 75 basis points this year from 4.35%": the 4.35% is the 75 points' start)."""
    return any(drafts[k]["unit"] in _STEP_UNITS and
               any(e == "percentage_points" for e, _ in drafts[k]["extra"])
               for k in range(min(i, frm) + 1, max(i, frm)))


def point_moves_from_a_level(low: str, drafts: list[dict[str, Any]]) -> None:
    """The new level of each move in points with only the level it started from (module
    docstring)."""
    if "from" not in low:
        return
    moves = _moves_to(drafts)
    used = {v.get("from") for d in drafts for k, v in d["extra"]
            if k == "change" and isinstance(v, dict) and isinstance(v.get("from"), int)}
    for i, d in enumerate(drafts):
        if not _open_amount(d):
            continue
        frm = _from_level(low, drafts, i, used)
        if frm is None or _amount_between(drafts, i, frm):
            continue
        # (the measure the story's moves in points before it run to, when they name one)
        measures = {drafts[t].get("measure") for a, t in moves
                    if a < i and drafts[t]["unit"] == "percent"} - {None}
        measure = next(iter(measures)) if len(measures) == 1 else None
        to = _latest_level(drafts, i, frm, d.get("measure") or measure)
        if to is None or drafts[to]["value"] == drafts[frm]["value"]:
            continue
        direction = "down" if drafts[to]["value"] < drafts[frm]["value"] else "up"
        ch = _change(d)
        if ch is None:
            d["extra"].append(("change", {"kind": "absolute", "amount": float(d["value"]),
                                          "direction": direction, "from": frm, "to": to}))
            d["role"] = "change"
        else:
            ch.update({"from": frm, "to": to, "direction": direction})
        drafts[frm]["role"] = drafts[frm].get("role") or "compared"
        used.add(frm)

