"""Session-wide services shared by several test modules (each started once per session)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def serve_url():
    """Base URL of a running ``factcheck serve`` app (default store, one warm worker)."""
    pytest.importorskip("uvicorn", reason="the [serve] extra is not installed")
    from serve_support import running_server

    with running_server(workers=1) as url:
        yield url


@pytest.fixture(scope="session")
def dask_scheduler():
    """Address of a real Dask cluster on loopback: a ``dask scheduler`` and two ``dask worker``
    processes (one thread each), started for the session as separate processes."""
    pytest.importorskip("distributed", reason="the [dask] extra is not installed")
    from dask_support import dask_cluster

    with dask_cluster(workers=2) as address:
        yield address
