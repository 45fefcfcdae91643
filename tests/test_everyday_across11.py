"""Everyday copy, issue 11: figures related across sentences (factcheck/normalize/across.py,
rules/vocab/across.yaml). A gap said of the figure the sentence before leads with ("That was
84,504 fewer than ..., when the figure was ..."), parts "accounted for" after their whole, a
group of the thing counted ("among women", "long-term"), and a gap named without figures
("exceeds revenue by ..."). Sentences in our own words with the constructions of published
copy; each is checked clean (no flag) and, where it adds a check, with a planted error
(flagged by the expected rule). The shipped consistency rules run without a store."""

from __future__ import annotations

from datetime import date

from everyday_support import RESTATED, claims as _claims, find, flags

PARTS = {"parts-exceed-total", "list-sum-mismatch"}


def claims(text: str, day: date = date(2018, 9, 13)):
    return _claims(text, day)


def rules(text: str, day: str = "2018-09-13") -> list[str]:
    return [f["rule"] for f in flags(text, date.fromisoformat(day))]


TREATMENTS = ("Surgeons carried out 2,054,655 operations in the region between January and "
              "July, the college said.\n\nThat was {gap} fewer than in the same months of "
              "2017, when the figure was 2,139,159.")


def test_a_gap_opening_with_that_was_is_a_change_of_the_figure_before():
    cs = claims(TREATMENTS.format(gap="84,504"))
    ch = dict(find(cs, "84,504").extra)["change"]
    assert ch["to"] == find(cs, "2,054,655").id
    assert ch["from"] == find(cs, "2,139,159").id
    assert ch["direction"] == "down"
    assert rules(TREATMENTS.format(gap="84,504")) == []
    assert "wrong-arithmetic" in rules(TREATMENTS.format(gap="94,504"))


CASES = ("The country confirmed 1,282 cases of the disease last year, the most since 1992. "
         "That was {gap} more than in 2014, the previous high, when there were 667.")


def test_the_earlier_value_may_follow_a_clause_about_the_time_compared_with():
    assert rules(CASES.format(gap="615")) == []
    assert "wrong-arithmetic" in rules(CASES.format(gap="715"))


POWER = ("The storm killed 23 people and cut power to 1.4 million homes, {gap} more than "
         "the ice storm of 2008, which left 1.06 million without power.")


def test_a_gap_in_apposition_to_the_figure_before_it():
    cs = claims(POWER.format(gap="340,000"))
    ch = dict(find(cs, "340,000").extra)["change"]
    assert (ch["to"], ch["from"]) == (find(cs, "1.4 million").id, find(cs, "1.06 million").id)
    assert rules(POWER.format(gap="340,000")) == []
    assert "wrong-arithmetic" in rules(POWER.format(gap="640,000"))


AIRPORT = ("The airport handled about 5.4 million passengers in October, a rise of 3.5% on "
           "the same month of 2012. That was {gap} more travellers than a year earlier.")


def test_a_gap_with_no_earlier_value_is_the_same_change_as_the_percentage():
    cs = claims(AIRPORT.format(gap="185,000"))
    pct = dict(find(cs, "3.5%").extra)["change"]
    assert pct["by"] == find(cs, "185,000").id and pct["to"] == find(cs, "about 5.4 million").id
    assert rules(AIRPORT.format(gap="185,000")) == []
    assert "wrong-arithmetic" in rules(AIRPORT.format(gap="285,000"))


def test_more_than_before_a_figure_is_a_qualifier_not_a_gap():
    # "99 tanks and more than 200 ...": no change of the 6,080 before it
    cs = claims("The army lost 6,080 soldiers, 99 tanks and more than 200 guns in a week.")
    assert find(cs, "99").role != "change"


TOURISM = ("International arrivals grew 7% in 2017 to a record 1.323 billion. That was some "
           "84 million more than in 2016, when 1.239 billion arrivals were counted.\n\n"
           "Europe received 671 million of them. Asia and the Pacific accounted for 324 million, "
           "the Americas for {americas} million, Africa for 63 million and the Middle East for "
           "58 million.")


def test_parts_accounted_for_after_their_whole_in_an_earlier_paragraph():
    cs = claims(TOURISM.format(americas="207"))
    whole = find(cs, "1.323 billion").id
    for part in ("671 million", "324 million", "207 million", "63 million", "58 million"):
        assert (find(cs, part).role, find(cs, part).group) == ("portion", whole)
    assert find(cs, "1.239 billion").role == "compared"
    assert rules(TOURISM.format(americas="207")) == []
    assert PARTS & set(rules(TOURISM.format(americas="270")))


SALES = ("Car sales reached 1.2 million last year. Electric cars accounted for {ev} "
         "of the sales and hybrids for 420,000.")


def test_the_verb_left_out_after_the_first_part():
    assert rules(SALES.format(ev="310,000")) == []
    assert PARTS & set(rules(SALES.format(ev="910,000")))


JOBLESS = ("# Unemployment falls to 2.51 million\n\n"
           "The number of people out of work fell by 49,000 in the quarter to September to 2.51 "
           "million, the statistics office said.\n\n"
           "Unemployment among men fell by 39,000 to 1.43 million. Among women it dropped by "
           "10,000 to 1.09 million. Long-term unemployment went up by 12,000 to 894,000.")


def test_a_group_of_the_thing_counted_is_a_part_not_a_restatement():
    cs = claims(JOBLESS, date(2011, 11, 16))
    for figure, group in (("1.43 million", "men"), ("1.09 million", "women"),
                          ("894,000", "long-term")):
        assert find(cs, figure).subject.split(" / ")[-1] == group
    assert not RESTATED & set(rules(JOBLESS, "2011-11-16"))


def test_the_whole_count_among_a_force_is_no_group():
    cs = claims("Combat losses among Russian personnel between the start of the invasion and "
                "Tuesday numbered 77,170, the General Staff said.", date(2022, 11, 8))
    assert "/" not in (find(cs, "77,170").subject or "")


BUDGET = ("The city plans to spend 3.9 billion lei next year. Education gets 1.8 billion lei "
          "and housing 340 million lei.\n\nSpending exceeds expected revenue by 270 million "
          "lei, a gap to be covered with loans.")


def test_a_gap_named_without_figures_is_no_level():
    cs = claims(BUDGET, date(2017, 11, 20))
    assert find(cs, "270 million").role == "difference"
    assert not RESTATED & set(rules(BUDGET, "2017-11-20"))


def test_complementary_groups_are_portions_of_the_count_before_and_of_its_change():
    assert not PARTS & set(rules(JOBLESS, "2011-11-16"))
    # the women's level planted too high: 1.43 + 1.29 million is more than 2.51 million
    assert PARTS & set(rules(JOBLESS.replace("to 1.09 million", "to 1.29 million"),
                             "2011-11-16"))
    # the men's fall planted too large: 59,000 + 10,000 is more than the 49,000 of all
    assert PARTS & set(rules(JOBLESS.replace("by 39,000", "by 59,000"), "2011-11-16"))


def test_changes_of_groups_going_opposite_ways_are_not_summed():
    text = JOBLESS.replace("Among women it dropped by 10,000", "Among women it rose by 10,000")
    cs = claims(text, date(2011, 11, 16))
    assert find(cs, "10,000").role == "change"


MOVEMENTS = ("Frankfurt Airport handled about 5.4 million passengers in October. Aircraft "
             "movements fell 1% to 42,580.\n\nThe {n} take-offs and landings were the fewest "
             "for an October in five years.")
CUTS = ("The bank will cut 2,300 jobs over two years, it said on Tuesday.\n\nThe {n} "
        "redundancies will fall mostly on branch staff.")


def test_a_figure_restated_under_another_noun_of_its_measure():
    assert find(claims(MOVEMENTS.format(n="42,580")), "42,580").measure == "aircraft_movements"
    assert rules(MOVEMENTS.format(n="42,580"), "2013-11-12") == []
    assert RESTATED & set(rules(MOVEMENTS.format(n="45,280"), "2013-11-12"))
    assert rules(CUTS.format(n="2,300")) == []
    assert RESTATED & set(rules(CUTS.format(n="3,200")))


ROADS = ("The number of people killed on the roads fell by 16% last year, from 2,222 in 2009 "
         "to 1,857.\n\nSome 403 motorcyclists were killed, 15% fewer than in 2009. Cyclist "
         "deaths went the other way, rising {pct} to 111 from 104.")


def test_the_new_value_of_a_change_is_no_earlier_value_of_another():
    # "15% fewer than in 2009": not from the 1,857 (the later level of the 16% fall)
    cs = claims(ROADS.format(pct="7%"), date(2011, 6, 30))
    ch = dict(find(cs, "15%").extra)["change"]
    assert ch.get("from") != find(cs, "1,857").id
    assert rules(ROADS.format(pct="7%"), "2011-06-30") == []


def test_a_participle_after_a_comma_says_a_change_and_the_other_way_is_no_portion():
    cs = claims(ROADS.format(pct="7%"), date(2011, 6, 30))
    assert find(cs, "7%").role == "change"
    assert "wrong-arithmetic" in rules(ROADS.format(pct="17%"), "2011-06-30")
    # "after rising 1.2% in July, while services inflation picked up to 4.2% from 4%": an
    # earlier period's rate, no change from 4% to 4.2%
    text = ("Energy prices fell 3% from a year earlier, after rising 1.2% in July, while "
            "services inflation picked up to 4.2% from 4%.")
    assert "wrong-arithmetic" not in rules(text, "2024-08-30")


JOBS = ("Siemens will cut 2,700 jobs worldwide at its gas and power division, the group said. "
        "Germany will lose 1,400 of them.\n\nThe remaining {n} posts will go outside Germany.")


def test_the_rest_of_a_count_under_another_noun_is_its_portion():
    assert rules(JOBS.format(n="1,300"), "2019-06-18") == []
    assert PARTS & set(rules(JOBS.format(n="1,500"), "2019-06-18"))


SHORTFALL = ("The airport handled 79.2 million passengers in 2023, up 28.6% from 61.6 million the "
             "year before.\n\nTraffic was still {gap} million short of the 80.9 million who "
             "passed through in 2019.")


def test_a_shortfall_of_the_figure_before_from_the_value_after():
    cs = claims(SHORTFALL.format(gap="1.7"), date(2024, 2, 15))
    ch = dict(find(cs, "1.7 million").extra)["change"]
    assert (ch["to"], ch["from"], ch["direction"]) == (
        find(cs, "79.2 million").id, find(cs, "80.9 million").id, "down")
    assert rules(SHORTFALL.format(gap="1.7"), "2024-02-15") == []
    assert "wrong-arithmetic" in rules(SHORTFALL.format(gap="2.7"), "2024-02-15")


def test_a_gap_to_an_expectation_is_no_second_amount_of_the_change():
    text = ("Sales rose 5% to 1.2 million in the quarter. That was 30,000 more than analysts "
            "had expected.")
    cs = claims(text)
    assert dict(find(cs, "5%").extra)["change"].get("by") is None
    assert rules(text) == []


def test_rates_and_shares_are_never_summed_as_parts():
    text = ("Turnout was 67%. Women accounted for 52% of voters and men for 48%.\n\n"
            "The jobless rate was 6% in May. Among men it was 5.1%. Among women it was 4.2%.")
    assert not PARTS & set(rules(text))


def test_a_period_modifier_is_no_group():
    text = "First-quarter revenue was $5.1 billion, and revenue of $5.1 billion was a record."
    assert "/" not in (find(claims(text), "$5.1 billion").subject or "")


def test_the_amounts_own_measure_picks_the_figure_before():
    text = ("The storm destroyed 1,200 homes and killed 42 people. That was {n} more deaths than "
            "the 30 in 2019.")
    cs = claims(text.format(n="12"))
    assert dict(find(cs, "12").extra)["change"]["to"] == find(cs, "42").id
    assert rules(text.format(n="12")) == []
    assert "wrong-arithmetic" in rules(text.format(n="22"))


def test_a_share_in_words_that_ends_its_phrase_is_no_multiple_of_the_next_figure():
    text = ("International arrivals reached 1.323 billion in 2017. Europe accounted for 671 "
            "million, or about half, while Asia and the Pacific accounted for 324 million.")
    assert "relation" not in dict(find(claims(text), "671 million").extra)
    assert "wrong-arithmetic" not in rules(text)
    # a multiple that goes on to its base is still read: "1,600, double the previous day's 800"
    assert "wrong-arithmetic" in rules("Losses reached 1,600, double the previous day's 700.")


def test_road_users_and_child_deaths_are_groups_of_the_deaths():
    text = ("The number of deaths on the roads fell by 12% last year to 2,222. Child deaths "
            "dropped sharply from 124 to 81.\n\nDeaths among car users were 1,059 in 2009, 16% "
            "down on the previous year.")
    assert not RESTATED & set(rules(text, "2010-06-24"))
    cs = claims(text, date(2010, 6, 24))
    assert find(cs, "1,059").subject.split(" / ")[-1] == "car users"
    assert find(cs, "81").subject.split(" / ")[-1] == "child"


def test_parts_of_another_place_are_not_parts_of_the_whole_before():
    text = ("The group sold 1 million cars in Germany last year. Across Europe, SUVs accounted "
            "for 800,000 and saloons for 600,000.")
    assert not PARTS & set(rules(text))
    assert find(claims(text), "800,000").role != "portion"


SEATS = ("Labour won 411 of the 650 seats in the general election. That was {n} more than in "
         "2019, when it won 202.")
GOALS = ("He scored 52 goals in all competitions. The league accounted for 36 of them, the "
         "Champions League for 12, and the FA Cup for {n}.")


def test_a_count_out_of_a_whole_is_the_figure_a_that_was_points_back_at():
    assert rules(SEATS.format(n="209"), "2024-07-05") == []
    assert "wrong-arithmetic" in rules(SEATS.format(n="219"), "2024-07-05")


def test_parts_after_an_of_them_take_its_whole():
    assert rules(GOALS.format(n="three"), "2023-05-29") == []
    assert PARTS & set(rules(GOALS.format(n="seven"), "2023-05-29"))
