"""Shared pieces of the formatters: the base class, rule metadata, spans, wording of evidence.

Only presentation helpers live here: nothing reads files, runs rules or changes a record.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from pathlib import PurePath
from typing import IO, Any, ClassVar, TypedDict

from factcheck.model import (Claim, Document, DocumentResult, Evidence, Flag, RunResult,
                             Verdict, severity_rank)
from factcheck.normalize.figures import quantity

from .notices import RULES_META as _NOTICE_RULES
from .suppress import RULES_META as _SUPPRESSION_RULES


class RuleMeta(TypedDict, total=False):
    """What a report says about a rule; every key is optional (the id stands in for a title)."""

    title: str
    description: str
    severity: str
    help: str
    pack: str
    references: list[str]


class Formatter:
    """One output format. Subclasses set ``options`` (name -> default) and implement ``format``."""

    name: ClassVar[str] = ""
    options: ClassVar[Mapping[str, Any]] = {}

    def __init__(
        self,
        rules_meta: Mapping[str, Mapping[str, Any]] | None = None,
        series: Mapping[str, Sequence[tuple[date, float]]] | None = None,
        **options: Any,
    ) -> None:
        unknown = sorted(set(options) - set(self.options))
        if unknown:
            raise TypeError(f"report format {self.name!r} has no option {', '.join(unknown)}")
        self.rules_meta = rules_meta or {}
        self.series = series or {}
        self.opts = {**self.options, **options}

    def format(self, result: RunResult, out: IO[str] | None) -> str:
        raise NotImplementedError

    def render(self, result: RunResult, out: IO[str] | None = None) -> str:
        text = self.format(result, out)
        if out is not None:
            out.write(text)
        return text

    def write(self, result: RunResult, out: IO[str]) -> None:
        """Write the report to ``out``; a format whose report can be large streams it."""
        out.write(self.format(result, out))

    # -- rule metadata -------------------------------------------------------------------
    def rule(self, rule_id: str) -> dict[str, Any]:
        """Metadata for ``rule_id`` with every key present (the id stands in for a title).

        Beyond title, description, severity and help, ``pack`` and ``references`` (a list of
        citations) are used when the mapping has them."""
        meta: Mapping[str, Any] = (self.rules_meta.get(rule_id)
                                   or _SUPPRESSION_RULES.get(rule_id)
                                   or _NOTICE_RULES.get(rule_id, {}))
        title = str(meta.get("title") or rule_id)
        refs = meta.get("references") or ()
        return {
            "title": title,
            "description": str(meta.get("description") or title),
            "severity": str(meta.get("severity") or ""),
            "help": str(meta.get("help") or meta.get("description") or title),
            "pack": str(meta.get("pack") or ""),
            "references": [str(r) for r in ([refs] if isinstance(refs, str) else refs)],
        }

    def rule_ids(self, result: RunResult) -> list[str]:
        """Rules that fired in this run, then the other known ones, each list sorted."""
        fired = sorted({f.rule for d in result.documents for f in d.flags})
        known = sorted(set(self.rules_meta) - set(fired))
        return fired + known


# -- files ------------------------------------------------------------------------------
def write_atomically(path: str | os.PathLike[str], text: str | Callable[[IO[str]], None]
                     ) -> None:
    """Write ``text`` (or what a writer function writes to the file it is given) to ``path``
    whole or not at all (a temp file beside it, then a rename). Raises OSError; the temp file
    never stays behind. A path that is no regular file (a device, a pipe: "-o /dev/null",
    "-o /dev/stdout") is written in place: a rename onto it would put a regular file where
    the device was."""
    target = os.fspath(path)
    if os.path.exists(target) and not os.path.isfile(target):
        with open(target, "w", encoding="utf-8", newline="") as f:
            _write(f, text)
        return
    folder, name = os.path.split(target)
    tmp = os.path.join(folder, f".{name}.tmp{os.getpid()}")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            _write(f, text)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _write(f: IO[str], text: str | Callable[[IO[str]], None]) -> None:
    if callable(text):
        text(f)
    else:
        f.write(text)


# -- places and words --------------------------------------------------------------------
def file_path(doc: Document) -> str:
    """The file a document was read from (posix), or its id when it has none."""
    if doc.path:
        return PurePath(doc.path).as_posix() if os.sep != "/" else doc.path
    return doc.id


def display_path(doc: Document) -> str:
    """How a person is shown a document: its file, and for one of the many documents of a
    JSONL file, ``file#id`` (its lines and columns count within that document's text)."""
    path = file_path(doc)
    if doc.path and doc.path.lower().endswith(".jsonl") and doc.id != doc.path:
        return f"{path}#{doc.id}"
    return path


def sorted_flags(flags: Iterable[Flag]) -> list[Flag]:
    return sorted(flags, key=lambda f: (f.start, f.end, -severity_rank(f.severity), f.rule, f.id))


def active(flags: Iterable[Flag]) -> list[Flag]:
    return [f for f in flags if f.suppressed is None]


def line_span(text: str, offset: int) -> tuple[int, int]:
    """The line of ``text`` that holds ``offset``, without its newline."""
    offset = max(0, min(offset, len(text)))
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def sentence_span(dr: DocumentResult, flag: Flag) -> tuple[int, int]:
    """The sentence a flag stands in: its first claim's sentence, else the enclosing line."""
    claims = {c.id: c for c in dr.claims}
    for cid in flag.claims:
        c = claims.get(cid)
        if c is not None and c.sentence != (0, 0) and c.sentence[0] <= flag.start < c.sentence[1]:
            return c.sentence
    for cid in flag.claims:
        c = claims.get(cid)
        if c is not None and c.sentence != (0, 0):
            return c.sentence
    return line_span(dr.document.text, flag.start)


def highlights(dr: DocumentResult, flag: Flag, span: tuple[int, int]) -> list[tuple[int, int, bool]]:
    """Spans to highlight inside ``span``: the flag's own figure (primary=True) and the other
    figures of its claims (primary=False), clipped to the span and never overlapping."""
    s0, s1 = span
    claims = {c.id: c for c in dr.claims}
    marks: list[tuple[int, int, bool]] = []
    if flag.end > flag.start:
        marks.append((flag.start, flag.end, True))
    for cid in flag.claims:
        c = claims.get(cid)
        if c is not None and c.end > c.start:
            marks.append((c.start, c.end, False))
    out: list[tuple[int, int, bool]] = []
    for a, b, primary in sorted(marks, key=lambda m: (m[0], not m[2])):
        a, b = max(a, s0), min(b, s1)
        if a >= b or any(a < ob and b > oa for oa, ob, _ in out):
            continue
        out.append((a, b, primary))
    return sorted(out)


def describe_evidence(ev: Evidence, claim_lines: Mapping[str, int] | None = None) -> str:
    """One line saying where a value comes from: source, date, value, words, detail."""
    where: list[str] = []
    if ev.kind == "claim":
        line = (claim_lines or {}).get(ev.claim or "")
        where.append(f"this article, line {line}" if line else "this article")
    elif ev.source:
        where.append(ev.source)
    elif ev.document:
        where.append(ev.document)
    else:
        where.append(ev.kind)
    if ev.kind != "claim" and ev.source and ev.document and ev.document != ev.source:
        where.append(f"({ev.document})")
    if ev.date:
        where.append(ev.date.isoformat())
    head = " ".join(where[:1] + [w for w in where[1:] if w.startswith("(")])
    dated = [w for w in where[1:] if not w.startswith("(")]
    if dated:
        head += ", " + ", ".join(dated)
    parts = [head + ":"]
    # a figure of this article is shown as the article writes it ("$43.6 billion"), not as
    # its normalized value (43,600,000,000 USD); another source's value is shown as stored
    if ev.value is not None and not (ev.kind == "claim" and ev.text and
                                     any(ch.isdigit() for ch in ev.text)):
        parts.append(quantity(ev.value, ev.unit, digits=6))
    if ev.text:
        parts.append(f"\u201c{ev.text}\u201d")
    if ev.detail:
        parts.append(f"({ev.detail})")
    return " ".join(parts)


def per_period(claim: Claim | None) -> str:
    """The stretch an amount of money is said per, as every format shows it: "per hour (“an
    hour”)" for "$12 an hour" ("" when none). The claim keeps its currency as its unit, for
    the rules; the period beside it (``extra.per_period``) would be lost on a reader who sees
    only "$12"."""
    if claim is None or not claim.extra:
        return ""
    pp = claim.extra_dict().get("per_period")
    if not isinstance(pp, Mapping) or not pp.get("unit"):
        return ""
    words = f" (“{pp['words']}”)" if pp.get("words") else ""
    return f"per {pp['unit']}{words}"


def claim_statuses(dr: DocumentResult) -> dict[str, str]:
    """claim id -> supported|contradicted|unverified (no verdict means unverified; a claim
    with several verdicts takes the worst: contradicted over unverified over supported)."""
    order = {"contradicted": 3, "unverified": 2, "supported": 1}
    status = {c.id: "unverified" for c in dr.claims}
    seen: set[str] = set()
    for v in dr.verdicts:
        if v.claim not in seen or order.get(v.status, 0) > order.get(status.get(v.claim, ""), 0):
            status[v.claim] = v.status
            seen.add(v.claim)
    return status


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def coverage_line(result: RunResult) -> str:
    """'14 figures: 9 checked (8 supported, 1 contradicted), 5 not checkable (3 no reference,
    2 no subject)': every figure, checked against reference data or earlier articles, checked
    within the article only ('6 checked (6 within the article only)': restated, summed or
    worked from its other figures), or not checkable and why, so that "0 flags" never stands
    for "not looked at"."""
    cov = result.summary()["coverage"]
    checked = cov["checked"]
    within = cov.get("within_article", 0)
    n_checked = sum(checked.values()) + within
    n_not = sum(cov["not_checkable"].values())
    line = f"{plural(n_checked + n_not, 'figure')}: {n_checked} checked"
    parts = ", ".join([f"{n} {s}" for s, n in checked.items() if n] +
                      ([f"{within} within the article only"] if within else []))
    if parts:
        line += f" ({parts})"
    line += f", {n_not} not checkable"
    why = ", ".join(f"{n} {r}" for r, n in cov["not_checkable"].items())
    if why:
        line += f" ({why})"
    return line


class Unverified(TypedDict):
    """One figure whose verdict is ``unverified``, as every format names it."""

    document: str       # the document's display path
    claim: str
    text: str
    line: int
    column: int
    reason: str
    why: str


# an unverified figure that was compared with reference data, or with the article's own
# figures only, and that no reason of the coverage account names
UNSETTLED = "compared, not settled"


def unverified_reason(v: Verdict) -> str:
    """The short reason an unverified figure is listed under: the coverage account's reason
    (``Verdict.reason``; "no reference" when none was recorded for a figure nothing looked
    at), else "compared, not settled" (its readings neither all agree nor all disagree,
    another source's figure, a figure checked within the article only)."""
    if v.reason:
        return v.reason
    return UNSETTLED if v.checked or v.within_article_only else "no reference"


def unverified_figures(result: RunResult) -> list[Unverified]:
    """Every unverified figure of the run, in document and text order, with its reason and
    why in words (``Verdict.why``)."""
    return [u for dr in result.documents for u in document_unverified(dr)]


def document_unverified(dr: DocumentResult) -> list[Unverified]:
    """One document's unverified figures in text order (``unverified_figures``)."""
    out: list[Unverified] = []
    claims = {c.id: c for c in dr.claims}
    for v in dr.verdicts:
        c = claims.get(v.claim)
        if v.status != "unverified" or c is None:
            continue
        line, col = dr.document.line_col(c.start)
        out.append(Unverified(document=display_path(dr.document), claim=c.id, text=c.text,
                              line=line, column=col, reason=unverified_reason(v),
                              why=v.why or ""))
    out.sort(key=lambda u: (u["line"], u["column"]))
    return out


def unverified_by_reason(figures: Sequence[Unverified]) -> list[tuple[str, list[Unverified]]]:
    """The figures grouped by reason, the largest group first (ties by reason)."""
    groups: dict[str, list[Unverified]] = {}
    for u in figures:
        groups.setdefault(u["reason"], []).append(u)
    return sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))


def counts_line(result: RunResult) -> str:
    """'3 flags (1 error, 2 warnings) in 2 documents, 1 suppressed' in words."""
    s = result.summary()
    n = sum(s["flags"].values())
    sev = ", ".join(plural(s["flags"][k], k) for k in ("error", "warning", "info") if s["flags"][k])
    line = f"{plural(n, 'flag')}" + (f" ({sev})" if sev else "")
    line += f" in {plural(s['documents'], 'document')}"
    if s["suppressed"]:
        line += f", {s['suppressed']} suppressed"
    if s["errors"]:
        line += f", {plural(s['errors'], 'document error')}"
    return line
