"""Issue #12, dates43: the dates42 leftovers and a blind probe.

- a fraction in words before a comparison is a figure and a relative change ("a fifth below
  the 906,000", "a third higher than in 2019"), never an amount in a referent's unit, and a
  bare count of points is no level a distance is measured from (the everyday false alarm
  that withdrew it in dates42);
- feast weeks: "Easter week" (the week after Easter, Holy Week, or the calendar week),
  "Holy Week", "Dhanteras week", "Chuseok week", "Hanukkah week"; "during Hanukkah";
- a split year before "year to date" with no cue: each first month's year to date;
- probe forms: "India's GDP ... in FY25" (a country's own year), "1H25" beside rand, "the
  financial year about to end";
- the US Supreme Court's term ("OT2023", "October Term 2024", "this term", "the term that ends
  in June"), a university's Lent term or semester (no date, with the reason), a change "on the
  previous spring" (the base's season, not the figure's).
"""

import json
from datetime import date
from pathlib import Path

from dates_support import figure_claim, figure_period, period_readings, suite_misses
from everyday_support import rules

SUITES = Path(__file__).resolve().parents[1] / "benchmarks" / "suites"


def _change(text: str, pub: str, figure: str) -> dict:
    return figure_claim(text, pub, figure).extra_dict().get("change") or {}


def test_a_fraction_before_a_comparison_is_a_figure():
    from factcheck.extract import find_quantities
    got = [(q.text, q.value) for q in find_quantities(
        "Net migration fell to 728,000, a fifth below the 906,000 of a year earlier.")]
    assert ("a fifth", 0.2) in got
    assert not any(q.text == "a fifth" for q in find_quantities(
        "She finished a fifth straight race."))


def test_a_fraction_is_a_relative_change_and_is_checked():
    ch = _change("Ticket sales were a third higher than in 2019, at 2.4 million.",
                 "2024-10-07", "a third")
    assert ch["kind"] == "percent" and abs(ch["amount"] - 100 / 3) < 1e-9
    text = "Net migration fell to 728,000, {} below the 906,000 of a year earlier."
    assert "wrong-arithmetic" in rules(text.format("a third"), date(2024, 5, 1))
    assert "wrong-arithmetic" not in rules(text.format("a fifth"), date(2024, 5, 1))


def test_a_fraction_is_no_distance_from_a_count_of_points():
    # (everyday80's footfall draft: the 1.7 and 1.6 are moves in points, no levels)
    text = ("High streets were 11.9% down on 2019, 1.7 points better than in August, when "
            "they were 13.6% down. Retail parks were 2.5% down, 1.6 points better than "
            "August's 4.1%. Shopping centres, still more than a fifth below their "
            "pre-pandemic level, were 22.7% down, the same as a month earlier.")
    ch = _change(text, "2022-10-07", "more than a fifth")
    assert ch.get("from") is None and ch.get("kind") == "percent"
    assert "wrong-arithmetic" not in rules(text, date(2022, 10, 7))


def test_easter_week_keeps_the_week_after_holy_week_and_the_calendar_week():
    text = "Supermarkets sold 1.2 million eggs in Easter week."
    got = period_readings(text, "2024-04-10", "1.2 million")
    assert got == [("2024-04-01", "2024-04-07"), ("2024-03-24", "2024-03-30"),
                   ("2024-03-25", "2024-03-31")]
    assert figure_period("Florists sold 40,000 palms in Holy Week.", "2024-04-10",
                         "40,000") == ("2024-03-24", "2024-03-30")


def test_dhanteras_chuseok_and_hanukkah_weeks():
    assert period_readings("Gold sales rose 30% in Dhanteras week.", "2023-11-20", "30%") == [
        ("2023-11-10", "2023-11-14"), ("2023-11-06", "2023-11-12")]
    assert period_readings("Shoppers spent 2.1 trillion won in Chuseok week.", "2024-09-25",
                           "2.1 trillion won")[0] == ("2024-09-16", "2024-09-18")
    got = period_readings("Candle sales rose 18% in Hanukkah week.", "2024-12-30", "18%")
    assert got[0] == ("2024-12-26", "2025-01-02")
    assert figure_period("Candle sales rose 18% during Hanukkah.", "2024-12-30",
                         "18%") == ("2024-12-26", "2025-01-02")


def test_a_split_year_to_date_with_no_cue_keeps_each_first_month():
    text = "Attendance was 91.2% in the 2024/25 year to date."
    got = period_readings(text, "2025-03-20", "91.2%")
    assert ("2024-04-01", "2025-03-20") in got and ("2024-09-01", "2025-03-20") in got
    assert figure_period(text, "2025-03-20", "91.2%") == ("2024-04-01", "2025-03-20")
    # (without "the"; in August an April year has ended: only September's and October's)
    later = period_readings("Sales reached 1.2 million in 2024/25 year to date.",
                            "2025-08-20", "1.2 million")
    assert later == [("2024-09-01", "2025-08-20"), ("2024-10-01", "2025-08-20")]
    # (money says whose: the UK's April year, no other reading)
    assert period_readings("Sales reached £1.2bn in the 2024/25 year to date.",
                           "2025-03-20", "£1.2bn") == []


def test_a_countrys_own_fiscal_label_and_half():
    assert figure_period("SBI economists expect India's GDP to grow close to 7 per cent "
                         "in FY25.", "2024-11-13", "7 per cent") == ("2024-04-01", "2025-03-31")
    # (a country named without owning the figure stays the company's or the default year)
    assert figure_period("Apple's fiscal 2025 sales in India reached $9bn.", "2025-11-01",
                         "$9bn") != ("2024-04-01", "2025-03-31")
    assert figure_period("TFG's gross debt fell to R10.1bn in 1H25.", "2024-11-14",
                         "R10.1bn") == ("2024-04-01", "2024-09-30")
    assert figure_period("Revenue rose to $4.1bn in 1H25.", "2025-08-14",
                         "$4.1bn") == ("2025-01-01", "2025-06-30")


def test_the_financial_year_about_to_end_is_the_current_one():
    text = "Australia's budget showed a $9.3 billion surplus for the financial year about to end."
    assert figure_period(text, "2024-05-15", "$9.3 billion") == ("2023-07-01", "2024-06-30")


def test_the_probe_suite_reads_all_but_its_open_cases():
    cases = [json.loads(x) for x in (SUITES / "dates-43.jsonl").read_text().splitlines() if x]
    # (open: d43a3, "Q2FY24" with no country's money or name in its sentence)
    assert suite_misses(cases, {"d43a3"}) == []


def test_the_us_supreme_courts_term_keeps_both_ends():
    got = period_readings("The Supreme Court decided 56 cases in OT2023.", "2024-07-10", "56")
    assert got == [("2023-10-02", "2024-10-06"), ("2023-10-02", "2024-06-30")]
    assert figure_period("The Supreme Court agreed to hear 59 cases in October Term 2024.",
                         "2025-01-10", "59") == ("2024-10-07", "2025-10-05")
    # ("ends in June" puts the sittings first; "this term" is the one begun by publication)
    assert figure_period("The justices heard 61 arguments in the term that ends in June, the "
                         "Supreme Court said.", "2025-03-02", "61") == ("2024-10-07", "2025-06-30")
    assert figure_period("The Supreme Court issued 56 signed opinions this term.", "2024-07-02",
                         "56") == ("2023-10-02", "2024-10-06")
    # (no US court's words, or British ones: not the October term)
    assert figure_period("The UK Supreme Court heard 50 appeals this term.", "2025-03-01",
                         "50") is None
    # (a club's term stays its season)
    assert figure_period("The team scored 3 goals this term.", "2025-03-01",
                         "3") == ("2024-07-01", "2025-06-30")


def test_a_universitys_lent_term_or_semester_is_no_date_with_its_reason():
    for text in ("Cambridge admitted 3,400 students in the Lent term.",
                 "The university enrolled 3,400 students in the spring semester."):
        claim = figure_claim(text, "2025-03-01", "3,400")
        assert figure_period(text, "2025-03-01", "3,400") is None
        assert "university" in claim.extra_dict()["no_period_why"]


def test_a_change_on_the_previous_season_is_of_the_later_one():
    text = "Applications for the spring term rose by 2,300 on the previous spring."
    assert figure_period(text, "2024-04-15", "2,300") == ("2024-01-01", "2024-03-31")


def test_a_twentieth_is_a_fraction_and_a_twentieth_straight_win_an_ordinal():
    from factcheck.extract import find_quantities
    got = [(q.text, q.value) for q in find_quantities(
        "The deficit fell to R10.1bn, a twentieth lower than a year earlier.")]
    assert ("a twentieth", 0.05) in got
    assert not any(q.text == "a twentieth" for q in find_quantities(
        "The club marked a twentieth straight win."))


def test_a_fraction_of_a_point_stays_an_amount_in_points():
    # (everyday lead36a's clean draft: "three tenths of a point" is 0.3 points, no 30% fall)
    text = ("The unemployment rate fell to 7% in November from 7.3%. The drop of three tenths "
            "of a point was larger than the fall to 7.2% economists had expected.")
    assert _change(text, "2013-12-06", "three tenths").get("kind") == "absolute"
    assert "wrong-arithmetic" not in rules(text, date(2013, 12, 6))
