"""Arithmetic that everyday copy states between its figures, in the orders it is written.

Called by ``relations.relate`` on the drafts of one document (indexes into the draft list):

- factors written in digits: "10 times the 1,094 deaths of 2023", "nearly three times as many
  as": the factor gets role ``factor`` (it is no count of anything) and the figure before it a
  ``relation`` multiple of the figure after it (a factor after "more than" or "over" says only
  a lower bound and is left out);
- multiples said by a verb: "doubled to 2,591 from 1,319", "halved from 40 to 20";
- differences: "a margin of five percentage points", "won by 16 points", "Khan's margin over
  Hall was 275,828 votes", "a gap of about 1.27 million": ("difference", {"of": A, "minus":
  B}) on the amount, role ``difference``; A and B are the figures of the two names the
  sentence gives (entities), else the two figures of the amount's unit right before it in its
  sentence, else the two of the sentence before;
- ratios: "A out of B, or X%", "15 of 67" after "nearly a quarter": ("ratio", {"of": A,
  "per": B}) on the share;
- averages: "a total of 14.7 million fans ..., an average of 38,700 a game over 380 games":
  ("average", {"of": total, "count": M}) on the average.

This module reads words and sets relations; it must not judge them.
"""

from __future__ import annotations

import re
from typing import Any

from .cues import WS, Spots, one_of, optional, word_of

_FACTOR_AFTER = re.compile(r"[ \u00a0]+times\b")
_FACTOR_TO = re.compile(
    r"[ \u00a0]+times[ \u00a0]+" +
    one_of(r"the|that of|as (?:many|much|high|large|big)(?:\s+\w+)? as(?:\s+the)?|"
           r"higher than(?:\s+the)?|larger than(?:\s+the)?|greater than(?:\s+the)?", WS) +
    r"[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,3}?$")
_OPEN_FACTOR = re.compile(r"\b(?:more\s+than|over|at\s+least|upwards\s+of)\s*$")
_VERB_MULT = re.compile(r"\b(doubled|tripled|trebled|quadrupled|halved)\b")
_VERB_FACTORS = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0,
                 "halved": 0.5}
_TO = re.compile(r"\bto\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,2}$")
_FROM = re.compile(r"\bfrom\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,3}$")
_MARGIN_NOUNS = "margin|gap|lead|difference|majority"
_MARGIN_VERBS = "won|wins|win|winning|led|leads|leading|lead|ahead|beat|beating|trailed|trails|" \
    "trailing"
_DIFF_BEFORE = re.compile(
    "(?:" + word_of(_MARGIN_NOUNS) +
    "(?:[^.;,\\d]{0,60}?" + word_of("was|is|of|at|stood at|stands at|to|were", WS) + ")?|" +
    word_of(_MARGIN_VERBS) + r"[^.;\d]{0,50}?\bby)\s+" +
    optional("about|almost|nearly|some|just|roughly|around|only", WS) + "$")
# every match of _DIFF_BEFORE holds one of these words (a window without one is not searched)
_MARGIN_WORDS = tuple(sorted(set(_MARGIN_NOUNS.split("|") + _MARGIN_VERBS.split("|"))))
_VERSUS = re.compile(r"\s+(?:to|against|versus|vs\.?)\s+")
_POINTS_AFTER = re.compile(r"[ \u00a0]*(?:percentage[ \u00a0]+)?points?\b")
_OR_SHARE = re.compile(r"(?:,[ \u00a0]*or|\(|,)[ \u00a0]*(?:about[ \u00a0]+|nearly[ \u00a0]+|almost[ \u00a0]+|"
                       r"roughly[ \u00a0]+|some[ \u00a0]+)?$")
_OUT_OF = re.compile(r"[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){0,4}?(?:out[ \u00a0]+of|of)[ \u00a0]+"
                     r"(?:the[ \u00a0]+|all[ \u00a0]+)?$")
_FRACTION_WORDS = re.compile(r"\b(?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)\b")
_PER_UNIT = re.compile(
    r"[ \u00a0]+(?:a|per|each|every)[ \u00a0]+([a-z]+)[^.;\d]{0,30}?\b(?:over|across|in|from)"
    r"[ \u00a0]+(?:the[ \u00a0]+)?")
_AVERAGE_BEFORE = re.compile(r"\baverag(?:e|ed|ing)\b[^.;\d]{0,25}$")


def factors_first(text: str, low: str, drafts: list[dict[str, Any]],
                  by_sent: list[list[int]]) -> None:
    """Factors in digits and multiples said by a verb (before changes read their values)."""
    for idxs in by_sent:
        _factors(low, drafts, idxs)
        _verb_multiples(low, drafts, idxs)


def compare(text: str, low: str, drafts: list[dict[str, Any]],
            by_sent: list[list[int]]) -> None:
    """Differences, ratios and averages (after changes have taken their amounts)."""
    margins = Spots(low, _MARGIN_WORDS)
    for k, idxs in enumerate(by_sent):
        _differences(text, low, drafts, idxs, by_sent[k - 1] if k else [], margins)
        _ahead_of(text, drafts, idxs)
        _ratios(low, drafts, idxs, by_sent[k - 1] if k else [])
        _averages(low, drafts, idxs)


# "91 points, two ahead of Arsenal on 89", "52 seats, 14 more than Labour with 38"
_AHEAD = re.compile(r"(?:[ \u00a0]+(?:points?|votes?|seats?|goals?|runs?|shots?|strokes?))?"
                    r"[ \u00a0]+(?:ahead[ \u00a0]+of|behind|clear[ \u00a0]+of|more[ \u00a0]+than|"
                    r"fewer[ \u00a0]+than)[ \u00a0]+(?:the[ \u00a0]+)?(?:[A-Z][\w’'.-]*[ \u00a0]+){1,3}"
                    r"(?:on|with|at|who\s+had|which\s+had)[ \u00a0]+$")


def _ahead_of(text: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    """A gap between two figures of one sentence said as "N ahead of X on M" after the first
    ("finishing on 91 points, two ahead of Arsenal on 89"): a difference of the two (matched
    on the text as written: the name after "ahead of" is capitalised)."""
    for p in range(1, len(idxs) - 1):
        a, d, b = (drafts[j] for j in idxs[p - 1:p + 2])
        if d.get("role") is not None or d["unit"] or a["unit"] != b["unit"] or \
                a["value"] is None or b["value"] is None or d["value"] is None or \
                not _AHEAD.fullmatch(text, d["end"], b["start"]):
            continue
        hi, lo = (idxs[p - 1], idxs[p + 1]) if a["value"] >= b["value"] else \
            (idxs[p + 1], idxs[p - 1])
        d["extra"].append(("difference", {"of": hi, "minus": lo}))
        d["role"] = "difference"
        d["measure"] = a.get("measure") or d.get("measure")


def _free(d: dict[str, Any]) -> bool:
    return d.get("role") not in ("factor", "whole", "change", "difference", "reference",
                                 "compared")


def _factors(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    for p, f in enumerate(idxs):
        d = drafts[f]
        if d["unit"] or not _FACTOR_AFTER.match(low, d["end"]) or d.get("role"):
            continue
        d["role"] = "factor"
        d["measure"] = None
        if _OPEN_FACTOR.search(low, max(0, d["start"] - 15), d["start"]) or \
                (d.get("qualifier") or "").lower().startswith(("more", "over", "at least")):
            continue
        after = [j for j in idxs[p + 1:] if _free(drafts[j])]
        before = [j for j in idxs[:p] if _free(drafts[j])]
        if not after or not before:
            continue
        b = after[0]
        if not _FACTOR_TO.match(low, d["end"], drafts[b]["start"]):
            continue
        a = before[-1]
        if drafts[a]["unit"] != drafts[b]["unit"]:
            continue
        drafts[a]["extra"].append(("relation", {"kind": "multiple", "factor": float(d["value"]),
                                                "of": b}))
        drafts[b]["role"] = drafts[b].get("role") or "reference"


def _verb_multiples(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    if not idxs:
        return
    ss, se = drafts[idxs[0]]["sentence"]
    for m in _VERB_MULT.finditer(low, ss, se):
        if re.search(r"\b(?:more\s+than|nearly|almost|roughly)\s+$", low[max(ss, m.start() - 12):
                                                                       m.start()]):
            continue
        later = [j for j in idxs if drafts[j]["start"] >= m.end() and _free(drafts[j])]
        to = frm = None
        prev_end = m.end()
        for j in later[:2]:
            gap = low[prev_end:drafts[j]["start"]]
            if to is None and _TO.search(gap):
                to = j
            elif frm is None and _FROM.search(gap):
                frm = j
            prev_end = drafts[j]["end"]
        if to is None or frm is None or drafts[to]["unit"] != drafts[frm]["unit"]:
            continue
        if any(x[0] == "relation" for x in drafts[to]["extra"]):
            continue
        drafts[to]["extra"].append(("relation", {"kind": "multiple",
                                                 "factor": _VERB_FACTORS[m.group(1)],
                                                 "of": frm}))
        drafts[frm]["role"] = drafts[frm].get("role") or "reference"


def _unit_of_amount(low: str, d: dict[str, Any]) -> str:
    if d["unit"] == "percent" or _POINTS_AFTER.match(low, d["end"]):
        return "percent"
    return d["unit"]


def _differences(text: str, low: str, drafts: list[dict[str, Any]], idxs: list[int],
                 prev: list[int], margins: Spots) -> None:
    for p, n in enumerate(idxs):
        d = drafts[n]
        if d.get("role") not in (None, "change") or any(
                x[0] == "change" and isinstance(x[1], dict) and x[1].get("from") is not None
                for x in d["extra"]):
            continue
        ss = d["sentence"][0]
        lo = max(ss, d["start"] - 90)
        if not margins.any_in(lo, d["start"]) or not _DIFF_BEFORE.search(low, lo, d["start"]):
            continue
        unit = _unit_of_amount(low, d)

        def fits(j: int) -> bool:
            x = drafts[j]
            return _free(x) and x.get("role") != "portion" and x["unit"] == unit and \
                not (unit == "percent" and any(k == "percentage_points" for k, _ in x["extra"]))
        pair = _named_pair(text, drafts, idxs[:p], n, fits)
        if pair is None:
            same = [j for j in idxs[:p] if fits(j)]
            if len(same) >= 2:
                pair = same[-2], same[-1]
            elif not same:
                before = [j for j in prev if fits(j)]
                if len(before) == 2:
                    pair = before[0], before[1]
                else:
                    # "by 73% to 24% with 56% of precincts reporting. De Blasio's lead was
                    # 49 points": the one pair set against each other, not the count's
                    # progress
                    vs = [(a, b) for a, b in zip(before, before[1:])
                          if _VERSUS.fullmatch(low, drafts[a]["end"], drafts[b]["start"])]
                    if len(vs) == 1:
                        pair = vs[0]
        if pair is None:
            continue
        a, b = pair
        if drafts[a]["value"] < drafts[b]["value"]:
            a, b = b, a
        d["extra"] = [x for x in d["extra"] if x[0] != "change"]
        d["extra"].append(("difference", {"of": a, "minus": b}))
        d["role"] = "difference"
        d["measure"] = drafts[a].get("measure") or d.get("measure")


def _named_pair(text: str, drafts: list[dict[str, Any]], before: list[int], n: int,
                fits: Any) -> tuple[int, int] | None:
    """The figures of the two names a margin sentence gives ("Khan's margin over Hall"),
    found among the earlier figures by their subjects."""
    d = drafts[n]
    ss = d["sentence"][0]
    names = re.findall(r"(?<![\w’'-])([A-Z][\w’'-]+(?:[ \u00a0]+[A-Z][\w’'-]+)*)",
                       text[ss:d["start"]])
    names = [re.sub(r"[’']s$", "", x).lower() for x in names]
    names = [x for x in names if x not in ("the", "a", "an", "in", "of")]
    if len(names) == 1:
        # "Ortiz's margin of 9.9 points": her figure and the one other share beside it
        last = names[0].split()[-1]
        mine = [j for j in range(n) if fits(j) and drafts[j].get("subject") and (
            str(drafts[j]["subject"]).split()[-1] == last)]
        if not mine:
            return None
        a = mine[-1]
        others = [j for j in range(n) if j != a and fits(j) and
                  drafts[j]["sentence"] == drafts[a]["sentence"] and
                  drafts[j].get("subject") != drafts[a].get("subject") and
                  drafts[j].get("measure") == drafts[a].get("measure")]
        return (a, others[0]) if len(others) == 1 else None
    if len(names) < 2:
        return None
    found = []
    for name in names[:2]:
        last = name.split()[-1]
        cand = [j for j in range(n) if fits(j) and drafts[j].get("subject") and (
            drafts[j]["subject"] == name or str(drafts[j]["subject"]).split()[-1] == last or
            str(drafts[j]["subject"]).endswith(" " + name))]
        if not cand:
            return None
        found.append(cand[-1])
    if found[0] == found[1]:
        return None
    return found[0], found[1]


def _ratios(low: str, drafts: list[dict[str, Any]], idxs: list[int], prev: list[int]) -> None:
    """"A out of B, or X%", "X% (A out of B)", "a quarter of the cases, 15 of 67"."""
    for p, a in enumerate(idxs[:-1]):
        b = idxs[p + 1]
        da, db = drafts[a], drafts[b]
        if da["unit"] or db["unit"] or not _OUT_OF.match(low, da["end"], db["start"]):
            continue
        share = None
        # the share right after: "..., or 28.2%"
        if p + 2 < len(idxs):
            c = drafts[idxs[p + 2]]
            if c["unit"] == "percent" and _OR_SHARE.search(low, db["end"], c["start"]) and \
                    c["start"] - db["end"] < 60:
                share = idxs[p + 2]
        # or before: "nearly a quarter of the confirmed cases, 15 of 67"; "19.6% ... . A total
        # of 381,970 ... out of 1.95 million"
        if share is None:
            cands = [j for j in idxs[:p] if _is_share(low, drafts[j])]
            if not cands and prev:
                # the sentence before, when its one share is of what B counts ("19.6% of new
                # car sales" ... "381,970 electric cars ... out of 1.95 million new cars")
                cands = [j for j in prev if _is_share(low, drafts[j])]
                cands = cands if len(cands) == 1 and _same_whole(low, drafts[cands[0]], db) \
                    else []
            if cands:
                share = cands[-1]
        if share is None or any(x[0] == "ratio" for x in drafts[share]["extra"]):
            continue
        drafts[share]["extra"].append(("ratio", {"of": a, "per": b}))


_OF_WHAT = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+|all[ \u00a0]+)?((?:[a-z][\w-]*[ \u00a0]*){1,3})")


def _same_whole(low: str, share: dict[str, Any], whole: dict[str, Any]) -> bool:
    m = _OF_WHAT.match(low, share["end"])
    if m is None:
        return False
    words = {w for w in m.group(1).split() if len(w) > 3}
    after = set(low[whole["end"]:whole["end"] + 40].split())
    return bool(words & {w.rstrip("s") for w in after} | words & after)


def _is_share(low: str, d: dict[str, Any]) -> bool:
    if d.get("role") in ("change", "difference", "factor", "reference"):
        return False
    if any(k == "percentage_points" for k, _ in d["extra"]):
        return False
    if d["unit"] == "percent":
        return not re.search(r"\b(?:from|than|up|down|rose|fell)\s+(?:\w+\s+){0,2}$",
                             low[max(0, d["start"] - 25):d["start"]])
    return not d["unit"] and 0 < d["value"] < 1 and \
        _FRACTION_WORDS.search(low, d["start"], d["end"]) is not None


def _averages(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    """"an average of 38,700 a game over 380 games" after "a total of 14.7 million"."""
    for p, n in enumerate(idxs):
        d = drafts[n]
        m = _PER_UNIT.match(low, d["end"])
        if m is None or p + 1 >= len(idxs) or not _AVERAGE_BEFORE.search(
                low, max(0, d["start"] - 40), d["start"]):
            continue
        cnt = drafts[idxs[p + 1]]
        if not cnt["start"] <= m.end() <= cnt["end"] or cnt["unit"]:
            continue
        unit_word = m.group(1)
        after = low[cnt["end"]:cnt["end"] + 20].split()
        if not after or not after[0].startswith(unit_word[:4]):
            continue
        totals = [j for j in idxs[:p] if drafts[j]["unit"] == d["unit"] and _free(drafts[j])
                  and drafts[j].get("role") not in ("portion", "part")]
        if not totals:
            continue
        d["extra"].append(("average", {"of": totals[-1], "count": float(cnt["value"])}))
        cnt["role"] = cnt.get("role") or "factor"
