"""Issue #12, dates46: holiday periods and ranges of millions (dates-46, numbers-46).

- China's Spring Festival and National Day holidays by year come from the chinesecalendar
  package's tables of the State Council's notices (2004-2026), not from memory;
- a length written before a holiday many countries keep ("the eight-day Lunar New Year
  holiday") ties it to the one country whose table ran to that length, in copy naming none;
- "the four-day Easter weekend" (Good Friday to Easter Monday) and "the five-day Easter long
  weekend" (from Maundy Thursday);
- a year a holiday's table lacks between the one picked and publication is no date;
- numbers: "from 25.6m to 50.8m entries" is a change of millions (the noun after the second
  bound says what both count), and a multiple verb followed by "from" states no multiple of
  the figure before it (no false alarm "double 25.6m is not 11").
"""

import json
from datetime import date
from pathlib import Path

from dates_support import figure_claim, figure_period, found_spans, suite_misses
from everyday_support import only_wrong_flagged, rules

ROOT = Path(__file__).resolve().parents[1]
SUITES = ROOT / "benchmarks" / "suites"


def test_spring_festival_and_national_day_tables_follow_the_notices():
    # 2014's Spring Festival (31 January to 6 February) was missing from the old table and
    # read as 2015's; 2017's National Day holiday ran to 8 October (Mid-Autumn joined it)
    text = "Beijing's retailers took 4.2 billion yuan over the Spring Festival holiday."
    assert figure_period(text, "2014-02-08", "4.2 billion") == ("2014-01-31", "2014-02-06")
    text = "China's railways carried 101 million passengers during the National Day holiday."
    assert figure_period(text, "2017-10-09", "101 million") == ("2017-10-01", "2017-10-08")
    assert figure_period(text, "2018-10-09", "101 million") == ("2018-10-01", "2018-10-07")


def test_a_year_the_table_lacks_is_no_date():
    assert found_spans("Trips rose 4% over the Spring Festival holiday.", "2003-02-10") == []
    # (future copy in December 2026: the 2027 holiday is not in the table)
    assert found_spans("Trips will rise over the Spring Festival holiday.", "2026-12-20") == []


def test_a_stated_length_names_the_country_whose_holiday_ran_to_it():
    text = ("Tourists made 501 million domestic trips over the eight-day Lunar New Year "
            "holiday, 5.9% more than a year earlier.")
    assert figure_period(text, "2025-02-06", "501 million") == ("2025-01-28", "2025-02-04")
    text = "Domestic trips over the nine-day Lunar New Year holiday reached 596 million."
    assert figure_period(text, "2026-02-24", "596 million") == ("2026-02-15", "2026-02-23")
    # (the year whose holiday ran to the length: 2025's eight days, written in 2026)
    text = "Trips over the eight-day Lunar New Year holiday last year reached 501 million."
    assert ("Lunar New Year holiday", "2025-01-28", "2025-02-04") in found_spans(
        text, "2026-02-25")


def test_a_length_no_country_ran_to_leaves_the_holiday_undated_with_its_reason():
    for text in ("Tourists made 501 million trips over the seven-day Lunar New Year holiday.",
                 "Tourists made 501 million trips over the Lunar New Year holiday."):
        c = figure_claim(text, "2026-02-25", "501 million")
        assert c.period is None
        assert "Lunar New Year" in dict(c.extra).get("no_period_why", "")


def test_easter_weekends_with_a_length():
    text = "Police attended 519 crashes over the four-day Easter weekend."
    assert figure_period(text, "2012-04-10", "519") == ("2012-04-06", "2012-04-09")
    text = "A total of 22 people died on Australian roads over the five-day Easter long weekend."
    assert figure_period(text, "2015-04-07", "22") == ("2015-04-02", "2015-04-06")
    text = "The road toll over the Easter long weekend was 2 deaths."
    assert figure_period(text, "2017-04-18", "2") == ("2017-04-14", "2017-04-17")
    # (a length the weekend cannot run to is no date: no Easter weekend of two days)
    assert not [s for s in found_spans("Police attended 519 crashes over the two-day Easter "
                                       "weekend.", "2012-04-10") if "Easter" in s[0]]
    assert not [s for s in found_spans("Police attended 519 crashes over the three-day Easter "
                                       "weekend.", "2012-04-10") if s[1] != "None"]


def test_a_range_joined_by_to_counts_what_its_second_bound_counts():
    from factcheck.model import Document
    from factcheck.normalize import claims_for

    def got(text):
        return [(c.text, c.value, c.unit) for c in claims_for(Document(id="t", text=text))]
    assert got("Use rose from 25.6m to 50.8m entries and exits.") == [
        ("25.6m", 25600000.0, ""), ("50.8m", 50800000.0, "")]
    assert got("Bookings went from 2.5m to 2.6m passengers.")[0] == ("2.5m", 2500000.0, "")
    # (a length stays a length: the noun after the second bound is not counted)
    assert [u for _, _, u in got("The barrier rose from 2.5m to 3m high.")] == \
        ["meter", "meter"]


def test_a_doubling_from_and_to_is_checked_against_its_own_figures():
    text = ("Use of the 11 railway stations serving airports almost doubled between 2006/7 "
            "and 2017/8, from {} to 50.8m entries and exits, the rail regulator said.")
    only_wrong_flagged(text, "15.6m", "25.6m", date(2020, 5, 25))
    assert rules(text.format("25.6m"), date(2020, 5, 25)) == []


def test_the_probe_reads_every_date():
    cases = [json.loads(x) for x in (SUITES / "dates-46.jsonl").read_text().splitlines()]
    assert suite_misses(cases, set()) == []
    cases = [json.loads(x) for x in (SUITES / "dates-45.jsonl").read_text().splitlines()]
    assert suite_misses(cases, set()) == []   # d45a3, open in dates45, is read now


def test_the_christmas_holiday_and_over_the_holiday_after_christmas():
    text = "Rail passengers made 2 million journeys over the Christmas holiday period."
    assert figure_period(text, "2025-01-03", "2 million") == ("2024-12-24", "2025-01-01")
    text = ("Shoppers returned to the high street after Christmas. Footfall rose 3% over the "
            "holiday.")
    assert figure_period(text, "2024-12-30", "3%") == ("2024-12-24", "2025-01-01")
    # (a season of trade named after it is no holiday's days)
    assert found_spans("Retailers hope for a good Christmas holiday shopping season.",
                       "2024-11-20") == []
    assert found_spans("The festive break sales drew crowds.", "2024-12-30") == []


def test_the_summer_holidays_are_no_date_and_the_figure_is_told_why():
    c = figure_claim("Visits to the museum rose 12% over the summer holidays.", "2024-09-03",
                     "12%")
    assert c.period is None
    assert "school summer holidays" in dict(c.extra).get("no_period_why", "")
    # ("over the summer" alone stays the season; one person's holiday is no date)
    assert found_spans("Sales rose 4% over the summer.", "2024-09-03") == [
        ("over the summer", "2024-06-01", "2024-08-31")]
    assert found_spans("He booked a summer holiday in Spain.", "2024-05-01") == []


def test_a_counted_subject_after_words_of_its_own_makes_its_figures_millions():
    from factcheck.model import Document
    from factcheck.normalize import claims_for

    def units(text):
        return [(c.value, c.unit) for c in claims_for(Document(id="t", text=text))]
    assert units("Lunar New Year trips rose from 501m to 596m in a year.") == [
        (501000000.0, ""), (596000000.0, "")]
    assert units("Overnight visitors rose from 1.2m to 1.4m, and same-day visitors reached "
                 "1.3m.") == [(1200000.0, ""), (1400000.0, ""), (1300000.0, "")]
    # (a subject the counted nouns do not hold stays a length)
    assert units("Heavy rains pushed rivers to 4.2m.") == [(4.2, "meter")]
    assert units("Young athletes jumped 2.1m.") == [(2.1, "meter")]
    assert units("Sea walls rose from 2.5m to 3m.") == [(2.5, "meter"), (3.0, "meter")]
