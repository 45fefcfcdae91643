#!/usr/bin/env python
"""`factcheck serve` latency: a 1,000-word draft through `POST /api/check`, cold and warm.

Starts the real command (`python -m factcheck serve`) on a free loopback port with one warm
engine worker, waits for /healthz, then posts a draft of about 1,000 words (the demo draft
followed by bundled articles' paragraphs, so every word is real news text) N times with httpx.
Prints: server start-up time, the first request (the worker's first document: lazy imports,
first store look-ups), the median / 95th percentile / max of the warm requests, the page
(`POST /check`; its charts are drawn when the browser asks), and the CPU time the server's
processes (the server and its engine worker, from /proc) spent per warm request: on a machine
shared with other work the wall time grows with the load, the CPU time hardly does, so on an
idle core a request takes about its CPU time. Asserts nothing.

Usage: python benchmarks/serve_bench.py [--requests 30] [--words 1000]
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]


def draft_of(words: int) -> str:
    """The demo draft (front matter and all), then paragraphs of the bundled articles' bodies
    until the text has ``words`` words."""
    text = (ROOT / "corpus" / "drafts" / "pokrovsk-draft.md").read_text(encoding="utf-8")
    paragraphs = []
    for p in sorted((ROOT / "corpus" / "articles").glob("*.md")):
        body = p.read_text(encoding="utf-8").split("---", 2)[-1]
        paragraphs += [q.strip() for q in re.split(r"\n\s*\n", body) if len(q.split()) > 20]
    i = 0
    while len(text.split()) < words and i < len(paragraphs):
        text += "\n\n" + paragraphs[i]
        i += 1
    return text + "\n"


def tree_cpu(pid: int) -> float:
    """CPU seconds (user + system) of a process and its descendants, from /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, IndexError, ValueError):
            continue
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=30)
    ap.add_argument("--words", type=int, default=1000)
    args = ap.parse_args()
    text = draft_of(args.words)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", "serve", "--port", str(port),
                             "--workers", "1"], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        while True:
            try:
                if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.05)
            if proc.poll() is not None:
                sys.exit("factcheck serve exited")
        started = time.perf_counter() - t0
        body = {"text": text}
        with httpx.Client(base_url=url, timeout=60) as client:
            t = time.perf_counter()
            first = client.post("/api/check", json=body)
            cold = time.perf_counter() - t
            assert first.status_code == 200, first.text
            claims = len(first.json()["documents"][0]["claims"])
            warm = []
            cpu0 = tree_cpu(proc.pid)
            for _ in range(args.requests):
                t = time.perf_counter()
                r = client.post("/api/check", json=body)
                warm.append(time.perf_counter() - t)
                assert r.status_code == 200
            cpu = (tree_cpu(proc.pid) - cpu0) / args.requests
            page = []
            for _ in range(max(3, args.requests // 10)):
                t = time.perf_counter()
                r = client.post("/check", data={"text": text})
                page.append(time.perf_counter() - t)
                assert r.status_code == 200
        load = os.getloadavg()[0]
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        proc.wait(timeout=30)
    warm.sort()
    p95 = warm[min(len(warm) - 1, int(round(0.95 * (len(warm) - 1))))]
    print(f"draft: {len(text.split())} words, {len(text):,} characters, {claims} claims")
    print(f"server start (command to /healthz answering): {started:.2f} s")
    print(f"first POST /api/check: {cold * 1000:.0f} ms")
    print(f"warm POST /api/check ({len(warm)} requests): median {statistics.median(warm)*1000:.0f}"
          f" ms, p95 {p95 * 1000:.0f} ms, max {warm[-1] * 1000:.0f} ms")
    print(f"CPU time of the server's processes per warm POST /api/check: {cpu * 1000:.0f} ms")
    print(f"warm POST /check (the page; charts drawn on request, {len(page)} requests): median "
          f"{statistics.median(page) * 1000:.0f} ms")
    print(f"load average (1 min) at the end: {load:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
