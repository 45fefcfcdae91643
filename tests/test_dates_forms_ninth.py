"""Issue 12, ninth round (dates8): forms read in Australian and New Zealand statistics, Indian
fiscal data, retail trading updates, flu surveillance reports and court copy, in wordings
other than the batch's (benchmarks/suites, cases d9a*/n9a*), with the look-alikes that must
stay apart."""

from datetime import date

import pytest

from factcheck.extract import find_dates
from factcheck.extract.numbers import find_quantities
from factcheck.model import Document
from factcheck.normalize import claims_for
from dates_support import span, d


@pytest.mark.parametrize("text,pub,start,end", [
    # New Zealand's "the <month> <year> year": the twelve months to that month's end
    ("Arrivals fell to 169,900 in the October 2024 year.", "2024-12-13",
     "2023-11-01", "2024-10-31"),
    ("Exports rose 6 percent in the March 2023 year.", "2023-06-01", "2022-04-01", "2023-03-31"),
    # a year to a quarter
    ("Wages rose 4.1 per cent in the year to the June quarter.", "2024-08-14",
     "2023-07-01", "2024-06-30"),
    # the period up to a month: from January
    ("In the period up to September, passenger numbers reached 61 million.", "2023-10-20",
     "2023-01-01", "2023-09-30"),
])
def test_years_ending_in_a_named_month_or_quarter(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


def test_a_month_year_before_year_on_year_stays_the_month():
    assert span("Prices rose 3% in the June 2024 year on year.", d("2024-08-12")) == (
        d("2024-06-01"), d("2024-06-30"))


@pytest.mark.parametrize("text,pub,start,end", [
    # a country's name decides its fiscal year as its money does
    ("Australian exports fell 2 per cent in the 2022-23 financial year.", "2023-09-06",
     "2022-07-01", "2023-06-30"),
    # months of a split financial year
    ("Receipts were Rs 9,000 crore in the April-December 2023-24 period.", "2024-01-31",
     "2023-04-01", "2023-12-31"),
    ("Spending rose 12% in the April-September period of 2024-25.", "2024-10-31",
     "2024-04-01", "2024-09-30"),
    ("Borrowing was £98 billion in the first eight months of 2023-24.", "2023-12-19",
     "2023-04-01", "2023-11-30"),
    ("India expects growth of 6.5 per cent in financial year 2025-26.", "2025-02-01",
     "2025-04-01", "2026-03-31"),
    # a half of a fiscal year; the fiscal year to date
    ("The bank's profit rose 18% in H2 FY24.", "2024-05-20", "2023-10-01", "2024-03-31"),
    ("Indian car sales rose 4% in the fiscal year to date.", "2024-09-10",
     "2024-04-01", "2024-09-10"),
])
def test_fiscal_years_and_their_parts(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


@pytest.mark.parametrize("text,pub,start,end", [
    # surveillance weeks: ISO weeks by number, or the days the report writes
    ("Labs tested 1,980 samples in week 10/2019.", "2019-03-20", "2019-03-04", "2019-03-10"),
    ("Cases rose 14% over weeks 2 to 4/2020.", "2020-02-05", "2020-01-06", "2020-01-26"),
    ("Dengue cases reached 2,300 in epi week 40.", "2024-10-15", "2024-09-30", "2024-10-06"),
    ("Labs confirmed 412 cases in week 3, ending January 20, 2018.", "2018-01-26",
     "2018-01-14", "2018-01-20"),
    ("Of 5,120 specimens tested in week 6 (February 4-10, 2018), 1,210 were positive.",
     "2018-02-16", "2018-02-04", "2018-02-10"),
])
def test_surveillance_weeks(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


def test_a_numbered_week_is_no_figure():
    text = "Of 5,120 specimens tested in week 6 (February 4-10, 2018), 1,210 were positive."
    values = [c.value for c in claims_for(Document(id="d", text=text, date=d("2018-02-16")))]
    assert 6.0 not in values and 5120.0 in values


def test_a_sports_week_without_a_year_is_no_date():
    assert find_dates("He scored 3 goals in week 12.", d("2024-03-28")) == []


@pytest.mark.parametrize("text,pub,start,end", [
    # a named retail quarter, the latest begun (the next in a forecast)
    ("Sales rose 2.4% over the golden quarter.", "2024-01-15", "2023-10-01", "2023-12-31"),
    ("Retailers forecast 3% growth in the golden quarter.", "2024-08-01",
     "2024-10-01", "2024-12-31"),
    ("House prices rose 40% earlier this decade.", "2024-06-10", "2020-01-01", "2024-06-09"),
])
def test_named_and_vague_spans(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


@pytest.mark.parametrize("text,pub,start,end", [
    # future readings: a schedule verb before "the week of", a modal after a weekend in the
    # subject, a defendant who "faces" or is "to be sentenced"
    ("The trial of 4 men begins the week of June 2.", "2025-03-01", "2025-06-02", "2025-06-08"),
    ("Crowds over the Memorial Day weekend could top 90,000.", "2023-05-10",
     "2023-05-27", "2023-05-29"),
    ("He faces up to 10 years when he is sentenced on Feb. 14.", "2024-01-05",
     "2024-02-14", "2024-02-14"),
    ("She is to be sentenced on March 3 on 2 counts.", "2025-01-20",
     "2025-03-03", "2025-03-03"),
    # the past stays past
    ("The trial of 4 men began the week of June 2.", "2025-03-01", "2024-05-27", "2024-06-02"),
    ("Crowds over the Memorial Day weekend topped 90,000.", "2023-05-10",
     "2022-05-28", "2022-05-30"),
    ("He was sentenced on Feb. 14 for 3 offences.", "2024-01-05", "2023-02-14", "2023-02-14"),
])
def test_future_and_past_readings(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


@pytest.mark.parametrize("text,share", [
    ("Seven in 10 (71%) of voters backed the plan.", 0.7),
    ("Nine of 10 councils raised tax.", 0.9),
])
def test_shares_as_reporters_write_them(text, share):
    assert share in [q.value for q in find_quantities(text)]


def test_a_tally_of_is_two_counts():
    vals = [q.value for q in find_quantities("Some 329 of 380 fixtures were played.")]
    assert vals == [329.0, 380.0]


# the probe's fixes (d9b*)
def test_overnight_before_a_noun_is_no_date():
    text = "The region hosted 4.1 million overnight visitors in the first nine months of 2023."
    assert span(text, d("2024-01-10")) == (d("2023-01-01"), d("2023-09-30"))
    assert span("The overnight rate stayed at 5.25%.", d("2024-01-10")) is None
    # the adverb stays the night before publication
    assert span("Shares fell 3% overnight.", d("2024-01-10")) == (d("2024-01-09"), d("2024-01-10"))


@pytest.mark.parametrize("text,pub,start,end", [
    # months of the year not yet ended at publication, reported whole: the year before's
    ("Visitors numbered 9.1 million in the first 11 months of the year.", "2024-01-05",
     "2023-01-01", "2023-11-30"),
    ("Sales rose 3% in the first six months of the year.", "2022-07-20",
     "2022-01-01", "2022-06-30"),
    ("Sales should rise 3% in the first six months of the year.", "2022-06-20",
     "2022-01-01", "2022-06-30"),
])
def test_first_months_of_the_year(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


@pytest.mark.parametrize("text,value,unit", [
    ("Exports are forecast at 31.5 MMT.", 31.5, "megatonne"),
])
def test_grain_outlook_units(text, value, unit):
    assert (value, unit) in [(q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize("text,pub,start,end", [
    # "faces" alone is no plan: the dates around it keep their past reading
    ("The firm faces a £5m fine after the breach on 3 January.", "2024-01-20",
     "2024-01-03", "2024-01-03"),
    ("He got 30 years at the sentencing on Dec. 6.", "2011-11-01", "2010-12-06", "2010-12-06"),
])
def test_faces_alone_dates_nothing_ahead(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


def test_a_country_named_decides_a_split_year_not_a_companys_fiscal_year():
    # (a name is read for split financial years only; "fiscal 2024" stays the default year)
    assert span("Apple's sales in India rose 10% in fiscal 2024.", d("2025-03-01")) == (
        d("2023-10-01"), d("2024-09-30"))
    assert span("Kenya's revenue rose 9% in the 2023/24 financial year.", d("2024-09-01")) == (
        d("2023-07-01"), d("2024-06-30"))
