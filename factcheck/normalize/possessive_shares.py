"""Shares whose part is named by its holder's possessive, the part's amount said earlier
(issue #11, everyday118): "Arsenal earned £100,952,257 ... The league shared out
£1,638,805,918 in all, so Arsenal's payment was about 6.2% of the total and Villa's about
4.1%"; "Chelsea received the most, £150.8m ... // Chelsea's payment was about 6.3 per cent of
the league's total, Sunderland's about 3.9 per cent."

Called by ``relations.relate`` once lists and the other shares are read, on the drafts of one
document (indexes into the draft list). A percentage with no ratio yet, right after "<Name>'s"
(maybe a noun and a verb of being between: "Arsenal's payment was about"), is the share of the
holder the possessive names (the subject the share was given) in a whole:

- **the part** is the latest earlier figure of that subject, an amount or count (no
  percentage, change or compared value), in the share's paragraph or the two before;
- **the whole** is what the words after the share name, "of the total" or "of the league's
  total" (``_OF_TOTAL``); a share with no words after it ("Sunderland's about 3.9 per cent")
  is read only after such a share in its sentence, of the same whole. The whole's readings are
  the earlier figures of the part's dimension, larger than the part and of another subject,
  back to the part's paragraph; the reading the share fits best is kept
  (``named_shares._fits_best``), so that the share is contradicted only when every reading
  disagrees.

The share gets ``("ratio", {"of": part, "per": whole})``, which wrong-arithmetic judges within
the share's rounding. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from .named_shares import _fits_best
from .units import same_dimension

_W = r"[ \u00a0]+"
# the holder's possessive right before a share: "Arsenal's payment was about ", "Villa's about "
_POSSESSIVE = re.compile(r"(?P<name>[A-Z][\w.&-]*)[’']s" + _W +
                         r"(?:[a-z][\w-]*" + _W + r"){0,2}?"
                         r"(?:(?:was|were|is|are|made" + _W + r"up|came" + _W + r"to|"
                         r"accounted" + _W + r"for|amounted" + _W + r"to|represented)" + _W +
                         r")?$")
# the whole named after the share: " of the total", " of the league's total"
_OF_TOTAL = re.compile(_W + r"of" + _W + r"(?:the|its|their)" + _W +
                       r"(?:[a-z][\w-]*[’']s" + _W + r")?(?:overall" + _W + r")?total\b"
                       # (no noun after it, which would name another thing: "total vote")
                       r"(?=[ \u00a0]*(?:[,.;)]|$|[ \u00a0](?:and|for|in|at|while|but)\b))")
# how far back a part or a whole is looked for (figures), to stay linear in a long text
_BACK = 60
_BLANK = re.compile(r"\n[ \t]*\n")
_NOT_PART = frozenset({"change", "compared", "difference", "factor", "reference", "expected"})


def _ratio_free(d: dict[str, Any]) -> bool:
    return d["unit"] == "percent" and bool(d["value"]) and \
        d.get("role") in (None, "share", "portion") and \
        not any(k in ("ratio", "change", "relation") for k, _ in d["extra"])


def _paragraph(breaks: list[int], d: dict[str, Any]) -> int:
    return bisect_right(breaks, d["start"])


def _part(low: str, drafts: list[dict[str, Any]], i: int, name: str,
          breaks: list[int]) -> int | None:
    """The latest earlier figure of share ``i``'s holder: an amount or a count of its subject,
    or one whose clause names the holder before it ("Bottom club Aston Villa still received
    £66,622,215"), in the share's paragraph or the two before."""
    c = drafts[i]
    para = _paragraph(breaks, c)
    word = re.compile(r"\b" + re.escape(name) + r"\b")
    for j in range(i - 1, max(-1, i - _BACK), -1):
        a = drafts[j]
        if para - _paragraph(breaks, a) > 2:
            return None
        # (the name in the figure's own clause: from the figure before it in its sentence)
        since = max(a["sentence"][0], drafts[j - 1]["end"] if j else 0)
        if (a.get("subject") == c["subject"] or
                word.search(low, since, a["start"]) is not None) and \
                a["unit"] != "percent" and a["value"] and \
                a.get("role") not in _NOT_PART and \
                not any(k in ("change", "ratio") for k, _ in a["extra"]):
            return j
    return None


def _wholes(drafts: list[dict[str, Any]], i: int, part: int, breaks: list[int]) -> list[int]:
    """The readings of the whole of share ``i`` of ``part``: the earlier figures of the part's
    dimension, larger than it, of another subject than the part's, back to the part's
    paragraph's start."""
    a, c = drafts[part], drafts[i]
    first = _paragraph(breaks, a)
    out = []
    for j in range(i - 1, max(-1, i - _BACK), -1):
        w = drafts[j]
        if _paragraph(breaks, w) < first:
            break
        if j == part or w.get("subject") == a.get("subject") or w["unit"] == "percent" or \
                not w["value"] or w.get("role") in _NOT_PART or \
                any(k == "change" for k, _ in w["extra"]):
            continue
        if ((a["unit"] or "") == (w["unit"] or "") or
                (a["unit"] and w["unit"] and same_dimension(a["unit"], w["unit"]))) and \
                float(w["value"]) > float(a["value"]):
            out.append(j)
    return out


def _named_holder(text: str, c: dict[str, Any]) -> str | None:
    """The holder a possessive right before share ``c`` names, when it is the share's subject
    ("Villa's about"), in lower case; else None."""
    m = _POSSESSIVE.search(text, max(c["sentence"][0], c["start"] - 60), c["start"])
    name = m.group("name").lower() if m is not None else ""
    return name if name and name in str(c.get("subject") or "") else None


def possessive_shares(text: str, low: str, drafts: list[dict[str, Any]]) -> None:
    """See the module docstring."""
    if "’s" not in text and "'s" not in text:
        return
    breaks = [m.start() for m in _BLANK.finditer(low)]
    named_in: set[tuple[int, int]] = set()     # sentences with a share of a named whole
    for i, c in enumerate(drafts):
        name = _named_holder(text, c) if _ratio_free(c) else None
        if name is None:
            continue
        named = _OF_TOTAL.match(low, c["end"]) is not None
        if not named and c["sentence"] not in named_in:
            continue
        part = _part(low, drafts, i, name, breaks)
        if part is None:
            continue
        wholes = _wholes(drafts, i, part, breaks)
        if not wholes:
            continue
        whole = _fits_best(c, drafts[part], wholes, drafts)
        c["extra"].append(("ratio", {"of": part, "per": whole}))
        if named:
            named_in.add(c["sentence"])
