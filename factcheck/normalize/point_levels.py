"""The earlier level of a move in points written with only its new level (issue #11,
everyday55): "The Bank of England cut its key rate by a quarter of a percentage point to 4.5%
... Bank Rate had been held at 4.75% since August 2004"; "a 25 basis point cut to 4.5% ... The
bank last changed the cash rate in November 2010, when it was lifted to 4.75%"; "rose 0.1 points
to 4.4% in December ... The rate had been 4.3% in November". Set on the drafts as relations.py
sets its own (indexes into the draft list); wrong-arithmetic judges the amount.

An amount in percentage or basis points (``percentage_points``) with a new value and no earlier
one of its own is a move from some level of the same rate. The readings of that level are the
levels the story gives within ``_NEAR`` sentences of the amount, in its unit, of its measure
(the new value's, the amount's, or that of the new value said again elsewhere: a headline's
"rates cut to 4.5%") and subject, of a period that does not begin after the new value's (a
level held "since August 2004", one dated the month or year before, the rate of the day a
dissenter's cut would have started from), and not the new value itself. A move someone voted for or wanted ("The two dissenters voted for a
quarter-point cut to 5%", across.yaml ``proposed_move``) that names no measure or period of its
own starts from the rate in force: the nearest level in percent before it that names both. A level that names
neither measure nor subject is a reading only when its words point back at the rate ("The
rate was 3.4% in February", across.yaml ``rate_back``). When one reading squares with the
amount, it is the earlier value; when none does, the nearest (the latest period, then the
closest in the text) is, and the rule flags the move, unless the amount names a stretch of its
own ("on the year", "from a year earlier": across.yaml ``own_stretch``) that the readings may
not cover. This module reads words; it never judges.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab
from .across import _change

_NEAR = 3           # sentences either side of the amount where its earlier level may stand
_TARGET_STEP = {"percent", "basis_point"}
_STEP = {"percent": 1.0, "basis_point": 0.01}   # the amount's unit in percentage points


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """across.yaml ``rate_back``, ``own_stretch`` and ``proposed_move``, compiled once."""
    data = vocab.load("across.yaml")
    return re.compile(str(data["rate_back"])), re.compile(str(data["own_stretch"])), \
        re.compile(str(data["proposed_move"]))


@lru_cache(maxsize=1)
def _chain_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """across.yaml ``move_follows`` and ``level_before``, compiled once."""
    data = vocab.load("across.yaml")
    return re.compile(str(data["move_follows"])), re.compile(str(data["level_before"]))


def _subject_words(s: Any) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9]+", str(s or "").lower())) - {"the", "of"}


def _same_subject(a: Any, b: Any) -> bool:
    """Whether two subjects may name one body ("reserve bank", "reserve bank of australia")."""
    wa, wb = _subject_words(a), _subject_words(b)
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def _measure_of(drafts: list[dict[str, Any]], i: int, t: int) -> str | None:
    """The measure of the move: the new value's, the amount's, or that of the new value said
    again with its measure named (the headline's "cuts rates to 4.5%")."""
    got = drafts[t].get("measure") or drafts[i].get("measure")
    if got:
        return got
    nt = drafts[t]
    for x in drafts:
        if x is not nt and x.get("measure") and x["unit"] == nt["unit"] and \
                x["value"] == nt["value"] and (_same_subject(x.get("subject"), nt.get("subject"))
                                               or nt.get("subject") is None):
            return x["measure"]
    return None


def _rate_in_force(drafts: list[dict[str, Any]], i: int, place: dict[Any, int]
                   ) -> tuple[str | None, Any, Any]:
    """The measure and period of the rate a move someone voted for or wanted would have
    started from ("Swati Dhingra wanted a quarter-point cut to 4.75%" after "left its base rate
    unchanged at 5%"): the nearest level in percent before the move, within ``_NEAR``
    sentences, that names its measure and period (and its subject: the body that sets the
    rate, not the member who voted); Nones when there is none."""
    a = drafts[i]
    for j in range(i - 1, -1, -1):
        x = drafts[j]
        if place[a["sentence"]] - place[x["sentence"]] > _NEAR:
            break
        if x["unit"] == "percent" and x.get("role") is None and x.get("measure") and \
                x.get("period") is not None:
            return x["measure"], x["period"], x.get("subject")
    return None, None, None


# days: a level said to have held over more than a month that ended more than a month before
# the new value's period ("The rate was held at 4.35% from November 2023 until February" before
# August's cut, "its third cut this year") is no reading of the level the move started from
_HELD = 31


def _reading(low: str, x: dict[str, Any], t: dict[str, Any], keys: tuple[str, Any, Any]
             ) -> bool:
    """Whether level ``x`` may be the level the move to ``t`` (of ``keys``: measure, subject,
    period) started from."""
    measure, subject, period = keys
    if x.get("role") is not None or x["value"] is None or x["unit"] != t["unit"] or \
            x["lower"] is None or x["upper"] is None or x.get("period") is None or \
            x["period"][0] > period[0] or x["extra"] and any(
                k in ("change", "range", "direction") for k, _ in x["extra"]):
        return False
    if not (x["upper"] < t["lower"] or x["lower"] > t["upper"]):
        return False    # the new value said again
    if (x["period"][1] - x["period"][0]).days > _HELD and \
            (period[0] - x["period"][1]).days > _HELD:
        return False    # ("held at 4.35% from November 2023 until February": it ended then)
    if x.get("measure") is None and x.get("subject") is None:
        return _words()[0].search(low, x["sentence"][0], x["start"]) is not None
    return x.get("measure") in (None, measure) and (
        x.get("subject") is None or subject is None or _same_subject(x["subject"], subject))


def _squares(a: dict[str, Any], ch: dict[str, Any], t: dict[str, Any], x: dict[str, Any]
             ) -> bool:
    """Whether the move of amount ``a`` to ``t`` may have started from level ``x``."""
    step = _STEP[a["unit"]]
    lo, hi = a["lower"] * step, a["upper"] * step
    if ch.get("direction") == "down":
        return x["upper"] >= t["lower"] + lo - 1e-9 and x["lower"] <= t["upper"] + hi + 1e-9
    return x["upper"] >= t["lower"] - hi - 1e-9 and x["lower"] <= t["upper"] - lo + 1e-9


def point_levels(low: str, drafts: list[dict[str, Any]]) -> None:
    """The earlier level of each move in points with only its new level (module docstring)."""
    order = sorted({d["sentence"] for d in drafts})
    place = {s: k for k, s in enumerate(order)}
    moves = _moves_to(drafts)
    targets = [t for _, t in moves]
    for i, a in enumerate(drafts):
        ch = _change(a)
        if ch is not None and isinstance(ch.get("from"), int) and a["unit"] in _STEP and \
                any(k == "percentage_points" for k, _ in a["extra"]):
            # (its level before read already: the rate it is of, along the chain)
            _chain_measure(low, drafts, i, ch["from"], moves)
        if ch is None or ch.get("kind") != "absolute" or a["unit"] not in _STEP or \
                a["lower"] is None or a["upper"] is None or \
                not any(k == "percentage_points" for k, _ in a["extra"]) or \
                ch.get("from") is not None or ch.get("by") is not None or \
                not isinstance(ch.get("to"), int) or ch.get("direction") not in ("up", "down"):
            continue
        t = drafts[ch["to"]]
        measure = _measure_of(drafts, i, ch["to"])
        period = t.get("period") or a.get("period")
        subject = t.get("subject")
        if measure is None and period is None and \
                _words()[2].search(low, a["sentence"][0], a["start"]):
            measure, period, subject = _rate_in_force(drafts, i, place)
        if measure is None and period is not None and t["unit"] == "percent" and \
                t["lower"] is not None:
            j = _chain_previous(low, drafts, (i, ch), (subject, period), place, targets)
            if j is not None:
                ch["from"] = j
                _chain_measure(low, drafts, i, j, moves)
            continue
        if t["unit"] != "percent" or measure is None or period is None or t["lower"] is None:
            continue
        k = place[a["sentence"]]
        # (a headline or key point sums up the new level, never the one the move started
        # from: "# Rising prices push ECB deposit rate to record 4%")
        near = [j for j, x in enumerate(drafts)
                if j not in (i, ch["to"]) and x["sentence"] != a["sentence"] and
                x.get("section") not in ("headline", "keypoints") and
                abs(place[x["sentence"]] - k) <= _NEAR and
                _reading(low, x, t, (measure, subject, period)) and
                not _base_of_its_own_move(low, drafts, j, i) and
                not _start_of_its_own_amount(drafts, j, i, ch["to"])]
        if not near:
            continue
        fits = [j for j in near if _squares(a, ch, t, drafts[j])]
        if not fits and _words()[1].match(low, a["end"], a["sentence"][1]):
            continue    # "down 0.7 points on the year": a level of another stretch may be meant
        pick = fits or near
        ch["from"] = max(pick, key=lambda j: (drafts[j]["period"][0],
                                              -abs(drafts[j]["start"] - a["start"])))



# the words right before the level a move written beside it starts from: "to 175 basis points,
# from the peak of 5.5%", "from a high of"
_FROM_BEFORE = re.compile(r"\bfrom[ \u00a0]+(?:(?:the|a|an|its|their)[ \u00a0]+)?"
                          r"(?:[a-z]+[ \u00a0]+){0,2}?(?:of[ \u00a0]+)?$")


def _base_of_its_own_move(low: str, drafts: list[dict[str, Any]], j: int, i: int) -> bool:
    """Whether level ``j`` is the level another amount in points of its own sentence starts
    from ("The cut takes the total reduction since August to 175 basis points, from the peak
    of 5.5%": the 5.5% is the start of the 175 points, not of the 50-point cut before it)."""
    x = drafts[j]
    if not _FROM_BEFORE.search(low, max(x["sentence"][0], x["start"] - 40), x["start"]):
        return False
    return any(k != i and y["sentence"] == x["sentence"] and y["unit"] in _STEP and
               any(e == "percentage_points" for e, _ in y["extra"])
               for k, y in enumerate(drafts))


def _start_of_its_own_amount(drafts: list[dict[str, Any]], j: int, i: int, ti: int) -> bool:
    """Whether level ``j`` is where another amount in points of its own sentence runs from to
    the move's new level ``ti`` ("lowered its rate by 25 basis points to 5.0%, its third cut
    this year ... has now taken 150 basis points off the key rate since it began easing in
    August last year, when the rate stood at 6.5%": 6.5% less 150 points is the 5.0%; the
    6.5% is the start of the 150 points, not of the 25-point cut). The other amount has no
    earlier value of its own, and ``j`` to ``t`` is exactly it, within rounding."""
    x, t = drafts[j], drafts[ti]
    if x["lower"] is None or x["upper"] is None or t["lower"] is None or t["upper"] is None:
        return False
    lo, hi = abs(x["lower"] - t["upper"]), abs(x["upper"] - t["lower"])
    lo, hi = min(lo, hi), max(lo, hi)
    for k, y in enumerate(drafts):
        if k == i or y["sentence"] != x["sentence"] or y["unit"] not in _STEP or \
                y["lower"] is None or y["upper"] is None or \
                not any(e == "percentage_points" for e, _ in y["extra"]):
            continue
        ch = _change(y)
        if ch is not None and (ch.get("from") is not None or
                               ch.get("to") not in (None, ti)):
            continue    # (an amount with a level of its own: "a further rise of 100 basis
            #             points to 17%, and ... 300 basis points, taking the rate to 20%")
        step = _STEP[y["unit"]]
        if y["lower"] * step - 1e-9 <= hi and y["upper"] * step + 1e-9 >= lo:
            return True
    return False


def _moves_to(drafts: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """The moves in points that name a new level, each with that level (a rate's chain)."""
    out = []
    for i, a in enumerate(drafts):
        ch = _change(a)
        if ch is not None and a["unit"] in _TARGET_STEP and isinstance(ch.get("to"), int) and \
                any(k == "percentage_points" for k, _ in a["extra"]):
            out.append((i, ch["to"]))
    return out



def _chain_measure(low: str, drafts: list[dict[str, Any]], i: int, frm: int,
                   moves: list[tuple[int, int]]) -> None:
    """The rate a move in points is of when it names none and follows the move before along
    the story's chain ("In August it made an emergency rise of 350 basis points to 12%. In
    September it followed with a further rise of 100 basis points to 13%": across.yaml
    ``move_follows``, ``level_before``), its level before is that move's new level, and the
    story's moves that name a rate name one between them ("raised its key rate by 100 basis
    points to 16%"): that rate, set on the amount alone (the levels are left as they are, to
    be read by other moves as before), so that a move between two levels of a rate set in
    steps is checked to them (everyday92)."""
    a = drafts[i]
    if a.get("measure") is not None or frm not in {t for _, t in moves}:
        return
    ch = _change(a) or {}
    t = drafts[ch["to"]] if isinstance(ch.get("to"), int) else None
    if t is None or t.get("measure") is not None or drafts[frm].get("measure") is not None:
        return
    follows, before = _chain_words()
    if not follows.search(low, a["sentence"][0], a["start"]) and \
            not before.search(low, drafts[frm]["sentence"][0], drafts[frm]["start"]):
        return
    named = {drafts[j].get("measure") or drafts[k].get("measure") for k, j in moves} - {None}
    if len(named) == 1:
        a["measure"] = named.pop()


def _chain_previous(low: str, drafts: list[dict[str, Any]], move: tuple[int, dict[str, Any]],
                    keys: tuple[Any, Any], place: dict[Any, int], targets: list[int]
                    ) -> int | None:
    """The level a move in points whose rate names no measure started from, read along the
    rate's chain of moves (everyday92: "In late November the bank made a 100-basis-point rise
    to 16%. In January it followed with a further rise of 100 basis points to 17%"): the
    readings are the new levels of the story's other moves in points within ``_NEAR``
    sentences, of the move's subject (or none), dated before its new level. Only when the
    move's words say it follows the one before ("a further rise", "another", "again") or the
    latest reading's say it was the move before ("at its previous meeting") is the latest
    reading the level it started from: the one of them that squares with the amount, else the
    nearest, which the rule then flags. A story may skip moves between two it states, so with
    neither cue nothing is set."""
    i, ch = move
    subject, period = keys
    a, t = drafts[i], drafts[ch["to"]]
    k = place[a["sentence"]]
    readings = [j for j in targets
                if j != ch["to"] and drafts[j]["sentence"] != a["sentence"] and
                drafts[j].get("section") not in ("headline", "keypoints") and
                abs(place[drafts[j]["sentence"]] - k) <= _NEAR and
                drafts[j].get("period") is not None and drafts[j]["period"][1] < period[0] and
                _reading(low, drafts[j], t, (None, subject, period))]
    if not readings:
        return None
    latest = max(drafts[j]["period"][1] for j in readings)
    last = [j for j in readings if drafts[j]["period"][1] == latest]
    follows, before = _chain_words()
    if not follows.search(low, a["sentence"][0], a["start"]) and not any(
            before.search(low, drafts[j]["sentence"][0], drafts[j]["start"]) for j in last):
        return None
    fits = [j for j in last if _squares(a, ch, t, drafts[j])]
    return min(fits or last, key=lambda j: abs(drafts[j]["start"] - a["start"]))
