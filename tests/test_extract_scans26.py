"""Patterns rewritten to be searched fast (issues 10 and 12, speed26), each held to its earlier
form on the bundled corpus and edge cases (the earlier forms are kept here as the reference):

- ``text.ci_alternation``: a case-insensitive alternation grouped by first letter behind a
  case-sensitive class, so that the engine turns an alternative away on its first character
  (the qualifier phrases before a figure, ``numbers.grammar().qualifier``);
- ``dates._FUTURE_CUE``: the word boundary its alternatives open with tested once, before them;
- ``text._STOP``, ``numbers.grammar().glued_digit``, ``extract._ONE_DAY_CORE``: whole-text
  scans that open with their own characters (a search jumps between them at C speed)."""

from __future__ import annotations

import re
import string

import pytest
from scan_support import corpus_texts

from factcheck import extract
from factcheck.extract import dates, numbers, text as T


_EDGES = [
    "It will rise. Prices WILL rise; they’ll rise, they'll not. Willow and skill. May rain.",
    "The vote is  expected on Monday; is due; was due; is set\nto; plans a; forecasts; could not"
    " and could also have; likely; might; may not go; should have; should rise; predicted;"
    " comes into force; to be sentenced; would begin; would take effect; would be held.",
    "more than 5, More Than 6, MORE THAN 7, over 8, about\u00a09, (around 10, “nearly 11, "
    "—some 12, up to 13, a little more than 14, \u212aelvin 15, ~16, ≈17, at least an 18",
    "Done. Really?! “Yes.” (No.) End... e.g. U.S. officials. 3.5 km. Mr. Smith!",
    "R50,000 and Sh50,000 and N9.2 billion and AED3.3 billion, USD5m, $US2.1 billion, x5 y7",
    "in one day, over a single day, in one  day, single-day, someone daylong, one days",
]


TEXTS = corpus_texts(_EDGES)

# the earlier forms (before speed26)
_OLD_FUTURE_CUE = re.compile(
    r"(?i)\bwill\b|[’']ll\b|\b(?:is|are)\s+(?:widely\s+)?expected\b|\bexpects?\b|"
    r"\b(?:is|are)\s+due\b|\bscheduled\b|\bahead\s+of\b|\b(?:is|are)\s+set\s+to\b|"
    r"\bplans?\s+(?:to|an?)\b|\bforecasts?\b|\bcould\b(?!\s+(?:not|have|also\s+have)\b)|"
    r"\b(?:is|are)\s+likely\b|\bmight\b|(?-i:\bmay)\s+(?:not\s+)?[a-z]|\bshould\b(?!\s+have\b)"
    r"|\bpredicted\b|\bcomes?\s+into\s+force\b|\bto\s+be\s+sentenced\b"
    r"|\bwould\s+(?:begin|start|open|launch|ship|arrive|resume|go\s+on\s+sale|take\s+effect"
    r"|come\s+into\s+force|be\s+(?:released|held|launched|published))\b")
_OLD_STOP = re.compile(r"[.!?]+[”\"’'»)\]]*(?=\s)")
_OLD_ONE_DAY_CORE = re.compile(r"(?:one|single)\s+day\b")


def _old_qualifier() -> re.Pattern[str]:
    g = numbers.grammar()
    qp = "|".join(re.escape(p).replace(r"\ ", r"\s+")
                  for p in sorted(g.qual_phrases, key=len, reverse=True))
    return re.compile(rf"(?:(?<=[\s(\[“\"‘'—–-])|^)(?P<q>(?i:{qp}))(?:\s+(?i:an?))?\s*$")


def _old_glued_digit() -> re.Pattern[str]:
    g = numbers.grammar()
    return re.compile("(?<=[" + "".join(sorted({re.escape(x[-1]) for x in g.glued_cur}))
                      + r"])\d")


def _found(rx: re.Pattern[str], t: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in rx.finditer(t)]


def test_letter_class_is_what_ignorecase_matches():
    every = "".join(map(chr, range(0x110000)))      # every code point, each once
    # what case-insensitive matching takes for any ASCII letter: two cases of 26 and 4 others
    folded = "".join(re.findall("(?i)[a-z]", every))
    assert len(folded) == 56
    for letter in string.ascii_lowercase:
        assert re.findall(T._letter_class(letter), every) == \
            re.findall("(?i)" + letter, folded), letter


def test_ci_alternation_matches_as_ignorecase_does():
    alts = ["more\\s+than", "more", "million", "over", "kelvin", "<", "~", "s", "some", "\\$a",
            "up\\s+to", "upwards\\s+of"]
    old = re.compile("(?i:" + "|".join(alts) + ")")
    new = re.compile(T.ci_alternation(alts))
    assert new.pattern.startswith("(?:[mM](?i:ore\\s+than|ore|illion)|")
    words = ["More Than", "more", "MORE", "Million", "oVer", "\u212aelvin", "\u017fome", "<", "~",
             "S", "$A", "$a", "Up  To", "upwards of", "up", "xyz", ""]
    for w in words:
        for s in (w, " " + w + " 5", w + "!"):
            x, y = old.search(s), new.search(s)
            assert (x and x.span()) == (y and y.span()), s
            x, y = old.match(s), new.match(s)
            assert (x and x.span()) == (y and y.span()), s


@pytest.mark.parametrize("alts", [["abc", "(?:x|a)bd", "ab"], ["a?bc", "ab"], ["\\sx", "ab"],
                                  ["[ab]c", "b"], ["\u212aa", "ka"]])
def test_ci_alternation_keeps_the_plain_form_where_first_characters_may_meet(alts):
    # an alternative opening with a group, a class, an escape or a repeated character may
    # match where a letter's group does: their order would change, so nothing is regrouped
    assert T.ci_alternation(alts) == "(?i:" + "|".join(alts) + ")"


def test_qualifier_finds_the_same():
    g = numbers.grammar()
    old, new = _old_qualifier(), g.qualifier
    assert new.pattern != old.pattern
    hits = 0
    for t in TEXTS:
        for e in range(len(t) + 1):      # the 40 characters before a figure's start
            if e < len(t) and not (t[e].isalnum() or t[e] in "$£€(-") or \
                    e and t[e - 1].isalnum():
                continue
            lo = max(0, e - 40)
            x, y = old.search(t, lo, e), new.search(t, lo, e)
            assert (x and (x.span(), x.groupdict())) == (y and (y.span(), y.groupdict())), \
                t[lo:e]
            hits += x is not None
    assert hits > 100


def test_future_cue_finds_the_same():
    assert dates._FUTURE_CUE.pattern != _OLD_FUTURE_CUE.pattern
    assert any(_found(_OLD_FUTURE_CUE, t) for t in _EDGES)
    for t in TEXTS:
        assert _found(dates._FUTURE_CUE, t) == _found(_OLD_FUTURE_CUE, t), t[:80]
        for a in range(0, len(t), 23):       # windowed searches as the date finders make them
            x, y = _OLD_FUTURE_CUE.search(t, a, a + 80), dates._FUTURE_CUE.search(t, a, a + 80)
            assert (x and x.span()) == (y and y.span())


@pytest.mark.parametrize("new,old", [(lambda: T._STOP, lambda: _OLD_STOP),
                                     (lambda: numbers.grammar().glued_digit, _old_glued_digit)],
                         ids=["stop", "glued_digit"])
def test_rewritten_scan_finds_the_same(new, old):
    new, old = new(), old()
    assert new.pattern != old.pattern
    assert any(_found(old, t) for t in _EDGES)
    for t in TEXTS:
        assert _found(new, t) == _found(old, t), t[:80]


def test_one_day_test_answers_the_same():
    low = [t.lower() for t in TEXTS] + ["one day", "single  day", "one dayx", "onesingle day"]
    assert any(_OLD_ONE_DAY_CORE.search(t) for t in low)
    for t in low:
        assert all(rx.search(t) is None for rx in extract._ONE_DAY_CORE) == \
            (_OLD_ONE_DAY_CORE.search(t) is None), t[:80]
