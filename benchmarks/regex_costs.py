#!/usr/bin/env python3
"""Which regular expressions the extraction step spends its time in: calls, characters searched
and CPU time per compiled pattern, on the warm corpus pass ``extract_instructions.py`` counts.

  .venv/bin/python benchmarks/regex_costs.py [--stage extract|claims] [--passes N] [--top K]
                                             [--root DIR] [--json OUT]
  .venv/bin/python benchmarks/regex_costs.py --compare BEFORE.json AFTER.json [--top K]

``extract_instructions.py`` counts a pass's instructions; a rise there that is C code of the
regular-expression engine (``_sre``) cannot be told apart pattern by pattern, since callgrind
sees no Python names. This script wraps every pattern the checkout compiles: before any
factcheck module is imported, ``re.compile`` (and ``re.search``, ``re.match``, ... with a
pattern string, which compile through the same cache) returns a counting stand-in for the
compiled pattern, and ``re.Pattern`` names the stand-in's type, so the code's own
``isinstance(rx, re.Pattern)`` and ``re.sub(rx, ...)`` take it. Each ``search``, ``match``,
``fullmatch``, ``finditer`` (each step of the iterator), ``findall``, ``sub``, ``subn`` and
``split`` is counted: calls, the characters of the window it was given (``endpos - pos``: the
load-independent part, what a scanning pattern walks) and the CPU nanoseconds the call took
(``time.perf_counter_ns`` around the C call: a ``sub`` with a function as replacement counts
the function too).

Each pattern is named by the module global that holds it (``numbers._ODDS``; ``[key]`` when
it sits in a dict or tuple held there), else by the module and function that compiled it
(``date_forms:_vague_rx``); a piece that ``first_words.Alternatives`` compiles from a larger
pattern carries that pattern's name with ``/alt``. The texts, the warm-up pass and the
stages are ``extract_instructions.py``'s (``PYTHONHASHSEED`` 0 by default, as there: pattern
text built from sets follows the hash). ``--passes N`` (default 5) counted passes: calls and
characters are per pass; the time is each pattern's fastest pass (the machine's other load
lands on some passes, seldom on all). The wrapper costs time of its own (about 0.3 us per
call), not counted in any pattern. Prints the K costliest patterns and, with ``--json``,
writes every pattern's figures; ``--compare`` prints the patterns whose time or characters
changed most between two such files (two checkouts: ``--root`` another one, with this
interpreter). Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_NS = time.perf_counter_ns
_REAL_COMPILE = re.compile
_REAL_PATTERN = re.Pattern


class _Cost:
    """One pattern's running totals, and where it came from."""

    __slots__ = ("calls", "chars", "ns", "site", "parent", "pattern")

    def __init__(self, site: str, parent: object, pattern: str) -> None:
        self.calls = self.chars = self.ns = 0
        self.site, self.parent, self.pattern = site, parent, pattern


_COSTS: list[_Cost] = []


def _window(string: str, a: tuple, k: dict) -> int:
    pos = a[0] if a else k.get("pos", 0)
    end = a[1] if len(a) > 1 else k.get("endpos", len(string))
    return max(0, min(end, len(string)) - max(pos, 0))


class CountedPattern:
    """A compiled pattern that counts its calls, windows and time (module doc)."""

    __slots__ = ("_rx", "_cost", "__weakref__")

    def __init__(self, rx: re.Pattern, cost: _Cost) -> None:
        self._rx, self._cost = rx, cost

    def __getattr__(self, name: str):
        return getattr(self._rx, name)

    def __class_getitem__(cls, _item):
        return cls

    def __repr__(self) -> str:
        return f"Counted({self._rx!r})"

    def _timed(self, method: str, string, a: tuple, k: dict, window: bool = True):
        c = self._cost
        t = _NS()
        got = getattr(self._rx, method)(string, *a, **k)
        c.ns += _NS() - t
        c.calls += 1
        if window:
            c.chars += _window(string, a, k)
        return got

    def search(self, string, *a, **k):
        return self._timed("search", string, a, k)

    def match(self, string, *a, **k):
        return self._timed("match", string, a, k)

    def fullmatch(self, string, *a, **k):
        return self._timed("fullmatch", string, a, k)

    def findall(self, string, *a, **k):
        return self._timed("findall", string, a, k)

    def split(self, string, *a, **k):
        self._cost.chars += len(string)
        return self._timed("split", string, a, k, window=False)

    def sub(self, repl, string, *a, **k):
        self._cost.chars += len(string)
        return self._timed("sub", repl, (string, *a), k, window=False)

    def subn(self, repl, string, *a, **k):
        self._cost.chars += len(string)
        return self._timed("subn", repl, (string, *a), k, window=False)

    def finditer(self, string, *a, **k):
        c = self._cost
        c.calls += 1
        c.chars += _window(string, a, k)
        it = self._rx.finditer(string, *a, **k)
        while True:
            t = _NS()
            m = next(it, None)
            c.ns += _NS() - t
            if m is None:
                return
            yield m


def _site() -> tuple[str, object]:
    """The module:function that compiles a pattern (the first frame in factcheck), and the
    pattern it is a piece of when ``first_words`` compiles it from a larger one."""
    f = sys._getframe(2)
    while f is not None and "factcheck" not in f.f_code.co_filename:
        f = f.f_back
    if f is None:
        return "?", None
    mod = Path(f.f_code.co_filename).stem
    parent = None
    if mod == "first_words":
        owner = f.f_locals.get("self")
        parent = getattr(owner, "rx", None) or f.f_locals.get("rx")
    return f"{mod}:{f.f_code.co_name}", parent


_BY_KEY: dict[tuple, CountedPattern] = {}


def _counted_compile(pattern, flags=0):
    if isinstance(pattern, CountedPattern):
        return pattern
    key = (type(pattern), pattern, int(flags))
    got = _BY_KEY.get(key)
    if got is None:
        site, parent = _site()
        cost = _Cost(site, parent, str(pattern))
        _COSTS.append(cost)
        got = _BY_KEY[key] = CountedPattern(_REAL_COMPILE(pattern, flags), cost)
    return got


def install() -> None:
    """Make ``re`` hand out counting patterns (before factcheck is imported)."""
    re.compile = _counted_compile
    re.Pattern = CountedPattern
    for name in ("search", "match", "fullmatch", "finditer", "findall", "split"):
        def via(pattern, string, *a, _m=name, **k):
            flags = k.pop("flags", 0)
            return getattr(_counted_compile(pattern, flags), _m)(string, *a, **k)
        setattr(re, name, via)
    for name in ("sub", "subn"):
        def via_sub(pattern, repl, string, *a, _m=name, **k):
            flags = k.pop("flags", 0)
            return getattr(_counted_compile(pattern, flags), _m)(repl, string, *a, **k)
        setattr(re, name, via_sub)


def _names() -> dict[int, str]:
    """id(counted pattern) -> the module global (or item of one) that holds it."""
    out: dict[int, str] = {}
    for modname, mod in sorted(sys.modules.items()):
        if not modname.startswith("factcheck") or mod is None:
            continue
        short = modname.rsplit(".", 1)[-1]
        for gname, v in list(vars(mod).items()):
            items = [(gname, v)]
            if isinstance(v, dict):
                items += [(f"{gname}[{k!r}]", x) for k, x in list(v.items())[:200]]
            elif isinstance(v, (tuple, list)):
                items += [(f"{gname}[{i}]", x) for i, x in enumerate(v[:200])]
            for label, x in items:
                if isinstance(x, CountedPattern):
                    out.setdefault(id(x), f"{short}.{label}")
    return out


def _label(p: CountedPattern, names: dict[int, str]) -> str:
    """The module global holding ``p``, else its parent's name and "/alt", else its site."""
    c = p._cost
    if id(p) in names:
        return names[id(p)]
    if isinstance(c.parent, CountedPattern):
        return _label(c.parent, names) + "/alt"
    return c.site


def _child(root: Path, stage: str, passes: int) -> dict:
    install()
    sys.path[:0] = [str(root), str(root / "benchmarks")]
    from extract_speed import load_texts

    from factcheck.extract import find_mentions
    from factcheck.normalize import claims_for
    docs = [d for _, d in load_texts()]

    def one(d) -> None:
        if stage == "extract":
            find_mentions(d.text, d.date, has_title=bool(d.title))
        else:
            claims_for(d)

    for d in docs:
        one(d)
    return _counted_passes(docs, one, passes)


def _counted_passes(docs: list, one, passes: int) -> dict:
    """Per pattern: calls and characters per pass, and its fastest pass's nanoseconds."""
    best: dict[int, int] = {}
    start_calls = {id(c): (c.calls, c.chars) for c in _COSTS}
    wall = []
    for _ in range(passes):
        before = {id(c): c.ns for c in _COSTS}
        t0 = time.process_time_ns()
        for d in docs:
            one(d)
        wall.append(time.process_time_ns() - t0)
        for c in _COSTS:
            ns = c.ns - before.get(id(c), 0)
            best[id(c)] = min(best.get(id(c), ns), ns)
    names = _names()
    rows: dict[str, dict] = {}
    for p in _BY_KEY.values():
        c = p._cost
        c0 = start_calls.get(id(c), (0, 0))
        calls = (c.calls - c0[0]) // passes
        if not calls:
            continue
        label = _label(p, names)
        row = rows.setdefault(label, {"calls": 0, "chars": 0, "ns": 0, "patterns": 0,
                                      "pattern": c.pattern[:120]})
        row["calls"] += calls
        row["chars"] += (c.chars - c0[1]) // passes
        row["ns"] += best.get(id(c), 0)
        row["patterns"] += 1
    chars = sum(len(d.text) for d in docs)
    return {"chars": chars, "texts": len(docs), "pass_ns": min(wall), "patterns": rows}


def _table(res: dict, top: int) -> None:
    rows = sorted(res["patterns"].items(), key=lambda kv: -kv[1]["ns"])
    total = sum(r["ns"] for _, r in rows)
    print(f"texts: {res['texts']}  characters: {res['chars']}  fastest pass (CPU, with the "
          f"wrapper): {res['pass_ns'] / 1e6:.1f} ms  in patterns: {total / 1e6:.1f} ms "
          f"({len(rows)} named patterns)")
    print(f"{'pattern':58} {'calls':>8} {'chars':>10} {'us':>8} {'%':>5}")
    for label, r in rows[:top]:
        print(f"{label[:58]:58} {r['calls']:>8} {r['chars']:>10} {r['ns'] / 1e3:>8.0f} "
              f"{100 * r['ns'] / max(total, 1):>5.1f}")


def _compare(before: dict, after: dict, top: int) -> None:
    b, a = before["patterns"], after["patterns"]
    zero = {"calls": 0, "chars": 0, "ns": 0}
    keys = set(a) | set(b)
    delta = sorted(keys, key=lambda k: -abs(a.get(k, zero)["ns"] - b.get(k, zero)["ns"]))
    tb, ta = sum(r["ns"] for r in b.values()), sum(r["ns"] for r in a.values())
    print(f"in patterns: {tb / 1e6:.1f} ms -> {ta / 1e6:.1f} ms per pass "
          f"({(ta - tb) / 1e6:+.1f} ms)")
    print(f"{'pattern':52} {'calls':>15} {'chars':>21} {'us':>13} {'d us':>7}")
    for k in delta[:top]:
        x, y = b.get(k, zero), a.get(k, zero)
        print(f"{k[:52]:52} {x['calls']:>7}>{y['calls']:<7} {x['chars']:>10}>{y['chars']:<10} "
              f"{x['ns'] / 1e3:>6.0f}>{y['ns'] / 1e3:<6.0f} {(y['ns'] - x['ns']) / 1e3:>+7.0f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stage", choices=("extract", "claims"), default="extract")
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--root", type=Path, default=ROOT)
    ap.add_argument("--json", type=Path, help="write every pattern's figures here")
    ap.add_argument("--hash-seed", type=int, default=0)
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.compare:
        _compare(*(json.loads(p.read_text()) for p in a.compare), a.top)
        return
    if a.child:
        print(json.dumps(_child(a.root.resolve(), a.stage, a.passes)))
        return
    proc = subprocess.run(
        [sys.executable, __file__, "--child", "--stage", a.stage, "--passes", str(a.passes),
         "--root", str(a.root)], capture_output=True, text=True, check=False,
        env={**os.environ, "PYTHONHASHSEED": str(a.hash_seed),
             "PYTHONPATH": str(a.root.resolve())})
    if proc.returncode != 0 or not proc.stdout.strip():
        sys.exit(f"the counted run failed:\n{proc.stderr[-2000:]}")
    res = json.loads(proc.stdout.strip().splitlines()[-1])
    if a.json:
        a.json.write_text(json.dumps(res, indent=1))
    _table(res, a.top)


if __name__ == "__main__":
    main()
