"""A level said to be more or less than another named subject's, whose figure the text gave
before (issue #11): "The Liberal Democrats won 72 seats with 12.2%, while Reform UK took five
seats on 14.3%, more votes than the Lib Dems but far fewer seats" says 14.3% is above 12.2%.

A figure followed, in its clause and with no figure of its own after, by a comparative and
"than" with a name (``_THAN_NAME``) is set against the figure of that name's subject
(rules/vocab/subjects.yaml aliases, as the subjects of figures are read) in its own sentence
or the one before, of the same unit: the latest such figure. The compared figure gets
``("direction", {"to": level, "up": ..., "words": ...})`` as relations.py sets for "beating
the 3.06 million"; wrong-arithmetic judges the direction. Nothing is set when the name is no
known subject, names the figure's own subject, or no figure of it stands near; or when the
compared figure already carries a direction.
"""

from __future__ import annotations

import re
from typing import Any

_BACK = 12      # figures before the level the named subject's figure may stand (linear)
# ", more votes than the Lib Dems", ", fewer than Labour": group 1 the comparative, `name` the
# words after "than" (a name in capitals, its subject looked up in the vocabulary)
_THAN_NAME = re.compile(r"[ \u00a0]*,[ \u00a0]*(more|fewer|less|higher|lower|bigger|smaller|larger)"
                        r"(?:[ \u00a0]+[a-z]+){0,2}?[ \u00a0]+than[ \u00a0]+(?:the[ \u00a0]+)?"
                        r"(?P<name>[A-Z][\w’'.-]*(?:[ \u00a0]+[A-Z][\w’'.-]*){0,3})")
_UP = ("more", "higher", "bigger", "larger")


def _subject_named(name: str, lex: Any) -> str | None:
    """The subject the longest opening of ``name`` (a vocabulary alias) stands for, or None."""
    words = name.lower().split()
    for n in range(len(words), 0, -1):
        sid = lex.alias_subject.get(" ".join(words[:n]))
        if sid is not None:
            return sid
    return None


def than_named(text: str, drafts: list[dict[str, Any]], lex: Any) -> None:
    """Set the direction of each level said to be more or less than a named subject's
    figure (module docstring)."""
    if " than " not in text:
        return
    for i, d in enumerate(drafts):
        m = _THAN_NAME.match(text, d["end"])
        if m is None or d["value"] is None or d.get("role") not in (None, "item", "share"):
            continue
        nxt = drafts[i + 1] if i + 1 < len(drafts) else None
        if nxt is not None and nxt["sentence"] == d["sentence"] and \
                not re.search(r"[,;:]", text[m.end():nxt["start"]]):
            continue    # a figure of the comparison's own follows ("more than Labour's 40")
        sid = _subject_named(m.group("name"), lex)
        if sid is None or sid == d.get("subject"):
            continue
        j = _named_figure(drafts, i, sid)
        if j is None or any(k == "direction" for k, _ in drafts[j]["extra"]):
            continue
        word = m.group(1)
        drafts[j]["extra"].append(("direction", {"to": i, "up": word in _UP,
                                                 "words": f"{word} than"}))


def _named_figure(drafts: list[dict[str, Any]], i: int, sid: str) -> int | None:
    """The latest figure of subject ``sid`` and ``i``'s unit in ``i``'s sentence or the one
    before it, or None."""
    d = drafts[i]
    sentences = {d["sentence"]}
    for j in range(i - 1, max(-1, i - 1 - _BACK), -1):
        x = drafts[j]
        if x["sentence"] not in sentences:
            if len(sentences) == 2:
                return None
            sentences.add(x["sentence"])
        if x.get("subject") == sid and x["unit"] == d["unit"] and x["value"] is not None and \
                x.get("role") in (None, "item", "share"):
            return j
    return None
