"""The ``html`` format: one self-contained page for an editor.

Each document is shown paragraph by paragraph: every claim is marked by its status (supported,
contradicted, unverified) and every flag stands beside its paragraph with the rule, message,
help, evidence and, when suppressed, the reason. For a claim checked against a reference
series, a small chart (matplotlib, inline SVG) shows the series around the date with the
claim's interval marked. The series come from the caller (``series``: claim id -> ``(date,
value)`` pairs) or, failing that, from the dated dataset values in the claim's evidence.

The page loads nothing: no scripts, fonts, images or styles from the network (a
Content-Security-Policy says so too), and every piece of text is escaped. matplotlib is
imported only when a chart is drawn, so the other formats stay fast.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import IO

from factcheck.extract.updates import Update, document_updates, update_at
from factcheck.model import Claim, DocumentResult, Evidence, Flag, RunResult
from factcheck.normalize.figures import quantity

from .registry import register
from .base import (
    Formatter,
    claim_statuses,
    counts_line,
    coverage_line,
    describe_evidence,
    display_path,
    per_period,
    sorted_flags,
)

STATUS_COLORS = {"supported": "#1a7f37", "contradicted": "#cf222e", "unverified": "#9a6700"}

CSS = """
:root { color-scheme: light; --ok:#1a7f37; --bad:#cf222e; --unk:#9a6700; --muted:#57606a; }
* { box-sizing: border-box; }
body { font: 16px/1.5 Georgia, "Times New Roman", serif; color:#1f2328; margin:0;
       background:#f6f8fa; }
header, section.doc, section.errors { max-width: 1200px; margin: 0 auto; padding: 16px 24px; }
header h1 { font: 600 22px/1.2 system-ui, sans-serif; margin: 8px 0; }
.summary, .meta, .legend, .notes, nav { font: 14px/1.4 system-ui, sans-serif; }
.meta, .summary { color: var(--muted); }
section.doc { background:#fff; border:1px solid #d0d7de; border-radius:8px; margin-bottom:24px; }
section.doc h2 { font: 600 20px/1.3 system-ui, sans-serif; margin: 4px 0; }
.para { display:grid; grid-template-columns: minmax(0,3fr) minmax(0,2fr); gap: 24px;
        border-top: 1px solid #eaeef2; padding: 10px 0; }
.para .text p { white-space: pre-wrap; margin: 0; overflow-wrap: anywhere; }
mark.claim { border-radius: 3px; padding: 0 2px; color: inherit; }
mark.supported { background:#dafbe1; box-shadow: inset 0 -2px var(--ok); }
mark.contradicted { background:#ffebe9; box-shadow: inset 0 -2px var(--bad); }
mark.unverified { background:#fff8c5; box-shadow: inset 0 -2px var(--unk); }
mark.unchecked { background: none; box-shadow: none; border: 1px dashed #8c959f;
                 color: #57606a; }
mark.flagonly { background:#eaeef2; }
mark.flagged { outline: 2px solid currentColor; outline-offset: 1px; }
sup.ref { font: 600 11px system-ui, sans-serif; }
sup.ref a { color: var(--bad); text-decoration: none; }
.card { border:1px solid #d0d7de; border-left: 4px solid var(--muted); border-radius:6px;
        padding: 8px 10px; margin-bottom: 10px; background:#fff; }
.card.error { border-left-color: var(--bad); }
.card.warning { border-left-color: #bf8700; }
.card.info { border-left-color: #0969da; }
.card.suppressed { opacity: .65; }
.card .head { display:flex; gap:8px; flex-wrap:wrap; align-items:baseline; }
.sev { font-weight:700; text-transform:uppercase; font-size:11px; letter-spacing:.04em; }
.sev.error { color: var(--bad); } .sev.warning { color:#9a6700; } .sev.info { color:#0969da; }
.rule { font-weight:600; } .rid, .loc { color: var(--muted); font-size:12px; }
.card p { margin: 4px 0; } .help { color: var(--muted); white-space: pre-line; }
.help summary { cursor: pointer; white-space: normal; }
.badge { display:inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px;
         background:#eaeef2; }
.badge.supported { background:#dafbe1; color: var(--ok); }
.badge.contradicted { background:#ffebe9; color: var(--bad); }
.badge.unverified { background:#fff8c5; color: var(--unk); }
ul.evidence { margin: 4px 0; padding-left: 18px; }
.chart svg { width: 100%; height: auto; display:block; }
.doc-error, section.errors li { color: var(--bad); font: 14px system-ui, sans-serif; }
section.update { border-top: 2px solid #d0d7de; margin-top: 12px; }
.update-head { font: 600 16px/1.3 system-ui, sans-serif; margin: 10px 0 4px; }
.update-flags, .updates-summary { color: var(--muted); font-weight: 400; }
nav.updates { font: 14px/1.4 system-ui, sans-serif; }
@media (max-width: 800px) { .para { grid-template-columns: 1fr; } }
"""

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: runs of text separated by blank lines."""
    spans = []
    pos = 0
    for m in re.finditer(r"\n[ \t]*\n\s*", text):
        if text[pos : m.start()].strip():
            spans.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        spans.append((pos, len(text.rstrip())))
    # a paragraph starts at its first visible character (pre-wrap would show leading newlines)
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in spans]


@register("html")
class HtmlFormatter(Formatter):
    # Each chart takes matplotlib some 50 ms: a corpus-wide page draws the first ``max_charts``.
    options = {"title": "factcheck report", "charts": True, "max_charts": 200}

    # the statuses a claim mark can have, in the order the document's summary line counts them
    statuses: tuple[str, ...] = tuple(STATUS_COLORS)

    def claim_status(self, dr: DocumentResult) -> dict[str, str]:
        """claim id -> the status its mark shows (a subclass may add statuses)."""
        return claim_statuses(dr)

    def document_section(self, dr: DocumentResult, i: int = 1) -> str:
        """One document's ``<section>`` alone (for a page that has its own frame)."""
        self._chart_count = 0
        self._charts_skipped = 0
        return self._document(i, dr)

    def format(self, result: RunResult, out: IO[str] | None) -> str:
        self._chart_count = 0
        self._charts_skipped = 0
        body = [self._document(i, dr) for i, dr in enumerate(result.documents, 1)]
        parts = [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{esc(self.opts['title'])}</title>",
            f"<style>{CSS}</style>",
            "</head>",
            "<body>",
            "<header>",
            f"<h1>{esc(self.opts['title'])}</h1>",
            f'<p class="summary">{esc(counts_line(result))}</p>',
            '<p class="legend">Claims: <span class="badge supported">supported</span> '
            '<span class="badge contradicted">contradicted</span> '
            '<span class="badge unverified">unverified</span> '
            '<mark class="claim unchecked">not checkable</mark></p>',
            f'<p class="summary">{esc(coverage_line(result))}</p>',
        ]
        if len(result.documents) > 1:
            parts.append("<nav><ol>")
            for i, dr in enumerate(result.documents, 1):
                n = sum(1 for f in dr.flags if f.suppressed is None)
                parts.append(f'<li><a href="#doc{i}">{esc(self._doc_name(dr))}</a> '
                             f"({n} flag{'s' if n != 1 else ''})</li>")
            parts.append("</ol></nav>")
        parts.append("</header>")
        if result.errors:
            parts.append('<section class="errors"><h2>Inputs that could not be read</h2><ul>')
            parts += [f"<li>{esc(e)}</li>" for e in result.errors]
            parts.append("</ul></section>")
        if self._charts_skipped:
            parts.append(f'<p class="summary">{self._charts_skipped} more charts were left out '
                         f"(the page draws at most {self.opts['max_charts']}).</p>")
        parts += body
        parts += ["</body>", "</html>", ""]
        return "\n".join(parts)

    @staticmethod
    def _doc_name(dr: DocumentResult) -> str:
        return dr.document.title or display_path(dr.document)

    # -- one document ---------------------------------------------------------------------
    def _document(self, i: int, dr: DocumentResult) -> str:
        doc = dr.document
        status = self.claim_status(dr)
        # figures no reference check could look at, and why (the coverage account)
        unchecked = {v.claim: (v.reason or "no reference", v.why or "")
                     for v in dr.verdicts if not v.checked}
        self._unchecked = unchecked
        self._index(dr)
        meta = [display_path(doc)]
        if doc.outlet:
            meta.append(doc.outlet)
        if doc.date:
            meta.append(doc.date.isoformat())
        counts = {s: sum(1 for v in status.values() if v == s) for s in self.statuses}
        meta.append(", ".join(f"{n} {s}" for s, n in counts.items()))
        out = [f'<section class="doc" id="doc{i}">',
               f"<h2>{esc(self._doc_name(dr))}</h2>",
               f'<p class="meta">{esc(" · ".join(meta))}</p>']
        if dr.error:
            out.append(f'<p class="doc-error">Not checked: {esc(dr.error)}</p>')
        flags = sorted_flags(dr.flags)
        claims = sorted(dr.claims, key=lambda c: (c.start, c.end))
        claim_no = {c.id: n for n, c in enumerate(claims, 1)}
        flag_no = {id(f): n for n, f in enumerate(flags, 1)}
        claims_by_id = {c.id: c for c in claims}
        flagged_claims = {cid for f in flags for cid in f.claims[:1]}
        # the flags each claim mark points to (by the flag's first claim, else by its span)
        refs: dict[str, list[Flag]] = {}
        for f in flags:
            key = f.claims[0] if f.claims and f.claims[0] in claims_by_id else None
            if key:
                refs.setdefault(key, []).append(f)
        updates = document_updates(doc)
        if updates:
            out.append(self._update_index(i, updates, flags))
        opened = None
        for p0, p1 in paragraphs(doc.text):
            u = update_at(updates, p0)
            if u is not None and u is not opened:
                if opened is not None:
                    out.append("</section>")
                opened = u
                out.append(self._update_head(i, u, [f for f in flags
                                                    if u.start <= f.start < u.end]))
            p_claims = [c for c in claims if p0 <= c.start < p1]
            p_flags = [f for f in flags if p0 <= f.start < p1]
            if not p_claims and not p_flags and not doc.text[p0:p1].strip():
                continue
            marks: list[tuple[int, int, str]] = []
            for c in p_claims:
                cls = f"claim {status.get(c.id, 'unverified')}"
                if c.id in unchecked:
                    cls += " unchecked"
                if c.id in flagged_claims:
                    cls += " flagged"
                marks.append((c.start, min(c.end, p1), f'c:{c.id}:{cls}'))
            for f in p_flags:
                if not (f.claims and f.claims[0] in claims_by_id) and f.end > f.start:
                    marks.append((f.start, min(f.end, p1), f"f:{flag_no[id(f)]}"))
            text_html = self._marked(i, doc.text, p0, p1, marks, claims_by_id, refs, flag_no,
                                     claim_no, status)
            notes = [self._flag_card(i, dr, f, flag_no[id(f)], status) for f in p_flags]
            charted = {cid for f in p_flags for cid in f.claims[:1]}
            for c in p_claims:
                if c.id not in charted:
                    card = self._claim_card(i, dr, c, claim_no[c.id], status)
                    if card:
                        notes.append(card)
            out.append('<div class="para">'
                       f'<div class="text"><p>{text_html}</p></div>'
                       f'<aside class="notes">{"".join(notes)}</aside></div>')
        if opened is not None:
            out.append("</section>")
        out.append("</section>")
        return "\n".join(out)

    # -- liveblog updates: the findings grouped by the update they stand in ------------------
    @staticmethod
    def _flag_counts(flags: Sequence[Flag]) -> str:
        active = [f for f in flags if f.suppressed is None]
        parts = [f"{n} {s}{'s' if n != 1 else ''}" for s in ("error", "warning", "info")
                 if (n := sum(1 for f in active if f.severity == s))]
        return ", ".join(parts) or "no findings"

    @staticmethod
    def _update_name(u: Update) -> str:
        when = u.when
        return f"{when} · {u.label}" if when and u.label and u.label not in when else \
            (u.label or when or f"update {u.index}")

    def _update_index(self, i: int, updates: Sequence[Update], flags: Sequence[Flag]) -> str:
        """The updates with findings, each with its counts, linked to the update."""
        rows = []
        for u in updates:
            mine = [f for f in flags if u.start <= f.start < u.end]
            if any(f.suppressed is None for f in mine):
                rows.append(f'<li><a href="#d{i}-{u.key}">{esc(self._update_name(u))}</a>: '
                            f"{esc(self._flag_counts(mine))}</li>")
        head = (f'<p class="updates-summary">{len(updates)} updates; findings in '
                f"{len(rows)} of them</p>")
        return f'<nav class="updates">{head}<ol>{"".join(rows)}</ol></nav>' if rows else \
            f'<nav class="updates">{head}</nav>'

    def _update_head(self, i: int, u: Update, flags: Sequence[Flag]) -> str:
        return (f'<section class="update" id="d{i}-{u.key}" data-update="{esc(u.key)}">'
                f'<h3 class="update-head">{esc(self._update_name(u))} '
                f'<span class="update-flags">({esc(self._flag_counts(flags))})</span></h3>')

    def _marked(self, i, text, p0, p1, marks, claims_by_id, refs, flag_no, claim_no, status):
        pieces = []
        pos = p0
        taken_until = p0
        for a, b, tag in sorted(marks, key=lambda m: (m[0], -m[1])):
            if a < taken_until:
                continue  # overlapping marks: the first one wins
            pieces.append(esc(text[pos:a]))
            words = esc(text[a:b])
            if tag.startswith("c:"):
                _, cid, cls = tag.split(":", 2)
                c = claims_by_id[cid]
                n = claim_no[cid]
                tip = f"{status.get(cid, 'unverified')}: {c.text}"
                ex = c.extra_dict()
                if ex.get("basis"):
                    # how each key was decided: written, carried, list head, document default
                    tip += "; " + ", ".join(f"{k} {how}" for k, how in ex["basis"])
                if ex.get("readings"):
                    tip += "; readings: " + " | ".join(f"{r[0]} ({r[4]})"
                                                       for r in ex["readings"])
                why = getattr(self, "_unchecked", {}).get(cid)
                if why:
                    tip = f"not checkable ({why[0]}): {c.text}" + (f"; {why[1]}" if why[1]
                                                                     else "")
                if c.lower is not None or c.upper is not None:
                    tip += f" (interval {quantity(c.lower, c.unit, digits=6)} to " \
                           f"{quantity(c.upper, c.unit, digits=6)})"
                if pp := per_period(c):   # "$12 an hour": its period beside its currency
                    tip += f"; {pp}"
                pieces.append(f'<mark class="{esc(cls)}" id="d{i}-c{n}" '
                              f'data-status="{esc(status.get(cid, "unverified"))}" '
                              f'title="{esc(tip)}">{words}</mark>')
                for f in refs.get(cid, []):
                    pieces.append(self._ref(i, flag_no[id(f)], f))
            else:
                n = int(tag.split(":")[1])
                pieces.append(f'<mark class="flagonly" id="d{i}-m{n}">{words}</mark>')
                pieces.append(f'<sup class="ref"><a href="#d{i}-f{n}">{n}</a></sup>')
            pos = taken_until = b
        pieces.append(esc(text[pos:p1]))
        return "".join(pieces)

    @staticmethod
    def _ref(i: int, n: int, f: Flag) -> str:
        label = f"{n}" if f.suppressed is None else f"{n}, suppressed"
        return f'<sup class="ref"><a href="#d{i}-f{n}" title="{esc(f.rule)}">{esc(label)}</a></sup>'

    def _flag_card(self, i: int, dr: DocumentResult, f: Flag, n: int, status) -> str:
        meta = self.rule(f.rule)
        cls = f"card flag {f.severity}" + (" suppressed" if f.suppressed is not None else "")
        body = [
            f'<div class="{esc(cls)}" id="d{i}-f{n}">',
            '<div class="head">'
            f'<span class="sev {esc(f.severity)}">{esc(f.severity)}</span>'
            f'<span class="rule">{n}. {esc(meta["title"])}</span>'
            f'<span class="rid">{esc(f.rule)}</span>'
            f'<span class="loc">line {f.line}, column {f.column}</span></div>',
            f'<p class="msg">{esc(f.message)}</p>',
        ]
        if meta["help"] and meta["help"] != meta["title"]:
            body.append(f'<details class="help"><summary>About this rule</summary>'
                        f'{esc(meta["help"])}</details>')
        if f.suggestion:
            body.append(f'<p class="suggestion">Suggestion: {esc(f.suggestion)}</p>')
        body.append(self._evidence_list(dr, f.evidence))
        if f.suppressed is not None:
            body.append(f'<p><span class="badge">suppressed</span> {esc(f.suppressed)}</p>')
        claims = self._claims_by_id
        if f.claims and f.claims[0] in claims:
            c = claims[f.claims[0]]
            body.append(self._chart(c, self._points(dr, c), status.get(c.id, "unverified"), dr))
        body.append("</div>")
        return "".join(body)

    def _claim_card(self, i: int, dr: DocumentResult, c: Claim, n: int, status) -> str:
        """A card for an unflagged claim checked against a reference series (with its chart)."""
        points = self._points(dr, c)
        if not points:
            return ""
        st = status.get(c.id, "unverified")
        evidence = self._verdict_evidence.get(c.id, [])
        return (f'<div class="card claim" id="d{i}-n{n}"><div class="head">'
                f'<span class="badge {esc(st)}">{esc(st)}</span>'
                f'<span class="rule">{esc(c.text)}</span></div>'
                f"{self._evidence_list(dr, evidence)}"
                f"{self._chart(c, points, st, dr)}</div>")

    def _index(self, dr: DocumentResult) -> None:
        """The document's look-ups, built once (each claim's card and chart used to scan every
        verdict and flag: 33,000 figures took nine minutes)."""
        self._claims_by_id = {c.id: c for c in dr.claims}
        self._claim_lines = {c.id: c.line for c in dr.claims}
        self._verdict_evidence: dict[str, list[Evidence]] = {}
        for v in dr.verdicts:
            if v.evidence:
                self._verdict_evidence.setdefault(v.claim, []).extend(v.evidence)
        self._flag_evidence: dict[str, list[Evidence]] = {}
        for f in dr.flags:
            if f.claims and f.evidence:
                self._flag_evidence.setdefault(f.claims[0], []).extend(f.evidence)

    def _evidence_list(self, dr: DocumentResult, evidence: Sequence[Evidence]) -> str:
        if not evidence:
            return ""
        items = "".join(f"<li>{esc(describe_evidence(e, self._claim_lines))}</li>"
                        for e in evidence)
        return f'<ul class="evidence">{items}</ul>'

    # -- charts ----------------------------------------------------------------------------
    def _points(self, dr: DocumentResult, c: Claim) -> list[tuple[date, float]]:
        given = self.series.get((dr.document.id, c.id)) or self.series.get(c.id)  # type: ignore
        if given:
            return sorted((d, float(v)) for d, v in given if d is not None and v is not None)
        evidence = self._verdict_evidence.get(c.id, []) + self._flag_evidence.get(c.id, [])
        pts = {(e.date, float(e.value)) for e in evidence
               if e.kind == "dataset" and e.date is not None and e.value is not None}
        return sorted(pts)

    def _chart(self, c: Claim, points: list[tuple[date, float]], status: str,
               dr: DocumentResult) -> str:
        if not points or not self.opts["charts"]:
            return ""
        if self._chart_count >= self.opts["max_charts"]:
            self._charts_skipped += 1
            return ""
        self._chart_count += 1
        svg = render_chart(c, points, STATUS_COLORS.get(status, "#57606a"), dr.document.date)
        # ids inside inline SVGs share the page's namespace: make each chart's ids its own
        prefix = f"ch{self._chart_count}-"
        ids = set(re.findall(r'\bid="([^"]+)"', svg))
        for old in sorted(ids, key=len, reverse=True):
            svg = re.sub(rf'(\bid="|#){re.escape(old)}(?=["\)])', rf"\g<1>{prefix}{old}", svg)
        label = (f"Chart: reference series around {c.period.end.isoformat() if c.period else ''}"
                 f" with the claim's interval for {c.text}")
        return f'<figure class="chart" role="img" aria-label="{esc(label)}">{svg}</figure>'


def render_chart(c: Claim, points: list[tuple[date, float]], color: str,
                 published: date | None = None) -> str:
    """A small SVG chart: the series (line and dots) and the claim's interval (a band)."""
    import matplotlib  # lazily: only the html format draws
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
    from matplotlib.figure import Figure

    with matplotlib.rc_context({"svg.hashsalt": "factcheck", "svg.fonttype": "none",
                                "font.size": 8, "font.family": "sans-serif"}):
        fig = Figure(figsize=(4.2, 2.2), dpi=100)
        ax = fig.add_subplot()
        xs = [d for d, _ in points]
        ys = [v for _, v in points]
        ax.plot(xs, ys, color="#57606a", linewidth=1.2, marker="o", markersize=2.5,
                label="reference")
        lo = c.lower if c.lower is not None else c.value
        hi = c.upper if c.upper is not None else c.value
        if c.period is not None:
            x0, x1 = c.period.start, c.period.end + timedelta(days=1)
            if (x1 - x0).days > 3 * max(1, (xs[-1] - xs[0]).days):
                x0 = min(xs) - timedelta(days=1)
        else:
            x0 = x1 = None
        if lo is not None and hi is not None:
            if x0 is not None and x1 is not None:
                ax.fill_between([x0, x1], [lo, lo], [max(hi, lo), max(hi, lo)], color=color,
                                alpha=0.3, linewidth=0, label="claim", step="pre")
                ax.hlines([lo, hi] if hi != lo else [lo], x0, x1, colors=color, linewidth=1.5)
            else:
                ax.axhspan(lo, max(hi, lo), color=color, alpha=0.3, label="claim")
        if published is not None and not (xs[0] - timedelta(days=60) <= published
                                          <= xs[-1] + timedelta(days=60)):
            published = None
        if published is not None:
            ax.axvline(published, color="#0969da", linestyle=":", linewidth=1, label="published")
        # at least two weeks of axis, so a single day reads as a day and not as hours
        lo_x = min([*xs, *([x0] if x0 else []), *([published] if published else [])])
        hi_x = max([*xs, *([x1] if x1 else [])])
        if (hi_x - lo_x).days < 14:
            pad = timedelta(days=(14 - (hi_x - lo_x).days) // 2 + 1)
            ax.set_xlim(lo_x - pad, hi_x + pad)
        locator = AutoDateLocator(minticks=3, maxticks=6)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
        ax.yaxis.set_major_formatter(lambda v, _pos: quantity(v, digits=6))
        ax.spines[["top", "right"]].set_visible(False)
        ax.grid(axis="y", color="#eaeef2", linewidth=0.8)
        ax.legend(loc="best", fontsize=7, frameon=False)
        ax.set_title(f"{c.text}: {quantity(lo, c.unit, digits=6)} to "
                     f"{quantity(hi, c.unit, digits=6)}",
                     fontsize=8, loc="left")
        fig.tight_layout(pad=0.4)
        buf = io.StringIO()
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]
    return re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.DOTALL).strip()



