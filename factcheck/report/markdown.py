"""The ``markdown`` format: a compact summary for a pull-request comment (GitHub flavour).

A heading with the counts, one table row per active flag (at most ``max_rows``; the rest are
counted), and collapsed sections for suppressed flags and unreadable documents. All text from
documents and rules is escaped, so an article cannot inject markup, links or mentions into the
comment.
"""

from __future__ import annotations

import html
import re
from typing import IO

from factcheck.model import RunResult

from .registry import register
from .base import Formatter, active, display_path, plural, sorted_flags

ICONS = {"error": ":x:", "warning": ":warning:", "info": ":information_source:"}
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~@#])")


def md_escape(text: str) -> str:
    """Text for a table cell: no markup, links, mentions, HTML, pipes or line breaks."""
    text = " ".join(text.split())
    return html.escape(_MD_SPECIAL.sub(r"\\\1", text), quote=False)


def md_code(text: str) -> str:
    """A path or rule id as a code span, or escaped text if it cannot be one safely."""
    if re.fullmatch(r"[^`|\s<>&]+", text):
        return f"`{text}`"
    return md_escape(text)


@register("markdown")
class MarkdownFormatter(Formatter):
    options = {"max_rows": 50, "show_suppressed": True}

    def format(self, result: RunResult, out: IO[str] | None) -> str:
        s = result.summary()
        n = sum(s["flags"].values())
        parts = [f"{plural(s['flags'][k], k)}" for k in ("error", "warning", "info")
                 if s["flags"][k]]
        lines = [f"### factcheck: {', '.join(parts)}" if n else
                 "### factcheck: no flags :white_check_mark:", ""]
        v = s["verdicts"]
        lines.append(
            f"{plural(s['documents'], 'document')} · {plural(s['claims'], 'claim')} "
            f"({v['supported']} supported, {v['contradicted']} contradicted, "
            f"{v['unverified']} unverified)"
            + (f" · {s['suppressed']} suppressed" if s["suppressed"] else "")
            + (f" · {plural(s['errors'], 'document error')}" if s["errors"] else "")
        )
        rows = [(dr, f) for dr in result.documents for f in sorted_flags(active(dr.flags))]
        if rows:
            lines += ["", "| Severity | Where | Rule | Message |", "|---|---|---|---|"]
            for dr, f in rows[: self.opts["max_rows"]]:
                where = md_code(f"{display_path(dr.document)}:{f.line}:{f.column}")
                lines.append(f"| {ICONS.get(f.severity, '')} {f.severity} | {where} | "
                             f"{md_code(f.rule)} | {md_escape(f.message)} |")
            if len(rows) > self.opts["max_rows"]:
                lines += ["", f"… and {len(rows) - self.opts['max_rows']} more "
                          "(see the full report)."]
        suppressed = [(dr, f) for dr in result.documents for f in sorted_flags(dr.flags)
                      if f.suppressed is not None]
        if suppressed and self.opts["show_suppressed"]:
            lines += ["", f"<details><summary>{plural(len(suppressed), 'suppressed flag')}"
                      "</summary>", "", "| Where | Rule | Reason |", "|---|---|---|"]
            for dr, f in suppressed[: self.opts["max_rows"]]:
                where = md_code(f"{display_path(dr.document)}:{f.line}:{f.column}")
                lines.append(f"| {where} | {md_code(f.rule)} | {md_escape(f.suppressed or '')} |")
            if len(suppressed) > self.opts["max_rows"]:
                lines += ["", f"… and {len(suppressed) - self.opts['max_rows']} more."]
            lines += ["", "</details>"]
        errs = [f"{e}" for e in result.errors] + [
            f"{display_path(d.document)}: {d.error}" for d in result.documents if d.error
        ]
        if errs:
            lines += ["", f"<details><summary>{plural(len(errs), 'document error')}"
                      "</summary>", ""]
            lines += [f"- {md_escape(e)}" for e in errs[: self.opts["max_rows"]]]
            lines += ["", "</details>"]
        return "\n".join(lines) + "\n"
