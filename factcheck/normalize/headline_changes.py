"""A headline's change in words restated from the body's lead (issue #11, everyday49).

"# Somerfield profits fall by nearly two-thirds" over "pre-tax profits ... fell to £70.7
million ..., from £208.5 million", "# Sainsbury's profit more than doubles" over "a pre-tax
profit of £194 million ..., up from £87 million": the headline (or a key point) says how far
the figure moved in words, a fraction or a multiple, and gives no figure of its own; the body's
lead paragraph gives the two values. The headline's words are then worked from that pair (a
fraction a percentage change from the earlier value to the new one, a multiple the new value's
factor of the earlier one), so that ``wrong-arithmetic`` checks them with the interval the
rounding word allows ("nearly two-thirds" is 60% to 66.7%, "more than doubles" twice or more).

The pair is the lead paragraph's first level set against an earlier value of its unit in one
sentence ("£194 million ..., up from £87 million"; "fell to £70.7 million ... from £208.5
million") that no stated change of the body already explains, that moves in the headline's
direction and whose sentence shares a word with the headline ("profit", "cars"). A headline
with a figure of its own, or a lead with no such pair, is left alone: the headline may then
speak of something else.
"""

from __future__ import annotations

import re
from typing import Any

from ..extract.numbers import change_words
from .comparisons import MULT_HEDGE, mult_bound
from .lexicon import fraction_words

# a multiple said by a verb, in a headline's present tense too ("more than doubles", "almost
# halves", "profits halve")
_HEAD_MULT = re.compile(r"\b(doubl(?:es|ed|e)|tripl(?:es|ed|e)|trebl(?:es|ed|e)|"
                        r"quadrupl(?:es|ed|e)|halv(?:es|ed|e))\b")
_FACTORS = {"doub": 2.0, "trip": 3.0, "treb": 3.0, "quad": 4.0, "halv": 0.5}
# a multiple word that is no verb here: "a double", "the double", "double-digit", "halves of"
_NOT_VERB_BEFORE = re.compile(r"\b(?:a|an|the|its|their|both|two|in|of)\s+$")
_NOT_VERB_AFTER = re.compile(r"[-\u2010\u2011]|\s+(?:of|the|digits?|figures?)\b")
_STOP = frozenset("""that this with from were have been their there than also after into over
year years said says more less fall falls fell rise rises rose down jump jumps jumped slump
slumps slumped nearly almost about more than first half new just""".split())
_SUMMARY = ("headline", "keypoints")
# a multiple the body says in words of its own ("627 scored an A, nearly twice the 315 of
# 2018"): the headline's multiple is said there, not of a later pair of the lead
_BODY_MULT = re.compile(r"\b(?:twice|double[ds]?|doubling|tripl(?:ed|ing)|trebl(?:ed|ing)|"
                        r"(?:two|three|four|five|\d+(?:\.\d+)?)[- ]?(?:times|fold)|"
                        r"(?:two|three|four|five|six|seven|eight|nine|ten)fold|halv(?:ed|ing))\b")


def _named(low: str, start: int, end: int) -> list[str]:
    """The last two words a headline's change is said of, before its verb or amount ("car
    sales" in "New car sales slump by a fifth"), change words and hedges left out."""
    verbs = re.compile(r"(?:" + change_words("past", "present", "clause") + r")$")
    words = [w for w in re.findall(r"[a-z][a-z'’-]+", low[start:end])
             if w not in _STOP and not verbs.match(w) and w not in ("by", "to")]
    return [w.rstrip("'’s") or w for w in words[-2:]]


def _said_of(low: str, head: list[str], sent: tuple[int, int]) -> bool:
    """Whether the body's sentence names what the headline's change is said of: one of its
    words, or one that opens with it or it opens ("car" and "cars", "profit" and "profits")."""
    body = re.findall(r"[a-z][a-z-]+", low[sent[0]:sent[1]])
    return any(len(h) >= 3 and (w.startswith(h) or (len(w) >= 3 and h.startswith(w)))
               for h in head for w in body)


def _paragraph(low: str, pos: int) -> tuple[int, int]:
    start = low.rfind("\n\n", 0, pos)
    end = low.find("\n\n", pos)
    return (0 if start < 0 else start + 2), (len(low) if end < 0 else end)


def _has_change(d: dict[str, Any]) -> bool:
    return any(k in ("change", "relation") for k, _ in d["extra"])


def _lead_pair(low: str, drafts: list[dict[str, Any]]) -> tuple[int, int] | None:
    """The new and the earlier value of the body's lead paragraph (module docstring)."""
    first = next((i for i, d in enumerate(drafts) if d.get("section") == "body"), None)
    if first is None:
        return None
    _, pend = _paragraph(low, drafts[first]["start"])
    for j in range(first, len(drafts) - 1):
        a, b = drafts[j], drafts[j + 1]
        if a["start"] >= pend:
            return None
        if b.get("role") != "compared" or a["sentence"] != b["sentence"] or \
                a["unit"] != b["unit"] or a["unit"] == "percent" or a.get("role") is not None:
            continue
        if not a["value"] or not b["value"] or a["value"] <= 0 or b["value"] <= 0:
            continue
        # a stated change of the sentence already works between them ("rose 5.5% to £804.0
        # million from £762.4 million")
        if _has_change(a) or _has_change(b) or any(
                _has_change(x) and x["sentence"] == a["sentence"] for x in drafts):
            continue
        return j, j + 1
    return None


def _changed_pair(low: str, drafts: list[dict[str, Any]]) -> tuple[int, int] | None:
    """The new and earlier value of the lead paragraph's first stated change with both its
    values ("fell to 230,000 ..., down 106,000 on the year before, when it had reached a record
    336,000"): the pair a headline's fraction in words ("# Net migration down by a third") is
    worked from when no bare pair stands in the lead; None when the lead's first change has
    no such pair."""
    first = next((i for i, d in enumerate(drafts) if d.get("section") == "body"), None)
    if first is None:
        return None
    _, pend = _paragraph(low, drafts[first]["start"])
    for d in drafts[first:]:
        if d["start"] >= pend:
            return None
        ch = next((v for k, v in d["extra"] if k == "change"), None)
        if d.get("role") != "change" or not isinstance(ch, dict):
            continue
        to, frm = ch.get("to"), ch.get("from")
        # (the first change of the lead, in per cent or in the levels' unit: "will fall to 22
        # million tonnes ..., down 26% from 29.9 million tonnes" under "# ... crop to fall by
        # a quarter", not the "0.5 million tonnes below its September forecast" after it)
        if isinstance(to, int) and isinstance(frm, int) and \
                drafts[to]["unit"] != "percent" and \
                (drafts[to]["value"] or 0) > 0 and (drafts[frm]["value"] or 0) > 0:
            return to, frm
        return None
    return None


def _summary_sentence(drafts: list[dict[str, Any]], ss: int, se: int) -> list[int]:
    return [i for i, d in enumerate(drafts) if ss <= d["start"] < se]


def headline_changes(low: str, drafts: list[dict[str, Any]]) -> None:
    """A headline's fraction or multiple in words worked from the lead's pair of values
    (module docstring): a percentage change on the fraction, a multiple on the new value."""
    heads = sorted({d["sentence"] for d in drafts if d.get("section") in _SUMMARY} |
                   {s for s in _summary_spans(low)})
    if not heads:
        return
    pair = None
    for ss, se in heads:
        inside = _summary_sentence(drafts, ss, se)
        if len(inside) > 1 or (len(inside) == 1 and _absolute(low, drafts, inside[0], ss)):
            continue
        if pair is None:
            pair = _lead_pair(low, drafts)
            if pair is None and inside and not any(ch.isdigit() for ch in low[
                    drafts[inside[0]]["start"]:drafts[inside[0]]["end"]]):
                pair = _changed_pair(low, drafts)     # (a fraction in words: module docstring)
            if pair is None:
                return
        to, frm = pair
        said = drafts[inside[0]]["start"] if inside else _verb_at(low, ss, se)
        if not _said_of(low, _named(low, ss, said), drafts[to]["sentence"]):
            continue
        direction = "down" if drafts[to]["value"] < drafts[frm]["value"] else "up"
        if inside:
            _fraction(low, drafts, inside[0], to, frm, direction)
        elif not _BODY_MULT.search(low, _paragraph(low, drafts[to]["start"])[0],
                                   drafts[to]["start"]):
            _multiple(low, drafts, ss, se, to, frm, direction)


def _verb_at(low: str, ss: int, se: int) -> int:
    m = _HEAD_MULT.search(low, ss, se)
    return se if m is None else m.start()


def _summary_spans(low: str) -> list[tuple[int, int]]:
    """A markdown headline line with no figure at all (no draft carries its span): "#
    Sainsbury's profit more than doubles"."""
    return [(m.start(), m.end()) for m in re.finditer(r"(?m)^#[^\n#][^\n]*$", low)
            if _HEAD_MULT.search(low, m.start(), m.end())]


def _fraction(low: str, drafts: list[dict[str, Any]], i: int, to: int, frm: int,
              direction: str) -> None:
    d = drafts[i]
    if d.get("unit") or not 0 < (d["value"] or 0) < 1 or \
            fraction_words().search(low, d["start"], d["end"]) is None:
        return
    changes = [x for k, x in d["extra"] if k == "change"]
    if d.get("role") != "change" or len(changes) != 1 or not isinstance(changes[0], dict) or \
            changes[0].get("from") is not None or changes[0].get("direction") != direction:
        return
    d["extra"] = [(k, x) for k, x in d["extra"] if k != "change"]
    d["extra"].append(("change", {"kind": "percent", "amount": float(d["value"]) * 100.0,
                                  "direction": direction, "from": frm, "to": to,
                                  "fraction": 1}))


def _multiple(low: str, drafts: list[dict[str, Any]], ss: int, se: int, to: int, frm: int,
              direction: str) -> None:
    m = _HEAD_MULT.search(low, ss, se)
    if m is None or _NOT_VERB_BEFORE.search(low, ss, m.start()) or \
            _NOT_VERB_AFTER.match(low, m.end()):
        return
    factor = _FACTORS[m.group(1)[:4]]
    if (factor > 1) != (direction == "up") or _has_change(drafts[to]):
        return
    rel = worded_multiple(low, m, ss, factor, frm)
    if rel is not None:
        drafts[to]["extra"].append(("relation", rel))


def worded_multiple(low: str, m: re.Match[str], ss: int, factor: float, frm: int
                    ) -> dict[str, Any] | None:
    """The ("relation", ...) value a multiple verb ``m`` ("doubled", "more than halved") sets
    on the later value against the earlier figure ``frm``, with the bound its hedge puts on it;
    None for "almost halved" (a little above half, which no bound of a multiple says)."""
    hedge = MULT_HEDGE.search(low, max(ss, m.start() - 14), m.start())
    rel: dict[str, Any] = {"kind": "multiple", "factor": factor, "of": frm}
    bound = mult_bound(hedge.group(1)) if hedge else None
    if factor < 1 and bound is not None:
        # ("more than halves" is half or less of the earlier value)
        if bound != "above":
            return None
        bound = "under"
    if bound:
        rel["bound"] = bound
    return rel


_BODY_PARAGRAPHS = 2    # the lead paragraph and the next


def _absolute(low: str, drafts: list[dict[str, Any]], i: int, ss: int) -> bool:
    """A headline's amount of change with no values of its own ("Labor gains nine seats",
    "Channel crossings up by 7,379 in 2024") worked from the body's first level set against an
    earlier one ("77 seats ..., up from 68"; "36,816 people ... That was up from 29,437") in the
    lead paragraph or the next: of the amount's unit, in its direction, in a sentence that
    names what the headline's change is said of. True when the figure is such an amount (read
    or not: it is no fraction or multiple)."""
    d = drafts[i]
    changes = [x for k, x in d["extra"] if k == "change"]
    verb = _HEAD_GAIN.search(low, max(ss, d["start"] - 12), d["start"])
    if d.get("role") is None and not changes and verb is not None and not d["unit"]:
        # "Labor gains nine seats": a headline's count after its verb of gain or loss
        changes = [{"kind": "absolute", "amount": float(d["value"] or 0),
                    "direction": "down" if verb.group(1).startswith(("los", "she")) else "up"}]
        if not d["value"] or not _pair_for(low, drafts, d, changes[0], ss):
            return False
        d["role"] = "change"
        d["extra"].append(("change", changes[0]))
        return True
    if d.get("role") != "change" or len(changes) != 1 or not isinstance(changes[0], dict) or \
            changes[0].get("kind") != "absolute" or changes[0].get("from") is not None or \
            d["unit"] == "percent" or (d["value"] or 0) < 1 or \
            fraction_words().search(low, d["start"], d["end"]) is not None:
        return False    # (a fraction in words is ``_fraction``'s: "fall by nearly two-thirds")
    _pair_for(low, drafts, d, changes[0], ss)
    return True


# a headline's verb of gain or loss right before a count: "Labor gains nine seats"
_HEAD_GAIN = re.compile(r"\b(gains|adds|loses|sheds)[ \u00a0]+$")


def _pair_for(low: str, drafts: list[dict[str, Any]], d: dict[str, Any], change: dict[str, Any],
              ss: int) -> bool:
    """Set the values of headline amount ``d``'s ``change`` from the body (``_absolute``);
    True when found."""
    body = [j for j, x in enumerate(drafts) if x.get("section") == "body"]
    if not body:
        return False
    end = drafts[body[0]]["start"]
    for _ in range(_BODY_PARAGRAPHS):
        nxt = low.find("\n\n", end + 1)
        end = len(low) if nxt < 0 else nxt + 2
    for j in body:
        b = drafts[j]
        if b["start"] >= end:
            break
        way = next((v for k, v in b["extra"] if k == "direction" and isinstance(v, dict)), None)
        if b.get("role") != "compared" or way is None or not isinstance(way.get("to"), int):
            continue
        to = drafts[way["to"]]
        if to["unit"] != d["unit"] or b["unit"] != d["unit"] or \
                bool(way.get("up")) != (change.get("direction") == "up") or \
                not _names_one(low, (ss, d["start"]), to["sentence"]):
            continue
        change["from"], change["to"] = j, way["to"]
        return True
    return False


def _names_one(low: str, head: tuple[int, int], sent: tuple[int, int]) -> bool:
    """Whether the body's sentence shares a word of four letters or more with the headline's
    words before its amount, by their first five letters ("crossings" and "crossed" differ,
    "Channel" is in both)."""
    words = {w[:5] for w in re.findall(r"[a-z][a-z'’-]{3,}", low[head[0]:head[1]])
             if w not in _STOP}
    return any(w[:5] in words for w in re.findall(r"[a-z][a-z'’-]{3,}", low[sent[0]:sent[1]]))
