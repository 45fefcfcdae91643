"""speed30: the extractor's faster scans give what the plain ones they replace give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import text as T

_REFERENCE_WORD = re.compile(r"[a-z0-9]+")

# letters, digits, spaces, punctuation and the non-ASCII characters news copy holds
_ALPHABET = st.sampled_from(list("aZz09 ,.-'\n\t\u00a0’“”—éİÅK½\u2009") + ["\ud800", "😀"])


def _reference(text: str) -> T.Words:
    low = T.lower_same_length(text)
    ms = list(_REFERENCE_WORD.finditer(low))
    return T.Words(low, [m.start() for m in ms], [m.end() for m in ms], [m.group() for m in ms])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_words_split_by_bytes_is_the_regular_expression_split(text: str) -> None:
    assert T.words(text) == _reference(text)


def test_words_offsets_slice_the_lower_case_text() -> None:
    text = "Kyiv’s 1,460 troops — İstanbul, 17\u00a0December 2024: Q2FY25 ½"
    ws = T.words(text)
    assert ws == _reference(text)
    assert all(ws.low[a:b] == w for a, b, w in zip(ws.starts, ws.ends, ws.words))
    assert ws.words[:3] == ["kyiv", "s", "1"]


# a month, an ordinal's suffix, a connector and a second month, glued with no space between
# them: more spellings of the opening run than the reading follows (first_words.overflow)
_MONTH = "(?:january|february|march|april|may|june|july|august|september|october|november|" \
         "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
_GLUED_RANGE = rf"{_MONTH}(?:st|nd|rd|th)?(?:to|through|until|-)?{_MONTH}(?:st|nd|rd|th)?[ ]+\d"


def test_too_many_opening_spellings_become_prefixes_not_any_word() -> None:
    from factcheck.extract.first_words import Alternatives, FirstWords

    fw = FirstWords.of(re.compile(_GLUED_RANGE))
    assert fw is not None and not fw.after_wild
    assert not "over".startswith(fw.prefix) and "over" not in fw.exact   # "over" opens none
    for low in ("aprilto may 5", "june-july 4", "decemberthjanuary 9"):
        assert fw.may_open(low, 0, len(low)), low                       # still sound
    alt = Alternatives.of(re.compile(rf"(?P<r>{_GLUED_RANGE})|(?P<o>over[ ]+\d)"))
    assert alt is not None
    assert [p.pattern.split("|")[0] for p in alt._for("over", " ")] == [r"(?P<o>over[ ]+\d)"]
    assert alt.match("over 5 days", 0).group("o") == "over 5"
    assert alt.match("june-july 4", 0).group("r") == "june-july 4"
