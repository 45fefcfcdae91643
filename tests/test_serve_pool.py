"""The server's warm worker pool: workers live across requests, a crash or a hang costs one
request and the worker is replaced, requests from several threads all get their own answer."""

from __future__ import annotations

import os
import signal
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from factcheck import pipeline
from factcheck.model import Claim, Document, DocumentResult
from factcheck.pipeline import Options, WorkerInitError
from factcheck.pool import WarmPool


class FakeChecker:
    def __init__(self, options):
        if "init-fails" in options.rule_paths:
            raise RuntimeError("rules/x.yaml:3: unknown field 'when'")

    def check(self, doc, progress=None):   # the real _Checker.check signature
        if "SEGFAULT" in doc.text:
            os.kill(os.getpid(), signal.SIGSEGV)
        if "HANG" in doc.text:
            time.sleep(60)
        claim = Claim(id="c1", text=f"{os.getpid()}", start=0, end=1, line=1, column=1,
                      value=float(len(doc.text)))
        return DocumentResult(document=doc, claims=(claim,))


@pytest.fixture
def fake(monkeypatch):
    monkeypatch.setattr(pipeline, "_Checker", FakeChecker)


def doc(text: str) -> Document:
    return Document(id="d", text=text, path="<stdin>")


def test_workers_stay_warm_and_survive_a_crash(fake):
    with WarmPool(Options(timeout=5), size=1, start_method="fork") as pool:
        first = pool.check(doc("one"))
        second = pool.check(doc("two two"))
        assert first.claims[0].text == second.claims[0].text  # the same worker process
        assert second.claims[0].value == 7.0
        crashed = pool.check(doc("SEGFAULT"))
        assert "SIGSEGV" in crashed.error and pool.replaced == 1
        after = pool.check(doc("three"))
        assert after.error is None and after.claims[0].text != first.claims[0].text
        assert pool.alive() == 1


def test_a_hanging_document_times_out_and_the_pool_goes_on(fake):
    with WarmPool(Options(timeout=1), size=1, start_method="fork") as pool:
        assert "timed out" in pool.check(doc("HANG")).error
        assert pool.check(doc("ok")).error is None


def test_concurrent_requests_each_get_their_answer(fake):
    texts = ["x" * n for n in range(1, 21)]
    with WarmPool(Options(timeout=5), size=2, start_method="fork") as pool:
        with ThreadPoolExecutor(4) as ex:
            out = list(ex.map(lambda t: pool.check(doc(t)), texts))
    assert [r.claims[0].value for r in out] == [float(len(t)) for t in texts]
    assert len({r.claims[0].text for r in out}) <= 2  # answered by the two warm workers


def test_a_worker_that_cannot_start_is_one_line(fake):
    with pytest.raises(WorkerInitError, match="unknown field 'when'"):
        WarmPool(Options(rule_paths=("init-fails",)), size=1, start_method="fork").start()
