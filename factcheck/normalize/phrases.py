"""Finding vocabulary phrases in a document with one pass over its words.

Matching a few hundred alias and marker phrases with regular-expression alternations costs a
scan per vocabulary at a few million characters per second each; normalization needs seven of
them. Here the lower-cased text is split into alphanumeric words once, and every vocabulary is a
``PhraseTable`` keyed by its phrases' first word, so a document costs one dictionary look-up per
word and table. Words of a phrase may be separated only by spaces, hyphens and apostrophes
("Russia’s army", "pro-Russian"). Matches of one table do not overlap; the longest phrase at a
word wins; no phrase starts at a word glued to a "non-" before it ("non-food"). This module
knows nothing else of what the phrases mean.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any, Iterable

WORD = re.compile(r"[a-z0-9]+")
_GAP_CHARS = " \t\n\r\u00a0\u202f\u2009-’'"


def words_of(phrase: str) -> tuple[str, ...]:
    return tuple(WORD.findall(phrase.lower()))


class PhraseTable:
    """Phrases (lower case) with a payload each, indexed by their first word."""

    def __init__(self, phrases: Iterable[tuple[str, Any]]) -> None:
        first: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        for phrase, payload in phrases:
            ws = words_of(phrase)
            if ws:
                first.setdefault(ws[0], []).append((ws, payload))
        for lst in first.values():
            lst.sort(key=lambda x: len(x[0]), reverse=True)
        self.first = first


_COMBINED: dict[int, tuple[dict[str, PhraseTable], Any]] = {}


def _combined(tables: dict[str, PhraseTable]
              ) -> tuple[dict[str, list[tuple[str, Any]]],
                         dict[str, dict[str, list[tuple[str, tuple[str, ...], Any]]]]]:
    """(single-word phrases by word, longer phrases by first and second word), built once
    per set of tables."""
    key = id(tables)
    got = _COMBINED.get(key)
    if got is not None and got[0] is tables:
        return got[1]
    single: dict[str, list[tuple[str, Any]]] = {}
    multi: dict[str, dict[str, list[tuple[str, tuple[str, ...], Any]]]] = {}
    for name, t in tables.items():
        for w, entries in t.first.items():
            for ws, payload in entries:
                if len(ws) == 1:
                    single.setdefault(w, []).append((name, payload))
                else:
                    multi.setdefault(w, {}).setdefault(ws[1], []).append((name, ws, payload))
    for d in multi.values():
        for lst in d.values():
            lst.sort(key=lambda x: len(x[1]), reverse=True)
    _COMBINED[key] = (tables, (single, multi))
    return single, multi


_FIRSTS: dict[int, tuple[Any, frozenset[str]]] = {}


def _firsts(single: dict[str, Any], multi: dict[str, Any]) -> frozenset[str]:
    got = _FIRSTS.get(id(single))
    if got is None or got[0] is not single:
        got = _FIRSTS[id(single)] = (single, frozenset(single) | frozenset(multi))
    return got[1]


class Matches:
    """One table's matches in one document: parallel lists sorted by start."""

    __slots__ = ("starts", "ends", "payloads")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.payloads: list[Any] = []

    def between(self, lo: int, hi: int) -> range:
        """Indexes of the matches that start in [lo, hi)."""
        return range(bisect_left(self.starts, lo), bisect_left(self.starts, hi))


def _gap_ok(gap: str) -> bool:
    """Whether two words of a phrase may be separated by ``gap`` (spaces, a hyphen, an
    apostrophe)."""
    return gap == " " or (bool(gap) and not gap.strip(_GAP_CHARS))


class WordIndex:
    """The words of a lower-cased text and the matches of each table in it."""

    def __init__(self, low: str, tables: dict[str, PhraseTable],
                 ws: Any | None = None) -> None:
        if ws is not None and ws.low is low:
            starts, ends, words = ws.starts, ws.ends, ws.words
        else:
            spans = [m.span() for m in WORD.finditer(low)]
            starts = [a for a, _ in spans]
            ends = [b for _, b in spans]
            words = WORD.findall(low)
        self.low = low
        self.starts, self.ends, self.words = starts, ends, words
        self.matches: dict[str, Matches] = {name: Matches() for name in tables}
        single, multi = _combined(tables)
        matches = self.matches
        skip: dict[str, int] = {}
        sget, mget = single.get, multi.get
        n = len(words)
        firsts = _firsts(single, multi)
        gap_ok = _gap_ok
        for i in [i for i, w in enumerate(words) if w in firsts]:
            if i and words[i - 1] == "non" and low[ends[i - 1]:starts[i]] == "-":
                continue    # "non-food inflation" is no food inflation, "non-EU" no EU: a
                # phrase glued to "non-" is negated (one that opens on "non" matches there)
            w = words[i]
            c1 = sget(w)
            cm = mget(w)
            done: set[str] | None = None
            if cm is not None and i + 1 < n:
                lst = cm.get(words[i + 1])
                if lst is not None:
                    for name, ws, payload in lst:       # longest first
                        if (done and name in done) or i < skip.get(name, 0):
                            continue
                        if len(ws) == 2:
                            # the second word is known to match: only the gap is checked
                            if not gap_ok(low[ends[i]:starts[i + 1]]):
                                continue
                        elif not self._phrase_at(i, ws):
                            continue
                        mt = matches[name]
                        size = len(ws)
                        mt.starts.append(starts[i])
                        mt.ends.append(ends[i + size - 1])
                        mt.payloads.append(payload)
                        skip[name] = i + size
                        if done is None:
                            done = set()
                        done.add(name)
            if c1 is not None:
                for name, payload in c1:
                    if (done and name in done) or i < skip.get(name, 0):
                        continue
                    mt = matches[name]
                    mt.starts.append(starts[i])
                    mt.ends.append(ends[i])
                    mt.payloads.append(payload)
                    skip[name] = i + 1

    def _phrase_at(self, i: int, ws: tuple[str, ...]) -> bool:
        words, starts, ends, low = self.words, self.starts, self.ends, self.low
        j = i + len(ws)
        if j > len(words):
            return False
        for k in range(1, len(ws)):
            if words[i + k] != ws[k]:
                return False
            gap = low[ends[i + k - 1]:starts[i + k]]
            if not gap or gap.strip(_GAP_CHARS):
                return False
        return True

    def word_at(self, pos: int) -> int:
        """Index of the first word starting at or after ``pos``."""
        return bisect_left(self.starts, pos)

    def match_at(self, table: PhraseTable, i: int, limit: int) -> tuple[int, int, Any] | None:
        """The longest phrase of ``table`` starting at word ``i`` and ending by ``limit``."""
        if i >= len(self.words):
            return None
        cands = table.first.get(self.words[i])
        if not cands:
            return None
        for ws, payload in cands:
            size = len(ws)
            if i + size > len(self.words) or self.ends[i + size - 1] > limit:
                continue
            if size > 1 and not self._phrase_at(i, ws):
                continue
            return self.starts[i], self.ends[i + size - 1], payload
        return None
