"""Everyday copy, the lead22 blind probe (issue 11): causes of the first run's false flags and
misses on drafts written from published copy not read before (Paris medal table, UK net
migration, Canada's fire season, US jobs reports). Our own sentences with the real figures.
Each fix is checked on a clean text (no flag) and, where the construction can carry an error,
on the same text with one (still flagged)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml

from everyday_support import rules

_ROOT = Path(__file__).resolve().parents[1]
# the safe loader on libyaml's C parser (the same data; the pure-Python one read the everyday
# set's 900 files in about 2.5 CPU seconds)
_SAFE_C = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_NOV23 = date(2023, 11, 23)
_SEP23 = date(2023, 9, 1)
_FEB25 = date(2025, 2, 7)
_AUG24 = date(2024, 8, 12)


# -- every planted error names a rule that can flag it -----------------------------------------

def test_every_planted_error_lists_a_shipped_rule():
    """A plant whose rule list names no shipped rule can never be counted as caught (the lead22
    drafts were first written with "wrong-comparison", a rule that does not exist)."""
    shipped = {p.stem for p in (_ROOT / "rules").glob("*/*.yaml")}
    orphans = [(f.name, d["id"], p["old"])
               for f in sorted((_ROOT / "corpus" / "everyday").glob("*.yaml"))
               for d in yaml.load(f.read_text(encoding="utf-8"), Loader=_SAFE_C)["drafts"]
               for p in d.get("planted", []) if not set(p["rule"]) & shipped]
    assert orphans == []


# -- a change's base named in words is not the next move's earlier value -----------------------

_PEAK = ("Net migration reached a record 745,000 in 2022. The latest figure, for the year to June "
         "2023, is 672,000, down about 10% from that peak but up from 607,000 in the 12 months "
         "before.")


def test_a_base_named_in_words_keeps_the_later_up_from_for_its_own_move():
    assert rules(_PEAK, _NOV23) == []


def test_the_up_from_move_is_still_checked():
    assert "wrong-arithmetic" in rules(
        "The latest figure is 672,000, down from that peak but up 20% from 607,000 in the 12 "
        "months before.", _NOV23)


# -- "more than the N economists had forecast" sets the level against the forecast ------------

_JOBS = ("The US economy added 143,000 jobs in January, fewer than the 169,000 analysts had "
         "expected, while the unemployment rate dipped to 4.0% from 4.1%.")


def test_fewer_than_the_forecast_is_checked_against_it():
    assert rules(_JOBS, _FEB25) == []
    assert "wrong-arithmetic" in rules(_JOBS.replace("169,000", "139,000"), _FEB25)


def test_more_than_the_forecast_clear_of_rounding_is_flagged():
    text = "Employers added 187,000 jobs in August, more than the 170,000 economists had forecast."
    assert rules(text, _SEP23) == []
    assert "wrong-arithmetic" in rules(text.replace("170,000", "210,000"), _SEP23)


def test_more_than_the_tally_of_another_time_is_still_a_qualifier():
    text = "Britain won 8 bronze medals, more than the 30 medals of Athens overall."
    assert "wrong-arithmetic" not in rules(text, _AUG24)


# -- "the most medals overall, 126 against China's 91" -----------------------------------------

_MEDALS = "The United States also won the most medals overall, 126 against China's 91."


def test_a_member_set_against_the_top_by_a_possessive_is_placed_below_it():
    assert rules(_MEDALS, _AUG24) == []
    assert "wrong-rank" in rules(_MEDALS.replace("91", "131"), _AUG24)


def test_another_times_figure_against_the_top_is_no_member():
    assert rules("The Conservatives won the most seats, 326, compared with last year's 358.",
                 _AUG24) == []
    assert rules("The party won the most seats, 326, compared with 2019's 365.", _AUG24) == []


# -- a rate set against a rate "faster than" it takes no levels ---------------------------------

_HOUSES = ("Annual house price growth eased to 1.8% in November from 2.4% in October, Nationwide "
           "said, although prices rose 0.3% on the month, faster than the revised 0.2% of the "
           "month before.")


def test_a_monthly_rate_faster_than_the_month_befores_is_no_change_between_levels():
    assert rules(_HOUSES, date(2025, 12, 1)) == []
    assert "wrong-arithmetic" in rules(_HOUSES.replace("revised 0.2%", "revised 0.4%"),
                                       date(2025, 12, 1))


# -- a change of one thing is never moved to another thing's rates in the next sentence ---------

def test_rates_of_change_of_the_next_sentence_are_no_levels_of_a_change():
    text = ("Gas prices were up 128.9% on a year earlier and electricity 65.7%. Food and "
            "non-alcoholic drink prices rose 16.4%, the fastest for 45 years, up from 14.6% in "
            "September.")
    assert rules(text, date(2022, 11, 16)) == []


def test_levels_in_the_next_sentence_still_give_a_change_its_values():
    text = ("UK house prices fell 1.7% in September. The average home now costs £161,797, down "
            "from £164,654 in August.")
    assert rules(text, date(2023, 10, 1)) == []
    assert "wrong-arithmetic" in rules(text.replace("fell 1.7%", "fell 4.7%"), date(2023, 10, 1))


# -- "meaning London's field was almost 1,000 larger": a clause with its own subject ----------

_MARATHON = ("A record 56,640 runners crossed the finish line at Sunday's London Marathon, the most "
             "for any marathon.\n\nThe previous record of 55,646 was set at the New York City "
             "Marathon only five months earlier, meaning London's field was almost 1,000 larger.")


def test_a_possessive_subject_clause_is_not_read_as_a_change_from_the_figure_before():
    assert rules(_MARATHON, date(2025, 4, 28)) == []


def test_the_previous_record_opening_the_next_paragraph_is_placed_below_the_new_one():
    assert "wrong-rank" in rules(_MARATHON.replace("of 55,646", "of 57,646"), date(2025, 4, 28))


# -- "rose most, by 4.8%, and flats least, by 2.3%" -------------------------------------------

_TYPES = "Semi-detached houses rose most, by 4.8%, and flats least, by 2.3%."


def test_rates_of_growth_named_most_and_least_are_ordered():
    assert rules(_TYPES, date(2025, 12, 1)) == []
    assert "wrong-rank" in rules(_TYPES.replace("4.8%", "1.8%"), date(2025, 12, 1))


def test_at_least_is_no_bottom_of_a_ranking():
    assert rules("Prices rose most in Wales, by 4.1%, while at least 12 regions saw gains, by "
                 "5.0% in one case.", date(2025, 12, 1)) == []


# -- "16 points, 8 behind Burnley": the team named after "behind" has no figure given ----------

def test_a_gap_behind_a_named_team_is_not_taken_from_another_teams_figure():
    assert rules("Liverpool were third with 82 points. At the bottom, Sheffield United finished "
                 "on 16 points, 8 behind Burnley.", date(2024, 5, 20)) == []


def test_a_gap_behind_the_leader_of_the_sentence_before_is_still_checked():
    text = "City finished on 93 points. Arsenal were one point behind City on 92."
    assert rules(text, date(2024, 5, 20)) == []
    assert "wrong-arithmetic" in rules(text.replace("one point", "three points"),
                                       date(2024, 5, 20))


# -- levels set beside a move's new level: ", above the 25.4% of 2019 but well below ..." -------

_GRADES = ("The proportion of A-level entries graded A or A* rose to 28.3% from 27.8%, above the "
           "25.4% of 2019 but well below the 2021 peak of 44.8%.")


def test_levels_beside_a_move_are_set_against_its_new_level():
    assert rules(_GRADES, date(2025, 8, 14)) == []
    assert "wrong-arithmetic" in rules(_GRADES.replace("25.4%", "29.4%"), date(2025, 8, 14))


def test_a_second_level_joined_by_but_is_set_against_the_new_level_too():
    assert "wrong-arithmetic" in rules(_GRADES.replace("44.8%", "24.8%"), date(2025, 8, 14))


# -- a currency and its sub-unit are one scale: "99 cents, ... down 33% from $1.47" -----------

_EPS = ("Earnings per share came to 99 cents, up 10% from 90 cents a year ago but down 33% from "
        "$1.47 in the previous quarter.")


def test_a_change_from_dollars_to_cents_is_worked_out():
    assert rules(_EPS, date(2020, 8, 20)) == []
    assert "wrong-arithmetic" in rules(_EPS.replace("33%", "23%"), date(2020, 8, 20))


# -- "rose 10% to 678 million, 3 million more than in the fourth quarter": two bases ----------

_MAU = ("Paying users were up 12% on a year earlier. Monthly active users rose 10% to 678 "
        "million, 3 million more than in the fourth quarter.")


def test_an_amount_on_the_quarter_before_is_no_second_amount_of_a_percentage_without_base():
    assert rules(_MAU, date(2025, 4, 29)) == []


def test_a_percentage_on_the_quarter_still_pairs_with_the_quarters_amount():
    text = ("Monthly active users rose 0.4% on the quarter to 678 million, 3 million more than in "
            "the fourth quarter.")
    assert rules(text, date(2025, 4, 29)) == []
    assert "wrong-arithmetic" in rules(text.replace("0.4%", "5%"), date(2025, 4, 29))


# -- "€509 million, though that was short of the €548 million": a pronoun takes it up --------

_GUIDED = ("Operating income reached a record €509 million, though that was short of the €548 "
           "million the company had guided for.")


def test_a_level_taken_up_by_a_pronoun_is_set_against_the_figure_after():
    assert rules(_GUIDED, date(2025, 4, 29)) == []
    assert "wrong-arithmetic" in rules(_GUIDED.replace("€548", "€498"), date(2025, 4, 29))


# -- "£149 a year, or about £12 a month. The new cap is still about £117 lower than a year ago" --

_CAP = ("The price cap will rise by 10% from October, taking the typical annual bill to £1,717 "
        "from £1,568. That is an increase of £149 a year, or about £12 a month. The new cap is "
        "still about £117 lower than a year ago, when it stood at £1,834.")


def test_a_monthly_figure_is_no_level_of_an_annual_amount_of_change():
    assert rules(_CAP, date(2024, 8, 23)) == []


def test_a_rate_a_month_is_still_the_level_of_an_amount_a_month():
    text = ("Drivers now pay about £12 a month. That is still £3 a month lower than a year ago, "
            "when they paid £15 a month.")
    assert rules(text, date(2024, 8, 23)) == []


# -- the period before's level further back: "... 83.9 million passengers in 2024 ... expects 84.2
# million passengers this year, an increase of 0.4%" --------------------------------------------

_HEATHROW = ("Heathrow handled 83.9 million passengers in 2024, its busiest year on record.\n\n"
             "Routes to the EU carried the most passengers, 28.1 million.\n\n"
             "Heathrow expects 84.2 million passengers this year, an increase of 0.4%.")


def test_a_change_takes_the_level_of_the_period_before_from_further_back():
    assert rules(_HEATHROW, date(2025, 1, 13)) == []
    assert "wrong-arithmetic" in rules(_HEATHROW.replace("of 0.4%", "of 1.4%"), date(2025, 1, 13))


def test_two_levels_of_the_period_before_leave_the_base_open():
    text = ("Heathrow handled 83.9 million passengers in 2024.\n\nUnder the old method, "
            "Heathrow handled 80.1 million passengers in 2024.\n\nHeathrow expects 84.2 million "
            "passengers this year, an increase of 4.6%.")
    assert "wrong-arithmetic" not in rules(text, date(2025, 1, 13))


# -- "77.3 million votes, or 49.8%, against Harris's 75.0 million, or 48.3%, a margin of ..." --

_VOTES = ("With nearly every ballot counted, he took 77.3 million votes, or 49.8%, against "
          "Harris's 75.0 million, or 48.3%, a margin of about 2.3 million votes and 1.5 percentage "
          "points.")


def test_a_margin_after_counts_with_their_shares_is_the_counts_gap():
    assert rules(_VOTES, date(2024, 12, 20)) == []
    assert "wrong-arithmetic" in rules(_VOTES.replace("about 2.3 million", "about 3.3 million"),
                                       date(2024, 12, 20))


def test_the_second_amount_of_one_margin_is_the_shares_gap():
    assert "wrong-arithmetic" in rules(_VOTES.replace("1.5 percentage", "2.5 percentage"),
                                       date(2024, 12, 20))


def test_a_margin_after_shares_of_the_vote_with_words_between():
    text = "He took 49.8% of the vote against Harris's 48.3%, a margin of 1.5 percentage points."
    assert rules(text, date(2024, 12, 20)) == []
    assert "wrong-arithmetic" in rules(text.replace("1.5 percentage", "2.5 percentage"),
                                       date(2024, 12, 20))


# -- "eight of those tries": the whole a portion names by its noun, not the nearest count ------

_TRIES = ("They scored 30 tries in their five games, a championship record. Louis Bielle-Biarrey "
          "scored eight of those tries, one more than the previous record of seven.")


def test_of_those_names_the_whole_by_its_noun():
    assert rules(_TRIES, date(2025, 3, 16)) == []
    assert "parts-exceed-total" in rules(_TRIES.replace("eight of those", "32 of those"),
                                         date(2025, 3, 16))
