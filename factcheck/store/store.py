"""The ``Store``: open a claims store, ingest articles and datasets, look up references.

Ingest is atomic and idempotent per document and per dataset: each one is replaced inside a
single write transaction (its old rows deleted, its new rows inserted), so re-ingesting gives no
duplicates and a reader never sees half of one. Writers queue on SQLite's write lock, so several
processes may ingest into one store at once. The look-ups themselves live in
``factcheck.store.lookup``. This module must not extract or normalize text itself: it stores
the claims it is given.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Iterator

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..model import Claim, Document, Reference
from ..normalize.readings import record_of, window_of
from . import db, schema
from .errors import StoreError
from .datasets import DatasetRows, read_dataset
from .keys import claim_place, resolved_path, text_hash

_CHUNK = 300   # rows per IN (...) list: far below every backend's bound-parameter limit


_HINTS = {
    "database disk image is malformed":
        " (the store is corrupt: delete it and ingest again, or restore a copy)",
    "file is not a database": " (not a factcheck store: name another file)",
    "attempt to write a readonly database": " (the store is read-only: name a writable one)",
}


def _display(url: str) -> str:
    """A store's URL as a person named it: a SQLite file's path; no password."""
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///"):] or url
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - only for display
        return url


def _first_line(exc: BaseException | None) -> str:
    text = str(exc or "").strip()
    return text.splitlines()[0] if text else type(exc).__name__


_INSERTS: dict[str, db.Prepared] = {}


def _insert(conn: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows (dicts naming every column but an integer primary key)."""
    stmt = _INSERTS.get(table.name)
    if stmt is None:
        stmt = _INSERTS[table.name] = db.Prepared(table.insert().values(
            {c.name: sa.bindparam(c.name) for c in table.columns
             if not (c.primary_key and isinstance(c.type, sa.Integer))}))
    stmt.execute_many(conn, rows)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """A claims store at a SQLAlchemy URL (SQLite file by default)."""

    def __init__(self, url: str):
        self.url = url
        try:
            self._engine = db.create(url)
        except ImportError as exc:   # postgresql:// without psycopg installed
            raise StoreError(f"{_display(url)}: the database driver is not installed "
                             f"({exc}); install it, e.g. pip install psycopg") from None
        except sa.exc.ArgumentError as exc:
            raise StoreError(f"{_display(url)}: not a store path or database URL ({exc})") \
                from None
        # errors the driver raises itself (db.Prepared runs on its cursor), not wrapped
        self._driver_error = getattr(self._engine.dialect.dbapi, "Error", ())
        self._write_engine = db.writer(self._engine)
        self._pid = os.getpid()
        with self._read() as conn:   # the write lock only when there is something to apply
            current = schema.current_version(conn)
        if current != schema.LATEST:
            with self._write() as conn:
                schema.migrate(conn)

    @classmethod
    def open(cls, url_or_path: str | os.PathLike | None = None) -> "Store":
        """Open (creating and migrating if needed) the store at a path or URL.

        ``None`` means the default location (see ``factcheck.store.default_store_path``).
        """
        if url_or_path is None:
            from .location import default_store_path
            url_or_path = default_store_path()
        return cls(db.to_url(url_or_path))

    def __reduce__(self):  # picklable: reopens the same store in another process
        return (Store, (self.url,))

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- transactions --------------------------------------------------------------------------

    def _check_fork(self) -> None:
        if os.getpid() != self._pid:  # pooled connections must not cross a fork
            self._engine.dispose(close=False)
            self._pid = os.getpid()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        self._check_fork()
        with self._errors(), self._write_engine.begin() as conn:
            yield conn

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        self._check_fork()
        with self._errors(), self._engine.begin() as conn:
            yield conn

    @contextmanager
    def _errors(self) -> Iterator[None]:
        """A database that fails (corrupt, read-only, unreachable, not a store) is one
        ``StoreError`` line naming the store, never SQLAlchemy's statement and parameters."""
        try:
            yield
        except sa.exc.DBAPIError as exc:
            raise StoreError(f"{_display(self.url)}: {self._explained(exc.orig)}") from None
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"{_display(self.url)}: {_first_line(exc)}") from None
        except self._driver_error as exc:
            raise StoreError(f"{_display(self.url)}: {self._explained(exc)}") from None

    def _explained(self, exc: BaseException | None) -> str:
        """The driver's first line, and what to do about it where that is known."""
        line = _first_line(exc)
        path = db.sqlite_file(self.url)
        if (line == "unable to open database file" and path is not None
                and not os.access(path.parent, os.W_OK)):
            return f"{line} (its folder is read-only: name a store in a writable folder)"
        return line + _HINTS.get(line, "")

    # -- metadata ------------------------------------------------------------------------------

    def schema_version(self) -> int:
        with self._read() as conn:
            return schema.current_version(conn)

    def get_meta(self, key: str) -> str | None:
        with self._read() as conn:
            return conn.execute(sa.select(schema.store_meta.c.value)
                                .where(schema.store_meta.c.key == key)).scalar()

    def set_meta(self, key: str, value: str, conn: Connection | None = None) -> None:
        if conn is None:
            with self._write() as c:
                return self.set_meta(key, value, c)
        t = schema.store_meta
        conn.execute(t.delete().where(t.c.key == key))
        conn.execute(t.insert().values(key=key, value=value))

    def counts(self) -> dict[str, int]:
        """Rows per table: documents, claims, datasets, data_points, corrections."""
        with self._read() as conn:
            return {t.name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar() or 0
                    for t in (schema.documents, schema.claims, schema.datasets,
                              schema.data_points, schema.corrections)}

    # -- ingest --------------------------------------------------------------------------------

    def ingest_document(self, doc: Document, claims: Sequence[Claim],
                        origin: str | None = None) -> int:
        """Store one article and its claims, replacing what the store had for ``doc.id``.

        Atomic (one transaction) and idempotent. Returns the number of claims stored.
        """
        return self.ingest_documents([(doc, claims)], origin=origin)

    def ingest_documents(self, items: Iterable[tuple[Document, Sequence[Claim]]],
                         origin: str | None = None) -> int:
        """Store several articles in one transaction (faster for bulk loads); same semantics.

        A document is the same document when its id or its text is (callers give a file's
        document its resolved path as id): an article ingested again under another id (a copy,
        a JSONL line repeated) replaces the earlier row of the same origin, not a second one."""
        latest: dict[str, tuple[Document, Sequence[Claim]]] = {}
        by_text: dict[str, str] = {}   # text hash -> id kept in this batch
        for doc, claims in items:
            h = text_hash(doc.text)
            latest.pop(by_text.get(h, doc.id), None)
            latest[doc.id] = (doc, claims)
            by_text[h] = doc.id
        if not latest:
            return 0
        now = _now()
        doc_rows = []
        claim_rows: list[dict[str, Any]] = []
        for doc, claims in latest.values():
            pub = doc.date.isoformat() if doc.date else None
            doc_rows.append({"id": doc.id, "path": resolved_path(doc.path), "title": doc.title,
                             "outlet": doc.outlet, "date": pub,
                             "content_hash": text_hash(doc.text), "origin": origin,
                             "ingested_at": now})
            for c in claims:
                period = c.period if not _day_or_window(c) else None
                claim_rows.append({
                    "document_id": doc.id, "claim_id": c.id, "measure": c.measure,
                    "subject": c.subject,
                    "period_start": period.start.isoformat() if period else None,
                    "period_end": period.end.isoformat() if period else None,
                    "published": pub, "cumulative": bool(c.cumulative), "value": c.value,
                    "unit": c.unit or "", "lower": c.lower, "upper": c.upper,
                    "qualifier": c.qualifier, "source": c.source, "hedge": c.hedge,
                    "text": c.text, "start": c.start, "end": c.end, "line": c.line,
                    "place": claim_place(c) or ""})
        ids = list(latest)
        with self._write() as conn:
            ids += self._same_documents(conn, doc_rows, origin)
            self._delete_documents(conn, ids)
            _insert(conn, schema.documents, doc_rows)
            _insert(conn, schema.claims, claim_rows)
        return len(claim_rows)

    @staticmethod
    def _same_documents(conn: Connection, rows: list[dict[str, Any]], origin: str | None
                        ) -> list[str]:
        """Ids of stored documents of ``origin`` with the text of one of ``rows``."""
        t = schema.documents
        same_origin = t.c.origin.is_(None) if origin is None else t.c.origin == origin
        hashes = sorted({r["content_hash"] for r in rows})
        found: set[str] = set()
        for i in range(0, len(hashes), _CHUNK):
            q = sa.select(t.c.id).where(same_origin, t.c.content_hash.in_(hashes[i:i + _CHUNK]))
            found.update(conn.execute(q).scalars())
        return sorted(found)

    def remove_documents(self, ids: Sequence[str]) -> None:
        with self._write() as conn:
            self._delete_documents(conn, list(ids))

    @staticmethod
    def _delete_documents(conn: Connection, ids: list[str]) -> None:
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i:i + _CHUNK]
            conn.execute(schema.claims.delete().where(schema.claims.c.document_id.in_(chunk)))
            conn.execute(schema.documents.delete().where(schema.documents.c.id.in_(chunk)))

    def document_ids(self, origin: str | None = None) -> set[str]:
        t = schema.documents
        q = sa.select(t.c.id)
        if origin is not None:
            q = q.where(t.c.origin == origin)
        with self._read() as conn:
            return set(conn.execute(q).scalars())

    def ingest_dataset(self, folder: Path | str) -> int:
        """Store a dataset folder (``dataset.yaml`` + data), replacing one with the same id.

        Everything is validated first; a problem raises one ``DatasetError`` with file and line
        (or record) and leaves the store untouched. Returns the number of data points stored.
        """
        return self.store_dataset(read_dataset(folder))

    def store_dataset(self, rows: DatasetRows) -> int:
        """Store an already validated dataset (``read_dataset``), replacing one with its id."""
        spec = rows.spec
        ds = schema.datasets
        with self._write() as conn:
            for t in (schema.data_points, schema.corrections, schema.dataset_measures):
                conn.execute(t.delete().where(t.c.dataset_id == spec.id))
            conn.execute(ds.delete().where(ds.c.id == spec.id))
            conn.execute(ds.insert().values(
                id=spec.id, source=spec.source, subject=spec.subject,
                path=str(spec.folder.resolve()), report_delay=spec.report_delay,
                lag_min=spec.lag[0], lag_max=spec.lag[1], content_hash=rows.content_hash,
                ingested_at=_now()))
            conn.execute(schema.dataset_measures.insert(), [
                {"dataset_id": spec.id, "measure": m.measure, "subject": spec.subject,
                 "unit": m.unit, "kind": m.kind, "column": m.column,
                 "sum_of": ",".join(m.sum_of) or None} for m in spec.measures.values()])
            _insert(conn, schema.data_points, [
                {"dataset_id": spec.id, "measure": m, "subject": spec.subject, "date": d,
                 "value": v, "total": tot, "row": row} for m, d, v, tot, row in rows.points])
            if rows.corrections:
                _insert(conn, schema.corrections, [
                    {"dataset_id": spec.id, "measure": m, "subject": spec.subject, "date": d,
                     "value": v, "row": row} for m, d, v, row in rows.corrections])
        return len(rows.points)

    def dataset_hashes(self) -> dict[str, str]:
        with self._read() as conn:
            return dict(conn.execute(sa.select(schema.datasets.c.id,
                                               schema.datasets.c.content_hash)).all())

    # -- look-ups ------------------------------------------------------------------------------

    def series_for(self, claim: Claim, days: int = 14) -> list[tuple[date, float]]:
        """The reference series around ``claim`` (see ``lookup.series_for``), for charts."""
        from .lookup import series_for
        with self._read() as conn:
            return series_for(conn, claim, days)

    def references_for(self, doc: Document, claims: Sequence[Claim]) -> list[Reference]:
        """References for the claims of ``doc``: see ``factcheck.store.lookup``."""
        from .lookup import references_for
        with self._read() as conn:
            return references_for(conn, doc, claims)


def _day_or_window(c: Claim) -> bool:
    """Whether a claim's readings say it may be one day's or some days' figure within its
    period rather than the period's total ("the first time this year the count has exceeded
    2,000", "within one week" in September): then it is stored with no period, so that no later
    article's total for that period is compared with it."""
    readings = (c.extra_dict().get("readings") or ()) if c.extra else ()
    return any(record_of(r) or window_of(r) for r in readings)
