"""An outturn that beat or missed a forecast by an amount or a percentage (issue #11, everyday93).

Called by ``comparisons`` for each sentence, after ``_beaten_by``. "Adjusted earnings of $1.13
a share, beating analysts' forecast of $0.98 by 15 cents"; "Revenue of $7.97 billion missed
the expected $8.15 billion by 2.2%": the figure after "by" is the gap between the outturn (the
figure before the verb) and the forecast (the figure after it). ``_beaten_by`` reads a gap in
the unit of both figures; this reads the rest:

- a gap in a sub-unit of the figures' currency ("by 15 cents" between two amounts in dollars)
  is their ``difference`` (the engine compares the two in one currency);
- a percentage between two amounts that are not percentages is the ``change`` from the
  forecast to the outturn: up after "beat", "topped", "exceeded"; down after "missed", "fell
  short of", "undershot".

The verb must stand between the two figures, and the figure after it must be named as what was
forecast ("forecast", "estimate", "expected", "consensus", "expectations", "analysts"), so that
a record beaten by a percentage ("beating the record by 5%") is left to the other passes. This
module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

from .units import subunits

_WS = r"[ \u00a0]+"
# the verb between the outturn and the forecast, and whether the outturn is above it
_VERB = re.compile(r"\b(?P<up>beat|beats|beating|topped|topping|tops|exceeded|exceeding|exceeds|"
                   r"surpassed|surpassing|surpasses|outstripped|outstripping)\b|"
                   r"\b(?P<down>missed|missing|misses|undershot|undershooting|"
                   r"fell" + _WS + r"short" + _WS + r"of|falling" + _WS + r"short" + _WS + r"of|"
                   r"fall" + _WS + r"short" + _WS + r"of|falls" + _WS + r"short" + _WS + r"of)\b")
# the forecast named between the verb and its figure: "analysts' forecast of", "the expected",
# "the consensus estimate of", "expectations of"
_FORECAST = re.compile(r"\b(?:forecasts?|estimates?|expected|expectations?|consensus|"
                       r"analysts?'?|projections?|predictions?|guidance)\b")
# right before the gap: "by", "by about"
_BY = re.compile(r"\bby" + _WS + r"(?:(?:about|around|nearly|almost|some|just|roughly)" + _WS +
                 r")?\Z")


def _currency(unit: str | None) -> str | None:
    return (subunits().get(unit or "") or (None,))[0]


def _free(d: dict[str, Any]) -> bool:
    return d.get("role") is None and d["value"] is not None and \
        not any(k in ("change", "difference", "ratio", "relation", "sum") for k, _ in d["extra"])


def _gap(low: str, drafts: list[dict[str, Any]], ia: int, ib: int, i: int) -> None:
    """Set on figure ``i`` its reading as the gap between outturn ``ia`` and forecast ``ib``
    (module docstring)."""
    a, b, d = drafts[ia], drafts[ib], drafts[i]
    verb = _VERB.search(low, a["end"], b["start"])
    if verb is None or not _FORECAST.search(low, verb.end(), b["start"]) or \
            low[verb.end():b["start"]].count(",") or not _BY.search(low, b["end"], d["start"]) or \
            len(low[b["end"]:d["start"]]) > 40:
        return
    if d["unit"] == "percent" and a["unit"] == b["unit"] and a["unit"] not in ("percent", "", None):
        d["extra"].append(("change", {"kind": "percent", "amount": float(d["value"]),
                                      "direction": "up" if verb.group("up") else "down",
                                      "from": ib, "to": ia}))
        d["role"] = "change"
    elif d["unit"] != a["unit"] and _currency(d["unit"]) is not None and \
            _currency(a["unit"]) == _currency(b["unit"]) == _currency(d["unit"]):
        hi, lo = (ia, ib) if a["value"] >= b["value"] else (ib, ia)
        d["extra"].append(("difference", {"of": hi, "minus": lo}))
        d["role"] = "difference"
    else:
        return
    d["measure"] = a.get("measure") or d.get("measure")
    b["role"] = b.get("role") or "compared"


# the forecast named right after its figure: "the 172,000 economists had forecast", "the
# 205,000 analysts expected", "the 3.6% forecast"
_FORECAST_AFTER = re.compile(_WS + r"(?:(?:that|which)" + _WS + r")?(?:(?:economists|analysts|"
                             r"forecasters|markets?|the" + _WS + r"market|experts|traders)"
                             r"(?:" + _WS + r"(?:polled|surveyed)" + _WS + r"by" + _WS +
                             r"[\w’'-]+)?" + _WS + r"(?:had" + _WS + r"|were" + _WS + r")?)?"
                             r"(?:forecast|expected|predicted|pencilled" + _WS + r"in|"
                             r"anticipated|estimated)\b")
# the gap between an outturn and the forecast after it, said as an amount before the forecast
# ("156,000 jobs, 16,000 fewer than the 172,000 economists had forecast") or as a noun after
# it ("short of the 172,000 economists had forecast, a miss of 16,000")
_GAP_BEFORE = re.compile(r"\A" + _WS + r"(?:more|fewer|less|higher|lower|above|below)" + _WS +
                         r"(?:than" + _WS + r")?(?:the" + _WS + r")?\Z")
_GAP_NOUN = re.compile(r"[^,;]{0,60},[ \u00a0]*(?:a|an)" + _WS + r"(?:miss|shortfall|beat|"
                       r"overshoot|undershoot|gap|margin)" + _WS + r"of" + _WS + r"\Z")
_MISSED_BY = re.compile(r"\b(?:missed|missing|misses|beat|beats|beating|topped|topping|"
                        r"exceeded|exceeding)" + _WS + r"(?:the" + _WS + r")?\Z")


def _same_unit_gap(drafts: list[dict[str, Any]], ia: int, ib: int, i: int) -> None:
    """Figure ``i`` is the gap between outturn ``ia`` and forecast ``ib`` of one unit: their
    ``difference`` (the size of the gap; the way it runs is another check's)."""
    a, b, d = drafts[ia], drafts[ib], drafts[i]
    hi, lo = (ia, ib) if a["value"] >= b["value"] else (ib, ia)
    d["extra"].append(("difference", {"of": hi, "minus": lo}))
    d["role"] = "difference"
    d["measure"] = a.get("measure") or d.get("measure")


def _forecast_gaps(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    """Gaps in the outturn's own unit between it and a forecast named after its figure
    (``_FORECAST_AFTER``): an amount before the forecast ("16,000 fewer than the 172,000
    economists had forecast"), a noun of the gap after it (", a miss of 16,000"), or "by" after
    it ("missing the 172,000 economists had forecast by 16,000")."""
    for p in range(1, len(idxs)):
        ib = idxs[p]
        b = drafts[ib]
        if b["value"] is None or b.get("role") not in (None, "compared", "expected") or \
                _FORECAST_AFTER.match(low, b["end"]) is None:
            continue
        ia = next((j for j in reversed(idxs[:p]) if _free(drafts[j]) and
                   drafts[j]["unit"] == b["unit"]), None)
        if ia is None:
            continue
        cands = [(idxs[q], "before") for q in range(p) if idxs[q] != ia and
                 drafts[idxs[q]]["start"] > drafts[ia]["end"] and
                 _GAP_BEFORE.match(low[drafts[idxs[q]]["end"]:b["start"]])]
        cands += [(idxs[p + 1], "after")] if p + 1 < len(idxs) else []
        for i, where in cands:
            d = drafts[i]
            if d["unit"] != b["unit"] or not d["value"] or \
                    d.get("role") not in (None, "expected", "change"):
                continue
            if where == "after":
                gap = low[b["end"]:d["start"]]
                end = _FORECAST_AFTER.match(low, b["end"]).end()    # type: ignore[union-attr]
                by = _BY.search(low, end, d["start"]) and \
                    _MISSED_BY.search(low, max(drafts[ia]["end"], b["start"] - 20), b["start"])
                if not (by and len(gap) < 60 and "," not in low[end:d["start"]]) and \
                        not _GAP_NOUN.match(low, end, d["start"]):
                    continue
            d["extra"] = [(k, v) for k, v in d["extra"] if k != "change"]
            _same_unit_gap(drafts, ia, ib, i)
            b["role"] = b.get("role") or "compared"
            break


def forecast_beats(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    """Read each gap written "by N" after an outturn and the forecast it beat or missed, in
    sentence ``idxs`` (module docstring)."""
    if any(w in low[drafts[idxs[0]]["sentence"][0]:drafts[idxs[-1]]["end"] + 60]
           for w in ("forecast", "expected", "predicted", "pencilled", "anticipated",
                     "estimated")):
        _forecast_gaps(low, drafts, idxs)
    if "by" not in low[drafts[idxs[0]]["sentence"][0]:drafts[idxs[-1]]["end"]]:
        return
    for p in range(2, len(idxs)):
        ia, ib, i = idxs[p - 2], idxs[p - 1], idxs[p]
        if drafts[i].get("role") is not None or not drafts[i]["value"] or \
                not _free(drafts[ia]) or drafts[ib].get("role") not in (None, "compared", "expected") or \
                drafts[ib]["value"] is None:
            continue
        _gap(low, drafts, ia, ib, i)
