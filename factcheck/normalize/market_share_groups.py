"""The market shares of several firms, each said in its own sentence, as shares of one whole
(issue #11, everyday97).

A regulator's or an analyst's round-up gives each firm's share of one market in a sentence of
its own: "MTN ... had 23,150,485 subscriptions, ... for a market share of 55.95 per cent.
Vodafone ... held 21.93 per cent of the market. AirtelTigo slipped to 8.42 million, a share of
20.37 per cent. Glo ... held 1.75 per cent of the market". The shares are of one whole, the
market, and cannot add up to more than 100% (shares-over-100 judges them); no sentence groups
them, since each stands alone.

A percentage is such a share when the words beside it say so (rules/vocab/across.yaml
``market_share_before``, ``market_share_after``, and ``market_share_verb_before``: "its share
slipped to 20.10 per cent"), it is a level (no change, compared value, gap or rest of its own)
and belongs to no group yet. The shares are grouped only when every reading agrees that they
are of one market:

- at least two firms (the shares' subjects, each named) and at least one share whose words name
  the market itself ("market share", "of the market"): a bare "a share of" is read as one only
  beside them;
- each firm named before its share as the one that holds it, and no place after the share
  ("In Japan, Apple has a market share of 60 per cent", "60 per cent in Japan": a place's
  market, not one market's firms);
- each share the one percentage level of its sentence: a sentence with two gives a breakdown
  of its own, and a story may split one market two ways (by brand, by buyer), whose shares
  together pass 100%;
- one share a firm: a firm given two shares (two markets, two dates, voice and data) leaves
  its shares out, since which of them belongs with the others is not known;
- the markets the words name are one ("of the voice market" and "of the data market" are two
  wholes: nothing is grouped), and so are the periods and the places the shares carry ("in
  Japan", "in Korea": two markets).

This module reads words; it never judges.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab

# the relations a share may already be given, which make it no level of its own
_RELATED = frozenset({"change", "direction", "difference", "relation", "complement", "sum",
                      "average", "compared"})
# the market a share's words name: "of the voice market" -> voice; "market share" -> ""
_MARKET_NAMED = re.compile(r"\bof\s+the\s+((?:[a-z][\w’'-]*\s+){0,2}?)(?:market|sector|industry)\b"
                           r"|\bmarket\s+share\b")


@lru_cache(maxsize=1)
def _vocab() -> dict[str, re.Pattern[str]]:
    data = vocab.load("across.yaml")
    return {k: re.compile(str(data[k])) for k in ("market_share_before", "market_share_after",
                                                  "market_share_verb_before")}


def _share_words(low: str, d: dict[str, Any]) -> str | None:
    """The words that make percentage ``d`` a share of a market, or None."""
    v = _vocab()
    lo = max(d["sentence"][0], d["start"] - 80)
    before = v["market_share_before"].search(low, lo, d["start"]) or \
        v["market_share_verb_before"].search(low, lo, d["start"])
    if before is not None:
        return before.group(0)
    after = v["market_share_after"].match(low[d["end"]:min(d["sentence"][1], d["end"] + 80)])
    return after.group(0) if after is not None else None


# a place right after the share ("60 per cent in Japan"): the share of that place's market
_PLACE_AFTER = re.compile(r"[ \u00a0]+(?:in|across|outside)[ \u00a0]+(?!the[ \u00a0]+(?:[a-z-]+"
                          r"[ \u00a0]+){0,2}?(?:market|sector|industry)\b)")
# a sentence that opens on where ("In Japan, Apple has ..."): a place's market
_PLACE_OPENING = re.compile(r"\W*(?:in|across|outside)[ \u00a0]+")
# the words before a name that make it a place, not the firm ("In Japan, Apple has ...")
_PLACE_BEFORE = re.compile(r"\b(?:in|across|outside|from|to|at)[ \u00a0]+(?:the[ \u00a0]+)?$")


def _firm_named(low: str, d: dict[str, Any]) -> bool:
    """Whether the share's subject is named before it in its sentence as the firm that holds
    it, not as a place ("In Japan, Apple has a market share of 60 per cent" is Apple's share of
    Japan's market), and no place follows the share ("60 per cent in Japan")."""
    if _PLACE_AFTER.match(low, d["end"]) or _PLACE_OPENING.match(low, d["sentence"][0]):
        return False
    name = str(d.get("subject") or "").split(" / ")[0].replace("_", " ")
    if not name:
        return False
    pat = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
    return any(_PLACE_BEFORE.search(low, d["sentence"][0], m.start()) is None
               for m in pat.finditer(low, d["sentence"][0], d["start"]))


def _alone(drafts: list[dict[str, Any]], i: int) -> bool:
    """Whether share ``i`` is the one percentage level of its sentence: a sentence with two
    ("Ford came second with a 7.57% share, and Audi third with 7.22%"; "Private buyers ..., a
    43.0% share, and businesses ..., or 2.3%") gives a breakdown of its own, which may be one
    of two ways the story splits the market (by brand, by buyer), not the firms' list."""
    d = drafts[i]
    lo = hi = i
    while lo > 0 and drafts[lo - 1]["sentence"] == d["sentence"]:
        lo -= 1
    while hi + 1 < len(drafts) and drafts[hi + 1]["sentence"] == d["sentence"]:
        hi += 1
    return not any(j != i and drafts[j]["unit"] == "percent" and
                   drafts[j].get("role") not in ("change", "compared", "factor", "expected") and
                   not any(k in ("change", "direction") for k, _ in drafts[j]["extra"])
                   for j in range(lo, hi + 1))


def _level_share(d: dict[str, Any]) -> bool:
    return d["unit"] == "percent" and d["value"] is not None and 0 < d["value"] < 100 and \
        d.get("role") is None and d.get("group") is None and bool(d.get("subject")) and \
        d.get("section") in (None, "body") and \
        not any(k in _RELATED for k, _ in d["extra"])


def market_share_groups(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set role "share" and one group on the market shares of several firms said apart (see
    the module docstring)."""
    if "market" not in low or "share" not in low:
        return
    found: list[tuple[int, str]] = []
    for i, d in enumerate(drafts):
        if _level_share(d) and _firm_named(low, d):
            words = _share_words(low, d)
            if words is not None:
                found.append((i, words))
    named = [m for _, w in found for m in [_MARKET_NAMED.search(w)] if m is not None]
    markets = {" ".join((m.group(1) or "").split()) for m in named}
    markets.discard("")
    if not named or len(markets) > 1:
        return
    firms: dict[str, list[int]] = {}
    for i, _ in found:
        firms.setdefault(str(drafts[i]["subject"]), []).append(i)
    members = sorted(ix[0] for ix in firms.values() if len(ix) == 1 and _alone(drafts, ix[0]))
    periods = {repr(drafts[i].get("period")) for i in members if drafts[i].get("period")}
    places = {v for i in members for k, v in drafts[i]["extra"] if k in ("place", "locale")}
    if len(members) < 2 or len(periods) > 1 or len(places) > 1 or \
            not any(_MARKET_NAMED.search(w) for i, w in found if i in members):
        return
    for i in members:
        drafts[i]["role"], drafts[i]["group"] = "share", "market"
