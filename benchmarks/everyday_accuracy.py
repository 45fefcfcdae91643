#!/usr/bin/env python
"""Everyday copy: planted errors caught, and false alarms on the clean drafts.

corpus/everyday/<domain>.yaml holds short drafts (economy, public health, elections, weather,
transport and sport), each a clean text plus planted errors written as edits (old -> new) with
the rule(s) that must flag them (corpus/everyday/README.md). This script checks every clean
draft and every planted version with the shipped rules (no store: consistency only; --store
checks them as a user's default run does, against the bundled reference data too) and prints

  recall        planted errors for which an expected rule raises a flag the clean draft lacks
  false alarms  error- and warning-level flags on the clean drafts (each listed with --show)

per domain and overall. Prints figures; asserts nothing.
Usage: python benchmarks/everyday_accuracy.py [--show] [--misses] [--domain NAME] [--folder DIR]
                                             [--store]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import yaml

# PyYAML's safe loader on libyaml's C parser where it is built (the same data as
# ``yaml.safe_load``, about eight times faster: the phrasing and everyday sets took 3 CPU
# seconds to read with the pure-Python one, in every test process and benchmark run)
SAFE_C = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "everyday"


def load(domain: str | None = None, folder: Path = CORPUS) -> list[dict]:
    drafts = []
    for f in sorted(folder.glob("*.yaml")):
        data = yaml.load(f.read_text(encoding="utf-8"), Loader=SAFE_C)
        if domain and data["domain"] != domain:
            continue
        for d in data["drafts"]:
            d["domain"] = data["domain"]
            drafts.append(d)
    ids = Counter(d["id"] for d in drafts)
    if twice := sorted(i for i, n in ids.items() if n > 1):
        sys.exit(f"{folder}: draft ids must be unique: {', '.join(twice)}")
    return drafts


def write(folder: Path, name: str, date: str, text: str, front: dict | None = None) -> None:
    """One draft as a .md file; ``front`` (the draft's own title, description, summary) goes in
    its front matter, else the title is the file's name."""
    head = f"title: {name}\ndate: {date}\n"
    if front:
        head = yaml.safe_dump({"title": name, **front}, allow_unicode=True, sort_keys=False,
                              width=10_000) + f"date: {date}\n"
    (folder / f"{name}.md").write_text(f"---\n{head}---\n{text}", encoding="utf-8")


def planted_version(d: dict, k: int, p: dict) -> tuple[str, dict]:
    """(text, front matter) of draft ``d`` with planted edit ``k``: ``old`` occurs once in its
    text and front-matter values together, and is replaced where it stands."""
    front = dict(d.get("front") or {})
    where = [key for key, v in front.items() if p["old"] in str(v)]
    if d["text"].count(p["old"]) + sum(str(front[key]).count(p["old"]) for key in where) != 1:
        sys.exit(f"{d['id']}: planted edit {k}: 'old' must occur once: {p['old']!r}")
    if where:
        front[where[0]] = str(front[where[0]]).replace(p["old"], p["new"])
        return d["text"], front
    return d["text"].replace(p["old"], p["new"]), front


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list every false alarm")
    ap.add_argument("--misses", action="store_true", help="list every planted error missed")
    ap.add_argument("--domain")
    ap.add_argument("--folder", type=Path, default=CORPUS,
                    help="another folder of drafts in the same format (default corpus/everyday)")
    ap.add_argument("--store", action="store_true",
                    help="check against the default store too (the bundled reference data: a "
                         "war series matched by everyday words is a false alarm here)")
    a = ap.parse_args()
    drafts = load(a.domain, a.folder)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for d in drafts:
            write(folder, f"{d['id']}--clean", str(d["date"]), d["text"], d.get("front"))
            for k, p in enumerate(d.get("planted") or []):
                text, front = planted_version(d, k, p)
                write(folder, f"{d['id']}--p{k}", str(d["date"]), text, front)
        proc = subprocess.run([sys.executable, "-m", "factcheck", "check", str(folder),
                               "--format", "json", "-q", "--fail-on", "info",
                               *([] if a.store else ["--no-store"]), "--jobs", "2"],
                              cwd=ROOT, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.exit(proc.stderr)
    data = json.loads(proc.stdout)
    if data["summary"]["errors"]:
        # a draft the checker failed on has no flags: never count it as clean or as a miss
        failed = [f"{Path(d['path']).stem}: {d['error']}" for d in data["documents"]
                  if d.get("error")] + [str(e) for e in data["errors"]]
        sys.exit("drafts the checker failed on:\n" + "\n".join(failed))
    flags: dict[str, list[dict]] = {}
    for doc in data["documents"]:
        flags[Path(doc["path"]).stem] = [f for f in doc["flags"] if "suppressed" not in f]
    per = defaultdict(Counter)
    alarms, misses = [], []
    for d in drafts:
        clean = flags.get(f"{d['id']}--clean", [])
        bad = [f for f in clean if f["severity"] in ("error", "warning")]
        per[d["domain"]]["drafts"] += 1
        per[d["domain"]]["alarms"] += len(bad)
        alarms += [(d["id"], f) for f in bad]
        seen = Counter((f["rule"], f["message"]) for f in clean)
        for k, p in enumerate(d.get("planted") or []):
            got = flags.get(f"{d['id']}--p{k}", [])
            now = Counter((f["rule"], f["message"]) for f in got)
            new = [r for (r, _m), n in now.items() if n > seen.get((r, _m), 0)]
            per[d["domain"]]["planted"] += 1
            if any(r in p["rule"] for r in new):
                per[d["domain"]]["caught"] += 1
                # at error level: a flag of the expected rule the clean draft lacks is an
                # error (a weak key, docs/rules.md "Basis", makes it a warning)
                per[d["domain"]]["at_error"] += any(
                    f["rule"] in p["rule"] and f["severity"] == "error" and
                    now[(f["rule"], f["message"])] > seen.get((f["rule"], f["message"]), 0)
                    for f in got)
            else:
                misses.append((d["id"], k, p, new))
    tot = Counter()
    print(f"{'domain':<12} {'drafts':>6} {'planted':>8} {'caught':>7} {'recall':>7} "
          f"{'false alarms':>13}")
    for dom, c in sorted(per.items()):
        tot.update(c)
        print(f"{dom:<12} {c['drafts']:>6} {c['planted']:>8} {c['caught']:>7} "
              f"{c['caught'] / max(1, c['planted']):>7.2f} {c['alarms']:>13}")
    print(f"{'all':<12} {tot['drafts']:>6} {tot['planted']:>8} {tot['caught']:>7} "
          f"{tot['caught'] / max(1, tot['planted']):>7.2f} {tot['alarms']:>13}")
    print(f"caught at error level: {tot['at_error']} of {tot['caught']} (the others are "
          f"warnings: a key the flag rests on is weak, or the rule gives warnings)")
    if a.show:
        for did, f in alarms:
            print(f"ALARM {did}: {f['severity']} [{f['rule']}] {f['message']}")
    if a.misses:
        for did, k, p, new in misses:
            print(f"MISS {did} p{k} {p['rule']}: {p['old']!r} -> {p['new']!r} (new: {new})")


if __name__ == "__main__":
    main()
