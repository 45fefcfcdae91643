"""dates._word_in looks for a sentence's phrases only among those whose first word is one of
the sentence's words: the same hits, in the same order, as a find of every phrase."""

from __future__ import annotations

import random
from pathlib import Path

from factcheck.extract import dates as D

ROOT = Path(__file__).resolve().parents[1]


def _every_find(phrases, low, market=False, limit=1):
    hits = []
    for n in phrases:
        i = low.find(n)
        while i >= 0 and len(hits) < limit:
            e = i + len(n)
            if not (i and low[i - 1].isalnum() or e < len(low) and low[e].isalnum()
                    or market and D._MARKET_BEFORE.search(low, max(0, i - 12), i)):
                hits.append((i, e))
            i = low.find(n, e)
        if len(hits) >= limit:
            break
    return hits


def test_a_phrase_that_does_not_open_with_a_word_of_the_sentence_is_not_looked_for():
    heads, other = D._phrase_heads(("was", "had been", "'d", "week-ended"))
    assert heads == {"was": (0,), "had": (1,), "week": (3,)} and other == (2,)
    assert D._word_in(("had been", "was"), "it had been shut; it was") == [(3, 11)]
    assert D._word_in(("had been", "was"), "it was shut", limit=8) == [(3, 6)]
    assert D._word_in(("was",), "it wasn't shut; the washing") == []
    assert D._word_in(("'d",), "they'd shut it") == []   # "'d" after a letter: no whole word


def test_the_same_hits_as_a_find_of_every_phrase_on_the_corpus():
    rnd = random.Random(7)
    lists = [D._past_words(), *D._forecast_lists(), D._schedule_verbs()]
    files = sorted((ROOT / "corpus" / "everyday").glob("*.yaml"))[:12] + sorted(
        (ROOT / "corpus" / "articles").rglob("*.md"))
    found = 0
    for p in files:
        t = p.read_text(encoding="utf-8").lower()
        for a in range(0, len(t), 211):
            low = t[a:a + rnd.randint(20, D._SHORT)]
            for phrases in lists:
                for limit, market in ((1, False), (8, False), (1, True)):
                    got = D._word_in(phrases, low, market, limit)
                    assert got == _every_find(phrases, low, market, limit), low
                    found += bool(got)
    assert found > 1000
