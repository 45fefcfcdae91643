"""The claims store's tables (SQLAlchemy Core) and its versioned migrations.

Every stored value keeps its provenance: a claim row belongs to a ``documents`` row (outlet,
publication date, path, title) and keeps its words, span, source attribution and hedge; a data
point belongs to a ``datasets`` row (source name, subject, lag window) and keeps the file row it
came from. Dates are ISO ``YYYY-MM-DD`` strings, which sort and compare as dates on every
backend and cost nothing to bind.

Migrations are plain functions applied in order inside one write transaction (so two processes
opening a new store at once cannot both apply them), each recorded in ``schema_migrations``.
Never edit a migration that has shipped; append a new one. Migration 1 creates the tables as
this module defines them now, so every later migration must be idempotent (``checkfirst``,
``IF EXISTS``): on a new store it finds its change already made. This module must not read files or know about datasets, documents or claims as objects.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from .errors import StoreError

metadata = sa.MetaData()

schema_migrations = sa.Table(
    "schema_migrations", metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("name", sa.String(100), nullable=False),
    sa.Column("applied_at", sa.String(32), nullable=False),
)

store_meta = sa.Table(
    "store_meta", metadata,
    sa.Column("key", sa.String(100), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

datasets = sa.Table(
    "datasets", metadata,
    sa.Column("id", sa.String(200), primary_key=True),
    sa.Column("source", sa.String(300), nullable=False),      # who publishes the figures
    sa.Column("subject", sa.String(100), nullable=False),
    sa.Column("path", sa.Text),                              # the folder it was read from
    sa.Column("report_delay", sa.Integer, nullable=False),   # days from period end to report
    sa.Column("lag_min", sa.Integer, nullable=False),
    sa.Column("lag_max", sa.Integer, nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("ingested_at", sa.String(32), nullable=False),
)

dataset_measures = sa.Table(
    "dataset_measures", metadata,
    sa.Column("dataset_id", sa.String(200), sa.ForeignKey("datasets.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("measure", sa.String(100), primary_key=True),
    sa.Column("subject", sa.String(100), nullable=False),
    sa.Column("unit", sa.String(50), nullable=False, default=""),
    sa.Column("kind", sa.String(20), nullable=False),         # cumulative | per_period
    sa.Column("column", sa.String(200)),                       # source column, or null if derived
    sa.Column("sum_of", sa.String(500)),                       # "a,b" for a derived measure
    sa.Index("ix_dataset_measures_lookup", "measure", "subject"),
)


def _series_values(name: str, *more: sa.Column) -> sa.Table:
    """A table of dated values of one series (measure, subject) of a dataset, with the file
    row each came from: the data points (``value`` as published, cumulative or the period's;
    ``total`` the cumulative total as of ``date``) and the corrections (``value`` added (+) or
    removed (-) in one go) are both this shape."""
    return sa.Table(
        name, metadata,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("dataset_id", sa.String(200),
                  sa.ForeignKey("datasets.id", ondelete="CASCADE"), nullable=False),
        sa.Column("measure", sa.String(100), nullable=False),
        sa.Column("subject", sa.String(100), nullable=False),
        sa.Column("date", sa.String(10), nullable=False),
        sa.Column("value", sa.Float, nullable=False),
        *more,
        sa.Column("row", sa.Integer),                    # line (CSV) or record number (JSON)
        sa.Index(f"ix_{name}_lookup", "measure", "subject", "date"),
        sa.Index(f"ix_{name}_dataset", "dataset_id"),
    )


data_points = _series_values("data_points", sa.Column("total", sa.Float, nullable=False))
corrections = _series_values("corrections")

documents = sa.Table(
    "documents", metadata,
    sa.Column("id", sa.String(500), primary_key=True),
    sa.Column("path", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("outlet", sa.String(300)),
    sa.Column("date", sa.String(10)),                 # publication date
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("origin", sa.String(100)),              # "bundled" for the default corpus
    sa.Column("ingested_at", sa.String(32), nullable=False),
    sa.Index("ix_documents_hash", "content_hash"),
)

claims = sa.Table(
    "claims", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("document_id", sa.String(500), sa.ForeignKey("documents.id", ondelete="CASCADE"),
              nullable=False),
    sa.Column("claim_id", sa.String(100), nullable=False),
    sa.Column("measure", sa.String(100)),
    sa.Column("subject", sa.String(100)),
    sa.Column("period_start", sa.String(10)),
    sa.Column("period_end", sa.String(10)),
    sa.Column("published", sa.String(10)),            # the document's date, copied for indexes
    sa.Column("cumulative", sa.Boolean, nullable=False, default=False),
    sa.Column("value", sa.Float),
    sa.Column("unit", sa.String(50), nullable=False, default=""),
    sa.Column("lower", sa.Float),
    sa.Column("upper", sa.Float),
    sa.Column("qualifier", sa.String(50)),
    sa.Column("source", sa.String(300)),              # attribution in the article
    sa.Column("hedge", sa.String(50)),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("line", sa.Integer),
    sa.Column("place", sa.String(200)),               # what a distance/position is measured to
                                                      # ("" if none, so that it can be indexed)
    sa.Index("ix_claims_document", "document_id"),
)


_IX_PREVIOUS = sa.Index("ix_claims_previous", claims.c.measure, claims.c.subject, claims.c.place,
                        claims.c.cumulative, claims.c.published)
_IX_PRIOR = sa.Index("ix_claims_prior", claims.c.measure, claims.c.subject, claims.c.period_end,
                     claims.c.period_start, claims.c.published)


def _v1_initial(conn: Connection) -> None:
    metadata.create_all(conn, tables=[store_meta, datasets, dataset_measures, data_points,
                                      corrections, documents, claims])


def _v2_lookup_indexes(conn: Connection) -> None:
    # prior and previous look-ups read the most recent rows first, straight from the index
    conn.execute(sa.text("DROP INDEX IF EXISTS ix_claims_published"))
    conn.execute(sa.text("DROP INDEX IF EXISTS ix_claims_period"))
    _IX_PREVIOUS.create(conn, checkfirst=True)
    _IX_PRIOR.create(conn, checkfirst=True)
    conn.execute(claims.update().where(claims.c.place.is_(None)).values(place=""))


# (version, name, function). Append only.
MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "initial schema", _v1_initial),
    (2, "indexes ordered by publication date for prior/previous look-ups", _v2_lookup_indexes),
]
LATEST = MIGRATIONS[-1][0]


def current_version(conn: Connection) -> int:
    if not sa.inspect(conn).has_table("schema_migrations"):
        return 0
    return conn.execute(sa.select(sa.func.max(schema_migrations.c.version))).scalar() or 0


def migrate(conn: Connection) -> list[int]:
    """Apply the pending migrations inside the caller's (write) transaction; return them."""
    schema_migrations.create(conn, checkfirst=True)
    done = current_version(conn)
    if done > LATEST:
        raise StoreError(f"the store has schema version {done}, newer than this factcheck "
                         f"({LATEST}); upgrade factcheck")
    applied = []
    for version, name, fn in MIGRATIONS:
        if version > done:
            fn(conn)
            conn.execute(schema_migrations.insert().values(
                version=version, name=name,
                applied_at=datetime.now(timezone.utc).isoformat(timespec="seconds")))
            applied.append(version)
    return applied
