"""A party's figure plus its allies': "The BJP won 105 seats. ... With the 56 seats of its ally,
the Shiv Sena, the BJP will hold 161 of the 288 seats"; "The BJP won 60 seats. With the nine
seats of the AGP and the six of the UPPL, the alliance has 75".

Called by ``relations.relate`` after the lists and totals of each sentence are read, on the
drafts of one document (indexes into the draft list). A sentence that opens on "With the N ...
of <ally>" (rules/vocab/complements.yaml ``alliance_open``) and whose main clause holds a
figure of the same unit after a verb of holding (``alliance_total_before``) states a joint
figure: the allies' figures of the opening clause plus the party's own, a count of that unit
and measure in the sentences before (``_own_figure``: the party the main clause names, else
each count is a reading). Those become its items (role ``item``, ``group``
the joint figure), so that the list check holds them to it. Nothing is set when a figure is
already in another list or total, when the party's own figure is not found, or when the sum
could not be the joint figure's (an ally's figure larger than it). This module reads words; it
never judges.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab

# roles a figure of the opening clause may have before it becomes an item: a figure "of the
# UPPL" is read as a portion of the one before it ("the six of the United People's Party")
# (or a holding of the house: "with its allies the AGP (9) and the UPPL (6)")
_FREE = (None, "compared", "portion", "of_whole")
# roles of the party's own figure in the sentences before, and how many sentences back
_OWN = (None, "of_whole")
_BACK = 3
# the draft key that marks a joint figure of allies and its items: no party's own holding
# of a whole (``relations._holdings_of_a_body`` leaves them out)
ALLIED = "_allied"


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = vocab.load("complements.yaml")
    return re.compile(str(data["alliance_open"])), re.compile(str(data["alliance_total_before"]))


# what an ally's figure is "of": "the six seats of the Nationals", "the nine of the Asom Gana
# Parishad" (a name written in capitals, up to the clause's end)
# (or named after "its ally": "the 56 seats of its ally, the Shiv Sena")
_OF_NAME = re.compile(r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?of[ \u00a0]+(?:its[ \u00a0]+(?:ally|partner|"
                      r"junior[ \u00a0]+partner|coalition[ \u00a0]+partner)[ \u00a0]*,[ \u00a0]*)?the[ \u00a0]+"
                      r"((?:[A-Z][\w’'.-]*[ \u00a0]*){1,5})(?=[,;.]|[ \u00a0]+and\b|$)")


def allied_totals(text: str, low: str, drafts: list[dict[str, Any]]) -> None:
    """Set the joint figures of a party and its allies and their items (module docstring).
    An ally's figure written "of the <Name>" is that name's, not the party's the subject
    reader may have carried to it ("the six seats of the Nationals" after "The Liberals won
    seven seats")."""
    if "with" not in low:
        return
    opening, before = _words()
    for t, d in enumerate(drafts):
        ss = d["sentence"][0]
        before_t = [j for j in range(t - 1, -1, -1) if drafts[j]["sentence"] == d["sentence"]][::-1]
        # (the allies' figures are those of the joint figure's unit and measure: "the two
        # opposition parties will hold 13 seats" counts parties, no seats of an ally)
        allies = [j for j in before_t if drafts[j]["unit"] == d["unit"] and
                  _one_measure(drafts[j], d)]
        free = _FREE
        if allies and not (allies[0] == before_t[0] and
                           opening.fullmatch(low, ss, drafts[allies[0]]["start"])):
            allies = _allies_inside(low, drafts, allies, d)
            free = _FREE + ("item",)    # ("the AGP (9) and the UPPL (6)": a list of two)
        if not allies or d.get("role") not in (None, "of_whole") or not d["value"] or \
                not before.search(low, drafts[before_t[-1]]["end"], d["start"]) or \
                any(drafts[j].get("role") not in free or not drafts[j]["value"] or
                    drafts[j]["value"] >= d["value"] for j in allies):
            continue
        own = _own_figure(low, drafts, allies[0], d, allies)
        if own is None:
            continue
        if free != _FREE and drafts[own].get("role") == "of_whole":
            # (inside the sentence, each party's seats stay its holding of the house, "60 of
            # Assam's 126 seats ... the AGP (9)": the joint figure is their sum)
            d["extra"].append(("sum", {"of": own, "plus": tuple(allies)}))
            d[ALLIED] = True
            continue
        for j in (own, *allies):
            drafts[j]["role"], drafts[j]["group"] = "item", t
            drafts[j][ALLIED] = True
        d[ALLIED] = True
        if d.get("subject") and d["subject"] == drafts[own].get("subject"):
            # (the joint figure is the party's with its allies, never its own restated: "the
            # BJP will hold 161" after "The BJP won 105 seats")
            d["subject"] = f"{d['subject']} and allies"
        for j in allies:
            m = _OF_NAME.match(text, drafts[j]["end"])
            if m is not None:
                drafts[j]["subject"] = m.group(1).strip().lower()


# a clause inside the sentence that adds allies to the party the sentence began on: "The BJP
# won 60 of Assam's 126 seats, and with its allies the AGP (9) and the UPPL (6) holds 75"
_WITH_ALLIES = re.compile(r"\bwith[ \u00a0]+(?:its|their)[ \u00a0]+(?:allies|ally|partners?|"
                          r"coalition[ \u00a0]+partners?)\b[^.;:\d]{0,60}?\($")


def _allies_inside(low: str, drafts: list[dict[str, Any]], allies: list[int],
                   d: dict[str, Any]) -> list[int]:
    """The allies' figures of a "with its allies X (9) and Y (6)" clause before joint figure
    ``d`` in its sentence: each in brackets after a name, the first right after the clause's
    opening; [] when the sentence has no such clause."""
    first = next((j for j in allies if _WITH_ALLIES.search(
        low, max(d["sentence"][0], drafts[j]["start"] - 80), drafts[j]["start"])), None)
    if first is None:
        return []
    out = [j for j in allies if j >= first]
    if any(low[drafts[j]["start"] - 1:drafts[j]["start"]] != "(" or
           low[drafts[j]["end"]:drafts[j]["end"] + 1] != ")" for j in out):
        return []
    return out


def _one_measure(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a.get("measure") is None or b.get("measure") is None or a["measure"] == b["measure"]


def _own_figure(low: str, drafts: list[dict[str, Any]], first: int, d: dict[str, Any],
                allies: list[int]) -> int | None:
    """The party's own figure: a count of the joint figure's unit and measure, smaller than
    it, in the ``_BACK`` sentences before the opening clause (a party's count out of the whole,
    "66 of the 140 seats", is one too). When the main clause names the party ("the BJP will
    hold"), its count; when it does not ("they will hold 82"), every count before is a
    reading: the one that makes the joint figure, if one does, else the only one there is;
    None when several are and none agrees (which one "they" is, is not known)."""
    sents: list[tuple[int, int]] = []
    cands: list[int] = []
    for j in range(first - 1, -1, -1):
        x = drafts[j]
        if x["sentence"] not in sents:
            if len(sents) == _BACK:
                break
            sents.append(x["sentence"])
        if x["unit"] == d["unit"] and x.get("role") in _OWN and x["value"] and \
                x["value"] < d["value"] and _one_measure(x, d) and \
                (x.get("group") is None or x.get("role") == "of_whole"):
            cands.append(j)
    clause = low[drafts[allies[-1]]["end"]:d["start"]]
    named = [j for j in cands if drafts[j].get("subject") and drafts[j]["subject"] in clause]
    if named:
        cands = named[:1]
    if len({drafts[j]["value"] for j in cands}) == 1:
        return cands[0]     # (one count said twice, in the headline and the body: the nearest)
    if len(cands) == 1:
        return cands[0]
    rest = sum(drafts[j]["value"] for j in allies)
    agree = [j for j in cands if abs(drafts[j]["value"] + rest - d["value"]) <= 1e-9 * d["value"]]
    return agree[0] if len(agree) == 1 else None
