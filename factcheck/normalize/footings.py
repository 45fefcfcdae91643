"""Footings: the basis a figure is stated on ("on a like-for-like basis", "after inflation",
"including bonuses", "seasonally adjusted"), from the words around it (vocabulary:
``rules/vocab/footings.yaml``).

Copy often gives one measure on two bases side by side: "like-for-like sales rose 2.8%" and
"sales rose 4%", "regular pay grew 5.2%" and "total pay including bonuses rose 5.3%", pay up
5.2% and "1.4% after inflation". Those are two figures, not one restated, and a restatement
rule that compared them would contradict a clean story. This module records the footing the
words give (``extra.footing``); the rules compare two figures only when their footings agree
(docs/rules.md). It must not judge: an unstated footing is recorded as none, not guessed.

One kind of footing is taken from the story: the line of the accounts a profit stands at
(pre-tax, operating, after tax). A profit figure that names no line stands at the story's only
line for profit, when the story states one; with several lines it names none.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab

# where a figure's own clause ends after it: "rose 5% on a like-for-like basis, while ...",
# "regular pay rose 1.4% and total pay 1.5%" (the next item's words are not the figure's)
_CLAUSE_END = re.compile(r"[,;.:()\d]|\n|\b(?:and|while|but|whereas|against|compared)\b")


@lru_cache(maxsize=1)
def _spellings() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern of every spelling (longest first, so "on an adjusted basis" beats
    "adjusted") and the canonical footing of each."""
    data = vocab.load("footings.yaml").get("footings") or {}
    canon = {str(s).lower(): str(name) for name, spellings in data.items()
             for s in spellings or ()}
    words = sorted(canon, key=len, reverse=True)
    if not words:
        return re.compile(r"(?!)"), canon
    alts = "|".join(re.escape(w).replace(r"\ ", r"[ \u00a0]+") for w in words)
    return re.compile(r"(?<![\w-])(?:" + alts + r")(?![\w-])"), canon


def _canonical(canon: dict[str, str], said: str) -> str:
    return canon.get(re.sub(r"[ \u00a0]+", " ", said), "")


def footing_of(low: str, start: int, end: int, sentence: tuple[int, int]) -> str:
    """The footing(s) the words give the figure at ``low[start:end]`` in ``sentence``: every
    spelling before it in its sentence ("After inflation, regular pay rose 1.4%": real and
    without bonuses) and after it in its own clause ("up 5% on a like-for-like basis"), their
    canonical names sorted and joined by "; " (a basis has several axes); "" when none."""
    rx, canon = _spellings()
    ss, se = sentence
    cut = _CLAUSE_END.search(low, end, se)
    found = {_canonical(canon, m.group(0)) for m in rx.finditer(low, ss, start)}
    found.update(_canonical(canon, m.group(0))
                 for m in rx.finditer(low, end, cut.start() if cut else se))
    found.discard("")
    return "; ".join(sorted(found))


@lru_cache(maxsize=1)
def _lines() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    """The lines of the accounts (``lines`` in footings.yaml): one pattern of their spellings,
    the canonical line of each, and the measures a line is a footing of."""
    data = vocab.load("footings.yaml").get("lines") or {}
    canon = {str(s).lower(): str(name) for name, spellings in (data.get("footings") or {}).items()
             for s in spellings or ()}
    measures = frozenset(str(m) for m in data.get("measures") or ())
    if not canon or not measures:
        return re.compile(r"(?!)"), canon, measures
    alts = "|".join(re.escape(w).replace(r"\ ", r"[ \u00a0]+")
                    for w in sorted(canon, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + alts + r")(?![\w-])"), canon, measures


def line_of(low: str, start: int, end: int, sentence: tuple[int, int]) -> str:
    """The line of the accounts the words give the figure at ``low[start:end]``: the nearest
    spelling before it in its sentence ("operating profit rose 27% ..., while net profit fell to
    £400m": the second figure is after tax), else one after it in its own clause; "" when none."""
    rx, canon, _ = _lines()
    ss, se = sentence
    before = None
    for before in rx.finditer(low, max(ss, start - 160), start):
        pass
    if before is None:
        cut = _CLAUSE_END.search(low, end, se)
        before = rx.search(low, end, cut.start() if cut else se)
    return _canonical(canon, before.group(0)) if before is not None else ""


def _with(d: dict[str, Any], footing: str) -> None:
    had = next((v for k, v in d["extra"] if k == "footing"), "")
    joined = "; ".join(sorted({*filter(None, had.split("; ")), footing}))
    d["extra"] = [*(e for e in d["extra"] if e[0] != "footing"), ("footing", joined)]


def _mark_lines(low: str, drafts: list[dict[str, Any]]) -> None:
    """Put the line of the accounts on the figures of the measures it is a footing of: the one
    their words name, else the story's only line for that measure (none when it uses several)."""
    rx, _, measures = _lines()
    if rx.search(low) is None:
        return
    named: dict[str, set[str]] = {}
    unnamed: list[dict[str, Any]] = []
    for d in drafts:
        if d.get("measure") not in measures or not d.get("sentence"):
            continue
        line = line_of(low, d["start"], d["end"], d["sentence"])
        named.setdefault(d["measure"], set())
        if line:
            named[d["measure"]].add(line)
            _with(d, line)
        else:
            unnamed.append(d)
    for d in unnamed:
        lines = named[d["measure"]]
        if len(lines) == 1:
            _with(d, next(iter(lines)))


def mark_footings(low: str, drafts: list[dict[str, Any]]) -> None:
    """Record ``extra.footing`` on every figure whose words state a basis, and the line of the
    accounts on the figures it is a footing of."""
    _mark_lines(low, drafts)
    if _ANOTHER_ONE.search(low) is not None:
        _mark_other_instances(low, drafts)
    if " and " in low or " or " in low:
        _mark_joint_groups(low, drafts)
    if _spellings()[0].search(low) is None:
        return      # (most copy states none: one search of the text, not one per figure)
    for d in drafts:
        sent = d.get("sentence")
        if not sent:
            continue
        f = footing_of(low, d["start"], d["end"], sent)
        if f:
            _with(d, f)
    _summary_footings(drafts)


# "In a separate ballot", "another survey", "a second poll": a thing of a kind the story has
# already named, written as one more of it (group 1: its noun; not "another 400 people")
_ANOTHER_ONE = re.compile(r"\b(?:a[ \u00a0]+separate|another|a[ \u00a0]+second|a[ \u00a0]+different)"
                          r"[ \u00a0]+([a-z]{3,})\b(?:[ \u00a0]+([a-z]{3,})\b)?(?![ \u00a0]*\d)")


def _mark_other_instances(low: str, drafts: list[dict[str, Any]]) -> None:
    """Footing "another <noun>" on the figures of a sentence that names one more thing of a
    kind the story named before ("In the pensions ballot, ... a turnout of 57.7%. In a separate
    ballot at one council union, 75% voted to strike on a turnout of 30%"): the 30% is the
    other ballot's turnout, no restatement of the first's. The noun must stand earlier in the
    text, so the words set this thing beside one already told of."""
    seen: dict[tuple[int, int], tuple[str, int]] = {}  # a sentence -> (footing, from where)
    first: dict[str, int] = {}      # a noun -> where the text first names it (one search each)
    for d in drafts:
        sent = d.get("sentence")
        if not sent:
            continue
        if sent not in seen:
            seen[sent] = ("", sent[1])
            for m in _ANOTHER_ONE.finditer(low, sent[0], sent[1]):
                # (the noun, or the word after an adjective: "a separate council ballot")
                for noun in filter(None, m.groups()):
                    if noun not in first:
                        at = re.search(r"\b" + noun + r"s?\b", low)
                        first[noun] = at.start() if at else len(low)
                    if first[noun] < sent[0]:
                        seen[sent] = ("another " + noun, m.start())
                        break
                if seen[sent][0]:
                    break
        label, where = seen[sent]
        if label and where < d["start"]:
            _with(d, label)


# two groups joined before their plural noun right after a figure: "2,263,496 domestic and
# international passengers" (not "men and women were": the third word must be a plural)
_JOINT_GROUPS = re.compile(r"[ \u00a0]+([a-z-]{3,}(?<!s))[ \u00a0]+(?:and|or)[ \u00a0]+([a-z-]{3,})"
                           r"[ \u00a0]+[a-z]{3,}s\b")


def _mark_joint_groups(low: str, drafts: list[dict[str, Any]]) -> None:
    """Footing "<a> and <b>" on a figure of two groups together ("rose 3% to 2,263,496
    domestic and international passengers"): no restatement of one group's figure
    ("domestic passengers rose 4% to 1,722,625")."""
    for d in drafts:
        m = _JOINT_GROUPS.match(low, d["end"])
        if m is not None:
            _with(d, f"{m.group(1)} and {m.group(2)}")


def _footing_parts(d: dict[str, Any]) -> frozenset[str]:
    return frozenset(filter(None, next((v for k, v in d["extra"] if k == "footing"), "")
                            .split("; ")))


def agreeing_level(d: dict[str, Any], levels: list[dict[str, Any]]) -> bool:
    """Whether a body level of summary figure ``d``'s measure, unit and period (whoever it is
    said of) agrees with it: then the summary restates that one ("# Rio Tinto's Pilbara output
    climbs to 84.1 million tonnes" over "Rio Tinto produced 84.1 million tonnes ... at its
    Pilbara mines"), and takes no basis from another."""
    return any(x["measure"] == d["measure"] and x["unit"] == d["unit"] and
               not str(x.get("subject") or "").endswith(" / forecast") and
               (x.get("period") is None or d.get("period") is None or
                x["period"] == d["period"]) and
               None not in (x["lower"], x["upper"], d["lower"], d["upper"]) and
               x["lower"] <= d["upper"] and x["upper"] >= d["lower"] for x in levels)


def _summary_footings(drafts: list[dict[str, Any]]) -> None:
    """A headline's or key point's figure that states less of its basis than the body ("#
    Sainsbury's profits up 9% to £656m" over "underlying pre-tax profit rose 9% to £665
    million") restates the body's figure on the body's basis, when every body figure of its
    measure, unit, subject and period stands on that one basis: it takes the rest of it. With
    body figures on two bases (one plain) it keeps its own, and either may be the one meant."""
    body: dict[tuple[Any, ...], set[frozenset[str]]] = {}
    levels = [d for d in drafts if d.get("section") == "body" and d.get("measure") is not None
              and d["value"] is not None and d.get("role") not in ("change", "factor")]
    for d in levels:
        key = (d["measure"], d["unit"], d.get("subject"), d.get("period"))
        # (the stretch a rate of change is counted over, "over a year", is no basis a level
        # restates: footings.yaml names those spans "over a ..."; but a rate in percent is
        # counted over its stretch, so "# Kenya's inflation rises to 6.27%" restates "year-on-
        # year inflation rose to 6.27 per cent" on that stretch, everyday117)
        rate = d["unit"] == "percent"
        body.setdefault(key, set()).add(frozenset(f for f in _footing_parts(d)
                                                  if rate or not f.startswith("over a ")))
    if not body:
        return
    for d in drafts:
        if d.get("section") not in ("headline", "keypoints") or d.get("measure") is None or \
                d["value"] is None or d.get("role") in ("change", "factor") or \
                agreeing_level(d, levels):
            continue
        head = (d["measure"], d["unit"], d.get("subject"))
        period = d.get("period")
        bases = set().union(*(v for k, v in body.items() if k[:3] == head and
                              (period is None or k[3] in (None, period))))
        own = _footing_parts(d)
        if len(bases) == 1 and own < (only := next(iter(bases))):
            for part in only - own:
                _with(d, part)
