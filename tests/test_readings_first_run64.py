"""Causes found by the sixty-fourth and sixty-fifth phrasing sets' first runs (issue #10,
readings33: several sources side by side, year-end round-ups, anniversaries, corrections notes),
one test per cause, each with the wrong figure that must still be caught. Our own sentences;
the General Staff's real figures: the report of 2024-12-28: 784,200 troops, 1,690 in the day,
424,190 since the reports of 2024 began; of 2023-11-26: 324,830 troops (+1,070), 5,513 tanks
(+11), 5,901 drones (+93); of 2024-11-03: 9,182 tanks (+12), 18,523 armoured vehicles, 20,086
artillery systems; of 2025-06-15: 1,170 troops, 1,003,860 in all, 10,937 tanks; 2024: 430,790
troops (1,177 a day).
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import checker_for, status_checker


def at(status: dict[str, str], figure: str) -> str:
    """The status of the claim whose words are ``figure``, else hold it."""
    return status.get(figure) or next(v for k, v in status.items() if figure in k)


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("first-run-64")))


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("first-run-64-claims")))


def claim(cs, words: str):
    return next(c for c in cs if words in c.text)


# -- a later clause's whole-war scope beats an earlier "since" date ---------------------------

def test_the_war_as_a_whole_is_not_the_year_of_the_clause_before(check, run):
    text = ("Ukraine's commander-in-chief said on Saturday that Russian losses since the start "
            "of 2024 had passed 421,000 killed and wounded, and that the war as a whole had "
            "cost Russia about {} troops.")
    status, flags = check(text.format("785,000"), date(2024, 12, 28))
    assert at(status, "785,000") == "supported" and at(status, "421,000") == "supported"
    assert not flags
    _, cs, _, _ = run(text.format("785,000"), date(2024, 12, 28))
    assert claim(cs, "785,000").cumulative and not claim(cs, "421,000").cumulative
    status, _ = check(text.format("758,000"), date(2024, 12, 28))
    assert at(status, "758,000") == "contradicted"


# -- "or about 1,180 a day" after a year's figure: that year's daily average ------------------

def test_so_many_a_day_after_a_period_figure_is_its_average(check, run):
    text = ("Russia took 4,168 square kilometres of Ukraine in 2024. Set against Kyiv's 430,790 "
            "Russian casualties for the year, that is roughly 103 for every square kilometre, "
            "or about {} a day.")
    status, flags = check(text.format("1,180"), date(2025, 1, 2))
    assert at(status, "1,180") == "supported" and not flags
    _, cs, _, _ = run(text.format("1,180"), date(2025, 1, 2))
    c = claim(cs, "1,180")
    assert c.measure == "personnel_losses_per_day"
    assert (c.period.start, c.period.end) == (date(2024, 1, 1), date(2024, 12, 31))
    status, _ = check(text.format("1,810"), date(2025, 1, 2))
    assert at(status, "1,810") == "contradicted"


def test_the_average_of_a_figure_with_no_period_is_left_open(check):
    # "for the year" with no year written on 2 January: neither the day's report nor a year
    status, _ = check("Set against Kyiv's 430,790 Russian casualties for the year, that is "
                      "roughly 103 for every square kilometre, or about 1,180 a day.",
                      date(2025, 1, 2))
    assert at(status, "1,180") == "unverified"


def test_in_a_day_stays_one_days_figure(run):
    # "in a day" is one day's figure, not the year's average
    _, cs, _, _ = run("Russia lost 430,790 troops last year and 1,370 in a single day this "
                      "week.", date(2025, 1, 2))
    assert claim(cs, "1,370").measure == "personnel_losses"


# -- "taking the totals to A and B" after "X troops and Y tanks" -----------------------------

def test_totals_after_a_list_of_increments_pair_in_order(check, run):
    text = ("The General Staff listed 1,070 more troops and 11 tanks lost over the past day, "
            "taking the totals to {} and 5,513.")
    status, flags = check(text.format("324,830"), date(2023, 11, 26))
    assert at(status, "324,830") == "supported" and at(status, "5,513") == "supported"
    assert not flags
    _, cs, _, _ = run(text.format("324,830"), date(2023, 11, 26))
    assert claim(cs, "324,830").measure == "personnel_losses"
    status, _ = check(text.format("324,380"), date(2023, 11, 26))
    assert at(status, "324,380") == "contradicted"


# -- "12 more than a day earlier": the change's base day dates no later figure --------------

def test_a_changes_base_day_does_not_date_the_figures_after_it(check):
    text = ("Russia's tank losses, mostly T-72s and T-80s, reached 9,182 on Sunday by the "
            "General Staff's count, 12 more than a day earlier, alongside 18,523 armoured "
            "vehicles and {} artillery systems.")
    status, flags = check(text.format("20,086"), date(2024, 11, 3))
    assert at(status, "18,523") == "supported" and at(status, "20,086") == "supported"
    assert not flags
    status, _ = check(text.format("20,068"), date(2024, 11, 3))
    assert at(status, "20,068") == "contradicted"


# -- correction notes ---------------------------------------------------------------------------

def test_a_correction_note_after_the_story_retracts_the_figure_it_quotes(check, run):
    text = ("Russia lost {} troops over the past day, Ukraine's General Staff said on "
            "Saturday.\n\nCorrection: an earlier version of this article gave the day's figure "
            "as 1,960.")
    status, flags = check(text.format("1,690"), date(2024, 12, 28))
    assert at(status, "1,690") == "supported" and at(status, "1,960") != "contradicted"
    assert not flags
    _, cs, _, _ = run(text.format("1,690"), date(2024, 12, 28))
    assert claim(cs, "1,960").extra_dict().get("retracted") is True
    # the body's own figure is still checked
    status, _ = check(text.format("1,609"), date(2024, 12, 28))
    assert at(status, "1,609") == "contradicted"


def test_this_article_earlier_put_and_the_notes_date(check):
    text = ("Russia lost 1,170 troops over the past day, the General Staff said on Sunday, "
            "taking its total to 1,003,860.\n\nCorrection, 16 June: this article earlier put "
            "Russia's tank losses at 10,973; the General Staff's figure is {}.")
    status, flags = check(text.format("10,937"), date(2025, 6, 15))
    assert at(status, "10,937") == "supported" and at(status, "10,973") != "contradicted"
    assert not flags
    status, _ = check(text.format("10,397"), date(2025, 6, 15))
    assert at(status, "10,397") == "contradicted"


def test_as_previously_reported_is_no_retraction(run):
    # a comma between: the figure stands as the article's own
    _, cs, _, _ = run("Correction: Russia's losses, as previously reported, stood at 784,200 "
                      "on Saturday.", date(2024, 12, 28))
    assert claim(cs, "784,200").extra_dict().get("retracted") is None


# -- set 66 (written blind after the fixes above): its first run's causes ----------------------

def test_a_days_marker_beats_the_scope_of_the_figure_before(check, run):
    # the report of 2026-05-09: 1,340,270 troops, 1,080 in the day
    text = ("As Moscow marked Victory Day, Kyiv's count of Russian troops lost since February "
            "2022 reached 1,340,270, with {} added in the latest report.")
    status, flags = check(text.format("1,080"), date(2026, 5, 9))
    assert at(status, "1,080") == "supported" and at(status, "1,340,270") == "supported"
    assert not flags
    _, cs, _, _ = run(text.format("1,080"), date(2026, 5, 9))
    assert not claim(cs, "1,080").cumulative and claim(cs, "1,340,270").cumulative
    status, _ = check(text.format("1,800"), date(2026, 5, 9))
    assert at(status, "1,800") == "contradicted"


def test_the_dead_of_taking_one_town_are_that_battles(check):
    # the report of 2023-05-24: 204,760 troops, 400 in the day
    text = ("Wagner's chief said on Wednesday that some 20,000 of his fighters had died taking "
            "Bakhmut. Kyiv's General Staff, counting all Russian forces, put their losses at "
            "{}, including 400 over the past day.")
    status, flags = check(text.format("204,760"), date(2023, 5, 24))
    assert at(status, "20,000") == "unverified" and at(status, "204,760") == "supported"
    assert not flags
    status, _ = check(text.format("207,460"), date(2023, 5, 24))
    assert at(status, "207,460") == "contradicted"


def test_what_fighting_cost_a_side_in_troops_is_its_losses(check):
    # July 2024: 35,680 troops by the reports of 1 July to 1 August
    text = "July alone had cost Russia {} troops by Kyiv's count."
    status, flags = check(text.format("35,680"), date(2024, 8, 6))
    assert at(status, "35,680") == "supported" and not flags
    status, _ = check(text.format("38,560"), date(2024, 8, 6))
    assert at(status, "38,560") == "contradicted"
