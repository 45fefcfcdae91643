"""Issue #12, dates45: the dates44 leftovers and a blind probe (dates-45, numbers-45).

- "over the holiday" is the holiday named before it in the document, read as its days are
  when named ("a warm Easter ... over the holiday": the Easter weekend), or, with none named,
  the one listed long-weekend holiday whose days ended in the week before publication;
- "the National Day holiday" (and "the Lunar New Year holiday") with no country in its
  sentence: the country the document names decides; none, no date and the figure told why;
- China's Spring Festival holiday by year; a stated length stretches a holiday weekend ("the
  five-day Thanksgiving weekend" runs to the Monday);
- a compact fiscal label with no owner ("Q2FY24") is held to another figure's period only
  under every reading (no conflicting-figures flag from its first reading alone), and the
  coverage account names the readings;
- numbers: "1.2m-1.4m visitors" is a range of millions (not metres to the power -1), "c.300
  people" is circa 300.
"""

import json
import os
from datetime import date
from pathlib import Path

from dates_support import figure_period, found_spans, suite_misses

ROOT = Path(__file__).resolve().parents[1]
SUITES = ROOT / "benchmarks" / "suites"


def test_over_the_holiday_is_the_holiday_named_before_it():
    text = ("Retailers had pinned their hopes on a warm Easter. Footfall rose 4.1% over the "
            "holiday, the data firm said.")
    assert ("over the holiday", "2025-04-18", "2025-04-21") in found_spans(text, "2025-04-23")
    text = ("Box-office takings reached 9.51 billion yuan over the Spring Festival holiday. "
            "Cinema visits numbered 187 million over the holiday, a record.")
    assert figure_period(text, "2025-02-12", "187 million") == ("2025-01-28", "2025-02-04")


def test_over_the_holiday_with_no_name_is_the_holiday_just_ended_or_none():
    text = "About 18 million people passed through checkpoints over the holiday."
    assert ("over the holiday", "2024-11-28", "2024-12-01") in found_spans(text, "2024-12-03")
    # (in mid-October no listed holiday ended in the week before: no date)
    assert not [s for s in found_spans(text, "2024-10-20") if s[0] == "over the holiday"]
    # (a season of copy's own, and a holiday's goods, are no holiday referred back to)
    assert found_spans("Gift spending rose 4% over the holiday season.", "2024-12-03") == []
    assert not [s for s in found_spans("Easter was warm. Sales rose 3% over the holiday "
                                       "sales.", "2025-04-23") if "holiday" in s[0]]


def test_the_national_day_holiday_takes_the_documents_country():
    text = ("China's domestic travel picked up in October. Tourists made 765 million trips "
            "during the National Day holiday, up 5.9%.")
    assert figure_period(text, "2024-10-08", "765 million") == ("2024-10-01", "2024-10-07")
    text = ("Singapore's malls reported a busy August. Footfall rose 6% over the National Day "
            "holiday, the retailers' association said.")
    assert figure_period(text, "2024-08-13", "6%") == ("2024-08-09", "2024-08-09")


def test_a_holiday_many_countries_keep_with_none_named_is_no_date_with_its_reason():
    from dates_support import figure_claim
    text = "Footfall rose 6% over the National Day holiday, the retailers' association said."
    c = figure_claim(text, "2024-08-13", "6%")
    assert c.period is None
    why = dict(c.extra).get("no_period_why", "")
    assert "National Day" in why and "does not name" in why
    c = figure_claim("Tourists made 501 million trips over the Lunar New Year holiday.",
                     "2025-02-05", "501 million")
    assert c.period is None
    assert "Lunar New Year" in dict(c.extra).get("no_period_why", "")


def test_chinas_spring_festival_holiday_by_year():
    assert ("Spring Festival holiday", "2024-02-10", "2024-02-17") in found_spans(
        "Trips rose 34% over the Spring Festival holiday.", "2024-02-19")
    assert ("Lunar New Year holiday", "2026-02-15", "2026-02-23") in found_spans(
        "Chinese travellers made 2.1 million trips over the Lunar New Year holiday.",
        "2026-02-25")
    # (a year its table lacks is no date)
    # (dates46: the table runs from 2004, the chinesecalendar package's first year)
    assert not [s for s in found_spans("Trips rose 4% over the Spring Festival holiday.",
                                       "2003-02-10") if s[1] != "None"]


def test_a_stated_length_stretches_a_holiday_weekend():
    text = "A record 189.6 million Americans shopped over the five-day Thanksgiving weekend."
    assert figure_period(text, "2019-12-03", "189.6 million") == ("2019-11-28", "2019-12-02")
    # (a length shorter than the weekend's days leaves it)
    text = "Some 40 million people travelled over the three-day Thanksgiving weekend."
    assert figure_period(text, "2019-12-03", "40 million") == ("2019-11-28", "2019-12-01")


def _check(tmp_path: Path, name: str, body: str) -> str:
    """``factcheck check --unverified all`` of one draft, run from the checkout as before but
    in this process (CliRunner; warm_support: each run forks its worker from what this process
    loaded once): three CLI processes cost 5.7 CPU seconds, three runs in-process about 1.5."""
    from click.testing import CliRunner

    from factcheck.cli import main
    from warm_support import warm_parent

    warm_parent()
    f = tmp_path / name
    f.write_text(f"---\ntitle: t\ndate: 2024-11-05\n---\n{body}\n", encoding="utf-8")
    old = os.getcwd()
    os.chdir(ROOT)
    try:
        got = CliRunner().invoke(main, ["check", "--unverified", "all", str(f)])
    finally:
        os.chdir(old)
    assert got.exit_code in (0, 1), got.output
    return got.stdout


def test_a_fiscal_label_with_no_owner_is_one_period_only_under_every_reading(tmp_path):
    # under the US federal year Q2FY24 is January-March 2024, under India's July-September
    # 2023: the two margins are of one period under one reading only, so neither is wrong
    out = _check(tmp_path, "a.md", "Titan's EBIT margin had been 13.6% in Q2FY24, the "
                 "company said.\n\nIts EBIT margin was 11.2% in the January-March 2024 quarter.")
    assert "conflicting-figures" not in out
    assert "read every way its label may count" in out and "a year from April" in out
    # (India's quarter given another margin: one period under India's reading only, no flag;
    # the document's rupees make it India's year, and then the two margins conflict)
    body = ("Titan's EBIT margin had been 13.6% in Q2FY24, the company said.\n\nIts EBIT "
            "margin was 11.2% in the July-September 2023 quarter.")
    assert "conflicting-figures" not in _check(tmp_path, "b.md", body)
    out = _check(tmp_path, "c.md", body + "\n\nTitan reports its results in rupees.")
    assert "conflicting-figures" in out


def test_a_range_of_millions_and_circa_with_its_dot():
    from factcheck.model import Document
    from factcheck.normalize import claims_for

    def got(text):
        return [(c.text, c.value, c.unit) for c in claims_for(Document(id="t", text=text))]
    assert got("Organisers expect 1.2m-1.4m visitors.") == [("1.2m-1.4m", 1300000.0, "")]
    assert got("The wall is 1.2m-1.4m high.")[0][2] == "meter"
    # (dates46: "from 25.6m to 50.8m entries" is millions too: test_dates_forms_dates46)
    assert got("Radiance was 5 m-1 in the test.")[0][2] == "meter ** -1"
    assert got("The Sheffield plant employs c.300 people.") == [("c.300", 300.0, "")]
    assert got("See c.4 of the Act.") == [] and got("The c3 variant spread.") == []


def test_the_probe_reads_every_date_but_its_open_case():
    cases = [json.loads(x) for x in (SUITES / "dates-45.jsonl").read_text().splitlines()]
    # (open: d45a3, "the eight-day Lunar New Year holiday" in copy naming no country)
    assert suite_misses(cases, {"d45a3"}) == []


def test_a_week_of_national_holidays_named_before_is_the_holiday():
    text = ("Japan's Golden Week drew crowds to Kyoto. Bullet-train ridership rose 10% during "
            "the holiday.")
    assert figure_period(text, "2024-05-08", "10%") == ("2024-04-29", "2024-05-05")


def test_the_second_probe_reads_every_date():
    cases = [json.loads(x) for x in (SUITES / "dates-45b.jsonl").read_text().splitlines()]
    assert suite_misses(cases, set()) == []
