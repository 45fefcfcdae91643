#!/usr/bin/env python
"""Time and memory of the worst inputs under 1 MB, against issue #14's bound: at most 10 s
and 500 MB for any input under 1 MB.

Each input (near 1 MB, or refused before it is read) is written to a temporary folder and run
through the real CLI in a subprocess: ``factcheck extract --format json`` and ``factcheck check
--no-store --jobs 1``, with ``--timeout 600`` (so that the cost is measured, not the default
120 s limit that stops a document) and the address space capped at 500 MB (RLIMIT_AS: a process that needs
more fails instead of growing). For each run it prints the wall time, the CPU time and peak
resident memory of the process tree (``os.wait4``: the command and the worker it forks), the
exit code, whether the run is within the bound, and the first line of stderr (the densest
shapes are also checked into an HTML page, "check/ht"). The shapes:
walls of digits, ``,000`` groups and number words; nesting and aliases in front matter and
JSONL; dense figures (short sentences, and one line with no sentence end); a deep Markdown
list; many dates (each sentence its own date, and one long list of dates); a table of figures;
a line with no figures; random bytes. Also: a 30 MB file and /dev/zero, refused at once.

On a machine shared with other work the wall time overstates the cost: the CPU time is the
closer measure of the 10 s bound there (the load average is printed first). A run is "ok"
within the bound, "OVER" beyond it or when the document ran out of time, "CRASH" on a signal or
an unexpected exit code. Prints the figures; asserts nothing.
Usage: python benchmarks/robust_limits.py [NAME ...]   (only the inputs named)
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
LIMIT_MB = 500
LIMIT_S = 10.0
SIZE = 990_000   # bytes: every generated input stays under 1 MB


def laughs(levels: int) -> str:
    return "\n".join(["a: &a [x, x, x, x, x, x, x, x, x, x]"] + [
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 10) + "]"
        for i in range(levels)]) + "\n"


def repeat(unit: str, size: int = SIZE, head: str = "", tail: str = "") -> str:
    """``unit`` repeated to just under ``size`` bytes, between ``head`` and ``tail``."""
    n = (size - len(head.encode()) - len(tail.encode())) // len(unit.encode())
    return head + unit * n + tail


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
DATED = "".join(f"On {d} {m} 2024 Russia lost {1000 + d * 10} troops and {d} tanks.\n"
                for m in MONTHS for d in range(1, 29))
LIST = "".join("  " * (i % 40) + f"- {i % 40 + 1},{i % 900 + 100} shells on day {i}\n"
               for i in range(2000))
TABLE = "| day | troops | tanks |\n|---|---|---|\n" + "".join(
    f"| {d} {m} 2024 | {1000 + d} | {d} |\n" for m in MONTHS for d in range(1, 29))

WORST: dict[str, str | bytes] = {
    "digits.md": "Russia lost " + "9" * 900_000 + " troops.",
    "commas.md": "Russia lost 1" + ",000" * 200_000 + " troops.",
    "words.md": "one hundred and " * 60_000 + "troops",
    "nested-front-matter.md": "---\nx: " + "[" * 100_000 + "]" * 100_000 + "\n---\nx",
    "laughs-front-matter.md": "---\n" + laughs(20) + "---\nx",
    "nested.jsonl": '{"text": "x", "n": ' + "[" * 400_000 + "]" * 400_000 + "}",
    "big-int.jsonl": '{"text": "x", "n": ' + "9" * 900_000 + "}",
    "dense-figures.md": repeat("Russia lost 1,200 troops and 12 tanks on 17 December 2024. "),
    "long-line-figures.md": repeat("Russia lost 1,200 troops and 12 tanks, ", tail="\n"),
    "deep-list.md": repeat(LIST, head="# Losses\n\n"),
    "many-dates.md": repeat(DATED),
    "date-list.md": repeat("17 December 2024, ", tail="Russia lost 1,200 troops.\n"),
    "table.md": repeat(TABLE),
    "one-line.txt": "x" * 999_000,
    "binary.md": os.urandom(999_000),
}


# the shapes also checked into an HTML page (its claims' cards were quadratic)
HTML_TOO = ("dense-figures.md", "table.md")


def limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT_MB << 20, LIMIT_MB << 20))


def run(args: list[str], cwd: Path) -> tuple[float, float, float, int, str]:
    """(wall s, CPU s, peak RSS MB, exit code, first line of stderr) of one command; the CPU
    time and peak memory are the process tree's (the command and the children it waited
    for)."""
    with tempfile.TemporaryFile() as err:
        t = time.monotonic()
        p = subprocess.Popen(FACTCHECK + args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err,
                             preexec_fn=limit, env={**os.environ, "CI": "1"})
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.monotonic() - t
        p.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        first = (err.read().decode("utf-8", "replace").strip().splitlines() or [""])[0][:80]
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, p.returncode, first


def verdict(cpu: float, rss: float, code: int, first: str) -> str:
    if code < 0 or code > 2:
        return "CRASH"
    if "timed out" in first:
        return "OVER"
    return "ok" if cpu <= LIMIT_S and rss <= LIMIT_MB else "OVER"


def main(names: list[str]) -> None:
    chosen = {n: c for n, c in WORST.items() if not names or n in names}
    over = 0
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        print(f"bound: {LIMIT_S:.0f} s and {LIMIT_MB} MB per input under 1 MB "
              f"(CPU time and peak RSS of the process tree); load average "
              f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"{'input':24} {'bytes':>9} {'command':8} {'wall s':>6} {'CPU s':>6} "
              f"{'RSS MB':>6} {'exit':>4} {'bound':5}  first line of stderr")
        for name, content in chosen.items():
            path = folder / name
            if isinstance(content, str):
                path.write_text(content, encoding="utf-8")
            else:
                path.write_bytes(content)
            size = path.stat().st_size
            assert size < 1_000_000, name
            cmds = [["extract", "--format", "json", "--timeout", "600"],
                    ["check", "--no-store", "--jobs", "1", "-q", "--format", "json",
                     "--timeout", "600"]]
            if name in HTML_TOO:
                cmds.append(["check", "--no-store", "--jobs", "1", "-q", "--format", "html",
                             "-o", "report.html", "--timeout", "600"])
            for cmd in cmds:
                wall, cpu, rss, code, first = run(cmd + [name], folder)
                mark = verdict(cpu, rss, code, first)
                over += mark != "ok"
                label = cmd[0] if "html" not in cmd else "check/ht"
                print(f"{name:24} {size:9,} {label:8} {wall:6.2f} {cpu:6.2f} {rss:6.0f} "
                      f"{code:4} {mark:5}  {first}", flush=True)
        if not names:
            with open(folder / "big.md", "wb") as fh:
                fh.truncate(30 * 1024 * 1024)
            for name in ("big.md", "/dev/zero"):
                wall, cpu, rss, code, first = run(["check", "--no-store", "-q", name], folder)
                print(f"{name:24} {'':9} {'check':8} {wall:6.2f} {cpu:6.2f} {rss:6.0f} "
                      f"{code:4} {verdict(cpu, rss, code, first):5}  {first}", flush=True)
    print(f"{over} run(s) over the bound or crashed")


if __name__ == "__main__":
    main(sys.argv[1:])
