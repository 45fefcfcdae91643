"""The editor's view of a checked draft: the html report's document section, adapted for a page
served under a strict Content-Security-Policy.

It reuses ``factcheck.report.html`` (marks, flag cards with evidence, suggestion and the rule's
explanation, charts of the reference series) and changes three things:

- a fourth status, ``not-checkable``: an unverified figure that no reference check could look
  at (the verdict's coverage ``reason``: no measure, no period, before the dataset starts...;
  a claim without a verdict, when it lacks a measure, a subject or a value);
- charts are not drawn with the page: each is an ``<img loading="lazy">`` whose ``src`` is
  ``{chart_base}/N.svg``, drawn by the server when the browser asks for it (``charts`` keeps
  what each needs). A long draft has a hundred checked figures and matplotlib takes some 50 ms
  a chart, so the page answers at once and only the charts scrolled into view are drawn; as an
  image, the SVG's style attributes are also outside the page's strict CSP;
- ``flag_index`` describes every flag card for the page's script (keyboard navigation and the
  suppression comment): its element id, rule, line in the draft and whether it is suppressed.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date
from typing import Any

from factcheck.model import Claim, DocumentResult
from factcheck.report.base import sorted_flags
from factcheck.report.html import STATUS_COLORS, HtmlFormatter, esc, render_chart

NOT_CHECKABLE = "not-checkable"


def checkable(c: Claim) -> bool:
    return c.measure is not None and c.subject is not None and c.value is not None


@dataclass(frozen=True)
class ChartSpec:
    """What ``render_chart`` needs to draw one chart later."""

    claim: Claim
    points: tuple[tuple[date, float], ...]
    color: str
    published: date | None

    def svg(self) -> str:
        # matplotlib's rc_context changes process-wide settings: one chart at a time
        with _DRAWING:
            return render_chart(self.claim, list(self.points), self.color, self.published)


_DRAWING = threading.Lock()


class EditorView(HtmlFormatter):
    statuses = ("supported", "contradicted", "unverified", NOT_CHECKABLE)

    def __init__(self, *args: Any, chart_base: str = "", **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.chart_base = chart_base
        self.charts: list[ChartSpec] = []
        self._chart_of: dict[tuple[str, str], int] = {}

    def claim_status(self, dr: DocumentResult) -> dict[str, str]:
        status = super().claim_status(dr)
        judged = {v.claim for v in dr.verdicts}
        unchecked = {v.claim for v in dr.verdicts if not v.checked}
        for c in dr.claims:
            if status.get(c.id) == "unverified" and (
                    c.id in unchecked or (c.id not in judged and not checkable(c))):
                status[c.id] = NOT_CHECKABLE
        return status

    def _chart(self, c, points, status, dr) -> str:  # type: ignore[override]
        if not points or not self.opts["charts"]:
            return ""
        key = (dr.document.id, c.id)
        n = self._chart_of.get(key)
        if n is None:
            color = STATUS_COLORS.get("unverified" if status == NOT_CHECKABLE else status,
                                      "#57606a")
            self.charts.append(ChartSpec(c, tuple(points), color, dr.document.date))
            n = self._chart_of[key] = len(self.charts) - 1
        when = c.period.end.isoformat() if c.period else ""
        alt = f"Chart: reference series around {when} with the claim's interval for {c.text}"
        return (f'<figure class="chart"><img loading="lazy" width="420" height="220" '
                f'alt="{esc(alt)}" src="{esc(self.chart_base)}/{n}.svg"></figure>')

    def flag_index(self, dr: DocumentResult, i: int = 1) -> list[dict[str, Any]]:
        """The flag cards in page order, as ``document_section`` numbers them."""
        return [{"id": f"d{i}-f{n}", "rule": f.rule, "line": f.line, "severity": f.severity,
                 "suppressed": f.suppressed is not None, "message": f.message}
                for n, f in enumerate(sorted_flags(dr.flags), 1)]

    def status_counts(self, dr: DocumentResult) -> dict[str, int]:
        status = self.claim_status(dr)
        return {s: sum(1 for v in status.values() if v == s) for s in self.statuses}


__all__ = ["ChartSpec", "EditorView", "NOT_CHECKABLE", "checkable", "esc"]
