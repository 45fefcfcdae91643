"""speed48: `make test` runs a stable sample of the per-session regression files (and of two
per-module and per-article checks); CI runs every test (sample_support)."""

from __future__ import annotations

import importlib
import inspect
import os
from pathlib import Path


import sample_support as ss

HERE = Path(__file__).resolve().parent


class _Item:
    """What the sampling reads of a collected test: its node id and function; the markers
    it is given."""

    def __init__(self, nodeid: str, function=None):
        self.nodeid, self.function, self.markers = nodeid, function, []
        self.keywords: set[str] = set()

    def add_marker(self, marker) -> None:
        self.markers.append(marker)
        self.keywords.add(getattr(marker, "name", marker))

    def get_closest_marker(self, name: str):
        return next((m for m in self.markers if getattr(m, "name", m) == name), None)


def _named(rule: str):
    def test():
        assert rule in {"wrong-arithmetic", "restated-figure-mismatch"}
    return test


def test_the_sample_is_the_hashed_functions_each_files_first_and_one_per_rule_named():
    ids = frozenset({"wrong-arithmetic", "share-exceeds-whole"})
    funcs = [(f"tests/test_everyday_x{k // 10}.py::test_{k}", set()) for k in range(60)]
    hashed = {key for key, _ in funcs if ss.hashed_in(key, 6)}
    # a rule only an unhashed, not-first function names is still run by that function
    lone = next(key for key, _ in funcs[1:10] if key not in hashed)
    funcs[funcs.index((lone, set()))] = (lone, {"share-exceeds-whole", "a sentence"})
    keep = ss.sampled(funcs, ids, 6)
    firsts = {f"tests/test_everyday_x{k}.py::test_{10 * k}" for k in range(6)}
    assert keep == hashed | firsts | {lone}
    assert 6 < len(hashed) < 20                     # about one in six
    assert ss.sampled(funcs, ids, 6) == keep         # stable
    assert ss.sampled(funcs, ids, 1) == {key for key, _ in funcs}


def test_the_strings_a_test_names_are_found_in_its_code_and_inner_code():
    def test():
        want = frozenset({"wrong-arithmetic"})
        return [r for r in ("restated-figure-mismatch",) if r not in want]

    assert {"wrong-arithmetic", "restated-figure-mismatch"} <= ss.strings_in(test.__code__)
    assert "wrong-conversion" not in ss.strings_in(test.__code__)


def test_only_the_unsampled_tests_of_the_families_and_per_case_checks_are_marked():
    per_case = ss.PER_CASE[0]
    items = [_Item(f"tests/test_everyday_y.py::test_{k}", _named("x")) for k in range(30)]
    items += [_Item(f"tests/test_cli.py::test_{k}") for k in range(30)]
    items += [_Item(f"{per_case}[factcheck/m{k}.py]") for k in range(30)]
    marked = ss.mark_the_unsampled(items, ["slow"])
    left = [it.nodeid for it in items if it.markers]
    assert marked == len(left) > 0
    assert not any("test_cli" in n for n in left)        # other files run whole
    assert items[0].nodeid not in left                   # each file's first function runs
    assert [n for n in left if n.startswith(per_case)] == [
        it.nodeid for it in items[60:] if not ss.hashed_in(it.nodeid, ss.STRIDE)]
    # a run of named files or tests samples nothing; the folder (make test, CI) does
    assert ss.whole_suite([os.path.relpath(HERE)], HERE) and ss.whole_suite([str(HERE)], HERE)
    assert not ss.whole_suite([str(HERE / "test_everyday.py")], HERE)


def _family_functions() -> list[tuple[str, set[str]]]:
    """(key, strings) of every test function of the shipped per-session files, in the order
    pytest collects them (files by name, functions in the order written)."""
    out = []
    for path in sorted(HERE.glob("test_*.py")):
        if not ss.in_family(f"tests/{path.name}"):
            continue
        module = importlib.import_module(path.stem)
        tests = [f for name, f in vars(module).items()
                 if name.startswith("test") and inspect.isfunction(f)
                 and f.__module__ == module.__name__]
        for f in sorted(tests, key=lambda f: f.__code__.co_firstlineno):
            out.append((f"tests/{path.name}::{f.__name__}", ss.strings_in(f.__code__)))
    return out


def test_the_shipped_sample_covers_every_file_and_every_rule_its_tests_name():
    funcs = _family_functions()
    ids = ss.shipped_rule_ids()
    keep = ss.sampled(funcs, ids)
    assert {k.split("::")[0] for k in keep} == {k.split("::")[0] for k, _ in funcs}
    named = set().union(*(names & ids for _, names in funcs))
    assert len(named) > 20 and named == set().union(
        *(names & ids for k, names in funcs if k in keep))
    assert len(funcs) / 6 < len(keep) < len(funcs) / 2


class _Config:
    """What the collection hook reads of pytest's configuration."""

    def __init__(self, args):
        self.args = args

    def getoption(self, name):
        return ""


def _collected(monkeypatch, env: dict[str, str], args: list[str]) -> list[_Item]:
    import conftest

    for name in ("CI", "FACTCHECK_SLOW_TESTS", "PYTEST_XDIST_WORKER"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    items = [_Item(f"tests/test_everyday_y.py::test_{k}", _named("x")) for k in range(30)]
    conftest.pytest_collection_modifyitems(_Config(args), items)
    return items


def test_ci_runs_every_test_and_make_test_skips_the_rest_with_the_reason(monkeypatch):
    for env in ({"CI": "true"}, {"FACTCHECK_SLOW_TESTS": "1"}):
        assert not any(it.markers for it in _collected(monkeypatch, env, [str(HERE)]))
    # a named file runs whole
    assert not any(it.markers for it in _collected(monkeypatch, {}, [str(HERE / "x.py")]))
    items = _collected(monkeypatch, {}, [str(HERE)])
    reasons = [m.kwargs.get("reason", "") for it in items for m in it.markers
               if m.name == "skip"]
    assert 0 < len(reasons) < len(items) and all("CI runs all" in r for r in reasons)
