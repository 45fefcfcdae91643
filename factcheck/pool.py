"""A warm pool of engine workers for a long-running process (the web app, a Dask worker).

``factcheck.pipeline.Supervisor`` starts its workers for one run and stops them after it; a
server checks one document per request, and compiling the rulebook and registering it with
durable_rules costs far more than checking a draft. ``WarmPool`` keeps ``size`` workers alive
between requests, each with its rulebook registered and its store open, and hands each request
to an idle one. The isolation is the pipeline's: the engine runs only in the worker processes
(``pipeline._worker_main``), so a native crash or a document that overruns its time costs that
request (reported as the document's error) and the worker is replaced.

Thread-safe: the web app (and a Dask worker with several threads) calls ``check`` from its
thread pool, one document per idle worker; further calls wait for a worker to come free.
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import threading
import time
from dataclasses import replace
from typing import Any

from factcheck.model import Document, DocumentResult
from factcheck.pipeline import Options, Supervisor, WorkerInitError, _Worker, _worker_main


class WarmPool:
    def __init__(self, options: Options, size: int = 1, start_method: str = "spawn"):
        self.options = options
        self.size = max(1, size)
        self._ctx = mp.get_context(start_method)
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: list[_Worker] = []
        self._lock = threading.Lock()
        self._closed = False
        self.replaced = 0   # workers replaced after a crash or a timeout (for /healthz)

    # -- life cycle ------------------------------------------------------------------------
    def start(self) -> "WarmPool":
        """Start every worker and wait until each is ready (raises WorkerInitError)."""
        workers = [self._spawn() for _ in range(self.size)]
        try:
            for w in workers:
                self._await_ready(w)
        except BaseException:
            for w in workers:
                Supervisor._stop(w)
            raise
        for w in workers:
            self._idle.put(w)
        return self

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers, self._all = self._all, []
        for w in workers:
            Supervisor._stop(w)

    def __enter__(self) -> "WarmPool":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_worker_main, args=(child, self.options), daemon=True)
        proc.start()
        child.close()
        w = _Worker(proc, parent)
        with self._lock:
            self._all.append(w)
        return w

    def _await_ready(self, w: _Worker, timeout: float = 120.0) -> None:
        if not w.conn.poll(timeout):
            raise WorkerInitError(f"engine worker did not start within {timeout:.0f} s")
        try:
            kind, payload = w.conn.recv()
        except (EOFError, OSError):
            raise WorkerInitError(Supervisor._death(w)) from None
        if kind == "init-error":
            raise WorkerInitError(payload)
        w.ready = True

    def _replace(self, w: _Worker) -> None:
        Supervisor._stop(w)
        with self._lock:
            if w in self._all:
                self._all.remove(w)
            if self._closed:
                return
        self.replaced += 1
        fresh = self._spawn()
        try:
            self._await_ready(fresh)
        except WorkerInitError:
            Supervisor._stop(fresh)
            raise
        self._idle.put(fresh)

    # -- work ------------------------------------------------------------------------------
    def check(self, doc: Document) -> DocumentResult:
        """One document through a warm worker; a crash or a timeout is the document's error."""
        if self._closed:
            raise RuntimeError("the worker pool is closed")
        w = self._idle.get()
        started = time.monotonic()
        try:
            w.conn.send((0, doc))
            claims: tuple = ()
            while True:
                left = self.options.timeout - (time.monotonic() - started)
                if left <= 0:
                    w.process.kill()
                    w.process.join()
                    message = f"engine timed out after {self.options.timeout:.0f} s"
                    break
                if w.conn.poll(min(left, 1.0)):
                    kind, payload = w.conn.recv()
                    if kind == "stage" and payload[2] is not None:
                        claims = tuple(payload[2])
                    elif kind in ("result", "result-after-claims"):
                        self._idle.put(w)
                        # claims sent with their stage are not sent again with the result
                        return payload[1] if kind == "result" else \
                            replace(payload[1], claims=claims)
                elif not w.process.is_alive():
                    message = Supervisor._death(w)
                    break
        except (EOFError, OSError):
            message = Supervisor._death(w)
        except BaseException:
            # the caller's error (the document cannot be sent, an interrupt): the worker's state
            # is unknown, so it is replaced rather than put back
            self._replace(w)
            raise
        self._replace(w)
        return DocumentResult(document=doc, error=message)

    def alive(self) -> int:
        with self._lock:
            return sum(1 for w in self._all if w.process.is_alive())
