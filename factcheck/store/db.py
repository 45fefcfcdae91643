"""Connecting to the store's database: SQLite in WAL mode by default, any SQLAlchemy URL else.

SQLite connections get WAL journaling, ``synchronous=NORMAL`` (durable at checkpoints, safe
against corruption), a long busy timeout and foreign keys. Python's sqlite3 driver would begin
transactions lazily and upgrade read locks to write locks mid-transaction, which deadlocks two
writers; so the driver's own transaction handling is switched off and every transaction is
begun explicitly: ``BEGIN IMMEDIATE`` for writes (writers queue on the lock instead of failing)
and a plain ``BEGIN`` for reads (a consistent snapshot that never blocks a writer under WAL).
This module must not know the schema.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine

BUSY_TIMEOUT_S = 60.0
_BEGIN = "factcheck_begin"


def to_url(url_or_path: str | os.PathLike) -> str:
    """A SQLAlchemy URL from a URL or a file path (a path means SQLite)."""
    s = str(url_or_path)
    if "://" in s:
        return s
    p = Path(s).expanduser().resolve()
    p.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{p}"


def create(url: str) -> Engine:
    """An engine for ``url``; SQLite ones are set up as the module docstring says."""
    if not url.startswith("sqlite"):
        return sa.create_engine(url, pool_pre_ping=True)
    engine = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # pragma: no cover - trivial
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        if ":memory:" not in url and url not in ("sqlite://", "sqlite:///"):
            _wal(cur)
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        conn.exec_driver_sql(
            "BEGIN IMMEDIATE" if conn.get_execution_options().get(_BEGIN) == "write"
            else "BEGIN")

    return engine


def _wal(cur) -> None:
    """Switch a database file to WAL (persistent). Switching needs a moment with no other
    connection, and SQLite reports "locked" at once instead of waiting, so retry a while."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            if cur.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
                return
            cur.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def writer(engine: Engine) -> Engine:
    """The same engine, beginning write transactions (``BEGIN IMMEDIATE`` on SQLite)."""
    return engine.execution_options(**{_BEGIN: "write"})
