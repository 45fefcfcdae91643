"""Instruction counts of one stage of the pipeline at N and 2N figures, for test_scale.

CPU time moves with the machine's load: with valgrind on the other core, CI timed the engine
on '1, ' copy at 3.6 times its half-size run (3.0 is the bound, 2 linear), and the same test
passed alone. The number of instructions a stage executes does not depend on the load: it
changes only with the code, the text and the interpreter. ``counted_ratios`` runs one child
process under ``valgrind --tool=callgrind`` (the method of benchmarks/extract_instructions.py:
collection off, switched on inside ``functools.reduce`` only) that counts each asked stage at
both sizes, from the inputs the parent pickled for it: the child does not extract or normalize
again what a later stage starts from. Each stage is run once uncounted first (its patterns
compiled, its caches filled).
"""

from __future__ import annotations

import functools
import os
import pickle
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

STAGES = ("extract+normalize", "engine", "verdicts")
# the instructions standing in for the CPU test's 20 ms floor (~3 G instructions a second)
FLOOR = 60_000_000


def run_stage(stage: str, inputs: dict, book, eng, square: int = 0):
    """One stage on ``inputs`` (doc, claims, mentions, findings of one text); with
    ``square``, that many passes over every pair of its claims first (the quadratic pass the
    test of this measure plants, made to outweigh the stage's own linear work)."""
    from factcheck.normalize import normalize
    from factcheck.verdicts import judge

    doc = inputs["doc"]
    for _ in range(square):
        claims = inputs["claims"]
        sum(1 for a in claims for b in claims if a is b)
    if stage == "extract+normalize":
        return normalize(doc)
    if stage == "engine":
        return eng.run(doc, inputs["claims"], mentions=inputs["mentions"])
    return judge(doc, inputs["claims"], [], inputs["findings"], book)


def _child(path: str) -> None:
    """Under callgrind: per stage and size, one warm-up run, then one counted in reduce."""
    from factcheck.engine import Engine
    from factcheck.rulebook import load_rulebook

    with open(path, "rb") as f:
        job = pickle.load(f)
    book = load_rulebook()
    eng = Engine(book)
    for stage in job["stages"]:
        for inputs in job["sizes"]:
            run_stage(stage, inputs, book, eng, job["square"])
            # one dump of the counters after each reduce (--dump-after), in this order
            functools.reduce(lambda _acc, _x: run_stage(stage, inputs, book, eng, job["square"]),
                             [0], None)


def _totals(folder: Path) -> list[int]:
    """The instructions of each dump callgrind wrote, in the order they were written."""
    files = sorted(folder.glob("cg.out.*"), key=lambda p: [int(x) for x in
                                                          re.findall(r"\d+", p.name)])
    counts = []
    for p in files:
        got = re.search(r"^(?:summary|totals):\s*(\d+)", p.read_text(errors="replace"), re.M)
        if got and int(got.group(1)) > 0:
            counts.append(int(got.group(1)))
    return counts


def counted_ratios(sizes: list[dict], stages: list[str],
                   square: int = 0) -> dict[str, float] | None:
    """{stage: (instructions at 2N + FLOOR) / (instructions at N + FLOOR)} for ``stages``,
    ``sizes`` the inputs at N and 2N (``square``: run_stage's planted quadratic pass); None
    where valgrind is not installed."""
    if shutil.which("valgrind") is None:
        return None
    with tempfile.TemporaryDirectory() as d:
        job = Path(d, "job.pickle")
        job.write_bytes(pickle.dumps({"sizes": sizes, "stages": stages, "square": square}))
        proc = subprocess.run(
            ["valgrind", "--tool=callgrind", "--collect-atstart=no",
             "--toggle-collect=functools_reduce", "--dump-after=functools_reduce",
             f"--callgrind-out-file={d}/cg.out", sys.executable, __file__, str(job)],
            capture_output=True, text=True, check=False,
            env={**os.environ, "PYTHONHASHSEED": "0"})
        counts = _totals(Path(d))
    if proc.returncode != 0 or len(counts) != 2 * len(stages):
        raise RuntimeError(f"the count under callgrind failed ({len(counts)} dumps):\n"
                           f"{proc.stderr[-2000:]}")
    return {s: (counts[2 * k + 1] + FLOOR) / (counts[2 * k] + FLOOR)
            for k, s in enumerate(stages)}


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    _child(sys.argv[1])
