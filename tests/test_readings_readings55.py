"""Readings55 (issue #10, set 112): a day's number of the war is no count ("day 948 of the
full-scale war: 650,640 personnel"), and the running totals of a sentence that dates a day's part
of one of them ("299,080 troops, of which 660 in the course of yesterday, and 5,175 tanks") are
the totals of the report after that day. Our own sentences; the General Staff's real figures
(reports of 28 and 29 October 2023: 298,420 / 5,167 tanks and 299,080 (+660) / 5,175 tanks;
28 September 2024: 650,640 (+1,470)).
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.document import read_text_document
from factcheck.normalize import claims_for
from readings_support import checker_for, statuses as _status


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("readings55")))


def _claims(text: str, pub: date) -> dict[str, object]:
    return {c.text: c for c in claims_for(read_text_document(text, "t.md", pub))}


# -- a day's number of the war ----------------------------------------------------------------------

_CAPTION = "Russian losses, {day} of the full-scale war: 650,640 personnel (+1,470)."


@pytest.mark.parametrize("day", ["day 948", "day 1,314"])
def test_a_days_number_of_the_war_is_no_count_of_losses(run, day):
    text = _CAPTION.format(day=day)
    number = day.split()[1]
    c = _claims(text, date(2024, 9, 28))[number]
    assert c.measure is None
    assert "day count" in dict(c.extra).get("no_measure_why", "")
    got = _status(run, text, date(2024, 9, 28))
    assert got[number] == "unverified"
    assert got["650,640"] == got["1,470"] == "supported"


def test_a_title_ending_on_the_days_number_keeps_it_unmeasured():
    c = _claims("# Russian losses on day 1,316\n\nRussia lost 920 troops over the past day.",
                date(2025, 10, 6))
    assert c["1,316"].measure is None and c["920"].measure == "personnel_losses"


@pytest.mark.parametrize("text,count", [
    ("Russian losses were heavy on the day 1,000 of their soldiers fell near Bakhmut.", "1,000"),
    ("Russian losses: each day 900 of their soldiers are killed or wounded.", "900"),
])
def test_a_count_after_the_day_stays_a_count_of_losses(text, count):
    assert _claims(text, date(2024, 9, 28))[count].measure == "personnel_losses"


# -- running totals of the report after the day their part is dated ------------------------------

_OF_WHICH = ("Since February 24, 2022, Moscow has lost 299,080 troops, of which 660 in the course "
             "of yesterday, and Ukrainian forces have so far destroyed {tanks} tanks and 558 air "
             "defence systems.")


def test_a_sibling_total_of_the_day_before_is_contradicted(run):
    got = _status(run, _OF_WHICH.format(tanks="5,167"), date(2023, 10, 29))
    assert got["5,167"] == "contradicted"
    assert got["299,080"] == got["660"] == got["558"] == "supported"


def test_the_sibling_total_of_that_report_is_supported(run):
    got = _status(run, _OF_WHICH.format(tanks="5,175"), date(2023, 10, 29))
    assert got["5,175"] == got["299,080"] == got["660"] == "supported"


def test_the_report_day_goes_to_the_totals_of_the_sentence_only():
    text = _OF_WHICH.format(tanks="5,175") + " Kyiv has also counted 9,758 armoured vehicles."
    cs = {c.text: dict(c.extra) for c in claims_for(read_text_document(text, "t.md",
                                                                       date(2023, 10, 29)))}
    assert cs["5,175"].get("report_day") == cs["299,080"].get("report_day") == "2023-10-29"
    assert "report_day" not in cs["660"] and "report_day" not in cs["9,758"]


def test_a_day_written_for_the_total_pins_no_other_report():
    # "on February 19" dates the total (that day's report), not the part after it
    text = ("The General Staff's own tally stood at 1,256,910 on February 19, of which 830 were "
            "added over the previous 24 hours, and 11,653 tanks.")
    cs = {c.text: dict(c.extra) for c in claims_for(read_text_document(text, "t.md",
                                                                       date(2026, 2, 20)))}
    assert "report_day" not in cs["1,256,910"]
    assert "report_day" not in cs["11,653"]
