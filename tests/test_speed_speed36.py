"""The order the suite is handed to pytest-xdist's workers in (tests/order_support.py): the
recorded costliest tests first, every other test after them in its collection order, none
dropped or added; and the recorded costs name tests that exist."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from order_support import COSTS, cost_of, costliest_first, costs_from_durations, read_costs

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class _Item:
    nodeid: str


def test_the_costliest_files_go_first_and_the_rest_keep_their_order():
    ids = ["tests/test_0.py::test_plain", "tests/test_a.py::test_one",
           "tests/test_a.py::test_two[x]", "tests/test_b.py::test_small",
           "tests/test_b.py::test_big[1]", "tests/test_b.py::test_big[2]",
           "tests/test_c.py::test_mid", "tests/test_c.py::test_last", "tests/test_d.py::test_z"]
    costs = {"tests/test_b.py::test_big": 30.0, "tests/test_c.py::test_mid": 5.0,
             "tests/test_a.py::test_two[x]": 9.0, "tests/test_gone.py::test_old": 99.0}
    got = [it.nodeid for it in costliest_first([_Item(i) for i in ids], costs)]
    # each file whole, in its own order; files by their costliest test; the rest as collected
    assert got == ["tests/test_b.py::test_small", "tests/test_b.py::test_big[1]",
                   "tests/test_b.py::test_big[2]", "tests/test_a.py::test_one",
                   "tests/test_a.py::test_two[x]", "tests/test_c.py::test_mid",
                   "tests/test_c.py::test_last", "tests/test_0.py::test_plain",
                   "tests/test_d.py::test_z"]
    assert sorted(got) == sorted(ids)
    assert costliest_first([_Item(i) for i in ids], {}) == [_Item(i) for i in ids]


def test_a_parameter_s_own_cost_comes_before_its_test_s():
    costs = {"t.py::f": 2.0, "t.py::f[a]": 7.0}
    assert cost_of("t.py::f[a]", costs) == 7.0
    assert cost_of("t.py::f[b]", costs) == 2.0
    assert cost_of("t.py::g[a]", costs) == 0.0


def test_costs_are_read_from_a_durations_report_s_calls():
    report = """
============================= slowest 5 durations =============================
52.60s call     tests/test_r.py::test_set
26.47s setup    tests/test_p.py::test_first[314,940-from July]
3.20s call     tests/test_p.py::test_first[314,940-from July]
0.40s call     tests/test_q.py::test_small
0.30s teardown tests/test_r.py::test_set
"""
    assert costs_from_durations(report) == {"tests/test_r.py::test_set": 52.6,
                                            "tests/test_p.py::test_first[314,940-from July]": 3.2}
    assert costs_from_durations(report, floor=0.1)["tests/test_q.py::test_small"] == 0.4


def test_the_recorded_file_reads_back_and_names_tests_that_exist(tmp_path):
    costs = read_costs()
    assert len(costs) >= 20 and all(v > 0 for v in costs.values())
    for nodeid in costs:
        path, name = nodeid.split("::", 1)
        source = (ROOT / path).read_text(encoding="utf-8")
        func = re.sub(r"\[.*", "", name).split("::")[-1]
        assert re.search(rf"^\s*def {re.escape(func)}\(", source, re.M), nodeid
    assert read_costs(tmp_path / "absent.txt") == {}
    (tmp_path / "c.txt").write_text("# note\n\n  1.50 t.py::f[a b]\n", encoding="utf-8")
    assert read_costs(tmp_path / "c.txt") == {"t.py::f[a b]": 1.5}
    assert COSTS.name == "test_costs.txt"
