"""speed34: the date and figure finders pick their words from one shared short list
(``extract.shortlist``), and pick the same words as when each filtered every word itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract import dates, find_mentions, numbers, words
from factcheck.extract.shortlist import word_shortlist

ROOT = Path(__file__).resolve().parents[1]
_DIGIT_SET = frozenset("0123456789")


def _dates_by_every_word(ws) -> list[int]:
    """``dates._candidates`` as it was before the short list: its test on every word."""
    keys = dates._all_anchor_words()
    return [i for i, w in enumerate(ws.words)
            if w in keys or (w < ":" and (w[:2] in dates._DIGIT_HEADS or w[-1] in "dhts"
                                           or w[1:2] in ("q", "h", "m")))
            or w[0] in "qh" and w[2:4] == "fy"]


def _figures_by_every_word(ws) -> list[int]:
    """The words ``numbers._candidates`` read before the short list: its test on every word."""
    keys = numbers.grammar().candidate_words
    return [i for i, w in enumerate(ws.words)
            if w < ":" or w in keys or w[0] == "c" and w[1:2] in _DIGIT_SET]


def _corpus_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for sub in ("articles", "drafts", "liveblogs")
            for p in sorted((ROOT / "corpus" / sub).rglob("*.md"))]


EDGES = [
    "Shares rose c1.84% to c.193.90p, while C3 stayed flat.",          # circa glued to digits
    "Revenue in Q1FY24 and h2fy2025 beat the 1QFY23 figure.",        # fiscal quarters, halves
    "Sales from July-Dec2023 rose by a third, some 1.2 million units.",  # a glued year
    "Cases climbed; c-suite pay, quarterly hfy figures and cfy.",     # look-alikes, no figure
    "Two weeks ago, on Monday 3 March, forty-two people and an estimated 5 dogs left.",
    "",
    "no figure or date here at all",
]


@pytest.mark.parametrize("text", EDGES)
def test_each_finder_picks_the_words_it_picked_from_every_word(text):
    ws = words(text)
    assert dates._candidates(dates._grammar(), ws) == _dates_by_every_word(ws)
    picked = {s for s, kind, _ in numbers._candidates(numbers.grammar(), text, ws)
              if kind != "a"}
    every = {ws.starts[i] + (ws.words[i][0] == "c") for i in _figures_by_every_word(ws)}
    assert picked <= every


def test_the_short_list_holds_every_word_either_finder_reads_in_the_corpus():
    texts = _corpus_texts()
    assert texts, "the bundled corpus has texts"
    for text in texts + EDGES:
        ws = words(text)
        short = set(word_shortlist(ws))
        assert set(_dates_by_every_word(ws)) <= short
        assert set(_figures_by_every_word(ws)) <= short
        assert dates._candidates(dates._grammar(), ws) == _dates_by_every_word(ws)


def test_the_short_list_is_kept_for_the_same_words_only():
    a, b = words("On 3 March 2024, 12 boats left."), words("On 3 March 2024, 12 boats left.")
    first = word_shortlist(a)
    assert word_shortlist(a) is first            # the same words: kept
    assert word_shortlist(b) == first            # equal words, another list: found again
    other = words("Five ships and 40 planes in May.")
    assert [other.words[i] for i in word_shortlist(other)] == ["five", "40", "may"]


def test_find_mentions_reads_a_circa_figure_and_a_fiscal_quarter_after_the_change():
    m = find_mentions("Profit rose c12% in Q1FY24, the firm said.", None)
    assert [q.text for q in m.quantities] == ["c12%"]
    assert any("Q1FY24" in d.text for d in m.dates)
