"""Readings51 (issue #10): constructions of set 106's first run. A "since" scope that opens the
next item of a coordination ("at around 1,100, and the total since the invasion began at
990,800"); the equipment kinds' single-day ceilings ("by 41 to 413 on Tuesday" is the aircraft
total); a day-named total with no month's-turn reading; the vehicles and special equipment
summed; a Kyiv site's table labels; "since February 2022" as a word of losses; a source whose
"reported that" opens a clause of its own after the figure; "rose by N overnight, from A to B". Our own sentences; the General Staff's real figures (reports
of 28 April, 3 June and 27 October 2025, 12 February, 14 April and 9 July 2026).
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import checker_for, claims_by_text as _claims, statuses as _status


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("readings51")))


JUNE_3 = date(2025, 6, 3)


# -- "put losses over the same period at N, and the total since the invasion began at M" ----------

_SAME_PERIOD = ("Moscow said its troops had killed some 1,400 Ukrainian soldiers in 24 hours. Kyiv's "
                "military put Russia's losses over the same period at {day}, and the total since "
                "the full-scale invasion began at 990,800.")


def test_a_since_scope_opening_the_next_item_is_that_items(run):
    got = _status(run, _SAME_PERIOD.format(day="1,100"), JUNE_3)
    assert got["1,100"] == "supported" and got["990,800"] == "supported"
    claims = _claims(_SAME_PERIOD.format(day="1,100"), JUNE_3)
    assert not claims["1,100"].cumulative and claims["990,800"].cumulative


def test_the_days_figure_before_the_total_is_still_checked(run):
    got = _status(run, _SAME_PERIOD.format(day="1,300"), JUNE_3)
    assert got["1,300"] == "contradicted" and got["990,800"] == "supported"


# -- equipment totals above any day's figure -----------------------------------------------------

@pytest.mark.parametrize("words, right, wrong", [
    ("aircraft", "413", "431"), ("helicopters", "336", "363"), ("air defence systems", "1,176", "1,167"),
])
def test_an_equipment_total_above_any_days_is_the_running_total(run, words, right, wrong):
    text = "On Tuesday the General Staff's count of Russian {w} stood at {n}."
    assert _claims(text.format(w=words, n=right), JUNE_3)[right].cumulative
    assert _status(run, text.format(w=words, n=right), JUNE_3)[right] == "supported"
    assert _status(run, text.format(w=words, n=wrong), JUNE_3)[wrong] == "contradicted"


def test_a_rise_by_n_to_m_on_a_named_day_reads_m_as_that_days_total(run):
    text = "The General Staff raised its tally of Russian warplanes by 41 to {n} on Tuesday."
    claims = _claims(text.format(n="413"), JUNE_3)
    readings = dict(claims["413"].extra).get("readings") or ()
    assert not any("month's turn" in str(r) for r in readings)
    got = _status(run, text.format(n="413"), JUNE_3)
    assert got == {"41": "supported", "413": "supported"}


# -- the vehicles and the special equipment, summed ------------------------------------------------

_VEHICLES = ("The commander-in-chief said Russian forces had lost {n} vehicles and pieces of special "
             "equipment since the start of the year, {w} of them in the past week.")


def test_vehicles_and_special_equipment_are_the_two_fields_summed(run):
    claims = _claims(_VEHICLES.format(n="13,805", w="969"), date(2025, 4, 28))
    assert claims["13,805"].measure == "vehicles_and_special_equipment"
    got = _status(run, _VEHICLES.format(n="13,805", w="969"), date(2025, 4, 28))
    assert got == {"13,805": "supported", "969": "supported"}
    got = _status(run, _VEHICLES.format(n="13,508", w="996"), date(2025, 4, 28))
    assert got == {"13,508": "contradicted", "996": "contradicted"}


# -- a Kyiv site's table labels; "since February 2022" -------------------------------------------

def test_table_labels_of_drones_and_ships_name_their_measures(run):
    text = ("Destroyed, according to the General Staff:\n\n"
            "UAV operational-tactical level — 237,853 (+2,459) units;\n\n"
            "ships/boats — 33 units.")
    claims = _claims(text, date(2026, 4, 14))
    assert claims["237,853"].measure == claims["2,459"].measure == "drones"
    assert claims["33"].measure == "ships"
    got = _status(run, text.replace("+2,459", "+2,549"), date(2026, 4, 14))
    assert got["2,549"] == "contradicted" and got["237,853"] == "supported"


def test_since_february_2022_makes_a_bare_personnel_count_a_loss(run):
    text = "Totals since February 2022, per the General Staff: 1,137,690 personnel, 11,293 tanks."
    claims = _claims(text, date(2025, 10, 27))
    assert claims["1,137,690"].measure == "personnel_losses"
    assert _status(run, text, date(2025, 10, 27))["1,137,690"] == "supported"


# -- whose figure it is ---------------------------------------------------------------------------

_AS_OF = ("Kyiv's General Staff put Russia's losses at about {n} personnel as of February 12, as "
          "British officials said that recruitment was falling behind.")


def test_a_reported_that_clause_after_the_figure_is_not_its_source(run):
    claims = _claims(_AS_OF.format(n="1,250,150"), date(2026, 2, 13))
    assert claims["about 1,250,150"].source == "Ukrainian Ministry of Defense"
    assert _status(run, _AS_OF.format(n="1,250,150"), date(2026, 2, 13))["about 1,250,150"] \
        == "supported"
    assert _status(run, _AS_OF.format(n="1,205,150"), date(2026, 2, 13))["about 1,205,150"] \
        == "contradicted"


# -- "rose by N overnight, from A to B" ------------------------------------------------------------

_OVERNIGHT = "Kyiv's tally of Russian losses climbed by {n} overnight, from 1,413,510 to 1,414,820."


def test_a_rise_overnight_is_the_days_report_and_its_base_no_sum(run):
    claims = _claims(_OVERNIGHT.format(n="1,310"), date(2026, 7, 9))
    assert claims["1,310"].measure == "personnel_losses"
    got = _status(run, _OVERNIGHT.format(n="1,310"), date(2026, 7, 9))
    assert got["1,310"] == "supported" and got["1,414,820"] == "supported"
    assert got["1,413,510"] != "contradicted"
    got = _status(run, _OVERNIGHT.format(n="1,130"), date(2026, 7, 9))
    assert got["1,130"] == "contradicted" and got["1,413,510"] != "contradicted"
