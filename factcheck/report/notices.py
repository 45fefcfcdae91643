"""Notices about a document as a whole, as ``info`` flags: an empty document, another language,
figures past the document's figure limit.

A run that says "0 flags" about an empty file, or about a German draft whose "3,5 Milliarden"
was read as 3 and 5, misleads: nothing was really checked. These flags say so in every format,
like any finding (they can be switched off or re-levelled in the configuration by their ids).

Language: the extraction and vocabularies are English; ``normalize.language`` names another
language when it is confident, and that gives the notice.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.model import Claim, Document, Flag, fingerprint
from factcheck.normalize import over_limit
from factcheck.normalize.figures import number
from factcheck.normalize.language import other_language

EMPTY = "empty-document"
LANGUAGE = "language-unsupported"
FIGURE_LIMIT = "figure-limit"

RULES_META: dict[str, dict[str, str]] = {
    EMPTY: {
        "title": "Empty document", "severity": "info",
        "description": "The document has no text, so nothing in it was checked.",
        "help": "Check that the right file was given and that it was saved whole.",
    },
    LANGUAGE: {
        "title": "Language not supported", "severity": "info",
        "description": "The document is not in English: figures are extracted, but number "
                       "words, units, measures and subjects are read as English, so the "
                       "checks are limited.",
        "help": "Check drafts in English, or read this document's flags with care.",
    },
    FIGURE_LIMIT: {
        "title": "Figures past the figure limit", "severity": "info",
        "description": "The document has more figures than the figure limit (max_figures, "
                       "5,000 unless configured): the figures after it are listed with their "
                       "values but not read or checked, so that one document packed with "
                       "figures cannot hold up a run.",
        "help": "Split the document, or raise the limit: max_figures in factcheck.toml, or "
                "--max-figures (0: no limit).",
    },
}


def notices(doc: Document, claims: Sequence[Claim] = ()) -> list[Flag]:
    """The info flags for ``doc`` as a whole (none for a usual English article); ``claims``,
    its claims, tell whether figures were left past the figure limit."""
    text = doc.text
    if not text.strip():
        return [_flag(EMPTY, doc, "empty document: nothing to check")]
    out = []
    lang = other_language(text)
    if lang:
        out.append(_flag(LANGUAGE, doc, f"language not supported ({lang}): figures "
                                        "extracted, checks limited"))
    past = [c for c in claims if over_limit(c)] if claims and over_limit(claims[-1]) else []
    if past:
        first, limit = past[0], past[0].extra[0][1]
        out.append(Flag(
            id=fingerprint(FIGURE_LIMIT), rule=FIGURE_LIMIT, severity="info",
            message=f"figure limit: {number(len(past))} of {number(len(claims))} figures not "
                    "checked, from this one on, nor the dates and names beside them (the "
                    f"document has more than {number(limit)}; raise max_figures or "
                    "--max-figures to check them)",
            start=first.start, end=first.end, line=first.line, column=first.column,
            claims=(first.id,)))
    return out


def _flag(rule: str, doc: Document, message: str) -> Flag:
    """A flag on the document's first character that is not white space."""
    text = doc.text
    start = len(text) - len(text.lstrip())
    line = doc.line_offset + text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    return Flag(id=fingerprint(rule), rule=rule, severity="info", message=message,
                start=start, end=start, line=line, column=column)
