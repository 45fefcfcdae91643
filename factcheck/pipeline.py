"""Running the stages over many documents: worker processes, crash isolation, ordering.

``run`` reads the inputs, then hands each document to a supervised worker process that runs
extract -> normalize -> store look-ups -> engine -> verdicts -> suppressions and sends back a
``DocumentResult``. durable_rules is native code that can crash the process it runs in, so the
engine never runs in the process that owns the run: when a worker dies (a signal, an abort) or
overruns its time, only its current document is lost, reported as an error for that document,
and a fresh worker takes over. Results come back in input order whatever the parallelism.

This module decides nothing about claims: it only moves records between the stages.
"""

from __future__ import annotations

import faulthandler
import itertools
import multiprocessing as mp
import os
import signal
import time
import traceback
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from datetime import date
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any

from . import compiled_patterns
from .config import MAX_FIGURES, TIMEOUT_S
from .document import MAX_BYTES, load_inputs
from .model import Document, DocumentError, DocumentResult, RunResult

if TYPE_CHECKING:
    from .config import Config

DEFAULT_TIMEOUT = TIMEOUT_S  # seconds one document may take in a worker (all its stages)
# the stages of one document, in order (named in a timeout or crash report)
STAGES = ("extract and normalize", "store look-ups", "engine", "verdicts")
Progress = Callable[[str, Any], None]


@dataclass(frozen=True)
class Options:
    """What a worker needs to set itself up: picklable, no live objects."""

    store: str | None = None        # store path/URL; None = no store (consistency rules only)
    rules: tuple[tuple[str, str], ...] = ()   # per-project overrides: rule id -> off|severity
    rule_paths: tuple[str, ...] = ()          # extra rule folders (rules test, custom packs)
    timeout: float = DEFAULT_TIMEOUT
    # figures of a document read and checked (0: all); the others are listed as not checked
    max_figures: int = MAX_FIGURES
    # "check": every stage (``_Checker``); "extract": extract and normalize only
    # (``_Extractor``: no rulebook, engine or store), for ``extract`` and ``ingest``
    stages: str = "check"


# --------------------------------------------------------------------------------------------
# Inside a worker


class _Checker:
    """The per-process state: rulebook compiled and registered once, store opened once."""

    def __init__(self, options: Options):
        from .engine import borrow_engine
        from .rulebook import load_rulebook
        from .store import StoreError

        self.store_errors: tuple[type[Exception], ...] = (StoreError,)

        self.rulebook = load_rulebook(extra_paths=options.rule_paths,
                                      overrides=dict(options.rules))
        # an idle engine of the same rules where this process (or the supervisor that forked
        # it) kept one, else a new one
        self.engine = borrow_engine(self.rulebook)
        self.store = None
        self.timeout = options.timeout
        self.max_figures = options.max_figures
        self.started = time.monotonic()
        if options.store:
            from .store import Store

            self.store = Store.open(options.store)

    def check(self, doc: Document, progress: Progress | None = None) -> DocumentResult:
        """The stages in order; ``progress(stage, claims)`` is told when each stage starts
        (with the claims once they are known), so that a document that runs out of time or
        crashes is still reported with its claims and the stage it was in."""
        from .normalize import normalize
        from .report.notices import notices
        from .report.suppress import apply_suppressions
        from .verdicts import judge

        tell = progress or (lambda stage, claims: None)
        self.started = time.monotonic()
        tell(STAGES[0], None)
        claims, mentions = normalize(doc, self.max_figures)
        tell(STAGES[1], claims)
        references = self.store.references_for(doc, claims) if self.store else []
        tell(STAGES[2], None)
        # the engine stops in time to send back what it has: the rules it could not finish
        # become engine-limit warnings (the supervisor's hard kill at the timeout stays)
        findings = self.engine.run(doc, claims, references, mentions=mentions,
                                   deadline=self.started + max(
                                       0.5 * self.timeout,
                                       self.timeout - min(10.0, 0.1 * self.timeout)))
        tell(STAGES[3], None)
        flags, verdicts = judge(doc, claims, references, findings, self.rulebook)
        flags, notes = apply_suppressions(doc, flags)
        flags = flags + notes + tuple(notices(doc, claims))
        return DocumentResult(document=doc, claims=claims, flags=flags, verdicts=verdicts)


class _Extractor:
    """The per-process state of ``extract`` and ``ingest``: normalize's vocabularies, loaded
    before the first document (``warm_normalize``); a document's claims are its result."""

    def __init__(self, max_figures: int = MAX_FIGURES) -> None:
        from . import normalize

        warm_normalize()
        self.claims_for = normalize.claims_for
        self.max_figures = max_figures

    def check(self, doc: Document, progress: Progress | None = None) -> DocumentResult:
        if progress:
            progress(STAGES[0], None)
        return DocumentResult(document=doc, claims=self.claims_for(doc, self.max_figures))


@lru_cache(maxsize=1)
def warm_normalize() -> None:
    """Load normalize's vocabularies and patterns in this process, once: workers forked after
    it start warm, and a document's time limit counts its own work, not the loading."""
    from .normalize import claims_for

    claims_for(Document(id="warm-up", text="Prices rose 5% to $3.5 billion on 1 May 2024, "
                                           "the Ministry said."))


def warm_check() -> None:
    """``warm_normalize`` and pint's registry, which the engine's facts convert units with
    (about 0.7 s): called before a corpus is shared out to forked workers, once instead of
    once in each (a single draft loads only what it needs)."""
    from .normalize.units import registry

    warm_normalize()
    registry()


def check_document(checker: "_Checker | _Extractor", doc: Document,
                   progress: Progress | None = None) -> DocumentResult:
    """One document through the stages; a Python error becomes that document's error."""
    try:
        return checker.check(doc, progress)
    except RecursionError:
        return DocumentResult(document=doc, error="nested too deeply to check")
    except MemoryError:         # a resource limit, not a bug: the other documents go on
        return DocumentResult(document=doc, error="ran out of memory while checking it (its "
                              "figures need more memory than this process may use)")
    except Exception as exc:  # noqa: BLE001 - reported per document, the run goes on
        if isinstance(exc, getattr(checker, "store_errors", ())):
            # a store that failed under us: the user's to fix, not a bug
            return DocumentResult(document=doc, error=f"claims store: {exc}")
        if os.environ.get("FACTCHECK_DEBUG"):
            traceback.print_exc()
        return DocumentResult(document=doc, error=f"internal error: {type(exc).__name__}: {exc}")


def _worker_main(conn: Connection, options: Options) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the supervisor handles Ctrl-C
    faulthandler.disable()  # a native crash is reported by the supervisor, in one line
    try:
        checker = _Checker(options) if options.stages == "check" else \
            _Extractor(options.max_figures)
    except Exception as exc:  # noqa: BLE001
        conn.send(("init-error", _one_line(exc)))
        return
    conn.send(("ready", None))
    while True:
        try:
            task = conn.recv()
        except EOFError:
            task = None
        if task is None:    # the patterns this worker compiled, for the next process
            compiled_patterns.save()
            return
        index, doc = task

        sent: list[Any] = [None]

        def progress(stage: str, claims: Any, index: int = index) -> None:
            if claims is not None:
                sent[0] = claims
            conn.send(("stage", (index, stage, claims)))

        result = check_document(checker, doc, progress)
        if result.claims and result.claims is sent[0]:
            # the supervisor has the claims from their stage: not pickled a second time
            conn.send(("result-after-claims", (index, replace(result, claims=()))))
        else:
            conn.send(("result", (index, result)))


def _one_line(exc: BaseException) -> str:
    error = getattr(exc, "error", None)
    if error is not None:
        return str(error)
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


# --------------------------------------------------------------------------------------------
# The supervisor


# check runs this process has supervised: from the second on (a test process, a server, a
# script that checks in a loop) the supervisor keeps an engine its workers take, as it does
# for a run of several documents on several workers; one run of one worker builds it there
_RUNS = itertools.count()


def keep_engine_for(options: Options) -> None:
    """Build the engine ``options``' workers would build, here, and keep it idle
    (``engine.keep_engine``): workers forked after this take it instead of registering every
    rule again (about 0.25 CPU seconds each). Anything that fails is left to the workers,
    which build their own and report it as before."""
    try:
        from .engine import borrow_engine, has_idle_engine, keep_engine
        from .rulebook import load_rulebook

        book = load_rulebook(extra_paths=options.rule_paths, overrides=dict(options.rules))
        if not has_idle_engine(book):
            keep_engine(borrow_engine(book))
    except Exception:  # noqa: BLE001 - the workers' own build reports it
        pass


class WorkerInitError(Exception):
    """Workers could not start (a bad rule file, an unreadable store): one line for a person."""


@dataclass
class _Worker:
    process: Any
    conn: Connection
    task: tuple[int, Document] | None = None
    started: float = 0.0
    ready: bool = False
    stage: str = ""                     # the stage its document is in
    claims: tuple[Any, ...] = ()        # its document's claims, once normalized


@dataclass
class Supervisor:
    """Runs documents through N worker processes and survives their crashes."""

    options: Options
    jobs: int = 1
    on_done: Callable[[int], None] | None = None
    _ctx: Any = field(default_factory=lambda: mp.get_context("fork"))

    @property
    def _what(self) -> str:
        return "engine" if self.options.stages == "check" else "extraction"

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_worker_main, args=(child, self.options), daemon=True)
        proc.start()
        child.close()
        return _Worker(proc, parent)

    def run(self, docs: Sequence[Document]) -> list[DocumentResult]:
        if self.options.stages == "check" and docs and (
                next(_RUNS) or self.jobs > 1 and len(docs) > 1):
            keep_engine_for(self.options)
        results: list[DocumentResult | None] = [None] * len(docs)
        queue = deque(enumerate(docs))
        workers = [self._spawn() for _ in range(max(1, min(self.jobs, len(docs))))]
        try:
            while queue or any(w.task for w in workers):
                for w in workers:
                    if w.ready and w.task is None and queue:
                        w.task = queue.popleft()
                        w.started = time.monotonic()
                        # every document starts in the first stage (the worker says so too)
                        w.stage, w.claims = STAGES[0], ()
                        w.conn.send(w.task)
                ready = wait([w.conn for w in workers] + [w.process.sentinel for w in workers],
                             timeout=1.0)
                for i, w in enumerate(workers):
                    if w.conn in ready or w.conn.poll():
                        try:
                            kind, payload = w.conn.recv()
                        except (EOFError, OSError):
                            workers[i] = self._replace(w, results, self._death(w, self._what))
                            continue
                        if kind == "init-error":
                            raise WorkerInitError(payload)
                        if kind == "ready":
                            w.ready = True
                        elif kind == "stage":
                            _index, w.stage, claims = payload
                            if claims is not None:
                                w.claims = tuple(claims)
                        elif kind in ("result", "result-after-claims"):
                            index, result = payload
                            if kind == "result-after-claims":
                                result = replace(result, claims=w.claims)
                            results[index] = result
                            w.task, w.stage, w.claims = None, "", ()
                            if self.on_done:
                                self.on_done(index)
                    elif w.process.sentinel in ready or not w.process.is_alive():
                        workers[i] = self._replace(w, results, self._death(w, self._what))
                    elif w.task and time.monotonic() - w.started > self.options.timeout:
                        w.process.kill()
                        w.process.join()
                        # the time limit covers every stage, not only the engine's
                        workers[i] = self._replace(
                            w, results, f"timed out after {self.options.timeout:.0f} s in the "
                            f"{w.stage} stage of {len(w.task[1].text):,} characters")
        finally:
            for w in workers:
                self._stop(w)
        return [r for r in results if r is not None]

    @staticmethod
    def _death(w: _Worker, what: str = "engine") -> str:
        """Why a worker died (its signal, or its exit code); ``what`` it was running."""
        w.process.join(timeout=5)
        code = w.process.exitcode
        if code is not None and code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            return f"{what} crashed ({name}) while checking this document"
        return f"{what} worker exited unexpectedly (exit code {code})"

    def _replace(self, w: _Worker, results: list, message: str) -> _Worker:
        if w.task is not None:
            index, doc = w.task
            if w.claims:    # the stages that finished: the claims are reported
                message += (f"; its {len(w.claims)} claims are reported, the stages from "
                            f"'{w.stage}' on did not finish")
            results[index] = DocumentResult(document=doc, claims=w.claims, error=message)
            if self.on_done:
                self.on_done(index)
        elif not w.ready:
            raise WorkerInitError(message)
        self._stop(w)
        return self._spawn()

    @staticmethod
    def _stop(w: _Worker) -> None:
        try:
            if w.process.is_alive():
                try:
                    w.conn.send(None)
                except (OSError, BrokenPipeError):
                    pass
                w.process.join(timeout=2)
            if w.process.is_alive():
                w.process.kill()
                w.process.join()
        finally:
            w.conn.close()


# --------------------------------------------------------------------------------------------
# Entry points used by the CLI


def default_jobs(config: "Config | None" = None) -> int:
    if config and config.jobs:
        return config.jobs
    return os.cpu_count() or 1


def with_date_order(docs: Sequence[Document], order: str | None) -> list[Document]:
    """The configuration's ``date_order`` for documents whose front matter sets none."""
    if not order:
        return list(docs)
    return [d if any(k == "date_order" for k, _ in d.meta)
            else replace(d, meta=d.meta + (("date_order", order),)) for d in docs]


def extract(paths: Sequence[str], date_override: date | None = None,
            ignore: Any = (), stdin_text: str | bytes | None = None,
            max_bytes: int = MAX_BYTES, date_order: str | None = None, *,
            timeout: float = DEFAULT_TIMEOUT, jobs: int = 1,
            max_figures: int = MAX_FIGURES) -> RunResult:
    """Claims only (no engine, no store), each document within ``timeout`` seconds
    (``extract_documents``)."""
    docs, errors = load_inputs(paths, date_override, ignore, stdin_text, max_bytes)
    docs = with_date_order(docs, date_order)
    results = extract_documents(docs, timeout=timeout, jobs=jobs, max_figures=max_figures)
    return RunResult(documents=tuple(results), errors=tuple(errors))


def extract_documents(docs: Sequence[Document], *, timeout: float = DEFAULT_TIMEOUT,
                      jobs: int = 1, max_figures: int = MAX_FIGURES) -> list[DocumentResult]:
    """Each document's claims, in input order, extracted and normalized in supervised worker
    processes like ``check``'s: a document that takes more than ``timeout`` seconds (or
    crashes its worker) is a ``DocumentResult`` whose error names the stage, and the others
    carry on."""
    if not docs:
        return []
    warm_normalize()
    return Supervisor(Options(timeout=timeout, max_figures=max_figures, stages="extract"),
                      jobs=jobs).run(docs)


def read_for_run(paths: Sequence[str], date_override: date | None, ignore: Any,
                 stdin_text: str | bytes | None, max_bytes: int, date_order: str | None,
                 progress: Callable[[int, int], None] | None
                 ) -> tuple[list[Document], list[DocumentError], Callable[[int], None]]:
    """The documents of a run (with their date order), the inputs that could not be read, and
    the callback a runner calls as each document is done (``progress(done, total)``)."""
    docs, errors = load_inputs(paths, date_override, ignore, stdin_text, max_bytes)
    docs = with_date_order(docs, date_order)
    done = 0

    def tick(_index: int) -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, len(docs))

    return docs, errors, tick


def check(paths: Sequence[str], options: Options, *, jobs: int = 1,
          date_override: date | None = None, ignore: Sequence[str] = (),
          stdin_text: str | bytes | None = None, max_bytes: int = MAX_BYTES,
          progress: Callable[[int, int], None] | None = None,
          date_order: str | None = None) -> RunResult:
    """The whole job: read, check every document in workers, return results in input order."""
    docs, errors, tick = read_for_run(paths, date_override, ignore, stdin_text, max_bytes,
                                      date_order, progress)
    if len(docs) > 1 and jobs > 1:
        warm_check()
    results = Supervisor(options, jobs=jobs, on_done=tick).run(docs) if docs else []
    return RunResult(documents=tuple(results), errors=tuple(errors))


__all__ = ["Options", "Supervisor", "WorkerInitError", "check", "extract", "check_document",
           "default_jobs", "DocumentError", "extract_documents"]
