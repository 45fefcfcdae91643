"""Notices about a document as a whole, as ``info`` flags: an empty document, another language.

A run that says "0 flags" about an empty file, or about a German draft whose "3,5 Milliarden"
was read as 3 and 5, misleads: nothing was really checked. These flags say so in every format,
like any finding (they can be switched off or re-levelled in the configuration by their ids).

Language: the extraction and vocabularies are English; ``normalize.language`` names another
language when it is confident, and that gives the notice.
"""

from __future__ import annotations

from factcheck.model import Document, Flag, fingerprint
from factcheck.normalize.language import other_language

EMPTY = "empty-document"
LANGUAGE = "language-unsupported"

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
}


def notices(doc: Document) -> list[Flag]:
    """The info flags for ``doc`` as a whole (none for a usual English article)."""
    text = doc.text
    if not text.strip():
        return [_flag(EMPTY, doc, "empty document: nothing to check")]
    lang = other_language(text)
    if lang:
        return [_flag(LANGUAGE, doc, f"language not supported ({lang}): figures extracted, "
                                     "checks limited")]
    return []


def _flag(rule: str, doc: Document, message: str) -> Flag:
    """A flag on the document's first character that is not white space."""
    text = doc.text
    start = len(text) - len(text.lstrip())
    line = doc.line_offset + text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    return Flag(id=fingerprint(rule), rule=rule, severity="info", message=message,
                start=start, end=start, line=line, column=column)
