"""Issue 12, dates30 round: weather warnings in force until or through a weekday, a time of
day before the day, ranges "right through until" and "into", weekdays with day numbers
sharing one month, "from Monday to Thursday next week", "until the end of next week",
temperatures in words and in a lower-case "c", ranges whose
scale is written once after a finer second bound. Our own sentences, in forms read in Met
Office warnings, results, retail, NHS, rail and football copy.

- "An ice warning is in place until 10am on Wednesday (8 March)", "Heat alerts are in force
  through Monday": what holds now, from publication to that day; "Services run until Sunday"
  keeps its day (``extract.dates._until_spans``).
- "from 3am on Thursday (9 March) right through until 6pm on Friday (10 March)", "from 11pm
  tonight into tomorrow": one span (``_join_ranges``).
- "on Saturday 15 and Sunday 16 March": the two days; "Saturday 8 and Saturday 15 March": two
  days, each its own (``_weekday_day_spans``).
- "from Monday to Thursday next week": the days of the week named (``date_forms``).
- "until the end of next week (month, year)" in present copy: publication to that end.
- "with 5,000 seats left", "with highs of 33C expected": a participle closing "with" and a
  figure is no past tense of the sentence (``_present_tense``).
- "minus five degrees" on weather, "minus 10c" overnight: temperatures; "£3-3.1bn": both
  bounds in billions (``extract.numbers``).
"""

from datetime import date

import pytest

from factcheck.extract import find_dates
from factcheck.model import Document
from factcheck.normalize import claims_for, normalize

D = date.fromisoformat


def _claims(text: str, pub: str):
    return claims_for(Document(id="t", text=text, date=D(pub)))


def _spans(text: str, pub: str):
    return [(d.text, str(d.start_date), str(d.end_date)) for d in find_dates(text, D(pub))]


def _period(c):
    return (str(c.period.start), str(c.period.end)) if c.period is not None else None


@pytest.mark.parametrize("text,pub,start,end", [
    ("An ice warning is in place until 10am on Wednesday (8 March), with lows of minus 4C.",
     "2023-03-06", "2023-03-06", "2023-03-08"),
    ("The amber warning remains in force until midnight on Thursday, with 20cm of snow.",
     "2024-11-20", "2024-11-20", "2024-11-21"),
    ("Heat health alerts are in force through Monday, with highs of 33C expected.",
     "2025-06-20", "2025-06-20", "2025-06-23"),
])
def test_a_warning_in_force_until_or_through_a_weekday_holds_from_publication(text, pub,
                                                                              start, end):
    assert _period(_claims(text, pub)[-1]) == (start, end)


@pytest.mark.parametrize("text", [
    "Services run until Sunday.",
    "Heat health alerts were issued on Monday, with highs of 33C.",
])
def test_a_weekday_alone_after_until_or_in_past_copy_keeps_its_day(text):
    ds = find_dates(text, D("2025-06-18"))
    assert all(d.start_date == d.end_date for d in ds)


@pytest.mark.parametrize("text,pub,start,end", [
    ("A snow warning runs from 3am on Thursday (9 March) right through until 6pm on Friday "
     "(10 March), with up to 10cm expected.", "2023-03-07", "2023-03-09", "2023-03-10"),
    ("A snow warning runs from 11pm tonight into tomorrow, with 2cm possible.", "2023-02-06",
     "2023-02-06", "2023-02-07"),
    ("Buses replace trains on Saturday 15 and Sunday 16 March, adding 90 minutes.",
     "2025-03-12", "2025-03-15", "2025-03-16"),
    ("Buses replace trains from Friday 14 to Sunday 16 March, adding 90 minutes.",
     "2025-03-12", "2025-03-14", "2025-03-16"),
    ("The A1 will close from Monday to Thursday next week, diverting 20,000 vehicles.",
     "2024-05-08", "2024-05-13", "2024-05-16"),
    ("The A1 closed from Monday to Thursday last week, diverting 20,000 vehicles.",
     "2024-05-08", "2024-04-29", "2024-05-02"),
])
def test_spans_of_days(text, pub, start, end):
    (_, s, e), = [x for x in _spans(text, pub) if x[1] != x[2] or "week" not in x[0]]
    assert (s, e) == (start, end)
    assert _period(_claims(text, pub)[-1]) == (start, end)


def test_two_weekdays_with_numbers_a_week_apart_are_two_days():
    assert _spans("Strikes hit on Saturday 8 and Saturday 15 March, cancelling 90 trains.",
                  "2025-03-12") == [("Saturday 8", "2025-03-08", "2025-03-08"),
                                    ("Saturday 15 March", "2025-03-15", "2025-03-15")]


def test_a_weekday_and_number_that_disagree_are_not_joined():
    # 15 March 2025 is a Saturday, not a Friday: no span from the 15th is made up
    spans = _spans("Buses replace trains on Friday 15 and Sunday 16 March.", "2025-03-12")
    assert ("Friday 15 and Sunday 16 March", "2025-03-15", "2025-03-16") not in spans


@pytest.mark.parametrize("text,pub,end", [
    ("The offer is open until the end of next week, with 5,000 seats left.", "2024-12-08",
     "2024-12-15"),
    ("The sale runs until the end of next month, with 5,000 seats left.", "2024-12-08",
     "2025-01-31"),
    ("Fuel duty stays at 52.95p a litre until the end of this month.", "2024-12-08",
     "2024-12-31"),
])
def test_until_the_end_of_next_week_or_month_in_present_copy(text, pub, end):
    assert _period(_claims(text, pub)[0]) == (pub, end)


def test_until_the_end_of_next_week_in_past_copy_is_no_span_from_publication():
    c = _claims("The offer was open until the end of next week, with 5,000 seats left.",
                "2024-12-08")[0]
    assert _period(c) != ("2024-12-08", "2024-12-15")


@pytest.mark.parametrize("text,value,unit", [
    ("Overnight the temperature could drop to minus five degrees in rural Aberdeenshire.",
     -5.0, "degree_Celsius"),
    ("In Phoenix the temperature hit a hundred and fifteen degrees.", 115.0,
     "degree_Fahrenheit"),
    ("Forecasters say minus 10c is possible overnight in the Highlands.", -10.0,
     "degree_Celsius"),
])
def test_temperatures_in_words_and_lower_case_c(text, value, unit):
    c, = _claims(text, "2025-01-10")
    assert (c.value, c.unit) == (value, unit)


@pytest.mark.parametrize("text", [
    "The plane turned ninety degrees.",        # no weather: an angle, no temperature
    "Stamps cost 10c more.",                   # no weather: not read as Celsius
])
def test_degrees_and_c_off_the_weather_are_no_temperatures(text):
    assert all(c.unit not in ("degree_Celsius", "degree_Fahrenheit")
               for c in _claims(text, "2025-01-10"))


@pytest.mark.parametrize("text,lo,hi", [
    ("Free cash flow should come in at £3–3.1 billion this year.", 3e9, 3.1e9),
    ("The group expects profit of £3-3.2bn.", 3e9, 3.2e9),
    ("Sales were 800,000 to 1.2 million.", 8e5, 1.2e6),      # the first bound as written
])
def test_a_range_scale_written_once_after_a_finer_second_bound(text, lo, hi):
    c, = [c for c in _claims(text, "2025-07-31") if c.lower is not None and c.upper != c.lower]
    assert (c.lower, c.upper) == (lo, hi)


def _conversion_flags(text: str) -> list[dict]:
    from factcheck.engine import Engine
    from factcheck.rulebook import load_rulebook
    from factcheck.verdicts import judge
    book = load_rulebook()
    doc = Document(id="t", text=text + "\n", date=D("2025-01-10"), title="t")
    cs, mentions = normalize(doc)     # the mentions go to the engine, as in ``check``
    found, _ = judge(doc, cs, [], Engine(book).run(doc, cs, [], mentions=mentions), book)
    return [f.as_dict() for f in found if f.as_dict()["rule"] == "wrong-conversion"]


def test_a_temperature_in_words_is_checked_against_its_conversion():
    got = _conversion_flags("Overnight it fell to minus five degrees Celsius (41F) in Aberdeen.")
    assert len(got) == 1 and "23F" in got[0]["message"]
    assert _conversion_flags("Overnight it fell to minus five degrees Celsius (23F) in "
                             "Aberdeen.") == []


@pytest.mark.parametrize("text,pub,start,end", [
    ("The ice warning stays in force until noon on Friday, when lows of minus 8C could ease.",
     "2024-11-20", "2024-11-20", "2024-11-22"),
    ("The amber alert remains in place until 9am on Wednesday, July 2, with 34C forecast in "
     "London.", "2025-06-30", "2025-06-30", "2025-07-02"),
    ("The danger-to-life warning is now in place from Sunday until the end of Tuesday, with "
     "highs of 32C.", "2022-07-13", "2022-07-17", "2022-07-19"),
])
def test_a_forecast_after_the_day_or_the_end_of_a_weekday(text, pub, start, end):
    assert _period(_claims(text, pub)[-1]) == (start, end)


@pytest.mark.parametrize("text,lo,hi,unit", [
    ("Buyers pay £2-3m for a flat.", 2e6, 3e6, "GBP"),
    ("Buyers can expect to pay €2-2.5m for a flat.", 2e6, 2.5e6, "EUR"),
    ("Buyers pay £2-£2.5m for a flat.", 2e6, 2.5e6, "GBP"),
    ("The wall is 2-3m high.", 2.0, 3.0, "meter"),           # no money: metres
])
def test_a_money_range_with_m_after_the_second_bound(text, lo, hi, unit):
    c, = _claims(text, "2024-06-06")
    assert (c.lower, c.upper, c.unit) == (lo, hi, unit)
