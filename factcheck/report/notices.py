"""Notices about a document as a whole, as ``info`` flags: an empty document, another language.

A run that says "0 flags" about an empty file, or about a German draft whose "3,5 Milliarden"
was read as 3 and 5, misleads: nothing was really checked. These flags say so in every format,
like any finding (they can be switched off or re-levelled in the configuration by their ids).

Language: the extraction and vocabularies are English. A text in which common English words
are frequent is English without further ado (no model is loaded for the usual case); otherwise
py3langid (a language identifier with a bundled model) names the language, and a confident
answer other than English gives the notice.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from factcheck.model import Document, Flag, fingerprint

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

_SAMPLE = 20_000        # characters looked at: enough to tell a language, fast on any file
_MIN_WORDS = 8          # fewer words than this: too short to tell
_ENGLISH_SHARE = 0.12   # at least this share of common English words: English (news
                        # prose has 25-35 %; German or French text 0-3 %)
_CONFIDENT = 0.8        # py3langid's normalised probability needed to name another language
_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH = frozenset(
    # English words that are not also common words of other languages ("in", "an", "was")
    "the of and to is that for on with by at from it be are were has have had said "
    "not but or this which its their they he she his her more than after over".split())


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


def other_language(text: str) -> str | None:
    """The ISO 639-1 code of the language of ``text`` when it is confidently not English."""
    sample = text[:_SAMPLE]
    words = _WORD.findall(sample)
    if len(words) < _MIN_WORDS:
        return None
    english = sum(w.lower() in _ENGLISH for w in words)
    if english >= _ENGLISH_SHARE * len(words):
        return None
    lang, prob = _identifier().classify(sample)
    return lang if lang != "en" and prob >= _CONFIDENT else None


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _flag(rule: str, doc: Document, message: str) -> Flag:
    """A flag on the document's first character that is not white space."""
    text = doc.text
    start = len(text) - len(text.lstrip())
    line = doc.line_offset + text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    return Flag(id=fingerprint(rule), rule=rule, severity="info", message=message,
                start=start, end=start, line=line, column=column)
