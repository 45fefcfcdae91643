"""Shares of one sentence out of a whole the text never gives (issue #11, everyday77).

Called by ``relations.relate`` once every share has been read. "The end of a private tenancy
was the most common reason: 14,530 households, or 38.3% of the total, ahead of family or
friends no longer able to house them, at 9,550 or 25.2%": each count with its share implies a
whole (14,530 at 38.3% is about 37,900; 9,550 at 25.2% about 37,900 too). When the shares of
one sentence imply one whole (their intervals, from each figure's written rounding, overlap)
and no figure a share was read out of lies in it, the writer counted them out of a whole the
text does not state (those owed a prevention duty, not the 104,510 in temporary
accommodation): that is a reading the figures fit, so none of the shares is set against the
figure it was read out of (contradict only when every reading disagrees). Shares whose wholes
disagree with each other stay as read: one of them is wrong, whichever whole is meant.
"""

from __future__ import annotations

import re
from typing import Any


def unstated_common_wholes(low: str, drafts: list[dict[str, Any]]) -> None:
    """Drop the ratios of a sentence's shares that imply one whole no figure read gives."""
    by_sentence: dict[tuple[int, int], list[tuple[int, dict[str, Any]]]] = {}
    for i, d in enumerate(drafts):
        ratio = _ratio(d)
        if ratio is not None and isinstance(ratio.get("of"), int) and \
                isinstance(ratio.get("per"), int):
            by_sentence.setdefault(d["sentence"], []).append((i, ratio))
    for shares in by_sentence.values():
        if len(shares) < 2:
            continue
        implied = [_implied_whole(low, drafts[r["of"]], drafts[i]) for i, r in shares]
        if any(w is None for w in implied):
            continue
        least = max(w[0] for w in implied if w is not None)
        most = min(w[1] for w in implied if w is not None)
        if least > most or any(least <= float(drafts[r["per"]]["value"] or 0) <= most
                               for _, r in shares):
            continue
        for i, r in shares:
            drafts[i]["extra"] = [x for x in drafts[i]["extra"] if x[1] is not r]


def _ratio(d: dict[str, Any]) -> dict[str, Any] | None:
    """The share ``d``'s reading as part out of whole, or None."""
    if d["unit"] != "percent":
        return None
    return next((v for k, v in d["extra"] if k == "ratio" and isinstance(v, dict)), None)


_DIGITS = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _bounds(low: str, d: dict[str, Any]) -> tuple[float, float] | None:
    """The interval figure ``d``'s words allow: its qualifier's, widened by the rounding its
    digits are written to ("38.3%" is 38.25 to 38.35, "14,530" 14,525 to 14,535); None for a
    figure in words."""
    m = _DIGITS.search(low, d["start"], d["end"])
    if d["value"] is None or m is None:
        return None
    written = float(m.group(0).replace(",", ""))
    if m.group(1):
        step = 0.5 * 10 ** -len(m.group(1))
    else:
        whole = m.group(0).replace(",", "")
        step = 0.5 * 10 ** (len(whole) - len(whole.rstrip("0")))
    value = float(d["value"])
    slack = abs(value) * step / written if written else 0.0
    lower = d.get("lower")
    upper = d.get("upper")
    return (min(value if lower is None else float(lower), value - slack),
            max(value if upper is None else float(upper), value + slack))


def _implied_whole(low: str, part: dict[str, Any],
                   share: dict[str, Any]) -> tuple[float, float] | None:
    """The whole that count ``part`` at percentage ``share`` implies, as an interval."""
    p, s = _bounds(low, part), _bounds(low, share)
    if p is None or s is None or s[0] <= 0 or part["unit"] == "percent":
        return None
    return p[0] * 100 / s[1], p[1] * 100 / s[0]
