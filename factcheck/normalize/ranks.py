"""Ranked figures: places in one ranking, in the orders copy writes them.

- places by rank words in one paragraph: "Singapore was second with 16.1 million TEU, and
  Shenzhen third with 11.8 million" (with the first place given by a superlative: "Shanghai,
  the busiest port, handled almost 19.6 million TEU");
- chains in one sentence: "Puerto Rico had the highest rate, at 6.2%, ahead of New Jersey at
  4.4%, Oregon at 4.3% and Nevada at 4.2%", "France ... 86.9 million, followed by Spain with
  81.8 million";
- a superlative over a class the story names and the other members' figures after it ("The
  Palisades fire, the largest of the three blazes still burning, had scorched 23,713 acres ...
  The Eaton fire had burned 14,117 acres"), and a holder overtaken "for the top spot" whose
  figure comes in a later sentence.

Called by ``relations.relate`` last, on the drafts of one document (indexes into the draft
list). A figure placed right below another of its ranking gets ``("rank", {"of": j, "order":
"desc" | "asc", "word": ..., "of_word": ...})``: ``j`` is the figure placed just above it,
``order`` whether the ranking runs from the highest (the usual) or from the lowest ("the lowest
rate"). Two places of one rank in a paragraph (two rankings, or a tie) leave it unread, as does
a ranking with words of both directions. The words are rules/vocab/ranks.yaml. This module reads
words; whether the figures bear the ranking out is for the rules (wrong-rank) to decide.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Any

from ..extract import vocab
from .sentences import by_sentence

# figures that hold no place of a ranking: amounts of change, earlier values, wholes...
_NOT_PLACED = frozenset({"change", "compared", "difference", "factor", "reference", "expected",
                         "whole"})
# a duration ranks either way (a race time is better lower, a stay longer): left unread
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
_PAR = re.compile(r"[ \u00a0]+(?:under|over)[ \u00a0]+par\b|[ \u00a0]*-[ \u00a0]*\d")
_BLANK = re.compile(r"\n[ \t]*\n")
_RANK_WORDS = ("first", "top", "second", "third", "fourth", "fifth", "ahead of", "followed by",
               "trailed by", "runner-up")


@lru_cache(maxsize=1)
def _vocab() -> tuple[dict[str, re.Pattern[str]], dict[str, int]]:
    data = vocab.load("ranks.yaml")
    pats = {k: re.compile(str(data[k])) for k in ("placed", "chain", "chain_next", "low", "high",
                                                  "leader", "next_place", "extreme_high",
                                                  "extreme_low", "extreme_high_after",
                                                  "extreme_low_after", "moves", "list_intro",
                                                  "indirect", "list_item", "top_of_class",
                                                  "contrast", "top_open", "member_after",
                                                  "leader_own", "record_since",
                                                  "record_it", "record_new", "record_superlative",
                                                  "record_previous", "record_after",
                                                  "chain_behind",
                                                  "counted_place", "superlative_list",
                                                  "overtakes", "overtake_link",
                                                  "leader_verb", "leader_after",
                                                  "superlative_place", "top_change",
                                                  "top_change_whole", "pushed_place",
                                                  "top_change_after", "top_change_peer",
                                                  "class_top", "class_to_figure", "overtaken", "led_with",
                                                  "led_contrast")}
    pats["placed_after"] = re.compile(str(data["placed_after"]).removeprefix("^"))
    return pats, {str(k): int(v) for k, v in vocab.section("ranks.yaml", "ordinals").items()}


@lru_cache(maxsize=1)
def _rate_base() -> re.Pattern[str]:
    """rules/vocab/rates.yaml ``rate_base_after``: a rate's base after its figure."""
    return re.compile(str(vocab.load("rates.yaml")["rate_base_after"]))


def rank_move(low: str, d: dict[str, Any]) -> bool:
    """Whether the figure ``d`` counts places moved in a ranking ("slipped eight places"): such
    a figure is no amount of change of the values beside it. A count of a thousand or more
    ("confirmed 151,760 places on results morning") counts places offered or filled, never
    places moved in a ranking (``_MOVES_BELOW``)."""
    return (d.get("value") is None or abs(d["value"]) < _MOVES_BELOW) and \
        bool(_vocab()[0]["moves"].match(low, d["end"]))


# a ranking has never this many places to move in: a count of places this large counts seats,
# beds or university places
_MOVES_BELOW = 1000


def placed_by_ordinal(low: str, d: dict[str, Any]) -> bool:
    """Whether the figure ``d`` holds a place a rank word gives ("came third in the table with
    20 golds", "were second with 91 medals"; rules/vocab/ranks.yaml ``placed``)."""
    pats, _ = _vocab()
    return pats["placed"].search(low, max(d["sentence"][0], d["start"] - 70), d["start"]) \
        is not None


def rank_orders(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set ``rank`` extras on the figures placed in a ranking (see the module docstring)."""
    if drafts and any(w in low for w in ("cheapest", "lowest", "least")):
        _extremes(low, drafts)
    if drafts and ":\n" in low:
        _ranked_lists(low, drafts)
    if drafts and any(w in low for w in (" of any ", " of all ", " among ")):
        _tops_of_a_class(low, drafts)
    if drafts and any(w in low for w in (" while ", " whereas ")) and \
            any(w in low for w in ("led ", "leads ", "topped ", "tops ")):
        _leaders_against_others(low, drafts)
    if drafts and ("’s " in low or "'s " in low):
        _members_against_tops(low, drafts)
    if drafts and " since " in low:
        _records_since(low, drafts)
    if drafts and "record" in low:
        _previous_records(low, drafts)
    if drafts and " the " in low and any(w in low for w in (" were ", " was ", " are ")):
        _superlative_lists(low, drafts)
    if drafts and any(w in low for w in _OVERTAKE_WORDS):
        _overtakes(low, drafts)
    if drafts and any(w in low for w in _TOP_CHANGE_WORDS):
        _top_changes(low, drafts)
    if drafts and any(w in low for w in _RANK_WORDS):
        breaks = [m.start() for m in _BLANK.finditer(low)]
        _placed_by_rank_words(low, drafts, breaks)
        _chains(low, drafts)
    if drafts and any(f" of {w} " in low for w in ("the", "its", "their", "all")):
        _class_tops(low, drafts)
    if drafts and any(w in low for w in ("overt", "surpass", "displac", "dethron")):
        _overtaken_after(low, drafts)
    if drafts and " the most " in low:
        _most_then_fewest(low, drafts)
        _most_of_its_list(low, drafts)


# the words of the top and the bottom right before their figures, in one clause: "had the most
# such waits (3,506)", "and Cardiff and Vale the fewest (895)"
_MOST_BEFORE = re.compile(r"\bthe[ \u00a0]+most\b[^.;:!?\d()]{0,40}?(?:\([ \u00a0]*|\b(?:with|at|on)"
                          r"[ \u00a0]+)$")
_FEWEST_BEFORE = re.compile(r"\bthe[ \u00a0]+fewest\b[^.;:!?\d()]{0,40}?(?:\([ \u00a0]*|\b(?:with|at|"
                            r"on)[ \u00a0]+)$")


def _most_before(pat: re.Pattern[str], low: str, d: dict[str, Any]) -> bool:
    return pat.search(low, max(d["sentence"][0], d["start"] - 60), d["start"]) is not None


def _most_then_fewest(low: str, drafts: list[dict[str, Any]]) -> None:
    """"Betsi Cadwaladr had the most such waits (3,506) and Cardiff and Vale the fewest (895)"
    (issue #11, everyday114): the one count of a sentence named the fewest is placed below the
    one named the most, in its sentence or the sentence before (the same unit; one of each)."""
    for i, d in enumerate(drafts):
        if not _most_before(_FEWEST_BEFORE, low, d) or not _rankable(low, d):
            continue
        tops = [j for j in range(max(0, i - 8), i)
                if drafts[j]["unit"] == d["unit"] and _rankable(low, drafts[j]) and
                d["sentence"][0] - drafts[j]["sentence"][1] <= 3 and
                _most_before(_MOST_BEFORE, low, drafts[j])]
        if len(tops) != 1:
            continue
        d["extra"].append(("rank", {"of": tops[0], "order": "desc", "word": None,
                                    "of_word": "most"}))


def _most_of_its_list(low: str, drafts: list[dict[str, Any]]) -> None:
    """"The Conservatives had the most first preferences (1,857) ... The SNP won 1,797 and the
    Liberal Democrats 929 ... In all 5,135 first preferences were counted" (issue #11,
    everyday114): the count named the most, a part of a total, is no smaller than each other
    part of that total (each placed below it)."""
    members: dict[int, list[int]] = {}
    for j, x in enumerate(drafts):
        if x.get("role") == "part" and isinstance(x.get("group"), int):
            members.setdefault(x["group"], []).append(j)
    done: set[int] = set()     # (one top a total: a second "most" of its parts reads nothing)
    for i, d in enumerate(drafts):
        g = d.get("group")
        if d.get("role") != "part" or not isinstance(g, int) or g in done or \
                not _most_before(_MOST_BEFORE, low, d):
            continue
        done.add(g)
        for j in members[g]:
            x = drafts[j]
            if j != i and x["unit"] == d["unit"] and x.get("value") and x["value"] > 0 and \
                    not any(k == "rank" for k, _ in x["extra"]):
                x["extra"].append(("rank", {"of": i, "order": "desc", "word": None,
                                            "of_word": "the most"}))


def _overtaken_after(low: str, drafts: list[dict[str, Any]]) -> None:
    """"Apple shipped 234.6 million iPhones in 2023, overtaking Samsung for the top spot.
    Samsung shipped 226.6 million phones": the first figure of the holder passed (its subject,
    rules/vocab/ranks.yaml ``overtaken``) in the sentences after, in the paragraph or the next,
    is placed below the one figure of the sentence before the words (of its unit, and of its
    measure and period when both name one), when no figure of that holder stands between."""
    pats, _ = _vocab()
    breaks = [m.start() for m in _BLANK.finditer(low)]
    for m in pats["overtaken"].finditer(low):
        before = [j for j, x in enumerate(drafts)
                  if x["sentence"][0] <= m.start() and x["end"] <= m.start() and
                  x["sentence"][1] > m.start()]
        if len(before) != 1 or not _rankable(low, drafts[before[0]]):
            continue
        top, para = drafts[before[0]], bisect_right(breaks, m.start())
        for x in drafts[before[0] + 1:]:
            if x["start"] < m.end() or x.get("subject") != m.group("n"):
                continue
            if bisect_right(breaks, x["start"]) <= para + 1 and x["sentence"] != top["sentence"] \
                    and (x.get("unit") or "") == (top.get("unit") or "") and \
                    _rankable(low, x) and not any(
                        top.get(k) is not None and x.get(k) is not None and top[k] != x[k]
                        for k in ("measure", "period")):
                x["extra"].append(("rank", {"of": before[0], "order": "desc", "word": None,
                                            "of_word": m.group(0)}))
            break


def _class_tops(low: str, drafts: list[dict[str, Any]]) -> None:
    """"The Palisades fire, the largest of the three blazes still burning, had scorched 23,713
    acres ... The Eaton fire had burned 14,117 acres and the Hurst fire 799 acres": the figure
    a superlative over a named class makes the top (rules/vocab/ranks.yaml ``class_top``) is
    no smaller than each other member's figure in the sentences after it (``_class_members``);
    a class whose size is given ("the three blazes") holds no more members than that leaves,
    else none is read."""
    pats, _ = _vocab()
    breaks = [m.start() for m in _BLANK.finditer(low)]
    counts = {str(k): int(v) for k, v in vocab.section("ranks.yaml", "counts").items()}
    for m in pats["class_top"].finditer(low):
        top = next((j for j, x in enumerate(drafts) if x["start"] >= m.end()), None)
        if top is None or not drafts[top]["sentence"][0] <= m.start() or \
                pats["class_to_figure"].fullmatch(low, m.end(), drafts[top]["start"]) is None \
                or not drafts[top].get("subject") or not _rankable(low, drafts[top]) or \
                pats["indirect"].match(low, m.start() + 4):
            continue
        members = _class_members(low, drafts, top, breaks, m.group(0).split()[-1])
        n = m.group("n")
        size = None if n is None else int(n) if n.isdigit() else counts[n]
        if not members or (size is not None and len(members) > size - 1):
            continue
        for j in members:
            drafts[j]["extra"].append(("rank", {"of": top, "order": "asc" if m.group("low")
                                                else "desc", "word": None,
                                                "of_word": m.group(0)}))


def _class_members(low: str, drafts: list[dict[str, Any]], top: int, breaks: list[int],
                   noun: str) -> list[int]:
    """The figures of other members of the class whose top is figure ``top``: in the sentences
    after its own, in its paragraph or the next, each of another subject than the top's, of its
    unit, and of its measure and period when both name one; a sentence that names a whole or a
    superlative of its own (``top_change_whole``, ``high``, ``low``), or the class's own
    ``noun`` ("UK airports handled 272 million": a whole or another set of them), holds none."""
    pats, _ = _vocab()
    named = re.compile(r"\b" + re.escape(noun) + r"\b")
    d = drafts[top]
    para = bisect_right(breaks, d["start"])
    out = []
    for j in range(top + 1, len(drafts)):
        x = drafts[j]
        if bisect_right(breaks, x["start"]) > para + 1:
            break
        s, e = x["sentence"]
        if x["sentence"] == d["sentence"] or (x.get("unit") or "") != (d.get("unit") or "") or \
                not x.get("subject") or x["subject"] == d["subject"] or \
                not _rankable(low, x) or \
                any(d.get(k) is not None and x.get(k) is not None and d[k] != x[k]
                    for k in ("measure", "period")) or \
                pats["top_change_whole"].search(low, s, e) or pats["high"].search(low, s, e) \
                or pats["low"].search(low, s, e) or named.search(low, s, e):
            continue
        out.append(j)
    return out


# the words a sentence of ``_overtakes`` holds one of (a cheap test before its pattern)
_OVERTAKE_WORDS = ("overt", "past", "ahead of", "surpass", "outstrip", "place", "spot",
                   "position")
# a passive "was overtaken by" or "fell behind": the subject is the one passed
_PASSIVE_OVERTAKE = re.compile(r"\b(?:overtaken|surpassed[ \u00a0]+by|outstripped[ \u00a0]+by|"
                               r"pushed[ \u00a0]+(?:in)?to)\b")


def _overtakes(low: str, drafts: list[dict[str, Any]]) -> None:
    """"China overtook Germany as the biggest exporter, selling $957 billion against
    Germany's $997 billion", "exported $1.2 trillion, against $1.27 trillion for Germany,
    pushing Germany into second place": in a sentence whose subject goes ahead of another
    (ranks.yaml ``overtakes``), the figure after the link words (``overtake_link``) is the one
    passed, placed below the subject's figure right before them (one unit, one measure and
    period when both have them)."""
    pats, _ = _vocab()
    for i in range(len(drafts) - 1):
        a, b = drafts[i], drafts[i + 1]
        ss, se = a["sentence"]
        # (the one passed is the figure the subject's is compared with: role "compared", of
        # the same period when both are dated; an earlier value has a period of its own)
        if b["sentence"] != a["sentence"] or a["unit"] != b["unit"] or \
                not _rankable(low, a) or a.get("role") == "compared" or \
                not _rankable(low, {**b, "role": None}) or \
                b.get("role") not in (None, "compared") or \
                any(a.get(k) is not None and b.get(k) is not None and a[k] != b[k]
                    for k in ("measure", "period")) or \
                pats["overtake_link"].fullmatch(low, a["end"], b["start"]) is None:
            continue
        verb = pats["overtakes"].search(low, ss, a["start"]) or \
            pats["overtakes"].search(low, b["end"], se)
        if verb is None or _PASSIVE_OVERTAKE.search(low, ss, se) or \
                sum(1 for x in drafts if x["sentence"] == a["sentence"] and
                    x["unit"] == a["unit"] and
                    x.get("role") not in _NOT_PLACED - {"compared"}) != 2:
            continue    # (a third figure of the unit may be either's: left unread)
        b["extra"].append(("rank", {"of": i, "order": "desc", "word": None,
                                    "of_word": verb.group(0)}))


# the words a text of ``_top_changes`` holds one of (a cheap test before its pattern)
_TOP_CHANGE_WORDS = ("fastest", " most", "biggest", "largest", "sharpest", "strongest",
                     "steepest", "led the way")


# the class a superlative ranks, named before it: "Among the English regions London grew most"
_AMONG = re.compile(r"\b(?:among|of)[ \u00a0]+(?:the|all|its|their)[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}?"
                    r"(?:regions|countries|nations|states|cities|sectors|categories|groups|types|"
                    r"parties|teams|sites|areas|counties|provinces|members|markets)\b")


def _rise(d: dict[str, Any]) -> dict[str, Any] | None:
    """The change of ``d`` when it is a rise in per cent ("up 8%", "grew 1.6%"), else None."""
    ch = next((v for k, v in d["extra"] if k == "change"), None)
    if d.get("role") != "change" or d.get("unit") != "percent" or not d.get("value") or \
            ch is None or ch.get("direction") != "up" or ch.get("kind") != "percent":
        return None
    return ch


def _named_rise(d: dict[str, Any]) -> bool:
    """Whether ``d`` is a percentage with no role of its own, which the superlative before it
    makes a rise ("customers see the biggest rise, 5.5%": the rise it names, in apposition)."""
    return d.get("role") is None and d.get("unit") == "percent" and bool(d.get("value")) and \
        d["value"] > 0


def _top_changes(low: str, drafts: list[dict[str, Any]]) -> None:
    """"The Middle East grew fastest, with arrivals up 8%. Arrivals in Asia and the Pacific
    rose 5%": the rise a superlative of growth makes the largest (rules/vocab/ranks.yaml
    ``top_change``) is no smaller than the rise of each peer in per cent in the other
    sentences of its paragraph; a peer's sentence that names a whole or another superlative
    (``top_change_whole``: "worldwide", "the national average") holds no peer, and one of
    another measure or period is no peer either."""
    pats, _ = _vocab()
    breaks = [m.start() for m in _BLANK.finditer(low)]
    for i, d in enumerate(drafts):
        if (_rise(d) is None and not _named_rise(d)) or not _said_top_change(low, d) or \
                _AMONG.search(low, d["sentence"][0], d["start"]):
            continue    # (a superlative "among the English regions" ranks a class the other
            # sentences' rises may not belong to: "Westminster Abbey's visits rose 49%")
        para = bisect_right(breaks, d["start"])
        for j, x in enumerate(drafts):
            s, e = x["sentence"]
            if x["sentence"] == d["sentence"] or bisect_right(breaks, x["start"]) != para or \
                    not _peer_rise(low, x) or any(k == "rank" for k, _ in x["extra"]) or \
                    pats["top_change_whole"].search(low, s, e) or \
                    pats["top_change"].search(low, s, x["start"]) or \
                    pats["high"].search(low, s, e) or pats["low"].search(low, s, e) or \
                    any(d.get(k) is not None and x.get(k) is not None and d[k] != x[k]
                        for k in ("measure", "period")):
                continue
            x["extra"].append(("rank", {"of": i, "order": "desc", "word": None,
                                        "of_word": "the largest rise"}))


def _said_top_change(low: str, d: dict[str, Any]) -> bool:
    """Whether the words of ``d``'s sentence make its rise the largest: before it ("Midlothian
    will grow the most, by 13.3%") or right after it (", the largest rise of any region")."""
    pats, _ = _vocab()
    return pats["top_change"].search(low, d["sentence"][0], d["start"]) is not None or \
        pats["top_change_after"].match(low, d["end"], d["sentence"][1]) is not None


def _peer_rise(low: str, x: dict[str, Any]) -> bool:
    """Whether ``x`` is a rise a largest rise outranks: a rise in per cent, or a percentage
    with no role that follows the largest ("... followed, each at 6.4%"; "is next at 8.6%")."""
    if _rise(x) is not None:
        return True
    pats, _ = _vocab()
    return x.get("unit") == "percent" and x.get("role") in (None, "item") and bool(x.get("value")) and \
        pats["top_change_peer"].search(low, max(x["sentence"][0], x["start"] - 40),
                                       x["start"]) is not None


def _superlative_lists(low: str, drafts: list[dict[str, Any]]) -> None:
    """"The forces with the most were the Metropolitan Police (17), Greater Manchester Police
    (9), Hertfordshire (8) and Merseyside (6)": the items of a list a superlative ranks (ranks.yaml
    ``superlative_list``), each placed below the one before it."""
    pats, _ = _vocab()
    for i, d in enumerate(drafts):
        if not _rankable(low, d) or \
                pats["superlative_list"].match(low, d["sentence"][0], d["start"]) is None:
            continue
        links = [i]
        while (more := _next_of_unit(low, drafts, links[-1], pats["chain_next"])) is not None:
            links.append(more)
        order = _order(low, [d["sentence"]])
        if len(links) < 2 or order is None:
            continue
        for above, below in zip(links, links[1:]):
            drafts[below]["extra"].append(("rank", {"of": above, "order": order,
                                                    "word": "next", "of_word": "above"}))


# a sentence that opens on a plural pronoun: its subject is none a singular "it" can name
_PLURAL_OPENING = re.compile(r"\W*(?:they|these|those)\b")


def _records_since(low: str, drafts: list[dict[str, Any]]) -> None:
    """"It is the lowest since 1991, when the vintage came in at 42.7 million" (after "47.1
    million" in the sentence before), "Sales of 412 were the highest since 2015, when 450 were
    sold": the year's figure, the first of the level's unit after "when", is placed no higher
    than the level for a low record and no lower for a high one (a month named alone too: "the
    highest since March, when it was 3.2%"). The level is the nearest free figure of its unit
    before the superlative in its sentence (no earlier value set against another), else, when the sentence opens on
    "It is" or "That was", the first of the sentence before."""
    pats, _ = _vocab()
    for m in pats["record_since"].finditer(low):
        after = next((j for j, x in enumerate(drafts) if x["start"] >= m.end()), None)
        if after is None or not drafts[after]["sentence"][0] <= m.start() < \
                drafts[after]["sentence"][1]:
            continue
        ss = drafts[after]["sentence"][0]
        year = drafts[after]
        before = [j for j in range(after) if drafts[j]["sentence"][0] == ss and
                  drafts[j]["end"] <= m.start()]
        if not before and after and pats["record_it"].match(low, ss):
            prev = drafts[after - 1]["sentence"]
            # ("They relate to 6.13 million patients ... It is the lowest since ...": a
            # singular "it" after a sentence on "they" says more of an earlier subject)
            before = [] if _PLURAL_OPENING.match(low, prev[0]) else \
                [j for j in range(after) if drafts[j]["sentence"] == prev][:1]
        # (the level, not the earlier value set against it: "rose to 2.3% in October from
        # 1.7% in September, the highest since April, when ...")
        free = [j for j in before if drafts[j].get("role") != "compared"]
        level = free[-1] if free else None
        if level is None or any(k == "rank" for k, _ in year["extra"]):
            continue
        x = drafts[level]
        if x["unit"] != year["unit"] or x.get("role") not in (None, "total") or \
                year.get("role") not in (None, "compared") or x["value"] is None or \
                year["value"] is None or (x["unit"] or "") in _TIME_UNITS:
            continue
        order = "desc" if m.group("low") else "asc"
        year["extra"].append(("rank", {"of": level, "order": order, "word": None,
                                       "of_word": "the record since " +
                                       (m.group("y") or m.group("mon"))}))


def _previous_records(low: str, drafts: list[dict[str, Any]]) -> None:
    """"Average attendance reached a record 40,267 ... The previous record, 39,574, was set in
    2021-22": the previous record is placed below the new one (above it for a record low). The
    new record is the nearest figure of the previous one's unit called a record before it (by
    the words before it, or after it: "£208 million ..., the largest amount ever won"), in
    its sentence or the two before (no paragraph between, unless the previous record opens the
    paragraph after the new one's: "... a record 56,640 runners ...\n\nThe previous record of
    55,646 was set ...")."""
    pats, _ = _vocab()
    news: list[tuple[int, bool]] = []
    for j, d in enumerate(drafts):
        ss = d["sentence"][0]
        m = pats["record_new"].search(low, max(ss, d["start"] - 40), d["start"]) or \
            pats["record_superlative"].search(low, ss, d["start"]) or \
            pats["record_after"].match(low, d["end"], min(len(low), d["end"] + 120))
        if m is not None:
            news.append((j, m.group("low") is not None))
            continue
        if not news or not pats["record_previous"].search(low, max(ss, d["start"] - 50),
                                                          d["start"]):
            continue
        r, is_low = news[-1]
        x = drafts[r]
        if x["unit"] != d["unit"] or x["value"] is None or d["value"] is None or \
                (x["unit"] or "") in _TIME_UNITS or x.get("role") not in (None, "total") or \
                _paragraphs_between(low, x["end"], d["start"], ss) or \
                len({y["sentence"] for y in drafts[r:j + 1]}) > 3 or \
                any(k in ("rank", "direction") for k, _ in d["extra"]):
            continue
        d["extra"].append(("rank", {"of": r, "order": "asc" if is_low else "desc",
                                    "word": None, "of_word": "the new record"}))


def _extremes(low: str, drafts: list[dict[str, Any]]) -> None:
    """"The West Coast had the most expensive fuel at $2.88 a gallon and the Gulf Coast the
    cheapest at $2.51": in one sentence, the one figure said as the top and the one said as the
    bottom of a comparison, in one unit: the bottom is placed below the top."""
    pats, _ = _vocab()
    by_sent = by_sentence(drafts)
    for idxs in by_sent.values():
        if len(idxs) < 2:
            continue
        high = {i: _extreme_at(low, drafts, idxs, i, pats["extreme_high"],
                               pats["extreme_high_after"]) for i in idxs}
        lows = {i: _extreme_at(low, drafts, idxs, i, pats["extreme_low"],
                               pats["extreme_low_after"]) for i in idxs}
        # (a figure both words may name is named by the nearer: "..., the lowest share of
        # any region, while London had the highest at 32.6%")
        tops = [i for i in idxs if high[i] >= 0 and high[i] >= lows[i]]
        bottoms = [i for i in idxs if lows[i] >= 0 and lows[i] > high[i]]
        if len(tops) == 1 and len(bottoms) > 1:
            # ("22.4% of entries earned a 7/A or above, the lowest share": the 7 is no share;
            # a price a gallon and a bare price are one kind)
            bottoms = [i for i in bottoms if _kind(drafts[i]) == _kind(drafts[tops[0]])]
        elif len(bottoms) == 1 and len(tops) > 1:
            tops = [i for i in tops if _kind(drafts[i]) == _kind(drafts[bottoms[0]])]
        if len(tops) != 1 or len(bottoms) != 1 or tops == bottoms:
            continue
        t, b = drafts[tops[0]], drafts[bottoms[0]]
        for x, y in ((t, b), (b, t)):
            # (a bare price beside a price a gallon is a price a gallon: "$2.88 a gallon and
            # ... the cheapest at $2.51")
            if " / " in (x["unit"] or "") and y["unit"] == x["unit"].split(" / ")[0]:
                y["unit"] = x["unit"]
        if t["unit"] != b["unit"] or not (_rankable(low, b) or _bare_rate_of_change(b)) or \
                t.get("value") is None:
            # (rates of growth rank too: "Semi-detached houses rose most, by 4.8%, and flats
            # least, by 2.3%")
            continue
        b["extra"].append(("rank", {"of": tops[0], "order": "desc", "word": "lowest"}))


def _kind(d: dict[str, Any]) -> str:
    """A figure's unit without its "per" part ("USD / gallon" -> "USD")."""
    return (d["unit"] or "").split(" / ")[0]


def _extreme_at(low: str, drafts: list[dict[str, Any]], idxs: list[int], i: int,
                before: re.Pattern[str], after: re.Pattern[str]) -> int:
    """Where the words that make figure ``i`` the top (or bottom) of a comparison start, as
    nearness: the words right after it, before the next figure of its unit in its sentence
    ("22.4% of entries earned a 7/A or above, the lowest share of any region":
    rules/vocab/ranks.yaml ``extreme_*_after``), are nearest (a large number); words before
    it count by where they start; -1 when no words name it so."""
    d = drafts[i]
    m = after.match(low, d["end"], d["sentence"][1])
    nxt = next((drafts[j]["start"] for j in idxs if drafts[j]["start"] > d["start"] and
                drafts[j]["unit"] == d["unit"]), d["sentence"][1])
    if m is not None and m.end() <= nxt:
        return len(low) + 1
    m = before.search(low, max(d["sentence"][0], d["start"] - 110), d["start"])
    return m.start() if m is not None else -1


def _tops_of_a_class(low: str, drafts: list[dict[str, Any]]) -> None:
    """"South Asia had the fastest growth of any region, at 9.3%, while the US and China
    posted 8.2% and 8.4% respectively": a figure a superlative makes the top of a class its
    sentence names ("of any region", "among the states") is above each figure of its unit
    that the rest of the sentence gives, after a word of contrast, for other members ("while",
    "whereas", "compared with"). Each of those is placed below the top."""
    pats, _ = _vocab()
    for i, d in enumerate(drafts):
        if not (_rankable(low, d) or _bare_rate_of_change(d)):
            continue
        m = pats["top_of_class"].search(low, max(d["sentence"][0], d["start"] - 140),
                                        d["start"])
        c = pats["contrast"].match(low, d["end"], d["sentence"][1]) if m is not None else None
        if c is None:
            continue
        _placed_below(low, drafts, i, c.end(), m.group("w"))


def _leaders_against_others(low: str, drafts: list[dict[str, Any]]) -> None:
    """"Among the nine divisions the Pacific led with 11.6%, while the East North Central was
    at 11%": the figure a verb of leading with no object but the class puts first (ranks.yaml
    ``led_with``) is above each figure of its unit that the rest of its sentence gives after
    "while" or "whereas" (``led_contrast``), of no other period. Each is placed below it."""
    pats, _ = _vocab()
    for i, d in enumerate(drafts):
        if not (_rankable(low, d) or _bare_rate_of_change(d)):
            continue
        m = pats["led_with"].search(low, max(d["sentence"][0], d["start"] - 80), d["start"])
        c = pats["led_contrast"].match(low, d["end"], d["sentence"][1]) if m is not None \
            else None
        if c is None:
            continue
        _placed_below(low, drafts, i, c.end(), "led", same_period=True)


def _placed_below(low: str, drafts: list[dict[str, Any]], i: int, after: int, word: str,
                  same_period: bool = False) -> None:
    """Place each rankable figure of ``drafts[i]``'s unit that its sentence gives from
    ``after`` on below it (a rank of ``word``); with ``same_period``, only those of no other
    period."""
    d = drafts[i]
    unit = d.get("unit") or ""
    for j in range(i + 1, len(drafts)):
        x = drafts[j]
        if x["sentence"] != d["sentence"]:
            break
        if x["start"] >= after and (x.get("unit") or "") == unit and \
                (not same_period or None in (x.get("period"), d.get("period")) or
                 x["period"] == d["period"]) and \
                (_rankable(low, x) or _bare_rate_of_change(x)):
            x["extra"].append(("rank", {"of": i, "order": "desc", "word": "next",
                                        "of_word": word}))


def _paragraphs_between(low: str, start: int, end: int, sentence_start: int) -> bool:
    """Whether a paragraph break parts ``start`` from ``end`` other than one right before the
    sentence (at ``sentence_start``) that holds ``end``."""
    breaks = low.count("\n\n", start, end)
    opening = "\n\n" in low[max(start, sentence_start - 3):sentence_start]
    return breaks > 1 or (breaks == 1 and not opening)


def _members_against_tops(low: str, drafts: list[dict[str, Any]]) -> None:
    """"won the most medals overall, 126 against China's 91": the figure a superlative of a
    count opens (rules/vocab/ranks.yaml ``top_open``), with the next figure of its unit another
    member's (``member_after``: a possessive right before it, never another time's), places
    that figure below it."""
    pats, _ = _vocab()
    for i, d in enumerate(drafts[:-1]):
        x = drafts[i + 1]
        if x["sentence"] != d["sentence"] or (x.get("unit") or "") != (d.get("unit") or "") or \
                pats["member_after"].fullmatch(low, d["end"], x["start"]) is None:
            continue
        m = pats["top_open"].search(low, max(d["sentence"][0], d["start"] - 60), d["start"])
        if m is None or not _rankable(low, d) or not _rankable(low, dict(x, role=None)):
            continue
        x["extra"].append(("rank", {"of": i, "order": "desc", "word": "next",
                                    "of_word": m.group("w")}))


def _ranked_lists(low: str, drafts: list[dict[str, Any]]) -> None:
    """"The most-visited destinations were:" and a list after it, one item a line ("- France:
    86.9 million arrivals (+5.1%)", "- Spain: 81.8 million (+8.6%)"): a table written as text,
    whose items are its places in order. Each item's first figure is placed below the first
    figure of the item before, when all the items' first figures share a unit (three items at
    least; a list that runs out of figures ends there)."""
    pats, _ = _vocab()
    starts = [d["start"] for d in drafts]
    for intro in pats["list_intro"].finditer(low):
        words = low[intro.start():intro.end()]
        order = "asc" if pats["low"].search(words) else "desc"
        if order == "asc" and pats["high"].search(words):
            continue    # (words of both kinds: which way it runs is not known)
        items: list[int] = []
        pos = intro.end()
        while (m := pats["list_item"].match(low, pos)) is not None:
            end = low.find("\n", m.end())
            end = len(low) if end < 0 else end
            k = bisect_right(starts, m.end() - 1)
            if k >= len(drafts) or drafts[k]["start"] >= end or not _rankable(low, drafts[k]):
                break
            items.append(k)
            pos = end + 1
        if len(items) < 3 or len({drafts[i].get("unit") or "" for i in items}) != 1:
            continue
        for n, (above, below) in enumerate(zip(items, items[1:]), start=1):
            drafts[below]["extra"].append(("rank", {"of": above, "order": order,
                                                    "word": f"item {n + 1} of the list",
                                                    "of_word": f"item {n}"}))


def _rankable(low: str, d: dict[str, Any], timed: bool = False) -> bool:
    """Whether ``d`` may hold a place in a ranking: a positive figure with no role that
    excludes it, not yet placed; a duration only when ``timed`` (its sentence says which way
    the durations rank: ``_timed_ranking``)."""
    return d.get("value") is not None and d["value"] > 0 and \
        d.get("role") not in _NOT_PLACED and (
            (d.get("unit") or "") not in _TIME_UNITS or timed) and \
        _PAR.match(low, d["end"]) is None and not any(k == "rank" for k, _ in d["extra"])


# a superlative of durations before a chain's head: "had the longest average wait, more than
# 22 weeks, followed by Buckinghamshire at 18.4 weeks" (the durations rank from the longest)
_DURATION_RANK = re.compile(r"\b(?:longest|shortest)\b")


def _timed_ranking(low: str, d: dict[str, Any]) -> bool:
    """Whether the words of ``d``'s sentence before it rank durations ("the longest wait")."""
    return (d.get("unit") or "") in _TIME_UNITS and \
        _DURATION_RANK.search(low, d["sentence"][0], d["start"]) is not None


def _placed_by_rank_words(low: str, drafts: list[dict[str, Any]], breaks: list[int]) -> None:
    """"second with 16.1 million", "third at 4.3%": the places of each paragraph, one ranking
    per unit, linked place to place."""
    pats, ordinals = _vocab()
    groups: dict[tuple[int, str], list[tuple[int, int, str]]] = {}
    for i, d in enumerate(drafts):
        if not _rankable(low, d):
            continue
        key = (bisect_right(breaks, d["start"]), d.get("unit") or "")
        m = pats["placed"].search(low, max(d["sentence"][0], d["start"] - 70), d["start"])
        if m is None:   # "pushing Dubai, on 86.4 million, down to fourth"
            m = pats["placed_after"].match(low, d["end"], d["sentence"][1])
        if m is None:   # "Beijing Capital, the world's second-busiest airport, saw 89.9 million"
            m = _superlative_place(low, drafts, i)
        if m is None:   # "..., pushing Samsung into second place. Samsung's shipments fell to"
            m = _pushed_place(low, drafts, i, breaks)
        if m is not None:
            w = m.group("rank") or m.group("rank2") or m.group("rank3")
            groups.setdefault(key, []).append((ordinals[w], i, w))
        elif (c := _counted_place(low, drafts, i)) is not None:
            groups.setdefault(key, []).append(c)
    for (para, unit), places in _continued_rankings(groups).items():
        ranks = [p for p, _, _ in places]
        if len(set(ranks)) != len(ranks):
            continue    # two rankings in one paragraph, or a tie: which is above is unknown
        if 1 not in ranks:
            top = min(i for _, i, _ in places)
            lead = _leader(low, drafts, breaks, para, unit, top)
            if lead is None and min(ranks) in (2, 3):
                lead = _leader_before(low, drafts, breaks, para, unit, top)
            if lead is not None:
                places.append((1, lead, "first"))
                if 2 not in ranks and (nxt := _beside_leader(low, drafts, lead)) is not None:
                    places.append((2, nxt, "next"))
        _next_places(low, drafts, places, breaks)
        if len(places) < 2:
            continue
        order = _order(low, [drafts[i]["sentence"] for _, i, _ in places])
        if order is None:
            # ("The least punctual operator was Hull Trains, which ran just 40.1% of its
            # services on time ... Virgin Trains was second from bottom with 42%": the leader's
            # quality says which way the figures run)
            lead_q = [_quality_order(low, drafts[i]) for p, i, _ in places if p == 1]
            order = lead_q[0][0] if lead_q and lead_q[0] is not None else \
                _places_quality(low, drafts, places)
        if order is None:
            continue
        places.sort()
        for (_, above, w_above), (_, below, w_below) in zip(places, places[1:]):
            if any(k == "rank" and v.get("of") == above for k, v in drafts[below]["extra"]) or \
                    (w_above != "first" and _other_measures(drafts[above], drafts[below])):
                # (already placed below it: "pushing Samsung into second place"; or two places
                # of other measures: "second with 91 medals", "third with 20 golds"; a
                # leader's figure is often named in other words: "sold 750,789 pickups")
                continue
            drafts[below]["extra"].append(("rank", {"of": above, "order": order,
                                                    "word": w_below, "of_word": w_above}))


def _counted_place(low: str, drafts: list[dict[str, Any]], i: int
                   ) -> tuple[int, int, str] | None:
    """"Behind the two leaders, Japan won 27 golds": the place after the ones counted
    (rules/vocab/ranks.yaml ``counted_place``), held by the first figure after the words in
    their sentence (figure ``i`` when no figure stands between)."""
    pats, ordinals = _vocab()
    d = drafts[i]
    m = pats["counted_place"].search(low, d["sentence"][0], d["start"])
    if m is None or any(d["sentence"] == x["sentence"] and m.end("n" if m.group("n") else "m")
                        < x["start"] < d["start"] for x in drafts):
        return None
    n = m.group("n") or m.group("m")
    counts = {str(k): int(v) for k, v in vocab.section("ranks.yaml", "counts").items()}
    place = (int(n) if n.isdigit() else counts[n]) + 1
    word = next((str(w) for w, p in ordinals.items() if p == place and w != "top"), str(place))
    return place, i, f"{word} ({m.group('w')})"


def _continued_rankings(groups: dict[tuple[int, str], list[tuple[int, int, str]]]
                        ) -> dict[tuple[int, str], list[tuple[int, int, str]]]:
    """The places of a paragraph that go on from the ranking of the paragraph before ("Huawei
    was second with 52.0 million ... // Xiaomi came fourth with 34.3 million and Oppo fifth"):
    one ranking, kept under the first paragraph, when every place of the later paragraph is
    lower than every place of the earlier one and the unit is the same."""
    out: dict[tuple[int, str], list[tuple[int, int, str]]] = {}
    for (para, unit), places in sorted(groups.items()):
        prev = out.get((para - 1, unit))
        if prev is not None and min(r for r, _, _ in places) > max(r for r, _, _ in prev):
            # (kept under the later key too, so a third paragraph may go on from it)
            prev.extend(places)
            out[(para, unit)] = prev
            continue
        out[(para, unit)] = list(places)
    seen: set[int] = set()
    merged: dict[tuple[int, str], list[tuple[int, int, str]]] = {}
    for key, places in out.items():
        if id(places) not in seen:
            seen.add(id(places))
            merged[key] = places
    return merged


def _next_places(low: str, drafts: list[dict[str, Any]], places: list[tuple[int, int, str]],
                 breaks: list[int]) -> None:
    """"Asia-Pacific was the busiest region, with 2.46 billion; Europe followed with 1.93
    billion and North America was third with 1.72 billion": a figure that "followed" takes the
    place after the placed figure right before it, when no other figure holds that place; after
    the last place too, in its paragraph ("La La Land was second with $14.5 million ... Rogue
    One followed with $13.9 million")."""
    pats, _ = _vocab()
    if not places:
        return
    lo, hi = min(i for _, i, _ in places), max(i for _, i, _ in places)
    para = bisect_right(breaks, drafts[hi]["start"])
    while hi + 1 < len(drafts) and bisect_right(breaks, drafts[hi + 1]["start"]) == para:
        hi += 1
    unit = drafts[lo].get("unit") or ""
    taken = {p for p, _, _ in places}
    for j in range(lo + 1, hi + 1):
        d = drafts[j]
        if (d.get("unit") or "") != unit or not _rankable(low, d) or \
                any(i == j for _, i, _ in places) or \
                not pats["next_place"].search(low, max(d["sentence"][0], d["start"] - 40),
                                              d["start"]):
            continue
        above = max((p, i) for p, i, _ in places if i < j)
        if above[0] + 1 not in taken:
            places.append((above[0] + 1, j, "next"))
            taken.add(above[0] + 1)


def _leader_before(low: str, drafts: list[dict[str, Any]], breaks: list[int], para: int,
                   unit: str, top: int) -> int | None:
    """The leader of a ranking whose second place opens paragraph ``para``, in one of the two
    paragraphs before ("Atlanta remained the world's busiest airport, handling 110.5 million
    passengers. // Beijing Capital kept second place with 100.0 million"; a paragraph on
    something else may stand between), when no figure of the unit stands before the second
    place in its paragraph."""
    first = top
    for back in (1, 2):
        while first > 0 and bisect_right(breaks, drafts[first - 1]["start"]) >= para - back + 1:
            first -= 1
        if back == 1 and any((drafts[j].get("unit") or "") == unit for j in range(first, top)):
            return None     # (a figure of the unit before the second place in its paragraph
            # is the one it follows: "more than 6.7 million came ... The National Gallery was
            # second with just over 6 million", not a superlative's count two paragraphs up)
        lead = _leader(low, drafts, breaks, para - back, unit, first)
        if lead is not None:
            return lead
    return None


def _leader(low: str, drafts: list[dict[str, Any]], breaks: list[int], para: int, unit: str,
            first: int) -> int | None:
    """The figure a superlative makes first ("Shanghai, the busiest port, handled almost 19.6
    million TEU"): the only figure of ``unit`` of its sentence, in the paragraph, before the
    first figure placed by a rank word (or the first of the sentence that placed figure
    shares)."""
    pats, _ = _vocab()
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for j in range(first - 1, -1, -1):
        if bisect_right(breaks, drafts[j]["start"]) != para:
            break
        if (drafts[j].get("unit") or "") == unit:
            by_sentence.setdefault(drafts[j]["sentence"], []).append(j)
    for (s, e), idxs in by_sentence.items():
        # (its sentence's first figure of the unit, when the superlative stands before it:
        # "Asia-Pacific was the busiest region, with 2.46 billion; Europe followed with ...")
        top = min(idxs)
        if (len(idxs) == 1 or drafts[first]["sentence"] == (s, e)) and \
                _rankable(low, drafts[top]) and \
                pats["leader"].search(low, s, drafts[top]["start"]):
            return top
        # (with several figures of the unit, the first one after the superlative: "more than
        # 300 researchers, with the biggest share going to UK institutions, which won 60")
        if len(idxs) == 1 and _rankable(low, drafts[top]) and \
                pats["leader_after"].match(low, drafts[top]["end"], e):
            return top  # "101.5 million passengers ..., remaining the busiest airport"
        if (by_verb := _leader_by_verb(low, drafts, idxs, s, drafts[first].get("measure"))) \
                is not None:
            return by_verb
        lead = [m.end() for m in pats["leader"].finditer(low, s, drafts[max(idxs)]["start"])]
        after = sorted(j for j in idxs if lead and drafts[j]["start"] > lead[-1])
        if len(lead) == 1 and after and _rankable(low, drafts[after[0]]) and \
                not _margin_beside_level(low, drafts, after[0]) and \
                drafts[after[0]]["start"] - lead[-1] <= 60:
            if pats["leader_own"].search(low, lead[-1], drafts[after[0]]["start"]):
                # "Atlanta handled 96 million passengers and was the busiest airport, thanks
                # to its 85.4 million domestic travellers": a figure of the leader's own (a
                # part of it) after the superlative; the leader is the figure before it
                return top if top < after[0] and _rankable(low, drafts[top]) else None
            return after[0]
    return None


def _other_measures(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two figures both name what they measure and name different things (their
    measures' first words differ: "gold" and "gold took" are one thing, "gold" and "medal"
    two)."""
    return a.get("measure") is not None and b.get("measure") is not None and \
        str(a["measure"]).split()[:1] != str(b["measure"]).split()[:1]


def _leader_by_verb(low: str, drafts: list[dict[str, Any]], idxs: list[int], start: int,
                    measure: str | None) -> int | None:
    """The figure a verb of leading makes first ("Barbie led the North American box office
    for a second weekend, taking an estimated $93 million"; rules/vocab/ranks.yaml
    ``leader_verb``): the first of ``idxs`` (the figures of a ranking's unit in one sentence,
    which opens at ``start``) after the one such verb of the sentence, the first of
    ``measure`` (the places') when one is; or the sentence's only one ("handled 104.7 million
    passengers ... and kept its place at the top of the world rankings")."""
    pats, _ = _vocab()
    end = drafts[max(idxs)]["start"] if len(idxs) > 1 else drafts[idxs[0]]["sentence"][1]
    found = list(pats["leader_verb"].finditer(low, start, end))
    after = sorted(j for j in idxs if found and drafts[j]["start"] > found[0].end())
    # (of the places' measure when one says it: "won the Premier League in 2004 ..., finishing
    # on 90 points" before "second with 97 points")
    own = [j for j in after if measure is not None and drafts[j].get("measure") == measure]
    after = own or after or (idxs if found and len(idxs) == 1 else [])
    if len(found) != 1 or not after or not _rankable(low, drafts[after[0]]) or \
            _margin_beside_level(low, drafts, after[0]):
        return None     # (nor the margin it leads by: "..., 10 million TEU ahead of")
    return after[0]


# the words between a figure and an ordinal superlative in apposition after it ("gained
# 365,205, the second-largest increase")
_APPOSITION = re.compile(r"[ \u00a0]*,[ \u00a0]*")
# the words between an ordinal superlative and the figure after it ("the world's
# second-busiest airport, saw 89.9 million"; "the second most popular model, with 64,829")
_SUPERLATIVE_TO_FIGURE = re.compile(r"(?:(?!\b(?:and|while|but|whereas)\b)[^.;:!?\d]){0,40}$")


def _superlative_place(low: str, drafts: list[dict[str, Any]], i: int) -> re.Match[str] | None:
    """The ordinal superlative that places figure ``i`` (rules/vocab/ranks.yaml
    ``superlative_place``): one in its sentence with no figure between it and the figure, after
    it ("Americans, the second biggest spenders, spent $120 billion") or right before it in
    apposition ("Florida gained 365,205, the second-largest increase")."""
    pats, _ = _vocab()
    d = drafts[i]
    s, e = d["sentence"]
    for m in pats["superlative_place"].finditer(low, s, e):
        between = [x for x in drafts if x["sentence"] == d["sentence"] and
                   min(m.end(), d["end"]) <= x["start"] < max(m.start(), d["start"])]
        if between:
            continue
        if m.end() <= d["start"] and _SUPERLATIVE_TO_FIGURE.match(low, m.end(), d["start"]):
            return m
        if d["end"] <= m.start() and _APPOSITION.fullmatch(low, d["end"], m.start()):
            return m
    return None


def _pushed_place(low: str, drafts: list[dict[str, Any]], i: int, breaks: list[int]
                  ) -> re.Match[str] | None:
    """The words that push the holder of figure ``i`` down to a place ("pushing Samsung into
    second place"; rules/vocab/ranks.yaml ``pushed_place``) in the sentences before ``i``'s, in
    its paragraph or the one before, when ``i`` is that holder's first figure of its unit
    after them."""
    pats, _ = _vocab()
    d = drafts[i]
    para = bisect_right(breaks, d["start"])
    start = breaks[para - 2] if para >= 2 else 0
    found = list(pats["pushed_place"].finditer(low, start, d["sentence"][0]))
    if not found or not d.get("subject") or found[-1].group("n") != d["subject"] or any(
            x.get("subject") == d["subject"] and x.get("unit") == d.get("unit")
            and found[-1].end() <= x["start"] < d["start"] for x in drafts):
        return None
    return found[-1]


def _beside_leader(low: str, drafts: list[dict[str, Any]], lead: int) -> int | None:
    """The second place a leader's own sentence gives: the figure it overtook or kept behind
    ("stayed ahead of Paris ..., handling 80.9 million passengers against 76.2 million", read
    by ``_overtakes``) or the next link of its chain ("with 405.7 TWh, ahead of the US with
    300.1 TWh"), so a third place after it is ranked below that one."""
    pats, _ = _vocab()
    for j, x in enumerate(drafts):
        if x["sentence"] == drafts[lead]["sentence"] and \
                any(k == "rank" and v.get("of") == lead for k, v in x["extra"]):
            return j
    return _next_of_unit(low, drafts, lead, pats["chain"])


# a superlative that ranks a holder's result against its own past, not the places of a
# ranking: "121 seats, their worst result", "its best showing since 1997"
_RECORD_AFTER = re.compile(r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:result|results|performance|"
                           r"showing|ever|since|on[ \u00a0]+record|in[ \u00a0]+(?:its|their|his|"
                           r"her)[ \u00a0]+history)\b")


def _places_quality(low: str, drafts: list[dict[str, Any]], places: list[tuple[int, int, str]]
                    ) -> str | None:
    """The order the quality of a place below the first says ("The Volkswagen Golf was the
    second most popular model, with 64,829": the most popular has the most), when the places
    whose quality's words say which way their figures run all say the same and the leader's
    sentence has no such quality."""
    pats, _ = _vocab()
    if any(pats["indirect"].search(low, *drafts[i]["sentence"]) for p, i, _ in places if p == 1):
        return None
    said = [_quality_order(low, drafts[i]) for p, i, _ in places
            if p != 1 and pats["indirect"].search(low, *drafts[i]["sentence"])]
    orders = {q[0] for q in said if q is not None}
    return orders.pop() if len(orders) == 1 else None


def _order(low: str, sentences: list[tuple[int, int]]) -> str | None:
    """"desc" (the highest first), "asc" ("the lowest rate"), or None when the words go both
    ways."""
    pats, _ = _vocab()
    if any(pats["indirect"].search(low, s, e) for s, e in set(sentences)):
        return None     # "the least reliable, cancelling 5.6%": which way the figures run is
        # not what the superlative says
    lows = any(_RECORD_AFTER.match(low, m.end()) is None
               for s, e in set(sentences) for m in pats["low"].finditer(low, s, e))
    highs = any(_RECORD_AFTER.match(low, m.end()) is None
                for s, e in set(sentences) for m in pats["high"].finditer(low, s, e))
    if lows and highs:
        return None
    return "asc" if lows else "desc"


# a margin right before "ahead of" with no comma: "300 units ahead of its rival on 4,200"
_MARGIN_AHEAD = re.compile(r"[ \u00a0]+(?:[a-z][\w’'-]*[ \u00a0]+)?(?:ahead[ \u00a0]+of|clear[ \u00a0]+of|"
                           r"behind)\b")


def _margin_beside_level(low: str, drafts: list[dict[str, Any]], i: int) -> bool:
    """Whether figure ``i`` is the margin a level before it in its sentence leads by ("Sales
    reached 4,500 units, 300 units ahead of its rival on 4,200"): no link of a ranking, whose
    figure after "ahead of" is set against the level, not placed below the margin."""
    d = drafts[i]
    if not i or _MARGIN_AHEAD.match(low, d["end"]) is None:
        return False
    # (the nearest level of its unit: "who took 1,456 votes (53.8%), finished 522 ahead of")
    k = next((k for k in range(i - 1, -1, -1) if drafts[k]["sentence"] != d["sentence"] or
              drafts[k]["unit"] == d["unit"]), None)
    if k is None:
        return False
    a = drafts[k]
    return a["sentence"] == d["sentence"] and a["unit"] == d["unit"] and \
        a["value"] is not None and d["value"] is not None and a["value"] > d["value"]


def _chains(low: str, drafts: list[dict[str, Any]]) -> None:
    """"6.2%, ahead of New Jersey at 4.4%, Oregon at 4.3% and Nevada at 4.2%": each link
    placed below the one before it."""
    pats, _ = _vocab()
    for i, d in enumerate(drafts):
        timed = _timed_ranking(low, d)
        # (a figure placed by a rank word may head a chain: "Behind the top three, China drew
        # 60.7 million, ahead of Italy with 58.3 million")
        unplaced = {**d, "extra": [e for e in d["extra"] if e[0] != "rank"]}
        if not (_rankable(low, unplaced, timed) or _bare_rate_of_change(unplaced)) or \
                _margin_beside_level(low, drafts, i) or (i and _own_whole(low, drafts, i - 1) == i):
            continue
        nxt = _next_of_unit(low, drafts, i, pats["chain"])
        quality = _quality_order(low, d)
        if nxt is None and quality is not None and quality[1]:
            nxt = _next_of_unit(low, drafts, i, pats["chain_behind"])
        if nxt is None:
            continue
        links = [i, nxt]
        while (more := _next_of_unit(low, drafts, links[-1], pats["chain_next"])) is not None:
            links.append(more)
        order = quality[0] if quality is not None else \
            _head_order(low, d) or _order(low, [d["sentence"]])
        if order is None:
            continue
        for above, below in zip(links, links[1:]):
            drafts[below]["extra"].append(("rank", {"of": above, "order": order,
                                                    "word": "next", "of_word": "above"}))


def _head_order(low: str, d: dict[str, Any]) -> str | None:
    """The order of a chain headed by ``d`` from the words of its sentence before it, when
    they are of one kind ("England had the shallowest decline at 7.9%, followed by Wales at
    8.7%, while Scotland had the steepest": the superlative after the chain names its other
    end, not its order); None when those words are of both kinds or of neither (the whole
    sentence decides, ``_order``), or a quality's superlative is among them."""
    pats, _ = _vocab()
    s = d["sentence"][0]
    if pats["indirect"].search(low, *d["sentence"]):
        return None
    lows = any(_RECORD_AFTER.match(low, m.end()) is None
               for m in pats["low"].finditer(low, s, d["start"]))
    highs = any(_RECORD_AFTER.match(low, m.end()) is None
                for m in pats["high"].finditer(low, s, d["start"]))
    if lows == highs:
        return None
    return "asc" if lows else "desc"


# the end of a figure's own words: "with 95.5% of its trains on time, ahead of ..."
_CLAUSE_END = re.compile(r"[,;:.!?()]")


@lru_cache(maxsize=1)
def _qualities() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """rules/vocab/ranks.yaml ``qualities``: quality -> (words with it, words against it)."""
    return {str(k): (re.compile(str(v["with"])), re.compile(str(v["against"])))
            for k, v in vocab.section("ranks.yaml", "qualities").items()}


# the words from a quality's superlative to a figure that is its score: "the most punctual
# operator with 83.2%", "the most reliable, on 97.1%"
_SCORE_OF_QUALITY = re.compile(r"[ \u00a0]*(?:[a-z][\w-]*[ \u00a0]*){0,2}?,?[ \u00a0]*"
                               r"(?:with|on|at)[ \u00a0]+")


def _quality_order(low: str, d: dict[str, Any]) -> tuple[str, bool] | None:
    """The order of a chain headed by figure ``d`` after a superlative of a quality ("the most
    punctual operator, with 95.5% of its trains on time, ahead of c2c on 94.8%"), when the
    words from the superlative to the end of ``d``'s clause say whether the figures measure the quality or its opposite
    (rules/vocab/ranks.yaml ``qualities``): ("desc" | "asc", whether the superlative is
    "least"); None when there is no such superlative before ``d`` or its words say neither."""
    pats, _ = _vocab()
    found = list(pats["indirect"].finditer(low, d["sentence"][0], d["start"]))
    if len(found) != 1 or found[0].group("q") not in _qualities():
        return None
    with_q, against_q = _qualities()[found[0].group("q")]
    end = _CLAUSE_END.search(low, d["end"], d["sentence"][1])
    # (the words from the superlative to the figure count too: "the least reliable,
    # cancelling 5.6% of its services")
    words = low[found[0].end():d["start"]] + " " + \
        low[d["end"]:end.start() if end is not None else d["sentence"][1]]
    pro, con = with_q.search(words) is not None, against_q.search(words) is not None
    if not pro and not con and _SCORE_OF_QUALITY.fullmatch(low, found[0].end(), d["start"]) \
            and _NO_NOUN_AFTER.match(low, d["end"]):
        # "the most punctual operator with 83.2%": a bare figure right after the quality is
        # its own score
        pro = True
    if pro == con:
        return None
    least = found[0].group("sl") == "least"
    return ("desc" if least != pro else "asc"), least


def _bare_rate_of_change(d: dict[str, Any]) -> bool:
    """A rate of change said with no values, which a chain may rank ("Nevada grew fastest, by
    35.1%, ahead of Arizona at 24.6%, Utah at 23.8%": the growth rates of the states)."""
    ch = next((v for k, v in d["extra"] if k == "change"), None)
    return d.get("role") == "change" and d.get("unit") == "percent" and bool(d.get("value")) \
        and ch is not None and ch.get("from") is None and ch.get("to") is None and \
        ch.get("direction") == "up" and not any(k == "rank" for k, _ in d["extra"])


# nothing named after a figure: the unit of the figure it is ranked beside is its own
_NO_NOUN_AFTER = re.compile(r"[ \u00a0]*(?:[.,;:)]|$|[ \u00a0]+and\b)")


# a count's own whole right after it: "393 wins from 830 Tests", "12 out of 20"
_WHOLE_GAP = re.compile(r"[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+)?(?:from|out[ \u00a0]+of)[ \u00a0]+")


def _own_whole(low: str, drafts: list[dict[str, Any]], i: int) -> int | None:
    """The figure right after count ``i`` that is the whole it is counted from ("393 wins from
    830 Tests, ahead of England with 371": the 830 is no place of the ranking), or None."""
    j = i + 1
    if j >= len(drafts) or drafts[j]["sentence"] != drafts[i]["sentence"] or \
            drafts[i].get("unit") or drafts[j].get("unit") or \
            not _WHOLE_GAP.fullmatch(low, drafts[i]["end"], drafts[j]["start"]):
        return None
    return j


def _own_share(drafts: list[dict[str, Any]], i: int) -> set[int]:
    """The share right after count ``i`` that is its share ("340 of the 650 or 52%") and the
    whole it is of: figures of the count's own words, no other place of a ranking."""
    for j in range(i + 1, min(i + 3, len(drafts))):
        ratio = dict(drafts[j]["extra"]).get("ratio")
        if isinstance(ratio, dict) and ratio.get("of") == i:
            return {j} | ({ratio["per"]} if isinstance(ratio.get("per"), int) else set())
    return set()


# the period a ranked figure is of, right after it (everyday99): "in the seven days to January
# 8", "in the week to 12 March", "in 2023", "in March 2024"
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_PERIOD_AFTER = re.compile(
    r"(?:[ \u00a0]+(?:people|population|residents|inhabitants|adults|children))?"
    r"[ \u00a0]+(?:in|over|during|for)[ \u00a0]+(?:(?:the|a)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}?"
    r"(?:days?|weeks?|fortnight|months?|quarters?|years?)(?:[ \u00a0]+(?:to|ending|ended|"
    r"up[ \u00a0]+to)[ \u00a0]+(?:" + _MONTH + r"[ \u00a0]+\d{1,2}|\d{1,2}[ \u00a0]+" + _MONTH +
    r")(?:,?[ \u00a0]+(?:19|20)\d\d)?)?|(?:" + _MONTH + r"[ \u00a0]+)?(?:19|20)\d\d)\b")


def _next_of_unit(low: str, drafts: list[dict[str, Any]], i: int,
                  gap: re.Pattern[str]) -> int | None:
    """The next figure of ``i``'s unit in its sentence when the words between (figures of
    change or of another unit between written "#": "86.9 million, up 5.1%, followed by Spain
    with") match ``gap``."""
    d = drafts[i]
    pieces, pos = [], d["end"]
    # (the count's own whole and share are passed over: "340 of the 650 or 52%, followed by
    # London (176)")
    own = _own_share(drafts, i) | ({w} if (w := _own_whole(low, drafts, i)) is not None else set())
    if (base := _rate_base().match(low, pos)) is not None:
        pos = base.end()    # "9.08 deaths per 1,000 live births, ahead of Alabama at 8.52"
    if (per := _PERIOD_AFTER.match(low, pos)) is not None:
        pos = per.end()     # "3,171.6 ... in the seven days to January 8, followed by"
    for j in range(i + 1, len(drafts)):
        x = drafts[j]
        if x["sentence"] != d["sentence"]:
            return None
        if x["start"] < pos:
            continue        # (a count of the period passed over: "the seven days")
        if j in own:
            pieces.append(low[pos:x["start"]] + "#")
            pos = x["end"]
            continue
        elided = _NO_NOUN_AFTER.match(low, x["end"]) is not None and (
            (not x.get("unit") and d.get("unit") not in (None, "", "percent")) or
            # "$4.58 a gallon, followed by Hawaii at $4.30": a price of the same thing
            (" / " in (d.get("unit") or "") and x.get("unit") == d["unit"].split(" / ")[0]))
        if ((x.get("unit") or "") == (d.get("unit") or "") or elided) and \
                _rankable(low, x, _timed_ranking(low, d)):
            pieces.append(low[pos:x["start"]])
            if not gap.fullmatch("".join(pieces)):
                return None
            if elided:
                # "4.6 million tonnes, ahead of Memphis with 4.3 million": of the unit before
                x["unit"], x["measure"] = d["unit"], x.get("measure") or d.get("measure")
            return j
        if x.get("role") != "change" and (x.get("unit") or "") == (d.get("unit") or ""):
            return None
        # (a figure of change or of another unit between: "86.9 million, up 5.1%, followed
        # by", "$46 million from 60 markets and"; the gap's words decide)
        pieces.append(low[pos:x["start"]] + "#")
        pos = x["end"]
    return None
