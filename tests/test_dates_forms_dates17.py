"""Issue 12, dates17 round: forecast copy writes its coming days in the present tense
("Rain chances climb to 60% Saturday night", "Highs reach 88 on Sunday"), while headlines
and ledes write the past in the present ("Storm knocks out power Saturday"); a warning that
opens after publication runs forward to its end. With the look-alikes that must stay apart."""

from datetime import date

import pytest

from factcheck.model import Document
from factcheck.normalize import claims_for
from dates_support import span, d


@pytest.mark.parametrize("text,pub,start,end", [
    # a forecast's noun in a present-tense sentence: the coming day
    ("Rain chances climb to 60% Saturday night.", "2024-05-16", "2024-05-18", "2024-05-18"),
    ("Highs reach 88 on Sunday before a cold front arrives.", "2024-05-16", "2024-05-19",
     "2024-05-19"),
    ("There's a 40% chance of rain after 11 a.m. Saturday.", "2021-10-22", "2021-10-23",
     "2021-10-23"),
    ("The high on Saturday is expected to be near 51.", "2018-10-26", "2018-10-27",
     "2018-10-27"),
    # a headline's present tense for the past: no forecast noun, the latest such day
    ("Storm knocks out power to 20,000 homes Saturday", "2024-05-19", "2024-05-18",
     "2024-05-18"),
    ("Tornado damages 40 homes Sunday in Harris County", "2024-05-20", "2024-05-19",
     "2024-05-19"),
    # a past cue in the sentence: the day before
    ("Saturday's high was 91, a record.", "2024-05-20", "2024-05-18", "2024-05-18"),
    ("The 40% chance of rain on Friday came to nothing.", "2024-05-20", "2024-05-17",
     "2024-05-17"),
    # a market's "record highs" is no forecast
    ("Stocks hit record highs on Friday, with the index up 2%.", "2024-05-20", "2024-05-17",
     "2024-05-17"),
    # a warning that opens after publication runs forward to its end
    ("The ice storm warning runs from noon Wednesday until 4 a.m. Thursday, with up to half "
     "an inch of ice.", "2023-02-21", "2023-02-22", "2023-02-23"),
])
def test_forecast_weekdays(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


def test_forecast_document_reads_its_other_weekdays_forward():
    """A document with forecast nouns in two sentences is a forecast: a present-tense
    sentence with no forecast noun of its own reads its weekday forward; the same sentence
    alone is a headline's past."""
    s = "Winds gust to 45 mph Friday afternoon."
    doc = ("Highs reach 80 on Thursday. Rain chances climb to 60% Saturday night. " + s)
    pub = d("2024-05-16")
    cs = claims_for(Document(id="f", text=doc, date=pub))
    gust = next(c for c in cs if c.value == 45)
    assert gust.period and gust.period.start == d("2024-05-17")
    assert span(s, pub) == (d("2024-05-10"), d("2024-05-10"))
