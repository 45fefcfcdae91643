"""Issue 12, thirteenth round (dates12): forms read in Korean customs, Chinese statistics,
climate, cohort-study, car-registration, iron-ore, tourism, Pakistani and Texas-grid copy, in
wordings other than the batch's (benchmarks/suites, cases d13a*/n13a*), with the look-alikes
that must stay apart."""

import pytest

from factcheck.extract import find_dates
from factcheck.extract.numbers import find_quantities
from dates_support import span, d


@pytest.mark.parametrize("text,pub,start,end", [
    # the base of a change counted back from the figure's own time is not its period
    ("Shipments for June 1-10 rose 8.2% from a year earlier.", "2024-06-11", "2024-06-01",
     "2024-06-10"),
    ("In March alone, sales fell 1.2 percent from the month before.", "2024-04-15",
     "2024-03-01", "2024-03-31"),
    ("Orders in the third quarter rose 4% from the previous quarter.", "2024-11-01",
     "2024-07-01", "2024-09-30"),
    # a compared month after "above"/"below" is the base
    ("Hotel stays in August were 3.1% below the same month in 2019.", "2023-09-20",
     "2023-08-01", "2023-08-31"),
    # a record month: the latest such month begun by publication
    ("It was the wettest February since 1836, with 152mm of rain.", "2024-03-04",
     "2024-02-01", "2024-02-29"),
    ("Sales of 48,000 homes made it the busiest December on record.", "2024-01-12",
     "2023-12-01", "2023-12-31"),
    # a temperature is a level, never a running total from a scope's start
    ("The warmest day so far this summer was 14 June, at 31.2C.", "2024-07-01",
     "2024-06-14", "2024-06-14"),
    # the first months of a fiscal year, written with the year's possessive
    ("Pakistan's remittances rose 11% in the fiscal year's first eight months.", "2024-03-11",
     "2023-07-01", "2024-02-29"),
    # ... and of a split year written in full
    ("The ASX-listed miner shipped 95 million tonnes in the first six months of the "
     "2023/2024 financial year.", "2024-02-01", "2023-07-01", "2023-12-31"),
])
def test_thirteenth_round_forms(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


def test_a_change_with_no_date_of_its_own_takes_not_its_base():
    # "from a year earlier" is the base: no claim of the year before publication
    got = span("Exports jumped 12% from a year earlier.", d("2024-06-11"))
    assert got is None or got[0] >= d("2024-01-01")


def test_a_ranked_may_must_be_capitalised():
    assert not [m for m in find_dates("Prices were the highest may be seen.", d("2024-06-01"))
                if m.start_date is not None]


@pytest.mark.parametrize("text,values", [
    # broadcast decimals with "-point-", digits or words on either side
    ("Imports slipped 3-point-seven percent on-year.", [(3.7, "percent")]),
    ("The surplus reached two-point-41 billion dollars.", [(2.41e9, "USD")]),
    ("Chip exports jumped 57-point-5 percent.", [(57.5, "percent")]),
    # "U.S. dollars" spelled out; the Australian press's "$US" and "$A" before the digits
    ("Shipments came to 42.7 billion U.S. dollars.", [(42.7e9, "USD")]),
    ("Revenue was $US3.4 billion ($A5.1 billion).", [(3.4e9, "USD"), (5.1e9, "AUD")]),
    ("The stake is worth $NZ12 million.", [(12e6, "NZD")]),
    # a rate per a state of what is weighed
    ("Costs fell to US$18.20/wet metric ton.", [(18.2, "USD / metric_ton")]),
    ("Ore sold at $95 per dry tonne.", [(95.0, "USD / metric_ton")]),
    # million tonnes as Indian trade copy writes them
    ("Coal imports rose to 18.6 MnT.", [(18.6, "megatonne")]),
    # rupees in a sentence that names Pakistan or Sri Lanka
    ("Pakistan set aside Rs60 billion for the scheme.", [(60e9, "PKR")]),
    ("Sri Lanka raised fuel prices by 40 rupees a litre.", [(40.0, "LKR / liter")]),
    # a hedged four-digit count before an acronym is no year
    ("More than 1800 NHS nurses left in March.", [(1800.0, "")]),
])
def test_thirteenth_round_numbers(text, values):
    got = [(q.value, q.unit) for q in find_quantities(text)]
    assert got == [(pytest.approx(v), u) for v, u in values]


@pytest.mark.parametrize("text,unit", [
    ("India spent Rs 500 crore on the scheme.", "INR"),
    ("Pakistan's rival India set aside Rs 900 crore.", "INR"),
    ("The plant cost ₹1,200 crore, Pakistan's envoy said.", "INR"),
])
def test_rupees_that_stay_indian(text, unit):
    assert [q.unit for q in find_quantities(text)] == [unit]


@pytest.mark.parametrize("text", [
    "In 1900 UK output was a fraction of today's.",
    "Since 2010 GDP has doubled.",
])
def test_a_year_before_an_acronym_stays_a_year(text):
    assert not [q for q in find_quantities(text) if q.value in (1900.0, 2010.0)]


@pytest.mark.parametrize("text,value", [
    # an index named by its coverage and a registration period are names, not counts
    ("The 20-city composite rose 6.1% in the year to April.", 6.1),
    ("Some 351,000 cars were sold in the 74-plate month.", 351_000.0),
])
def test_named_compounds_are_no_figures(text, value):
    assert [q.value for q in find_quantities(text)] == [pytest.approx(value)]


def test_a_count_in_a_compound_before_another_noun_stays_a_figure():
    assert [q.value for q in find_quantities("A 20-city survey found 5 cases.")] == [20.0, 5.0]


# the probe's (d13b, n13b) forms and the known misses of the twelfth round


@pytest.mark.parametrize("text,pub,start,end", [
    # "the first N quarters/months" with no "of ...": of the latest year they have ended in
    ("Deposits grew 6 percent in the first three quarters to $40 billion.", "2024-11-20",
     "2024-01-01", "2024-09-30"),
    ("Car sales fell 4% in the first two months.", "2024-02-10", "2023-01-01", "2023-02-28"),
    # a month without its year takes a year written earlier in its sentence
    ("In the dry summer of 1995, rainfall was 12mm in the first week of August.",
     "2010-03-01", "1995-08-01", "1995-08-07"),
    ("In 2021, the fund had lost 8% by June.", "2024-05-01", "2021-06-01", "2021-06-30"),
    # an MPC sets rates in an April fiscal year (India's, Britain's)
    ("The MPC raised its growth projection for FY25 to 7.2%.", "2024-06-07", "2024-04-01",
     "2025-03-31"),
])
def test_probe_and_twelfth_round_forms(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


@pytest.mark.parametrize("text,pub", [
    ("He scored 9 goals in the first six months of his term.", "2024-03-20"),
    ("Rain fell on most days in the first two weeks.", "2024-03-20"),
])
def test_first_months_of_something_else_are_no_calendar_span(text, pub):
    assert not [m for m in find_dates(text, d(pub)) if m.text.startswith("the first")]


def test_a_month_tied_to_publication_keeps_its_year():
    assert span("Prices rose 5% in 2023 and 2% last March.", d("2024-06-01")) == (
        d("2023-01-01"), d("2023-12-31"))
    got = [m for m in find_dates("Prices rose 5% in 2023 and 2% last March.", d("2024-06-01"))
           if m.text.startswith("last March")]
    assert (got[0].start_date, got[0].end_date) == (d("2024-03-01"), d("2024-03-31"))


@pytest.mark.parametrize("text,values", [
    # a factor with no figure before it in its sentence is the first amount's figure
    ("The drop in applications was twice the region's 4% fall.", [2.0, 4.0]),
    # ... with one before it, a relation between the two
    ("Sales were 1,600, twice the 800 of a year earlier.", [1600.0, 800.0]),
    # ... and no comparison at all
    ("She scored twice the following week.", []),
])
def test_twice_the_amount(text, values):
    assert [q.value for q in find_quantities(text)] == values


def test_a_split_year_with_no_cue_lists_its_readings():
    # the claim keeps both calendar years (every reading's envelope) and lists each year a
    # season or fiscal year may be, one per first month (dates.yaml split_year_starts,
    # fiscal_year_by_money)
    from factcheck.model import Document
    from factcheck.normalize import claims_for
    c = claims_for(Document(id="d", text="The charity housed 400 families in 2011-12.",
                            date=d("2013-01-10")))[0]
    assert (c.period.start, c.period.end) == (d("2011-01-01"), d("2012-12-31"))
    got = {(a, b) for _, a, b in c.extra_dict()["period_readings"]}
    assert {(d("2011-04-01"), d("2012-03-31")), (d("2011-07-01"), d("2012-06-30")),
            (d("2011-10-01"), d("2012-09-30"))} <= got


@pytest.mark.parametrize("text", [
    "NHS waiting lists grew 8% in 2022-23.",          # a cue: one reading, none listed
    "Output fell 3% between 2019 and 2020.",          # two calendar years, no split year
])
def test_a_settled_year_lists_no_readings(text):
    from factcheck.model import Document
    from factcheck.normalize import claims_for
    c = claims_for(Document(id="d", text=text, date=d("2024-01-10")))[0]
    assert "period_readings" not in c.extra_dict()
