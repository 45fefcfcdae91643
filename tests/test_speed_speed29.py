"""speed29: the join's sorted views of small buckets (one or two facts) are built without a
sort; they must be what the sort gives: the facts in the order of their posted values, equal
values in the order the facts came, each value as ``post_value`` writes it."""

from __future__ import annotations

import itertools

import pytest

from factcheck.engine_join import _Bucket, post_value


def _sorted_view(group: list[dict], fld: str) -> tuple[list, list[dict]]:
    """The view as a stable sort of the facts on their posted values gives it."""
    ordered = sorted(group, key=lambda f: post_value(f[fld]))
    return [post_value(f[fld]) for f in ordered], ordered


_VALUES = [3, 1, 1, 2.5, 1e-05, 2e16, -4, 0]


@pytest.mark.parametrize("size", [1, 2, 3])
def test_view_is_the_stable_sort_of_the_facts(size):
    for values in itertools.permutations(_VALUES, size):
        group = [{"v": v, "k": i} for i, v in enumerate(values)]
        got = _Bucket(group).view("v")
        want = _sorted_view(group, "v")
        assert got[0] == want[0], values
        assert [f["k"] for f in got[1]] == [f["k"] for f in want[1]], values


def test_equal_values_keep_the_facts_order_and_strings_sort_too():
    group = [{"v": "b", "k": 0}, {"v": "b", "k": 1}]
    assert [f["k"] for f in _Bucket(group).view("v")[1]] == [0, 1]
    group = [{"v": "b", "k": 0}, {"v": "a", "k": 1}]
    values, facts = _Bucket(group).view("v")
    assert values == ["a", "b"] and [f["k"] for f in facts] == [1, 0]


def test_a_view_is_built_once_and_leaves_the_bucket_as_it_was():
    group = [{"v": 2, "k": 0}, {"v": 1, "k": 1}]
    b = _Bucket(group)
    first = b.view("v")
    assert b.view("v") is first
    assert [f["k"] for f in b.group] == [0, 1]     # the bucket's own list is not reordered
    first[1].append({"v": 9})                      # a view's list is its own
    assert len(b.group) == 2
    assert post_value(1e-05) == _Bucket([{"v": 1e-05}]).view("v")[0][0]
