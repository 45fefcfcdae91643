"""Fixtures shared by several test modules: session-wide services (each started once per
session) and a private copy of the vocabularies."""

from __future__ import annotations

import gc
import importlib
import os
import sys
from pathlib import Path

import pytest

# pytest keeps each test module rewritten for its asserts in tests/__pycache__ (its own
# "-pytest-" files), but only where bytecode may be written: with PYTHONDONTWRITEBYTECODE set,
# as on this project's machines, every pytest process rewrote and compiled all ~290 test modules
# again, 10 of the 15 CPU seconds of collecting the suite (and `make test` has each worker
# collect it). The test processes write them; a run after the first reads them.
sys.dont_write_bytecode = False

# Tests marked ``slow`` (valgrind memcheck, headless browsers, the Dask cluster, the wheel
# build, the engine's join proofs over the whole corpus, the doubling scale test) take about
# half of the suite's time. `make test` on a developer's machine skips them with this reason so
# that it stays under 3 minutes on 2 cores; CI (`.ci/run` sets FACTCHECK_SLOW_TESTS=1, and any
# CI that sets CI=true) runs every one of them.
SLOW_TESTS = "FACTCHECK_SLOW_TESTS"


def slow_tests_wanted(env=os.environ) -> bool:
    """Whether this run includes the tests marked slow."""
    return env.get(SLOW_TESTS, "") not in ("", "0") or \
        env.get("CI", "").lower() in ("1", "true", "yes")


@pytest.hookimpl(tryfirst=True)
def pytest_collection(session):
    """Under xdist every worker imports (and, with no cache yet, rewrites) every test module
    in the same order, so on a fresh clone they did the same work side by side. An odd-numbered
    worker imports the test folder's modules in reverse order first: the workers meet in the
    middle, each reading the rewritten modules the other has written (the collection that
    follows finds them imported). What is collected is unchanged."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    if not worker[2:].isdigit() or int(worker[2:]) % 2 == 0:
        return None
    here = Path(__file__).resolve().parent
    if any(Path(arg.split("::")[0]).resolve() == here for arg in session.config.args):
        import_in_reverse(here)
    return None


def import_in_reverse(folder: Path) -> list[str]:
    """Import the ``test_*.py`` modules of ``folder`` (a folder on sys.path, as pytest's
    default import mode puts it), last name first; the names imported. A module that fails
    to import is left to the collection, which imports it again and reports what it raises."""
    done = []
    if str(folder) not in sys.path:
        return done
    for path in sorted(folder.glob("test_*.py"), reverse=True):
        try:
            importlib.import_module(path.stem)
        except (Exception, pytest.skip.Exception, pytest.fail.Exception):
            continue
        done.append(path.stem)
    return done


def pytest_collection_finish(session):
    """What collecting left (every test module, item and fixture definition of the suite, the
    factcheck modules and their compiled patterns: hundreds of thousands of objects that live
    to the end) is moved out of the cycle collector's reach (``gc.freeze``): each of its full
    passes walked all of it again during the tests, and once more twice at the session's end
    (pytest's own collections), finding nothing there. Objects made after this are collected
    as before."""
    gc.freeze()


def pytest_collection_modifyitems(config, items):
    if os.environ.get("PYTEST_XDIST_WORKER"):
        # under xdist the files of the costliest tests go first (order_support: recorded costs)
        from order_support import costliest_first, read_costs

        items[:] = costliest_first(items, read_costs())
    if slow_tests_wanted() or "slow" in (config.getoption("markexpr") or ""):
        return      # a run that chose by marker (-m slow) gets what it chose
    from sample_support import SAMPLED_REASON, STRIDE, mark_the_unsampled, whole_suite

    if whole_suite(config.args, Path(__file__).parent):
        # the per-session regression files: a stable sample (sample_support), the rest in CI
        mark_the_unsampled(items, [pytest.mark.skip(reason=SAMPLED_REASON.format(STRIDE)),
                                   pytest.mark.slow])
    skip = pytest.mark.skip(reason=f"slow: CI runs it; {SLOW_TESTS}=1 runs it here")
    for item in items:
        if "slow" in item.keywords and item.get_closest_marker("skip") is None:
            item.add_marker(skip)       # (a sampled test keeps its own reason)


@pytest.fixture(scope="session")
def serve_url():
    """Base URL of a running ``factcheck serve`` (its own process; default store, one warm
    worker)."""
    pytest.importorskip("uvicorn", reason="the [serve] extra is not installed")
    pytest.importorskip("httpx", reason="httpx is not installed")
    from serve_support import running_server

    with running_server("--workers", "1") as url:
        yield url


@pytest.fixture(scope="session")
def dask_scheduler():
    """Address of a real Dask cluster on loopback: a ``dask scheduler`` and two ``dask worker``
    processes (one thread each), started for the session as separate processes."""
    pytest.importorskip("distributed", reason="the [dask] extra is not installed")
    from dask_support import dask_cluster

    with dask_cluster(workers=2) as address:
        yield address


@pytest.fixture(scope="session")
def postgres_url():
    """URL of a throwaway PostgreSQL server started for the session (initdb + pg_ctl)."""
    if not slow_tests_wanted():
        # (a server per worker: initdb and pg_ctl cost seconds of a two-core `make test`)
        pytest.skip(f"slow: CI runs it; {SLOW_TESTS}=1 runs it here (a PostgreSQL server)")
    pytest.importorskip("psycopg", reason="the [postgres] extra is not installed")
    from pg_support import pg_bin, postgres_server

    if pg_bin() is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    with postgres_server() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """A new, empty claims store's URL on each backend: a SQLite file, and a schema of its own
    on the session's PostgreSQL server."""
    if request.param == "sqlite":
        return str(tmp_path / "store.sqlite")
    from pg_support import fresh_schema_url

    return fresh_schema_url(request.getfixturevalue("postgres_url"))


@pytest.fixture
def vocab_copy(tmp_path, monkeypatch):
    """A copy of rules/vocab in tmp_path that factcheck reads instead (caches emptied)."""
    from factcheck.extract import vocab
    from factcheck.resources import vocab_path

    folder = tmp_path / "vocab"
    folder.mkdir()
    for f in vocab_path("").glob("*.yaml"):
        (folder / f.name).write_bytes(f.read_bytes())
    monkeypatch.setattr(vocab, "vocab_path", lambda name: folder / name)
    vocab.load.cache_clear()
    yield folder
    vocab.load.cache_clear()
