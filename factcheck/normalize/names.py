"""Names as the engine compares them: the extractor's name mentions in one spelling.

The extractor finds capitalised proper-noun sequences (``extract.find_names``, carried in
``Mentions.names``). Here each is written the one way spellings are compared: Unicode NFKC,
the typographic apostrophe as ``'``, no possessive ``'s``, single spaces; its span ends where
that spelling ends. The engine's ``name`` and ``name_pair`` facts are built from these alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from ..extract import NameMention

_POSSESSIVE = re.compile(r"'s$")
_SPACES = re.compile(r"\s+")


def name_spelling(name: str) -> str:
    """``name`` in the spelling names are compared in ("Kyiv’s" -> "Kyiv")."""
    name = unicodedata.normalize("NFKC", name).replace("’", "'")
    name = _POSSESSIVE.sub("", name)
    return _SPACES.sub(" ", name).strip()


def normalized_names(found: Iterable[NameMention]) -> tuple[NameMention, ...]:
    """Each name mention in its compared spelling, its span starting where it did."""
    out = []
    for m in found:
        text = name_spelling(m.text)
        out.append(NameMention(m.start, m.start + len(text), text, m.opening))
    return tuple(out)
