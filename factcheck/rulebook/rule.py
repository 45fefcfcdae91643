"""The records a rulebook is made of: ``Rule`` (one validated, expanded rule file) and
``Rulebook`` (every loaded rule, the gazetteer and the cache key).

Records only: building them is ``parse`` and ``packs``; their durable_rules form comes from
``compiler``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .compiler import condition, tuple_fields
from .facts import FACT_TYPES
from .language import Test

# the durable rule of a branch whose bound fact (the alias after the mark) rests on a weak key
WEAK_MARK = "!weak:"


@dataclass(frozen=True)
class Rule:
    """One rule file, validated and expanded to its pattern and branches."""

    id: str
    title: str
    severity: str
    check: str
    message: str
    description: str
    examples: tuple[tuple[str, str], ...]
    references: tuple[str, ...]
    path: str
    line: int
    pack: str
    pattern: tuple[tuple[str, str], ...]      # (alias, fact type), in order
    branches: tuple[Any, ...]                  # per durable rule: {alias: [Test, ...]}
    anchor: str
    suggestion: str | None = None
    verdict: str | None = None
    reading: str | None = None                 # template: the reading a verdict is for
    enabled: bool = True
    default_severity: str = ""
    params: tuple[tuple[str, Any], ...] = ()
    unless: tuple[str, ...] = ()
    # False: the rule raises no flag and gives no verdict; its matches are readings another
    # rule's ``unless`` reads (a headline figure that agrees with one of the body's)
    flag: bool = True

    def example(self, kind: str) -> str:
        return dict(self.examples).get(kind, "")

    def fact_types(self) -> frozenset[str]:
        return frozenset(t for _, t in self.pattern)

    def alias_type(self, alias: str) -> str:
        return dict(self.pattern)[alias]

    def durable_rules(self) -> dict[str, dict[str, Any]]:
        """The durable_rules definitions of this rule: name -> {"all": [{"p": condition}]}.

        Every rule matches ONE fact: a tuple that binds one fact per name of the rule's pattern
        (fields ``<name>__<field>``), built by factcheck.engine. Joins happen inside that fact
        through ``$m`` references, never across durable facts (see docs/engine.md).
        """
        out = {}
        capped = self.capped_aliases()
        for k, branch in enumerate(self.branches):
            if not capped:
                out[f"{self.id}#{k}"] = {"all": [{"p": condition(self.pattern, branch)}]}
                continue
            # an error needs keys written or carried within the paragraph: one durable rule
            # for findings whose facts are all firm, and one per bound fact that is the first
            # weak one (the engine records which; the flag is then at most a warning)
            for i, alias in enumerate(("",) + capped):
                firm = capped[:i - 1] if alias else capped
                extra = {a: [Test("weak", "eq", 0)] for a in firm}
                if alias:
                    extra[alias] = [Test("weak", "eq", 1)]
                tests = {a: list(branch[a]) + extra.get(a, []) for a in branch}
                name = f"{self.id}#{k}" + (f"{WEAK_MARK}{alias}" if alias else "")
                out[name] = {"all": [{"p": condition(self.pattern, tests)}]}
        return out

    def capped_aliases(self) -> tuple[str, ...]:
        """The bound names whose facts say whether their keys are weak (``weak``), when the
        rule gives errors: a finding on a weak fact is at most a warning (docs/rules.md,
        "Basis")."""
        if self.severity != "error":
            return ()
        return tuple(a for a, t in self.pattern if "weak" in FACT_TYPES[t])

    def tuple_fields(self) -> dict[str, tuple[str, ...]]:
        """Per bound name, the fields the conditions read (what a tuple fact must carry)."""
        got = tuple_fields(self.pattern, self.branches)
        for a in self.capped_aliases():
            got[a] = tuple(sorted(set(got[a]) | {"weak"}))
        return got


@dataclass
class Rulebook:
    """All loaded rules (including switched-off ones), the gazetteer, and the cache key."""

    rules: dict[str, Rule]
    gazetteer: tuple[str, ...] = ()
    digest: str = ""
    sources: tuple[str, ...] = ()

    def active(self) -> list[Rule]:
        return [r for r in self.rules.values() if r.enabled]

    def get(self, rule_id: str) -> Rule:
        return self.rules[rule_id]

    def __contains__(self, rule_id: str) -> bool:
        return rule_id in self.rules

    def rulesets(self) -> dict[str, dict[str, Any]]:
        """Ruleset name (the rule id) -> durable definition, for every enabled rule."""
        return {r.id: r.durable_rules() for r in self.active()}

    def metadata(self) -> dict[str, dict[str, Any]]:
        return {r.id: {"title": r.title, "description": r.description, "severity": r.severity,
                       "help": _help_text(r), "enabled": r.enabled, "pack": r.pack,
                       "references": list(r.references)}
                for r in self.rules.values()}


def _help_text(rule: Rule) -> str:
    return (f"{rule.description.strip()}\n\nBad: {rule.example('bad').strip()}\n"
            f"Good: {rule.example('good').strip()}")


def freeze(v: Any) -> Any:
    """Lists and mappings as (sorted) tuples, so a rule's params are hashable."""
    if isinstance(v, list):
        return tuple(freeze(x) for x in v)
    if isinstance(v, dict):
        # (a scalar value is its own frozen form: most of a fact's values)
        return tuple(sorted([(k, x if type(x) in _SCALARS else freeze(x))
                             for k, x in v.items()]))
    return v


_SCALARS = frozenset({str, int, float, bool, type(None)})
