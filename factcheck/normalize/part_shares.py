"""Shares of parts and wholes the text names elsewhere (issue #11, everyday45).

Called by ``relations.relate`` once lists, totals and parts are read, on the drafts of one
document. Each reading sets ("ratio", {"of": part, "per": whole}) on the share, ``of`` a draft
index or a tuple of them (the parts of a list, added up), which the arithmetic rule checks
within the share's rounding. Words from rules/vocab/across.yaml (``part_share_*``,
``whole_*``, ``kind_synonyms``). This module reads words; it never judges: where the words
leave the whole open (several earlier figures of its kind), the whole is the reading the
share fits best, so that the share is flagged only when no reading fits it.

- **A part named by its noun** ("They were made up of 1,575 creditors' voluntary
  liquidations, 226 compulsory liquidations ... Voluntary liquidations accounted for 80% of
  the total"): the share's sentence opens on the part's noun phrase (``part_share_subject``),
  or names it after "and" with its verb elided ("and debt relief orders for a fifth"); the
  part is the one earlier figure whose own noun has that head and every other word of the
  phrase (before or after it: "debt relief orders 5,863"); two parts joined by "and" are
  added up.
- **A part in apposition** ("rose ... to 4.78 million, 15% of everyone in work").
- **A part that is a list** ("Three-quarters of the deaths were in five areas: 404 in A, 163
  in B, ..."): the items after the colon of the share's sentence, added up.
- **The whole** is what the words after the share name (``part_share_whole``): the total the
  part is counted in ("of the total": the list's total, or the earlier figure the list adds
  up to), the group the sentence before counts ("of them"), a group named by a phrase ("of
  everyone in work": the count whose words say "in employment", ``whole_groups``) or by a noun
  ("of the quarter's insolvencies", "of all households": an earlier count of that noun).
- **A share of the group before** ("There were 3,889 marriages ... Some 462 were same-sex
  marriages, or 11.9%"; "6,493 did so ... Only 44 same-sex weddings, or 0.7%"): a count and
  its share after ", or" that name no whole are out of an earlier count of the part's kind
  (its noun's head, ``kind_synonyms``) or the nearest earlier count of the paragraph, as
  readings, when one of them is within ``NEAR`` of what the two imply.

The count before a colon list whose items it numbers ("in five states: 21 in A, 11 in B, 9 in
C, 5 in D and 3 in E") is their number, not their total (role ``factor``).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any

from ..extract import vocab
from .lexicon import _singular as singular, fraction_words
from .result_lists import paragraph_out_of_order

# a reading of the whole is kept only when the share it implies is within this factor of the
# share written: a whole further off is another group's, not a figure the writer mistyped
NEAR = 3.0
# the words of a noun phrase stop at these
_STOP = frozenset("in of at for from on to by with between during after before since as than "
                  "and or but was were is are had has have did do does said says who which that "
                  "while when where rose fell up down this last alone together each".split())
_SKIP = frozenset("the a an its their his her all some only about around roughly nearly almost "
                  "just over under more less than".split())
_COPULA = frozenset("were was are is".split())
_WORD = re.compile(r"[a-z][\w’'-]*")


@lru_cache(maxsize=1)
def _vocab() -> dict[str, Any]:
    data = vocab.load("across.yaml")
    out: dict[str, Any] = {k: re.compile(str(data[k])) for k in (
        "part_share_subject", "part_share_sibling", "part_share_apposition", "part_share_or",
        "part_share_whole", "part_kind_verb", "part_share_place", "market_share_after",
        "market_share_before", "market_share_gap")}
    out["totals"] = frozenset(str(x) for x in data["whole_totals"])
    out["back"] = frozenset(str(x) for x in data["whole_back"])
    out["groups"] = [re.compile(r"(?<![\w-])(?:" + "|".join(
        re.escape(str(p)).replace(r"\ ", r"\s+") for p in g) + r")(?![\w-])")
        for g in data["whole_groups"]]
    out["synonyms"] = {str(k): str(v) for k, v in (data.get("kind_synonyms") or {}).items()}
    return out


def _stem(w: str) -> str:
    w = w.strip("’'-")
    for s in ("’s", "'s"):
        if w.endswith(s):
            w = w[:-2]
    w = singular(w)
    return _vocab()["synonyms"].get(w, w)


def _phrase(words: list[str]) -> list[str]:
    """The stems of a noun phrase's words, determiners and qualifiers left out."""
    return [_stem(w) for w in words if w not in _SKIP]


def _kind_after(low: str, d: dict[str, Any]) -> list[str]:
    """The noun phrase right after a figure ("4,175 creditors' voluntary liquidations"), or
    after its copula ("462 were same-sex marriages")."""
    end, pos = min(d["sentence"][1], d["end"] + 80), d["end"]
    words: list[str] = []
    for m in _WORD.finditer(low, d["end"], end):
        w = m.group(0)
        if re.search(r"[,;:.()\d]", low[pos:m.start()]) or w in _STOP:
            break
        pos = m.end()
        if not words and w in _COPULA:
            continue
        words.append(w)
        if len(words) == 5:
            break
    return _phrase(words)


def _kind_before(low: str, d: dict[str, Any], lo: int) -> list[str]:
    """The noun phrase right before a figure in a list that names each kind first
    ("Individual voluntary arrangements numbered 19,662, debt relief orders 5,863 and
    bankruptcies 1,824")."""
    seg = low[lo:d["start"]]
    cut = max(seg.rfind(","), seg.rfind(";"), seg.rfind(":"), seg.rfind(" and "))
    seg = seg[cut + 1:] if cut >= 0 else seg
    seg = seg[4:] if seg.startswith("and ") else seg
    verb = _vocab()["part_kind_verb"].search(seg)
    if verb is not None:
        seg = seg[:verb.start()]
    words = _WORD.findall(seg)
    if not words or len(words) > 5 or re.search(r"\d", seg) or any(w in _STOP for w in words):
        return []
    return _phrase(words)


def _kind(low: str, drafts: list[dict[str, Any]], j: int) -> list[str]:
    d = drafts[j]
    after = _kind_after(low, d)
    if after:
        return after
    lo = max(d["sentence"][0], drafts[j - 1]["end"] if j and
             drafts[j - 1]["sentence"] == d["sentence"] else 0)
    return _kind_before(low, d, lo)


def _names(phrase: list[str], kind: list[str]) -> bool:
    """Whether a part's phrase names a figure's kind: the same head noun, and each other word
    of the phrase among the kind's words ("voluntary liquidations" names "creditors'
    voluntary liquidations", not "compulsory liquidations")."""
    return bool(phrase) and bool(kind) and phrase[-1] == kind[-1] and \
        set(phrase[:-1]) <= set(kind)


def _count(d: dict[str, Any]) -> bool:
    return d["unit"] != "percent" and bool(d["value"]) and d["value"] > 0


def _free(low: str, c: dict[str, Any]) -> bool:
    """A share (a percentage, or a fraction in words) with nothing tying it to other figures."""
    if c["value"] is None or c.get("role") not in (None, "portion", "share") or \
            any(k in ("ratio", "change", "relation", "percentage_points", "range", "sum",
                      "difference", "complement") for k, _ in c["extra"]):
        return False
    if c["unit"] == "percent":
        return 0 < c["value"] <= 100
    return _is_share(low, c)


def _is_share(low: str, c: dict[str, Any]) -> bool:
    return c["unit"] == "percent" or not c["unit"] and c["value"] is not None and \
        0 < c["value"] < 1 and fraction_words().search(low, c["start"], c["end"]) is not None


def _window(low: str, drafts: list[dict[str, Any]], i: int, back: int = 1) -> list[int]:
    """The figures before ``i`` in its paragraph and the ``back`` paragraphs before, nearest
    first."""
    lo = drafts[i]["sentence"][0]
    for _ in range(back + 1):
        lo = low.rfind("\n\n", 0, lo) if lo > 0 else -1
    return [j for j in range(i - 1, -1, -1) if drafts[j]["start"] > lo and
            drafts[j].get("section") == drafts[i].get("section")]


def _level(d: dict[str, Any]) -> bool:
    return d.get("role") in (None, "total", "whole", "item", "part")


def _sum(drafts: list[dict[str, Any]], part: int | tuple[int, ...]) -> float:
    return sum(float(drafts[p]["value"]) for p in (part if isinstance(part, tuple) else (part,)))


def _implied(c: dict[str, Any], drafts: list[dict[str, Any]], part: Any, whole: int) -> float:
    scale = 100.0 if c["unit"] == "percent" else 1.0
    return _sum(drafts, part) / float(drafts[whole]["value"]) * scale


def _best(c: dict[str, Any], drafts: list[dict[str, Any]], part: Any,
          wholes: list[int]) -> int | None:
    """The reading of the whole the share fits best, if any is within ``NEAR`` of it."""
    size = _sum(drafts, part)
    wholes = [w for w in wholes if float(drafts[w]["value"]) > size]
    if not wholes or not c["value"]:
        return None
    best = min(wholes, key=lambda w: abs(math.log(_implied(c, drafts, part, w) /
                                                  float(c["value"]))))
    off = abs(math.log(_implied(c, drafts, part, best) / float(c["value"])))
    return best if off <= math.log(NEAR) else None


def _set(c: dict[str, Any], part: Any, whole: int | None, exact: bool = False) -> None:
    """The share's reading: ``part`` out of ``whole``; ``exact`` when the whole is the
    market's size the text gives (engine_facts: exact arithmetic for counts in digits)."""
    if whole is not None:
        c["extra"].append(("ratio", {"of": part, "per": whole, **({"exact": 1} if exact
                                                                  else {})}))


def _whole_words(low: str, c: dict[str, Any]) -> str | None:
    """The words after a share that name its whole (a group's phrase whole: "everyone in
    work"), or None."""
    end = c["end"] + 1 if low[c["end"]:c["end"] + 1] == ")" else c["end"]
    # (and after the bracket a share stands in: "7 (1.3%) of those given the injection")
    after = re.match(r"\s+of\s+([^,.;:()\d]{1,60})", low[end:end + 70])
    if after is not None:
        for pat in _vocab()["groups"]:
            g = pat.match(after.group(1))
            if g is not None:
                return " ".join(g.group(0).split())
    m = _vocab()["part_share_whole"].match(low[end:c["sentence"][1]])
    return None if m is None else " ".join(m.group("w").split())


def _list_total(low: str, drafts: list[dict[str, Any]], part: Any, i: int) -> int | None:
    """The total the part is counted in: the total its list belongs to, else the one earlier
    figure that the list's items add up to (within its written rounding)."""
    first = part[0] if isinstance(part, tuple) else part
    d = drafts[first]
    if d.get("role") == "part" and isinstance(d.get("group"), int) and \
            _count(drafts[d["group"]]):
        return d["group"]
    group = d.get("group")
    items = [j for j, x in enumerate(drafts) if group is not None and x.get("group") == group
             and x.get("role") in ("item", "part")] or \
        list(part if isinstance(part, tuple) else (part,))
    size = _sum(drafts, tuple(items))
    lo = min(drafts[j]["start"] for j in items)
    # (a list that adds up to a figure exactly may stand further from it)
    fits = [j for j in _window(low, drafts, i, 2) if drafts[j]["start"] < lo and
            _count(drafts[j]) and _level(drafts[j]) and j not in items and
            abs(float(drafts[j]["value"]) - size) <= max(0.5, _step(drafts[j]) / 2.0)]
    return fits[0] if len({drafts[j]["value"] for j in fits}) == 1 else None


def _step(d: dict[str, Any]) -> float:
    q = d.get("_q")
    return float(getattr(q, "step", 1.0) or 1.0)


def _wholes(low: str, drafts: list[dict[str, Any]], i: int, part: Any, words: str
            ) -> list[int]:
    """The earlier figures the whole's words may name (module docstring)."""
    v = _vocab()
    firsts = part if isinstance(part, tuple) else (part,)
    before = _counts_before(low, drafts, i, firsts, 2)
    if words in v["back"]:
        prev = [j for j in before if drafts[j]["sentence"] != drafts[i]["sentence"]]
        if not prev:
            return []
        sent = drafts[prev[0]]["sentence"]
        lead = min(j for j in prev if drafts[j]["sentence"] == sent)
        return [lead]
    if words in v["totals"] or words.split()[-1] == "total":
        total = _list_total(low, drafts, part, i)
        if total is not None:
            return [total]
        # ("743 million arrivals, 51% of the world total" after "arrivals reached 1.5 billion":
        # one part of no list, out of the earlier count of its kind)
        if isinstance(part, tuple):
            return []
        kind = _kind(low, drafts, firsts[0])[-1:]
        if not kind:
            # ("London accounted for 23% of the total (960)": a part that names no kind of
            # its own is out of the nearest earlier count)
            return before[:1]
        return [j for j in before if _kind(low, drafts, j)[-1:] == kind]
    for pat in v["groups"]:
        if pat.search(words):
            return [j for j in before if pat.search(_clause(low, drafts[j]))]
    if words.split()[0] in v["back"]:
        # "7 (1.3%) of those given the injection": one of the groups the sentence before
        # counts, which the words after "those" pick out: each of them a reading
        prev = [j for j in before if drafts[j]["sentence"] != drafts[i]["sentence"]]
        if _THOSE_WHO.match(words):
            # "84% of those who voted" after "122,000 returned their papers ... needed 140,000
            # votes": a group a verb picks out, which any earlier count nearby may be
            return prev
        return [j for j in prev if drafts[j]["sentence"] == drafts[prev[0]]["sentence"]]
    head = _phrase(_WORD.findall(words))
    if not head:
        return []
    # ("36% of its income": the part's own whole, of the part's subject)
    subject = drafts[firsts[0]].get("subject") if words.startswith(("its ", "their ")) else None
    # (the words before a generic head decide first: "1,808, five per cent of the Premier
    # League average" is not out of "Championship crowds average 16,410")
    named = _named_by_generic_head(low, drafts, before, head) or \
        [j for j in before if _names_kind(low, drafts, j, head, subject)]
    if _ALL_OF.match(words) is None or \
            any(float(drafts[j]["value"]) > _sum(drafts, part) for j in named):
        return named
    # ("Europe received 671 million visitors, almost half of the world's arrivals": the
    # world's total, larger than any part, is the story's own lead however many paragraphs
    # back, past the countries' arrivals)
    return [j for j in _counts_before(low, drafts, i, firsts, _ALL_BACK)
            if _names_kind(low, drafts, j, head, subject)]


# heads that say nothing of what a whole counts: "of the Premier League figure", "of the
# national average"; the words before them name it
_GENERIC_HEADS = frozenset(_stem(w) for w in "figure number level average total tally".split())


def _named_by_generic_head(low: str, drafts: list[dict[str, Any]], before: list[int],
                           head: list[str]) -> list[int]:
    """"Championship crowds average 16,410, about 45% of the Premier League figure" after "The
    average Premier League crowd this season is 36,412": the earlier figures whose clause
    holds every word before a generic head."""
    if len(head) < 2 or head[-1] not in _GENERIC_HEADS:
        return []
    words = set(head[:-1])
    return [j for j in before if words <= set(_phrase(_WORD.findall(_clause(low, drafts[j]))))]


def _counts_before(low: str, drafts: list[dict[str, Any]], i: int, firsts: tuple[int, ...],
                   back: int) -> list[int]:
    """The levels before the part ``firsts`` (share ``i``'s paragraph and ``back`` before it),
    nearest first, of the part's unit and period: the wholes its words may name."""
    first = drafts[firsts[0]]
    lo = min(drafts[p]["start"] for p in firsts)
    return [j for j in _window(low, drafts, i, back) if j not in firsts and
            drafts[j]["start"] < lo and _count(drafts[j]) and _level(drafts[j]) and
            drafts[j]["unit"] == first["unit"] and _same_period(drafts[j], first)]


# a whole named as everything of its kind: "of the world's arrivals", "of all tourism
# spending", "of global output", "of the country's exports"
_ALL_OF = re.compile(r"(?:all|the\s+(?:world|country|nation)[’']s|(?:world|global|worldwide|"
                     r"national)\b)")
_ALL_BACK = 12      # paragraphs: the lead of a long story
# a whole that a relative clause picks out of what came before: "of those who voted", "of those
# that replied"
_THOSE_WHO = re.compile(r"those\s+(?:who|that|which)\s")


def _names_kind(low: str, drafts: list[dict[str, Any]], j: int, head: list[str],
                subject: str | None = None) -> bool:
    """Whether figure ``j`` counts the kind the whole's words end on (its own noun, its
    measure, or a measure the word names: "3.2% of sales" names the story's revenue; one of
    the part's ``subject`` when the words say "its": "£14.9m, 36% of its income" after the
    RSPCA's £78.6m names Battersea's own income, which the story does not give)."""
    measure = drafts[j].get("measure")
    other = subject is not None and drafts[j].get("subject") not in (None, subject)
    return _kind(low, drafts, j)[-1:] == head[-1:] or \
        _stem(str(measure or "")) == head[-1] or \
        not other and measure is not None and measure in _measure_words().get(head[-1], ())


@lru_cache(maxsize=1)
def _measure_words() -> dict[str, frozenset[str]]:
    """Each one-word name a measure is given before its figure (measures.yaml ``before``:
    "sales", "turnover", "revenue"), in its stem -> the measures it names."""
    out: dict[str, set[str]] = {}
    for m, spec in (vocab.load("measures.yaml").get("measures") or {}).items():
        for w in (spec or {}).get("before") or ():
            if " " not in str(w):
                out.setdefault(_stem(str(w).lower()), set()).add(str(m))
    return {k: frozenset(v) for k, v in out.items()}


def _clause(low: str, d: dict[str, Any]) -> str:
    """A figure's words in its clause: 60 characters before it and 60 after, within its
    sentence, cut at a comma or semicolon."""
    lo = max(d["sentence"][0], d["start"] - 60)
    if lo > d["sentence"][0] and low[lo - 1].isalpha():
        lo = low.find(" ", lo, d["start"]) + 1 or d["start"]
    a = low[lo:d["start"]]
    a = re.split(r"[;:]|,\s", a)[-1]
    b = re.split(r"[;:(]|[,.]\s", low[d["end"]:min(d["sentence"][1], d["end"] + 60)])[0]
    return f"{a} {b}"


def _same_period(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two figures may be of one period: either undated, or their periods overlap
    ("4.2 million" in 2012 of the 29.4 million of April to June 2012)."""
    pa, pb = a.get("period"), b.get("period")
    return pa is None or pb is None or (pa[0] <= pb[1] and pb[0] <= pa[1])


def _part_named(low: str, drafts: list[dict[str, Any]], i: int, phrase: str
                ) -> int | tuple[int, ...] | None:
    """The earlier figure (or figures, for "A and B") whose kind the phrase names; None when
    none does, or two of different values do."""
    names = [p for p in re.split(r"\s+and\s+", phrase) if p]
    found: list[int] = []
    for name in names:
        words = _phrase(_WORD.findall(name))
        cands = [j for j in _window(low, drafts, i) if _count(drafts[j]) and
                 drafts[j].get("role") not in ("change", "compared", "factor") and
                 _names(words, _kind(low, drafts, j))]
        if not cands or len({drafts[j]["value"] for j in cands}) > 1 or cands[0] in found:
            return None
        found.append(cands[0])
    if not found:
        return None
    return found[0] if len(found) == 1 else tuple(sorted(found))


def part_shares(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set the ratio of each share of a named part or whole (module docstring)."""
    if "%" not in low and " per cent" not in low and " percent" not in low and \
            not re.search(r"\b(?:half|thirds?|quarters?|fifths?|tenths?)\b", low):
        return
    _numbered_lists(low, drafts)
    for i, c in enumerate(drafts):
        if _free(low, c):
            _share(low, drafts, i)
        elif c.get("role") == "item" and c["unit"] == "percent" and \
                not any(k == "ratio" for k, _ in c["extra"]):
            paired = _respective_part(low, drafts, i)
            if paired is not None:
                _set(c, paired, _best(c, drafts, paired, _market_wholes(low, drafts, paired)),
                     exact=True)
    _rest_of_market(low, drafts)


# the words before the rest of a market in its sentence: "All the other makers together
# shipped 159.1 million phones", "the remaining brands sold"
_REST_OF = re.compile(r"\b(?:all\s+)?the\s+(?:other|remaining)\b[^.;:\d]{0,60}\Z")


def _rest_of_market(low: str, drafts: list[dict[str, Any]]) -> None:
    """"Samsung ... 84.5 million phones and 23.8% of the market ... All the other makers
    together shipped 159.1 million phones": the counts whose market shares are out of one
    market's size, and the rest after them, add up to that size: ``("sum", {"of": A, "plus":
    (B, ..., rest)})`` on it. Left alone when the market's size already has a sum."""
    parts: dict[int, set[int]] = {}
    for c in drafts:
        r = dict(c["extra"]).get("ratio")
        if isinstance(r, dict) and r.get("exact") and isinstance(r.get("of"), int) and \
                isinstance(r.get("per"), int):
            parts.setdefault(r["per"], set()).add(r["of"])
    for t, ps in parts.items():
        if len(ps) < 2 or any(k == "sum" for k, _ in drafts[t]["extra"]):
            continue
        last = max(ps)
        rest = [j for j in range(last + 1, len(drafts)) if _count(drafts[j]) and
                drafts[j]["unit"] == drafts[t]["unit"] and drafts[j].get("role") in
                (None, "portion", "part") and _REST_OF.search(
                    low[drafts[j]["sentence"][0]:drafts[j]["start"]])]
        if len(rest) != 1 or len({drafts[p]["value"] for p in ps}) != len(ps):
            continue
        # (a count of the unit between them that carries no market share is another part
        # the sum would leave out: "Huawei shipped 26.5 million")
        if any(j not in ps and _count(drafts[j]) and drafts[j]["unit"] == drafts[t]["unit"]
               and drafts[j].get("role") in (None, "portion", "part", "item")
               for j in range(min(ps), rest[0])):
            continue
        total = sum(float(drafts[p]["value"]) for p in ps) + float(drafts[rest[0]]["value"])
        if not 0.5 * float(drafts[t]["value"]) <= total <= 2.0 * float(drafts[t]["value"]):
            continue
        order = sorted(ps) + rest
        drafts[t]["extra"].append(("sum", {"of": order[0], "plus": tuple(order[1:])}))


# a margin set right after the profit it is of: "Operating income rose 4% to $456.8 million,
# leaving an operating margin of 25.8%", "gross profit of $1.05 billion, a gross margin of 59.1%"
_MARGIN_AFTER = re.compile(r"[ \u00a0]*,[ \u00a0]*(?:(?:leaving|giving|for|with|taking|and)[ \u00a0]+)?"
                           r"(?:an?[ \u00a0]+|its[ \u00a0]+)?(?:(?:gross|operating|net|profit|pre-tax|"
                           r"pretax|ebitda|ebit)[ \u00a0]+)?(?:profit[ \u00a0]+)?margin[ \u00a0]+of[ \u00a0]+"
                           r"(?:(?:about|around|roughly|some|nearly|almost|just)[ \u00a0]+)?\Z")


def _margin(low: str, drafts: list[dict[str, Any]], i: int) -> bool:
    """A profit margin right after the profit it is of: the profit out of the story's
    revenue (of the profit's subject), as readings; True when read so."""
    c = drafts[i]
    if c["unit"] != "percent" or not i or drafts[i - 1]["sentence"] != c["sentence"]:
        return False
    part = drafts[i - 1]
    if not part["unit"] or part["unit"] == "percent" or part.get("role") not in (None, "total") \
            or not part["value"] or _MARGIN_AFTER.match(low, part["end"], c["start"]) is None:
        return False
    _set(c, i - 1, _best(c, drafts, i - 1, _wholes(low, drafts, i, i - 1, "revenue")))
    return True


# the margin a sentence names before its first figure: "The operating margin narrowed to ",
# "Its gross margin was ", "The net profit margin stood at about "
_MARGIN_NAMED = re.compile(r"\b(gross|operating|net|pre-tax|pretax|ebitda|ebit|profit)[ \u00a0]+"
                           r"(?:profit[ \u00a0]+)?margins?\b[^.;:\d%]{0,40}?(?:to|of|at|was|were|"
                           r"is|stood[ \u00a0]+at)[ \u00a0]+(?:(?:about|around|roughly|some|nearly|"
                           r"almost|just)[ \u00a0]+)?\Z")


def _margin_apart(low: str, drafts: list[dict[str, Any]], i: int) -> bool:
    """"Operating profit rose 10.79% to Rs 17,194.40 million. The operating margin narrowed
    to 19.6% from 21.7%": a margin named in its own sentence, its first figure, is the nearest
    earlier profit level of the same footing (operating, gross, net; of no other period) out
    of the story's revenue, as readings; True when read so."""
    c = drafts[i]
    ss = c["sentence"][0]
    m = _MARGIN_NAMED.search(low, ss, c["start"])
    if c["unit"] != "percent" or c.get("role") is not None or m is None or \
            (i and drafts[i - 1]["sentence"] == c["sentence"]):
        return False
    footing = next((v for k, v in c["extra"] if k == "footing"), None)
    part = next((j for j in _window(low, drafts, i, 2)
                 if drafts[j]["sentence"] != c["sentence"] and drafts[j].get("measure") == "profit"
                 and drafts[j]["unit"] not in ("", "percent") and drafts[j]["value"] and
                 drafts[j].get("role") in (None, "total")), None)
    if part is None or next((v for k, v in drafts[part]["extra"] if k == "footing"),
                            None) != footing or \
            (c.get("period") is not None and drafts[part].get("period") not in
             (None, c["period"])) or \
            None not in (c.get("subject"), drafts[part].get("subject")) and \
            c.get("subject") != drafts[part].get("subject"):
        return False    # (another period's or subject's profit: not this margin's)
    _set(c, part, _best(c, drafts, part, _wholes(low, drafts, i, part, "revenue")))
    return True


# the opening noun of a sentence and the comma before a share set beside it: "Networking
# products, 77% of sales, grew just over 1% to $496 million"
_OPENING_THEN_SHARE = re.compile(r"\W*(?:[a-z][\w’'-]*[ \u00a0]+){0,4}[a-z][\w’'-]*[ \u00a0]*,[ \u00a0]*"
                                 r"(?:(?:about|around|roughly|some|nearly|almost|just[ \u00a0]+over|"
                                 r"just[ \u00a0]+under|more[ \u00a0]+than|less[ \u00a0]+than)[ \u00a0]+)?\Z")


def _opening_share(low: str, drafts: list[dict[str, Any]], i: int) -> bool:
    """"Networking products, 77% of sales, grew just over 1% to $496 million": a share set
    in commas after the noun a sentence opens on, naming its whole, is of the level the
    sentence gives that noun (its first level after the share, no amount of change), out of
    the earlier figure the whole's words name, as readings; True when read so."""
    c = drafts[i]
    words = _whole_words(low, c)
    if c["unit"] != "percent" or words is None or \
            _OPENING_THEN_SHARE.fullmatch(low, c["sentence"][0], c["start"]) is None or \
            re.match(r"[ \u00a0]+of[ \u00a0]+[^,.;:()\d]{1,60},", low[c["end"]:c["sentence"][1]]) is None:
        return False
    part = next((j for j in range(i + 1, len(drafts)) if drafts[j]["sentence"] == c["sentence"]
                 and _count(drafts[j]) and drafts[j].get("role") in (None, "total")), None)
    if part is None:
        return False
    _set(c, part, _best(c, drafts, part, _wholes(low, drafts, i, part, words)))
    return True


def _share(low: str, drafts: list[dict[str, Any]], i: int) -> None:
    """One share's part and whole, by the first of the forms that reads it."""
    c = drafts[i]
    if _margin(low, drafts, i) or _margin_apart(low, drafts, i) or \
            _opening_share(low, drafts, i) or \
            _part_bracket_whole(low, drafts, i) or \
            _market_share(low, drafts, i) or \
            _share_then_count(low, drafts, i) or \
            _bracketed_count(low, drafts, i) or _bracketed_share_sibling(low, drafts, i):
        return
    words = _whole_words(low, c)
    part = _listed_part(low, drafts, i)
    if part is not None and words:
        _set(c, part, _best(c, drafts, part, _wholes(low, drafts, i, part, words)))
        return
    if (words and _bracketed_part(low, drafts, i, words)) or \
            (not words and _bracketed_sibling(low, drafts, i)):
        return
    v = _vocab()
    s0 = c["sentence"][0]
    # (the figure right before it in its sentence, if any: looking no further keeps a
    # sentence of thousands of figures linear)
    same = [i - 1] if i and drafts[i - 1]["sentence"] == c["sentence"] else []
    m = v["part_share_subject"].fullmatch(low[s0:c["start"]])
    if m is not None and words and not same:
        part = _part_named(low, drafts, i, m.group("p"))
        if part is not None:
            _set(c, part, _best(c, drafts, part, _wholes(low, drafts, i, part, words)))
        return
    if not same and _place_part(low, drafts, i):
        return
    if same and _is_share(low, drafts[same[0]]) and any(
            k == "ratio" for k, _ in drafts[same[0]]["extra"]):
        _sibling(low, drafts, i, same[0], words)
        return
    if same and _count(drafts[same[0]]) and words and drafts[same[0]].get("role") in (
            None, "total", "update") and (ap := v["part_share_apposition"].fullmatch(
                low[drafts[same[0]]["end"]:c["start"]])) is not None and \
            (ap.group("noun") is None or words not in v["back"]):
        # (not "5,000 people, 20% of them women": a share of the count, not the count's)
        part = same[0]
        whole = [] if words in v["totals"] else _wholes(low, drafts, i, part, words)
        _set(c, part, _best(c, drafts, part, whole))
        return
    if same and not words and c["unit"] == "percent" and \
            not _share_of_a_portion(low, drafts, i, same[0]):
        _of_the_group_before(low, drafts, i, same[0])


# from a portion to the share it makes of its whole, named by the share's noun: " voted, a
# turnout of ", ", a share of "
# (or the share alone: "64,940 of them, about 62%")
# (or " or " with no comma: "Almost half, 12.1 million tonnes or 49.1%, was incinerated")
_PORTION_SHARE_GAP = re.compile(r"(?:[ \u00a0]+[a-z]+){0,2}[ \u00a0]*,[ \u00a0]*(?:(?:an?[ \u00a0]+)?"
                                r"(?:turnout|share|proportion)[ \u00a0]+of[ \u00a0]+)?(?:(?:about|around|some|nearly|almost|"
                                r"roughly|or)[ \u00a0]+)?|[ \u00a0]+or[ \u00a0]+(?:(?:about|around|some|"
                                r"nearly|almost|roughly)[ \u00a0]+)?")


def _share_of_a_portion(low: str, drafts: list[dict[str, Any]], i: int, p: int) -> bool:
    """"Of the 8,974 people on the electoral roll, 640 voted, a turnout of 7.13%": a share
    set after a portion of a whole the text names, by a noun of shares, is that portion out
    of that whole (True when read so)."""
    w = drafts[p].get("group")
    if drafts[p].get("role") != "portion" or not isinstance(w, int) or not _count(drafts[p]) \
            or not _count(drafts[w]) or \
            not _PORTION_SHARE_GAP.fullmatch(low, drafts[p]["end"], drafts[i]["start"]):
        return False
    _set(drafts[i], p, _best(drafts[i], drafts, p, [w]))
    return True


# the words from a share to its part's count in brackets after the whole it names: " of the
# offences (", " of all entries ("
_BRACKETED_PART = re.compile(r"[ \u00a0]+of[ \u00a0]+[^,.;:()\d]{1,60}?[ \u00a0]*\([ \u00a0]*")
_BRACKET_CLOSE = re.compile(r"[ \u00a0]*\)")


def _bracketed_part(low: str, drafts: list[dict[str, Any]], i: int, words: str) -> bool:
    """"Assaults made up 44% of the offences (20,333)": the count in brackets right after the
    share's whole is its part; the whole is the earlier count the words name. Whether it read
    the share so."""
    if i + 1 >= len(drafts):
        return False
    x = drafts[i + 1]
    if x["sentence"] != drafts[i]["sentence"] or not _count(x) or \
            x.get("role") not in (None, "portion", "item") or \
            _BRACKETED_PART.fullmatch(low, drafts[i]["end"], x["start"]) is None or \
            _BRACKET_CLOSE.match(low, x["end"]) is None:
        return False
    wholes = _wholes(low, drafts, i, i + 1, words)
    if wholes:
        _set(drafts[i], i + 1, _best(drafts[i], drafts, i + 1, wholes))
    return True


# from the bracket closing a first share's part to the next share, whose verb is elided:
# "), London for ", "), and the East Midlands for "
_NEXT_BRACKETED = re.compile(r"[ \u00a0]*\)[ \u00a0]*,?[ \u00a0]*(?:and[ \u00a0]+)?(?:the[ \u00a0]+)?"
                             r"(?:[a-z][\w’'.-]*[ \u00a0]+){1,4}(?:for|with|on|at)[ \u00a0]+$")


def _bracketed_sibling(low: str, drafts: list[dict[str, Any]], i: int) -> bool:
    """"The West Midlands accounted for 59% of cases (462), London for 19% (146)": a share
    with its part in brackets after a first such share, its whole the first's. Whether it
    read the share so."""
    if i < 2 or i + 1 >= len(drafts):
        return False
    c, x, k = drafts[i], drafts[i + 1], i - 2
    first = drafts[k]
    ratio = next((v for kk, v in first["extra"] if kk == "ratio"), None)
    if ratio is None or ratio.get("of") != k + 1 or not isinstance(ratio.get("per"), int) or \
            not (first["sentence"] == c["sentence"] == x["sentence"]) or not _count(x) or \
            x["unit"] != drafts[k + 1]["unit"] or \
            _NEXT_BRACKETED.fullmatch(low, drafts[k + 1]["end"], c["start"]) is None or \
            re.fullmatch(r"[ \u00a0]*\([ \u00a0]*", low[c["end"]:x["start"]]) is None or \
            _BRACKET_CLOSE.match(low, x["end"]) is None:
        return False
    _set(c, i + 1, ratio["per"])
    return True


def _market_share(low: str, drafts: list[dict[str, Any]], i: int) -> bool:
    """"Volkswagen ... with 162,087 registrations and 8.52% of the market", "Apple was second
    with 48 million, a 13.5% share": a share of the market (a sector, an industry) set after a
    count in its sentence is that count out of the market's total, an earlier count of the
    part's unit (``_market_wholes``), the reading the share fits best; True when the words
    are of this form (whether or not a whole was found)."""
    v, c = _vocab(), drafts[i]
    before = v["market_share_before"].search(low[max(c["sentence"][0], c["start"] - 80):
                                                 c["start"]])
    if not (v["market_share_after"].match(low[c["end"]:c["end"] + 80]) or before):
        return False
    part = None
    for j in range(i - 1, -1, -1):
        d = drafts[j]
        if d["sentence"] != c["sentence"] or c["start"] - d["end"] > 120:
            return False
        if d["unit"] == "percent" and d.get("role") == "change":
            continue
        if not _count(d) or d.get("role") not in (None, "total", "item", "compared", "portion",
                                                  "part"):
            return False
        part = j
        break
    if part is None:
        return False
    # (the words that say it is a share are no gap: "10,186, trimming their share to 7.1%")
    gap = low[drafts[part]["end"]:c["start"] - (len(before.group(0)) if before else 0)]
    for j in range(part + 1, i):    # (the changes between them, each written N)
        a, b = drafts[j]["start"] - drafts[part]["end"], drafts[j]["end"] - drafts[part]["end"]
        gap = gap[:a] + "N" + " " * (b - a - 1) + gap[b:]
    gap = re.sub(r"N\s+(?=[,\s])", "N", gap)
    if not v["market_share_gap"].fullmatch(gap) or re.search(r"[;:()]", gap):
        return False
    _set(c, part, _best(c, drafts, part, _market_wholes(low, drafts, part)), exact=True)
    return True


# from a share to the count that says it again right after it: ", or ", " of the market, with ",
# " of the market, the same share as in September, with "
_SHARE_THEN_COUNT = re.compile(r"(?P<market>[ \u00a0]+of[ \u00a0]+the[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?"
                               r"(?:market|sector|industry)(?:[ \u00a0]*,[^,\d;.()]{1,45})?)?"
                               r"[ \u00a0]*,[ \u00a0]*(?P<link>or|with)"
                               r"[ \u00a0]+(?:(?:about|some|nearly|almost|around)[ \u00a0]+)?")


def _share_then_count(low: str, drafts: list[dict[str, Any]], i: int) -> bool:
    """"Plug-in hybrids rose to 7.9%, or 8,382 cars", "Battery electric cars took 15.2% of
    the market, with 16,155 registrations": a share (no change) with the count it stands for
    right after it, by ", or" or after the market it is of, is that count out of the
    market's total, read like ``_market_share`` (True when the words are of this form)."""
    c, j = drafts[i], i + 1
    if c["unit"] != "percent" or c.get("role") == "change" or j >= len(drafts) or \
            drafts[j]["sentence"] != c["sentence"] or not _count(drafts[j]) or \
            drafts[j]["unit"] or drafts[j].get("role") not in (None, "portion", "part"):
        return False
    m = _SHARE_THEN_COUNT.fullmatch(low, c["end"], drafts[j]["start"])
    if m is None or (m.group("link") == "with" and not m.group("market")):
        return False
    _set(c, j, _best(c, drafts, j, _market_wholes(low, drafts, j)), exact=True)
    return True


_RESPECTIVE_BEFORE = re.compile(r"(?:,|\b(?:for|with|giving\s+them|taking))\s+(?:market\s+)?"
                                r"shares\s+of\s+\Z")
_RESPECTIVE_AFTER = re.compile(r"\A(?:\s+of\s+the\s+(?:[a-z]+\s+)?market)?,?\s+respectively\b")


def _respective_part(low: str, drafts: list[dict[str, Any]], i: int) -> int | None:
    """"Lenovo shipped 18.8 million and Xiaomi 18.3 million, for shares of 5.3% and 5.2%
    respectively": the count in the same place of the list of counts right before the list
    of shares, or None."""
    c = drafts[i]
    g = c.get("group")
    if c.get("role") != "item" or g is None:
        return None
    shares = [j for j, x in enumerate(drafts) if x.get("group") == g and x.get("role") == "item"]
    first, last = drafts[shares[0]], drafts[shares[-1]]
    if not _RESPECTIVE_BEFORE.search(low[max(first["sentence"][0], first["start"] - 40):
                                         first["start"]]) or \
            not _RESPECTIVE_AFTER.match(low[last["end"]:last["end"] + 40]):
        return None
    k = shares[0] - 1
    if k < 0 or drafts[k]["sentence"] != c["sentence"] or drafts[k].get("role") != "item":
        return None
    counts = [j for j, x in enumerate(drafts) if x.get("group") == drafts[k].get("group") and
              x.get("role") == "item"]
    if len(counts) != len(shares) or not all(_count(drafts[j]) for j in counts):
        return None
    return counts[shares.index(i)]


def _market_wholes(low: str, drafts: list[dict[str, Any]], p: int) -> list[int]:
    """The earlier counts a market share of count ``p`` may be out of: those of its unit and
    period, larger than it, that are levels (or compared values, for a compared part) and
    carry no share of their own; of these, the ones that count what the part counts (its
    measure, its noun), and the largest when it opens the text's counts of that unit or is a
    stated total (the market's size: "A total of 1,903,054 new cars were registered")."""
    a = drafts[p]
    roles = ("compared",) if a.get("role") == "compared" else (None, "total", "whole")
    cands = [j for j in range(p) if _count(drafts[j]) and drafts[j]["unit"] == a["unit"] and
             float(drafts[j]["value"]) > float(a["value"]) and
             drafts[j].get("role") in roles and drafts[j].get("section") == a.get("section")
             and _same_period(drafts[j], a) and not _with_share(low, drafts, j)]
    if not cands:
        return []
    kind = _kind(low, drafts, p)[-1:]
    out = [j for j in cands if (a.get("measure") and drafts[j].get("measure") == a["measure"])
           or (kind and _kind(low, drafts, j)[-1:] == kind)]
    top = max(cands, key=lambda j: float(drafts[j]["value"]))
    # (a fraction in words is no count: "shrank by almost a quarter, with 106,265 cars")
    first = next(j for j in range(len(drafts)) if _count(drafts[j]) and
                 drafts[j]["unit"] == a["unit"] and not _is_share(low, drafts[j]) and
                 drafts[j].get("section") == a.get("section"))
    if top == first or drafts[top].get("role") in ("total", "whole") or top in out:
        out.append(top)
    return sorted(set(out))


# the words from a share to the count in brackets that restates it: "A quarter of the
# offences (12,755)", "10% (5,188)"
_TO_BRACKETED_COUNT = re.compile(r"(?:[ \u00a0]+of[ \u00a0]+(?:the|them|these|those|all)"
                                 r"(?:[ \u00a0]+[a-z][\w-]*){0,2})?[ \u00a0]*\([ \u00a0]*")


def _bracketed_count(low: str, drafts: list[dict[str, Any]], i: int) -> bool:
    """"Police recorded 50,489 offences. A quarter of the offences (12,755) were recorded by
    the Met, 10% (5,188) by West Midlands Police": a count in brackets right after a share
    restates it, a part of the whole the share is of: the one the share is a portion of, or,
    for a later share of the list, the whole of the share before it in its sentence (True
    when the share was read so)."""
    c = drafts[i]
    j = i + 1
    if j >= len(drafts) or drafts[j]["sentence"] != c["sentence"] or \
            not _count(drafts[j]) or drafts[j]["unit"] or \
            not _TO_BRACKETED_COUNT.fullmatch(low, c["end"], drafts[j]["start"]) or \
            not _BRACKET_CLOSE.match(low, drafts[j]["end"]):
        return False
    whole = c.get("group") if c.get("role") == "portion" else None
    if not isinstance(whole, int):
        before = [k for k in range(i - 1, -1, -1) if drafts[k]["sentence"] == c["sentence"]
                  and any(x == "ratio" and isinstance(v, dict) and v.get("bracketed")
                          for x, v in drafts[k]["extra"])]
        whole = next((v["per"] for x, v in drafts[before[0]]["extra"] if x == "ratio"),
                     None) if before else None
    if not isinstance(whole, int) or drafts[whole]["unit"] or \
            not drafts[whole]["value"] or drafts[whole]["value"] <= drafts[j]["value"]:
        return False
    c["extra"].append(("ratio", {"of": j, "per": whole, "bracketed": 1}))
    return True


_BRACKET_OPEN = re.compile(r"[ \u00a0]*\([ \u00a0]*")
# from a share in brackets to the count it is out of: ") of ", ") out of all "
_BRACKET_OF = re.compile(r"[ \u00a0]*\)[ \u00a0]+(?:out[ \u00a0]+)?of[ \u00a0]+"
                         r"(?:the[ \u00a0]+|all[ \u00a0]+)?")


def _part_bracket_whole(low: str, drafts: list[dict[str, Any]], i: int) -> bool:
    """"2,014 (49%) of 4,123 contacts were vaccinated": a percentage in brackets between two
    counts of one unit is the first out of the second (True when read so)."""
    c = drafts[i]
    if c["unit"] != "percent" or i < 1:
        return False
    a = drafts[i - 1]
    if a["sentence"] != c["sentence"] or not _count(a) or \
            not _BRACKET_OPEN.fullmatch(low, a["end"], c["start"]):
        return False
    b = drafts[i + 1] if i + 1 < len(drafts) else None
    if b is not None and b["sentence"] == c["sentence"] and _count(b) and \
            a["unit"] == b["unit"] and b["value"] >= a["value"] and \
            _BRACKET_OF.fullmatch(low, c["end"], b["start"]):
        _set(c, i - 1, i + 1)
        return True
    words = _whole_words(low, c)
    if words is None or low[c["end"]:c["end"] + 1] != ")":
        return False
    # "7 (1.3%) of those given the injection": out of the whole the words name
    _set(c, i - 1, _best(c, drafts, i - 1, _wholes(low, drafts, i, i - 1, words)))
    return True


def _bracketed_share_sibling(low: str, drafts: list[dict[str, Any]], i: int) -> bool:
    """"Andalusia had 755 lynx (43.6% of Spain's total), Castilla-La Mancha 715 (41.3%)": a
    percentage in brackets right after a count, in a sentence whose earlier count had its
    share of a whole in brackets the same way, is that count's share of the same whole (True
    when read so)."""
    c = drafts[i]
    k = i - 1
    if c["unit"] != "percent" or k < 1 or drafts[k]["sentence"] != c["sentence"] or \
            _whole_words(low, c) is not None or \
            not _count(drafts[k]) or not (
                _BRACKET_OPEN.fullmatch(low, drafts[k]["end"], c["start"]) and
                _BRACKET_CLOSE.match(low, c["end"]) or
                _OR_SHARE.fullmatch(low, drafts[k]["end"], c["start"])):
        return False
    par = low.rfind("\n\n", 0, c["start"])
    for p in range(k - 1, 0, -1):
        d = drafts[p]
        same = d["sentence"] == c["sentence"]
        if not same and (d["start"] < par or not _same_measure(drafts[k], drafts[p - 1])):
            break
        rat = next((v for x, v in d["extra"] if x == "ratio" and isinstance(v, dict)), None)
        if d["unit"] == "percent" and rat is not None and rat.get("of") == p - 1 and \
                isinstance(rat.get("per"), int) and \
                (_BRACKET_OPEN if same else _SHARE_AFTER_PART).fullmatch(
                    low, drafts[p - 1]["end"], d["start"]) and \
                drafts[k]["unit"] == drafts[p - 1]["unit"]:
            c["extra"].append(("ratio", {"of": k, "per": rat["per"]}))
            return True
    return False


# (an earlier sentence of the paragraph may give the first share after its amount so: "Fitness
# sales rose 30% to $601 million, 33.9% of the total. ... Marine sales rose 20% to $267 million
# (15.1%)", the same whole; the two amounts of one measure)
_SHARE_AFTER_PART = re.compile(r"[ \u00a0]*(?:\(|,[ \u00a0]*(?:or[ \u00a0]+)?)[ \u00a0]*"
                               r"(?:(?:about|around|roughly|some|nearly|almost)[ \u00a0]+)?")


# (", or 28.1%": a share after its amount that names no whole)
_OR_SHARE = re.compile(r"[ \u00a0]*,[ \u00a0]*or[ \u00a0]+(?:(?:about|around|roughly|some|nearly|almost)"
                       r"[ \u00a0]+)?")


def _owner(d: dict[str, Any]) -> str:
    """A subject's owner: "garmin" of "garmin / outdoor" (a division of the company)."""
    return str(d.get("subject") or "").split(" / ")[0]


def _same_measure(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two amounts of a paragraph count one thing: one measure, or no measure read for
    one of them, of one owner."""
    return _owner(a) == _owner(b) and (
        a.get("measure") is None or b.get("measure") is None or a["measure"] == b["measure"])


def _sibling(low: str, drafts: list[dict[str, Any]], i: int, k: int, words: str | None
             ) -> None:
    """"... accounted for 74% of the total, and debt relief orders for a fifth": the second
    share's part named after "and", its whole the first's unless it names its own."""
    m = _vocab()["part_share_sibling"].fullmatch(low[drafts[k]["end"]:drafts[i]["start"]])
    if m is None:
        return
    words = words or _whole_words(low, drafts[k])
    part = _part_named(low, drafts, i, m.group("p"))
    if part is None or not words:
        return
    _set(drafts[i], part, _best(drafts[i], drafts, part, _wholes(low, drafts, i, part, words)))


def _listed_part(low: str, drafts: list[dict[str, Any]], i: int) -> tuple[int, ...] | None:
    """The items of the colon list after a share in its sentence ("Three-quarters of the
    deaths were in five areas: 404 in A, 163 in B, ..."), or None."""
    c = drafts[i]
    colon = low.find(":", c["end"], c["sentence"][1])
    if colon < 0:
        return None
    items = [j for j in range(i + 1, len(drafts)) if drafts[j]["sentence"] == c["sentence"]
             and drafts[j]["start"] > colon]
    if len(items) < 2 or not all(_count(drafts[j]) for j in items):
        return None
    groups = {drafts[j].get("group") for j in items}
    if len(groups) != 1 or None in groups or \
            any(drafts[j].get("role") not in ("item", "part") for j in items):
        return None
    return tuple(items)


def _of_the_group_before(low: str, drafts: list[dict[str, Any]], i: int, p: int) -> None:
    """"Only 44 same-sex weddings, or 0.7%": out of an earlier count of the part's kind, the
    nearest earlier count of the two paragraphs, or the whole the shares of the sentence
    before are of ("... voted No, or 6.47%. A further 76,111 ballots, or 1.97%, were void"),
    the reading the share fits best."""
    m = _vocab()["part_share_or"].fullmatch(low[drafts[p]["end"]:drafts[i]["start"]])
    a = drafts[p]
    if m is None or not _count(a) or a["unit"] or \
            a.get("role") not in (None, "additional", "portion") or \
            (m.group("b") and not re.match(r"\s*\)", low[drafts[i]["end"]:])) or \
            _COMPARED_AFTER.match(low, drafts[i]["end"]):
        return
    if paragraph_out_of_order(low, drafts, p):
        return      # (shares that fall as their counts rise are of no one whole: turnouts)
    whole = _portions_whole(drafts, p)
    if whole is not None:
        # ("158 cases, of which 64 (41%) were in the West Midlands and 43 (27%) in London":
        # out of the whole its sentence splits, never a count of another paragraph)
        if float(drafts[whole]["value"]) > float(a["value"]):
            _set(drafts[i], p, whole)
        return
    kind = set(_phrase(_WORD.findall(m.group("k"))))
    least = _listed_sum(low, drafts, p)
    before = _wholes_before(low, drafts, i, p, least)
    if not before and kind:
        # (no count in this paragraph or the one before: a count of the part's own kind
        # further back, "30.4 million GP appointments" two paragraphs before "About 2.7
        # million appointments, or 8.8%")
        before = [j for j in _wholes_before(low, drafts, i, p, least, back=3)
                  if set(_kind(low, drafts, j)[-1:]) & kind or
                  _stem(str(drafts[j].get("measure") or "")) in kind]
    # (the nearest count is the group the part is of only when it names no other kind: "6,493
    # did so", not "29,177,200 men" before "11.1 million people, or 18.6%")
    near = [j for j in before[:1] if not kind or not _kind(low, drafts, j) or
            set(_kind(low, drafts, j)) & kind]
    kinds = [j for j in before if set(_kind(low, drafts, j)[-1:]) & kind or
             _stem(str(drafts[j].get("measure") or "")) in kind]
    # (any earlier count of what the nearest counts that the share fits to its rounding is
    # the reading it supports: "149,095 cars" by fleets, then "120,272, or 43.7%" of the
    # "275,239" registrations in all; none such, the nearest readings decide)
    m0 = drafts[near[0]].get("measure") if near else None
    exact = _fitting(drafts[i], drafts, p, [j for j in before if m0 is not None and
                                            drafts[j].get("measure") == m0])
    per = [j for j in _shares_per(low, drafts, i, a) if float(drafts[j]["value"]) >= least]
    whole = exact if exact is not None else _best(drafts[i], drafts, p,
                                                   sorted(set(near + kinds + per)))
    # (out of the market the sentence before gives its shares of: "... 54.2% of the market.
    # Private registrations fell 1.8% to 120,272, or 43.7%")
    _set(drafts[i], p, whole, exact=whole is not None and whole in per and whole not in near
         and whole not in kinds and per.count(whole) == len(per) and _market_per(drafts, i))


def _wholes_before(low: str, drafts: list[dict[str, Any]], i: int, p: int, least: float,
                   back: int = 1) -> list[int]:
    """The counts before part ``p`` (with share ``i``) in its paragraph and the ``back``
    before, nearest first, that can be its whole: of its unit and period, a level with no
    share of its own, larger than the part and than the list the part's sentence shares out."""
    a = drafts[p]
    return [j for j in _window(low, drafts, i, back) if j < p and _count(drafts[j]) and
            drafts[j]["unit"] == a["unit"] and _level(drafts[j]) and
            drafts[j]["sentence"] != a["sentence"] and _same_period(drafts[j], a) and
            not _with_share(low, drafts, j) and
            # (a count no larger than the part is no whole of it: "four in ten" before "Of
            # the schools inspected, 658 or 34%"; nor one smaller than the list it shares out)
            float(drafts[j]["value"] or 0) > float(a["value"] or 0) and
            float(drafts[j]["value"] or 0) >= least and not _another_subjects(drafts[j], a)]


def _another_subjects(whole: dict[str, Any], part: dict[str, Any]) -> bool:
    """Whether a count of another sentence is another subject's, not the group a part is of:
    both name their subject, neither name holds the other, and the part names a measure where
    the count names none ("Texas ... to reach 25,145,561. Michigan ... losing 54,804
    residents, or 0.6%": Michigan's own population, unstated). A part with no measure of its
    own may still be of a wider whole ("128 cases in England ... London, with 85 (66%)"), and
    so may one of a measured whole ("677 same-sex marriages ... Male couples accounted for
    370 weddings, or 54.7%")."""
    w, p = str(whole.get("subject") or ""), str(part.get("subject") or "")
    return bool(w and p) and w not in p and p not in w and \
        part.get("measure") is not None and whole.get("measure") is None


def _listed_sum(low: str, drafts: list[dict[str, Any]], p: int) -> float:
    """The least whole a count ``p`` with its share after it can be out of: the sum of the
    counts of its sentence, of its unit, that carry their own shares as it does ("Labour 1,235
    (57%), Conservative 344 (16%), UKIP 290 (13%)": the votes of one count, at least 1,869),
    or its own value when it is the only one."""
    a = drafts[p]
    return sum(float(drafts[j]["value"]) for j in range(len(drafts))
               if drafts[j]["sentence"] == a["sentence"] and _count(drafts[j]) and
               drafts[j]["unit"] == a["unit"] and (j == p or _with_share(low, drafts, j)))


def _portions_whole(drafts: list[dict[str, Any]], p: int) -> int | None:
    """The whole a count ``p`` with a share after it is of in its own sentence: its group (a
    portion's), else the group of the portion before it there, or the whole of the count
    with a share before it ("of which 64 (41%) ... and 43 (27%)"); None otherwise."""
    a = drafts[p]
    if a.get("role") == "portion" and isinstance(a.get("group"), int):
        return a["group"] if _count(drafts[a["group"]]) else None
    k = p - 1
    while k >= 0 and drafts[k]["sentence"] == a["sentence"]:
        x = drafts[k]
        if x["unit"] == a["unit"] and x.get("role") == "portion" and \
                isinstance(x.get("group"), int) and \
                not any(kk == "of_them" for kk, _ in x["extra"]):
            # (not a portion "of them", of the count right before it: "899 pedestrian
            # casualties, 42 of them fatal; 454 motorcyclists (8%)")
            return x["group"] if _count(drafts[x["group"]]) else None
        ratio = next((v for kk, v in x["extra"] if kk == "ratio"), None)
        if ratio is not None and ratio.get("of") == k - 1 and isinstance(ratio.get("per"), int) \
                and drafts[k - 1]["unit"] == a["unit"]:
            return ratio["per"]     # "64 (41%) ... and 43 (27%)": the first share's whole
        k -= 1
    return None


def _fitting(c: dict[str, Any], drafts: list[dict[str, Any]], part: int,
             wholes: list[int]) -> int | None:
    """The nearest of ``wholes`` that share ``c`` of ``part`` agrees with to its written
    rounding (half its last digit), or None."""
    v, half = float(c["value"] or 0), _step(c) / 2 + 1e-9
    size = _sum(drafts, part)
    return next((w for w in wholes if float(drafts[w]["value"] or 0) > size and
                 abs(_implied(c, drafts, part, w) - v) <= half), None)


# words after a share that make it a change or a gap, not a part's share ("The deficit was
# $77.6 billion, or 27.6%, smaller than a year earlier")
_COMPARED_AFTER = re.compile(r"[\s,)]*(?:more|less|fewer|smaller|larger|bigger|higher|lower|"
                             r"up|down|above|below|than|on|from|over|compared|since)\b")


def _with_share(low: str, drafts: list[dict[str, Any]], j: int) -> bool:
    """Whether a count carries its own share of a larger whole ("340 votes, or 38.41%", "1,496
    votes (43.6%)", "40.1% of the vote, about 5.59 million ballots"): a part itself, no whole
    of the counts after it."""
    if j and _share_restated(low, drafts, j - 1, j):
        return True
    if j + 1 >= len(drafts):
        return False
    b = drafts[j + 1]
    return b["unit"] == "percent" and b["sentence"] == drafts[j]["sentence"] and \
        _vocab()["part_share_or"].fullmatch(low[drafts[j]["end"]:b["start"]]) is not None


# from a share to the count that restates it: "40.1% of the vote, about 5.59 million", "42.2%,
# from 557,794 votes", "42.2% on 557,794 votes"
_SHARE_TO_COUNT = re.compile(r"(?:[ \u00a0]+of[ \u00a0]+(?:the|all)(?:[ \u00a0]+[a-z][\w-]*){1,2})?"
                             r"(?:[ \u00a0]*,[ \u00a0]*(?:(?:or|from|on|with)[ \u00a0]+)?|"
                             r"[ \u00a0]+(?:on|with)[ \u00a0]+)(?:(?:about|some|nearly|"
                             r"almost|around|roughly|just[ \u00a0]+over|more[ \u00a0]+than)"
                             r"[ \u00a0]+)?")


def _share_restated(low: str, drafts: list[dict[str, Any]], s: int, j: int) -> bool:
    """Whether share ``s`` is restated by count ``j`` right after it in its sentence."""
    a, b = drafts[s], drafts[j]
    return a["unit"] == "percent" and a.get("role") != "change" and \
        a["sentence"] == b["sentence"] and _count(b) and \
        _SHARE_TO_COUNT.fullmatch(low, a["end"], b["start"]) is not None


def _market_per(drafts: list[dict[str, Any]], i: int) -> bool:
    """Whether the shares of the sentence before share ``i`` are all market shares (their
    readings marked exact)."""
    prev = [j for j in range(i - 1, -1, -1) if drafts[j]["sentence"] != drafts[i]["sentence"]]
    if not prev:
        return False
    sent = drafts[prev[0]]["sentence"]
    pers = [dict(drafts[j]["extra"]).get("ratio") for j in prev if drafts[j]["sentence"] == sent]
    pers = [r for r in pers if isinstance(r, dict)]
    return bool(pers) and all(r.get("exact") for r in pers)


def _shares_per(low: str, drafts: list[dict[str, Any]], i: int, a: dict[str, Any]
                ) -> list[int]:
    """The wholes the shares of the sentence before are out of (a breakdown that goes on)."""
    prev = [j for j in range(i - 1, -1, -1) if drafts[j]["sentence"] != drafts[i]["sentence"]]
    if not prev:
        return []
    sent = drafts[prev[0]]["sentence"]
    out = []
    for j in prev:
        if drafts[j]["sentence"] != sent:
            break
        per = dict(drafts[j]["extra"]).get("ratio")
        # (a result's share "shared" with the largest result's count is out of no written
        # whole: normalize/result_lists.py)
        if isinstance(per, dict) and isinstance(per.get("per"), int) and \
                not per.get("shared") and not per.get("plus") and not per.get("base") and \
                drafts[per["per"]]["unit"] == a["unit"] and _count(drafts[per["per"]]) and \
                not _with_share(low, drafts, per["per"]):
            out.append(per["per"])
    return out


def _numbered_lists(low: str, drafts: list[dict[str, Any]]) -> None:
    """"... in five states: 21 in A, 11 in B, 9 in C, 5 in D and 3 in E": the count before
    the colon numbers the items, it is not their total nor a restatement of another count of
    its noun ("13 states" before it): role ``factor``; items read as its parts stay one
    list."""
    for t, d in enumerate(drafts):
        if d.get("role") not in (None, "total") or d["unit"] or not d["value"] or \
                d["value"] < 2 or d["value"] != int(d["value"]):
            continue
        colon = low.find(":", d["end"], min(d["end"] + 40, d["sentence"][1]))
        if colon < 0 or re.search(r"[\d,;.]", low[d["end"]:colon]):
            continue
        items = [j for j in range(t + 1, len(drafts)) if drafts[j]["sentence"] == d["sentence"]]
        # (items that add up to about the count may be its parts: "three hurt: 1 in A, ...")
        if len(items) != int(d["value"]) or not all(_count(drafts[j]) for j in items) or \
                _sum(drafts, tuple(items)) < 2 * float(d["value"]):
            continue
        d["role"] = "factor"
        for j in items:
            if drafts[j].get("role") == "part" and drafts[j].get("group") == t:
                drafts[j]["role"], drafts[j]["group"] = "item", f"g{t}n"


def _place_part(low: str, drafts: list[dict[str, Any]], i: int) -> bool:
    """"A third of the deaths were in Greater Glasgow and Clyde alone": the part is the
    earlier figure of that place and of the whole's kind; True when the words are of this
    form (whether or not a part was found)."""
    c = drafts[i]
    m = _vocab()["part_share_place"].match(low[c["end"]:c["sentence"][1] + 1])
    if m is None or low[c["sentence"][0]:c["start"]].strip(" \n\"“#*-"):
        return False
    head = _phrase(_WORD.findall(m.group("w")))[-1:]
    place = " ".join(m.group("place").split())
    parts = [j for j in _window(low, drafts, i, 2) if _count(drafts[j]) and
             drafts[j].get("role") in (None, "item", "part") and
             str(drafts[j].get("subject") or "") == place and head and
             (_kind(low, drafts, j)[-1:] == head or
              _stem(str(drafts[j].get("measure") or "")) == head[0])]
    if len({drafts[j]["value"] for j in parts}) == 1:
        words = " ".join(m.group("w").split())
        _set(c, parts[0], _best(c, drafts, parts[0], _wholes(low, drafts, i, parts[0], words)))
    return True
