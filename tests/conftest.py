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
