"""`check --dask`: documents run on a real Dask cluster (a scheduler and two workers, separate
processes on loopback) give the JSON of `--jobs 1`, in the same order; a lost worker's
documents are retried elsewhere; a bad input is reported and the rest complete."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from pathlib import Path

import pytest

from factcheck import cluster, pipeline
from factcheck.pipeline import Options

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="module")
def store_url():
    from factcheck.store import default_store

    with default_store() as store:
        return store.url


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    bad = tmp_path_factory.mktemp("bad") / "broken.md"
    bad.write_bytes(b"Troops: 1,600.\n\xff\xfe broken bytes\n")
    return [str(CORPUS), str(bad)]


@pytest.fixture(scope="module")
def reference(inputs, store_url):
    return pipeline.check(inputs, Options(store=store_url), jobs=1)


def as_json(result) -> str:
    return json.dumps(result.as_dict(), indent=2, ensure_ascii=False)


@pytest.mark.slow
def test_cluster_gives_the_json_of_one_job(dask_scheduler, inputs, store_url, reference):
    out = cluster.check(inputs, Options(store=store_url), dask_scheduler)
    assert len(out.documents) == len(reference.documents) >= 28
    assert [str(e) for e in out.errors] == [str(e) for e in reference.errors]
    assert "broken.md" in str(out.errors[0]) and "not valid UTF-8" in str(out.errors[0])
    assert as_json(out) == as_json(reference)


@pytest.mark.slow
def test_a_worker_lost_mid_run_is_retried(dask_scheduler, store_url, reference):
    from distributed import Client

    articles = sorted(str(p) for p in (CORPUS / "articles").glob("*.md"))[:12]
    expected = [d for d in reference.documents if d.document.path in articles]
    killed: list[int] = []

    with Client(dask_scheduler) as watcher:
        pids = watcher.run(os.getpid)

        def kill_a_busy_worker() -> None:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                busy = [w for w, keys in watcher.processing().items()
                        if any("check_on_worker" in str(k) for k in keys)]
                if busy:
                    os.kill(pids[busy[0]], signal.SIGKILL)
                    killed.append(pids[busy[0]])
                    return
                time.sleep(0.01)

        thread = threading.Thread(target=kill_a_busy_worker)
        thread.start()
        out = cluster.check(articles, Options(store=store_url), dask_scheduler)
        thread.join()
        assert killed, "no worker was seen busy"
        # the nanny restarts the killed worker: the cluster is whole again for later tests
        watcher.wait_for_workers(2, timeout=60)
    assert [d.error for d in out.documents] == [None] * len(expected)
    assert as_json(type(reference)(documents=out.documents)) == \
        as_json(type(reference)(documents=tuple(expected)))


def test_addresses():
    assert cluster.parse_address("local:3") == ("local", 3)
    assert cluster.parse_address("tcp://10.0.0.5:8786") == ("remote", "tcp://10.0.0.5:8786")
    for bad in ("local:x", "local:0", "nowhere", "tcp://"):
        with pytest.raises(cluster.ClusterError, match="--dask"):
            cluster.parse_address(bad)


def test_unreachable_scheduler_is_one_line():
    pytest.importorskip("distributed")
    from serve_support import free_port

    with pytest.raises(cluster.ClusterError, match="cannot reach the scheduler"):
        with cluster.dask_client(f"tcp://127.0.0.1:{free_port()}", timeout=2):
            pass
