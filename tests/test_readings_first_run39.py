"""Causes of the thirty-ninth phrasing set's first run (issue #10, readings19), one test each,
with the wrong figure that must still be caught. Our own sentences; the General Staff's real
figures: November 2024 (reports of 1 to 30 November): 45,450 troops, 307 tanks; report of
2024-12-01: 742,130 troops, 9,469 tanks.
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("first-run-39")))


# -- a "since" scope in the next clause belongs to the figure right after it -----------------

def _next_clause_scope(month: str, total: str = "742,130") -> str:
    return (f"In November Russia lost 307 tanks. It lost {month} troops over the month, and "
            f"Kyiv's General Staff put its losses since the invasion at {total} on December 1.")


def test_a_scope_before_the_next_figure_is_not_the_month_figures(check):
    status, flags = check(_next_clause_scope("45,450"), date(2024, 12, 1))
    assert status["45,450"] == "supported" and status["742,130"] == "supported" and not flags


def test_a_wrong_month_before_the_next_clauses_scope_is_contradicted(check):
    status, _ = check(_next_clause_scope("45,540"), date(2024, 12, 1))
    assert status["45,540"] == "contradicted"


def test_a_wrong_total_after_its_scope_is_contradicted(check):
    status, _ = check(_next_clause_scope("45,450", "724,130"), date(2024, 12, 1))
    assert status["724,130"] == "contradicted" and status["45,450"] == "supported"


# -- the date after a change's earlier value is no month the paragraph carries ------------

def _compared_month(month: str) -> str:
    return ("In November Ukrainian forces destroyed 307 Russian tanks, Kyiv said. Assaults on "
            "the Pokrovsk front fell to 1,152 from 1,480 in October, its officers said. Russia "
            f"lost {month} troops over the month.")


def test_the_month_after_an_earlier_value_is_not_carried(check):
    status, flags = check(_compared_month("45,450"), date(2024, 12, 1))
    assert status["307"] == "supported" and status["45,450"] == "supported" and not flags


def test_a_wrong_month_after_a_compared_month_is_contradicted(check):
    status, _ = check(_compared_month("45,045"), date(2024, 12, 1))
    assert status["45,045"] == "contradicted"


# -- the attacker of a clause of attack before the figure is not whose losses it counts -----
# (report of 2025-06-03: 413 aircraft, 41 of them added that day)

def _attack_clause(total: str) -> str:
    return ("After Ukrainian drones hit air bases deep inside Russia, the General Staff raised "
            f"its count of aircraft destroyed to {total}.")


def test_the_attacker_named_before_is_not_the_loser(check):
    status, flags = check(_attack_clause("413"), date(2025, 6, 3))
    assert status["413"] == "supported" and not flags


def test_a_wrong_total_after_an_attack_clause_is_contradicted(check):
    status, _ = check(_attack_clause("431"), date(2025, 6, 3))
    assert status["431"] == "contradicted"
