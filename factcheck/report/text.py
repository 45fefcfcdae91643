"""The ``text`` format: one block per flag for a person at a terminal or in a CI log.

Each block gives ``file:line:col: severity: message [rule]``, the sentence with the figure
highlighted, and the evidence. On a terminal (or with ``color=True``) it is coloured with rich;
otherwise it is plain text with ``^`` under the flagged figure and ``~`` under the other figures
it involves. Suppressed flags are counted in the closing line, and listed with
``show_suppressed=True``. It does not print the run's summary table (the CLI does).
"""

from __future__ import annotations

import io
import os
from typing import IO

from factcheck.model import DocumentResult, Flag, RunResult

from .registry import register
from .base import (
    Formatter,
    counts_line,
    coverage_line,
    describe_evidence,
    display_path,
    highlights,
    per_period,
    sentence_span,
    sorted_flags,
    unverified_by_reason,
    unverified_figures,
)

# how many figures a reason's line names before "and N more" (``unverified="grouped"``)
GROUPED_FIGURES = 5
UNVERIFIED_MODES = ("grouped", "all", "none")

# C0/C1 control characters (escape sequences) never reach a terminal: each becomes one U+FFFD,
# so the carets under a sentence stay aligned.
_CONTROL = {c: "\ufffd" for c in [*range(0, 9), *range(11, 32), *range(127, 160)]}

Segment = tuple[str, str]          # (text, style name)
Line = list[Segment]

STYLES = {
    "path": "bold",
    "error": "bold red",
    "warning": "bold yellow",
    "info": "bold blue",
    "rule": "dim",
    "hl": "bold black on yellow",
    "hl2": "underline",
    "dim": "dim",
    "gutter": "dim cyan",
    "suppressed": "dim italic",
    "": "",
}


@register("text")
class TextFormatter(Formatter):
    options = {"color": None, "show_suppressed": False, "summary": True,
               "unverified": "grouped"}

    def format(self, result: RunResult, out: IO[str] | None) -> str:
        lines: list[Line] = []
        for err in result.errors:
            where = f"{err.path}:{err.line}" if err.line else err.path
            lines.append([(where, "path"), (": ", ""), ("error", "error"),
                          (f": {err.message}", "")])
        for dr in result.documents:
            if dr.error:
                lines.append([(display_path(dr.document), "path"), (": ", ""),
                              ("error", "error"), (f": not checked: {dr.error}", "")])
            for flag in sorted_flags(dr.flags):
                if flag.suppressed is not None and not self.opts["show_suppressed"]:
                    continue
                lines.extend(self._flag_block(dr, flag))
        if self.opts["summary"]:
            if lines:
                lines.append([])
            lines.append([(counts_line(result), "dim")])
            lines.append([(coverage_line(result), "dim")])
            lines.extend(self._unverified_lines(result))
        return self._emit(lines, self._use_color(out))

    def _unverified_lines(self, result: RunResult) -> list[Line]:
        """Each unverified figure's reason: by default one line per reason naming its first
        figures ("  no measure (3): draft.md:4 "3,250", ..."); ``unverified="all"``: one line
        per figure with the reason in words; ``"none"``: nothing (the coverage line's counts
        remain)."""
        mode = self.opts["unverified"]
        if mode not in UNVERIFIED_MODES:
            raise ValueError(f"text: unverified must be one of {', '.join(UNVERIFIED_MODES)}, "
                             f"not {mode!r}")
        figures = unverified_figures(result) if mode != "none" else []
        if not figures:
            return []
        if mode == "all":
            return [[("unverified figures:", "dim")]] + [
                [(f"  {u['document']}:{u['line']}:{u['column']}", "path"),
                 (f' "{u["text"]}": {u["reason"]}', ""),
                 ((f" ({u['why']})" if u["why"] else ""), "dim")] for u in figures]
        out: list[Line] = [[("unverified figures by reason (--unverified all lists each with "
                             "why):", "dim")]]
        for reason, group in unverified_by_reason(figures):
            named = ", ".join(f'{u["document"]}:{u["line"]} "{u["text"]}"'
                              for u in group[:GROUPED_FIGURES])
            more = len(group) - GROUPED_FIGURES
            out.append([(f"  {reason} ({len(group)}): ", ""), (named, ""),
                        ((f", and {more} more" if more > 0 else ""), "dim")])
        return out

    def _use_color(self, out: IO[str] | None) -> bool:
        color = self.opts["color"]
        if color is not None:
            return bool(color)
        if out is None or os.environ.get("NO_COLOR"):
            return False
        isatty = getattr(out, "isatty", None)
        return bool(isatty and isatty())

    def _flag_block(self, dr: DocumentResult, flag: Flag) -> list[Line]:
        doc = dr.document
        head: Line = [
            (f"{display_path(doc)}:{flag.line}:{flag.column}", "path"),
            (": ", ""),
            (flag.severity, flag.severity if flag.severity in STYLES else ""),
            (f": {flag.message} ", ""),
            (f"[{flag.rule}]", "rule"),
        ]
        if flag.suppressed is not None:
            head.append((f" (suppressed: {flag.suppressed})", "suppressed"))
        block = [head]
        s0, s1 = sentence_span(dr, flag)
        sentence = doc.text[s0:s1].replace("\n", " ").replace("\t", " ").replace("\r", " ")
        marks = highlights(dr, flag, (s0, s1))
        # Keep the sentence's own width: strip only what lies outside the marks.
        lead = len(sentence) - len(sentence.lstrip())
        tail = len(sentence.rstrip())
        body: Line = [("    | ", "gutter")]
        carets = []
        pos = s0 + lead
        for a, b, primary in marks:
            body.append((doc.text[pos:a].replace("\n", " "), ""))
            body.append((doc.text[a:b].replace("\n", " "), "hl" if primary else "hl2"))
            carets.append(" " * (a - pos) + ("^" if primary else "~") * (b - a))
            pos = b
        body.append((doc.text[pos : s0 + tail].replace("\n", " "), ""))
        block.append(body)
        block.append([("    | ", "gutter"), ("".join(carets), "caret")])
        claim_lines = {c.id: c.line for c in dr.claims}
        for ev in flag.evidence:
            block.append([("    = ", "gutter"), ("evidence: ", "dim"),
                          (describe_evidence(ev, claim_lines), "")])
        claim = next((c for c in dr.claims if flag.claims[:1] == (c.id,)), None)
        ex = claim.extra_dict() if claim is not None and claim.extra else {}
        if ex.get("readings"):
            block.append([("    = ", "gutter"), ("readings: ", "dim"),
                          ("; ".join(f"{r[0]} ({r[4]})" for r in ex["readings"]), "")])
        for c in dr.claims:
            if c.id in flag.claims and (pp := per_period(c)):
                # "$12 an hour": the amount's period, which its unit (USD) does not carry
                block.append([("    = ", "gutter"), ("per period: ", "dim"),
                              (f"{c.text} is {pp}", "")])
        if ex.get("basis") and (flag.weak or flag.evidence and any(e.kind == "dataset"
                                                                   for e in flag.evidence)):
            # how the keys the comparison rests on were decided (an error needs them written
            # or carried; a document default gives at most a warning)
            block.append([("    = ", "gutter"), ("basis: ", "dim"),
                          (", ".join(f"{k} {how}" for k, how in ex["basis"]),
                           "")])
        if flag.suggestion:
            block.append([("    = ", "gutter"), ("suggestion: ", "dim"), (flag.suggestion, "")])
        return block

    def _emit(self, lines: list[Line], color: bool) -> str:
        if not color:
            return "".join(
                "".join(t for t, _ in line).translate(_CONTROL).rstrip() + "\n" for line in lines
            )
        from rich.console import Console
        from rich.text import Text

        buf = io.StringIO()
        console = Console(file=buf, force_terminal=True, color_system="standard",
                          highlight=False, soft_wrap=True, emoji=False, markup=False)
        for line in lines:
            if line and line[-1][1] == "caret":
                continue  # the colour already shows what is highlighted
            t = Text()
            for seg, style in line:
                t.append(seg.translate(_CONTROL), style=STYLES.get(style, ""))
            console.print(t)
        return buf.getvalue()
