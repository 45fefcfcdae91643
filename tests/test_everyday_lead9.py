"""Everyday copy, the lead's ninth round (issue 11): constructions met in a blind probe of six
drafts from published copy (a grains council's wheat forecast, world tourism, wildfires, a
vaccine trial, a transfer fee). Our own sentences, real figures; each construction is checked
clean (no flag) and with a planted error (flagged by the rule named)."""

from __future__ import annotations

from datetime import date

from everyday_support import flags

DAY = date(2014, 4, 29)


def rules(text: str, day: date = DAY) -> list[str]:
    return [f["rule"] for f in flags(text, day)]


CUT = ("The council cut its forecast to {now} million tonnes on Friday, 3 million tonnes below "
       "its March outlook and 12 million tonnes, or 2%, less than the {was} million tonnes "
       "harvested in 2013-14.")


def test_an_amount_below_a_named_thing_then_and_sets_against_no_later_figure():
    # "3 million tonnes below its March outlook and 12 million tonnes": the outlook is no figure
    assert rules(CUT.format(now=697, was=709)) == []


def test_two_amounts_joined_by_or_in_commas_are_one_change():
    got = rules(CUT.format(now=697, was=719))
    assert got.count("wrong-arithmetic") == 2     # the 12 million and the 2% both checked


EU = ("The council expects the European Union to harvest 144.8 million tonnes, {amount} million "
      "tonnes or 2% more than the 142.2 million tonnes of 2013.")


def test_the_first_of_two_amounts_is_no_level_of_the_second():
    # "144.8 million tonnes, 2.6 million tonnes or 2% more than the 142.2": 144.8 is the level
    assert rules(EU.format(amount=2.6)) == []
    assert "wrong-arithmetic" in rules(EU.format(amount=3.6))


ASIA = ("Asia and the Pacific received 233 million foreign visitors in 2012, {amount} million or "
        "6.5% more than a year earlier.")


def test_an_amount_or_a_percentage_with_the_earlier_value_implied_are_checked_together():
    assert rules(ASIA.format(amount=14), date(2013, 1, 29)) == []
    assert "wrong-arithmetic" in rules(ASIA.format(amount=24), date(2013, 1, 29))


def test_a_country_and_its_adjective_are_not_two_spellings():
    text = ("Canada's crop is forecast at 29 million tonnes. Canadian farmers are expected to "
            "plant 9.8 million hectares. Troops left Avdiivka in February. The fall of "
            "Avdiyivka was a setback.")
    got = [f for f in flags(text, DAY) if f["rule"] == "name-spelling-variants"]
    assert [f["message"].split('"')[1] for f in got] == ["Avdiyivka"]


TOURISM = ("International tourist arrivals rose 4% to 1.035 billion in 2012, up from 996 million "
           "in 2011.\n\nThe {again} billion arrivals of 2012 compare with 898 million in 2007.")


def test_a_year_before_a_verb_is_a_date_and_a_noun_alone_is_the_longer_measure():
    # "arrivals" restates "international tourist arrivals"; "of 2012 compare" is a year
    assert rules(TOURISM.format(again="1.035"), date(2013, 1, 29)) == []
    got = rules(TOURISM.format(again="1.053"), date(2013, 1, 29))
    assert "conflicting-figures" in got or "restated-figure-mismatch" in got


def test_a_subset_noun_stays_its_own_measure():
    text = ("Haaland scored 36 goals in the league season. He scored 22 home goals and "
            "14 away goals, more goals at home than any player since 2019.")
    assert "conflicting-figures" not in rules(text)


TRIAL = ("Of the 170 confirmed cases, 162 were in the placebo group and eight in the vaccinated "
         "group. Ten of the cases were severe, and {n} of them were in the placebo group.")


def test_portions_of_them_of_a_portion():
    assert rules(TRIAL.format(n="nine"), date(2020, 11, 18)) == []
    assert "parts-exceed-total" in rules(TRIAL.format(n=11), date(2020, 11, 18))


FEE = ("Paris Saint-Germain signed Neymar from Barcelona on Thursday for €222 million, {times} "
       "the previous world record of €105 million that Manchester United paid for Paul Pogba.")


def test_a_multiple_of_a_figure_four_words_after_the():
    assert rules(FEE.format(times="more than twice"), date(2017, 8, 4)) == []
    assert "wrong-arithmetic" in rules(FEE.format(times="almost three times"), date(2017, 8, 4))


def test_the_year_of_a_records_since_when_clause_is_not_carried_on():
    text = ("Confirmed measles cases in the US have risen to 704 as of April 26, the CDC said. "
            "That is the highest count since 1994, when 963 cases were reported.\n\n"
            "Of the 704 cases, 503 were in people who had not been vaccinated.")
    assert rules(text, date(2019, 4, 29)) == []


def test_portions_whose_own_shares_pass_100_percent_overlap_and_are_not_summed():
    text = ("Of the 704 cases, 503 (71%) were in unvaccinated people and {n} (98%) were in US "
            "residents.")
    assert rules(text.format(n=689), date(2019, 4, 29)) == []
    assert "parts-exceed-total" in rules(text.format(n=789), date(2019, 4, 29))


def test_the_first_count_of_a_list_is_no_whole_for_of_the_patients():
    text = ("Clark County has 73 confirmed measles cases. Fifteen patients are aged 11 to 18, "
            "one is aged 19 to 29 and four are aged 30 to 39. Sixty-three of the patients had "
            "not been immunized.")
    assert "parts-exceed-total" not in rules(text, date(2019, 2, 15))
