"""Filling a rule's message and suggestion templates from the facts a finding bound.

``{name.field}`` is replaced by that field of the fact bound to ``name``; numbers are shown the
way news text shows them (``normalize.figures.number``: thousands separators, no spurious
decimals) and vocabulary keys as
words (``personnel_losses`` -> "personnel losses").
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Mapping
from typing import Any

from .language import TEMPLATE

# fields that hold vocabulary keys, shown as words
_HUMAN = frozenset({"measure", "subject", "noun", "kind", "role", "section"})


def render(template: str, bindings: Mapping[str, Mapping[str, Any]]) -> str:
    """Fill ``{name.field}`` from bound facts; numbers are shown the way the text shows them.

    ``normalize.figures`` is imported here, not with the module: importing the rulebook (and
    the engine) does not load the extractor's patterns, which under valgrind took most of
    the memcheck test's time."""
    from ..normalize.figures import number

    def sub(m: re.Match[str]) -> str:
        alias, fld = m.groups()
        if fld == "measure_said":
            return measure_said(str(bindings.get(alias, {}).get("measure") or ""))
        if fld == "unit_said":
            # a plain count has no unit to name: "(a plain count and foot)", not "( and foot)"
            return unit_said(str(bindings.get(alias, {}).get("unit") or ""))
        v = bindings.get(alias, {}).get(fld, "")
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return number(v)
        if fld in _HUMAN and isinstance(v, str):
            return v.replace("_", " ")      # vocabulary keys: personnel_losses -> personnel losses
        return str(v)
    return TEMPLATE.sub(sub, template)


def measure_said(measure: str) -> str:
    """A fact's measure as an editor reads it (``{x.measure_said}`` in a template): a
    vocabulary measure by its words ("personnel losses", "revenue"); a measure read from the
    counted noun itself, its singular lemma, as the number of them ("passenger" -> "number of
    passengers"), so that "for the same passenger" reads "for the same number of passengers"."""
    if not measure:
        return "figure"
    if measure in _vocabulary_measures() or not measure.isalpha():
        return measure.replace("_", " ")
    return f"number of {_plural(measure)}"


@lru_cache(maxsize=1)
def _vocabulary_measures() -> frozenset[str]:
    from ..extract import vocab
    return frozenset(str(k) for k in (vocab.load("measures.yaml").get("measures") or {}))


# nouns whose plural is not made with -s, read as counted nouns as they are written
_PLURAL_ALREADY = frozenset("people children men women police staff cattle sheep fish "
                            "deer aircraft personnel livestock".split())


def _plural(noun: str) -> str:
    """The plural of a singular lemma, by the regular English endings ("baby" -> "babies",
    "bus" -> "buses"); a noun already plural in form ("sales", "people") is kept."""
    if noun in _PLURAL_ALREADY:
        return noun
    if noun.endswith(("ss", "sh", "ch", "x", "z")) or noun.endswith("s") and len(noun) < 4:
        return noun + "es"
    if noun.endswith("s"):
        return noun
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def unit_said(unit: str) -> str:
    """A unit as an editor reads it (``{x.unit_said}``): "square kilometer" for pint's
    "kilometer ** 2", "kilometer per hour" for "kilometer / hour", "a plain count" for none."""
    if not unit:
        return "a plain count"
    out = []
    for part in unit.split(" / "):
        base, _, power = part.partition(" ** ")
        word = base.strip().replace("_", " ")
        out.append({"2": f"square {word}", "3": f"cubic {word}"}.get(power.strip(), word))
    return " per ".join(out)

