"""Session-wide services shared by several test modules (each started once per session)."""

from __future__ import annotations

import pytest


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
