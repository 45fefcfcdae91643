"""Time bases of amounts of change: "a rise of £363 a year" between two weekly levels.

A figure followed by "a week", "per month", "annually" (rules/vocab/rates.yaml,
``time_bases``) is counted over that stretch of time. When the amount of a stated change is
counted over another stretch than the levels it is worked from ("from £169.50 to £176.45 a
week, a rise of £363 a year"), the two are different quantities: this pass records on the
change the factor from the levels' stretch to the amount's (``basis``: the fewest and most
times the shorter stretch fits in the longer, 52 to 52.3 weeks in a year), so that the
arithmetic check converts before comparing. Only a change whose amount and levels both say
their stretch is touched: an amount with none is read in the levels' own ("a rise of £9.05").

It prepares facts and decides nothing: the wrong-arithmetic rule judges the converted amount.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab

_AHEAD = 24          # characters after a figure where its stretch of time is looked for


@lru_cache(maxsize=1)
def _vocab() -> tuple[re.Pattern[str], dict[str, tuple[float, float]]]:
    """The ``time_bases`` section of rules/vocab/rates.yaml, compiled."""
    v = vocab.load("rates.yaml").get("time_bases") or {}
    try:
        after = re.compile(v.get("after") or r"(?!)", re.I)
    except re.error as exc:
        raise vocab.VocabError(f"{vocab.vocab_path('rates.yaml')}: time_bases: {exc}") from None
    days = {str(k).lower(): (float(lo), float(hi)) for k, (lo, hi) in (v.get("days") or {}).items()}
    return after, days


def time_basis(text: str, end: int) -> tuple[tuple[float, float], str] | None:
    """The days (fewest, most) of the stretch said right after a figure ending at ``end``,
    and its words as written ("a week")."""
    after, days = _vocab()
    m = after.match(text, end, min(len(text), end + _AHEAD))
    if m is None:
        return None
    word = (m.group("word") or m.groupdict().get("word2") or "").lower()
    span = days.get(word)
    return (span, m.group(0).strip()) if span else None


def mark_time_bases(text: str, drafts: list[dict[str, Any]]) -> None:
    """Record ``basis`` on every absolute change whose amount and levels say different
    stretches of time (module docstring). The levels' stretch is the new value's, else the
    earlier value's: "from £169.50 to £176.45 a week" says it once for both."""
    for d in drafts:
        for key, ch in d["extra"]:
            if key != "change" or not isinstance(ch, dict) or ch.get("kind") != "absolute":
                continue
            frm, to = ch.get("from"), ch.get("to")
            if not isinstance(frm, int) or not (0 <= frm < len(drafts)):
                continue
            own = time_basis(text, d["end"])
            if own is None:
                continue
            levels = [drafts[i] for i in (to, frm)
                      if isinstance(i, int) and 0 <= i < len(drafts) and drafts[i] is not d]
            level = next((b for x in levels if (b := time_basis(text, x["end"]))), None)
            if level is None or level[0] == own[0]:
                continue
            # the amount's stretch over the levels': every reading of each; and the words of
            # both, for the message ("from £169.50 to £176.45 a week is a rise of £362 a year")
            (a_lo, a_hi), (l_lo, l_hi) = own[0], level[0]
            ch["basis"] = (a_lo / l_hi, a_hi / l_lo)
            ch["basis_words"] = (level[1], own[1])
