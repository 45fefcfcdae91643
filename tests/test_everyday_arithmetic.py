"""Everyday copy, sixth round (issue 11): arithmetic in the word orders of wire copy, margins
and averages of sport statistics, a bare figure in the unit of the figure it is set against,
rankings of places that are no shares of one whole. Sentences in our own words with the
constructions of published copy; checks run the shipped consistency rules without a store."""

from __future__ import annotations

from datetime import date

import everyday_support as support
from everyday_support import find

DAY = date(2024, 11, 14)


def claims(text: str, day: date = DAY):
    return support.claims(text, day)


def flags(text: str, day: str = DAY.isoformat()) -> list[dict]:
    return support.flags(text, date.fromisoformat(day))


def rules(text: str) -> list[str]:
    return support.rules(text, DAY)


def test_a_bare_value_set_against_a_figure_takes_its_unit():
    cs = claims("France will harvest 36.7 million tonnes of wheat, down slightly from 36.8 "
                "million last year. The world crop will be 704 million tonnes, 12.2 million "
                "tonnes less than the record 716.2 million.")
    assert find(cs, "36.8 million").unit == "metric_ton"
    assert find(cs, "36.8 million").role == "compared"
    ch = find(cs, "12.2 million tonnes").extra_dict()["change"]
    assert ch["from"] == find(cs, "716.2 million").id and ch["to"] == find(cs, "704 million "
                                                                               "tonnes").id
    # no scale word, no unit: "40,000 more than" says nothing of its unit
    cs = claims("It covers 5.02 million hectares, 40,000 more than last year.")
    assert find(cs, "40,000").unit == ""


def test_an_amount_set_against_another_figure_is_no_item_of_a_list():
    text = ("The world crop will be 704 million tonnes of wheat in the 2014/15 season, 12.2 "
            "million tonnes less than the record 716.2 million of the season before.")
    assert rules(text) == []
    assert "wrong-arithmetic" in rules(text.replace("12.2 million", "21.2 million"))


def test_a_percentage_and_an_amount_of_one_change_with_the_earlier_value_implied():
    text = ("International tourist arrivals grew 7% in 2017 to a record 1,323 million, some "
            "84 million more than in 2016.")
    assert rules(text) == []
    (f,) = flags(text.replace("some 84", "some 48"))
    assert f["rule"] == "wrong-arithmetic"
    # what the figures imply, in the article's style, both ways round
    assert "1,323 million" in f["message"] and "86.6 million" in f["message"]
    # an amount of another measure is no second amount of the change
    assert rules("Dubai International grew 10.7% to 78 million passengers and moved up three "
                 "places to third.") == []


def test_an_average_a_game_over_the_count_of_games_in_its_sentence():
    text = ("Connor McDavid finished with 132 points in 76 games, an average of 1.74 a game. "
            "Auston Matthews scored 69 goals in 81 games, an average of 0.85 a game.")
    assert rules(text) == []
    assert rules(text.replace("0.85 a game", "0.95 a game")) == ["wrong-arithmetic"]
    assert rules(text.replace("1.74 a game", "1.47 a game")) == ["wrong-arithmetic"]


def test_a_margin_of_points_over_a_rival_who_had_a_count():
    text = ("Nikita Kucherov won the scoring title with 144 points, 44 goals and 100 assists, a "
            "margin of four points over Colorado's Nathan MacKinnon, who had 140.")
    assert rules(text) == []
    (f,) = flags(text.replace("four points", "six points"))
    assert f["rule"] == "wrong-arithmetic" and "144 and 140 is four, not six" in f["message"]


def test_a_ranking_of_places_by_their_own_rate_is_no_share_of_one_whole():
    text = ("Wind and solar made 18% of the European Union's power. Denmark led with 55%, "
            "ahead of Ireland at 30%, Germany at 29% and Portugal at 27%.")
    assert rules(text) == []
    # in a story of votes the leader's share and the others' are of one whole
    assert "shares-over-100" in rules("In the poll, Labour led with 55%, ahead of the "
                                      "Conservatives at 30% and the Greens at 29%.")


def test_the_earlier_value_in_a_when_clause_and_the_new_value_the_level_before():
    text = ("Construction of new homes jumped 15% in September to a seasonally adjusted annual "
            "rate of 872,000, from 758,000 in August. Starts were 34.8% higher than a year "
            "earlier, when the rate was 647,000.")
    assert rules(text) == []
    assert rules(text.replace("34.8%", "43.8%")) == ["wrong-arithmetic"]
    assert rules(text.replace("15%", "25%")) == ["wrong-arithmetic"]     # the long "to" phrase
    text = ("Net income rose 13% to $44.3 billion from $39.2 billion. Annual net income has "
            "more than tripled since fiscal 2015, when it was $12.2 billion.")
    assert rules(text) == []
    assert rules(text.replace("tripled", "quadrupled")) == ["wrong-arithmetic"]


def test_a_second_amount_of_the_change_in_the_next_sentence():
    text = ("Frankfurt Airport handled about 5.4 million passengers in October, 3.5% more than "
            "in October 2012. That was 185,000 more travellers than a year earlier.")
    assert rules(text) == []
    assert rules(text.replace("185,000", "285,000")) == ["wrong-arithmetic"]


def test_a_multiple_in_words_of_the_figure_a_noun_phrase_names():
    text = ("Wind and solar generated 8.2% of the world's electricity in 2019. The European "
            "Union reached 18%, more than double the global average.")
    assert rules(text) == []
    assert rules(text.replace("more than double", "more than triple")) == ["wrong-arithmetic"]


def test_a_count_before_a_percentage_takes_no_percent():
    cs = claims("Starts rose 19.9% in the South to 451,000 and 20.1% in the West to 203,000.")
    assert find(cs, "451,000").unit == ""
    assert find(cs, "19.9%").extra_dict()["change"]["to"] == find(cs, "451,000").id


def test_shares_of_one_vote_and_counts_out_of_one_whole_across_sentences():
    text = ("Angola's ruling MPLA won 71.8% of the vote, giving it 175 of the 220 seats. UNITA "
            "took 18.7% and 32 seats, and the new CASA-CE coalition 6.0% and eight seats. The "
            "PRS won 1.7% and three seats, the FNLA 1.1% and two seats.")
    assert rules(text) == []
    assert rules(text.replace("18.7%", "28.7%")) == ["shares-over-100"]
    assert rules(text.replace("175 of", "185 of")) == ["parts-exceed-total"]


def test_shares_of_one_whole_named_again_in_the_next_paragraph():
    text = ("Battery electric cars made up 19.6% of new car sales in the UK in 2024.\n\n"
            "Petrol cars accounted for 52.2% of sales, hybrids 13.9% and diesel 5.1%.")
    assert rules(text) == []
    assert rules(text.replace("13.9%", "23.9%")) == ["shares-over-100"]


def test_percentages_of_other_wholes_stay_apart():
    # a turnout of the register and the parties' shares of the vote; a whole of its owner's
    assert rules("Turnout was 60% of registered voters. Labour took 40% and the Greens 15%, "
                 "while the Conservatives won 38%.") == []
    assert rules("Wind and solar made 8.2% of the world's electricity. Denmark reached 55%, "
                 "Ireland 30%, Germany 29% and Portugal 27%.") == []
    # the same party at two elections
    assert rules("Labour won 33.7% of the vote. In 2019 it won 32.1% and in 2017 40%.") == []


def test_a_portion_of_those_named_before_and_its_share():
    text = ("International tourist arrivals grew 7% to a record 1,323 million. Europe received "
            "671 million of those arrivals, or 51%.")
    assert rules(text) == []
    (f,) = flags(text.replace("or 51%", "or 57%"))
    assert f["rule"] == "wrong-arithmetic" and "50.7%" in f["message"]


def test_a_conversion_converts_the_number_as_written():
    assert rules("The storm brought winds of 100 mph (181 km/h) to the coast.") == \
        ["wrong-conversion"]
    # a round figure converted as rounded copy does
    assert rules("Winds reached 100 mph (160 km/h). The lake is 300 km (190 miles) long. The "
                 "fire burned 20,000 acres (8,000 hectares). The cliff is 100 feet (30 metres) "
                 "high. The route is 4 miles (6 km) long.") == []


def test_the_level_a_change_reached_after_at():
    text = ("House prices were 7.4% higher than a year earlier at £290,000, against £270,000 in "
            "May 2023.")
    assert rules(text) == []
    assert rules(text.replace("7.4%", "9.5%")) == ["wrong-arithmetic"]


def test_up_on_the_previous_weeks_figure():
    text = "Flu admissions reached 2,950 last week, up 23% on the previous week's 2,400."
    assert rules(text) == []
    assert rules(text.replace("23%", "18%")) == ["wrong-arithmetic"]


def test_a_factor_whose_earlier_value_stands_in_a_when_clause():
    text = ("The ferry carried 3.1 million passengers in 2023, more than twice as many as in "
            "2021, when it carried 1.3 million.")
    assert rules(text) == []
    assert rules(text.replace("more than twice", "three times")) == ["wrong-arithmetic"]


def test_an_average_a_day_measures_no_preposition():
    assert rules("Rainfall totalled 210 mm over the month, about 7 mm a day over 30 days.") == []


def test_parts_after_a_total_that_includes_them():
    text = "The outbreak has reached 58 cases, which include 25 children and 33 adults."
    assert rules(text) == []
    assert rules(text.replace("25 children", "31 children")) == ["parts-exceed-total"]


def test_a_portion_of_a_whole_opening_its_sentence_without_the():
    text = "Of 2,400 flights scheduled, 312 were cancelled, or 13%."
    assert rules(text) == []
    assert rules(text.replace("13%", "18%")) == ["wrong-arithmetic"]


def test_an_amount_of_a_price_a_litre_is_in_pence_a_litre():
    text = "Petrol averaged 145.2p a litre in May, down 4.2p from April's 149.4p."
    assert rules(text) == []
    (f,) = flags(text.replace("down 4.2p", "down 3.2p"))
    assert f["rule"] == "wrong-arithmetic" and "a fall of 4.2p" in f["message"]


def test_a_margin_written_before_its_noun():
    text = "The mayor won 61% of the vote to 39% for her challenger, a 22-point margin."
    assert rules(text) == []
    assert rules(text.replace("22-point", "12-point")) == ["wrong-arithmetic"]


def test_an_average_each_over_the_count_before_the_total():
    text = "The state's 88 hospitals have 12,400 beds, an average of 141 each."
    assert rules(text) == []
    assert rules(text.replace("141 each", "155 each")) == ["wrong-arithmetic"]


def test_clean_copy_that_raised_false_alarms_before_this_round():
    # the new value of a change is not the earlier value of the change before it
    assert rules("Manchester Airport handled 28.1 million passengers in 2023, up 19% from 23.6 "
                 "million in 2022 and 2% fewer than the 28.7 million of 2019.") == []
    # a temperature measured in places counts no places
    assert rules("Nights stayed above 25C in 40 towns, against 12 during last year's July "
                 "heatwave.") == []
    # a guidance range is expected, no restatement; a business's part of revenue is a part
    text = ("Revenue slipped 4% to $23.9 billion.\n\nThe data centre business brought in $14.5 "
            "billion, or 61% of revenue, and the gaming unit $2.9 billion. The company expects "
            "fourth-quarter revenue of $24 billion to $25 billion.")
    assert rules(text) == []
    assert rules(text.replace("61% of revenue", "71% of revenue")) == ["wrong-arithmetic"]


def test_an_amount_with_its_own_new_value_takes_no_pair_before_it():
    text = ("The airline's pre-tax profit rose to £2.2 billion from £1.4 billion, as revenue "
            "climbed 11% to £9.4 billion.")
    assert rules(text) == []


def test_shares_of_another_race_are_no_shares_of_the_first_vote():
    assert rules("With 98% of precincts reporting, Harris had 51.2% of the vote in the county "
                 "to 47.1% for Trump.\n\nIn the Senate race, the Democrat led by 3 points, 50% "
                 "to 47%.") == []


def test_a_total_after_a_list_said_respectively():
    text = ("Heathrow and Gatwick handled 6.7 million and 3.1 million passengers respectively in "
            "May, a combined 9.8 million.")
    assert rules(text) == []
    assert rules(text.replace("combined 9.8", "combined 10.8")) == ["list-sum-mismatch"]
    text = "Labour and the Conservatives won 411 and 121 seats respectively, 532 between them."
    assert rules(text) == []
    assert rules(text.replace("532", "542")) == ["list-sum-mismatch"]


def test_points_set_against_a_rate_of_change_compare_the_two_rates():
    # a monthly rate written as a change ("rose 1.33%") is the level that "N percentage points
    # more than the 1.30%" speaks of, not a rate of an earlier paragraph
    text = ("Kenya's annual inflation rate rose to 6.8% in May from 5.9% in April, the "
            "statistics office said.\n\nOn a monthly basis, fuel prices rose 2.41% in May, 0.05 "
            "percentage points more than the 2.36% recorded in April.")
    cs = claims(text)
    ch = find(cs, "0.05 percentage points").extra_dict()["change"]
    assert ch["to"] == find(cs, "2.41%").id and ch["from"] == find(cs, "2.36%").id
    assert rules(text) == []
    assert "wrong-arithmetic" in rules(text.replace("0.05 percentage", "0.25 percentage"))


def test_a_change_of_another_thing_stands_between_an_amount_and_an_earlier_pair():
    # "Prices rose 0.5% between August and September" after a sentence with another change is
    # no rise of the pair two sentences up
    text = ("Fuel prices were 21.3% higher than a year earlier, up from 18.6% in June. "
            "Services inflation rose to 5.1%. Prices rose 0.6% between June and July.")
    assert rules(text) == []
    # with nothing between, "Coverage fell by 0.6 points" is still the pair's change
    text = ("In Wales, 88.1% of children had both doses by age five, down from 88.7% a year "
            "earlier. The target is 95%.\n\nCoverage fell by 0.6 percentage points.")
    assert rules(text) == []
    assert "wrong-arithmetic" in rules(text.replace("by 0.6 percentage", "by 1.6 percentage"))


def test_a_sentence_comparing_the_results_with_a_year_ago_restates_nothing():
    # real results copy: "These results compare with ..." and "That compares with a profit
    # of X, or Y cents a share" give the year-earlier figures, never restatements
    text = ("Nordwind Foods posted quarterly revenue of $33.9 billion and net profit of $4.6 "
            "billion. These results compare with revenue of $31.2 billion and net profit of "
            "$4.1 billion a year ago.")
    assert rules(text) == []
    text = ("Kestrel Chips said it lost $412 million, or 96 cents per share, in the quarter. "
            "That compares with a profit of $120 million, or 27 cents per share, a year ago.")
    assert rules(text) == []
    # a plain restatement is still compared
    text = ("Nordwind Foods posted quarterly revenue of $33.9 billion. Its quarterly revenue of "
            "$39.3 billion was a record.")
    assert "restated-figure-mismatch" in rules(text) or "conflicting-figures" in rules(text)


def test_a_figure_on_another_basis_is_no_restatement():
    text = ("The group's profit rose 12% to $1.4 billion, or 61 cents per share. Not counting "
            "one-time items, the profit increased 15% to $1.6 billion, or 70 cents per share.")
    assert rules(text) == []
    text = ("The group's profit rose 12% to $1.4 billion. Excluding restructuring costs, "
            "profit was $1.6 billion.")
    assert rules(text) == []
    # a clause of time is no basis: "Before the pandemic" keeps the figure plain
    cs = claims("Before the pandemic, the airline carried 4.1 million passengers a month.")
    assert not (find(cs, "4.1 million").subject or "").endswith("adjusted")


def test_outbreak_breakdowns_restate_nothing():
    # published outbreak copy breaks its count down by age, place and vaccination status;
    # none of those parts is the count restated (our own figures)
    text = ("# Mumps outbreak reaches 212 cases\n\n"
            "Health officials have confirmed 212 mumps cases in the outbreak, including three "
            "probable cases in people with links to the county fair.\n\n"
            "Among the cases, 95 are among children up to age 4, and 88 are among young people "
            "ages 5 to 17. Five cases were found in people who said they had two doses: two in "
            "Ashby and three in Brant.\n\n"
            "The ages of the confirmed cases are:\n"
            "- 1 to 10 years: 120 cases\n"
            "- 11 to 18 years: 70 cases\n"
            "- 19 to 29 years: 22 cases\n\n"
            "Of the confirmed cases, 150 were not immunized, while the other 62 cases had "
            "unknown status.")
    assert [f for f in flags(text)] == []
    cs = claims(text)
    assert find(cs, "5 to 17").unit == "year"
    assert find(cs, "1 to 10 years").role == "label"
    # a breakdown line that disagrees with the count is still a list of parts
    text = ("Health officials confirmed 212 mumps cases.\n\n"
            "Twelve vehicles were destroyed: five tanks, four trucks and two jeeps.")
    assert "list-sum-mismatch" in rules(text)
