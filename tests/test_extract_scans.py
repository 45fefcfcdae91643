"""Whole-text scans written to be searched fast (issue 12, speed23): each pattern that a search
runs over a document opens with a literal or a character class and looks behind for its word
boundary, instead of opening with ``\\b`` or a look-ahead (which the regular-expression engine
tries at every position). Each must find exactly what its earlier form found: the earlier
forms are kept here as the reference, and both run over the bundled corpus and edge cases."""

from __future__ import annotations

import re

import pytest
from scan_support import corpus_texts

from factcheck.extract import dates, text as T


_EDGES = [
    "In 2000 Britain won 28 medals. during 1999 The Club met. Within 2000 Britain, bin 2000 Paris",
    "enduring 2001 Sydney; In\u00a02004 Athens; (In 2008 Beijing) _in 2012 London",
    "From Monday, trains run. starting Tuesday; Effective 1 April; commencing on Friday",
    "wherefrom Monday, restarting Monday, ineffective Monday, fromage Monday",
    "July-Dec2023 and Sept2024 and covid19 and fy2024 and x20245 and 2020",
    "The same period last year; the same quarter a year earlier; bathe same week of 2019",
    "<!-- a --> <b>tag</b> `code` [a](http://x.y/z) www.example.com https://a.b/c hhh www",
    "figures from \nMonday and up 3% from Monday; as from Monday; with effect from Monday",
]


TEXTS = corpus_texts(_EDGES)

# the earlier forms (before speed23)
_OLD = {
    "_YEAR_BEFORE_NAME": re.compile(
        r"\b(?:[Ii]n|[Dd]uring)[ \u00a0]+((?:19|20)\d\d)[ \u00a0]+"
        r"(?=(?:the[ \u00a0]+)?[A-Z][a-z]+\b(?![ \u00a0]*(?:Guineas|Club)\b))"),
    "_SAME_SHIFTED": re.compile(dates._SAME_SHIFTED.pattern.replace(
        r"the(?<!\wthe)", r"\bthe", 1)),
}
_OLD_MASK = re.compile(
    r"""
    (?=[<`\]hw])
    (?:
      <!--.*?-->
    | <[A-Za-z/][^>\n]{0,200}>
    | `[^`\n]+`
    | \]\([^)\s]*\)
    | (?:https?://|www\.)[^\s<>()\[\]"”]+
    )
    """,
    re.X | re.S,
)


def _found(rx: re.Pattern[str], t: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in rx.finditer(t)]


@pytest.mark.parametrize("name", sorted(_OLD))
def test_rewritten_scan_finds_the_same(name):
    new, old = getattr(dates, name), _OLD[name]
    assert new.pattern != old.pattern
    assert any(_found(old, t) for t in TEXTS), "the texts hold a match"
    for t in TEXTS:
        assert _found(new, t) == _found(old, t), (name, t[:80])
        for a in range(0, len(t), 37):       # windowed searches as the finders make them
            x, y = old.search(t, a, a + 80), new.search(t, a, a + 80)
            assert (x and x.span()) == (y and y.span())


def test_onward_words_test_answers_the_same():
    # (speed27: one pattern per word, asked only whether any stands: ``dates._onward_any``)
    old = re.compile(r"\b(?:from|starting|effective|commencing|beginning|effect|force)\b")
    assert any(old.search(t) for t in TEXTS) and not all(old.search(t) for t in TEXTS)
    for t in TEXTS:
        assert dates._onward_any(t) == (old.search(t) is not None), t[:80]
        for a in range(0, len(t), 37):
            w = t[a:a + 80]
            assert dates._onward_any(w) == (old.search(w) is not None), w


def test_glued_year_test_answers_the_same():
    old = re.compile(r"[a-z](?:1[89]|20)\d\d(?![\d])")
    assert any(old.search(t) for t in TEXTS)
    for t in TEXTS:
        assert (dates._GLUED_YEAR.search(t) is None) == (old.search(t) is None), t[:80]


def test_masks_are_the_same():
    assert any(_found(_OLD_MASK, t) for t in TEXTS)
    for t in TEXTS:
        assert _found(T._MASK, t) == _found(_OLD_MASK, t), t[:80]


def test_onward_before_searches_only_where_it_can_match():
    hits = 0
    for t in TEXTS[:40] + _EDGES:
        for a in range(1, len(t) + 1):
            want = dates._ONWARD_BEFORE.search(t, max(0, a - 40), a)
            got = dates._onward_before(t, a)
            assert (want and want.span()) == (got and got.span()), (t[max(0, a - 40):a],)
            hits += want is not None
    assert hits


def test_age_phrase_test_lets_every_match_through():
    from factcheck.extract import numbers as N
    g = N.grammar()
    texts = TEXTS[:40] + _EDGES + [
        "children under 5, people aged over 65, Aged 34, at the age of\n67, AGES BETWEEN 5",
        "patients aged\u00a0over 80; those older than 70; ages from 3; the ſuper aged  12"]
    hits = skipped = 0
    for t in texts:
        for a in range(1, len(t) + 1):
            want = g.age_before.search(t, max(0, a - 40), a)
            if not N._may_end_age_phrase(g, t, a):
                assert want is None, t[max(0, a - 40):a]
                skipped += 1
            hits += want is not None
    assert hits >= 6 and skipped
