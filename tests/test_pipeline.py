"""The supervisor: results in input order, and a crashing or hanging worker costs one document."""

import os
import signal
import time

import pytest

from factcheck import pipeline
from factcheck.model import Claim, Document, DocumentResult


class FakeChecker:
    """Stands in for the real stages; crashes natively on a marker, the way a C extension would."""

    def __init__(self, options):
        if "init-fails" in options.rule_paths:
            raise RuntimeError("rules/x.yaml:3: unknown field 'when'")

    def check(self, doc, progress=None):
        if "SEGFAULT" in doc.text:
            os.kill(os.getpid(), signal.SIGSEGV)
        if "HANG" in doc.text:
            time.sleep(60)
        if "RAISE" in doc.text:
            raise ValueError("boom")
        if "HUGE" in doc.text:
            raise MemoryError
        claim = Claim(id="c1", text=doc.text, start=0, end=len(doc.text), line=1, column=1,
                      value=float(len(doc.text)))
        return DocumentResult(document=doc, claims=(claim,))


@pytest.fixture
def fake(monkeypatch):
    monkeypatch.setattr(pipeline, "_Checker", FakeChecker)


def docs(*texts):
    return [Document(id=f"d{i}", text=t, path=f"d{i}.txt") for i, t in enumerate(texts)]


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_results_keep_input_order(fake, jobs):
    texts = [("x" * (i % 7 + 1)) for i in range(25)]
    out = pipeline.Supervisor(pipeline.Options(), jobs=jobs).run(docs(*texts))
    assert [r.document.id for r in out] == [f"d{i}" for i in range(25)]
    assert [r.claims[0].value for r in out] == [float(len(t)) for t in texts]


def test_native_crash_loses_only_that_document(fake):
    out = pipeline.Supervisor(pipeline.Options(), jobs=2).run(
        docs("fine", "SEGFAULT here", "also fine", "SEGFAULT again", "last"))
    errors = {r.document.id: r.error for r in out}
    assert errors["d1"] and "SIGSEGV" in errors["d1"]
    assert errors["d3"] and "crashed" in errors["d3"]
    assert [r.claims[0].text for r in out if not r.error] == ["fine", "also fine", "last"]


def test_python_error_is_reported_for_the_document(fake):
    out = pipeline.Supervisor(pipeline.Options(), jobs=1).run(docs("RAISE", "ok"))
    assert "ValueError: boom" in out[0].error and out[1].error is None


def test_hanging_document_times_out(fake):
    out = pipeline.Supervisor(pipeline.Options(timeout=1.5), jobs=1).run(docs("HANG", "ok"))
    assert "timed out" in out[0].error and out[1].claims


def test_worker_that_cannot_start_is_one_line(fake):
    with pytest.raises(pipeline.WorkerInitError, match="unknown field"):
        pipeline.Supervisor(pipeline.Options(rule_paths=("init-fails",)), jobs=2).run(docs("a"))


# (slow: waits out a time limit or starts its own processes, about 2.5 s; make test keeps
# the other time-limit tests of this behaviour, CI runs every one)
@pytest.mark.slow
def test_timeout_keeps_the_claims_and_names_the_stage(monkeypatch):
    """A document whose engine stage hangs (a native hang the deadline cannot stop) is killed
    at the timeout; its claims, from the stage that finished, are still reported."""
    from factcheck.engine import Engine

    def hang(self, *args, **kwargs):
        time.sleep(60)

    monkeypatch.setattr(Engine, "run", hang)
    text = "Russia lost 1,200 troops and 5 tanks on Monday, the ministry said."
    out = pipeline.Supervisor(pipeline.Options(timeout=1.5), jobs=1).run(docs(text))
    [r] = out
    assert "timed out" in r.error and "in the engine stage" in r.error
    assert [c.text for c in r.claims] == ["1,200", "5"]
    assert "2 claims are reported" in r.error


def test_a_document_that_runs_out_of_memory_is_reported_as_such(fake):
    out = pipeline.Supervisor(pipeline.Options(), jobs=1).run(docs("HUGE", "ok"))
    assert out[0].error.startswith("ran out of memory") and "internal error" not in out[0].error
    assert out[1].error is None and out[1].claims
