"""Everyday copy, the e38 probe (issue 11, first-run precision on unseen copy): causes of the
first run's false flags on drafts written from published copy not read before (retail sales,
Channel crossings, the 2021 census). Our own sentences with the real figures. Each fix is
checked on a clean text (no flag) and, where the construction can carry an error, on the same
construction with one (still flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, flags, rules

from factcheck.extract import find_mentions


# -- a change of one measure is not worked from the next sentence's levels of another ----------

_SALES = ("Measured by value rather than volume, sales rose 0.7%, a sign of rising prices. "
          "Annual consumer price inflation climbed to 6.2% in February from 5.5% in January.")


def test_a_change_of_sales_is_not_the_change_between_the_next_sentences_inflation_rates():
    assert rules(_SALES, date(2022, 3, 25)) == []
    change = dict(find(claims(_SALES, date(2022, 3, 25)), "0.7%").extra)["change"]
    assert change.get("to") is None


def test_a_change_with_no_measure_of_its_own_still_takes_the_next_sentences_levels():
    text = ("The number of patients in hospital with flu has risen by more than 40% in a week. "
            "There were 472 such patients in the week to 8 December, up from 330 the week "
            "before.")
    assert rules(text, date(2023, 12, 14)) == []
    assert "wrong-arithmetic" in rules(text.replace("up from 330", "up from 400"),
                                       date(2023, 12, 14))


# -- "were 65 or over": an age, not a level ----------------------------------------------------

_OLDER = "Some 11.1 million people, or 18.6%, were 65 or over, up from 9.2 million in 2011."


def test_a_number_its_bound_follows_after_were_is_an_age():
    qs = find_mentions(_OLDER, date(2022, 6, 28)).quantities
    age = next(q for q in qs if q.text == "65")
    assert age.unit == "year"
    assert rules(_OLDER, date(2022, 6, 28)) == []


def test_a_bound_after_a_number_with_no_people_or_be_before_it_is_no_age():
    qs = find_mentions("Students need grade 7 or over in maths and 65 or over in English.",
                       date(2022, 8, 25)).quantities
    assert next(q for q in qs if q.text.endswith("65")).unit != "year"


# -- "England and Wales": one area, not England ----------------------------------------------

_CENSUS = ("# England and Wales population grows 6.3% to 59.6 million\n\n"
           "The population of England and Wales was 59,597,300 on census day.\n\n"
           "England's population grew by 6.6% from 53,012,456, while Wales grew by just 44,000, "
           "or 1.4%, from 3,063,456.")


def test_two_places_joined_by_and_are_one_subject_apart_from_the_first():
    cs = claims(_CENSUS, date(2022, 6, 28))
    assert find(cs, "59,597,300").subject == "england and wales"
    assert find(cs, "6.6%").subject == "england"
    assert rules(_CENSUS, date(2022, 6, 28)) == []


def test_the_joint_area_restated_with_another_change_is_still_flagged():
    text = _CENSUS + "\n\nThe population of England and Wales grew by 7.3% over the decade."
    assert rules(text, date(2022, 6, 28))


def test_names_given_figures_respectively_are_not_joined():
    cs = claims("France and Germany grew by 0.3% and 0.5% respectively in the quarter.",
                date(2024, 4, 30))
    assert find(cs, "0.3%").subject != "france and germany"


# -- "Since 2020 more than 100,000": a year, not a gap -----------------------------------------

def test_a_year_before_a_qualified_figure_is_a_date():
    for text, year in (("In 2022 more than 89,000 people claimed asylum in the UK.", "In 2022"),
                       ("Since 2020 more than 100,000 people have crossed.", "Since 2020"),
                       ("In 2022 about 89,000 people claimed asylum.", "In 2022")):
        m = find_mentions(text, date(2024, 1, 22))
        assert [d.text for d in m.dates] == [year]
        assert all(q.text[:4] not in ("2020", "2022") for q in m.quantities)


# -- misses that share a cause with other copy ------------------------------------------------

def test_half_with_its_percentage_in_brackets_before_its_whole_is_a_share():
    text = "Just under half (48%) of initial decisions were grants, down from 71% a year earlier."
    assert rules(text, date(2024, 8, 22)) == []
    assert "wrong-arithmetic" in rules(text.replace("(48%)", "(58%)"), date(2024, 8, 22))


def test_an_amount_and_its_percentage_from_the_earlier_level():
    text = "Wales grew by just 44,000, or 1.4%, from 3,063,456."
    assert rules(text, date(2022, 6, 28)) == []
    found = flags(text.replace("or 1.4%", "or 2.4%"), date(2022, 6, 28))
    assert [f["rule"] for f in found] == ["wrong-arithmetic"]
    assert "from 3,063,456 is a rise of 1.44%" in found[0]["message"]


def test_a_list_after_a_colon_belongs_to_the_total_across_a_date_in_apposition():
    text = ("The population of England and Wales was 59,597,300 on census day, 21 March 2021: "
            "56,489,800 in England and 3,107,500 in Wales.")
    assert rules(text, date(2022, 6, 28)) == []
    assert "parts-exceed-total" in rules(text.replace("3,107,500", "3,170,500"),
                                         date(2022, 6, 28))


def test_a_verb_that_moves_its_object_to_a_level_from_another_says_the_direction():
    day = date(2022, 8, 1)
    text = "In June NS&I raised the prize fund rate to 1.4% from 1%."
    assert rules(text, day) == []
    assert "wrong-arithmetic" in rules(text.replace("from 1%", "from 1.6%"), day)
    cut = "The bank cut its base rate to 5% from 5.25%."
    assert rules(cut, day) == []
    assert "wrong-arithmetic" in rules(cut.replace("to 5%", "to 5.5%"), day)


def test_a_verb_of_another_clause_joined_by_and_gives_no_direction():
    assert rules("Imports rose and exports fell to 5.5% from 5.25%.", date(2024, 8, 1)) == \
        ["wrong-arithmetic"]
    assert rules("Imports rose and exports fell to 5% from 5.25%.", date(2024, 8, 1)) == []
