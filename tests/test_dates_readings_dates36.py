"""Issue 12, dates36 round: dates and numbers as racing, ratings, results, poll, school-holiday,
festival and timetable copy writes them. Our own sentences, in forms read in that copy.

- Racing prices with no betting word: "won at 14/1", "Rocky Creek at 9/1", "the 66/1 Magic of
  Light", "won at 9-1", in a sentence with a race word (never "24/7", nor a score "at 2-1").
- A broadcast's audience: "drew 5.08m (23.5%)", "The ratings were 9.91m": millions of viewers,
  and a later bare "5.54m" of the sentence with them.
- "US10.0 cents", "A15 cents", "NZ5.5 cents": a dollar's country glued before its cents.
- "with Reform on 27 per cent and the Tories on 17": a poll's list carries the percent sign.
- "now seen up 5% to 7%", "expected ..., down 30.5% to 36%": a forecast's range of changes;
  "the jobless rate is forecast down 0.3% to 4.1%" stays a change and a level.
- "over half-term", "the October half term", "the May half-term", "the February half-term":
  England's half-term week (extract.holiday_seasons, dates.yaml ``half_terms``); "the Easter
  holidays": Holy Week and Easter week; "during Diwali", "over Diwali": its five days ("on
  Diwali" stays the day); the occurrence by tense: future the next, past the latest begun, no
  cue the nearer to publication.
- "from Good Friday (7 April) to Easter Monday (10 April)": a named day and its bracketed date
  are one; "the Easter bank holiday period (Friday 18- Monday 21 April)": a named season and
  its bracketed days; "Friday 18 - Monday 21 April": a hyphen joins weekday-day spans.
- A holiday with no year in a sentence with no tense cue ("Rail passengers face 420 projects
  over the Easter weekend", in March) is the nearer occurrence to publication; irregular
  pasts ("flew", "spent", "bought"...) are past cues.
"""

import json
from datetime import date
from pathlib import Path

import pytest

from factcheck.model import Document
from factcheck.normalize import claims_for

from dates_support import figure_period, found_spans, suite_misses

D = date.fromisoformat
SUITES = Path(__file__).resolve().parents[1] / "benchmarks" / "suites"


def _claims(text: str, pub: str = "2024-01-01") -> list[tuple[float, str]]:
    return [(c.value, c.unit) for c in claims_for(Document(id="t", text=text, date=D(pub)))]


def _bounds(text: str) -> list[tuple[float | None, float | None, str]]:
    return [(c.lower, c.upper, c.unit) for c in claims_for(Document(id="t", text=text,
                                                                   date=D("2024-06-14")))]


@pytest.mark.parametrize("text,expected", [
    ("Nick Rockett won the National at 33/1 for Willie Mullins.", [(33.0, "")]),
    ("Tiger Roll went off at 4/1 and beat the 66/1 Magic of Light.", [(4.0, ""), (66.0, "")]),
    ("The 15/2 favourite was well beaten, with Rocky Creek at 9/1 second.",
     [(7.5, ""), (9.0, "")]),
    ("Red Rum won at 9-1 under Tommy Stack.", [(9.0, "")]),
    # a slash price before "win": no score is written so
    ("Red Rum followed his 11/1 win with another at Aintree.", [(11.0, "")]),
])
def test_racing_prices_with_no_betting_word(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize("text", [
    "The shop they won is open 24/7 at the station.",     # no price
    "United won with the score at 2-1.",                   # a score
    "City sealed a 2-1 win at home.",                      # a score with a hyphen
    "Tickets went on sale at 9/1 in the box office.",      # no race word: no price read
])
def test_no_price_without_a_race_and_a_price_form(text):
    assert not any(v in (24 / 7, 2.0, 9.0) for v, _ in _claims(text))


@pytest.mark.parametrize("text,expected", [
    ("The talent show drew 5.08m (23.5%), and the quiz 5.54m (24.5%).",
     [(5080000.0, ""), (23.5, "percent"), (5540000.0, ""), (24.5, "percent")]),
    ("The ratings were 9.91m (46.1%) overnight and 10.82m in the week's chart.",
     [(9910000.0, ""), (46.1, "percent"), (10820000.0, "")]),
    ("The drama launched with 1.7m, beaten by the soap.", [(1700000.0, "")]),
])
def test_an_audience_in_millions(text, expected):
    assert _claims(text) == expected


def test_a_length_stays_metres():
    assert _claims("The wall was built 5.08m high.") == [(5.08, "meter")]


@pytest.mark.parametrize("text,expected", [
    ("A first-half dividend of US10.0 cents per security will be paid.", [(10.0, "US_cent")]),
    ("The bank pays A15 cents a share, and NZ5.5 cents to holders in Auckland.",
     [(15.0, "AU_cent"), (5.5, "NZ_cent")]),
])
def test_cents_with_their_dollar_glued_before(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Labour's lead was 8 points, with Reform on 27 per cent and the Tories on 17.",
     [(8.0, ""), (27.0, "percent"), (17.0, "percent")]),
    ("Labour is on 40%, the Greens on 9 and the Lib Dems on 11, the poll found.",
     [(40.0, "percent"), (9.0, "percent"), (11.0, "percent")]),
    # a noun after the figure: its own unit, not the share's
    ("Labour on 40% and the Greens on 5 seats.", [(40.0, "percent"), (5.0, "")]),
])
def test_a_poll_list_carries_the_percent(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Full-year sales are now seen up 5% to 7% in local currency.", [(5.0, 7.0, "percent")]),
    ("Revenue is now expected at $34 million to $37 million, down 30.5% to 36%.",
     [(34e6, 37e6, "USD"), (30.5, 36.0, "percent")]),
    # a rate's change and the level it reaches, as before
    ("The jobless rate is forecast down 0.3% to 4.1%.",
     [(0.3, 0.3, "percent"), (4.1, 4.1, "percent")]),
    # no forecast: a change and a level
    ("Sales were down 5% to 7% of the market.", [(5.0, 5.0, "percent"), (7.0, 7.0, "percent")]),
])
def test_a_forecast_range_of_changes(text, expected):
    assert _bounds(text) == expected


@pytest.mark.parametrize("text,pub,figure,start,end", [
    # no tense cue: the nearer half-term, here the coming one
    ("Tour operators can lift prices by as much as 250% over the October half term.",
     "2020-08-03", "250%", "2020-10-26", "2020-11-01"),
    ("Gatwick said 1.2 million passengers were screened over half-term.", "2024-11-06",
     "1.2 million", "2024-10-28", "2024-11-03"),
    ("Schools in England will shut for five days for the May half-term.", "2025-05-20",
     "five days", "2025-05-26", "2025-06-01"),
    ("Schools in London shut for five days for the February half-term.", "2024-02-23",
     "five days", "2024-02-12", "2024-02-18"),
    ("Schools in England closed for two weeks over the Easter holidays.", "2023-04-20",
     "two weeks", "2023-04-03", "2023-04-16"),
    # a year written
    ("Bookings rose 12% for the October half-term 2023.", "2024-06-01", "12%",
     "2023-10-23", "2023-10-29"),
])
def test_school_holidays_are_their_weeks(text, pub, figure, start, end):
    assert figure_period(text, pub, figure) == (start, end)


@pytest.mark.parametrize("text,pub", [
    # a date written right after says which days: the day stands
    ("A week in Lanzarote costs £1,200 more when half-term starts on 28 October.", "2024-10-20"),
    # not the school holiday
    ("Pupils' half-term reports showed 12% more absences.", "2024-10-20"),
])
def test_half_term_words_that_date_no_week(text, pub):
    assert not any(s != e for _, s, e in found_spans(text, pub))


@pytest.mark.parametrize("text,pub,figure,start,end", [
    ("Traders across India sold goods worth Rs 3.75 lakh crore during Diwali.", "2023-11-20",
     "3.75 lakh crore", "2023-11-10", "2023-11-14"),
    ("Sales over Diwali were worth about Rs 72,000 crore, up 10.8%.", "2020-11-18",
     "72,000 crore", "2020-11-12", "2020-11-16"),
    # on the day: the day
    ("Stock markets held a one-hour session on Diwali, with 1,200 stocks trading.",
     "2023-11-15", "1,200", "2023-11-12", "2023-11-12"),
])
def test_a_festivals_days(text, pub, figure, start, end):
    assert figure_period(text, pub, figure) == (start, end)


def test_a_festival_in_a_year_the_table_lacks_is_no_date():
    # Diwali 2024 is disputed (31 October or 1 November) and not listed: no guess
    assert not found_spans("Sales rose 9% during Diwali.", "2024-11-10")


@pytest.mark.parametrize("text,pub,start,end", [
    ("No trains run to Euston from Good Friday (7 April) to Easter Monday (10 April).",
     "2023-04-04", "2023-04-07", "2023-04-10"),
    ("Some 300 projects run over the Easter bank holiday period (Friday 18- Monday 21 April).",
     "2025-04-10", "2025-04-18", "2025-04-21"),
    ("Works run Friday 18 - Monday 21 April, with 300 projects.", "2025-04-10",
     "2025-04-18", "2025-04-21"),
])
def test_named_days_and_their_bracketed_dates(text, pub, start, end):
    assert any((s, e) == (start, end) for _, s, e in found_spans(text, pub))


# (d36a17 and d36a18 find their dates; their first figure's claim is not given them: see
# CHANGELOG, dates36)
OPEN_36: set[str] = set()


def test_the_round_suite_reads_its_cases():
    path = SUITES / "dates-36.jsonl"
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    assert not suite_misses(cases, OPEN_36)


@pytest.mark.parametrize("text,expected", [
    ("In the quantum description, matter at absolute zero is in its ground state.",
     [(0.0, "kelvin")]),
    # near it: no figure of 0 K
    ("Atoms were cooled to near absolute zero.", []),
])
def test_absolute_zero_is_a_temperature(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize("text,pub,start,end", [
    # no tense cue: the nearer occurrence, here the coming one
    ("Rail passengers face 420 projects over the Easter weekend.", "2020-03-02",
     "2020-04-10", "2020-04-13"),
    ("The exchange holds a one-hour trading session on Diwali.", "2020-11-10",
     "2020-11-14", "2020-11-14"),
    # past copy: the latest, whichever is nearer ("flew" is a past tense)
    ("The airline flew 8,000 passengers on Christmas Day.", "2023-11-30",
     "2022-12-25", "2022-12-25"),
    ("Shoppers spent £1.2bn on Boxing Day.", "2024-12-20", "2023-12-26", "2023-12-26"),
])
def test_a_holiday_with_no_tense_cue_is_the_nearer(text, pub, start, end):
    assert any((s, e) == (start, end) for _, s, e in found_spans(text, pub))
