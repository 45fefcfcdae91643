"""``conversion``: a conversion given in the text that does not match its original.

Matches ``relation`` facts of kind ``conversion`` ("3 km (5 miles)"): the converted figure lies
outside the original's converted interval by more than ``tolerance`` (a fraction). Params:
``tolerance`` (default 0.02), ``dimensions`` (also flag a conversion into another kind of unit;
default true), ``expected`` (``interval``: the original's whole interval, or ``value``),
``exact_tolerance`` (the same for a conversion stated exactly: money over another stretch of
time with no qualifier, "£169.50 a week, or £8,814 a year"; default -1: ``tolerance``).
Example (rules/consistency/wrong-conversion.yaml)::

    check: conversion
    params: {tolerance: 0.02, dimensions: true}
"""

from __future__ import annotations

from ..checktype import CheckType, Params, Pattern, Where, relation_pattern


def build(p: Params, where: Where) -> Pattern:
    return relation_pattern(["conversion"], p, where)


CHECK = CheckType("conversion", "a conversion given in the text that does not match its original",
                  {"tolerance": 0.02, "dimensions": True, "expected": "interval",
                   "exact_tolerance": -1.0}, build,
                  "relation")
