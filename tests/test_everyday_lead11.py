"""Everyday copy, the lead's eleventh round (issue 11): constructions met in a blind probe of
six drafts from published copy (monthly retail sales in the US and Canada, world and national
airport traffic). Our own sentences, real figures; each construction is checked clean (no flag)
and, where it carries a figure to check, with a planted error (flagged by the rule named)."""

from __future__ import annotations

from datetime import date

from everyday_support import flags

DAY = date(2010, 6, 12)


def rules(text: str, day: date = DAY) -> list[str]:
    return [f["rule"] for f in flags(text, day)]


MAY = ("Retail trade sales fell 1.4% in May to $323 billion from $327.4 billion in April. It was "
       "the largest monthly drop since a fall of more than 2.4% last September.\n\n"
       "Sales were still {n}% higher than the $300.7 billion of May 2009.")


def test_an_amount_dated_in_its_own_words_is_no_change_of_the_pair_before():
    # the 2.4% of last September is an earlier month's fall, not April-to-May's; and the 1.4% of
    # a rounded $323 billion stays clean
    assert rules(MAY.format(n="7.4")) == []


def test_an_amount_set_against_money_describes_an_earlier_amount_of_money():
    # "# ... for the first time in eight months" names "sales" too, but a count of months is no
    # level of sales the 9.4% could describe
    text = "# US retail sales fall for the first time in eight months\n\n" + MAY
    assert rules(text.format(n="7.4")) == []
    assert "wrong-arithmetic" in rules(text.format(n="9.4"))


def test_a_headline_change_in_the_present_tense_is_a_change():
    text = ("# US retail sales fall {n}% in May\n\nRetail sales fell 1.4% in May to $323 billion "
            "from $327.4 billion in April.")
    assert rules(text.format(n="1.4")) == []
    assert "restated-change-mismatch" in rules(text.format(n="4.1"))


def test_a_level_passed_is_no_amount_of_change():
    # "would climb above 11%" is where inflation goes, not by how much
    text = ("The Bank of England raised interest rates to 1.25% from 1% on Thursday and warned "
            "that inflation would climb above 11% in October.")
    assert rules(text, date(2022, 6, 16)) == []


def test_a_place_between_the_noun_and_its_verb_keeps_the_noun_as_measure():
    from everyday_support import claims
    got = claims("Retail sales in Canada edged down 0.1% in August. Prices in the euro area "
                 "were up 2.6%.", date(2019, 10, 22))
    assert [c.measure for c in got] == ["retail sales", "prices"]


REGIONS = ("Asia-Pacific was again the busiest region, with 2.46 billion passengers; Europe "
           "followed with 1.93 billion and North America was third with {n} billion.")


def test_a_figure_that_followed_takes_the_place_after_the_one_before():
    # the superlative makes the sentence's first figure the leader, "followed with" the second
    assert rules(REGIONS.format(n="1.72"), date(2016, 9, 9)) == []
    got = flags(REGIONS.format(n="1.97"), date(2016, 9, 9))
    assert [f["rule"] for f in got] == ["wrong-rank"]
    assert "1.93 billion" in got[0]["message"]


def test_a_count_a_pronoun_holds_may_be_joint_and_is_no_further_part():
    # "With the 16 seats of their ally ..., they will hold 82 seats": 66 + 16, not a third part
    text = ("The Socialist Party won 41.1% of the vote and 66 of the 140 seats in parliament. "
            "The Democratic Party took 30.4% and 49 seats.\n\nWith the 16 seats of their ally, "
            "the Socialist Movement for Integration, which won 10.4%, they will hold 82 seats.")
    assert rules(text, date(2013, 7, 9)) == []


def test_more_of_a_count_in_a_relative_clause_is_set_against_nothing():
    text = ("The Washington state outbreak stayed at 75 cases. Oregon is reporting four cases "
            "linked to it and two more that are not, six in all.")
    assert rules(text, date(2019, 3, 12)) == []


def test_a_total_so_far_this_year_runs_to_publication_and_its_compared_year_keeps_its_own():
    from everyday_support import claims, find
    text = ("The US has confirmed 555 measles cases so far this year, about {n}% more than the "
            "372 recorded in the whole of 2018.")
    cs = claims(text.format(n="50"), date(2019, 4, 16))
    p = find(cs, "555").period
    assert (p.start, p.end) == (date(2019, 1, 1), date(2019, 4, 16))
    p = find(cs, "372").period
    assert (p.start, p.end) == (date(2018, 1, 1), date(2018, 12, 31))
    assert rules(text.format(n="50"), date(2019, 4, 16)) == []
    assert "wrong-arithmetic" in rules(text.format(n="60"), date(2019, 4, 16))


def test_points_ahead_after_the_figure_is_the_gap_to_the_one_rival_said():
    text = ("The Socialist Party won 41.1% of the vote. The Democratic Party took 30.4% and 49 "
            "seats. The Socialists finished {n} points ahead.")
    assert rules(text.format(n="10.7"), date(2013, 7, 9)) == []
    assert "wrong-arithmetic" in rules(text.format(n="12.7"), date(2013, 7, 9))


def test_a_change_from_an_earlier_value_runs_to_the_latest_level_said_before():
    text = ("The United States has confirmed 555 measles cases so far this year, health officials "
            "said.\n\nCases rose by {n} in a week, from 465.")
    assert rules(text.format(n="90"), date(2019, 4, 16)) == []
    assert "wrong-arithmetic" in rules(text.format(n="80"), date(2019, 4, 16))
    # a level of another measure is no new value of it
    other = ("The outbreak has cost $2.3 million so far this year.\n\nCases rose by 80 in a "
             "week, from 465.")
    assert rules(other, date(2019, 4, 16)) == []


INTEL = ("Intel's revenue for the three months to September was $16.1 billion.\n\nNet income was "
         "$4.5 billion, or 94 cents a share, against Wall Street's forecast of $3.8 billion, or 73 "
         "cents. Adjusted earnings per share rose 26% to $1.01.\n\nThe chipmaker lifted its "
         "full-year revenue forecast by $700 million to $62 billion and raised its earnings "
         "guidance by 27 cents to $2.93 a share. Adjusted earnings are now expected to be $3.25 a "
         "share.")


def test_results_copy_keeps_forecasts_and_adjusted_figures_apart_from_the_actuals():
    from everyday_support import claims, find
    assert rules(INTEL, date(2017, 10, 27)) == []
    cs = claims(INTEL, date(2017, 10, 27))
    # a market's forecast is no subject; the figure said again after "or" is the forecast too
    assert find(cs, "73 cents").role == "expected"
    assert "wall street" not in str(find(cs, "73 cents").subject)
    assert str(find(cs, "$1.01").subject).endswith("/ adjusted")
    assert "/ forecast" in str(find(cs, "$2.93").subject)
    # a full-year forecast is of the year under way
    p = find(cs, "$62 billion").period
    assert (p.start, p.end) == (date(2017, 1, 1), date(2017, 12, 31))


def test_a_forecast_beaten_is_no_earlier_value_of_the_change():
    text = "Revenue grew 10% to $8.09 billion, above the $8.04 billion Wall Street had forecast."
    assert rules(text, date(2005, 12, 15)) == []


def test_a_change_with_its_values_said_again_per_share():
    text = ("Net income fell {n}% to $194 million, or $1.72 a share, from $202 million, or $1.78 "
            "a share, a year earlier. Adjusted earnings were $2.04 a share.")
    assert rules(text.format(n="4"), date(2024, 4, 23)) == []
    assert "wrong-arithmetic" in rules(text.format(n="6"), date(2024, 4, 23))


def test_the_amount_a_forecast_was_changed_by_is_a_change():
    text = "The company raised its earnings guidance by 27 cents to $2.93 a share, from ${n}."
    assert rules(text.format(n="2.66"), date(2017, 10, 27)) == []
    assert "wrong-arithmetic" in rules(text.format(n="2.76"), date(2017, 10, 27))


def test_time_gaps_to_a_record_and_in_a_race_of_its_own():
    text = ("Eliud Kipchoge won the London Marathon in 2:03:05, just eight seconds outside the "
            "world record of {rec}.\n\nJemima Sumgong won the women's race in 2:22:58, with Tigist "
            "Tufa second, five seconds back.")
    assert rules(text.format(rec="2:02:57"), date(2016, 4, 24)) == []
    assert rules(text.format(rec="2:02:47"), date(2016, 4, 24)) == ["wrong-arithmetic"]


def test_a_slowdown_in_points_is_a_change():
    text = ("Annual house price growth eased to 1.8% in November from 2.4% in October, a slowdown "
            "of {n} points.")
    assert rules(text.format(n="0.6"), date(2025, 12, 1)) == []
    assert "wrong-arithmetic" in rules(text.format(n="0.8"), date(2025, 12, 1))


KNIFE = ("Police forces in England and Wales recorded 43,516 offences involving a knife between "
         "April 2018 and March 2019, 8% more than the 40,215 of the year before. The figures leave "
         "out Greater Manchester Police; with its offences included, the total was 47,136.\n\n"
         "Robberies made up 18,462 of the offences, or {n}%.")


def test_a_share_of_two_possible_wholes_takes_the_one_named_or_none():
    from everyday_support import claims, find
    assert rules(KNIFE.format(n="42"), date(2019, 7, 18)) == []
    assert "wrong-arithmetic" in rules(KNIFE.format(n="48"), date(2019, 7, 18))
    cs = claims(KNIFE.format(n="42"), date(2019, 7, 18))
    # "between April 2018 and March 2019" is one span; a story of 2019 counts no war's losses
    p = find(cs, "43,516").period
    assert (p.start, p.end) == (date(2018, 4, 1), date(2019, 3, 31))
    assert find(cs, "47,136").measure is None


def test_than_in_another_period_sets_the_amount_against_no_figure_written():
    text = ("Passengers made 1,385 million rail journeys in the year to March 2023, an increase of "
            "39.9% on the 990 million of the year before but 20.4% fewer than in the year to "
            "March 2020.")
    assert rules(text, date(2024, 1, 25)) == []


def test_a_headline_change_restates_only_a_body_change_it_shares_words_with():
    text = ("# Domestic burglaries rise 3%\n\nPolice recorded 67,000 domestic burglaries between "
            "April and June, up from 65,200 a year earlier. Bicycle thefts rose by 22%.")
    assert rules(text, date(2009, 10, 22)) == []


def test_a_headline_change_takes_no_earlier_value_from_the_body_that_restates_it():
    text = ("# World airport traffic grows 6.4% to 7.2 billion passengers\n\nPassenger numbers at "
            "the world's airports rose 6.4% in 2015 to 7.2 billion, the fastest growth since 2010.")
    assert rules(text, date(2016, 9, 9)) == []


def test_a_sector_opening_its_sentence_owns_its_jobs():
    text = ("# US payrolls jump 126,000\n\nNon-farm payrolls rose by 126,000 in October, after a "
            "gain of 125,000 in September.\n\nServices added 143,000 jobs, while manufacturers cut "
            "24,000.")
    assert rules(text, date(2003, 11, 7)) == []


def test_a_gap_that_narrowed_to_a_figure_is_set_against_no_pair_of_the_sentence():
    text = ("Boys earned more A* grades, 8.7% against 7.8% for girls, and the gap between girls "
            "and boys at A or above narrowed to 0.4 percentage points, from 2.4 points in 2005.")
    assert rules(text, date(2015, 8, 13)) == []
