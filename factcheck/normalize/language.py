"""Which language a text is in, when it is confidently not English.

The extraction and vocabularies are English. A text in which common English words are frequent
is English without further ado (no model is loaded for the usual case); otherwise py3langid (a
language identifier with a bundled model) names the language. Used by the document notice
(report.notices) and by the coverage account (verdicts: "language not supported (uk)" per
figure).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

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
