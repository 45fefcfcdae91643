"""Issue 12, sixteenth round (dates15): a year glued to its month ("July-Dec2023"), a plan's
"from March" and "from January to March" in future copy, and the day a record level was set
after the span it ranks in; with the look-alikes that must stay apart. Our own sentences."""

import pytest

from factcheck.extract import find_dates
from dates_support import span, d


@pytest.mark.parametrize("text,pub,start,end", [
    # a year glued to the month, as tables and headlines write it
    ("Sales rose 4% in July-Dec2023.", "2024-02-01", "2023-07-01", "2023-12-31"),
    ("Exports fell 2.1% in Jan-Mar2024, the bureau said.", "2024-05-01", "2024-01-01",
     "2024-03-31"),
    ("Output was 3.2 million tonnes in Dec2022.", "2024-02-01", "2022-12-01", "2022-12-31"),
    ("Imports were $41 billion in September2023.", "2024-02-01", "2023-09-01", "2023-09-30"),
    # a plan or forecast from a month: the next such month not ended by publication
    ("Regulated rail fares will rise by 4.9% from March, the government said.", "2023-12-22",
     "2024-03-01", "2024-03-31"),
    ("The energy price cap will be £1,928 from January to March.", "2023-11-23",
     "2024-01-01", "2024-03-31"),
    ("Inflation is expected to average 3.4% from April to June.", "2023-11-20", "2024-04-01",
     "2024-06-30"),
    # ... a span under way at publication stays this year's
    ("The cap will be £1,834 from October to December.", "2023-11-20", "2023-10-01",
     "2023-12-31"),
    # ... and in past copy a span is the latest begun by publication
    ("The cap was £1,928 from January to March.", "2023-11-20", "2023-01-01", "2023-03-31"),
    # the day a record level was set, after the span it ranks in
    ("The highest temperature this year was 23.6C, recorded at Heathrow on 6 May.",
     "2024-05-10", "2024-05-06", "2024-05-06"),
    ("This year's warmest day so far, 27.5C, came on 12 June.", "2024-06-20", "2024-06-12",
     "2024-06-12"),
])
def test_sixteenth_round_forms(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


@pytest.mark.parametrize("text,pub,start,end", [
    # a level with no superlative keeps its span; the day a source spoke is no record's day
    ("Inflation this year was 3.2%, the statistics office said on 6 May.", "2024-05-10",
     "2024-01-01", "2024-12-31"),
    ("The highest inflation rate this year was 3.2%, the office said on 6 May.", "2024-05-10",
     "2024-01-01", "2024-12-31"),
])
def test_a_span_that_is_the_figures_own_stays(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


@pytest.mark.parametrize("text", [
    "Sales rose 5% from January.",            # past copy: a base (dated from its first day)
    "Prices are up 3% from January.",
    "Cases of covid19 rose sharply.",         # a name with digits is no month and year
])
def test_no_month_is_read_where_none_is_meant(text):
    assert not [m for m in find_dates(text, d("2023-11-20")) if m.granularity == "month"]
