"""A throwaway PostgreSQL server for the store tests: Debian's ``initdb``/``pg_ctl`` on a free
loopback port, its data and socket folders under /tmp, removed afterwards.

PostgreSQL refuses to run as root: as root the server runs as the ``postgres`` user (created by
Debian's package) through ``runuser``. Each test gets a schema of its own in the one database
(``search_path`` in the URL), which is much cheaper than a database per test.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from serve_support import free_port


def pg_bin() -> Path | None:
    """The folder of initdb and pg_ctl (on PATH, else Debian's versioned folder)."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(os.path.realpath(found)).parent
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    runuser = shutil.which("runuser")
    if runuser is None:
        raise RuntimeError("running as root and runuser is missing")
    return [runuser, "-u", "postgres", "--", *cmd]


@contextmanager
def postgres_server() -> Iterator[str]:
    """A running server; yields its URL (``postgresql://postgres@127.0.0.1:PORT/postgres``)."""
    binaries = pg_bin()
    if binaries is None:
        raise RuntimeError("initdb/pg_ctl not found (apt-get install postgresql)")
    base = Path(tempfile.mkdtemp(prefix="factcheck-pg-", dir="/tmp"))
    data, sockets = base / "data", base / "run"
    sockets.mkdir()
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
        shutil.chown(sockets, "postgres")
    port = free_port()
    run = {"check": True, "capture_output": True, "text": True, "cwd": "/tmp"}
    try:
        subprocess.run(_as_server_user([str(binaries / "initdb"), "-D", str(data), "-U",
                                        "postgres", "--auth=trust", "-E", "UTF8",
                                        "--no-sync"]), **run)
        options = (f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50")
        subprocess.run(_as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "-o", options,
                                        "-l", str(base / "server.log"), "-w", "-t", "60",
                                        "start"]), **run)
        try:
            yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
        finally:
            subprocess.run(_as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "-m",
                                            "immediate", "-w", "stop"]), capture_output=True,
                           cwd="/tmp")
    except subprocess.CalledProcessError as exc:
        raise RuntimeError(f"{exc.cmd[-1]} failed: {exc.stderr.strip()[-500:]}") from None
    finally:
        shutil.rmtree(base, ignore_errors=True)


def fresh_schema_url(server_url: str) -> str:
    """A URL whose tables live in a new, empty schema of the test server."""
    import sqlalchemy as sa

    name = "t_" + uuid.uuid4().hex[:12]
    engine = sa.create_engine(server_url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {name}")
    engine.dispose()
    return f"{server_url}?options=-csearch_path%3D{name}"
