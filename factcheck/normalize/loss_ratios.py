"""A war's losses told as a ratio of two counts (issue #10, readings66): "the totals stood at
1,173,920 Russian troops and 11,387 tanks, or about 103 troops for every tank"; "counted 790,800
troops and 9,672 tanks lost by 1 January. That is about 82 soldiers for every tank"; "about 105
troops for every tank destroyed: 1,208,970 soldiers against 11,488 tanks". A figure whose words
say "<noun> for every (each, per) <noun>" in a war story is no count of its noun
(``Context._unless_ratio``); when the sentence (or the one before it in its paragraph) gives a
count of each noun, the figure is the first count over the second (("ratio", {"of": i, "per":
j}), indexes into the drafts, as ``comparisons`` sets its own) and wrong-arithmetic judges it.
Otherwise it takes no measure and stays listed as not checkable ("ratio" True: its counts are
not in the text). This module only reads the words: it decides no verdict.
"""

from __future__ import annotations

import re
from typing import Any

from .sentences import by_sentence

# the measure of a ratio worked from the dataset: "personnel_losses_for_every_tanks"
RATIO = "_for_every_"
_S = r"[ \u00a0]+"
# the two nouns of a ratio right after its figure: "troops for every tank", "armoured vehicles
# per tank", "soldiers for each single tank" (a stretch of time, an area or a head is no count)
_RATIO_NOUNS = re.compile(
    rf"(?:{_S}[a-z’'-]+)?{_S}(?P<of>[a-z’'-]+){_S}(?:for{_S}(?:every|each)|per|to{_S}every){_S}"
    rf"(?:(?:one|single){_S})?(?:[a-z’'-]+{_S})??(?!(?:hour|day|week|month|year|second|minute|"
    rf"square|sq|km|kilomet|mile|met(?:re|er)|cent|capita|head|person|people|inhabitant|"
    rf"resident)s?\b)(?P<per>[a-z’'-]+)\b")
# the words a count's noun may sit in right after its figure ("790,800 Russian troops")
_AFTER_COUNT = re.compile(rf"(?:{_S}[a-z’'-]+){{1,3}}")


def loss_ratios(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any]) -> None:
    """Every ratio of two counts of a war's losses (module docstring), in place."""
    if " every " not in ctx.low and " per " not in ctx.low and " each " not in ctx.low:
        return
    lex = ctx.lex
    sents = by_sentence(drafts)
    order = list(sents)
    for k, key in enumerate(order):
        for i in sents[key]:
            d = drafts[i]
            flagged = any(x == ("ratio", True) for x in d["extra"])
            if d.get("unit") or not d.get("value") or (
                    not flagged and d.get("measure") is not None and
                    lex.domain(d.get("measure")) != "conflict"):
                continue
            m = _RATIO_NOUNS.match(ctx.low, d["end"], key[1])
            if m is None or (not flagged and d.get("measure") is None and (
                    _daily_measure(lex, m.group("of")) is None or
                    _daily_measure(lex, _per_words(ctx.low, m)) is None)):
                # (a figure read with no measure, "or about 103 troops for every tank" with no
                # word of losses in its sentence: a ratio when both its nouns name war counts)
                continue
            near = [j for j in sents[key] if j != i]
            if k and ctx.paragraph(order[k - 1][0]) == ctx.paragraph(key[0]):
                near = sents[order[k - 1]] + near
            of, per = _count_of(ctx.low, drafts, near, m.group("of"), d), \
                _count_of(ctx.low, drafts, near, m.group("per"), None)
            if of is None and per is not None:
                # "105 troops for every tank destroyed: 1,208,970 soldiers against 11,488
                # tanks": the one other count of a daily-reported measure
                rest = [j for j in near if j != per and _plain(drafts[j]) and
                        lex.daily_reports(drafts[j].get("measure")) and
                        drafts[j].get("measure") != drafts[per].get("measure")]
                of = rest[0] if len(rest) == 1 else None
            d["extra"] = [x for x in d["extra"] if x != ("ratio", True)]
            period, cumulative = d.get("period"), d.get("cumulative")
            d["measure"], d["period"], d["cumulative"] = None, None, False
            when = None
            if (of is None or per is None or of == per) and \
                    _from_dataset(ctx, m, d, (period, cumulative)):
                why = "a ratio of the dataset's two counts over the figure's period"
                when = bases[i].get("period") if bases[i] is not None else None
            elif of is None or per is None or of == per:
                d["extra"].append(("ratio", True))
                why = "a ratio of two counts the text does not give"
            else:
                d["extra"].append(("ratio", {"of": of, "per": per, "counts": True}))
                why = "a ratio of the two counts in the text"
                if _as_in_dataset(lex, d, drafts[of], drafts[per]):
                    why += ", and of the dataset's two counts over their period"
                    when = "carried within the paragraph: the ratio's counts'"
            if bases[i] is not None:
                bases[i]["measure"] = f"written: {why}"
                # (the period the figure's own words give, or its counts'; none otherwise)
                bases[i]["period"] = when or "none: the ratio's counts carry theirs"


def _from_dataset(ctx: Any, m: re.Match[str], d: dict[str, Any],
                  read: tuple[Any, bool]) -> bool:
    """A ratio whose counts the text does not give, worked from the dataset (readings67):
    when its two nouns each name a daily-reported measure of a war ("troops", "tank",
    "artillery system"), the figure takes the measure ``<of>`` + RATIO + ``<per>`` with the
    period its sentence gives ("in November 2025", "over 2024"; the running totals "since
    the invasion", "by the count of 1 July 2025" or, with no period, as of publication), and
    the store divides the one's reports by the other's over it (``store.lookup``); False
    (nothing changed) otherwise."""
    lex = ctx.lex
    of, per = _daily_measure(lex, m.group("of")), _daily_measure(lex, _per_words(ctx.low, m))
    if of is None or per is None or of == per or lex.domain(of) != lex.domain(per):
        return False
    period, cumulative = read
    if period is None or period[0] == period[1]:
        # no period, or one day: the two running totals (of publication, of that day)
        cumulative = True
    d["measure"], d["period"], d["cumulative"] = f"{of}{RATIO}{per}", period, bool(cumulative)
    d["extra"].append(("ratio", {"of_measure": of, "per_measure": per}))
    return True


def _as_in_dataset(lex: Any, d: dict[str, Any], a: dict[str, Any], b: dict[str, Any]) -> bool:
    """A ratio of two counts the text gives (``a`` over ``b``) is also the dataset's ratio
    over their period when both are daily-reported counts of one war, of one side, period and
    scope (readings67): the ratio that holds is then checked against the reports too, and
    supported; True when ``d`` took that measure."""
    ma, mb = a.get("measure"), b.get("measure")
    if not ma or not mb or ma == mb or not lex.daily_reports(ma) or not lex.daily_reports(mb) \
            or lex.domain(ma) != lex.domain(mb) or a.get("subject") != b.get("subject") or \
            a.get("period") != b.get("period") or bool(a.get("cumulative")) != \
            bool(b.get("cumulative")):
        return False
    d["measure"], d["period"], d["cumulative"] = f"{ma}{RATIO}{mb}", a.get("period"), \
        bool(a.get("cumulative"))
    d["subject"] = a.get("subject")
    return True


def _per_words(low: str, m: re.Match[str]) -> str:
    """The words of a ratio's second noun: "artillery system" of "per artillery system lost",
    "tank" of "for every tank destroyed" (the noun and the word after it)."""
    return " ".join(low[m.start("per"):m.start("per") + 40].split()[:2])


def _daily_measure(lex: Any, words: str) -> str | None:
    """The measure of a daily-reported war count that ``words`` (or their first word) name,
    singular or plural: "troops", "tank", "artillery system", "armoured vehicle"."""
    parts = re.findall(r"[a-z’'-]+", words)
    for k in (2, 1):
        if len(parts) < k:
            continue
        phrase = " ".join(parts[:k])
        for p in (phrase, phrase + "s"):
            for mid in lex.phrase_measure.get(p, ()):
                if lex.domain(mid) == "conflict" and lex.daily_reports(mid):
                    return mid
    return None


def _stem(word: str) -> str:
    """"troops" -> "troop", "tanks" -> "tank", "armoured" as written."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _count_of(low: str, drafts: list[dict[str, Any]], near: list[int], noun: str,
              ratio: dict[str, Any] | None) -> int | None:
    """The one count among ``near`` whose words after its figure name ``noun`` (a plain count,
    no unit, no ratio of its own); with ``ratio`` given and no such count, the one count of the
    measure the ratio's figure was read with ("82 soldiers" of "790,800 Russian troops")."""
    stem = _stem(noun)
    got: list[int] = []
    for j in near:
        x = drafts[j]
        if not _plain(x):
            continue
        w = _AFTER_COUNT.match(low, x["end"], x["sentence"][1])
        if w is not None and any(_stem(t) == stem for t in re.findall(r"[a-z’'-]+", w.group())):
            got.append(j)
    if not got and ratio is not None and ratio.get("measure"):
        got = [j for j in near if drafts[j].get("measure") == ratio["measure"] and
               _plain(drafts[j])]
    return got[0] if len(got) == 1 else None


def _plain(x: dict[str, Any]) -> bool:
    """Whether draft ``x`` is a plain count: no unit, a value, no ratio of its own."""
    return not x.get("unit") and bool(x.get("value")) and \
        not any(k == "ratio" for k, _ in x["extra"])
