"""Comparisons whose other side is not written where the comparison is (issue #11):

- A multiple of another subject's figure that the text names only by its owner: "at 40%, its
  containment is four times the Thomas fire's", "a margin twice that of the Greens". The
  figure compared with is the figure of the same unit the owner was given before (its
  subject), which the stated multiple must hold between them (``possessive_multiples``). The
  owner's figure must be one value (two figures of the owner in the unit: which is meant is
  not known, and the multiple is left unread).
- A gap said after the pair it separates, with no "than": "from $354 million, or $1.15 a
  share, a year earlier: 38 cents a share more" is the difference between the two figures of
  its measure the sentence gave before it (``elliptic_gaps``); exactly two, or it is left
  unread.
- What is left of the whole and part the sentence before gave: "Wildfires destroyed 24,488
  structures ..., and 22,867 of them were in California. That left 1,621 ..." is the whole
  less its one part (``remainders_after``); a sentence before with more than one part of the
  unit, or none, is left unread.
- The rest of a whole of 100% after the shares said before it: "Only 66.5% had been waiting
  up to 18 weeks, against a target of 92%, leaving 33.5% who had waited longer"; "89% were
  seen within 30 minutes. The remaining 11% waited longer" (``share_rests``). Which shares it
  is the rest of is a reading: each share before it in its sentence alone (the sentence
  before when its own has none), or the shares before it summed from any one on; the
  reading nearest the stated figure is the one kept, so that it is held wrong only when
  every reading disagrees. The sums are also read without the shares of another time
  before it ("79% had a place at their first choice, down from 81% last year and above the
  74% of 2019. Another 12% ... the remaining 9%").

Called by ``relations.relate`` after the subjects, measures and the comparisons with a figure
on both sides are read, on the drafts of one document (indexes into the draft list). The
multiples are numbers.yaml's ``multiples``; the other words, rules/vocab/complements.yaml
(``possessive_of``, ``gap_after``). This module reads words; it never judges.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab
from ..extract.numbers import grammar
from .comparisons import HEDGE_WORDS, mult_bound
from .units import same_dimension

# characters after a figure its possessive multiple may stand in ("at 40%, its containment is
# four times the Thomas fire's")
_AFTER = 70


@lru_cache(maxsize=1)
def _vocab() -> dict[str, Any]:
    return dict(vocab.load("complements.yaml"))


@lru_cache(maxsize=1)
def _possessive_re() -> re.Pattern[str]:
    words = sorted(grammar().multiples, key=len, reverse=True)
    alt = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    tail = str(_vocab()["possessive_of"])
    return re.compile(r"[^.;:!?\d%$€£]{0,50}?(?<![\w-])(?P<hedge>" + HEDGE_WORDS +
                      r")?\s*(?P<m>" + alt + r")\s+" + tail)


def possessive_multiples(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set ``("relation", {"kind": "multiple", ...})`` on a figure a multiple of an owner's
    figure named by its owner alone (see the module docstring)."""
    if "'s" not in low and "’s" not in low and "that of" not in low:
        return
    pat = _possessive_re()
    for i, d in enumerate(drafts):
        if d["value"] is None or d.get("role") in ("factor", "change", "compared") or \
                any(k == "relation" for k, _ in d["extra"]):
            continue
        end = min(d["sentence"][1], d["end"] + _AFTER)
        m = pat.match(low, d["end"], end)
        if m is None:
            continue
        owner = " ".join((m.group("name") or m.group("name2")).split())
        refs = {j for j in range(i) if drafts[j]["unit"] == d["unit"] and
                drafts[j]["value"] is not None and drafts[j].get("section") not in
                ("headline", "keypoints") and _owned_by(drafts[j], owner)}
        if len({drafts[j]["value"] for j in refs}) != 1:
            continue
        ref = max(refs)
        rel: dict[str, Any] = {"kind": "multiple", "of": ref,
                               "factor": grammar().multiples[" ".join(m.group("m").split())]}
        if m.group("hedge"):
            rel["bound"] = mult_bound(m.group("hedge"))
        d["extra"].append(("relation", rel))
        for x in drafts[i + 1:]:
            if x["start"] >= m.end():
                break
            if x.get("role") is None:
                x["role"] = "factor"    # "four" of "four times": the multiple, no figure


def _owned_by(x: dict[str, Any], owner: str) -> bool:
    """Whether figure ``x``'s subject is the owner the possessive names ("thomas" of "thomas
    fire")."""
    subj = str(x.get("subject") or "").split(" / ")[0].replace("_", " ")
    return bool(subj) and re.search(r"(?<![\w-])" + re.escape(subj) + r"(?![\w-])", owner) \
        is not None


def elliptic_gaps(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set ``("difference", {"of": A, "minus": B})`` on an amount said after the pair it
    separates with no "than" ("...: 38 cents a share more"; see the module docstring)."""
    if not any(w in low for w in ("more", "less", "fewer", "higher", "lower")):
        return
    before = re.compile(str(_vocab()["gap_before"]))
    after = re.compile(str(_vocab()["gap_after"]))
    for i, d in enumerate(drafts):
        if i == 0 or d["value"] is None or d.get("role") is not None or d["extra"] or \
                drafts[i - 1]["sentence"] != d["sentence"]:
            continue
        if not (before.fullmatch(low, drafts[i - 1]["end"], d["start"]) and
                after.match(low, d["end"], d["sentence"][1])):
            continue
        pair = [j for j in range(i) if drafts[j]["sentence"] == d["sentence"] and
                drafts[j]["value"] is not None and drafts[j].get("role") in (None, "compared")
                and drafts[j].get("measure") == d.get("measure") and
                (d.get("measure") is not None or drafts[j]["unit"] == d["unit"])]
        if len(pair) != 2 or not same_dimension(drafts[pair[0]]["unit"], d["unit"]) or \
                drafts[pair[0]]["unit"] != drafts[pair[1]]["unit"]:
            continue
        a, b = pair
        hi, lo = (a, b) if drafts[a]["value"] >= drafts[b]["value"] else (b, a)
        d["role"] = "difference"
        d["extra"].append(("difference", {"of": hi, "minus": lo}))


# a sentence that opens on the rest of a whole by its figure: "The remaining 120,000 go on sale
# on Sunday" after "Of the 135,000 tickets ..., 15,000 were sold with coach travel"
_REMAINING_OPEN = re.compile(r"\W*(?:the[ \u00a0]+(?:remaining|other)|the[ \u00a0]+rest,?)[ \u00a0]+"
                             r"(?:(?:about|some|nearly|almost|roughly)[ \u00a0]+)?")


def remainders_after(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set ``("difference", {"of": whole, "minus": part})`` on the figure of a sentence that
    opens on "That left", or on "The remaining" (a rest the words already made a portion),
    after a whole and its one part (see the module docstring)."""
    # ("The other 517 were newer cases" after "870 trials ..., and 353 of them ...": the rest
    # by "other" or "rest" as by "remaining", everyday97)
    if " left" not in low and " leaves" not in low and "remaining" not in low and \
            " other " not in low and " rest" not in low:
        return
    opening = re.compile(str(_vocab()["remainder_open"]))
    for i, d in enumerate(drafts):
        rest = _REMAINING_OPEN.fullmatch(low, d["sentence"][0], d["start"]) is not None and \
            d.get("role") == "portion" and d.get("group") is None
        if i == 0 or d["value"] is None or (d.get("role") is not None and not rest) or \
                (d["extra"] and not rest) or \
                not (rest or opening.fullmatch(low, d["sentence"][0], d["start"])):
            continue
        prev = drafts[i - 1]["sentence"]
        if prev == d["sentence"]:
            continue    # (the sentence before may close the paragraph before: "That left"
            # opens on what was just said)
        parts = [j for j in range(i) if drafts[j]["sentence"] == prev and
                 drafts[j]["unit"] == d["unit"] and drafts[j].get("role") in ("of_whole",
                                                                              "portion")]
        if len(parts) != 1:
            continue
        a = parts[0]
        w = drafts[a].get("group")
        if not isinstance(w, int) or isinstance(w, bool) or drafts[w]["unit"] != d["unit"] or \
                not drafts[w]["value"] or drafts[w]["value"] <= (drafts[a]["value"] or 0):
            continue
        d["role"] = "difference"
        d["extra"].append(("difference", {"of": w, "minus": a}))
        if rest:    # (the rest counts what its whole counts, whatever verb follows it)
            d["measure"] = drafts[w].get("measure") or d.get("measure")


# the relations a figure may already be given, which a rest's reading never overrides
_RELATED = frozenset({"difference", "sum", "relation", "change", "ratio", "average",
                      "complement"})


def _plain_share(d: dict[str, Any]) -> bool:
    """A percentage that may be a share of a whole of 100%: no change, comparison or gap."""
    return d["unit"] == "percent" and d["value"] is not None and 0 < d["value"] < 100 and \
        d.get("role") not in ("change", "compared", "difference", "product") and \
        not any(k in _RELATED for k, _ in d["extra"])


# a rest's words that say it follows from what was just said, wherever they stand in their
# sentence: "..., but it means that 35.3% were missed", ", meaning 18.6% waited longer"
_CONSEQUENCE = re.compile(r"\W*(?:meaning|(?:that|this|which|it)\s+(?:left|leaves|means|meant))\b")


def _rest_readings(low: str, drafts: list[dict[str, Any]], i: int,
                   cue_at: int) -> list[tuple[int, ...]]:
    """Which shares figure ``i`` may be the rest of: each plain share before it in its
    sentence (else, when the rest's words open its sentence, "The remaining 11% waited", in
    the sentence before), and the shares before it summed from each one on ("66% ... and
    19% ..., while the remaining 15%"; "1.1% of the vote, and smaller parties shared the
    remaining 0.8%" after the two main parties' shares in the paragraph before)."""
    d = drafts[i]
    shares = [j for j in range(i) if _plain_share(drafts[j])]
    own = [j for j in shares if drafts[j]["sentence"] == d["sentence"]]
    if not own and shares and (cue_at - d["sentence"][0] <= 6 or
                               _CONSEQUENCE.match(low, cue_at) is not None):
        prev = drafts[shares[-1]]["sentence"]
        own = [j for j in shares if drafts[j]["sentence"] == prev]
    readings = [(j,) for j in own]
    readings += [tuple(shares[k:]) for k in range(len(shares) - 1)]
    # the same sums without the shares that are another time's level ("down from 81% last
    # year but above the 74% of 2019" between "79% ... had a place" and "Another 12%")
    now = [j for j in shares if not _other_time(drafts[j], d)]
    readings += [tuple(now[k:]) for k in range(len(now) - 1)]
    return [r for r in readings if 0 < 100.0 - sum(drafts[j]["value"] for j in r) < 100]


def _other_time(share: dict[str, Any], rest: dict[str, Any]) -> bool:
    """Whether ``share`` is a level of another time than ``rest``: the earlier side of a
    change ("down from 81%": its ``direction`` points at the later level), or a figure dated
    to a period the rest does not share ("the 74% of 2019")."""
    if any(k == "direction" for k, _ in share["extra"]):
        return True
    return share.get("period") is not None and share.get("period") != rest.get("period")


# a proportion in words, "one in ten", "about one in 25", "two out of five" (everyday96)
_RATIO_WORDS = re.compile(r"(?:(?:about|around|roughly|some|nearly|almost|just|only|fewer"
                          r"[ \u00a0]+than|more[ \u00a0]+than)[ \u00a0]+)*[a-z0-9]+[ \u00a0]+"
                          r"(?:in|out[ \u00a0]+of)[ \u00a0]+[a-z0-9,]+")


def _ratio_in_words(low: str, d: dict[str, Any]) -> bool:
    """A proportion said "one in ten" (a plain fraction below one, no relation of its own)."""
    return d["unit"] == "" and d["value"] is not None and 0 < d["value"] < 1 and \
        d.get("role") in (None, "update") and \
        not any(k in _RELATED for k, _ in d["extra"]) and \
        _RATIO_WORDS.fullmatch(low, d["start"], d["end"]) is not None


def share_rests(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set ``("complement", {"of": (A, ...)})`` on a percentage that is the rest of 100%
    after the shares A, ... (see the module docstring): 100% less their sum is its value. A
    proportion in words is such a rest too ("91% of the world's learners, leaving only about
    one in ten still in school", everyday96), held in percent."""
    if "%" not in low and "percent" not in low and "per cent" not in low:
        return
    cue = re.compile(str(_vocab()["share_rest"]))
    for i, d in enumerate(drafts):
        words = _ratio_in_words(low, d)
        m = cue.search(low, max(d["sentence"][0], d["start"] - 30), d["start"]) \
            if _plain_share(d) or words else None
        if m is None:
            continue
        readings = _rest_readings(low, drafts, i, m.start())
        if not readings:
            continue
        said = d["value"] * (100.0 if words else 1.0)
        best = min(readings, key=lambda r: abs(100.0 - sum(drafts[j]["value"] for j in r) -
                                               said))
        d["extra"].append(("complement", {"of": best}))


def rests_after(low: str, drafts: list[dict[str, Any]]) -> None:
    """What is left: of a whole and its part ("That left 1,621"), and of 100% after shares
    ("leaving 33.5% who had waited longer")."""
    remainders_after(low, drafts)
    share_rests(low, drafts)
