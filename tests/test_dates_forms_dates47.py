"""Issue #12, dates47: the school summer holidays by country, Golden Week as travel counts it,
"m" as metres beside a height and "k" as kilometres of a race (dates-47, numbers-47).

- "over the summer holidays" is the school summer break of the one country the sentence,
  else the document, names (dates.yaml ``summer_holidays``: England and Wales late July to
  early September, Scotland late June to mid-August, Northern Ireland July and August, the
  US June to August, Australia mid-December to late January, New Zealand to early
  February); "the UK" is each of its school systems' breaks, England's first; no country, or
  two with different breaks, is no date and the figure is told why;
- a bare "2.5m" is metres when a thing of heights (flood defences, a river, sea levels, an
  embankment) is raised, rises or stands to it in its clause with no counted noun, or a
  height word follows it ("4.5m above the normal tide"); a range's second bound follows its
  first ("raised from 2.5m to 3.1m");
- a bare "5k" of a race ("the charity 10k run", "ran the 5k") is 5 kilometres, not 5,000;
- Japan's Golden Week as its travel industry counts it (the weekends touching the holidays
  and a Sunday holiday's substitute joined) is a reading beside the fixed days.
"""

import json
from datetime import date
from pathlib import Path

from dates_support import figure_claim, figure_period, found_spans, period_readings, \
    suite_misses
from everyday_support import only_wrong_flagged, rules

ROOT = Path(__file__).resolve().parents[1]
SUITES = ROOT / "benchmarks" / "suites"


def test_the_summer_holidays_of_the_country_the_sentence_names():
    text = "Bookings at caravan parks in England rose 12% over the summer holidays."
    assert figure_period(text, "2025-09-08", "12%") == ("2025-07-21", "2025-09-10")
    text = "Visits to Edinburgh's museums rose 9% during the summer holidays."
    assert figure_period(text, "2024-08-22", "9%") == ("2024-06-21", "2024-08-20")
    text = "Theme parks in the US drew 4% more visitors over the summer holidays."
    assert figure_period(text, "2024-09-03", "4%") == ("2024-06-01", "2024-08-31")
    # (a break that runs into the next year; "the summer school holidays" too)
    text = "Australian families spent 5% more during the summer school holidays."
    assert figure_period(text, "2025-01-28", "5%") == ("2024-12-11", "2025-01-31")
    # (future copy: the coming break)
    text = "Welsh attractions expect 1.4 million visitors over the summer holidays."
    assert figure_period(text, "2025-06-20", "1.4 million") == ("2025-07-21", "2025-09-10")


def test_the_document_names_the_country_when_the_sentence_does_not():
    text = ("Schools across New Zealand reopen next week. Beach car parks took 20% more over "
            "the summer holidays.")
    assert figure_period(text, "2025-01-27", "20%") == ("2024-12-11", "2025-02-10")


def test_the_uk_is_each_of_its_school_systems():
    text = "British families spent 7% more on days out over the summer holidays."
    assert figure_period(text, "2024-09-05", "7%") == ("2024-07-21", "2024-09-10")
    readings = period_readings(text, "2024-09-05", "7%")
    assert ("2024-06-21", "2024-08-20") in readings and ("2024-07-01", "2024-08-31") in readings


def test_no_country_or_two_breaks_is_no_date_with_its_reason():
    for text in ("Train ticket sales rose 6% over the summer holidays.",
                 "Pupils in England and Scotland read 6% more over the summer holidays."):
        c = figure_claim(text, "2024-09-02", "6%")
        assert c.period is None
        assert "school summer holidays" in dict(c.extra).get("no_period_why", "")
    # ("New England" and "New South Wales" name neither England nor Wales)
    c = figure_claim("Hotels in New England filled 6% more rooms over the summer holidays.",
                     "2024-09-02", "6%")
    assert c.period is None


def test_a_restated_figure_of_the_same_break_is_checked():
    text = ("Caravan parks in England took 1.2 million bookings over the summer holidays, the "
            "trade body said. Owners said the {} bookings over the summer holidays were a "
            "record.")
    only_wrong_flagged(text, "1.4 million", "1.2 million", date(2025, 9, 8),
                       frozenset({"conflicting-figures", "restated-figure-mismatch"}))
    # (a month inside the break is another period: no restatement)
    text = ("Caravan parks in England took 1.2 million bookings over the summer holidays. In "
            "August alone they took 0.5 million bookings.")
    assert rules(text, date(2025, 9, 8)) == []


def _units(text):
    from factcheck.model import Document
    from factcheck.normalize import claims_for
    return [(c.value, c.unit) for c in claims_for(Document(id="t", text=text))]


def test_a_thing_of_heights_raised_or_standing_to_a_bare_m_makes_it_metres():
    assert _units("Flood defences in the town were raised to 2.5m.") == [(2.5, "meter")]
    assert _units("The River Severn peaked at 5.2m on Tuesday.") == [(5.2, "meter")]
    assert _units("The embankment stands at 6.1m, the agency said.") == [(6.1, "meter")]
    assert _units("The barrier, which cost £43m, can be raised to 4.5m above the normal "
                  "tide.") == [(43000000.0, "GBP"), (4.5, "meter")]
    assert _units("Flood defences were raised from 2.5m to 3.1m.") == [
        (2.5, "meter"), (3.1, "meter")]


def test_money_and_counts_stay_millions_beside_heights():
    assert _units("The charity raised 1.5m for the flood victims.") == [(1500000.0, "")]
    assert _units("Flood defence funding rose to 2.5m.") == [(2500000.0, "")]
    assert _units("Visitors to the dam rose from 1.1m to 1.2m.") == [
        (1100000.0, ""), (1200000.0, "")]
    assert _units("Coastal defences protect 1.8m homes.") == [(1800000.0, "")]
    assert _units("Sales were 3m above forecast.") == [(3000000.0, "")]
    assert _units("About 2.5m people live within the flood zone.") == [(2500000.0, "")]


def test_a_height_change_is_checked_in_metres():
    text = "Flood defences were raised to 2.5m, up from 1.9m, a rise of {}."
    only_wrong_flagged(text, "80cm", "60cm", date(2025, 3, 1))
    text = "Flood defences in the town were raised from 2.5m to 3.1m, a rise of {}."
    only_wrong_flagged(text, "90cm", "60cm", date(2025, 3, 1))


def test_the_probe_reads_every_date_and_figure():
    cases = [json.loads(x) for x in (SUITES / "dates-47.jsonl").read_text().splitlines()]
    assert suite_misses(cases, set()) == []
    for c in (json.loads(x) for x in (SUITES / "numbers-47.jsonl").read_text().splitlines()):
        got = _units(c["text"])
        for e in c["expect"]:
            assert any(abs(v - e["value"]) < 1e-6 and u == e["unit"] for v, u in got), c["id"]


def test_the_summer_holidays_need_the_words_of_a_break():
    # ("over the summer" stays the season; one person's holiday is no date)
    assert found_spans("Sales rose 4% over the summer.", "2024-09-03") == [
        ("over the summer", "2024-06-01", "2024-08-31")]
    assert found_spans("He booked a summer holiday in England.", "2024-05-01") == []


def test_golden_week_as_travel_counts_it_is_a_reading_computed_from_the_calendar():
    text = "Japan's airlines carried 2.8 million passengers over Golden Week."
    assert figure_period(text, "2024-05-08", "2.8 million") == ("2024-04-29", "2024-05-05")
    # (2024: Showa Day on a Monday, the weekend before joined; Children's Day on a Sunday,
    # its substitute the Monday after)
    assert ("2024-04-27", "2024-05-06") in period_readings(text, "2024-05-08", "2.8 million")
    # (2014: Greenery Day on a Sunday, its substitute Tuesday 6 May)
    assert ("2014-04-29", "2014-05-06") in period_readings(text, "2014-05-08", "2.8 million")
    # (2022: no weekend or substitute joins the holidays, no second reading)
    assert period_readings(text, "2022-05-08", "2.8 million") == [("2022-04-29", "2022-05-05")]
    # (China's week stays its own days)
    text = "Chinese travellers made 765 million trips over the Golden Week holiday."
    assert period_readings(text, "2024-10-08", "765 million") == [("2024-10-01", "2024-10-07")]


def test_a_restated_golden_week_or_uk_summer_figure_is_checked():
    text = ("Japan's airlines carried 2.8 million passengers over Golden Week, the carriers "
            "said. They said the {} passengers over Golden Week were a record.")
    only_wrong_flagged(text, "3.1 million", "2.8 million", date(2024, 5, 8),
                       frozenset({"conflicting-figures", "restated-figure-mismatch"}))
    text = ("Caravan parks in Britain took 1.2 million bookings over the summer holidays, the "
            "trade body said. Owners said the {} bookings over the summer holidays were a "
            "record.")
    only_wrong_flagged(text, "1.4 million", "1.2 million", date(2025, 9, 8),
                       frozenset({"conflicting-figures", "restated-figure-mismatch"}))


def test_a_k_race_is_kilometres_and_a_k_count_thousands():
    assert _units("She ran the 5k in 17 minutes.") == [(5.0, "kilometer"), (17.0, "minute")]
    assert _units("The charity 10k fun run drew 400 people.") == [
        (10.0, "kilometer"), (400.0, "")]
    assert _units("Some 5k runners took part.") == [(5000.0, "")]
    assert _units("Some 50k people lined the route of the marathon.") == [(50000.0, "")]
    assert _units("The club's 10k race raised £12k.") == [(10.0, "kilometer"), (12000.0, "GBP")]


def test_a_k_race_converted_in_brackets_is_checked():
    only_wrong_flagged("She ran the 10k ({}) in 41 minutes.", "8.2 miles", "6.2 miles",
                       date(2025, 3, 1), frozenset({"wrong-conversion"}))
