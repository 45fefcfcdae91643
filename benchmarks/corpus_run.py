#!/usr/bin/env python
"""Corpus runs at scale: parallel speed-up, crash isolation and the baseline workflow.

Builds a corpus of N documents (default 1,000) from the bundled articles and drafts (copies with
their own ids, so every document is real text), then measures through the real CLI:

  1. wall time of `factcheck check DIR --jobs 1` and `--jobs 2`, and that both outputs are equal;
  2. a document that crashes the engine (SIGSEGV in its worker) is reported and the others
     complete (in-process, with the real checker wrapped to crash on one document);
  3. `factcheck baseline DIR -o FILE`, then `check DIR --baseline FILE` exits 0, and adding one
     new draft with a false figure makes it exit 1 and report only that draft.

Prints the figures; it asserts nothing. Usage: python benchmarks/corpus_run.py [--docs 1000]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FACTCHECK = [sys.executable, "-m", "factcheck"]


def build_corpus(dest: Path, n: int) -> list[Path]:
    sources = sorted((ROOT / "corpus" / "articles").glob("*.md")) + \
        sorted((ROOT / "corpus" / "drafts").glob("*.md"))
    if not sources:
        sys.exit("no bundled articles in corpus/articles")
    out = []
    for i in range(n):
        src = sources[i % len(sources)]
        p = dest / f"{i // 100:02d}" / f"{i:04d}-{src.name}"
        p.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, p)
        out.append(p)
    return out


def run(args: list[str], cwd: Path) -> tuple[float, subprocess.CompletedProcess]:
    t = time.perf_counter()
    proc = subprocess.run(FACTCHECK + args, cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "CI": "1"})
    return time.perf_counter() - t, proc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus"
        build_corpus(corpus, a.docs)
        store = str(tmp / "store.sqlite")
        # build the store once so both timed runs start equal
        run(["check", str(corpus / "00"), "--store", store, "--format", "json"], tmp)

        t1, p1 = run(["check", str(corpus), "--jobs", "1", "--store", store,
                      "--format", "json", "-o", str(tmp / "j1.json")], tmp)
        t2, p2 = run(["check", str(corpus), "--jobs", "2", "--store", store,
                      "--format", "json", "-o", str(tmp / "j2.json")], tmp)
        same = (tmp / "j1.json").read_bytes() == (tmp / "j2.json").read_bytes()
        summary = json.loads((tmp / "j1.json").read_text())["summary"]
        print(f"documents: {a.docs}  claims: {summary['claims']}  flags: {summary['flags']}")
        print(f"--jobs 1: {t1:.1f} s  --jobs 2: {t2:.1f} s  speed-up: {t1 / t2:.2f}x  "
              f"identical output: {same}  exit codes: {p1.returncode}/{p2.returncode}")

        crashed = crash_isolation(corpus, store)
        print(f"crash isolation: {crashed}")

        base = tmp / "baseline.json"
        _, pb = run(["baseline", str(corpus), "--store", store, "-o", str(base)], tmp)
        _, pc = run(["check", str(corpus), "--store", store, "--baseline", str(base),
                     "--format", "json", "-o", str(tmp / "b.json")], tmp)
        print(f"baseline: made (exit {pb.returncode}); check --baseline exit {pc.returncode}")
        new = corpus / "99" / "new-draft.md"
        new.parent.mkdir(exist_ok=True)
        draft = (ROOT / "corpus" / "drafts" / "clean-draft.md").read_text(encoding="utf-8")
        new.write_text(falsify(draft), encoding="utf-8")
        _, pn = run(["check", str(corpus), "--store", store, "--baseline", str(base),
                     "--format", "json", "-o", str(tmp / "n.json")], tmp)
        docs = json.loads((tmp / "n.json").read_text())["documents"]
        flagged = sorted({d["path"] for d in docs
                          for f in d["flags"] if "suppressed" not in f})
        print(f"with one new false draft: exit {pn.returncode}; documents with new flags: "
              f"{[os.path.relpath(p, corpus) for p in flagged]}")


def falsify(text: str) -> str:
    """The clean draft with its first daily figure multiplied by ten."""
    import re

    body_start = text.find("\n---", 3) + 4
    m = re.search(r"\b(\d{1,3}(?:,\d{3})*)\b", text[body_start:])
    if not m:
        return text
    s, e = body_start + m.start(1), body_start + m.end(1)
    return text[:s] + f"{int(m.group(1).replace(',', '')) * 10:,}" + text[e:]


def crash_isolation(corpus: Path, store: str) -> str:
    sys.path.insert(0, str(ROOT))
    from factcheck import pipeline

    files = sorted(corpus.rglob("*.md"))[:20]
    victim = files[7]
    real = pipeline._Checker

    class Crashing(real):  # type: ignore[misc, valid-type]
        def check(self, doc):
            if doc.path == str(victim):
                os.kill(os.getpid(), signal.SIGSEGV)
            return super().check(doc)

    pipeline._Checker = Crashing
    try:
        result = pipeline.check([str(f) for f in files], pipeline.Options(store=store), jobs=2)
    finally:
        pipeline._Checker = real
    errs = [d for d in result.documents if d.error]
    ok = [d for d in result.documents if not d.error]
    return (f"{len(errs)} document reported ({errs[0].error if errs else '-'}), "
            f"{len(ok)} of {len(files) - 1} others completed")


if __name__ == "__main__":
    main()
