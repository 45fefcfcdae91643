"""The public data model: Document, Claim, Flag, Verdict and the run's results.

Every stage of the pipeline (document -> extract -> normalize -> engine -> flags/verdicts ->
report) passes these records along. They are frozen and picklable (they cross process
boundaries to the engine workers) and they never reference a registry, a database handle or any
other live object. ``as_dict`` renders each one in the shape of the public JSON contract
(``factcheck/schemas/report.schema.json``); nothing else in the package builds that shape.
"""

from __future__ import annotations

import dataclasses
import hashlib
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any

SEVERITIES = ("error", "warning", "info")
STATUSES = ("supported", "contradicted", "unverified")


def severity_rank(severity: str) -> int:
    """error=3, warning=2, info=1; unknown=0. Used for --fail-on and sorting."""
    return {"error": 3, "warning": 2, "info": 1}.get(severity, 0)


@dataclass(frozen=True)
class Document:
    """One article: the text that offsets refer to (for files, the body after front matter).

    ``line_offset`` is the number of lines that precede ``text`` in the file (front matter), so
    that reported line numbers are lines of the file a person opens. ``lead`` is the length of
    the part of ``text`` before the body that holds the front matter's headline and standfirst
    (``document.front_lead``: its ``title``, ``description``, ``summary`` with a figure in
    them, each on its own line of the file and the rest of the front matter blank lines), 0
    when there is none.
    """

    id: str
    text: str
    path: str | None = None
    date: date | None = None
    title: str | None = None
    outlet: str | None = None
    line_offset: int = 0
    meta: tuple[tuple[str, Any], ...] = ()
    lead: int = 0

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the file for a character offset into ``text``."""
        offset = max(0, min(offset, len(self.text)))
        newlines = self._newlines
        line = bisect_left(newlines, offset)        # the line breaks before ``offset``
        last_nl = newlines[line - 1] if line else -1
        return line + 1 + self.line_offset, offset - last_nl

    @cached_property
    def _newlines(self) -> list[int]:
        """Where ``text``'s line breaks are, found once (a flag's line was counted from the
        start of the text each time: quadratic in a long document's flags)."""
        text, out, i = self.text, [], self.text.find("\n")
        while i >= 0:
            out.append(i)
            i = text.find("\n", i + 1)
        return out


@dataclass(frozen=True)
class Period:
    """The closed interval of days a figure covers (ISO dates in JSON)."""

    start: date
    end: date

    def as_dict(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}


@dataclass(frozen=True)
class Claim:
    """One normalized assertion: a figure with what it measures, of whom, when, and who says so.

    ``value`` is in ``unit`` (a string pint parses; "" for plain counts). ``lower``/``upper`` is
    the interval the wording allows (qualifier and rounding); either may be None for an open
    bound ("more than 5" has no upper bound unless the journalistic reading gives one).
    """

    id: str
    text: str
    start: int
    end: int
    line: int
    column: int
    value: float | None
    unit: str = ""
    lower: float | None = None
    upper: float | None = None
    qualifier: str | None = None
    measure: str | None = None
    subject: str | None = None
    period: Period | None = None
    source: str | None = None
    hedge: str | None = None
    # Beyond the contract's required fields (documented in the schema as optional):
    cumulative: bool = False          # a running total ("overall", "since the invasion began")
    sentence: tuple[int, int] = (0, 0)  # offsets of the sentence the claim stands in
    section: str = "body"             # headline | keypoints | body | caption
    quoted: bool = False              # inside a quotation
    group: str | None = None          # id shared by the items of one coordinated list
    role: str | None = None           # e.g. "total", "part", "share", "change"
    update: str | None = None         # the liveblog update it stands in ("u3"), if any
    extra: tuple[tuple[str, Any], ...] = ()  # stage-specific details (ranges, conversions...)

    @classmethod
    def from_fields(cls, fields: dict[str, Any]) -> "Claim":
        """A claim from a dict holding every field, for the extractor's hot path.

        The frozen dataclass ``__init__`` sets each of the 23 fields through
        ``object.__setattr__`` (about 3 µs a claim, a twentieth of extraction time on a dense
        text); this fills the instance dictionary at once. ``fields`` must name exactly the
        dataclass fields (checked), and the result compares, hashes and pickles like any claim.
        """
        if fields.keys() != _CLAIM_FIELDS:
            missing = _CLAIM_FIELDS - fields.keys()
            raise TypeError(f"Claim.from_fields: missing {sorted(missing)}, "
                            f"unknown {sorted(fields.keys() - _CLAIM_FIELDS)}")
        c = object.__new__(cls)
        c.__dict__.update(fields)
        return c

    def as_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "value": self.value,
            "unit": self.unit,
            "lower": self.lower,
            "upper": self.upper,
            "qualifier": self.qualifier,
            "measure": self.measure,
            "subject": self.subject,
            "period": self.period.as_dict() if self.period else None,
            "source": self.source,
            "hedge": self.hedge,
            "cumulative": self.cumulative,
            "section": self.section,
        }
        if self.group:
            d["group"] = self.group
        if self.role:
            d["role"] = self.role
        if self.update:
            d["update"] = self.update
        if self.extra:
            extra = {k: _extra_json(k, v) for k, v in self.extra if k not in _ENGINE_ONLY}
            for k in ("basis", "readings"):
                if k in extra:
                    d[k] = extra.pop(k)
            if extra:
                d["extra"] = extra
        return d

    def extra_dict(self) -> dict[str, Any]:
        return dict(self.extra)


_CLAIM_FIELDS = frozenset(f.name for f in dataclasses.fields(Claim))
# details normalization keeps for the engine's facts only, not shown in reports: ``noun``, the
# first content word after the figure (``normalize.lexicon.counted_noun``), is a comparison
# key for dimension-mismatch, often not a word a reader would call the figure's noun
_ENGINE_ONLY = frozenset({"noun"})


@dataclass(frozen=True)
class Evidence:
    """Where a contradicting or supporting value comes from."""

    kind: str                   # "claim" (same document), "dataset", "article"
    value: float | None = None
    unit: str = ""
    text: str | None = None     # the words, for a claim
    claim: str | None = None    # claim id, for a claim in this document
    source: str | None = None   # dataset or outlet name / attribution
    date: date | None = None
    document: str | None = None  # document id or dataset id
    detail: str | None = None   # free text: "daily increment of personnel on 2024-12-17"

    def as_dict(self) -> dict[str, Any]:
        d = {k: _jsonable(v) for k, v in dataclasses.asdict(self).items() if v is not None}
        d.setdefault("kind", self.kind)
        return d


@dataclass(frozen=True)
class Reference:
    """A value from outside the document that a claim can be checked against.

    Built by ``factcheck.store`` for one claim of the document being checked (``claim``), from a
    reference dataset (``kind="dataset"``) or a prior article in the store (``kind="article"``).
    ``role`` says what the value is for the claim: "period" (the dataset value over the claim's
    own period, with ``lag`` days of reporting lag), "latest" (the latest known cumulative value
    as of publication), "prior" (a prior article's figure for the same measure, subject and
    period) or "previous" (the latest prior report of the same measure and subject, any period).
    """

    claim: str
    kind: str
    role: str
    measure: str
    subject: str | None
    value: float
    unit: str = ""
    lower: float | None = None
    upper: float | None = None
    period: Period | None = None
    date: date | None = None          # report date (dataset) or publication date (article)
    lag: int = 0
    cumulative: bool = False
    source: str | None = None         # "General Staff of the Armed Forces of Ukraine", outlet
    document: str | None = None       # dataset id or article id
    text: str | None = None           # the prior article's words
    detail: str | None = None
    correction: float | None = None   # a published correction that explains a drop
    reading: str | None = None        # the claim's reading this value checks ("the running
                                      # total to 2024-04-25"), when its words leave several
    weak: bool = False                # that reading rests on a document default only
    record: int = 0                   # the highest daily figure of its days (1), the lowest
                                      # (-1), 2 and -2 when the words name the window: a
                                      # record reading's value; 0 otherwise
    margin: float = 0.0               # a derived figure's spread (a share of the value): a
                                      # claim that misses the value by less is not contradicted
                                      # (another party's arithmetic: its window, its days,
                                      # the reports as first published)

    def as_evidence(self) -> "Evidence":
        return Evidence(kind=self.kind, value=self.value, unit=self.unit, text=self.text,
                        source=self.source, date=self.date, document=self.document,
                        detail=self.detail)


@dataclass(frozen=True)
class Flag:
    """One finding of one rule, tied to words in the document."""

    id: str
    rule: str
    severity: str
    message: str
    start: int
    end: int
    line: int
    column: int
    claims: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    suppressed: str | None = None   # the reason, when an inline suppression or baseline covers it
    suggestion: str | None = None
    # why a rule that gives errors gave a warning: the weak key it rests on (docs/rules.md)
    weak: str | None = None

    def as_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "claims": list(self.claims),
            "evidence": [e.as_dict() for e in self.evidence],
        }
        if self.suggestion:
            d["suggestion"] = self.suggestion
        if self.weak:
            d["weak"] = self.weak
        if self.suppressed is not None:
            d["suppressed"] = self.suppressed
        return d


# why a figure could not be checked against reference data or earlier articles (the short
# names the coverage account counts; Verdict.why says more)
REASONS = ("no value", "no measure", "no subject", "no period", "no reference",
           "no reference for that period", "before the dataset starts", "after the dataset ends",
           "another source", "language not supported", "over the figure limit")


@dataclass(frozen=True)
class Verdict:
    """What the reference data and prior reports say of one claim, and which checks looked at
    it: ``checks`` names the check families ("reference data", "earlier articles", "within
    the article"); a claim no reference check could look at has a ``reason`` (one of
    ``REASONS``) and ``why`` in words; ``reading`` is the reading of the claim its status
    rests on, when its words left several."""

    claim: str
    status: str
    evidence: tuple[Evidence, ...] = ()
    checks: tuple[str, ...] = ()
    reason: str | None = None
    why: str | None = None
    reading: str | None = None

    @property
    def checked(self) -> bool:
        """Whether reference data or an earlier article was compared with the claim."""
        return "reference data" in self.checks or "earlier articles" in self.checks

    @property
    def within_article_only(self) -> bool:
        """Whether the claim was checked against the article's own figures only (restated,
        summed, worked from others) and no reference: the coverage account counts it as
        checked within the article, not as not checkable (unless the document's language or
        its figure limit kept every check from it)."""
        return not self.checked and "within the article" in self.checks and \
            self.reason not in ("language not supported", "over the figure limit")

    def as_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"claim": self.claim, "status": self.status,
                             "evidence": [e.as_dict() for e in self.evidence],
                             "checks": list(self.checks)}
        if self.reason:
            d["reason"] = self.reason
        if self.why:
            d["why"] = self.why
        if self.reading:
            d["reading"] = self.reading
        return d


@dataclass(frozen=True)
class DocumentError:
    """A document that could not be read or checked: one line for a person."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"

    def as_dict(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "message": self.message}


@dataclass(frozen=True)
class DocumentResult:
    """Everything one run found for one document."""

    document: Document
    claims: tuple[Claim, ...] = ()
    flags: tuple[Flag, ...] = ()
    verdicts: tuple[Verdict, ...] = ()
    error: str | None = None   # the engine failed on this document (crash, timeout)

    def as_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.document.id,
            "path": self.document.path,
            "date": self.document.date.isoformat() if self.document.date else None,
            "claims": [c.as_dict() for c in self.claims],
            "flags": [f.as_dict() for f in self.flags],
            "verdicts": [v.as_dict() for v in self.verdicts],
        }
        if self.document.title:
            d["title"] = self.document.title
        if self.error:
            d["error"] = self.error
        return d


@dataclass(frozen=True)
class RunResult:
    """A whole run: documents in input order, and the inputs that could not be read."""

    documents: tuple[DocumentResult, ...] = ()
    errors: tuple[DocumentError, ...] = ()

    def summary(self) -> dict[str, Any]:
        flags = [f for d in self.documents for f in d.flags]
        active = [f for f in flags if f.suppressed is None]
        verdicts = [v for d in self.documents for v in d.verdicts]
        checked = [v for v in verdicts if v.checked]
        within = [v for v in verdicts if v.within_article_only]
        reasons: dict[str, int] = {}
        for v in verdicts:
            if not v.checked and not v.within_article_only:
                reasons[v.reason or "no reference"] = reasons.get(v.reason or "no reference",
                                                                  0) + 1
        return {
            "documents": len(self.documents),
            "claims": sum(len(d.claims) for d in self.documents),
            "flags": {s: sum(1 for f in active if f.severity == s) for s in SEVERITIES},
            "suppressed": len(flags) - len(active),
            "verdicts": {s: sum(1 for v in verdicts if v.status == s) for s in STATUSES},
            "errors": len(self.errors) + sum(1 for d in self.documents if d.error),
            # every figure: checked against reference data or earlier articles (by status),
            # checked within the article only (against its other figures), or not checkable
            # (by reason)
            "coverage": {
                "checked": {s: sum(1 for v in checked if v.status == s) for s in STATUSES},
                "within_article": len(within),
                "not_checkable": dict(sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))),
            },
        }

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": [d.as_dict() for d in self.documents],
            "errors": [e.as_dict() for e in self.errors],
            "summary": self.summary(),
        }


def fingerprint(*parts: Any, length: int = 16) -> str:
    """A stable id from the parts that identify a finding (rule, words, values), never offsets."""
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


_READING_FIELDS = ("label", "start", "end", "cumulative", "basis", "words", "record", "window")


def _extra_json(key: str, v: Any) -> Any:
    """``extra`` in JSON: readings as objects, the keys' basis as one object."""
    if key == "readings":
        return [{f: (bool(x) if f in ("cumulative", "record") else x)
                 for f, x in zip(_READING_FIELDS, r) if f != "window" or x}
                for r in v]
    if key == "basis":
        return {k: how for k, how in v}
    return _jsonable(v)


def _jsonable(v: Any) -> Any:
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, tuple):
        return [_jsonable(x) for x in v]
    if isinstance(v, dict):
        return {k: _jsonable(x) for k, x in v.items()}
    return v
