"""A joint figure a verb of giving names after its members' figures (issue #11, everyday64).
Called by ``relations.relate`` with the other gaps and sums named by words.

"Labour won 65 seats in the 120-seat parliament and the Greens 10, giving the centre-left bloc
75 seats"; "Labour's 34 and the Greens' 15 give the left bloc 47 seats"; "The VVD won 33 seats
and the CDA 19. That gives the two-party coalition 52"; "National took 33 seats and ACT 10, so
the right bloc holds 43": a figure right after "give(s)", "giving" or "leaving" and a
collective the members form ("the centre-left bloc", "the coalition", "the alliance", "the
opposition parties"), or after such a collective, "so" before it and a verb of holding after
(``_GIVES_THE_BLOC``), is the sum of the
figures of its unit and measure before it, in its own sentence and the one before it in the same
paragraph, each of another named subject: ``("sum", {"of": A, "plus": (B, ...)})`` on it, which
the arithmetic check holds it to.

Which figures are the members is read, never guessed: a figure that only sizes a thing ("the
120-seat parliament") is none; every other such figure must name a subject, no two the same,
none a change, a comparison or a whole of its own, none as large as the joint figure; there must
be two or more, and their sum within a factor of two of it (a misreading, not a slip,
otherwise); three or more that add up to more than it may hold a party outside the bloc ("Labour
won 65 seats, National 33 and the Greens 10, giving the left bloc 75"). Any other case is left
alone. This module reads words; wrong-arithmetic judges.
"""

from __future__ import annotations

import re
from typing import Any

# the collective the members form: "the centre-left bloc", "the coalition partners"
_BLOC = (r"(?:the|their|a|its)[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,3}?(?:bloc|coalition|alliance|"
         r"camp|partners|parties|opposition|government|grouping)")
_TOTAL = r"(?:(?:a[ \u00a0]+)?(?:total|combined)[ \u00a0]+(?:of[ \u00a0]+)?)?"
# right before the joint figure: a verb of giving and the collective ("giving the centre-left
# bloc 75"), or the collective, after "so" or "which means", and a verb of holding ("so the
# right bloc holds 43")
_GIVES_THE_BLOC = re.compile(
    r"\b(?:(?:gives?|giving|gave|leaves|leaving|left)[ \u00a0]+" + _BLOC + r"[ \u00a0]+|"
    r"(?:so|meaning|which[ \u00a0]+means)[ \u00a0]+" + _BLOC + r"[ \u00a0]+(?:now[ \u00a0]+)?"
    r"(?:holds|has|have|controls|commands|(?:will|would)[ \u00a0]+(?:hold|have))[ \u00a0]+)"
    + _TOTAL + "$")
# a figure that sizes a thing rather than counting it: "the 120-seat parliament"
_SIZE_AFTER = re.compile(r"[-\u2010\u2011][a-z]")
_OWN_RELATION = ("change", "difference", "ratio", "relation", "sum")


def _window(low: str, drafts: list[dict[str, Any]], i: int) -> list[int]:
    """The figures before joint figure ``i`` in its sentence and in the sentence before it
    when no paragraph break stands between them."""
    d = drafts[i]
    before = [j for j in range(i) if drafts[j]["sentence"] != d["sentence"]]
    prev = drafts[before[-1]]["sentence"] if before else None
    return [j for j in range(i) if drafts[j]["sentence"] == d["sentence"] or (
        drafts[j]["sentence"] == prev and "\n\n" not in low[prev[1]:d["sentence"][0]])]


def _members(low: str, drafts: list[dict[str, Any]], i: int) -> list[int] | None:
    """The members' figures joint figure ``i`` adds up (module docstring), or None."""
    d = drafts[i]
    parts = [j for j in _window(low, drafts, i)
             if drafts[j]["unit"] == d["unit"] and drafts[j].get("measure") == d.get("measure") and
             drafts[j]["value"] is not None and not _SIZE_AFTER.match(low, drafts[j]["end"])]
    if len(parts) < 2:
        return None
    subjects = [drafts[j].get("subject") for j in parts]
    if None in subjects or len(set(subjects)) != len(subjects) or any(
            drafts[j].get("role") not in (None, "item", "of_whole") or
            any(k in _OWN_RELATION for k, _ in drafts[j]["extra"]) or
            not 0 < drafts[j]["value"] < d["value"] for j in parts):
        return None
    total = sum(float(drafts[j]["value"]) for j in parts)
    if len(parts) > 2 and total > d["value"]:
        # ("Labour won 65 seats, National 33 and the Greens 10, giving the left bloc 75": a
        # full result may list parties outside the bloc; which ones are in it stays open)
        return None
    return parts if d["value"] / 2.0 <= total <= d["value"] * 2.0 else None


def bloc_sums(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set the members of each joint figure a verb of giving names (module docstring)."""
    if "bloc" not in low and "coalition" not in low and "alliance" not in low and \
            "partners" not in low and "parties" not in low and "opposition" not in low and \
            "camp" not in low and "government" not in low and "grouping" not in low:
        return
    for i, d in enumerate(drafts):
        if d.get("section") != "body" or d.get("role") is not None or \
                not d["value"] or d["unit"] == "percent" or d.get("measure") is None or \
                any(k in _OWN_RELATION for k, _ in d["extra"]) or \
                not _GIVES_THE_BLOC.search(low, max(d["sentence"][0], d["start"] - 80),
                                           d["start"]):
            continue
        parts = _members(low, drafts, i)
        if parts is None:
            continue
        d["extra"].append(("sum", {"of": parts[0], "plus": tuple(parts[1:])}))
