"""Issue 12, sixth round (dates5): forms read in Kenyan, South African, Nigerian, Irish and
Singapore copy, tax and port notices and statistics releases, each in wordings other than the
batch's (benchmarks/suites, cases d6a*/n6a*), with the look-alikes that must stay apart."""

from datetime import date

import pytest

from factcheck.model import Document
from factcheck.normalize import claims_for
from dates_support import span


def figures(text: str):
    return [(c.value, c.unit) for c in claims_for(Document(id="n", text=text))]


@pytest.mark.parametrize("text,value,unit", [
    ("Tenants owe Sh7,500 each.", 7_500, "KES"),
    ("The ministry got KSh 12B.", 12e9, "KES"),
    ("The county collected Kshs 3.4 billion.", 3.4e9, "KES"),
    ("Vendors paid R12,000 in fines.", 12_000, "ZAR"),
    ("The utility needs R4.1bn more.", 4.1e9, "ZAR"),
    ("Lagos spent N1.3 trillion.", 1.3e12, "NGN"),
    ("Ticket sales reached 40,000 rand.", 40_000, "ZAR"),
])
def test_currencies_of_kenyan_south_african_and_nigerian_copy(text, value, unit):
    assert (value, unit) in [(pytest.approx(v), u) for v, u in figures(text)]


@pytest.mark.parametrize("text", [
    "Traffic on the N2 backed up for 9 km.",      # a road: no scale, no grouping
    "The R300 regional road was shut.",
    "R2-D2 appeared in 7 films.",
])
def test_a_letter_is_no_currency_without_a_scale_or_grouping(text):
    assert not any(u in ("ZAR", "NGN") for _, u in figures(text))


@pytest.mark.parametrize("text,value,unit", [
    ("The lender wrote off €3,2 billion.", 3.2e9, "EUR"),
    ("Turnout slipped to 61,5%.", 61.5, "percent"),
    ("About 2,75 million people were counted.", 2.75e6, ""),
    ("Exports fell 4,1 per cent.", 4.1, "percent"),
])
def test_a_decimal_comma_in_english_copy(text, value, unit):
    assert (pytest.approx(value), unit) in figures(text)


@pytest.mark.parametrize("text,value", [
    ("Crowds of 12,500 were expected.", 12_500),      # a thousands group has three digits
    ("The scheme has 1,250 million users.", 1.25e9),
])
def test_thousands_groups_stay(text, value):
    assert value in [v for v, _ in figures(text)]


@pytest.mark.parametrize("text,value", [
    ("Two in three voters backed the plan.", 2 / 3),
    ("Nine out of 10 schools opened.", 0.9),
    ("Roughly 1 in 4 homes had no heating.", 0.25),
])
def test_a_share_written_as_a_in_b(text, value):
    # the share first, then the two counts it is written with (either may be checked)
    got = [v for v, _ in figures(text)]
    assert got[0] == pytest.approx(value) and len(got) == 3


@pytest.mark.parametrize("text", [
    "The side scored 3 in 2023.",       # a year is no denominator
    "Prices rose 2 in 10 days.",        # a unit after it: a duration
    "Only 4 in 100,000 people.",        # a denominator past 1,000 stays its own figure
])
def test_no_share_where_the_second_count_is_no_denominator(text):
    assert all(v >= 1 for v, _ in figures(text))


def test_a_rate_for_the_twelve_months_to_a_month_is_those_twelve_months():
    pub = date(2024, 9, 12)
    assert span("Rents rose 5.1 per cent in the 12 months to August.", pub) == \
        (date(2023, 9, 1), date(2024, 8, 31))
    assert span("Inflation eased to 2% in the year to end-July.", pub) == \
        (date(2023, 8, 1), date(2024, 7, 31))


@pytest.mark.parametrize("text,pub,want", [
    ("Exports shrank 4% in the first nine months of last year.", date(2025, 3, 3),
     (date(2024, 1, 1), date(2024, 9, 30))),
    ("Output may rise 2% in the first two quarters of next year.", date(2025, 3, 3),
     (date(2026, 1, 1), date(2026, 6, 30))),
    ("Snow closed 40 roads on Friday and Saturday.", date(2025, 3, 3),      # a Monday
     (date(2025, 2, 28), date(2025, 3, 1))),
    ("Bills rose 6% in the year to last month.", date(2025, 3, 3),
     (date(2024, 3, 1), date(2025, 2, 28))),
    ("August saw 1,900 crossings.", date(2025, 10, 2), (date(2025, 8, 1), date(2025, 8, 31))),
    ("It rained all week. July was the hottest month, at 41C.", date(2025, 9, 2),
     (date(2025, 7, 1), date(2025, 7, 31))),
])
def test_date_forms_of_the_sixth_round(text, pub, want):
    assert span(text, pub) == want


@pytest.mark.parametrize("text", [
    "May said 300 MPs had signed.",          # a name, not the month
    "Shares may rise 5% on the news.",       # the modal
    "Sales rose 3% on Monday and 4% on Tuesday.",   # two days, two figures
])
def test_no_month_or_joined_days_where_the_words_do_not_say_so(text):
    got = claims_for(Document(id="d", text=text, date=date(2025, 3, 5)))
    assert all(c.period is None or c.period.start == c.period.end for c in got)


@pytest.mark.parametrize("text,pub,want", [
    # a present-tense schedule without a plan word: the coming dates
    ("Winter fares of $12 apply for travel from 8 January to 30 March.", date(2024, 12, 2),
     (date(2025, 1, 8), date(2025, 3, 30))),
    ("Filers have until June 15 to send 2 forms.", date(2025, 3, 3),
     (date(2025, 6, 15), date(2025, 6, 15))),
    ("The 10% offer runs from 3 February-28 February.", date(2025, 1, 20),
     (date(2025, 2, 3), date(2025, 2, 28))),
    # a range under way at publication is this year's, not next year's
    ("The bridge will close from 10 to 20 March, adding 15 minutes.", date(2025, 3, 14),
     (date(2025, 3, 10), date(2025, 3, 20))),
    ("The fair, which runs from 28 November-30 December, has 40 stalls.", date(2025, 12, 1),
     (date(2025, 11, 28), date(2025, 12, 30))),
])
def test_schedules_written_in_the_present(text, pub, want):
    assert span(text, pub) == want


def test_a_tally_out_of_a_count_stays_two_counts():
    assert [v for v, _ in figures("Guards stopped 17 out of 19 boats.")] == [17, 19]


@pytest.mark.parametrize("text,want", [
    # the unit written once, bounds close: a range even after a change verb
    ("Rents climbed 8 to 12 per cent in a year.", [(10.0, "percent")]),
    # a change and the level it reached stay two figures
    ("The toll rose 6 to 140.", [(6.0, ""), (140.0, "")]),
    ("Joblessness fell 0.3 to 4.2%.", [(0.3, "percent"), (4.2, "percent")]),
    ("Turnout rose from 40 to 55 per cent.", [(40.0, "percent"), (55.0, "percent")]),
    # a year's consumption of energy, written "a year", is an amount of energy
    ("Each flat uses 1,800 kWh a year.", [(1800.0, "kilowatt_hour")]),
    # a million written once with its noun and once without
    ("Subscribers rose from 2.4m users to 3.1m.", [(2.4e6, ""), (3.1e6, "")]),
    # a currency written with letters ends its word: "Shahed" is no shilling
    ("Russia launched 88 Shahed drones.", [(88.0, "")]),
])
def test_figures_of_the_sixth_round(text, want):
    assert figures(text) == [(pytest.approx(v), u) for v, u in want]


def test_a_share_restated_as_a_percentage_keeps_its_counts_roles():
    got = claims_for(Document(id="s", text="One in four homes (40%) had no heating."))
    assert [c.value for c in got if c.unit == ""] == [0.25, 1, 4]
    pct = next(c for c in got if c.unit == "percent")
    assert any(k == "ratio" for k, _ in pct.extra)   # one out of four, read against 40%


@pytest.mark.parametrize("text,pub,want", [
    ("Joblessness hit 32.1% in Quarter 2: 2023.", date(2023, 8, 15),
     (date(2023, 4, 1), date(2023, 6, 30))),
    ("Output grew 0.4% in quarter 1 of 2024.", date(2024, 6, 4),
     (date(2024, 1, 1), date(2024, 3, 31))),
    ("Profit was $3.1 billion in the six months that ended in June.", date(2024, 8, 1),
     (date(2024, 1, 1), date(2024, 6, 30))),
])
def test_statistics_and_results_periods(text, pub, want):
    assert span(text, pub) == want


@pytest.mark.parametrize("text,pub,want", [
    ("By the end of June, 41,000 claims were open.", date(2024, 8, 1),
     (date(2024, 6, 30), date(2024, 6, 30))),           # a level on the month's last day
    ("Farms picked 3 tonnes at the end of June.", date(2024, 8, 1),
     (date(2024, 6, 21), date(2024, 6, 30))),           # the last part of the month
    ("Rainfall was 90% of normal between June and September 15.", date(2024, 10, 1),
     (date(2024, 6, 1), date(2024, 9, 15))),
    ("Sales rose 2% between March and May.", date(2024, 10, 1),
     (date(2024, 3, 1), date(2024, 5, 31))),
])
def test_periods_of_the_second_probe(text, pub, want):
    assert span(text, pub) == want


@pytest.mark.parametrize("text", [
    "Buses run 200 trips on Saturday and Sunday each week.",
    "The market opens for 6 hours on Sunday every week.",
])
def test_a_weekday_of_every_week_is_no_date(text):
    assert span(text, date(2024, 10, 2)) is None


@pytest.mark.parametrize("text,value,unit", [
    ("Petrol sold at R21,40 a litre.", 21.4, "ZAR / liter"),
    ("A ticket costs €3,20.", 3.2, "EUR"),
])
def test_cents_after_a_decimal_comma(text, value, unit):
    assert figures(text) == [(pytest.approx(value), unit)]
