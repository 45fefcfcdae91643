#!/usr/bin/env python
"""The per-document time limit of ``extract`` and ``ingest`` (issue #13), and what it costs.

1. A folder holding the bundled demo draft and an adversarial document (``'1, '`` repeated,
   a long list of bare figures) goes through the real CLI, ``factcheck extract --format json``,
   with ``--timeout 2`` and without a limit: the wall time, the exit code and what each
   document got (its claim count, or its error naming the stage).
2. ``factcheck extract`` of the bundled corpus, three runs: wall time and CPU of the process
   tree (extraction now runs in forked workers; before, in the command's own process).

Prints the figures; it asserts nothing. Usage: python benchmarks/stage_limits.py [REPEAT]
(REPEAT: how many times ``'1, '`` is written, 30000 by default).
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FACTCHECK = [sys.executable, "-m", "factcheck"]


def run(*args: str) -> tuple[float, float, int, str]:
    """Wall seconds, CPU seconds of the children, exit code and stdout of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.run([*FACTCHECK, *args], capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc.returncode, proc.stdout


def main() -> None:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 30000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shutil.copy(ROOT / "corpus" / "drafts" / "pokrovsk-draft.md", folder / "draft.md")
        (folder / "list.md").write_text("Officials said " + "1, " * repeat + "troops left.\n")
        for limit in (["--timeout", "2"], []):
            wall, _, code, out = run("extract", str(folder), "--format", "json", *limit)
            docs = {Path(d["path"]).name: d.get("error") or f"{len(d['claims'])} claims"
                    for d in json.loads(out)["documents"]}
            print(f"extract {' '.join(limit) or '(no limit)':<13} {wall:6.2f} s  exit {code}  "
                  f"{docs}")
    for i in range(3):
        wall, cpu, code, out = run("extract", "corpus", "--format", "json")
        n = len(json.loads(out)["documents"])
        print(f"extract corpus ({n} documents) run {i + 1}: {wall:.2f} s wall, {cpu:.2f} s CPU, "
              f"exit {code}")
    print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
