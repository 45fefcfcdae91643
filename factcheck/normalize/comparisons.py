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

import math
from bisect import bisect_left
import re
from datetime import timedelta
from functools import lru_cache
from typing import Any

from ..extract import vocab
from .counts_after_shares import counts_after_shares
from .forecast_beats import forecast_beats
from .share_of_shares import share_of_shares
from .stake_sales import stake_sales
from .cues import BODY_SIZE, WS, Spots, one_of, optional, word_of
from .earlier_records import record_beaten
from .lexicon import fraction_words, noun_right_after
from .units import subunits
from .verb_wholes import act_named, says_act

# (not occurrences counted to a clause's end or a time: "released sewage 464,056 times last
# year", "spilled 33 times on average, up from 23" are counts of spills)
_FACTOR_AFTER = re.compile(r"[ \u00a0]+times\b(?![ \u00a0]*(?:[,.;:](?:\s|$)|$|(?:last|this|so[ \u00a0]+"
                           r"far|on[ \u00a0]+average|since|during|each|every|in[ \u00a0]+(?:19|20)\d\d)\b))")
_FACTOR_TO = re.compile(
    r"[ \u00a0]+times[ \u00a0]+" +
    one_of(r"the|that of|as (?:many|much|high|large|big)(?:\s+\w+)? as(?:\s+the)?|"
           r"higher than(?:\s+the)?|larger than(?:\s+the)?|greater than(?:\s+the)?", WS) +
    r"[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,4}?$"     # "the previous world record of"
    # "four times July's", "twice last year's figure of": an owner's, the possessive's noun
    r"|[ \u00a0]+times[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+)?[a-z][\w-]*[’']s[ \u00a0]+"
    r"(?:[a-z][\w-]*[ \u00a0]+){0,2}?(?:of[ \u00a0]+)?$")
_OPEN_FACTOR = re.compile(r"\b(?:more\s+than|over|at\s+least|upwards\s+of)\s*$")
_VERB_MULT = re.compile(r"\b(doubled|tripled|trebled|quadrupled|halved|(?:two|three|four|five|six|"
                        r"seven|eight|nine|ten|twelve|twenty|fifty|hundred)fold)\b")
# the words before a multiple that bound it: "more than double" is double or above, "nearly
# three times" a little short of it, "roughly half" near it, "less than half" anything up to
# it (engine_facts._BOUNDS gives each bound's span); the longer phrase first ("no more than")
HEDGE_WORDS = (r"no\s+more\s+than|not\s+more\s+than|at\s+most|less\s+than|fewer\s+than|"
               r"under|more\s+than|at\s+least|over|nearly|almost|roughly|about|around")
MULT_HEDGE = re.compile(r"\b(" + HEDGE_WORDS + r")\s+$", re.I)
_MULT_HEDGE = MULT_HEDGE
_MULT_BOUND = {"more than": "above", "over": "above", "at least": "above", "nearly": "below",
               "almost": "below", "roughly": "about", "about": "about", "around": "about",
               "less than": "under", "fewer than": "under", "under": "under",
               "at most": "under", "no more than": "under", "not more than": "under"}


def mult_bound(words: str) -> str | None:
    """The bound a hedge before a multiple puts on it ("less than" -> "under"), or None."""
    key = " ".join(words.lower().split())
    return _MULT_BOUND.get(key) or _MULT_BOUND.get(key.split()[0] if key else "")
_VERB_FACTORS = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0,
                 "halved": 0.5, "twofold": 2.0, "threefold": 3.0, "fourfold": 4.0,
                 "fivefold": 5.0, "sixfold": 6.0, "sevenfold": 7.0, "eightfold": 8.0,
                 "ninefold": 9.0, "tenfold": 10.0, "twelvefold": 12.0, "twentyfold": 20.0,
                 "fiftyfold": 50.0, "hundredfold": 100.0}
_FOLD = re.compile(r"(?:-|[ \u00a0])?fold\b")
# the present and the infinitive of those verbs, read only with both values after them ("almost
# halves, from 400 to 210", "will more than double, from 40 to 85"), never as an adjective
# before its noun ("double digits")
_VERB_MULT_NOW = re.compile(r"\b(doubles|double|triples|triple|trebles|treble|quadruples|"
                            r"quadruple|halves|halve)\b(?=[ \u00a0]*(?:,|(?:to|from|in|over|"
                            r"within|since|between)\b))")
_VERB_NOW_FACTORS = {"doubles": 2.0, "double": 2.0, "triples": 3.0, "triple": 3.0,
                     "trebles": 3.0, "treble": 3.0, "quadruples": 4.0, "quadruple": 4.0,
                     "halves": 0.5, "halve": 0.5}
# the words before a stretch of time a change took ("in four years", "over the past decade")
_STRETCH_BEFORE = re.compile(r"\b(?:in|over|within|across)[ \u00a0]+(?:the[ \u00a0]+)?"
                             r"(?:past[ \u00a0]+|last[ \u00a0]+|just[ \u00a0]+)?$")
_STRETCH_UNITS = frozenset(("second", "minute", "hour", "day", "week", "month", "quarter", "year"))
_TO = re.compile(r"\bto\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,2}$")
_FROM = re.compile(r"\bfrom\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,3}$")
_MARGIN_NOUNS = "margin|gap|lead|difference|majority|premium|discount|shortfall"
_MARGIN_VERBS = "won|wins|win|winning|led|leads|leading|lead|ahead|beat|beating|trailed|trails|" \
    "trailing"
_DIFF_BEFORE = re.compile(
    "(?:" + word_of(_MARGIN_NOUNS) +
    "(?:[^.;,\\d]{0,60}?" + word_of("was|is|of|at|stood at|stands at|to|were", WS) + ")?|" +
    word_of(_MARGIN_VERBS) + r"[^.;\d]{0,50}?\bby)\s+" +
    optional("about|almost|nearly|some|just|roughly|around|only", WS) + "$")
_SHORTFALL_OF = re.compile(r"\bshortfall[ \u00a0]+of[ \u00a0]+(?:(?:about|almost|nearly|some|"
                          r"just|roughly|around|only)[ \u00a0]+)?$")
# every match of _DIFF_BEFORE holds one of these words (a window without one is not searched)
_MARGIN_WORDS = tuple(sorted(set(_MARGIN_NOUNS.split("|") + _MARGIN_VERBS.split("|"))))
_AGAINST_GAP = re.compile(r"(?:[ \u00a0]+[a-z*’'-]+){0,8}?,?[ \u00a0]+(?:against|versus|vs\.?|to|"
                          r"compared[ \u00a0]+(?:with|to))[ \u00a0]+(?:[a-z’']+[ \u00a0]+)?")
# (" points ahead, 52% to 40%": the margin's noun and its side's word may stand between)
_PAIR_AFTER = re.compile(r"(?:[ \u00a0]+[a-z]+){0,2}[ \u00a0]*[,:(][ \u00a0]*")
_VERSUS = re.compile(r"\s+(?:to|against|versus|vs\.?)\s+")
# the pair after a margin said with its side's level: "leads by 4 points on 39% to the
# Conservatives' 35%" (" points on " after the margin; " to the Conservatives' " between)
_PAIR_ON = re.compile(r"(?:[ \u00a0]+(?:percentage[ \u00a0]+)?points?)?[ \u00a0]+(?:on|with)[ \u00a0]+")
_VERSUS_OWNED = re.compile(r"\s+(?:to|against|versus|vs\.?)\s+(?:the\s+)?(?:[a-z][\w.&-]*\s+){0,3}?"
                           r"[a-z][\w.&-]*(?:['’]s|s['’])\s+")
_POINTS_AFTER = re.compile(r"(?:[ \u00a0]*|-)(?:percentage(?:[ \u00a0]+|-))?points?\b")
_OR_SHARE = re.compile(r"(?:,[ \u00a0]*or|[ \u00a0]+or|\(|,)[ \u00a0]*(?:about[ \u00a0]+|nearly[ \u00a0]+|almost[ \u00a0]+|"
                       r"roughly[ \u00a0]+|some[ \u00a0]+)?$")
# ", a turnout of", ", giving a participation rate of": a share that names itself the ratio
_NAMED_RATIO = re.compile(r",[ \u00a0]*(?:(?:giving|making|for|with)[ \u00a0]+)?an?[ \u00a0]+"
                          r"(?:turnout|participation|response|pass|take-?up|uptake|vaccination|"
                          r"completion|success|occupancy)(?:[ \u00a0]+rate)?[ \u00a0]+of[ \u00a0]+"
                          r"(?:(?:about|nearly|almost|roughly|some|just)[ \u00a0]+)?$")
# (a gap to a figure is no part of it: "650,000 short of the 2.3 million", "ahead of the"; an
# owner may name the whole: "38 of England's 149 local authorities")
# (a change's noun before "of" gives an amount of change, no whole: "closed at 1,355.53 for a
# gain of 7.97")
# (the words between may be more when "out of" says it: "22,867 structures burned in the state
# out of 24,488")
_OUT_OF_WORD = (r"(?:(?!(?:short|shy|ahead|clear|instead|excess|because|gain|"
                r"gains|loss|losses|rise|rises|fall|falls|increase|increases|drop|drops|"
                r"decline|declines)\b)[a-z][\w-]*[ \u00a0]+)")
_OUT_OF = re.compile(r"[ \u00a0]+(?:" + _OUT_OF_WORD + r"{0,4}?(?:out[ \u00a0]+of|of)|" +
                     _OUT_OF_WORD + r"{5,7}?out[ \u00a0]+of)[ \u00a0]+"
                     r"(?:the[ \u00a0]+|all[ \u00a0]+|[a-z][\w.-]*['’]s[ \u00a0]+)?$")
# a share that names its whole as the count just given: "about 29% of those infected"
_OF_THOSE_AFTER = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:those|them|these|all|the[ \u00a0]+total)\b")
_PER_UNIT = re.compile(
    r"(?:[ \u00a0]+(?!an?\b|per\b|each\b|every\b)[a-z]+){0,2}?[ \u00a0]+(?:an?|per|each|every)[ \u00a0]+([a-z]+)[^.;\d]{0,30}?\b(?:over|across|in|from)"
    r"[ \u00a0]+(?:(?:the|its|their)[ \u00a0]+)?")
_AVERAGE_BEFORE = re.compile(r"\baverag(?:e|ed|ing)\b[^.;\d]{0,25}$")


def factors_first(text: str, low: str, drafts: list[dict[str, Any]],
                  by_sent: list[list[int]]) -> None:
    """Factors in digits and multiples said by a verb (before changes read their values)."""
    for idxs in by_sent:
        _factors(low, drafts, idxs)
        _fold_factors(low, drafts, idxs)
        _verb_multiples(low, drafts, idxs)


def _to_and_from(low: str, drafts: list[dict[str, Any]], after: list[int], start: int
                 ) -> tuple[int | None, int | None]:
    """(to, from) among the figures ``after`` (in order, from ``start``): the one after "to"
    and the one after "from" ("rose tenfold to 42,200 from 941"), each None when not said."""
    to = frm = None
    prev_end = start
    for j in after:
        gap = low[prev_end:drafts[j]["start"]]
        if to is None and _TO.search(gap):
            to = j
        elif frm is None and _FROM.search(gap):
            frm = j
        prev_end = drafts[j]["end"]
    return to, frm


# "a four-fold rise on the 700,000 of 2021": the words from a factor to the value it multiplies
_FOLD_ON = re.compile(r"(?:-|[ \u00a0])?fold[ \u00a0]+(?:rise|increase|jump|gain|growth)[ \u00a0]+"
                      r"(?:on|over|from|compared[ \u00a0]+with)[ \u00a0]+(?:the[ \u00a0]+|its[ \u00a0]+)?"
                      r"(?:(?:about|some|nearly|almost|just)[ \u00a0]+)?")
# ... and from the level it gives to the factor: "carried 3 million people, a "
_LEVEL_THEN_FOLD = re.compile(r"[^.;:\d]{0,30}?,[ \u00a0]*(?:an?[ \u00a0]+)?(?:(?:almost|nearly|more[ \u00a0]+"
                              r"than|over|roughly|about)[ \u00a0]+)?")


# "a sixfold increase, while gross lending edged up from £19.1bn to £19.7bn": the figures
# after a factor belong to another clause once a comma or a conjunction opens one ("rose
# sixfold, to 5,100 from 510" and "almost halved, falling to £350m from £670m" keep them)
_CLAUSE_AFTER_FOLD = re.compile(r"[,;:](?![ \u00a0]*(?:to|from|falling|rising|climbing|dropping|"
                                r"growing|jumping|up|down)\b)|\b(?:while|whereas|but)\b")


# "rose from £200m in July to £1.2bn in August, a sixfold increase": the pair before a factor
_FROM_BEFORE = re.compile(r"\bfrom[ \u00a0]+(?:(?:about|around|nearly|almost|some|roughly|just)"
                          r"[ \u00a0]+)?$")
_PAIR_GAP = re.compile(r"(?:[ \u00a0]+(?:in|on|at)[ \u00a0]+[\w ]{1,20}?)?[ \u00a0]+to[ \u00a0]+"
                       r"(?:(?:about|around|nearly|almost|some|roughly|just)[ \u00a0]+)?")


def _pair_before_fold(low: str, drafts: list[dict[str, Any]], a: int, b: int, at: int
                      ) -> tuple[int | None, int | None]:
    """(to, from) of "from A [in July] to B[ in August], a sixfold increase": the two figures
    of one unit right before a factor, A after "from" and B after "to"; else (None, None)."""
    x, y = drafts[a], drafts[b]
    if x["unit"] != y["unit"] or not x["value"] or not y["value"] or \
            not _FROM_BEFORE.search(low, max(0, x["start"] - 20), x["start"]) or \
            not _PAIR_GAP.fullmatch(low, x["end"], y["start"]) or \
            not _AFTER_PAIR_FOLD.fullmatch(low, y["end"], at):
        return None, None
    return b, a


# the words from a pair's later value to the factor: " in august, a ", ", an "
_AFTER_PAIR_FOLD = re.compile(r"(?:[ \u00a0]+(?:in|on|at|by)[ \u00a0]+[\w ]{1,20}?)?,[ \u00a0]*"
                              r"(?:an?[ \u00a0]+)?(?:(?:almost|nearly|more[ \u00a0]+than|over|roughly|"
                              r"about)[ \u00a0]+)?")


def _fold_factors(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    """"a 45-fold increase": a factor, of the value before it that the sentence compares
    with ("42,200 ..., up from 941 in 2022, a 45-fold increase"), or of the two after it
    ("a 45-fold rise to 42,200 from 941")."""
    for p, n in enumerate(idxs):
        d = drafts[n]
        if d["unit"] or not d["value"] or not _FOLD.match(low, d["end"]) or \
                d.get("role") not in (None, "change"):
            continue
        # a factor is never the amount of a change: "rose tenfold to 5,100 from 510" read
        # side by side as "rose ten" (_adjacent_pair) is undone here
        d["extra"] = [x for x in d["extra"] if x[0] != "change"]
        d["role"], d["measure"] = "factor", None
        to, frm = _to_and_from(low, drafts, idxs[p + 1:p + 3], d["end"]) \
            if p + 1 < len(idxs) and not _CLAUSE_AFTER_FOLD.search(
                low, d["end"], drafts[idxs[p + 1]]["start"]) else (None, None)
        if (to is None or frm is None) and 0 < p < len(idxs) - 1 and \
                _FOLD_ON.fullmatch(low, d["end"], drafts[idxs[p + 1]]["start"]) and \
                _LEVEL_THEN_FOLD.fullmatch(low, drafts[idxs[p - 1]]["end"], d["start"]):
            # "3 million people, a four-fold rise on the 700,000 of 2021": the level before
            # it, the value after "on"
            to, frm = idxs[p - 1], idxs[p + 1]
        if (to is None or frm is None) and p >= 2:
            to, frm = _pair_before_fold(low, drafts, idxs[p - 2], idxs[p - 1], d["start"])
        if to is None or frm is None:
            # the compared value before it and the value it is compared with
            frm = next((j for j in reversed(idxs[max(0, p - RELATIVE_WINDOW):p])
                        if drafts[j].get("role") == "compared"), None)
            dirn = next((v for k, v in drafts[frm]["extra"] if k == "direction"), None) \
                if frm is not None else None
            to = dirn.get("to") if isinstance(dirn, dict) else None
        if to is None or frm is None or drafts[to]["unit"] != drafts[frm]["unit"] or \
                any(x[0] == "relation" for x in drafts[to]["extra"]):
            continue
        drafts[to]["extra"].append(("relation", {"kind": "multiple",
                                                 "factor": float(d["value"]), "of": frm}))
        drafts[frm]["role"] = drafts[frm].get("role") or "reference"


def compare(text: str, low: str, drafts: list[dict[str, Any]],
            by_sent: list[list[int]]) -> None:
    """Differences, ratios and averages (after changes have taken their amounts)."""
    margins = Spots(low, _MARGIN_WORDS)
    for k, idxs in enumerate(by_sent):
        _proportion_restated(low, drafts, idxs)
        _proportion_restated_after(low, drafts, idxs)
        _one_in(low, drafts, idxs)
        _differences(text, low, drafts, idxs, by_sent[k - 1] if k else [], margins)
        _ahead_of(text, drafts, idxs)
        _gap_across(text, low, drafts, idxs, by_sent[k - 1] if k else [],
                    by_sent[k + 1] if k + 1 < len(by_sent) else [])
        _trade_balance(low, drafts, idxs, by_sent[k - 1] if k else [],
                       by_sent[k + 1] if k + 1 < len(by_sent) else [])
        _time_gaps(low, drafts, idxs, [j for q in by_sent[max(0, k - 2):k] for j in q])
        _bracketed_amount(low, drafts, idxs)
        _bracketed_other_value(low, drafts, idxs)
        _meaning_difference(low, drafts, idxs, by_sent[k - 1] if k else [])
        _difference_of_two(low, drafts, idxs, [j for q in by_sent[max(0, k - 2):k] for j in q])
        _amount_out_of(low, drafts, idxs)
        _against_the_average(low, drafts, idxs)
        _share_of_the_average(low, drafts, idxs)
        _ratios(low, drafts, idxs, by_sent[k - 1] if k else [])
        _share_of_whole(low, drafts, idxs, by_sent[k - 1] if k else [])
        counts_after_shares(low, drafts, idxs)  # "58.9% of the 3,742 cases ..., or about 2,204"
        _share_of_named_whole(low, drafts, idxs)
        _relative_to(text, low, drafts, idxs)
        _beaten_by(low, drafts, idxs, _beaten_before(low, drafts, by_sent, k))
        forecast_beats(low, drafts, idxs)   # "beating the forecast of $0.98 by 15 cents"
        stake_sales(low, drafts, idxs)      # "sold a 4% stake, cutting its holding to 64% from 68%"
        # "75% on a turnout of 30%, fewer than a quarter of all members"
        share_of_shares(low, drafts, idxs, by_sent[k + 1] if k + 1 < len(by_sent) else [])
        _beaten_first_by(low, drafts, idxs, by_sent[k - 1] if k else [])
        _beaten_passive_by(low, drafts, idxs, by_sent[k - 1] if k else [])
        _averages(low, drafts, idxs)
        _net_of_two(low, drafts, idxs)
        _when_it_was(low, drafts, idxs)
        _word_multiples(low, drafts, idxs)


# ", leaving about 80,000": the rest of a whole once a portion of it is taken away
_LEAVING = re.compile(r",[ \u00a0]*(?:leaving|which[ \u00a0]+leaves|which[ \u00a0]+left|and[ \u00a0]+left)"
                      r"[ \u00a0]+(?:(?:about|around|roughly|some|nearly|almost|just)[ \u00a0]+)?$")


# "a net outlay of", "net spending of", "a net loss of about": the words right before a
# figure that make it the gap between the two flows its sentence gave before it
_NET_BEFORE = re.compile(r"\bnet[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}?(?:of[ \u00a0]+)?"
                         r"(?:(?:about|around|some|nearly|almost|roughly)[ \u00a0]+)?$")


# a figure of one of several ("an average of £33.25m each", "£4m per club", "a head")
_EACH_AFTER = re.compile(r"[ \u00a0]*(?:each|apiece|a[ \u00a0]+head|per[ \u00a0]+[a-z]+)\b")


def _net_of_two(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    """"The club spent £92.1 million on new players and received £54.7 million from sales, a
    net outlay of £37.4 million": a "net" figure after exactly two levels of its unit in its
    sentence is the larger less the smaller (``difference``)."""
    for p, n in enumerate(idxs):
        d = drafts[n]
        if p < 2 or not d["value"] or d.get("role") is not None or any(
                k in ("difference", "change", "ratio") for k, _ in d["extra"]) or \
                _NET_BEFORE.search(low, max(d["sentence"][0], d["start"] - 40), d["start"]) is None:
            continue
        two = [j for j in idxs[:p] if drafts[j]["unit"] == d["unit"] and drafts[j]["value"]]
        if len(two) != 2 or any(drafts[j].get("role") is not None for j in two):
            continue
        if any(_NET_BEFORE.search(low, max(d["sentence"][0], drafts[j]["start"] - 40),
                                  drafts[j]["start"]) or
               _EACH_AFTER.match(low, drafts[j]["end"]) for j in two):
            # "spent a net £665m, an average of £33.25m each, down from last summer's net spend
            # of £685m": a net figure and an average are no gross levels it is the gap of
            continue
        hi, lo = sorted(two, key=lambda j: -drafts[j]["value"])
        d["extra"].append(("difference", {"of": hi, "minus": lo}))


def leaving_the_rest(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    """"Crews restored power to 520,000 of the 600,000 customers ..., leaving about 80,000
    still in the dark": the figure after "leaving" is the whole less the portion before it
    in the sentence (``difference``), the nearest portion of its unit with its whole given
    (called once the portions of a sentence are known)."""
    for p, n in enumerate(idxs):
        d = drafts[n]
        if p == 0 or not d["value"] or \
                _LEAVING.search(low, max(d["sentence"][0], d["start"] - 30), d["start"]) is None:
            continue
        taken = [j for j in idxs[:p] if drafts[j]["unit"] == d["unit"] and
                 drafts[j].get("role") in ("of_whole", "portion")]
        # (one portion taken, one figure left: "67 confirmed, 42 negative and one equivocal,
        # leaving 23 probable and 14 possible" is a list on both sides, no one gap)
        if len(taken) != 1 or (p + 1 < len(idxs) and drafts[idxs[p + 1]]["unit"] == d["unit"]):
            continue
        a = taken[0]
        w = drafts[a].get("group")
        if not isinstance(w, int) or isinstance(w, bool) or drafts[w]["unit"] != d["unit"] or \
                not drafts[w]["value"]:
            continue
        parts = _parts_taken(low, drafts, idxs[:p], a)
        if parts is None or drafts[w]["value"] <= sum(drafts[j]["value"] or 0 for j in parts):
            continue
        if len(parts) == 1:
            d["extra"].append(("difference", {"of": w, "minus": parts[0]}))
        else:
            d["extra"].append(("net_sum", {"of": w, "plus": tuple(parts),
                                           "signs": (1,) + (-1,) * len(parts), "sign": 1,
                                           "rest": True}))


# what stands between two parts taken from a whole before "leaving": "(658) were judged only
# satisfactory and " (no other figure, no full stop)
_NEXT_PART = re.compile(r"[^.;\d]{0,60}?(?:,[ \u00a0]*|[ \u00a0]+and[ \u00a0]+)(?:a[ \u00a0]+further[ \u00a0]+|"
                        r"another[ \u00a0]+)?$")


def _parts_taken(low: str, drafts: list[dict[str, Any]], before: list[int], a: int
                 ) -> list[int] | None:
    """The parts taken from the whole before "leaving": portion ``a`` (a fraction word stands
    for the count in brackets after it: "A third of them (658)"), then each plain count of its
    unit said after it, joined by a comma or "and" ("and 183 were inadequate, leaving 1,123");
    None when a fraction word has no count."""
    x = drafts[a]
    rat = next((v for k, v in x["extra"] if k == "ratio" and isinstance(v, dict)), None)
    if rat is not None and rat.get("bracketed") and isinstance(rat.get("of"), int):
        a = rat["of"]
    elif x["value"] is not None and x["value"] < 1 and not x["unit"]:
        return None     # (a fraction word with no count of its own)
    parts = [a]
    for j in before:
        y = drafts[j]
        if j <= a or y["unit"] != drafts[a]["unit"] or y.get("role") is not None or \
                not y["value"] or y["extra"] and any(k in ("change", "ratio", "difference")
                                                     for k, _ in y["extra"]) or \
                not _NEXT_PART.search(low, drafts[parts[-1]]["end"], y["start"]):
            continue
        parts.append(j)
    return parts


# the clause that gives a change's earlier value after it: ", when it was $12.2 billion", ",
# when the rate was 647,000"
# (or the figure first: "up 0.6 points on last year, when 27.2% reached the top grades")
_WHEN_WAS = re.compile(r",[ \u00a0]*when[ \u00a0]+(?:(?:it|they|the[ \u00a0]+[a-z][\w -]{0,30}?|[a-z]+)[ \u00a0]+"
                       r"(?:(?:had|has)[ \u00a0]+(?=[a-z]{3,}ed\b))?"
                       r"(?:was|were|stood[ \u00a0]+at|came[ \u00a0]+to|had[ \u00a0]+been|had|made|sold|"
                       r"won|took|saw|[a-z]{3,}ed)"
                       r"[ \u00a0]+(?:(?:a|an|the)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,3}?of[ \u00a0]+|"
                       # ("when it had reached a record 336,000")
                       r"an?[ \u00a0]+(?:new[ \u00a0]+)?(?:record|peak|high|low)[ \u00a0]+)?)?"
                       r"(?:(?:about|around|roughly|nearly|almost|some|just)[ \u00a0]+)?$")
# (", when it reached a 23-year high of 7.79%": the value after the noun that names it)
# a clause of its own between a change and a "when" clause: the "when" is of that clause's time
_CLAUSE_BEFORE_WHEN = re.compile(r"[,;][ \u00a0]*(?:and|but|while|whereas)[ \u00a0]+(?!the[ \u00a0]+"
                         r"(?:most|highest|lowest|largest|biggest|fewest|smallest|best|worst)\b)")
# a figure that only describes a noun ("a 23-year high", "a 30-year mortgage"): no amount
_DESCRIBES = re.compile(r"[\d.,]+-[a-z]+")


# a record's comparison: "the most since 2004", "its highest level since", "the lowest since"
_RECORD_SINCE = re.compile(r"\b(?:most|highest|lowest|largest|biggest|fewest|smallest|best|"
                           r"worst)\b(?:[ \u00a0]+[a-z]+){0,2}[ \u00a0]+since\b")

# a year a level is set against, right before the "when" clause that gives its figure
_YEAR_AGAINST = re.compile(r"\b(?:below|above|short[ \u00a0]+of|behind|ahead[ \u00a0]+of|against|"
                           r"(?:higher|lower|more|less|fewer|bigger|smaller)[ \u00a0]+than|"
                           r"compared[ \u00a0]+(?:with|to))[ \u00a0]+(?:in[ \u00a0]+|that[ \u00a0]+of[ \u00a0]+)?"
                           r"(?:19|20)\d\d(?:[/-]\d\d)?[ \u00a0]*,[ \u00a0]*when\b")


def _when_it_was(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    """A change stated with its earlier value in a "when" clause after it and its new value
    left to the story's level before ("Starts were 34.8% higher than a year earlier, when the
    rate was 647,000"; "Annual net income has more than tripled since fiscal 2015, when it
    was $12.2 billion"): the new value is the nearest earlier figure of the earlier value's
    unit, measure and subject that is the new value of a change stated before (the story's
    level: "jumped 15% ... to 872,000"), else the nearest of its measure."""
    for p, n in enumerate(idxs):
        b = drafts[n]
        when = _WHEN_WAS.search(low, max(b["sentence"][0], b["start"] - 60), b["start"]) \
            if b.get("role") is None and b["value"] else None
        if when is None:
            continue
        while p and _DESCRIBES.fullmatch(low, drafts[idxs[p - 1]]["start"],
                                         drafts[idxs[p - 1]]["end"]):
            p -= 1
        amount = idxs[p - 1] if p else None
        if amount is not None and _CLAUSE_BEFORE_WHEN.search(low, drafts[amount]["end"], when.start()):
            # "0.5% more than a year earlier, and its busiest day came on July 27, when
            # 239,928 went through": the "when" clause is of another clause's time
            continue
        if _RECORD_SINCE.search(low, drafts[amount]["end"] if amount is not None
                                else b["sentence"][0], b["start"]) or \
                (amount is None and _YEAR_AGAINST.search(low, b["sentence"][0], b["start"])):
            # ("Both years were far below 2020, when 8,648 fires burned": the other year's
            # figure a level is set against, no level of the story's own)
            # "up 41% on the year before and the most since 2004, when there were 39,746":
            # the level a record is measured against, not the change's earlier value
            b["role"] = "compared"
            continue
        if amount is not None and drafts[amount].get("role") == "factor" and p > 1 and \
                drafts[amount]["value"] and not drafts[amount]["unit"]:
            # "3.1 million passengers in 2023, three times as many as in 2021, when it carried
            # 1.3 million": the figure before the factor is a multiple of the earlier value
            to = idxs[p - 2]
            if drafts[to]["unit"] == b["unit"] and _free(drafts[to]) and \
                    not any(x[0] == "relation" for x in drafts[to]["extra"]):
                rel = {"kind": "multiple", "factor": float(drafts[amount]["value"]), "of": n}
                hedge = _MULT_HEDGE.search(low, max(b["sentence"][0],
                                                    drafts[amount]["start"] - 14),
                                           drafts[amount]["start"])
                if hedge or (drafts[amount].get("qualifier") or ""):
                    word = hedge.group(1) if hedge else drafts[amount]["qualifier"]
                    bound = mult_bound(word)
                    if bound:
                        rel["bound"] = bound
                drafts[to]["extra"].append(("relation", rel))
                b["role"] = "reference"
            continue
        ch = next((v for k, v in drafts[amount]["extra"] if k == "change"), None) \
            if amount is not None else None
        verb = None
        if ch is None or ch.get("from") is not None:
            ch = None
            start = drafts[amount]["end"] if amount is not None else b["sentence"][0]
            verb = next(_VERB_MULT.finditer(low, start, b["start"]), None)
            if verb is None:
                continue
        to = _level_before(drafts, n, ch.get("to") if ch else None)
        if to is None and ch is not None and p >= 2 and b.get("measure") is None:
            # "A total of 65,077 have tested positive, up 5,706 from the day before, when it
            # was 60,371": the level right before the amount, in its sentence
            lv = drafts[idxs[p - 2]]
            if lv["unit"] == b["unit"] and lv.get("role") is None and lv["value"]:
                to = idxs[p - 2]
        if to is None:
            continue
        if ch is not None:
            if ch["kind"] == "absolute" and drafts[amount]["unit"] not in ("", b["unit"]):
                continue
            ch.update({"from": n, "to": to})
            b["role"] = "compared"
            continue
        if any(x[0] == "relation" for x in drafts[to]["extra"]):
            continue
        hedge = _MULT_HEDGE.search(low, max(b["sentence"][0], verb.start() - 14), verb.start())
        rel = {"kind": "multiple", "factor": _VERB_FACTORS[verb.group(1)], "of": n}
        if hedge:
            rel["bound"] = mult_bound(hedge.group(1))
        drafts[to]["extra"].append(("relation", rel))
        b["role"] = "reference"


def _level_before(drafts: list[dict[str, Any]], n: int, known: int | None) -> int | None:
    """The level a change whose earlier value is figure ``n`` goes to (see _when_it_was)."""
    b = drafts[n]
    if known is not None:
        return known if drafts[known]["unit"] == b["unit"] else None

    window = range(n - 1, max(-1, n - 1 - RELATIVE_WINDOW), -1)
    # the values of a change whose amount names a narrower group of the measure ("Motorcyclist
    # deaths rose by 2%, from 331 to 339" beside the year's "deaths"): a group's, never the
    # story's level ("last year's toll was 45% lower than in 2005, when 3,201 people died")
    wide = str(b.get("measure") or "")
    group = {v.get(e) for j in window for k, v in drafts[j]["extra"]
             if k == "change" and wide and str(drafts[j].get("measure") or "").endswith(
                 " " + wide) for e in ("from", "to")}

    def fits(j: int, subject: bool = True) -> bool:
        x = drafts[j]
        return x["unit"] == b["unit"] and x.get("role") is None and bool(x["value"]) and \
            (x.get("subject") == b.get("subject") or not subject) and \
            x.get("measure") == b.get("measure") and j not in group
    tos = {v.get("to") for j in window for k, v in drafts[j]["extra"]
           if k == "change" and v.get("from") is not None}
    # (or with no amount, its earlier value right after it: "rose to 6.54% from 6.44%")
    tos |= {j - 1 for j in window if j and drafts[j].get("role") == "compared" and
            drafts[j - 1]["sentence"] == drafts[j]["sentence"] and
            drafts[j - 1]["unit"] == drafts[j]["unit"]}
    got = next((j for j in window if j in tos and fits(j)), None)
    if got is None and b.get("measure") is not None:
        got = next((j for j in window if fits(j)), None)
    if got is None:
        # "21.8% ... this year, down 0.2 points on last year, when 22% of entries achieved
        # them": the level of the earlier value's sentence, its measure named by neither
        got = next((j for j in window if drafts[j]["sentence"] == b["sentence"] and fits(j)),
                   None)
    if got is None:
        # the one level of a change before, its subject read otherwise ("Construction of
        # new homes jumped 15% ... to 872,000 ... Starts were 34.8% higher ..., when the rate
        # was 647,000")
        cands = [j for j in window if j in tos and fits(j, subject=False)]
        got = cands[0] if len(cands) == 1 else None
    return got


# what two figures before it imply, said after them: "At the beginning of the month, the tally
# was at 387,060, meaning Russia has suffered a loss of 20,180 soldiers" (after 407,240)
_MEANING = re.compile(r"\b(?:meaning|which[ \u00a0]+means|that[ \u00a0]+means|implying)\b"
                      r"[^.;:\d]{0,60}$")


# ... and "so" right before a count said to be more or fewer: "By Tuesday the toll had reached
# 1,229, so 84 more deaths were recorded" (after 1,145; everyday89; "so 84 people were
# evacuated" is no difference)
_SO_BEFORE = re.compile(r",[ \u00a0]*so[ \u00a0]+(?:(?:about|some|nearly|almost|around|roughly)"
                        r"[ \u00a0]+)?$")
_MORE_AFTER = re.compile(r"[ \u00a0]+(?:more|fewer|extra|additional|further)\b")


def _meaning_difference(low: str, drafts: list[dict[str, Any]], idxs: list[int],
                        prev: list[int]) -> None:
    """A figure that the words before it in its clause make a consequence of the two levels
    before it, of its unit and measure (in its sentence or the one before): their
    difference, which wrong-arithmetic checks, not a level of its own."""
    for p, n in enumerate(idxs):
        d = drafts[n]
        if d.get("role") is not None or not d["value"] or not (_MEANING.search(
                low, max(d["sentence"][0], d["start"] - 80), d["start"]) or (
                _SO_BEFORE.search(low, max(d["sentence"][0], d["start"] - 24), d["start"])
                and _MORE_AFTER.match(low, d["end"]))):
            continue
        before = [j for j in (list(prev[-4:]) + idxs[max(0, p - 4):p])[-4:]
                  if drafts[j]["unit"] == d["unit"] and drafts[j]["value"] and
                  drafts[j].get("role") in (None, "total") and
                  drafts[j].get("measure") in (None, d.get("measure"))]
        if len(before) < 2:
            continue
        a, b = before[-2], before[-1]
        hi, lo = (a, b) if drafts[a]["value"] >= drafts[b]["value"] else (b, a)
        if drafts[lo]["value"] <= d["value"] or drafts[hi]["value"] <= d["value"]:
            continue    # a difference is smaller than both
        d["extra"].append(("difference", {"of": hi, "minus": lo, "exact": True}))
        d["role"] = "difference"


# "The difference between the two figures is 253,290": the two figures written before it
_DIFFERENCE_OF_TWO = re.compile(
    r"\bthe\s+(?:difference|gap)\s+between\s+(?:the\s+two"
    r"(?:\s+(?:figures|totals|counts|numbers|tallies))?|them|these\s+(?:two\s+)?"
    r"(?:figures|totals|counts|numbers)|the\s+(?:figures|totals))"
    r"(?:\s+(?:is|was|stands\s+at|comes\s+to|amounts\s+to)\s+|\s*,\s*)(?:(?:about|"
    r"around|some|nearly|almost|roughly|more\s+than|just\s+(?:under|over))"
    r"\s+)?$")


def _difference_of_two(low: str, drafts: list[dict[str, Any]], idxs: list[int],
                       prev: list[int]) -> None:
    """"On the first day of 2023, Kyiv said ... 106,720 losses. The difference between the two
    figures is 253,290": the difference of the two figures of one measure written before it
    (in its sentence and the two before), which wrong-arithmetic checks. Where more than two
    such figures stand there, which two is open: each pair is a reading, and the difference is
    related to the pair whose difference it is (_pair_of_difference), or, when no pair's is, to
    the last two (every reading disagrees)."""
    for p, n in enumerate(idxs):
        d = drafts[n]
        said = None if d.get("role") is not None or not d["value"] else \
            _DIFFERENCE_OF_TWO.search(low, max(d["sentence"][0], d["start"] - 80), d["start"])
        if said is None:
            continue
        # (the "two" of "the two figures" is none of them)
        before = [j for j in prev + idxs[:p] if drafts[j]["end"] <= said.start() and
                  drafts[j]["unit"] == d["unit"] and drafts[j]["value"] and
                  drafts[j].get("measure") and drafts[j].get("role") in (None, "total")]
        if len(before) > 2:
            before = _pair_of_difference(drafts, d, before)
        if len(before) != 2 or drafts[before[0]]["measure"] != drafts[before[1]]["measure"]:
            continue
        a, b = before
        hi, lo = (a, b) if drafts[a]["value"] >= drafts[b]["value"] else (b, a)
        d["extra"].append(("difference", {"of": hi, "minus": lo, "exact": True}))
        d["role"] = "difference"
        d["measure"] = drafts[a]["measure"]
        if drafts[a].get("cumulative") and drafts[b].get("cumulative"):
            # of two running totals: the days between their reports (readings:
            # _between_totals), as "meaning a loss of 20,180" is
            d["cumulative"] = True
        elif drafts[a].get("period") != drafts[b].get("period"):
            # of two periods' counts ("45,450 in November and 49,150 in December ... the
            # difference between the two figures, 3,700"): a count of no period of its own
            # (a period carried to it, "the year stated last", is none of them)
            d["period"] = None


def _pair_of_difference(drafts: list[dict[str, Any]], d: dict[str, Any], before: list[int]
                        ) -> list[int]:
    """Which two of more than two figures of one measure "the difference between the two
    figures" ``d`` is: the pair of one measure whose difference its wording allows, else,
    when no pair's is (every reading disagrees), the last two of the one measure that has two
    or more there; [] when two pairs fit, or none does and several measures have two (which
    two is open)."""
    lo, hi = d.get("lower") or d["value"], d.get("upper") or d["value"]
    fits = [(a, b) for x, a in enumerate(before) for b in before[x + 1:]
            if drafts[a]["measure"] == drafts[b]["measure"] and
            lo - 0.5 <= abs(drafts[a]["value"] - drafts[b]["value"]) <= hi + 0.5]
    if len(fits) > 1:
        return []
    if fits:
        return list(fits[0])
    ms = [drafts[j]["measure"] for j in before]
    paired = {m for m in ms if ms.count(m) > 1}
    return [j for j in before if drafts[j]["measure"] in paired][-2:] if len(paired) == 1 \
        else []


# "91 points, two ahead of Arsenal on 89", "52 seats, 14 more than Labour with 38", "18
# points ahead of second-placed Manchester City on 81" (a place or title before the name)
_AHEAD = re.compile(r"(?:[ \u00a0]+(?:points?|votes?|seats?|goals?|runs?|shots?|strokes?))?"
                    r"[ \u00a0]+(?:ahead[ \u00a0]+of|behind|clear[ \u00a0]+of|more[ \u00a0]+than|"
                    r"fewer[ \u00a0]+than)[ \u00a0]+(?:the[ \u00a0]+)?(?:[a-z][\w’'-]*[ \u00a0]+){0,2}?(?:(?:(?:[A-Z][\w’'.-]*|candidate)[ \u00a0]+){1,5}"
                    r"(?:on|with|at|who\s+had|which\s+had)[ \u00a0]+|(?:[A-Z][\w’'.-]*[ \u00a0]+){0,3}"
                    r"[A-Z][\w.-]*(?:['’]s|s['’])[ \u00a0]+)$")
# (or the other's figure written as its own: "13.5 percentage points ahead of the Aam Aadmi
# Party's 32.9%", "10 points behind the Conservatives' 43.6%")


def _ahead_of(text: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    """A gap between two figures of one sentence said as "N ahead of X on M" after the first
    ("finishing on 91 points, two ahead of Arsenal on 89"), or before the other's possessive
    ("46.4% of the vote, 13.5 percentage points ahead of the Aam Aadmi Party's 32.9%"): a
    difference of the two (matched on the text as written: the name after "ahead of" is
    capitalised)."""
    for p in range(1, len(idxs) - 1):
        first = _ahead_side(drafts, idxs, p)
        a, d, b = drafts[first], drafts[idxs[p]], drafts[idxs[p + 1]]
        points = d["unit"] == "percent" and a["unit"] == "percent" and \
            any(k == "percentage_points" for k, _ in d["extra"])
        if d.get("role") is not None or (d["unit"] and not points) or a["unit"] != b["unit"] or \
                a["value"] is None or b["value"] is None or d["value"] is None or \
                not _AHEAD.fullmatch(text, d["end"], b["start"]):
            continue
        hi, lo = (first, idxs[p + 1]) if a["value"] >= b["value"] else \
            (idxs[p + 1], first)
        d["extra"].append(("difference", {"of": hi, "minus": lo}))
        d["role"] = "difference"
        d["measure"] = a.get("measure") or d.get("measure")


# what a table's count of games played counts: "on 25 points after 10 games, two ahead of
# Manchester City on 23" sets the 23 against the 25, never against the games (everyday120)
_PLAYED = frozenset({"game", "match", "fixture", "round", "race", "outing", "appearance"})


def _ahead_side(drafts: list[dict[str, Any]], idxs: list[int], p: int) -> int:
    """The figure before gap ``idxs[p]`` its rival's figure is set against: the one right
    before it, but for a count of games played ("after 10 games") standing between, when the
    rival's figure names no such thing: then the figure before that count."""
    a, b = drafts[idxs[p - 1]], drafts[idxs[p + 1]]
    if p >= 2 and a.get("measure") in _PLAYED and b.get("measure") not in _PLAYED and \
            drafts[idxs[p - 2]].get("measure") not in _PLAYED and \
            drafts[idxs[p - 2]]["unit"] == b["unit"]:
        return idxs[p - 2]
    return idxs[p - 1]


# a gap in a table's points whose two figures are not both in its clause: "four points clear
# of Liverpool, with 44 points to 42" (both after it), "lead the league by seven points" with
# "have 57 points and Arsenal have 50" the sentence after, "were one point behind on 92" and
# "both have 67 points, one behind the leaders" with the other's points the sentence before
_GAP_WORD_AFTER = re.compile(r"(?:[ \u00a0]+points?)?[ \u00a0]+(clear|ahead|behind)\b")
_WITH_TO = re.compile(r"(?:[ \u00a0]+points?)?[ \u00a0]+(?:clear[ \u00a0]+of|ahead[ \u00a0]+of|behind)"
                      r"[ \u00a0]+(?:the[ \u00a0]+)?(?:[A-Z][\w’'.-]*[ \u00a0]+){0,2}[A-Z][\w’'.-]*"
                      r"[ \u00a0]*,?[ \u00a0]+with[ \u00a0]+$")
# the team named right after "behind"/"ahead of"/"clear of" (group 1)
_NAMED_AFTER_GAP = re.compile(r"(?:[ \u00a0]+of)?[ \u00a0]+(?:the[ \u00a0]+)?([A-Z][\w’'.-]*)")
_POINTS_TO = re.compile(r"(?:[ \u00a0]+points?)?[ \u00a0]+to[ \u00a0]+$")
_LEAD_BY = re.compile(r"\b(?:lead|leads|led|leading)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w’'-]*"
                      r"(?:[ \u00a0]+[A-Z][\w’'-]*)*[ \u00a0]+by[ \u00a0]+$")
_POINTS_NOUN = re.compile(r"[ \u00a0]+points?\b")


_VOTES_NOUN = re.compile(r"[ \u00a0]+(?:[a-z]+-[a-z]+[ \u00a0]+)?votes?\b")


def _gap_sides(low: str, drafts: list[dict[str, Any]], n: int, kind: str) -> Any:
    """Which figures may be a side of gap ``n`` (``_gap_across``): counts of its kind, points
    (by their measure or noun, or with no other measure) or votes (by their measure or noun
    only), larger than the gap."""
    d = drafts[n]

    def fits(j: int) -> bool:
        x = drafts[j]
        if j == n or x["unit"] or not _free(x) or x.get("role") == "portion" or \
                (x["value"] or 0) <= d["value"]:
            return False
        if kind == "votes":
            return x.get("measure") in ("votes", "vote") or (
                x.get("measure") is None and _VOTES_NOUN.match(low, x["end"]) is not None)
        return x.get("measure") in (None, "point") and (
            x.get("measure") == "point" or _POINTS_NOUN.match(low, x["end"]) is not None or
            _POINTS_NOUN.match(low, d["end"]) is not None)
    return fits


def _gap_across(text: str, low: str, drafts: list[dict[str, Any]], idxs: list[int],
                prev: list[int], nxt: list[int]) -> None:
    """A gap in a table's points ("N points clear of X", "lead X by N points", "N behind")
    whose two figures stand after it in its sentence ("with 44 points to 42"), in the
    sentence after when its own gives none ("lead the league by seven points. ... have 57
    points and Arsenal have 50"), or one in its sentence and one in the sentence before ("City
    finished on 93 points. Liverpool were one point behind on 92"): a difference of the two.
    Only counts of points (their noun, or no other), and only where exactly those figures
    stand there: with more, which two is open, and nothing is related."""
    for p, n in enumerate(idxs):
        d = drafts[n]
        if d.get("role") is not None or d["unit"] or not d["value"]:
            continue
        word = _GAP_WORD_AFTER.match(low, d["end"])
        lead = _LEAD_BY.search(text, max(d["sentence"][0], d["start"] - 60), d["start"])
        if word is None and lead is None:
            continue
        # (a gap in votes may be any size: "719 votes (29.6%), 337 behind" the 1,056 before;
        # one in points is a table's, under 100)
        fits = _gap_sides(low, drafts, n, "votes" if d["value"] >= 100 else "point")
        own = [j for j in idxs if fits(j)]
        pair = None
        after = [j for j in idxs[p + 1:p + 3] if fits(j)]
        if len(after) == 2 and _WITH_TO.fullmatch(text, d["end"], drafts[after[0]]["start"]) and \
                _POINTS_TO.fullmatch(low, drafts[after[0]]["end"], drafts[after[1]]["start"]):
            pair = after[0], after[1]
        elif not own and lead is not None:
            later = [j for j in nxt if fits(j)]
            pair = (later[0], later[1]) if len(later) == 2 else None
        elif len(own) == 1 and word is not None and word.group(1) == "behind":
            # (the leader's points the sentence before: one figure there)
            # (but "16 points, 8 behind Burnley": a team named after "behind" must be the one
            # the sentence before gives the figure of)
            before = [j for j in prev if fits(j)]
            named = _NAMED_AFTER_GAP.match(text, word.end())
            pair = (before[0], own[0]) if len(before) == 1 and (
                named is None or named.group(1).rstrip(".") in text[drafts[prev[0]]["sentence"][0]:
                                                        drafts[before[0]]["end"] + 40]) else None
        if pair is None:
            continue
        a, b = pair
        if drafts[a]["value"] < drafts[b]["value"]:
            a, b = b, a
        d["extra"].append(("difference", {"of": a, "minus": b}))
        d["role"] = "difference"
        d["measure"] = drafts[a].get("measure") or d.get("measure")


# a trade balance and the exports and imports it is the gap of: "The US trade deficit shrank
# to $87.1 billion ... Exports climbed 3.5% to $252.6 billion, and imports fell 3.4% to $339.7
# billion". The balance is unqualified ("the trade deficit", "the goods and services deficit",
# "China's surplus"; never "the goods deficit", "the deficit with Canada"), and so are the
# flows ("exports of goods and services", never "exports of goods" or "exports to China")
_BALANCE_BEFORE = re.compile(
    r"(?<![a-z’'])(?:the|a|its|their|overall|total|monthly|annual|and[ \u00a0]+services|"
    r"[a-z]+['’]s|us|uk|eu)[ \u00a0]+(?:trade[ \u00a0]+)?(?:deficit|surplus|gap|balance)[ \u00a0]+"
    r"(?:(?:narrowed|shrank|widened|grew|fell|rose|dropped|increased|decreased|was|is|were|"
    r"stood|came[ \u00a0]+in|swelled|ballooned)(?:[ \u00a0]+\d+(?:\.\d+)?%)?(?:[ \u00a0]+in[ \u00a0]+"
    r"[a-z]+)?[ \u00a0]+)?(?:(?:to|at|of)[ \u00a0]+)?(?:(?:about|around|nearly|almost|some|"
    r"a[ \u00a0]+record)[ \u00a0]+)?$|\b(?:trade[ \u00a0]+)?(?:deficit|surplus)[ \u00a0]+was[ \u00a0]+$")
_FLOW = re.compile(r"\b(exports|imports)\b(?![ \u00a0]+(?:of[ \u00a0]+(?:goods|services)\b(?![ \u00a0]+and)|"
                   r"to|from|by|of[ \u00a0]+[a-z]+[ \u00a0]+(?:to|from)))")
_FLOW_CUT = re.compile(r";|,[ \u00a0]+(?:and|but|while)\b|\b(?:while|whereas)\b")


def _flow(low: str, drafts: list[dict[str, Any]], j: int, unit: str) -> str | None:
    """"exports" or "imports" when figure ``j`` is the level of one: the one such word since
    the figure before it in its clause ("December exports were $190.7 billion and imports
    $235.0 billion"; a change's amount or a percentage between is passed over), the figure
    itself no change and no earlier value."""
    x = drafts[j]
    if x["unit"] != unit or not x["value"] or x.get("role") not in (None, "total"):
        return None
    ss = x["sentence"][0]
    cuts = list(_FLOW_CUT.finditer(low, ss, x["start"]))
    start = cuts[-1].end() if cuts else ss
    for y in drafts:
        if start <= y["end"] <= x["start"] and y.get("role") not in ("change",) and \
                y["unit"] != "percent" and y is not x:
            start = y["end"]
    names = {m.group(1) for m in re.finditer(r"\b(exports|imports)\b", low[start:x["start"]])}
    flows = list(_FLOW.finditer(low, start, x["start"]))
    return flows[-1].group(1) if len(names) == 1 and flows else None


# a balance's change, not its level: "the deficit is $77.6 billion, or 27.6%, smaller than"
_BALANCE_CHANGE_AFTER = re.compile(r"(?:[ \u00a0]*,?[ \u00a0]*or[ \u00a0]+[\d.]+[ \u00a0]*%[ \u00a0]*,?)?"
                                   r"[ \u00a0]+(?:smaller|larger|narrower|wider|less|more|lower|"
                                   r"higher|bigger|up|down)\b")
# a balance someone expected, not the one reported: "Economists had forecast a deficit of $48
# billion"
_EXPECTED_BALANCE = re.compile(r"\b(?:expect\w*|forecast\w*|predict\w*|anticipat\w*|consensus|"
                               r"estimat\w*|projected)\b")


def _trade_balance(low: str, drafts: list[dict[str, Any]], idxs: list[int], prev: list[int],
                   nxt: list[int]) -> None:
    """A trade balance with one level of exports and one of imports in its sentence, else in
    it and the one after, else in it and the one before (exactly one of each, in its unit):
    the balance is their difference, which wrong-arithmetic checks."""
    for n in idxs:
        d = drafts[n]
        if d.get("role") is not None or not d["unit"] or d["unit"] == "percent" or \
                not d["value"] or not _BALANCE_BEFORE.search(
                    low, max(d["sentence"][0], d["start"] - 90), d["start"]) or \
                _EXPECTED_BALANCE.search(low, d["sentence"][0], d["start"]) or \
                _BALANCE_CHANGE_AFTER.match(low, d["end"]):
            continue
        pair = None
        for window in (idxs, idxs + nxt, prev + idxs):
            found: dict[str, list[int]] = {"exports": [], "imports": []}
            for j in window:
                kind = None if j == n else _flow(low, drafts, j, d["unit"])
                if kind is not None:
                    found[kind].append(j)
            if len(found["exports"]) == 1 and len(found["imports"]) == 1:
                pair = found["exports"][0], found["imports"][0]
                break
            if len(found["exports"]) > 1 or len(found["imports"]) > 1:
                break
        if pair is None:
            continue
        a, b = pair
        if drafts[a]["value"] < drafts[b]["value"]:
            a, b = b, a
        if drafts[a]["value"] <= d["value"] or any(
                d.get("period") is not None and drafts[j].get("period") not in (None, d["period"])
                for j in (a, b)):
            continue    # (a year's balance is no month's gap)
        d["extra"].append(("difference", {"of": a, "minus": b}))
        d["role"] = "difference"


# a gap in time between two finishers: "finished eight seconds behind in 2:22:45", "was
# second in 2:17:56, 55 seconds behind", "41 seconds ahead of Mohamed Esa, who ran 2:06:58"
_TIME_GAP = re.compile(r"[ \u00a0]+(?:behind|ahead|clear|adrift|quicker|faster|slower|"
                       r"back|outside|inside|off|under|shy)\b")
# (and against a record: "eight seconds outside the world record of 2:02:57")


# a winner's time: "won the women's race in 2:22:58"
_WON_IN = re.compile(r"\bw[io]ns?\b[^.;\d]{0,50}?\bin[ \u00a0]+$")


def _time_gaps(low: str, drafts: list[dict[str, Any]], idxs: list[int],
               prev: list[int]) -> None:
    """A duration said as a gap between finishers ("eight seconds behind") is the difference
    of two times of the race: one in its own sentence and one in it or the two sentences
    before (each of a larger value than the gap). Which two the gap is between is often left
    to the reader ("55 seconds behind": the winner, not the 2005 record given between them),
    so every such pair is a reading: the gap is set on the pair it fits if one does, else on
    its sentence's time and the first time before (the winner's), which then disagree on
    every reading and wrong-arithmetic flags it."""
    for p, n in enumerate(idxs):
        d = drafts[n]
        if d["unit"] != "second" or d.get("role") is not None or not d["value"] or \
                not _TIME_GAP.match(low, d["end"]):
            continue
        times = [j for j in prev + idxs if j != n and drafts[j]["unit"] == "second" and
                 drafts[j].get("role") is None and drafts[j]["value"] and
                 drafts[j]["value"] > d["value"] and not _TIME_GAP.match(low, drafts[j]["end"])]
        own = [j for j in times if j in idxs]
        if any(drafts[j]["start"] < d["start"] and
               _WON_IN.search(low, max(d["sentence"][0], drafts[j]["start"] - 60),
                              drafts[j]["start"]) for j in own):
            # "Sumgong won the women's race in 2:22:58, with Tufa second, five seconds back":
            # a winner of its own sentence, so the times before are another race's
            times = own
        if not own or len(times) < 2:
            continue
        pairs = [(a, b) for a in own for b in times if b != a]
        fit = next(((a, b) for a, b in pairs
                    if abs(abs(drafts[a]["value"] - drafts[b]["value"]) - d["value"]) < 1.0), None)
        if fit is None:
            a = min(own, key=lambda j: abs(drafts[j]["start"] - d["start"]))
            fit = (a, next(j for j in times if j != a))
        a, b = fit
        hi, lo = (a, b) if drafts[a]["value"] >= drafts[b]["value"] else (b, a)
        d["extra"].append(("difference", {"of": hi, "minus": lo, "exact": True}))
        d["role"] = "difference"


def _bracketed_amount(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    """An amount of change in points restated in brackets in other points ("an increase of
    three quarters of a percentage point (75 basis points)") is the same amount, never a
    level of the rate: it takes the amount's role and change (without its values, which the
    first states)."""
    for a, b in zip(idxs, idxs[1:]):
        da, db = drafts[a], drafts[b]
        if da.get("role") != "change" or db.get("role") is not None or \
                not any(k == "percentage_points" for k, _ in da["extra"]) or \
                not any(k == "percentage_points" for k, _ in db["extra"]) or \
                low[da["end"]:db["start"]].strip() != "(":
            continue
        ch = next((v for k, v in da["extra"] if k == "change"), None)
        if ch is None:
            continue
        db["extra"].append(("change", {"kind": ch["kind"], "amount": float(db["value"]),
                                       "direction": ch.get("direction", "up")}))
        db["role"] = "change"


def _bracketed_other_value(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    """A bare count right after a count, alone in brackets ("Worcester 855 (806), Stafford 843
    (690)": each court's cases against a year before, a table written as text) is the
    figure's value of another time or group the story names once for all: no level of the
    name, never restated by it nor an item of the list (role "compared")."""
    for a, b in zip(idxs, idxs[1:]):
        da, db = drafts[a], drafts[b]
        if da["unit"] or db["unit"] or da["value"] is None or db["value"] is None or \
                db.get("role") is not None or da.get("role") not in (None, "item") or \
                low[da["end"]:db["start"]] != " (" or low[db["end"]:db["end"] + 1] != ")":
            continue
        db["role"] = "compared"


# a proportion in words and the same proportion as a percentage right after it: "about a fifth
# of entries (20%)", "one in 12 entries (8%)", "three in four voters, or 75%"
# ("About one in 12 entries, 8%, got an A*": a comma alone too)
_RESTATED_SHARE = re.compile(
    r"(?:[ \u00a0]+[a-z][\w’'-]*){0,4}?[ \u00a0]*(?:\(|,[ \u00a0]*(?:or[ \u00a0]+)?|[—–][ \u00a0]*)" +
    optional("about|around|nearly|almost|roughly|some|just|over|more than", WS) + "$")
_ONE_IN = re.compile(r"[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+(?:every[ \u00a0]+)?")
ONE_IN_MAX = 10     # "one in 12", "nine in 10": the first figure is a small count


# a fraction's move said again as a percentage in its direction: ", down 34.8%", ", a fall of 34%"
_RESTATED_MOVE = re.compile(
    r"[ \u00a0]*,[ \u00a0]*(?:(?:down|up|falling|rising|dropping|climbing)(?:[ \u00a0]+by)?|"
    r"(?:an?[ \u00a0]+)?(?:fall|drop|decline|rise|increase|jump|slump)[ \u00a0]+of)[ \u00a0]+")


def _same_move(a: dict[str, Any], d: dict[str, Any]) -> bool:
    """Whether percentage change ``d`` and the fraction's change ``a`` move the same way and
    ``d`` names no base of its own."""
    ca = next((x for k, x in a["extra"] if k == "change" and isinstance(x, dict)), None)
    cd = [x for k, x in d["extra"] if k == "change" and isinstance(x, dict)]
    return ca is not None and len(cd) == 1 and cd[0].get("kind") == "percent" and \
        ca.get("direction") == cd[0].get("direction") and cd[0].get("from") is None and \
        not any(k == "relation" for k, _ in d["extra"])


def _proportion_restated(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    """A percentage that restates the proportion in words before it: "about a fifth of
    entries (20%)" (a "relation" multiple of 100 with "share", in the percentage's unit),
    "one in 12 entries (8%)", "three in four voters, or 75%" (("ratio", {"of": 1, "per":
    12}); the two counts are a factor and a whole, no counts of their own)."""
    for p in range(1, len(idxs)):
        d, a = drafts[idxs[p]], drafts[idxs[p - 1]]
        # (a fraction in words may be an amount of change, read in percent: "went up by almost
        # a fifth, 19%, to 1.2 million")
        fraction_change = a["unit"] == "percent" and a.get("role") == "change" and \
            a["value"] is not None and 0 < a["value"] < 1 and \
            fraction_words().search(low, a["start"], a["end"]) is not None
        if d["unit"] == "percent" and d.get("role") == "change" and \
                a.get("role") == "change" and a["unit"] in ("", "percent") and \
                a["value"] is not None and 0 < a["value"] < 1 and _same_move(a, d) and \
                fraction_words().search(low, a["start"], a["end"]) is not None and _RESTATED_MOVE.fullmatch(low, a["end"], d["start"]):
            # "plunged by more than a third, down 34.8% on February": the move said twice
            d["extra"].append(("relation", {"kind": "multiple", "factor": 100.0,
                                            "of": idxs[p - 1], "share": True}))
            continue
        if d["unit"] != "percent" or d.get("role") is not None or \
                (a["unit"] and not fraction_change) or \
                not a["value"] or any(k in ("ratio", "relation", "percentage_points")
                                      for k, _ in d["extra"]) or \
                not _RESTATED_SHARE.fullmatch(low, a["end"], d["start"]):
            continue
        if 0 < a["value"] < 1 and fraction_words().search(low, a["start"], a["end"]):
            d["extra"].append(("relation", {"kind": "multiple", "factor": 100.0,
                                            "of": idxs[p - 1], "share": True}))
            continue
        o = drafts[idxs[p - 2]] if p >= 2 else None
        if o is None or o["unit"] or not o["value"] or o.get("role") is not None or \
                not 0 < o["value"] <= min(ONE_IN_MAX, a["value"]) or \
                not _ONE_IN.fullmatch(low, o["end"], a["start"]):
            continue
        d["extra"].append(("ratio", {"of": idxs[p - 2], "per": idxs[p - 1]}))
        o["role"], o["measure"] = "factor", None
        a["role"] = a.get("role") or "whole"


# a percentage and the same proportion in words right after it: "7.9% of entries, about one
# in 12", "31%, or nearly one in three", "4.2% (one in 24)"
_SHARE_THEN_WORDS = re.compile(
    r"(?:[ \u00a0]+[a-z][\w’'-]*){0,3}?[ \u00a0]*(?:,[ \u00a0]*(?:or[ \u00a0]+)?|\([ \u00a0]*|"
    r"[—–][ \u00a0]*)$")


def _proportion_restated_after(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    """A percentage whose proportion in words follows it, "7.9% of entries, about one in 12"
    (("ratio", {"of": 1, "per": 12}) on the percentage, as ``_proportion_restated`` reads the
    words said first); the phrase "one in 12", read as one figure too, is passed over."""
    for p in range(len(idxs) - 2):
        d = drafts[idxs[p]]
        if d["unit"] != "percent" or d.get("role") is not None or \
                any(k in ("ratio", "relation", "percentage_points") for k, _ in d["extra"]):
            continue
        rest = idxs[p + 1:p + 4]
        if len(rest) == 3 and drafts[rest[0]]["start"] <= drafts[rest[1]]["start"] and \
                drafts[rest[0]]["end"] >= drafts[rest[2]]["end"]:
            rest = rest[1:]     # ("one in 12" as a whole, then "one" and "12")
        o, a = (drafts[j] for j in rest[:2])
        if not _one_in_pair(low, o, a) or \
                not _SHARE_THEN_WORDS.fullmatch(low, d["end"], o["start"]):
            continue
        d["extra"].append(("ratio", {"of": rest[0], "per": rest[1]}))
        o["role"], o["measure"] = "factor", None
        a["role"] = "whole"


def _one_in_pair(low: str, o: dict[str, Any], a: dict[str, Any]) -> bool:
    """Whether counts ``o`` and ``a`` are a proportion in words, "one in 24", "three in four":
    a small whole number, "in" or "out of", a larger count, neither with a role of its own."""
    return not o["unit"] and not a["unit"] and bool(o["value"]) and bool(a["value"]) and \
        o.get("role") is None and a.get("role") in (None, "whole") and \
        o["value"] == int(o["value"]) and 0 < o["value"] <= min(ONE_IN_MAX, a["value"] - 1) and \
        _ONE_IN.fullmatch(low, o["end"], a["start"]) is not None


def _one_in(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    """"about one in 24 of all passengers", "three in four voters": a proportion in words, its
    two counts a factor and a whole, no counts of their own (no list items, no parts)."""
    for p in range(1, len(idxs)):
        o, a = drafts[idxs[p - 1]], drafts[idxs[p]]
        if not _one_in_pair(low, o, a):
            continue
        o["role"], o["measure"] = "factor", None
        a["role"] = "whole"


def _free(d: dict[str, Any]) -> bool:
    return d.get("role") not in ("factor", "whole", "change", "difference", "reference",
                                 "compared")


# a multiple's base that is an amount of change ("twice the 50-point rise"), and the words
# between the amount and the new value of a move written "by X to Y"
_CHANGE_NOUN_AFTER = re.compile(r"[ \u00a0]*(?:[a-z-]+[ \u00a0]+){0,2}?(?:increase|rise|jump|"
                                r"gain|drop|fall|decline|decrease|cut|reduction|hike)s?\b")
_BY_AMOUNT_TO = re.compile(r"[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,3}?to[ \u00a0]+")
_BY_BEFORE = re.compile(r"\bby[ \u00a0]+(?:(?:about|around|nearly|almost|some|just|roughly)"
                        r"[ \u00a0]+)?$")


def move_amount_of(low: str, drafts: list[dict[str, Any]], i: int, b: dict[str, Any]
                   ) -> int | None:
    """The amount of a move written "by X to Y" whose new value is figure ``i``, when the
    figure ``b`` a multiple sets it against is itself an amount of change: "raised its rate
    by 100 basis points to 8.5%, twice the 50-point rise analysts had expected" doubles the
    100 basis points, not the 8.5%. None otherwise."""
    if not i or not _CHANGE_NOUN_AFTER.match(low, b["end"]):
        return None
    x = drafts[i - 1]
    if x["sentence"] != b["sentence"] or not _BY_AMOUNT_TO.fullmatch(low, x["end"],
                                                                      drafts[i]["start"]) or \
            _BY_BEFORE.search(low, max(0, x["start"] - 30), x["start"]) is None:
        return None
    return i - 1


def _factors(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    for p, f in enumerate(idxs):
        d = drafts[f]
        if d["unit"] or not _FACTOR_AFTER.match(low, d["end"]) or d.get("role"):
            continue
        d["role"] = "factor"
        d["measure"] = None
        opened = _OPEN_FACTOR.search(low, max(0, d["start"] - 15), d["start"]) is not None or \
            (d.get("qualifier") or "").lower().startswith(("more", "over", "at least"))
        after = [j for j in idxs[p + 1:] if _free(drafts[j])]
        before = [j for j in idxs[:p] if _free(drafts[j])]
        if not before:
            continue
        a = before[-1]
        if _WHEN_CLAUSE.search(low, max(drafts[a]["sentence"][0], drafts[a]["start"] - 40),
                               drafts[a]["start"]):
            # "up 17% from 3,818 the week before, when 184 were in critical care, and more than
            # four times the 1,098 ...": the figure of a clause about an earlier time is not
            # what the multiple is of
            continue
        if opened and after and _FACTOR_TO.match(low, d["end"], drafts[after[0]]["start"]) and \
                drafts[a]["unit"] == drafts[after[0]]["unit"]:
            # "£1 million, more than four times the £220,000 it paid in 2012": a lower bound of
            # the figure before over the one its words name after it
            drafts[a]["extra"].append(("relation", {"kind": "multiple",
                                                    "factor": float(d["value"]),
                                                    "of": after[0], "bound": "above"}))
            drafts[after[0]]["role"] = drafts[after[0]].get("role") or "reference"
            continue
        if opened and not _FACTOR_NAMED.match(low, d["end"]):
            # "destroyed 14,000 houses and damaged 50,000, more than three times as many": a
            # lower bound of the figure before over the one before that, when nothing after
            # names what it is set against (one that names it, "more than 44 times Kobe's
            # toll", is read below)
            if len(before) < 2 or not _AS_MANY_END.match(low, d["end"]) or \
                    drafts[before[-2]]["sentence"] != d["sentence"] or \
                    drafts[a]["unit"] != drafts[before[-2]]["unit"]:
                continue
            drafts[a]["extra"].append(("relation", {"kind": "multiple",
                                                    "factor": float(d["value"]),
                                                    "of": before[-2], "bound": "above"}))
            drafts[before[-2]]["role"] = drafts[before[-2]].get("role") or "reference"
            continue
        if after and _FACTOR_TO.match(low, d["end"], drafts[after[0]]["start"]):
            b = after[0]
        elif _AS_MANY_END.match(low, d["end"]) and len(before) > 1 and \
                drafts[before[-2]]["sentence"] == d["sentence"]:
            b = before[-2]      # "... and damaged 42,000, three times as many."
        else:
            # "73,500, nearly three times the league average": the earlier figure its words
            # name ("an average of 38,700")
            b = _named_earlier(low, drafts, f, _FACTOR_NAMED.match(low, d["end"]), a)
            if b is None:
                continue
        moved = move_amount_of(low, drafts, a, drafts[b])
        if moved is not None and drafts[moved].get("role") in (None, "change"):
            a = moved   # "by 100 basis points to 8.5%, three times the 50-point rise"
        a = _level_compared_before(low, drafts, a, d)
        if drafts[a]["unit"] != drafts[b]["unit"]:
            continue
        rel = {"kind": "multiple", "factor": float(d["value"]), "of": b}
        bound = mult_bound(d.get("qualifier") or "")
        if bound is not None:
            # "44 outbreaks, nearly three times the 16 of last year": short of triple
            rel["bound"] = bound
        drafts[a]["extra"].append(("relation", rel))
        drafts[b]["role"] = drafts[b].get("role") or "reference"


# the words that join a second comparison of one level to a first: "18.5% more than the 5.73
# million of the year before and almost three times the 2.5 million of 2003"
_AND_SECOND_COMPARISON = re.compile(r"[^.;:!?\d]*\band[ \u00a0]+$")


def _level_compared_before(low: str, drafts: list[dict[str, Any]], a: int,
                           d: dict[str, Any]) -> int:
    """The figure a multiple ``d`` describes when the figure right before it, ``a``, is the
    earlier value of a comparison it is joined to by "and" ("6.79 million passengers, 18.5%
    more than the 5.73 million of the year before and almost three times the 2.5 million of
    2003"): the level that comparison's amount follows (the 6.79 million), not the earlier
    value; ``a`` otherwise."""
    x = drafts[a]
    if a < 2 or _AND_SECOND_COMPARISON.match(low, x["end"], d["start"]) is None or \
            _THAN_BEFORE.search(low, max(x["sentence"][0], x["start"] - 30), x["start"]) is None:
        return a
    amount, level = drafts[a - 1], drafts[a - 2]
    if amount["sentence"] != x["sentence"] or level["sentence"] != x["sentence"] or \
            _RELATIVE.match(low, amount["end"]) is None or level["unit"] != x["unit"] or \
            not level["value"] or level.get("role") not in (None, "total"):
        return a
    return a - 2


# the words before a comparison's earlier value: "18.5% more than the 5.73 million"
_THAN_BEFORE = re.compile(r"\b(?:more|less|fewer|higher|lower|above|below|up|down)[ \u00a0]+"
                          r"(?:than|on|from)[ \u00a0]+(?:the[ \u00a0]+)?$")


# a subordinate clause about another time, open right before a figure ("..., when 184 were")
_WHEN_CLAUSE = re.compile(r"\b(?:when|while|whereas)\b[^,;:()]*$")


@lru_cache(maxsize=1)
def _word_multiple_re() -> re.Pattern[str]:
    """", more than double the global average": a multiple in words (numbers.yaml
    ``multiples``) of a figure the noun phrase after it names, ending its clause."""
    mult = vocab.load("numbers.yaml").get("multiples", {}) or {}
    words = "|".join(re.escape(k).replace(r"\ ", r"[ \u00a0]+")
                     for k in sorted(mult, key=len, reverse=True) if not k.endswith(" of"))
    return re.compile(
        r"[ \u00a0]*,[ \u00a0]*(?P<hedge>(?:" + HEDGE_WORDS + r")[ \u00a0]+)?(?P<m>" + words + r")[ \u00a0]+(?:the|that[ \u00a0]+of[ \u00a0]+the)"
        r"[ \u00a0]+(?P<np>(?:[\w’'-]+[ \u00a0]+){0,2}[\w’'-]+)(?=[ \u00a0]*(?:[,.;:!?)]|$))")


# the modifiers of "the global average", "the national rate" and the words that name the
# figure they mean where it is given ("8.2% of the world's electricity")
_SCOPE_NAMES = {"global": "world|global|worldwide", "world": "world|global|worldwide",
                "worldwide": "world|global|worldwide", "national": "national|nationwide|country",
                "nationwide": "national|nationwide|country"}


def _word_multiples(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    """"The European Union reached 18%, more than double the global average" after "8.2% of
    the world's electricity": a ("relation", multiple) of the figure before the words on the
    earlier figure the noun phrase names, by its head noun ("the league average") or by its
    scope ("the global average": the latest figure of its unit whose clause names the
    world), with the bound the hedge gives ("more than double": from double up)."""
    mult = grammar_multiples()
    for f in idxs:
        a = drafts[f]
        if a.get("role") not in (None, "total") or not a["value"] or \
                any(k == "relation" for k, _ in a["extra"]):
            continue
        m = _word_multiple_re().match(low, a["end"])
        if m is None:
            continue
        b = _named_earlier(low, drafts, f + 1, re.match(r"(.*)", m.group("np")), f)
        scope = _SCOPE_NAMES.get(m.group("np").split()[0])
        if b is None and scope is not None and len(m.group("np").split()) > 1:
            word = re.compile(r"\b(?:" + scope + r")\b")
            b = next((j for j in range(f - 1, max(-1, f - 1 - RELATIVE_WINDOW), -1)
                      if drafts[j]["unit"] == a["unit"] and drafts[j]["value"] and
                      drafts[j].get("role") in (None, "total", "reference") and
                      word.search(low, max(drafts[j]["sentence"][0], drafts[j]["start"] - 40),
                                  min(drafts[j]["sentence"][1], drafts[j]["end"] + 40))), None)
        if b is None or drafts[b]["unit"] != a["unit"]:
            continue
        rel = {"kind": "multiple", "factor": float(mult[" ".join(m.group("m").split())]),
               "of": b}
        if m.group("hedge"):
            rel["bound"] = mult_bound(m.group("hedge"))
        # (the figure named keeps its role: "the global average" is a level of its own)
        a["extra"].append(("relation", rel))


def grammar_multiples() -> dict[str, float]:
    """numbers.yaml ``multiples``: word or phrase -> factor."""
    return {" ".join(k.split()): float(v) for k, v in
            (vocab.load("numbers.yaml").get("multiples", {}) or {}).items()}


# "three times as many." with nothing named after it: set against the figure before the one
# it follows
_AS_MANY_END = re.compile(r"[ \u00a0]+times[ \u00a0]+as[ \u00a0]+(?:many|much)[ \u00a0]*(?:[.;:!?)]|$)")
_FACTOR_NAMED = re.compile(
    r"[ \u00a0]+times[ \u00a0]+(?:(?:the|that[ \u00a0]+of[ \u00a0]+the|as[ \u00a0]+(?:many|much)[ \u00a0]+as[ \u00a0]+the)"
    r"[ \u00a0]+|(?P<owner>[\w’'-]+(?:[ \u00a0]+[\w’'-]+)?)[’']s[ \u00a0]+)"
    r"((?:[\w’'-]+[ \u00a0]+){0,2}[\w’'-]+)(?=[ \u00a0]*(?:[,.;:!?)]|$))")


def _named_earlier(low: str, drafts: list[dict[str, Any]], n: int, m: re.Match[str] | None,
                   a: int) -> int | None:
    """The figure before draft ``n`` that the noun phrase of ``m`` (group 1) names: the latest
    one of ``a``'s unit with the phrase's head noun in the words right before it ("the league
    average" -> "an average of 38,700"), not a period ("the previous year")."""
    if m is None:
        return None
    phrase = m.group(m.re.groups)       # (the noun phrase is the pattern's last group)
    owner = m.groupdict().get("owner")
    if owner:
        # "more than 44 times Kobe's toll": the latest figure of that entity and of the
        # figure's own unit and measure
        key = " ".join(owner.replace("’", "'").split())
        return next((j for j in range(n - 1, max(-1, n - 1 - RELATIVE_WINDOW), -1)
                     if j != a and drafts[j]["unit"] == drafts[a]["unit"] and
                     drafts[j]["value"] and drafts[j].get("subject") == key and
                     drafts[j].get("measure") == drafts[a].get("measure") and
                     drafts[j].get("role") not in ("factor", "change", "difference")), None)
    head = phrase.split()[-1]
    if len(head) < 4 or head in _PERIOD_HEADS:
        return None
    # (the noun or a verb of it: "the official count" names "officially counted 242,219")
    word = re.compile(r"\b" + re.escape(head) + (r"(?:ed|s)?\b" if len(head) >= 5 else r"\b"))

    def named(j: int) -> bool:
        x = drafts[j]
        w = word.search(low, max(x["sentence"][0], x["start"] - 30), x["start"])
        # ... with no other figure between the noun and it ("an average of 38,700 a game
        # over 380 games" names 38,700, not 380)
        return w is not None and not (j and drafts[j - 1]["start"] >= w.end() and
                                      drafts[j - 1]["sentence"] == x["sentence"])
    return next((j for j in range(n - 1, max(-1, n - 1 - RELATIVE_WINDOW), -1) if j != a and
                 drafts[j]["unit"] == drafts[a]["unit"] and drafts[j]["value"] and
                 drafts[j].get("role") not in ("factor", "change", "difference") and
                 named(j)), None)


# from a multiple's verb to the earlier value the thing it names had: "doubled its first gift
# of $1 million to $2 million", "tripled the fund's budget of £4m to £12m"
_MULT_NOUN_OF = re.compile(r"[ \u00a0]+(?:its|their|his|her|the)[ \u00a0]+(?:[a-z’'-]+[ \u00a0]+){0,3}"
                           r"of[ \u00a0]+(?:(?:about|some|nearly|almost|just)[ \u00a0]+)?")


def _verb_multiples(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    if not idxs:
        return
    ss, se = drafts[idxs[0]]["sentence"]
    verbs = list(_VERB_MULT.finditer(low, ss, se)) + list(_VERB_MULT_NOW.finditer(low, ss, se))
    starts = [drafts[j]["start"] for j in idxs]
    for m in verbs:
        # "more than doubled" says a lower bound, "nearly tripled" an upper one near it
        hedge = _MULT_HEDGE.search(low, max(ss, m.start() - 14), m.start())
        bound = mult_bound(hedge.group(1)) if hedge else None
        # (the earlier value may already be read as compared with: "doubled to 58 this year
        # from 35 last year")
        # (the stretch it took is no value of it: "has almost doubled in four years, from
        # 378 to 748")
        # (the first two such figures after the verb: linear in a sentence of many verbs)
        later: list[int] = []
        for j in idxs[bisect_left(starts, m.end()):]:
            if (_free(drafts[j]) or drafts[j].get("role") == "compared") and \
                    not (drafts[j]["unit"] in _STRETCH_UNITS and
                         _STRETCH_BEFORE.search(low, m.end(), drafts[j]["start"])):
                later.append(j)
                if len(later) == 2:
                    break
        to, frm = _to_and_from(low, drafts, later, m.end()) if later and \
            not _CLAUSE_AFTER_FOLD.search(low, m.end(), drafts[later[0]]["start"]) \
            else (None, None)
        if frm is None and len(later) == 2 and to == later[1] and \
                _MULT_NOUN_OF.fullmatch(low, m.end(), drafts[later[0]]["start"]):
            frm = later[0]  # "doubled its first gift of $1 million to $2 million" (everyday97)
        if to is None or frm is None or drafts[to]["unit"] != drafts[frm]["unit"]:
            continue
        if any(x[0] == "relation" for x in drafts[to]["extra"]):
            continue
        rel = {"kind": "multiple", "of": frm,
               "factor": _VERB_FACTORS.get(m.group(1)) or _VERB_NOW_FACTORS[m.group(1)]}
        if bound:
            rel["bound"] = bound
        drafts[to]["extra"].append(("relation", rel))
        drafts[frm]["role"] = drafts[frm].get("role") or "reference"


def _unit_of_amount(low: str, d: dict[str, Any], near: list[dict[str, Any]] = ()) -> str:
    """The unit of a margin's amount: a percentage's, "percentage points", or "points" when
    the figures ``near`` it are percentages (a team's or a player's points are a count:
    "144 points ..., a margin of four points over ..., who had 140")."""
    if d["unit"] == "percent":
        return "percent"
    m = _POINTS_AFTER.match(low, d["end"])
    if m is not None and ("percentage" in m.group() or not near or
                          any(x["unit"] == "percent" for x in near)):
        return "percent"
    return d["unit"]


# a gap that changed to or from the figure: "the gap ... narrowed to 0.4 percentage points"
_GAP_CHANGED = re.compile(r"\b(?:gap|margin|lead|difference)\b[^.;\d]{0,60}?\b(?:narrow|widen|"
                          r"shr[aiu]nk|grew|grown|clos|fell|fallen|rose|risen|cut|extend)[a-z]*"
                          r"[ \u00a0]+(?:to|from)[ \u00a0]+(?:about[ \u00a0]+|just[ \u00a0]+)?$")


# a poll's sampling error right before the figure: "a margin of error of 2.9 points", "margin
# of error plus or minus 3 points", "an error margin of 3%", "plus or minus 2 points"
_ERROR_MARGIN = re.compile(r"(?:\bmargin[ \u00a0]+of[ \u00a0]+(?:sampling[ \u00a0]+)?error|"
                           r"\berror[ \u00a0]+margin|\bsampling[ \u00a0]+error|\bplus[ \u00a0]+or"
                           r"[ \u00a0]+minus|±)[^.;:\d]{0,30}$")


_HEAD_STOP = frozenset({"for", "in", "on", "at", "to", "from", "by", "with", "than", "this",
                        "last", "next", "and", "or", "a", "an", "against", "over", "since"})
_HEAD_LEAD = re.compile(r"[ \u00a0]*(?:of[ \u00a0]+)?(?:(?:the|their|its|his|her|our)[ \u00a0]+)?"
                        r"(?:[\d,.]+[ \u00a0]+)?")


def _noun_head(low: str, d: dict[str, Any]) -> str | None:
    """The noun a figure counts, the last word of the words right after it ("106 goals",
    "32 of their 38 league games" -> "game"), if any."""
    span = d.get("_noun")
    if not span:
        return None
    m = _HEAD_LEAD.match(low, span[0], span[1])
    head = None
    for w in re.findall(r"[a-z'’]+", low[m.end():span[1]]):
        if w in _HEAD_STOP:
            break
        head = w
    return head.removesuffix("s") if head else None


def _counts_apart(low: str, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two figures count different things, each named by its noun ("won 32 of their 38
    league games and scored 106 goals"): no two sides of one gap. Counts only."""
    if a["unit"] or b["unit"]:
        return False    # (shares "of its trains" and "of services" may be of one thing)
    na, nb = _noun_head(low, a), _noun_head(low, b)
    return na is not None and nb is not None and na != nb


# a gap named by what it is a gap of: "a goal difference of 60", "an age gap of 12"
_NAMED_GAP = re.compile(r"\b([a-z]+)[ -](?:difference|gap|margin)[ \u00a0]+(?:of[ \u00a0]+|"
                        r"was[ \u00a0]+|is[ \u00a0]+)?(?:about[ \u00a0]+|just[ \u00a0]+)?$")
_NOT_GAP_NOUN = frozenset("a an the its their his her this that our whose".split())


def _named_apart(low: str, lo: int, d: dict[str, Any], drafts: list[dict[str, Any]],
                 pair: tuple[int, int]) -> bool:
    """Whether a gap named by a noun ("a goal difference of 60") stands beside a pair that
    counts another thing ("88 points, two ahead of Arsenal on 86"): no gap between them."""
    m = _NAMED_GAP.search(low, lo, d["start"])
    if m is None or m.group(1) in _NOT_GAP_NOUN:
        return False
    heads = {h for h in (_noun_head(low, drafts[x]) for x in pair) if h}
    return bool(heads) and m.group(1).removesuffix("s") not in heads


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
        # ("a margin of about 2.3 million votes and 1.5 percentage points": the second amount
        # of one margin, joined to the first)
        joined = p > 0 and drafts[idxs[p - 1]].get("role") == "difference" and \
            _MARGIN_AND.fullmatch(low, drafts[idxs[p - 1]]["end"], d["start"]) is not None
        if not joined and not _DIFF_AFTER.match(low, d["end"]) and (
                not margins.any_in(lo, d["start"]) or not _DIFF_BEFORE.search(low, lo, d["start"])):
            continue
        if _GAP_CHANGED.search(low, lo, d["start"]):
            continue    # "the gap ... narrowed to 0.4 points, from 2.4": a gap's new level,
            # between figures the sentence need not give
        if _ERROR_MARGIN.search(low, lo, d["start"]):
            continue    # "51% to 41%, with a margin of error of 2.9 points": a poll's
            # sampling error, no gap between its figures
        unit = _unit_of_amount(low, d, [drafts[j] for j in prev + idxs if j != n])

        def fits(j: int) -> bool:
            x = drafts[j]
            return _free(x) and x.get("role") != "portion" and x["unit"] == unit and \
                not (unit == "percent" and any(k == "percentage_points" for k, _ in x["extra"])) \
                and not _other_thing_counted(low, d, x)
        if joined:
            # (the pair said again beside the first margin's pair: "77.3 million votes, or
            # 49.8%, against Harris's 75.0 million, or 48.3%"; no other pair of the sentence)
            first = next(v for k, v in drafts[idxs[p - 1]]["extra"] if k == "difference")
            a1, b1 = (_said_again_beside(low, drafts, first[x], fits) for x in ("of", "minus"))
            if a1 is not None and b1 is not None:
                _set_difference(drafts, d, (a1, b1))
            continue
        pair = _named_pair(text, drafts, idxs[:p], n, fits)
        if pair is None and p + 2 < len(idxs) and fits(idxs[p + 1]) and fits(idxs[p + 2]) and (
                (_PAIR_AFTER.fullmatch(low, d["end"], drafts[idxs[p + 1]]["start"]) and
                 _VERSUS.fullmatch(low, drafts[idxs[p + 1]]["end"], drafts[idxs[p + 2]]["start"]))
                or (_PAIR_ON.fullmatch(low, d["end"], drafts[idxs[p + 1]]["start"]) and
                    _VERSUS_OWNED.fullmatch(low, drafts[idxs[p + 1]]["end"],
                                            drafts[idxs[p + 2]]["start"]))):
            # "won by 3,412 votes, 45,210 to 41,798", "leads by 4 points on 39% to the
            # Conservatives' 35%": the pair right after the margin
            pair = idxs[p + 1], idxs[p + 2]
        if pair is None and p + 1 < len(idxs) and fits(idxs[p + 1]) and \
                _OVER_WHO_HAD.fullmatch(low, d["end"], drafts[idxs[p + 1]]["start"]):
            # "144 points, ..., a margin of four points over MacKinnon, who had 140": the
            # other value after the rival's name, the first the nearest before of the
            # margin's own measure
            mine = [j for j in idxs[:p] if fits(j) and not _DIFF_BEFORE.search(
                low, max(ss, drafts[j]["start"] - 90), drafts[j]["start"])]
            own = [j for j in mine if d.get("measure") and drafts[j].get("measure") == d["measure"]]
            if own or mine:
                pair = (own or mine)[-1], idxs[p + 1]
        if pair is None and p + 1 < len(idxs):
            pair = _gap_over_the_level(low, drafts, idxs, p, fits)
        if pair is None and _SHORTFALL_OF.search(low, lo, d["start"]) and \
                len([j for j in idxs[:p] if fits(j)]) < 2:
            continue    # "a shortfall of 49.1mm" after "7.8mm against an average of 56.9mm":
            # its own sentence's pair; one said elsewhere is a balance's (balances.py) or an
            # expectation's ("Economists had expected a shortfall of $55.8 billion")
        if pair is None and _RIVAL_NAMED.search(text, lo, d["start"]):
            continue    # "lead Chelsea by 10 points" with no figure of Chelsea before: the
            # rival's figure comes later, never two other figures of the sentence
        if pair is None:
            same = [j for j in idxs[:p] if fits(j)]
            # "received 1,210,453 votes against 1,162,117, a lead of 48,336": the value set
            # against the other is compared, and one of the pair
            vs = _set_against_pairs(low, drafts, idxs[:p], unit, fits)
            if len(same) < 2 and vs:
                pair = vs[-1]
            elif len(same) >= 2 and not _counts_apart(low, drafts[same[-2]], drafts[same[-1]]):
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
        if pair is not None and not _named_apart(low, lo, d, drafts, pair):
            _set_difference(drafts, d, pair)


def _other_thing_counted(low: str, gap: dict[str, Any], x: dict[str, Any]) -> bool:
    """Whether a gap and a figure are of different measures and the words right after them
    count different things: "a majority of 23 seats" is no gap between two parties' votes."""
    if not gap.get("measure") or not x.get("measure") or gap["measure"] == x["measure"] or \
            gap["unit"] or x["unit"]:
        return False    # (counts only: "12.7 points ahead" of two shares is their gap)
    nouns = [noun_right_after(low, y["end"]) for y in (gap, x)]
    return all(nouns) and nouns[0] != nouns[1]





def _set_difference(drafts: list[dict[str, Any]], d: dict[str, Any],
                    pair: tuple[int, int]) -> None:
    """Amount ``d`` is the gap between the two figures of ``pair``, the larger first."""
    a, b = pair
    if drafts[a]["value"] < drafts[b]["value"]:
        a, b = b, a
    d["extra"] = [x for x in d["extra"] if x[0] != "change"]
    # (a margin in digits between two figures in digits, none of them qualified, "by 330
    # votes to 231, a majority of 99", is exact arithmetic: the figures' own rounding is the
    # only slack, everyday54)
    exact = all(x.get("qualifier") is None and x.get("lower") is not None and
                x.get("upper") is not None for x in (d, drafts[a], drafts[b]))
    d["extra"].append(("difference", {"of": a, "minus": b, **({"exact": True} if exact else {})}))
    d["role"] = "difference"
    d["measure"] = drafts[a].get("measure") or d.get("measure")


def _said_again_beside(low: str, drafts: list[dict[str, Any]], j: int, fits: Any) -> int | None:
    """The figure right before or after ``j`` that says it again in another unit, joined by
    "or" (its noun may stand between: "77.3 million votes, or 49.8%"), when it ``fits``."""
    for a, b in ((j, j + 1), (j - 1, j)):
        if a < 0 or b >= len(drafts) or drafts[a]["sentence"] != drafts[b]["sentence"]:
            continue
        noun = _NOUN_WORDS.match(low, drafts[a]["end"], drafts[b]["start"])
        if OR_LINK.fullmatch(low, noun.end() if noun else drafts[a]["end"], drafts[b]["start"]):
            other = b if a == j else a
            if fits(other):
                return other
    return None


def _gap_over_the_level(low: str, drafts: list[dict[str, Any]], idxs: list[int], p: int,
                        fits: Any) -> tuple[int, int] | None:
    """"Around £130 a tonne, a premium of £20 over the £110 paid for feed wheat": the level
    the gap ``idxs[p]`` is over right after it, the other the nearest before it. A gap in
    money beside a price per tonne is per tonne, and so is a level that leaves the "a tonne"
    out (each within a factor of 3 of the rate)."""
    d, level = drafts[idxs[p]], drafts[idxs[p + 1]]
    if not _OVER_THE_LEVEL.fullmatch(low, d["end"], level["start"]) or level["value"] is None:
        return None
    unit = d["unit"]
    per = f"{unit} / " if unit else None

    def side(j: int) -> bool:
        x = drafts[j]
        return fits(j) or bool(per) and str(x["unit"]).startswith(per) and _free(x) and \
            x["value"] is not None
    mine = [j for j in idxs[:p] if side(j)]
    if not mine or not side(idxs[p + 1]):
        return None
    pair = mine[-1], idxs[p + 1]
    rates = {drafts[j]["unit"] for j in pair if drafts[j]["unit"] != unit}
    if len(rates) > 1:
        return None
    if rates:
        rate = rates.pop()
        top = max(float(drafts[j]["value"]) for j in pair)
        if any(drafts[j]["unit"] == unit and not top / 3 <= float(drafts[j]["value"]) for j in pair):
            return None
        for j in (*pair, idxs[p]):
            drafts[j]["unit"] = rate
    return pair


# from a gap to the level it is over, right after it: " over the ", " a tonne over the "
_OVER_THE_LEVEL = re.compile(r"(?:[ \u00a0]+(?:a|an|per)[ \u00a0]+[a-z]+)?[ \u00a0]+(?:over|above|"
                             r"below|under)[ \u00a0]+the[ \u00a0]+")
_MARGIN_AND = re.compile(r"(?:[ \u00a0]+[a-z]+)?[ \u00a0]*,?[ \u00a0]+(?:and|or)[ \u00a0]+")
_NOUN_WORDS = re.compile(r"(?:[ \u00a0]+[a-z’'-]+){1,2}(?=[ \u00a0]*,)")


def _set_against_pairs(low: str, drafts: list[dict[str, Any]], among: list[int], unit: str,
                       fits: Any) -> list[tuple[int, int]]:
    """Pairs (a, b) of ``among`` where ``b`` (of ``unit``, compared) is set against ``a`` by
    "against", "to", "compared with" right after it ("received 1,210,453 votes against
    1,162,117"), or right after ``a``'s share said again ("77.3 million votes, or 49.8%,
    against Harris's 75.0 million": a count with its share said is a portion of the vote, and
    still one side of the pair)."""
    def side(j: int) -> bool:
        x = drafts[j]
        return fits(j) or (x.get("role") == "portion" and x["unit"] == unit and bool(x["value"]))
    out = []
    for k in range(1, len(among)):
        b = drafts[among[k]]
        if b.get("role") != "compared" or b["unit"] != unit:
            continue
        before = drafts[among[k - 1]]
        if not _AGAINST_GAP.fullmatch(low, before["end"], b["start"]):
            continue
        if side(among[k - 1]):
            out.append((among[k - 1], among[k]))
        elif k >= 2 and side(among[k - 2]):
            # (its noun may stand between: "77.3 million votes, or 49.8%")
            at = drafts[among[k - 2]]["end"]
            noun = _NOUN_WORDS.match(low, at, before["start"])
            if OR_LINK.fullmatch(low, noun.end() if noun else at, before["start"]):
                out.append((among[k - 2], among[k]))
    return out


# "from their last 17 games", "from its remaining three": the figure counts what an amount
# comes out of, not the amount's earlier value or what it is set against
FROM_SOURCE = re.compile(r"\bfrom\s+(?:their|its|his|her|our|the)\s+(?:last|remaining|next|"
                         r"final)\s+$")
# a margin's verb and the rival it names by a capitalised name, right before the margin:
# "lead Chelsea by 10 points", "beat Arsenal by two goals"
_RIVAL_NAMED = re.compile(r"\b(?:lead|leads|led|leading|beat|beats|beating|trail|trails|trailed|"
                          r"trailing|outpolled|outscored)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w’'-]*"
                          r"(?:[ \u00a0]+[A-Z][\w’'-]*)*[ \u00a0]+by[ \u00a0]+(?:about[ \u00a0]+|"
                          r"almost[ \u00a0]+|nearly[ \u00a0]+|some[ \u00a0]+|just[ \u00a0]+)?$")
# the words from a margin to its rival's figure: " points over Colorado's Nathan MacKinnon,
# who had ", " ahead of Arsenal, on "
_OVER_WHO_HAD = re.compile(r"(?:[ \u00a0]+[a-z]+)?[ \u00a0]+(?:over|ahead[ \u00a0]+of|clear[ \u00a0]+of)"
                           r"[ \u00a0]+[^.;:\d]{1,60}?,[ \u00a0]*(?:who|which)[ \u00a0]+"
                           r"(?:had|has|have|got|scored|took|won|polled|received|finished"
                           r"(?:[ \u00a0]+(?:with|on))?|ended[ \u00a0]+(?:with|on))"
                           r"[ \u00a0]+(?:(?:about|around|some|just)[ \u00a0]+)?")


# a margin written before its noun: "a 12-point margin", "a 5,420-vote lead"
_DIFF_AFTER = re.compile(r"(?:-|[ \u00a0]+)(?:percentage(?:-|[ \u00a0]+))?(?:point|vote|seat|goal|run|"
                         r"stroke)s?(?:(?:-|[ \u00a0]+)(?:margin|lead|gap|advantage|majority)\b|"
                         r"[ \u00a0]+(?:ahead|clear)\b(?![ \u00a0]+of\b)|"
                         r"[ \u00a0]+apart\b(?![ \u00a0]+from\b))")
# (and "finished 10.7 points ahead", "12 points clear": "ahead of X" names the rival, read by
# ``_ahead_of``; "81.8 per cent a second, 3.2 points apart", everyday112)


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
        mine = [j for j in range(n) if fits(j) and drafts[j].get("subject") and
                _calls(last, str(drafts[j]["subject"]))]
        if not mine:
            return None
        a = mine[-1]
        others = [j for j in range(n) if j != a and fits(j) and
                  drafts[j]["sentence"] == drafts[a]["sentence"] and
                  drafts[j].get("subject") != drafts[a].get("subject") and
                  drafts[j].get("measure") == drafts[a].get("measure")]
        if not others:
            # "The Socialist Party won 41.1% ... The Democratic Party took 30.4% ... The
            # Socialists finished 10.7 points ahead": the one rival figure said between
            others = [j for j in range(a + 1, n) if fits(j) and drafts[j].get("subject") and
                      drafts[j]["subject"] != drafts[a].get("subject") and
                      drafts[j].get("measure") in (None, drafts[a].get("measure"))]
            if len({drafts[j]["subject"] for j in others}) != 1:
                return None
            others = others[-1:]
        return (a, others[0]) if len(others) == 1 else None
    if len(names) < 2:
        return None
    found = []
    for name in names[:2]:
        last = name.split()[-1]
        cand = [j for j in range(n) if fits(j) and drafts[j].get("subject") and (
            drafts[j]["subject"] == name or _calls(last, str(drafts[j]["subject"])) or
            str(drafts[j]["subject"]).endswith(" " + name))]
        if not cand:
            return None
        # (a name's figure of the margin's own measure, no average of it: "Labour won 83,941
        # votes, averaging 884 a contest across its 95 candidates ... leaving Labour 12,852
        # votes ahead" is 83,941's margin)
        own = [j for j in cand if d.get("measure") and drafts[j].get("measure") == d["measure"]
               and not _AVERAGE_BEFORE.search(text[max(drafts[j]["sentence"][0],
                                                       drafts[j]["start"] - 40):
                                                   drafts[j]["start"]].lower())]
        found.append((own or cand)[-1])
    if found[0] == found[1]:
        return None
    return found[0], found[1]


def _calls(last: str, subject: str) -> bool:
    """Whether a name's last word names ``subject``: its last word ("Khan" for "sadiq khan"),
    or the plural of a party's first word ("the Socialists" for "socialist party")."""
    words = subject.split()
    return words[-1] == last or (len(words) > 1 and words[-1] in ("party", "parties") and
                                 last.endswith("s") and words[0] == last[:-1])


# "190mm against an average of 90mm, or 211%": an amount set against the usual level, then
# the share of it the amount is
_AGAINST_NORM = re.compile(r"[ \u00a0]*,?[ \u00a0]*(?:against|compared[ \u00a0]+(?:with|to)|versus|"
                           r"vs\.?)[ \u00a0]+(?:an?|the|its|their)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?"
                           r"(?:average|norm|normal)[ \u00a0]+(?:of[ \u00a0]+)?$")
_SHARE_OF_NORM = re.compile(r"[ \u00a0]*,[ \u00a0]*(?:or[ \u00a0]+)?(?:about[ \u00a0]+|nearly[ \u00a0]+|"
                            r"almost[ \u00a0]+|roughly[ \u00a0]+|some[ \u00a0]+)?$")


def _against_the_average(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    """"June brought 290mm against an average of 90mm, or 322%": the amount out of the
    average it is set against, the percentage after them (("ratio", {"of": A, "per": B}))."""
    for p in range(len(idxs) - 2):
        a, b, c = (drafts[j] for j in idxs[p:p + 3])
        if c["unit"] != "percent" or not a["unit"] or a["unit"] != b["unit"] or \
                a["unit"] == "percent" or not a["value"] or not b["value"] or \
                c.get("role") is not None or any(k == "ratio" for k, _ in c["extra"]) or \
                not _AGAINST_NORM.fullmatch(low, a["end"], b["start"]) or \
                not _SHARE_OF_NORM.fullmatch(low, b["end"], c["start"]) or \
                _SET_WORD_AFTER.match(low, c["end"]):
            continue    # (", or 211% above it": an amount of change, no share)
        c["extra"].append(("ratio", {"of": idxs[p], "per": idxs[p + 1]}))


# "105.7mm of rain, 144% of the month's long-term average of about 73mm": an amount, the share
# of the usual level it is, then that level
_SHARE_THEN_NORM = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the|its|their|an?)[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,3}?"
                              r"(?:average|norm|normal)[ \u00a0]+(?:of[ \u00a0]+)?$")
_AMOUNT_THEN_SHARE = re.compile(r"(?:[ \u00a0]+of[ \u00a0]+[a-z]+)?(?:[ \u00a0]+in[ \u00a0]+[a-z]+)?"
                                r"[ \u00a0]*,[ \u00a0]*(?:or[ \u00a0]+)?(?:about[ \u00a0]+|nearly[ \u00a0]+|"
                                r"almost[ \u00a0]+|roughly[ \u00a0]+|some[ \u00a0]+)?$")


def _share_of_the_average(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    """"The UK had 105.7mm of rain in June, 144% of the month's long-term average of about
    73mm": the amount out of the average named after its share (("ratio", {"of": A, "per":
    B}) on the percentage, as ``_against_the_average`` sets it)."""
    for p in range(len(idxs) - 2):
        a, c, b = (drafts[j] for j in idxs[p:p + 3])
        if c["unit"] != "percent" or not a["unit"] or a["unit"] != b["unit"] or \
                a["unit"] == "percent" or not a["value"] or not b["value"] or \
                c.get("role") is not None or any(k == "ratio" for k, _ in c["extra"]) or \
                not _AMOUNT_THEN_SHARE.fullmatch(low, a["end"], c["start"]) or \
                not _SHARE_THEN_NORM.fullmatch(low, c["end"], b["start"]):
            continue
        c["extra"].append(("ratio", {"of": idxs[p], "per": idxs[p + 2]}))


_SET_WORD_AFTER = re.compile(r"[ \u00a0]+(?:more|less|fewer|higher|lower|above|below|up|down|over|"
                             r"under)\b")


# "$4.48 billion, out of $5.82 billion worldwide": an amount set out of a whole right after it
_OUT_OF_WHOLE = (r"out[ \u00a0]+of[ \u00a0]+(?:an?[ \u00a0]+|the[ \u00a0]+)?(?:total[ \u00a0]+of[ \u00a0]+)?"
                 r"(?:(?:about|around|some|nearly|almost|roughly)[ \u00a0]+)?")
_AMOUNT_OUT_OF = re.compile(r"[ \u00a0]*,?[ \u00a0]*" + _OUT_OF_WHOLE)


def _amount_out_of(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    """"Insured losses in the US came to $4.48 billion, out of $5.82 billion worldwide": an
    amount (money, tonnes: a unit, not a percentage) right before "out of" and an amount of
    its unit is a portion of that whole, which it may not exceed (parts-exceed-total). Counts
    with no unit are ``_ratios``' ("A out of B, or X%")."""
    for a, b in zip(idxs, idxs[1:]):
        da, db = drafts[a], drafts[b]
        if not da["unit"] or da["unit"] == "percent" or db["unit"] != da["unit"] or \
                da.get("role") is not None or db.get("role") not in (None, "total") or \
                not da["value"] or not db["value"] or \
                not _AMOUNT_OUT_OF.fullmatch(low, da["end"], db["start"]):
            continue
        da["role"], da["group"] = "portion", b
    _count_out_of_apart(low, drafts, idxs)


# the words right before a whole a clause away from its portion: "..., out of 54,218 who set off"
_OUT_OF_BEFORE = re.compile(r",[ \u00a0]*" + _OUT_OF_WHOLE + "$")
_OUT_OF_SPAN = 140      # characters at most between the portion and its whole
_CLAUSE_STOP_BETWEEN = re.compile(r"[.;:!?](?!\d)")   # (not the point of "5.50pm")


def _count_out_of_apart(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    """"More than 51,000 runners had crossed the finish line by 5.50pm, out of 54,218 who set
    off": a count (or amount) and, a clause on after a comma, "out of" a figure of its unit with
    none of that unit between: a portion of that whole, which it may not exceed."""
    for q, b in enumerate(idxs):
        db = drafts[b]
        if db.get("role") not in (None, "total") or not db["value"] or \
                db["unit"] == "percent" or not _OUT_OF_BEFORE.search(
                    low, max(db["sentence"][0], db["start"] - 40), db["start"]):
            continue
        a = next((j for j in reversed(idxs[:q]) if drafts[j]["unit"] == db["unit"]), None)
        if a is None or a + 1 == b and _AMOUNT_OUT_OF.fullmatch(
                low, drafts[a]["end"], db["start"]):
            continue    # (right before: ``_amount_out_of`` and ``_ratios`` read it)
        da = drafts[a]
        if da.get("role") is not None or not da["value"] or \
                db["start"] - da["end"] > _OUT_OF_SPAN or \
                _CLAUSE_STOP_BETWEEN.search(low, da["end"], db["start"]):
            continue
        da["role"], da["group"] = "portion", b


# a share's whole said in figures right after it: "71.8 per cent of the 39"
_OF_FIGURE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the|its|their|all)[ \u00a0]+(?:(?:about|around|nearly|"
                        r"almost|roughly|some)[ \u00a0]+)?")


def _of_another_figure(low: str, drafts: list[dict[str, Any]], idxs: list[int], q: int,
                       db: dict[str, Any]) -> bool:
    """Whether the share at ``idxs[q]`` is said of a figure right after it ("of the 39")
    whose value is not whole ``db``'s: it is that figure's share, not ``db``'s."""
    if q + 1 >= len(idxs):
        return False
    nxt = drafts[idxs[q + 1]]
    m = _OF_FIGURE.match(low, drafts[idxs[q]]["end"])
    return m is not None and m.end() == nxt["start"] and nxt["value"] != db["value"]


def _named_ratio_after(low: str, drafts: list[dict[str, Any]], idxs: list[int], q: int,
                       after: int) -> int | None:
    """The percentage at ``idxs[q]`` (or the one after it, past a duration) that names itself
    the ratio of the count before ``after`` (``_NAMED_RATIO``: ", a turnout of"), or None."""
    for c in idxs[q:q + 2]:
        x = drafts[c]
        if x["unit"] == "percent":
            return c if x["start"] - after < 140 and \
                _NAMED_RATIO.search(low, after, x["start"]) else None
        if not x["unit"] or x["unit"] not in _SPAN_UNITS:
            return None
    return None


def _other_things(da: dict[str, Any], db: dict[str, Any]) -> bool:
    """Whether count A "of" count B names things of another kind than B's ("32,000 populations
    of 5,230 species", the last words of their measures differ): A is then no part of B."""
    ma, mb = da.get("measure"), db.get("measure")
    if not isinstance(ma, str) or not isinstance(mb, str) or not ma or not mb:
        return False
    return ma.replace("_", " ").split()[-1] != mb.replace("_", " ").split()[-1]


def _ratios(low: str, drafts: list[dict[str, Any]], idxs: list[int], prev: list[int]) -> None:
    """"A out of B, or X%", "X% (A out of B)", "a quarter of the cases, 15 of 67"."""
    for p, a in enumerate(idxs[:-1]):
        b = idxs[p + 1]
        da, db = drafts[a], drafts[b]
        if da["unit"] or db["unit"] or not _OUT_OF.match(low, da["end"], db["start"]):
            continue
        if _other_things(da, db):
            continue    # "tracks nearly 32,000 populations of 5,230 species": no part of B
        if da["value"] is not None and 0 < da["value"] < 1 and \
                fraction_words().search(low, da["start"], da["end"]):
            continue    # "less than two-fifths of the 23.4 billion of 1946": a proportion in
            # words of B, no count A out of it for a share nearby to restate
        share = None
        # the share right after: "..., or 28.2%"
        if p + 2 < len(idxs):
            c = drafts[idxs[p + 2]]
            # (further on when the share names its whole as the one just counted: "Seven of
            # the 24 patients, ..., have died, about 29% of those infected")
            # (or a proportion in words: "38 of England's 149 local authorities, about a
            # quarter")
            if (c["unit"] == "percent" or not c["unit"] and _is_share(low, c)) and \
                    _OR_SHARE.search(low, db["end"], c["start"]) and \
                    (c["start"] - db["end"] < 60 or c["start"] - db["end"] < 140 and
                     _OF_THOSE_AFTER.match(low, c["end"])):
                # (not a share of another figure it names: "Twenty-eight of the 32 have
                # reported, 71.8 per cent of the 39", everyday112)
                share = None if _of_another_figure(low, drafts, idxs, p + 2, db) else idxs[p + 2]
            else:
                # "3,857,308 of the 18,279,011 people on the rolls cast a ballot over the two
                # days, a turnout of 21.1%": the share named as the ratio's own (past a
                # duration between)
                share = _named_ratio_after(low, drafts, idxs, p + 2, db["end"])
        # or before: "nearly a quarter of the confirmed cases, 15 of 67"; "19.6% ... . A total
        # of 381,970 ... out of 1.95 million"
        if share is None:
            # (a share that names another whole is not this one's: "won 71.8% of the vote,
            # giving it 175 of the 220 seats")
            # (nor one said of another subject: "The Liberal Democrats won 11 seats with 11.5%,
            # while the SNP took 48 of Scotland's 59 seats")
            cands = [j for j in idxs[:p] if _is_share(low, drafts[j]) and
                     not _names_another_whole(low, drafts[j], db) and
                     (drafts[j].get("subject") is None or da.get("subject") is None or
                      drafts[j]["subject"] == da["subject"])]
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
    _of_those(low, drafts, idxs)


# "671 million of those arrivals, or 51%": a portion of a whole given before, named by its noun
_OF_THOSE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:those|these|the|all)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}?"
                       r"([a-z]{4,}?)s?\b[^.;:!?\d]{0,20}?(?:,[ \u00a0]*or|\()[ \u00a0]*"
                       r"(?:(?:about|around|nearly|almost|roughly|some|just)[ \u00a0]+)?$")


def _of_those(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    """"International tourist arrivals grew 7% ... to a record 1,323 million ... Europe
    received 671 million of those arrivals, or 51%": A out of the whole an earlier sentence
    gives, named by the noun after "of those" (the latest earlier figure of A's unit, larger
    than A, whose sentence names the noun before it), and the share after: a ratio."""
    for p in range(len(idxs) - 1):
        a, c = drafts[idxs[p]], drafts[idxs[p + 1]]
        if c["unit"] != "percent" or a["unit"] == "percent" or not a["value"] or \
                any(k == "ratio" for k, _ in c["extra"]) or c.get("role") is not None or \
                _is_share(low, a):
            # ("Just under half of the cases (43%)": a proportion in words, no count of them)
            continue
        m = _OF_THOSE.match(low, a["end"], c["start"])
        if m is None or m.end() != c["start"]:
            continue
        noun = re.compile(r"\b" + re.escape(m.group(1)))
        n = idxs[p]
        wholes = [j for j in range(n - 1, max(-1, n - 1 - RELATIVE_WINDOW), -1)
                  if drafts[j]["unit"] == a["unit"] and drafts[j]["value"] and
                  drafts[j]["value"] > a["value"] and
                  drafts[j].get("role") in (None, "total", "whole") and
                  noun.search(low, drafts[j]["sentence"][0], drafts[j]["end"] + 30)]
        # two wholes of other values are two readings ("43,516 offences ... with Greater
        # Manchester's included, the total was 47,136"): the one the noun names right after
        # its figure, else none
        named = [j for j in wholes if noun.match(low, drafts[j]["end"] + 1)]
        if len({drafts[j]["value"] for j in wholes}) > 1:
            wholes = named[:1] if len(named) == 1 else []
        if not wholes:
            continue
        whole = wholes[0]
        c["extra"].append(("ratio", {"of": n, "per": whole}))


def one_measure(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two figures may be two values of one thing: not two counts that each name what
    they count when those differ ("killed 23 people and cut power to 1.4 million customers").
    (A figure with a unit may take its unit's default measure, "distance" for "49.3 inches",
    where the other names "snow": the units decide there.)"""
    ma, mb = a.get("measure"), b.get("measure")
    generic = _generic_nouns()
    return ma is None or mb is None or ma == mb or bool(a["unit"]) or bool(b["unit"]) or \
        ma in generic or mb in generic


@lru_cache(maxsize=1)
def _generic_nouns() -> frozenset[str]:
    """The nouns that say only "how many" ("2,951,163 people", entities.yaml
    ``open_measures.generic``): a count of them names no thing of its own."""
    data = vocab.load("entities.yaml").get("open_measures", {}) or {}
    return frozenset(str(w) for w in data.get("generic", []) or [])


# an amount said against another figure: "53.7 inches less than Erie", "0.9 percentage points
# below the national baseline of 3.1%", "more than 12 inches above the old record", "about
# 18% higher."
# a duration right after a comparison word ("11,477 more than 18 months", "waited longer than
# two years"): a count of people or things waiting that long, no amount set against a figure
MORE_THAN_DURATION = re.compile(r"[ \u00a0]+(?:more|longer|less|fewer)[ \u00a0]+than[ \u00a0]+"
                                 r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                                 r"twelve|\d[\d.,]*)[ \u00a0-]*(?:years?|months?|weeks?|days?|"
                                 r"hours?|minutes?)\b(?![ \u00a0]+(?:earlier|before|ago|"
                                 r"previously)\b)")
_RELATIVE = re.compile(r"[ \u00a0]+(more|less|fewer|higher|lower|above|below|greater|smaller|"
                       r"bigger|larger|faster|quicker|slower|short[ \u00a0]+of)\b(?:[ \u00a0]+than)?(?P<rest>[^.;:!?]{0,60})")
# the first side of a split before a bare "N fewer"/"N more" closing its clause: "24 handled
# more passengers than in 2012 and six fewer", "rents rose in 41 areas and fell in six"
_SPLIT_BEFORE = re.compile(r"\b(?:more|less|fewer|higher|lower|greater|smaller|bigger|larger)\b"
                           r"[^.;:]{0,60}?(?:[ \u00a0]+(?:and|while|whereas|but)|,)[ \u00a0]+$")
_RELATIVE_AFTER_ASIDE = re.compile(r"[ \u00a0]*," + _RELATIVE.pattern)
# the comparison word before the aside of the change's second amount, "than" after it: "That
# was 207,530 more, or 3.2% higher, than the previous record of 6,525,071" (the first amount's
# form, then the second's, which the "or" links to the first)
_COMPARED_WORDS = (r"(more|less|fewer|higher|lower|above|below|greater|smaller|bigger|larger|"
                   r"up|down)")
_RELATIVE_BEFORE_ASIDE = re.compile(r"[ \u00a0]+" + _COMPARED_WORDS + r"[ \u00a0]*,[ \u00a0]*or"
                                    r"[ \u00a0]+(?:[^,.;:!?]|\.(?=\d)){1,40}?,[ \u00a0]*(?:than|on|from)\b"
                                    r"(?P<rest>[^.;:!?]{0,60})")
_RELATIVE_ASIDE_END = re.compile(r"[ \u00a0]+" + _COMPARED_WORDS + r"[ \u00a0]*,[ \u00a0]*"
                                 r"(?:than|on|from)\b(?P<rest>[^.;:!?]{0,60})")
# the base of an amount given as an ordinal in a clause on the name after "than": "nine more
# than India, who reached the mark in their 432nd" (an ordinal is read as no figure)
_BASE_AS_ORDINAL = re.compile(r",[ \u00a0]*(?:who|which|whose|when)\b[^,]*?\b\d[\d,]*(?:st|nd|rd|th)\b")
# "two more that are not", "three more who were hurt": further ones of a count, set against
# no figure
_MORE_WHO = re.compile(r"[ \u00a0]+(?:that|who|which)\b|"
                       # "30,000 more were damaged": further ones, with no "than" after
                       r"[ \u00a0]+(?:were|was|are|is|have|has|had)[ \u00a0]+(?![^.;:!?]*\bthan\b)")
_DEGREES = re.compile(r"[ \u00a0]+degrees?\b")
# "more than before", "fewer than last time": an earlier value the text does not give
_IMPLIED_BEFORE = re.compile(r"[ \u00a0]+(?:before|previously|last[ \u00a0]+time)\b")
_RELATIVE_DEGREES = re.compile(r"[ \u00a0]+degrees?" + _RELATIVE.pattern)
_RELATIVE_UP = frozenset({"more", "higher", "above", "greater", "bigger", "larger"})
# a time is shorter when faster: "34 seconds faster than the 2:01:09"; a speed is higher
_FASTER = frozenset({"faster", "quicker"})
_TIME_UNITS = frozenset({"second", "minute", "hour", "day"})
# what the figure is set against, named in the words after: a name ("than Erie") or a noun
# phrase ("the old record", "the league average"), its head the last word
_AGAINST = re.compile(r"[ \u00a0]*(?:(?:that|those)[ \u00a0]+of[ \u00a0]+|in[ \u00a0]+)?(?:(?:the|its|their|a|an)[ \u00a0]+)?"
                      r"((?:[\w’'-]+[ \u00a0]+){0,3}?[\w’'-]+)(?=[ \u00a0]*(?:[,.;:!?)]|$|[ \u00a0]+(?:of|in|on|at|for|set|was|is)\b))")
RELATIVE_WINDOW = 60      # earlier figures an amount may be set against (or a share be of)
_PERIOD_HEADS = frozenset("""day days week weeks month months quarter quarters year years season
seasons decade decades period time times levels level""".split())
_CALENDAR_NAMES = frozenset("""january february march april may june july august september
october november december monday tuesday wednesday thursday friday saturday sunday""".split())
_NAME_HEAD = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]+(?:[ \u00a0]+[A-Z][\w’'-]+)*)")


def _rate_of_change(d: dict[str, Any]) -> bool:
    """Whether ``d`` is a percentage written as a change with no values of its own ("prices
    rose 1.33% in October"): the rate a later "N percentage points more than" speaks of."""
    return d["unit"] == "percent" and d.get("role") == "change" and d["value"] is not None \
        and all(v.get("from") is None and v.get("to") is None
                for k, v in d["extra"] if k == "change")


def _fraction_amount(low: str, d: dict[str, Any]) -> bool:
    """"about a third fewer than the record 45,774": a fraction in words is a share of the
    value it is set against, as a percentage would be."""
    return not d["unit"] and 0 < d["value"] < 1 and \
        fraction_words().search(low, d["start"], d["end"]) is not None


def _relative_change(d: dict[str, Any], word: str, relative: bool,
                     fraction: bool) -> dict[str, Any]:
    """The change an amount "more/less/faster/slower than" states (a time is lower when
    faster, a speed higher)."""
    up = word in _RELATIVE_UP or (word in _FASTER) != (d["unit"] in _TIME_UNITS) and \
        word in _FASTER | {"slower"}
    change = {"kind": "percent" if relative else "absolute",
              "amount": float(d["value"]) * (100.0 if fraction else 1.0),
              "direction": "up" if up else "down"}
    if fraction:
        change["fraction"] = 1
    return change


# a clause set against the one before it: ", while California had ...", "; but ..."
_CONTRAST = re.compile(r"(?:,|;)[ \u00a0]+(?:while|whereas|but|although|though)[ \u00a0]+")


def _contrast_start(low: str, d: dict[str, Any]) -> int:
    """Where the contrasted clause amount ``d`` stands in begins (its sentence's start when
    none)."""
    start = d["sentence"][0]
    for m in _CONTRAST.finditer(low, start, d["start"]):
        start = m.end()
    return start


def _described(low: str, drafts: list[dict[str, Any]], idxs: list[int], p: int, fits: Any,
               points: bool) -> int | None:
    """The nearest level figure before amount ``idxs[p]`` in its clause: the figure it
    describes (a rate of change too when points are set against it: "food prices rose 1.33%
    in October, 0.03 percentage points more than the 1.30% of September"). An amount of a
    contrasted clause describes its own subject's figure, not one before ("Florida had the
    largest rise, 2,755, while California had 10,754 fewer")."""
    contrast = _contrast_start(low, drafts[idxs[p]])
    return next((j for j in reversed(idxs[max(0, p - RELATIVE_WINDOW):p]) if (
        drafts[j]["start"] >= contrast) and ((
            fits(j) and drafts[j].get("role") != "compared") or (
            points and _rate_of_change(drafts[j]))) and not _VERB_CLAUSE_BETWEEN.search(
                low, drafts[j]["end"], drafts[idxs[p]]["start"]) and
        not _in_past_clause(low, drafts[j], drafts[idxs[p]])), None)


# a past level's clause between a level's subject and the amount: "It is the lowest since
# February 2023, when the list stood at 7.22 million, and is 520,000 below the record" (the
# amount describes the subject of "is", never the 7.22 million of the "when" clause)
_PAST_CLAUSE_OPEN = re.compile(r",[ \u00a0]*when\b[^,.;:!?]*$")
_PAST_CLAUSE_THEN = re.compile(r"[^.;:!?\d]*?,[ \u00a0]+(?:and|but)[ \u00a0]+(?:is|was|are|were|"
                               r"stands|stood|remains|remained)\b")


def _in_past_clause(low: str, x: dict[str, Any], d: dict[str, Any]) -> bool:
    """Whether figure ``x`` stands in a ", when ..." clause of amount ``d``'s sentence that
    closes before a verb of being with the amount's own subject (see _PAST_CLAUSE_OPEN)."""
    # (the clause's words after its figure first, and its opening looked for in the 120
    # characters before the figure: linear in a sentence of thousands of figures)
    return _PAST_CLAUSE_THEN.match(low, x["end"], d["start"]) is not None and \
        _PAST_CLAUSE_OPEN.search(low, max(d["sentence"][0], x["start"] - 120),
                                 x["start"]) is not None


# a clause of its own, with a verb of change, between a level and an amount: "have risen 28%
# over three years and this year grew three percentage points faster than ..." (the amount
# describes a level the text leaves implied, not the 28%)
_VERB_CLAUSE_BETWEEN = re.compile(r"\b(?:and|but|while|whereas)\b[^.;:!?\d]*?\b(?:rose|fell|grew|"
                                  r"climbed|increased|decreased|dropped|declined|jumped|slipped|"
                                  r"gained|shrank|expanded|improved|worsened)\b")


# the time an amount is set against, named in the words after "than": "than at the same point
# last year", "than a year earlier", "than in 2016" (not "than analysts had expected")
_THAN_A_TIME = re.compile(r"^[ \u00a0]*(?:(?:at|in|on|during|for|over)[ \u00a0]+)?(?:the[ \u00a0]+|a[ \u00a0]+)?"
                          r"(?:same[ \u00a0]+(?:point|time|period|stage|month|quarter)[ \u00a0]+)?"
                          r"(?:last|previous|a|the)?[ \u00a0]*(?:year|month|week|quarter|season)?"
                          r"[ \u00a0]*(?:earlier|before|ago|last[ \u00a0]+year|(?:19|20)\d\d)?[ \u00a0]*(?:[,;]|$|"
                          r"(?<=[a-z0-9 ])and\b)")


def _bare_amount(d: dict[str, Any], change: dict[str, Any], rest: str) -> dict[str, Any] | None:
    """The change ``_changes`` left on absolute amount ``d`` with no values ("31,600 more
    than at the same point last year": direction read, no from or to), when it goes the way
    the comparison says and is set against a time (``rest``, the words after "than"); None
    otherwise ("30,000 more than analysts had expected" is a gap to a forecast, no change)."""
    if d.get("role") != "change" or change["kind"] != "absolute" or \
            not rest.strip(" \u00a0,;") or not _THAN_A_TIME.match(rest.split(",")[0] + ","):
        return None
    own = next((v for k, v in d["extra"] if k == "change"), None)
    if own is None or own.get("from") is not None or own.get("to") is not None or \
            own.get("direction") != change["direction"] or own.get("kind") != "absolute":
        return None
    return own


# a length of time that names the stretch a figure is measured over ("in the latest three
# months", "than in the previous three"): no level a change is worked from
_SPAN_WORD_BEFORE = re.compile(r"\b(?:latest|past|last|previous|preceding|next|coming|recent|"
                               r"same)[ \u00a0]+$")
# ... and of a time unit only: "in the first 31 days of 2024" (not "the first 3 cases")
_END_WORD_BEFORE = re.compile(r"\b(?:first|final|opening|closing)[ \u00a0]+$")
# an ordinal of a time unit: "for a fourth month in a row" counts months, no level
_ORDINAL_SPAN = re.compile(r"(?:a|an|the)?[ \u00a0]*(?:first|second|third|fourth|fifth|sixth|"
                           r"seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))[ \u00a0]")
_SPAN_UNITS = frozenset(("", "second", "minute", "hour", "day", "week", "month", "quarter", "year"))
# ... and of any count after a preposition and its owner: "964 runs in his first 10 Tests",
# "over their opening five games" (the stretch the level is counted over, not a level)
_SCOPE_BEFORE = re.compile(r"\b(?:in|over|from|during|across|within|after)[ \u00a0]+"
                           r"(?:his|her|their|its|the)[ \u00a0]+(?:first|final|opening)[ \u00a0]+$")


# the words that join a second comparison to a first: "That is 12% more than the 26,501 ...,
# but 22% fewer than the 38,129 ...", "That was 6.8% above January's 1,657,000 and 22.3% higher
# than ..." (a bare "and" or "but" too)
# (a decimal point is no stop: "0.5 million tonnes below its forecast of 22.5 million tonnes
# and 0.8 million tonnes below ...")
_COORDINATED = re.compile(r"(?:[^.;:!?]|(?<=\d)\.(?=\d))*(?:,[ \u00a0]*(?:but|and|yet|while|though|"
                          r"although)|"
                          r"[ \u00a0](?:but|and))[ \u00a0]+"
                          r"(?:(?:about|around|nearly|almost|roughly|some|just|more[ \u00a0]+than|"
                          r"over)[ \u00a0]+)?$")


def _coordinated_to(low: str, drafts: list[dict[str, Any]], idxs: list[int], p: int) -> int | None:
    """The figure a second amount of a sentence describes when it is joined to a first that
    describes one ("That is 12% more than the 26,501 ..., but 22% fewer than the 38,129": both
    describe the level of the sentence before), or None."""
    for q in range(p - 1, -1, -1):
        x = drafts[idxs[q]]
        own = next((v for k, v in x["extra"] if k == "change" and isinstance(v, dict)), None)
        if own is None or x["unit"] != drafts[idxs[p]]["unit"]:
            continue
        if own.get("to") is None or own.get("from") is None or \
                not _COORDINATED.match(low, x["end"], drafts[idxs[p]]["start"]):
            return None
        return own["to"]
    return None


_SPAN_ADJECTIVE = re.compile(r"(?:\d[\d,.]*|[a-z]+)[ \u00a0]?-(?:year|month|week|day|decade|hour)")


def a_span(low: str, x: dict[str, Any]) -> bool:
    """Whether figure ``x`` is the length of a stretch of time rather than a level (or names
    one as an adjective: "the five-year average", "a 10-year bond")."""
    if _SPAN_ADJECTIVE.fullmatch(low, x["start"], x["end"]) is not None:
        return True     # (the whole figure: "$34 per megawatt-hour" is a level)
    if x["unit"] not in _SPAN_UNITS:
        return False
    before = max(x["sentence"][0], x["start"] - 12)
    if _SPAN_WORD_BEFORE.search(low, before, x["start"]) is not None or x["unit"] != "" and (
            _ORDINAL_SPAN.match(low, x["start"], x["end"]) is not None or
            _END_WORD_BEFORE.search(low, before, x["start"]) is not None):
        return True
    return not x["unit"] and _SCOPE_BEFORE.search(
        low, max(x["sentence"][0], x["start"] - 30), x["start"]) is not None


def _relative_match(low: str, drafts: list[dict[str, Any]], idxs: list[int], p: int
                    ) -> tuple[re.Match[str] | None, int | None]:
    """The comparison words after amount ``idxs[p]`` ("more than the ...", "more, or 3.2%
    higher, than the ..."), and the amount before it when it is that one's aside ("207,530
    more, or 3.2% higher, than": the 3.2% is the same comparison's second amount)."""
    d = drafts[idxs[p]]
    if p and (first := _RELATIVE_BEFORE_ASIDE.match(low, drafts[idxs[p - 1]]["end"])) and \
            first.end(1) < d["start"] < first.start("rest") and \
            (aside := _RELATIVE_ASIDE_END.match(low, d["end"])) is not None:
        return aside, idxs[p - 1]
    return (_RELATIVE_BEFORE_ASIDE.match(low, d["end"]) or _RELATIVE.match(low, d["end"]) or
            _RELATIVE_DEGREES.match(low, d["end"])), None


def _no_comparison(low: str, drafts: list[dict[str, Any]], idxs: list[int], p: int,
                   m: re.Match[str]) -> bool:
    """Whether the comparative after amount ``idxs[p]`` sets it against no figure: "two more
    that are not" (more of them), "866 more than two years", "24 handled more passengers than
    in 2012 and six fewer" (the other side of a split of one count)."""
    d = drafts[idxs[p]]
    if _MORE_WHO.match(low, m.end(1)) or not d["unit"] and MORE_THAN_DURATION.match(low, d["end"]):
        return True
    return bool(p) and not m.group("rest").strip(" \u00a0,") and \
        _SPLIT_BEFORE.search(low, drafts[idxs[p - 1]]["end"], d["start"]) is not None


def _relative_to(text: str, low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    """An amount written as more or less than another figure, a change between two figures
    of the story: ``to`` is the figure it describes (the nearest level figure before it in
    its sentence, else the figure of the name the sentence opens with: "Harvey's total"),
    ``from`` the figure it is set against (one a few words on, "the national baseline of
    3.1%"; else an earlier figure of the name or noun after "than": "than Erie", "the old
    record"; with nothing after, the latest earlier figure of the kind). Sets ("change",
    {kind, amount, direction, from, to}) and role "change" on the amount, as ``_changes``
    does for "up 300 from 1,200"."""
    # (the figures of the sentences before, the last RELATIVE_WINDOW of them: linear)
    earlier = list(range(max(0, idxs[0] - RELATIVE_WINDOW), idxs[0])) if idxs else []
    for p, n in enumerate(idxs):
        d = drafts[n]
        m, aside_of = _relative_match(low, drafts, idxs, p)
        if m is None and p and OR_LINK.fullmatch(low, drafts[idxs[p - 1]]["end"], d["start"]):
            # "425,140,000 bushels, or 25%, less than the 1,671,532,000": the comma closes the
            # aside of the amount's percentage (never "rose 5%, more than the 3% forecast")
            m = _RELATIVE_AFTER_ASIDE.match(low, d["end"])
        if m is not None and _no_comparison(low, drafts, idxs, p, m):
            continue
        if m is None or d.get("role") not in (None, "change") or any(
                x[0] == "change" and isinstance(x[1], dict) and x[1].get("from") is not None
                for x in d["extra"]) or not d["value"]:
            continue
        points = any(x[0] == "percentage_points" for x in d["extra"])
        fraction = _fraction_amount(low, d)
        relative = (d["unit"] == "percent" and not points) or fraction
        # "3 degrees above the old record": a bare "degrees" is of the temperatures' unit
        degrees = not d["unit"] and _DEGREES.match(low, d["end"]) is not None

        # "14 million or 6.5% more than a year earlier": the amount before is this change's
        linked = idxs[p - 1] if p and drafts[idxs[p - 1]].get("role") in (None, "item") and \
            OR_LINK.fullmatch(low, drafts[idxs[p - 1]]["end"], d["start"]) else aside_of

        def fits(j: int) -> bool:
            x = drafts[j]
            return j not in (n, linked) and x["value"] is not None and (x.get("role") in (
                None, "total", "item", "compared", "reference") or points and
                _rate_of_change(x)) and not a_span(low, x) and \
                BODY_SIZE.match(low, x["end"]) is None and (
                x["unit"] != "percent" if relative else x["unit"] == d["unit"] or
                (degrees and x["unit"].startswith("degree_")))
        own_subject = _own_subject(low, d)
        to, pair = _described_here(text, low, drafts, idxs, p, m, fits, points, earlier,
                                   linked, own_subject)
        if to is None:
            _gap_to_named_level(d, m, relative, fraction)
            _linked_gap(drafts, d, linked)
            continue
        frm = pair[1] if pair is not None else \
            _set_against(text, low, drafts, idxs, p, m, earlier, fits, to)
        if frm is not None and ((own_subject is None and _new_value_of_a_change(drafts, frm)) or
                                _base_taken(drafts, frm, to, n) or
                                (frm < n and _other_period_named(low, m.group("rest"),
                                                                 drafts[frm]))):
            # "fell from 2,222 in 2009 to 1,857. ... 403 motorcyclists, 15% fewer than in
            # 2009": the 1,857 is the later level of a change, never the earlier value of
            # another (it may carry the earlier value's year); a figure written after the
            # period named is that period's ("than in 2010/11, when the count was 30,620"); a
            # clause with a subject of its own compares two things, either of them may have
            # moved ("the average was $653 above the median")
            frm = None
        change = _relative_change(d, m.group(1), relative, fraction)
        if frm is None and relative:
            # "5.4 million passengers in October, 3.5% more than in October 2012": the new
            # value is known, the earlier one implied (for a second amount of the change)
            own = next((v for k, v in d["extra"] if k == "change"), None)
            if linked is not None:
                _or_linked_pair(drafts, linked, n, change, to)
            elif own is not None and own.get("to") is None and own.get("from") is None and \
                    own.get("direction") == change["direction"]:
                own["to"] = to
            elif own is None and d.get("role") is None and not fraction and \
                    _THAN_A_TIME.match(m.group("rest").split(",")[0] + ","):
                # "taking 149,095 cars, 3.7% more than a year earlier": a change of the
                # figure it describes, its earlier value implied
                d["extra"].append(("change", {**change, "to": to}))
                d["role"] = "change"
            else:
                _gap_to_named_level(d, m, relative, fraction)
            continue
        bare = _bare_amount(d, change, m.group("rest"))
        if frm is None and (d.get("role") is None or bare is not None):
            _implied_earlier(drafts, idxs, p, change, to, bare,
                             _own_base_after_and(low, drafts, idxs, p, m))
            continue
        if frm is None or drafts[frm]["unit"] != drafts[to]["unit"]:
            continue
        if not one_measure(drafts[frm], drafts[to]):
            # "killed 23 people and cut power to 1.4 million customers, 400,000 more than
            # ...": still an amount, not a level, but not between these two
            if d.get("role") is None:
                d["extra"].append(("change", change))
                d["role"] = "change"
            continue
        d["extra"] = [x for x in d["extra"] if x[0] != "change"]
        d["extra"].append(("change", {**change, "from": frm, "to": to}))
        d["role"] = "change"
        drafts[frm]["role"] = drafts[frm].get("role") or _compared_or_level(drafts, frm, to, n)


def _level_of_its_own(drafts: list[dict[str, Any]], frm: int, to: int, n: int) -> bool:
    """Whether the figure ``frm`` a gap (amount ``n``) is set against is a level a sentence
    before states on its own, of another subject than the figure ``to`` the gap describes,
    named by its owner ("Tinubu ... with 8,794,726 votes. Atiku ... 6,984,520 votes, 1,810,206
    fewer than Tinubu"): it stays a level a headline may restate (everyday117). Of one subject,
    the two would be read as one figure said twice, and it stays a compared value."""
    x = drafts[frm]
    return x["sentence"] != drafts[n]["sentence"] and frm < n and bool(x.get("subject")) and \
        x.get("subject") != drafts[to].get("subject")


def _compared_or_level(drafts: list[dict[str, Any]], frm: int, to: int, n: int) -> str | None:
    """The role of the figure a gap is set against: "compared", or none for a level of its own
    (``_level_of_its_own``)."""
    return None if _level_of_its_own(drafts, frm, to, n) else "compared"


# the words between a comparison's earlier figure and a second amount of the same sentence:
# "141 more than the 29,437 who crossed in the whole of last year, though still "
_SECOND_GAP_CLAUSE = re.compile(r"[^.;:\d]{0,60}?,[ \u00a0]*(?:though|although|but|and|yet|while)"
                                r"[ \u00a0]+(?:(?:still|well|far|just|only)[ \u00a0]+)?$")


def _described_by_the_comparison_before(low: str, drafts: list[dict[str, Any]], idxs: list[int],
                                        p: int) -> int | None:
    """The figure a second comparison of a sentence describes when the words give it no
    figure of its own: the one the comparison before it describes ("That is 141 more than the
    29,437 ..., though still about 16,000 below the 45,728": both describe the total the
    sentence before gave). None otherwise."""
    if p < 2:
        return None
    q, a = drafts[idxs[p - 1]], drafts[idxs[p - 2]]
    ch = next((v for k, v in a["extra"] if k == "change"), None)
    if ch is None or ch.get("from") != idxs[p - 1] or not isinstance(ch.get("to"), int) or \
            q.get("role") != "compared" or drafts[ch["to"]]["unit"] != drafts[idxs[p]]["unit"] \
            or _SECOND_GAP_CLAUSE.fullmatch(low, q["end"], drafts[idxs[p]]["start"]) is None:
        return None
    return int(ch["to"])


# a level named by words alone: "about 1% below the all-time high", "2% above its long-run
# average", "short of the government's target"
_NAMED_LEVEL = re.compile(r"[ \u00a0]+(?:the|its|their|his|her|a)[ \u00a0]+(?:[a-z][\w’'-]*[ \u00a0]+){0,3}?"
                          r"(?:high|low|peak|record|average|level|target|mark|threshold|ceiling|"
                          r"limit|benchmark|trough|norm)s?\b|"
                          # "0.4GW, or almost 3%, above the old one": a level named by a pronoun
                          r"[ \u00a0]+the[ \u00a0]+(?:old|previous|earlier|former|last)[ \u00a0]+one\b")


def _linked_gap(drafts: list[dict[str, Any]], d: dict[str, Any], linked: int | None) -> None:
    """"0.4GW, or almost 3%, above the old one": the amount before the aside of gap ``d`` is
    the same gap, no level."""
    if linked is None or d.get("role") != "change" or drafts[linked].get("role") is not None or \
            drafts[linked]["unit"] == "percent":
        return
    drafts[linked]["extra"].append(("change", {
        "kind": "absolute", "amount": float(drafts[linked]["value"]),
        "direction": next(v for k, v in d["extra"] if k == "change")["direction"]}))
    drafts[linked]["role"] = "change"


def _gap_to_named_level(d: dict[str, Any], m: re.Match[str], relative: bool,
                        fraction: bool) -> None:
    """Amount ``d`` set against a level that words alone name, with no figure it describes
    ("prices are now about 1% below the all-time high"): a change with no values, never a
    level of its own that other figures of the measure could be said to restate."""
    if d.get("role") is None and _NAMED_LEVEL.match(m.group("rest")) and \
            not any(k == "change" for k, _ in d["extra"]):
        d["extra"].append(("change", _relative_change(d, m.group(1), relative, fraction)))
        d["role"] = "change"


# a stretch of time named afresh in a comparison's own clause ("and its rainfall for the year so
# far is 21% above"); not a stretch that names the figure itself ("This year's figure is 12%
# higher", "who crossed in the whole of last year")
_STRETCH_NAMED = re.compile(r"\b(?:for|over|in|during)[ \u00a0]+the[ \u00a0]+(?:year|month|week|"
                            r"quarter|season)(?:[ \u00a0]+(?:so[ \u00a0]+far|to[ \u00a0]+date))?[ \u00a0]+"
                            r"(?:is|was|are|were|stands?|stood|has|had)\b|\bso[ \u00a0]+far[ \u00a0]+"
                            r"this[ \u00a0]+(?:year|month|season)\b|\byear[ \u00a0]+to[ \u00a0]+date\b")
_CLAUSE_OPEN = re.compile(r"(?:,[ \u00a0]*(?:and|while|but|whereas)|;)[ \u00a0]")


def _other_stretch_between(low: str, to: dict[str, Any], d: dict[str, Any]) -> bool:
    """Whether comparison ``d`` names a stretch of time of its own after figure ``to``, and
    the two are dated to stretches of different lengths: ``d`` then describes another
    figure of that stretch, not ``to`` (lead42)."""
    tp, dp = to.get("period"), d.get("period")
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(low, to["end"], d["start"])]
    if tp is None or dp is None or not opens or \
            _STRETCH_NAMED.search(low, opens[-1], d["start"]) is None:
        return False
    try:
        return abs((tp[1] - tp[0]).days - (dp[1] - dp[0]).days) > 3
    except TypeError:
        return False


def _described_here(text: str, low: str, drafts: list[dict[str, Any]], idxs: list[int],
                    p: int, *rest: Any) -> tuple[int | None, Any]:
    """``_figure_described``, unless the comparison names a stretch of time of its own after
    that figure ("50mm for the month, and its rainfall for the year so far is 21% above the
    long-term average": the year's rain, not the month's; ``_other_stretch_between``)."""
    to, pair = _figure_described(text, low, drafts, idxs, p, *rest)
    if to is not None and to < idxs[p] and _other_stretch_between(low, drafts[to],
                                                                   drafts[idxs[p]]):
        return None, pair
    return to, pair


def _figure_described(text: str, low: str, drafts: list[dict[str, Any]], idxs: list[int],
                      p: int, m: re.Match[str], fits: Any, points: bool, earlier: list[int],
                      linked: int | None, own_subject: str | None
                      ) -> tuple[int | None, tuple[int, int] | None]:
    """The figure amount ``idxs[p]`` describes (see ``_relative_to``), and the pair of levels
    after it when it is the gap between them ((new, earlier), else None). A clause with a
    subject of its own (", and the average was $653 above the median") describes the figure
    that subject names, or none."""
    d = drafts[idxs[p]]
    if own_subject is not None:
        return _figure_named_by(low, drafts, earlier + idxs[:p], own_subject, fits), None
    if (before := _described_by_the_comparison_before(low, drafts, idxs, p)) is not None:
        return before, None     # (", though still about 16,000 below the 45,728")
    if _THIS_PERIODS.search(low, max(d["sentence"][0], d["start"] - 60), d["start"]):
        return _latest_periods_figure(low, drafts, earlier + idxs[:p], fits), None
    to = _level_at(low, drafts, idxs, p, m, fits) or _described(low, drafts, idxs, p, fits,
                                                                 points)
    if to is None:
        to = _named_figure(text[d["sentence"][0]:d["start"]], drafts, earlier,
                           _of_unit_after(drafts, idxs, p, fits), low)
    if to is None and idxs[0]:
        to = _level_of_sentence_before(low, drafts, idxs, p, linked, fits)
    if to is None and idxs[0] and p == 0:
        to = _level_of_opening_noun(low, drafts, idxs[0], fits)
    if to is None:
        to = _coordinated_to(low, drafts, idxs, p)
    pair = _levels_after(low, drafts, idxs, p, fits) if to is None else None
    if to is not None and pair is None:
        to = _exact_apposed(low, drafts, to)
    return (pair[0] if pair is not None else to), pair


# the words between a rounded figure and its exact value in apposition: "More than a quarter
# of a million people, 255,850 in all"
_APPOSED_EXACT = re.compile(r"(?:[ \u00a0]+[a-z]+){0,2},[ \u00a0]*(?:or[ \u00a0]+)?")


def _exact_apposed(low: str, drafts: list[dict[str, Any]], to: int) -> int:
    """The exact value a rounded figure ``to`` is given in apposition right after it ("More
    than a quarter of a million people, 255,850 in all. That was 54,022 more than ..."): the
    one figure the amount describes, at its exact value; ``to`` itself otherwise."""
    d = drafts[to]
    if to + 1 >= len(drafts) or (d.get("lower") is None and d.get("upper") is None):
        return to
    e = drafts[to + 1]
    lo = d["lower"] if d.get("lower") is not None else float("-inf")
    hi = d["upper"] if d.get("upper") is not None else float("inf")
    if e["sentence"] != d["sentence"] or e["unit"] != d["unit"] or e["value"] is None or \
            e.get("lower") not in (None, e["value"]) or e.get("upper") not in (None, e["value"]) or \
            not lo <= e["value"] <= hi or \
            not _APPOSED_EXACT.fullmatch(low, d["end"], e["start"]):
        return to
    return to + 1


# the figure of the story's own period named right before an amount: "..., when 30,620 were
# recorded, leaving this year's total 51% higher" (this year's total, not the 30,620)
_THIS_PERIODS = re.compile(r"\b(?:this|the[ \u00a0]+(?:latest|current))[ \u00a0]+(?:year|month|week|"
                           r"quarter|season|day)[’']s[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}?"
                           r"(?:(?:about|around|roughly|some|nearly|almost|just)[ \u00a0]+)?$")


# words that make a figure an increment added to a count: "A further 424 people arrived"
_ADDED_BEFORE = re.compile(r"\b(?:another|a[ \u00a0]+further|an[ \u00a0]+(?:additional|extra))"
                           r"[ \u00a0]+$")


def _latest_periods_figure(low: str, drafts: list[dict[str, Any]], among: list[int],
                           fits: Any) -> int | None:
    """The figure of ``among`` whose period ends last (the first written of them; never an
    earlier value a change is compared with, nor an increment to a running total), the one
    "this year's total" names; None when none has a period, or two figures of different values
    are of that last period or of a period inside it (which one is meant stays open: "the
    telethon raised $233,495 across the district this year and $45,071,857 nationwide", the
    day's district figure is this year's as much as the year's national one; "A further 424
    people arrived on Friday" adds to the year's count and is no reading of it, nor is any
    day's figure inside a running total of the period)."""
    dated = [j for j in among if fits(j) and drafts[j].get("period") is not None and
             drafts[j].get("role") not in ("compared", "additional") and
             not _ADDED_BEFORE.search(low, max(0, drafts[j]["start"] - 20), drafts[j]["start"])]
    if not dated:
        return None
    end = max(drafts[j]["period"][1] for j in dated)
    last = [j for j in dated if drafts[j]["period"][1] == end]
    start = min(drafts[j]["period"][0] for j in last)
    # (a running total of that period, "taking the total since January to 29,578", is its
    # figure beyond doubt: the figures of days inside it are no other reading)
    inside = last if any(drafts[j].get("cumulative") for j in last) else \
        [j for j in dated if start <= drafts[j]["period"][0] and drafts[j]["period"][1] <= end]
    if len({drafts[j]["value"] for j in inside}) > 1:
        return None
    return last[0]


def _set_against_unnamed(low: str, drafts: list[dict[str, Any]], idxs: list[int], p: int,
                         to: int, before: list[int], word: str = "") -> int | None:
    """The figure an amount with no words after it ("18% higher.") is set against: the latest
    other figure of its kind ``before`` it, unless the words around say the earlier value is
    implied (see ``_set_against``)."""
    d = drafts[idxs[p]]
    if _THIS_PERIODS.search(low, max(d["sentence"][0], d["start"] - 60), d["start"]):
        # "..., when 30,620 were recorded, leaving this year's total 51% higher": set against
        # the figure of an earlier period its own sentence gives
        return _earlier_periods_figure(drafts, [j for j in idxs[:p] if j in before], to)
    if _MOVED_TO.search(low, drafts[to]["sentence"][0], drafts[to]["start"]):
        # "Venstre fell to 19.5% and 34 seats, 13 fewer.": the new value's own move, its
        # earlier value left implied (not another party's 37 seats before it)
        return None
    if _own_change_said(drafts, to, idxs[p]) or \
            (before and _new_value_of_any_change(drafts, before[-1])):
        # "$679 million, also up 18%, with US ad sales 26% higher": beside a level's own
        # change, or set against a level that is itself a change's new value ("rose 18% to
        # $787 million"), a bare "higher" is a change over the same implied period
        return None
    # "The Kauai total is about 18% higher.": the latest other figure of its kind; from an
    # earlier paragraph only when the figure compared names a measure or a unit ("rose to 381.
    # ... first put it at 6.5, 0.4 higher" sets the bare 6.5 against no toll; "sold out in 34
    # minutes. ... went in 20 minutes, 14 minutes quicker" is set against the 34 minutes)
    if not before:
        return None
    last = drafts[before[-1]]
    if low.find("\n\n", last["end"], d["start"]) >= 0:
        if drafts[to].get("measure") is None and not drafts[to]["unit"]:
            return None
        # from an earlier paragraph the latest figure of the kind is one reading of several:
        # "... from £28.1 million last year.\n\n... US Open champions, who banked £2.7
        # million, £500,000 more." is set against the £2.2 million the story compares, the
        # figure of the kind the amount fits when one does (else the latest, as before)
        agreeing = _fitting_base(drafts, before, to, d, word)
        if agreeing is not None:
            return agreeing
    return before[-1]


def _fitting_base(drafts: list[dict[str, Any]], before: list[int], to: int, d: dict[str, Any],
                  word: str) -> int | None:
    """The latest figure of ``before`` from which amount ``d`` ("more"/"less" by ``word``)
    leads to ``to`` within the figures' roundings, or None (see ``_set_against_unnamed``)."""
    if not word or (not d["unit"] and 0 < d["value"] < 1) or \
            any(x[0] == "percentage_points" for x in d["extra"]):
        return None
    relative = d["unit"] == "percent"
    up = _relative_change(d, word, relative, False)["direction"] == "up"
    t = drafts[to]
    tl, tu = (t["lower"] if t["lower"] is not None else t["value"],
              t["upper"] if t["upper"] is not None else t["value"])
    lo, hi = (d["lower"] if d["lower"] is not None else d["value"],
              d["upper"] if d["upper"] is not None else d["value"])
    for j in reversed(before):
        x = drafts[j]
        xl, xu = (x["lower"] if x["lower"] is not None else x["value"],
                  x["upper"] if x["upper"] is not None else x["value"])
        if relative and (xl is None or xl <= 0):
            continue
        if relative:
            a, b = ((tl / xu - 1) * 100, (tu / xl - 1) * 100) if up else \
                ((1 - tu / xl) * 100, (1 - tl / xu) * 100)
        else:
            a, b = (tl - xu, tu - xl) if up else (xl - tu, xu - tl)
        if a <= hi and lo <= b:
            return j
    return None


def _earlier_periods_figure(drafts: list[dict[str, Any]], among: list[int],
                            to: int) -> int | None:
    """The last of the figures ``among`` whose period ends before ``to``'s begins, or None."""
    pt = drafts[to].get("period")
    if pt is None:
        return None
    return next((j for j in reversed(among) if drafts[j].get("period") is not None and
                 drafts[j]["period"][1] < pt[0]), None)


# the two levels an amount is the gap between, right after it: ", 1,851 against 1,988",
# ": 1,851 compared with 1,988"
_PAIR_AFTER_LEAD = re.compile(r"[^.;!?\d]{0,60}?[,:][ \u00a0]*(?:(?:up|down)[ \u00a0]+to[ \u00a0]+)?$")
_PAIR_AGAINST = re.compile(r"[ \u00a0]+(?:against|compared[ \u00a0]+(?:with|to)|versus|vs\.?)[ \u00a0]+"
                           r"(?:the[ \u00a0]+)?")


def _levels_after(low: str, drafts: list[dict[str, Any]], idxs: list[int], p: int,
                  fits: Any) -> tuple[int, int] | None:
    """"Texas recorded 137 fewer deaths than a year earlier, 1,851 against 1,988": an amount
    with no level before it and, after a comma or colon, the new level set against the earlier
    one: (new, earlier), or None."""
    if p + 2 >= len(idxs):
        return None
    d, a, b = drafts[idxs[p]], drafts[idxs[p + 1]], drafts[idxs[p + 2]]
    if not (fits(idxs[p + 1]) and fits(idxs[p + 2])) or a["unit"] != b["unit"] or \
            _PAIR_AFTER_LEAD.fullmatch(low, d["end"], a["start"]) is None or \
            _PAIR_AGAINST.fullmatch(low, a["end"], b["start"]) is None:
        return None
    return idxs[p + 1], idxs[p + 2]


def _level_of_sentence_before(low: str, drafts: list[dict[str, Any]], idxs: list[int], p: int,
                              linked: int | None, fits: Any) -> int | None:
    """"That was about 34% more than the 2.2 million ...": the first level figure of the
    sentence before, the figure an amount opening its sentence describes ("That is
    425,140,000 bushels, or 25%, less than ...": the amount the percentage is linked to
    stands right after "That is"); of the same subject when the sentence says more of "it"
    ("Samsung led with 73.2 million phones. It was the only one ... to ship fewer phones than
    a year before: 2.3% fewer than the 74.9 million of ..."). None otherwise."""
    d = drafts[idxs[p]]
    ss = d["sentence"][0]
    said_of_it = bool(d.get("subject")) and _IT_DID.match(low, ss, d["start"]) is not None and \
        not any(fits(j) for j in idxs[:p])
    that_was = _THAT_WAS.match(low, ss, d["start"]) or (
        linked is not None and _THAT_WAS.match(low, ss, drafts[linked]["start"])) or (
        # "That was £5.1bn more than a year earlier ..., but £2.7bn below the £130.8bn": a
        # second amount of the same level, after "but" or "and"
        p >= 1 and _SECOND_AMOUNT.fullmatch(low, drafts[idxs[p - 1]]["end"], d["start"]) and
        _THAT_WAS.match(low, ss, drafts[idxs[0]]["start"]) and
        drafts[idxs[0]].get("role") == "change")
    if not (that_was or said_of_it):
        return None
    ps = drafts[idxs[0] - 1]["sentence"]
    k0 = idxs[0] - 1
    while k0 and drafts[k0 - 1]["sentence"] == ps:
        k0 -= 1
    levels = [j for j in range(k0, idxs[0]) if fits(j) and
              drafts[j].get("role") in (None, "total") and
              (not said_of_it or drafts[j].get("subject") == d.get("subject"))]
    if len(levels) > 1 and _THE_TOTAL_OPENS.match(low, ss):
        return None     # ("Of those, 80,803 were in prisons and 332 in police cells. The total
        # is 95 above ...": the total is the whole those are parts of, none of them)
    # (of the size of the figure it is set against, when one follows: "The Smithsonian's 18
    # museums ... drew more than 30 million. That was about 19.4% more than the roughly 25.15
    # million" describes the 30 million, never the 18)
    ref = next((drafts[j]["value"] for j in idxs[p + 1:] if fits(j) and drafts[j]["value"]),
               None)
    return next((j for j in levels if ref is None or
                 0.1 <= abs(float(drafts[j]["value"] or 0) / float(ref)) <= 10),
                levels[0] if levels else None)


# a sentence that opens on the plural noun of what is counted and a verb of being, right before
# its first figure: "Deliveries were 36.4% higher than ...", "Sales were also 4% above ...";
# or on "They were", "It was" (the noun of the sentence before's, group `pro`)
_OPENING_NOUN = re.compile(r"[ \u00a0]*(?:(?P<noun>[a-z]{4,}(?:ies|s))|(?P<pro>they|it))[ \u00a0]+"
                           r"(?:were|was|are|is|came[ \u00a0]+in|ended|finished)[ \u00a0]+"
                           r"(?:(?:also|still|now|then)[ \u00a0]+)?"
                           r"(?:(?:about|around|roughly|some|nearly|almost|just)[ \u00a0]+)?")


# the words right before a value a figure is compared with ("higher than the 310,048", "up
# from 405,278"): never the level an opening noun names
_COMPARED_BEFORE = re.compile(r"\b(?:than|from)[ \u00a0]+(?:the[ \u00a0]+)?$")


@lru_cache(maxsize=1)
def _opening_noun_words() -> dict[str, tuple[str, ...]]:
    """rules/vocab/across.yaml ``opening_noun_words``: a plural noun -> the verb forms that
    say it ("sales" -> "sold")."""
    return {str(k).lower(): tuple(str(w).lower() for w in v)
            for k, v in vocab.section("across.yaml", "opening_noun_words", dict).items()}


def _noun_stem(noun: str) -> str:
    """"deliveries" -> "deliver", "sales" -> "sale": the stem a verb or noun of the figure
    described shares ("delivered 422,875 vehicles")."""
    for end, cut in (("ies", 3), ("es", 2), ("s", 1)):
        if noun.endswith(end) and len(noun) - cut >= 4:
            return noun[:len(noun) - cut]
    return noun


def _level_of_opening_noun(low: str, drafts: list[dict[str, Any]], first: int,
                           fits: Any) -> int | None:
    """"Tesla delivered 422,875 vehicles in the first quarter ... Deliveries were 36.4% higher
    than the 310,048 of a year earlier": an amount that is its sentence's first figure, after
    an opening plural noun and "were", describes the latest level figure before it (in its
    paragraph or the one before, within three sentences) whose own words say the noun's stem
    a few words before or after it ("delivered"; or a verb form across.yaml lists, "sold"
    for "Sales"), never a value compared with ("than the");
    "They were also 4.3% above the 405,278" the one the sentence before's opening noun named.
    None when that is not one figure: two levels of the stem's sentence that fit leave it
    open (everyday60)."""
    d = drafts[first]
    ss = d["sentence"][0]
    m = _OPENING_NOUN.fullmatch(low, ss, d["start"])
    if m is None:
        return None
    noun = m.group("noun")
    if m.group("pro") is not None:
        # (the noun of the sentence before: "Deliveries were ... They were also ...")
        prev_start = drafts[first - 1]["sentence"][0]
        before = re.match(r"[ \u00a0]*([a-z]{4,}(?:ies|s))[ \u00a0]+(?:were|was|are|is)\b",
                          low[prev_start:prev_start + 40])
        if before is None:
            return None
        noun = before.group(1)
    stem = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in (
        _noun_stem(noun), *_opening_noun_words().get(noun, ()))) + ")")
    # (of the unit of the figure the amount is set against, when its sentence gives one: not
    # the headline's "four-year" before "Starts were 34.8% higher than ..., when the rate was
    # 647,000")
    nxt = drafts[first + 1] if first + 1 < len(drafts) and \
        drafts[first + 1]["sentence"] == d["sentence"] else None

    def said(j: int) -> bool:
        x = drafts[j]
        return fits(j) and x.get("role") in (None, "total") and bool(x["value"]) and \
            x.get("section") == d.get("section") and \
            (nxt is None or x["unit"] == nxt["unit"]) and \
            not _COMPARED_BEFORE.search(low, max(0, x["start"] - 20), x["start"]) and \
            stem.search(low, max(x["sentence"][0], x["start"] - 40),
                        min(x["sentence"][1], x["end"] + 30)) is not None

    sents: list[tuple[int, int]] = []
    for j in range(first - 1, max(-1, first - 1 - RELATIVE_WINDOW), -1):
        x = drafts[j]
        if x["sentence"] not in sents:
            sents.append(x["sentence"])
        if len(sents) > 3 or low.count("\n\n", x["end"], ss) > 1:
            return None
        if said(j):
            others = [k for k in range(j + 1, first) if drafts[k]["sentence"] == x["sentence"]
                      and drafts[k]["unit"] == x["unit"] and said(k)]
            return j if not others else None
    return None


# a percentage change joined by "and" to the amount after it: "14% higher and around "
_PERCENT_AND = re.compile(r"[ \u00a0]+(?:higher|lower|more|less|fewer|up|down)?[ \u00a0]*and"
                          r"[ \u00a0]+(?:(?:about|around|roughly|some|nearly|almost|just)"
                          r"[ \u00a0]+)?$")


def _own_base_after_and(low: str, drafts: list[dict[str, Any]], idxs: list[int], p: int,
                        m: re.Match[str]) -> bool:
    """Whether amount ``idxs[p]`` names a base of its own in words ("around 80,000 above its
    level before the pandemic") after a percentage joined to it by "and" ("309,838, 14%
    higher and around 80,000 above ..."): the percentage may be over another stretch (the
    year the sentence gave before), so the two are no one change's amounts."""
    if not p or not m.group("rest").strip(" \u00a0,;") or \
            _THAN_A_TIME.match(m.group("rest").split(",")[0] + ","):
        return False
    q = drafts[idxs[p - 1]]
    return q["unit"] == "percent" and \
        _PERCENT_AND.fullmatch(low, q["end"], drafts[idxs[p]]["start"]) is not None


def _implied_earlier(drafts: list[dict[str, Any]], idxs: list[int], p: int,
                     change: dict[str, Any], to: int, bare: dict[str, Any] | None,
                     apart: bool = False) -> None:
    """Amount ``idxs[p]`` with its new value ``to`` and its earlier value left implied: "grew
    7% in 2017 to a record 1,323 million, some 84 million more than in 2016", "... 3.5% more
    than in October 2012. That was 185,000 more travellers than a year earlier": kept as the
    change's second amount when another amount of the change pairs with it (also when
    ``_changes`` marked it bare, ``bare``: "385,910 applicants ..., 31,600 more than at the
    same point last year, a rise of 9%"); else left as it was."""
    n = idxs[p]
    d = drafts[n]
    d["extra"] = [x for x in d["extra"] if x[1] is not bare]
    d["extra"].append(("change", {**change, "to": to}))
    d["role"] = "change"
    _percent_after_to(drafts, idxs[p + 1:p + 3], change["direction"], to)
    # (the percentage stands near the new value, before or after it)
    near = [*range(max(0, to - 4, n - 12), n), *idxs[p + 1:p + 3]]
    if apart:   # (not the percentage before it: ``_own_base_after_and``)
        near = [j for j in near if j != idxs[p - 1]]
    for j in near:
        pair_amounts(drafts, [n], j)
    if not any(v.get("by") == n for j in near for k, v in drafts[j]["extra"] if k == "change"):
        d["extra"] = [x for x in d["extra"] if x[0] != "change"]
        d["role"] = None
        if bare is not None:    # (no second amount: the bare amount it was)
            d["extra"].append(("change", bare))
            d["role"] = "change"


def _percent_after_to(drafts: list[dict[str, Any]], after: list[int], direction: str,
                      to: int) -> None:
    """"... 200,000 more than in 2022, a rise of 12.5%": the percentage after an amount whose
    earlier value is implied is a change to the same new value; a level of the new value's
    unit between them opens another change ("Wales £766, 7.9% or £56 more, and Scotland
    £976, up 6.6%": the 6.6% is Scotland's, never a rise to £766)."""
    for j in after:
        if drafts[j]["unit"] == drafts[to]["unit"] and drafts[j].get("role") != "change":
            return
        later = next((v for k, v in drafts[j]["extra"] if k == "change"), None)
        if later is not None and later.get("from") is None and later.get("to") is None and \
                drafts[j]["unit"] == "percent" and later.get("direction") == direction:
            later["to"] = to


def _or_linked_pair(drafts: list[dict[str, Any]], amount: int, pct: int,
                    change: dict[str, Any], to: int) -> None:
    """"233 million visitors, 14 million or 6.5% more than a year earlier": an amount and a
    percentage of one change joined by "or", its earlier value implied: both are changes to
    the level before them, the percentage taking the amount as ``by`` (``pair_amounts``)."""
    a, p = drafts[amount], drafts[pct]
    if a["unit"] != drafts[to]["unit"] or not a["value"]:
        return
    p["extra"] = [x for x in p["extra"] if x[0] != "change"]
    p["extra"].append(("change", {**change, "to": to}))
    p["role"] = "change"
    a["extra"].append(("change", dict(change, kind="absolute", amount=float(a["value"]),
                                      to=to)))
    a["role"] = "change"
    pair_amounts(drafts, [amount], pct)


def _said_again(drafts: list[dict[str, Any]], frm: int, to: int) -> bool:
    """Whether the earlier figure found for a gap is its new value said again ("an extra £18m"
    in the headline and the body, then "children's services about £12m more"): of one value
    and unit, it is no earlier value of it."""
    a, b = drafts[frm], drafts[to]
    if a["unit"] != b["unit"]:
        return False
    if a["value"] == b["value"]:
        return True
    # (a summary line's rounded restatement: "Almost six million people waiting" in the headline
    # is the body's 5,834,421, no earlier value of it)
    return a.get("section") in ("headline", "keypoints") and \
        b.get("section") not in ("headline", "keypoints") and \
        a["lower"] is not None and a["upper"] is not None and \
        a["lower"] <= b["value"] <= a["upper"]


def _new_value_of_a_change(drafts: list[dict[str, Any]], j: int) -> bool:
    """Whether figure ``j`` is the new value of a stated change with an earlier value (the
    change's amount stands within CHANGE_NEAR figures of it: linear in a long document)."""
    return any(k == "change" and isinstance(v, dict) and v.get("to") == j and
               v.get("from") is not None
               for x in drafts[max(0, j - CHANGE_NEAR):j + CHANGE_NEAR] for k, v in x["extra"])


CHANGE_NEAR = 60


def _base_taken(drafts: list[dict[str, Any]], frm: int, to: int, n: int) -> bool:
    """Whether figure ``frm`` is no earlier value of amount ``n``'s level ``to``: the same
    figure said again (``_said_again``) or another level's earlier value
    (``_base_of_another_level``)."""
    return _said_again(drafts, frm, to) or _base_of_another_level(drafts, frm, to, n)


def _base_of_another_level(drafts: list[dict[str, Any]], frm: int, to: int, n: int) -> bool:
    """Whether figure ``frm``, in a sentence before amount ``n``, is already the earlier value
    of another stated change whose new value is of the period of ``to`` but another value
    ("a record 124.50 million tonnes of rice, 1.73 million more than the 122.77 million of
    2024. Foodgrain output is 173.33 million tonnes, about 3.9 million more than in
    2024-25"): one earlier value cannot have two new values of one period, so the later
    comparison is with a figure the story does not give (a bare amount), never that one."""
    if drafts[frm]["sentence"] == drafts[n]["sentence"]:
        return False
    period, value = drafts[to].get("period"), drafts[to]["value"]
    for x in drafts[max(0, frm - CHANGE_NEAR):min(n, frm + CHANGE_NEAR)]:
        for k, v in x["extra"]:
            if k != "change" or not isinstance(v, dict) or v.get("from") != frm:
                continue
            other = v.get("to")
            if other is not None and other != to and period is not None and \
                    drafts[other].get("period") == period and drafts[other]["value"] != value:
                return True
    return False


def _own_change_said(drafts: list[dict[str, Any]], to: int, n: int) -> bool:
    """Whether a percentage change stands between level ``to`` and amount ``n`` in their
    sentence ("$679 million, also up 18%, with ... 26% higher"): the level's own change."""
    return any(drafts[j]["sentence"] == drafts[n]["sentence"] and
               drafts[j]["unit"] == "percent" and drafts[j].get("role") == "change"
               for j in range(to + 1, n))


def _new_value_of_any_change(drafts: list[dict[str, Any]], j: int) -> bool:
    """Whether figure ``j`` is the new value of a stated change, its earlier value stated or
    implied ("revenue rose 18% to $787 million"), within CHANGE_NEAR figures of it."""
    return any(k == "change" and isinstance(v, dict) and v.get("to") == j
               for x in drafts[max(0, j - CHANGE_NEAR):j + CHANGE_NEAR] for k, v in x["extra"])


# an amount's base named as a part of a year, the time right before ("3 million more than in the
# fourth quarter", "up 5 million on the previous quarter"): a quarter's or month's change
_SUB_YEAR_BASE = re.compile(r"[ \u00a0]+(?:more|less|fewer|higher|lower|up|down)?[ \u00a0]*"
                            r"(?:than|on|from)[ \u00a0]+(?:in[ \u00a0]+|at[ \u00a0]+the[ \u00a0]+end"
                            r"[ \u00a0]+of[ \u00a0]+)?(?:the[ \u00a0]+)?(?:(?:previous|prior|last|"
                            r"preceding|first|second|third|fourth)[ \u00a0]+(?:quarter|month)|"
                            r"(?:january|february|march|april|may|june|july|august|september|"
                            r"october|november|december)\b)")
_OWN_BASE_WORDS = re.compile(r"[^.;\d]{0,30}?\b(?:quarter|month|quarterly|sequentially)\b")


# the words from an amount to a percentage that restates it: " on the year before, an increase
# of ", ", or ", " more than in 2016 and a rise of "
_RESTATING_AFTER = re.compile(r"[^,;.]{0,40}?(?:,[ \u00a0]*|[ \u00a0]+and[ \u00a0]+)(?:(?:an?[ \u00a0]+)?(?:increase|rise|gain|"
                              r"jump|fall|drop|decline|decrease)[ \u00a0]+of|or)[ \u00a0]+")


def _sub_unit_factor(unit: str | None, of: str | None) -> float | None:
    """How many ``of`` one ``unit`` is when it is ``of`` itself (1.0) or a sub-unit of that
    currency (0.01 for US cents of dollars); None otherwise."""
    if unit == of:
        return 1.0
    subs = subunits()
    mine, theirs = subs.get(unit or ""), subs.get(of or "")
    if mine is None or theirs is None or mine[0] != theirs[0] or theirs[1] != 1.0:
        return None
    return mine[1]


def pair_amounts(drafts: list[dict[str, Any]], near: list[int], i: int, low: str = "") -> None:
    """Two amounts of one change whose earlier value the text leaves implied, a percentage
    and an amount in the new value's unit ("grew 7% to 1,323 million, some 84 million more
    than in 2016"; "rose by 84 million to 1,323 million, up 7%"): the percentage's change
    takes the other amount as ``by`` (its earlier value is the new one less that amount).
    Not an amount whose base is the quarter or month before when the percentage names no
    such base ("rose 10% to 678 million, 3 million more than in the fourth quarter": the 10%
    may be the year's; which base it has the text leaves open)."""
    ch = next((v for k, v in drafts[i]["extra"] if k == "change"), None)
    if ch is None or ch.get("from") is not None or ch.get("to") is None or ch.get("by"):
        return
    for j in near:
        other = next((v for k, v in drafts[j]["extra"] if k == "change"), None)
        # (or a percentage restating the amount right after it, which found no value of its
        # own: "21 million a week, up a million on the year before, an increase of about 5%")
        restating = other is not None and other.get("to") is None and j > i and \
            not any(i < k < j for k in near) and \
            bool(low) and _RESTATING_AFTER.fullmatch(low, drafts[i]["end"], drafts[j]["start"])
        if j == i or other is None or other.get("from") is not None or \
                (other.get("to") != ch["to"] and not restating) or \
                other.get("direction") != ch.get("direction") or \
                other.get("by") is not None:
            continue
        pct, amount = (i, j) if ch["kind"] == "percent" else (j, i)
        a, new = drafts[amount], drafts[ch["to"]]
        # (an amount of the new value's unit and measure, smaller than it and of its scale:
        # not "moved up three places" beside "grew 10.7% to 78 million passengers"; a new
        # value that names no measure takes the amount's: "fell 84.9 points to 6,270.4")
        # (an amount in the currency's sub-unit counts in the currency: "rise by 50 cents to
        # $15.75 an hour, a 3.3% increase")
        factor = _sub_unit_factor(a["unit"], new["unit"])
        if drafts[pct]["unit"] != "percent" or a["unit"] == "percent" or \
                factor is None or \
                a.get("measure") not in (None, new.get("measure") or a.get("measure")) \
                or not a["value"] or not new["value"] or \
                not new["value"] / 1000 < a["value"] * factor < new["value"] or \
                any(k == "percentage_points" for k, _ in drafts[pct]["extra"]) or \
                (low and _SUB_YEAR_BASE.match(low, a["end"]) and
                 not _OWN_BASE_WORDS.match(low, drafts[pct]["end"])):
            continue
        pch = next(v for k, v in drafts[pct]["extra"] if k == "change")
        pch["by"] = amount
        pch.setdefault("to", ch["to"])
        if pch["to"] is None:
            pch["to"] = ch["to"]
        return


def _of_unit_after(drafts: list[dict[str, Any]], idxs: list[int], p: int, fits: Any) -> Any:
    """``fits`` narrowed to the unit of the figure the amount is set against, when one follows
    it: "Sales were still 7.4% higher than the $300.7 billion" describes an earlier amount of
    money, never the headline's "eight months"."""
    after = idxs[p + 1] if p + 1 < len(idxs) else None
    if after is None or not fits(after):
        return fits
    return lambda j: fits(j) and drafts[j]["unit"] == drafts[after]["unit"]


_THAN_IN = re.compile(r"[ \u00a0]*(?:in|during|at[ \u00a0]+the[ \u00a0]+end[ \u00a0]+of)[ \u00a0]+"
                      r"([^.;:,]{1,40})")
_DATE_TOKEN = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                         r"nov|dec)[a-z]*\b")


def _other_period_named(low: str, rest: str, frm: dict[str, Any]) -> bool:
    """Whether the words after "than" name a period ("20.4% fewer than in the year to March
    2020") that the figure taken as the earlier value is not said of ("the 990 million of the
    year before"): that period's level is then implied, not written."""
    near = low[max(frm["sentence"][0], frm["start"] - 12):min(len(low), frm["end"] + 40)]
    back = _YEARS_BACK.match(rest)
    if back is not None and back.group(1) not in ("a year", "one year") and back.group(1) not in \
            low[max(frm["sentence"][0], frm["start"] - 40):min(len(low), frm["end"] + 15)]:
        return True     # ("45% fewer than a decade earlier" is no change from 2013's 1,713)
    m = _THAN_IN.match(rest)
    if m is None:
        return False
    tokens = _DATE_TOKEN.findall(m.group(1))
    return bool(tokens) and not any(t in near for t in tokens)


# a stretch of years back from the figure's time: "than a decade earlier", "than 20 years ago"
_YEARS_BACK = re.compile(r"[ \u00a0]*((?:a|one|two|three|four|five|six|seven|eight|nine|ten|"
                         r"fifteen|twenty|thirty|fifty|\d+)[ \u00a0]+(?:decades?|years?)|"
                         r"a[ \u00a0]+generation)[ \u00a0]+(?:earlier|ago|before)\b")


# a pronoun that opens a new clause as its subject: ", yet it won", "; they took"
_PRONOUN_AFTER = re.compile(r"(?:[,;:]|\b(?:and|but|yet|while|so))[ \u00a0]+(?:it|they|he|she)"
                            r"[ \u00a0]+[a-z]+[ \u00a0]*$")


# capitalised words that name nothing: an article, a preposition, a pronoun opening a sentence
_NOT_NAMES = frozenset("the a an in that this it these those they there".split())


def _named_figure(words: str, drafts: list[dict[str, Any]], among: list[int],
                  fits: Any, low: str | None = None) -> int | None:
    """The first of the figures ``among`` whose subject is the last name written in ``words``
    ("Harvey's total was" -> the figure about Hurricane Harvey): a name's first figure is the
    one the story is about, later ones of its subject may be read into it."""
    # (a month or a day names a period, not a figure's subject: "2.2% below August 2019")
    # (nor is a pronoun opening the sentence a name: "That was about 19.4% more than")
    names = [x for x in _NAME_HEAD.findall(words) if x.lower() not in _NOT_NAMES
             and x.split()[0].lower() not in _CALENDAR_NAMES]
    if not names:
        return None
    if len({n.lower() for n in names}) > 1 and _PRONOUN_AFTER.search(words, words.rfind(names[-1])):
        # "Labour's lead over the Conservatives was 767,521 votes, ..., yet it won 157 more
        # seats": "it" may be either name; the last one is not for that reason the subject
        return None
    last = re.sub(r"[’']s$", "", names[-1]).lower().split()[-1]
    got = next((j for j in among if fits(j) and drafts[j].get("subject") and
                last in str(drafts[j]["subject"]).split()), None)
    if got is None and low is not None:
        # the name written in the figure's sentence, though another subject won it ("Storm
        # Ezra left 33 inches of snow on Kingsport")
        word = re.compile(r"\b" + re.escape(last) + r"\b")
        got = _nearest_to_word(drafts, [j for j in among if fits(j)], word, low)
    return got


def _nearest_to_word(drafts: list[dict[str, Any]], among: list[int], word: re.Pattern[str],
                     low: str) -> int | None:
    """Of the figures ``among`` whose sentence writes ``word``, the one written nearest to it
    (the first of them on a tie): in "309,000 units, more than three times the 98,000 of
    Halsey's album" the name is the 98,000's, not the 309,000's."""
    best = None
    for order, j in enumerate(among):
        ss, se = drafts[j]["sentence"]
        gaps = [min(abs(w.start() - drafts[j]["end"]), abs(drafts[j]["start"] - w.end()))
                for w in word.finditer(low, ss, se)]
        if gaps and (best is None or (min(gaps), order) < best[:2]):
            best = (min(gaps), order, j)
    return best[2] if best else None


# a new clause after the words a figure is set against: ", and granted ...", ", while ..."
# two amounts of one change joined by "or", the direction after the second: "2.6 million
# tonnes or 2% more than", "12 million tonnes, or 2%, less than", "14 million or 6.5% more"
OR_LINK = re.compile(r"[ \u00a0]*,?[ \u00a0]*or[ \u00a0]+(?:about[ \u00a0]+|some[ \u00a0]+|nearly[ \u00a0]+|"
                     r"almost[ \u00a0]+)?")
# (", including" opens the parts of the figure before: "£130,000 more than last year,
# including £528,971 for ..." sets the amount against last year, never against a part)
# (", after winning 32 of their 38 games" after "one short of the record": a clause of its
# own, the record's figure not given)
_CLAUSE_ON = re.compile(r"[,;][ \u00a0]*(?:and|but|while|whereas|as|with|including|after|despite|"
                        r"following|having|before|until|then)\b")
# (", before reaching 71.6%", ", until", ", then": a later step of the story, not what an
# amount is set against)
_CLAUSE_LATER = re.compile(r"[,;][ \u00a0]*(?:before|until|then)\b")
# what is compared named in words, then the next item: "3 million tonnes below its March
# outlook and 12 million tonnes less than ..." sets the 3 million against no figure
_NAMED_THEN_NEXT = re.compile(r"[a-z’'][ \u00a0]+(?:and|or|but)[ \u00a0]+$")
# a second comparison after a comma: "£1.5bn above its forecast, though below the £17.5bn
# economists had pencilled in" (the figure after it is the second comparison's)
_COMPARED_AGAIN = re.compile(r"[,;][ \u00a0]*(?:(?:though|although|but|yet|and|while)[ \u00a0]+)?"
                             r"(?:(?:still|well|far|just|only)[ \u00a0]+)?(?:below|above|under|"
                             r"short[ \u00a0]+of|ahead[ \u00a0]+of|behind|(?:more|fewer|less|"
                             r"higher|lower)[ \u00a0]+than)\b")


# the level an amount of change brings its figure to, right after "higher", "lower": "total
# income 4% higher at £9.3 billion", "costs 1% lower at £4.0 billion"; a dollar with its
# country's letters too ("10% higher at US$9.19 billion", "A$", "HK$": everyday102)
_AT_LEVEL = re.compile(r"[ \u00a0]+at[ \u00a0]+(?:(?:about|around|some|nearly|almost|roughly|just)"
                       r"[ \u00a0]+)?(?=[$€£¥\d]|[a-z]{1,3}\$)")


def _level_at(low: str, drafts: list[dict[str, Any]], idxs: list[int], p: int, m: re.Match[str],
              fits: Any) -> int | None:
    """The figure right after "higher at", "lower at" that the amount ``idxs[p]`` brings its
    measure to (its new value: the one it describes, set against no figure), or None."""
    at = _AT_LEVEL.match(low, m.start("rest"))
    if at is None or p + 1 >= len(idxs) or not fits(idxs[p + 1]):
        return None
    nxt = drafts[idxs[p + 1]]
    return idxs[p + 1] if nxt["start"] - at.end() <= 1 else None


# a time the amount is counted from, then another clause: "than a year earlier and ...",
# "than last year, but ..."
_TIME_BASE_THEN = re.compile(r"[ \u00a0]*(?:(?:a|one)[ \u00a0]+(?:year|month|week|quarter)[ \u00a0]+"
                             r"(?:earlier|before|ago)|(?:last|the[ \u00a0]+previous)[ \u00a0]+"
                             r"(?:year|month|week|quarter))[ \u00a0]*(?:,|\band\b|\bbut\b)")


# a second comparison joined to the first: "... and the same as at London 2012"
_SECOND_COMPARISON = re.compile(r"\band[ \u00a0]+(?:the[ \u00a0]+same[ \u00a0]+as|(?:more|fewer|less|"
                                r"higher|lower)[ \u00a0]+than|above|below)\b")


def _first_after(low: str, drafts: list[dict[str, Any]], among: list[int], rest_start: int
                 ) -> int | None:
    """The first figure of ``among`` after the comparison's "than": no span ("five-year"),
    nor the second amount of an aside before "than" ("207,530 more, or 3.2% higher, than the
    previous record of 6,525,071")."""
    return next((j for j in among if not a_span(low, drafts[j]) and
                 drafts[j]["end"] > rest_start), None)


def _set_against(text: str, low: str, drafts: list[dict[str, Any]], idxs: list[int], p: int,
                 m: re.Match[str], earlier: list[int], fits: Any, to: int) -> int | None:
    """The figure an amount is set against (see ``_relative_to``)."""
    rest_start = m.start("rest")
    if _AT_LEVEL.match(low, rest_start) and to == _level_at(low, drafts, idxs, p, m, fits):
        return None     # "total income 4% higher at £9.3 billion": the earlier value implied
    if _IMPLIED_BEFORE.match(low, rest_start):
        return None     # "Labour won five, two more than before, and the Greens four": the
        # earlier value is implied, not the next item of the list
    if _TIME_BASE_THEN.match(low, rest_start):
        return None     # "1% more than a year earlier and short of the 41.8 million analysts
        # had expected": a time is the base, the figure after "and" another comparison's
    later = _first_after(low, drafts, idxs[p + 1:p + 3], rest_start)
    if later is not None and FROM_SOURCE.search(low, rest_start, drafts[later]["start"]):
        return None     # "43 more from their last 17 games": no figure set against
    if later is not None and _PERIOD_THEN_COMMA.match(low, rest_start, drafts[later]["start"]):
        return None     # "40% more than the previous weekend, for a total of $74 million": a
        # period ends the words it is set against; the figure after the comma is another's
    if later is not None and fits(later) and drafts[later]["start"] <= m.end() and \
            not low[rest_start:drafts[later]["start"]].lstrip(" \u00a0").startswith(",") and \
            not any(c.isdigit() for c in low[rest_start:drafts[later]["start"]]) and \
            not _CLAUSE_ON.search(low, rest_start, drafts[later]["start"]) and \
            not _NAMED_THEN_NEXT.search(low, rest_start, drafts[later]["start"]) and \
            not _COMPARED_AGAIN.search(low, rest_start, drafts[later]["start"]) and \
            not _RELATIVE.match(low, drafts[later]["end"]):
        return later        # "below the national baseline of 3.1%" (not "$68 more, a spread
        # of $87", an aside; nor "7% fewer than a year earlier, and granted protection in
        # 9,957 of them": another clause's figure; nor "14% higher and around 80,000 above
        # its level before the pandemic": a second amount set against the same level)
    # (in the unit of the figure it describes: "96F (35.6C)" is set against as 96F)
    # (never a headline's figure for a body's amount: the headline restates the body, it is
    # no earlier level; "# Waiting list hits new record of 7.4 million" is no "previous record")
    body = drafts[idxs[p]].get("section") == "body"
    before = [j for j in earlier + idxs[max(0, p - RELATIVE_WINDOW):p] if j != to and fits(j)
              and drafts[j]["unit"] == drafts[to]["unit"] and
              not (body and drafts[j].get("section") in ("headline", "keypoints"))]
    words = m.group("rest")
    if not words.strip():
        return _set_against_unnamed(low, drafts, idxs, p, to, before, m.group(1))
    # (the words it is set against end at a new clause: "10.8% more than a year earlier, and
    # shipped 305,000 TEU" names no figure by "TEU")
    cut = _CLAUSE_ON.search(low, rest_start, m.end())
    if cut is not None and _CLAUSE_LATER.match(low, cut.start()) and \
            not low[rest_start:cut.start()].strip():
        # "to 80.2% in 2015-16, 0.2 points lower, before reaching 71.6% in 2019-20": nothing
        # named before a later step of the story, so the latest earlier figure of the kind
        return _set_against_unnamed(low, drafts, idxs, p, to, before, m.group(1))
    if _PREDECESSOR.match(text, rest_start):
        return None     # "51% bigger than the first Wolverine film": another of the name (an
        # earlier film, edition, model), whose figure the story does not give
    if _BASE_AS_ORDINAL.search(low, rest_start, m.end()):
        return None     # "441 Tests, nine more than India, who reached the mark in their
        # 432nd": the base is the ordinal after the name, no earlier figure of the name
    named = _named_figure(text[rest_start:cut.start() if cut else m.end()], drafts, before,
                          fits, low)
    if named is not None:
        return named
    # (a year after a clause break or a second comparison is that one's: "one more than in
    # Tokyo and the same as at London 2012")
    second = _SECOND_COMPARISON.search(low, rest_start, m.end())
    ym = _YEAR_NAMED.search(low, rest_start, min(x.start() for x in (cut, second) if x)
                            if (cut or second) else m.end())
    if ym is not None:
        # "124 short of the 1994 total": the figure of that year, or with the year written
        # just before it ("the most since 1994, when 963 were reported")
        y = int(ym.group())
        if _year_figure_after(low, drafts, later, y, fits, ym.start(), d_sentence=drafts[
                idxs[p]]["sentence"]):
            return later
        return next((j for j in reversed(before) if _near_or_measured(text, drafts, j, to) and (
            (p := drafts[j].get("period")) is not None and p[0].year == p[1].year == y and
            p[0].month == 1 and p[1].month == 12) or re.search(
                r"\b" + ym.group() + r"\b", low[max(drafts[j]["sentence"][0],
                                                     drafts[j]["start"] - 30):drafts[j]["start"]])),
                    None)
    pm = _PERIOD_WORD.search(low, rest_start, m.end())
    if pm is not None:
        return _compared_for_period(low, drafts, before, to, pm.group(1), m.start())
    a = _AGAINST.match(low, rest_start, m.end())
    if a is None:
        return None
    head = a.group(1).split()[-1]
    if len(head) < 4 or head in _PERIOD_HEADS:
        return None     # "17% higher than the previous quarter": a period, not a figure
    # "two more than a majority" after "the 326 needed for a majority in the 650-seat
    # Commons": a figure that counts the head noun is the one meant, not another figure of
    # the sentence that names it
    own = next((j for j in reversed(before) if drafts[j].get("measure") == head), None)
    if own is not None:
        return own
    # "the median" -> "The median rent was $3,125, up 7.9% from $2,896": the figure the noun
    # stands right before (not a later one of its sentence); else "the old record" -> "The
    # previous record, 48 inches": the latest figure whose own sentence names the head noun
    # before it
    named = _figure_named_by(low, drafts, before, head, fits)
    if named is not None:
        return named
    return next((j for j in reversed(before) if re.search(
        r"\b" + re.escape(head) + r"\b", low[drafts[j]["sentence"][0]:drafts[j]["start"]])),
                None)


# a clause that names its own subject in a common noun right before an amount: "and the
# average was $653 above the median" (group 1 the noun phrase, its last word the head)
# (also a possessive name opening the clause: ", meaning London's field was almost 1,000 larger")
_OWN_SUBJECT = re.compile(r"[ \u00a0]*(?:(?:and|but|while|whereas|meaning|so)[ \u00a0]+)?"
                          r"(?:the|its|their|[a-z][\w.-]*(?:’s|'s))[ \u00a0]+"
                          r"((?:[a-z][\w-]*[ \u00a0]+){0,2}?[a-z][\w-]+)[ \u00a0]+(?:was|were|is|are)"
                          r"[ \u00a0]+(?:(?:about|around|roughly|some|nearly|almost|just)[ \u00a0]+)?")
# a clause of its own subject with no article, after a conjunction, whose verb says what it
# pays or gets: "London boroughs charge an average of £1,477, so county residents pay £349
# more" (the county's gap over London's figure, not a change of London's)
_OWN_BARE_SUBJECT = re.compile(r"[ \u00a0]*(?:and|but|while|whereas|meaning|so)[ \u00a0]+"
                               r"((?:[a-z][\w-]*[ \u00a0]+){0,2}?[a-z][\w-]+)[ \u00a0]+"
                               r"(?:pay|pays|paid|earn|earns|earned|get|gets|got|receive|receives|"
                               r"received|spend|spends|spent|charge|charges|charged|face|faces)"
                               r"[ \u00a0]+(?:(?:about|around|roughly|some|nearly|almost|just|"
                               r"an[ \u00a0]+average[ \u00a0]+of)[ \u00a0]+)?")
_CLAUSE_MARK = re.compile(r"[,;]")
# a gapped comparison in a list, its verb said once before: "DAP costs Sh700 more than the
# Sh2,800 charged then, CAN Sh925 more than Sh1,950, and urea 30% more than Sh2,700" (one or
# two words of a name, then the amount; after a comparison of an amount earlier in the sentence)
_GAPPED_SUBJECT = re.compile(r"[ \u00a0]*(?:and[ \u00a0]+)?((?:[a-z][\w-]*[ \u00a0]+)?[a-z][\w-]+)"
                             r"[ \u00a0]+")
_GAPPED_BEFORE = re.compile(r"\d[^,;.]{0,30}?[ \u00a0,]+(?:more|less|fewer|higher|lower|above|"
                            r"below)[ \u00a0]+than\b")
_NOT_GAPPED = frozenset("""up down or and some about around nearly almost roughly just only
over under another further still also rising falling rose fell was were is are by to from of at
in on for with than then but yet while though although whereas so nor which that who whom
without after before including plus minus against versus making taking leaving bringing putting
giving it its their his her they he she we this those these a an the well far much even
each every all both""".split())


def _own_subject(low: str, d: dict[str, Any]) -> str | None:
    """The head noun of the subject amount ``d``'s clause names right before it, after a
    comma or semicolon within its sentence (", and the average was $653 above"), or None:
    the amount is that subject's gap, not one of the figure before it in the sentence. A
    period ("the year", "the rise") or a figure's own words ("the total") name no subject."""
    ss = d["sentence"][0]
    marks = list(_CLAUSE_MARK.finditer(low, ss, d["start"]))
    if not marks:
        return None
    m = _OWN_SUBJECT.fullmatch(low, marks[-1].end(), d["start"]) or \
        _OWN_BARE_SUBJECT.fullmatch(low, marks[-1].end(), d["start"])
    if m is None:
        return _gapped_subject(low, d, ss, marks[-1].end())
    words = m.group(1).split()
    head = words[-1]
    if len(head) < 4 or head in _PERIOD_HEADS or head in _FIGURE_WORDS:
        return None
    # (its modifiers after the head: "county residents" is named by "County areas" too)
    return " ".join([head] + [w for w in reversed(words[:-1]) if len(w) >= 4])


def gapped_name(low: str, d: dict[str, Any]) -> str | None:
    """The name a gapped comparison's amount ``d`` is said of ("CAN" in ", CAN Sh925 more
    than Sh1,950" after "DAP costs Sh700 more than ..."), or None (``_gapped_subject``)."""
    ss = d["sentence"][0]
    marks = list(_CLAUSE_MARK.finditer(low, ss, d["start"]))
    return _gapped_subject(low, d, ss, marks[-1].end()) if marks else None


def _gapped_subject(low: str, d: dict[str, Any], ss: int, after: int) -> str | None:
    """The name of a gapped comparison's clause ("CAN" in ", CAN Sh925 more than Sh1,950")
    when an amount compared with "more/less than" stands earlier in the sentence, before the
    clause's comma: the amount is that name's gap, its own level told elsewhere (or not at
    all), never one of the figure before it in the sentence. None otherwise."""
    m = _GAPPED_SUBJECT.fullmatch(low, after, d["start"])
    if m is None or _GAPPED_BEFORE.search(low, ss, after) is None:
        return None
    words = m.group(1).split()
    if any(w in _NOT_GAPPED or w in _PERIOD_HEADS or w in _FIGURE_WORDS for w in words) or \
            len(words[-1]) < 3:
        return None
    return " ".join([words[-1]] + [w for w in reversed(words[:-1]) if len(w) >= 4])


# nouns that name a figure itself, not a thing with a figure of its own
_FIGURE_WORDS = frozenset("""total figure number count tally amount sum rise fall increase
decrease gain drop change difference gap margin lead""".split())


def _figure_named_by(low: str, drafts: list[dict[str, Any]], among: list[int], subject: str,
                     fits: Any) -> int | None:
    """The latest of the figures ``among`` that the subject's head noun stands right before,
    in the words since the figure before it in its sentence ("The average Manhattan rent was
    $3,778" for "the average"), else the latest its modifiers name ("County areas charge
    ... £1,826" for "county residents"), or None (``subject``: the head, then its modifiers,
    ``_own_subject``)."""
    for name in subject.split():
        word = re.compile(r"\b" + re.escape(name) + r"\b")
        for j in reversed(among):
            x = drafts[j]
            if not fits(j):
                continue
            start = x["sentence"][0]
            if j and drafts[j - 1]["sentence"] == x["sentence"]:
                start = max(start, drafts[j - 1]["end"])
            if word.search(low, start, x["start"]):
                return j
    return None


# the words set against that end at a period and a comma: "than the previous weekend, for a
# total of", "than a year earlier, at"
_PERIOD_THEN_COMMA = re.compile(r"[^,;\d]*\b(?:days?|weeks?|weekends?|months?|quarters?|years?|"
                                r"seasons?|(?:19|20)\d\d)\b(?:[ \u00a0]+(?:earlier|before|ago))?"
                                r"[ \u00a0]*[,;]")


# an earlier one of a name, set against after "than": "the first Wolverine film", "the
# previous Mission: Impossible", "its predecessor"
_PREDECESSOR = re.compile(r"[ \u00a0]*(?:(?:the|its|their)[ \u00a0]+(?:first|second|third|previous|"
                          r"last|original|earlier|prior|preceding)[ \u00a0]+[A-Z]|(?:its|their)"
                          r"[ \u00a0]+predecessors?\b)")


# a verb that moves the figure after it: "fell to 19.5% and 34 seats", "rose to 1,200"
_MOVED_TO = re.compile(r"\b(?:fell|rose|dropped|slipped|climbed|increased|decreased|declined|"
                       r"grew|jumped|plunged|slumped|surged|shrank|edged\s+(?:up|down))"
                       r"\s+(?:[a-z]+\s+){0,2}?to\b[^;]*$")


# between the year set against and its figure: a bracket, or a "when" clause that gives it
_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d(?:[/\u2013-]\d{2,4})?")
_YEAR_THEN_FIGURE = re.compile(r"[^\d.;!?]{0,4}\(\s*$|[^\d.;!?]*?,\s+when\b[^\d.;!?]{0,80}$")


def _year_figure_after(low: str, drafts: list[dict[str, Any]], later: int | None, y: int,
                       fits: Any, year_at: int, d_sentence: Any) -> bool:
    """Whether the next figure is the value of the year an amount is set against, written
    after it: "51% more than in 2010/11 (30,620)", "... than in 2010/11, when data were first
    collected and the count was 30,620". Its own period must be that year."""
    if later is None or not fits(later) or drafts[later]["sentence"] != d_sentence:
        return False
    per = drafts[later].get("period")
    if per is None or not per[0].year <= y <= per[1].year:
        return False
    year = _YEAR_TOKEN.match(low, year_at)
    return year is not None and _YEAR_THEN_FIGURE.match(
        low, year.end(), drafts[later]["start"]) is not None


def _near_or_measured(text: str, drafts: list[dict[str, Any]], j: int, to: int) -> bool:
    """Whether figure ``j`` may be the earlier value, found by its year alone, of a change
    whose new value is ``to``: when neither says what it counts ("€156.1 billion, 27.9% more
    than in 2021" three paragraphs after "a trade surplus of ... €175.3 billion in 2021"),
    only a figure of its own or the previous paragraph is; a figure further up may be of
    anything that year and is no reading of the change."""
    if drafts[j].get("measure") is not None or drafts[to].get("measure") is not None:
        return True
    lo, hi = sorted((drafts[j]["end"], drafts[to]["start"]))
    return text.count("\n\n", lo, hi) <= 1


_BY_AMOUNT = re.compile(r"\bby\s+(?:(?:about|around|nearly|almost|some|just|roughly|more\s+than|"
                        r"over)\s+)?$")
# ("had beaten" is active; "was beaten by" is the passive _BEATEN_PASSIVE_BY reads)
_BEAT = re.compile(r"\b(?:beat|beats|(?<!was )(?<!were )(?<!been )(?<!be )(?<!is )beaten|beating|"
                   r"topped|topping|tops|top|exceeded|exceeding|exceeds|"
                   r"surpassed|surpassing|surpasses|eclipsed|eclipsing|broke|breaking|outpaced|"
                   # "The figure passes the previous high of 81,040 ... by 95"
                   r"passed|passes|passing|overtook|overtakes|overtaking)\b")


def _beaten_by(low: str, drafts: list[dict[str, Any]], idxs: list[int],
               prev: list[int]) -> None:
    """"screened 2,951,163 people ..., beating the previous record of 2,907,378, set on the
    Sunday after Thanksgiving, by 43,785": the amount after "by" is the gap between the figure
    before the verb and the one it beat ("difference", as "won by 16 points"); "It beat the
    previous record of $1.586 billion ... by $454 million": the figure before the verb is the
    one level of its unit in the sentence before (``prev``)."""
    # a bracketed conversion ("38.7C (101.7F)") restates the figure before it: no level of its own
    idxs = _without_conversions(low, drafts, idxs)
    prev = _without_conversions(low, drafts, prev)
    subject = _beaten_subject(low, drafts, idxs, prev)
    for p in range(1 if subject is not None else 2, len(idxs)):
        ia = idxs[p - 2] if p >= 2 else subject
        if p >= 2 and drafts[ia]["unit"] != drafts[idxs[p - 1]]["unit"]:
            # ("took $168.6 million over its first three days, ..., beating the $158.4 million
            # of The Dark Knight by $10.2 million": past a figure of another unit, everyday83)
            ia = next((j for j in reversed(idxs[:p - 2])
                       if drafts[j]["unit"] == drafts[idxs[p - 1]]["unit"]), ia)
        d, b, a = drafts[idxs[p]], drafts[idxs[p - 1]], drafts[ia]
        if d.get("role") is not None or not d["value"] or \
                not _BY_AMOUNT.search(low, max(b["end"], d["start"] - 20), d["start"]) or \
                not (a["unit"] == b["unit"] == d["unit"]) or a["value"] is None or \
                b["value"] is None or \
                (a.get("role") is not None and not (ia == subject and a.get("role") == "compared")) or \
                b.get("role") not in (None, "compared") or \
                not _BEAT.search(low, a["end"], b["start"]):
            continue
        hi, lo = (ia, idxs[p - 1]) if a["value"] >= b["value"] else (idxs[p - 1], ia)
        d["extra"].append(("difference", {"of": hi, "minus": lo}))
        d["role"] = "difference"
        d["measure"] = a.get("measure") or d.get("measure")
        b["role"] = b.get("role") or "compared"


# the opening of a sentence that beats a figure by an amount written first: "The new figure
# beats by 95 the previous high of 81,040", "It topped by $454 million the record of"
_BEATEN_FIRST_BY = re.compile(r"\W*(?:it|this|that|the(?:[ \u00a0]+[a-z]+){1,2})[ \u00a0]+"
                              r"(?:had[ \u00a0]+|has[ \u00a0]+)?(?:beat|beats|topped|tops|exceeded|"
                              r"exceeds|surpassed|surpasses|eclipsed|eclipses|broke|breaks)[ \u00a0]+"
                              r"by[ \u00a0]+(?:(?:about|around|nearly|almost|some|just|roughly)"
                              r"[ \u00a0]+)?$")
# ... and the words between the amount and the figure it beat: " the previous high of "
_BEATEN_AFTER_AMOUNT = re.compile(r"[ \u00a0]+(?:the|its|their)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,3}?"
                                  r"(?:of|at)[ \u00a0]+$")


def _beaten_first_by(low: str, drafts: list[dict[str, Any]], idxs: list[int],
                     prev: list[int]) -> None:
    """"The prison population has reached a record 81,135. The new figure beats by 95 the
    previous high of 81,040": the amount written right after "beats by", before the figure it
    beat, is the gap between that figure and the one level of its unit in the sentence before
    (a "difference", as in ``_beaten_by``)."""
    if len(idxs) < 2 or not prev:
        return
    d, b = drafts[idxs[0]], drafts[idxs[1]]
    if d.get("role") is not None or not d["value"] or b["value"] is None or \
            b.get("role") not in (None, "compared") or d["unit"] != b["unit"] or \
            not _BEATEN_FIRST_BY.fullmatch(low, d["sentence"][0], d["start"]) or \
            not _BEATEN_AFTER_AMOUNT.fullmatch(low, d["end"], b["start"]):
        return
    levels = [j for j in _without_conversions(low, drafts, prev)
              if drafts[j]["unit"] == b["unit"] and _free(drafts[j]) and drafts[j]["value"] and
              drafts[j].get("role") not in ("portion", "part")]
    if len(levels) != 1:
        return
    a = levels[0]
    hi, lo = (a, idxs[1]) if drafts[a]["value"] >= b["value"] else (idxs[1], a)
    d["extra"].append(("difference", {"of": hi, "minus": lo}))
    d["role"] = "difference"
    d["measure"] = drafts[a].get("measure") or d.get("measure")
    b["role"] = b.get("role") or "compared"


# "so the record was beaten by 0.12C", "the old mark has been broken by 95": a record said
# beaten, in the passive, by the amount that follows
_BEATEN_PASSIVE_BY = re.compile(r"\b(?:record|mark|high|best|it)[ \u00a0]+(?:was|has[ \u00a0]+been|"
                                r"had[ \u00a0]+been)[ \u00a0]+(?:beaten|broken|exceeded|surpassed|"
                                r"topped|eclipsed)[ \u00a0]+by[ \u00a0]+(?:(?:about|around|nearly|"
                                r"almost|some|just|roughly)[ \u00a0]+)?$")


def _beaten_passive_by(low: str, drafts: list[dict[str, Any]], idxs: list[int],
                       prev: list[int]) -> None:
    """"February averaged 13.54C. The previous warmest February, in 2016, averaged 13.42C, so
    the record was beaten by 0.12C": the amount after a record said beaten (in the passive)
    is the gap between the old record, the one level of its unit before the amount in its
    sentence, and the new one, the one level of that unit and measure in the sentence
    before (a "difference", as in ``_beaten_by``); more than one candidate on either side
    leaves it unread."""
    for p, i in enumerate(idxs):
        d = drafts[i]
        if d.get("role") is not None or not d["value"] or \
                not _BEATEN_PASSIVE_BY.search(low, max(d["sentence"][0], d["start"] - 40),
                                              d["start"]):
            continue
        olds = [j for j in _without_conversions(low, drafts, idxs[:p])
                if drafts[j]["unit"] == d["unit"] and _free(drafts[j]) and drafts[j]["value"]]
        if len(olds) != 1:
            continue
        b = drafts[olds[0]]
        news = [j for j in _without_conversions(low, drafts, prev)
                if drafts[j]["unit"] == d["unit"] and _free(drafts[j]) and drafts[j]["value"]
                and drafts[j].get("measure") == b.get("measure")]
        if len(news) != 1:
            continue
        a = news[0]
        hi, lo = (a, olds[0]) if drafts[a]["value"] >= b["value"] else (olds[0], a)
        d["extra"].append(("difference", {"of": hi, "minus": lo}))
        d["role"] = "difference"
        d["measure"] = b.get("measure") or d.get("measure")
        b["role"] = b.get("role") or "compared"


def _without_conversions(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> list[int]:
    """``idxs`` less the figures written in brackets right after another one ("40.3C
    (104.5F)")."""
    return [j for n, j in enumerate(idxs)
            if not (n and low.startswith("(", drafts[j]["start"] - 1) and
                    not low[drafts[idxs[n - 1]]["end"]:drafts[j]["start"] - 1].strip())]


# a sentence that opens on what the story spoke of, then beats a figure: "It beat", "The
# jackpot topped"
# ("The 2020 total had itself beaten": a year may name which figure of the story it is)
_BEATEN_OPEN = re.compile(r"\W*(?:it|this|that|the(?:[ \u00a0]+(?:19|20)\d\d)?[ \u00a0]+[a-z]+)"
                          r"[ \u00a0]+(?:(?:had|has)[ \u00a0]+(?:(?:itself|also|already)[ \u00a0]+)?)?$")


# a sentence that gives parts of the figure before it: "Of that total, 80,803 were in
# prisons and 332 in police cells", "Among them, ..."
_PARTS_OF_BEFORE = re.compile(r"\W*(?:of|among)[ \u00a0]+(?:those|these|them|that|this)\b")


def _beaten_before(low: str, drafts: list[dict[str, Any]], by_sent: list[list[int]],
                   k: int) -> list[int]:
    """The sentence whose level a sentence opening "The figure passes ..." beats: the one
    before it, or the one before that when the sentence between only splits that level into
    parts ("... reached a record 81,135. Of that total, 80,803 were in prisons and 332 in
    police cells. The figure passes the previous high of 81,040 by 95"), across one paragraph
    break at most."""
    prev = by_sent[k - 1] if k else []
    if k < 2 or not prev or not by_sent[k - 2] or not by_sent[k]:
        return prev
    first = drafts[prev[0]]
    if not _PARTS_OF_BEFORE.match(low, first["sentence"][0], first["start"]) or \
            low.count("\n\n", drafts[by_sent[k - 2][-1]]["end"], drafts[by_sent[k][0]]["start"]) > 1:
        return prev
    return by_sent[k - 2]


def _beaten_subject(low: str, drafts: list[dict[str, Any]], idxs: list[int],
                    prev: list[int]) -> int | None:
    """The figure of the sentence before that a sentence opening "It beat <figure>" speaks of:
    the one level there of that figure's unit (None when there is none or more than one)."""
    if not idxs or not prev:
        return None
    b = drafts[idxs[0]]
    verb = _BEAT.search(low, b["sentence"][0], b["start"])
    if verb is None or not _BEATEN_OPEN.fullmatch(low, b["sentence"][0], verb.start()):
        return None
    # (not an amount something beat another by: "That beats the record of 626 hours by four
    # hours")
    # (nor a level of its own that another beat: "That beats the previous record of 626
    # hours, set in 2020. The 2020 total had itself beaten ..." speaks of the 626 when the
    # sentence before gives no other)
    levels = [j for j in prev if drafts[j]["unit"] == b["unit"] and
              drafts[j].get("role") not in ("portion", "part") and drafts[j]["value"] and
              not _BY_AMOUNT.search(low, max(drafts[j]["sentence"][0], drafts[j]["start"] - 30),
                                    drafts[j]["start"])]
    levels = [j for j in levels if _free(drafts[j])] or \
        [j for j in levels if drafts[j].get("role") == "compared"]
    if len(levels) > 1:
        # a threshold ("gone above 40C") beside a level ("40.3C") is no level of its own
        levels = [j for j in levels if not drafts[j].get("qualifier")]
    return levels[0] if len(levels) == 1 else None


# a second amount joined to a first that opened on "That was" ("..., but £2.7bn below")
_SECOND_AMOUNT = re.compile(r"(?:[ \u00a0]+[a-z][\w’'-]*){0,8}[ \u00a0]*[,;]?[ \u00a0]*"
                            r"(?:but|and|while|yet)[ \u00a0]+"
                            r"(?:(?:about|around|nearly|almost|roughly|some|just)[ \u00a0]+)?")
# (a forecast restated under its noun points back the same way: "The EU cut its harvest
# forecast to 117.2 million tonnes. The crop would be 10% smaller than last year's ...")
# a sentence that opens on "the total": it names the one level of the sentence before
_THE_TOTAL_OPENS = re.compile(r"\s*the\s+total\b")
_THAT_WAS = re.compile(r"\s*(?:(?:that|this|it|which|the\s+(?:outturn|figure|result|total))\s+"
                       r"(?:was|is|were|are|represents?|"
                       r"represented|marks?|marked|(?:leaves|left|puts|put)(?:\s+(?:the|its|"
                       r"their))?(?:\s+[a-z][\w’'-]*){1,2}?)|the\s+(?:[a-z][\w-]*\s+){1,2}?(?:would|will|"
                       r"could|may|might)\s+be)\s+(?:(?:still|only|now|also)\s+)?"
                       r"(?:(?:about|around|nearly|almost|roughly|some|just|more\s+than|over)\s+)?$")
# a sentence that says more of the subject of the one before by a pronoun, with no figure
# before the amount: "It was the only one of the five biggest vendors to ship fewer phones
# than a year before: 2.3% fewer than ..."
_IT_DID = re.compile(r"\s*(?:it|they)\s+(?:was|were|is|are|has|had|have)\b[^.;!?\d]*?"
                     r"(?::|,)\s*(?:(?:about|around|nearly|almost|roughly|some|just)\s+)?$")
_YEAR_NAMED = re.compile(r"\b(?:19|20)\d\d\b")
_PERIOD_WORD = re.compile(r"\b(day|week|month|quarter|year|season)\b")


def _compared_for_period(low: str, drafts: list[dict[str, Any]], before: list[int], to: int,
                         unit: str, at: int) -> int | None:
    """"25,000 more than the week before": the value the figure (or the figure it restates,
    of one value and measure) was compared with earlier in the story ("53,000 ... a week
    earlier"), when the words after that value, up to the amount, name the same kind of
    period ("a year earlier" is not "the previous quarter")."""
    t = drafts[to]
    word = re.compile(r"\b" + unit + r"\b")
    for j in reversed(before):
        x = drafts[j]
        dirn = next((v for k, v in x["extra"] if k == "direction"), None)
        if x.get("role") != "compared" or dirn is None:
            continue
        y = drafts[dirn["to"]]
        if y["value"] != t["value"] or y.get("measure") != t.get("measure"):
            continue
        if word.search(low, x["end"], min(x["sentence"][1], at)):
            return j
    return None


# "73% of the county's 24,000", "about 0.2% of the nearly 4.8 million": a share and the whole
# it is taken of, a few words apart (no figure, no clause break between them)
_SHARE_OF = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+|its[ \u00a0]+|their[ \u00a0]+|all[ \u00a0]+)?"
                       r"(?:[a-z][\w’'-]*[ \u00a0]+){0,3}?"
                       r"(?:(?:about|around|nearly|almost|roughly|some|just|over)[ \u00a0]+)?$")
# a number that opens a hyphened modifier counts what the modifier names, no part of a share
# of another whole: "36.2% of the 6,324 cast" in "Thursday's two-seat by-election" (but "a
# 4,000-strong crowd" counts the crowd)
_HYPHENED_MODIFIER = re.compile(r"-(?!strong\b|odd\b|plus\b)[a-z]+[ \u00a0]+[a-z]")
# what a level of the part may be (not a compared, expected or changed value)
_PART_ROLES = (None, "total", "item")


# a finite verb after a share's whole: the share is the subject of a clause of its own
_OWN_CLAUSE_AFTER = re.compile(r"(?:[ \u00a0]+(?!who\b|which\b|that\b)[a-z-]+){0,3}?"
                               # (not a contact clause with a pronoun of its own: "of the
                               # 1,090,010 troops it has lost since February 2022" is the whole)
                               r"(?<!\bit)(?<!\bthey)(?<!\bwe)(?<!\bhe)(?<!\bshe)(?<!\byou)"
                               r"[ \u00a0]+(?:have|has|had|were|was|are|is)\b")


def _change_part(low: str, drafts: list[dict[str, Any]], idxs: list[int], p: int,
                 db: dict[str, Any]) -> int | None:
    """The amount of change right before the share ``p`` (a comma, "or" and a qualifier
    between), in the whole's unit and smaller: "together grew by almost 933,600, 39.5% of the
    roughly 2.4 million added" is the part of a total change, no earlier count's share."""
    if p == 0:
        return None
    d = drafts[idxs[p - 1]]
    change = next((v for k, v in d["extra"] if k == "change"), None)
    if d.get("role") != "change" or change is None or change.get("kind") != "absolute" or \
            d["unit"] != db["unit"] or not d["value"] or d["value"] >= db["value"] or \
            not _OR_SHARE.fullmatch(low, d["end"], drafts[idxs[p]]["start"]):
        return None
    return p - 1


def _share_of_whole(low: str, drafts: list[dict[str, Any]], idxs: list[int],
                    prev: list[int] = ()) -> None:
    """A count and, after it in its sentence, its share of a whole written as "X% of B": "A
    total of 17,524 voters cast ballots, 73% of the county's 24,000 registered voters",
    "handled 79.2 million passengers ... and 98% of the 80.9 million it handled in 2019",
    "by 10,704 votes, about 0.2% of the nearly 4.8 million cast", "about 225,000 a day ...,
    two-fifths of the roughly 560,000 a day it carried in 2019". The count is the nearest
    level figure before the share in B's unit and smaller than B (a compared or expected
    value is skipped); ("ratio", {"of": A, "per": B}) on the share, B a whole. A share "of
    pre-pandemic levels" is of the level the sentence gives next out of the value it is
    compared with (``_share_of_level``). A share opening its sentence after "That is" ("That
    is less than half of the record 68.3 million it handled in 2019") is of the count the
    sentence before leads with (``_that_is_part``)."""
    for p, x in enumerate(idxs):
        dx = drafts[x]
        # (a fraction is read as the part of the whole after it: "two-fifths of the roughly
        # 560,000"; a share "of the 2019 level" may end its sentence, the year being a date)
        lm = _OF_LEVELS.match(low, dx["end"])
        if lm is not None and p + 1 < len(idxs) and drafts[idxs[p + 1]]["start"] < lm.end() and \
                drafts[idxs[p + 1]]["unit"]:
            lm = None   # ("137% of the 95mm average": the average's figure is the whole)
        if dx.get("role") is None and lm is not None and dx["unit"] == "percent" and \
                _is_share(low, dx) and not any(k == "ratio" for k, _ in dx["extra"]):
            if not _share_of_level(drafts, idxs, p):
                _share_of_years_level(low, drafts, idxs, p, lm)
            continue
        if p + 1 == len(idxs):
            break
        b = idxs[p + 1]
        db = drafts[b]
        if not (dx.get("role") is None or (dx.get("role") == "of_whole" and
                                           dx.get("group") == b)) or \
                db["unit"] == "percent" or not db["value"] or not _is_share(low, dx) or \
                any(k == "ratio" for k, _ in dx["extra"]) or \
                not _SHARE_OF.fullmatch(low, dx["end"], db["start"]) or \
                db.get("role") not in (None, "whole") or _AGE_GROUP.match(low, db["end"]):
            # ("85.5% of five-year-olds": an age names the group, it counts nobody)
            continue
        q = _change_part(low, drafts, idxs, p, db)
        q = q if q is not None else next(
                 (q for q in range(p - 1, max(-1, p - 1 - RELATIVE_WINDOW), -1)
                  if drafts[idxs[q]]["unit"] == db["unit"] and
                  not _AGE_GROUP.match(low, drafts[idxs[q]]["end"]) and
                  not _HYPHENED_MODIFIER.match(low, drafts[idxs[q]]["end"]) and
                  drafts[idxs[q]].get("role") in _PART_ROLES and drafts[idxs[q]]["value"] and
                  not _proportion(drafts[idxs[q]]) and
                  (drafts[idxs[q]]["value"] < db["value"]) == (dx["value"] <= 100)), None)
        # (a share over 100% is of a larger count: "July brought 130mm, 137% of the 95mm
        # average")
        if q is None:
            part = _that_is_part(low, drafts, prev, dx, db)
            if part is not None:
                dx["extra"].append(("ratio", {"of": part, "per": b}))
                db["role"] = "whole"
            continue
        if _named_whole(low, drafts, idxs, q) or _OWN_CLAUSE_AFTER.match(low, db["end"]):
            # ("Eight have died ..., and about a quarter of the more than 1,000 reported cases
            # have needed hospital treatment": the share opens a clause of its own, its part
            # unwritten; the deaths are no part of the cases)
            continue
        part = idxs[q]
        if _SUBJECT_THEN_SHARE.search(low, drafts[part]["end"], dx["start"]):
            # "England normally gets 68mm in September, and the downpour was about two-thirds
            # of the October average of 90mm": the share's clause names its own part
            continue
        dx["extra"].append(("ratio", {"of": part, "per": b}))
        db["role"] = "whole"


def shares_after_their_parts(low: str, drafts: list[dict[str, Any]],
                             sents: list[list[int]]) -> None:
    """A proportion in words set after a count that is a portion of a whole ("About 4.5 million
    people were affected, some 500,000 of whom were sheltering in evacuation centres, roughly
    one in nine"; "Drug offences accounted for 1,501,043 of them, more than one in eight"),
    naming no whole of its own: ("ratio", {"of": the count, "per": its whole}) on it. The
    count must say it is of the whole ("of whom", "of them"; relations has made it a portion
    by then) and the proportion stand right after its clause, after a comma."""
    for idxs in sents:
        _share_after_its_part(low, drafts, idxs)


def _share_after_its_part(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    for p, x in enumerate(idxs):
        dx = drafts[x]
        if dx.get("role") not in (None, "portion") or dx["unit"] or not dx["value"] or \
                not 0 < dx["value"] < 1 or any(k == "ratio" for k, _ in dx["extra"]) or \
                not (fraction_words().search(low, dx["start"], dx["end"]) or
                     _ONE_IN_WORDS.search(low, dx["start"], dx["end"])) or \
                _OF_AFTER_SHARE.match(low, dx["end"]):
            continue    # ("a quarter of the national toll": a whole of its own words)
        part = next((idxs[q] for q in range(p - 1, -1, -1)
                     if drafts[idxs[q]]["start"] < dx["start"] and
                     drafts[idxs[q]]["end"] <= dx["start"]), None)
        if part is None:
            continue
        c = drafts[part]
        whole = c.get("group")
        if c.get("role") != "portion" or c["unit"] or not c["value"] or \
                not isinstance(whole, int) or isinstance(whole, bool) or \
                not drafts[whole]["value"] or drafts[whole]["value"] <= c["value"] or \
                not _OF_THEM_THEN_SHARE.fullmatch(low, c["end"], dx["start"]):
            continue
        dx["extra"].append(("ratio", {"of": part, "per": whole}))


# "one in nine", "three out of 10": a proportion written as two counts
_ONE_IN_WORDS = re.compile(r"\b(?:one|two|three|four|five|\d+)[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+"
                           r"(?:every[ \u00a0]+)?")
# "of" right after a share: the share names its whole itself
_OF_AFTER_SHARE = re.compile(r"[ \u00a0]+of\b")
# a count's clause that makes it a portion of the whole before ("of whom were sheltering in
# evacuation centres", "of them"), then the comma before its proportion
_OF_THEM_THEN_SHARE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:whom|them|those|these|which)\b[^.;:!?\d]{0,80}?"
                                 r",[ \u00a0]*")


def _that_is_part(low: str, drafts: list[dict[str, Any]], prev: list[int], dx: dict[str, Any],
                  db: dict[str, Any]) -> int | None:
    """The count a share opening its sentence with "That is" / "This was" is of ("Changi
    handled 31.9 million international passengers in 2022. That is less than half of the
    record 68.3 million it handled in 2019"): the first level of the sentence right before, of
    the whole's unit and smaller than it, when the two sentences are adjacent."""
    if not prev or not _THAT_IS.fullmatch(low, dx["sentence"][0], dx["start"]):
        return None
    if low[drafts[prev[-1]]["end"]:dx["sentence"][0]].count("\n\n"):
        return None     # (a new paragraph points back at nothing of the one before)
    levels = [j for j in prev if drafts[j]["unit"] == db["unit"] and drafts[j]["value"] and
              drafts[j].get("role") in _PART_ROLES]
    # (the one level of the sentence before, even when not smaller: "... to 460,740. That puts
    # its population at 79.2% of the 455,188" is that level's share, wrong)
    return next((j for j in levels if drafts[j]["value"] < db["value"]),
                levels[0] if len(levels) == 1 else None)


# a sentence that opens on a pronoun for the figure before and its verb, then the share: "That
# is less than half of", "This was about a third of"
# ("That puts its population at 79.2% of the 455,188": the level put at a share of a whole)
_THAT_IS = re.compile(r"\W*(?:that|this|it)(?:[’']s|[ \u00a0]+(?:is|was|represents|represented)|"
                      r"[ \u00a0]+(?:puts|put|leaves|left|brings|brought|takes|took)[ \u00a0]+"
                      r"(?:it|them|(?:its|their|the)(?:[ \u00a0]+[a-z][\w-]*){1,2}?)[ \u00a0]+(?:at|to))[ \u00a0]+"
                      r"(?:(?:about|around|roughly|nearly|almost|just|only|some|less[ \u00a0]+than|"
                      r"more[ \u00a0]+than|under|over|well[ \u00a0]+(?:under|over))[ \u00a0]+)?", re.I)


# a clause of another subject between a count and the share after it: ", and the downpour was"
_SUBJECT_THEN_SHARE = re.compile(r",[ \u00a0]+(?:and|but|while|whereas)[ \u00a0]+(?:the|its|their|this|"
                                 r"that)[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){1,2}?(?:was|were|is|are)"
                                 r"[ \u00a0]+(?:(?:about|around|roughly|nearly|almost|some|just|"
                                 r"more[ \u00a0]+than|over|under)[ \u00a0]+)?$")


def _named_whole(low: str, drafts: list[dict[str, Any]], idxs: list[int], q: int) -> bool:
    """Whether the count at ``idxs[q]`` is itself the whole of the share written just before it:
    in "1.4% of the 15,363 boys and 2.1% of the 18,012 girls" the boys are the first share's
    whole, no part of the girls."""
    if q == 0:
        return False
    dp = drafts[idxs[q - 1]]
    return dp["unit"] == "percent" and \
        _SHARE_OF.fullmatch(low, dp["end"], drafts[idxs[q]]["start"]) is not None


# the rest of an age that names a group ("five-year-olds", "two-year-old children"): the figure
# before it is no count of anything
_AGE_GROUP = re.compile(r"[-\u2010\u2011 ]olds?\b")


# the words between a count and its share of a whole named after the share: "357, or 69% of
# cases", "655,339 cases (54% of the world's total)", "655,339 cases, 54% of the total"
_SHARE_AFTER = re.compile(r"(?:[ \u00a0]+[a-z][\w-]*){0,2}[ \u00a0]*(?:,[ \u00a0]*or|\(|,)[ \u00a0]*"
                          r"(?:(?P<equal>equal|equivalent)[ \u00a0]+to[ \u00a0]+)?"
                          r"(?:(?:about|some|nearly|almost|around|roughly)[ \u00a0]+)?")


# ... or a verb that makes the share the count's: "their £221 million wage bill was 60% of it",
# "Wages of £208 million took 57% of it"
_SHARE_VERB = re.compile(r"(?:[ \u00a0]+[a-z][\w’'-]*){0,3}?[ \u00a0]+(?:was|were|is|are|took|takes|"
                         r"made[ \u00a0]+up|makes[ \u00a0]+up|represented|represents|accounted"
                         r"[ \u00a0]+for|accounts[ \u00a0]+for|amounted[ \u00a0]+to|equalled)"
                         r"[ \u00a0]+(?:(?:about|some|nearly|almost|around|roughly)[ \u00a0]+)?")
# "of it" after such a verb: the whole is the figure before the count ("turnover of £368 million
# ... their £221 million wage bill was 60% of it")
_OF_IT_AFTER_VERB = re.compile(r"[ \u00a0]+of[ \u00a0]+it\b")


def _share_gap(low: str, da: dict[str, Any], d: dict[str, Any]) -> bool:
    """Whether share ``d`` is said right after count ``da`` (", or 69%", "(54%", ", 54%"), or
    by a verb that makes it the count's ("was 60% of it")."""
    if _SHARE_AFTER.fullmatch(low, da["end"], d["start"]):
        return d["start"] - da["end"] <= 20
    return d["start"] - da["end"] <= 40 and \
        _SHARE_VERB.fullmatch(low, da["end"], d["start"]) is not None


def _share_of_named_whole(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    """"Hospitalisations rose to 357, or 69% of cases" after "... has grown to 516 cases": a
    share right after a count (", or X%") of a noun and no figure is the count out of the
    latest larger earlier figure of that count's unit whose own words name the noun ("516
    cases"), within RELATIVE_WINDOW figures, in its paragraph or the one before.""" 
    for p in range(1, len(idxs)):
        n, a = idxs[p], idxs[p - 1]
        d, da = drafts[n], drafts[a]
        if d["unit"] != "percent" or d.get("role") is not None or da["unit"] == "percent" or \
                not da["value"] or da.get("role") not in _PART_ROLES or \
                any(k == "ratio" for k, _ in d["extra"]) or not _is_share(low, d) or \
                not _share_gap(low, da, d) or \
                _OF_WHAT.match(low, d["end"]) is None or _OF_LEVELS.match(low, d["end"]) or \
                (_OF_THEM.match(low, d["end"]) and
                 not _OR_BEFORE.search(low, da["end"], d["start"]) and
                 not _OF_IT_AFTER_VERB.match(low, d["end"])):
            continue
        # ("of the total and 35.6% more" is no share of the figure after it)
        # ("4.45 million patients, or 58.3% of them": of the whole the count is part of, named
        # by no noun, as "of the total")
        bare = _BARE_TOTAL.match(low, d["end"]) is not None or \
            _OF_THEM.match(low, d["end"]) is not None
        if not bare and p + 1 < len(idxs) and \
                _SHARE_OF.fullmatch(low, d["end"], drafts[idxs[p + 1]]["start"]):
            continue
        said = _SHARE_AFTER.fullmatch(low, da["end"], d["start"])
        after = da["start"]     # (each gap is read once: linear in the window)
        breaks = 0
        found: list[int] = []
        for j in range(a - 1, max(-1, a - 1 - RELATIVE_WINDOW), -1):
            w = drafts[j]
            # (within its paragraph and the one before)
            breaks += low.find("\n\n", w["end"], after) >= 0
            if breaks > 1:
                break
            after = w["start"]
            if w["unit"] == da["unit"] and w.get("role") in _PART_ROLES and w["value"] and \
                    w["value"] > da["value"] and (bare or _same_whole(low, d, w)) and \
                    not _anothers_own(low, d, da, w) and not record_beaten(low, w) and (
                        said or (da["unit"] or da.get("measure")) and (
                            da["unit"] or da.get("measure") == w.get("measure"))):
                # (a share said by a verb is the count's only when the count is of the
                # whole's kind: money of money, "£221 million wage bill was 60% of it"; never
                # "Three health board areas accounted for 59% of the deaths")
                found.append(j)
                if not bare or _OF_IT_AFTER_VERB.match(low, d["end"]):
                    break   # ("was 60% of it": the nearest larger figure is what "it" names)
        # a bare "of the total" names no noun: the whole is the one larger earlier figure of
        # the count's unit ("handled 53.74 million tonnes ... Export cargo came to 28.38
        # million tonnes, 52.8% of the total"); with several, each is a reading, and none is
        # taken. The total of a share "of the total" before it in its paragraph is its total
        # too; with none near, one further up (_far_total).
        if bare:
            found = _sibling_total(low, drafts, a) or found or _far_total(low, drafts, a)
        if len(found) == 1:
            d["extra"].append(("ratio", {"of": a, "per": found[0]}))
            # ("wages of £104.7 million, equal to 61% of income" set against it: no part of it)
            equal = said.group("equal") if said is not None else None
            # (a count too when of the whole's measure or of a whole no noun names: "Some 4.45
            # million patients, or 58.3% of them": a part of the list, no restatement of it)
            if da.get("role") is None and da["unit"] != "percent" and not equal and (
                    da["unit"] or bare or
                    (da.get("measure") and da.get("measure") == drafts[found[0]].get("measure"))):
                # "The data centre business brought in $14.5 billion, or 61% of revenue":
                # a part of the revenue, no restatement of it
                da["role"], da["group"] = "portion", found[0]


def _sibling_total(low: str, drafts: list[dict[str, Any]], a: int) -> list[int]:
    """The whole of the nearest share "of the total" before count ``a`` in its paragraph, when
    that share was read as out of one whole of ``a``'s unit ("Car sales brought in $82.4
    billion, 85% of the total. The energy business contributed $6.0 billion, about 6% of the
    total": both of the revenue said two paragraphs up): one paragraph's shares of "the
    total" are of one total (everyday60)."""
    da = drafts[a]
    for j in range(a - 1, max(-1, a - 1 - RELATIVE_WINDOW), -1):
        x = drafts[j]
        if low.find("\n\n", x["end"], da["start"]) >= 0:
            return []
        if x["unit"] == "percent" and _BARE_TOTAL.match(low, x["end"]):
            per = next((v["per"] for k, v in x["extra"] if k == "ratio"), None)
            return [per] if per is not None and drafts[per]["unit"] == da["unit"] and \
                drafts[per]["value"] > da["value"] else []
    return []


_FAR_BREAKS = 3     # paragraph breaks a bare total may stand back (two paragraphs between)


def _far_total(low: str, drafts: list[dict[str, Any]], a: int) -> list[int]:
    """The whole of count ``a`` said with a share "of the total" when no larger figure of its
    unit stands in its paragraph or the one before: the one larger level further up (up to
    ``_FAR_BREAKS`` paragraph breaks back) of ``a``'s measure, subject and unit ("Revenue rose
    19% to $96.8 billion ... [a paragraph of deliveries] ... Car sales brought in $82.4
    billion, 85% of the total"), never a compared value; [] when ``a`` names no measure or
    several figures could be the total. The total is of ``a``'s owner, or ``a``'s subject is
    a label of its measure's noun that no figure before it carries ("Ancillary revenue grew
    11% to €886 million, 21% of the total": the airline's revenue; never "The Conservatives
    took ... 121 seats, 19% of the total" against Labour's 411) (everyday60)."""
    da = drafts[a]
    if not da["value"]:
        return []
    if not da.get("measure"):
        return _far_plain_total(low, drafts, a)
    owner = str(da.get("subject") or "").split(" / ")[0]
    # (a label of the measure's noun, "Ancillary revenue", not another owner, "The
    # Conservatives took ... 121 seats")
    own_label = bool(owner) and re.search(
        r"\b" + re.escape(owner.replace("_", " ")) + r"[ \u00a0]+" +
        re.escape(str(da["measure"]).split()[-1]), low[da["sentence"][0]:da["start"]]) is not None \
        and all(str(x.get("subject") or "").split(" / ")[0] != owner
                for x in drafts[:a] if x["sentence"] != da["sentence"])
    found: list[int] = []
    for j in range(a - 1, max(-1, a - 1 - RELATIVE_WINDOW), -1):
        w = drafts[j]
        if low.count("\n\n", w["end"], da["start"]) > _FAR_BREAKS:
            break
        if w["unit"] == da["unit"] and w.get("role") in (None, "total") and w["value"] and \
                w["value"] > da["value"] and w.get("measure") == da["measure"] and (
                    own_label or str(w.get("subject") or "").split(" / ")[0] == owner):
            found.append(j)
    return found if len(found) == 1 else []


def _far_plain_total(low: str, drafts: list[dict[str, Any]], a: int) -> list[int]:
    """The whole of count ``a``, which names no measure, said with a share "of the total" two
    paragraphs or more below it ("Japan's population fell ... to 124,885,175. [a paragraph]
    Foreign residents rose by 329,535 to 3,323,374, about 2.7% of the total"): the one figure
    of ``a``'s unit larger than it up to ``_FAR_BREAKS`` paragraph breaks back (changes and
    compared values aside), when it is a level; [] when there are several (an item or a part
    larger than ``a`` is a reading too) (everyday99)."""
    da = drafts[a]
    found: list[int] = []
    for j in range(a - 1, max(-1, a - 1 - RELATIVE_WINDOW), -1):
        w = drafts[j]
        if low.count("\n\n", w["end"], da["start"]) > _FAR_BREAKS:
            break
        if w["unit"] == da["unit"] and w.get("role") not in ("change", "compared") and \
                w["value"] and w["value"] > da["value"]:
            found.append(j)     # (an item or a part larger than it is a reading too)
    return found if len(found) == 1 and drafts[found[0]].get("role") in (None, "total") else []


# a share of its owner's whole: "36% of its income", "of their total revenue"
_OF_OWN = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:its|their)\b")


def _anothers_own(low: str, share: dict[str, Any], count: dict[str, Any],
                  whole: dict[str, Any]) -> bool:
    """Whether ``share`` of the ``count`` before it says its whole is the count's owner's ("At
    Battersea legacy income rose 23% to £14.9m, 36% of its income") and ``whole`` is a figure
    of another owner (the RSPCA's £78.6m): then it is not that whole."""
    if not _OF_OWN.match(low, share["end"]):
        return False
    owner = str(count.get("subject") or "").split(" / ")[0]
    other = str(whole.get("subject") or "").split(" / ")[0]
    return bool(owner and other) and owner != other


# a share "of the total" (or "of the whole", "of all") with no noun of its own
_BARE_TOTAL = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?:total|whole)\b(?![ \u00a0]+"
                         r"(?!and\b|or\b|but\b|in\b|at\b|on\b|for\b|last\b|this\b)[a-z])")


_RATE_OF = re.compile(r",[ \u00a0]*(?:a|an)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}(?:rate|share|"
                      r"proportion)[ \u00a0]+of[ \u00a0]+(?:about[ \u00a0]+|nearly[ \u00a0]+|"
                      r"almost[ \u00a0]+|some[ \u00a0]+)?$")
# the rest of a whole's clause, then the share that names itself its rate: " recorded station
# stops were made on time, a rate of " (no figure, no other clause between)
_CLAUSE_THEN_RATE_OF = re.compile(r"[^.;:,\d]{0,80}" + _RATE_OF.pattern)
# the words after a whole up to the share its portion is of it: "£7.7bn of their £12.6bn total
# with local suppliers, or 61%" (no figure, no clause between)
_WHOLE_THEN_OR = re.compile(r"[^.;:,\d]{0,40},[ \u00a0]*or[ \u00a0]+(?:(?:about|nearly|almost|roughly|"
                            r"some|just[ \u00a0]+(?:over|under))[ \u00a0]+)?")
_CLAUSE_END = re.compile(r"[ \u00a0]*(?:[.;:)]|,[ \u00a0]+(?:and|but|while)\b|$)")


# a share in brackets right after a portion: "503 (71%)", "378 of them (7.4%)"
_BRACKET_SHARE = re.compile(r"[ \u00a0]*(?:of[ \u00a0]+(?:them|those|these|it)[ \u00a0]*)?\([ \u00a0]*")
_PAREN_END = re.compile(r"[ \u00a0]*\)")


def _qualified(x: dict[str, Any]) -> bool:
    """Whether a share is hedged beyond rounding ("more than 70%"): then it states no exact
    share of its portion."""
    q = (x.get("qualifier") or "").lower()
    return bool(q) and not q.startswith(("about", "around", "nearly", "almost", "roughly"))


def portion_shares(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    """"Of the 1,240 ballots cast, 38 were spoiled, or 3.1%": a share a few words after a
    portion of a whole (", or X%") is the portion out of that whole (called once the
    portions of a sentence are known)."""
    for p in range(1, len(idxs)):
        x, a = drafts[idxs[p]], drafts[idxs[p - 1]]
        whole = a.get("group")
        part = idxs[p - 1]
        if a.get("role") == "whole" and p > 1 and drafts[idxs[p - 2]].get("role") == \
                "of_whole" and drafts[idxs[p - 2]].get("group") == idxs[p - 1] and \
                (_RATE_OF.search(low, a["end"], x["start"]) or
                 _WHOLE_THEN_OR.fullmatch(low, a["end"], x["start"])):
            # "29,372 battery electric cars out of 142,633 new cars, a share of 20.6%": the
            # share after the whole is the portion's before it
            part, whole, a = idxs[p - 2], idxs[p - 1], drafts[idxs[p - 2]]
            if x["unit"] == "percent" and x.get("role") is None and drafts[whole]["value"] and \
                    not any(k == "ratio" for k, _ in x["extra"]) and \
                    (x["start"] - drafts[whole]["end"] <= 40 or
                     _CLAUSE_THEN_RATE_OF.fullmatch(low, drafts[whole]["end"], x["start"])):
                # ("52.6 million of the 69.6 million station stops were made on time, a rate
                # of 75.6%": a share that names itself a rate may close the whole's clause)
                x["extra"].append(("ratio", {"of": part, "per": whole}))
            continue
        if _count_after_share(low, drafts, idxs, p):
            continue
        if x["unit"] != "percent" or x.get("role") is not None or \
                a.get("role") not in ("portion", "of_whole") or not isinstance(whole, int) or \
                isinstance(whole, bool) or drafts[whole]["unit"] != a["unit"] or \
                not drafts[whole]["value"] or any(k == "ratio" for k, _ in x["extra"]) or \
                x["start"] - a["end"] > 40 or _is_share(low, a):
            continue    # (a proportion in words, "almost three-quarters (74%)", counts nothing)
        if _BRACKET_SHARE.fullmatch(low, a["end"], x["start"]) and \
                _PAREN_END.match(low, x["end"]) and not _qualified(x):
            # "Of the 704 cases, 503 (71%) were in people who had not been vaccinated": the
            # share in brackets right after a portion is that portion out of its whole
            x["extra"].append(("ratio", {"of": idxs[p - 1], "per": whole}))
            continue
        if \
                not (_OR_SHARE.search(low, a["end"], x["start"]) or
                     _RATE_OF.search(low, a["end"], x["start"])) or \
                not (", or" in low[a["end"]:x["start"]] or (
                    # "Of those, 410 were children, about 31%." (the share ends its clause)
                    x.get("qualifier") and low[a["end"]:x["start"]].rstrip().endswith(",") and
                    _CLAUSE_END.match(low, x["end"])) or
                    # "48 were positive, a positivity rate of 15%"
                    _RATE_OF.search(low, a["end"], x["start"])):
            continue
        x["extra"].append(("ratio", {"of": idxs[p - 1], "per": whole}))


# a share's clause, then the count it comes to: "3.9% were cancelled, or about " (no figure)
# (said as the same figure again: "or", or a hedge, never a list's next item, ", 19 were")
_SHARE_CLAUSE_THEN_COUNT = re.compile(r"[^\d.;:!?()]{0,40}?,[ \u00a0]*(?:or[ \u00a0]+(?:(?:about|around|"
                                      r"some|nearly|almost|roughly|just)[ \u00a0]+)?|(?:about|"
                                      r"around|some|nearly|almost|roughly|just)[ \u00a0]+)$")
# (the hedge may be the count's own qualifier: "were cancelled, about 64,000 trains")
_SHARE_CLAUSE_THEN_HEDGED = re.compile(r"[^\d.;:!?()]{0,40}?,[ \u00a0]*")
_HEDGES = frozenset("about around some nearly almost roughly just".split())
# ... and the count ends the clause, with its noun at most: "about 64,000 trains."
_COUNT_ENDS_CLAUSE = re.compile(r"(?:[ \u00a0]+[a-z]+){0,2}[ \u00a0]*(?:[.;,)]|$)")


def _count_after_share(low: str, drafts: list[dict[str, Any]], idxs: list[int], p: int) -> bool:
    """"Of the 1.64 million trains planned, 3.9% were cancelled, or about 64,000": a count
    read as a portion of the whole, said right after a share's clause, is what the share comes
    to; ("ratio", {"of": the count, "per": the whole}) on the share (True when set)."""
    x, a = drafts[idxs[p]], drafts[idxs[p - 1]]
    whole = x.get("group")
    if x["unit"] == "percent" or x.get("role") != "portion" or not isinstance(whole, int) or \
            isinstance(whole, bool) or a["unit"] != "percent" or \
            a.get("role") not in (None, "item") or drafts[whole]["unit"] != x["unit"] or \
            not drafts[whole]["value"] or any(k == "ratio" for k, _ in a["extra"]) or \
            any(k == "of_them" for k, _ in x["extra"]) or \
            "," not in low[drafts[whole]["end"]:a["start"]] or \
            not (_SHARE_CLAUSE_THEN_COUNT.fullmatch(low, a["end"], x["start"]) or
                 (x.get("qualifier") or "").lower() in _HEDGES and
                 _SHARE_CLAUSE_THEN_HEDGED.fullmatch(low, a["end"], x["start"])) or \
            not _COUNT_ENDS_CLAUSE.match(low, x["end"]):
        return False    # (the whole's own clause ends before the share: "Of the 1.64 million
        # trains planned, 3.9% ...", never "took 72 seats on 12.2%, 60 of them ...")
    a["extra"].append(("ratio", {"of": idxs[p], "per": whole}))
    return True


# a share of a level the sentence goes on to give: "about 56% of pre-pandemic levels in
# November, with 3.1 million riders on an average day, against about 5.5 million ... in 2019"
_OF_LEVELS = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:(?:the|its|their)[ \u00a0]+)?(?:[\w’'-]+[ \u00a0]+){0,2}?"
                        r"(?:levels?|normal|average)\b")


def _share_of_level(drafts: list[dict[str, Any]], idxs: list[int], p: int) -> bool:
    """The share at ``idxs[p]`` is of the level after it (A) out of the value that level is
    compared with (B, role compared): ("ratio", {"of": A, "per": B}); False when the sentence
    gives no such pair after the share."""
    later = idxs[p + 1:p + 1 + RELATIVE_WINDOW]
    for k, a in enumerate(later[:-1]):
        da, db = drafts[a], drafts[later[k + 1]]
        if da.get("role") is None and da["value"] and db.get("role") == "compared" and \
                db["unit"] == da["unit"] and da["unit"] != "percent" and db["value"]:
            drafts[idxs[p]]["extra"].append(("ratio", {"of": a, "per": later[k + 1]}))
            return True
        if da.get("role") is not None:
            return False
    return False


def _share_of_years_level(low: str, drafts: list[dict[str, Any]], idxs: list[int], p: int,
                          lm: re.Match[str]) -> None:
    """"Ridership rose to 420,000 a day, 70% of the 2019 level": the nearest level figure
    before the share out of the earlier figure of its unit dated that year."""
    ym = _YEAR_NAMED.search(low, lm.start(), lm.end())
    if ym is None:
        return
    y = int(ym.group())
    a = next((j for j in reversed(idxs[max(0, p - RELATIVE_WINDOW):p])
              if drafts[j]["unit"] != "percent" and drafts[j]["value"] and
              drafts[j].get("role") in _PART_ROLES), None)
    if a is None:
        return
    b = next((j for j in range(a - 1, max(-1, a - 1 - RELATIVE_WINDOW), -1)
              if drafts[j]["unit"] == drafts[a]["unit"] and drafts[j]["value"] and
              (q := drafts[j].get("period")) is not None and q[0].year == q[1].year == y), None)
    if b is not None and _one_level(drafts[a], drafts[b]):
        drafts[idxs[p]]["extra"].append(("ratio", {"of": a, "per": b}))


def _one_level(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether ``b`` may be the earlier level of the thing ``a`` counts ("70% of the 2019
    level"): of one measure when both name one, and of one scale (within a factor of 20: not
    "close to seven billion" passengers worldwide, 73.8% of the 2019 level, set against one
    airport's 68.3 million of 2019)."""
    if a.get("measure") is not None and b.get("measure") is not None and \
            a["measure"] != b["measure"]:
        return False
    x, y = abs(float(a["value"])), abs(float(b["value"]))
    return y > 0 and 1 / 20 <= x / y <= 20


# a share of the count right before it: "more than 5,200, 60% of them lost in 2011" (that
# count is the whole, no part of a larger one; not "4.45 million patients, or 58.3% of them":
# the count said again as its share of the whole)
_OR_BEFORE = re.compile(r"[ \u00a0]or[ \u00a0]+(?:about[ \u00a0]+|some[ \u00a0]+|nearly[ \u00a0]+|"
                        r"almost[ \u00a0]+|roughly[ \u00a0]+|around[ \u00a0]+)?$")
_OF_THEM = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:them|those|these|which|it|whom)\b")
_OF_WHAT = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+|all[ \u00a0]+)?((?:[a-z][\w’'-]*[ \u00a0]*){1,3})")


def _names_another_whole(low: str, share: dict[str, Any], whole: dict[str, Any]) -> bool:
    """Whether ``share`` says what it is a share of ("of the vote") and ``whole`` is a count
    of something else ("220 seats"); False when either leaves it unsaid ("15 of 67")."""
    if _OF_WHAT.match(low, share["end"]) is None or not whole.get("_noun"):
        return False
    return not _same_whole(low, share, whole)


_DETERMINERS = frozenset("its their his her our this that these those all the".split())
_PARTICIPLE = re.compile(r"[a-z]{4,}ed|spent|paid|sold|won|made|given|held|taken|built|brought|"
                         r"bought|cast|run|seen|lost|left|kept|sent|done")


def _same_whole(low: str, share: dict[str, Any], whole: dict[str, Any]) -> bool:
    m = _OF_WHAT.match(low, share["end"])
    if m is None:
        return False
    # (singular on both sides: "of new car sales" and "1.95 million new cars" share "car";
    # the noun may open the whole's clause: "Revenue slipped 4% to $23.9 billion")
    named = [_stem(w) for w in m.group(1).split() if len(w) > 2]
    # (the noun phrase up to a preposition: "of the vote in Friday's election" is the vote's;
    # or up to a conjunction that opens another clause: "of the vote as Conservatives take 365
    # seats" names no Conservatives)
    phrase = re.split(r"\b(?:in|at|on|for|from|by|during|since|as|while|whereas|but)\b",
                      m.group(1))[0]
    # (a determiner names nothing: "of its pre-pandemic level" shares no noun with "6.1
    # million passengers in June, its busiest month")
    # (a participle after the noun is no noun of it: "of all the money spent by clubs" is
    # no share of "14 of the 20 clubs spent more")
    ws = phrase.split()
    ws = ws[:1] + [w for w in ws[1:] if not _PARTICIPLE.fullmatch(w)]
    words = {_stem(w) for w in ws if len(w) > 2} - set(_SCOPE_NAMES) - _DETERMINERS
    # (its words end at the next figure: "84.5 million phones and 23.8% of the market" names
    # phones, and the market is the next share's whole)
    tail = low[whole["end"]:whole["end"] + 40]
    after = {_stem(w) for w in re.split(r"\d", tail, maxsplit=1)[0].split()}
    # (the subject that opens the whole's clause: "Everton's income rose", "The club's income
    # rose")
    before = {_stem(w) for w in
              low[max(whole["sentence"][0], whole["start"] - 40):whole["start"]].split()[:3]}
    # (or the sentence's opening subject, when the whole stands in its first clause: "The
    # waiting list for routine hospital treatment in England rose to 7.64 million")
    lead = low[whole["sentence"][0]:whole["start"]]
    if not any(ch in lead for ch in ",;:("):
        before |= {_stem(w) for w in lead.split()[:3]}
    # ("480, or 78.7% of respondents": of the count whose sentence says they responded,
    # "610, or 74.7%, responded"; verb_wholes.py)
    act = act_named(phrase)
    return bool(words & after) or bool(words & before) or _scoped_total(low, named, whole) or \
        (act is not None and says_act(low, whole, act))


def _scoped_total(low: str, named: list[str], whole: dict[str, Any]) -> bool:
    """"54% of the world's total" names the figure its clause calls the total of that scope
    ("the global total now stands at 1,211,961"); a bare "of the total" may be any of them."""
    if "total" not in named or not named or named[0] not in _SCOPE_NAMES:
        return False
    m = _TOTAL_BEFORE.search(low, max(whole["sentence"][0], whole["start"] - 60), whole["start"])
    return m is not None and re.search(rf"\b(?:{_SCOPE_NAMES[named[0]]})\b", m.group()) is not None


_TOTAL_BEFORE = re.compile(r"\b[a-z]+[’']?s?[ \u00a0]+total\b(?:[ \u00a0]+[a-z]+){0,3}[ \u00a0]+"
                           r"(?:at|of|to|is|was|reached|stands|stood)?[ \u00a0]*$")


def _stem(word: str) -> str:
    """A word of a noun phrase, bare: "world's" -> "world", "cases," -> "case"."""
    w = word.strip(".,;:()").replace("’", "'")
    return (w[:-2] if w.endswith("'s") else w).rstrip("s")


_CHANGED_BEFORE = re.compile(r"\b(?:from|than|(?<!made )(?<!make )(?<!makes )(?<!making )up|down|"
                             r"rose|fell)\s+(?:\w+\s+){0,2}$")


def _proportion(d: dict[str, Any]) -> bool:
    """A bare figure under one is a proportion ("fewer than one in five British Columbians"),
    no count a later share may be worked from (everyday112)."""
    return not d["unit"] and 0 < d["value"] < 1


def _is_share(low: str, d: dict[str, Any]) -> bool:
    if d.get("role") in ("change", "difference", "factor", "reference"):
        return False
    if any(k == "percentage_points" for k, _ in d["extra"]):
        return False
    if d["unit"] == "percent":
        # ("made up 19.6% of sales" is a share, "up 19.6%" a change)
        return not _CHANGED_BEFORE.search(low[max(0, d["start"] - 25):d["start"]])
    return not d["unit"] and 0 < d["value"] < 1 and \
        fraction_words().search(low, d["start"], d["end"]) is not None


def _averages(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> None:
    """"an average of 38,700 a game over 380 games" after "a total of 14.7 million"."""
    for p, n in enumerate(idxs):
        d = drafts[n]
        if _average_for_each_of(low, drafts, idxs, p):
            continue
        m = _PER_UNIT.match(low, d["end"])
        if m is None and _EACH_END.match(low, d["end"]):
            _average_each(low, drafts, idxs, p)
            continue
        if m is None:
            if _average_with_total_after(low, drafts, idxs, p):
                continue
            # "City won 32 of their 38 games ... scored 106 goals, an average of 2.8 a game":
            # the count of games given before
            _average_over_earlier_count(low, drafts, idxs, p)
            if not any(k == "average" for k, _ in d["extra"]):
                _average_of_its_sentence(low, drafts, idxs, p)
            continue
        cnt = _count_after(low, drafts, idxs, p, m)
        if cnt is None or not (_AVERAGE_BEFORE.search(low, max(0, d["start"] - 40), d["start"])
                               or _apposed_rate_over(low, drafts, idxs, p)):
            if p + 1 >= len(idxs) or (cnt is None and _OR_RATE.search(
                    low, max(0, d["start"] - 8), d["start"])):
                # (no count after it: "an average of almost 69 people a boat, according to
                # figures from the Home Office" is over the boats counted before it; nor, set
                # after ", or", when the figure after it is no count of its unit: "79.2
                # million in 2023, or about 6.6 million a month, up from 61.6 million")
                _average_over_earlier_count(low, drafts, idxs, p)
            continue
        totals = [j for j in idxs[:p] if drafts[j]["unit"] == d["unit"] and _free(drafts[j])
                  and drafts[j].get("role") not in ("portion", "part")]
        if not totals:
            # "... over 7 days, a total of 8,400": the total stated after
            # (or "... over the four-week period, some £27.2 billion in all")
            totals = [j for j in idxs[p + 2:p + 4] if drafts[j]["unit"] == d["unit"] and
                      _free(drafts[j]) and (
                          (drafts[j].get("qualifier") or "").endswith("total of") or
                          _IN_ALL.match(low, drafts[j]["end"]) is not None)]
        if not totals:
            continue
        d["extra"].append(("average", {"of": totals[-1], "count": float(cnt["value"])}))
        cnt["role"] = cnt.get("role") or "factor"


_IN_ALL = re.compile(r"[ \u00a0]+(?:in[ \u00a0]+all|in[ \u00a0]+total|altogether)\b")
# "an average attendance of 35,931 in 2012-13, with 13,653,908 people watching the 380
# matches": the words from the average to its total, and from the total to its count
_AVERAGE_NOUN_OF = re.compile(r"\baverage[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}of[ \u00a0]+"
                              r"(?:(?:about|around|roughly|some|nearly|almost)[ \u00a0]+)?$")
_TO_TOTAL_AFTER = re.compile(r"[ \u00a0]+(?:(?:in|for|during|over)[ \u00a0]+[\w -]{1,20}?)?,"
                             r"[ \u00a0]*with[ \u00a0]+(?:a[ \u00a0]+total[ \u00a0]+of[ \u00a0]+)?")
_TO_COUNT_AFTER = re.compile(r"[ \u00a0]+(?:[a-z]+[ \u00a0]+){1,3}(?:the|its|their)[ \u00a0]+")


def _average_with_total_after(low: str, drafts: list[dict[str, Any]], idxs: list[int],
                              p: int) -> bool:
    """"An average attendance of 35,931 in 2012-13, with 13,653,908 people watching the 380
    matches": an average named by its noun whose total and count follow it, joined by "with"
    and by "the" before the count, is the total over that count. True when read."""
    d = drafts[idxs[p]]
    if p + 2 >= len(idxs) or not _AVERAGE_NOUN_OF.search(low, max(d["sentence"][0],
                                                                    d["start"] - 40), d["start"]):
        return False
    t, n = drafts[idxs[p + 1]], drafts[idxs[p + 2]]
    if t["unit"] != d["unit"] or n["unit"] or not n["value"] or not t["value"] or \
            t["value"] <= (d["value"] or 0) or not _free(t) or \
            not _TO_TOTAL_AFTER.fullmatch(low, d["end"], t["start"]) or \
            not _TO_COUNT_AFTER.fullmatch(low, t["end"], n["start"]):
        return False
    d["extra"].append(("average", {"of": idxs[p + 1], "count": float(n["value"])}))
    n["role"] = n.get("role") or "factor"
    return True
_AVERAGE_COUNTS = 4     # counts of an average's unit read as its readings, nearest first
_OR_RATE = re.compile(r",[ \u00a0]*or[ \u00a0]*$")
# (the counted noun may stand between: "an average of about 60 people per boat", "69 people
# in each boat")
_PER_ONLY = re.compile(r"[ \u00a0]+(?:(?!(?:an?|per|each|every|in|on)\b)[a-z]+[ \u00a0]+)?"
                       r"(?:(?:in|on)[ \u00a0]+(?=each|every))?"
                       r"(?:an?|per|each|every)[ \u00a0]+([a-z]+)\b(?![ \u00a0]+(?:over|across|"
                       r"in|from)\b)")


# "$6.14 for each of a record 4.96 billion passengers", "£12 for every one of its 3,000
# members": the count an amount is shared over, named right after it
_FOR_EACH_OF = re.compile(r"[ \u00a0]+for[ \u00a0]+(?:each|every)(?:[ \u00a0]+one)?[ \u00a0]+of[ \u00a0]+"
                          r"(?:(?:the|its|their|his|her|our|a|an)[ \u00a0]+)?"
                          r"(?:(?:record|total|estimated|expected|some|about|nearly|almost|"
                          r"around)[ \u00a0]+)?")


def _average_for_each_of(low: str, drafts: list[dict[str, Any]], idxs: list[int],
                         p: int) -> bool:
    """"a net profit of $30.5 billion, or $6.14 for each of a record 4.96 billion passengers":
    an amount "for each of" a count right after it is the sentence's total of its unit before
    it (the nearest larger one) over that count. True when it was read so."""
    d = drafts[idxs[p]]
    if p + 1 >= len(idxs) or not d["unit"] or d["unit"] == "percent":
        return False
    cnt = drafts[idxs[p + 1]]
    if cnt["unit"] or not cnt["value"] or cnt["value"] < 2 or \
            not _FOR_EACH_OF.fullmatch(low, d["end"], cnt["start"]) or not _free(cnt):
        return False
    total = next((j for j in reversed(idxs[max(0, p - 3):p])
                  if drafts[j]["unit"] == d["unit"] and _free(drafts[j]) and
                  drafts[j]["value"] and drafts[j]["value"] > (d["value"] or 0)), None)
    if total is None:
        return False
    d["extra"].append(("average", {"of": total, "count": float(cnt["value"])}))
    cnt["role"] = cnt.get("role") or "factor"
    return True


# "an average of 155 each": an average per item of a count the sentence gave before
_EACH_END = re.compile(r"(?:[ \u00a0]+[a-z]{3,}s)?[ \u00a0]+each\b[ \u00a0]*(?:[,.;:!?)]|$)")
# a total shared out to the count after it: "87,075 offers to 57,980 applicants"
_TOTAL_TO_COUNT = re.compile(r"[ \u00a0]+[a-z]{3,}s[ \u00a0]+(?:to|among|between|across)[ \u00a0]+$")


# an amount each set right after the total it shares out: "visitors spent £3.64 billion,
# about £495 each" (after the 7.36 million visits)
_APPOSED_EACH = re.compile(r"[ \u00a0]*,[ \u00a0]*(?:(?:or|about|around|roughly|some|nearly|almost|"
                           r"just[ \u00a0]+over|just[ \u00a0]+under)[ \u00a0]+)?")


def _average_each(low: str, drafts: list[dict[str, Any]], idxs: list[int], p: int) -> None:
    """"The state's 88 hospitals have 12,400 beds, an average of 141 each" (or "7.36 million
    visits; visitors spent £3.64 billion, about £495 each"): the average of the total right
    before it over the count before that (a whole count of another noun)."""
    d = drafts[idxs[p]]
    if p < 2:
        return
    at, total, cnt = p - 1, drafts[idxs[p - 1]], drafts[idxs[p - 2]]
    if _TOTAL_TO_COUNT.fullmatch(low, cnt["end"], total["start"]) and \
            _AVERAGE_BEFORE.search(low, max(0, d["start"] - 40), d["start"]):
        at, total, cnt = p - 2, cnt, total   # "87,075 offers to 57,980 applicants, an average
        # of 1.5 offers each": the total first, the count it is shared out to after it
    elif not _AVERAGE_BEFORE.search(low, max(0, d["start"] - 40), d["start"]) and \
            not _APPOSED_EACH.fullmatch(low, total["end"], d["start"]):
        return
    if total["unit"] != d["unit"] or cnt["unit"] or not _free(total) or not _free(cnt) or \
            not cnt["value"] or cnt["value"] < 2 or cnt["value"] != int(cnt["value"]) or \
            cnt["value"] >= (total["value"] or 0):
        return
    d["extra"].append(("average", {"of": idxs[at], "count": float(cnt["value"])}))
    cnt["role"] = cnt.get("role") or "factor"


@lru_cache(maxsize=1)
def _unit_groups() -> dict[str, tuple[str, ...]]:
    """The first four letters of each unit word -> those of its synonyms (numbers.yaml
    ``unit_synonyms``: a game is a match)."""
    out: dict[str, tuple[str, ...]] = {}
    for group in vocab.load("numbers.yaml").get("unit_synonyms", []) or []:
        heads = tuple(str(w)[:4] for w in group)
        for h in heads:
            out[h] = heads
    return out


def _names_unit(word: str, unit_word: str) -> bool:
    """Whether ``word`` counts what an average is "a"/"per" ``unit_word`` of ("matches" for
    "a game")."""
    return any(word.startswith(h) for h in _unit_groups().get(unit_word[:4], (unit_word[:4],)))


def _counts_unit(low: str, x: dict[str, Any], unit_word: str) -> bool:
    """Whether bare figure ``x`` counts the unit an average is "a" or "per" of ("76 games",
    "38 league games" for "a game")."""
    words = low[x["end"]:x["end"] + 30].split()[:3]
    # (not an average of its own: "about 305,000 each month" counts no months)
    return not x["unit"] and bool(words) and words[0] not in _PER_WORDS and \
        any(_names_unit(w, unit_word) for w in words)


_PER_WORDS = frozenset({"a", "an", "per", "each", "every"})


# "an average of" right before a figure and nothing else between
_AN_AVERAGE_OF = re.compile(r"\b(?:an|the)[ \u00a0]+average[ \u00a0]+of[ \u00a0]+$")
# a count of things: a plural noun (maybe after up to two words) right after a bare figure
_COUNTED_NOUN = re.compile(r"[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}?[a-z]{3,}s\b")


def _average_of_its_sentence(low: str, drafts: list[dict[str, Any]], idxs: list[int],
                             p: int) -> None:
    """"drew 1,306,528 fans to their 19 home league games last season, an average of
    68,764": "an average of" with no "a <unit>" after it is the one total of its unit before
    it in its sentence over the one count of things there (a whole number with a plural noun
    after it), when the total is the larger; nothing when either is not alone."""
    d = drafts[idxs[p]]
    if not d["value"] or _AN_AVERAGE_OF.search(low, max(0, d["start"] - 20), d["start"]) is None:
        return
    before = [j for j in idxs[max(0, p - RELATIVE_WINDOW):p]
              if drafts[j]["sentence"] == d["sentence"] and drafts[j]["value"]]
    totals = [j for j in before if drafts[j]["unit"] == d["unit"] and _free(drafts[j]) and
              drafts[j].get("role") not in ("portion", "part", "item") and
              drafts[j]["value"] > d["value"]]
    counts = [j for j in before if j not in totals and not drafts[j]["unit"] and
              drafts[j]["value"] >= 2 and drafts[j]["value"] == int(drafts[j]["value"]) and
              drafts[j].get("role") is None and
              _COUNTED_NOUN.match(low, drafts[j]["end"]) is not None]
    if len(totals) != 1 or len(counts) != 1:
        return
    d["extra"].append(("average", {"of": totals[0], "count": float(drafts[counts[0]]["value"])}))
    drafts[counts[0]]["role"] = drafts[counts[0]].get("role") or "factor"


def _average_over_earlier_count(low: str, drafts: list[dict[str, Any]], idxs: list[int],
                                p: int) -> None:
    """"They scored 106 goals, an average of 2.8 a game" after "won 32 of their 38 league
    games": an average "a <unit>" whose sentence gives its total before it and no count after
    it is over the nearest earlier count of that unit ("38 ... games", or a duration "over 14
    days"), in its paragraph or the one before."""
    d = drafts[idxs[p]]
    m = _PER_ONLY.match(low, d["end"])
    if m is None or not (_AVERAGE_BEFORE.search(low, max(0, d["start"] - 40), d["start"]) or
                         _OR_RATE.search(low, max(0, d["start"] - 8), d["start"]) or
                         _apposed_to_total(low, drafts, idxs, p)):
        return      # (", or about 30 a day" after "240 patients over eight days" too)
    unit_word = m.group(1)
    if len(unit_word) < 3 or unit_word in ("few", "lot", "total", "the"):
        return
    # (the nearest one before it, within RELATIVE_WINDOW: linear in a sentence of averages;
    # not the count itself: "132 points in 76 games, an average of 1.74 a game")
    total = next((j for j in reversed(idxs[max(0, p - RELATIVE_WINDOW):p])
                  if drafts[j]["unit"] == d["unit"] and _free(drafts[j]) and
                  drafts[j].get("role") not in ("portion", "part") and drafts[j]["value"] and
                  not _counts_unit(low, drafts[j], unit_word)), None)
    # "Heathrow handled 7.53 million passengers in July. That is an average of 243,000 a
    # day.": the total of the sentence before, which the opening points back to
    that = total is None and p == 0 and idxs[p] > 0 and (
        _THAT_IS_OPEN.fullmatch(low, d["sentence"][0], d["start"]) is not None or
        (_AVERAGED_OPEN.fullmatch(low, d["sentence"][0], d["start"]) is not None and
         not _rate_said_before(low, drafts[idxs[p] - 1]["sentence"], unit_word)))
    if that:
        before = drafts[idxs[p] - 1]["sentence"]
        totals = [j for j in range(idxs[p] - 1, max(-1, idxs[p] - 1 - RELATIVE_WINDOW), -1)
                  if drafts[j]["sentence"] == before and drafts[j]["unit"] == d["unit"] and
                  _free(drafts[j]) and drafts[j].get("role") not in ("portion", "part") and
                  drafts[j]["value"] and drafts[j]["value"] > d["value"] and
                  not _counts_unit(low, drafts[j], unit_word)]
        # (the sentence's own total before a value it is set against, another time's held by
        # a possessive: "45,720 ... in November, ahead of October's 41,980. That is an
        # average of 1,524 a day", readings75)
        total = next((j for j in totals if drafts[j].get("role") != "compared" and
                      _HELD_BY_POSSESSIVE.search(low, max(0, drafts[j]["start"] - 4),
                                                 drafts[j]["start"]) is None),
                     totals[0] if totals else None)
    if total is None:
        return
    breaks = 0
    after = d["start"]
    counts: list[float] = []
    from_period = False
    for j in range(idxs[p] - 1, max(-1, idxs[p] - 1 - RELATIVE_WINDOW), -1):
        x = drafts[j]
        breaks += low.count("\n\n", x["end"], after)
        after = x["start"]
        if breaks > 1 or len(counts) >= _AVERAGE_COUNTS:
            break
        if j == total or not x["value"] or x["value"] < 2 or x["value"] != int(x["value"]):
            continue
        if x["unit"]:
            named = x["unit"].startswith(unit_word[:3])     # a duration "over 14 days"
        else:
            named = _counts_unit(low, x, unit_word) and \
                x.get("role") not in ("factor", "change", "difference")
        if named:
            if x["sentence"] == d["sentence"]:
                counts = [float(x["value"])]    # a count in its own sentence is the one
                break
            counts.append(float(x["value"]))
    if not counts and (that or drafts[total]["sentence"] == d["sentence"]):
        # "Over the first 11 months ... handled 8,060,246 TEUs, or roughly 733,000 each month":
        # no count written, the total's own period counts the average's unit
        n = _units_in_period(drafts[total].get("period"), unit_word)
        counts = [n] if n else []
        tv = drafts[total]
        if n and n > 2 and not unit_word.lower().startswith("day") and _CHANGED_BY_BEFORE.search(
                low, max(tv["sentence"][0], tv["start"] - 40), tv["start"]):
            # ("added 234,300 between 2010 and 2019, an average of about 26,030 a year": ten
            # calendar years, nine years of change from one to the other; both are readings.
            # A count of things handled in the period is over all of it: "handled 2,400,000
            # parcels in the first six months, or about 400,000 each month")
            counts.append(n - 1)
        from_period = bool(n)
        if n and d.get("period") is None and not drafts[total].get("cumulative"):
            # ("49,150 in December, when the average passed 1,585 a day"): the average is
            # over the total's own period
            d["period"] = drafts[total]["period"]
            if isinstance(d.get("_basis"), dict):
                d["_basis"]["period"] = "written: the period of the total it averages"
    if counts:
        # several counts of the unit ("1.6 billion rail journeys ... Season ticket journeys
        # fell 9.2% to 219 million ... an average of £6.81 a journey"): each is a reading of
        # what the average is over; the one that bears it out is kept (the nearest when none
        # does), so that the average is contradicted only when every reading disagrees
        tv = float(drafts[total]["value"])
        count = min(counts, key=lambda c: abs(math.log(max(tv / c, 1e-12) / d["value"])))
        # (days counted from a period are a reading, give or take the first day: "since July
        # 5, 7,477 ..., an average of 131 a day" is 57 or 58 days)
        d["extra"].append(("average", {"of": total, "count": count,
                                       **({"counted": "period"} if from_period else {})}))



# a figure held by a possessive right before it ("October's 41,980")
_HELD_BY_POSSESSIVE = re.compile(r"['’]s[ \u00a0]+$")
# a sentence that opens on the figure before it: "That is an average of", "That works out at"
_THAT_IS_OPEN = re.compile(r"\W*(?:that|this|it)(?:[’']s|[ \u00a0]+(?:is|was|works?[ \u00a0]+out[ \u00a0]+"
                           r"(?:at|to)|equates[ \u00a0]+to|comes[ \u00a0]+to|means))[ \u00a0]+"
                           r"(?:an?[ \u00a0]+average[ \u00a0]+of[ \u00a0]+|about[ \u00a0]+|around[ \u00a0]+|"
                           r"roughly[ \u00a0]+|nearly[ \u00a0]+|almost[ \u00a0]+|some[ \u00a0]+|"
                           r"just[ \u00a0]+(?:over|under)[ \u00a0]+)*")


def _count_after(low: str, drafts: list[dict[str, Any]], idxs: list[int], p: int,
                 m: re.Match[str]) -> dict[str, Any] | None:
    """The figure right after the rate at ``p`` when it counts the rate's unit ("1,200 a day
    over 7 days", "38,700 a game over 380 games"), else None."""
    if p + 1 >= len(idxs):
        return None
    cnt, unit_word = drafts[idxs[p + 1]], m.group(1)
    if not cnt["start"] <= m.end() <= cnt["end"]:
        return None
    if cnt["unit"]:
        return cnt if cnt["unit"].startswith(unit_word[:3]) else None
    # (the noun may follow a word of its kind: "over its 19 league games")
    after = low[cnt["end"]:cnt["end"] + 20].split()[:2]
    return cnt if any(_names_unit(w, unit_word) for w in after) else None


# a sentence whose subject "averaged" the figure, with no figure of its own before it: "Sales
# averaged about 341,000 a month" after "bought 4.09 million ... homes in 2023"
_AVERAGED_OPEN = re.compile(r"\W*(?:(?:the|its|their)[ \u00a0]+)?(?:[a-z][\w’'-]*[ \u00a0]+){1,3}"
                            r"averag(?:ed|es)[ \u00a0]+(?:(?:about|around|roughly|nearly|almost|"
                            r"some|just[ \u00a0]+(?:over|under))[ \u00a0]+)?")
def _rate_said_before(low: str, sent: tuple[int, int], unit_word: str) -> bool:
    """Whether the sentence before already gives a rate "a"/"per" ``unit_word`` ("Shoppers
    spent an average of £6.8 billion a week ..."): its total's average is said, and a sentence
    "Online spending averaged £562 million a week" after it is of another thing."""
    return re.search(r"\b(?:a|an|per|each|every)[ \u00a0]+" + re.escape(unit_word) + r"\b",
                     low[sent[0]:sent[1]]) is not None


# ", about 81 a day over the 365 days" after a total in its sentence: a rate set in apposition
# after the total's clause, over the count that follows it, says an average with no "average"
_RATE_OPEN = re.compile(r"[^.;:!?]{0,80}?,[ \u00a0]*(?:(?:about|around|roughly|some|nearly|"
                        r"almost|or|just[ \u00a0]+(?:over|under))[ \u00a0]+)*")


def _apposed_rate_over(low: str, drafts: list[dict[str, Any]], idxs: list[int], p: int) -> bool:
    """Whether the figure at ``p`` ("a"/"per" unit, a count after it) is set after a comma
    in the clause of the figure right before it, of its own unit and larger: "29,437 people
    crossed ... in 2023, about 81 a day over the 365 days of the year"."""
    if p == 0:
        return False
    d, t = drafts[idxs[p]], drafts[idxs[p - 1]]
    return t["unit"] == d["unit"] and bool(t["value"]) and bool(d["value"]) and \
        t["value"] > d["value"] and t["sentence"] == d["sentence"] and \
        _RATE_OPEN.fullmatch(low, t["end"], d["start"]) is not None


# ", about $700 per visitor" right after a total: the total worked out per unit
_APPOSED_RATE = re.compile(r"[ \u00a0]*,[ \u00a0]*(?:(?:about|around|roughly|some|nearly|almost|"
                           r"or)[ \u00a0]+)?")


def _apposed_to_total(low: str, drafts: list[dict[str, Any]], idxs: list[int], p: int) -> bool:
    """Whether the figure "a"/"per" unit at ``p`` stands in apposition right after a figure of
    its own unit ("visitors spent $60.7 billion, about $700 per visitor"), or after the count
    of the unit that follows such a figure ("408 people arrived in nine boats, about 45 a
    boat"): that figure spread over the unit, as "an average of" would say."""
    if p == 0:
        return False
    d, t = drafts[idxs[p]], drafts[idxs[p - 1]]
    if p >= 2 and d.get("role") is None and (m := _PER_ONLY.match(low, d["end"])) and \
            t["sentence"] == d["sentence"] and _counts_unit(low, t, m.group(1)) and \
            _APPOSED_RATE.fullmatch(low, t["end"] + len(low[t["end"]:d["start"]].split(",")[0]),
                                    d["start"]) is not None:
        # ("408 people arrived in nine boats, about 45 a boat": the total before the count
        # of the unit it is spread over)
        t = drafts[idxs[p - 2]]
        return t["unit"] == d["unit"] and bool(t["value"]) and t["sentence"] == d["sentence"]
    return t["unit"] == d["unit"] and bool(t["value"]) and d.get("role") is None and \
        _APPOSED_RATE.fullmatch(low, t["end"], d["start"]) is not None


_CALENDAR_UNITS = {"month": 1, "quarter": 3, "year": 12}


# the verb of a change right before a count: what it grew or shrank by over a span
_CHANGED_BY_BEFORE = re.compile(r"\b(?:added|adding|adds|gained|gaining|grew|rose|increased|fell|"
                                r"lost|shed|dropped|declined)\b[^.;\d]{0,30}$")


def _units_in_period(period: Any, unit_word: str) -> float | None:
    """How many whole days, weeks, months, quarters or years a figure's period (start, end)
    spans ("the first 11 months of the year": 11 months); None when it spans fewer than two
    or no whole number of them."""
    if period is None:
        return None
    start, end = period[0], period[1]
    unit = unit_word.lower().rstrip("s")
    days = (end - start).days + 1
    if unit == "day":
        n = days
    elif unit == "week":
        n = days // 7 if days % 7 == 0 else 0
    elif unit in _CALENDAR_UNITS:
        if start.day != 1 or (end + timedelta(days=1)).day != 1:
            return None     # (not whole months)
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        per = _CALENDAR_UNITS[unit]
        n = months // per if months % per == 0 else 0
    else:
        return None
    return float(n) if n >= 2 else None
