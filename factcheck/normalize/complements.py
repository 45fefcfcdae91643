"""Totals of two complementary scopes, across sentences: "Harry Potter took $168.6 million in
North America. ... It opened to $307 million overseas, for a worldwide debut of $476 million";
"Overseas it made $112 million, including $26 million in China, for a global opening of $142
million" after "$30 million domestically".

Called by ``relations.relate`` after the lists and totals of each sentence are read, on the drafts
of one document (indexes into the draft list). A figure introduced as the total of both scopes
("for a worldwide debut of", "for $702 million worldwide", "bringing its global total to") with a
figure of one scope before it in its sentence ("overseas") and a figure of the other scope
("domestically", "in North America") in the sentences before (up to ``WINDOW`` of them) becomes
the total of the two, which are its items (role ``item``, ``group`` the total), so that the
list and parts checks hold them to it. A figure already in a list or a total is left as it is;
so is a total with no figure of either scope (nothing to add up). Words:
rules/vocab/complements.yaml. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab

WINDOW = 4                  # sentences back the other scope's figure may stand
JOINT_BACK = 200            # figures back a joint figure's named parts may stand (linear)
_CLAUSE_AFTER = 25          # characters after a figure its scope word may stand in
_FREE = (None, "compared")  # roles of a figure that may become an item
_CLAUSE_BREAK = re.compile(r"[,;:]\s*")


@lru_cache(maxsize=1)
def _vocab() -> tuple[dict[str, re.Pattern[str]], dict[str, re.Pattern[str]]]:
    data = vocab.load("complements.yaml")
    pats = {k: re.compile(str(data[k])) for k in ("total_before", "total_for", "total_after",
                                                  "total_then",
                                                  "joint", "counted", "counted_joint",
                                                  "counted_total_of", "group_size_pre",
                                                  "group_size_post")}
    scopes = {str(k): re.compile(str(v)) for k, v in
              vocab.section("complements.yaml", "scopes").items()}
    return pats, scopes


def complement_totals(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set the totals of two scopes and their items (see the module docstring)."""
    if not any(w in low for w in ("worldwide", "global", "combined", "overall", "total")):
        return
    pats, _ = _vocab()
    for t, d in enumerate(drafts):
        if t == 0 or d.get("role") not in _FREE or not d["value"]:
            continue
        prev = drafts[t - 1]
        gap_start = prev["end"] if prev["sentence"] == d["sentence"] else d["sentence"][0]
        # (or a sentence of its own that gives the total of the two before it: "That made
        # $529m worldwide" after "$248m in North America" and "Abroad ... $281m")
        alone = gap_start == d["sentence"][0] and bool(
            pats["total_then"].fullmatch(low, gap_start, d["start"]) and
            pats["total_after"].match(low, d["end"]))
        if not (alone or pats["total_before"].search(low, gap_start, d["start"]) or (
                pats["total_for"].search(low, gap_start, d["start"]) and
                pats["total_after"].match(low, d["end"]))):
            continue
        near = _scoped_before(low, drafts, t, same_sentence=not alone)
        if near is None:
            continue
        x, scope = near
        far = _scoped_before(low, drafts, x, same_sentence=False, want=_other(scope))
        if far is None:
            continue
        y, _ = far
        d["role"] = "total"
        for j in (y, x):
            drafts[j]["role"], drafts[j]["group"] = "item", t


def _other(scope: str) -> str:
    _, scopes = _vocab()
    return next(k for k in scopes if k != scope)


def _scoped_before(low: str, drafts: list[dict[str, Any]], t: int, same_sentence: bool,
                   want: str | None = None) -> tuple[int, str] | None:
    """The nearest figure before ``t`` of ``t``'s unit whose clause names a scope (``want``,
    or either): in ``t``'s sentence, or in the sentences before it (up to WINDOW)."""
    d = drafts[t]
    sentences = 0
    last = d["sentence"]
    for j in range(t - 1, -1, -1):
        x = drafts[j]
        if x["sentence"] != last:
            if same_sentence:
                return None
            sentences += 1
            last = x["sentence"]
            if sentences > WINDOW:
                return None
        if x["unit"] != d["unit"] or not x["value"] or not _free(drafts, x):
            continue
        scope = _scope_of(low, drafts, j)
        if scope is not None and (want is None or scope == want):
            return j, scope
    return None


def _free(drafts: list[dict[str, Any]], x: dict[str, Any]) -> bool:
    """Whether figure ``x`` may become an item of a total of two scopes: it is in no list or
    total, or it is one of a list of two with no total of its own ("$394 million outside North
    America and $308 million at home, for $702 million worldwide")."""
    if x.get("role") in _FREE and x.get("group") is None:
        return True
    g = x.get("group")
    return x.get("role") == "item" and isinstance(g, str) and \
        sum(1 for y in drafts if y.get("group") == g) == 2 and \
        not any(y.get("role") == "total" and y.get("group") == g for y in drafts)


def _scope_of(low: str, drafts: list[dict[str, Any]], j: int) -> str | None:
    """The one scope the clause of figure ``j`` names (its words from the figure or the clause
    break before it in its sentence, and a few after it up to a comma), or None."""
    _, scopes = _vocab()
    x = drafts[j]
    start = drafts[j - 1]["end"] if j and drafts[j - 1]["sentence"] == x["sentence"] \
        else x["sentence"][0]
    for m in _CLAUSE_BREAK.finditer(low, start, x["start"]):
        start = m.end()
    end = min(x["sentence"][1], x["end"] + _CLAUSE_AFTER)
    cut = re.search(r"[,;(]", low[x["end"]:end])
    after = low[x["end"]:x["end"] + cut.start() if cut else end]
    found = [k for k, p in scopes.items() if p.search(low[start:x["start"]] + " " + after)]
    if len(found) > 1:
        # (the words before it may end the clause of the figure before: "$394 million outside
        # North America and $308 million at home": the scope after the figure is its own)
        found = [k for k in found if scopes[k].search(after)]
    if not found and not any(y["sentence"] == x["sentence"] and y["unit"] == x["unit"]
                             for y in drafts[:j]):
        # (or the phrase the sentence opens with, before the figure's clause, when the figure
        # is the first of its unit there: "Abroad, where it played in 52 markets, it opened
        # with $281m")
        opener = _CLAUSE_BREAK.search(low, x["sentence"][0], x["start"])
        if opener is not None:
            found = [k for k, p in scopes.items()
                     if p.search(low, x["sentence"][0], opener.start())]
    return found[0] if len(found) == 1 else None



# roles of a figure one named subject's part of a joint figure may have (it may already be a
# share or an item of another whole: "23.7% of the vote")
_PART = (None, "compared", "item", "share", "of_whole", "part", "total")


def named_joint_totals(low: str, drafts: list[dict[str, Any]]) -> None:
    """"Together Labour and the Conservatives took 57.4% of the vote": the figure is the sum
    of the figures the two named subjects were given before it (the latest of its unit and
    measure): ``("sum", {"of": A, "plus": B})`` on it. Left alone unless exactly two named
    subjects have such a figure, each of one value (which one is meant is not known
    otherwise)."""
    if not any(w in low for w in ("together", "jointly", "combined")):
        return
    pats, _ = _vocab()
    for t, d in enumerate(drafts):
        if d.get("role") not in _FREE or d.get("subject") is not None or not d["value"]:
            continue
        m = pats["joint"].search(low, d["sentence"][0], d["start"])
        if m is None:
            continue
        names = m.group("names")
        latest: dict[str, list[int]] = {}
        for j in range(t - 1, max(-1, t - 1 - JOINT_BACK), -1):
            x = drafts[j]
            subj = str(x.get("subject") or "").replace("_", " ")
            if subj and x["unit"] == d["unit"] and x.get("role") in _PART and \
                    x.get("measure") in (None, d.get("measure")) and x["value"] is not None and \
                    re.search(r"\b" + re.escape(subj) + r"\b", names):
                latest.setdefault(subj, []).append(j)
        # (a figure of the same measure first: "on 33.7% of the vote", not "63% of the seats")
        latest = {k: [j for j in js if drafts[j].get("measure") == d.get("measure")] or js
                  for k, js in latest.items()}
        # (the body's figure before a headline's that sums it up: "Labour wins 411 seats on a
        # third of the vote" restates the body's 33.7%)
        latest = {k: [j for j in js if drafts[j].get("section") == "body"] or js
                  for k, js in latest.items()}
        if len(latest) != 2 or any(len({drafts[j]["value"] for j in js}) > 1
                                   for js in latest.values()):
            continue
        a, b = sorted(js[0] for js in latest.values())
        d["extra"].append(("sum", {"of": a, "plus": b}))


COUNTED_BACK = 6            # sentences back the parts of a counted joint figure may stand
# roles of a figure that may be one counted thing's part (a level: not a change, an earlier
# value, a whole or a total of its own)
_COUNTED_PART = (None, "item", "portion", "of_whole", "part", "share")


def group_sizes(low: str, drafts: list[dict[str, Any]]) -> None:
    """Mark the count of a group picked by rank ("one of the five biggest vendors", "the 10
    largest banks", "the top three") role "factor": the number of things in the group, which
    no change, comparison or sum may take for a level of what they are measured by."""
    pats, _ = _vocab()
    pre, post = pats["group_size_pre"], pats["group_size_post"]
    for d in drafts:
        if d.get("role") is not None or d["unit"] or d["value"] is None or \
                d["value"] != int(d["value"]) or d["value"] < 2:
            continue
        m = pre.search(low, max(0, d["start"] - 24), d["start"])
        if m is None:
            continue
        if m.group("top") or post.match(low, d["end"]):
            d["role"] = "factor"


def counted_joint_totals(low: str, drafts: list[dict[str, Any]], cardinals: dict[str, int]) -> None:
    """"The three main parties hold 616 seats between them", "together the three regions moved
    94.3 million tonnes", "bringing the toll of the two fires to 88": a figure of N things
    counted, not named, is the sum of their N figures said before it: ``("sum", {"of": A,
    "plus": (B, ...)})`` on it, which the arithmetic check holds it to.

    Which figures are the parts is read, never guessed: of the figures before it (up to
    ``COUNTED_BACK`` sentences, the headline's aside) of its unit and measure that are levels
    (``_COUNTED_PART``), one a subject and value (a figure restated is one part), the parts
    are: the N largest when the count says so ("the two largest parties"); else all of them
    when there are exactly N; else the N nearest when they stand in one sentence (a list:
    "Asia Pacific 43.4 million tonnes, North America 30.8 million and Europe 20.1 million")
    and no other stands in that sentence. Any other case has no one reading and is left
    alone, as is a sum that is not within a factor of two of the figure (a misreading, not a
    slip)."""
    if not any(w in low for w in ("between them", "together", "combined", "jointly", "in all",
                                  "altogether", "in total", "all told", "toll", "total",
                                  "tally")):
        return
    pats, _ = _vocab()
    for t, d in enumerate(drafts):
        if d.get("role") not in _FREE or d["value"] is None or d["value"] <= 0 or \
                d.get("section") in ("headline", "keypoints"):
            continue
        found = _counted_phrase(low, d, pats, cardinals)
        if found is None:
            continue
        (n, top), count_at = found
        if any(count_at < x["start"] < d["start"] and x["unit"] == d["unit"] for x in drafts):
            continue    # "the four held 73.6% of the market, against 75.8% a year before": the
            # joint figure is the first of its unit after the count, the next another time's
        parts = _counted_parts(low, drafts, t, (n, top), count_at)
        if parts is None:
            continue
        total = sum(float(drafts[j]["value"]) for j in parts)
        if not 0.5 * d["value"] <= total <= 2.0 * d["value"] or _whole_among(drafts, parts):
            continue
        for j in parts:
            if drafts[j]["unit"] != d["unit"]:
                # an item of a list whose unit its first figure gave ("North America 30.8
                # million" after "43.4 million tonnes") is in that unit
                drafts[j]["unit"], drafts[j]["measure"] = d["unit"], d.get("measure")
        for x in drafts:
            if x["start"] == count_at and x.get("role") in _FREE:
                x["role"] = "factor"    # the count of the things, no figure of its own
        d["subject"] = None             # of them all, none of the subjects named before
        d["extra"].append(("sum", {"of": parts[0], "plus": tuple(parts[1:])}))


def _whole_among(drafts: list[dict[str, Any]], parts: list[int]) -> bool:
    """Whether the parts read for a counted joint figure, standing in more than one sentence,
    hold a whole and its own breakdown: one of them is the sum of the others ("Chandrayaan-2
    had cost Rs 978 crore ... Of that sum, Rs 603 crore went on the orbiter ... and Rs 375
    crore on the rocket" are no three missions' costs). No one reading: left alone."""
    if len(parts) < 3 or len({drafts[j]["sentence"] for j in parts}) < 2:
        return False
    values = [float(drafts[j]["value"]) for j in parts]
    total = sum(values)
    return any(abs(2 * v - total) <= 0.005 * v for v in values)


def _of_people(measure: Any) -> bool:
    """Whether a joint figure's measure is a generic noun of people (entities.yaml
    ``open_measures.generic``: "Together the two airports handled more than 111 million
    people"), which says only how many, so its parts may count passengers or voters."""
    generic = vocab.load("entities.yaml").get("open_measures", {}).get("generic", []) or []
    return measure in generic


def _counted_phrase(low: str, d: dict[str, Any], pats: dict[str, re.Pattern[str]],
                    cardinals: dict[str, int]) -> tuple[tuple[int, bool], int] | None:
    """The count (N, whether it picks the largest) of the things a figure is the joint
    figure of, and where the count word stands; None when its clause names none."""
    s0, s1 = d["sentence"]
    start = s0
    for m in re.finditer(r"[;:]\s*", low[s0:d["start"]]):
        start = s0 + m.end()
    end = s1
    cut = re.search(r"[;:]", low[d["end"]:s1])
    if cut:
        end = d["end"] + cut.start()
    last = None
    for m in pats["counted"].finditer(low, start, d["start"]):
        last = m
    if last is None:
        return None
    joint = pats["counted_joint"].search(low, start, end) or \
        pats["counted_total_of"].search(low, start, last.start())
    if joint is None:
        return None
    n = cardinals.get(last.group("n"))
    if not n or n < 2:
        return None
    return (n, bool(last.group("top") or last.group("lead"))), last.start("n")


# what a share is of, right after it: "23.7% of the vote", "63% of them", "19% of the total"
_SHARE_OF_WHAT = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+|all[ \u00a0]+)?([a-z]+)")


def share_of_what(low: str, d: dict[str, Any]) -> str | None:
    """The word naming what percentage ``d`` is a share of ("vote" for "23.7% of the vote"),
    None when its words name nothing."""
    m = _SHARE_OF_WHAT.match(low, d["end"])
    return m.group(1) if m else None


# a share right after its count, in apposition: "447,300 visitors, or 18.2%"
_BESIDE_ITS_COUNT = re.compile(r"[a-z\d],[ \u00a0]+or[ \u00a0]+(?:about[ \u00a0]+|some[ \u00a0]+)?$")


def _shares_of_one(low: str, part: dict[str, Any], total: dict[str, Any]) -> bool:
    """Whether a percentage may be a part of a joint percentage: when the joint one says what
    it is a share of ("57.4% of the vote"), the part says the same ("33.7% of the vote")."""
    whole = share_of_what(low, total)
    said = share_of_what(low, part)
    # (or the part is a share "of the total", or of a count the text gives, in a breakdown
    # the joint share names in its own words: "68.5% of the total ... 447,300 visitors, or
    # 18.2%. The two regions together accounted for 86.7% of all arrivals", everyday106)
    # (or a named holder's share that names no whole, beside a joint share "of the market":
    # "Tesco keeps the top spot with 27.4% ... Together the big four hold 68.4% of the
    # market", everyday113)
    return whole is None or said == whole or said == "total" or \
        said is None and _BESIDE_ITS_COUNT.search(low, max(0, part["start"] - 12),
                                                  part["start"]) is not None or \
        said is None and whole == "market" and bool(part.get("subject")) and \
        part.get("role") in (None, "portion")


def _counted_parts(low: str, drafts: list[dict[str, Any]], t: int, count: tuple[int, bool],
                   count_at: int, after: bool = False) -> list[int] | None:
    """The draft indexes of the N parts of the counted joint figure ``t`` (see
    ``counted_joint_totals``; ``count_at`` where its count word stands), or None when the
    text gives no one reading. With ``after`` (the count follows the figure: "a combined
    177,000 in the four industries", counted_sums.py) a part may be a bare figure of no
    measure, and the N nearest may fill whole sentences of the figure's paragraph."""
    d = drafts[t]
    n, top = count
    cands: list[int] = []
    seen: set[tuple[Any, Any]] = set()
    sentences, last = 0, d["sentence"]
    unit_at: set[tuple[int, int]] = set()
    for j in range(t - 1, -1, -1):
        x = drafts[j]
        if x["sentence"] != last:
            sentences += 1
            last = x["sentence"]
            if sentences > COUNTED_BACK:
                break
        if x.get("section") in ("headline", "keypoints") or x["value"] is None or \
                x.get("role") not in _COUNTED_PART or x["start"] == count_at:
            continue
        if x["unit"] == "percent" and not _shares_of_one(low, x, d):
            continue    # ("63% of them", the seats, is no part of "57.4% of the vote")
        if x["unit"] == d["unit"]:
            if d.get("measure") is not None and x.get("measure") != d.get("measure") and not \
                    (x.get("measure") is None and (after or x.get("role") == "item")) and \
                    not _of_people(d.get("measure")):
                continue    # (an item of a list names no measure: "Jobbik took 26, ...")
            unit_at.add(x["sentence"])
        elif not (x["unit"] == "" and x.get("measure") is None and x.get("role") in
                  ("item", None)):
            continue        # (an item of a list whose unit its first figure gave, below)
        key = (x.get("subject"), x["value"])
        if key in seen:
            continue
        seen.add(key)
        cands.append(j)
    # an item without a unit counts only where a figure of the unit leads its list
    cands = [j for j in cands if drafts[j]["unit"] == d["unit"] or
             drafts[j]["sentence"] in unit_at]
    if (d.get("measure") is None or _of_people(d.get("measure"))) and cands:
        # a figure that names no measure ("the toll of the two fires to 88"), or only people,
        # is of the measure of the figure nearest before it
        m = drafts[cands[0]].get("measure")
        cands = [j for j in cands if drafts[j].get("measure") in (m, None)]
    if len(cands) < n:
        return None
    if top and len(cands) > n:
        ranked = sorted(cands, key=lambda j: -float(drafts[j]["value"]))
        if float(drafts[ranked[n - 1]]["value"]) == float(drafts[ranked[n]]["value"]):
            return None     # a tie: which is among the largest is not known
        return sorted(ranked[:n])
    if len(cands) == n:
        return sorted(cands)
    near = cands[:n]
    if len({drafts[j]["sentence"] for j in near}) == 1 and \
            drafts[cands[n]]["sentence"] != drafts[near[0]]["sentence"]:
        return sorted(near)
    if after and drafts[cands[n]]["sentence"] != drafts[near[-1]]["sentence"] and \
            "\n\n" not in low[drafts[near[-1]]["start"]:d["start"]]:
        return sorted(near)     # ("... 63,000. Private households gained 37,000 jobs, mining
        # 31,000 and agriculture 7,000, or 334,000 in the six industries together")
    return None
