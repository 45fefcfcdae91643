"""Everyday copy, seventh round (issue 11): entities, open measures, restatements and parts of
one whole across sentences, in domains the drafts had used little (council seats, a census, a
car recall, wildfire losses). Sentences in our own words with the constructions of published
copy; each fix is checked on a clean sentence (no flag) and on the same sentence with a planted
error (flagged). Checks run the shipped consistency rules without a store."""

from __future__ import annotations

from datetime import date

import everyday_support as support
from everyday_support import RESTATED, find

DAY = date(2023, 5, 6)


def claims(text: str, day: date = DAY):
    return support.claims(text, day)


def rules(text: str, day: str = DAY.isoformat()) -> list[str]:
    return support.rules(text, date.fromisoformat(day))


COUNCIL = ("The Liberal Democrats gained 14 seats on Wealdshire Council on Thursday and took "
           "control of the 44-seat authority. The Conservatives lost 19 seats.\n\n"
           "The Liberal Democrats now have {ld} councillors and the Conservatives 12. Labour "
           "won five, two more than before, and the Greens four.\n\n"
           "In Marrowby the Conservatives lost six seats, leaving them with 18 of the "
           "council's 39 seats.")


def test_seats_gained_or_lost_are_changes_not_levels():
    cs = claims(COUNCIL.format(ld=23))
    for words in ("14", "19", "six"):
        c = find(cs, words)
        assert c.role == "change" and c.measure == "seats", words
    # a war desk's losses stay levels: "lost" counts losses of what is not held
    c = find(claims("Russian forces lost 12 tanks over the past day."), "12")
    assert c.role != "change"


def test_seats_of_a_body_named_by_its_size_add_up_across_sentences():
    cs = claims(COUNCIL.format(ld=23))
    whole = find(cs, "44")
    assert whole.role == "whole"
    parts = sorted(c.text for c in cs if c.role == "of_whole" and c.group == whole.id)
    assert parts == ["12", "23", "five", "four"]
    assert rules(COUNCIL.format(ld=23)) == []
    assert "parts-exceed-total" in rules(COUNCIL.format(ld=26))
    # "two more than before, and the Greens four": the earlier value is implied
    assert "wrong-arithmetic" not in rules(COUNCIL.format(ld=23))


def test_a_count_out_of_another_bodys_seats_restates_nothing():
    cs = claims(COUNCIL.format(ld=23))
    eighteen = find(cs, "18")
    assert eighteen.role == "of_whole" and eighteen.group == find(cs, "39").id
    assert "restated-figure-mismatch" not in rules(COUNCIL.format(ld=23))


def test_two_parties_seats_out_of_a_whole_in_two_sentences():
    text = ("The Harbour Party won a third term, taking ten of the {n} seats in the "
            "assembly.\n\nThe Farmers' League won six seats.")
    assert rules(text.format(n=17)) == []
    assert "parts-exceed-total" in rules(text.format(n=15))
    # the declared seats of a count are no party's: "With 640 of 650 seats declared"
    text = ("With 640 of 650 seats declared, the Harbour Party has 400, the Farmers' League "
            "120 and the Greens 60.")
    assert rules(text) == []


def test_an_adjective_of_a_place_the_story_names_is_that_place():
    text = ("# Census counts 5.1 million {adj} residents\n\n"
            "The census counted 5,190,000 people in Norvania, including 60,000 visitors. The "
            "resident population was 5,130,000, up from 4,900,000 in 2016.")
    cs = claims(text.format(adj="Norvanian"))
    head = find(cs, "5.1 million")
    assert head.subject == "norvania" and head.measure == "population"
    assert find(cs, "5,130,000").measure == "population"
    assert rules(text.format(adj="Norvanian")) == []
    assert "restated-figure-mismatch" in rules(
        text.format(adj="Norvanian").replace("5.1 million", "5.8 million"))


def test_a_carmakers_vehicles_are_vehicles_and_its_own_restate_them():
    text = ("Ostra Motors UK will recall about 200,000 cars fitted with faulty brakes, the "
            "company said. Hollis Autos UK will recall 8,000 vans, while Brenner UK said up to "
            "5,000 could be affected.\n\nOstra Motors UK said some of its {n} vehicles had "
            "already been repaired.")
    cs = claims(text.format(n="200,000"))
    assert find(cs, "8,000").measure == "van"
    last = [c for c in cs if c.text == "200,000"][-1]
    assert last.subject == "ostra motors uk"
    text = text.replace("200,000 cars", "200,000 vehicles")
    assert rules(text.format(n="200,000")) == []
    assert "restated-figure-mismatch" in rules(text.format(n="120,000"))
    # in war copy a count of vehicles stays out of the open measures
    cs = claims("Russian forces lost 40 vehicles and fuel tanks, and Ukraine's army said it "
                "had moved 300 vehicles to the front.")
    assert find(cs, "300").measure is None


def test_a_part_of_the_structures_lost_since_a_year_is_no_part_of_an_earlier_years_toll():
    text = ("The Ridge fire of 2011 burned 1,709 homes and killed four people.\n\n"
            "Fires have destroyed nearly 60,000 of the structures lost in the state since "
            "2005, more than half of the national total.")
    assert rules(text, "2020-11-16") == []


def test_a_regions_count_above_the_national_figure_a_paragraph_up():
    text = ("Floods damaged more homes in 2022 than in any year on record: 31,400 across the "
            "country.\n\nKestria alone lost {n} homes in 2022, most of them in one week. "
            "Dalmar has lost 2,100 since 2010.")
    cs = claims(text.format(n="18,900"), date(2023, 3, 1))
    assert find(cs, "18,900").role == "portion"
    assert find(cs, "2,100").role != "portion"      # another period
    assert rules(text.format(n="18,900"), "2023-03-01") == []
    assert "parts-exceed-total" in rules(text.format(n="38,900"), "2023-03-01")


def test_a_ranking_of_places_after_a_countrys_count_is_its_parts():
    text = ("Norvania recorded 52,300 measles cases between January and June, health "
            "officials said.\n\nKestria had the most cases, with {n}. Dalmar followed with "
            "6,400, and Ostrel with 3,900.")
    cs = claims(text.format(n="21,700"), date(2023, 7, 2))
    total = find(cs, "52,300")
    assert sorted(c.text for c in cs if c.group == total.id) == ["21,700", "3,900", "6,400"]
    assert rules(text.format(n="21,700"), "2023-07-02") == []
    assert "parts-exceed-total" in rules(text.format(n="51,700"), "2023-07-02")
    # no ranking after it: another country's count is no part of it
    text = ("Norvania recorded 52,300 measles cases between January and June.\n\n"
            "Dalmar, its neighbour, reported 61,000 cases in the same months.")
    assert rules(text, "2023-07-02") == []


def test_a_figure_in_a_relative_clause_is_of_the_name_it_follows():
    text = ("Kestria lost 12,300 homes in 2021, most of them in the Ridge Fire, which burned "
            "more than 9,800 and killed {n} people.\n\n"
            "The Ridge Fire's 41 deaths made it the state's deadliest fire.")
    cs = claims(text.format(n=41), date(2022, 1, 10))
    assert find(cs, "more than 9,800").subject == "ridge fire"
    assert find(cs, "41").subject == "ridge fire"     # (not the comma of "9,800")
    assert rules(text.format(n=41), "2022-01-10") == []
    assert RESTATED & set(rules(text.format(n=44), "2022-01-10"))


def test_money_named_by_its_verb_is_restated_in_key_points():
    text = ("# Flood appeal raises £7m in a day\n\nKey points:\n- {k} raised in the first "
            "24 hours\n\nThe Harbour Trust's flood appeal raised £7m in its first day.")
    cs = claims(text.format(k="£7m"), date(2022, 2, 3))
    assert {c.measure for c in cs if c.unit == "GBP"} == {"money raised"}
    assert rules(text.format(k="£7m"), "2022-02-03") == []
    assert RESTATED & set(rules(text.format(k="£9m"), "2022-02-03"))


def test_what_the_total_includes_and_the_rest_are_its_parts():
    text = ("The Harbour Trust's flood appeal raised £7m in its first day.\n\n"
            "The total includes £{a}m given by the public online. The other £2m came from "
            "a government scheme, part of a £12m package that also holds £3m for councils.")
    cs = claims(text.format(a=5), date(2022, 2, 3))
    total = find(cs, "£7m")
    assert sorted(c.text for c in cs if c.group == total.id) == ["£2m", "£5m"]
    assert rules(text.format(a=5), "2022-02-03") == []
    assert "parts-exceed-total" in rules(text.format(a=7), "2022-02-03")


OUTBREAK = ("# Outbreak reaches 310 cases\n\n"
            "An E. coli outbreak has now sickened 310 people in 21 states, health officials said "
            "on Thursday. Of those, 48 have been hospitalised.\n\n"
            "Kestria has been hit hardest, with {k} cases. Dalmar has 52 and Ostrel 30.\n\n"
            "The {n} cases are likely an undercount, officials said.")


def test_an_outbreaks_parts_restatements_and_hospitalised():
    cs = claims(OUTBREAK.format(k=90, n=310), date(2021, 10, 8))
    total = [c for c in cs if c.text == "310"][1]       # the body's, after the headline's
    # "Of those, 48": of the people, not of the 21 states
    assert find(cs, "48").group == total.id
    # a ranking of places after the count: its parts
    assert find(cs, "90").group == total.id
    # "The 310 cases" in a later paragraph is the story's figure, not Kestria's
    assert [c for c in cs if c.text == "310"][-1].subject == total.subject
    assert rules(OUTBREAK.format(k=90, n=310), "2021-10-08") == []
    assert "parts-exceed-total" in rules(OUTBREAK.format(k=290, n=310), "2021-10-08")
    assert RESTATED & set(rules(OUTBREAK.format(k=90, n=301), "2021-10-08"))


def test_a_chambers_seats_with_a_bare_count_and_a_restatement_after_another_chamber():
    text = ("Democrats won 88 of the 140 seats in the Norvania House on Tuesday. Republicans "
            "were left with {r}.\n\nThe party also held the state Senate, where it won 21 of "
            "the 33 seats.\n\nNorvania House Democrats' 88 seats give them a majority of 36.")
    assert rules(text.format(r=52), "2020-11-05") == []
    assert "parts-exceed-total" in rules(text.format(r=62), "2020-11-05")


def test_the_group_is_the_name_that_ends_in_group():
    text = ("Harbour Airlines Group carried 6.2 million passengers in May, the company said. "
            "Its regional arm Skylink carried 410,000.\n\nThe group's {n} million passengers "
            "were a record for the month.")
    cs = claims(text.format(n="6.2"), date(2016, 6, 3))
    assert [c for c in cs if c.text == "6.2 million"][-1].subject == "harbour airlines group"
    assert rules(text.format(n="6.2"), "2016-06-03") == []
    assert RESTATED & set(rules(text.format(n="8.2"), "2016-06-03"))


def test_the_count_of_an_outbreak_is_no_armys_losses():
    cs = claims("An outbreak has sickened 419 people; no one has died. The count has grown by "
                "140 since the last update.", date(2021, 10, 8))
    assert find(cs, "140").measure is None and find(cs, "140").subject is None
    # in war copy the generic name still counts the army's losses
    cs = claims("Russia lost 1,500 troops over the past day. The running total rose to "
                "770,000.", date(2024, 12, 17))
    assert find(cs, "770,000").measure == "personnel_losses"


def test_a_headlines_initials_and_count_words_name_the_bodys_figure():
    text = ("# HAG passenger numbers rise 12% to {n} million\n\n"
            "Harbour Airlines Group carried 6.2 million passengers in May, up 12% from a year "
            "earlier, the company said.")
    cs = claims(text.format(n="6.2"), date(2016, 6, 3))
    head = [c for c in cs if c.section == "headline" and c.text == "6.2 million"][0]
    assert head.subject == "harbour airlines group" and head.measure == "passenger"
    assert rules(text.format(n="6.2"), "2016-06-03") == []
    assert RESTATED & set(rules(text.format(n="6.8"), "2016-06-03"))


def test_a_portion_of_the_owners_whole_and_the_routes_listed_after_it():
    text = ("Harbour Airlines Group carried 6.2 million passengers in May, the company said.\n\n"
            "Flights within Europe carried 3.1 million of the group's passengers and domestic "
            "routes {d} million. North American routes carried 610,000, and Asian routes "
            "280,000.")
    cs = claims(text.format(d="1.9"), date(2016, 6, 3))
    total = find(cs, "6.2 million")
    assert sorted(c.text for c in cs if c.group == total.id) == \
        ["1.9 million", "280,000", "3.1 million", "610,000"]
    assert rules(text.format(d="1.9"), "2016-06-03") == []
    assert "parts-exceed-total" in rules(text.format(d="2.9"), "2016-06-03")


def test_a_profit_change_and_a_revenue_change_in_one_sentence():
    text = ("Northwind said net profit rose 12% to $4.1 billion in the fourth quarter, on "
            "revenue of $18.2 billion, up {p}% from $16.7 billion a year earlier.")
    assert rules(text.format(p=9), "2024-02-08") == []
    assert "wrong-arithmetic" in rules(text.format(p=19), "2024-02-08")


def test_a_qualified_headline_figure_is_the_bodys_lead_not_last_years():
    text = ("# Measles cases in Norvania pass {h}\n\n"
            "There have been 733 confirmed measles cases in Norvania since 1 October, the "
            "health agency said. Last year there were 368 cases.")
    assert rules(text.format(h=700), "2024-03-14") == []
    assert RESTATED & set(rules(text.format(h=900), "2024-03-14"))


def test_poll_shares_across_two_sentences_are_of_one_whole():
    text = ("Labour is on 42% and the Conservatives on 22%, a 20-point lead, according to a "
            "YouGov poll of 2,059 adults. Reform UK is on 15%, the Liberal Democrats on 11% and "
            "the Greens on {g}%.\n\nA month ago Labour had 45%.")
    assert rules(text.format(g=7), "2024-06-20") == []
    assert "shares-over-100" in rules(text.format(g=17), "2024-06-20")


def test_a_companys_short_name_and_its_headline_verb():
    text = ("# Skyline carries {h} million in March\n\n"
            "Skyline Group carried 15.6 million passengers in March, up 12% from a year "
            "earlier, the airline said.")
    cs = claims(text.format(h="15.6"), date(2024, 4, 4))
    head = [c for c in cs if c.section == "headline"][0]
    assert head.subject == "skyline group" and head.measure == "passenger"
    assert rules(text.format(h="15.6"), "2024-04-04") == []
    assert RESTATED & set(rules(text.format(h="16.5"), "2024-04-04"))


def test_a_place_ranked_in_its_totals_own_sentence():
    text = ("About 1.3 million homes and businesses in Norvania were without power on Wednesday "
            "after a storm, with Kestria worst hit at {n}.\n\n"
            "Kestria Power said some of its {n} affected customers might wait until Saturday.")
    cs = claims(text.format(n="760,000"), date(2023, 2, 23))
    assert find(cs, "760,000").subject == "kestria"
    assert find(cs, "760,000").group == find(cs, "About 1.3 million").id
    assert rules(text.format(n="760,000"), "2023-02-23") == []
    assert "parts-exceed-total" in rules(text.format(n="1,760,000"), "2023-02-23")


def test_a_second_places_part_and_a_bare_count_after_won():
    text = ("Norvania has recorded 1,658 deaths from cholera since March 2022, the ministry "
            "said. Kestria district accounts for {k} of the deaths and Dalmar for 312.")
    cs = claims(text.format(k=364), date(2023, 3, 10))
    assert find(cs, "312").group == find(cs, "1,658").id
    assert rules(text.format(k=364), "2023-03-10") == []
    assert "parts-exceed-total" in rules(text.format(k="1,364"), "2023-03-10")
    text = ("Labour won control of Westbury council, taking 35 of the 58 seats. The "
            "Conservatives, who had run the borough for 44 years, won {c} and an independent "
            "one.")
    assert rules(text.format(c=22), "2022-05-06") == []
    assert "parts-exceed-total" in rules(text.format(c=32), "2022-05-06")
