"""Issue 12, seventeenth round (dates16): forms read in results, market, forecast, weather and
property copy, written in our own words: a forecast's day after a clock time ("after 5 a.m.
Friday"), "the first 6 months of this year" before they have all ended, so many months
"beginning July 2021", a run of seasons ("the 2009/10 to 2024/25 seasons"), "the previous
trading session", "the year so far", "from late Tuesday into early Wednesday", a year that
opens its sentence as its subject ("2022 peaked at 40.3C on 19 July") and a year's level a
figure is compared with ("above its 2019 level"); and numbers: "10 paise", "0.1 pts to
64.6%", "Rs. 12745.50 millions", "no lower than 23 to 24 Celsius". With the look-alikes
that must stay apart."""

from datetime import date

import pytest

from factcheck.extract import find_dates
from factcheck.model import Document
from factcheck.normalize import claims_for
from dates_support import span, d


@pytest.mark.parametrize("text,pub,start,end", [
    # a forecast's weekday after a clock time: the full stop of "a.m." ends no sentence
    ("Showers should arrive after 6 a.m. Saturday, with 20 mm likely.", "2023-09-14",
     "2023-09-16", "2023-09-16"),
    ("Gusts could reach 60 mph after 9 p.m. Sunday.", "2023-09-14", "2023-09-17",
     "2023-09-17"),
    # "this year" written: the months are this year's even before they have all ended
    ("Exports in the first 8 months of this year came to $41 billion.", "2023-08-20",
     "2023-01-01", "2023-08-31"),
    # so many whole units counted from a month or a day
    ("Receipts topped $2 billion in each of the four months beginning March 2022.",
     "2023-01-10", "2022-03-01", "2022-06-30"),
    ("The port handled 3,400 ships in the two years starting in 2019.", "2023-01-10",
     "2019-01-01", "2020-12-31"),
    # a run of seasons or fiscal years: the first one's start to the last one's end
    ("Clubs' wage bills rose 60% over the 2012/13 to 2021/22 seasons.", "2023-01-10",
     "2012-07-01", "2022-06-30"),
    ("Spending rose 18% between FY19 and FY23.", "2024-01-10", "2018-10-01", "2023-09-30"),
    # ... the kind named once, in the plural, after the run
    ("Wages rose 60% over the 2012/13 to 2021/22 seasons.", "2023-01-10", "2012-07-01",
     "2022-06-30"),
    ("Spending rose 4% across the 2019-20 and 2020-21 financial years.", "2023-01-10",
     "2019-04-01", "2020-03-31"),
    # the market session before the day of publication (a Monday's: the Friday)
    ("The Nifty had lost 112 points in the previous trading session.", "2023-10-09",
     "2023-10-06", "2023-10-06"),
    ("The index rose 0.4% in the previous session.", "2023-10-11", "2023-10-10",
     "2023-10-10"),
    # the year, month or week so far
    ("It was the wettest day of the year so far, with 41 mm of rain.", "2023-08-09",
     "2023-01-01", "2023-08-09"),
    # the night with its edges
    ("About 5 cm of snow fell from late Sunday into early Monday.", "2024-01-10", "2024-01-07",
     "2024-01-08"),
    ("Winds of 70 mph battered the coast late Friday night into Saturday morning.",
     "2024-01-10", "2024-01-05", "2024-01-06"),
    # a year as its sentence's subject gives a later day its year
    ("2019 peaked at 38.7C on 25 July.", "2024-08-05", "2019-07-25", "2019-07-25"),
    ("The hot summer of 2018 peaked at 35.3C on 26 July.", "2024-08-05", "2018-07-26",
     "2018-07-26"),
    # "the six months starting April", "... from April" count from the month (in past copy
    # "from April" alone stays a base)
    ("Output rose 2% in the six months starting April.", "2023-10-02", "2023-04-01",
     "2023-09-30"),
    ("Output rose 2% in the three months from April.", "2023-10-02", "2023-04-01",
     "2023-06-30"),
    # "as of" a day: the count's own day, though a verb of reporting stands before it
    ("Some 981 cases were reported as of May 31, 2019.", "2019-06-03", "2019-05-31",
     "2019-05-31"),
    # a month in copy that plans or schedules it: the next such month
    ("The new 5% levy takes effect in July.", "2025-05-12", "2025-07-01", "2025-07-31"),
    ("The 8% rise, due to start in July, was approved.", "2025-05-12", "2025-07-01",
     "2025-07-31"),
    ("The council plans a 10% rise in parking charges in July.", "2025-05-12", "2025-07-01",
     "2025-07-31"),
])
def test_seventeenth_round_forms(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


@pytest.mark.parametrize("text,pub,start,end", [
    # a span written whole keeps its own ends after "the 10 weeks from"
    ("Sales rose 3% in the 10 weeks from 28 October to 5 January 2015.", "2015-01-08",
     "2014-10-28", "2015-01-05"),
    # "last year" and "next year" still shift, and months not ended in past copy are last year's
    ("Sales rose 3% in the first six months of last year.", "2023-03-01", "2022-01-01",
     "2022-06-30"),
    ("Profit fell 4% in the first 11 months of the year.", "2024-01-04", "2023-01-01",
     "2023-11-30"),
    # a schedule's past tense, and a closing price's "close on Friday", stay in the past
    ("The 5% levy took effect in March.", "2025-05-12", "2025-03-01", "2025-03-31"),
    ("The index ended at 5,123.69 at the close on Friday.", "2024-03-11", "2024-03-08",
     "2024-03-08"),
    # a day after "a.m." in past copy stays the latest such day
    ("Police said 40 people were evacuated after 3 a.m. Friday.", "2023-09-14", "2023-09-08",
     "2023-09-08"),
])
def test_look_alikes_keep_their_reading(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


@pytest.mark.parametrize("text", [
    "Output is still 4% above its 2019 level.",
    "Traffic is 3% below 2019 levels.",
    "Exports were 12% above the 2019 average.",
])
def test_a_years_level_is_a_baseline_not_a_figure(text):
    """The year of the level a figure is compared with is a date (no figure "2019") and the
    figure's period is not that year: the compared value's, not the figure's."""
    claims = claims_for(Document(id="d", text=text, date=d("2024-03-01")))
    assert [c.value for c in claims] and all(c.value != 2019 for c in claims)
    assert all(c.period is None or c.period.start.year != 2019 for c in claims)
    assert any(m.start_date == date(2019, 1, 1) for m in find_dates(text, d("2024-03-01")))


def test_a_baseline_year_dates_no_later_month():
    text = "Passenger numbers reached 95% of pre-pandemic 2019 levels in March."
    assert span(text, d("2024-05-01")) == (d("2024-03-01"), d("2024-03-31"))


def test_a_year_in_mid_sentence_before_a_verb_is_no_subject():
    """Only a year that opens its sentence is read as its subject; one after a figure is the
    figure's own business ("rose to 2022 units" is a count)."""
    claims = claims_for(Document(id="d", text="Sales rose to 2022 units in May.",
                                 date=d("2024-08-05")))
    assert [c.value for c in claims] == [2022.0]


def _figures(text: str) -> list[tuple]:
    return [(c.value, c.unit, c.lower, c.upper)
            for c in claims_for(Document(id="n", text=text, date=d("2024-01-10")))]


@pytest.mark.parametrize("text,want", [
    # the rupee's hundredth, as market reports write it
    ("The rupee rose 14 paise to 82.9 against the dollar.", (14.0, "paisa")),
    # points of a rate, by the rate they lead to, are percentage points
    ("The jobless rate fell 0.2 pts to 3.9%.", (0.2, "percent")),
    ("Unemployment rose 0.3 points to 4.4 per cent.", (0.3, "percent")),
    # a plural scale after a figure, as South Asian results tables write it
    ("Revenue was Rs. 8762.18 millions for the quarter.", (8762180000.0, "INR")),
    ("Exports reached US$ 4.2 billions.", (4200000000.0, "USD")),
])
def test_number_forms(text, want):
    assert want in [f[:2] for f in _figures(text)]


@pytest.mark.parametrize("text,lower,upper,unit", [
    # a range whose first bound is already the level reached or compared with
    ("Lows will fall no lower than 23 to 24 Celsius.", 23.0, 24.0, "degree_Celsius"),
    ("Temperatures will drop to 2 to 4C overnight.", 2.0, 4.0, "degree_Celsius"),
])
def test_a_range_after_to_or_than(text, lower, upper, unit):
    assert any(f[2] == lower and f[3] == upper and f[1] == unit for f in _figures(text))


@pytest.mark.parametrize("text,want", [
    # an index's points stay bare; "millions of" stays a vague count
    ("The Sensex gained 448 points to 40,431.", [(448.0, ""), (40431.0, "")]),
    # a change with its unit written and the level it reached stay two figures
    ("Admissions rose more than 70 per cent to 149 a day.", None),
])
def test_number_look_alikes(text, want):
    got = _figures(text)
    if want is not None:
        assert [f[:2] for f in got] == want
    else:
        assert len(got) == 2 and got[0][:2] == (70.0, "percent")


def test_money_per_period_is_printed_by_the_text_html_and_claims_formats(tmp_path):
    """"$12 an hour" keeps USD as its unit for the rules and its period in ``extra.per_period``;
    a reader of the text, html and claims reports sees the period too."""
    from click.testing import CliRunner

    from factcheck.cli import main

    draft = tmp_path / "pay.md"
    draft.write_text("---\ntitle: Pay\ndate: 2024-03-01\n---\nCleaners earn $12 an hour, the "
                     "union said. Later the union said cleaners earn $14 an hour.\n",
                     encoding="utf-8")
    run = CliRunner().invoke
    text = run(main, ["check", str(draft)], catch_exceptions=False).output
    assert "per period: $12 is per hour (\u201can hour\u201d)" in text
    page = run(main, ["check", "--format", "html", str(draft)], catch_exceptions=False).output
    assert "per hour (\u201can hour\u201d)" in page
    table = run(main, ["extract", str(draft)], catch_exceptions=False).output
    assert "USD per hour" in table


def _period_readings(text: str, pub: str) -> list[tuple[str, date, date]]:
    c = claims_for(Document(id="t", text=text, date=d(pub)))[0]
    return list(c.extra_dict().get("period_readings") or ())


def test_a_tax_year_no_country_names_keeps_its_plausible_years():
    """"The last tax year" with no money or country of its own: the claim keeps the default
    year from April, and lists the calendar year, the UK's from 6 April and the fiscal years
    from July and October as its readings, each the last one begun by publication."""
    got = _period_readings("Refunds rose 7% in the last tax year.", "2024-09-10")
    spans = {(a, b) for _, a, b in got}
    assert (d("2023-01-01"), d("2023-12-31")) in spans       # a calendar tax year
    assert (d("2023-04-01"), d("2024-03-31")) in spans       # India's, the default
    assert (d("2023-04-06"), d("2024-04-05")) in spans       # the UK's
    assert (d("2023-07-01"), d("2024-06-30")) in spans       # Australia's
    assert (d("2022-10-01"), d("2023-09-30")) in spans       # the US federal one


def test_a_tax_year_its_sentence_places_has_one_reading():
    assert _period_readings("Receipts rose 7% to £31bn in the last tax year.", "2024-09-10") == []
    assert _period_readings("Revenue was Rs 300 crore in the last financial year.",
                            "2024-09-10") == []
    assert span("Receipts rose 7% to £31bn in the last tax year.", d("2024-09-10")) == (
        d("2023-04-06"), d("2024-04-05"))
