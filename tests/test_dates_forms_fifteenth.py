"""Issue 12, fifteenth round (dates14): money said per period, fiscal-year labels of Pakistani,
Egyptian, Australian and Gulf copy, and the Gulf's currencies, in wordings other than the
batch's (benchmarks/suites, cases d15a*/n15a*), with the look-alikes that must stay apart."""

from datetime import date

import pytest

from factcheck.model import Document
from factcheck.normalize import claims_for
from dates_support import span, d


def _claims(text: str, pub: date | None = None):
    return claims_for(Document(id="d", text=text, date=pub))


def _per(text: str) -> list[tuple[float, str, str | None]]:
    """Each claim's value, unit and the period its money is counted over."""
    return [(c.value, c.unit, (c.extra_dict().get("per_period") or {}).get("unit"))
            for c in _claims(text)]


@pytest.mark.parametrize("text,want", [
    # money per period: "a"/"an" reads as "per" does
    ("Care workers are paid £11.44 an hour.", [(11.44, "GBP", "hour")]),
    ("A maid earns about 1,800 riyals a month.", [(1800.0, "SAR", "month")]),
    ("Nurses start on $62,000 a year.", [(62000.0, "USD", "year")]),
    ("The levy is €3.75 per person per night.", [(3.75, "EUR", "night")]),
    ("Rooms cost £90 a head a night in August.", [(90.0, "GBP", "night")]),
    ("Pensioners get an extra £3.50 weekly.", [(3.5, "GBP", "week")]),
    # a stretch that dates the amount is none of its period
    ("Sales were £4 billion a year earlier.", [(4e9, "GBP", None)]),
    ("Profit was $2bn a year ago.", [(2e9, "USD", None)]),
    # counts per period keep their own reading (a daily average, not money)
    ("The airport handled 97,000 passengers a day.", [(97000.0, "", None)]),
])
def test_money_per_period(text, want):
    assert _per(text) == want


def test_two_levels_of_one_change_share_their_stretch():
    # "to £230.25 a week from £221.20": both weekly; the amount of the change keeps its own
    got = _per("The pension rose 4.1% to £230.25 a week from £221.20.")
    assert got[1:] == [(230.25, "GBP", "week"), (221.2, "GBP", "week")]
    got = _per("Pay rose from £169.50 to £176.45 a week, a rise of £363 a year.")
    assert [x[2] for x in got] == ["week", "week", "year"]
    # ... and "from A a year to B" says it after the first
    assert [x[2] for x in _per("The cap rises from £1,834 a year to £1,928.")] == ["year",
                                                                                 "year"]


def test_money_per_period_still_checks_against_its_levels():
    # the rules still read the amounts in their currency: a wrong percentage between two
    # weekly levels is flagged as before, a right one is not
    from everyday_support import rules
    assert "wrong-arithmetic" in rules("The state pension rose 9.1% to £230.25 a week from "
                                       "£221.20.", date(2025, 4, 7))
    assert "wrong-arithmetic" not in rules("The state pension rose 4.1% to £230.25 a week "
                                           "from £221.20.", date(2025, 4, 7))


@pytest.mark.parametrize("text,want", [
    # the Emirati press's dirham and ISO codes glued to their digits
    ("Emaar reported a profit of Dh6.2 billion.", [(6.2e9, "AED")]),
    ("Rents rose to Dhs 95,000.", [(95000.0, "AED")]),
    ("Aldar's revenue reached AED23 billion.", [(23e9, "AED")]),
    ("The bond raised USD500 million.", [(500e6, "USD")]),
    # "Rs." ends no sentence: the country named after it still decides the rupee
    ("Earnings rose to Rs. 12.40 a share, the Karachi-based bank said.", [(12.4, "PKR")]),
])
def test_gulf_and_glued_currencies(text, want):
    assert [(c.value, c.unit) for c in _claims(text)] == want


def test_a_title_before_a_name_is_no_dirham():
    assert [(c.value, c.unit) for c in _claims("Dh Patel treated 30 patients.")] == [(30.0, "")]


@pytest.mark.parametrize("text,pub,start,end", [
    # a fiscal-year label with its months written beside it
    ("Exports were $28 billion in FY22 (July'21-June'22).", "2022-08-01", "2021-07-01",
     "2022-06-30"),
    ("Output rose 4% in FY2019 (Jul 2018 - Jun 2019).", "2019-09-01", "2018-07-01",
     "2019-06-30"),
    ("Sales were Rs 400 crore in FY24 (January-December).", "2024-03-01", "2024-01-01",
     "2024-12-31"),
    # a "Rs" or a bare "$" is the country's its sentence names: their fiscal years
    ("Pakistan's tax take was Rs 9.3 trillion in FY24.", "2024-08-01", "2023-07-01",
     "2024-06-30"),
    ("The ASX-listed miner earned $412 million in 1H FY25.", "2025-02-20", "2024-07-01",
     "2024-12-31"),
    ("Revenue rose 8% to Rs 120 crore in 2HFY24.", "2024-05-10", "2023-10-01", "2024-03-31"),
    # the Gulf's calendar fiscal years; Kuwait's April one
    ("Qatar's budget for fiscal 2024 projects a surplus of QR5 billion, or 18 billion riyals.",
     "2023-12-20", "2024-01-01", "2024-12-31"),
    ("Kuwait posted a deficit of 1.6 billion Kuwaiti dinars in fiscal 2023.", "2023-08-01",
     "2022-04-01", "2023-03-31"),
    # a quarter of a split fiscal year and months of a labelled one
    ("Egypt's primary surplus was EGP 150 billion in Q2-23/24.", "2024-02-01", "2023-10-01",
     "2023-12-31"),
    ("Pakistan's deficit was 1.4% of GDP in the first quarter of FY2024/25.", "2024-11-20",
     "2024-07-01", "2024-09-30"),
    ("Egypt's deficit was 4.95% of GDP in the first six months of FY2023/24.", "2024-01-19",
     "2023-07-01", "2023-12-31"),
    # split years counted back two
    ("Chelsea lost £90 million in the season before last.", "2025-10-01", "2023-07-01",
     "2024-06-30"),
    ("The state borrowed A$12 billion in the financial year before last.", "2025-09-01",
     "2023-07-01", "2024-06-30"),
])
def test_fifteenth_round_fiscal_forms(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


def test_an_abbreviation_stop_keeps_the_sentence_whole():
    # "Rs." is no sentence end: the figure keeps the fiscal year after it
    assert span("Profit was Rs. 18,977 million for the fiscal year ended June 30, 2024.",
                d("2025-05-23")) == (d("2023-07-01"), d("2024-06-30"))


@pytest.mark.parametrize("text,pub,start,end", [
    # a season ranked among its kind: the latest begun (the "since" is the record's)
    ("Valentia had 410mm of rain, its wettest autumn since 1960.", "2023-12-02", "2023-09-01",
     "2023-11-30"),
    ("It was the coldest winter on record, with a mean of 1.1C.", "2010-03-03", "2009-12-01",
     "2010-02-28"),
    # consecutive months listed with commas are one span
    ("Some 12,000 homes were sold in July, August and September.", "2024-10-20", "2024-07-01",
     "2024-09-30"),
    ("In October, November and December, 2.1 million passengers flew.", "2025-01-15",
     "2024-10-01", "2024-12-31"),
    # a weekday that qualifies a noun is no date ("Sunday services"); the month after it is
    ("Northern will run 90 Saturday trains from next month.", "2024-04-10", "2024-05-01",
     "2024-05-31"),
    ("On Saturday trains were cut by 30%.", "2024-04-10", "2024-04-06", "2024-04-06"),
])
def test_fifteenth_round_spans(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


def test_months_paired_with_figures_stay_apart():
    # "respectively" pairs each month with its own figure: no one span of the three
    got = span("Prices rose 1%, 2% and 3% in January, February and March respectively.",
               d("2024-04-10"))
    assert got != (d("2024-01-01"), d("2024-03-31"))


def test_saudi_riyal_after_its_figure_not_a_road_before_one():
    got = [(c.value, c.unit, c.lower, c.upper) for c in
           _claims("Drivers earn from 1,200 SR to 2,500 SR a month.")]
    assert got == [(1850.0, "SAR", 1200.0, 2500.0)]
    assert [c.unit for c in _claims("The SR 99 tunnel carries 60,000 cars.")] == [""]


@pytest.mark.parametrize("text,pub,start,end", [
    # results copy's months of a year: "9MFY25" (India's April year), "9M 2025"
    ("Net profit rose 11% to Rs 2,300 crore in 9MFY24.", "2024-02-05", "2023-04-01",
     "2023-12-31"),
    ("Profit rose 20% to AED 4.1 billion in 6M 2024.", "2024-08-10", "2024-01-01",
     "2024-06-30"),
    # the first months of a two-digit split fiscal year (Kenya's July year)
    ("Spending reached KES 600bn in the first three months of FY 24/25.", "2024-11-01",
     "2024-07-01", "2024-09-30"),
    # a year followed by "for", "from", "against": still the year
    ("Families paid £7,000 in 2013 for a nursery place.", "2014-02-01", "2013-01-01",
     "2013-12-31"),
])
def test_fifteenth_round_probe_forms(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


def test_nine_million_is_no_nine_months():
    # "9m" in lower case is nine million: the year after it keeps its own reading
    assert span("The fund raised 9m in 2025.", d("2025-03-01")) == (d("2025-01-01"),
                                                                   d("2025-12-31"))


def test_kenyan_kes_prefix():
    assert [(c.value, c.unit) for c in _claims("The bill adds Kes 2.5 billion.")] == [
        (2.5e9, "KES")]
