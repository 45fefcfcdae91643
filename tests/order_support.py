"""The order pytest-xdist hands the suite's tests out in: the costliest first.

xdist's ``load`` scheduling gives each worker a run of consecutive tests and tops it up as the
worker finishes them; a test once given cannot move to the other worker. In collection order
(files by name) the heaviest tests (the phrasing set in test_readings, the CLI fuzzing) came
late: one worker ran them while the other, its queue empty, waited. Handed out first, they run
while both workers still have the many short tests to share, and the run ends on short tests.
Whole files move (the file of the costliest test first), never a test away from its file.

The costs are recorded in ``test_costs.txt`` beside this file (seconds, then a test's node id;
an id without its ``[parameters]`` covers every parameter of that test), made from a
``--durations`` report by ``python tests/order_support.py REPORT > tests/test_costs.txt``. A
test not listed keeps its place after the listed ones; an id listed that no longer exists is
ignored, so a stale file only orders less well, it never drops or adds a test.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Iterable, TypeVar

COSTS = Path(__file__).with_name("test_costs.txt")
# a line of pytest's --durations report: "12.34s call     tests/test_x.py::test_y[a]"
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)s\s+call\s+(\S.*?)\s*$")
_T = TypeVar("_T")


def read_costs(path: Path = COSTS) -> dict[str, float]:
    """{node id: seconds} from a costs file ("# ..." lines are comments); {} if it is absent."""
    if not path.is_file():
        return {}
    costs: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            seconds, nodeid = line.split(None, 1)
            costs[nodeid.strip()] = float(seconds)
    return costs


def cost_of(nodeid: str, costs: dict[str, float]) -> float:
    """The recorded cost of a test: its own id's, else its id's without the parameters."""
    got = costs.get(nodeid)
    if got is None and "[" in nodeid:
        got = costs.get(nodeid.split("[", 1)[0])
    return got or 0.0


def costliest_first(items: Iterable[_T], costs: dict[str, float]) -> list[_T]:
    """``items`` (anything with a ``nodeid``) file by file, the file whose costliest test has
    the highest recorded cost first; a stable sort, so each file's tests stay together in
    their order (a module's fixtures are set up once, its tests run as they were written)
    and the files with no recorded cost keep their collection order after the others."""
    listed = list(items)
    ids = [it.nodeid for it in listed]  # type: ignore[attr-defined]
    top: dict[str, float] = {}
    for nodeid in ids:
        path = nodeid.split("::", 1)[0]
        top[path] = max(top.get(path, 0.0), cost_of(nodeid, costs))
    order = sorted(range(len(ids)), key=lambda k: -top[ids[k].split("::", 1)[0]])
    return [listed[k] for k in order]


def costs_from_durations(report: str, floor: float = 1.0) -> dict[str, float]:
    """{node id: seconds} of each test whose call in a ``--durations`` report took at least
    ``floor`` seconds. A setup's time is left out: it is a module's or the session's fixture,
    paid by the first test of the module a worker runs, wherever that test is placed."""
    total: dict[str, float] = {}
    for line in report.splitlines():
        m = _DURATION.match(line)
        if m:
            total[m.group(2)] = total.get(m.group(2), 0.0) + float(m.group(1))
    return {k: v for k, v in total.items() if v >= floor}


def main(argv: list[str]) -> None:
    costs = costs_from_durations(Path(argv[0]).read_text(encoding="utf-8"))
    print("# seconds (the call, one --durations run) and node id; read by "
          "tests/order_support.py")
    for nodeid, seconds in sorted(costs.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{seconds:8.2f} {nodeid}")


if __name__ == "__main__":
    main(sys.argv[1:])
