"""The rules engine: durable_rules 2.0.28 behind one small API. The only module that imports it.

``Engine(rulebook)`` registers one durable ruleset per enabled rule, all of them at start-up,
before any fact is posted. ``Engine.run(doc, claims, references)`` builds the document's facts
(factcheck.engine_facts), and for each rule asserts one *tuple* fact per assignment of distinct
facts to the rule's names that the rule's common literal tests and equalities allow
(factcheck.engine_join: a hash join, so the cost follows the pairs that can match, not the
square of the facts; the compiled condition still decides which tuples match: joins happen
inside one durable fact), drains the actions the matches fire, retracts every tuple that was
handled (the session is empty again between documents) and returns ``Finding`` records.
A rule that hits a limit on one document (MAX_TUPLES, the document's deadline) is skipped
there and named in ``Findings.skipped``; the other rules' findings are kept.

Hazards handled here (docs/engine.md has the measurements):
- A fact that matches no rule raises MessageNotHandledException: normal, ignored.
- Identical facts raise MessageObservedException: every fact and tuple carries a unique fid.
- delete_state reads uninitialised memory (and segfaults on a session where nothing was
  handled), and retracting facts of a matched cross-fact join reads uninitialised memory: so
  rules never join across durable facts, and sessions are emptied by retraction, not deleted.
- durable's Host starts background dispatch threads that race the caller; we drive
  ``durable.engine.Ruleset`` objects directly, synchronously, with no threads.
- Rulesets hold only the condition shapes factcheck.rulebook emits; this module never builds
  conditions itself.

It must not decide anything beside the engine: a Finding exists only because a condition
matched. It must not format messages (factcheck.verdicts does).
"""

from __future__ import annotations

import gc
import itertools
import json
import os
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .durable_compat import provide_pyeval_callobject
from .engine_join import (all_tuples, branch_plans, indexes, literal_sets, plan, post_value,
                          union_tuples)
from .model import Claim, Document, Reference
from .rulebook import CLAIM_FIELDS, TUPLE, WEAK_MARK, Rule, Rulebook, freeze, tuple_key

if TYPE_CHECKING:   # the facts are built on demand: importing the engine stays light
    from .extract import Mentions

provide_pyeval_callobject()   # durable_rules needs it on Python 3.13+, before it is imported

import durable_rules_engine
from durable.engine import MessageNotHandledException, Ruleset

MAX_TUPLES = 500_000   # tuples one rule may assert in one document (after the join)


@dataclass(frozen=True)
class Finding:
    """One match of one rule: the facts bound to its names (JSON-like, picklable)."""

    rule: str
    bindings: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...]
    facts: tuple[str, ...]          # fact ids, in binding order
    claims: tuple[str, ...]         # claim ids involved, anchor's first
    # the bound name whose fact rests on a weak key, when the durable rule that matched was
    # the rule's weak variant (Rule.durable_rules): the flag is then at most a warning
    weak: str = ""

    def binding(self, alias: str) -> dict[str, Any]:
        return dict(dict(self.bindings)[alias])

    def bound(self) -> dict[str, dict[str, Any]]:
        return {a: dict(f) for a, f in self.bindings}


@dataclass(frozen=True)
class Skipped:
    """A rule that did not run (or did not finish) on one document, and which limit stopped it
    (``tuples``: MAX_TUPLES; ``time``: the document's time limit)."""

    rule: str
    limit: str
    reason: str


class Findings(list):
    """The findings of one document (a list of Finding), and the rules skipped on it."""

    def __init__(self, items: Sequence[Finding] = (), skipped: tuple[Skipped, ...] = ()):
        super().__init__(items)
        self.skipped = skipped


class RuleLimit(Exception):
    """One rule hit a limit on one document: it is skipped there, the others run."""

    def __init__(self, limit: str, reason: str):
        super().__init__(reason)
        self.limit = limit


class _NoHost:
    """durable's Ruleset asks its host for named actions; ours are callables, never names."""

    def get_action(self, name: str) -> Any:  # pragma: no cover - never called
        raise KeyError(name)


class EngineError(RuntimeError):
    pass


class Engine:
    """All rulesets registered once; one session per document; state removed afterwards."""

    _sids = itertools.count(1)

    def __init__(self, rulebook: Rulebook, *, blocking: bool = True):
        self.rulebook = rulebook
        self.blocking = blocking    # False: every assignment of facts (the reference, tests)
        self._rules = {r.id: r for r in rulebook.active()}
        # the rules it was built with (``engine_key``), kept for ``keep_engine``: the rulebook
        # object may be changed after, the registered rulesets are not
        self.key = engine_key(rulebook)
        self._rulesets: dict[str, Ruleset] = {}
        self._matches: list[tuple[str, str, str]] = []
        host = _NoHost()
        # Register everything before any fact is posted.
        for rule in self._rules.values():
            definition = {}
            for name, d in rule.durable_rules().items():
                d = dict(d)
                d["run"] = self._collector(rule.id, name.partition(WEAK_MARK)[2])
                definition[name] = d
            try:
                self._rulesets[rule.id] = Ruleset(f"fc:{rule.id}", host, definition)
            except Exception as exc:  # durable rejects the definition: a compiler bug
                raise EngineError(f"{rule.path}: durable_rules rejected rule '{rule.id}': "
                                  f"{exc}") from None
        self._types = {rid: r.fact_types() for rid, r in self._rules.items()}
        self._fields = {rid: r.tuple_fields() for rid, r in self._rules.items()}
        self._plans = {rid: plan(r) for rid, r in self._rules.items()}
        self._branch_plans = {rid: branch_plans(r) for rid, r in self._rules.items()}
        self._literal_sets = literal_sets(self._branch_plans.values())
        self._sid = f"factcheck-{os.getpid()}-{next(self._sids)}"
        self._poisoned: str | None = None
        self._all_types = frozenset().union(*self._types.values()) if self._types else frozenset()

    def _collector(self, rule_id: str, weak: str = ""):
        matches = self._matches

        def run(c: Any) -> None:
            m = c._m if isinstance(getattr(c, "_m", None), dict) else {}
            fact = m.get("p")
            if isinstance(fact, dict):
                matches.append((rule_id, fact.get("fid", ""), weak))
        return run

    def facts(self, doc: Document, claims: Sequence[Claim],
              references: Sequence[Reference] = (),
              mentions: Mentions | None = None) -> list[dict[str, Any]]:
        """The facts ``run`` posts for this document (for ``factcheck rules test -v``)."""
        from .engine_facts import build_facts

        return build_facts(doc, claims, references, self.rulebook.gazetteer,
                           self._all_types, mentions).facts

    def run(self, doc: Document, claims: Sequence[Claim],
            references: Sequence[Reference] = (), *, deadline: float | None = None,
            mentions: Mentions | None = None) -> "Findings":
        """The findings of every rule on one document.

        A rule that would need more than MAX_TUPLES tuples, or that has not finished when the
        clock passes ``deadline`` (``time.monotonic()``), is skipped for this document and
        listed in ``Findings.skipped``: the other rules' findings are kept. ``mentions`` are
        the mentions the claims were normalized from (``normalize.normalize``), found again
        when not given.
        """
        if self._poisoned:
            raise EngineError(f"engine unusable after an earlier failure: {self._poisoned}")
        from .engine_facts import build_facts

        # the facts, indexes and tuples of a document are many small objects reference
        # counting frees; the cycle collector's passes over them while they live grew faster
        # than the document (normalize waits the same way; a caller that had turned it off
        # keeps it off)
        collecting = gc.isenabled()
        gc.disable()
        try:
            factset = build_facts(doc, claims, references, self.rulebook.gazetteer,
                                  self._all_types, mentions)
            return self.run_facts(factset.facts, deadline=deadline)
        finally:
            if collecting:
                gc.enable()

    def run_facts(self, facts: Sequence[dict[str, Any]], *,
                  deadline: float | None = None) -> "Findings":
        """``run`` on one document's facts as ``facts`` gives them: the engine's own work
        without the Python that prepares the facts (the valgrind test runs only this)."""
        if self._poisoned:
            raise EngineError(f"engine unusable after an earlier failure: {self._poisoned}")
        by_type: dict[str, list[dict[str, Any]]] = {}
        for fact in facts:
            by_type.setdefault(fact["t"], []).append(fact)
        findings: dict[tuple[str, tuple[str, ...]], Finding] = {}
        skipped: list[Skipped] = []
        shared = indexes(by_type, self._literal_sets)   # (built as the rules ask, shared)
        frozen: dict[int, Any] = {}   # each bound fact frozen once (by id: facts are dicts)
        for rule_id, rs in self._rulesets.items():
            rule = self._rules[rule_id]
            if deadline is not None and time.monotonic() > deadline:
                skipped.append(Skipped(rule_id, "time", "not run: the document's time limit "
                                       "ran out in the engine before this rule"))
                continue
            try:
                matched = self._run_rule(rule, rs, by_type, deadline, shared)
            except RuleLimit as exc:
                skipped.append(Skipped(rule_id, exc.limit, str(exc)))
                continue
            aliases = [a for a, _ in rule.pattern]
            for combo, weak in matched:
                fids = tuple(f["fid"] for f in combo)
                key = (rule_id, fids if rule.check == "pattern" else tuple(sorted(fids)))
                if key in findings:
                    continue
                facts = {a: f for a, f in zip(aliases, combo)}
                for f in combo:
                    if id(f) not in frozen:
                        frozen[id(f)] = freeze(f)
                findings[key] = Finding(
                    rule=rule_id, bindings=tuple((a, frozen[id(facts[a])]) for a in aliases),
                    facts=fids, claims=_claims_of(rule.anchor, aliases, facts), weak=weak)
        return Findings(sorted(findings.values(), key=lambda f: (f.rule, f.facts)),
                        skipped=tuple(skipped))

    def _run_rule(self, rule: Rule, rs: Ruleset, by_type: dict[str, list[dict[str, Any]]],
                  deadline: float | None, shared: Any = None
                  ) -> list[tuple[tuple[dict[str, Any], ...], str]]:
        """Assert the rule's tuples one by one; the combinations whose tuple matched, each with
        the bound name of its weak fact when the rule's weak variant matched ("" if none)
        (``shared``: the join's indexes over these facts, built by the rules before)."""
        join = union_tuples(self._branch_plans[rule.id], by_type, shared) if self.blocking else \
            all_tuples(self._plans[rule.id], by_type)
        combos = list(itertools.islice(join, MAX_TUPLES + 1))
        if len(combos) > MAX_TUPLES:
            raise RuleLimit("tuples", f"not run: more than {MAX_TUPLES:,} combinations of "
                            f"facts in this document (limit MAX_TUPLES = {MAX_TUPLES:,})")
        aliases = [a for a, _ in rule.pattern]
        fields = self._fields[rule.id]
        prepared: dict[tuple[str, int], dict[str, Any]] = {}
        bound: dict[str, tuple[dict[str, Any], ...]] = {}
        held: list[dict[str, Any]] = []
        self._matches.clear()
        try:
            for i, combo in enumerate(combos):
                if deadline is not None and not i % 1024 and time.monotonic() > deadline:
                    raise RuleLimit("time", f"not finished: the document's time limit ran out "
                                    f"after {i:,} of {len(combos):,} combinations of facts")
                fid = "|".join(f["fid"] for f in combo)
                fact: dict[str, Any] = {"t": TUPLE, "fid": fid, "sid": self._sid}
                for alias, f in zip(aliases, combo):
                    part = prepared.get((alias, id(f)))
                    if part is None:
                        part = prepared[(alias, id(f))] = {
                            tuple_key(alias, fld): post_value(f[fld]) for fld in fields[alias]}
                    fact.update(part)
                bound[fid] = combo
                if self._assert(rs, fact):
                    # retracted at once: durable_rules knows a fact by a 32-bit hash, and
                    # among ~200,000 facts held in one session two distinct ones collide
                    # (MessageObserved: a match lost); the session never holds more than one
                    held.append(fact)
                    self._empty(rs, held)
                    held.clear()
        finally:
            self._empty(rs, held)
        matched = [(bound[fid], weak) for rid, fid, weak in self._matches if fid in bound]
        self._matches.clear()
        return matched

    def _empty(self, rs: Ruleset, held: list[dict[str, Any]]) -> None:
        """Retract every fact this document left in the session, so the session is empty again.

        durable_rules' delete_state reads uninitialised memory and crashes on a session where
        no fact was ever handled (docs/engine.md), so a session is emptied, not deleted, and
        reused by the next document: working memory never holds more than one document.
        """
        try:
            for fact in held:
                try:
                    handle = rs._handle_result(durable_rules_engine.retract_fact(
                        rs._handle, _fact_json(fact)), fact)
                except MessageNotHandledException:
                    continue
                if handle:
                    try:
                        _do_actions(rs, handle)
                    except Exception:  # noqa: BLE001 - as durable's do_actions, ignored here
                        pass
        except Exception as exc:  # noqa: BLE001 - the session may hold stale facts now
            self._poisoned = f"could not empty the session: {exc}"
            raise EngineError(self._poisoned) from None

    def held_facts(self) -> int:
        """Facts left in the sessions (0 between documents): a check that memory is bounded."""
        total = 0
        for rs in self._rulesets.values():
            try:
                total += len(rs.get_facts(self._sid))
            except Exception:  # noqa: BLE001 - error 309: the session was never created
                pass
        return total

    @staticmethod
    def _assert(rs: Ruleset, fact: dict[str, Any]) -> bool:
        """Post one fact; False when no rule of the ruleset looks at it (normal).

        Calls the C engine directly: durable's Python wrapper serialises every unmatched fact
        a second time to build the text of MessageNotHandledException, which we never show.
        """
        result = durable_rules_engine.assert_fact(rs._handle, _fact_json(fact))
        if result[0] == 1:
            return False            # MessageNotHandled: no rule looks at this fact
        if result[0] == 2:
            raise EngineError(f"fact {fact.get('fid')} was posted twice")
        handle = 0 if result[0] == 3 else result[1]
        if handle:
            try:
                _do_actions(rs, handle)
            except Exception as exc:  # noqa: BLE001 - the engine's own failure
                raise EngineError(f"rule action failed: {exc}") from None
        return True


class _Match:
    """What an action is given: the message that matched (``_m``), as durable's Closure."""

    __slots__ = ("_m",)

    def __init__(self, message: Any):
        self._m = message if isinstance(message, dict) else None


def _do_actions(rs: Ruleset, handle: int) -> None:
    """Run the actions the last fact made ready, as ``Ruleset.do_actions`` does for a
    synchronous action that leaves the session's state as it is, with the same calls into the
    C engine in the same order (start, then update the state and complete, until no action is
    left) but none of the Python around them: a Closure with clock reads per action, and the
    state decoded and encoded again."""
    result = durable_rules_engine.start_action_for_state(rs._handle, handle)
    if not result:
        return
    state, message = result[0], json.loads(result[1])
    while True:
        name, matched = next(iter(message.items()))
        rs._actions[name]._func(_Match(matched))
        durable_rules_engine.update_state(rs._handle, state)
        following = durable_rules_engine.complete_and_start_action(rs._handle, handle)
        if not following:
            return
        message = json.loads(following)


def _claims_of(anchor: str, aliases: list[str], bound: dict[str, dict[str, Any]]
               ) -> tuple[str, ...]:
    out: list[str] = []
    for a in [anchor] + [x for x in aliases if x != anchor]:
        f = bound[a]
        if f.get("anchor"):
            out.append(f["anchor"])
        for fld in CLAIM_FIELDS.get(f.get("t", ""), ()):
            v = f.get(fld)
            for x in (v if isinstance(v, list) else [v]):
                if isinstance(x, str) and x:
                    out.append(x)
    return tuple(dict.fromkeys(out))


# a JSON number whose mantissa has no point before its exponent ("1e+20", "5e-324"), or a string
# (kept as written): durable_rules' parser rejects the first (error 204) unless it reads "1.0e+20"
_BARE_EXPONENT = re.compile(r'("(?:[^"\\]|\\.)*")|(?<![\d.])(-?\d+)([eE][+-]?\d+)')


def _fact_json(fact: dict[str, Any]) -> str:
    """The JSON text of one fact, its numbers written so durable_rules can read them."""
    text = json.dumps(fact, ensure_ascii=False, separators=(",", ":"))
    if "e+" not in text and "e-" not in text:
        return text
    return _BARE_EXPONENT.sub(lambda m: m.group(1) or f"{m.group(2)}.0{m.group(3)}", text)


# Engines kept idle in this process for a later checker of the same rules. Registering every
# rule's ruleset and planning its joins costs about 0.25 CPU seconds an engine (durable's
# create_ruleset, the conditions compiled, the join plans), the checking of a short document a
# few milliseconds; an engine checks any number of documents one after another, its sessions
# emptied between them. A supervisor builds one before it forks its workers (``keep_engine``),
# so each worker takes its parent's (a copy of the process: the rulesets registered) instead
# of registering them again; ``rules test`` gives its engine back after its articles.
_IDLE: dict[tuple[Any, ...], list["Engine"]] = {}
_IDLE_KEYS = 4      # rule sets kept at most (the oldest goes first)


def engine_key(book: Rulebook) -> tuple[Any, ...] | None:
    """What an engine's rules are: the rulebook's digest (every rule file, the gazetteer,
    the compiler's code) and each rule's switch and severity after the overrides; None for a
    rulebook with no digest (built in code, not loaded), whose engine is never shared."""
    if not book.digest:
        return None
    return (book.digest, tuple((rid, r.enabled, r.severity)
                               for rid, r in sorted(book.rules.items())))


def borrow_engine(book: Rulebook) -> "Engine":
    """An idle engine of the same rules as ``book`` (taken: no one else gets it), else a new
    one. Its ``rulebook`` is the one it was built with, equal to ``book`` in what it runs."""
    key = engine_key(book)
    idle = _IDLE.get(key) if key is not None else None
    if idle:
        try:
            return idle.pop()
        except IndexError:      # another thread took the last one
            pass
    return Engine(book)


def keep_engine(engine: "Engine") -> None:
    """Keep ``engine`` idle for a later ``borrow_engine`` in this process (and in the workers
    it forks), unless a failure left it unusable, facts are still in its sessions, or its
    rules cannot be named. One engine is kept per rule set."""
    key = engine.key
    if key is None or not engine.blocking or engine._poisoned or engine.held_facts():
        return
    if key not in _IDLE and len(_IDLE) >= _IDLE_KEYS:
        _IDLE.pop(next(iter(_IDLE)))
    idle = _IDLE.setdefault(key, [])
    if not idle:
        idle.append(engine)


def has_idle_engine(book: Rulebook) -> bool:
    """Whether ``borrow_engine(book)`` would take an idle engine."""
    key = engine_key(book)
    return key is not None and bool(_IDLE.get(key))
