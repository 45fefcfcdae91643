"""Connecting to the store's database: SQLite in WAL mode by default, any SQLAlchemy URL else.

SQLite connections get WAL journaling, ``synchronous=NORMAL`` (durable at checkpoints, safe
against corruption), a long busy timeout and foreign keys. Python's sqlite3 driver would begin
transactions lazily and upgrade read locks to write locks mid-transaction, which deadlocks two
writers; so the driver's own transaction handling is switched off and every transaction is
begun explicitly: ``BEGIN IMMEDIATE`` for writes (writers queue on the lock instead of failing)
and a plain ``BEGIN`` for reads (a consistent snapshot that never blocks a writer under WAL).
``Prepared`` runs Core statements on the DBAPI cursor of a SQLAlchemy transaction. This module
must not know the schema.

PostgreSQL (``postgresql://...``, through psycopg 3: the optional extra ``[postgres]``) gets the
same discipline: a write transaction first takes a transaction-scoped advisory lock, so writers
queue one at a time as they do on SQLite (a document's delete-and-insert and a migration are
never interleaved with another process's), while readers never wait (MVCC snapshots).
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections import namedtuple
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

from .errors import StoreError

BUSY_TIMEOUT_S = 60.0
_BEGIN = "factcheck_begin"


# pg_advisory_xact_lock key of the store's write lock (any constant bigint; "fcst")
PG_WRITE_LOCK = 0x66637374


def to_url(url_or_path: str | os.PathLike) -> str:
    """A SQLAlchemy URL from a URL or a file path (a path means SQLite). A PostgreSQL URL
    without a driver (``postgresql://``, ``postgres://``) uses psycopg 3."""
    s = str(url_or_path)
    for plain in ("postgresql://", "postgres://"):
        if s.startswith(plain):
            return "postgresql+psycopg://" + s[len(plain):]
    if "://" in s:
        return s
    p = Path(s).expanduser().resolve()
    p.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{p}"


def create(url: str) -> Engine:
    """An engine for ``url``; SQLite ones are set up as the module docstring says."""
    if url.startswith("postgresql"):
        return _postgresql(url)
    if not url.startswith("sqlite"):
        return sa.create_engine(url, pool_pre_ping=True)
    engine = sa.create_engine(read_only_url(url), connect_args={"timeout": BUSY_TIMEOUT_S})

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


def sqlite_file(url: str) -> Path | None:
    """The database file of a ``sqlite:///path`` URL (None for memory and URI forms)."""
    path = url[len("sqlite:///"):] if url.startswith("sqlite:///") else ""
    return Path(path) if path and not path.startswith(("file:", ":memory:")) else None


def read_only_url(url: str) -> str:
    """``url``, or a read-only URL when its existing SQLite file cannot be written.

    A store on a read-only file system (a mounted archive, a read-only volume) cannot be
    opened the usual way: reading a WAL database needs its ``-shm`` file, which cannot be
    created there; such a medium never changes, so SQLite is told it is immutable. A file
    that only its permissions keep from us is opened ``mode=ro`` (another user may write it).
    Reads work either way; a write fails as "attempt to write a readonly database"."""
    path = sqlite_file(url)
    if path is None or not path.is_file() or os.access(path, os.W_OK):
        return url
    try:
        medium_read_only = bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        medium_read_only = False
    mode = "mode=ro&immutable=1" if medium_read_only else "mode=ro"
    return f"sqlite:///file:{quote(str(path))}?{mode}&uri=true"


def _postgresql(url: str) -> Engine:
    try:
        engine = sa.create_engine(url, pool_pre_ping=True)
    except ModuleNotFoundError as exc:
        raise StoreError(f"{exc.name} is not installed: pip install 'factcheck[postgres]'") \
            from None

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        if conn.get_execution_options().get(_BEGIN) == "write":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})")

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


class Prepared:
    """A Core statement with named bind parameters, compiled once per dialect and run on the
    DBAPI cursor of the caller's transaction.

    The store's hot paths are many tiny statements (a draft's look-ups are a hundred index
    seeks) and bulk inserts; building and compiling an expression per call, or SQLAlchemy's
    per-row parameter and result processing, would cost more than the database's own work.
    Parameters are plain Python values; ``fetch`` returns named tuples of the statement's
    selected columns.
    """

    def __init__(self, stmt: Any):
        self.stmt = stmt
        self._compiled: dict[str, tuple[str, tuple[str, ...] | None, dict[str, Any], Any]] = {}

    def _get(self, conn: Connection) -> tuple[str, tuple[str, ...] | None, dict[str, Any], Any]:
        dialect = conn.dialect
        hit = self._compiled.get(dialect.name)
        if hit is None:
            comp = self.stmt.compile(dialect=dialect)
            cols = getattr(self.stmt, "selected_columns", None)
            row = namedtuple("Row", [c.key for c in cols], rename=True) if cols else None
            literals = {k: v for k, v in comp.params.items() if v is not None}
            hit = (str(comp), tuple(comp.positiontup) if comp.positional else None, literals,
                   row)
            self._compiled[dialect.name] = hit
        return hit

    def _args(self, conn: Connection, params: dict[str, Any]) -> Any:
        _, order, literals, _ = self._get(conn)
        if literals:
            params = {**literals, **params}
        return tuple(params[n] for n in order) if order is not None else params

    def fetch(self, conn: Connection, **params: Any) -> list[Any]:
        sql, _, _, row = self._get(conn)
        cur = conn.connection.cursor()
        try:
            cur.execute(sql, self._args(conn, params))
            return [row._make(r) for r in cur.fetchall()]
        finally:
            cur.close()

    def execute_many(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        sql, order, literals, _ = self._get(conn)
        if order is not None and not literals:   # the common case, kept tight
            args: Any = [tuple(r[n] for n in order) for r in rows]
        else:
            args = [self._args(conn, r) for r in rows]
        cur = conn.connection.cursor()
        try:
            cur.executemany(sql, args)
        finally:
            cur.close()
