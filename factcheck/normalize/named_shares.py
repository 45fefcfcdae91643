"""A share of an amount the sentence before names, with that part as an amount: "India sets
aside about Rs 4.55 trillion for the defence services. Of that, about 38%, or Rs 1.72 trillion,
is for capital spending"; "The fund holds £1.25bn. Some 14% of that, about £175m, goes to
schools".

Called by ``relations.relate`` after the comparisons of each sentence are read, on the drafts
of one document (indexes into the draft list). A share that opens its sentence after "Of that,"
(rules/vocab/across.yaml ``share_of_that_open``) or that "of that" follows
(``share_of_that_after``), written with the same part as an amount right after it
(``share_amount_gap``), is that amount out of the whole the words point back at: the latest
earlier figure of the amount's unit, larger than it, in the share's sentence before it or in
the sentence before. It takes a ``ratio`` (``of`` the amount, ``per`` the whole), which the
arithmetic rule checks. When that sentence gives two such wholes of different values, which
one "that" is is not known and nothing is set. This module reads words; it never judges.

A part, its share and the whole they imply (everyday30) are the same ratio read the other way:
"wind generated 14.2GW, 34.2% of all the electricity being generated. That puts total
generation at about 41.5GW" (the share's words name a whole, across.yaml ``share_of_all``, and
the next sentence or the share's own clause gives it: ``total_implied_open`` /
``total_implied_after``), and "Wind farms produced 6,626 GWh ... Wind supplied 29.7% of the
22,300 GWh generated" (a share of a whole written after it, whose part is the figure the
sentence before leads with, when the share's sentence opens on a word of that figure's
clause), and "2.46 billion passengers, about a third of the total" (the story's one total
of the part's kind and period given before). Part and whole are of one kind (one unit's
dimension; counts of one measure).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any

from ..extract import vocab
from .lexicon import fraction_words
from .units import convert, same_dimension


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = vocab.load("across.yaml")
    return (re.compile(str(data["share_of_that_open"])),
            re.compile(str(data["share_of_that_after"])),
            re.compile(str(data["share_amount_gap"])))


def shares_of_that(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set the ratio of each share of a named amount (module docstring)."""
    if " of " in low:
        _totals_shares_imply(low, drafts)
        _parts_before_a_named_whole(low, drafts)
        _shares_of_the_total_before(low, drafts)
    if " of that" not in low and " of this" not in low and " of it" not in low and \
            "of the " not in low:
        return
    opening, after, gap = _words()
    for i in range(len(drafts) - 1):
        c, a = drafts[i], drafts[i + 1]
        if c["unit"] != "percent" or c.get("role") not in (None, "portion") or \
                any(k in ("ratio", "change") for k, _ in c["extra"]) or \
                a["sentence"] != c["sentence"] or not a["unit"] or a["unit"] == "percent" or \
                not a["value"] or a.get("role") not in (None, "portion"):
            continue
        if not (opening.fullmatch(low, c["sentence"][0], c["start"]) or
                after.match(low, c["end"])) or not gap.fullmatch(low, c["end"], a["start"]):
            continue
        whole = _whole_before(drafts, i, a)
        if whole is not None:
            c["extra"].append(("ratio", {"of": i + 1, "per": whole}))


def _whole_before(drafts: list[dict[str, Any]], i: int, a: dict[str, Any]) -> int | None:
    """The amount "that" points back at: the latest figure before the share, in its sentence
    or the one before, of the part's unit and larger than it; None if there is none or that
    sentence gives two of different values."""
    sentences = [drafts[i]["sentence"]]
    before = [j for j in range(i - 1, -1, -1) if drafts[j]["sentence"] != sentences[0]]
    if before:
        sentences.append(drafts[before[0]]["sentence"])
    for sent in sentences:
        cands = [j for j in range(i - 1, -1, -1) if drafts[j]["sentence"] == sent and
                 drafts[j]["unit"] == a["unit"] and drafts[j]["value"] and
                 drafts[j]["value"] > a["value"] and
                 drafts[j].get("role") in (None, "total", "whole")]
        if cands:
            return cands[0] if len({drafts[j]["value"] for j in cands}) == 1 else None
    return None


@lru_cache(maxsize=1)
def _implied() -> dict[str, re.Pattern[str]]:
    data = vocab.load("across.yaml")
    keys = ("share_of_all", "share_part_gap", "total_implied_open", "total_implied_after",
            "share_of_named_whole", "share_of_the_total", "share_part_and")
    return {k: re.compile(str(data[k])) for k in keys}


def _free_share(c: dict[str, Any]) -> bool:
    """A percentage with no ratio, change or role that ties it to other figures yet."""
    return c["unit"] == "percent" and c["value"] is not None and \
        c.get("role") in (None, "portion") and \
        not any(k in ("ratio", "change", "relation") for k, _ in c["extra"])


def _one_kind(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether a part and a whole are of one kind: amounts of one dimension, or counts of one
    measure (a count of seats is no part of a count of votes)."""
    if a["unit"] or b["unit"]:
        return bool(a["unit"]) and bool(b["unit"]) and b["unit"] != "percent" and \
            same_dimension(a["unit"], b["unit"])
    return a.get("measure") is not None and a.get("measure") == b.get("measure")


def _totals_shares_imply(low: str, drafts: list[dict[str, Any]]) -> None:
    """"14.2GW ..., 34.2% of all the electricity being generated. That puts total generation
    at about 41.5GW": the share is the part's ratio per the whole the next words give."""
    pat = _implied()
    for i, c in enumerate(drafts):
        if not _free_share(c) or pat["share_of_all"].match(low, c["end"]) is None:
            continue
        part = next((j for j in range(i - 1, -1, -1)
                     if drafts[j]["sentence"] == c["sentence"] and
                     drafts[j]["unit"] != "percent"), None)
        if part is None:
            continue
        a = drafts[part]
        if not a["value"] or a.get("role") not in (None, "total") or \
                pat["share_part_gap"].fullmatch(low, a["end"], c["start"]) is None:
            continue
        whole = next((j for j in range(i + 1, len(drafts)) if drafts[j]["unit"] != "percent"),
                     None)
        if whole is None:
            continue
        w = drafts[whole]
        if w["sentence"] == c["sentence"]:
            said = pat["total_implied_after"].search(low, c["end"], w["start"])
            said = said is not None and said.end() == w["start"] and \
                ";" not in low[c["end"]:said.start()]
        else:
            said = _next_sentence(low, c, w) and \
                pat["total_implied_open"].fullmatch(low, w["sentence"][0], w["start"]) is not None
        if said and w["value"] and w.get("role") in (None, "total") and _one_kind(a, w) and \
                _larger(a, w):
            c["extra"].append(("ratio", {"of": part, "per": whole}))


def _next_sentence(low: str, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether ``b``'s sentence follows ``a``'s with nothing but a paragraph break between."""
    return re.fullmatch(r"[\s.!?\"”’')\]]*", low[a["sentence"][1]:b["sentence"][0]]) is not None


def _larger(part: dict[str, Any], whole: dict[str, Any]) -> bool:
    """Whether the whole is larger than its part, in the whole's unit."""
    size = convert(part["value"], part["unit"], whole["unit"]) \
        if part["unit"] and part["unit"] != whole["unit"] else part["value"]
    return size is not None and 0 < size < whole["value"]


# words that open a sentence without naming what it is about
_OPENING_SKIP = frozenset({"the", "its", "their", "his", "her", "that", "this", "it", "a", "an",
                           "and", "but", "so", "in", "of", "on", "at", "by", "for", "with"})


def _parts_before_a_named_whole(low: str, drafts: list[dict[str, Any]]) -> None:
    """"Wind farms in Spain produced 6,626 GWh in January ... Wind supplied 29.7% of the
    22,300 GWh generated": the share of a whole written after it is the ratio of the figure
    the sentence before leads with, when the share's sentence opens on a word that stands in
    that figure's clause (the thing whose share it is) and no figure of the whole's kind
    stands before the share in its own sentence."""
    pat = _implied()["share_of_named_whole"]
    for i in range(1, len(drafts) - 1):
        c, w = drafts[i], drafts[i + 1]
        if not _free_share(c) or w["sentence"] != c["sentence"] or not w["value"] or \
                w.get("role") not in (None, "total") or \
                pat.fullmatch(low, c["end"], w["start"]) is None:
            continue
        own = [j for j in range(i - 1, -1, -1) if drafts[j]["sentence"] == c["sentence"]]
        if any(_one_kind(drafts[j], w) for j in own):
            continue
        prev = own[-1] - 1 if own else i - 1
        lead = next((j for j in range(prev, -1, -1)
                     if drafts[j]["sentence"] != c["sentence"]), None)
        if lead is None:
            continue
        sent = drafts[lead]["sentence"]
        lead = next(j for j in range(lead + 1) if drafts[j]["sentence"] == sent)
        a = drafts[lead]
        words = re.findall(r"[a-z][\w’'-]*", low[c["sentence"][0]:c["start"]])
        head = next((x for x in words if x not in _OPENING_SKIP), None)
        if head is None or not a["value"] or a.get("role") not in (None, "total") or \
                not _next_sentence(low, a, c) or not _one_kind(a, w) or not _larger(a, w) or \
                re.search(r"\b" + re.escape(head) + r"\b", low[a["sentence"][0]:a["start"]]) is None:
            continue
        c["extra"].append(("ratio", {"of": lead, "per": i + 1}))


def _shares_of_the_total_before(low: str, drafts: list[dict[str, Any]]) -> None:
    """"Asia-Pacific was the busiest region with 2.46 billion passengers, about a third of the
    total": a share (a percentage, or a fraction in words) set after a part and closed by "of
    the total" (across.yaml ``share_of_the_total``: no noun after "total", which would name
    another thing, "of the total vote") is the part's ratio per the story's total given
    before it: the one value, among the earlier figures of the part's kind, period and no
    part or compared role, larger than the part (among those the text makes a whole or total
    when there are any). A value compared with ("down from 132 and
    about a fifth of the national total") is passed over for the part before it."""
    pat = _implied()
    for i, c in enumerate(drafts):
        if not (_free_share(c) or _fraction_share(low, c)) or \
                pat["share_of_the_total"].match(low, c["end"]) is None:
            continue
        part = next((j for j in range(i - 1, -1, -1)
                     if drafts[j]["sentence"] == c["sentence"] and
                     drafts[j]["unit"] != "percent" and drafts[j].get("role") != "compared"),
                    None)
        if part is None:
            continue
        a = drafts[part]
        # (a count "of" a whole may be the part: "121 seats, 19% of the total")
        if not a["value"] or a.get("role") not in (None, "total", "of_whole") or \
                pat["share_part_and"].fullmatch(low, a["end"], c["start"]) is None:
            continue
        wholes = [j for j in range(part) if drafts[j]["value"] and
                  drafts[j].get("role") in (None, "total", "whole") and
                  drafts[j]["unit"] != "percent" and _one_kind(a, drafts[j]) and
                  _larger(a, drafts[j]) and not _anothers_holding(a, drafts[j])]
        # (an undated part is of the story's time, which a dated total of its kind may be:
        # "624,773 were waiting at the end of April ... Orthopaedics had 68,674 people
        # waiting, about 11% of the total"; each such total is a reading, and the one the
        # share fits best is kept: contradicted only when every reading disagrees)
        dated = [j for j in wholes if not _period_inside(a, drafts[j]) and
                 a.get("period") is None and not _year_outside(low, a, drafts[j])]
        wholes = [j for j in wholes if _period_inside(a, drafts[j])]
        # (a figure the text makes a whole, "411 of the 650 seats", is the total before any
        # other figure of its kind: "Labour wins 411 seats" in the headline is no total)
        named = [j for j in wholes if drafts[j].get("role") in ("total", "whole")]
        if named:
            readings = named[-1:] if len({drafts[j]["value"] for j in named}) == 1 else []
        elif wholes:
            readings = wholes[-1:] + dated \
                if len({drafts[j]["value"] for j in wholes}) == 1 else []
        else:
            readings = dated
        if readings:
            c["extra"].append(("ratio", {"of": part, "per": _fits_best(c, a, readings,
                                                                       drafts)}))


_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")


def _year_outside(low: str, a: dict[str, Any], w: dict[str, Any]) -> bool:
    """Whether part ``a``'s sentence names, before it, a year outside whole ``w``'s period
    ("In 2019 readers gave £250,000, about a quarter of the total" is no share of 2018's
    £500,000, though no period was set on the part)."""
    years = [int(m.group(0)) for m in _YEAR.finditer(low, a["sentence"][0], a["start"])]
    return any(not w["period"][0].year <= y <= w["period"][1].year for y in years)


def _fits_best(c: dict[str, Any], a: dict[str, Any], wholes: list[int],
               drafts: list[dict[str, Any]]) -> int:
    """The whole among ``wholes`` (the first the plain one) that share ``c`` of part ``a``
    fits nearest; the first when the share's value cannot be read as a fraction."""
    share = float(c["value"] or 0) / (100.0 if c["unit"] == "percent" else 1.0)
    if len(wholes) == 1 or share <= 0:
        return wholes[0]

    def off(j: int) -> float:
        w = drafts[j]
        size = convert(a["value"], a["unit"], w["unit"]) \
            if a["unit"] and a["unit"] != w["unit"] else a["value"]
        return abs(math.log(float(size or 1.0) / float(w["value"]) / share))
    return min(wholes, key=off)


@lru_cache(maxsize=1)
def held_measures() -> frozenset[str]:
    """The measures a subject holds (rules/vocab/measures.yaml ``held``: a party's seats)."""
    spec = vocab.load("measures.yaml").get("measures") or {}
    return frozenset(k for k, v in spec.items() if isinstance(v, dict) and v.get("held"))


def _anothers_holding(a: dict[str, Any], w: dict[str, Any]) -> bool:
    """Whether ``w`` is what another subject holds, never the total of ``a``'s kind ("The
    Conservatives took 198 seats, 30.7% of the total" is no share of Labour's 355 seats)."""
    return w.get("role") is None and a.get("measure") in held_measures() and \
        bool(a.get("subject")) and bool(w.get("subject")) and a["subject"] != w["subject"]


def _fraction_share(low: str, c: dict[str, Any]) -> bool:
    """A fraction in words ("about a fifth") with no role or relation yet."""
    return not c["unit"] and c["value"] is not None and 0 < c["value"] < 1 and \
        c.get("role") is None and not any(k in ("ratio", "change", "relation")
                                          for k, _ in c["extra"]) and \
        fraction_words().search(low, c["start"], c["end"]) is not None


def _period_inside(a: dict[str, Any], w: dict[str, Any]) -> bool:
    """Whether part ``a`` may be of whole ``w`` by their periods: of one period, or the part
    dated inside the whole's ("On 1 December alone, readers pledged £101,139.66, about a sixth
    of the total" after this year's £597,636.89), or the whole dated by nothing (the story's)."""
    pa, pw = a.get("period"), w.get("period")
    if pa == pw or pw is None:
        return True
    return pa is not None and pw[0] <= pa[0] and pa[1] <= pw[1]


# a sentence that opens on the share the sentence before implies: "That is about one in
# seven", "That's 14%", "This was roughly a third" (everyday97)
_THAT_IS_OPEN = re.compile(r"\W*(?:that|this)(?:[ \u00a0]+(?:is|was|makes|made|represents|"
                           r"represented|amounts[ \u00a0]+to|amounted[ \u00a0]+to)|['’]s)[ \u00a0]+"
                           r"(?:(?:about|around|roughly|some|nearly|almost|just|more[ \u00a0]+"
                           r"than|less[ \u00a0]+than|fewer[ \u00a0]+than|over|under|only)"
                           r"[ \u00a0]+)*")


def shares_the_part_before_is(low: str, drafts: list[dict[str, Any]]) -> None:
    """"Of the 1,602 judgments reserved, 223 were late. That is about one in seven": a share
    (a percentage or a proportion below one, no relation of its own) that opens its sentence
    after "That is" is the ratio of the one part of a whole the sentence before gives (a
    portion of a count in it) to that whole; with no such part, or two, nothing is set."""
    if "that" not in low and "this" not in low:
        return
    for i, c in enumerate(drafts):
        share = c["unit"] == "percent" and c["value"] is not None and 0 < c["value"] < 100 or \
            c["unit"] == "" and c["value"] is not None and 0 < c["value"] < 1
        if not share or i == 0 or c.get("role") is not None or c["extra"] and any(
                k in ("ratio", "change", "relation", "direction", "complement")
                for k, _ in c["extra"]) or \
                _THAT_IS_OPEN.fullmatch(low, c["sentence"][0], c["start"]) is None:
            continue
        prev = drafts[i - 1]["sentence"]
        if prev == c["sentence"]:
            continue
        parts = [j for j in range(i) if drafts[j]["sentence"] == prev and
                 drafts[j].get("role") == "portion" and type(drafts[j].get("group")) is int]
        if len(parts) != 1:
            continue
        p = parts[0]
        w = drafts[p]["group"]
        if not drafts[w]["value"] or drafts[w]["unit"] != drafts[p]["unit"] or \
                not 0 < float(drafts[p]["value"] or 0) < float(drafts[w]["value"]):
            continue
        c["extra"].append(("ratio", {"of": p, "per": w}))
