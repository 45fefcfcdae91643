"""Everyday copy, fifteenth round (issue 11, recall): a definite figure named by a noun that
sums up an amount already given ("The €85 million fee"), the members a count names listed
with verbs of their own, a conversion after the time its figure is of, a percentage change
with the level it brings a figure to in another unit, and names that a hyphenated
participle or a leading "The" wrapped. Sentences in our own words with the constructions of
published copy; each check runs on a clean text (no flag) and on the same text with a
planted error (flagged), with the shipped rules and no store."""

from __future__ import annotations

from datetime import date

from factcheck.extract import find_names

from everyday_support import RESTATED, claims, find, rules

DAY = date(2021, 9, 16)
PARTS = {"parts-exceed-total", "list-sum-mismatch"}

FEE = ("# Harbour FC sign striker for €85 million\n\n"
       "Harbour FC signed the striker from Lakeside on Thursday for €85 million, a club record.\n\n"
       "The 24-year-old agreed a four-year contract. The {fee} fee will be paid in three "
       "instalments.\n")


def test_money_with_no_measure_restated_by_a_noun_that_sums_it_up():
    assert not set(rules(FEE.format(fee="€85 million"), DAY)) & RESTATED
    assert set(rules(FEE.format(fee="€58 million"), DAY)) & RESTATED


BILL = ("Floods cost insurers an estimated $12 billion in the first half, the broker said. "
        "Total economic losses reached $40 billion.\n\n"
        "The {bill} bill was the highest for a first half since 2011.\n")


def test_a_restating_noun_is_compared_with_the_earlier_figure_nearest_in_value():
    # either earlier figure may be the one restated: one that agrees with either is no error,
    # one that agrees with neither is compared with the closer
    assert not set(rules(BILL.format(bill="$12 billion"), DAY)) & RESTATED
    assert not set(rules(BILL.format(bill="$40 billion"), DAY)) & RESTATED
    assert set(rules(BILL.format(bill="$15 billion"), DAY)) & RESTATED


def test_a_noun_that_introduces_a_new_thing_restates_nothing():
    text = ("Revenue rose to $4.2 billion, the company said.\n\n"
            "The $3.1 billion deal for its rival is due to close in March.\n")
    assert not set(rules(text, DAY)) & RESTATED


APPEALS = ("The charity's three appeals raised $9,400,000 between them this year.\n\n"
           "Glasgow's appeal brought in the most, $4,100,000, ahead of Leeds with $3,200,000 "
           "and Cardiff with {summer}.\n")


def test_members_counted_then_listed_with_verbs_of_their_own():
    cs = claims(APPEALS.format(summer="$2,100,000"), DAY)
    whole = find(cs, "$9,400,000")
    for words in ("$4,100,000", "$3,200,000", "$2,100,000"):
        assert find(cs, words).group == whole.id, words
    assert not set(rules(APPEALS.format(summer="$2,100,000"), DAY)) & PARTS
    assert set(rules(APPEALS.format(summer="$2,900,000"), DAY)) & PARTS


def test_fewer_figures_than_members_counted_are_not_taken_as_the_members():
    text = ("The charity's three appeals raised $9,400,000 between them this year.\n\n"
            "Glasgow's appeal brought in $4,100,000 and Leeds $6,200,000.\n")
    assert not set(rules(text, DAY)) & PARTS


FIRE = ("The Ridge Fire had burned 52,000 acres by Tuesday, Sept. 14, about {sq} square "
        "miles, and was 30% contained.\n")


def test_a_conversion_after_the_time_its_figure_is_of():
    assert "wrong-conversion" not in rules(FIRE.format(sq=81), DAY)
    assert "wrong-conversion" in rules(FIRE.format(sq=95), DAY)


MINE = ("Copper output at the mine fell 12% to 150,000 tonnes in the quarter. Cathode output "
        "rose {pct} to 60,000 tonnes from 50,000 tonnes.\n")


def test_an_output_change_with_the_level_it_reaches_is_a_change_not_a_growth_rate():
    cs = claims(MINE.format(pct="20%"), DAY)
    assert find(cs, "20%").role == "change"
    assert not rules(MINE.format(pct="20%"), DAY)
    assert "wrong-arithmetic" in rules(MINE.format(pct="25%"), DAY)


def test_a_hyphenated_participle_is_no_part_of_a_name():
    text = "Output at the Ostrava Mining-run pit fell. Ostrava Mining owns 60% of it."
    assert [n.text for n in find_names(text)][:2] == ["Output", "Ostrava Mining"]
    assert "name-spelling-variants" not in rules(text + "\n", DAY)


def test_a_name_that_opens_with_a_month_after_the():
    text = ("The Cedar Fire burned 273,246 acres in 2003. The August Complex of 2020 remains "
            "the largest, at more than 1 million acres.\n")
    assert find(claims(text, DAY), "more than 1 million acres").subject == "august complex"
    assert not set(rules(text, DAY)) & RESTATED


WHEAT = ("The commission cut its forecast for this year's harvest to 62.4 million tonnes. The "
         "crop would be {pct} smaller than last year's 69.3 million tonnes.\n")


def test_a_forecast_restated_under_its_noun_points_back_at_the_figure_before():
    assert "wrong-arithmetic" not in rules(WHEAT.format(pct="10%"), DAY)
    assert "wrong-arithmetic" in rules(WHEAT.format(pct="15%"), DAY)


FIRES = ("The Ridge Fire killed 41 people and destroyed 6,000 homes.\n\n"
         "The Mill Fire burned 40,000 acres. Two people died in that fire, bringing the death "
         "toll of the two fires to {toll}.\n")


def test_an_amount_that_brings_a_total_adds_to_the_last_level_of_its_measure():
    assert "wrong-arithmetic" not in rules(FIRES.format(toll=43), DAY)
    assert "wrong-arithmetic" in rules(FIRES.format(toll=48), DAY)


SHARES = ("Of the 412 cases, {n} ({pct}) were in children under five.\n")


def test_a_share_in_brackets_after_a_portion_is_that_portion_of_its_whole():
    assert "wrong-arithmetic" not in rules(SHARES.format(n=103, pct="25%"), DAY)
    assert "wrong-arithmetic" in rules(SHARES.format(n=103, pct="35%"), DAY)
    # a hedged share states no exact share
    assert "wrong-arithmetic" not in rules(SHARES.format(n=103, pct="more than 20%"), DAY)


AIRPORTS = ("Lisbon handled 31,200,000 passengers last year, up 6%, while Porto grew 9% to "
            "13,100,000.\n\nLisbon's {n} million passengers made up about half of the "
            "national total.\n")


def test_the_whole_of_a_share_makes_no_running_total_of_the_figure():
    assert not set(rules(AIRPORTS.format(n="31.2"), DAY)) & RESTATED
    assert set(rules(AIRPORTS.format(n="33.2"), DAY)) & RESTATED


OWNERS = ("Northfield Metals owns 55% of the mine and Ostrava Mining 30%; a pension fund "
          "holds the remaining {rest}.\n")


def test_the_remaining_share_after_shares_of_one_whole_is_one_more_share():
    assert "shares-over-100" not in rules(OWNERS.format(rest="15%"), DAY)
    assert "shares-over-100" in rules(OWNERS.format(rest="25%"), DAY)


USERS = ("Streamly ended the quarter with 412 million users, up from 405 million at the end of "
         "December and {pct} more than a year earlier.\n\nMonthly listeners rose to 690 million "
         "from 681 million, up 9% on the year.\n")


def test_a_change_on_the_year_is_no_change_from_an_undated_earlier_value():
    # the 9% is against a year earlier, the 681 million the quarter before: two spans
    assert "wrong-arithmetic" not in rules(USERS.format(pct="12%"), DAY)
    dated = "Listeners rose to 690 million from 620 million a year earlier, up {p} on the year.\n"
    assert "wrong-arithmetic" not in rules(dated.format(p="11%"), DAY)
    assert "wrong-arithmetic" in rules(dated.format(p="15%"), DAY)


FILM = ("# Skyfall Rising opens to {head} worldwide\n\n"
        "Skyfall Rising took $48 million in North America and $71.5 million abroad on its "
        "opening weekend, a worldwide total of {total}, the studio said.\n")


def test_a_total_after_its_list_with_a_word_before_total():
    assert not set(rules(FILM.format(head="$119.5 million", total="$119.5 million"), DAY)) & \
        (PARTS | RESTATED)
    assert set(rules(FILM.format(head="$119.5 million", total="$109.5 million"), DAY)) & PARTS


def test_a_headline_amount_with_no_measure_restates_the_nearest_body_figure():
    assert set(rules(FILM.format(head="$116.5 million", total="$119.5 million"), DAY)) & RESTATED
    # a headline amount with no body figure near it restates none
    text = ("# Studio spends $250 million on new lot\n\nThe studio's films took $48 million "
            "in North America at the weekend.\n")
    assert not set(rules(text, DAY)) & RESTATED


def test_a_place_adverb_after_an_amount_names_no_measure():
    cs = claims(FILM.format(head="$119.5 million", total="$119.5 million"), DAY)
    assert find(cs, "$71.5 million").measure != "abroad"


CLAIMS = ("# Visa applications to Norland rise 12% to {head}\n\n"
          "Applicants lodged 24,310 visa claims in Norland in the year to March, up 12% on the "
          "year before, officials said.\n")


def test_a_large_headline_count_with_no_measure_restates_the_nearest_body_count():
    assert not set(rules(CLAIMS.format(head="24,310"), DAY)) & RESTATED
    assert set(rules(CLAIMS.format(head="28,310"), DAY)) & RESTATED
