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
from click.testing import CliRunner

from factcheck import cluster
from factcheck.cli import main
from factcheck.pipeline import Options

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    bad = tmp_path_factory.mktemp("bad") / "broken.md"
    bad.write_bytes(b"Troops: 1,600.\n\xff\xfe broken bytes\n")
    return [str(CORPUS), str(bad)]


@pytest.fixture(scope="module")
def one_job(inputs):
    """`factcheck check` of the bundled corpus and a bad file with `--jobs 1`."""
    env = {"CI": "1"}
    run = CliRunner(env=env).invoke(main, ["check", *inputs, "--jobs", "1", "--format", "json",
                                           "-q"])
    assert run.exit_code == 1, run.stderr
    return run


def _by_path(report: dict) -> dict[str, dict]:
    return {d["path"]: d for d in report["documents"]}


@pytest.mark.slow
def test_cli_on_the_cluster_prints_the_json_of_one_job(dask_scheduler, inputs, one_job):
    on_dask = CliRunner(env={"CI": "1"}).invoke(
        main, ["check", *inputs, "--dask", dask_scheduler, "--format", "json", "-q"])
    assert on_dask.exit_code == 1, on_dask.stderr
    assert on_dask.stdout == one_job.stdout
    report = json.loads(on_dask.stdout)
    assert len(report["documents"]) >= 28
    assert [e["path"] for e in report["errors"]] == [inputs[1]]   # the bad file, reported
    assert "not valid UTF-8" in on_dask.stderr and on_dask.stderr == one_job.stderr


@pytest.mark.slow
def test_a_worker_lost_mid_run_is_retried(dask_scheduler, one_job):
    from distributed import Client

    from factcheck.store import default_store

    with default_store() as store:
        url = store.url
    articles = sorted(str(p) for p in (CORPUS / "articles").glob("*.md"))[:10]
    killed: list[int] = []

    with Client(dask_scheduler) as watcher:
        pids = watcher.run(os.getpid)

        def kill_a_busy_worker() -> None:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not done.is_set():
                busy = [w for w, keys in watcher.processing().items()
                        if any("check_on_worker" in str(k) for k in keys)]
                if busy:
                    os.kill(pids[busy[0]], signal.SIGKILL)
                    killed.append(pids[busy[0]])
                    return
                time.sleep(0.01)

        done = threading.Event()
        thread = threading.Thread(target=kill_a_busy_worker)
        thread.start()
        try:
            out = cluster.check(articles, Options(store=url), dask_scheduler)
        finally:
            done.set()
            thread.join()
        assert killed, "no worker was seen busy"
        # the nanny restarts the killed worker: the cluster is whole again for later tests
        watcher.wait_for_workers(2, timeout=60)
    assert [d.document.path for d in out.documents] == articles
    assert [d.error for d in out.documents] == [None] * len(articles)
    expected = _by_path(json.loads(one_job.stdout))
    got = _by_path(out.as_dict())
    assert got == {p: expected[p] for p in articles}


@pytest.mark.slow
def test_local_cluster(one_job):
    draft = str(CORPUS / "drafts" / "pokrovsk-draft.md")
    local = CliRunner(env={"CI": "1"}).invoke(
        main, ["check", draft, "--dask", "local:1", "--format", "json", "-q"])
    assert local.exit_code == 1, local.stderr
    assert json.loads(local.stdout)["documents"] == [_by_path(json.loads(one_job.stdout))[draft]]


def test_addresses():
    assert cluster.parse_address("local:3") == ("local", 3)
    assert cluster.parse_address("tcp://10.0.0.5:8786") == ("remote", "tcp://10.0.0.5:8786")
    for bad in ("local:x", "local:0", "nowhere", "tcp://"):
        with pytest.raises(cluster.ClusterError, match="--dask"):
            cluster.parse_address(bad)


def test_unreachable_scheduler_is_one_line():
    dask = pytest.importorskip("dask")
    from serve_support import free_port

    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        r = CliRunner().invoke(main, ["check", str(CORPUS / "drafts"), "--dask",
                                      f"tcp://127.0.0.1:{free_port()}"])
    assert r.exit_code == 2 and r.stderr.count("\n") == 1
    assert "cannot reach the scheduler" in r.stderr


def test_bad_dask_option_is_one_line():
    r = CliRunner().invoke(main, ["check", str(CORPUS / "drafts"), "--dask", "local:x"])
    assert r.exit_code == 2 and r.stderr.count("\n") == 1 and "local:N" in r.stderr
    r = CliRunner().invoke(main, ["check", str(CORPUS / "drafts"), "--dask", "local:2",
                                  "--jobs", "2"])
    assert r.exit_code == 2 and "cannot be combined" in r.stderr
