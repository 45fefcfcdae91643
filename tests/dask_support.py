"""A throwaway Dask cluster of separate processes on loopback, for the cluster tests."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from serve_support import free_port


def dask_command() -> str:
    exe = shutil.which("dask", path=str(Path(sys.executable).parent)) or shutil.which("dask")
    if exe is None:
        raise RuntimeError("the dask command is not installed")
    return exe


@contextmanager
def dask_cluster(workers: int = 2) -> Iterator[str]:
    exe = dask_command()
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    # workers must be allowed to start the engine's process (see factcheck.cluster)
    env = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL,
             "start_new_session": True, "env": env}
    procs = [subprocess.Popen([exe, "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--no-dashboard"], **quiet)]
    try:
        for _ in range(workers):
            procs.append(subprocess.Popen(
                [exe, "worker", address, "--host", "127.0.0.1", "--nthreads", "1",
                 "--nworkers", "1", "--no-dashboard", "--memory-limit", "0"], **quiet))
        # wait for the workers from another process: Dask's client threads stay out of the
        # test process (later tests fork, which Python 3.12+ warns against with threads)
        wait = ("import sys; from distributed import Client\n"
                "with Client(sys.argv[1], timeout=60) as c:\n"
                "    c.wait_for_workers(int(sys.argv[2]), timeout=120)\n")
        subprocess.run([sys.executable, "-c", wait, address, str(workers)], check=True,
                       capture_output=True, timeout=240)
        yield address
    finally:
        for p in reversed(procs):
            try:
                os.killpg(p.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()
