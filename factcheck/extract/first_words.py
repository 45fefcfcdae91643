"""The words a regular expression can open with, read from its parsed form: a cheap test run
before a costly pattern is tried at a word's start.

A recogniser that tries a large alternation (``date_forms._vague_rx``: some 140 groups and
870 alternatives) at every word start near its anchors pays the same few microseconds for
"staff" or "reported" as for "the": the engine walks every alternative, since none opens with
a plain character it could skip on. ``FirstWords.of(rx)`` reads the pattern once and collects
the runs of letters (a-z) its matches can open with: a word that opens none of them cannot
start a match, so the pattern need not be tried there.

The test is sound by construction (it may let through a start that then fails to match, never
turn away one that would match): zero-width items (``\\b``, look-arounds) are passed over as
if always true, and where the reading cannot follow the pattern (a negated class, a repeat of
letters, a back-reference, a case-insensitive group) the letters read so far become a prefix
the start's run of letters must begin with. A pattern whose matches may open with any
letters gets no test (``of`` returns None). The text is lower-cased, as ``_scan`` reads it.

``Alternatives`` goes one step further for a pattern that is one large alternation (the core
date grammar, ``date_forms._vague_rx``): each top-level alternative gets its own test, and a
start tries only the alternatives its word may open, in their order, so a match is the same
(span, alternative, named groups) as the whole pattern's.
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: PLC2701 (the parser's op codes; stable since 3.11)
from re import _parser as P  # noqa: PLC2701

_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_RUN = re.compile(r"[a-z]*")
_SPACES = frozenset(c for c in map(chr, range(0x3001)) if c.isspace())   # what \s matches
_WILD = "*"              # an open run of letters the reading cannot spell (a repeat of them)
_MAX_PARTIALS = 2000     # more open runs than this: they become prefixes (``overflow``)
_OVERFLOW_KEEP = 4       # ... cut to their first letters (a shorter prefix lets more through)
_MAX_REPEATS = 6         # a repeat followed this many times and still open: give up on it
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)


class _Reading:
    """The state of the walk over a parsed pattern: the runs of letters still open, and the
    closed ones: ``exact`` (a character that is no letter follows the run), ``prefix``
    (letters may follow) and ``after_wild`` (the characters that may follow a run of any
    letters, as in "(?:[a-z]+-)?": a start is possible before any of them)."""

    __slots__ = ("exact", "prefix", "after_wild")

    def __init__(self) -> None:
        self.exact: set[str] = set()
        self.prefix: set[str] = set()
        self.after_wild: set[str] = set()

    def seq(self, items: list, open_: set[str]) -> set[str]:
        """Walk a sequence of parsed items from the open runs ``open_``; the runs still open
        after it."""
        for op, av in items:
            if not open_:
                break
            open_ = self.item(op, av, open_)
            if len(open_) > _MAX_PARTIALS:
                open_ = self.overflow(open_)
        return open_

    def item(self, op, av, open_: set[str]) -> set[str]:
        if op is C.LITERAL:
            return self.char(chr(av), open_)
        if op in _ZERO_WIDTH:
            return open_
        if op is C.IN:
            return self._in(av, open_)
        if op is C.BRANCH:
            out: set[str] = set()
            for alt in av[1]:
                out |= self.seq(alt.data, set(open_))
            return out
        if op is C.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if add_flags & re.IGNORECASE:
                return self.give_up(open_)
            return self.seq(sub.data, open_)
        if op is C.ATOMIC_GROUP:
            return self.seq(av.data, open_)
        if op in _REPEATS:
            return self._repeat(av, open_)
        return self.give_up(open_)

    def char(self, c: str, open_: set[str]) -> set[str]:
        """One character read after the open runs."""
        if c in _LETTERS:
            return {p if p == _WILD else p + c for p in open_}
        for p in open_:
            if p == _WILD:
                self.after_wild.add(c)
            else:
                self.exact.add(p)
        return set()

    def give_up(self, open_: set[str]) -> set[str]:
        """The runs read so far become prefixes (a wild one: any start)."""
        self.prefix |= {"" if p == _WILD else p for p in open_}
        return set()

    def overflow(self, open_: set[str]) -> set[str]:
        """Too many open runs to follow (a month, a suffix, a connector and a second month
        glued with no space between them: thousands of spellings): each becomes a prefix,
        cut to its first ``_OVERFLOW_KEEP`` letters (the letters a start's run must begin
        with, as when the reading gives up); a wild run stays open. (Making them all one wild
        run let every start through whose word a space follows: "over" tried the month-range
        alternative of the date grammar.)"""
        self.give_up({p[:_OVERFLOW_KEEP] for p in open_ if p != _WILD})
        return {_WILD} if _WILD in open_ else set()

    def _in(self, av: list, open_: set[str]) -> set[str]:
        letters: set[str] = set()
        others: set[str] = set()
        for op, a in av:
            if op is C.LITERAL:
                (letters if chr(a) in _LETTERS else others).add(chr(a))
            elif op is C.RANGE and a[1] - a[0] < 256:
                for x in range(a[0], a[1] + 1):
                    (letters if chr(x) in _LETTERS else others).add(chr(x))
            elif op is C.CATEGORY and a is C.CATEGORY_DIGIT:
                others.update("0123456789")
            elif op is C.CATEGORY and a is C.CATEGORY_SPACE:
                others.update(_SPACES)
            else:   # a negated class, \s, \w, a wide range: any letter may follow
                return self.give_up(open_)
        for c in others:
            self.char(c, open_)
        if not letters:
            return set()
        if len(letters) > 3:
            return {_WILD}
        if len(open_) * len(letters) > _MAX_PARTIALS:
            return self.overflow(open_)
        return {p if p == _WILD else p + c for p in open_ for c in letters}

    def _repeat(self, av: tuple, open_: set[str]) -> set[str]:
        lo, hi, sub = av
        if hi > 1 and self._spells(sub):
            # a repeat that goes on spelling a run ("[a-z]+", "[a-z]{3,9}"): after one
            # pass the run is wild; one pass from a wild run reads what may follow it
            out = set(open_) if lo == 0 else set()
            once = self.seq(sub.data, set(open_))
            if once:
                self.seq(sub.data, {_WILD})
                out.add(_WILD)
            return out
        out = set()
        cur = open_
        k = 0
        while cur:
            if k >= lo:
                out |= cur
            if k == hi:
                break
            if k == _MAX_REPEATS:
                return out | self.give_up(cur)
            cur = self.seq(sub.data, set(cur))
            k += 1
        return out

    @staticmethod
    def _spells(sub) -> bool:
        """Whether one pass of ``sub`` can leave a run open with letters added to it."""
        probe = _Reading()
        return any(p for p in probe.seq(sub.data, {""}))


class FirstWords:
    """Which runs of letters a pattern's matches can open with (module doc)."""

    __slots__ = ("exact", "prefix", "after_wild")

    def __init__(self, exact: frozenset[str], prefix: tuple[str, ...],
                 after_wild: frozenset[str]) -> None:
        self.exact = exact
        self.prefix = prefix
        self.after_wild = after_wild

    @classmethod
    def of(cls, rx: re.Pattern[str]) -> FirstWords | None:
        """The test for ``rx``, or None where its matches may open with any letters."""
        if rx.flags & re.IGNORECASE or not isinstance(rx.pattern, str):
            return None
        return cls.of_parsed(P.parse(rx.pattern, rx.flags).data)

    @classmethod
    def of_parsed(cls, items: list) -> FirstWords | None:
        """``of`` for a pattern already parsed: ``items`` is its parsed form's ``data``, or one
        alternative of a parsed alternation, which the parser reads as it reads that
        alternative alone (``Alternatives.of``: the whole pattern is parsed once, not once more
        per alternative)."""
        r = _Reading()
        r.give_up(r.seq(items, {""}))
        if "" in r.prefix:
            return None
        return cls(frozenset(r.exact), tuple(sorted(r.prefix)), frozenset(r.after_wild))

    def may_open(self, low: str, st: int, hi: int) -> bool:
        """Whether a match of the pattern may start at ``st`` of the lower-cased ``low``
        (ending by ``hi``)."""
        m = _RUN.match(low, st, hi)
        run = m.group()
        if run in self.exact or run.startswith(self.prefix):
            return True
        e = m.end()
        return e < hi and low[e] in self.after_wild


# ------------------------------------------------------------ alternatives by first word ---

_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def top_alternatives(pattern: str, verbose: bool) -> list[str] | None:
    """``pattern`` cut at its top-level ``|`` (outside groups, classes, escapes and, with
    ``verbose``, comments), the leading global flags left out; None when it has none."""
    pieces: list[str] = []
    depth, start, i, n = 0, 0, 0, len(pattern)
    m = _INLINE_FLAGS.match(pattern)
    if m is not None:
        start = i = m.end()
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "#" and verbose:
            while i < n and pattern[i] != "\n":
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            pieces.append(pattern[start:i])
            start = i + 1
        i += 1
    pieces.append(pattern[start:])
    return pieces if len(pieces) > 1 and depth == 0 else None


class Alternatives:
    """A large alternation tried at word starts, split into its top-level alternatives so
    that a start tries only those that may open with its word (``FirstWords``'s test, one per
    alternative): the words before a date's anchor open few of a grammar's forms, and the
    engine otherwise walks every one of them at every start.

    ``match(low, st, hi)`` gives what ``rx.match(low, st, hi)`` gives: an alternation is an
    ordered choice, and an alternative that cannot open at ``st`` matches nowhere there, so
    leaving it out changes neither which alternative matches nor how. The alternatives kept
    are one alternation in their order (one alone where only one is kept), compiled with one
    more alternative that never matches and holds the other alternatives' named groups
    (empty), so every name ``rx`` has can still be asked for (its value None, as when that
    alternative did not match). Only
    group names and spans are the same: numbered groups, ``lastindex`` and ``re`` are not.
    ``of(rx)`` gives None where the pattern cannot be read that way (use ``rx`` itself)."""

    __slots__ = ("rx", "alts", "tests", "names", "by_run", "compiled", "joined")

    def __init__(self, rx: re.Pattern[str], alts: list[str],
                 tests: list[FirstWords | None], names: list[tuple[str, ...]]) -> None:
        self.rx = rx
        self.alts = alts
        self.tests = tests
        self.names = names
        self.by_run: dict[tuple[str, str], tuple[re.Pattern[str], ...]] = {}
        self.compiled: dict[int, re.Pattern[str]] = {}
        self.joined: dict[tuple[int, ...], re.Pattern[str]] = {}

    @classmethod
    def of(cls, rx: re.Pattern[str]) -> Alternatives | None:
        if rx.flags & re.IGNORECASE or not isinstance(rx.pattern, str):
            return None
        alts = top_alternatives(rx.pattern, bool(rx.flags & re.VERBOSE))
        if alts is None:
            return None
        top = P.parse(rx.pattern, rx.flags).data
        if len(top) != 1 or top[0][0] is not C.BRANCH or len(top[0][1][1]) != len(alts):
            return None     # the parser joined or reordered them: no safe split
        tests, names = [], []
        for alt, parsed in zip(alts, top[0][1][1]):
            try:
                sub = re.compile(alt, rx.flags)
            except re.error:
                return None     # it refers to another alternative's group
            # (its own flags are rx's: a flag for the whole pattern stands only at its start)
            tests.append(FirstWords.of_parsed(parsed.data))
            names.append(tuple(sub.groupindex))
        if sorted(n for ns in names for n in ns) != sorted(rx.groupindex):
            return None
        return cls(rx, alts, tests, names)

    def match(self, low: str, st: int, hi: int | None = None) -> re.Match[str] | None:
        """``rx.match(low, st, hi)``, by names and spans (class doc)."""
        if hi is None:
            hi = len(low)
        e = _RUN.match(low, st, hi).end()  # type: ignore[union-attr]
        key = (low[st:e], low[e] if e < hi else "")
        try:
            kept = self.by_run[key]
        except KeyError:
            kept = self.by_run[key] = self._for(*key)
            if len(self.by_run) > 20000:
                self.by_run.clear()
        for rx in kept:
            m = rx.match(low, st, hi)
            if m is not None:
                return m
        return None

    def _for(self, run: str, nxt: str) -> tuple[re.Pattern[str], ...]:
        """The patterns of the alternatives that may open with the letters ``run`` followed
        by ``nxt`` ("" at the end), in order: tried one after the other, as the alternation
        tries them; the whole pattern where all may."""
        kept = [i for i, t in enumerate(self.tests)
                if t is None or run in t.exact or run.startswith(t.prefix)
                or (nxt != "" and nxt in t.after_wild)]
        if len(kept) == len(self.alts):
            return (self.rx,)
        if len(kept) > 1 and (got := self._joined(tuple(kept))) is not None:
            return (got,)
        return tuple(self._one(i) for i in kept)

    def _joined(self, kept: tuple[int, ...]) -> re.Pattern[str] | None:
        """The alternatives ``kept`` as one alternation, in their order, with the other
        alternatives' names (as ``_one``): one call into the engine where one per alternative
        cost a call's set-up each (most starts match none of them). The sets of alternatives
        one word may open are few (a few dozen per grammar); past ``_MAX_JOINED`` of them
        the alternatives are tried one by one (None)."""
        got = self.joined.get(kept)
        if got is None:
            if len(self.joined) >= _MAX_JOINED:
                return None
            rest = [n for k, ns in enumerate(self.names) if k not in kept for n in ns]
            dummy = "(?!)" + "".join(f"(?P<{n}>)" for n in rest)
            got = self.joined[kept] = re.compile(
                "|".join([*(self.alts[i] for i in kept), dummy]), self.rx.flags)
        return got

    def _one(self, i: int) -> re.Pattern[str]:
        """Alternative ``i`` alone, with the other alternatives' names (compiled once, when
        first needed)."""
        got = self.compiled.get(i)
        if got is None:
            rest = [n for k, ns in enumerate(self.names) if k != i for n in ns]
            dummy = "(?!)" + "".join(f"(?P<{n}>)" for n in rest)
            got = self.compiled[i] = re.compile(f"{self.alts[i]}|{dummy}", self.rx.flags)
        return got


_MAX_JOINED = 64      # joined sets of alternatives kept per pattern (``Alternatives._joined``)
_BY_ID: dict[int, tuple[re.Pattern[str], Alternatives | re.Pattern[str]]] = {}


def alternatives(rx: re.Pattern[str]) -> Alternatives | re.Pattern[str]:
    """``Alternatives.of(rx)``, or ``rx`` itself where it cannot be split; found once per
    pattern (by its id: a pattern's hash reads its whole text every time)."""
    got = _BY_ID.get(id(rx))
    if got is None or got[0] is not rx:
        got = _BY_ID[id(rx)] = (rx, Alternatives.of(rx) or rx)
    return got[1]
