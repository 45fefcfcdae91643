"""Baselines: record today's findings so that only new ones fail, without git.

``factcheck baseline PATH... -o FILE`` writes the active findings of a run to a JSON file, each
by its document (path relative to the baseline file's folder, plus the document id when it is
not the path, as in JSONL) and the flag's stable fingerprint (``Flag.id``: rule, words and
values, never offsets), with a count for a finding that occurs more than once.
``factcheck check PATH... --baseline FILE`` then marks those findings as suppressed with the
reason ``"baseline"``: they are still reported (SARIF ``suppressions`` of kind ``external``),
but they do not fail the run. A finding keeps its identity when text elsewhere changes; a new
or changed figure gets a new fingerprint and is reported as new.

The file is sorted and carries no timestamp, so it diffs cleanly under version control. This
module reads and writes baseline files only; it does not run the pipeline.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import factcheck
from factcheck.model import Document, RunResult

from .. import jsonsafe
from .base import write_atomically

BASELINE_REASON = "baseline"
FORMAT = "factcheck-baseline"
VERSION = 1


class BaselineError(Exception):
    """A baseline file that cannot be used: one line naming the file."""


Key = tuple[str, str]   # (document key, flag id)


@dataclass(frozen=True)
class Baseline:
    """Findings by (document key, flag id) -> how many times they occur."""

    root: Path
    findings: Mapping[Key, int] = field(default_factory=dict, hash=False)
    path: Path | None = None

    def __len__(self) -> int:
        return sum(self.findings.values())


def document_key(doc: Document, root: Path) -> str:
    """How a baseline names a document: its path relative to ``root`` (posix), and ``#id`` when
    the id is not the path (documents of a JSONL file, front-matter ids)."""
    if doc.path and doc.path not in ("-", "<stdin>"):
        rel = os.path.relpath(os.path.abspath(doc.path), os.path.abspath(root))
        key = Path(rel).as_posix()
    else:
        key = doc.path or ""
    if doc.id != doc.path:
        key += f"#{doc.id}"
    return key


def make_baseline(result: RunResult, root: str | Path) -> Baseline:
    """The active (not suppressed) findings of ``result``, keyed relative to ``root``."""
    root = Path(root)
    counts: Counter[Key] = Counter()
    for d in result.documents:
        key = document_key(d.document, root)
        for f in d.flags:
            if f.suppressed is None:
                counts[(key, f.id)] += 1
    return Baseline(root=root, findings=dict(counts))


def write_baseline(result: RunResult, path: str | Path) -> Baseline:
    """Write the baseline of ``result`` to ``path`` (paths relative to its folder)."""
    path = Path(path)
    root = path.resolve().parent
    baseline = make_baseline(result, root)
    entries: dict[Key, dict[str, Any]] = {}
    for d in result.documents:
        key = document_key(d.document, root)
        for f in d.flags:
            if f.suppressed is None and (key, f.id) not in entries:
                doc_path, _, doc_id = key.partition("#")
                entry: dict[str, Any] = {"path": doc_path}
                if doc_id:
                    entry["document"] = doc_id
                entry.update({"id": f.id, "rule": f.rule,
                              "count": baseline.findings[(key, f.id)],
                              "message": f.message})
                entries[(key, f.id)] = entry
    data = {
        "format": FORMAT,
        "version": VERSION,
        "tool": f"factcheck {factcheck.__version__}",
        "findings": [entries[k] for k in sorted(entries)],
    }
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    try:
        write_atomically(path, text)
    except OSError as exc:
        raise BaselineError(f"{path}: cannot write: {exc.strerror or exc}") from None
    return dataclasses.replace(baseline, path=path)


def load_baseline(path: str | Path) -> Baseline:
    """Read a baseline file; any problem is a ``BaselineError`` naming the file (and line)."""
    from ..document import InputError, read_bytes

    path = Path(path)
    try:
        text = read_bytes(str(path)).decode("utf-8")
    except InputError as exc:
        if exc.error.message == "no such file or directory":
            raise BaselineError(f"{path}: no such baseline file") from None
        raise BaselineError(str(exc.error)) from None
    except UnicodeDecodeError:
        raise BaselineError(f"{path}: not a baseline file (not UTF-8 text)") from None
    try:
        data = jsonsafe.loads(text)
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{path}:{exc.lineno}: not a baseline file: {exc.msg}") from None
    except RecursionError:
        raise BaselineError(f"{path}: not a baseline file: nested too deeply") from None
    except ValueError as exc:   # an integer of more than 4,300 digits
        raise BaselineError(f"{path}: not a baseline file: {str(exc).split(';')[0]}") \
            from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BaselineError(f"{path}: not a factcheck baseline (no \"format\": \"{FORMAT}\"); "
                            "create one with 'factcheck baseline PATH... -o FILE'")
    if data.get("version") != VERSION:
        raise BaselineError(f"{path}: baseline version {data.get('version')!r} is not supported "
                            f"(this factcheck reads version {VERSION}); recreate it")
    findings = data.get("findings")
    if not isinstance(findings, list):
        raise BaselineError(f"{path}: \"findings\" must be a list")
    counts: Counter[Key] = Counter()
    for n, entry in enumerate(findings, 1):
        ok = (isinstance(entry, dict) and isinstance(entry.get("path"), str)
              and isinstance(entry.get("id"), str) and entry["id"]
              and isinstance(entry.get("document", ""), str)
              and isinstance(entry.get("count", 1), int) and entry.get("count", 1) >= 1)
        if not ok:
            raise BaselineError(f"{path}: finding {n} needs \"path\", \"id\" and a positive "
                                "\"count\"")
        key = entry["path"] + (f"#{entry['document']}" if entry.get("document") else "")
        counts[(key, entry["id"])] += entry.get("count", 1)
    return Baseline(root=path.resolve().parent, findings=dict(counts), path=path)


def apply_baseline(result: RunResult, baseline: Baseline) -> RunResult:
    """``result`` with the findings the baseline lists marked ``suppressed="baseline"``.

    A finding recorded n times covers at most n occurrences; flags suppressed already (inline)
    keep their reason and use none of the baseline's count.
    """
    remaining = Counter(baseline.findings)
    docs = []
    for d in result.documents:
        key = document_key(d.document, baseline.root)
        flags = []
        changed = False
        for f in d.flags:
            if f.suppressed is None and remaining[(key, f.id)] > 0:
                remaining[(key, f.id)] -= 1
                f = dataclasses.replace(f, suppressed=BASELINE_REASON)
                changed = True
            flags.append(f)
        docs.append(dataclasses.replace(d, flags=tuple(flags)) if changed else d)
    return dataclasses.replace(result, documents=tuple(docs))
