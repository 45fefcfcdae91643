"""``gazetteer_near_miss``: a place name close to a gazetteer entry but not in it.

Matches ``name`` facts not in ``rules/vocab/gazetteer.yaml`` whose nearest entry is at least
``min_similarity`` alike (default 0.85). Example (rules/consistency/place-name-near-miss.yaml)::

    check: gazetteer_near_miss
    params: {min_similarity: 0.85}
    where: {inflected: 0}
"""

from __future__ import annotations

from ..checktype import CheckType, Params, Pattern, Where, merge


def build(p: Params, where: Where) -> Pattern:
    return {"facts": [{"as": "n", "type": "name",
                       "where": merge({"in_gazetteer": 0,
                                       "nearest_score": {"ge": float(p["min_similarity"])}},
                                      where)}],
            "anchor": "n"}


CHECK = CheckType("gazetteer_near_miss", "a place name close to a gazetteer entry but not in it",
                  {"min_similarity": 0.85}, build, "name")
