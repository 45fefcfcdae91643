#!/usr/bin/env python3
"""Instructions per warm pass of the extraction step over the corpus, counted by callgrind.

  .venv/bin/python benchmarks/extract_instructions.py [--stage extract|claims|check]
                                                      [--passes N] [--root DIR]

CPU time on a shared machine moves by 10-20% with the load (``extract_speed.py`` measures
it); the number of instructions a pass executes does not: it changes only with the code, the
texts and the interpreter. This script runs itself under ``valgrind --tool=callgrind`` with
collection off, loads the texts ``extract_speed.py`` times (the bundled corpus' articles and
drafts), warms every cache with one pass, and counts only inside one ``functools.reduce``
call that runs N more passes (``--toggle-collect``: imports, vocabularies and the warm-up
are not counted). ``--stage extract`` (default) times ``extract.find_mentions``, the figure
the 1 M chars/s target is about; ``claims`` times ``normalize.claims_for``; ``check`` a whole ``factcheck check --no-store`` of
each text in one warm worker's way (``pipeline._Checker``: normalize, the engine with its join,
the verdicts), the checking side the accuracy benchmarks spend their time in.

``--root`` counts another checkout's code (a copy of main, say) with this interpreter, for a
before/after comparison. The child runs with a fixed ``PYTHONHASHSEED`` (``--hash-seed``, 0 by
default): the order of sets and of patterns built from them follows the string hash, and with
a random seed one run of the same code moved by about 1.3% (speed30), as much as a change. Prints the figure per pass and per character and a final JSON line;
asserts nothing. Needs valgrind (a minute or two under it; more on a loaded machine).
Measured: README, "extraction speed, warm".
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _child(root: Path, stage: str, passes: int) -> None:
    """Under callgrind: warm up, then run ``passes`` passes inside functools.reduce."""
    sys.path[:0] = [str(root), str(root / "benchmarks")]
    from extract_speed import load_texts

    from factcheck.extract import find_mentions
    from factcheck.normalize import claims_for
    docs = [d for _, d in load_texts()]
    if stage == "check":
        from factcheck.pipeline import Options, _Checker, warm_check
        warm_check()
        checker = _Checker(Options(store=None))

    def one(_acc: object, d) -> object:
        if stage == "extract":
            return find_mentions(d.text, d.date, has_title=bool(d.title))
        if stage == "check":
            return checker.check(d)
        return claims_for(d)

    for d in docs:
        one(None, d)
    functools.reduce(one, docs * passes, None)
    print(json.dumps({"chars": sum(len(d.text) for d in docs), "texts": len(docs)}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stage", choices=("extract", "claims", "check"), default="extract")
    ap.add_argument("--passes", type=int, default=1)
    ap.add_argument("--root", type=Path, default=ROOT)
    ap.add_argument("--hash-seed", type=int, default=0,
                    help="PYTHONHASHSEED of the counted run (default 0)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        _child(a.root.resolve(), a.stage, a.passes)
        return
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed: nothing measured")
    proc = subprocess.run(
        ["valgrind", "--tool=callgrind", "--collect-atstart=no",
         "--toggle-collect=functools_reduce", "--callgrind-out-file=/dev/null",
         sys.executable, __file__, "--child", "--stage", a.stage, "--passes", str(a.passes),
         "--root", str(a.root)],
        capture_output=True, text=True, check=False,
        env={**os.environ, "PYTHONHASHSEED": str(a.hash_seed)})
    got = re.search(r"Collected : (\d+)", proc.stderr)
    if proc.returncode != 0 or got is None or not proc.stdout.strip():
        sys.exit(f"the run under callgrind failed:\n{proc.stderr[-2000:]}")
    info = json.loads(proc.stdout.strip().splitlines()[-1])
    per_pass = int(got.group(1)) // a.passes
    if per_pass == 0:
        sys.exit("callgrind counted nothing: functools.reduce is not a symbol it can see here")
    what = {"extract": "extract.find_mentions", "claims": "normalize.claims_for",
            "check": "check --no-store (pipeline._Checker.check)"}[a.stage]
    print(f"texts: {info['texts']}  characters: {info['chars']}  root: {a.root}")
    print(f"{what}, warm: {per_pass:,} instructions per corpus pass "
          f"({per_pass / info['chars']:,.0f} per character)")
    print(json.dumps({"stage": a.stage, "chars": info["chars"],
                      "instructions_per_pass": per_pass,
                      "instructions_per_char": round(per_pass / info["chars"], 1)}))


if __name__ == "__main__":
    main()
