"""Changes since a dated level: "In February 2020 the list stood at 4.57 million; it has since
grown by just over three million"; and changes from an earlier level with no new value written
("Cases rose by 90 in a week, from 465" after the lead's "555 cases so far this year"). The amount is the change from that level (the figure before
it in its sentence, with a period of its own) to the story's latest level of the same unit,
subject and measure said before it (the lead's "7.75 million ... at the end of August").

Called by ``relations.relate`` after the stated changes are read, on the drafts of one document
(indexes into the draft list): sets ``from`` and ``to`` on the amount's ``change`` extra. When
the latest level is not one figure (two figures of the same latest period disagree), the amount
is left as it was: which one it runs to is not known. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

from .units import same_dimension

# "has since grown by", "have since fallen", "since then it has risen by"
_SINCE = re.compile(r"\b(?:has|have|had)[ \u00a0]+since[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}?$|"
                    r"\bsince[ \u00a0]+then\b[^.;\d]{0,40}$")
# a sentence that opens on the date and level a change runs from: "Since September 2021, when
# the rate stood at 7%, the bank has raised it by 1,400 basis points" (everyday92)
_SINCE_OPEN = re.compile(r"\W*since[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}?(?:19|20)\d\d[ \u00a0]*,"
                         r"[ \u00a0]+when\b[^.;:\d]{0,40}\b(?:stood[ \u00a0]+at|was|were)[ \u00a0]+")
_LEVEL_ROLES = (None, "total")
# the words from an amount to the earlier value it ran from: "by 90 in a week, from 465"
_FROM_AFTER = re.compile(r"[^.;:\d]{0,30}?\bfrom[ \u00a0]+(?:about[ \u00a0]+|some[ \u00a0]+|"
                         r"nearly[ \u00a0]+|almost[ \u00a0]+)?|"
                         # "rises by £94 from the level set for October to December, when it
                         # stood at £1,834": the earlier value named by the clause after it
                         r"[ \u00a0]+(?:in[ \u00a0]+[a-z]+[ \u00a0]+)?from[ \u00a0]+(?:the|its|their)"
                         r"[ \u00a0]+(?:current[ \u00a0]+|previous[ \u00a0]+|present[ \u00a0]+)?"
                         r"(?:level|figure|rate|cap|price|amount|limit)\b[^.;:\d]{0,50}?,?"
                         r"[ \u00a0]+when[ \u00a0]+(?:it|they)[ \u00a0]+(?:stood|was|were)"
                         r"(?:[ \u00a0]+at)?[ \u00a0]+(?:about[ \u00a0]+|some[ \u00a0]+)?")
# the words from an amount to the earlier level a clause after its "since" dates: "has fallen
# by 20,592 since 2010, when there were 143,734 officers"
_SINCE_WHEN = re.compile(r"[ \u00a0]+since[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,3}?(?:19|20)\d\d[ \u00a0]*,?"
                         r"[ \u00a0]+when[ \u00a0]+(?:there[ \u00a0]+(?:were|was)|(?:it|they)[ \u00a0]+"
                         r"(?:stood|was|were|numbered)(?:[ \u00a0]+at)?)[ \u00a0]+(?:(?:about|some|"
                         r"nearly|almost|around)[ \u00a0]+)?")
LEVEL_BACK = 200     # figures back the latest level may stand (linear in a long document)
# the words from a percentage change to the earlier level a "when" clause after its "since"
# names in a count: "has risen by 141% since 2010, when the first count found 1,768 people"
_SINCE_WHEN_COUNT = re.compile(
    r"[ \u00a0]+since[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,3}?(?:19|20)\d\d[ \u00a0]*,?[ \u00a0]+when"
    r"[ \u00a0]+(?:[a-z'’-]+[ \u00a0]+){0,8}?(?:found|recorded|counted|showed|registered|"
    r"there[ \u00a0]+(?:were|was)|stood[ \u00a0]+at|numbered)[ \u00a0]+(?:(?:about|some|nearly|"
    r"almost|around|an[ \u00a0]+estimated)[ \u00a0]+)?")


def since_changes(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set the values of amounts of change "since" a dated level (see the module docstring)."""
    if "since" not in low:
        return
    for i, d in enumerate(drafts):
        ch = next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict)), None)
        if d.get("role") != "change" or ch is None or ch.get("from") is not None or \
                ch.get("to") is not None or ch.get("kind") != "absolute" or \
                not (_SINCE.search(low, max(d["sentence"][0], d["start"] - 50), d["start"]) or
                     _SINCE_OPEN.match(low, d["sentence"][0])):
            continue
        frm = next((j for j in range(i - 1, -1, -1) if drafts[j]["sentence"] == d["sentence"]
                    and _level_of(drafts[j], d)), None)
        if frm is None or drafts[frm].get("period") is None:
            continue
        to = _latest_level(drafts, frm, d)
        if to is not None:
            ch.update({"from": frm, "to": to})
            drafts[frm]["role"] = drafts[frm].get("role") or "compared"


def from_only_changes(low: str, drafts: list[dict[str, Any]]) -> None:
    """An amount of change with its earlier value and no new one ("Cases rose by 90 in a week,
    from 465"; "The cap rises by £94 from the level set for October to December, when it
    stood at £1,834") runs to the story's latest level of its unit and measure said before it
    (the lead's "555 measles cases so far this year", "£1,928 a year from January"); an
    amount that names no measure runs to a level of its subject that names none either; left
    alone when that level is not one figure. Then the amounts whose earlier value a "when"
    clause names (``when_clause_changes``)."""
    for i, d in enumerate(drafts):
        ch = next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict)), None)
        if d.get("role") != "change" or ch is None or ch.get("from") is not None or \
                ch.get("to") is not None or ch.get("kind") != "absolute" or \
                i + 1 >= len(drafts):
            continue
        frm = i + 1
        x = drafts[frm]
        when = _SINCE_WHEN.fullmatch(low, d["end"], x["start"]) is not None
        if x["sentence"] != d["sentence"] or x["unit"] != d["unit"] or \
                x.get("role") not in (None, "compared") or x.get("value") is None or \
                not (when or _FROM_AFTER.fullmatch(low, d["end"], x["start"])):
            continue
        if when:
            to = _level_before(drafts, i, d, x)
            if to is not None:
                ch.update({"from": frm, "to": to})
                x["role"] = x.get("role") or "compared"
            continue
        if d.get("measure") is None and (x.get("measure") is not None or not d["unit"]):
            # (an amount that names no measure runs to a level of its own unit and subject
            # that names none either: "The cap rises by £94 ..., when it stood at £1,834"
            # after "£1,928 a year")
            continue
        # (the body's levels: a headline's "Measles cases pass 550" is a milestone passed)
        found = [j for j in range(max(0, i - LEVEL_BACK), i)
                 if drafts[j]["sentence"] != d["sentence"] and
                 drafts[j].get("section", "body") == "body" and
                 _level_of(drafts[j], d) and drafts[j].get("measure") == d.get("measure") and
                 (d.get("measure") is not None or drafts[j].get("subject") == d.get("subject")) and
                 drafts[j].get("period") is not None]
        if not found:
            continue
        latest = max(drafts[j]["period"][1] for j in found)
        if x.get("period") is not None and x["period"][1] >= latest:
            continue
        tops = [j for j in found if drafts[j]["period"][1] == latest]
        if len({float(drafts[j]["value"]) for j in tops}) == 1:
            ch.update({"from": frm, "to": tops[0]})
            x["role"] = x.get("role") or "compared"
    when_clause_changes(low, drafts)
    since_when_percents(low, drafts)
    span_percents(low, drafts)


# the two years a percentage change's sentence spans before it: "From 2010 to 2017, ... rose
# by 169%", "between 2010 and 2017"
_YEAR_SPAN = re.compile(r"\b(?:from|between)[ \u00a0]+((?:19|20)\d\d)[ \u00a0]+(?:to|and)"
                        r"[ \u00a0]+((?:19|20)\d\d)\b")


def span_percents(low: str, drafts: list[dict[str, Any]]) -> None:
    """A percentage change whose sentence spans two years before it and gives no values ("From
    2010 to 2017, when the count peaked at 4,751, rough sleeping rose by 169%") runs from the
    story's level of the first year (one figure of its unit dated within that year: "1,768
    ... in 2010") to the level of its own sentence that ends in the second; left alone when
    either is not one value. (A change "since 2010" runs to the latest level instead:
    ``since_when_percents``; the two are different periods.)"""
    if "from" not in low and "between" not in low:
        return
    for d in drafts:
        ch = next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict)), None)
        if d.get("role") != "change" or ch is None or ch.get("kind") != "percent" or \
                ch.get("from") is not None or ch.get("to") is not None:
            continue
        m = None
        for m in _YEAR_SPAN.finditer(low, d["sentence"][0], d["start"]):
            pass
        if m is None:
            continue
        y1, y2 = int(m.group(1)), int(m.group(2))
        tos = [j for j, x in enumerate(drafts) if x["sentence"] == d["sentence"] and
               _count_level(x, d) and x["period"][1].year == y2]
        if len(tos) != 1:
            continue
        unit = drafts[tos[0]]["unit"]
        froms = [j for j, x in enumerate(drafts) if _count_level(x, d) and
                 x["unit"] == unit and x["period"][0].year == x["period"][1].year == y1]
        if len({float(drafts[j]["value"]) for j in froms}) == 1:
            ch.update({"from": froms[0], "to": tos[0]})


def _count_level(x: dict[str, Any], d: dict[str, Any]) -> bool:
    """Whether ``x`` is a dated level a percentage change ``d`` may run from or to: a value
    of a unit other than per cent, a level's role (or compared), the same subject when both
    name one."""
    return x.get("value") is not None and x["unit"] != "percent" and \
        x.get("role") in (None, "total", "compared") and x.get("period") is not None and \
        (x.get("subject") is None or d.get("subject") is None or
         x["subject"] == d["subject"])


def since_when_percents(low: str, drafts: list[dict[str, Any]]) -> None:
    """A percentage change "since" a year whose "when" clause names the earlier count ("The
    number has risen by 141% since 2010, when the first count found 1,768 people") runs from
    that count to the level of its unit and subject in the nearest sentence before that has
    one, dated after it (the lead's "4,266 people slept rough in autumn 2019"), when that
    sentence's levels are one value; left alone otherwise."""
    if "since" not in low:
        return
    for i, d in enumerate(drafts[:-1]):
        ch = next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict)), None)
        x = drafts[i + 1]
        if d.get("role") != "change" or ch is None or ch.get("kind") != "percent" or \
                ch.get("from") is not None or ch.get("to") is not None or \
                x["sentence"] != d["sentence"] or x["unit"] == "percent" or \
                x.get("role") not in (None, "compared") or not x.get("value") or \
                x.get("period") is None or \
                not _SINCE_WHEN_COUNT.fullmatch(low, d["end"], x["start"]):
            continue
        found = [j for j in range(max(0, i - LEVEL_BACK), i)
                 if drafts[j]["sentence"] != d["sentence"] and
                 drafts[j].get("section", "body") == "body" and _level_of(drafts[j], x) and
                 drafts[j].get("period") is not None and
                 drafts[j]["period"][0] > x["period"][1]]
        if not found:
            continue
        last = [j for j in found if drafts[j]["sentence"] == drafts[found[-1]]["sentence"]]
        if len({float(drafts[j]["value"]) for j in last}) == 1:
            ch.update({"from": i + 1, "to": last[-1]})
            x["role"] = x.get("role") or "compared"


def _level_before(drafts: list[dict[str, Any]], i: int, d: dict[str, Any],
                  x: dict[str, Any], low: str = "") -> int | None:
    """The level an amount of change "since" a dated earlier level runs to ("The number has
    fallen by 20,592 since 2010, when there were 143,734 officers" after "police officer
    numbers fell by 924 in the year to 123,142"): the level of its unit in the nearest
    sentence before that has one, of the earlier level's measure or none, when those levels
    of that sentence are one value; None otherwise. With ``low``, a figure written as so much
    a month (a year, a week) is no level of an amount that is not ("an increase of £149 a
    year, or about £12 a month. The new cap is still about £117 lower than a year ago")."""
    m = x.get("measure") if d.get("measure") is None else d.get("measure")
    rated = bool(low) and _A_SPAN_AFTER.match(low, x["end"]) is not None
    found = [j for j in range(max(0, i - LEVEL_BACK), i)
             if drafts[j]["sentence"] != d["sentence"] and
             drafts[j].get("section", "body") == "body" and _level_of(drafts[j], d) and
             drafts[j].get("measure") in (None, m) and
             (not low or rated or _A_SPAN_AFTER.match(low, drafts[j]["end"]) is None)]
    if not found:
        return None
    last = [j for j in found if drafts[j]["sentence"] == drafts[found[-1]]["sentence"]]
    return last[-1] if len({float(drafts[j]["value"]) for j in last}) == 1 else None


def _level_of(x: dict[str, Any], amount: dict[str, Any]) -> bool:
    """Whether ``x`` is a level the amount may be a change of: same unit, a level's role, and
    the same subject when both name one."""
    return x.get("value") is not None and x.get("role") in _LEVEL_ROLES and \
        (x["unit"] == amount["unit"] or _points_of(x, amount)) and (
            x.get("subject") is None or amount.get("subject") is None or
            x["subject"] == amount["subject"])


def _points_of(x: dict[str, Any], amount: dict[str, Any]) -> bool:
    """Whether ``amount`` is a move in points of percentage ``x`` ("by 1,400 basis points"
    from "7%")."""
    return x["unit"] == "percent" and amount["unit"] in ("percent", "basis_point") and \
        any(k == "percentage_points" for k, _ in amount["extra"])


def _latest_level(drafts: list[dict[str, Any]], frm: int, amount: dict[str, Any]) -> int | None:
    """The level of the story's latest period said before the earlier level ``frm``, of its
    unit, subject and measure; None when there is none, or two such figures disagree."""
    since = drafts[frm]["period"][1]
    measure = drafts[frm].get("measure")
    found = [j for j in range(max(0, frm - LEVEL_BACK), frm) if _level_of(drafts[j], amount) and
             drafts[j].get("period") is not None and drafts[j]["period"][1] > since and
             (measure is None or drafts[j].get("measure") in (None, measure))]
    if not found:
        return None
    latest = max(drafts[j]["period"][1] for j in found)
    tops = [j for j in found if drafts[j]["period"][1] == latest]
    return tops[0] if len({float(drafts[j]["value"]) for j in tops}) == 1 else None


# the words from an amount of change to its earlier value named in a clause about a time
# before: "$1.25 higher than a year ago, when drivers paid $2.15", "5 cents higher than a year
# ago, when it stood at $3.47"
# a figure written as so much a stretch of time: "£12 a month", "£149 a year"
_A_SPAN_AFTER = re.compile(r"[ \u00a0]+(?:a|per|each|every)[ \u00a0]+(?:day|week|month|year)\b")
_THAN_WHEN = re.compile(r"[ \u00a0]+(?:higher|lower|more|less|cheaper|dearer|above|below)"
                        r"[ \u00a0]+than[ \u00a0]+(?:a|one|two|three|the[ \u00a0]+same[ \u00a0]+"
                        r"[a-z]+)[ \u00a0]+(?:years?|months?|weeks?|days?)[ \u00a0]+(?:ago|earlier|"
                        r"before)[ \u00a0]*,?[ \u00a0]+when[ \u00a0]+(?:[a-z]+[ \u00a0]+){1,2}?"
                        r"(?:paid|stood[ \u00a0]+at|was|were|cost|averaged)[ \u00a0]+(?:(?:about|"
                        r"some|nearly|almost|around)[ \u00a0]+)?")
_UP_THAN = re.compile(r"[ \u00a0]+(?:higher|more|dearer|above)\b")
# an amount "above the $3.30 of a month ago": the words between, and those after the value
_ABOVE_THE = re.compile(r"[ \u00a0]+(?:above|below|(?:higher|lower|more|less)[ \u00a0]+than)"
                        r"[ \u00a0]+(?:the|its)[ \u00a0]+")
_AGO_AFTER = re.compile(r"[ \u00a0]+(?:of|from|in)[ \u00a0]+(?:a|one|last|the[ \u00a0]+"
                        r"previous)[ \u00a0]+(?:year|month|week|day)(?:[ \u00a0]+(?:ago|"
                        r"earlier|before))?\b")


def when_clause_changes(low: str, drafts: list[dict[str, Any]]) -> None:
    """An amount "higher than a year ago, when drivers paid $2.15" (or "22 cents above the $3.30
    of a month ago") runs from the figure the "when" clause (or "the ... of a month ago") names
    to the first figure of that unit in its sentence when it is a level (else the nearest sentence
    before with one: ``_level_before``); the amount may be in another unit of the same kind
    ("5 cents higher than a year ago, when it stood at $3.47").
    Sets ``from`` and ``to`` (and the direction) on the amount's change."""
    for i, d in enumerate(drafts[:-1]):
        x = drafts[i + 1]
        m = _THAN_WHEN.fullmatch(low, d["end"], x["start"]) or (
            _ABOVE_THE.fullmatch(low, d["end"], x["start"]) and
            _AGO_AFTER.match(low, x["end"]))
        if not m or x["sentence"] != d["sentence"] or not d.get("value") or \
                x.get("value") is None or x.get("role") not in (None, "compared") or \
                d.get("role") not in (None, "change") or not _one_kind(d, x):
            continue
        ch = next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict)), None)
        if ch is not None and (ch.get("from") is not None or ch.get("kind") != "absolute"):
            continue
        # (the level is the sentence's first figure of the earlier value's unit when it is a
        # level and no amount of change, nor of the amount's unit, stands before it: "$3.40 on Thursday, ..., $1.25
        # higher than a year ago"; else the sentence before's: "The average is now 22 cents
        # above the $3.30 of a month ago")
        first = next((j for j in range(i) if drafts[j]["sentence"] == d["sentence"] and
                      drafts[j]["unit"] == x["unit"]), None)
        opens = first is not None and not any(
            drafts[j]["sentence"] == d["sentence"] and (drafts[j].get("role") == "change" or
                                                       drafts[j]["unit"] == d["unit"])
            for j in range(first))
        to = first if opens and drafts[first].get("role") in _LEVEL_ROLES and \
            drafts[first].get("value") else _level_before(drafts, i, x, x, low)
        if to is None:
            continue
        if ch is None:
            ch = {"kind": "absolute", "amount": d["value"]}
            d["extra"].append(("change", ch))
        ch.update({"from": i + 1, "to": to,
                   "direction": "up" if _UP_THAN.match(low, d["end"]) else "down"})
        d["role"], x["role"] = "change", x.get("role") or "compared"


def _one_kind(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two figures are in one unit or two units of one kind (cents and dollars)."""
    return a["unit"] == b["unit"] or same_dimension(a["unit"] or "", b["unit"] or "")


# an amount of change set against a year before with no value after it: "so the rate was 0.1
# percentage points lower than a year earlier", "down 2% on a year ago" (not "..., when it
# stood at 25.6%": ``when_clause_changes``)
_THAN_A_YEAR = re.compile(r"[ \u00a0]+(?:higher|lower|more|less|above|below|up|down)[ \u00a0]+"
                          r"(?:than|on|from)[ \u00a0]+(?:a|one)[ \u00a0]+year[ \u00a0]+"
                          r"(?:ago|earlier|before)\b(?![ \u00a0]*,?[ \u00a0]+when\b)")


def _a_year_on(period: tuple[Any, Any]) -> tuple[Any, Any] | None:
    """``period`` one year later (None for a span that starts or ends on 29 February)."""
    try:
        return (period[0].replace(year=period[0].year + 1),
                period[1].replace(year=period[1].year + 1))
    except ValueError:
        return None


def year_before_changes(low: str, drafts: list[dict[str, Any]]) -> None:
    """"In the second quarter of 2013 the rate stood at 25.6%, so the rate was 0.1 percentage
    points lower than a year earlier" (after "The rate rose to 25.5% in the second quarter"):
    an amount of change against a year before, with no value after it, runs from the level
    before it in its sentence, which has a period of its own, to the level said before that
    sentence whose period is the same one a year later, of its unit and subject; left alone
    when no such level is one value, or the amount is in another unit than the levels."""
    if "year" not in low:
        return
    for i, d in enumerate(drafts):
        ch = next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict)), None)
        if d.get("role") != "change" or ch is None or ch.get("from") is not None or \
                ch.get("to") is not None or ch.get("kind") != "absolute" or \
                not _THAN_A_YEAR.match(low, d["end"]):
            continue
        frm = next((j for j in range(i - 1, -1, -1) if drafts[j]["sentence"] == d["sentence"]
                    and _level_of(drafts[j], d)), None)
        later = _a_year_on(drafts[frm]["period"]) if frm is not None and \
            drafts[frm].get("period") is not None else None
        if later is None:
            continue
        x = drafts[frm]
        found = [j for j in range(max(0, frm - LEVEL_BACK), frm)
                 if drafts[j]["sentence"] != d["sentence"] and _level_of(drafts[j], d) and
                 drafts[j].get("period") == later and
                 drafts[j].get("section", "body") == "body" and
                 (x.get("measure") is None or drafts[j].get("measure") in (None, x["measure"]))]
        if found and len({float(drafts[j]["value"]) for j in found}) == 1:
            ch.update({"from": frm, "to": found[-1]})
            x["role"] = x.get("role") or "compared"
