"""Misses and unsupported figures of the 133rd phrasing set's first run (issue #10, readings76),
one test per cause, each with the right figure that must stay supported and the wrong one that
must be caught. Our own sentences; the General Staff's real figures: the report of 2023-08-21
(4,358 tanks, +12 over the day); of 2025-06-12 (10,933 tanks, 28 ships and boats, one
submarine) and 2025-12-20 (11,433 tanks, two submarines); 2024's November (45,720 troops) and
December (48,670); the report of 2022-11-11 (+710 troops).
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import claims_by_text, status_checker

AUG_21_2023 = date(2023, 8, 21)
JUN_12_2025 = date(2025, 6, 12)
DEC_20_2025 = date(2025, 12, 20)
JAN_15_2025 = date(2025, 1, 15)
NOV_11_2022 = date(2022, 11, 11)


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("readings76")))


def _errors(flags) -> list:
    return [f for f in flags if f.severity == "error"]


_TITLE_CASE = ("# Russia Loses {} Tanks in a Day: Kyiv\n\n"
               "Ukraine's General Staff said on Monday that Russia has lost 4,358 tanks since the "
               "invasion began in February 2022.")


def test_a_title_case_verb_before_a_count_is_no_name(check):
    # "Loses 12 Tanks" is a verb and its count, not a designation such as "Windows 10"
    status, flags = check(_TITLE_CASE.format("12"), AUG_21_2023)
    assert status["12"] == "supported" and status["4,358"] == "supported"
    assert not _errors(flags)
    status, _ = check(_TITLE_CASE.format("21"), AUG_21_2023)
    assert status["21"] == "contradicted" and status["4,358"] == "supported"


def test_a_name_before_a_count_in_a_title_stays_a_name():
    # the words of a designation are unchanged: "Leopard 2" names a tank, it counts none
    cs = claims_by_text("# Kyiv Receives Leopard 2 Tanks From Berlin\n\nThe tanks arrived on "
                        "Monday.", AUG_21_2023)
    assert "2" not in cs


_WRAPPED_LIST = ("Since February 24, 2022, Russia has lost 10,933 tanks, 416 aircraft, 28 ships "
                 "and boats,\nand one submarine, according to Ukraine's General Staff.")


def test_the_last_one_of_a_list_wrapped_onto_the_next_line_is_counted(check):
    # a single line break inside "..., and one submarine" is a space: the "one" is the list's
    # last count, checked like the rest
    status, flags = check(_WRAPPED_LIST, JUN_12_2025)
    assert status["one"] == "supported" and status["10,933"] == "supported"
    assert not _errors(flags)
    # by December 2025 the count was two submarines: the same list then is stale
    status, _ = check(_WRAPPED_LIST.replace("10,933", "11,433"), DEC_20_2025)
    assert status["one"] == "contradicted" and status["11,433"] == "supported"


_PRONOUN_MONTH = ("Russia lost 48,670 troops in December by the count of Ukraine's General "
                  "Staff. In November it had lost {}.")


def test_a_bare_figure_lost_by_it_after_the_side_counts_its_troops(check):
    # "it" stands for Russia named in the sentence before; the month opens the sentence
    status, flags = check(_PRONOUN_MONTH.format("45,720"), JAN_15_2025)
    assert status["45,720"] == "supported" and status["48,670"] == "supported"
    assert not _errors(flags)
    status, _ = check(_PRONOUN_MONTH.format("47,520"), JAN_15_2025)
    assert status["47,520"] == "contradicted" and status["48,670"] == "supported"


def test_it_lost_with_no_side_before_stays_open():
    # with no side named before, "it had lost" counts nothing known: the measure stays open
    cs = claims_by_text("The club had a bad season. In November it had lost 12 of its games, "
                        "and its troops of fans stayed home.", JAN_15_2025)
    assert cs["12"].measure != "personnel_losses"


_AGAIN = ("# Pace not dropping: occupiers lost over {} again in a day, General Staff says\n\n"
          "Over the past day Ukraine's armed forces eliminated 710 Russian occupiers, the "
          "General Staff's morning report said.")


def test_lost_over_n_again_in_a_day_counts_the_sides_men(check):
    # "again" between the figure and its period is no noun of it; "occupiers" are the side's
    # men, so the bare figure counts its personnel
    status, flags = check(_AGAIN.format("700"), NOV_11_2022)
    assert status["over 700"] == "supported" and status["710"] == "supported"
    assert not _errors(flags)
    status, _ = check(_AGAIN.format("900"), NOV_11_2022)
    assert status["over 900"] == "contradicted" and status["710"] == "supported"
