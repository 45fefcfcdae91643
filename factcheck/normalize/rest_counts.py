"""The rest of a whole of people, said in one sentence and counted in another (issue #11,
everyday96).

Called by ``relations.relate`` after ``all_but_rests``. Two forms, each read from the words:

- "Every one of the 153 people on board died except a 12-year-old girl" (or "All 50 ...
  except the first officer"): the whole less one person, the one the words set aside (a
  singular noun phrase after "except", "but" or "save": "the first officer", "a girl", "one
  passenger"). The count of that outcome in a sentence within three of it ("killing 152
  people" before it, "All 49 victims" after it), with the outcome's words beside it
  (across.yaml ``all_but_rest``: died, killed, victims; survived, rescued), of the same
  unit, more than half the whole and no more than it, is that rest: ``("less_one", {"of":
  whole})`` on it, which wrong-arithmetic holds to the whole less one, exactly.
- "killing 520 of the 524 people on board. Four people survived": a count of one outcome "of
  the" whole, and in a sentence after (within three) a count with no qualifier and no role,
  smaller than the whole, followed right away by the other outcome's words ("people
  survived", "survivors"): that count is the whole less the first, ``("difference", {"of":
  whole, "minus": part})``.

A count with a role already is left alone, and only the first count that fits is read. This
module reads words; it never judges.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab
from .sentences import by_sentence

_W = r"[ \u00a0]+"
_EVERY_ONE = re.compile(r"\b(?:every" + _W + r"one|everyone|each|all)" + _W +
                        r"(?:of" + _W + r")?(?:the" + _W + r"|its" + _W + r"|their" + _W + r")?\Z")
# the one person set aside: "except the first officer", "except for a girl", "but one"
_EXCEPT_ONE = re.compile(r"\b(?:except(?:" + _W + r"for)?|but|save)" + _W +
                         r"(?:(?:a|an|one)\b|(?:the|its|his|her|their)\b(?!" + _W +
                         r"(?:two|three|four|five|six|seven|eight|nine|ten|\d)))")
_BESIDE = 40
_NEAR_SENTENCES = 3
# the other outcome right after a count: "Four people survived", "four survivors"
_RIGHT_AFTER = r"(?:[ \u00a0]+[a-z-]+){0,2}?[ \u00a0]+"
_OTHER = {"dead": "alive", "alive": "dead"}


@lru_cache(maxsize=1)
def _outcomes() -> dict[str, re.Pattern[str]]:
    data = vocab.load("across.yaml")
    return {str(k): re.compile(str(v)) for k, v in data["all_but_rest"].items()}


@lru_cache(maxsize=1)
def _right_after() -> dict[str, re.Pattern[str]]:
    return {k: re.compile(_RIGHT_AFTER + p.pattern) for k, p in _outcomes().items()}


def _kind(low: str, a: int, b: int) -> str | None:
    kinds = [k for k, p in _outcomes().items() if p.search(low, a, b)]
    return kinds[0] if len(kinds) == 1 else None


def _near(by_sent: dict[tuple[int, int], list[int]], order: dict[tuple[int, int], int],
          sents: list[tuple[int, int]], d: dict[str, Any], w: int,
          after_only: bool) -> list[int]:
    """The figures of the sentences within ``_NEAR_SENTENCES`` of figure ``w``'s (after it
    only, or both ways), in order of distance, not in its own sentence."""
    k = order[d["sentence"]]
    lo = k if after_only else max(0, k - _NEAR_SENTENCES)
    out = [j for t in sents[lo:k + _NEAR_SENTENCES + 1] if t != d["sentence"]
           for j in by_sent[t]]
    return sorted(out, key=lambda j: abs(j - w))


def _beside(low: str, d: dict[str, Any], kind: str) -> bool:
    s0, s1 = d["sentence"]
    return _outcomes()[kind].search(low, max(s0, d["start"] - _BESIDE),
                                    min(s1, d["end"] + _BESIDE)) is not None


def _free(d: dict[str, Any]) -> bool:
    return d.get("role") is None and bool(d["value"]) and not any(
        k in ("difference", "sum", "relation", "change", "ratio", "average", "complement",
              "less_one") for k, _ in d["extra"])


def _every_one_but_one(low: str, drafts: list[dict[str, Any]], near: Any) -> None:
    for w, m in enumerate(drafts):
        s0, s1 = m["sentence"]
        if not m["value"] or m["value"] < 3 or m["unit"] != "" or \
                m.get("role") not in (None, "whole", "total") or \
                _EVERY_ONE.search(low, max(s0, m["start"] - 20), m["start"]) is None:
            continue
        ex = _EXCEPT_ONE.search(low, m["end"], s1)
        if ex is None or any(m["end"] <= d["start"] < ex.start() for d in drafts):
            continue
        # (the outcome said before the one set aside, "died except a girl", else right
        # after it, "except the first officer was killed when ...")
        kind = _kind(low, m["end"], ex.start()) or _kind(low, ex.end(), min(s1, ex.end() + 60))
        if kind is None:
            continue
        rest = next((j for j in near(m, w, False) if _free(drafts[j]) and
                     drafts[j]["unit"] == m["unit"] and
                     m["value"] / 2 < drafts[j]["value"] <= m["value"] and
                     _beside(low, drafts[j], kind)), None)
        if rest is not None:
            drafts[rest]["extra"].append(("less_one", {"of": w}))


def _of_the_then_other(low: str, drafts: list[dict[str, Any]], near: Any) -> None:
    for n in range(len(drafts) - 1):
        d, m = drafts[n], drafts[n + 1]
        if d.get("role") != "of_whole" or d.get("group") != n + 1 or \
                d["sentence"] != m["sentence"] or not d["value"] or not m["value"] or \
                d["unit"] != m["unit"] or d["value"] >= m["value"]:
            continue
        kind = _kind(low, max(d["sentence"][0], d["start"] - _BESIDE), d["end"])
        if kind is None:
            continue
        other = next((j for j in near(d, n, True) if _free(drafts[j]) and
                      not drafts[j].get("qualifier") and
                      drafts[j]["sentence"] != d["sentence"] and
                      drafts[j]["unit"] == d["unit"] and drafts[j]["value"] < m["value"] and
                      _right_after()[_OTHER[kind]].match(low, drafts[j]["end"]) is not None),
                     None)
        if other is not None:
            drafts[other]["extra"].append(("difference", {"of": n + 1, "minus": n}))


def rest_counts(low: str, drafts: list[dict[str, Any]]) -> None:
    """Set the rest of a whole of people on its count in another sentence (module
    docstring)."""
    if " of the " not in low and "every" not in low and " all " not in low and \
            " other " not in low and " remaining " not in low:
        return
    by_sent = by_sentence(drafts)
    sents = list(by_sent)
    order = {t: k for k, t in enumerate(sents)}

    def near(d: dict[str, Any], w: int, after_only: bool) -> list[int]:
        return _near(by_sent, order, sents, d, w, after_only)
    if "except" in low or " but " in low or " save " in low:
        _every_one_but_one(low, drafts, near)
    if " of the " in low:
        _of_the_then_other(low, drafts, near)
    if " other " in low or " remaining " in low:
        _the_other_after_a_portion(low, drafts, by_sent, sents, order)


# "the other nine", "the remaining seven": the rest of a whole a portion of was counted before
_THE_OTHER = re.compile(r"\b(?:the|its|their)" + _W + r"(?:other|remaining)" + _W + r"\Z")


def _the_other_after_a_portion(low: str, drafts: list[dict[str, Any]],
                               by_sent: dict[tuple[int, int], list[int]],
                               sents: list[tuple[int, int]],
                               order: dict[tuple[int, int], int]) -> None:
    """"It had a crew of 18. Of them, 11 have now been found alive ... The search continues
    for the other seven" (everyday118): a count right after "the other" or "the remaining",
    with no relation yet and no group, in the sentence of one portion of a whole or within
    two sentences after it, is the whole less that portion: ``("difference", {"of": whole,
    "minus": portion})``. Only when the sentences before it hold exactly one portion of a
    whole (a second, "six of them", cuts the portion, not the whole) and no other count
    stands between the whole and the rest."""
    for i, x in enumerate(drafts):
        if x["unit"] != "" or not x["value"] or x.get("group") is not None or \
                x.get("role") not in (None, "portion") or x.get("qualifier") or \
                _THE_OTHER.search(low, max(x["sentence"][0], x["start"] - 20),
                                  x["start"]) is None or \
                any(k in ("difference", "sum", "relation", "change", "ratio", "less_one")
                    for k, _ in x["extra"]):
            continue
        k = order[x["sentence"]]
        back = [j for t in sents[max(0, k - _NEAR_SENTENCES):k + 1] for j in by_sent[t]
                if j < i]
        portions = [j for j in back if drafts[j].get("role") in ("portion", "of_whole") and
                    isinstance(drafts[j].get("group"), int) and
                    drafts[drafts[j]["group"]].get("role") not in ("portion", "of_whole")]
        if len(portions) != 1:
            continue
        p = portions[0]
        w = drafts[p]["group"]
        # (no other count between the whole and the rest, but the portion's own: "the
        # Conservatives won 1,380 ..., the SNP's 1,042 ... and the remaining 495" is what the
        # list leaves; "from four catastrophes ... the other three" counts other things)
        if any(drafts[k]["unit"] == "" and drafts[k]["value"] and k != p and
               drafts[k].get("group") != p for k in range(w + 1, i)):
            continue
        if drafts[w]["unit"] == "" and drafts[w]["value"] and \
                float(drafts[p]["value"]) < float(drafts[w]["value"]):
            x["extra"].append(("difference", {"of": w, "minus": p}))
