"""Relations between the figures of neighbouring sentences (issue #11), set on the drafts as
relations.py sets its own (indexes into the draft list; ``claims_for`` makes them ids). This
module prepares facts; the rules judge them.

- A gap to another value, said of the figure the sentence before leads with ("The US
  confirmed 1,282 cases last year. That was 615 more than in 2014, when there were 667."), or
  of the figure right before it ("cut power to 1.4 million customers, 400,000 more than the
  2008 storm, which left 1 million without power"): a change from the value its clause names
  to that figure, checked by wrong-arithmetic. With no earlier value written ("That was 185,000
  more travellers than a year earlier"), the amount is the same change as the percentage said
  with the figure ("5.4 million passengers, a rise of 3.5%"): the percentage takes it as
  ``by``.
- Parts "accounted for" after their whole ("Sales reached 1.2 million. Electric cars accounted
  for 310,000 and hybrids for 420,000"): portions of the whole the sentences before lead with,
  checked by parts-exceed-total.
- A group of the thing counted named in the figure's clause ("Unemployment among men fell to
  1.43 million", "Long-term unemployment rose to 894,000"): the figure is a named part of its
  subject (parts.py), never a restatement of the whole.
- A gap the sentence names without figures ("Spending exceeds revenue by 270 million lei"):
  an amount of difference, not a level.
- Breakdowns read across sentences (everyday13): a breakdown that goes on in the next
  sentence with no part verb ("Greece registered 75,970 of them. Italy took 74,947"), a
  business's named parts after its total, seasons or months after a year's total, "Another
  N" after a part, the members a total counts ("BAA's seven airports ... Heathrow carried
  ..."), a figure "of it", and an amount added "bringing the total to" a figure: portions
  (or a change) checked by parts-exceed-total and wrong-arithmetic.

- Segments that do not overlap ("Domestic flights carried 82.7 million people and
  international routes 22.3 million") after a total in the sentences before: its portions.
- A change whose sentence names what changed by a definite noun and gives only the amount
  and the new value ("The cut is to ease by 2 million barrels a day to 7.7 million"): its
  earlier value is the nearest figure before, within ``_BACK`` sentences, whose own clause
  names that noun ("agreed to cut production by 9.7 million barrels a day").

The words live in rules/vocab/across.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab
from .earlier_records import record_beaten
from .elided_changes import elided_changes
from .equal_rise_runs import equal_rise_runs
from .gaps_to_now import gaps_to_now
from .moves_on_a_base import moves_on_a_base
from .multiples_ahead import multiples_ahead
from .named_rate_gaps import named_rate_gaps
from .parts import PART, name_part, named_part
from .referred_levels import distances_from_referred
from .shares_after import shares_after_parts
from .shares_by_label import shares_by_label
from .units import convert, same_dimension

# roles of a figure that may stand as a level another figure is compared with or split into
_LEVEL = (None, "total")
# roles of a figure that are never a whole or the new value of a gap
_NOT_LEVEL = frozenset({"change", "compared", "difference", "factor", "reference", "whole",
                        "expected"})
# sentences back where a gap's figure or a part's whole may stand
_BACK = 3
# the sections that sum the story up
_SUMMARY = ("headline", "keypoints")


# two groups joined before their plural noun right after a figure: "2,263,496 domestic and
# international passengers" (groups 1 and 2, the noun 3)
_JOINT_GROUPS_AFTER = re.compile(r"[ \u00a0]+([a-z-]{3,}(?<!s))[ \u00a0]+(?:and|or)[ \u00a0]+"
                                 r"([a-z-]{3,})[ \u00a0]+([a-z]{3,}s)\b")


def _joint_groups_then_each(low: str, drafts: list[dict[str, Any]],
                            sents: list[list[int]]) -> None:
    """"rose 3% to 2,263,496 domestic and international passengers. International passengers
    were up 2% at 540,871, and domestic passengers rose 4% to 1,722,625": a figure of two
    groups together, then one figure of each group named with the noun (in the next
    sentence): the two are its portions, checked by parts-exceed-total."""
    for k in range(len(sents) - 1):
        for w in sents[k]:
            m = _JOINT_GROUPS_AFTER.match(low, drafts[w]["end"])
            if m is None or drafts[w].get("role") not in _LEVEL or not drafts[w]["value"]:
                continue
            noun = m.group(3)
            found = []
            for g in (m.group(1), m.group(2)):
                named = re.compile(r"\b" + re.escape(g) + r"[ \u00a0]+" + re.escape(noun) + r"\b")
                found.append([j for j in sents[k + 1] if drafts[j]["unit"] == drafts[w]["unit"]
                              and drafts[j].get("role") in (None, "item") and
                              drafts[j]["value"] and drafts[j]["value"] < drafts[w]["value"] and
                              named.search(low, max(drafts[j]["sentence"][0],
                                                    drafts[j]["start"] - 50), drafts[j]["start"])])
            if all(len(f) == 1 for f in found) and found[0] != found[1]:
                for [j] in found:
                    drafts[j]["role"], drafts[j]["group"] = "portion", w
                    drafts[j]["measure"] = drafts[j].get("measure") or drafts[w].get("measure")



@lru_cache(maxsize=1)
def _words() -> dict[str, re.Pattern[str]]:
    """The patterns of rules/vocab/across.yaml, compiled once."""
    data = vocab.load("across.yaml")
    return {k: re.compile(str(v)) for k, v in data.items() if isinstance(v, str)}


def words() -> dict[str, re.Pattern[str]]:
    """The patterns of rules/vocab/across.yaml (relations.py reads ``restating_noun``)."""
    return _words()


@lru_cache(maxsize=1)
def _complementary() -> dict[str, int]:
    """Each group word of rules/vocab/across.yaml ``complementary`` -> the index of its set."""
    sets = vocab.section("across.yaml", "complementary", list)
    return {str(w).lower(): k for k, ws in enumerate(sets) for w in ws}


@lru_cache(maxsize=1)
def joint_after() -> re.Pattern[str]:
    """The words after a figure that make it several things' joint figure (across.yaml
    ``joint_after``): one pattern for the subject reader and the list reader (which reads
    the text as written, so in any case)."""
    return re.compile(_words()["joint_after"].pattern, re.I)


def total_lead() -> re.Pattern[str]:
    """The opening of a sentence on a total of the things named before it (across.yaml
    ``total_lead``: "In all, 10 people have died"), matched up to the figure."""
    return _words()["total_lead"]


def relate_across(low: str, drafts: list[dict[str, Any]], sents: list[list[int]],
                  lex: Any = None) -> None:
    """Every relation of this module (see its docstring), in place; first the multiples said
    before (or right after) the pair they compare (multiples_ahead.py) and the shares said in
    other words after a part and its whole (shares_after.py)."""
    multiples_ahead(low, drafts, sents)     # "twice the rate, 10.7% against 5.3%"
    shares_after_parts(low, drafts, sents)  # "45,900 were offered places. About three in four"
    shares_by_label(low, drafts, sents)     # "1,980 more than eight hours. ... eight hours was 8.0%"
    _gaps_by(low, drafts)
    _subgroups(low, drafts, lex)
    _gaps_to_a_figure(low, drafts, sents)
    _up_from_after_the_level(low, drafts, sents)
    _amount_first_up_from(low, drafts, sents)
    _move_named_by_its_amount(low, drafts, sents)
    _base_named_by_its_noun(low, drafts, sents)
    _change_then_its_levels(low, drafts, sents)
    distances_from_referred(low, drafts, sents)     # "6% below that peak": referred_levels.py
    gaps_to_now(low, drafts, sents)     # "9.1%, 6.6 points higher than now": gaps_to_now.py
    named_rate_gaps(low, drafts, sents)     # "4.8%, 3.4 points lower than Calgary's"
    equal_rise_runs(low, drafts)    # "the third 50-cent rise in a row: it was $13.75 in 2013, ..."
    moves_on_a_base(low, drafts, sents)     # "That is a rise of 0.6 points on last year's 27.2%"
    elided_changes(low, drafts)     # "rise by £693, or 54%, ..., and by £708, or 54%, ..."


def _direction_pair(d: dict[str, Any]) -> tuple[int, bool] | None:
    """(the new value, up) of an earlier value whose words set it against a new one ("472,
    up from 330"), else None."""
    dirn = next((v for k, v in d["extra"] if k == "direction"), None)
    if not isinstance(dirn, dict) or dirn.get("to") is None:
        return None
    return int(dirn["to"]), bool(dirn.get("up"))


# the opening of a sentence that names the move the sentence before states, by its amount:
# "The jump of 0.6 points was driven by energy bills", "The rise of 6% took offences to ..."
# ("Of the increase of 700, Dublin accounted for more than 600": the move its portion is of)
_MOVE_NAMED_OPEN = re.compile(r"\W*(?P<of>of\s+)?(?:the|this|its)\s+(?:[a-z]+\s+)?(rise|jump|increase|"
                              r"climb|gain|leap|surge|fall|drop|decline|decrease|dip|slide)\s+of\s+"
                              r"(?:(?:about|around|nearly|almost|some|just|roughly)\s+)?$")
_RISES = frozenset("rise jump increase climb gain leap surge".split())


def _move_named_by_its_amount(low: str, drafts: list[dict[str, Any]],
                              sents: list[list[int]]) -> None:
    """"Inflation rose to 2.3% ..., up from 1.7% in September. The jump of 0.6 points was
    driven mainly by energy bills": an amount of change that opens its sentence as the
    move's own noun ("The rise of", "The fall of") is the change between the one pair of
    levels the sentence right before sets against each other (``direction``), when that pair
    runs the noun's way."""
    for k in range(1, len(sents)):
        d = drafts[sents[k][0]]
        ch = _change(d)
        m = _MOVE_NAMED_OPEN.fullmatch(low, d["sentence"][0], d["start"])
        if m is None or ch is None or any(ch.get(x) is not None for x in ("from", "to", "by")):
            continue
        prev = sents[k - 1]
        if not _adjacent_sentences(low, drafts[prev[-1]], d):
            continue
        pairs = [(j, p) for j in prev if (p := _direction_pair(drafts[j])) is not None] or \
            _compared_with_pair(low, drafts, prev, m.group(2) in _RISES)
        if len(pairs) != 1 or pairs[0][1][1] != (m.group(2) in _RISES) or \
                sum(drafts[j].get("role") == "compared" for j in prev) > 1:
            continue    # (nor when the sentence sets a second pair against each other:
            # "edged up to 2.78% from 2.66%, and electricity prices rose 5.45%, against 4.91%")
        j, (to, _up) = pairs[0]
        if ch.get("kind") != "percent" and d["unit"] not in ("", drafts[to]["unit"]):
            continue    # an amount in another unit than the levels' is no gap between them
        ch.update(to=to, **{"from": j})
        if m.group("of"):
            _portion_of_the_move(low, drafts, sents[k], sents[k][0], to)


def _compared_with_pair(low: str, drafts: list[dict[str, Any]], prev: list[int], rise: bool
                        ) -> list[tuple[int, tuple[int, bool]]]:
    """The one pair a sentence sets side by side with no direction word ("1,800 homes ...,
    compared with 1,100 on the same date a year ago"): [(earlier, (level, the move's way))]
    when the earlier value is the only compared one and the level the figure of its unit right
    before it; the way the next sentence's noun says ("the increase") is then checked by the
    levels themselves."""
    compared = [p for p, j in enumerate(prev) if drafts[j].get("role") == "compared"]
    if len(compared) != 1 or compared[0] == 0:
        return []
    c, lv = prev[compared[0]], prev[compared[0] - 1]
    a, b = drafts[lv], drafts[c]
    if a.get("role") not in _LEVEL or a["unit"] != b["unit"] or not a["value"] or \
            not b["value"] or not _COMPARED_WITH.fullmatch(low, a["end"], b["start"]) or \
            any(drafts[j]["unit"] == a["unit"] for j in prev if j not in (lv, c)):
        return []   # (a third figure of the unit is another earlier value the move may be from:
        # "compared with 1,100 a year ago and 900 two years ago")
    return [(c, (lv, rise))]


# from a level to the earlier value it is set beside: ", compared with ", " against "
_COMPARED_WITH = re.compile(r"[^.;:!?\d]{0,60}?,?\s+(?:compared\s+(?:with|to)|against|versus|vs\.?)"
                            r"\s+(?:(?:about|around|roughly|some|nearly|almost|just)\s+)?")


def _portion_of_the_move(low: str, drafts: list[dict[str, Any]], idxs: list[int], move: int,
                         level: int) -> None:
    """"Of the increase of 700, Dublin accounted for more than 600": the figure its sentence
    says a part "accounted for" is a portion of the move, not of the level it was taken for."""
    for j in idxs[1:]:
        d = drafts[j]
        if d["unit"] == drafts[move]["unit"] and d.get("group") in (None, level) and \
                _ACCOUNTED_FOR.search(low, max(d["sentence"][0], d["start"] - 40), d["start"]):
            d["role"], d["group"] = "portion", move


_ACCOUNTED_FOR = re.compile(r"\b(?:accounted|accounts|account|made\s+up)\s+(?:for\s+)?"
                            r"(?:(?:about|around|roughly|some|nearly|almost|just|more\s+than|over|"
                            r"under|less\s+than)\s+)?$")


def _change_then_its_levels(low: str, drafts: list[dict[str, Any]],
                            sents: list[list[int]], moved: Any = None) -> None:
    """"The number of patients in hospital with flu has risen by more than 40% in a week.
    There were 472 such patients in the week to 8 December, up from 330 the week before": a
    percentage change (or an amount: "grew by 32.7 million between 1990 and 2000. It rose from
    248.7 million to 281.4 million") whose sentence gives no level of its own is the change between the
    pair of levels the next sentence (in its paragraph or the next) leads with, when that
    pair runs the same way and is of the change's measure (or the change names none, or only
    a noun of its clause: an open measure, "with confirmed flu")."""
    for k in range(len(sents) - 1):
        idxs, nxt = sents[k], sents[k + 1]
        if not nxt or low.count("\n\n", drafts[idxs[-1]]["end"], drafts[nxt[0]]["start"]) > 1:
            continue
        found = [i for i in idxs if (ch := _change(drafts[i])) is not None and
                 ch.get("kind") in ("percent", "absolute") and
                 (ch["kind"] == "absolute") == (drafts[i]["unit"] != "percent") and
                 not any(ch.get(x) is not None for x in ("from", "to", "by"))]
        if len(found) != 1:
            continue
        ch = _change(drafts[found[0]])
        assert ch is not None
        pairs = [(j, p) for j in nxt if (p := _direction_pair(drafts[j])) is not None]
        if not pairs or any(_change(drafts[j]) is not None for j in nxt):
            continue
        frm, (to, up) = pairs[0]
        if moved is not None and not moved(low, drafts[frm]):
            continue
        # (the pair leads the sentence: "There were 472 ..., up from 330", "It rose from
        # 248.7 million to 281.4 million")
        if to not in nxt or nxt.index(to) != 0 and nxt[:2] != [frm, to] or \
                up != (ch.get("direction") != "down") or \
                any(drafts[i]["unit"] == drafts[to]["unit"] and drafts[i]["value"] and
                    drafts[i].get("role") in _LEVEL and
                    (ch["kind"] == "percent" or
                     drafts[i]["value"] * 10 >= (drafts[to]["value"] or 0)) for i in idxs) or \
                not _open_or_one_measure(drafts[found[0]], drafts[to]) or \
                drafts[frm]["unit"] != drafts[to]["unit"] or \
                (ch["kind"] == "absolute" and not _amount_of_the_pair(drafts, found[0], frm,
                                                                      to)):
            continue
        ch.update(to=to, **{"from": frm})


def _amount_of_the_pair(drafts: list[dict[str, Any]], i: int, frm: int, to: int) -> bool:
    """Whether amount ``i`` may be the move between ``frm`` and ``to``: of their unit and
    smaller than the larger of them (its size is wrong-arithmetic's to judge)."""
    a, b, c = drafts[i], drafts[frm], drafts[to]
    # (of the pair's scale: "by a fifth" is no amount of 87,336 cars)
    return a["unit"] == c["unit"] and None not in (a["value"], b["value"], c["value"]) and \
        max(b["value"], c["value"]) / 1000 < a["value"] < max(b["value"], c["value"])


# a sentence that opens on a pronoun for what the sentence before changed: "It rose from"
_IT_OPENS = re.compile(r"\W*(?:it|they|this|that)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?$")
# a verb and "from" right before the earlier level: "rose from", "fell back from"
_VERB_THEN_FROM = re.compile(r"\b[a-z]+(?:[ \u00a0]+back)?[ \u00a0]+from[ \u00a0]+"
                             r"(?:(?:about|around|some|nearly|almost|roughly)[ \u00a0]+)?$")


def _moved_it(low: str, frm: dict[str, Any]) -> bool:
    """Whether the move "from A to B" is said of what the amount's sentence changed: a verb
    and "from" before A, and its sentence opening on a pronoun before the verb ("It rose from
    248.7 million to 281.4 million"; a subject named there may be another thing's: "The teen
    birth rate ... falling from 18.8 to 17.4" after "Rates fell 2% among white women")."""
    ss = frm["sentence"][0]
    verb = _VERB_THEN_FROM.search(low, max(ss, frm["start"] - 30), frm["start"])
    if verb is None:
        return False
    return _IT_OPENS.fullmatch(low, ss, verb.start()) is not None


def changes_then_their_moves(low: str, drafts: list[dict[str, Any]],
                             sents: list[list[int]]) -> None:
    """``_change_then_its_levels`` once more, after relations.py has read the moves stated
    with no amount ("It rose from 248.7 million to 281.4 million"), which it reads after
    this module's first pass: only a move "from A to B" said of the same thing (``_moved_it``;
    the other pairs read by then, a beaten forecast, say, are no move of it)."""
    _change_then_its_levels(low, drafts, sents, _moved_it)


def relate_parts_across(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Parts "accounted for" after their whole (run once the lists and portions of each
    sentence are known)."""
    _accounted_parts(low, drafts, sents)
    _complementary_parts(low, drafts, sents)
    _segment_parts(low, drafts, sents)
    _named_parts_after_whole(low, drafts, sents)
    _joint_groups_then_each(low, drafts, sents)
    _portions_continued(low, drafts, sents)
    _time_parts(low, drafts, sents)
    _another_part(low, drafts, sents)
    _members_after_count(low, drafts, sents)
    _of_it(low, drafts, sents)
    _bringing_the_total(low, drafts, sents)
    _brought_by_the_sentence_before(low, drafts, sents)


def _complementary_parts(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Levels of complementary groups ("among men", "among women") in neighbouring sentences
    are portions of the count of all of them the sentence before the first gives: the first
    level there of their unit, named as no group, larger than each; they may not add up to
    more than it."""
    sets = _complementary()
    order = {i: k for k, idxs in enumerate(sents) for i in idxs}
    by_set: dict[int, list[int]] = {}
    for i, d in enumerate(drafts):
        g = d.get(PART)
        # (counts and amounts only: rates of groups do not add up to the rate of all)
        if g is not None and d.get("role") is None and d["value"] and \
                d["unit"] != "percent" and re.sub(r"^the\s+", "", str(g)) in sets:
            by_set.setdefault(sets[re.sub(r"^the\s+", "", str(g))], []).append(i)
    for parts in by_set.values():
        names = {drafts[j][PART] for j in parts}
        first = order[parts[0]]
        if len(names) < 2 or len(names) != len(parts) or order[parts[-1]] - first > 2 or \
                first == 0 or any(drafts[j]["unit"] != drafts[parts[0]]["unit"] for j in parts):
            continue
        prev = sents[first - 1]
        whole = next((j for j in prev if drafts[j].get("role") in _LEVEL and
                      drafts[j].get(PART) is None and drafts[j]["value"] and
                      drafts[j]["unit"] == drafts[parts[0]]["unit"]), None)
        if whole is None or any(drafts[j]["value"] >= drafts[whole]["value"] or
                                not _one_measure(drafts[j], drafts[whole]) for j in parts):
            continue
        for j in parts:
            drafts[j]["role"], drafts[j]["group"] = "portion", whole
        _portions_of_the_change(drafts, parts, whole)


def _portions_of_the_change(drafts: list[dict[str, Any]], parts: list[int], whole: int) -> None:
    """The changes of complementary groups that all went the way the whole did ("fell by
    39,000 among men and by 10,000 among women" as the whole "fell by 49,000") are portions of
    the whole's change: groups that do not overlap cannot fall by more than all of them did.
    (Changes in opposite ways are left alone: a rise among women may offset a larger fall
    among men.)"""
    def change_to(t: int) -> int | None:
        return next((i for i, d in enumerate(drafts) if d.get("role") == "change" and
                     d["value"] and (ch := _change(d)) is not None and ch.get("to") == t and
                     ch.get("from") is None and ch["kind"] == "absolute"), None)

    total = change_to(whole)
    amounts = [change_to(j) for j in parts]
    if total is None or None in amounts:
        return
    way = _change(drafts[total])["direction"]
    if any(_change(drafts[a])["direction"] != way or drafts[a]["unit"] != drafts[total]["unit"]
           for a in amounts):
        return
    for a in amounts:
        # (a portion of the whole's amount; its own change, with no earlier value, is no
        # relation to check)
        drafts[a]["role"], drafts[a]["group"] = "portion", total


def _adjacent_sentences(low: str, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether the sentence of ``b`` follows the sentence of ``a`` with no sentence between
    (a paragraph break may stand between: "That was ..." may open a paragraph)."""
    gap = low[a["sentence"][1]:b["sentence"][0]]
    return re.fullmatch(r"[\s.!?\"”’')\]]*", gap) is not None


def _gaps_by(low: str, drafts: list[dict[str, Any]]) -> None:
    """"Spending exceeds expected revenue by 270 million lei": the amount after "by" is the
    gap between two things the sentence names without figures, no level of either."""
    pat = _words()["gap_by"]
    for d in drafts:
        if d.get("role") is not None or not d["value"]:
            continue
        if pat.search(low, max(d["sentence"][0], d["start"] - 100), d["start"]):
            d["role"] = "difference"


SUBGROUP_WINDOW = 200     # characters before a figure where its clause may name a group


def _subgroups(low: str, drafts: list[dict[str, Any]], lex: Any) -> None:
    """A group of the thing counted named in the figure's clause before it ("Unemployment
    among men fell by 39,000 to 1.43 million", "Among women it dropped to 1.09 million",
    "Long-term unemployment went up to 894,000", "unbeaten at home, with 18 wins"): the figure
    is that part of its subject."""
    among, modifier = _words()["subgroup"], _words()["subgroup_modifier"]
    measure_words = getattr(lex, "measure_words", frozenset()) if lex is not None else frozenset()
    for d in drafts:
        if d.get("role") not in (None, "total", "change", "compared") or named_part(d):
            continue
        # (within SUBGROUP_WINDOW characters before it: linear in a long sentence)
        ss = max(d["sentence"][0], d["start"] - SUBGROUP_WINDOW)
        # the figure's clause: from the last clause break before it (a comma ends no clause
        # that opens the sentence: "Among women, it fell")
        cut = max(low.rfind(";", ss, d["start"]), low.rfind(" while ", ss, d["start"]),
                  low.rfind(" but ", ss, d["start"]), ss)
        clause = low[cut:d["start"]]
        m = among.search(clause)
        if m is not None:
            g = m.group("g").strip()
            if g.split()[0] not in ("them", "those", "these", "others", "the", "which", "whom"):
                name_part(d, g)
                continue
        m = modifier.search(clause)
        if m is not None and d.get("measure") is not None and m.group("n") in measure_words:
            name_part(d, m.group("g"))
            continue
        # "Profits at the department stores fell 6% to £192 million": a part of the business;
        # "unbeaten at home, with 18 wins": the team's games at one venue; "The median rent
        # was $3,125": another statistic than the average
        m = next(reversed(list(_words()["revenue_stream"].finditer(clause))), None) or \
            _words()["business_unit"].search(clause) or _words()["venue"].search(clause) or \
            _words()["statistic"].search(clause) or \
            next(reversed(list(_words()["business_unit_named"].finditer(clause))), None)
        if m is not None:
            name_part(d, " ".join(m.group("g").split()))


def _direction(low: str, d: dict[str, Any]) -> str | None:
    """"up"/"down" when the words after amount ``d`` make it a gap to another value ("615
    more than", "185,000 more travellers than", "84,504 fewer than"), or the comparative is
    said before it with "by" ("higher by 13.23 million tonnes than"), else None."""
    m = _words()["than"].match(low, d["end"], min(d["sentence"][1], d["end"] + 80))
    if m is None:
        by = _BY_BEFORE.search(low, max(d["sentence"][0], d["start"] - 30), d["start"])
        if by is None or not _THAN_AFTER.match(low, d["end"]):
            return None
        return "up" if by.group(1) in _up_comparatives() else "down"
    if m.group("dir") in _SIZE_COMPARATIVES and not d["unit"]:
        return None     # "7,960 waited longer than four hours": a bare count is no gap of
        # a length or a duration; those who waited longer are what it counts (everyday106)
    if m.group("short") or m.group("away"):
        return "down"   # "1.7 million short of the 80.9 million": below the value after it
    if m.group("over"):
        return "up" if m.group("over") == "above" else "down"   # "0.2C above the record of"
    return "up" if m.group("dir") in _up_comparatives() else "down"


# comparatives of a length or a duration, which a bare count cannot be the gap of
_SIZE_COMPARATIVES = frozenset({"longer", "shorter", "taller"})


@lru_cache(maxsize=1)
def _up_comparatives() -> frozenset[str]:
    """The comparatives of rules/vocab/across.yaml ``up_comparatives``: a gap "0.15C warmer
    than" sets its figure above the value after it, one "0.2C colder than" below."""
    return frozenset(str(w).lower() for w in vocab.section("across.yaml", "up_comparatives",
                                                           list))


def _open_or_one_measure(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether change a may be of level b's measure: one measure, or a's is only a noun of
    its clause (an open measure: "Patients ... with confirmed flu rose by 40%. There were 472
    such patients"); not when b is a rate in percent of a measure the vocabulary names ("sales
    rose 0.7%. Annual inflation climbed to 6.2% from 5.5%": a rate's own pair, whose change
    another noun's relative change is not)."""
    return _one_measure(a, b) or bool(a.get("_open") and (
        b.get("_open") or b["unit"] != "percent"))


def _one_measure(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two figures may be of one measure: the same, or one of them names none."""
    return a.get("measure") is None or b.get("measure") is None or a["measure"] == b["measure"]


def _change(d: dict[str, Any]) -> dict[str, Any] | None:
    return next((v for k, v in d["extra"] if k == "change" and isinstance(v, dict)), None)


def _referent(low: str, drafts: list[dict[str, Any]], sents: list[list[int]], k: int,
              d: dict[str, Any]) -> int | None:
    """The figure an amount opening its sentence with "That was" points back at: the first
    level of its unit that the sentence right before leads with."""
    m = _words()["anaphor"].fullmatch(low, d["sentence"][0], d["start"]) if k else None
    if m is None:
        return None
    prev = sents[k - 1]
    if not prev or not _adjacent_sentences(low, drafts[prev[0]], d):
        return None
    # (a count out of a whole is a level of its own: "Labour won 411 of the 650 seats. That
    # was 209 more than in 2019")
    levels = [j for j in prev if drafts[j].get("role") in (*_LEVEL, "of_whole") and
              drafts[j]["value"] and (drafts[j]["unit"] == d["unit"] or
                                      _in_rate(drafts[j]["unit"], d["unit"]))]
    if m.group("noun") is not None:
        # a noun that names the figure ("The total is 95 above ...") names a whole level,
        # never a part of it: a sentence that leads with parts ("Of those, 80,803 were in
        # prisons") is passed over for the one before it (``_BACK`` sentences at most)
        levels = _whole_levels(low, drafts, sents, k, d)
    # (the amount's own measure picks among them: "destroyed 1,200 homes and killed 42 people.
    # That was 12 more deaths than ..." is of the 42)
    own = next((j for j in levels if d.get("measure") is not None and
                drafts[j].get("measure") == d["measure"]), None)
    return own if own is not None else next(iter(levels), None)


def _whole_levels(low: str, drafts: list[dict[str, Any]], sents: list[list[int]], k: int,
                  d: dict[str, Any]) -> list[int]:
    """The levels of amount ``d``'s unit that the nearest sentence before leading with a
    whole level gives (not one that opens on parts of a whole, "Of those, 80,803 were in
    prisons", nor an amount of change), within ``_BACK`` sentences of the same or the
    previous paragraph."""
    for back in range(1, min(_BACK, k) + 1):
        prev = sents[k - back]
        if prev and ((back == 1 and not _adjacent_sentences(low, drafts[prev[0]], d)) or
                     low.count("\n\n", drafts[prev[0]]["end"], d["start"]) > 1):
            return []
        levels = [j for j in prev if drafts[j]["value"] and
                  drafts[j].get("role") not in _NOT_LEVEL and (
                      drafts[j]["unit"] == d["unit"] or _in_rate(drafts[j]["unit"], d["unit"]))]
        if not levels:
            continue
        first = drafts[levels[0]]
        if _PARTS_OPEN.match(low, first["sentence"][0], first["start"]) or \
                first.get("role") not in _LEVEL or first.get("group") is not None:
            continue
        return [j for j in levels if drafts[j].get("role") in _LEVEL]
    return []


# the opening of a sentence that gives parts of the whole before it: "Of those, ...",
# "Among them ...", "Of its 100 members, 71 ..."
_PARTS_OPEN = re.compile(r"\W*(?:of|among|from)\s+(?:those|them|these|which|whom|this|that|its|"
                         r"their|the)\b")


# the opening of a sentence that points back at the level the sentence before gave and names
# only its earlier value: "It was up from 45% in March, a rise of 3 points", "Approval was
# down from 51%"
# (an adverb may qualify the direction, and the earlier time own the value: "That was slightly
# up on 2010's 73.1 million")
_DEGREE = r"(?:(?:slightly|sharply|well|just|only|marginally|a\s+little)\s+)?"
_TIME_OWNER = r"(?:(?:(?:19|20)\d\d|last\s+year|the\s+previous\s+year|a\s+year\s+earlier)[’']s\s+)?"
_UP_FROM_OPEN = re.compile(r"\W*(?:it|this|that|they|(?:the\s+|its\s+|their\s+)?[a-z][\w’'-]*"
                           r"(?:\s+[a-z][\w’'-]*)?)\s+(?:was|were|is|are|has\s+been|had\s+been)\s+" +
                           _DEGREE + r"(?:up|down)\s+(?:from|on)\s+" + _TIME_OWNER +
                           r"(?:(?:about|around|some|nearly|almost)\s+)?$")


def _up_from_after_the_level(low: str, drafts: list[dict[str, Any]],
                             sents: list[list[int]]) -> None:
    """"Approval stood at 48% in the latest poll. It was up from 45% in March, a rise of 3
    points": the amount of change in a sentence that opens on its earlier value alone is a
    change to the level of that unit the sentence before leads with (``_referent``'s level);
    with no amount, the direction is (``_direction_to_the_level``)."""
    for k in range(1, len(sents)):
        idxs = sents[k]
        if not idxs:
            continue
        frm = drafts[idxs[0]]
        if frm.get("role") not in (None, "compared") or not frm["value"] or \
                _UP_FROM_OPEN.fullmatch(low, frm["sentence"][0], frm["start"]) is None:
            continue
        to = _level_before(low, drafts, sents[k - 1], frm)
        if to is None:
            continue
        for i in idxs[1:]:
            ch = _change(drafts[i])
            if ch is not None and ch.get("from") is None and ch.get("to") is None and \
                    ch.get("by") is None:
                ch.update(to=to, **{"from": idxs[0]})
                break
        else:
            _direction_to_the_level(low, frm, to)


# "It was up from 93.3% the week before": the pronoun of the level the sentence before gives
_IT_UP_FROM = re.compile(r"\W*(?:it|this|that)\s+(?:was|is|has\s+been|had\s+been)\s+" + _DEGREE +
                         r"(up|down)\s+")


def _direction_to_the_level(low: str, frm: dict[str, Any], to: int) -> None:
    """"The share was 94.3% last week. It was up from 93.3% the week before": with no amount
    of change, the direction a sentence that opens on "it" states is checkable against the
    level it points back at (``direction`` on the earlier value, as for "94.3%, up from
    93.3%")."""
    m = _IT_UP_FROM.match(low, frm["sentence"][0], frm["start"])
    if m is None or any(k == "direction" for k, _ in frm["extra"]):
        return
    frm["role"] = "compared"
    frm["extra"].append(("direction", {"to": to, "up": m.group(1) == "up"}))


def _level_before(low: str, drafts: list[dict[str, Any]], prev: list[int],
                  frm: dict[str, Any]) -> int | None:
    """The first level of ``frm``'s unit in the sentence ``prev`` right before it (same
    paragraph): the new value a change written with only its earlier value comes to."""
    if not prev or not _adjacent_sentences(low, drafts[prev[0]], frm):
        return None
    levels = [j for j in prev if drafts[j].get("role") in _LEVEL and drafts[j]["value"] and
              drafts[j]["unit"] == frm["unit"]]
    # ("1,170 soldiers were lost on Sunday, bringing the total to 850,490. That is up from
    # 841,660 a week ago": of several levels, the first one the direction fits, the total)
    said = _UP_OR_DOWN.search(low, frm["sentence"][0], frm["start"])
    if said is not None and frm["value"]:
        up = said.group(1) == "up"
        fits = [j for j in levels if (drafts[j]["value"] > frm["value"]) == up and
                drafts[j]["value"] != frm["value"]]
        if fits:
            return fits[0]
    return levels[0] if levels else None


# the direction a sentence that opens on an earlier value states ("That is up from")
_UP_OR_DOWN = re.compile(r"\b(up|down)\s+(?:from|on)\s+")


# the opening of a sentence that points back at the level the sentence before gave, with the
# amount of change first and the earlier value after it: "That was down 3.3 percentage points
# from 58.7% a week earlier"
_AMOUNT_FIRST_OPEN = re.compile(r"\W*(?:it|this|that)\s+(?:was|is|had\s+been|has\s+been)\s+(?:up|down)"
                                r"\s+(?:by\s+)?$")
_AMOUNT_THEN_FROM = re.compile(r"\s*(?:percentage\s+)?(?:points?\s+)?(?:from|on)\s+$")


def _amount_first_up_from(low: str, drafts: list[dict[str, Any]],
                          sents: list[list[int]]) -> None:
    """"Reservoirs were 56.4% full. That was down 3.3 percentage points from 58.7% a week
    earlier": an amount of change that opens a sentence pointing back, before its earlier
    value, is a change to the level of the earlier value's unit that the sentence before
    gives (its first such level)."""
    for k in range(1, len(sents)):
        idxs = sents[k]
        if len(idxs) < 2:
            continue
        i, earlier = idxs[0], idxs[1]
        ch, frm = _change(drafts[i]), drafts[earlier]
        if ch is None or any(ch.get(x) is not None for x in ("from", "to", "by")) or \
                frm.get("role") not in (None, "compared") or not frm["value"] or \
                _AMOUNT_FIRST_OPEN.fullmatch(low, frm["sentence"][0], drafts[i]["start"]) is None \
                or _AMOUNT_THEN_FROM.fullmatch(low, drafts[i]["end"], frm["start"]) is None:
            continue
        to = _level_before(low, drafts, sents[k - 1], frm)
        if to is not None:
            ch.update(to=to, **{"from": earlier})
            frm["role"] = frm.get("role") or "compared"


def _in_rate(rate: str, unit: str) -> str | None:
    """The unit of an amount written without the "a gallon" of the rate it is a gap of ("85
    cents more" beside "$2.64 a gallon" is cents a gallon), or None when ``rate`` is no rate
    or ``unit`` not of its numerator's kind."""
    if " / " not in rate or not unit or " / " in unit:
        return None
    num, den = rate.split(" / ", 1)
    return f"{unit} / {den}" if same_dimension(num, unit) else None


def rate_unit(rate: str, unit: str) -> str | None:
    """``_in_rate`` for the readers of relations.py ("1.16p or 0.9% lower" beside "132.54p a
    litre" is pence a litre, everyday102)."""
    return _in_rate(rate, unit)


def _earlier_in_sentence_before(drafts: list[dict[str, Any]], prev: list[int],
                                to: int) -> int | None:
    """The earlier value of a gap "against a year ago" that opens on "That is" when its own
    clause names none: the one figure of the new value's kind that follows it in the sentence
    before and is dated before it ("... to $2.64 a gallon, far above the $1.89 drivers paid
    last Thanksgiving. That is 75 cents more than a year ago"). A bare amount of the rate's
    currency takes the rate's unit."""
    t = drafts[to]
    tp = t.get("period")
    if not tp:
        return None
    found = [j for j in prev if j > to and drafts[j]["value"] and
             drafts[j].get("role") in (None, "compared") and drafts[j].get("period") and
             drafts[j]["period"][1] < tp[0] and
             (drafts[j]["unit"] == t["unit"] or _in_rate(t["unit"], drafts[j]["unit"]))]
    if len(found) != 1:
        return None
    x = drafts[found[0]]
    x["unit"] = x["unit"] if x["unit"] == t["unit"] else _in_rate(t["unit"], x["unit"])
    return found[0]


# (or the comparative with "by" of a gap: "129.66 million tonnes, higher by 13.23 million
# tonnes than ...")
_APPOSITION = re.compile(r"(?:\s+[a-z][\w’'-]*){0,3}\s*,\s*(?:(?:" + r"|".join(
    ("higher", "lower", "more", "less", "fewer", "greater", "smaller", "bigger", "larger")) +
    r")\s+by\s+(?:(?:about|around|roughly|some|nearly|almost|just)\s+)?)?")
# a comparative with "by" before a gap, "than" after it: "higher by 13.23 million tonnes than
# the five-year average" (group 1 the comparative)
_BY_BEFORE = re.compile(r"\b(higher|lower|more|less|fewer|greater|smaller|bigger|larger)\s+by\s+"
                        r"(?:(?:about|around|roughly|some|nearly|almost|just)\s+)?$")
_THAN_AFTER = re.compile(r"\s+than\s")
# the rest of the figure's clause before a gap against an earlier time ("385,910 applicants
# had been accepted by UK universities by midnight on Wednesday, 31,600 more than at the same
# point last year"): no figure, no contrasting clause ("while", "but") between
_CLAUSE_APPOSITION = re.compile(r"(?:\s+(?!but\b|while\b|whereas\b|although\b)"
                                r"[a-z][\w’'-]*){0,14}\s*,\s*")


def _apposed(low: str, drafts: list[dict[str, Any]], idxs: list[int], pos: int) -> int | None:
    """The figure right before the ``pos``-th of sentence ``idxs`` that it stands in
    apposition to ("1.4 million customers, 400,000 more than ...")."""
    if pos == 0:
        return None
    if (bench := _level_short_of_a_benchmark(low, drafts, idxs, pos)) is not None:
        return bench
    j = idxs[pos - 1]
    if drafts[j].get("role") not in _LEVEL or not drafts[j]["value"]:
        return None
    d = drafts[idxs[pos]]
    if _APPOSITION.fullmatch(low, drafts[j]["end"], d["start"]) is None and not (
            _CLAUSE_APPOSITION.fullmatch(low, drafts[j]["end"], d["start"]) and
            (_against_earlier_time(low, d) or
             _THAN_NAMED_TIME.match(low, d["end"], d["sentence"][1]) is not None)):
        return None
    return j


# a gap to a benchmark named as one: "27 points short of the 65% target", "below the target
# of 75 per cent"
_TO_A_BENCHMARK = re.compile(r"(?:[ \u00a0]+(?:percentage[ \u00a0]+)?points?)?[ \u00a0]+(?:short[ \u00a0]+of|"
                             r"shy[ \u00a0]+of|below|under)[ \u00a0]+(?:the|its|their|a)[ \u00a0]+"
                             r"(?:[\w%.-]+[ \u00a0]+){0,3}?(?:target|standard|goal|threshold|"
                             r"benchmark)s?\b")


# the level's clause up to the gap: words, names and figures of other kinds ("of Red 2 calls
# got a response within eight minutes, "), no second clause
_BENCHMARK_CLAUSE = re.compile(r"(?:\s+(?!but\b|while\b|whereas\b|although\b|and\b)[\w’'-]+)"
                               r"{0,14}\s*,\s*")


def _level_short_of_a_benchmark(low: str, drafts: list[dict[str, Any]], idxs: list[int],
                                pos: int) -> int | None:
    """The level a gap to a named benchmark is of, at the end of the clause that gives it
    ("Only 48% of red calls got a response within eight minutes, 27 points short of the 65%
    target"): the nearest figure before of the benchmark's kind (a rate for points), with
    nothing but that clause's words between."""
    d = drafts[idxs[pos]]
    if _TO_A_BENCHMARK.match(low, d["end"]) is None:
        return None
    unit = "percent" if not d["unit"] and _POINTS_AFTER.match(low, d["end"]) else d["unit"]
    for j in reversed(idxs[:pos]):
        x = drafts[j]
        if x["unit"] != unit:
            continue
        if x.get("role") in _LEVEL and x["value"] and \
                _BENCHMARK_CLAUSE.fullmatch(low, x["end"], d["start"]) is not None:
            return j
        return None
    return None


# what joins a second gap to a first one of the same figure: "402 more than in June and 4,654
# more than a year earlier" (after the first gap's "than")
_AND_GAP = re.compile(r"[^\d;:.,]{0,60}?\s+and\s+(?:(?:about|around|roughly|some|nearly|almost|"
                      r"just)\s+)?")


def _coordinated_gap(low: str, drafts: list[dict[str, Any]], idxs: list[int],
                     pos: int) -> int | None:
    """The figure a gap joined by "and" to the gap right before it is of: "That was 402 more
    than in June and 4,654 more than a year earlier" (both of the figure the first points
    back at), when the first has one and nothing but its comparison stands between."""
    prev = drafts[idxs[pos - 1]]
    pch = _change(prev)
    if pch is None or pch.get("to") is None or prev["unit"] != drafts[idxs[pos]]["unit"]:
        return None
    m = _words()["than"].match(low, prev["end"], drafts[idxs[pos]]["start"])
    if m is None or _AND_GAP.fullmatch(low, m.end(), drafts[idxs[pos]]["start"]) is None:
        return None
    return int(pch["to"])


# the gap's own word read as what it counts ("65,600 short of"): no measure of its own
_GAP_WORDS = frozenset(("short", "shy"))
# the words from the figures of a first comparison to a gap in a second clause: "That would
# be about 1.9%, or some 30,000 cars, ahead of last year, but roughly 650,000 short of ..."
# (a year between is no figure: "down on 2021, but")
_BUT_GAP = re.compile(r"[^;:.]{0,60}?,[ \u00a0]*(?:but|and|yet)[ \u00a0]+(?:still[ \u00a0]+)?"
                      r"(?:(?:about|around|roughly|some|nearly|almost|just|only)[ \u00a0]+)?")


def _gap_after_but(low: str, drafts: list[dict[str, Any]], sents: list[list[int]], k: int,
                   pos: int) -> int | None:
    """The figure a gap in a second clause of a sentence that points back ("That would be
    ...") is of: the referent of the sentence's opening, when everything before the gap in
    its sentence is the first clause's comparison (changes and their restatements with ", or"
    in percent or another unit, never a level of the gap's unit: that is no gap's referent,
    "1.9%, or some 30,000 cars" restates the change)."""
    idxs = sents[k]
    d, first = drafts[idxs[pos]], drafts[idxs[0]]
    if _BUT_GAP.fullmatch(low, drafts[idxs[pos - 1]]["end"], d["start"]) is None or \
            _words()["than"].match(low, drafts[idxs[pos - 1]]["end"]) is None and \
            not _AHEAD_OF.match(low, drafts[idxs[pos - 1]]["end"]):
        return None
    if any(drafts[j].get("role") not in (None, "change") for j in idxs[:pos]):
        return None
    proxy = {**first, "unit": d["unit"], "measure": d.get("measure")}
    return _referent(low, drafts, sents, k, proxy)


# the words after the last figure of a first comparison: ", ahead of last year", " behind"
_AHEAD_OF = re.compile(r"(?:[ \u00a0]+[a-z]+){0,2}[ \u00a0]*,?[ \u00a0]+(?:ahead|behind|up|down)[ \u00a0]+"
                       r"(?:of|on|from)\b")


# a clause or comparison of its own between a gap and a later figure
_ANOTHER_CLAUSE = re.compile(r";|,[ \u00a0]*(?:but|while|whereas)\b|\band[ \u00a0]+the[ \u00a0]+same[ \u00a0]+as\b")


def _earlier_value(low: str, drafts: list[dict[str, Any]], idxs: list[int], pos: int,
                   to: int) -> int | None:
    """The earlier value a gap's own clause names after it: the first figure of the new
    value's unit after the amount, introduced by "than the" or by a clause about the time
    compared with ("when there were 667", "which left 1 million"); one whose measure only its
    unit gives ("short of the record of 1,337.3mm" after "1,330.7mm of rain") may be of the new
    value's."""
    d, t = drafts[idxs[pos]], drafts[to]
    pat = _words()["earlier_value"]
    for j in idxs[pos + 1:]:
        x = drafts[j]
        # (a value of the rate's numerator only is of the rate: "€1.96 a litre, 6c cheaper
        # than last month's €2.02" is €2.02 a litre)
        bare = x["unit"] != t["unit"] and _in_rate(t["unit"], x["unit"]) == t["unit"]
        if x["unit"] != t["unit"] and not bare:
            continue
        if x.get("role") not in (None, "compared") or not x["value"] or \
                not (_one_measure(x, t) or x.get("measure") in _dimension_measures()) or \
                _ANOTHER_CLAUSE.search(low, d["end"], x["start"]):
            return None     # (nor across another clause: "one more than in Tokyo and the same
            # as at London 2012, but fewer than the 67 of Rio")
        if pat.search(low, max(d["end"], x["start"] - 90), x["start"]) is None or any(
                _direction(low, drafts[y]) is not None for y in range(idxs[pos] + 1, j)):
            # (nor after another gap between: "2.3 gigawatts more than the peak of the
            # previous week and 800 megawatts below the all-time high of 40.9 gigawatts"
            # names the 800 megawatts' earlier value, not the 2.3 gigawatts')
            return None
        if bare:
            x["unit"] = t["unit"]
        return j
    return None


def _gaps_to_a_figure(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """An amount worded as a gap ("615 more than in 2014") whose new value is the figure the
    sentence before leads with ("That was ...") or the figure it stands in apposition to: a
    change to that figure from the earlier value its clause names (``_earlier_value``); with
    none named, the same change as a percentage said with the figure (``_same_as_percent``).
    An amount with values of its own is left as it is."""
    for k, idxs in enumerate(sents):
        for pos, i in enumerate(idxs):
            d = drafts[i]
            ch = _change(d)
            if d.get("role") not in (None, "change") or not d["value"] or \
                    d["unit"] == "percent" or (ch is not None and ch.get("from") is not None):
                continue
            direction = _direction(low, d)
            if direction is None:
                continue
            to = _referent(low, drafts, sents, k, d) if pos == 0 else \
                _apposed(low, drafts, idxs, pos)
            if to is None and pos:
                to = _coordinated_gap(low, drafts, idxs, pos)
                if to is None:      # (0 is the document's first figure, a referent too)
                    to = _gap_after_but(low, drafts, sents, k, pos)
            if to is None or (ch is not None and ch.get("to") not in (None, to)):
                continue
            unit = d["unit"] if d["unit"] == drafts[to]["unit"] else \
                "percent" if _points_of_a_rate(low, d, drafts[to]) else \
                _in_rate(drafts[to]["unit"], d["unit"])
            size = convert(d["value"], unit, drafts[to]["unit"]) if unit != d["unit"] \
                else d["value"]
            if size is None or not 0 < size < drafts[to]["value"]:
                continue
            if unit == "percent" and not d["unit"] and \
                    not any(k == "percentage_points" for k, _ in d["extra"]):
                d["extra"].append(("percentage_points", True))  # ("27 points short of")
                if d.get("measure") in _GAP_WORDS | {None}:
                    d["measure"] = "point"
                unit = ""   # (points stay a bare amount, as "from 4.2% to 3.9%, a drop of 0.2")
            d["unit"] = unit    # ("85 cents more" than "$2.64 a gallon": cents a gallon)
            frm = _earlier_value(low, drafts, idxs, pos, to)
            if frm is None and pos == 0 and _against_earlier_time(low, d):
                frm = _earlier_in_sentence_before(drafts, sents[k - 1], to)
            if frm is None and k + 1 < len(sents):
                frm = _named_in_next_sentence(low, drafts, sents[k + 1], d, to)
            if frm is None:
                frm = _dated_further_on(low, drafts, sents[k + 1:k + 4], d, to)
            if frm is not None and not (_one_measure(drafts[frm], d) or (
                    (d["unit"] or d.get("measure") in _GAP_WORDS) and
                    _one_measure(drafts[frm], drafts[to]))):
                frm = None  # (a gap in a unit, not a count of a noun, "0.2C above the
                # previous record of 38.5C", read as a temperature's distance above a
                # baseline, is still the change between the two values it names)
            if ch is None:
                ch = {"kind": "absolute", "amount": float(d["value"]), "direction": direction}
                d["extra"].append(("change", ch))
            d["role"] = "change"
            ch.update(direction=direction, to=to)
            if frm is not None:
                ch["from"] = frm
                drafts[frm]["role"] = drafts[frm].get("role") or "compared"
            if frm is not None or _against_earlier_time(low, d):
                _same_as_percent(drafts, sents[k - 1] if pos == 0 else idxs, i, to, frm)


# "27 points short of": a bare count of points after it
_POINTS_AFTER = re.compile(r"[ \u00a0]+(?:percentage[ \u00a0]+)?points?\b")


def _points_of_a_rate(low: str, d: dict[str, Any], t: dict[str, Any]) -> bool:
    """Whether gap ``d``, a bare count of points ("27 points short of the 65% target"), is a
    distance in percentage points from a rate ``t``."""
    return not d["unit"] and t["unit"] == "percent" and \
        _POINTS_AFTER.match(low, d["end"]) is not None


def _named_in_next_sentence(low: str, drafts: list[dict[str, Any]], nxt: list[int],
                            d: dict[str, Any], to: int) -> int | None:
    """The earlier value of a gap that names what it is set against by words alone ("14.36
    points above its previous record close, ..."; across.yaml ``named_base``), given in the
    sentence right after under the same name ("The previous record close, 11,722.98, was set
    in January 2000"): the first figure of the new value's unit there whose opening words
    end on the name's last two words, of the new value's scale (at most twice or half it)."""
    m = _words()["named_base"].match(low, d["end"], d["sentence"][1] + 1)
    if m is None or not nxt or not _adjacent_sentences(low, d, drafts[nxt[0]]):
        return None
    head = " ".join(m.group("name").split()[-2:])
    t = drafts[to]
    for j in nxt:
        x = drafts[j]
        if x["unit"] != t["unit"] or x.get("role") not in _LEVEL or not x["value"]:
            continue
        opening = low[x["sentence"][0]:x["start"]]
        if re.search(r"\b" + re.escape(head) + r"\b[^.;\d]{0,12}$", opening) and \
                0.5 <= float(x["value"]) / float(t["value"]) <= 2:
            return j
        return None
    return None


_WEEKDAYS_MONTHS = ("monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|"
                    "march|april|may|june|july|august|september|october|november|december")
# a gap set against a day or month named alone: "36 more than on Tuesday", "fewer than in May"
_THAN_NAMED_TIME = re.compile(r"\s+(?:[a-z][\w’'-]*\s+){0,3}?(?:more|fewer|less|higher|lower)"
                              r"\s+than\s+(?:on|in)\s+(?P<t>" + _WEEKDAYS_MONTHS + r")\b")


def _dated_further_on(low: str, drafts: list[dict[str, Any]], later: list[list[int]],
                      d: dict[str, Any], to: int) -> int | None:
    """The earlier value of a gap set against a day or month named alone ("597 cases, 36 more
    than on Tuesday"), given in one of the next sentences as a level of the new value's unit
    dated by the same word right after it ("The count had stood at 561 on Tuesday"), of the
    new value's scale (at most twice or half it); None when no such figure is written, or
    when two are and disagree."""
    m = _THAN_NAMED_TIME.match(low, d["end"], d["sentence"][1])
    if m is None:
        return None
    t = drafts[to]
    dated = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*)?(?:on|in)[ \u00a0]+" + m.group("t") + r"\b")
    got = [j for idxs in later for j in idxs
           if drafts[j]["unit"] == t["unit"] and drafts[j].get("role") in _LEVEL and
           drafts[j]["value"] and _one_measure(drafts[j], t) and
           dated.match(low, drafts[j]["end"]) is not None and
           0.5 <= float(drafts[j]["value"]) / float(t["value"]) <= 2]
    return got[0] if got and len({drafts[j]["value"] for j in got}) == 1 else None


def _against_earlier_time(low: str, d: dict[str, Any]) -> bool:
    """Whether the gap after amount ``d`` is against an earlier time ("185,000 more travellers
    than a year earlier", "than in 2016"), not an expectation or another thing ("30,000 more
    than analysts had expected")."""
    m = _words()["than"].match(low, d["end"], min(d["sentence"][1], d["end"] + 80))
    return m is not None and _words()["than_earlier"].match(low, m.end()) is not None


def _same_as_percent(drafts: list[dict[str, Any]], idxs: list[int], i: int, to: int,
                     frm: int | None) -> None:
    """The percentage said with the new value ("5.4 million passengers, a rise of 3.5%",
    "grew 7% to 1.323 billion") is the same change as amount ``i`` (of one direction, with no
    earlier value of its own): it takes the amount's earlier value, or the amount as ``by``
    (its earlier value is the new one less the amount)."""
    amount = _change(drafts[i])
    for j in idxs:
        ch = _change(drafts[j])
        if j == i or ch is None or drafts[j]["unit"] != "percent" or ch["kind"] != "percent" \
                or ch.get("from") is not None or ch.get("by") is not None or \
                ch.get("to") not in (None, to) or ch.get("direction") != amount["direction"] or \
                any(x == "percentage_points" for x, _ in drafts[j]["extra"]):
            continue
        # the percentage stands after the new value, in its sentence, or right after the
        # amount ("4,654 more than a year earlier, a rise of almost 8 per cent")
        if drafts[j]["sentence"] != drafts[to]["sentence"] and ch.get("to") != to and \
                not (j in idxs and i in idxs and idxs.index(j) == idxs.index(i) + 1):
            continue
        ch["to"] = to
        if frm is not None:
            ch["from"] = frm
        else:
            ch["by"] = i
        return


_OF_PART = re.compile(r"\s+of\s+(?:the|them|those|these|its|their)\b"
                      r"(?:\s+(?!and\b|or\b)[a-z][\w’'-]*){0,2}")


def _part_run(low: str, drafts: list[dict[str, Any]], idxs: list[int]) -> list[int]:
    """The figures of one sentence said "accounted for" ("Electric cars accounted for 310,000
    and hybrids for 420,000", "the Americas for 207 million"): the first after the verb, each
    later one joined to the one before with its verb left out."""
    verb, sibling = _words()["part_verb"], _words()["part_sibling"]
    run: list[int] = []
    for i in idxs:
        d = drafts[i]
        if not run:
            if verb.search(low, max(d["sentence"][0], d["start"] - 60), d["start"]):
                run.append(i)
            continue
        p = drafts[run[-1]]
        start = p["end"]
        m = _OF_PART.match(low, start, d["start"])
        if m is not None:
            start = m.end()     # "1,739,707 of the deliveries and its other models for 68,874"
        if sibling.match(low, start, d["start"]) and \
                sibling.match(low, start, d["start"]).end() == d["start"]:
            run.append(i)
        else:
            break
    return run


_PLACE_OPENING = re.compile(r"\s*(?:(?:in|across|throughout|outside)\s+(?:the\s+)?"
                            r"(?P<place>[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}?)|worldwide|"
                            r"globally|overall|nationally)\s*,")


def _elsewhere(low: str, part: dict[str, Any], whole: dict[str, Any]) -> bool:
    """Whether the parts' sentence opens on a place the whole's sentence does not name ("sold
    1 million cars in Germany. Across Europe, SUVs accounted for 800,000 ..."): parts of
    another count."""
    m = _PLACE_OPENING.match(low, part["sentence"][0], part["start"])
    if m is None:
        return False
    place = m.group("place")
    ws, we = whole["sentence"]
    return place is None or re.search(r"\b" + re.escape(place) + r"\b", low[ws:we]) is None


def _join_run(drafts: list[dict[str, Any]], run: list[int], whole: int) -> None:
    """The figures of a run of parts not yet given a whole take the one its first part was
    given (each smaller than it and of its measure, or none is)."""
    w = drafts[whole]
    rest = [j for j in run if drafts[j].get("group") is None]
    if any(drafts[j].get("role") is not None or not drafts[j]["value"] or
           w["value"] is None or drafts[j]["value"] >= w["value"] or
           drafts[j]["unit"] != w["unit"] or not _one_measure(drafts[j], w) for j in rest):
        return
    role = drafts[next(j for j in run if drafts[j].get("group") == whole)]["role"]
    for j in rest:
        drafts[j]["role"], drafts[j]["group"] = role, whole
        drafts[j]["measure"] = drafts[j].get("measure") or w.get("measure")


def _accounted_parts(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Parts "accounted for" after their whole: each figure of the run (``_part_run``) and a
    figure "of them" in the sentence right before are portions of the first level of their
    unit that the sentences before lead with (up to ``_BACK`` sentences back, larger than
    each part); they may not add up to more than it."""
    for k, idxs in enumerate(sents):
        run = _part_run(low, drafts, idxs)
        groups = {drafts[j].get("group") for j in run} - {None}
        if run and len(groups) == 1 and drafts[run[0]]["unit"] != "percent" and \
                isinstance(next(iter(groups)), int):
            # "The league accounted for 36 of them, the Champions League for 12": the parts
            # after the first are of the whole its "of them" names
            _join_run(drafts, run, next(iter(groups)))
            continue
        if not run or k == 0 or groups or drafts[run[0]]["unit"] == "percent":
            # (parts another reading already gave a whole: "755 of the deaths"; shares, "women
            # accounted for 52% of voters", are of a whole of their own, not of a rate before)
            continue
        unit = drafts[run[0]]["unit"]
        parts = list(run)
        whole = None
        for back in range(1, min(_BACK, k) + 1):
            prev = sents[k - back]
            if back == 1 and prev and _OF_PART.match(low, drafts[prev[0]]["end"]) and \
                    len(prev) == 1 and drafts[prev[0]]["unit"] == unit:
                parts.insert(0, prev[0])   # "Europe received 671 million of them."
                continue
            # (not an earlier record the sentence says was beaten: "The total beat the
            # previous best of 3,639,331")
            whole = next((j for j in prev if drafts[j].get("role") in _LEVEL and
                          drafts[j]["unit"] == unit and drafts[j]["value"] and
                          not record_beaten(low, drafts[j])), None)
            if whole is not None or any(drafts[j].get("role") not in _NOT_LEVEL for j in prev):
                break
        # (one part alone may stand: "Hong Kong made up the bulk, with 39.08 million", its
        # siblings in sentences of their own, _portions_continued)
        if whole is None or _elsewhere(low, drafts[run[0]], drafts[whole]):
            continue
        w = drafts[whole]
        if any(drafts[j].get("role") not in (None, "portion") or not drafts[j]["value"] or
               drafts[j]["value"] >= w["value"] or
               not _one_measure(drafts[j], w) for j in parts):
            continue
        for j in parts:
            drafts[j]["role"], drafts[j]["group"] = "portion", whole
            drafts[j]["measure"] = drafts[j].get("measure") or w.get("measure")


def _same_paragraph(low: str, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether ``b``'s sentence follows ``a``'s in the same paragraph, no sentence between."""
    return _adjacent_sentences(low, a, b) and "\n" not in low[a["sentence"][1]:b["sentence"][0]]


# words that make a figure the joint figure of several before it (complements.yaml's
# counted_joint, at the start of its sentence): "Between them the two hold 13.6%"
_JOINT_BEFORE = re.compile(r"(?:between\s+them|together|combined|jointly|altogether)\b")


def _plain_part(low: str, d: dict[str, Any], w: dict[str, Any], any_measure: bool = False
                ) -> bool:
    """Whether figure ``d`` may be one more part of the whole ``w``: a level with no role but
    a list's (an item), of its unit and measure (or none; any measure with ``any_measure``),
    smaller than it, said of another subject than it (the whole's own subject restates or
    compares it) and dated to no earlier time in its sentence ("Italy received 170,000 last
    year" is no part of this year's count)."""
    rest = _THE_REST_BEFORE.search(low, max(d["sentence"][0], d["start"] - 30), d["start"])
    if (d.get("role") not in (None, "item") and not (
            # ("drew the other 16,204,795": a rest, a portion of no whole yet)
            rest and d.get("role") == "portion" and d.get("group") is None)) or \
            (d.get("role") is None and d.get("group") is not None):
        return False
    if d["unit"] != w["unit"] or not d["value"] or not w["value"] or d["value"] >= w["value"] or \
            not any_measure and w.get("measure") is not None and \
            d.get("measure") not in (None, w["measure"]):
        return False
    if d.get("subject") is not None and d.get("subject") == w.get("subject"):
        return False
    if not d["unit"] and _MODIFIER_AFTER.match(low, d["end"]):
        return False    # "a 42-game season" sizes a season, no member of a count
    if d.get("period") and w.get("period") and d["period"] != w["period"]:
        return False    # "In the fourth quarter alone it delivered 484,507": a time of its own
    if any(k == "average" for k, _ in d["extra"]):
        return False    # "an average of 36,144" over 380 matches: no member's level
    if _THE_BEFORE.search(low, max(d["sentence"][0], d["start"] - 30), d["start"]) and not rest:
        return False    # "The six reported on Tuesday", "of the 155 people": a count named again
        # (but "drew the other 16,204,795" is the last member, the rest of the whole)
    if _JOINT_BEFORE.match(low, d["sentence"][0], d["start"]):
        return False    # "Between them the two hold 13.6%": a joint figure of others, no member
    ss, se = d["sentence"]
    # (the figure's own stretch of words: "to 1.15 million passengers, from 881,000 a year
    # earlier" dates the 881,000, not the 1.15 million)
    cut = [m.start() for m in _FIGURE_EDGE.finditer(low, ss, se)]
    start = max((c for c in cut if c < d["start"]), default=ss)
    end = min((c for c in cut if c > d["end"]), default=se)
    return _words()["earlier_time"].search(low, start, end) is None


# a figure hyphened to the noun it sizes: "a 42-game season", "the 550-seat parliament"
_MODIFIER_AFTER = re.compile(r"-[a-z]")


# where a stretch of words belonging to one figure ends: another figure's digits after a space,
# or a clause that names an earlier value ("from", "against", "compared with")
_FIGURE_EDGE = re.compile(r"(?<=\s)(?:[$£€]?\d|from\b|against\b|compared\b|than\b)|"
                          r",(?=\s+(?:while|whereas|but)\b)")   # (or a new clause's comma)


# a figure under "the", "its", "those": a count the story names again, no new part
_THE_BEFORE = re.compile(r"\b(?:the|its|their|these|those)\s+(?:[a-z][\w-]*\s+)?$")
_THE_REST_BEFORE = re.compile(r"\bthe\s+(?:other|remaining)\s+$")


def _by_subject(low: str, drafts: list[dict[str, Any]], portions: list[int], w: int) -> bool:
    """Whether the portions of ``w`` break it down by what they are said of ("Greece
    registered 75,970 of them", "its Intelligent Cloud segment ..."): a subject written in
    their own words other than the whole's. Portions of the whole's own subject ("96 million
    passengers, of whom 85.4 million flew domestic routes") leave the next sentence's other
    subjects as peers of the whole ("Beijing was second with 88 million"), not parts."""
    for j in portions:
        d = drafts[j]
        if _words()["part_verb"].search(low, max(d["sentence"][0], d["start"] - 60), d["start"]):
            return True     # "Children's services take the largest share, £396m": a named part
        how = (d.get("_basis") or {}).get("subject", "")
        if d.get("subject") and d.get("subject") != drafts[w].get("subject") and \
                (how == "written" or named_part(d)):
            return True
    return False


def _portions_continued(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """A breakdown that goes on in the next sentence of its paragraph with no part verb and
    no "of them" ("Greece registered 75,970 of them. Italy took 74,947."; "The Intelligent
    Cloud segment brought in $21.5 billion. Productivity and Business Processes contributed
    $17 billion and More Personal Computing $14.2 billion"): when the sentence before holds
    portions of one whole and every figure of the whole's unit in this one may be another
    part of it (``_plain_part``), they are portions of that whole too, which may not add up
    to more than it. The chain goes on while the next sentence does the same."""
    for k in range(1, len(sents)):
        prev, idxs = sents[k - 1], sents[k]
        if not prev or not idxs:
            continue
        wholes = {drafts[j].get("group") for j in prev if drafts[j].get("role") == "portion"}
        if len(wholes) != 1 or not isinstance(next(iter(wholes)), int):
            continue
        w = next(iter(wholes))
        portions = [j for j in prev if drafts[j].get("role") == "portion"]
        if not _same_paragraph(low, drafts[prev[-1]], drafts[idxs[0]]) or \
                not _by_subject(low, drafts, portions, w):
            continue
        # (the earlier value of a part's change is no part: "14.82 million, up 4% from 14.25
        # million")
        parts = [j for j in idxs if drafts[j]["unit"] == drafts[w]["unit"] and
                 drafts[j].get("role") not in ("compared", "change")]
        if not parts or not all(_plain_part(low, drafts[j], drafts[w]) for j in parts) or \
                not any((drafts[j].get("_basis") or {}).get("subject") == "written"
                        for j in parts):
            continue    # (the sentence names a subject of its own: no pronoun's "it delivered")
        held = {drafts[j].get("subject") for j in portions} - {None}
        if any(drafts[j].get("subject") in held for j in parts):
            continue    # (a holder the breakdown already counted is restated, no further part:
            # "12 are SNP, 9 Labour and 7 Conservative. The SNP's 12 councillors ...",
            # everyday106)
        if _whole_told(drafts, portions, w) or _whole_told(drafts, parts, w):
            continue    # (a second breakdown of the same whole: "4.2 million started or ended
            # their journey there and 2.2 million were changing planes. Flights within Europe
            # carried 4.6 million and intercontinental flights 1.8 million")
        for j in parts:
            drafts[j]["role"], drafts[j]["group"] = "portion", w
            drafts[j]["measure"] = drafts[j].get("measure") or drafts[w].get("measure")


def _whole_told(drafts: list[dict[str, Any]], parts: list[int], w: int) -> bool:
    """Whether two or more ``parts`` already add up to whole ``w`` as written (within the
    rounding of the least precise of them): a whole told in full, which no figure of a later
    sentence continues."""
    if len(parts) < 2 or not drafts[w]["value"]:
        return False
    total = sum(float(drafts[j]["value"] or 0) for j in parts)
    slack = max([_step(drafts[j]) for j in [*parts, w]] + [abs(drafts[w]["value"]) * 0.005])
    return abs(total - drafts[w]["value"]) <= slack


def _step(d: dict[str, Any]) -> float:
    """Half the rounding step of a figure as written (0 when exact)."""
    rounded = next((v for k, v in d["extra"] if k == "rounded_to"), None)
    return float(rounded) / 2 if isinstance(rounded, (int, float)) else 0.0


# the words between two parts of one list: ", international package ", " and supply chain and
# freight " (no verb: ", and net income was" starts a clause of its own)
_LISTED_NEXT = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?!(?:is|was|are|were|had|has|rose|"
                          r"fell|grew|reached)\b)[a-z][\w’'&-]*\s+){0,5}(?:(?:about|some|nearly|"
                          r"almost)\s+)?")


def _named_parts_after_whole(low: str, drafts: list[dict[str, Any]],
                             sents: list[list[int]]) -> None:
    """A part of a business or body named as such a sentence or two after its whole ("UPS
    said revenue rose 3.6% to $20.57 billion. Its US domestic package business brought in
    $13.41 billion, ..."): a figure named as a part of a subject (parts.py) is a portion of
    the level of its measure and unit that subject's own figure gave in the sentences just
    before (same paragraph), and so are the figures of its unit listed after it in its
    sentence that may be parts (``_plain_part``)."""
    for k in range(1, len(sents)):
        idxs = sents[k]
        first = next((p for p, j in enumerate(idxs) if named_part(drafts[j]) and
                      drafts[j].get("role") is None and drafts[j].get("group") is None), None)
        if first is None:
            continue
        d = drafts[idxs[first]]
        owner = (d.get("subject") or "").split(" / ")[0]
        w = None
        for back in range(1, min(2, k) + 1):
            prev = sents[k - back]
            if not prev or "\n" in low[drafts[prev[-1]]["end"]:d["start"]]:
                break
            w = next((j for j in prev if drafts[j].get("role") in _LEVEL and
                      drafts[j].get("subject") == owner and not named_part(drafts[j]) and
                      drafts[j]["unit"] == d["unit"] and drafts[j]["value"] and
                      drafts[j].get("measure") == d.get("measure")), None)
            if w is not None:
                break
        if w is None or not owner or not d["value"] or d["value"] >= drafts[w]["value"]:
            continue
        parts = [idxs[first]]
        for j in idxs[first + 1:]:
            if drafts[j]["unit"] != d["unit"]:
                continue
            listed = _LISTED_NEXT.fullmatch(low, drafts[parts[-1]]["end"], drafts[j]["start"])
            # (a list's later names are no subject or measure of their own: "international
            # package $3.76 billion" is no aid package of UPS)
            if listed and drafts[j].get("role") in (None, "item") and drafts[j]["value"] and \
                    drafts[j]["value"] < drafts[w]["value"] or \
                    _plain_part(low, drafts[j], drafts[w]):
                parts.append(j)
        for j in parts:
            drafts[j]["role"], drafts[j]["group"] = "portion", w
            drafts[j]["measure"] = drafts[j].get("measure") or drafts[w].get("measure")


@lru_cache(maxsize=1)
def _dimension_measures() -> frozenset[str]:
    """The measures a unit alone gives a figure (measures.yaml ``dimensions``: "141mm" is a
    distance): no measure of its own when set beside a named one."""
    return frozenset(str(v) for v in vocab.section("measures.yaml", "dimensions", dict).values())


def _time_part(low: str, drafts: list[dict[str, Any]], j: int, idxs: list[int]) -> str | None:
    """The kind of period part (season, month, quarter, half) the clause of figure ``j`` names
    last before it, from its sentence's start or the figure before it in the sentence."""
    d = drafts[j]
    p = idxs.index(j)
    start = drafts[idxs[p - 1]]["end"] if p else d["sentence"][0]
    kind = None
    for m in _words()["time_part"].finditer(low, start, d["start"]):
        kind = m.lastgroup
    return kind


# a total's period long enough to hold parts of a year (a season is about 90 days)
_LONG_PERIOD_DAYS = 180


def _time_parts(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """Parts of a longer period named after its total ("Malta recorded 395.3mm of rain in the
    year to August. Autumn was the wettest season, with 223.1mm, and November the
    second-wettest month with 77.1mm. Winter brought 141mm"): the figures of the next
    sentences (this paragraph and the next) whose clauses name a season, a month, a quarter
    or a half are portions of the total, which they may not add up to more than, the kind
    named most often (at least twice) alone: a month lies inside a season."""
    dims = _dimension_measures()
    for k, idxs in enumerate(sents):
        for w in idxs:
            W = drafts[w]
            per = W.get("period")
            if W.get("role") not in _LEVEL or not W["value"] or W["unit"] in ("", "percent") or \
                    W.get("group") is not None or not per or \
                    (per[1] - per[0]).days < _LONG_PERIOD_DAYS or \
                    _time_part(low, drafts, w, idxs) is not None:
                continue
            kinds: dict[str, list[int]] = {}
            for nxt in sents[k + 1:k + 1 + _BACK]:
                if not nxt or low.count("\n\n", W["end"], drafts[nxt[0]]["start"]) > 1:
                    break
                for j in nxt:
                    d = drafts[j]
                    kind = _time_part(low, drafts, j, nxt)
                    if kind and d["unit"] == W["unit"] and d["value"] and \
                            d.get("role") is None and d.get("group") is None and \
                            (d.get("measure") in (None, W.get("measure")) or
                             d.get("measure") in dims):
                        kinds.setdefault(kind, []).append(j)
            if not kinds:
                continue
            best = max(kinds.values(), key=len)
            if len(best) < 2 or sum(len(v) == len(best) for v in kinds.values()) > 1:
                continue
            for j in best:
                drafts[j]["role"], drafts[j]["group"] = "portion", w
                drafts[j]["measure"] = W.get("measure") or drafts[j].get("measure")
            break


# a sentence that opens on "another" and its figure: "Another 2,934 voted on election day"
_ANOTHER_OPEN = re.compile(r"\W*another\s+(?:(?:about|some|nearly|almost|roughly)\s+)?$")
# the words before a total that say it is one: "A total of 17,524 voters", "in all"
_TOTAL_BEFORE = re.compile(r"\b(?:a\s+total\s+of|in\s+all|in\s+total|altogether|overall)\s+"
                           r"(?:(?:about|some|nearly|almost|roughly)\s+)?$")


def _another_part(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """"Another N" after a sentence that leads with a part of a total ("A total of 17,524
    voters cast ballots. Early voting drew 12,909 residents. Another 2,934 voted on election
    day and 1,681 by mail"): the figure "another" adds to, N and the figures listed with N are
    portions of the total said before them (worded as one: "a total of", "in all"; up to
    ``_BACK`` sentences back, this paragraph or the one before), which they may not exceed."""
    for k in range(1, len(sents)):
        idxs, prev = sents[k], sents[k - 1]
        first = drafts[idxs[0]] if idxs else None
        if first is None or not prev or \
                not _ANOTHER_OPEN.fullmatch(low, first["sentence"][0], first["start"]):
            continue
        p = prev[0]
        if drafts[p]["unit"] != first["unit"] or drafts[p].get("role") is not None or \
                not _same_paragraph(low, drafts[p], first):
            continue
        w = None
        for back in range(2, min(_BACK + 1, k + 1)):
            cand = [j for j in sents[k - back] if drafts[j]["unit"] == first["unit"] and
                    drafts[j].get("role") in _LEVEL and drafts[j]["value"] and
                    (_TOTAL_BEFORE.search(low, max(drafts[j]["sentence"][0],
                                                   drafts[j]["start"] - 30), drafts[j]["start"])
                     or (drafts[j].get("qualifier") or "").endswith("total of"))]
            if cand:
                w = cand[0]
                break
        if w is None or low.count("\n\n", drafts[w]["end"], first["start"]) > 1:
            continue
        parts = [p, idxs[0]] + [j for j in idxs[1:] if drafts[j]["unit"] == first["unit"] and
                                drafts[j].get("role") == "item" and
                                drafts[j].get("group") == first.get("group") is not None]
        if any(not drafts[j]["value"] or drafts[j]["value"] >= drafts[w]["value"] or
               drafts[j].get("role") not in (None, "item") for j in parts):
            continue
        for j in parts:
            drafts[j]["role"], drafts[j]["group"] = "portion", w
            drafts[j]["measure"] = drafts[w].get("measure") or drafts[j].get("measure")


# a count of members right before the level they share: "BAA's seven British airports
# handled 8.8 million passengers", "the 27 member states sent ..."
_MEMBERS_GAP = re.compile(r"\s+(?:[a-z][\w’'-]*\s+){1,4}?(?:(?:about|some|nearly|almost|more\s+than)"
                          r"\s+)?$")
_MEMBERS_MAX = 60       # members a count may name and each be listed after it
# words between a count and the next figure that make the count a gap or a unit of it, no
# count of members: "3 points below the 32% average", "two more than the 14 seats"
_MEMBERS_NOT = re.compile(r"\b(?:points?|percentage|above|below|under|over|ahead|behind|"
                          r"short|higher|lower|fewer|less|than|up|down)\b(?!\s*$)")
# ... or words that set the next figure beside the count as another thing, no level the members
# share: "in 30 annual payments or $739.6m in cash", "12 stores and $4m of stock"
# (or a second participle of the subject's: "scoring 18 goals and conceding 5" counts no
# 18 members sharing a level of 5: everyday120)
_MEMBERS_OR = re.compile(r"\b(?:or|and|nor|plus)\s+(?:[a-z][\w’'-]*ing\s+)?$")


@lru_cache(maxsize=1)
def _held_measures() -> frozenset[str]:
    """measures.yaml ``held``: what a subject holds (a party's seats), no count of members."""
    return frozenset(m for m, spec in (vocab.load("measures.yaml").get("measures") or {}).items()
                     if isinstance(spec, dict) and spec.get("held"))


def _members_after_count(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """The levels of named members after a total that counts them ("BAA's seven British
    airports handled 8.8 million passengers in January. Heathrow carried 4.7 million, ... In
    Scotland, Edinburgh grew 16.1 per cent to 499,000"): the figures of the next sentences
    (this paragraph and the next) that may be parts of the total (``_plain_part``), said of
    a subject of their own, are its portions, at most as many as the members it counts."""
    for k, idxs in enumerate(sents):
        for p, c in enumerate(idxs[:-1]):
            n, wi = drafts[c], _members_whole(low, drafts, idxs, p)
            w = drafts[wi]
            if n["unit"] or n.get("role") is not None or not n["value"] or \
                    n["value"] != int(n["value"]) or not 2 <= n["value"] <= _MEMBERS_MAX or \
                    n.get("measure") in _held_measures() or \
                    w.get("role") is not None or w.get("group") is not None or \
                    not w["value"] or (wi == idxs[p + 1] and (
                        not _MEMBERS_GAP.fullmatch(low, n["end"], w["start"]) or
                        _MEMBERS_NOT.search(low[n["end"]:w["start"]]) or
                        _MEMBERS_OR.search(low, n["end"], w["start"]))):
                continue
            parts, named, named_here = [], [], 0
            for nxt in sents[k + 1:k + 1 + _BACK]:
                if not nxt or low.count("\n\n", w["end"], drafts[nxt[0]]["start"]) > 1:
                    break
                parts += [j for j in nxt if drafts[j]["unit"] == w["unit"] and
                          drafts[j].get("subject") and _plain_part(low, drafts[j], w)]
                named += [j for j in nxt if drafts[j]["unit"] == w["unit"] and
                          drafts[j].get("subject") and _plain_part(low, drafts[j], w, True)]
                if "\n\n" not in low[w["end"]:drafts[nxt[0]]["start"]]:
                    named_here = len(named)
            if named_here != n["value"] and _larger_whole_before(low, drafts, sents, k, w):
                continue    # (as many named figures as it counts are its members: "The five
                # London airports carried 129 million" under a headline's 217 million)
            if named_here == n["value"] < len(named):
                named = named[:named_here]  # (the paragraph of the count names them all)
                parts = []
            if len(named) == n["value"] and len(parts) < len(named):
                # exactly as many named figures as the members counted ("Variety's four
                # telethons raised $14.1 million ... Iowa brought in $4.1 million, Israel
                # ..."): the members, whatever verb (and so measure) each is given with
                # ("Vancouver brought in the most, $6.7 million. Iowa raised $4.1 million")
                parts = named
                for j in parts:
                    drafts[j]["measure"] = w.get("measure") or drafts[j].get("measure")
            if len(parts) < 2 or len(parts) > n["value"]:
                continue
            # (every member counted, each named: the list is complete, and falls short too)
            role = "part" if parts == named and len(parts) == n["value"] else "portion"
            for j in parts:
                drafts[j]["role"], drafts[j]["group"] = role, wi
                drafts[j]["measure"] = drafts[j].get("measure") or w.get("measure")
            return


def _larger_whole_before(low: str, drafts: list[dict[str, Any]], sents: list[list[int]], k: int,
                         w: dict[str, Any]) -> bool:
    """Whether a larger level of the total's unit and measure stands in the sentences before it
    (this paragraph and the one before): "More than 5.7 million people visited the national
    museums in August. ... The four Tate galleries had 809,443 visitors. Visits to the Natural
    History Museum rose 17% to 592,534": the figures after the count may be members of either
    whole, so neither reading is taken."""
    for prev in sents[max(0, k - _BACK):k]:
        for j in prev:
            x = drafts[j]
            if x["unit"] == w["unit"] and x["value"] and x["value"] > w["value"] and \
                    x.get("role") in _LEVEL and _one_measure(x, w) and \
                    low.count("\n\n", x["end"], w["start"]) <= 1:
                return True
    return False


# a percentage change between a count of members and the level they share: "BAA's three
# Scottish airports rose 5.8% to 2.17 million" (everyday55)
_MEMBERS_MOVED_TO = re.compile(r"\s+to\s+(?:(?:about|some|nearly|almost|more\s+than)\s+)?")


def _members_whole(low: str, drafts: list[dict[str, Any]], idxs: list[int], p: int) -> int:
    """The level after the count ``idxs[p]`` that its members share: the next figure, or the
    new value of a percentage change that stands between ("three Scottish airports rose 5.8%
    to 2.17 million", the count and the change joined as the next figure is to a count)."""
    nxt = idxs[p + 1]
    if p + 2 >= len(idxs):
        return nxt
    ch = _change(drafts[nxt])
    n, w = drafts[idxs[p]], drafts[idxs[p + 2]]
    if ch is None or ch.get("to") != idxs[p + 2] or ch.get("from") is not None or \
            not _MEMBERS_GAP.fullmatch(low, n["end"], drafts[nxt]["start"]) or \
            _MEMBERS_MOVED_TO.fullmatch(low, drafts[nxt]["end"], w["start"]) is None:
        return nxt
    return idxs[p + 2]


# the words right after a portion that name the figure before it as its whole: "bought 9.84
# million tonnes of it", "charged 12 of them"
_OF_IT = re.compile(r"\s+of\s+(?:it|them)\b")
# ... or before it, a proportion's amount in apposition: "Half of it, £24m, goes on roads"
_OF_IT_BEFORE = re.compile(r"\bof\s+(?:it|them)\s*,\s*(?:(?:about|some|nearly|almost)\s+)?$")


# the words right before a figure that another is set against ("higher than the 462,890",
# "compared with 1.2 million", "up from 40,000")
_SET_AGAINST_BEFORE = re.compile(r"\b(?:than|compared\s+(?:with|to)|against|versus|from)\s+"
                                 r"(?:the\s+|a\s+)?$")


# a percentage that states a comparison, no group of things: "11% fewer than", "3% up on";
# a share "of them" is never a share of it
RELATIVE_AMOUNT_AFTER = re.compile(r"[ \u00a0]+(?:fewer|more|less|higher|lower|up|down|above|"
                                   r"below|bigger|smaller|larger|greater)\b")


def _of_it(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """A figure "of it" or "of them" after another of its unit in its sentence ("10.46 million
    tonnes of paddy had reached markets, and state agencies had bought 9.84 million tonnes of
    it"; "£48m of capital spending ... Half of it, £24m, goes on roads"): a portion of that
    figure, which it may not exceed (the words name the whole, so a
    larger portion is an error to flag, not a sign of another whole)."""
    for k, idxs in enumerate(sents):
        for p, i in enumerate(idxs):
            d = drafts[i]
            if d.get("role") is not None or d.get("group") is not None or \
                    not d["value"] or not (_OF_IT.match(low, d["end"]) or _OF_IT_BEFORE.search(
                        low, max(d["sentence"][0], d["start"] - 30), d["start"])):
                continue
            if d["unit"] == "percent" and p and drafts[idxs[p - 1]]["unit"] != "percent":
                # (a share right after an amount restates that amount's share of its own
                # whole: "will get €10.80, or 80% of it" after "€9.45 an hour, 70% of the
                # adult rate" is no part of the 70%)
                continue
            # (the figure before it in its sentence, else the last of the sentence before:
            # "The council set aside £48m ... Half of it, £24m, goes on roads")
            near = [j for j in idxs[:p] if drafts[j]["unit"] == d["unit"]] or (
                sents[k - 1] if k and sents[k - 1] and
                _same_paragraph(low, drafts[sents[k - 1][-1]], d) else [])
            w = next((j for j in reversed(near) if drafts[j]["unit"] == d["unit"] and
                      drafts[j].get("role") in _LEVEL and drafts[j]["value"] and
                      _one_measure(drafts[j], d) and not (
                          d["unit"] == "percent" and
                          RELATIVE_AMOUNT_AFTER.match(low, drafts[j]["end"]))), None)
            if w is not None and not _SET_AGAINST_BEFORE.search(
                    low, max(drafts[w]["sentence"][0], drafts[w]["start"] - 25),
                    drafts[w]["start"]):
                # (not the figure a level is set against: "Deliveries were 7.4% higher than
                # the 462,890 of a year earlier. ... made up 481,166 of them" are now's)
                d["role"], d["group"] = "portion", w
                d["measure"] = d.get("measure") or drafts[w].get("measure")


# an amount added to a level, then the new total: "a further £19.4m into highways, bringing
# the total to £55.4m", "12 more bodies, taking the toll to 57"
_ADDED_BEFORE = re.compile(r"\b(?:a\s+further|another|an\s+additional|an\s+extra|additional|"
                           r"extra)\s+(?:(?:about|some|nearly|almost|roughly)\s+)?$")
_ADDED_AFTER = re.compile(r"\s+more\b")
# (a possessive may name whose total: "bringing the subject's total to 7,745", everyday105)
_BRINGING = re.compile(r"[^.;:!?\d]{0,80}?,\s*(?:bringing|taking|lifting|raising|pushing)\s+"
                       r"(?:the|its|their)\s+(?:[a-z]+(?:['\u2019]s)?\s+)?"
                       r"(?:total|tally|toll|count|sum|number)"
                       r"\s+(?:[a-z]+\s+){0,4}?to\s+(?:(?:about|some|nearly|almost|roughly|"
                       r"more\s+than|over)\s+)?$")
# (after an amount said to be added, what it brings there may be any level the possessive
# names: "a further £130 a year, taking their cap to £2,101", "another 50p, raising the price
# to £5"; not "three new cases, taking the outbreak to 68", whose level is the total itself)
_BRINGING_ANY = re.compile(r"[^.;:!?\d]{0,80}?,\s*(?:bringing|taking|lifting|raising|pushing)\s+"
                           r"(?:the|its|their)\s+(?:[a-z]+\s+)?[a-z]+"
                           r"\s+(?:[a-z]+\s+){0,4}?to\s+(?:(?:about|some|nearly|almost|roughly|"
                           r"more\s+than|over)\s+)?$")


# the ages of whom an amount counts, between it and the total it brings (lead42)
_AGE_BEFORE = re.compile(r"\baged\s+(?:\d+\s*(?:to|-|\u2013|and)\s*)?$")
_AGES = re.compile(r"\baged\s+\d+(?:\s*(?:to|-|\u2013|and)\s*\d+)?")
# an amount said after the level it brought: "more than 13,000 ..., after 48 more"
_AFTER_THE_LEVEL = re.compile(r"\bafter\s+(?:another\s+|a\s+further\s+)?$")


def _bringing_the_total(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """An amount added to a level the sentence gives before it, and the total it brings
    ("On top of the £36m agreed last year for roads, the council is putting a further £19.4m
    into highways, bringing the total to £55.4m"): a change of that amount from the level to
    the total, checked by wrong-arithmetic. The level stands in the sentence, or leads the
    sentence before as a figure of the total's measure ("The storm killed 45 people. Rescuers
    found 12 more bodies, bringing the toll to 57"). An amount with no "further" or "more"
    that brings a total of its own measure ("Three people died in that fire, bringing the
    death toll of the two fires to 88") adds to the last level of that measure in this
    paragraph or the one before ("The Camp Fire ... killed 85 people"). A count inside the
    total's words ("of the two fires") stands between the amount and the total."""
    for k, idxs in enumerate(sents):
        for p, i in enumerate(idxs[:-1]):
            d = drafts[i]
            q = p + 1
            while q + 1 < len(idxs) and not drafts[idxs[q]]["unit"] and \
                    not _BRINGING.fullmatch(low, d["end"], drafts[idxs[q]]["start"]) and \
                    _BRINGING.fullmatch(low, d["end"], drafts[idxs[q + 1]]["start"]):
                q += 1      # "bringing the death toll of the two fires to 88"
            while q + 1 < len(idxs) and _AGE_BEFORE.search(
                    low, max(d["end"], drafts[idxs[q]]["start"] - 12), drafts[idxs[q]]["start"]):
                q += 1      # "a further 800,000 crimes against children aged 10 to 15, bringing"
            t = drafts[idxs[q]]
            between = _AGES.sub("aged", low[d["end"]:t["start"]])
            added = _ADDED_BEFORE.search(low, max(d["sentence"][0], d["start"] - 30),
                                         d["start"]) or _ADDED_AFTER.match(low, d["end"])
            if not d["value"] or not t["value"] or d["unit"] != t["unit"] or \
                    d["unit"] == "percent" or _change(d) is not None or \
                    d.get("role") not in (None, "additional") or t.get("role") is not None or \
                    not (_BRINGING if not added else _BRINGING_ANY).fullmatch(between) or \
                    _AFTER_THE_LEVEL.search(low, max(d["sentence"][0], d["start"] - 20),
                                            d["start"]):
                # ("has now lost more than 13,000 ..., after 48 more were destroyed ...,
                # bringing the tally to 13,029": the level before "after" is the new one, no
                # level the amount was added to)
                continue
            before = [j for j in idxs[:p] if drafts[j]["unit"] == d["unit"] and
                      drafts[j].get("role") in _LEVEL and drafts[j]["value"]] if added else []
            if added and not before and k and (t.get("measure") or d["unit"]):
                # (a level of money the sentence before leads with, when neither names a
                # measure: "The cap rose to £1,971 ... a further £130, taking their cap to
                # £2,101")
                before = [j for j in sents[k - 1][:1] if drafts[j]["unit"] == d["unit"] and
                          drafts[j].get("role") in _LEVEL and
                          drafts[j].get("measure") == t.get("measure") and drafts[j]["value"]]
            if added and not before and k:
                # (a running count further up, when the sentence before leads with none:
                # "... has reached a record 83,181. The total, up 10 on last week, leaves
                # ... Another 64 are held in police cells, bringing the number to 83,245")
                before = _running_level_before(low, drafts, sents[max(0, k - _BACK):k], t)
            if added and not before and k:
                before = _level_of_its_noun(low, drafts, sents[k - 1], d, t)
            if not added and t.get("measure") and d.get("measure") == t["measure"]:
                before = _last_level_of(low, drafts, sents[max(0, k - _BACK):k], t)
            # (a headline or key point sums up the story's latest figure, never the level an
            # amount was added to: "# Measles cases climb to 159" over "13 more infections
            # ..., bringing the total to 159")
            before = [j for j in before if drafts[j].get("section") not in _SUMMARY]
            if not before:
                continue
            frm = before[-1]
            d["extra"].append(("change", {"kind": "absolute", "amount": float(d["value"]),
                                          "direction": "up", "from": frm, "to": idxs[q]}))
            d["role"] = "change"
            drafts[frm]["role"] = drafts[frm].get("role") or "compared"


_NOUN_AFTER = re.compile(r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?([a-z]{4,})")


def _level_of_its_noun(low: str, drafts: list[dict[str, Any]], prev: list[int],
                       d: dict[str, Any], t: dict[str, Any]) -> list[int]:
    """The level an amount said to be added goes on from, read from the sentence before when
    no measure or running count settles it ("The survey put crimes against adults at 8.6
    million. It counted a further 800,000 crimes against children, bringing the total to 9.4
    million", lead42): of that sentence's levels of the amount's unit whose words before them
    name the amount's noun, each a reading, the one the total bears out best (so the total
    is contradicted only when none bears it out). A list of one, or none."""
    noun = _NOUN_AFTER.match(low, d["end"])
    if noun is None or not t["value"] or not d["value"] or t.get("measure"):
        return []   # (a total of a measure goes on from its measure's level: the caller's)
    stem = noun.group(1)[:5]
    cands = [j for j in prev if drafts[j]["unit"] == d["unit"] and drafts[j]["value"] and
             drafts[j].get("role") in _LEVEL and drafts[j].get("section") == t.get("section")
             and stem in low[drafts[j]["sentence"][0]:drafts[j]["start"]]]
    want = float(t["value"]) - float(d["value"])
    return [min(cands, key=lambda j: abs(float(drafts[j]["value"]) - want))] if cands else []


def _running_level_before(low: str, drafts: list[dict[str, Any]], earlier: list[list[int]],
                          t: dict[str, Any]) -> list[int]:
    """The running count an amount said to be added goes on from, when neither its sentence
    nor the lead of the sentence before gives it: the last level in the sentences
    ``earlier`` (its paragraph or the one before) that the text says is a count up to a
    moment ("has reached 2,912", "had recorded 1,204 by Monday": ``as_of``; "had reached
    1,239 by the weekend": ``_REACHED``), of total ``t``'s
    unit and of its measure or none named (a list of one, or none). A day's figure or
    another level between ("a capacity of 83,210") is no running count and is passed over.
    When the levels of that kind there are of several subjects ("Police in Bicol have
    recorded 38 deaths. In Batangas the toll has risen to 55 ... Five more bodies were
    recovered elsewhere, bringing the total to 100"), the amount may as well go on from
    their sum: no one count is read as its base."""
    found, subjects = None, set()
    for j in reversed([j for idxs in earlier for j in idxs]):
        x = drafts[j]
        if low.count("\n\n", x["end"], t["start"]) > 1:
            break
        if x["unit"] == t["unit"] and x.get("role") in _LEVEL and x["value"] and \
                _one_measure(x, t):
            subjects.add(x.get("subject"))
            if found is None and (any(k == "as_of" for k, _ in x["extra"]) or
                                  _REACHED.search(low, max(0, x["start"] - 40), x["start"])):
                found = j
    return [found] if found is not None and len(subjects) == 1 else []


# the words right before a count that make it a count up to a moment with no date given ("had
# reached 1,239 by the weekend", "has climbed to a record 83,181", "had reported 780")
_REACHED = re.compile(r"\b(?:has|have|had)\s+(?:now\s+)?(?:reached|risen\s+to|climbed\s+to|"
                      r"grown\s+to|hit|passed|reported|recorded|counted|confirmed)\s+"
                      r"(?:(?:a\s+record|about|some|at\s+least|more\s+than)\s+)?$")


# a sentence that opens on what the amount the sentence before added brought a count to:
# "91 more patients died on Sunday. That brought Hubei's toll to 871"
_BROUGHT_OPEN = re.compile(r"\W*(?:that|this|which|it|they)\s+(?:brought|brings|took|takes|"
                           r"raised|raises|lifted|lifts|pushed|pushes)\s+(?:the|its|their|"
                           r"[a-z]+[’']s)\s+(?:[a-z]+(?:[’']s)?\s+)?"
                           r"(?:total|tally|toll|count|number)"
                           r"\s+(?:[a-z]+\s+){0,4}?to\s+(?:(?:about|some|nearly|almost|roughly|"
                           r"more\s+than|over|at\s+least)\s+)?$")


def _brought_by_the_sentence_before(low: str, drafts: list[dict[str, Any]],
                                    sents: list[list[int]]) -> None:
    """"91 more patients died on Sunday. That brought Hubei's toll to 871": the total a
    sentence opens on bringing a count to is the amount the sentence before said was added
    ("more", "another", "a further") plus the running count before that amount
    (``_running_level_before``): a change checked by wrong-arithmetic."""
    for k in range(1, len(sents)):
        if not sents[k] or not sents[k - 1]:
            continue
        ti = sents[k][0]
        t = drafts[ti]
        if not t["value"] or t.get("role") is not None or _BROUGHT_OPEN.fullmatch(
                low, t["sentence"][0], t["start"]) is None or \
                not _adjacent_sentences(low, drafts[sents[k - 1][-1]], t):
            continue
        added = [p for p, i in enumerate(sents[k - 1]) if drafts[i].get("role") == "additional"
                 and drafts[i]["unit"] == t["unit"] and drafts[i]["value"] and
                 _change(drafts[i]) is None]
        if len(added) != 1:
            continue
        p = added[0]
        i = sents[k - 1][p]
        earlier = sents[max(0, k - 1 - _BACK):k - 1] + [sents[k - 1][:p]]
        before = _running_level_before(low, drafts, earlier, t)
        if not before:
            continue
        drafts[i]["extra"].append(("change", {"kind": "absolute",
                                              "amount": float(drafts[i]["value"]),
                                              "direction": "up", "from": before[0], "to": ti}))
        drafts[i]["role"] = "change"
        drafts[before[0]]["role"] = drafts[before[0]].get("role") or "compared"


def _last_level_of(low: str, drafts: list[dict[str, Any]], earlier: list[list[int]],
                   t: dict[str, Any]) -> list[int]:
    """The last level of total ``t``'s unit and measure in the sentences
    ``earlier`` that stand in its paragraph or the one before (a list of one, or none)."""
    for idxs in reversed(earlier):
        for j in reversed(idxs):
            x = drafts[j]
            if low.count("\n\n", x["end"], t["start"]) > 1:
                return []
            if x["unit"] == t["unit"] and x.get("measure") == t["measure"] and \
                    x.get("role") in _LEVEL and x["value"]:
                return [j]
    return []


def _base_named_by_its_noun(low: str, drafts: list[dict[str, Any]],
                            sents: list[list[int]]) -> None:
    """"OPEC+ agreed to cut production by 9.7 million barrels a day in May and June. ... The
    cut is to ease by 2 million barrels a day to 7.7 million from July": a change with an
    amount and a new value but no earlier one, whose own words name what changed by a
    definite noun that opens it (across.yaml ``named_change_base``; an amount, not a
    percentage, whose base is the whole story's question), changes the nearest earlier figure of
    the new value's unit whose clause names that noun, in the direction the change says
    (a fall from above the new value, a rise from below it), dated no later than the new
    value."""
    pat = _words()["named_change_base"]
    for k, idxs in enumerate(sents):
        for i in idxs:
            d, ch = drafts[i], _change(drafts[i])
            if k == 0 or ch is None or ch.get("from") is not None or \
                    ch.get("kind") != "absolute" or not isinstance(ch.get("to"), int) or \
                    d.get("role") != "change":
                continue
            m = pat.fullmatch(low, d["sentence"][0], d["start"])
            if m is None:
                continue
            frm = _named_earlier(low, drafts, sents, k, ch, m.group("noun"), m.group("mod"))
            if frm is not None and m.group("mod") and drafts[frm].get("subject") and \
                    d.get("subject") and drafts[frm]["subject"] != d["subject"]:
                continue    # "The fire has stayed at 14,117 acres" (the Eaton fire's) is no
                # earlier value of "The Palisades fire grew by less than 100 acres"
            if frm is not None:
                ch["from"] = frm


def _named_earlier(low: str, drafts: list[dict[str, Any]], sents: list[list[int]], k: int,
                   ch: dict[str, Any], noun: str, mod: str | None) -> int | None:
    """The earlier value ``_base_named_by_its_noun`` looks for, or None. When the change's
    noun has a word before it ("the Palisades fire grew by"), the earlier clause's noun must
    have that word or a determiner before it: "the Eaton fire" names another thing."""
    t = drafts[ch["to"]]
    word = re.compile(r"(?:\b(?P<before>[a-z][\w’'-]*)\s+)?\b" + re.escape(noun.rstrip("s")) +
                      r"(?:s|es)?\b")
    for back in range(1, min(_BACK, k) + 1):
        prev = sents[k - back]
        if prev and low.count("\n\n", drafts[prev[-1]]["end"], t["start"]) > 1:
            return None
        for j in reversed(prev):
            x = drafts[j]
            if x["unit"] != t["unit"] or not x["value"] or \
                    x.get("role") not in (None, "total", "change") or \
                    not _noun_named(word, mod, low, max(x["sentence"][0], x["start"] - 60),
                                    x["start"]):
                continue
            later = (x["value"] > t["value"]) == (ch.get("direction") == "down")
            dated = not (x.get("period") and t.get("period")) or \
                x["period"][0] <= t["period"][0]
            return j if later and dated and x["value"] != t["value"] else None
    return None


_DETERMINERS = frozenset("the a an its their this that these those his her our".split())


def _noun_named(word: re.Pattern[str], mod: str | None, low: str, lo: int, hi: int) -> bool:
    """Whether low[lo:hi] names ``_named_earlier``'s noun, after ``mod`` or a determiner when
    the change's noun has a word (``mod``) before it."""
    for m in word.finditer(low, lo, hi):
        before = m.group("before")
        if mod is None or before is None or before == mod or before in _DETERMINERS:
            return True
    return False


@lru_cache(maxsize=1)
def _segments() -> dict[str, frozenset[int]]:
    """Each word of rules/vocab/across.yaml ``segments`` -> the indexes of the sets it is in
    ("domestic" is in two)."""
    sets = vocab.section("across.yaml", "segments", list)
    out: dict[str, set[int]] = {}
    for k, ws in enumerate(sets):
        for w in ws:
            out.setdefault(str(w).lower(), set()).add(k)
    return {w: frozenset(ks) for w, ks in out.items()}


def _segment_word(low: str, drafts: list[dict[str, Any]], i: int) -> str | None:
    """The segment word (across.yaml ``segments``) that names figure ``i``'s part: in its own
    clause right before it, after the figure before ("Domestic flights carried 82.7 million
    people and international routes 22.3 million"), or right after it before the next ("4.8
    million flew on domestic routes")."""
    d = drafts[i]
    j = i - 1
    while j >= 0 and drafts[j]["sentence"] == d["sentence"] and \
            _amount_to(low, drafts[j], i, d["start"]):
        j -= 1      # ("Domestic traffic grew 2.7% to 24.6 million": the amount is the clause's)
    start = max(d["sentence"][0], drafts[j]["end"] if j >= 0 and
                drafts[j]["sentence"] == d["sentence"] else d["sentence"][0])
    seg = _segments()
    words = [w for w in re.findall(r"[a-z][\w-]*", low[start:d["start"]]) if w in seg]
    if not words:
        stop = drafts[i + 1]["start"] if i + 1 < len(drafts) and \
            drafts[i + 1]["sentence"] == d["sentence"] else d["sentence"][1]
        words = [w for w in re.findall(r"[a-z][\w-]*", low[d["end"]:min(stop, d["end"] + 40)])
                 if w in seg][:1]
    return words[-1] if len(words) == 1 else None


_TO_ONLY = re.compile(r"[ \u00a0]+to[ \u00a0]+(?:(?:more|less)[ \u00a0]+than[ \u00a0]+|"
                      r"(?:about|around|nearly|almost|just[ \u00a0]+(?:over|under))[ \u00a0]+)?")


def _amount_to(low: str, a: dict[str, Any], i: int, start: int) -> bool:
    """Whether figure ``a`` is the amount of a change to figure ``i`` (at ``start``) in its
    clause: its change's new value, or a percentage joined to it by "to" alone (the verb left
    out: "and international traffic 5.3% to 12.3 million")."""
    ch = _change(a)
    if ch is not None and ch.get("to") == i:
        return True
    return a["unit"] == "percent" and _TO_ONLY.fullmatch(low, a["end"], start) is not None


def _segments_named(low: str, drafts: list[dict[str, Any]], run: list[int],
                    with_whole: set[Any]) -> dict[int, str]:
    """The figures of ``run`` that may be segments, each with the segment word naming it."""
    return {i: w for i in run
            if drafts[i]["unit"] != "percent" and drafts[i]["value"] and
            (drafts[i].get("role") is None or drafts[i].get("role") == "item" and
             drafts[i].get("group") not in with_whole) and
            (w := _segment_word(low, drafts, i)) is not None}


def _segment_parts(low: str, drafts: list[dict[str, Any]], sents: list[list[int]]) -> None:
    """"Russian airlines carried 105 million passengers last year ... Domestic flights carried
    82.7 million people and international routes 22.3 million": figures each named by one
    word of a set of segments that do not overlap (across.yaml ``segments``: domestic and
    international, coastal and river ports), in one sentence or two running ones, are
    portions of the level of their unit the nearest sentence before gives (within
    ``_BACK``, one paragraph break at most), when it is larger than each and of their measure
    and period: they may not add up to more than it (parts-exceed-total)."""
    seg = _segments()
    # (the items of a list no whole was found for are free to be a whole's segments:
    # "Domestic flights carried 82.7 million people and international routes 22.3 million")
    with_whole = {d.get("group") for d in drafts if d.get("role") == "total"}
    for k in range(1, len(sents)):
        # (the sentence alone when it names two segments; else with the next one: a
        # sentence after it that names its own segments again, "December ...: 2.1 million
        # domestic ... and 1.2 million international", is another breakdown)
        named = _segments_named(low, drafts, sents[k], with_whole)
        if len(named) < 2 and k + 1 < len(sents):
            named = _segments_named(low, drafts, sents[k] + sents[k + 1], with_whole)
        if len(named) < 2 or not frozenset.intersection(*(seg[w] for w in named.values())) or \
                len(set(named.values())) != len(named) or \
                drafts[min(named)]["sentence"] != drafts[sents[k][0]]["sentence"]:
            continue
        parts = sorted(named)
        unit = drafts[parts[0]]["unit"]
        if any(drafts[j]["unit"] != unit for j in parts):
            continue
        whole = _segment_whole(low, drafts, sents, k, parts)
        if whole is None:
            continue
        for j in parts:
            drafts[j]["role"], drafts[j]["group"] = "portion", whole
            # (a segment already split in turn, "International: 5.3 million ... Of those,
            # trans-Atlantic 1.4 million ...", stays the whole of its own portions: they are
            # portions "of them", not its siblings)
            for x in drafts:
                if x.get("group") == j and x.get("role") == "portion" and \
                        not any(key == "of_them" for key, _ in x["extra"]):
                    x["extra"].append(("of_them", 1))


def _segment_whole(low: str, drafts: list[dict[str, Any]], sents: list[list[int]], k: int,
                   parts: list[int]) -> int | None:
    """The level ``_segment_parts``'s parts are portions of, or None."""
    first = drafts[parts[0]]
    for back in range(1, min(_BACK, k) + 1):
        prev = sents[k - back]
        if not prev or low.count("\n\n", drafts[prev[-1]]["end"], first["start"]) > 1:
            return None
        for j in prev:
            w = drafts[j]
            if w["unit"] != first["unit"] or not w["value"] or \
                    w.get("role") not in _LEVEL or w.get(PART) is not None or \
                    _segment_word(low, drafts, j) is not None:
                continue
            if all(drafts[p]["value"] < w["value"] and _segment_measure(drafts[p], w) and
                   (not drafts[p].get("period") or drafts[p]["period"] == w.get("period"))
                   for p in parts):
                return j
            return None
    return None


def _segment_measure(part: dict[str, Any], whole: dict[str, Any]) -> bool:
    """Whether a segment's measure may be the whole's: the same, none, the whole's named
    with the segment ("domestic passenger" of "passenger"), the segment's word alone, or a noun of the segment that
    counts what the whole counts ("domestic traffic" of "passenger": across.yaml
    ``segment_nouns``)."""
    a, b = part.get("measure"), whole.get("measure")
    return a is None or b is None or a == b or str(a).endswith(" " + str(b)) or \
        str(a) in _generic_nouns() or str(a).rsplit(" ", 1)[-1] in _segment_nouns() or \
        str(a) in _segments()   # (the segment's word read as its measure: "domestic")


@lru_cache(maxsize=1)
def _segment_nouns() -> frozenset[str]:
    """rules/vocab/across.yaml ``segment_nouns``."""
    return frozenset(str(w).lower() for w in vocab.section("across.yaml", "segment_nouns", list))


@lru_cache(maxsize=1)
def _generic_nouns() -> frozenset[str]:
    """The nouns that say only "how many" (entities.yaml ``open_measures.generic``):
    "82.7 million people" may count the passengers of the total before."""
    opens = vocab.section("entities.yaml", "open_measures", dict)
    return frozenset(str(w).lower() for w in opens.get("generic", []))
