#!/usr/bin/env python
"""Flag accuracy on the liveblogs of corpus/liveblogs: planted errors found, nothing else flagged.

Every liveblog in corpus/liveblogs/ is consistent; corpus/liveblogs/plants.yaml lists variants
with one planted error each (a wrong running total, a figure restated differently within one
update or by a later update for the same day, ...) and the rule that must flag it. This script
checks each liveblog and each variant with ``--no-store`` (consistency only) and prints:

  recall        planted errors flagged by their rule, at the planted figure or naming it
  false alarms  error/warning flags on the consistent liveblogs, and flags a variant raises
                beyond the consistent liveblog's (other than the planted one)

and the generated General Staff liveblog (tests/liveblog_support.py: 40 daily updates, about
300 figures): its error/warning flags, and whether a planted wrong total is flagged.
Prints figures; asserts nothing. Usage: python benchmarks/liveblog_accuracy.py [--show]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import yaml

# PyYAML's safe loader on libyaml's C parser where it is built (the same data as
# ``yaml.safe_load``, about eight times faster: the phrasing and everyday sets took 3 CPU
# seconds to read with the pure-Python one, in every test process and benchmark run)
SAFE_C = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

ROOT = Path(__file__).resolve().parents[1]
BLOGS = ROOT / "corpus" / "liveblogs"


def check(paths: list[Path]) -> dict[str, list[dict]]:
    """Error/warning flags per file (unsuppressed), from one `factcheck check` run."""
    proc = subprocess.run([sys.executable, "-m", "factcheck", "check", *map(str, paths),
                           "--no-store", "--format", "json", "-q", "--fail-on", "info"],
                          cwd=ROOT, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.exit(proc.stderr)
    data = json.loads(proc.stdout)
    out = {}
    for d in data["documents"]:
        if d.get("error"):
            print(f"  {d['path']}: NOT CHECKED: {d['error']}")
        lines = {c["id"]: c["line"] for c in d["claims"]}
        out[Path(d["path"]).name] = [
            {**f, "claim_lines": {lines.get(c) for c in f["claims"]}} for f in d["flags"]
            if f["severity"] in ("error", "warning") and "suppressed" not in f]
    return out


def key(f: dict) -> tuple:
    return (f["rule"], f["message"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list every false alarm and miss")
    a = ap.parse_args()
    blogs = sorted(p for p in BLOGS.glob("*.md") if p.name != "README.md")
    plants = yaml.load((BLOGS / "plants.yaml").read_text(encoding="utf-8"), Loader=SAFE_C)
    t0 = time.perf_counter()
    base = check(blogs)
    alarms = [(name, f) for name, fl in base.items() for f in fl]
    found = at_error = 0
    misses = []
    extra_alarms = []
    with tempfile.TemporaryDirectory() as tmp:
        variants = []
        for i, p in enumerate(plants):
            text = (BLOGS / p["file"]).read_text(encoding="utf-8")
            assert p["old"] in text, f"{p['file']}: {p['old']!r} not found"
            edited = text.replace(p["old"], p["new"], 1)
            line = edited[:edited.index(p["new"])].count("\n") + 1 + p["new"].count("\n")
            path = Path(tmp) / f"v{i:02d}-{p['file']}"
            path.write_text(edited, encoding="utf-8")
            variants.append((p, path, line))
        got = check([v[1] for v in variants])
        for p, path, line in variants:
            flags = got.get(path.name, [])
            # flagged by its rule, at the planted figure or with it among the figures involved
            hit = [f for f in flags if f["rule"] == p["expect"] and
                   (f["line"] == line or line in f["claim_lines"])]
            if hit:
                found += 1
                at_error += any(f["severity"] == "error" for f in hit)
            else:
                misses.append((p, flags))
            before = Counter(key(f) for f in base.get(p["file"], []))
            for f in flags:
                if f in hit:
                    continue
                if before[key(f)] > 0:
                    before[key(f)] -= 1
                    continue
                extra_alarms.append((p["file"], p["what"], f))
    elapsed = time.perf_counter() - t0
    print(f"liveblogs: {len(blogs)}, planted errors: {len(plants)}  ({elapsed:.1f} s)")
    print(f"recall: {found}/{len(plants)} = {found / len(plants):.2f} "
          f"({at_error} at error level)")
    print(f"false alarms on the consistent liveblogs: {len(alarms)} error/warning flags "
          f"in {len({n for n, _ in alarms})} of {len(blogs)} liveblogs")
    print(f"false alarms added by the planted variants: {len(extra_alarms)}")
    if a.show:
        for name, f in alarms:
            print(f"  alarm {name}:{f['line']} {f['rule']}: {f['message'][:150]}")
        for p, flags in misses:
            shown = sorted({(f["rule"], f["line"]) for f in flags})
            print(f"  missed {p['file']}: {p['what']} (flags: "
                  f"{shown if len(shown) <= 4 else str(len(flags)) + ' flags'})")
        for name, what, f in extra_alarms:
            print(f"  extra {name} ({what}): line {f['line']} {f['rule']}: {f['message'][:120]}")
    generated()


def generated() -> None:
    """The generated 37-day General Staff liveblog (tests/liveblog_support.py)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from liveblog_support import liveblog, plant_restated, plant_total

    lb = liveblog(days=40)
    days = sorted(lb.totals)
    with tempfile.TemporaryDirectory() as tmp:
        clean = Path(tmp) / "generated.md"
        clean.write_text(lb.text, encoding="utf-8")
        t0 = time.perf_counter()
        flags = check([clean])["generated.md"]
        took = time.perf_counter() - t0
        bad = liveblog(days=40)
        plant_total(bad, days[len(days) // 2])
        bad2 = liveblog(days=40)
        plant_restated(bad2, sorted(bad2.restated)[2])
        v1, v2 = Path(tmp) / "total.md", Path(tmp) / "restated.md"
        v1.write_text(bad.text, encoding="utf-8")
        v2.write_text(bad2.text, encoding="utf-8")
        got = check([v1, v2])
    print(f"generated liveblog: {lb.figures} figures in {len(days)} daily updates: "
          f"{len(flags)} error/warning flags ({took:.1f} s)")
    for name in ("total.md", "restated.md"):
        flags = sorted({(f["rule"], f["line"]) for f in got[name]})
        shown = flags if len(flags) <= 4 else f"{len(got[name])} flags on {len(flags)} lines"
        print(f"  planted {name[:-3]}: {shown}")


if __name__ == "__main__":
    main()
