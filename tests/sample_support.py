"""The part of the per-session regression files that `make test` runs; CI runs them all.

The files of the everyday, readings and dates probes (``test_everyday*.py``,
``test_readings_*.py``, ``test_dates_readings*.py``, ``test_dates_forms*.py``: 5,600 tests
in 274 files) are each many short cases of the one mechanism every such test has:
a text in our own words through extraction, normalization and the shipped rules, and an
assertion on the claims, verdicts or flags. They cost 128 of the 293 CPU seconds `make test`'s
two workers spent in tests (speed48, one measured run).
`make test` runs a stable sample of them (``sampled``), chosen by test function (all the
parameters of a function go together):

- every ``STRIDE``-th function by a hash of its file and name (CRC-32: the same in every
  process and on every machine, unlike ``hash``), and
- the first function of every file (each session's file is still imported and run), and
- for every shipped rule (its id) that a test function of these files names in its code, a
  function that names it: the hashed ones first, then the first one in file order.

Two tests of one check over every module or article (``PER_CASE``: a name bound twice in a
module, a fact read from the text) run every ``STRIDE``-th parameter by the hash of its id.
The rest are marked ``slow`` with the reason ``SAMPLED_REASON``: CI (``CI=true`` or
``FACTCHECK_SLOW_TESTS=1``) runs every one of them, as before. Only a run of the whole tests
folder is sampled (`make test`, pytest with no arguments): a run of named files or tests runs
every test it names.
"""

from __future__ import annotations

import fnmatch
import zlib
from pathlib import Path
from typing import Any, Sequence

STRIDE = 6
# the per-session regression files (names in the tests folder); test_readings.py is not one of
# them: its phrasing set already runs in parts (part 0 in `make test`), and its other tests
# are the readings' first and broadest cases
FAMILIES = ("test_everyday*.py", "test_readings_*.py", "test_dates_readings*.py",
            "test_dates_forms*.py")
# tests of one check over many cases, sampled by case (their node ids without the parameters)
PER_CASE = ("tests/test_module_names.py::test_each_top_level_name_is_bound_once",
            "tests/test_engine_facts.py::test_facts_do_not_read_the_text")
SAMPLED_REASON = "sampled: `make test` runs every {}-th case; CI runs all"
RULES_DIR = Path(__file__).resolve().parents[1] / "rules"


def shipped_rule_ids(rules_dir: Path = RULES_DIR) -> frozenset[str]:
    """The ids of the shipped rules: the names of their YAML files outside the vocabularies."""
    return frozenset(p.stem for p in rules_dir.rglob("*.yaml") if "vocab" not in p.parts)


def in_family(nodeid: str, families: Sequence[str] = FAMILIES) -> bool:
    """Whether the test ``nodeid`` is in one of the per-session files."""
    name = nodeid.split("::", 1)[0].rsplit("/", 1)[-1]
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in families)


def function_key(nodeid: str) -> str:
    """A test's file and function: its node id without its ``[parameters]``."""
    return nodeid.split("[", 1)[0]


def hashed_in(key: str, stride: int = STRIDE) -> bool:
    """Whether the function ``key`` is one of every ``stride``-th by its CRC-32."""
    return zlib.crc32(key.encode("utf-8")) % stride == 0


def strings_in(code: Any) -> set[str]:
    """The string constants of a code object and of the code objects it holds (its inner
    functions, comprehensions), also inside constant tuples and frozensets."""
    found: set[str] = set()
    todo = list(getattr(code, "co_consts", ()))
    while todo:
        const = todo.pop()
        if isinstance(const, str):
            found.add(const)
        elif isinstance(const, (tuple, frozenset)):
            todo.extend(const)
        elif hasattr(const, "co_consts"):
            todo.extend(const.co_consts)
    return found


def whole_suite(args: Sequence[str], folder: Path) -> bool:
    """Whether a run was asked for the whole tests ``folder`` (as `make test` and CI ask, and
    pytest with no arguments): a run of named files or tests runs every test it names."""
    return any(Path(arg.split("::")[0]).resolve() == folder.resolve() for arg in args)


def sampled(functions: Sequence[tuple[str, set[str]]], rule_ids: frozenset[str],
            stride: int = STRIDE) -> set[str]:
    """The function keys `make test` runs, of ``functions`` (key, the strings its code holds)
    in collection order: hashed in, each file's first, and one naming each rule named."""
    keep = {key for key, _ in functions if hashed_in(key, stride)}
    files: set[str] = set()
    for key, _ in functions:
        path = key.split("::", 1)[0]
        if path not in files:
            files.add(path)
            keep.add(key)
    covered = set().union(*(names & rule_ids for key, names in functions if key in keep))
    for key, names in functions:
        missing = (names & rule_ids) - covered
        if missing:
            keep.add(key)
            covered |= missing
    return keep


def mark_the_unsampled(items: list[Any], markers: Sequence[Any], stride: int = STRIDE) -> int:
    """Add ``markers`` (slow, and a skip with the reason) to the tests of the per-session files
    that the sample leaves out; the number of tests marked."""
    family = [it for it in items if in_family(it.nodeid)]
    functions: dict[str, set[str]] = {}
    for it in family:
        key = function_key(it.nodeid)
        if key not in functions:
            code = getattr(getattr(it, "function", None), "__code__", None)
            functions[key] = strings_in(code) if code is not None else set()
    keep = sampled(list(functions.items()), shipped_rule_ids(), stride)
    left = [it for it in family if function_key(it.nodeid) not in keep]
    left += [it for it in items if function_key(it.nodeid) in PER_CASE
             and not hashed_in(it.nodeid, stride)]
    for it in left:
        for marker in markers:
            it.add_marker(marker)
    return len(left)
