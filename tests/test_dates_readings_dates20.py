"""Issue 12, dates20 round: a weekday that heads a verbless fragment ("Saturday: 3 trains an
hour", "Sunday – no service") labels a timetable's day, the coming one read and the last kept;
"every Saturday" is no one day; a past cue that is also the plural's present ("9 train firms
hit on Saturday") marks no past after a plural subject; "one train an hour" is a count; and the
same-document rules hold a weekday read two ways to one period with another figure only when
it is theirs under every reading (``engine_updates.period_key``)."""

from datetime import date

import pytest

from factcheck.engine_facts import build_facts
from factcheck.engine_updates import period_key
from factcheck.extract import find_dates
from factcheck.model import Document
from factcheck.normalize import claims_for

D = date.fromisoformat


def _days(text: str, pub: str) -> list[tuple[date | None, date | None]]:
    return [(d.start_date, d.other) for d in find_dates(text, D(pub)) if d.weekday]


@pytest.mark.parametrize("text", [
    "Saturday: 3 trains an hour to Marylebone.",
    "Sunday \u2013 no service on the Chester line, 2 buses an hour instead.",
    "- Saturday: trains every 30 minutes, from 7.30am.",
])
def test_a_fragment_label_reads_the_coming_day(text):
    # a Tuesday: the last weekend is nearer, but a timetable's label is of the coming one
    (day, other), = _days(text, "2022-08-09")
    assert day > D("2022-08-09") > other and (day - other).days == 7


def test_a_weekday_in_a_sentence_keeps_the_nearer_day():
    (day, other), = _days("Russia loses 1,200 troops on Saturday, Kyiv says.", "2022-08-09")
    assert (day, other) == (D("2022-08-06"), D("2022-08-13"))
    # (a timetable's weekday reads the coming day first: dates21)
    (day, other), = _days("Chiltern runs one train an hour on Saturday.", "2022-08-09")
    assert (day, other) == (D("2022-08-13"), D("2022-08-06"))


@pytest.mark.parametrize("text", ["Every Saturday, trains start 2.5 hours later.",
                                  "Services run each Monday and Tuesday, 3 an hour."])
def test_every_weekday_is_no_day(text):
    assert _days(text, "2018-01-19") == []


def test_a_plural_subject_makes_hit_present():
    assert _days("Aslef strike: 9 train firms hit on Saturday", "2022-08-11") == \
        [(D("2022-08-13"), D("2022-08-06"))]
    assert _days("Storm Babet hit the coast on Saturday.", "2022-08-11") == \
        [(D("2022-08-06"), None)]


@pytest.mark.parametrize("text,value", [
    ("Chiltern runs one train an hour to Marylebone.", 1.0),
    ("A reduced service of one train per hour runs.", 1.0),
])
def test_one_before_a_time_base_is_a_count(text, value):
    assert [c.value for c in claims_for(Document(id="x", text=text))] == [value]
    assert claims_for(Document(id="x", text="One of the trains an hour was cut.")) == ()


def _doc(text: str) -> Document:
    return Document(id="d", text=text, date=D("2022-08-11"))


def test_period_key_lists_both_readings_of_a_weekday():
    c, = claims_for(_doc("6,500 Aslef members walk out on Saturday over pay."))
    assert period_key(c) == "2022-08-06/2022-08-06+2022-08-13/2022-08-13"
    c, = claims_for(_doc("On 13 August 2022, 6,500 Aslef members walk out."))
    assert period_key(c) == "2022-08-13/2022-08-13"
    # (a day of a month with no year in the present tense: a year apart, dates22)
    c, = claims_for(_doc("On 13 August, 6,500 Aslef members walk out."))
    assert period_key(c) == "2021-08-13/2021-08-13+2022-08-13/2022-08-13"


def _periods(text: str) -> list[str]:
    facts = build_facts(_doc(text), claims_for(_doc(text)))
    return [f["period"] for f in facts.facts if f["t"] == "claim"]


def test_same_document_periods_agree_only_under_every_reading():
    # the same weekday twice: one period whichever Saturday it is
    a, b = _periods("6,500 Aslef members walk out on Saturday.\n\n"
                    "On Saturday, 5,000 Aslef members walk out.")
    assert a == b
    # a weekday and one of its days: not one period under the other reading
    a, b = _periods("6,500 Aslef members walk out on Saturday.\n\n"
                    "On 13 August, 5,000 Aslef members walk out.")
    assert a != b
