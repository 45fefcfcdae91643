"""An outturn's gap to the forecast the text names (issue #11, everyday48).

Called by ``relations.relate`` once compared and expected values are read. "The government
borrowed £16.6bn in September ... The Office for Budget Responsibility had expected borrowing
of £15.1bn, so the outturn was £1.5bn above its forecast": an amount said of the level
("the outturn", "borrowing", "it", "that" was N above/below) against a forecast named by a
word ("its forecast", "the target", "expectations") is the gap between the level and the one
expected value of its unit the sentence (or the one before) gives: ``("difference", {"of":
level, "minus": forecast})`` ("above") or the reverse ("below"), exact in digits. The level is
the first level of its unit in the sentence before. Left alone when the sentence gives two
expected values of the unit, or the sentence before none.
"""

from __future__ import annotations

import re
from typing import Any

from .apposed_sums import POINTS_AFTER, in_points

# the amount's subject: "so the outturn was", "borrowing was", "it was"
_SAID_OF = re.compile(r"\b(?:the\s+outturn|borrowing|the\s+figure|the\s+total|the\s+result|"
                      r"it|that|this)\s+(?:was|is|came\s+in|ended|finished)\s+"
                      r"(?:(?:about|around|some|roughly|nearly|almost|just)\s+)?\Z")
# the forecast named by a word after the amount: "above its forecast", "below the target",
# "above forecasts"
_AGAINST = re.compile(r"\A\s+(?P<d>above|below|more\s+than|less\s+than|higher\s+than|"
                      r"lower\s+than|over|under|short\s+of|ahead\s+of)\s+(?:(?:its|their|the)\s+)?"
                      r"(?:[a-z]+\s+){0,2}?(?:forecasts?|projections?|estimates?|expectations?|"
                      r"targets?|predictions?)\b")
_BELOW = ("below", "less", "lower", "under", "short")
# a figure that is what was forecast: "had expected £130.8bn", "forecast borrowing of"
_EXPECTED_BEFORE = re.compile(r"\b(?:expected|forecast|predicted|projected|pencilled\s+in)\s+"
                              r"(?:[a-z]+\s+(?:of\s+)?)?\Z")


def _same_time(level: dict[str, Any], forecast: dict[str, Any]) -> bool:
    """Whether a level may be the outturn of a forecast: of its period when both give one
    ("£79.6bn in the first six months" is no outturn of "£15.1bn for September")."""
    return not level.get("period") or not forecast.get("period") or \
        level["period"] == forecast["period"]


def _level_told_before(drafts: list[dict[str, Any]], e: int, s0: int) -> int | None:
    """The last level told before sentence ``s0`` of the forecast's unit, measure and period
    ("The public sector borrowed £16.6bn in September ... That was £2.1bn more than a year
    earlier. The OBR had forecast borrowing of £15.1bn for the month, so the outturn was £1.5bn
    above its forecast"): a sentence about the level may stand between them. None when the
    forecast names no measure or period, or no such level was told."""
    want = drafts[e]
    if not want.get("measure") or not want.get("period"):
        return None
    for j in range(e - 1, -1, -1):
        x = drafts[j]
        if x["sentence"][1] > s0 or x.get("role") is not None or not x["value"] or \
                any(k in ("change", "difference", "ratio", "relation", "sum") for k, _ in x["extra"]):
            continue
        if (x["unit"], x.get("measure"), x.get("period")) == \
                (want["unit"], want["measure"], want["period"]):
            return j
    return None


def forecast_gaps(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set the gap of each amount said against a named forecast (module docstring)."""
    if "forecast" not in low and "expect" not in low and "target" not in low and \
            "estimate" not in low and "projection" not in low and "prediction" not in low:
        return
    for i, d in enumerate(drafts):
        if d.get("role") is not None or not d["value"] or d["unit"] == "percent" or \
                any(k in ("change", "difference", "ratio", "relation", "sum") for k, _ in d["extra"]):
            continue
        # (a gap in points is one between percentages: "Economists had expected 1.1%, so the
        # outturn was 0.1 points above forecasts")
        unit = "percent" if in_points(low, d) else d["unit"]
        pts = POINTS_AFTER.match(low, d["end"]) if unit == "percent" else None
        end = pts.end() if pts is not None else d["end"]
        m = _AGAINST.match(low[end:end + 80])
        if m is None or not _SAID_OF.search(low[d["sentence"][0]:d["start"]]):
            continue
        s0 = d["sentence"][0]
        prev = [j for j in range(i - 1, -1, -1) if drafts[j]["sentence"][1] <= s0]
        if not prev:
            continue
        before = drafts[prev[0]]["sentence"]
        expected = [j for j in range(i) if drafts[j]["unit"] == unit and
                    drafts[j]["sentence"] in (d["sentence"], before) and
                    (drafts[j].get("role") == "expected" or drafts[j].get("role") is None and
                     _EXPECTED_BEFORE.search(low[max(drafts[j]["sentence"][0],
                                                     drafts[j]["start"] - 40):drafts[j]["start"]]))]
        if len(expected) != 1:
            continue
        level = next((j for j in range(i) if drafts[j]["sentence"] == before and
                      drafts[j].get("role") is None and drafts[j]["unit"] == unit and
                      drafts[j]["value"] and _same_time(drafts[j], drafts[expected[0]])), None)
        if level is None:
            level = _level_told_before(drafts, expected[0], s0)
        if level is None:
            continue
        below = m.group("d").split()[0] in _BELOW
        of, minus = (expected[0], level) if below else (level, expected[0])
        d["role"] = "difference"
        d["extra"].append(("difference", {"of": of, "minus": minus, "exact": 1}))
    _gaps_to_the_forecast_after(low, drafts)


# the amount's side and the forecast figure right after it: " above the ", " more than the "
_TO_FIGURE = re.compile(r"[ \u00a0]+(?P<d>above|below|(?:more|less|higher|lower)[ \u00a0]+than)"
                        r"[ \u00a0]+the[ \u00a0]+\Z")
# what the forecast figure is, right after it: "economists had expected", "analysts forecast"
_FORECAST_AFTER = re.compile(r"[ \u00a0]+(?:(?:that|most)[ \u00a0]+)?(?:economists|analysts|"
                             r"forecasters|markets|the[ \u00a0]+market)[ \u00a0]+(?:had[ \u00a0]+)?"
                             r"(?:expected|forecast|predicted|pencilled[ \u00a0]+in)\b")


def _gaps_to_the_forecast_after(low: str, drafts: list[dict[str, Any]]) -> None:
    """"Unemployment was 6.4% in June, 0.5 points above the 6.1% economists had expected";
    "slowed to 2.1% from 2.3%, though that was 0.4 points above the 1.7% economists had
    expected": an amount set against the forecast figure right after it is the gap between
    the forecast and the level before the amount in its sentence (the nearest of the
    forecast's unit that is no earlier value, amount or forecast), exact in digits."""
    for i in range(1, len(drafts) - 1):
        d, f = drafts[i], drafts[i + 1]
        if d.get("role") is not None or not d["value"] or d["unit"] == "percent" or \
                f["sentence"] != d["sentence"] or not f["value"] or \
                any(k in ("change", "difference", "ratio", "relation", "sum") for k, _ in d["extra"]):
            continue
        unit = "percent" if in_points(low, d) else d["unit"]
        pts = POINTS_AFTER.match(low, d["end"]) if unit == "percent" else None
        m = _TO_FIGURE.match(low[pts.end() if pts else d["end"]:f["start"]])
        if m is None or f["unit"] != unit or not _FORECAST_AFTER.match(low, f["end"]):
            continue
        level = next((j for j in range(i - 1, -1, -1) if drafts[j]["sentence"] == d["sentence"]
                      and drafts[j]["unit"] == unit and drafts[j]["value"] and
                      drafts[j].get("role") in (None, "total")), None)
        if level is None:
            continue
        below = m.group("d").split()[0] in _BELOW
        of, minus = (i + 1, level) if below else (level, i + 1)
        f["role"] = f.get("role") or "expected"
        d["role"] = "difference"
        d["extra"].append(("difference", {"of": of, "minus": minus, "exact": 1}))

