#!/usr/bin/env python
"""Flag accuracy on the bundled corpus: the deliberate errors found, and nothing else flagged.

The corpus (corpus/README.md) lists every deliberate error with the file, the sentence and the
rule that must flag it; every other figure in the corpus is true. This script checks the whole
corpus with the default store and prints, for error- and warning-level flags:

  recall     deliberate errors flagged by their rule, in their sentence
  precision  flags that point at a deliberate error (any rule), among all flags raised
  and the false alarms, one per line, to work on.

A flag is counted against a deliberate error when it lies in the error's sentence. The demo
draft's error (1,900 in the body against 1,600 in the key points) is listed in the README too.
Prints figures; asserts nothing. Usage: python benchmarks/corpus_accuracy.py [--show]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


def expected_errors() -> list[dict[str, str]]:
    """Rows of the README's 'Deliberate errors' table: file, sentence, rule."""
    text = (CORPUS / "README.md").read_text(encoding="utf-8")
    section = text.split("## Deliberate errors", 1)[1]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 5 or not cells[0].startswith("`"):
            continue
        rows.append({"file": cells[0].strip("`"), "sentence": cells[2],
                     "rules": re.findall(r"`([a-z0-9-]+)`", cells[4])})
    # the demo draft's one deliberate error (corpus/README.md, "The demo draft")
    rows.append({"file": "drafts/pokrovsk-draft.md",
                 "sentence": "Ukraine's General Staff put Russian personnel losses over the past "
                             "day at 1,900 in its Tuesday report.",
                 "rules": ["conflicting-figures", "dataset-figure-mismatch"]})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list every false alarm")
    a = ap.parse_args()
    proc = subprocess.run([sys.executable, "-m", "factcheck", "check", "corpus/articles",
                           "corpus/drafts", "--format", "json", "-q", "--fail-on", "info"],
                          cwd=ROOT, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.exit(proc.stderr)
    data = json.loads(proc.stdout)
    expected = expected_errors()
    found = [False] * len(expected)
    as_error = [False] * len(expected)   # flagged by their rule at error level
    true_flags = false_flags = 0
    alarms = []
    for doc in data["documents"]:
        body = Path(ROOT / doc["path"]).read_text(encoding="utf-8")
        text = body.split("\n---\n", 1)[1] if body.startswith("---") else body
        flat = re.sub(r"\s+", " ", text)
        for f in doc["flags"]:
            if f["severity"] not in ("error", "warning") or "suppressed" in f:
                continue
            hit = False
            for i, e in enumerate(expected):
                if not doc["path"].endswith(e["file"]):
                    continue
                s = flat.find(e["sentence"][:60])
                pos = len(re.sub(r"\s+", " ", text[:f["start"]]))
                if s >= 0 and s <= pos < s + len(e["sentence"]) + 5:
                    hit = True
                    if f["rule"] in e["rules"]:
                        found[i] = True
                        as_error[i] = as_error[i] or f["severity"] == "error"
            if hit:
                true_flags += 1
            else:
                false_flags += 1
                alarms.append(f"{doc['path']}:{f['line']}: {f['severity']} {f['rule']}: "
                              f"{f['message'][:140]}")
    total = true_flags + false_flags
    print(f"documents: {len(data['documents'])}  claims: {data['summary']['claims']}  "
          f"verdicts: {data['summary']['verdicts']}")
    print(f"deliberate errors flagged by their rule: {sum(found)}/{len(expected)} "
          f"(recall {sum(found) / max(1, len(expected)):.2f}; at error level {sum(as_error)})")
    for e, ok in zip(expected, found):
        if not ok:
            print(f"  missed: {e['file']} [{', '.join(e['rules'])}] {e['sentence'][:90]}")
    print(f"error/warning flags: {total}, on deliberate errors: {true_flags}, false alarms: "
          f"{false_flags} (precision {true_flags / max(1, total):.2f})")
    for line in alarms if a.show else alarms[:10]:
        print("  " + line)
    if not a.show and len(alarms) > 10:
        print(f"  ... {len(alarms) - 10} more (--show)")


if __name__ == "__main__":
    main()
