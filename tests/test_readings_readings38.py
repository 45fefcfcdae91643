"""Causes of the seventy-fifth phrasing set's first run (issue #10, readings38), one test each,
with the wrong figure that must still be caught. Our own sentences; the General Staff's real
figures: report of 2024-04-20: 750 troops; of 2025-01-28: 1,380 troops, 5 tanks, 72 drones,
833,000 in all; of 2025-05-01: 1,230 troops.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.document import read_text_document
from factcheck.normalize import claims_for
from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("readings38")))


def _claim(text: str, figure: str, pub: date):
    doc = read_text_document(text, "t.md", pub)
    return next(c for c in claims_for(doc) if c.text == figure)


# -- "the occupiers lost N people": that side's personnel --------------------------------------

@pytest.mark.parametrize("side", ["The occupiers", "The Russian invaders", "The enemy"])
def test_people_a_side_lost_are_its_personnel(check, side):
    text = f"{side} lost 750 people over the past day, the General Staff reported on Saturday."
    status, flags = check(text, date(2024, 4, 20))
    assert status["750"] == "supported" and not flags


def test_people_the_occupiers_lost_with_a_wrong_figure_are_contradicted(check):
    status, _ = check("The occupiers lost 570 people over the past day, the General Staff "
                      "reported on Saturday.", date(2024, 4, 20))
    assert status["570"] == "contradicted"


@pytest.mark.parametrize("text", [
    "The occupiers killed 3 people in Kherson over the past day, the regional governor said.",
    "The invaders shelled the town, and 12 people lost their homes over the past day.",
])
def test_people_a_side_killed_or_others_lost_are_no_losses_of_it(text):
    figure = "3" if "killed" in text else "12"
    assert _claim(text, figure, date(2024, 4, 20)).measure != "personnel_losses"


# -- a bare figure a side lost with a period after it -----------------------------------------

def _bare(figure: str) -> str:
    return (f"Russian troops kept up their assaults near Pokrovsk. Russia lost {figure} in the "
            "past day, Ukraine's General Staff said on Tuesday.")


def test_a_bare_figure_of_a_side_in_copy_about_troops_is_personnel(check):
    status, flags = check(_bare("1,380"), date(2025, 1, 28))
    assert status["1,380"] == "supported" and not flags


def test_a_wrong_bare_figure_in_copy_about_troops_is_contradicted(check):
    status, _ = check(_bare("1,830"), date(2025, 1, 28))
    assert status["1,830"] == "contradicted"


def test_a_bare_figure_beside_another_field_of_the_war_stays_open(check):
    text = ("Russia lost 1,380 soldiers and five tanks over the past day, the General Staff "
            "said. It also lost 72 in the past day, the report added.")
    status, flags = check(text, date(2025, 1, 28))
    assert status["72"] == "unverified" and not flags
    assert _claim(text, "72", date(2025, 1, 28)).measure != "personnel_losses"


def test_a_bare_figure_with_no_word_of_troops_stays_open():
    text = "Russia lost 1,380 in the past day, Ukraine's General Staff said on Tuesday."
    assert _claim(text, "1,380", date(2025, 1, 28)).measure != "personnel_losses"


def test_a_bare_figure_with_no_period_after_it_stays_open():
    text = ("Russian troops kept up their assaults near Pokrovsk. Russia lost 1,380, Ukraine's "
            "General Staff said on Tuesday.")
    assert _claim(text, "1,380", date(2025, 1, 28)).measure != "personnel_losses"
