"""Rule files -> validated rules -> durable_rules ruleset definitions (plain JSON-like dicts).

A rule is one YAML file, ``rules/<pack>/<id>.yaml``, read with the safe loader and validated
against ``factcheck/schemas/rule.schema.json``. It names one of a handful of generic *check
types* written in Python and parameterises it with data (``where`` filters, ``params``
thresholds, a message template). A check type expands into a *pattern*: facts bound to names,
each with tests on its fields; ``check: pattern`` lets a rule spell the pattern out itself, so
that a new pack needs no Python. The package, in the order data flows through it:

    loader     safe YAML with line numbers, schema validation, RuleFileError
    facts      the facts rules can match and the kinds of their fields
    language   where-tests, references, patterns and templates -> Test records (DNF)
    checktype  CheckType and the builders check types share
    checks/    one module per check type, found by name (CHECKS)
    parse      one rule file -> Rule
    compiler   a rule's branches -> durable_rules conditions (the one shape we emit)
    rule       the Rule and Rulebook records
    cache      compiled rulebooks on disk, keyed by a digest
    overrides  project configuration: rules off/on, severities
    packs      load_rulebook: files -> parsed (or cached) rules -> Rulebook
    render     message templates filled from a finding's facts

Malformed rule files raise ``RuleFileError(path, line, message)``: one line, never a traceback,
never a silently skipped rule. This package must not import durable_rules (only
``factcheck.engine`` does) and must not run code from rule files (safe YAML, no eval).
"""

from __future__ import annotations

from .cache import COMPILER_VERSION
from .checks import CHECKS
from .checktype import CheckType
from .compiler import TUPLE, condition, tuple_key
from .facts import CLAIM_FIELDS, FACT_TYPES
from .language import MAX_BRANCHES, OPS, Test
from .loader import RuleFileError
from .overrides import OVERRIDE_VALUES, apply_overrides
from .packs import load_gazetteer, load_rulebook, rule_files
from .parse import parse_rule
from .render import render
from .rule import WEAK_MARK, Rule, Rulebook, freeze

# the engine imported the old module's private name; kept so its import keeps working
_freeze = freeze

__all__ = [
    "CHECKS", "CLAIM_FIELDS", "COMPILER_VERSION", "FACT_TYPES", "MAX_BRANCHES", "OPS",
    "OVERRIDE_VALUES", "TUPLE", "CheckType", "Rule", "RuleFileError", "Rulebook", "Test",
    "apply_overrides", "condition", "freeze", "load_gazetteer", "load_rulebook", "parse_rule",
    "WEAK_MARK", "render", "rule_files", "tuple_key",
]
