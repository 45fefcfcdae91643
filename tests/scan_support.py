"""The texts the whole-text scan tests hold a rewritten pattern to its earlier form on: the
bundled corpus's articles and drafts plus a test file's own edge cases, each also lower-cased."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus_texts(edges: list[str]) -> list[str]:
    files = sorted(p for sub in ("articles", "drafts")
                   for p in (ROOT / "corpus" / sub).rglob("*.md"))
    out = [p.read_text(encoding="utf-8") for p in files] + edges
    return out + [t.lower() for t in out]
