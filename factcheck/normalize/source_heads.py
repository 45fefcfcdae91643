"""A bare source said again after a fuller one (issue #11, lead30).

An acronym after the name it stands for is that source too: "the Centers for Disease Control
and Prevention said ... the CDC warned" (the acronym's letters open the initials of the name's
words other than "of", "for", "and", "the").

"An E. coli outbreak has now sickened 310 people, health officials said ... The 301 cases are
likely an undercount, officials said": a source of one plural word ("officials", "police",
"authorities") after a source that ends in that word is the same source said shortly, so the
later figure is credited to it and the two figures may be compared (restatement rules match
the source only when both give one). Reads words; decides nothing.
"""

from __future__ import annotations

from typing import Any


def carry_source_heads(drafts: list[dict[str, Any]]) -> None:
    """Give each figure whose source is one bare word the nearest earlier source that ends in
    that word (module docstring)."""
    fuller: dict[str, str] = {}     # last word -> the latest source of several words ending in it
    named: dict[str, str] = {}      # initials -> the latest source of several words with them
    for d in drafts:
        src = d.get("source")
        if not isinstance(src, str) or not src:
            continue
        words = src.split()
        if len(words) > 1:
            fuller[words[-1].lower()] = src
            named[_initials(words)] = src
        elif words[0].lower() in fuller:
            d["source"] = fuller[words[0].lower()]
        elif words[0].isupper() and len(words[0]) >= 3:
            d["source"] = next((full for ini, full in reversed(named.items())
                                if ini.startswith(words[0])), src)


_SMALL = frozenset(("of", "for", "and", "the", "on", "in"))


def _initials(words: list[str]) -> str:
    """"Centers for Disease Control and Prevention" -> "CDCP"."""
    return "".join(w[0].upper() for w in words if w.lower() not in _SMALL and w[:1].isalpha())
