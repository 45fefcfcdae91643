"""Everyday copy, the lead24 blind probe (issue 11): causes of the first run's misses on drafts
written from published copy not read before (A-level results, US jobs reports, EU wildfires,
Wimbledon prize money). Our own sentences with the real figures. Each mechanism is checked on
a clean text (no flag) and on the same text with an error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

_AUG12 = date(2012, 8, 16)
_AUG19 = date(2019, 8, 15)
_FEB25 = date(2025, 2, 7)
_AUG25 = date(2025, 8, 19)


# -- a gap between two shares set against each other across several words ------------------

_GIRLS = ("Girls regained a narrow lead in top grades, with 25.5% of their entries getting at "
          "least an A against 25.4% of boys', a gap of {gap} percentage points.")


def test_a_gap_between_shares_set_against_each_other_with_their_nouns_between():
    assert rules(_GIRLS.format(gap="0.1"), _AUG19) == []
    assert "wrong-arithmetic" in rules(_GIRLS.format(gap="0.4"), _AUG19)
    assert "wrong-arithmetic" in rules(
        "Some 25.5% of girls got an A, against 25.4% of boys, a gap of 0.4 percentage points.",
        _AUG19)


# -- "rather than": the first estimate a revision replaced ------------------------------------

_REVISED = ("November's gain is now put at 261,000 rather than 212,000, an increase of 49,000, and "
            "December's at 307,000 rather than 256,000, an increase of {dec}.")


def test_a_revision_said_with_rather_than_is_a_change_from_the_first_estimate():
    assert rules(_REVISED.format(dec="51,000"), _FEB25) == []
    assert "wrong-arithmetic" in rules(_REVISED.format(dec="61,000"), _FEB25)
    # "rather" is no counted noun: the figure has no measure of that name
    assert find(claims(_REVISED.format(dec="51,000"), _FEB25), "261,000").measure != "rather"


def test_a_change_said_rather_than_another_estimate_still_gives_it_no_earlier_value():
    assert rules("Business investment fell 4.6%, against a first estimate of 3.7%, while private "
                 "consumption dropped 2.8% rather than 2.9%.", date(2014, 11, 17)) == []


# -- an amount in a currency's sub-unit beside a level in the currency -------------------------

_PAY = "Average hourly earnings rose by 17 cents, or {pct}, to $35.87."


def test_an_amount_in_cents_or_a_percentage_to_a_level_in_dollars():
    assert rules(_PAY.format(pct="0.5%"), _FEB25) == []
    assert "wrong-arithmetic" in rules(_PAY.format(pct="0.9%"), _FEB25)
    assert rules("Petrol fell 5p, or 3%, to £1.41 a litre.", _FEB25) == []


# -- a percentage and its proportion in words after it ---------------------------------------

def test_a_percentage_then_one_in_n_in_apposition():
    ok = "The top grade, the A*, went to 7.9% of entries, about one in 12, down from 8.2%."
    assert rules(ok, _AUG12) == []
    assert "wrong-arithmetic" in rules(ok.replace("one in 12", "one in 8"), _AUG12)
    assert rules("Some 31% of voters, or nearly one in three, backed it.", _AUG12) == []
    assert "wrong-arithmetic" in rules(
        "Some 31% of voters, or nearly one in five, backed it.", _AUG12)


# -- "EU" and "UK" written as short names are the bodies the subjects vocabulary knows ------

def test_a_headline_naming_the_eu_by_its_short_name_against_the_body():
    text = ("# EU wildfires have burned nearly {h} hectares so far this year\n\nFires have burned "
            "nearly 895,000 hectares across the European Union since January.")
    assert find(claims(text.format(h="900,000"), _AUG25), "nearly 900,000 hectares").subject == \
        "european_union"
    assert rules(text.format(h="900,000"), _AUG25) == []
    assert "conflicting-figures" in rules(text.format(h="800,000"), _AUG25)


# -- "of them" after a sentence that sets a level against an earlier figure -----------------

_TESLA = ("Tesla delivered 497,099 vehicles in the third quarter.\n\nDeliveries were 7.4% higher "
          "than the 462,890 of the same quarter of 2024. The Model 3 and Model Y made up 481,166 "
          "of them, and the company's other models 15,933.")


def test_of_them_is_never_the_figure_a_level_was_set_against():
    assert rules(_TESLA, date(2025, 10, 2)) == []
    assert "parts-exceed-total" in rules(
        "The airline carried 139 million passengers. Some 150 million of them flew short-haul.",
        date(2019, 5, 20))


# -- a rate unit written only on the new value of a change ----------------------------------

def test_the_earlier_value_of_a_change_takes_the_rate_unit_of_its_new_value():
    day = date(2012, 5, 21)
    assert rules("The fuel bill rose as oil rose 16% from $73 to $85 a barrel.", day) == []
    assert "wrong-arithmetic" in rules(
        "The fuel bill rose as oil rose 26% from $73 to $85 a barrel.", day)


# -- a balance named with a place and a verb before its figure -----------------------------

_MIGRATION = ("Net migration to the UK fell to 230,000 in the year to June, down 106,000 from a "
              "record 336,000 a year earlier.\n\nImmigration was 572,000, down 80,000, while "
              "emigration rose by 26,000 to {emig}.")


def test_net_migration_to_a_place_fell_to_a_figure_is_the_gap_of_its_two_sides():
    day = date(2017, 11, 30)
    assert rules(_MIGRATION.format(emig="342,000"), day) == []
    assert "wrong-arithmetic" in rules(_MIGRATION.format(emig="372,000"), day)
    # "fell by" names an amount of change, never the balance
    assert rules("The trade deficit fell by $5 billion to $40 billion. Exports were $200 "
                 "billion and imports $240 billion.", day) == []


# -- "The 2020 total had itself beaten ... by N": the beaten record of the sentence before --

_SPRING = ("The UK has had its sunniest spring since records began, with 630 hours of sunshine "
           "between 1 March and 27 May.\n\nThat beats the previous record of 626 hours, set in "
           "2020, by four hours. The 2020 total had itself beaten the 555 hours of 1948 by more "
           "than {by} hours.")


def test_a_record_beaten_in_its_turn_is_the_subject_of_the_next_beat():
    day = date(2025, 5, 28)
    assert rules(_SPRING.format(by="70"), day) == []
    assert "wrong-arithmetic" in rules(_SPRING.format(by="90"), day)


def test_a_balance_is_not_the_gap_of_the_trade_with_one_partner():
    text = ("Germany's trade surplus fell to €79.7 billion last year from €175.3 billion in 2021."
            "\n\nImports from China jumped 33.6% to a record €191.1 billion, while exports to China "
            "grew just 3.1% to €106.8 billion.")
    assert rules(text, date(2023, 2, 20)) == []


# -- "up on the N of the week before", "one in 12 entries, 8%," -----------------------------

def test_up_on_the_figure_before_is_a_direction_to_check():
    day = date(2015, 4, 24)
    ok = "There were 434,500 attendances, slightly up on the 434,400 of the week before."
    assert rules(ok, day) == []
    assert "wrong-arithmetic" in rules(ok.replace("434,400", "444,400"), day)
    assert rules("Sales were up on last year at 4,000.", day) == []


def test_one_in_n_restated_as_a_percentage_between_commas():
    day = date(2018, 8, 16)
    assert rules("About one in 12 entries, 8%, got an A*.", day) == []
    assert "wrong-arithmetic" in rules("About one in 12 entries, 12%, got an A*.", day)
