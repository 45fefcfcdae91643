"""Checking documents on a Dask distributed cluster (``factcheck check PATH --dask ADDRESS``).

The client (the ``check`` command) reads the inputs as ``--jobs`` does, submits one task per
document and collects the results in input order, so the report is the one ``--jobs`` gives.
Inside each Dask worker the engine still runs in a child process of its own: a per-worker
``factcheck.pool.WarmPool`` (one engine process per worker thread, the rulebook registered once
and the store opened once, kept for the worker's life), so a native crash in durable_rules costs
one document, reported as its error, and never the Dask worker. A Dask worker that is lost
mid-run (killed, out of memory, its machine gone) is the scheduler's business: its tasks are
run again on another worker (``distributed.scheduler.allowed-failures``, 3 by default); a
document whose task still fails is reported as that document's error and the rest complete.

Workers must be allowed to start processes: Dask starts them as daemons by default, which
Python forbids to have children, so start them with ``DASK_DISTRIBUTED__WORKER__DAEMON=False``
(``--dask local:N`` does so itself). Every worker must see the store's URL (a PostgreSQL URL
for a real cluster, or a path on a shared disk) and have factcheck installed.

``ADDRESS`` is ``tcp://HOST:PORT`` (an existing scheduler) or ``local:N`` (a LocalCluster of N
worker processes, one thread each, on this machine, stopped after the run).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any

from .document import MAX_BYTES
from .model import Document, DocumentResult, RunResult
from .pipeline import Options, read_for_run


class ClusterError(Exception):
    """The cluster cannot be used (bad address, unreachable scheduler, daemonic workers)."""


def parse_address(spec: str) -> tuple[str, Any]:
    """``local:N`` -> ("local", N); ``tcp://host:port`` (or tls://, ...) -> ("remote", spec)."""
    spec = spec.strip()
    if spec.startswith("local"):
        _, _, n = spec.partition(":")
        try:
            workers = int(n) if n else (os.cpu_count() or 1)
        except ValueError:
            raise ClusterError(f"--dask {spec!r}: use local:N with N a number of workers") \
                from None
        if not 1 <= workers <= 256:
            raise ClusterError(f"--dask {spec!r}: N must be between 1 and 256")
        return "local", workers
    if "://" in spec and spec.split("://", 1)[1]:
        return "remote", spec
    raise ClusterError(f"--dask {spec!r}: give a scheduler address (tcp://HOST:8786) or local:N")


@contextmanager
def dask_client(spec: str, *, timeout: float | None = None) -> Iterator[Any]:
    """A connected ``distributed.Client`` for ``spec``, closed (and a LocalCluster stopped)
    afterwards. ``timeout``: seconds to reach the scheduler (default: Dask's
    ``distributed.comm.timeouts.connect``, 30 s unless configured)."""
    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError("--dask needs Dask: pip install 'factcheck[dask]'") from None
    kind, where = parse_address(spec)
    if kind == "local":
        with dask.config.set({"distributed.worker.daemon": False,
                              "distributed.scheduler.allowed-failures": 3}):
            cluster = LocalCluster(n_workers=where, threads_per_worker=1, processes=True,
                                   dashboard_address="127.0.0.1:0", host="127.0.0.1")
        try:
            with Client(cluster) as client:
                yield client
        finally:
            cluster.close()
        return
    if timeout is None:
        from dask.utils import parse_timedelta

        timeout = parse_timedelta(dask.config.get("distributed.comm.timeouts.connect"))
    try:
        client = Client(where, timeout=timeout)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"--dask {where}: cannot reach the scheduler: "
                           f"{str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") \
            from None
    try:
        yield client
    finally:
        client.close()


# --------------------------------------------------------------------------------------------
# Inside a Dask worker

_pools: dict[Options, Any] = {}
_pools_lock = threading.Lock()


def _daemonic() -> bool:
    import multiprocessing

    return bool(multiprocessing.current_process().daemon)


def _pool_for(options: Options) -> Any:
    """This worker process's warm engine pool for ``options`` (one process per thread)."""
    from .pool import WarmPool

    with _pools_lock:
        pool = _pools.get(options)
        if pool is None:
            try:
                from distributed import get_worker

                size = get_worker().state.nthreads
            except (ImportError, ValueError, AttributeError):
                size = 1
            pool = WarmPool(options, size=size, start_method="spawn").start()
            _pools[options] = pool
        return pool


def check_on_worker(doc: Document, options: Options) -> DocumentResult:
    """The Dask task: one document through this worker's warm engine pool."""
    if _daemonic():
        return DocumentResult(document=doc, error=(
            "the Dask worker runs as a daemon and cannot start the engine's process: start "
            "workers with DASK_DISTRIBUTED__WORKER__DAEMON=False"))
    return _pool_for(options).check(doc)


def _worker_daemonic() -> bool:
    return _daemonic()


# --------------------------------------------------------------------------------------------
# The client side


def run_documents(client: Any, docs: Sequence[Document], options: Options,
                  on_done: Callable[[int], None] | None = None) -> list[DocumentResult]:
    """Every document through the cluster; results in input order, one per document."""
    from distributed import as_completed

    if not docs:
        return []
    try:
        client.wait_for_workers(1, timeout=60)
    except TimeoutError:
        raise ClusterError("the Dask cluster has no workers (waited 60 s)") from None
    daemonic = client.run(_worker_daemonic)
    if daemonic and all(daemonic.values()):
        raise ClusterError("the Dask workers run as daemons and cannot start the engine's "
                           "processes: start them with DASK_DISTRIBUTED__WORKER__DAEMON=False")
    futures = client.map(check_on_worker, list(docs), options=options, pure=False)
    index = {f.key: i for i, f in enumerate(futures)}
    results: list[DocumentResult | None] = [None] * len(docs)
    for future in as_completed(futures):
        i = index[future.key]
        try:
            results[i] = future.result()
        except Exception as exc:  # noqa: BLE001 - KilledWorker, a lost connection: per document
            name = type(exc).__name__
            detail = "its Dask worker was lost on every attempt" if name == "KilledWorker" \
                else (str(exc).splitlines()[0] if str(exc) else name)
            results[i] = DocumentResult(document=docs[i], error=f"not checked: {detail}")
        future.release()
        if on_done:
            on_done(i)
    return [r for r in results if r is not None]


def check(paths: Sequence[str], options: Options, dask: str, *,
          date_override: date | None = None, ignore: Any = (),
          stdin_text: str | None = None, max_bytes: int = MAX_BYTES,
          progress: Callable[[int, int], None] | None = None,
          date_order: str | None = None) -> RunResult:
    """``factcheck.pipeline.check`` on a Dask cluster: the same RunResult, in the same order."""
    docs, errors, tick = read_for_run(paths, date_override, ignore, stdin_text, max_bytes,
                                      date_order, progress)
    results: list[DocumentResult] = []
    if docs:
        with dask_client(dask) as client:
            results = run_documents(client, docs, options, tick)
    return RunResult(documents=tuple(results), errors=tuple(errors))


__all__ = ["ClusterError", "check", "check_on_worker", "dask_client", "parse_address",
           "run_documents"]
