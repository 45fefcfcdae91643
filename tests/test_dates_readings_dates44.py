"""Issue #12, dates44: the dates43 leftovers and a blind probe.

- a compact fiscal label ("Q2FY24", "1H25", "H1 FY25") whose sentence names no owner keeps
  every year's reading (US October, April, July, calendar), unless the document names one
  country's money or name, or a company year, elsewhere;
- a bare figure set "against" a unit'd one ("3 1/2 working days against 5 1/2 a year
  earlier") takes its unit;
- probe forms: "this year's Ramadan", "last year's Ramadan" (a relative year in the
  possessive names whose feast it is), China's Golden Week in a year its notice moved (2023:
  29 September to 6 October), "the National Day holiday" beside China's words.
"""

import json
from pathlib import Path

from dates_support import figure_period, found_spans, period_readings, suite_misses

SUITES = Path(__file__).resolve().parents[1] / "benchmarks" / "suites"


def test_a_bare_quarter_label_keeps_every_years_reading():
    text = "Titan's EBIT margin had been 13.6% in Q2FY24."
    assert figure_period(text, "2024-11-05", "13.6%") == ("2024-01-01", "2024-03-31")
    assert period_readings(text, "2024-11-05", "13.6%") == [
        ("2024-01-01", "2024-03-31"), ("2023-07-01", "2023-09-30"),
        ("2023-10-01", "2023-12-31"), ("2024-04-01", "2024-06-30")]


def test_the_document_names_the_labels_country_elsewhere():
    text = ("Titan reports its results in rupees. Its EBIT margin had been 13.6% in Q2FY24.")
    assert figure_period(text, "2024-11-05", "13.6%") == ("2023-07-01", "2023-09-30")
    assert period_readings(text, "2024-11-05", "13.6%") == []
    text = ("The retailer's financial year ends in June. Its margin was 9.8% in 1H25.")
    assert figure_period(text, "2025-03-01", "9.8%") == ("2024-07-01", "2024-12-31")


def test_the_sentences_own_money_still_decides():
    text = "Revenue rose 9% to ₹705 crore in Q2FY24."
    assert figure_period(text, "2024-11-05", "₹705 crore") == ("2023-07-01", "2023-09-30")
    assert period_readings(text, "2024-11-05", "₹705 crore") == []


def test_a_bare_results_half_reads_no_half_not_begun_in_a_report():
    text = "TFG's operating margin dropped to 9.8% in 1H25."
    # (the calendar half, January to June 2025, had not begun on 14 November 2024)
    assert figure_period(text, "2024-11-14", "9.8%") == ("2024-04-01", "2024-09-30")
    got = period_readings(text, "2024-11-14", "9.8%")
    assert ("2025-01-01", "2025-06-30") not in got and len(got) == 3
    # (in August 2025 the calendar half has ended: all four kept, the US year's read first)
    got = period_readings(text, "2025-08-20", "9.8%")
    assert ("2025-01-01", "2025-06-30") in got and len(got) == 4


def test_a_figure_against_a_unitd_one_takes_its_unit():
    from factcheck.model import Document
    from factcheck.normalize import claims_for
    text = ("Average daily exports jumped 33.2 percent, with 3 1/2 working days against "
            "5 1/2 a year earlier.")
    got = {(c.value, c.unit) for c in claims_for(Document(id="t", text=text))}
    assert (5.5, "day") in got
    text = "The side scored 3 goals against 5 conceded."
    assert (5.0, "day") not in {(c.value, c.unit) for c in claims_for(Document(id="t", text=text))}


def test_a_relative_year_in_the_possessive_names_the_feasts_year():
    text = "Card spending rose 14 per cent during last year's Ramadan."
    assert figure_period(text, "2015-08-05", "14 per cent") == ("2014-06-28", "2014-07-27")
    text = "Card spending rose 14 per cent during this year's Ramadan."
    assert figure_period(text, "2015-08-05", "14 per cent") == ("2015-06-18", "2015-07-16")
    # (a year's own figure stays the year's)
    assert figure_period("Last year's figure was 14 per cent.", "2015-08-05",
                         "14 per cent") == ("2014-01-01", "2014-12-31")


def test_chinas_golden_week_in_a_year_the_notice_moved_and_its_national_day_holiday():
    assert ("Golden Week", "2023-09-29", "2023-10-06") in found_spans(
        "Tourism revenue reached 753.4 billion yuan over Golden Week.", "2023-10-09")
    assert ("Golden Week", "2024-10-01", "2024-10-07") in found_spans(
        "Tourists spent 700.82 billion yuan over Golden Week.", "2024-10-08")
    assert ("National Day holiday", "2024-10-01", "2024-10-07") in found_spans(
        "Beijing welcomed 21.6 million visitors during the National Day holiday.",
        "2024-10-08")
    # (no country named: many countries keep a National Day)
    # (dates45: the words are kept as a mention with no days, the reason beside them)
    assert not any(w == "National Day holiday" and a != "None" for w, a, _ in found_spans(
        "The National Day holiday drew 20,000 people.", "2024-10-08"))


def test_the_dates44_probes_read_all_but_their_open_cases():
    cases = [json.loads(x) for name in ("dates-44.jsonl", "dates-44b.jsonl")
             for x in (SUITES / name).read_text().splitlines()]
    # (open: d44a22, "over the holiday", whose sentence's days the claim takes)
    assert suite_misses(cases, {"d44a22"}) == []
