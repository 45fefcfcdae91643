"""Everyday copy, thirty-sixth round (issue 11): first-run precision on unseen copy (housing
starts, coffee crops, airports, airline traffic). Sentences in our own words with the
constructions of published copy; each mechanism is checked on a clean sentence (no flag) and
on the same sentence with a planted error. Checks run the shipped consistency rules without a
store."""

from __future__ import annotations

from datetime import date

import everyday_support as support

DAY = date(2022, 3, 17)


def rules(text: str) -> list[str]:
    return support.rules(text, DAY)


STARTS = ("Builders broke ground on homes at a seasonally adjusted annual rate of 1,769,000 in "
          "February. That was 6.8% above January's revised pace of 1,657,000 and 22.3% higher "
          "than the 1,447,000 of February 2021.")


def test_the_figure_a_first_comparison_is_set_against_is_no_new_value_of_a_second():
    # both amounts describe the level of the sentence before; the 1,657,000 is January's
    assert rules(STARTS) == []
    assert rules(STARTS.replace("22.3% higher", "32.3% higher")) == ["wrong-arithmetic"]


def test_a_first_comparison_of_a_coordinated_pair_is_read():
    assert rules(STARTS.replace("6.8% above", "8.6% above")) == ["wrong-arithmetic"]


def test_a_change_over_a_period_then_to_its_new_value_then_from_the_earlier():
    # "climbed 8.3% on the month to 656,000, from 606,000": "on the month" names no figure
    text = ("Single-family starts climbed 8.3% on the month to 656,000, from 606,000 in June, "
            "the Census Bureau said.")
    assert rules(text) == []
    assert rules(text.replace("8.3%", "3.8%")) == ["wrong-arithmetic"]


def test_the_size_of_what_a_new_value_counts_is_no_earlier_value():
    text = ("Global coffee production is set to fall 9.5% to 91.3 million 60kg bags in the year "
            "to September 30, from 100.9 million bags a year earlier.")
    assert rules(text) == []
    assert rules(text.replace("fall 9.5%", "fall 5.9%")) == ["wrong-arithmetic"]


def test_a_new_value_set_beside_another_level_after_a_comma_takes_no_earlier_value():
    # "still below the 336 million of a year ago" compares the new level, it is no value the
    # change of 9 million is worked from
    text = ("The number of monthly users rose by 9 million from the previous quarter to 330 "
            "million, still below the 336 million of a year ago.")
    assert rules(text) == []


def test_a_total_with_its_change_in_apposition_before_a_colon_list():
    text = ("The airport counted 43,118 flights, up nearly 4%: 35,277 European and 7,841 "
            "intercontinental.")
    assert rules(text) == []
    assert "parts-exceed-total" in rules(text.replace("7,841", "9,841"))


AIRPORTS = ("Atlanta's Hartsfield-Jackson handled 96 million passengers, up 1.9%, and was the "
            "busiest airport for the 17th year running, thanks largely to its 85.4 million "
            "domestic travellers. Beijing was second with 88 million, up 2.9%.")


def test_a_leaders_own_figure_after_the_superlative_is_no_leader():
    # "its 85.4 million domestic travellers" is a part of Atlanta's 96 million, the leader
    assert rules(AIRPORTS) == []
    assert rules(AIRPORTS.replace("with 88 million", "with 98 million")) == ["wrong-rank"]


LEAGUE = ("Manchester City won the Premier League with 91 points, two more than Arsenal on 89, "
          "becoming the first side to take four titles in a row.")


def test_an_infinitive_after_a_participle_clause_holds_no_new_value():
    # "becoming the first side to take four titles": no change from 89 to four
    assert rules(LEAGUE) == []
    assert rules(LEAGUE.replace("two more than", "three more than")) == ["wrong-arithmetic"]


RECORD = ("Sheffield United conceded 104, four more than Swindon's previous record of 100 in "
          "1993-94.")


def test_a_record_of_after_than_is_the_earlier_value():
    assert rules(RECORD) == []
    assert rules(RECORD.replace("four more", "six more")) == ["wrong-arithmetic"]


CLUBS = ("Manchester City won the Premier League with 91 points, two more than Arsenal "
         "on 89, becoming the first side to take four titles in a row.\n\n"
         "The season produced 1,246 goals, a record, beating the 1,222 scored in 1992-93"
         " when the league had 22 clubs. Sheffield United conceded 104, four more than "
         "Swindon's previous record of 100 in 1993-94.\n\n"
         "The three relegated clubs collected 66 points between them, the fewest of the "
         "Premier League era and 10 fewer than the previous low of 76 in 2018-19. "
         "Chelsea picked up 105 yellow cards, breaking the 101 Leeds received two "
         "seasons earlier.")


def test_a_definite_figure_with_a_modifier_of_its_own_counts_a_narrower_set():
    # "the three relegated clubs" are no restatement of the league's 22 clubs
    assert rules(CLUBS) == []


def test_a_definite_figure_larger_than_the_set_it_narrows_is_still_a_restatement():
    text = ("Brazil has recorded 1,020 dengue deaths this year, the health ministry said.\n\n"
            "The 1,020 confirmed deaths compare with 1,094 in the whole of 2023.")
    assert rules(text) == []
    assert rules(text.replace("The 1,020 confirmed", "The 1,200 confirmed"))


def test_an_amount_set_against_its_own_base_is_no_earlier_value_nor_the_same_change():
    text = ("By December the backlog had reached 74,651, up 11% in twelve months, and the backlog "
            "in the magistrates' courts was 309,838, 14% higher and around 80,000 above its "
            "level before the pandemic.")
    assert rules(text) == []


def test_the_count_a_majority_needs_is_no_holding():
    text = ("Labour became the largest party on Cumbria County Council, winning 35 of the 84 "
            "seats. The Conservatives fell to 26 seats, while the Liberal Democrats won 16 and "
            "independents 7.\n\nNo party has an overall majority, which would need 43 "
            "councillors.")
    assert rules(text) == []
    assert "parts-exceed-total" in rules(text.replace("won 16 and", "won 26 and"))


def test_a_business_part_named_by_its_own_name_is_no_restatement_of_the_whole():
    text = ("# Garmin's sales rise 12% on fitness demand\n\n"
            "Garmin's net sales rose 12% to $1.77 billion in the third quarter. Fitness was the "
            "biggest segment, with sales up 30% to $601 million, followed by outdoor, where "
            "sales fell 5% to $497.6 million.\n\nMarine sales rose 20% to $267 million and "
            "aviation 18% to $240.4 million, while the auto unit's sales slipped 2% to $164.8 "
            "million.\n\nOperating income rose 4% to $456.8 million and the operating margin "
            "fell 1.8 points to 25.8%. Gross profit was up 10% at $1.05 billion.")
    assert rules(text) == []


def test_an_amount_of_a_clause_with_its_own_verb_describes_no_level_before_it():
    # "this year grew three percentage points faster than the average rise of 5.8%": the
    # rate it describes is not written; not the 28% over three years
    text = ("A record 411,971 applicants have been accepted, 5.8% more than last year. "
            "Chemistry acceptances have risen 28% over three years and this year grew three "
            "percentage points faster than the average rise of 5.8%.")
    assert rules(text) == []


def test_a_places_count_is_no_third_part_of_a_breakdown_by_kind():
    text = ("Floods set off by monsoon rains have killed 1,136 people in Pakistan and injured "
            "1,634, the disaster management authority said on Monday.\n\nOf the 1,051,570 "
            "houses damaged, 317,391 have been destroyed outright and 734,179 partly damaged. "
            "The floods have also swept away 162 bridges.\n\nBalochistan has been the hardest "
            "hit, with 244 deaths, 61,488 damaged houses and 500,000 head of livestock lost.")
    assert rules(text) == []
    assert "list-sum-mismatch" in rules(text.replace("734,179 partly", "834,179 partly")) or \
        "parts-exceed-total" in rules(text.replace("734,179 partly", "834,179 partly"))
