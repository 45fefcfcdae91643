"""Changes and gaps said over another stretch of time than the two levels they come from.

A change written only as two levels of one stretch, then restated over another: "will pay
£1,849 a year ..., up from £1,738 now. The increase adds about £9.25 a month" (a twelfth of
the year's £111), "will go from $1,857 a month to $1,907 ..., or about $600 more a year".
``mark_stretch_changes`` records on the restating amount the change between the two levels
with the factor between the stretches (``basis``, a year counted as 12 months, 52 to 52.18
weeks: rules/vocab/rates.yaml ``in_a_year``), as ``mark_time_bases`` does for an amount said
beside its levels; the wrong-arithmetic rule judges.

A counterfactual's gap: "its price cap ... would be £4,279 a year ... the typical household
will keep paying £2,500 a year, so the guarantee saves it about £1,779 a year": an amount said
with a word of saving or of being below, beside exactly two levels of its unit that no change
joins, is their gap (``difference``, with the factor when the stretches differ). With more
than one pair of levels ("£2,500 ... instead of £3,000 ... the cap of £3,280") which two are
meant is open, and nothing is recorded: the figure stays unchecked.

It prepares facts and decides nothing.
"""

from __future__ import annotations

import re
from typing import Any

from .bases import _FROM_TO, _restating, _stretch_after, _stretch_before

# a word of change in the restating clause, before the amount ("The increase adds about
# £9.25 a month", "That puts about £7.83 a month on", "The cut takes about £11 a month off")
_CHANGE_CUE = re.compile(r"\b(?:adds?|adding|puts?|putting|takes?|taking|knocks?|extra|rise|"
                         r"increase|cut|fall|drop|reduction|hike)\b")
# a word of saving or of standing below, before the amount ("saves it about £1,779 a year")
_SAVING_CUE = re.compile(r"\b(?:sav(?:e|es|ed|ing|ings)|keeps?|keeping)\b")
# a comparative said after the amount and its stretch ("£3.47 a month more", "£11 a month
# off", "£780 a year below the cap"), or between them ("$600 more a year")
_AFTER_CUE = re.compile(r"[ \u00a0]+(?P<w>more|less|extra|off|higher|lower|below|above|cheaper)\b")
_SAVING_AFTER = frozenset({"below", "lower", "less", "cheaper"})
_LOOK_BACK = 70      # characters before the amount where a cue word is looked for
# figures before the amount read at most (a window of three sentences holds far fewer in
# copy; one endless clause of figures must not make the pass quadratic: tests/test_scale.py)
FIGURES_BACK = 40


def _own_stretch(text: str, low: str, d: dict[str, Any]) -> tuple[str, str, str] | None:
    """The stretch said after amount ``d`` ("a month"), also past a comparative ("$600 more a
    year"), with the comparative said after the amount or its stretch ("" when none)."""
    got = _stretch_after(text, d["end"])
    if got is not None:
        end = low.find(got[1].lower(), d["end"])
        m = _AFTER_CUE.match(low, end + len(got[1])) if end >= 0 else None
        return got[0], got[1], m.group("w") if m else ""
    m = _AFTER_CUE.match(low, d["end"])
    if m is None:
        return None
    got = _stretch_after(text, m.end())
    return (got[0], got[1], m.group("w")) if got else None


def _stretch_of(text: str, low: str, drafts: list[dict[str, Any]], i: int
                ) -> tuple[str, str] | None:
    """The stretch level ``drafts[i]`` is said over: after it, or before it in its clause
    ("The typical household's annual energy bill will fall to £1,720")."""
    d = drafts[i]
    return _stretch_after(text, d["end"]) or \
        _stretch_before(low, d, drafts[i - 1]["end"] if i else 0)


def _window(low: str, drafts: list[dict[str, Any]], n: int,
            sents: tuple[list[tuple[int, int]], dict[tuple[int, int], int]]) -> list[int]:
    """The figures before ``drafts[n]`` in its sentence and the two before it, within its
    paragraph (read backwards from it, so that the cost stays with the window)."""
    b = drafts[n]
    k = sents[1][b["sentence"]]
    first = sents[0][max(0, k - 2)][0]
    out = []
    for i in range(n - 1, max(-1, n - 1 - FIGURES_BACK), -1):
        d = drafts[i]
        if d["sentence"][0] < first:
            break
        if "\n\n" in low[d["end"]:b["start"]]:
            break
        out.append(i)
    return out[::-1]


def _positions(drafts: list[dict[str, Any]]
               ) -> tuple[list[tuple[int, int]], dict[tuple[int, int], int]]:
    """The sentences that hold figures, in order, and each one's place among them."""
    order = sorted({d["sentence"] for d in drafts})
    return order, {x: k for k, x in enumerate(order)}


def _from_to(low: str, drafts: list[dict[str, Any]], i: int) -> list[tuple[int, int]]:
    """A bare "from A to B" of one sentence that no change amount joins ("will rise from
    £203.85 a week to £221.20"): [(A, B)] when figure ``i`` is its A."""
    a = drafts[i]
    if i + 1 >= len(drafts) or not low[max(0, a["start"] - 6):a["start"]].rstrip(
            " \u00a0£$€").endswith("from"):
        return []
    b = drafts[i + 1]
    if b["sentence"] != a["sentence"] or b["unit"] != a["unit"] or \
            _FROM_TO.match(low, a["end"], b["start"]) is None:
        return []
    return [(i, i + 1)]


def _pairs(low: str, drafts: list[dict[str, Any]], idx: list[int], unit: str
           ) -> set[tuple[int, int]]:
    """The (earlier, new) levels of the changes said in figures ``idx``: a "from A to B", an
    "up from A", a change's own two levels, a bare "from A to B", a level set "against" the one before it in its
    sentence ("will be £1,928 a year ..., against £1,834 under the current cap"); of unit
    ``unit``, both with a value."""
    out = set()
    for i in idx:
        pairs = [(i, v["to"]) if k == "direction" else (v["from"], v["to"])
                 for k, v in drafts[i]["extra"] if isinstance(v, dict) and (
                     (k == "direction" and isinstance(v.get("to"), int)) or
                     (k == "change" and isinstance(v.get("from"), int) and
                      isinstance(v.get("to"), int)))]
        if not pairs:
            pairs = _from_to(low, drafts, i)
        if not pairs and drafts[i].get("role") == "compared":
            to = next((j for j in range(i - 1, -1, -1)
                       if drafts[j]["sentence"] == drafts[i]["sentence"] and
                       drafts[j]["unit"] == unit and drafts[j].get("role") != "compared"), None)
            pairs = [(i, to)] if to is not None else []
        out.update(p for p in pairs if p[0] != p[1] and all(
            0 <= j < len(drafts) and drafts[j]["unit"] == unit and drafts[j]["value"]
            for j in p))
    return out


def _factor(per_year: dict[str, tuple[float, float]], levels: str, own: str
            ) -> tuple[float, float] | None:
    """How many of stretch ``own`` are in stretch ``levels``, fewest and most; None when
    either is unknown."""
    if levels not in per_year or own not in per_year:
        return None
    if per_year[levels] == per_year[own]:
        return 1.0, 1.0     # (one stretch: "a week" and "weekly" are no restatement)
    (f_lo, f_hi), (o_lo, o_hi) = per_year[levels], per_year[own]
    return f_lo / o_hi, f_hi / o_lo


def _basis_existing(text: str, low: str, drafts: list[dict[str, Any]], b: dict[str, Any],
                    own: tuple[str, str, str], per_year: dict[str, tuple[float, float]]) -> bool:
    """A change already joined to its two levels, with no factor, whose own stretch comes
    after a comparative ("from $1,857 a month to $1,907 ..., or about $600 more a year"): its
    factor. True when the figure is such a change (whether or not a factor was recorded)."""
    ch = next((v for k, v in b["extra"] if k == "change" and isinstance(v, dict)), None)
    if ch is None:
        return False
    frm, to = ch.get("from"), ch.get("to")
    if ch.get("kind") != "absolute" or ch.get("basis") or not isinstance(frm, int) or \
            not isinstance(to, int):
        return True
    level = next((s for j in (to, frm) if 0 <= j < len(drafts) and drafts[j] is not b
                  and (s := _stretch_of(text, low, drafts, j))), None)
    factor = _factor(per_year, level[0], own[0]) if level else None
    if factor is not None and factor != (1.0, 1.0):
        ch["basis"] = factor
        ch["basis_words"] = (level[1], own[1])
    return True


def mark_stretch_changes(text: str, drafts: list[dict[str, Any]]) -> None:
    """Record the change or gap an amount over another stretch restates (module docstring)."""
    per_year = _restating()[0]
    low = text.lower()
    sents: tuple[list[tuple[int, int]], dict[tuple[int, int], int]] | None = None
    for n, b in enumerate(drafts):
        if not b["unit"] or b["unit"] == "percent" or not b["value"] or \
                b.get("role") not in (None, "item", "change", "additional") or \
                any(k in ("conversion_of", "difference", "relation", "sum", "ratio")
                    for k, _ in b["extra"]):
            continue
        own = _own_stretch(text, low, b)
        if own is None or own[0] not in per_year or \
                _basis_existing(text, low, drafts, b, own, per_year):
            continue
        before = low[max(b["sentence"][0], b["start"] - _LOOK_BACK):b["start"]]
        if _CHANGE_CUE.search(before) or own[2] in ("more", "less", "extra", "off"):
            sents = sents or _positions(drafts)
            _restated_change(text, low, drafts, b, _window(low, drafts, n, sents), own,
                             per_year)
        elif _SAVING_CUE.search(before) or own[2] in _SAVING_AFTER:
            sents = sents or _positions(drafts)
            _counterfactual_gap(text, low, drafts, b, _window(low, drafts, n, sents), own,
                                per_year)


def _restated_change(text: str, low: str, drafts: list[dict[str, Any]], b: dict[str, Any],
                     idx: list[int], own: tuple[str, str, str],
                     per_year: dict[str, tuple[float, float]]) -> None:
    """The one change of two levels over another stretch that amount ``b`` restates."""
    found = []
    n = idx[-1] + 1 if idx else 0    # (the window ends right before the amount)
    for frm, to in _pairs(low, drafts, idx, b["unit"]):
        if n in (frm, to):
            # (the amount is a level of the pair itself: "from £169.50 to £176.45 a week")
            continue
        if any(drafts[j]["unit"] == b["unit"] and j not in (frm, to)
               for j in range(max(frm, to) + 1, n)):
            # (another level of the unit stands between the pair and the amount: "£1,628.03 a
            # year, up from £1,565.56 ... A Band A home would pay £1,085.34 ..., or £3.47 a
            # month more" restates the nearer)
            continue
        level = _stretch_of(text, low, drafts, to) or _stretch_of(text, low, drafts, frm)
        factor = _factor(per_year, level[0], own[0]) if level else None
        if factor is None:
            continue
        found.append((frm, to, factor, level[1]))
    gaps = {(drafts[t]["value"] - drafts[f]["value"], x) for f, t, x, _ in found}
    if len(gaps) != 1 or any(x == (1.0, 1.0) for _, x in gaps):
        # (several changes: which is restated is open; one of the same stretch is the
        # change machinery's own)
        return
    frm, to, factor, words = found[-1]
    rise = drafts[to]["value"] >= drafts[frm]["value"]
    b["extra"].append(("change", {"kind": "absolute", "amount": float(b["value"]),
                                  "direction": "up" if rise else "down", "from": frm,
                                  "to": to, "basis": factor, "basis_words": (words, own[1])}))
    b["role"] = "change"


def _counterfactual_gap(text: str, low: str, drafts: list[dict[str, Any]], b: dict[str, Any],
                        idx: list[int], own: tuple[str, str, str],
                        per_year: dict[str, tuple[float, float]]) -> None:
    """The gap between the two levels of ``b``'s unit beside a saving, when there are two."""
    levels = [i for i in idx if drafts[i]["unit"] == b["unit"] and drafts[i]["value"] and
              drafts[i].get("role") in (None, "compared", "item") and
              not any(k in ("change", "conversion_of", "direction") for k, _ in
                      drafts[i]["extra"])]
    if len(levels) != 2 or any(drafts[i]["value"] <= b["value"] for i in levels):
        return
    stretches = {(_stretch_of(text, low, drafts, i) or ("", ""))[0] for i in levels}
    if len(stretches) != 1:
        return
    factor = _factor(per_year, stretches.pop(), own[0])
    if factor is None:
        return
    hi, lo = sorted(levels, key=lambda i: drafts[i]["value"], reverse=True)
    b["extra"].append(("difference", {"of": hi, "minus": lo, "basis": factor}))
    b["role"] = "difference"
