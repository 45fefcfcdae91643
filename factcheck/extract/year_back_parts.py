"""Months and quarters named without a year in a sentence that opens a year back (issue #11,
everyday83): "A year earlier Netflix had added 8.76 million members in the third quarter"
speaks of the third quarter of the year before the one "the third quarter" alone resolves to
(the latest begun by publication); "A year ago, sales in March were ..." of the March before.

Only a mention the calendar rule resolved (``relative``), of a month or a quarter, with no
year written in it, after a sentence-opening "A year earlier" / "A year ago" / "A year
before" / "The year before" in its own sentence, is moved back one year. A period with its
year written ("in the third quarter of 2023") is the writer's own and stays."""

from __future__ import annotations

import re
from dataclasses import replace

from dateutil.relativedelta import relativedelta

# the opener, at a sentence's start: "A year earlier", "One year ago", "The year before"
_OPENER = re.compile(r"(?i)(?:(?:a|one)[ \u00a0]+year[ \u00a0]+(?:earlier|ago|before)|"
                     r"the[ \u00a0]+year[ \u00a0]+before)")
# what may stand before the opener in its sentence: nothing but spacing and markup
_SENTENCE_END = re.compile(r"(?:^|[.!?][\"'\u201d\u2019)]*[ \u00a0]+|\n)[ \u00a0#>*_\-]*$")
_STOP = re.compile(r"[.!?](?:[ \u00a0\n]|$)|\n")
_YEAR = re.compile(r"\d")


def year_back_parts(text: str, out: list) -> list:
    """``out`` with each month or quarter named without a year after a sentence-opening "a
    year earlier" in its sentence moved back one year (the module's docstring)."""
    if not out:
        return out
    moved = list(out)
    for k, dm in enumerate(out):
        if not _OPENER.fullmatch(dm.text) or \
                not _SENTENCE_END.search(text, max(0, dm.start - 4), dm.start) and dm.start:
            continue
        stop = _STOP.search(text, dm.end)
        end = stop.start() if stop is not None else len(text)
        for j in range(k + 1, len(out)):
            x = out[j]
            if x.start >= end:
                break
            if x.relative and x.granularity in ("month", "quarter") and \
                    x.start_date is not None and x.end_date is not None and \
                    not _YEAR.search(x.text):
                back = x.end_date - relativedelta(years=1)
                # (the month's own last day, as a leap February's 29th moves to the 28th)
                moved[j] = replace(x, start_date=x.start_date - relativedelta(years=1),
                                   end_date=back)
    return moved
