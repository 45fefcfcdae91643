"""Issue 12, dates19 round: a bare weekday in a present-tense sentence outside forecast copy
("Aslef drivers strike on Saturday") may be the last such day or the coming one. The nearer to
publication is read, the other kept (``DateMention.other``, the claim's
``extra.period_readings``); a span "for N days from Friday" in the present tense opens on the
coming one. A past tense keeps the last day alone. A report's day is the figure's own unless
its measure is reported in daily reports ("reported Saturday that more than 90,000 customers
had no power" is Saturday's state)."""

from datetime import date

import pytest

from factcheck.extract import find_dates
from factcheck.model import Document
from factcheck.normalize import claims_for
from factcheck.normalize.readings import _weekday_readings


def _day(text: str, pub: str) -> tuple[date | None, date | None, date | None]:
    dm = next(d for d in find_dates(text, date.fromisoformat(pub)) if d.weekday or
              "from" in d.text)
    return dm.start_date, dm.end_date, dm.other


D = date.fromisoformat


@pytest.mark.parametrize("text,pub,day,other", [
    # a Thursday's "on Saturday" is two days ahead; a Monday's two days back
    ("About 6,500 Aslef members walk out on Saturday over pay.", "2022-08-11",
     "2022-08-13", "2022-08-06"),
    ("Aslef drivers strike on Saturday in the dispute over pay.", "2022-08-08",
     "2022-08-06", "2022-08-13"),
    # a Friday's "on Monday": three days ahead, four back
    ("A jury of 12 hears opening statements on Monday.", "2024-04-19", "2024-04-22",
     "2024-04-15"),
    # a participle after "are" is no past tense
    ("Three Eurostar services are cancelled on Sunday.", "2023-10-06", "2023-10-08",
     "2023-10-01"),
])
def test_present_tense_weekday_reads_the_nearer_day(text, pub, day, other):
    assert _day(text, pub) == (D(day), D(day), D(other))


@pytest.mark.parametrize("text,pub,day", [
    ("Drivers at 11 train companies walked out on Saturday over pay.", "2022-11-24",
     "2022-11-19"),
    ("The office processed 900 ballots on Monday.", "2020-10-24", "2020-10-19"),
    ("A jury convicted him on 8 counts on Friday.", "2023-05-09", "2023-05-05"),
    # (the day of publication itself is that day, whatever the tense)
    ("Drivers strike on Saturday.", "2022-08-13", "2022-08-13"),
])
def test_past_tense_or_today_keeps_one_day(text, pub, day):
    assert _day(text, pub) == (D(day), D(day), None)


def test_forecast_copy_keeps_the_coming_day_alone():
    assert _day("Snow will fall on Wednesday, 3 inches of it.", "2020-01-13") == \
        (D("2020-01-15"), D("2020-01-15"), None)


@pytest.mark.parametrize("text,pub,span,other", [
    # published on a Saturday: the coming Friday, not yesterday
    ("Buses replace trains for three days from Friday.", "2009-05-23",
     ("2009-05-29", "2009-05-31"), "2009-05-22"),
    ("Buses replace trains for three days from Friday.", "2009-05-20",
     ("2009-05-22", "2009-05-24"), "2009-05-15"),
])
def test_present_tense_span_from_a_weekday_opens_on_the_coming_one(text, pub, span, other):
    assert _day(text, pub) == (D(span[0]), D(span[1]), D(other))


def test_past_tense_span_from_a_weekday_is_the_last_one():
    assert _day("Buses replaced trains for three days from Friday.", "2009-05-23") == \
        (D("2009-05-22"), D("2009-05-24"), None)


def _claim(text: str, pub: str):
    return claims_for(Document(id="t", text=text, date=D(pub)))[0]


def test_claim_lists_both_days_as_period_readings():
    c = _claim("Aslef drivers strike on Saturday, when 6,500 members walk out.", "2022-08-08")
    assert (c.period.start, c.period.end) == (D("2022-08-06"), D("2022-08-06"))
    got = [(a, b) for _, a, b in c.extra_dict()["period_readings"]]
    assert got == [(D("2022-08-06"), D("2022-08-06")), (D("2022-08-13"), D("2022-08-13"))]


def test_past_tense_claim_lists_no_readings():
    c = _claim("Drivers walked out on Saturday, 6,500 of them.", "2022-08-08")
    assert "period_readings" not in c.extra_dict()


def test_daily_report_figure_reads_the_other_day_when_reported_by_publication():
    # the store looks up each reading: a coming day is none a report could give yet
    def listed(day, other):
        return {"extra": [("period_readings", (
            (f"weekday: Saturday {day}, the day read", D(day), D(day)),
            (f"weekday: Saturday {other}, a week", D(other), D(other))))],
            "cumulative": False}
    assert _weekday_readings(listed("2024-12-14", "2024-12-21"), {"period": "written"},
                             D("2024-12-16"), []) == []
    got = _weekday_readings(listed("2024-12-21", "2024-12-14"), {"period": "written"},
                            D("2024-12-19"), [])
    assert [(r[1], r[2]) for r in got] == [("2024-12-14", "2024-12-14")]
    assert got[0][0].startswith("Saturday 2024-12-14, a week")
    # beside readings of its own, only the other day is added
    own = _weekday_readings(listed("2024-12-14", "2024-12-07"), {"period": "written"},
                            D("2024-12-16"), [])
    assert [(r[1]) for r in own] == ["2024-12-14", "2024-12-07"]
    assert [r[1] for r in _weekday_readings(listed("2024-12-14", "2024-12-07"),
                                             {"period": "written"}, D("2024-12-16"),
                                             own[:1])] == ["2024-12-07"]


@pytest.mark.parametrize("text,pub,day", [
    # a state or a count its body reports: the report's day is the figure's
    ("Memphis Light, Gas and Water reported Saturday that more than 90,000 customers had no "
     "power.", "2022-02-06", "2022-02-05"),
    ("Some 6,968 cases were reported on the 3rd October 2020.", "2020-10-08", "2020-10-03"),
    # a daily report's figure is the day before the report
    ("The General Staff reported on Saturday that Russia had lost 1,200 troops.",
     "2024-12-15", "2024-12-13"),
])
def test_report_day_is_the_figures_own_unless_reported_daily(text, pub, day):
    c = _claim(text, pub)
    assert (c.period.start, c.period.end) == (D(day), D(day))
