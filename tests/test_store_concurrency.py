"""Four processes ingesting into one store at once lose nothing and corrupt nothing, on SQLite
and on PostgreSQL."""

from __future__ import annotations

import multiprocessing as mp
from datetime import date

import sqlalchemy as sa

from factcheck.model import Claim, Document, Period
from factcheck.store import Store, schema

DOCS = 150
CLAIMS = 40
SHARED_IDS = 10   # documents every process writes: one version must win, whole
WORKERS = 4


def _ingest(path: str, worker: int, start, errors) -> None:
    try:
        start.wait(30)
        store = Store.open(path)          # both migrate a fresh store at the same moment
        per = Period(date(2024, 12, 16), date(2024, 12, 16))
        for i in range(DOCS):
            doc_id = f"shared-{i}" if i < SHARED_IDS else f"w{worker}-{i}"
            doc = Document(id=doc_id, text=f"{worker} {i}", date=date(2024, 12, 17),
                           outlet=f"worker {worker}")
            claims = [Claim(id=f"c{j}", text=str(j), start=j, end=j + 1, line=1, column=1,
                            value=float(worker * 1000 + j), measure="tanks",
                            subject="russian_forces", period=per) for j in range(CLAIMS)]
            assert store.ingest_document(doc, claims) == CLAIMS
        store.close()
    except BaseException as exc:  # reported to the parent
        errors.put(f"worker {worker}: {exc!r}")
        raise


def test_four_processes_ingest_at_once(store_url):
    path = store_url
    # forked, the four start from the modules this process has loaded (the store, SQLAlchemy);
    # spawned, each imported them again: 5.5 CPU seconds of the SQLite case, forked 1.5. They
    # are four processes either way, each opening the store itself (this one has not yet).
    ctx = mp.get_context("fork")
    start = ctx.Barrier(WORKERS)
    errors = ctx.Queue()
    procs = [ctx.Process(target=_ingest, args=(path, w, start, errors))
             for w in range(1, WORKERS + 1)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    msgs = []
    while not errors.empty():
        msgs.append(errors.get())
    assert not msgs, msgs
    assert [p.exitcode for p in procs] == [0] * WORKERS

    store = Store.open(path)
    counts = store.counts()
    distinct_docs = SHARED_IDS + WORKERS * (DOCS - SHARED_IDS)
    assert counts["documents"] == distinct_docs
    assert counts["claims"] == distinct_docs * CLAIMS
    store.close()
    eng = sa.create_engine(store.url)
    with eng.connect() as conn:
        if eng.dialect.name == "sqlite":
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        else:  # no claim without its document (the foreign key held)
            assert conn.exec_driver_sql(
                "SELECT COUNT(*) FROM claims c LEFT JOIN documents d ON d.id = c.document_id "
                "WHERE d.id IS NULL").scalar() == 0
        # every shared document holds exactly one writer's claims, never a mix
        rows = conn.execute(sa.text(
            "SELECT document_id, COUNT(DISTINCT CAST(value / 1000 AS INTEGER)), COUNT(*) "
            "FROM claims WHERE document_id LIKE 'shared-%' GROUP BY document_id")).all()
        assert len(rows) == SHARED_IDS
        assert all(mixed == 1 and n == CLAIMS for _, mixed, n in rows), rows
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM schema_migrations").scalar() == \
            len(schema.MIGRATIONS)   # applied once, not once per process
    eng.dispose()
