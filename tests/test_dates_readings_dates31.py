"""Issue 12, dates31 round: a warning window opened at a clock time on a weekday, a record day
after "the year so far", a year written as an adjective after "the Nth anniversary of", "by
mid-century", "within a generation", a pair of months of "last year", a range whose year is
written only at its end. Our own sentences, in forms read in Met Office heat warnings, weather
records, D-Day and Aberfan anniversaries, climate plans, court, buyback and prison copy.

- "The warning is in place from 12.01am on Sunday to 11.59pm", "runs from 00:00 on Monday to
  23:59 on Tuesday": a window announced to open at a time of day is still to come in
  present-tense copy, its coming day read (``extract.dates._opens_at_clock``); in past copy
  the last such day stays.
- "its hottest day of the year so far on Monday, when Cardiff reached 28.7C": the figure is
  the day's; with no day named ("The hottest day of the year so far was 34.8C") the year so
  far stays (``_unit_so_far``).
- "on the 80th anniversary of the 1944 landings": the anniversary's year (1944 + 80), and 1944
  is no figure (``_anniversary_adjectives``).
- "by mid-century": the year 50 of the century; "mid-century furniture" is no date.
- "within a generation": a span from publication with no end (``open_from``).
- "in July and August last year": both months of last year (``_month_pairs``).
- "from 10 August to 9 August 2022": the first day in the year before (``_join_ranges``).
- "Sunday, July 17, Monday, July 18, and Tuesday, July 19": one span of the three days
  (``_listed_days``).
- "the 70th anniversary of the 1944 landings" published in 2024: 1944 + 70 is not 2024, the
  ``anniversary-mismatch`` rule's warning; not in a sentence of another time ("will mark ...
  next year", "In 2014, ...").
"""

from datetime import date

import pytest
from everyday_support import rules

from factcheck.extract import find_dates
from factcheck.model import Document
from factcheck.normalize import claims_for

D = date.fromisoformat


def _claims(text: str, pub: str):
    return claims_for(Document(id="t", text=text, date=D(pub)))


def _spans(text: str, pub: str):
    return [(d.text, str(d.start_date), str(d.end_date)) for d in find_dates(text, D(pub))]


def _period(c):
    return (str(c.period.start), str(c.period.end)) if c.period is not None else None


def _claim_of(text: str, pub: str, figure: str):
    return next(c for c in _claims(text, pub) if figure in text[c.start:c.end])


@pytest.mark.parametrize("text,pub,start,end", [
    ("The warning is in place from 12.01am on Sunday to 11.59pm, with highs of 35C.",
     "2022-07-12", "2022-07-17", "2022-07-17"),
    ("The warning runs from 00:00 on Monday to 23:59 on Tuesday, with 40C possible.",
     "2022-07-12", "2022-07-18", "2022-07-19"),
    ("The alert is in force from midnight on Saturday, with 30C forecast.",
     "2024-07-03", "2024-07-06", "2024-07-06"),
])
def test_a_window_opened_at_a_clock_time_in_present_copy_is_the_coming_day(text, pub, start,
                                                                          end):
    assert _period(_claims(text, pub)[-1]) == (start, end)


def test_a_window_opened_at_a_clock_time_in_past_copy_stays_the_last_day():
    text = "The warning was in place from 12.01am on Sunday, when 35C was reached."
    assert _period(_claim_of(text, "2022-07-12", "35C")) == ("2022-07-10", "2022-07-10")


@pytest.mark.parametrize("text,pub,figure,start,end", [
    ("Wales recorded its hottest day of the year so far on Monday, when Cardiff reached "
     "28.7C.", "2022-07-12", "28.7C", "2022-07-11", "2022-07-11"),
    ("The UK recorded its hottest day of the year so far on Tuesday, with 27.5C at Heathrow.",
     "2022-05-17", "27.5C", "2022-05-17", "2022-05-17"),
    ("The hottest day of the year so far was 34.8C.", "2024-08-20", "34.8C", "2024-01-01",
     "2024-08-20"),
])
def test_a_record_day_after_the_year_so_far_gives_the_figure_its_day(text, pub, figure, start,
                                                                     end):
    assert _period(_claim_of(text, pub, figure)) == (start, end)


@pytest.mark.parametrize("text,pub,year", [
    ("Some 3,000 people gathered on the 80th anniversary of the 1944 landings.", "2024-06-06",
     2024),
    ("The club will mark the 150th anniversary of its 1876 founding with 2,000 guests.",
     "2026-05-10", 2026),
])
def test_a_year_as_adjective_after_an_anniversary_is_no_figure(text, pub, year):
    claims = _claims(text, pub)
    assert [text[c.start:c.end] for c in claims if c.value in (1944, 1876)] == []
    assert _period(claims[-1]) == (f"{year}-01-01", f"{year}-12-31")


def test_by_mid_century_is_the_year_fifty_and_mid_century_furniture_no_date():
    assert _period(_claim_of("Countries must reach net zero by mid-century to keep warming "
                             "to 1.5C.", "2023-03-03", "1.5C")) == ("2050-01-01", "2050-12-31")
    assert _spans("A mid-century house sold for 2 million.", "2023-03-03") == []


def test_within_a_generation_opens_a_span_from_publication():
    c = _claim_of("Ministers pledged to build 1.5 million homes within a generation.",
                  "2024-02-10", "1.5 million")
    assert c.period is None and c.extra_dict().get("open_from") == "2024-02-10"


@pytest.mark.parametrize("text,pub,start,end", [
    ("Prisons saw 32 drone drops in July and August last year.", "2023-03-03", "2022-07-01",
     "2022-08-31"),
    ("The $100m buyback will run from 10 August to 9 August 2022.", "2021-08-03",
     "2021-08-10", "2022-08-09"),
])
def test_a_year_written_after_a_pair_or_a_range_is_read_for_both_ends(text, pub, start, end):
    assert _period(_claims(text, pub)[0]) == (start, end)


@pytest.mark.parametrize("text,flagged", [
    ("Veterans gathered on Thursday for the 70th anniversary of the 1944 landings.", True),
    ("Veterans gathered on Thursday for the 80th anniversary of the 1944 landings.", False),
    ("The town will mark the 70th anniversary of the 1944 landings next year.", False),
    ("In 2014, veterans gathered for the 70th anniversary of the 1944 landings.", False),
])
def test_an_anniversary_is_checked_against_the_year_of_publication(text, flagged):
    assert ("anniversary-mismatch" in rules(text, D("2024-06-06"))) is flagged


def test_a_day_listed_before_a_pair_of_days_joins_their_span():
    text = ("The warning now covers Sunday, July 17, Monday, July 18, and Tuesday, July 19, "
            "with highs of 35C.")
    assert _period(_claims(text, "2022-07-14")[-1]) == ("2022-07-17", "2022-07-19")
    # a day that is not the one before the pair stays its own
    text = "Strikes hit Friday, July 15, Monday, July 18, and Tuesday, July 19, with 20% running."
    assert ("Friday, July 15", "2022-07-15", "2022-07-15") in _spans(text, "2022-07-14")
