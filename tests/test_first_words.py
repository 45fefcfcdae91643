"""extract.first_words: the words a pattern's matches can open with, a test run before a
costly pattern is tried at a word's start. It may let a start through that then fails, never
turn away one that would match."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest
from conftest import slow_tests_wanted

from factcheck.extract import date_forms
from factcheck.extract.dates import _grammar
from factcheck.extract.first_words import Alternatives, FirstWords, top_alternatives

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


# The everyday drafts are three quarters of the text walked. `make test` walks one of every
# EVERYDAY_STRIDE of their files (sorted by name) with all the rest; with the slow tests (CI,
# FACTCHECK_SLOW_TESTS=1) every file is walked. The same tests, the same assertions.
EVERYDAY_STRIDE = 4


def _everyday_stride() -> int:
    return 1 if slow_tests_wanted() else EVERYDAY_STRIDE


def _texts(stride: int | None = None) -> list[str]:
    files = sorted(p for sub in ("articles", "drafts", "liveblogs") for ext in ("md", "txt")
                   for p in (ROOT / "corpus" / sub).rglob(f"*.{ext}"))
    texts = [p.read_text(encoding="utf-8") for p in files]
    everyday = sorted((ROOT / "corpus" / "everyday").glob("*.yaml"))
    for p in everyday[::stride or _everyday_stride()]:
        texts.append(p.read_text(encoding="utf-8"))   # the drafts' words, YAML and all
    for p in sorted((ROOT / "benchmarks" / "suites").glob("dates*.jsonl")):
        texts.append(p.read_text(encoding="utf-8"))
    return [t.lower() for t in texts]


@lru_cache(maxsize=1)
def _vague_at_starts() -> tuple[tuple[str, tuple[tuple[int, int, re.Match[str] | None], ...]], ...]:
    """Each text of ``_texts()`` with the vague span pattern's match at each of its word starts
    (start, end of the 60 characters tried, match or None): read by the two tests of that
    pattern below, so that a worker running both walks the pattern over the texts once (the
    walk is most of their time)."""
    rx = date_forms._vague_rx()
    out = []
    for low in _texts():
        n = len(low)
        out.append((low, tuple((st, hi, rx.match(low, st, hi))
                               for st in (m.start() for m in _STARTS.finditer(low))
                               for hi in (min(n, st + 60),))))
    return tuple(out)


def test_the_vague_span_pattern_is_never_turned_away_where_it_matches():
    """At every word start of the corpus, the everyday drafts and the date suites: a start the
    test turns away has no match of the pattern (the soundness the scan relies on), and the
    test turns most non-starts away (it is worth its cost)."""
    rx = date_forms._vague_rx()
    fw = FirstWords.of(rx)
    assert fw is not None
    tried = turned = matched = 0
    for low, starts in _vague_at_starts():
        for st, hi, want in starts:
            ok = fw.may_open(low, st, hi)
            hit = want is not None
            assert ok or not hit, low[st:hi]
            tried += 1
            turned += not ok
            matched += hit
    assert matched > 500 and turned > 0.4 * tried, (tried, turned, matched)


def test_top_alternatives_cuts_only_at_the_top_level():
    assert top_alternatives("(?x)a|(?:b|c)|[|]|\\||d # e|f\n|g", True) == \
        ["a", "(?:b|c)", "[|]", "\\|", "d # e|f\n", "g"]
    assert top_alternatives(r"a(?:b|c)", False) is None
    assert top_alternatives(r"[]|]x|y", False) == ["[]|]x", "y"]


def test_alternatives_keep_only_those_a_word_may_open():
    rx = re.compile(r"\b(?P<a>the[ ]+(?P<u>week|month))\b|(?P<b>\d{4})|(?P<c>last[ ]+(?P<v>year))")
    alt = Alternatives.of(rx)
    assert alt is not None and len(alt.alts) == 3
    m = alt.match("last year", 0)
    assert m is not None and m.lastgroup == "c" and m.group("v") == "year"
    assert m.group("a") is None and m.group("u") is None   # the names left out are there
    assert alt.match("the weekend", 0) is None and alt.match("then", 0) is None
    assert alt.match("2024", 0).group("b") == "2024"
    assert alt._for("staff", " ") == ()                    # no alternative opens with it
    kept = [p.pattern for p in alt._for("the", " ")]       # "the": one kept, and the names
    assert kept == [r"\b(?P<a>the[ ]+(?P<u>week|month))\b|(?!)(?P<b>)(?P<c>)(?P<v>)"]


def test_a_case_insensitive_or_joined_pattern_is_not_split():
    assert Alternatives.of(re.compile(r"the|a", re.I)) is None
    assert Alternatives.of(re.compile(r"abc")) is None
    assert Alternatives.of(re.compile(r"(?P<x>a)|(?(x)b|c)")) is None   # refers across


def _same(a: re.Match[str] | None, b: re.Match[str] | None, rx: re.Pattern[str]) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.lastgroup == b.lastgroup and all(
        a.span(n) == b.span(n) for n in rx.groupindex)


def _at_starts(which: str, rx: re.Pattern[str]):
    """``rx``'s match at each word start of each text (``_vague_at_starts`` for the vague
    pattern, read once a worker; the others' walked here)."""
    if which == "vague":
        yield from _vague_at_starts()
        return
    for low in _texts():
        n = len(low)
        yield low, ((st, hi, rx.match(low, st, hi))
                    for st in (m.start() for m in _STARTS.finditer(low))
                    for hi in (min(n, st + 60),))


_SCANNED = {"vague": date_forms._vague_rx, "weekday": date_forms._weekday_rx,
            "holiday": date_forms._holiday_rx, "near_holiday": date_forms._near_holiday_rx}


@pytest.mark.parametrize("which", ["vague", "weekday", "holiday", "near_holiday", "rx"] + [
    # the grammar with its quarter, month-range or "ago" alternative: one more each
    pytest.param(w, marks=pytest.mark.slow) for w in ("rx_q", "rx_mr", "rx_ago")])
def test_alternatives_match_as_the_whole_pattern_at_every_word_start(which):
    """At every word start of the corpus, the everyday drafts and the date suites, the
    alternatives a start's word may open match exactly as the whole pattern does (the same
    span, the same alternative, the same span of every named group): the date grammar's
    patterns and those ``date_forms._scan`` tries that can be split."""
    rx = _SCANNED[which]() if which in _SCANNED else getattr(_grammar(), which)
    alt = Alternatives.of(rx)
    if alt is None:
        pytest.skip(f"{which}: not split (tried whole)")
    matched = 0
    for low, starts in _at_starts(which, rx):
        for st, hi, want in starts:
            assert _same(alt.match(low, st, hi), want, rx), low[st:hi]
            matched += want is not None
    fewer = sum(p != (rx,) for p in alt.by_run.values())    # words that try fewer than all
    assert matched > 100 and fewer > 0.5 * len(alt.by_run), (matched, fewer, len(alt.by_run))
