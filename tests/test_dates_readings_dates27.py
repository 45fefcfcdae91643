"""Issue 12, dates27 round: weekday-dated days with no year in present copy, quarters of the
previous fiscal year, levels written beside a comparison's base. Our own sentences.

- A day and month with a weekday and no year in present copy ("Fares rise on Sunday 3 March"
  written in December) is read by tense and nearness, as one without its weekday is
  (``extract.dates._either_day``); the weekday never chooses the year, so that a wrong one
  stays a mismatch to report, and it drops the other year's reading when that day is not
  the weekday written (``extract.dates._stated_weekday``).
"""

from datetime import date

import pytest

from factcheck.extract import find_dates, find_quantities
from factcheck.model import Document
from factcheck.normalize import claims_for

D = date.fromisoformat


def _claims(text: str, pub: str):
    return claims_for(Document(id="t", text=text, date=D(pub)))


def _period(c):
    return None if c.period is None else (c.period.start.isoformat(), c.period.end.isoformat())


@pytest.mark.parametrize("text,pub,day", [
    ("Regulated rail fares rise by up to 4.9% on Sunday 3 March.", "2023-12-22", "2024-03-03"),
    ("Ambulance staff in five regions walk out on Wednesday 11 January.", "2022-12-21",
     "2023-01-11"),
    ("The energy price cap rises 6.4% to £1,849 a year on Tuesday 1 April.", "2025-02-26",
     "2025-04-01"),
    # the last such day is the nearer: it stays the reading
    ("Ticket sales are up 4% since Monday 6 October.", "2025-11-20", "2025-10-06"),
])
def test_a_weekday_dated_day_in_present_copy_takes_the_nearer_year(text, pub, day):
    ds = [d for d in find_dates(text, D(pub)) if d.weekday]
    assert ds and ds[0].start_date == D(day)


def test_the_weekday_does_not_choose_the_year_and_a_wrong_one_stays_a_mismatch():
    # 12 January 2026 is a Monday: written "Tuesday" in December 2025 it is still read as the
    # coming 12 January (the nearer), the weekday kept for weekday_mismatch to report; the
    # last 12 January (2025, a Sunday) is no reading either way
    ds = find_dates("Drivers walk out on Tuesday 12 January.", D("2025-12-10"))
    assert [(d.start_date, d.weekday, d.other) for d in ds] == [
        (D("2026-01-12"), "tuesday", None)]


def test_the_other_year_is_kept_only_when_it_has_the_weekday_written():
    # 1 April 2025 is a Tuesday, 1 April 2024 a Monday: the other year is no reading
    ds = find_dates("The cap rises on Tuesday 1 April.", D("2025-02-26"))
    assert [(d.start_date, d.other) for d in ds] == [(D("2025-04-01"), None)]
    ds = find_dates("The cap rises on 1 April.", D("2025-02-26"))
    assert [(d.start_date, d.other) for d in ds] == [(D("2025-04-01"), D("2024-04-01"))]


def test_the_figure_takes_the_coming_day():
    cs = _claims("Tube strikes shut all 11 lines from Sunday 7 January to Friday 12 January.",
                 "2023-12-20")
    assert _period(cs[0]) == ("2024-01-07", "2024-01-12")


# - "the prior-year quarter", "the year-ago quarter" are "the same quarter last year": the
#   quarter stated beside them a year back, else the latest quarter ended a year back
#   (``extract.dates._same_period_shifted``); the level and the change set beside such a
#   base are of the latest quarter ended (``normalize.context._level_beside_base``).
@pytest.mark.parametrize("text,pub,figure,period", [
    ("Patterson's net income was $28.0 million in the fourth quarter of fiscal 2019, against "
     "$20.9 million in the prior-year quarter.", "2019-05-22", "$20.9 million",
     ("2018-02-01", "2018-04-30")),
    ("Revenue rose 16% to $65.6 billion, against $56.5 billion in the prior-year quarter.",
     "2024-10-30", "$56.5 billion", ("2023-07-01", "2023-09-30")),
    ("Revenue rose 16% to $65.6 billion, against $56.5 billion in the prior-year quarter.",
     "2024-10-30", "$65.6 billion", ("2024-07-01", "2024-09-30")),
    ("Revenue rose 16% to $65.6 billion, against $56.5 billion in the prior-year quarter.",
     "2024-10-30", "16%", ("2024-07-01", "2024-09-30")),
    ("Revenue rose 16% to $65.6 billion, compared with the same quarter last year.",
     "2024-10-30", "16%", ("2024-07-01", "2024-09-30")),
    ("Revenue was $65.6 billion, up from $56.5 billion in the year-ago quarter.",
     "2024-10-30", "$56.5 billion", ("2023-07-01", "2023-09-30")),
])
def test_a_prior_year_quarter_is_the_quarter_a_year_back(text, pub, figure, period):
    c = next(c for c in _claims(text, pub) if text[c.start:c.end].startswith(figure))
    assert _period(c) == period


def test_a_year_ago_quarter_in_dollars_with_none_written_is_a_company_quarter():
    # of every US company's quarters the one ended latest (Nvidia's August to October), a
    # year back; the calendar quarter kept as the other reading; the level a year after it
    text = ("Nvidia's revenue rose 94% to $35.1 billion, against $18.1 billion in the year-ago "
            "quarter.")
    cs = _claims(text, "2024-11-20")
    assert [_period(c) for c in cs] == [("2024-08-01", "2024-10-31")] * 2 + [
        ("2023-08-01", "2023-10-31")]
    assert [(r[1], r[2]) for r in cs[2].extra_dict()["period_readings"]] == [
        (D("2023-08-01"), D("2023-10-31")), (D("2023-07-01"), D("2023-09-30"))]


# - a quarter of "last fiscal year" / "its last financial year" in US dollars is of the US
#   company year that ended latest (``extract.date_forms.last_year_quarter``), the default
#   year's kept as the other reading; in pounds the default (April) year alone.
def test_a_quarter_of_the_last_fiscal_year_in_dollars_is_a_company_year():
    c = _claims("Patterson's net sales were $1.4 billion in the fourth quarter of its last "
                "financial year.", "2019-05-22")[0]
    assert _period(c) == ("2019-02-01", "2019-04-30")
    assert [(r[1], r[2]) for r in c.extra_dict()["period_readings"]] == [
        (D("2019-02-01"), D("2019-04-30")), (D("2019-01-01"), D("2019-03-31"))]
    c = _claims("Net sales were £1.4 billion in the fourth quarter of last financial year.",
                "2019-05-22")[0]
    assert _period(c) == ("2019-01-01", "2019-03-31")


# - a level set against a month after it ("141p a litre, lower than it was in March") is of the
#   latest month ended by publication, the publication day kept as its other reading; an
#   amount right before the comparison keeps the base (``normalize.context._note_date``).
@pytest.mark.parametrize("text,pub,figure,period", [
    ("Unleaded costs 123p a litre, lower than it was in October.", "2018-12-16", "123p",
     ("2018-11-01", "2018-11-30")),
    ("Unleaded averages 117.54p a litre, 2.6p lower than it was in February.", "2017-04-05",
     "117.54p", ("2017-03-01", "2017-03-31")),
    ("Unleaded averages 117.54p a litre, 2.6p lower than it was in February.", "2017-04-05",
     "2.6p", ("2017-02-01", "2017-04-05")),
    ("Diesel was 2p a litre cheaper than it was in March.", "2025-05-02", "2p",
     ("2025-03-01", "2025-03-31")),
])
def test_a_level_compared_with_a_month_is_of_the_latest_month_ended(text, pub, figure, period):
    c = next(c for c in _claims(text, pub) if text[c.start:c.end].startswith(figure))
    assert _period(c) == period


def test_the_compared_level_keeps_the_publication_day_as_a_reading():
    c = _claims("Petrol is 141p a litre, lower than it was in March.", "2024-06-04")[0]
    assert [(r[1], r[2]) for r in c.extra_dict()["period_readings"]] == [
        (D("2024-05-01"), D("2024-05-31")), (D("2024-06-04"), D("2024-06-04"))]


# - a level beside a rolling base of several months ("up from 4.8% in the three months to
#   August") is of the same span a month on, the latest such span ended kept beside it.
def test_a_level_beside_a_rolling_base_is_the_span_a_month_on():
    cs = _claims("Unemployment rose to 5%, up from 4.8% in the three months to August.",
                 "2025-11-11")
    assert [_period(c) for c in cs] == [("2025-07-01", "2025-09-30"),
                                        ("2025-06-01", "2025-08-31")]
    assert [(r[1], r[2]) for r in cs[0].extra_dict()["period_readings"]] == [
        (D("2025-07-01"), D("2025-09-30")), (D("2025-08-01"), D("2025-10-31"))]


# - "between now and Christmas", "from now until 25 December": publication to that day;
#   "by the end of next year" (of 2024, of the year): the year's last day; "until Thursday's
#   decision": from publication to Thursday, as "until the decision on Thursday".
@pytest.mark.parametrize("text,pub,period", [
    ("Toll expects to move 9 million items between now and Christmas.", "2020-11-24",
     ("2020-11-24", "2020-12-25")),
    ("Toll expects to move 9 million items from now until 25 December.", "2020-11-24",
     ("2020-11-24", "2020-12-25")),
    ("The Bank expects inflation to fall to 2% by the end of next year.", "2023-02-02",
     ("2024-12-31", "2024-12-31")),
    ("The Bank expects inflation to fall to 2% by the end of 2024.", "2023-02-02",
     ("2024-12-31", "2024-12-31")),
    # (a named year's end: its last third, as "the end of last year" is: dates34)
    ("Inflation was 10% at the end of 2022.", "2023-02-02", ("2022-09-01", "2022-12-31")),
    ("Bank Rate stays at 5.25% until Thursday's decision.", "2024-07-30",
     ("2024-07-30", "2024-08-01")),
])
def test_spans_to_a_day_from_now_and_points_at_a_period_end(text, pub, period):
    assert _period(_claims(text, pub)[0]) == period


def test_a_weekday_alone_after_until_is_still_its_day():
    assert _period(_claims("Bank Rate stays at 5.25% until Thursday.", "2024-07-30")[0]) == (
        "2024-08-01", "2024-08-01")


# numbers: a share before an abbreviation's plural ("nine out of 10 GPs"); a multiple before
# "as <adjective> as" ("twice as fast as wages")
@pytest.mark.parametrize("text,value", [
    ("Nine out of 10 GPs said waiting times had got worse.", 0.9),
    ("One in five SMEs went bust.", 0.2),
    ("Prices rose twice as fast as wages, at 10.1%.", 2.0),
])
def test_shares_before_abbreviations_and_multiples_before_as_as(text, value):
    assert value in [q.value for q in find_quantities(text)]


def test_polls_open_states_a_timetable_whose_weekday_is_the_coming_one():
    # (dates.yaml schedule_verbs) written on a Friday, the coming Thursday first, the last
    # one kept as its other reading
    cs = _claims("Polls open at 7am in Thursday's general election, with 650 seats at stake.",
                 "2024-06-28")
    assert _period(cs[0]) == ("2024-07-04", "2024-07-04")
    assert [r[1] for r in cs[0].extra_dict()["period_readings"]] == [D("2024-07-04"),
                                                                    D("2024-06-27")]
