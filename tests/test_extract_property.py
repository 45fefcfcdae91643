"""Property test: arbitrary text never crashes extraction, and offsets always slice to the
claim's words."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.extract import find_dates, find_names, sentences
from factcheck.model import Document
from factcheck.normalize import claims_for

# Arbitrary Unicode, plus text built from the pieces extraction cares about, so the search
# reaches numbers, units, dates and quotes rather than only random code points.
PIECES = st.sampled_from([
    "1,600", "765,000", " ", "\u00a0", "km", "3km", "-", "–", "to", "between", "and", "more than",
    "about", "$", "€", "£", "4.5", "bn", "million", "%", "percent", "(", ")", "“", "”", "\"",
    ".", ",", "\n", "Key Points:", "- ", "# ", "December", "17", "2024", "yesterday",
    "over the past 24 hours", "since February 2022", "Russian forces", "lost", "tanks",
    "according to", "the Ukrainians", "said", "reportedly", "double", "from", "up", "½", "1/0",
    "T-05-18", "F-16", "575th", "2 pm", "+44 20 7946 0958", "İ", "ß", "\u202f", "e", "×10",
    "^", "²", "twenty-one", "a hundred and", "half", "three-quarters", ":", ";", "—",
])
TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=40).map("".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.sampled_from([None, date(2024, 12, 17), date(2000, 2, 29)]))
def test_never_crashes_and_offsets_slice(text, when):
    claims = claims_for(Document(id="p", text=text, date=when))
    for c in claims:
        assert text[c.start:c.end] == c.text
        assert c.value is None or c.value == c.value  # no NaN
        if c.lower is not None and c.upper is not None:
            assert c.lower <= c.upper
    for s, e in sentences(text):
        assert 0 <= s < e <= len(text)
    for d in find_dates(text, when):
        assert text[d.start:d.end] == d.text
    for n in find_names(text):
        assert text[n.start:n.end] == n.text
