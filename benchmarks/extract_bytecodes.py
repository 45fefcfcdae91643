#!/usr/bin/env python3
"""Python bytecodes per warm extraction pass over the corpus, per function (sys.monitoring).

  .venv/bin/python benchmarks/extract_bytecodes.py [--root DIR] [--top N]

Like ``extract_instructions.py`` a count the machine's load does not move, but in seconds
rather than the minutes (hours on a loaded machine) callgrind takes, and per function: every
bytecode instruction executed in one warm ``find_mentions`` pass over the texts
``extract_speed.py`` times, counted by a ``sys.monitoring`` INSTRUCTION callback, with each
function's calls. It leaves out what runs in C (the regular-expression engine, str methods),
which is most of the time: a cut in bytecodes moves the CPU time much less. Python 3.12+.
``--root`` counts another checkout's code. Prints the total, the top functions, and a JSON line.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOOL = 3


def count(root: Path) -> tuple[collections.Counter, collections.Counter, int]:
    """(bytecodes per code object, calls per code object, characters) of one warm pass."""
    sys.path[:0] = [str(root), str(root / "benchmarks")]
    from extract_speed import load_texts

    from factcheck.extract import find_mentions
    docs = [d for _, d in load_texts()]
    for d in docs:
        find_mentions(d.text, d.date, has_title=bool(d.title))
    ops: collections.Counter = collections.Counter()
    calls: collections.Counter = collections.Counter()
    mon = sys.monitoring
    mon.use_tool_id(TOOL, "extract_bytecodes")
    mon.register_callback(TOOL, mon.events.INSTRUCTION, lambda code, _off: ops.update((code,)))
    mon.register_callback(TOOL, mon.events.PY_START, lambda code, _off: calls.update((code,)))
    mon.set_events(TOOL, mon.events.INSTRUCTION | mon.events.PY_START)
    try:
        for d in docs:
            find_mentions(d.text, d.date, has_title=bool(d.title))
    finally:
        mon.set_events(TOOL, 0)
        mon.free_tool_id(TOOL)
    return ops, calls, sum(len(d.text) for d in docs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=ROOT)
    ap.add_argument("--top", type=int, default=30)
    a = ap.parse_args()
    ops, calls, chars = count(a.root.resolve())
    total = sum(ops.values())
    print(f"root: {a.root}  characters: {chars}  bytecodes per warm pass: {total:,} "
          f"({total / chars:.1f} per character)")
    for code, n in ops.most_common(a.top):
        where = f"{Path(code.co_filename).name}:{code.co_firstlineno} {code.co_qualname}"
        print(f"{n:9,d} {100 * n / total:5.1f}%  calls {calls[code]:6,d}  {where}")
    print(json.dumps({"chars": chars, "bytecodes_per_pass": total}))


if __name__ == "__main__":
    main()
