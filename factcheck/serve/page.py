"""The editor's view of a checked draft: the html report's document section, adapted for a page
served under a strict Content-Security-Policy.

It reuses ``factcheck.report.html`` (marks, flag cards with evidence, suggestion and the rule's
explanation, charts of the reference series) and changes three things:

- a fourth status, ``not-checkable``: a figure that no reference can check because it was not
  read with a measure, a subject and a value (the report counts it as unverified);
- charts are embedded as ``<img src="data:image/svg+xml;base64,...">`` instead of inline SVG,
  whose style attributes a CSP without ``'unsafe-inline'`` would block;
- ``flag_index`` describes every flag card for the page's script (keyboard navigation and the
  suppression comment): its element id, rule, line in the draft and whether it is suppressed.
"""

from __future__ import annotations

import base64
import re
from typing import Any

from factcheck.model import Claim, DocumentResult
from factcheck.report.base import sorted_flags
from factcheck.report.html import HtmlFormatter, esc

NOT_CHECKABLE = "not-checkable"

_SVG = re.compile(r"<svg\b.*?</svg>", re.DOTALL)
_LABEL = re.compile(r'aria-label="([^"]*)"')


def checkable(c: Claim) -> bool:
    return c.measure is not None and c.subject is not None and c.value is not None


class EditorView(HtmlFormatter):
    statuses = ("supported", "contradicted", "unverified", NOT_CHECKABLE)

    def claim_status(self, dr: DocumentResult) -> dict[str, str]:
        status = super().claim_status(dr)
        for c in dr.claims:
            if status.get(c.id) == "unverified" and not checkable(c):
                status[c.id] = NOT_CHECKABLE
        return status

    def _chart(self, c, points, status, dr) -> str:  # type: ignore[override]
        figure = super()._chart(c, points, "unverified" if status == NOT_CHECKABLE else status, dr)
        svg = _SVG.search(figure)
        if not svg:
            return figure
        data = base64.b64encode(svg.group(0).encode("utf-8")).decode("ascii")
        label = _LABEL.search(figure)
        alt = label.group(1) if label else "chart"
        return (f'<figure class="chart"><img alt="{alt}" '
                f'src="data:image/svg+xml;base64,{data}"></figure>')

    def flag_index(self, dr: DocumentResult, i: int = 1) -> list[dict[str, Any]]:
        """The flag cards in page order, as ``document_section`` numbers them."""
        return [{"id": f"d{i}-f{n}", "rule": f.rule, "line": f.line, "severity": f.severity,
                 "suppressed": f.suppressed is not None, "message": f.message}
                for n, f in enumerate(sorted_flags(dr.flags), 1)]

    def status_counts(self, dr: DocumentResult) -> dict[str, int]:
        status = self.claim_status(dr)
        return {s: sum(1 for v in status.values() if v == s) for s in self.statuses}


__all__ = ["EditorView", "NOT_CHECKABLE", "checkable", "esc"]
