"""The ``claims`` format: the extracted claims as a table, for ``factcheck extract``.

One row per claim: where it stands, the words, the normalized value and interval, and what the
normalizer made of it (measure, subject, period, source, hedge). Coloured on a terminal, plain
otherwise. It shows claims only; flags and verdicts belong to the ``text`` format.
"""

from __future__ import annotations

import io
from typing import IO

from factcheck.model import Claim, RunResult
from factcheck.normalize.figures import number

from .registry import register
from .base import Formatter, display_path


def _num(v: float | None) -> str:
    return "-" if v is None else number(v, digits=6)


def _interval(c: Claim) -> str:
    lo = "(" if c.lower is None else "["
    return f"{lo}{_num(c.lower) if c.lower is not None else '-inf'}, " \
           f"{_num(c.upper) if c.upper is not None else '+inf'}]"


@register("claims")
class ClaimsFormatter(Formatter):
    options = {"color": None}

    def format(self, result: RunResult, out: IO[str] | None) -> str:
        from rich.console import Console
        from rich.table import Table

        color = self.opts["color"]
        if color is None:
            color = bool(out is not None and getattr(out, "isatty", lambda: False)())
        buf = io.StringIO()
        console = Console(file=buf, force_terminal=color, no_color=not color, width=160,
                          highlight=False)
        for err in result.errors:
            console.print(str(err), markup=False)
        for dr in result.documents:
            if dr.error:    # it ran out of time or crashed: what was found before is shown
                console.print(f"{display_path(dr.document)}: {dr.error}", markup=False)
            table = Table(title=f"{display_path(dr.document)}: {len(dr.claims)} claims",
                          title_justify="left", show_lines=False, expand=False)
            for col in ("line:col", "words", "value", "unit", "interval", "measure",
                        "subject", "period", "source", "hedge"):
                table.add_column(col, overflow="fold")
            for c in dr.claims:
                period = f"{c.period.start}..{c.period.end}" if c.period else "-"
                if c.cumulative:
                    period += " (cumulative)"
                table.add_row(f"{c.line}:{c.column}", c.text, _num(c.value), c.unit or "-",
                              _interval(c), c.measure or "-", c.subject or "-", period,
                              c.source or "-", c.hedge or "-")
            console.print(table)
        return buf.getvalue()
