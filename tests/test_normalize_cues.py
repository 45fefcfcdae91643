"""normalize.cues (cue patterns from word lists, ``Spots``) and the word tests that let the hot
paths skip a pattern: a skipped window or sentence must be one the pattern cannot match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.normalize import corrections, relations
from factcheck.normalize.cues import SP, WS, Spots, _split, one_of, optional, word_of

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _texts(limit: int = 12) -> list[str]:
    files = sorted(p for sub in ("articles", "everyday", "liveblogs")
                   for p in (CORPUS / sub).rglob("*.md"))
    return [p.read_text(encoding="utf-8") for p in files[:limit]]


def test_phrases_split_at_top_level_bars_only() -> None:
    assert _split(r"increase[sd]?|jump(?:ed|s)?|vs\.?|[|]x|a\|b|net loss") == \
        ["increase[sd]?", "jump(?:ed|s)?", r"vs\.?", "[|]x", r"a\|b", "net loss"]


def test_builders_write_the_scaffolding() -> None:
    assert one_of("net loss|gain", WS) == r"(?:net\s+loss|gain)"
    assert word_of("up|down") == r"\b(?:up|down)\b"
    assert optional("about|more than") == "(?:(?:about|more" + SP + "than)" + SP + ")?"
    rx = re.compile(r"\bby" + SP + optional("about|more than") + "$")
    assert rx.search("rose by more than\u00a0") and rx.search("rose by ")
    assert not rx.search("rose by nearly ")


def test_spots_finds_a_word_starting_in_a_window() -> None:
    low = "forecasts of 5, another 6; still 7"
    sp = Spots(low, ("forecast", "another", "still"))
    assert sp.any_in(0, 1) and sp.any_in(16, 30) and not sp.any_in(1, 16)
    assert not sp.any_in(29, len(low)) and Spots(low, ()).any_in(0, len(low)) is False


# each pattern the hot paths gate with Spots, and the words every match of it holds
GATED = [
    (relations._EXPECTED_BEFORE, relations._EXPECTED_WORDS, 40),
    (relations._ADDITIONAL, ("another", "further", "additional", "extra"), 20),
    (relations._STILL, ("still", "remain", "continued"), 40),
    (relations._COMPARED_ONLY, relations._COMPARED_WORDS, 40),
    (relations._FROM_ONLY, relations._COMPARED_WORDS, 30),
]


@pytest.mark.parametrize("rx,words,width", GATED, ids=lambda x: getattr(x, "pattern", "")[:30])
def test_a_window_without_the_words_holds_no_match(rx: re.Pattern[str], words: tuple[str, ...],
                                                   width: int) -> None:
    planted = ("beat forecasts of 5 and another 6, were still 7, up from 8, compared with 9 "
               "after 10 against 11 versus 12, a further 13, remained at 14")
    found = 0
    for text in [planted] + _texts():
        low = text.lower()
        spots = Spots(low, words)
        for hi in range(1, len(low), 3):
            lo = max(0, hi - width)
            m = rx.search(low, lo, hi)
            if m is not None:
                found += 1
                assert spots.any_in(lo, hi), (rx.pattern, low[lo:hi])
    assert found   # the planted text matches every pattern somewhere


def test_still_after_word_stands_within_31_characters() -> None:
    spots_words = ("still", "remain", "continued")
    for text in ["12 people, most of them elderly, remained in hospital"] + _texts():
        low = text.lower()
        spots = Spots(low, spots_words)
        for pos in range(0, len(low), 2):
            if relations._STILL_AFTER.match(low, pos) is not None:
                assert spots.any_in(pos, pos + 31), low[pos:pos + 40]


@pytest.mark.parametrize("words", [
    "Correction: an earlier version said 1,200", "the toll was REVISED down", "as first reported",
    "the updated\ttoll", "recounted votes", "it was adjusted", "INCORRECTLY stated",
    "the figure was reviſed", "erratum", "amended", "restated",
])
def test_may_correct_passes_every_cue(words: str) -> None:
    assert corrections._CUE.search(words) or corrections._REVISED.search(words)
    assert corrections._may_correct(words)


def test_may_correct_is_a_necessary_condition_on_real_sentences() -> None:
    for text in _texts(40):
        for sent in re.split(r"(?<=[.!?])\s+", text):
            if corrections._CUE.search(sent) or corrections._REVISED.search(sent):
                assert corrections._may_correct(sent), sent
    assert not corrections._may_correct("Russia lost 1,200 troops on Monday, it reported.")
