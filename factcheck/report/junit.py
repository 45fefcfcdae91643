"""The ``junit`` format: JUnit XML for test dashboards (Jenkins, GitLab, Azure, CircleCI).

One test case per document. A document fails when it has a flag at or above ``fail_on``
(default ``error``, as ``--fail-on``); the failure lists every active flag of the document with
its sentence and evidence. Flags below the threshold and suppressed flags are written to the
case's ``system-out``, and so is each figure whose verdict is ``unverified``, with its reason
("unverified: draft.md:4:12 "3,250": no measure (...)"). A figure that could not be checked is
no skipped test: a case is a document, which was checked (its other figures and its flags
decide whether it passes), and a skipped case could not also fail; marking it skipped would
hide a failing document on the dashboard. The suite's ``properties`` carry the coverage
account's counts (``coverage.not_checkable.<reason>``). Inputs that could not be read and
documents the engine could not check are test errors. Text is made XML-safe (characters XML 1.0 forbids become U+FFFD).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from typing import IO

from factcheck.model import DocumentResult, Flag, RunResult, severity_rank

from .registry import register
from .base import (
    Formatter,
    active,
    describe_evidence,
    display_path,
    document_unverified,
    file_path,
    sentence_span,
    sorted_flags,
)

_XML_ILLEGAL = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    return _XML_ILLEGAL.sub("\ufffd", text)


@register("junit")
class JunitFormatter(Formatter):
    options = {"fail_on": "error"}

    def format(self, result: RunResult, out: IO[str] | None) -> str:
        threshold = severity_rank(self.opts["fail_on"])
        if threshold == 0:
            raise ValueError(f"junit: fail_on must be error, warning or info, "
                             f"not {self.opts['fail_on']!r}")
        paths = Counter(display_path(d.document) for d in result.documents)
        suite = ET.Element("testsuite", name="factcheck")
        self._coverage_properties(suite, result)
        failures = errors = 0
        for err in result.errors:
            case = ET.SubElement(suite, "testcase", classname="factcheck",
                                 name=xml_safe(err.path), file=xml_safe(err.path))
            e = ET.SubElement(case, "error", message=xml_safe(err.message), type="input")
            e.text = xml_safe(str(err))
            errors += 1
        for dr in result.documents:
            name = display_path(dr.document)
            if paths[name] > 1:
                name = f"{name} [{dr.document.id}]"
            case = ET.SubElement(suite, "testcase", classname="factcheck", name=xml_safe(name),
                                 file=xml_safe(file_path(dr.document)))
            if dr.error:
                e = ET.SubElement(case, "error", message=xml_safe(dr.error), type="engine")
                e.text = xml_safe(f"{display_path(dr.document)}: {dr.error}")
                errors += 1
            flags = sorted_flags(active(dr.flags))
            failing = [f for f in flags if severity_rank(f.severity) >= threshold]
            if failing:
                counts = Counter(f.severity for f in flags)
                summary = ", ".join(f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}"
                                    for s in ("error", "warning", "info") if counts[s])
                worst = max(failing, key=lambda f: severity_rank(f.severity)).severity
                fail = ET.SubElement(case, "failure", message=summary, type=worst)
                fail.text = xml_safe("\n\n".join(self._describe(dr, f) for f in flags))
                failures += 1
            rest = [f for f in flags if not failing] + [
                f for f in sorted_flags(dr.flags) if f.suppressed is not None
            ]
            out = [self._describe(dr, f) for f in rest] + self._unverified(dr)
            if out:
                so = ET.SubElement(case, "system-out")
                so.text = xml_safe("\n\n".join(out))
        tests = len(result.errors) + len(result.documents)
        for el in (suite,):
            el.set("tests", str(tests))
            el.set("failures", str(failures))
            el.set("errors", str(errors))
            el.set("skipped", "0")
        root = ET.Element("testsuites", name="factcheck", tests=str(tests),
                          failures=str(failures), errors=str(errors))
        root.append(suite)
        ET.indent(root, space="  ")
        body = ET.tostring(root, encoding="unicode", short_empty_elements=True)
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"

    @staticmethod
    def _coverage_properties(suite: ET.Element, result: RunResult) -> None:
        """The coverage account's counts as the suite's properties (none when no figure)."""
        cov = result.summary()["coverage"]
        pairs = [(f"coverage.checked.{s}", n) for s, n in cov["checked"].items()]
        pairs.append(("coverage.within_article", cov["within_article"]))
        pairs += [(f"coverage.not_checkable.{r.replace(' ', '_')}", n)
                  for r, n in cov["not_checkable"].items()]
        if not any(n for _, n in pairs):
            return
        props = ET.SubElement(suite, "properties")
        for name, n in pairs:
            ET.SubElement(props, "property", name=xml_safe(name), value=str(n))

    @staticmethod
    def _unverified(dr: DocumentResult) -> list[str]:
        """One line per unverified figure of the document, with its reason."""
        lines = [f'unverified: {u["document"]}:{u["line"]}:{u["column"]} "{u["text"]}": '
                 f'{u["reason"]}' + (f' ({u["why"]})' if u["why"] else "")
                 for u in document_unverified(dr)]
        return ["\n".join(lines)] if lines else []

    def _describe(self, dr: DocumentResult, f: Flag) -> str:
        doc = dr.document
        s0, s1 = sentence_span(dr, f)
        lines = [f"{display_path(doc)}:{f.line}:{f.column}: {f.severity}: {f.message} [{f.rule}]"]
        if f.suppressed is not None:
            lines[0] += f" (suppressed: {f.suppressed})"
        lines.append("  " + " ".join(doc.text[s0:s1].split()))
        claim_lines = {c.id: c.line for c in dr.claims}
        lines += [f"  evidence: {describe_evidence(e, claim_lines)}" for e in f.evidence]
        return "\n".join(lines)
