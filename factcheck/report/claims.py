"""The ``claims`` format: the extracted claims as a table, for ``factcheck extract``.

One row per claim: where it stands, the words, the normalized value and interval, and what the
normalizer made of it (measure, subject, period, source, hedge). Coloured on a terminal, plain
otherwise. It shows claims only; flags and verdicts belong to the ``text`` format.

A document of more than ``PLAIN_ROWS`` claims gets plain columns instead of a rich table:
rich measures and wraps every cell (about a millisecond a row), which made the table of a
document of 30,000 figures take longer than finding them.
"""

from __future__ import annotations

import io
from typing import IO

from factcheck.model import Claim, RunResult
from factcheck.normalize.figures import number

from .registry import register
from .base import Formatter, display_path, per_period


def _num(v: float | None) -> str:
    return "-" if v is None else number(v, digits=6)


def _interval(c: Claim) -> str:
    lo = "(" if c.lower is None else "["
    return f"{lo}{_num(c.lower) if c.lower is not None else '-inf'}, " \
           f"{_num(c.upper) if c.upper is not None else '+inf'}]"


COLUMNS = ("line:col", "words", "value", "unit", "interval", "measure", "subject", "period",
           "source", "hedge")
PLAIN_ROWS = 1000
_WIDEST = 40    # a plain column is at most this wide; longer cells run over


def _row(c: Claim) -> tuple[str, ...]:
    period = f"{c.period.start}..{c.period.end}" if c.period else "-"
    if c.cumulative:
        period += " (cumulative)"
    unit = c.unit or "-"
    if pp := per_period(c):
        unit += " " + pp.split(" (", 1)[0]   # "USD per hour": "$12 an hour" keeps its period
    return (f"{c.line}:{c.column}", c.text, _num(c.value), unit, _interval(c),
            c.measure or "-", c.subject or "-", period, c.source or "-", c.hedge or "-")


def _plain(title: str, rows: list[tuple[str, ...]]) -> str:
    """Left-aligned columns two spaces apart under a header, the title above."""
    rows = [COLUMNS] + rows
    widths = [min(_WIDEST, max(len(r[i]) for r in rows)) for i in range(len(COLUMNS))]
    lines = [title]
    for r in rows:
        lines.append("  ".join(cell.replace("\n", " ").ljust(w)
                               for cell, w in zip(r, widths)).rstrip())
    return "\n".join(lines) + "\n"


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
            title = f"{display_path(dr.document)}: {len(dr.claims)} claims"
            if len(dr.claims) > PLAIN_ROWS:
                console.file.write(_plain(title, [_row(c) for c in dr.claims]))
                continue
            table = Table(title=title, title_justify="left", show_lines=False, expand=False)
            for col in COLUMNS:
                table.add_column(col, overflow="fold")
            for c in dr.claims:
                table.add_row(*_row(c))
            console.print(table)
        return buf.getvalue()
