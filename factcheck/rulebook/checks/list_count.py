"""``list_count``: a count that does not match the names its sentence lists.

Matches ``sum`` facts of kind ``names`` (factcheck.engine_facts, from
factcheck.normalize.listed_names: "Seven states lost people over the year: Illinois (22,194),
..."): the fewest names the list can be read as holding is more than the count's wording
allows, or the most is fewer (a name joined by "and" may be one name or two: only a count
no reading matches). Example (rules/consistency/list-count-mismatch.yaml)::

    check: list_count
    params: {}
"""

from __future__ import annotations

from ..checktype import CheckType, Params, Pattern, Where, merge, ref


def build(p: Params, where: Where) -> Pattern:
    return {"facts": [{"as": "s", "type": "sum",
                       "where": merge({"kind": "names", "has_total": 1}, where),
                       "any": [{"parts_lower": {"gt": ref("s", "total_upper")}},
                               {"parts_upper": {"lt": ref("s", "total_lower")}}]}],
            "anchor": "s"}


CHECK = CheckType("list_count", "a count that does not match the names its sentence lists",
                  {}, build, "sum")
