"""Readings56 (issue #10, set 113): a verb of destruction whose list opens with items written in
words ("Ukrainian forces also destroyed a tank, an armoured combat vehicle, 15 artillery
systems") still has its agent before it; "Kyiv's figures show:" names no side of a count of
losses; months "together" are a span, not several sides; and a pair of months whose figures
each name their own month ("in October and November ...: 41,980 in October and 45,720 in
November") is one span. Our own sentences; the General Staff's real figures (reports of
1 October, 1 November and 1 December 2024: October 41,980, November 45,720; report of
9 October 2025: +1,020 personnel, +15 artillery systems, +328 drones, +55 vehicles).
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.document import read_text_document
from factcheck.extract.dates import find_dates
from factcheck.normalize import claims_for
from readings_support import checker_for, statuses as _status


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("readings56")))


def _claims(text: str, pub: date) -> dict[str, object]:
    return {c.text: c for c in claims_for(read_text_document(text, "t.md", pub))}


def _basis(claim) -> dict[str, str]:
    return dict(dict(claim.extra).get("basis") or ())


# -- the agent of a list that opens with items in words -------------------------------------------

_DAY = ("During the past day, October 8, Russia lost another 1,020 soldiers killed or wounded, "
        "the General Staff said. Ukrainian forces also destroyed {items} 15 artillery systems, "
        "328 drones and 55 vehicles and fuel tanks.")


@pytest.mark.parametrize("items", ["a tank, an armoured combat vehicle,", "one tank,",
                                   "two tanks, one armoured vehicle and"])
def test_a_list_opening_with_items_in_words_counts_the_other_sides_losses(items):
    got = _claims(_DAY.format(items=items), date(2025, 10, 9))
    for fig in ("15", "328", "55"):
        assert got[fig].subject == "russian_forces", (items, fig, _basis(got[fig]))


def test_the_days_list_after_items_in_words_is_checked(run):
    text = _DAY.format(items="a tank, an armoured combat vehicle,")
    got = _status(run, text, date(2025, 10, 9))
    assert got["15"] == got["328"] == got["55"] == got["1,020"] == "supported"
    got = _status(run, text.replace(" 15 ", " 51 "), date(2025, 10, 9))
    assert got["51"] == "contradicted"


def test_the_agents_own_losses_are_still_its_own():
    # a side that lost, not destroyed, keeps its figures
    got = _claims("Ukrainian forces lost a tank, an armoured vehicle, 15 artillery systems.",
                  date(2025, 10, 9))
    assert got["15"].subject == "ukrainian_forces"


# -- "Kyiv's figures show:" and months together ---------------------------------------------------

def test_a_speaker_named_before_parts_gives_them_no_side():
    text = ("Russia lost 87,700 soldiers in October and November, Kyiv's figures show: 41,980 in "
            "October and 45,720 in November.")
    got = _claims(text, date(2024, 12, 2))
    assert {got[f].subject for f in ("87,700", "41,980", "45,720")} == {"russian_forces"}


def test_months_together_are_a_span_said_of_one_side():
    got = _claims("Over October and November together, Russia lost 87,700 soldiers.",
                  date(2024, 12, 2))["87,700"]
    assert got.subject == "russian_forces" and _basis(got)["subject"] == "written"
    assert (str(got.period.start), str(got.period.end)) == ("2024-10-01", "2024-11-30")
    # several sides together still have none of their own
    got = _claims("Together Labour and the Conservatives took 57.4% of the vote.",
                  date(2024, 7, 5))["57.4%"]
    assert _basis(got).get("subject") in ("none", "document default") or got.subject is None


def test_two_months_summed_and_each_are_checked(run):
    text = ("Over October and November together, Russia lost {whole} soldiers, Kyiv's figures "
            "show: 41,980 in October and 45,720 in November.")
    got = _status(run, text.format(whole="87,700"), date(2024, 12, 2))
    assert got == {"87,700": "supported", "41,980": "supported", "45,720": "supported"}
    got = _status(run, text.format(whole="78,700"), date(2024, 12, 2))
    assert got["78,700"] == "contradicted"


# -- a pair of months whose figures name their own months -----------------------------------------

def _spans(text: str, pub: date) -> list[tuple[str, str, str]]:
    return [(d.text.strip(" ."), str(d.start_date), str(d.end_date))
            for d in find_dates(text, pub)]


def test_a_pair_of_months_with_each_months_figure_after_is_one_span():
    got = _spans("Russia lost 87,700 soldiers in October and November: 41,980 in October and "
                 "45,720 in November.", date(2024, 12, 2))
    assert got[0] == ("in October and November", "2024-10-01", "2024-11-30")


@pytest.mark.parametrize("text", [
    "Losses peaked in July and August, with 1,520 and 1,517.",
    "Losses peaked in July and August, with 1,520 and 1,517 respectively in July and August.",
])
def test_figures_one_for_each_month_keep_the_months_apart(text):
    got = _spans(text, date(2024, 9, 2))
    assert got[0][1:] == ("2024-07-01", "2024-07-31")


def test_the_two_month_whole_with_its_months_is_no_false_alarm(run):
    text = ("Russia lost 87,700 soldiers in October and November, Kyiv's figures show: 41,980 in "
            "October and {nov} in November.")
    got = _status(run, text.format(nov="45,720"), date(2024, 12, 2))
    assert got == {"87,700": "supported", "41,980": "supported", "45,720": "supported"}
    got = _status(run, text.format(nov="47,520"), date(2024, 12, 2))
    assert got["47,520"] == "contradicted" and got["87,700"] == "supported"
