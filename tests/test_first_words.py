"""extract.first_words: the words a pattern's matches can open with, a test run before a
costly pattern is tried at a word's start. It may let a start through that then fails, never
turn away one that would match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.extract import date_forms
from factcheck.extract.first_words import FirstWords

ROOT = Path(__file__).resolve().parents[1]
_STARTS = re.compile(r"(?<![a-z0-9])[a-z0-9]")


def _opens(fw: FirstWords, s: str) -> bool:
    return fw.may_open(s, 0, len(s))


def test_the_words_of_an_alternation_and_nothing_else():
    fw = FirstWords.of(re.compile(r"\b(?:the[ ]+)?(?:last|next)[ ]+(?:week|month)\b|\bytd\b"))
    assert fw is not None
    assert fw.exact == {"the", "last", "next"} and fw.prefix == ("ytd",)
    assert _opens(fw, "the last week") and _opens(fw, "next month") and _opens(fw, "ytd")
    assert not _opens(fw, "then") and not _opens(fw, "staff said") and not _opens(fw, "2024")


def test_a_run_of_any_letters_is_known_by_what_follows_it():
    # "(?:[a-z]+-)?warmest": "record-warmest" opens with any word, but only before a hyphen
    fw = FirstWords.of(re.compile(r"\b(?:[a-z]+-)?(?:warmest|wettest)[ ]+(?:may|june)\b"))
    assert fw is not None and fw.after_wild == {"-"}
    assert _opens(fw, "record-warmest june") and _opens(fw, "wettest may")
    assert not _opens(fw, "record warmest june")


def test_digits_open_with_no_letters():
    fw = FirstWords.of(re.compile(r"\b(?:\d{4}|mid)[ ]+year\b"))
    assert fw is not None and _opens(fw, "2024 year") and _opens(fw, "mid year")
    assert not _opens(fw, "midst")


@pytest.mark.parametrize("pattern,flags", [
    (r"\w+ ago", 0),                 # any word may open it
    (r"(?:the )?[^ ]+ ago", 0),      # a negated class: no bound
    (r"the week", re.I),             # case-insensitive: not read
    (r"(?i:the) week", 0)])
def test_patterns_with_no_bound_get_no_test(pattern, flags):
    assert FirstWords.of(re.compile(pattern, flags)) is None


def _texts() -> list[str]:
    files = sorted(p for sub in ("articles", "drafts", "liveblogs") for ext in ("md", "txt")
                   for p in (ROOT / "corpus" / sub).rglob(f"*.{ext}"))
    texts = [p.read_text(encoding="utf-8") for p in files]
    for p in sorted((ROOT / "corpus" / "everyday").glob("*.yaml")):
        texts.append(p.read_text(encoding="utf-8"))   # the drafts' words, YAML and all
    for p in sorted((ROOT / "benchmarks" / "suites").glob("dates*.jsonl")):
        texts.append(p.read_text(encoding="utf-8"))
    return [t.lower() for t in texts]


def test_the_vague_span_pattern_is_never_turned_away_where_it_matches():
    """At every word start of the corpus, the everyday drafts and the date suites: a start the
    test turns away has no match of the pattern (the soundness the scan relies on), and the
    test turns most non-starts away (it is worth its cost)."""
    rx = date_forms._vague_rx()
    fw = date_forms._vague_first_words()
    assert fw is not None
    tried = turned = matched = 0
    for low in _texts():
        n = len(low)
        for m in _STARTS.finditer(low):
            st = m.start()
            hi = min(n, st + 60)
            ok = fw.may_open(low, st, hi)
            hit = rx.match(low, st, hi) is not None
            assert ok or not hit, low[st:hi]
            tried += 1
            turned += not ok
            matched += hit
    assert matched > 500 and turned > 0.4 * tried, (tried, turned, matched)
