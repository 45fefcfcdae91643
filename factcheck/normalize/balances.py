"""Balances: a figure that is the gap between two levels of opposite sides the text gives
(issue #11, everyday54). Called by ``relations.relate`` once compared and expected values are
read.

"Japan will record 864,000 births ... Deaths are expected to reach 1,376,000, so the
population will fall by 512,000"; "The US deficit ... grew to $57.6 billion. Exports rose ...
to $204.4 billion, while imports increased ... to $262.0 billion"; "1,207,000 people moved to
the UK ..., while 479,000 left. That put net migration at 728,000"; "spent $6.13 trillion ...
and collected $4.44 trillion ... That left a shortfall of $1.7 trillion". A figure named by a
balance's words (rules/vocab/balances.yaml ``words``, right before it) or measure is the
larger side's level less the smaller's: ``("difference", {"of": larger, "minus": smaller})``,
exact when the three are written in digits with no qualifier; the figure keeps no role (a
level a headline may restate), and an amount of change a verb read into it ("fall by
512,000" as a fall of the deaths) is dropped.

A level is a side's when a side word stands in its own clause before it or just after it and
no word of the other side does, or when it follows a side's level in its sentence with no
side's word of its own (elided: "686,061 births last year and 727,288 the year before"); each side must have exactly one level of the figure's unit in
the body sentences around it (two before to two after, across two paragraph breaks at most),
none an earlier, expected or compared value, nor an amount of change. Otherwise which levels
are meant is open, and nothing is set. A pair is the balance of the first figure named so
only ("The largest deficit with a single partner ..., at $30.2 billion" after the deficit is
a part's). This module reads words; wrong-arithmetic judges.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab

_NEAR = 2           # sentences of figures before or after the balance a level may stand in
_WS = r"[ \u00a0]+"
# where a level's own clause begins: the last of these before it in its sentence
# (the comma of "29,282" ends no clause)
_CLAUSE_START = re.compile(r"(?<!\d),|,(?!\d)|[;:]|\b(?:and|while|whereas|but)\b")
# words after a figure that make it an amount of change, not a level
_COMPARED_AFTER = re.compile(r"(?:[ \u00a0]*,[ \u00a0]*or[ \u00a0]+[\d.]+[ \u00a0]*(?:%|per[ \u00a0]+cent)"
                             r"[ \u00a0]*,)?[ \u00a0]+(?:smaller|larger|bigger|higher|lower|more|less|"
                             r"fewer|greater|wider|narrower|up|down|above|below)\b")


def _phrase(words: list[str]) -> re.Pattern[str]:
    alts = "|".join(re.escape(" ".join(str(w).split())).replace(r"\ ", _WS)
                    for w in sorted(words, key=len, reverse=True))
    return re.compile(r"(?<![\w’'-])(?:" + alts + r")(?![\w’'-])")


@lru_cache(maxsize=1)
def _balances() -> tuple[tuple[tuple[re.Pattern[str], re.Pattern[str]], re.Pattern[str],
                               frozenset[str], Any], ...]:
    """rules/vocab/balances.yaml: per balance, its two sides' words, the words that name it
    (matched at the end of the text before the figure) and its measures."""
    out = []
    for b in vocab.load("balances.yaml").get("balances") or []:
        a, z = (b.get("sides") or [[], []])[:2]
        words = _phrase(list(b.get("words") or []))
        # (a place and a verb may stand between: "Net migration to the UK fell to"; after a
        # verb no "by", which names an amount of change: "the deficit fell by")
        named = re.compile(r"(?:" + words.pattern + r")(?:" + _WS + r"(?:of|at|to|was|is|"
                           r"were|stood" + _WS + r"at|came" + _WS + r"to|reached|by)|" +
                           r"(?:" + _WS + r"(?:to|in|into|from|for)(?:" + _WS + r"the)?" + _WS +
                           r"[a-z.]+(?:" + _WS + r"[a-z.]+)?)?" + _WS +
                           r"(?:fell|rose|dropped|declined|grew|climbed|increased|decreased|"
                           r"jumped|slipped|narrowed|widened|was|is|were|stood|came|reached|"
                           r"hit|totalled|totaled)(?:" + _WS + r"(?:to|at))?)?" +
                           r"(?:" + _WS + r"(?:an?|the|just|only))?" +
                           # ("Net migration reached a record 71,932", "was an estimated")
                           r"(?:" + _WS + r"(?:record|estimated|provisional|new))?" + _WS + r"$")
        around = (re.compile(str(b["verbs_before"])), re.compile(str(b["named_after"]))) \
            if b.get("verbs_before") and b.get("named_after") else None
        out.append(((_phrase(a), _phrase(z)), named, frozenset(b.get("measures") or ()),
                    (around, str(b.get("name") or ""))))
    return tuple(out)


def _named_around(low: str, d: dict[str, Any], head: str,
                  around: tuple[re.Pattern[str], re.Pattern[str]] | None) -> bool:
    """Whether a balance's verb stands right before figure ``d`` (``head``, the words before
    it) and its noun right after it ("gained 518,000 people from overseas migration")."""
    return around is not None and around[0].search(head) is not None and \
        around[1].match(low, d["end"], d["sentence"][1] + 1) is not None


@lru_cache(maxsize=1)
def _named_subjects() -> frozenset[str]:
    """The canonical subjects of subjects.yaml (countries, bodies, forces)."""
    return frozenset(str(k) for k in (vocab.load("subjects.yaml").get("subjects") or {}))


def _of_a_partner(d: dict[str, Any], a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether both sides are another named subject's than the balance's: "Germany's trade
    surplus fell to €79.7 billion ... Imports from China jumped to €191.1 billion, while
    exports to China grew to €106.8 billion" are the trade with one partner, not the surplus."""
    own, sa, sb = d.get("subject"), a.get("subject"), b.get("subject")
    return own is not None and sa is not None and sa == sb and sa != own and \
        sa in _named_subjects()


def _other_period(d: dict[str, Any], a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether a side's level is of another period than the balance, both written: "Net
    migration reached a record 745,000 in 2022 ... 1.18 million people arrived in the year to
    June, while 508,000 left" are the flows of a later year."""
    own = d.get("period")
    return own is not None and any(
        x.get("period") is not None and x["period"] != own for x in (a, b))


def _level(d: dict[str, Any]) -> bool:
    """A level a side may have: a value of its own, no earlier, expected or compared value,
    no amount of change, no share."""
    return bool(d["value"]) and d["value"] > 0 and d.get("role") in (None, "item") and \
        d["unit"] != "percent" and \
        not any(k in ("change", "difference", "ratio", "relation", "sum", "range")
                for k, _ in d["extra"])


def _flow_read_as_portion(x: dict[str, Any], i: int) -> bool:
    """Whether ``x`` was read as a portion of balance figure ``i`` ("Ireland gained 77,600
    people through migration ... Some 141,600 people moved to the country and 64,000
    emigrated"): a side's flow, no part of the balance, once the balance is read."""
    return x.get("role") == "portion" and x.get("group") == i and bool(x["value"]) and \
        x["value"] > 0 and x["unit"] != "percent" and \
        not any(k in ("change", "difference", "ratio", "relation", "sum", "range")
                for k, _ in x["extra"])


def _side(low: str, d: dict[str, Any], sides: tuple[re.Pattern[str], re.Pattern[str]]
          ) -> int | None:
    """Which side (0 or 1) level ``d`` is of by the words of its own clause before it and the
    three words after it; None for neither or both."""
    ss, se = d["sentence"]
    before = low[ss:d["start"]]
    cut = [m.end() for m in _CLAUSE_START.finditer(before)]
    own = before[cut[-1]:] if cut else before
    rest = low[d["end"]:se]
    stop = _CLAUSE_START.search(rest)
    after = " ".join(rest[:stop.start() if stop else len(rest)].split()[:3])
    hits = {k for k in (0, 1) if sides[k].search(own) or sides[k].search(after)}
    return hits.pop() if len(hits) == 1 else None


def _near(low: str, drafts: list[dict[str, Any]], i: int) -> list[int]:
    """The body figures in the sentences around figure ``i`` (``_NEAR`` before and after, two
    paragraph breaks at most between: news copy runs a sentence to a paragraph)."""
    d = drafts[i]
    sents: list[tuple[int, int]] = []
    for x in drafts:
        if x["sentence"] not in sents:
            sents.append(x["sentence"])
    k = sents.index(d["sentence"])
    window = [s for s in sents[max(0, k - _NEAR):k + _NEAR + 1]
              if low.count("\n\n", min(s[0], d["sentence"][0]), max(s[1], d["sentence"][1])) <= 2]
    return [j for j, x in enumerate(drafts) if j != i and x["sentence"] in window and
            x.get("section") == "body"]


def _one_sentence_pair(low: str, drafts: list[dict[str, Any]], d: dict[str, Any],
                       found: dict[int, list[int]]) -> dict[int, list[int]]:
    """With more than one level of a side around balance ``d``: its own sentence's pair when
    it gives exactly one level of each side ("a net loss of 1,341, with 33,336 leaving and
    31,995 returning" after the country's flows), else the pair of the sentence right after
    it in its paragraph ("Net migration reached a record 71,932 ... A record 129,518 migrants
    arrived and 57,586 left" before the citizens' flows). Otherwise the window's (which stays
    open): a pair further away may be another period's."""
    own = d["sentence"]
    nxt = min((drafts[j]["sentence"] for v in found.values() for j in v
               if drafts[j]["sentence"][0] > own[0]), default=None)
    for sent in (own, nxt):
        if sent is None or sent != own and (
                "\n\n" in low[own[1]:sent[0]] or
                any(own[1] <= x["start"] < sent[0] for x in drafts)):
            continue
        got = {k: [j for j in v if drafts[j]["sentence"] == sent] for k, v in found.items()}
        if len(got[0]) == 1 and len(got[1]) == 1:
            return got
    return found


def balances(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set the two levels each balance figure is the gap of (module docstring)."""
    table = _balances()
    if not table:
        return
    # (a pair another reading already gives a gap of: "The US trade gap narrowed to $40.8
    # billion ... The goods deficit dropped to $60.3 billion" is a part's)
    taken = {(v.get("of"), v.get("minus")) for x in drafts for k, v in x["extra"]
             if k == "difference" and isinstance(v, dict)}
    for i, d in enumerate(drafts):
        if d.get("section") != "body" or not d["value"] or d["unit"] == "percent" or \
                d.get("role") not in (None, "change") or \
                any(k in ("difference", "ratio", "relation", "sum") for k, _ in d["extra"]) or \
                any(k == "change" and isinstance(v, dict) and v.get("from") is not None
                    for k, v in d["extra"]):
            continue
        if _COMPARED_AFTER.match(low, d["end"]):
            continue    # (an amount of change: "the deficit is $77.6 billion, or 27.6%,
            # smaller than in the same period of 2022")
        head = low[max(d["sentence"][0], d["start"] - 60):d["start"]]
        if re.search(r"\d", head):
            head = head[re.search(r"\d(?!.*\d)", head, re.S).end():]
        for sides, named, measures, (around, name) in table:
            if not (named.search(head) or _named_around(low, d, head, around) or
                    (d.get("role") is None and d.get("measure") in measures)):
                continue
            found: dict[int, list[int]] = {0: [], 1: []}
            last: tuple[int, int] | None = None     # (figure, side) of the last level read
            for j in _near(low, drafts, i):
                x = drafts[j]
                if x["unit"] != d["unit"] or not (_level(x) or _flow_read_as_portion(x, i)):
                    continue
                s = _side(low, x, sides)
                if s is None and last is not None and drafts[last[0]]["sentence"] == x["sentence"]:
                    s = last[1]     # (an elided second level of the side before: "686,061
                    # births last year and 727,288 the year before" holds two counts of births)
                if s is not None:
                    found[s].append(j)
                    last = (j, s)
            if len(found[0]) != 1 or len(found[1]) != 1:
                found = _one_sentence_pair(low, drafts, d, found)
            if len(found[0]) != 1 or len(found[1]) != 1:
                continue
            a, b = found[0][0], found[1][0]
            if _of_a_partner(d, drafts[a], drafts[b]) or _other_period(d, drafts[a], drafts[b]):
                break
            if drafts[a]["value"] < drafts[b]["value"]:
                a, b = b, a
            if (a, b) in taken:
                break       # (the balance of a pair is the first figure named so; a later one,
                # "The largest deficit with a single partner was with China, at $30.2
                # billion", is of a part)
            taken.add((a, b))
            if not drafts[b]["value"] < drafts[a]["value"] or \
                    d["value"] >= drafts[a]["value"]:
                continue    # (a gap is smaller than the larger side)
            exact = all(x.get("qualifier") is None for x in (d, drafts[a], drafts[b]))
            d["extra"] = [x for x in d["extra"] if x[0] != "change"]
            d["extra"].append(("difference", {"of": a, "minus": b,
                                              **({"exact": True} if exact else {})}))
            # (the balance stays a level of its own, which a headline may restate: "Net
            # migration to the UK falls to 728,000")
            d["role"] = None
            for x in (drafts[a], drafts[b]):
                if _flow_read_as_portion(x, i):
                    x["role"], x["group"] = None, None
            if name and d.get("measure") is not None and \
                    d["measure"] in (drafts[a].get("measure"), drafts[b].get("measure")):
                d["measure"] = name     # ("gained 77,600 people" is no count of the people
                # who came, "Some 141,600 people moved to the country")
            break
