"""Which tuples the engine is asked about: facts paired only where the rule's own tests can hold.

A rule over several names (``a`` and ``b``, ``c`` and ``r``) is matched by durable_rules on one
*tuple* fact per assignment of facts to the names (docs/engine.md). Asking about every
assignment costs the product of the fact counts: 5,000 claims make 25 million pairs per pair
rule. Most of them cannot match: a rule that says ``b.measure == a.measure`` rejects every pair
of two measures, however many there are.

``plan(rule)`` reads the tests the compiler emitted and keeps the ones that every alternative
(branch) of the rule states, since a tuple matches when any alternative does:

- literal tests on one field (``has_value == 1``, ``measure != ""``, ``n > 3``): a fact that
  fails one is never bound to that name (what a rete engine's alpha network does);
- equalities between two names with no arithmetic (``b.measure == a.measure``,
  ``r.claim_n == c.n``): the facts of the later name are indexed by those fields (a hash join),
  so a fact is only paired with the facts that have the same values;
- one inequality between two names with no arithmetic (``b.dim != a.dim``): a fact with
  the other fact's value is left out;
- order comparisons between two names (``b.n > a.n``, ``b.value >= a.value * 1.0``): each
  part of a bucket is sorted on each field they read; for each earlier assignment the slice
  every comparison allows is found by binary search, the narrowest one is taken and its facts
  are checked against the other comparisons. A figure repeated N times (one key, one value)
  so costs N binary searches, not N*N candidates, for rules that want the values apart.

That removes only tuples the rule's own tests reject, so the findings are the same as with
every assignment (``tests/test_engine_join.py`` compares both over the bundled corpus and every
rule's test article). Every test, these included, is still evaluated by durable_rules on each
tuple asserted: nothing here decides a finding. Values are compared exactly as they are posted
(``post_value``), categorical fields through their per-document integer codes.
"""

from __future__ import annotations

import bisect
import math
import operator
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .rulebook import FACT_TYPES, Rule, Test
from .rulebook.facts import BIG

Fact = dict[str, Any]
MAX_BRANCH_PLANS = 64   # as many as the compiler emits (rulebook MAX_BRANCHES)
_CMP: dict[str, Callable[[Any, Any], bool]] = {
    "eq": operator.eq, "ne": operator.ne, "lt": operator.lt, "le": operator.le,
    "gt": operator.gt, "ge": operator.ge}


def post_value(v: Any) -> Any:
    """A number in a form durable_rules' JSON parser reads (else error 204).

    The parser wants a decimal point before an exponent and no '+' in it, while Python writes
    1e+16 and 1e-05: values stay within +-1e15 (posted facts never need more), and a float
    written without a point moves one ulp toward zero (1e-05 -> 9.999999999999999e-06). Below
    1e16, Python writes a float with an exponent only under 1e-4, so only those are looked at.
    """
    if type(v) is str or type(v) is int:
        return v        # (most posted values: nothing to do)
    if isinstance(v, float):
        a = abs(v)
        if a >= BIG:
            return math.copysign(BIG, v)
        if a < 1e-4 and a:
            r = repr(v)
            if "e" in r and "." not in r:
                return math.nextafter(v, 0.0)
    return v


@dataclass(frozen=True)
class Range:
    """``own <op> earlier * times + plus``: one order comparison against an earlier name."""

    own: str            # field of this name, as posted
    op: str             # lt, le, gt, ge (or eq with arithmetic)
    earlier: int        # position of the other name in the pattern
    field: str          # its field, as posted
    times: float
    plus: float

    def bound(self, other: Fact) -> float:
        # the same double arithmetic as the condition: ($m * times) + plus
        v = post_value(other[self.field])
        if self.times != 1.0:
            v = v * self.times
        if self.plus:
            v = v + self.plus
        return v


@dataclass(frozen=True)
class Step:
    """How the facts of one name of a rule are chosen."""

    type: str
    literals: tuple[tuple[str, str, Any], ...]      # (field, op, literal)
    keys: tuple[tuple[str, int, str], ...]          # (own field, earlier position, its field)
    differ: tuple[str, int, str] | None = None      # own field != that earlier field
    range: Range | None = None
    # further order comparisons: checked on each candidate the first one's slice holds
    more: tuple[Range, ...] = ()

    def __hash__(self) -> int:
        # the fields' hash, computed once (a frozen step's fields never change): each document
        # looks up a few hundred steps, and their tuples of tests and ranges hash slowly
        h = self.__dict__.get("_hash")
        if h is None:
            h = hash((self.type, self.literals, self.keys, self.differ, self.range, self.more))
            object.__setattr__(self, "_hash", h)
        return h


def _posted_field(rule: Rule, alias: str, fld: str) -> str:
    """The field a test reads: categories are compared between names by their codes."""
    return fld + ("_k" if FACT_TYPES[rule.alias_type(alias)][fld] == "str" else "")


def _comparable(kind: str, op: str, literal: Any) -> bool:
    """A literal test Python evaluates as the engine does: numbers with numbers, words with
    words by (in)equality. Any other literal test is left to the engine alone."""
    if kind == "num":
        return isinstance(literal, (int, float)) and not isinstance(literal, bool)
    return kind == "str" and isinstance(literal, str) and op in ("eq", "ne")


def plan(rule: Rule, branch: int | None = None) -> tuple[Step, ...]:
    """Per name of the rule, in pattern order, the tests every branch states (see above), or
    the tests of one ``branch``."""
    position = {a: i for i, (a, _) in enumerate(rule.pattern)}
    chosen = rule.branches if branch is None else rule.branches[branch:branch + 1]
    steps = []
    for alias, ftype in rule.pattern:
        common: list[Test] = list(chosen[0][alias]) if chosen else []
        for branch_tests in chosen[1:]:
            common = [t for t in common if t in branch_tests[alias]]
        literals, keys, differ, ranges = [], [], [], []
        for t in common:
            if t.ref is None:
                if _comparable(FACT_TYPES[ftype][t.field], t.op, t.value):
                    literals.append((t.field, t.op, t.value))
                continue
            other, ofield, times, plus = t.ref
            if other == alias:
                continue        # a test between two fields of one fact: left to the engine
            own, theirs = _posted_field(rule, alias, t.field), _posted_field(rule, other, ofield)
            if t.op == "eq" and times == 1.0 and not plus:
                keys.append((own, position[other], theirs))
            elif t.op == "ne" and times == 1.0 and not plus:
                differ.append((own, position[other], theirs))
            elif FACT_TYPES[ftype][t.field] == "num" and t.op in _CMP and t.op != "ne":
                ranges.append(Range(own, t.op, position[other], theirs, times, plus))
        steps.append(_interned(Step(ftype, tuple(literals), tuple(keys),
                                    differ[0] if differ else None,
                                    ranges[0] if ranges else None, tuple(ranges[1:]))))
    return tuple(steps)


# one object per distinct Step: the plans of a rule's branches and of different rules share
# many steps, and ``_Indexes`` finds a step's index by identity before it hashes and compares
_STEPS: weakref.WeakValueDictionary[Step, Step] = weakref.WeakValueDictionary()


def _interned(step: Step) -> Step:
    got = _STEPS.get(step)
    if got is None:
        _STEPS[step] = got = step
    return got


class _Bucket:
    """The facts of one key, with views built when a step first asks for them and shared by
    every step over the same facts and key: sorted on a field (with its values), and split by
    a field's value."""

    def __init__(self, group: list[Fact]):
        self.group = group
        self.size = len(group)
        self._views: dict[str, tuple[list[Any], list[Fact]]] = {}
        self._splits: dict[str, dict[Any, list[Fact]]] = {}

    def view(self, fld: str) -> tuple[list[Any], list[Fact]]:
        got = self._views.get(fld)
        if got is None:
            if self.size <= 2:
                # (most buckets, 24 in 25 over the corpus: one comparison, the one a stable
                # sort of two makes)
                values = [post_value(f[fld]) for f in self.group]
                if self.size == 2 and values[1] < values[0]:
                    got = (values[::-1], self.group[::-1])
                else:
                    got = (values, self.group[:])
            else:
                ordered = sorted(self.group, key=lambda f: post_value(f[fld]))
                got = ([post_value(f[fld]) for f in ordered], ordered)
            self._views[fld] = got
        return got

    def split(self, fld: str) -> dict[Any, list[Fact]]:
        got = self._splits.get(fld)
        if got is None:
            got = self._splits[fld] = {}
            for f in self.group:
                got.setdefault(post_value(f[fld]), []).append(f)
        return got


class _Index:
    """The facts of one name (those its literal tests keep), bucketed by key (``_Bucket``)."""

    def __init__(self, step: Step, buckets: dict[tuple[Any, ...], _Bucket]):
        self.step = step
        self.ranges = (step.range,) + step.more if step.range is not None else ()
        self.buckets = buckets

    def candidates(self, bound: Sequence[Fact]) -> Iterator[Fact]:
        """The facts of the bound facts' key that pass the inequality and every order
        comparison, found from the narrowest of: the slice one order comparison allows (binary
        search), or the facts whose ``differ`` value is not the other fact's. Identical figures
        repeated N times so cost N look-ups, not N*N candidates."""
        step = self.step
        bucket = self.buckets.get(tuple([post_value(bound[i][theirs])
                                         for _, i, theirs in step.keys]))
        if bucket is None:
            return
        limits = [(r, r.bound(bound[r.earlier])) for r in self.ranges]
        group: Sequence[Fact] = bucket.group
        size, rest, other = bucket.size, limits, None
        if step.differ:
            other = post_value(bound[step.differ[1]][step.differ[2]])
            size = bucket.size - len(bucket.split(step.differ[0]).get(other, ()))
        best = None
        for r, x in limits:
            lo, hi = self._slice(r, bucket.view(r.own)[0], x)
            if hi - lo < size:
                best, size = (r, lo, hi), hi - lo
        if best is not None:        # copied once: the narrowest slice
            r, lo, hi = best
            group, rest = bucket.view(r.own)[1][lo:hi], [(m, y) for m, y in limits if m is not r]
        if step.differ and size < bucket.size and group is bucket.group:
            # the facts of every other differ value (fewer than any slice)
            group = [f for v, part in bucket.split(step.differ[0]).items() if v != other
                     for f in part]
        if step.differ is None and not rest:
            yield from group
            return
        own = step.differ[0] if step.differ else ""
        for f in group:
            if step.differ and post_value(f[own]) == other:
                continue        # the one inequality: never the other fact's value
            if all(_CMP[m.op](post_value(f[m.own]), x) for m, x in rest):
                yield f

    @staticmethod
    def _slice(r: Range, values: list[Any], x: Any) -> tuple[int, int]:
        """The bounds of the part of a sorted group that ``r`` allows."""
        if r.op == "gt":
            return bisect.bisect_right(values, x), len(values)
        if r.op == "ge":
            return bisect.bisect_left(values, x), len(values)
        if r.op == "lt":
            return 0, bisect.bisect_left(values, x)
        if r.op == "le":
            return 0, bisect.bisect_right(values, x)
        return bisect.bisect_left(values, x), bisect.bisect_right(values, x)


def _passes(f: Fact, literals: Sequence[tuple[str, str, Any]]) -> bool:
    """Whether fact ``f`` passes every literal test of a step."""
    for fld, op, lit in literals:
        v = f[fld]
        if type(v) is not str and type(v) is not int:
            v = post_value(v)
        if not _CMP[op](v, lit):
            return False
    return True


class _Indexes:
    """The indexes built over one document's facts, shared by the plans of a rule's branches
    (54 plans for conflicting-figures) and by every rule run on the document: the facts each
    set of literal tests keeps, and their buckets by each set of key fields, whose sorted views
    and splits are built once. The facts must not change while it is in use."""

    def __init__(self, by_type: dict[str, list[Fact]],
                 literal_sets: dict[str, tuple[tuple[tuple[str, str, Any], ...], ...]]
                 | None = None):
        self.by_type = by_type
        # every set of literal tests the engine's plans hold, by fact type (``literal_sets``):
        # the first one asked of a type is kept with all the others in one pass over its facts
        self.literal_sets = literal_sets or {}
        self.kept: dict[tuple[str, tuple[tuple[str, str, Any], ...]], list[Fact]] = {}
        self.bucketed: dict[tuple[Any, ...], dict[tuple[Any, ...], _Bucket]] = {}
        self.built: dict[Step, _Index] = {}
        # the same Step objects come back for every rule and plan (the engine keeps its plans):
        # found by identity first, since hashing a Step (its tuples of tests, its ranges) and
        # comparing equal ones cost more than the rest of this call. The step is kept with its
        # index, so an id reused by another object is never taken for it.
        self.by_id: dict[int, tuple[Step, _Index]] = {}

    def __call__(self, step: Step) -> _Index:
        mine = self.by_id.get(id(step))
        if mine is not None and mine[0] is step:
            return mine[1]
        got = self.built.get(step)
        if got is None:
            got = self.built[step] = _Index(step, self._buckets(step))
        self.by_id[id(step)] = (step, got)
        return got

    def _buckets(self, step: Step) -> dict[tuple[Any, ...], _Bucket]:
        which = (step.type, step.literals)
        kept = self.kept.get(which)
        if kept is None:
            self._keep_all(step.type)
            kept = self.kept.get(which)
        if kept is None:
            kept = self.kept[which] = [f for f in self.by_type.get(step.type, [])
                                       if _passes(f, step.literals)]
        fields = tuple(own for own, _, _ in step.keys)
        got = self.bucketed.get(which + (fields,))
        if got is None:
            groups: dict[tuple[Any, ...], list[Fact]] = {}
            for f in kept:
                groups.setdefault(tuple([post_value(f[own]) for own in fields]), []).append(f)
            got = self.bucketed[which + (fields,)] = {k: _Bucket(g) for k, g in groups.items()}
        return got


    def _keep_all(self, ftype: str) -> None:
        """The facts each set of literal tests of type ``ftype`` keeps, every set not kept yet
        in one pass over the facts: each fact is read by all its tests while it is in the
        cache. A pass per set read all of a long document's facts ~170 times, and once they
        outgrew the cache (6,000 figures of '1% ') each read cost ~4 times more: the engine's
        time grew faster than the document (test_scale)."""
        pending = [lits for lits in self.literal_sets.get(ftype, ())
                   if (ftype, lits) not in self.kept]
        if not pending:
            return
        lists: list[list[Fact]] = [[] for _ in pending]
        tests = list(zip(pending, lists))
        for f in self.by_type.get(ftype, []):
            for lits, out in tests:
                if _passes(f, lits):
                    out.append(f)
        for lits, out in tests:
            self.kept[(ftype, lits)] = out


def literal_sets(plans: Iterable[Sequence[Sequence[Step]]]
                 ) -> dict[str, tuple[tuple[tuple[str, str, Any], ...], ...]]:
    """{fact type: the distinct sets of literal tests} of the steps of ``plans`` (each rule's
    plans), in the order first met: what ``indexes`` keeps in one pass per type."""
    found: dict[str, dict[tuple[tuple[str, str, Any], ...], None]] = {}
    for rule_plans in plans:
        for steps in rule_plans:
            for s in steps:
                found.setdefault(s.type, {})[s.literals] = None
    return {t: tuple(sets) for t, sets in found.items()}


def tuples(steps: Sequence[Step], by_type: dict[str, list[Fact]],
           indexes_of: _Indexes | None = None) -> Iterator[tuple[Fact, ...]]:
    """Every assignment of distinct facts to the names that the common tests allow
    (``indexes_of``: the indexes already built over these facts)."""
    indexes_of = indexes_of or _Indexes(by_type)
    indexes = [indexes_of(s) for s in steps]
    if any(not ix.buckets for ix in indexes):
        return
    bound: list[Fact] = []
    ids: set[int] = set()

    def extend(i: int) -> Iterator[tuple[Fact, ...]]:
        if i == len(indexes):
            yield tuple(bound)
            return
        for f in indexes[i].candidates(bound):
            if id(f) in ids:
                continue        # a fact is never bound twice, as in any rules engine
            bound.append(f)
            ids.add(id(f))
            yield from extend(i + 1)
            bound.pop()
            ids.discard(id(f))

    yield from extend(0)


def branch_plans(rule: Rule) -> tuple[tuple[Step, ...], ...]:
    """The plans a rule's tuples are drawn from: one per branch when the branches key the
    facts differently (a ``compatible`` or ``optional`` key: "the same period, or either has
    none"), so that no branch falls back to the few tests all of them share; else the one
    common plan. A tuple any branch's tests can accept is in the union of the branches' tuples.
    """
    common = plan(rule)
    if len(rule.branches) <= 1 or len(rule.branches) > MAX_BRANCH_PLANS:
        return (common,)
    per_branch = tuple(plan(rule, i) for i in range(len(rule.branches)))
    return per_branch if any(p != common for p in per_branch) else (common,)


def indexes(by_type: dict[str, list[Fact]],
            literal_sets: dict[str, tuple[tuple[tuple[str, str, Any], ...], ...]]
            | None = None) -> _Indexes:
    """Indexes over one document's facts, to share between the rules run on them
    (``literal_sets``: every set of literal tests of the rules' plans, ``literal_sets()``)."""
    return _Indexes(by_type, literal_sets)


def union_tuples(plans: Sequence[Sequence[Step]], by_type: dict[str, list[Fact]],
                 shared: _Indexes | None = None) -> Iterator[tuple[Fact, ...]]:
    """``tuples`` of each plan, each assignment once (``shared``: the indexes already built
    over these facts)."""
    shared = shared or _Indexes(by_type)
    if len(plans) == 1:
        yield from tuples(plans[0], by_type, shared)
        return
    seen: set[tuple[int, ...]] = set()
    for steps in plans:
        for combo in tuples(steps, by_type, shared):
            key = tuple(id(f) for f in combo)
            if key not in seen:
                seen.add(key)
                yield combo


def all_tuples(steps: Sequence[Step], by_type: dict[str, list[Fact]]
               ) -> Iterator[tuple[Fact, ...]]:
    """Every assignment of distinct facts, nothing left out: the reference ``tuples`` is
    compared with (``Engine(..., blocking=False)``)."""
    bare = [Step(s.type, (), ()) for s in steps]
    return tuples(bare, by_type)
