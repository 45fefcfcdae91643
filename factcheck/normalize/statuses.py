"""Statuses: what a count of an open measure says its things did or are, by the verb after
the counted noun ("385,910 applicants had been accepted", "About 345,300 applicants have won a
place at their first-choice institution", "98,740 applicants are still waiting").

A story counts one noun in several groups: applicants accepted, placed at their first choice,
awaiting results; passengers carried and passengers delayed. Read by the noun alone, each
group's count is the first one restated with another value, and a restatement rule would
contradict a clean story. This module records the status the words give (``extra.status``, a
crude stem of the verb); the rules compare two counts only when their statuses agree or one
of them names none (``compatible`` in docs/rules.md), so "the 385,910 applicants" still
restates "385,910 applicants had been accepted". It decides nothing: a count with no finite
verb after its noun has no status ("400,000 vehicles fitted with airbags" describes them), nor
has a count that points back to one given ("some of its 120,000 vehicles had been repaired"),
and a measure from the vocabulary (deaths, revenue), whose verbs are its synonyms, is left
alone.

Vocabulary: ``rules/vocab/entities.yaml`` ``open_measures`` (status_auxiliaries,
status_never).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab

# up to three words after the figure, the noun among them: "385,910 applicants", "a record
# 12,000 new homes"
_WORDS = re.compile(r"[ \u00a0]+([a-z][a-z’'-]*)")


# nouns of people that stand for the thing an open measure counts ("629,140 people have applied")
_PEOPLE = frozenset({"people", "persons", "students", "pupils", "men", "women", "adults"})
# an auxiliary and a verb right before the count: "had accepted 357,915 applicants"
_VERB_BEFORE = re.compile(r"\b(?:had|has|have|was|were|is|are)[ \u00a0]+(?:now[ \u00a0]+"
                          r"|already[ \u00a0]+)?"
                          r"([a-z]{3,}ed)[ \u00a0]+(?:(?:about|some|nearly|almost|around"
                          r"|more[ \u00a0]+"
                          r"than)[ \u00a0]+)?$")
# a determiner that makes the count one already given: "its 120,000 vehicles", "the 385,910"
_POINTS_BACK = re.compile(r"\b(?:its|their|the|these|those|his|her|our)[ \u00a0]+"
                          r"(?:(?:about|some|nearly|almost|around)[ \u00a0]+)?$")


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], frozenset[str]]:
    data = vocab.load("entities.yaml").get("open_measures", {}) or {}
    return (frozenset(str(w) for w in data.get("status_auxiliaries", []) or []),
            frozenset(str(w) for w in data.get("status_never", []) or []))


@lru_cache(maxsize=1)
def _threshold_re() -> re.Pattern[str] | None:
    """A length of time the status has lasted at least or at most, right after its verb
    ("open for at least a year", "waiting more than two years"): the words are
    ``status_thresholds`` of the vocabulary, the lengths any count of days to years."""
    data = vocab.load("entities.yaml").get("open_measures", {}) or {}
    words = [re.escape(str(w)).replace(r"\ ", r"[ \u00a0]+")
             for w in data.get("status_thresholds", []) or []]
    if not words:
        return None
    return re.compile(r"[ \u00a0]+(?:for[ \u00a0]+)?(?:" + "|".join(words) + r")[ \u00a0]+"
                      r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
                      r"eighteen|\d[\d,.]*)[ \u00a0]+(?:hour|day|week|month|year)s?\b")


def _stem(word: str) -> str:
    """One spelling for the forms of a verb the status compares: accepted/accept/accepts."""
    for end in ("ing", "ed", "es", "s", "d"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[:-len(end)]
    return word


def status_of(low: str, d: dict[str, Any]) -> str:
    """The status the verb after the counted noun of count ``d`` gives, "" when none; with
    the length of time it has lasted when the words give one ("open for at least a year")."""
    never = _vocab()[1]
    if _POINTS_BACK.search(low, max(d["sentence"][0], d["start"] - 20), d["start"]):
        return ""
    measure = str(d.get("measure") or "")
    head = measure[:max(3, len(measure) - 1)]
    se = d["sentence"][1]
    pos, words, ends = d["end"], [], []
    while len(words) < 8:
        m = _WORDS.match(low, pos, se)
        if m is None:
            break
        words.append(m.group(1))
        pos = m.end()
        ends.append(pos)
    at = next((k for k, w in enumerate(words[:3]) if w.startswith(head)), None)
    if at is None and words and words[0] in _PEOPLE:
        at = 0      # "629,140 people have applied": the people are the things counted
    if at is None:
        return ""
    after = _status_after(low, words, ends, at, se)
    if after:
        return after
    # "Ucas had accepted 357,915 applicants by midnight": the verb before the count, with its
    # auxiliary, when no verb follows the noun
    b = _VERB_BEFORE.search(low, max(d["sentence"][0], d["start"] - 40), d["start"])
    return _stem(b.group(1)) if b is not None and b.group(1) not in never else ""


def _status_after(low: str, words: list[str], ends: list[int], at: int, se: int) -> str:
    """The status the auxiliary and verb after the counted noun ``words[at]`` give."""
    aux, never = _vocab()
    helped = False
    for n, w in enumerate(words[at + 1:], start=at + 1):
        if w in aux:
            helped = True
            continue
        if w in never or not helped:
            return ""
        # (a subset by how long: "19,164 cases had been open for at least a year" is no
        # restatement of the 78,329 open cases, nor of the 2,713 open more than two years)
        lasted = _threshold_re()
        t = lasted.match(low, ends[n], se) if lasted is not None else None
        return _stem(w) + (" " + " ".join(t.group().split()) if t else "")
    return ""


def mark_statuses(low: str, drafts: list[dict[str, Any]]) -> None:
    """Record ``extra.status`` on every count of an open measure whose noun a verb follows, and
    on any count whose verb says how long its things have been so ("had been open for at least
    a year"): that count is a subset, its measure the noun with the status."""
    for d in drafts:
        if d["unit"] or not d.get("measure") or not d.get("sentence"):
            continue
        s = status_of(low, d)
        if not d.get("_open") and " " not in s:
            continue    # (a vocabulary measure keeps only a status that lasted a stated time)
        if s:
            d["extra"].append(("status", s))
            if " " in s:
                # a status that lasted a stated time names a subset: its measure is the
                # noun with it, never compared with the whole ("cases" with no status)
                d["measure"] = f"{d['measure']} {s}"
