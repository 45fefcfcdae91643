"""Issue 12, dates17 round: forecast copy writes its coming days in the present tense
("Rain chances climb to 60% Saturday night", "Highs reach 88 on Sunday"), while headlines
and ledes write the past in the present ("Storm knocks out power Saturday"); a warning that
opens after publication runs forward to its end. With the look-alikes that must stay apart."""

from datetime import date

import pytest

from factcheck.extract import find_dates
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
    sentence with no forecast noun of its own reads its weekday forward. (The same sentence
    alone was read as a headline's past until dates19; now a present-tense weekday outside
    forecast copy is the nearer of the last and the coming day, the other kept as a reading:
    a Thursday's "Friday afternoon" is the next day, tests/test_dates_readings_dates19.py.)"""
    s = "Winds gust to 45 mph Friday afternoon."
    doc = ("Highs reach 80 on Thursday. Rain chances climb to 60% Saturday night. " + s)
    pub = d("2024-05-16")
    cs = claims_for(Document(id="f", text=doc, date=pub))
    gust = next(c for c in cs if c.value == 45)
    assert gust.period and gust.period.start == d("2024-05-17")
    assert span(s, pub) == (d("2024-05-17"), d("2024-05-17"))


@pytest.mark.parametrize("text,pub,start,end", [
    # a plan's or schedule's year gives its months their year
    ("Under the 2023 plan, 12 staff were hired between July and October.", "2024-05-10",
     "2023-07-01", "2023-10-31"),
    ("Its 2022 plan put 3 new bus lines into service from July to December.", "2024-05-10",
     "2022-07-01", "2022-12-31"),
    # a weekday right before a full date is that date
    ("Water service to 12 homes stops on Thursday 10/23/14.", "2014-10-20", "2014-10-23",
     "2014-10-23"),
    # "this coming winter": the one under way or the next
    ("Utilities expect 8% more outages this coming winter.", "2024-10-03", "2024-12-01",
     "2025-02-28"),
    # a reported plan, a present-tense schedule
    ("Apple said the watch, priced at $350, would begin shipping in April.", "2015-01-27",
     "2015-04-01", "2015-04-30"),
    ("A normal service resumes on Wednesday, with 95% of trains running.", "2022-11-08",
     "2022-11-09", "2022-11-09"),
    ("The $999 phone ships on Nov. 3.", "2017-09-12", "2017-11-03", "2017-11-03"),
    # look-alikes: the noun "ships" is no schedule
    ("The canal moved 40 ships in the middle of April.", "2024-05-10", "2024-04-11",
     "2024-04-20"),
])
def test_dates17_years_and_schedules(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


def test_last_after_a_modal_is_a_verb():
    """"should last 6 weeks" is how long something lasts, no window before publication."""
    got = find_dates("The trial should last 6 weeks.", d("2024-05-20"))
    assert got == []
    got = find_dates("Sales rose 3% in the last 6 weeks.", d("2024-05-20"))
    assert len(got) == 1 and got[0].end_date == d("2024-05-19")


@pytest.mark.parametrize("text,value,unit,lo,hi", [
    # fraction-sign ranges
    ("Ice accumulations of ¼ inch to ½ inch are likely.", 0.375, "inch", 0.25, 0.5),
    ("Snow totals of 1½ to 2 inches are expected.", 1.75, "inch", 1.5, 2.0),
    # an amount in an hour is a rate; in a day or more an accumulation
    ("Thundery downpours could bring 40 mm in an hour.", 40.0, "millimeter / hour", 40.0,
     40.0),
    ("Some places could see 20 to 25 mm of rain in an hour.", 22.5, "millimeter / hour",
     20.0, 25.0),
    ("Snow could fall at 2 inches of snow an hour.", 2.0, "inch / hour", 2.0, 2.0),
    ("The gauge caught 80 mm in a day.", 80.0, "millimeter", 80.0, 80.0),
    ("Up to 70mm (2.75 ins) of rain could fall.", 2.75, "inch", 2.75, 2.75),
])
def test_dates17_numbers(text, value, unit, lo, hi):
    cs = [c for c in claims_for(Document(id="n", text=text)) if c.unit == unit]
    assert cs and abs(cs[0].value - value) < 1e-9
    assert (cs[0].lower, cs[0].upper) == (lo, hi)


def test_this_coming_weekend():
    got = find_dates("Temperatures could reach 33C this coming weekend.", d("2024-07-18"))
    assert [(x.start_date, x.end_date) for x in got] == [(d("2024-07-20"), d("2024-07-21"))]
    # written on a Monday: the weekend ahead, not the one just gone
    got = find_dates("Crowds of 5,000 are expected this coming weekend.", d("2024-07-22"))
    assert [(x.start_date, x.end_date) for x in got] == [(d("2024-07-27"), d("2024-07-28"))]


@pytest.mark.parametrize("text,bounds", [
    # "make up" is no change word
    ("The two semesters make up 32 to 36 weeks of instruction.", [(32.0, 36.0)]),
    # after a change verb, in a unit other than percent: a change and the level it reached
    # (a range there would need the conversion check to compare ranges bound by bound: "reach
    # 8 to 12 feet (2.4 to 3.7 metres)")
    ("The river rose 2 to 7 feet above its banks.", [(2.0, 2.0), (7.0, 7.0)]),
    ("The storm dropped 2½ to 3 inches of rain.", [(2.5, 2.5), (3.0, 3.0)]),
])
def test_ranges_after_change_words(text, bounds):
    cs = [c for c in claims_for(Document(id="r", text=text)) if c.unit]
    assert [(c.lower, c.upper) for c in cs] == bounds
