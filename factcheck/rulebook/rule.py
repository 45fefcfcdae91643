"""The records a rulebook is made of: ``Rule`` (one validated, expanded rule file) and
``Rulebook`` (every loaded rule, the gazetteer and the cache key).

Records only: building them is ``parse`` and ``packs``; their durable_rules form comes from
``compiler``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .compiler import condition, tuple_fields


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
        return {f"{self.id}#{k}": {"all": [{"p": condition(self.pattern, branch)}]}
                for k, branch in enumerate(self.branches)}

    def tuple_fields(self) -> dict[str, tuple[str, ...]]:
        """Per bound name, the fields the conditions read (what a tuple fact must carry)."""
        return tuple_fields(self.pattern, self.branches)


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
        return tuple(sorted((k, freeze(x)) for k, x in v.items()))
    return v
