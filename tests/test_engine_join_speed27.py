"""Join steps shared by identity (speed27): ``engine_join.plan`` gives one object per distinct
Step, a Step's hash is its fields' hash computed once, and ``_Indexes`` finds a step's index by
identity before it hashes, never mistaking another step for it."""

from __future__ import annotations

import gc

from factcheck import engine_join as J
from factcheck.rulebook import load_rulebook


def _step(n: int = 3) -> J.Step:
    return J.Step("claim", (("has_value", "eq", 1),), (("measure_k", 0, "measure_k"),), None,
                  J.Range("value", "gt", 0, "value", 1.0, float(n)))


def test_equal_steps_of_the_plans_are_one_object():
    book = load_rulebook(use_cache=False)
    steps = [s for r in book.rules.values() for p in J.branch_plans(r) for s in p]
    by_value: dict[J.Step, J.Step] = {}
    for s in steps:
        assert by_value.setdefault(s, s) is s
    assert len(by_value) < len(steps)   # the plans do share steps


def test_a_steps_hash_is_its_fields_hash():
    a, b = _step(), _step()
    fields = ("claim", (("has_value", "eq", 1),), (("measure_k", 0, "measure_k"),), None,
              J.Range("value", "gt", 0, "value", 1.0, 3.0), ())
    assert hash(a) == hash(b) == hash(fields) == hash(a)
    assert a == b and a != _step(4)
    assert J._interned(a) is J._interned(b)


def test_indexes_by_identity_never_mistake_another_step():
    facts = {"claim": [{"t": "claim", "has_value": 1, "measure_k": k % 2, "value": k}
                       for k in range(6)]}
    ix = J._Indexes(facts)
    a = _step(1)
    got = ix(a)
    assert ix(a) is got and ix(_step(1)) is got        # equal steps: one index
    other = _step(2)
    assert ix(other) is not got and ix(other).step is other
    # an id reused by a new object is not taken for the step that had it
    ix.by_id[id(other)] = (a, got)
    assert ix(other).step == other
    del a
    gc.collect()
    assert sorted(f["value"] for b in ix(_step(1)).buckets.values() for f in b.group) == \
        list(range(6))
