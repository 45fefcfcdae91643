"""Margins between two shares said across clauses and sentences (issue #11, everyday46), set
on the drafts as relations.py sets its own (indexes into the draft list). This module reads
words; wrong-arithmetic judges the gap.

A margin in points ("beat Michael Flaherty by 15 points", "finished four points ahead of the
Conservatives", "took 46%, five points behind") is the difference of two percentages of one
measure when the text gives each side's share but not in the margin's own clause, which
``comparisons._differences`` and ``_ahead_of`` read:

- the rival named ("beat X by N points", "N points ahead of X", "N points behind X"): its
  share is the nearest one said of X (its name's last word) in the sentences around (up to
  ``_NEAR`` before or after, this paragraph or the next), the other side's the share right
  before the margin in its sentence (a relative clause's: "Labour, which took 35% of the vote,
  finished four points ahead of the Conservatives") said of another subject;
- no rival named, "N points behind" right after a share ("Thompson took 46%, five points
  behind"): the leader's is the one larger share of another subject in the sentences before
  (up to ``_NEAR``, this paragraph or the one before); with two or more, which is open, and
  nothing is set.

A margin whose shares are not both found is left alone.

Also here (everyday54): a majority in votes after a result is the gap of the result's two
largest counts (``vote_majorities``), and a headline's margin with no pair of its own is the
body's margin of the same noun (``headline_margins``).
"""

from __future__ import annotations

import re
from typing import Any

from .lexicon import noun_right_after
from .vote_margins import named_vote_margins

_NEAR = 2           # sentences before or after the margin the other share may stand in
# one word of a rival's name: a full stop inside it ("U.S") or after a title ("Mr."), never one
# that ends a sentence ("1.2 points behind Ms Le Pen. Eric Zemmour won 7.1%": the rival is
# Le Pen, not Eric Zemmour)
_NAME_WORD = r"(?:(?:Mr|Mrs|Ms|Dr|St)\.|[A-Z](?:[\w’'-]|\.(?![ \u00a0\n]|$))*)"
# the margin's words before it, naming the rival: "beat Michael Flaherty by "
_BEAT_BY = re.compile(r"\b(?:beat|beats|beating|defeated|defeats|defeating|led|leads|leading|"
                      r"outpolled|trailed|trails|trailing)[ \u00a0]+(?:the[ \u00a0]+)?"
                      r"(?P<name>(?:" + _NAME_WORD + r"[ \u00a0]+){0,3}" + _NAME_WORD + r")[ \u00a0]+by"
                      r"[ \u00a0]+(?:(?:about|almost|nearly|some|just|roughly)[ \u00a0]+)?$")
# ... or after it: " points ahead of the Conservatives", " percentage points behind Labour"
_AHEAD_OF = re.compile(r"(?:[ \u00a0]+percentage)?[ \u00a0]+points?[ \u00a0]+(?P<way>ahead[ \u00a0]+of|"
                       r"behind|clear[ \u00a0]+of)[ \u00a0]+(?:the[ \u00a0]+)?"
                       r"(?P<name>(?:" + _NAME_WORD + r"[ \u00a0]+){0,3}" + _NAME_WORD + r")(?![\w’'])"
                       r"(?![ \u00a0]*(?:['’]s|s['’]|[ \u00a0]+on|[ \u00a0]+with)\b)")
# the side a margin is of, named right before it: "left Labour 20 points behind"
_OWN_NAME = re.compile(r"(?P<name>(?:" + _NAME_WORD + r"[ \u00a0]+){0,2}" + _NAME_WORD +
                       r")[ \u00a0]+$")
# "by 15 points", "by 15 percentage points": the margin's noun after it
_POINTS = re.compile(r"(?:[ \u00a0]+percentage)?[ \u00a0]+points?\b")
# a share, then the margin as an aside with no rival: "46%, five points behind"
_BEHIND_BARE = re.compile(r"(?:[ \u00a0]+percentage)?[ \u00a0]+points?[ \u00a0]+behind"
                          r"[ \u00a0]*(?:[,.;)]|$)")
_SHARE_ROLES = (None, "share", "item")


def _share(d: dict[str, Any]) -> bool:
    """Whether figure ``d`` may be one side of a margin: a percentage level."""
    return d["unit"] == "percent" and bool(d["value"]) and d.get("role") in _SHARE_ROLES and \
        not any(k in ("percentage_points", "change") for k, _ in d["extra"])


def _last_word(name: str) -> str:
    return re.sub(r"(?:['’]s|s['’])$", "", name.split()[-1]).lower()


def _said_of(d: dict[str, Any], last: str) -> bool:
    """Whether figure ``d`` is said of the subject whose name ends with ``last`` ("Flaherty"
    for "michael flaherty", "Conservatives" for "conservatives")."""
    words = str(d.get("subject") or "").replace("_", " ").split()
    return bool(words) and (words[-1] == last or words[-1] + "s" == last or
                            words[-1] == last + "s" or words[0] == last or
                            words[0] + "s" == last)


def _window(low: str, drafts: list[dict[str, Any]], sents: list[list[int]], k: int,
            before: bool, after: bool) -> list[int]:
    """The figures of the sentences around sentence ``k`` (up to ``_NEAR`` each way, across
    at most one paragraph break), nearest first."""
    out: list[int] = []
    here = drafts[sents[k][0]]
    for step in range(1, _NEAR + 1):
        for kk, on in ((k - step, before), (k + step, after)):
            if not on or not 0 <= kk < len(sents) or not sents[kk]:
                continue
            x = drafts[sents[kk][0]]
            a, b = (x["end"], here["start"]) if kk < k else (here["end"], x["start"])
            if low.count("\n\n", a, b) <= 1:
                out += sents[kk]
    return out


def _set(drafts: list[dict[str, Any]], n: int, a: int, b: int) -> None:
    if drafts[a].get("measure") not in (None, drafts[b].get("measure")) and \
            drafts[b].get("measure") is not None:
        return      # (shares of two measures: no margin between them)
    if drafts[a]["value"] < drafts[b]["value"]:
        a, b = b, a
    d = drafts[n]
    d["extra"].append(("difference", {"of": a, "minus": b}))
    d["role"] = "difference"
    d["measure"] = drafts[a].get("measure") or drafts[b].get("measure") or d.get("measure")


def margins_across(text: str, low: str, drafts: list[dict[str, Any]],
                   sents: list[list[int]]) -> None:
    """Margins in points between shares of other clauses and sentences (module docstring)."""
    for k, idxs in enumerate(sents):
        for p, n in enumerate(idxs):
            d = drafts[n]
            if d.get("role") is not None or d["unit"] or not d["value"] or d["value"] >= 100:
                continue
            ss = d["sentence"][0]
            beat = _BEAT_BY.search(text, max(ss, d["start"] - 80), d["start"])
            ahead = _AHEAD_OF.match(text, d["end"]) if beat is None else None
            if beat is None and ahead is None and not _POINTS.match(low, d["end"]):
                continue
            if beat is not None or ahead is not None:
                name = (beat or ahead).group("name")        # type: ignore[union-attr]
                last = _last_word(name)
                mine = [j for j in idxs[:p] if _share(drafts[j]) and
                        not _said_of(drafts[j], last)]
                own = _OWN_NAME.search(text, max(ss, d["start"] - 40), d["start"])
                if not mine and own is not None and _last_word(own.group("name")) != last:
                    # "That left Labour 20 points behind the Conservatives": the share said
                    # of the name right before the margin, in the sentences around
                    mine = [j for j in _window(low, drafts, sents, k, True, True)
                            if _share(drafts[j]) and
                            _said_of(drafts[j], _last_word(own.group("name")))][-1:]
                theirs = [j for j in idxs[p + 1:] + _window(low, drafts, sents, k, True, True)
                          if _share(drafts[j]) and _said_of(drafts[j], last)]
                if mine and theirs:
                    _set(drafts, n, mine[-1], theirs[0])
                continue
            if p == 0 or not _share(drafts[idxs[p - 1]]) or \
                    not _BEHIND_BARE.match(low, d["end"]) or \
                    not re.fullmatch(r"[ \u00a0]*,[ \u00a0]*", low[drafts[idxs[p - 1]]["end"]:d["start"]]):
                continue
            own = idxs[p - 1]
            subj = drafts[own].get("subject")
            leaders = [j for j in _window(low, drafts, sents, k, True, False)
                       if _share(drafts[j]) and drafts[j].get("subject") and
                       drafts[j]["subject"] != subj and drafts[j]["value"] > drafts[own]["value"]]
            if len({drafts[j]["subject"] for j in leaders}) == 1:
                _set(drafts, n, leaders[0], own)



# a majority or win in votes named right before its figure: "Labour's majority was 1,641",
# "The Conservative majority was 176", "Labour's majority of 891", "won by 190 votes"
_VOTE_MARGIN = re.compile(r"\b(?:majority[ \u00a0]+(?:was|of|is|stood[ \u00a0]+at)|"
                          r"(?:won|wins|win|held|holds|hold|kept|keeps)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?by)"
                          r"[ \u00a0]+(?:(?:just|only|some|about|almost|nearly)[ \u00a0]+)?$")
_VOTES_WORD = re.compile(r"\bvot(?:es|ed|e)\b")
_SEATS_WORD = re.compile(r"\bseats?\b")
# counts that are no candidate's votes: "on a turnout of 3,000", "of 12,000 registered"
_NOT_A_RESULT = re.compile(r"\b(?:turnout|electorate|registered|eligible|spoilt|spoiled|"
                           r"rejected|ballots[ \u00a0]+cast|swing)\b[^.;\d]{0,30}$")


def _result_counts(low: str, drafts: list[dict[str, Any]], sents: list[list[int]], k: int,
                   n: int) -> list[int] | None:
    """The candidates' counts of votes a majority ``n`` (sentence ``k``) is the gap of: the
    whole counts of its sentence but the majority, else of the sentence before (when its own
    holds none); None unless there are two or more and their sentence speaks of votes, not
    seats."""
    for idxs in (sents[k], sents[k - 1] if k else []):
        counts = [j for j in idxs if j != n and drafts[j]["unit"] == "" and drafts[j]["value"] and
                  drafts[j].get("role") in (None, "item", "compared") and
                  not any(x in ("change", "difference", "ratio") for x, _ in drafts[j]["extra"]) and
                  not _NOT_A_RESULT.search(low, max(drafts[j]["sentence"][0], drafts[j]["start"] - 40),
                                           drafts[j]["start"])]
        if not counts:
            continue
        ss, se = drafts[counts[0]]["sentence"]
        if len(counts) < 2 or not _VOTES_WORD.search(low, ss, se) or _SEATS_WORD.search(low, ss, se):
            return None
        return counts
    return None


def vote_majorities(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """A majority in votes after a result ("Labour won 1,961 votes (73%), UKIP 320 (12%) ...
    Labour's majority was 1,641"; "Jim Candy, who took 604 votes (45%), won by 190 votes from
    the Conservative, who took 414") is the gap between the two largest counts of the result:
    its own sentence's, else the sentence before's (everyday54). Exact in digits. Left alone
    when a pair is already read, when the counts are seats (a parliamentary majority is over
    all the others), or fewer than two counts stand there."""
    if "majority" not in low and " by " not in low:
        return
    for k, idxs in enumerate(sents):
        for n in idxs:
            d = drafts[n]
            if d.get("section") != "body" or d["unit"] != "" or not d["value"] or \
                    d.get("role") not in (None, "change") or \
                    any(x in ("difference", "ratio", "sum") for x, _ in d["extra"]) or \
                    not _VOTE_MARGIN.search(low, max(d["sentence"][0], d["start"] - 40),
                                            d["start"]):
                continue
            counts = _result_counts(low, drafts, sents, k, n)
            if counts is None or _counts_other_things(low, drafts, n, counts):
                continue
            a, b = sorted(counts, key=lambda j: -drafts[j]["value"])[:2]
            if d["value"] >= drafts[a]["value"]:
                continue
            exact = all(drafts[j].get("qualifier") is None for j in (n, a, b))
            d["extra"] = [x for x in d["extra"] if x[0] != "change"]
            d["extra"].append(("difference", {"of": a, "minus": b,
                                              **({"exact": True} if exact else {})}))
            d["role"] = "difference"


def _counts_other_things(low: str, drafts: list[dict[str, Any]], n: int,
                         counts: list[int]) -> bool:
    """Whether the majority ``n`` names a thing counted that the result's counts do not ("a
    majority of 23 seats" after the parties' votes: a majority in seats, over all others)."""
    noun = noun_right_after(low, drafts[n]["end"])
    return bool(noun) and any(noun_right_after(low, drafts[j]["end"]) not in ("", noun)
                              for j in counts)


# a margin's noun right before its figure: "with a majority of 99", "a lead of 4.5 points"
_MARGIN_NAMED = re.compile(r"\b(?P<noun>majority|margin|lead|gap)[ \u00a0]+(?:of|was|is|at)"
                           r"[ \u00a0]+(?:(?:about|almost|nearly|some|just|roughly|only)"
                           r"[ \u00a0]+)?$")


def headline_margins(low: str, drafts: list[dict[str, Any]]) -> None:
    """A margin the headline or key points give with no pair of their own ("# Brexit bill
    clears the Commons with a majority of 99") restates the body's margin named by the same
    noun ("by 330 votes to 231, a majority of 99"), everyday54: the headline's figure is the
    gap of the same pair, so that wrong-arithmetic checks it too. Only the body's first such
    margin of the figure's unit is taken, and only when exactly one body margin of that noun
    and unit stands in the text (with two, which one is meant is open)."""
    if not any(w in low for w in ("majority", "margin", "lead", "gap")):
        return
    for d in drafts:
        if d.get("section") not in ("headline", "keypoints") or d.get("role") is not None or \
                not d["value"] or any(k in ("difference", "change") for k, _ in d["extra"]):
            continue
        m = _MARGIN_NAMED.search(low, max(d["sentence"][0], d["start"] - 40), d["start"])
        if m is None:
            continue
        body = []
        for x in drafts:
            diff = next((v for k, v in x["extra"] if k == "difference"), None)
            if x.get("section") == "body" and isinstance(diff, dict) and \
                    x["unit"] == d["unit"] and \
                    (n := _MARGIN_NAMED.search(low, max(x["sentence"][0], x["start"] - 40),
                                               x["start"])) is not None and \
                    n.group("noun") == m.group("noun"):
                body.append(diff)
        if len(body) != 1:
            continue
        d["extra"].append(("difference", {k: v for k, v in body[0].items()}))
        d["role"] = "difference"


# a lead said as a compound noun after its figure: "four-point lead", "5 percentage point gap"
_COMPOUND_LEAD = re.compile(r"(?:-|[ \u00a0]+)(?:percentage(?:-|[ \u00a0]+))?points?(?:-|[ \u00a0]+)"
                            r"(?:lead|gap|margin|advantage)\b")
# ... or right after a figure read with its "-point" ("four-point" read as points, extract)
_LEAD_NOUN = re.compile(r"[ \u00a0]+(?:lead|gap|margin|advantage)\b")
# its owner, by a possessive right before: "Labour's four-point lead", "the Tories' 8-point lead"
_LEAD_OWNER = re.compile(r"(?P<name>(?:[A-Z][\w’'.-]*[ \u00a0]+){0,2}[A-Z][\w’'.-]*)(?:['’]s|s['’])"
                         r"[ \u00a0]+(?:(?:new|latest|narrow|narrowed|slim|clear|commanding|"
                         r"comfortable|big|huge|double-digit)[ \u00a0]+)?$")
# its rival, right after: " over the Conservatives"
_LEAD_RIVAL = re.compile(r"[ \u00a0]+over[ \u00a0]+(?:the[ \u00a0]+)?"
                         r"(?P<name>(?:[A-Z][\w’'.-]*[ \u00a0]+){0,3}[A-Z][\w’'.-]*)")


def compound_leads(text: str, low: str, drafts: list[dict[str, Any]],
                   sents: list[list[int]]) -> None:
    """A lead in points said as a compound noun ("Labour's four-point lead over the
    Conservatives", "That five-point lead", everyday57) is the gap of two shares of the poll:
    with both sides named, the nearest share said of each (its sentence, then up to ``_NEAR``
    sentences around); else the shares of its own sentence before it, or of the sentence
    before (across one paragraph break): the owner's share (or the largest) less the largest
    other one, when those shares are said of two or more subjects. Left alone when no such
    pair stands there."""
    if "point" not in low:
        return
    for k, idxs in enumerate(sents):
        for p, n in enumerate(idxs):
            d = drafts[n]
            points = d["unit"] == "percent" and any(x == "percentage_points" for x, _ in d["extra"])
            if d.get("role") is not None or (d["unit"] and not points) or not d["value"] or \
                    d["value"] >= 100 or any(x in ("difference", "change") for x, _ in d["extra"]):
                continue
            m = _COMPOUND_LEAD.match(text, d["end"]) or (
                _LEAD_NOUN.match(text, d["end"]) if text[d["start"]:d["end"]].lower().endswith(
                    ("point", "points")) else None)
            if m is None:
                continue
            own = _LEAD_OWNER.search(text, max(d["sentence"][0], d["start"] - 60), d["start"])
            riv = _LEAD_RIVAL.match(text, m.end())
            pair = _pair_right_after(low, drafts, idxs, p, m.end())
            if pair is None:
                pair = _named_sides(low, drafts, sents, k, p, own, riv) if own and riv else \
                    _sides_before(low, drafts, sents, k, p, own)
            if pair is not None:
                _set(drafts, n, *pair)


# the pair right after a lead: "a 10-point lead, 51% to 41%", "a five-point lead (40% to 35%)"
_LEAD_PAIR_OPEN = re.compile(r"[ \u00a0]*[,:(][ \u00a0]*")
_LEAD_PAIR_JOIN = re.compile(r"[ \u00a0]+(?:to|against|versus|vs\.?)[ \u00a0]+")


def _pair_right_after(low: str, drafts: list[dict[str, Any]], idxs: list[int], p: int,
                      end: int) -> tuple[int, int] | None:
    """The two shares set against each other right after a lead's words (``compound_leads``)."""
    if p + 2 >= len(idxs):
        return None
    a, b = idxs[p + 1], idxs[p + 2]
    if _share(drafts[a]) and _share(drafts[b]) and \
            _LEAD_PAIR_OPEN.fullmatch(low, end, drafts[a]["start"]) and \
            _LEAD_PAIR_JOIN.fullmatch(low, drafts[a]["end"], drafts[b]["start"]):
        return a, b
    return None


def _named_sides(low: str, drafts: list[dict[str, Any]], sents: list[list[int]], k: int,
                 p: int, own: re.Match[str], riv: re.Match[str]) -> tuple[int, int] | None:
    """The nearest share said of the lead's owner and of its rival (``compound_leads``)."""
    near = sents[k][:p] + sents[k][p + 1:] + _window(low, drafts, sents, k, True, True)
    a_last, b_last = _last_word(own.group("name")), _last_word(riv.group("name"))
    mine = [j for j in near if _share(drafts[j]) and _said_of(drafts[j], a_last)]
    theirs = [j for j in near if _share(drafts[j]) and _said_of(drafts[j], b_last)]
    return (mine[0], theirs[0]) if mine and theirs else None


def _sides_before(low: str, drafts: list[dict[str, Any]], sents: list[list[int]], k: int,
                  p: int, own: re.Match[str] | None) -> tuple[int, int] | None:
    """The two sides of a lead named by neither (or by its owner alone): the shares of its
    sentence before it, else of the sentence before (``compound_leads``)."""
    pools = [sents[k][:p]]
    if k and sents[k - 1] and low.count("\n\n", drafts[sents[k - 1][-1]]["end"],
                                        drafts[sents[k][0]]["start"]) <= 1:
        pools.append(sents[k - 1])
    for pool in pools:
        shares = [j for j in pool if _share(drafts[j]) and drafts[j].get("subject")]
        if len({drafts[j]["subject"] for j in shares}) < 2:
            continue
        if any(
                _POINTS.match(low, drafts[j]["end"]) or
                any(x in ("difference", "percentage_points") for x, _ in drafts[j]["extra"])
                for j in pool if j not in shares):
            return None     # (margins of their own: several polls, which pair is open)
        top = sorted(shares, key=lambda j: -drafts[j]["value"])
        a = top[0]
        if own is not None:
            last = _last_word(own.group("name"))
            a = next((j for j in top if _said_of(drafts[j], last)), None)
            if a is None:
                return None
        b = next(j for j in top if drafts[j]["subject"] != drafts[a]["subject"])
        return a, b
    return None


def all_margins(text: str, low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Every reading of this module, in order: margins in points across sentences, leads said
    as a compound noun ("a four-point lead"), majorities in votes after a result ("Labour's
    majority was 1,641"), then a headline's margin from the body's ("with a majority of
    99")."""
    margins_across(text, low, drafts, sents)
    compound_leads(text, low, drafts, sents)
    vote_majorities(low, drafts, sents)
    # "The Conservatives led Labour by 176 votes" after each side's count: vote_margins.py
    named_vote_margins(text, low, drafts, sents)
    headline_margins(low, drafts)
    unpaired_margins(low, drafts)


# a margin named before its figure: "a margin of 17 points", "a lead of three", "a gap of 4%"
_NAMED_GAP = re.compile(r"\b(?:a|the|its|their|his|her)[ \u00a0]+(?:winning[ \u00a0]+)?"
                        r"(?:margin|lead|gap)[ \u00a0]+of[ \u00a0]+(?:(?:about|some|just)[ \u00a0]+)?$")


def unpaired_margins(low: str, drafts: list[dict[str, Any]]) -> None:
    """"beat Australia 34-17 ..., a margin of 17 points": a margin no reading paired with its
    two sides is still a difference, never a level of its noun ("The 51 points scored" is no
    restatement of it)."""
    for d in drafts:
        if d.get("role") is None and \
                _NAMED_GAP.search(low, max(d["sentence"][0], d["start"] - 30), d["start"]):
            d["role"] = "difference"
