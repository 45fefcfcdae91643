"""The rules engine: durable_rules 2.0.28 behind one small API. The only module that imports it.

``Engine(rulebook)`` registers one durable ruleset per enabled rule, all of them at start-up,
before any fact is posted. ``Engine.run(doc, claims, references)`` builds the document's facts
(factcheck.engine_facts), and for each rule asserts one *tuple* fact per assignment of distinct
facts to the rule's names (the compiled condition decides which tuples match: joins happen
inside one durable fact), drains the actions the matches fire, retracts every tuple that was
handled (the session is empty again between documents) and returns ``Finding`` records.

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

import itertools
import math
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .durable_compat import provide_pyeval_callobject
from .engine_facts import BIG, build_facts
from .model import Claim, Document, Reference
from .rulebook import CLAIM_FIELDS, TUPLE, Rule, Rulebook, _freeze, tuple_key

provide_pyeval_callobject()   # durable_rules needs it on Python 3.13+, before it is imported

import durable_rules_engine
from durable.engine import MessageNotHandledException, Ruleset

MAX_TUPLES = 500_000   # fact combinations one rule may consider in one document


@dataclass(frozen=True)
class Finding:
    """One match of one rule: the facts bound to its names (JSON-like, picklable)."""

    rule: str
    bindings: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...]
    facts: tuple[str, ...]          # fact ids, in binding order
    claims: tuple[str, ...]         # claim ids involved, anchor's first

    def binding(self, alias: str) -> dict[str, Any]:
        return dict(dict(self.bindings)[alias])

    def bound(self) -> dict[str, dict[str, Any]]:
        return {a: dict(f) for a, f in self.bindings}


class _NoHost:
    """durable's Ruleset asks its host for named actions; ours are callables, never names."""

    def get_action(self, name: str) -> Any:  # pragma: no cover - never called
        raise KeyError(name)


class EngineError(RuntimeError):
    pass


class Engine:
    """All rulesets registered once; one session per document; state removed afterwards."""

    _sids = itertools.count(1)

    def __init__(self, rulebook: Rulebook):
        self.rulebook = rulebook
        self._rules = {r.id: r for r in rulebook.active()}
        self._rulesets: dict[str, Ruleset] = {}
        self._matches: list[tuple[str, str]] = []
        host = _NoHost()
        # Register everything before any fact is posted.
        for rule in self._rules.values():
            definition = {}
            for name, d in rule.durable_rules().items():
                d = dict(d)
                d["run"] = self._collector(rule.id)
                definition[name] = d
            try:
                self._rulesets[rule.id] = Ruleset(f"fc:{rule.id}", host, definition)
            except Exception as exc:  # durable rejects the definition: a compiler bug
                raise EngineError(f"{rule.path}: durable_rules rejected rule '{rule.id}': "
                                  f"{exc}") from None
        self._types = {rid: r.fact_types() for rid, r in self._rules.items()}
        self._fields = {rid: r.tuple_fields() for rid, r in self._rules.items()}
        self._links = {rid: _reference_links(r) for rid, r in self._rules.items()}
        self._sid = f"factcheck-{os.getpid()}-{next(self._sids)}"
        self._poisoned: str | None = None
        self._all_types = frozenset().union(*self._types.values()) if self._types else frozenset()

    def _collector(self, rule_id: str):
        matches = self._matches

        def run(c: Any) -> None:
            m = c._m if isinstance(getattr(c, "_m", None), dict) else {}
            fact = m.get("p")
            if isinstance(fact, dict):
                matches.append((rule_id, fact.get("fid", "")))
        return run

    def facts(self, doc: Document, claims: Sequence[Claim],
              references: Sequence[Reference] = ()) -> list[dict[str, Any]]:
        """The facts ``run`` posts for this document (for ``factcheck rules test -v``)."""
        return build_facts(doc, claims, references, self.rulebook.gazetteer,
                           self._all_types).facts

    def run(self, doc: Document, claims: Sequence[Claim],
            references: Sequence[Reference] = ()) -> list[Finding]:
        if self._poisoned:
            raise EngineError(f"engine unusable after an earlier failure: {self._poisoned}")
        factset = build_facts(doc, claims, references, self.rulebook.gazetteer, self._all_types)
        by_type: dict[str, list[dict[str, Any]]] = {}
        for fact in factset.facts:
            by_type.setdefault(fact["t"], []).append(fact)
        findings: dict[tuple[str, tuple[str, ...]], Finding] = {}
        for rule_id, rs in self._rulesets.items():
            rule = self._rules[rule_id]
            aliases = [a for a, _ in rule.pattern]
            self._matches.clear()
            held: list[dict[str, Any]] = []
            bound: dict[str, tuple[dict[str, Any], ...]] = {}
            fields = self._fields[rule_id]
            prepared: dict[tuple[str, int], dict[str, Any]] = {}
            try:
                for combo in self._tuples(rule, by_type):
                    fid = "|".join(f["fid"] for f in combo)
                    fact: dict[str, Any] = {"t": TUPLE, "fid": fid, "sid": self._sid}
                    for alias, f in zip(aliases, combo):
                        part = prepared.get((alias, id(f)))
                        if part is None:
                            part = prepared[(alias, id(f))] = {
                                tuple_key(alias, fld): _clamp(f[fld]) for fld in fields[alias]}
                        fact.update(part)
                    bound[fid] = combo
                    if self._assert(rs, fact):
                        held.append(fact)
            finally:
                self._empty(rs, held)
            for rid, fid in self._matches:
                combo = bound.get(fid)
                if combo is None:
                    continue
                fids = tuple(f["fid"] for f in combo)
                key = (rid, fids if rule.check == "pattern" else tuple(sorted(fids)))
                if key in findings:
                    continue
                facts = {a: f for a, f in zip(aliases, combo)}
                findings[key] = Finding(
                    rule=rid, bindings=tuple((a, _freeze(facts[a])) for a in aliases),
                    facts=fids, claims=_claims_of(rule.anchor, aliases, facts))
            self._matches.clear()
        return sorted(findings.values(), key=lambda f: (f.rule, f.facts))

    def _tuples(self, rule: Rule, by_type: dict[str, list[dict[str, Any]]]
                ) -> Iterator[tuple[dict[str, Any], ...]]:
        """Every assignment of distinct facts to the rule's names (the engine decides which
        match: nothing is filtered here). Bounded so one document cannot exhaust memory."""
        pools = [by_type.get(t, []) for _, t in rule.pattern]
        size = 1
        for p in pools:
            size *= len(p)
        if size > MAX_TUPLES:
            raise EngineError(f"rule '{rule.id}': {size:,} combinations of facts in one "
                              f"document (limit {MAX_TUPLES:,})")
        links = self._links[rule.id]
        for combo in itertools.product(*pools):
            if len(combo) > 1 and len({id(f) for f in combo}) < len(combo):
                continue        # a fact is never bound twice, as in any rules engine
            if any(combo[r]["claim"] != combo[c]["id"] for r, c in links):
                continue        # a reference only ever belongs to the claim it was found for
            yield combo

    def _empty(self, rs: Ruleset, held: list[dict[str, Any]]) -> None:
        """Retract every fact this document left in the session, so the session is empty again.

        durable_rules' delete_state reads uninitialised memory and crashes on a session where
        no fact was ever handled (docs/engine.md), so a session is emptied, not deleted, and
        reused by the next document: working memory never holds more than one document.
        """
        try:
            for fact in held:
                try:
                    handle = rs.retract_fact(fact)
                except MessageNotHandledException:
                    continue
                if handle:
                    rs.do_actions(handle, lambda e, state: None)
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
        result = durable_rules_engine.assert_fact(
            rs._handle, json.dumps(fact, ensure_ascii=False, separators=(",", ":")))
        if result[0] == 1:
            return False            # MessageNotHandled: no rule looks at this fact
        if result[0] == 2:
            raise EngineError(f"fact {fact.get('fid')} was posted twice")
        handle = 0 if result[0] == 3 else result[1]
        if handle:
            errors: list[Any] = []
            rs.do_actions(handle, lambda e, state: errors.append(e) if e else None)
            if errors:
                raise EngineError(f"rule action failed: {errors[0]}")
        return True


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


def _reference_links(rule: Rule) -> list[tuple[int, int]]:
    """(reference position, claim position) pairs that every alternative of the rule joins by
    ``reference.claim_n == claim.n``. The store finds each reference for one claim, so tuples
    that pair it with another claim would fail that test: they are not built (the condition
    still holds the test). Nothing else is pre-filtered."""
    out = []
    for ri, (ra, rt) in enumerate(rule.pattern):
        if rt != "reference":
            continue
        for ci, (ca, ct) in enumerate(rule.pattern):
            if ct == "claim" and all(
                    any(t.field == "claim_n" and t.op == "eq" and t.ref == (ca, "n", 1.0, 0.0)
                        for t in branch[ra]) for branch in rule.branches):
                out.append((ri, ci))
    return out


def _clamp(v: Any) -> Any:
    """A number in a form durable_rules' JSON parser reads (else error 204).

    The parser wants a decimal point before an exponent and no '+' in it, while Python writes
    1e+16 and 1e-05: values stay within +-1e15 (posted facts never need more), and a float
    written without a point moves one ulp toward zero (1e-05 -> 9.999999999999999e-06).
    """
    if isinstance(v, float):
        if abs(v) >= BIG:
            return math.copysign(BIG, v)
        r = repr(v)
        if "e" in r and "." not in r:
            return math.nextafter(v, 0.0)
    return v
