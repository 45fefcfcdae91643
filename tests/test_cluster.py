"""`check --dask`: documents run on a real Dask cluster (a scheduler and two workers, separate
processes on loopback) give the JSON of `--jobs 1`, in the same order; a lost worker's
documents are retried elsewhere; a bad input is reported and the rest complete."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import cluster
from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    bad = tmp_path_factory.mktemp("bad") / "broken.md"
    bad.write_bytes(b"Troops: 1,600.\n\xff\xfe broken bytes\n")
    return [str(CORPUS), str(bad)]


def _factcheck(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    """The real command in its own process: Dask's client threads stay out of the test process
    (later tests fork workers, which Python 3.12+ warns against in a multi-threaded process)."""
    return subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True,
                          text=True, cwd=ROOT, env={**os.environ, "CI": "1"}, timeout=timeout)


@pytest.fixture(scope="module")
def one_job(inputs):
    """`factcheck check` of the bundled corpus and a bad file with `--jobs 1`."""
    run = CliRunner(env={"CI": "1"}).invoke(main, ["check", *inputs, "--jobs", "1", "--format",
                                                   "json", "-q"])
    assert run.exit_code == 1, run.stderr
    return run


def _by_path(report: dict) -> dict[str, dict]:
    return {d["path"]: d for d in report["documents"]}


@pytest.mark.slow
def test_cli_on_the_cluster_prints_the_json_of_one_job(dask_scheduler, inputs, one_job):
    on_dask = _factcheck("check", *inputs, "--dask", dask_scheduler, "--format", "json", "-q")
    assert on_dask.returncode == 1, on_dask.stderr
    assert on_dask.stdout == one_job.stdout
    report = json.loads(on_dask.stdout)
    assert len(report["documents"]) >= 28
    assert [e["path"] for e in report["errors"]] == [inputs[1]]   # the bad file, reported
    assert "not valid UTF-8" in on_dask.stderr and on_dask.stderr == one_job.stderr


KILL_A_BUSY_WORKER = """
import os, signal, sys, time
from distributed import Client
with Client(sys.argv[1]) as c:
    pids = c.run(os.getpid)
    print("ready", flush=True)      # (the run starts only once this watcher is connected)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        busy = [w for w, keys in c.processing().items()
                if any("check_on_worker" in str(k) for k in keys)]
        if busy:
            os.kill(pids[busy[0]], signal.SIGKILL)
            print(pids[busy[0]], flush=True)
            c.wait_for_workers(2, timeout=60)   # the nanny restarts it for later tests
            sys.exit(0)
        time.sleep(0.01)
sys.exit("no worker was seen busy")
"""


@pytest.mark.slow
def test_a_worker_lost_mid_run_is_retried(dask_scheduler, one_job):
    articles = sorted(str(p) for p in (CORPUS / "articles").glob("*.md"))[:10]
    killer = subprocess.Popen([sys.executable, "-c", KILL_A_BUSY_WORKER, dask_scheduler],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        # (on a loaded machine the watcher may connect after a short run is over: wait for it)
        assert killer.stdout is not None and killer.stdout.readline().strip() == "ready"
        out = _factcheck("check", *articles, "--dask", dask_scheduler, "--format", "json", "-q")
    finally:
        killed, problem = killer.communicate(timeout=180)
    assert killer.returncode == 0 and killed.strip().isdigit(), problem
    report = json.loads(out.stdout)
    assert [d["path"] for d in report["documents"]] == articles
    assert all("error" not in d for d in report["documents"])
    expected = _by_path(json.loads(one_job.stdout))
    assert _by_path(report) == {p: expected[p] for p in articles}


@pytest.mark.slow
def test_local_cluster(one_job):
    draft = str(CORPUS / "drafts" / "pokrovsk-draft.md")
    local = _factcheck("check", draft, "--dask", "local:1", "--format", "json", "-q")
    assert local.returncode == 1, local.stderr
    assert json.loads(local.stdout)["documents"] == [_by_path(json.loads(one_job.stdout))[draft]]


def test_addresses():
    assert cluster.parse_address("local:3") == ("local", 3)
    assert cluster.parse_address("tcp://10.0.0.5:8786") == ("remote", "tcp://10.0.0.5:8786")
    for bad in ("local:x", "local:0", "nowhere", "tcp://"):
        with pytest.raises(cluster.ClusterError, match="--dask"):
            cluster.parse_address(bad)


def test_unreachable_scheduler_is_one_line():
    pytest.importorskip("distributed")
    from serve_support import free_port

    r = subprocess.run([sys.executable, "-m", "factcheck", "check", str(CORPUS / "drafts"),
                        "--dask", f"tcp://127.0.0.1:{free_port()}"], capture_output=True,
                       text=True, cwd=ROOT, timeout=120,
                       env={**os.environ, "CI": "1", "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"})
    assert r.returncode == 2 and r.stderr.count("\n") == 1, r.stderr
    assert "cannot reach the scheduler" in r.stderr


def test_bad_dask_option_is_one_line():
    r = CliRunner().invoke(main, ["check", str(CORPUS / "drafts"), "--dask", "local:x"])
    assert r.exit_code == 2 and r.stderr.count("\n") == 1 and "local:N" in r.stderr
    r = CliRunner().invoke(main, ["check", str(CORPUS / "drafts"), "--dask", "local:2",
                                  "--jobs", "2"])
    assert r.exit_code == 2 and "cannot be combined" in r.stderr
