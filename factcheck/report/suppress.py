"""Inline suppressions: ``<!-- factcheck: ignore <rule-id> reason="..." -->``.

A suppression comment covers the next paragraph (the lines after it up to a blank line; when
text follows the comment on its own line, that text starts the paragraph). Flags of the named
rules that start inside it are kept, with ``Flag.suppressed`` set to the reason: they are
reported as suppressed, never dropped. Several ids may be given, separated by commas or spaces.

Mistakes are reported as warning flags of their own: a suppression without a reason
(``suppression-without-reason``; it still suppresses), one that suppresses nothing
(``unused-suppression``) and a ``factcheck:`` comment that cannot be read
(``invalid-suppression``).

This module works on one document's text and flags; it does not read files, run rules or
decide severities, and it imports nothing but the model.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable

from factcheck.model import Document, Flag, fingerprint

NO_REASON = "no reason given"

RULES_META: dict[str, dict[str, str]] = {
    "suppression-without-reason": {
        "title": "Suppression without a reason",
        "description": "An inline factcheck suppression gives no reason.",
        "severity": "warning",
        "help": 'Say why the finding is intended: <!-- factcheck: ignore RULE reason="..." -->. '
        "The suppression still applies.",
    },
    "unused-suppression": {
        "title": "Unused suppression",
        "description": "An inline factcheck suppression matches no finding in the next paragraph.",
        "severity": "warning",
        "help": "Remove the comment, or correct the rule id; it covers only the paragraph "
        "right after it.",
    },
    "invalid-suppression": {
        "title": "Unreadable suppression",
        "description": "A factcheck comment could not be read as a suppression.",
        "severity": "warning",
        "help": 'Write it as <!-- factcheck: ignore RULE-ID reason="why this is intended" -->.',
    },
}

_COMMENT = re.compile(r"<!--\s*factcheck\s*:(?P<body>.*?)-->", re.DOTALL)
_IGNORE = re.compile(
    r"""^\s*ignore\s+(?P<rules>[^\s=,"']+(?:[\s,]+[^\s=,"']+)*?)
        (?:\s+reason\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'))?\s*$""",
    re.VERBOSE | re.DOTALL,
)
_BLANK_LINE = re.compile(r"\n[ \t]*(?:\n|$)")


@dataclasses.dataclass(frozen=True)
class Suppression:
    """One parsed comment: the rules it names, its reason and the span of text it covers."""

    rules: tuple[str, ...]
    reason: str | None
    start: int          # the comment
    end: int
    region: tuple[int, int]   # the paragraph it covers
    text: str


def _paragraph_after(text: str, pos: int) -> tuple[int, int]:
    """The paragraph after offset ``pos``, skipping blank space and further factcheck comments."""
    while True:
        line_end = text.find("\n", pos)
        rest_of_line = text[pos : len(text) if line_end < 0 else line_end]
        if rest_of_line.strip():
            start = pos + (len(rest_of_line) - len(rest_of_line.lstrip()))
        else:
            m = re.compile(r"\S").search(text, pos)
            start = m.start() if m else len(text)
        nxt = _COMMENT.match(text, start)
        if nxt is None:
            break
        pos = nxt.end()
    m = _BLANK_LINE.search(text, start)
    return start, (m.start() if m else len(text))


def parse_suppressions(doc: Document) -> tuple[list[Suppression], list[Flag]]:
    """Every factcheck comment in ``doc``: the suppressions, and warnings for unreadable ones."""
    sups: list[Suppression] = []
    bad: list[Flag] = []
    for m in _COMMENT.finditer(doc.text):
        body = m.group("body")
        im = _IGNORE.match(body)
        if im is None:
            bad.append(_warning(doc, "invalid-suppression", m.start(), m.end(), m.group(0),
                                f"cannot read this factcheck comment: {body.strip()!r}"))
            continue
        rules = tuple(r for r in re.split(r"[\s,]+", im.group("rules")) if r)
        reason = im.group("dq") if im.group("dq") is not None else im.group("sq")
        reason = reason.strip() if reason is not None else None
        sups.append(Suppression(rules=rules, reason=reason or None, start=m.start(), end=m.end(),
                                region=_paragraph_after(doc.text, m.end()), text=m.group(0)))
    return sups, bad


def apply_suppressions(doc: Document, flags: Iterable[Flag]) -> tuple[tuple[Flag, ...], tuple[Flag, ...]]:
    """Mark the flags that inline comments in ``doc`` suppress; return (flags, warnings).

    ``flags`` come back in their order; suppressed ones carry ``suppressed=<reason>`` (a flag
    already suppressed, e.g. by a baseline, keeps its reason). ``warnings`` are new warning flags
    about the comments themselves, for the caller to add to the document's flags.
    """
    flags = tuple(flags)
    sups, warnings = parse_suppressions(doc)
    if not sups:
        return flags, tuple(warnings)
    used = [False] * len(sups)
    out: list[Flag] = []
    for f in flags:
        for i, s in enumerate(sups):
            if f.rule in s.rules and s.region[0] <= f.start < s.region[1]:
                used[i] = True
                if f.suppressed is None:
                    f = dataclasses.replace(f, suppressed=s.reason or NO_REASON)
        out.append(f)
    for s, was_used in zip(sups, used):
        ids = ", ".join(s.rules)
        if s.reason is None:
            warnings.append(_warning(doc, "suppression-without-reason", s.start, s.end, s.text,
                                     f"suppression of {ids} gives no reason"))
        if not was_used:
            warnings.append(_warning(doc, "unused-suppression", s.start, s.end, s.text,
                                     f"suppression of {ids} matches no finding in the next "
                                     "paragraph"))
    return tuple(out), tuple(_unique_ids(warnings))


def _warning(doc: Document, rule: str, start: int, end: int, words: str, message: str) -> Flag:
    line, col = doc.line_col(start)
    return Flag(id=fingerprint(rule, " ".join(words.split())), rule=rule, severity="warning",
                message=message, start=start, end=end, line=line, column=col)


def _unique_ids(flags: list[Flag]) -> list[Flag]:
    """Identical comments get distinct ids by their order of appearance (still offset-free)."""
    seen: Counter[str] = Counter()
    out = []
    for f in sorted(flags, key=lambda f: (f.start, f.rule)):
        n = seen[f.id]
        seen[f.id] += 1
        out.append(f if n == 0 else dataclasses.replace(f, id=fingerprint(f.id, n)))
    return out
