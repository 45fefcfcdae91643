"""``spelling_variants``: one name spelled two ways in one document.

Matches ``name_pair`` facts (two names of the document) at least ``min_similarity`` alike
(default 0.8). Example (rules/consistency/name-spelling-variants.yaml)::

    check: spelling_variants
    params: {min_similarity: 0.85}
    where: {inflected: 0}
"""

from __future__ import annotations

from ..checktype import CheckType, Params, Pattern, Where, merge


def build(p: Params, where: Where) -> Pattern:
    return {"facts": [{"as": "p", "type": "name_pair",
                       "where": merge({"similarity": {"ge": float(p["min_similarity"])}},
                                      where)}],
            "anchor": "p"}


CHECK = CheckType("spelling_variants", "one name spelled two ways in one document",
                  {"min_similarity": 0.8}, build, "name_pair")
