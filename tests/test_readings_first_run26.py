"""False alarms, unverified true figures and missed plants of the twenty-sixth phrasing set's
first run (issue #10, readings11), one test per cause, each with the wrong figure that must still
be caught. Our own sentences; the General Staff's real figures: report of 2023-08-21: tanks 4,358,
armoured vehicles 8,449, artillery 5,264; of 2023-10-20: 20 ships and boats, one submarine
(two since the report of 2025-12-16); of 2024-01-23: 960 troops, armoured vehicles +59 and
vehicles +65 (124 together), artillery +51; December 2023 by the day fought 29,970, November
28,550; report of 2023-08-10: armoured vehicles 8,303; 2026 artillery by the day fought: June
2,074, July 2,016; report of 2023-10-29: 299,080 (+660); of 2023-12-30: 358,270 (+750).
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.dates import find_dates
from factcheck.extract.numbers import find_quantities
from readings_support import status_checker


def at(status: dict[str, str], figure: str) -> str:
    """The status of the claim whose words hold ``figure``."""
    return next(v for k, v in status.items() if figure in k)


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("first-run-26")))


# -- "since Russian troops crossed Ukraine's borders in February 2022": a scope, no month -----

def test_a_since_clause_with_an_object_before_its_date_opens_a_scope():
    for text in ("Russia has lost 4,358 tanks since Russian troops crossed Ukraine's borders in "
                 "February 2022.",
                 "Russia has lost 4,358 tanks since Putin launched the war in February 2022."):
        dms = find_dates(text, date(2023, 8, 21))
        assert [(d.kind, d.end_date) for d in dms] == [("since", date(2023, 8, 21))], text


def test_totals_since_troops_crossed_the_borders(check):
    text = ("Moscow has lost a total of 4,358 tanks and {} armored personnel vehicles since "
            "Russian troops crossed Ukraine's borders in February 2022. Ukraine's General Staff "
            "says Russia has lost a total of 5,264 artillery systems.")
    status, flags = check(text.format("8,449"), date(2023, 8, 21))
    assert at(status, "4,358") == at(status, "8,449") == at(status, "5,264") == "supported"
    assert not flags
    status, _ = check(text.format("8,494"), date(2023, 8, 21))
    assert at(status, "8,494") == "contradicted"


# -- "20 ships and boats, and one submarine": the list's last count ---------------------------

def test_one_closing_a_list_before_its_noun_is_a_count():
    assert [q.value for q in find_quantities("It lost 20 ships and boats, and one submarine.")
            ] == [20, 1]
    assert [q.value for q in find_quantities("He scored 20 points and one thing is clear.")
            ] == [20]


def test_one_submarine_in_a_list_of_totals(check):
    text = ("Other Russian losses include 822 multiple launch rocket systems, 548 air defense "
            "systems, 20 ships and boats, and one submarine, according to Kyiv.")
    status, flags = check(text, date(2023, 10, 20))
    assert at(status, "one") == at(status, "20") == "supported" and not flags
    text = ("The Russian losses also include 11,734 tanks, 24,148 armored fighting vehicles, 30 "
            "ships and boats, and one submarine.")
    status, _ = check(text, date(2026, 3, 6))      # a stale template: two since December 2025
    assert at(status, "30") == "supported" and at(status, "one") == "contradicted"


# -- "a combined total of 124 armored combat vehicles, military vehicles and fuel tanks" --------

def test_a_combined_figure_over_a_list_of_kinds_is_none_of_them(check):
    # (readings12: the list's two fields are summed, measures.yaml sum_of: 59 + 65)
    text = ("Russia lost 960 troops, a combined total of {} armored combat vehicles, military "
            "vehicles and fuel tanks, and 51 artillery systems in a single day, Kyiv's military "
            "said in an update on Tuesday.")
    status, flags = check(text.format("124"), date(2024, 1, 23))
    assert at(status, "124") == "supported" and not flags
    assert at(status, "960") == at(status, "51") == "supported"
    status, _ = check(text.format("142"), date(2024, 1, 23))
    assert at(status, "142") == "contradicted"


# -- "the highest monthly toll since the war began, the second highest being N the previous
#    month": a record's range, no running total ------------------------------------------------

def test_a_records_since_makes_no_running_total(check):
    text = ("Kyiv's tally of Russian casualties in December was 29,970, the highest monthly "
            "toll since the war began, the second highest being {} the previous month.")
    status, flags = check(text.format("28,550"), date(2024, 1, 1))
    assert at(status, "29,970") == at(status, "28,550") == "supported" and not flags
    status, _ = check(text.format("25,850"), date(2024, 1, 1))
    assert at(status, "25,850") == "contradicted"


# -- "brings Russia's APV losses to 8,303": the abbreviation's losses -------------------------

def test_apv_losses_before_a_total(check):
    text = ("Russia has lost a total of 4,278 tanks, the General Staff said. Fighting over the "
            "past day brings Russia's APV losses to {}, according to Kyiv.")
    status, flags = check(text.format("8,303"), date(2023, 8, 10))
    assert at(status, "8,303") == "supported" and not flags
    status, _ = check(text.format("8,330"), date(2023, 8, 10))
    assert at(status, "8,330") == "contradicted"


# -- "the worst month ... was June, during which ...; In July it counted N" ---------------------

def test_a_month_after_was_and_the_count_a_topic_named(check):
    text = ("For artillery, the worst month of the year was June, during which Ukraine reported "
            "{} Russian systems destroyed. In July it counted {}.")
    status, flags = check(text.format("2,074", "2,016"), date(2026, 8, 3))
    assert at(status, "2,074") == at(status, "2,016") == "supported" and not flags
    status, _ = check(text.format("2,047", "2,061"), date(2026, 8, 3))
    assert at(status, "2,047") == at(status, "2,061") == "contradicted"
    dms = find_dates("For tanks, the worst month was May, during which 428 were lost.",
                     date(2024, 10, 2))
    assert [(d.start_date, d.end_date) for d in dms] == [(date(2024, 5, 1), date(2024, 5, 31))]


# -- "Of these, 660 died the day before alone": a part of Kyiv's count, whatever the verb -------

def test_a_part_of_a_running_total_counts_what_the_total_does(check):
    text = ("Since the start of the full-scale invasion on February 24 last year, Russia has lost "
            "299,080 soldiers, according to the Ukrainian General Staff. Of these, {} died the "
            "day before alone.")
    status, flags = check(text.format(660), date(2023, 10, 29))
    assert at(status, "660") == "supported" and not flags
    status, _ = check(text.format(606), date(2023, 10, 29))
    assert at(status, "606") == "contradicted"


# -- "750 soldiers would have fallen in the last 24 hours" (a machine rewrite) -----------------

def test_soldiers_who_have_fallen_are_losses(check):
    text = ("According to Kiev, Russia has lost 358,270 men to date since the start of the war. "
            "In particular, {} soldiers would have fallen in the last 24 hours.")
    status, flags = check(text.format(750), date(2023, 12, 30))
    assert at(status, "750") == "supported" and not flags
    status, _ = check(text.format(570), date(2023, 12, 30))
    assert at(status, "570") == "contradicted"


# -- set 27's first run (after set 26's fixes) ---------------------------------------------------
# Report of 2023-02-24: MLRS 474 (+3), armoured vehicles 6,600 (+7), artillery 2,363 (+11); of
# 2023-02-22: air defence 243; of 2024-03-10: 7,260 troops and 91 tanks over the seven reports
# to it.

def test_the_agent_after_by_is_not_whose_losses(check):
    text = ("The loss of three more multiple launch rocket systems takes the number destroyed by "
            "the Ukrainian army to {}.")
    status, flags = check(text.format(474), date(2023, 2, 24))
    assert at(status, "three") == at(status, "474") == "supported" and not flags
    status, _ = check(text.format(447), date(2023, 2, 24))
    assert at(status, "447") == "contradicted"


def test_a_count_of_more_before_another_figure_is_no_running_total(check):
    text = ("The loss of seven more Russian armoured personnel carriers now means Ukraine has "
            "destroyed 6600, while the destruction of {} more artillery systems means that "
            "Putin's army has now lost 2363 in total.")
    status, flags = check(text.format(11), date(2023, 2, 24))
    assert at(status, "11") == at(status, "2363") == at(status, "6600") == "supported"
    assert not flags
    status, _ = check(text.format(17), date(2023, 2, 24))
    assert at(status, "17") == "contradicted"


def test_anti_air_systems_and_russians_who_died(check):
    status, flags = check("On Wednesday, the Ukrainian military claimed that its forces had "
                          "destroyed 243 anti-air systems since the war began.", date(2023, 2, 22))
    assert at(status, "243") == "supported" and not flags
    text = "Ukraine's military announced on Sunday that {} Russians had died in the previous seven days."
    status, flags = check(text.format("7,260"), date(2024, 3, 10))
    assert at(status, "7,260") == "supported" and not flags
    status, _ = check(text.format("7,620"), date(2024, 3, 10))
    assert at(status, "7,620") == "contradicted"
    status, _ = check("About 2,000 Russians were evacuated from Belgorod on Sunday.",
                      date(2024, 3, 10))
    assert at(status, "2,000") == "unverified"


def test_a_count_in_a_week_is_the_weeks_sum_not_a_rate(check):
    text = ("# Russia loses over 7,000 troops and nearly {} tanks in a week: Kyiv\n\n"
            "Ukraine's military said on Sunday that Russia had lost 7,260 troops and 91 tanks in "
            "the past seven days.")
    status, flags = check(text.format(100), date(2024, 3, 10))
    assert at(status, "100") == at(status, "7,000") == "supported" and not flags
    status, _ = check(text.format(200), date(2024, 3, 10))
    assert at(status, "200") == "contradicted"


# -- whole short articles: the consistency rules see the same sentences ---------------------------

def test_lost_after_a_pair_of_months_is_no_amount_of_change(check):
    text = ("Kyiv's tally of Russian casualties in December was 29,970, the second highest being "
            "28,550 the previous month.\n\nRussia lost 780 troops over the past day, according to "
            "the General Staff.")
    status, flags = check(text, date(2024, 1, 1))
    assert not flags     # (was wrong-arithmetic: "from 28,550 to 29,970 is not a fall of 780")
    assert at(status, "780") == at(status, "28,550") == "supported"


# -- "... along with 552 drones. The drones total now stands at N": the next sentence's total ----
# Report of 2026-02-15: drones 134,858 (+552); the report before: 134,306.

def test_a_total_opening_the_next_sentence_pairs_with_the_count_before(check):
    text = ("Kyiv said on Sunday that Russia had lost 1,250 troops in the past day, taking its "
            "count to 1,253,270, along with 552 drones. The drones total now stands at {}.")
    status, flags = check(text.format("134,858"), date(2026, 2, 15))
    assert at(status, "134,858") == at(status, "552") == "supported" and not flags
    status, flags = check(text.format("134,306"), date(2026, 2, 15))   # the day before's
    assert at(status, "134,306") == "contradicted" and flags


# -- "the two armies' losses together near 1.4 million": a joint figure, no default side ---------

def test_a_joint_figure_of_both_sides_takes_no_default_side(check):
    text = ("Almost a million Russian soldiers have been killed or wounded, a study estimates, and "
            "about 400,000 Ukrainian soldiers, so that the two armies' losses together near 1.4 "
            "million.")
    status, flags = check(text, date(2025, 6, 4))
    assert at(status, "1.4 million") == "unverified" and not flags
