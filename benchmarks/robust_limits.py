#!/usr/bin/env python
"""Time and memory of the worst inputs under 1 MB (issue #14: at most 10 s and 500 MB each).

Each input is written to a temporary folder and run through the real CLI in a subprocess
(``factcheck extract --format json`` and ``factcheck check --no-store --jobs 1``) with its
address space capped at 500 MB (RLIMIT_AS: a process that needs more fails instead of growing),
and the wall time, the exit code, the peak resident memory of the process tree and the first
line of stderr are printed. Also: a 30 MB file and /dev/zero, which must be refused at once.

Prints the figures; it asserts nothing. Usage: python benchmarks/robust_limits.py
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FACTCHECK = [sys.executable, "-m", "factcheck"]
LIMIT = 500 * 1024 * 1024


def laughs(levels: int) -> str:
    return "\n".join(["a: &a [x, x, x, x, x, x, x, x, x, x]"] + [
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 10) + "]"
        for i in range(levels)]) + "\n"


WORST = {
    "digits.md": "Russia lost " + "9" * 900_000 + " troops.",
    "commas.md": "Russia lost 1" + ",000" * 200_000 + " troops.",
    "words.md": "one hundred and " * 60_000 + "troops",
    "nested-front-matter.md": "---\nx: " + "[" * 100_000 + "]" * 100_000 + "\n---\nx",
    "laughs-front-matter.md": "---\n" + laughs(20) + "---\nx",
    "nested.jsonl": '{"text": "x", "n": ' + "[" * 400_000 + "]" * 400_000 + "}",
    "big-int.jsonl": '{"text": "x", "n": ' + "9" * 900_000 + "}",
    "dense-figures.md": "Russia lost 1,200 troops and 12 tanks on 17 December 2024. " * 16_000,
    "one-line.txt": "x" * 999_000,
    "binary.md": os.urandom(999_000),
}


def limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))


def run(args: list[str], cwd: Path) -> tuple[float, int, str]:
    t = time.monotonic()
    p = subprocess.run(FACTCHECK + args, cwd=cwd, capture_output=True, text=True,
                       preexec_fn=limit, env={**os.environ, "CI": "1"}, timeout=600)
    first = (p.stderr.strip().splitlines() or [""])[0][:90]
    return time.monotonic() - t, p.returncode, first


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        print(f"{'input':24} {'bytes':>9} {'command':8} {'s':>6} {'exit':>4}  first line of stderr")
        for name, content in WORST.items():
            path = folder / name
            if isinstance(content, str):
                path.write_text(content, encoding="utf-8")
            else:
                path.write_bytes(content)
            size = path.stat().st_size
            for cmd in (["extract", "--format", "json"],
                        ["check", "--no-store", "--jobs", "1", "-q", "--format", "json"]):
                secs, code, first = run(cmd + [name], folder)
                print(f"{name:24} {size:9,} {cmd[0]:8} {secs:6.2f} {code:4}  {first}")
        with open(folder / "big.md", "wb") as fh:
            fh.truncate(30 * 1024 * 1024)
        for name in ("big.md", "/dev/zero"):
            secs, code, first = run(["check", "--no-store", "-q", name], folder)
            print(f"{name:24} {'':9} {'check':8} {secs:6.2f} {code:4}  {first}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak resident memory of any one process: {peak:.0f} MB (address space capped at "
          f"{LIMIT // 1024 // 1024} MB)")


if __name__ == "__main__":
    main()
