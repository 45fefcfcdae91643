#!/usr/bin/env python3
"""Do two checkouts give the same output? ``factcheck extract --format json`` and ``factcheck
check --format json`` of the same texts, run with each checkout's code, compared byte for byte.

  .venv/bin/python benchmarks/compare_outputs.py OTHER_ROOT [--sample N] [--store] [--keep DIR]

For speed work, whose changes must leave every output as it was. Texts: this checkout's
corpus/articles, corpus/drafts and corpus/liveblogs, and a seeded sample of N (default 200)
drafts of corpus/everyday (clean, and planted where the sample draws a plant) and cases of
corpus/phrasings, written as .md files with their dates in a temporary folder. Both checkouts
read the same files (this checkout's), so only the code differs. ``check`` runs with
``--no-store -j 1``, and with ``--store`` also against the default store (the bundled corpus).
Each command runs once per checkout with every path at once; the outputs' own paths are the
same. Prints one line per comparison and the first differing line of each that differs; exit
code 1 when any differs.
"""

from __future__ import annotations

import argparse
import difflib
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


def write_sample(folder: Path, n: int, seed: int = 0) -> list[Path]:
    """``n`` everyday drafts and phrasing cases, half each, as .md files in ``folder``."""
    from everyday_accuracy import load, planted_version, write
    from phrasings_accuracy import load_cases

    rng = random.Random(seed)
    drafts, cases = load(), load_cases()
    for d in rng.sample(drafts, min(len(drafts), n // 2)):
        text, front = d["text"], d.get("front")
        if d.get("planted") and rng.random() < 0.5:
            k = rng.randrange(len(d["planted"]))
            text, front = planted_version(d, k, d["planted"][k])
        write(folder, f"everyday-{d['id']}", str(d["date"]), text, front)
    for c in rng.sample(cases, min(len(cases), n - n // 2)):
        write(folder, f"phrasing-{c['id']}", str(c["date"]), c["text"])
    return sorted(folder.glob("*.md"))


def run(root: Path, args: list[str]) -> str:
    """stdout of ``python -m factcheck ARGS`` with ``root``'s code (the exit code is not
    compared: it follows the findings, which are)."""
    env = dict(os.environ, PYTHONPATH=str(root), PYTHONHASHSEED="0")
    done = subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=3600)
    if not done.stdout.strip():
        sys.exit(f"{root}: factcheck {args[0]} wrote nothing: {done.stderr[-500:]}")
    return done.stdout


def commands(paths: list[str], store: bool) -> dict[str, list[str]]:
    out = {"extract": ["extract", "--format", "json", *paths],
           "check --no-store": ["check", "--format", "json", "--no-store", "-j", "1", "-q",
                                *paths]}
    if store:
        out["check --store"] = ["check", "--format", "json", "-j", "1", "-q", *paths]
    return out


def first_difference(a: str, b: str) -> str:
    for line in difflib.unified_diff(a.splitlines(), b.splitlines(), lineterm="", n=0):
        if line.startswith(("-", "+")) and not line.startswith(("---", "+++")):
            return line[:200]
    return "(order or whitespace)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("other", type=Path, help="the other checkout (e.g. /work/main)")
    ap.add_argument("--sample", type=int, default=200)
    ap.add_argument("--store", action="store_true", help="also check against the default store")
    ap.add_argument("--keep", type=Path, help="write the sampled texts here (kept)")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = a.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        sample = write_sample(folder, a.sample)
        paths = [str(ROOT / "corpus" / s) for s in ("articles", "drafts", "liveblogs")]
        paths += [str(p) for p in sample]
        differ = 0
        for name, args in commands(paths, a.store).items():
            mine, theirs = run(ROOT, args), run(a.other.resolve(), args)
            same = mine == theirs
            differ += not same
            print(f"{name:18} {len(paths) - 3} sampled + 3 folders: "
                  f"{'identical' if same else 'DIFFERENT'} ({len(mine):,} bytes)")
            if not same:
                print("   first difference:", first_difference(theirs, mine))
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
