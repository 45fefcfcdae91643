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
