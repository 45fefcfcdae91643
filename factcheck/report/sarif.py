"""The ``sarif`` format: SARIF 2.1.0 for code-scanning UIs (GitHub, GitLab, VS Code viewers).

One run; the driver lists rule metadata (title, description, help, default severity) for the
rules that fired and every rule the caller described. Each flag is one result with its
location (file line and column, counted in Unicode code points: ``columnKind``), a
``partialFingerprints`` entry holding the flag's stable id, related locations for the other
claims it involves, and its evidence under ``properties``. Suppressed flags are kept, with
``suppressions``: ``inSource`` for an inline comment, ``external`` for a baseline. Inputs that
could not be read and documents the engine could not check become tool execution
notifications. Figures whose verdict is ``unverified`` are no results (nothing is wrong with
them, and a code-scanning UI would list each as an alert): the run's ``properties`` name each
one with its reason (``unverified``: document, line, column, words, claim, reason, why) beside
the coverage account (``coverage``), so a machine reading the log learns what was not looked
at, not only how many. Offsets into a document's body are not written (``charOffset`` would have to
count front matter); lines and columns are.
"""

from __future__ import annotations

import json
import re
from pathlib import PurePosixPath
from typing import IO, Any
from urllib.parse import quote

import factcheck
from factcheck.model import Document, DocumentResult, Flag, RunResult

from .registry import register
from .base import (Formatter, display_path, file_path, sentence_span, sorted_flags,
                   unverified_figures)
from .baseline import BASELINE_REASON

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "factcheck/v1"


def is_baseline_reason(reason: str | None) -> bool:
    """A baseline marks its findings with the reason "baseline" (see report.baseline)."""
    return reason == BASELINE_REASON


def _md(text: str) -> str:
    """Rule text for GitHub's help panel: shown as written, never as markup or HTML."""
    text = re.sub(r"([\\`*_\[\]<>#|~])", r"\\\1", text)
    return text


def artifact_uri(doc: Document) -> str:
    """A relative path stays relative (code scanning resolves it from the checkout root)."""
    path = file_path(doc)
    if doc.path and PurePosixPath(path).is_absolute():
        return "file://" + quote(path)
    return quote(path, safe="/")


@register("sarif")
class SarifFormatter(Formatter):
    options = {"indent": 2}

    def format(self, result: RunResult, out: IO[str] | None) -> str:
        rule_ids = self.rule_ids(result)
        seen_levels: dict[str, str] = {}
        for d in result.documents:
            for f in d.flags:
                seen_levels.setdefault(f.rule, f.severity)
        rules = [self._rule(rid, seen_levels.get(rid)) for rid in rule_ids]
        index = {rid: i for i, rid in enumerate(rule_ids)}
        results = [
            self._result(dr, f, index[f.rule])
            for dr in result.documents
            for f in sorted_flags(dr.flags)
        ]
        notes = [self._notification(e.path, e.message, e.line) for e in result.errors]
        notes += [
            self._notification(display_path(d.document), d.error, None, uri=artifact_uri(d.document))
            for d in result.documents
            if d.error
        ]
        invocation: dict[str, Any] = {"executionSuccessful": True}
        if notes:
            invocation["toolExecutionNotifications"] = notes
        log = {
            "$schema": SCHEMA_URI,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "factcheck",
                            "version": factcheck.__version__,
                            "semanticVersion": factcheck.__version__,
                            "rules": rules,
                        }
                    },
                    "invocations": [invocation],
                    "columnKind": "unicodeCodePoints",
                    "results": results,
                    "properties": {"coverage": result.summary()["coverage"],
                                   "unverified": [dict(u) for u in unverified_figures(result)]},
                }
            ],
        }
        return json.dumps(log, indent=self.opts["indent"], ensure_ascii=False) + "\n"

    def _rule(self, rule_id: str, fired_severity: str | None) -> dict[str, Any]:
        meta = self.rule(rule_id)
        severity = meta["severity"] or fired_severity or "warning"
        text = meta["help"]
        markdown = _md(meta["help"]).replace("\n", "  \n")
        if meta["references"]:
            text += "\n\nReferences:\n" + "\n".join(f"- {r}" for r in meta["references"])
            markdown += "\n\n**References**\n\n" + "\n".join(
                f"- {_md(r)}" for r in meta["references"])
        tags = ["factcheck"] + ([meta["pack"]] if meta["pack"] else [])
        return {
            "id": rule_id,
            "name": rule_id,
            "shortDescription": {"text": meta["title"]},
            "fullDescription": {"text": meta["description"]},
            "help": {"text": text, "markdown": markdown},
            "defaultConfiguration": {"level": LEVELS.get(severity, "warning")},
            "properties": {"tags": tags},
        }

    def _location(self, dr: DocumentResult, start: int, end: int) -> dict[str, Any]:
        doc = dr.document
        sl, sc = doc.line_col(start)
        el, ec = doc.line_col(max(end, start))
        return {
            "artifactLocation": {"uri": artifact_uri(doc)},
            "region": {
                "startLine": sl,
                "startColumn": sc,
                "endLine": el,
                "endColumn": ec,
                "snippet": {"text": doc.text[start:end]},
            },
        }

    def _result(self, dr: DocumentResult, flag: Flag, rule_index: int) -> dict[str, Any]:
        doc = dr.document
        physical = self._location(dr, flag.start, flag.end)
        s0, s1 = sentence_span(dr, flag)
        cl, cc = doc.line_col(s0)
        el, ec = doc.line_col(s1)
        physical["contextRegion"] = {"startLine": cl, "startColumn": cc, "endLine": el,
                                     "endColumn": ec, "snippet": {"text": doc.text[s0:s1]}}
        res: dict[str, Any] = {
            "ruleId": flag.rule,
            "ruleIndex": rule_index,
            "level": LEVELS.get(flag.severity, "warning"),
            "message": {"text": flag.message},
            "locations": [{"physicalLocation": physical}],
            "partialFingerprints": {FINGERPRINT_KEY: flag.id},
        }
        claims = {c.id: c for c in dr.claims}
        related = []
        for cid in flag.claims:
            c = claims.get(cid)
            if c is None or (c.start, c.end) == (flag.start, flag.end):
                continue
            related.append({"id": len(related) + 1,
                            "physicalLocation": self._location(dr, c.start, c.end),
                            "message": {"text": c.text}})
        if related:
            res["relatedLocations"] = related
        props: dict[str, Any] = {"document": doc.id, "claims": list(flag.claims)}
        if flag.evidence:
            props["evidence"] = [e.as_dict() for e in flag.evidence]
        if flag.suggestion:
            props["suggestion"] = flag.suggestion
            # the suggestion replaces the flagged words: a SARIF fix a code-scanning UI offers
            res["fixes"] = [{
                "description": {"text": f"Write {flag.suggestion}"},
                "artifactChanges": [{
                    "artifactLocation": physical["artifactLocation"],
                    "replacements": [{"deletedRegion": physical["region"],
                                      "insertedContent": {"text": flag.suggestion}}]}]}]
        res["properties"] = props
        if flag.suppressed is not None:
            res["suppressions"] = [{
                "kind": "external" if is_baseline_reason(flag.suppressed) else "inSource",
                "status": "accepted",
                "justification": flag.suppressed,
            }]
        return res

    @staticmethod
    def _notification(path: str, message: str, line: int | None,
                      uri: str | None = None) -> dict[str, Any]:
        physical: dict[str, Any] = {"artifactLocation": {"uri": uri or quote(path, safe="/")}}
        if line:
            physical["region"] = {"startLine": line}
        return {"level": "error", "message": {"text": f"{path}: {message}"},
                "locations": [{"physicalLocation": physical}]}
