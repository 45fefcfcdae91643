"""Everyday copy (issue #11), everyday14: precision on clean copy and messages an editor can act
on. Each test is a sentence or two in our own words with a construction of published copy (an
outbreak update's subsets, a poll's vaccine shares, a price-cap story's round figure); the
checks run the shipped consistency rules without a store."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, flags, rule_names

from factcheck.extract.numbers import find_quantities
from factcheck.model import Evidence
from factcheck.normalize.figures import written_like
from factcheck.report.base import describe_evidence

DAY = date(2023, 6, 2)


# -- ages are no counts ------------------------------------------------------------------------

def test_a_number_after_people_and_a_bound_is_an_age():
    for text, words in (("31 are children under five.", "five"),
                        ("31 are children under 5.", "5"),
                        ("Patients aged over 80 were moved.", "80"),
                        ("a boy aged five", "five"),
                        ("people aged between 20 and 59", "between 20 and 59")):
        q = next(q for q in find_quantities(text) if q.text == words)
        assert (q.unit, q.dim, q.bare) == ("year", "time", False), text
    # a count of people over a span of time keeps its own unit; a count is still a count
    got = {q.text: q.unit for q in find_quantities("They moved 300 people over two days.")}
    assert got == {"300": "", "two days": "day"}


def test_an_age_is_not_the_total_of_the_subset_after_it():
    text = ("Health officials have confirmed 52 cases of measles in the city since January. Of "
            "those infected, 31 are children under five, including 12 babies under a year old.")
    assert "parts-exceed-total" not in rule_names(flags(text, DAY))
    # a subset larger than the whole is still flagged
    wrong = text.replace("31 are children", "61 are children")
    assert "parts-exceed-total" in rule_names(flags(wrong, DAY))


def test_a_share_in_brackets_after_an_age_is_no_conversion_of_it():
    text = "Almost 70% of people aged over 65 (68.5%) have had this winter's vaccine."
    assert not flags(text, date(2019, 12, 12))


# -- subsets cut along different axes may overlap ----------------------------------------------

def test_a_slice_of_time_and_a_slice_of_kind_are_not_added_up():
    text = ("Health officials have confirmed 52 cases of measles in the city since January, 30 "
            "of them in the past week. Of those infected, 40 are children.")
    assert "parts-exceed-total" not in rule_names(flags(text, DAY))
    # each slice is still held to the whole on its own
    wrong = text.replace("30 of them", "60 of them")
    assert "parts-exceed-total" in rule_names(flags(wrong, DAY))


def test_a_subset_after_including_is_part_of_the_figure_before_it():
    text = ("Health officials have confirmed 52 cases of measles in the city since January. Of "
            "those infected, 40 are children, including 31 babies under a year old.")
    assert "parts-exceed-total" not in rule_names(flags(text, DAY))


# -- messages in the editor's terms ------------------------------------------------------------

def test_the_implied_amount_is_never_rounded_back_to_the_stated_one():
    assert written_like(1199.0, "GBP", "almost £1,000") == "£1,200"
    assert written_like(12239.0, "", "12,200 acres") == "12,240 acres"
    assert written_like(22239.0, "", "12,200 acres") == "22,200 acres"
    text = ("From 1 April the price cap will be £3,280 a year, a cut of almost £1,000 from the "
            "current £4,479, Ofgem said.")
    (f,) = [f for f in flags(text, date(2023, 2, 27)) if f["rule"] == "wrong-arithmetic"]
    assert "a fall of £1,200, not a fall of almost £1,000" in f["message"]
    assert f["suggestion"] == "£1,200"


def test_one_part_over_its_whole_is_said_plainly_with_why_it_is_a_warning():
    text = ("Health officials have confirmed 52 cases of measles in the city since January. Of "
            "those infected, 61 are children under five.")
    (f,) = [f for f in flags(text, DAY) if f["rule"] == "parts-exceed-total"]
    assert f["message"].startswith('The part "61" is more than the total it belongs to, "52".')
    assert 'what "61" counts is not written near it' in f["message"]
    assert "measure: none" not in f["message"]
    # the flag's weak field keeps the key and basis as recorded, for tools
    assert f["weak"] == 'for "61", the measure: none'


def test_a_figure_of_this_article_is_shown_as_the_article_writes_it():
    ev = Evidence(kind="claim", claim="c1", value=43.6e9, unit="USD", text="$43.6 billion")
    assert describe_evidence(ev, {"c1": 9}) == "this article, line 9: \u201c$43.6 billion\u201d"
    ds = Evidence(kind="dataset", source="General Staff", value=1600.0, unit="", text="")
    assert "1,600" in describe_evidence(ds)


def test_the_clean_measles_update_keeps_its_readings():
    cs = claims("Health officials have confirmed 52 cases of measles in the city since January, "
                "17 of them in the past week.", DAY)
    assert find(cs, "17").period is not None and find(cs, "52").period is not None


# -- shares and changes between figures of different things -----------------------------------

def test_a_share_of_its_own_earlier_level_is_not_of_another_figure():
    text = ("Heathrow handled 6.1 million passengers in June, its busiest month since the start "
            "of the pandemic. Gatwick handled 3.3 million, about 75% of its pre-pandemic level.")
    assert not flags(text, date(2022, 7, 20))


def test_a_change_between_a_percentage_and_money_is_not_checked():
    text = ("The average house price fell 1.8% in the year to January to £284,691, compared "
            "with a 2.1% fall in December.")
    assert "wrong-arithmetic" not in rule_names(flags(text, date(2024, 3, 20)))
    # a change between two levels of one kind still is
    wrong = "The average house price fell 4.8% to £284,691 from £289,900 a year earlier."
    assert "wrong-arithmetic" in rule_names(flags(wrong, date(2024, 3, 20)))


def test_a_measure_read_from_the_counted_noun_is_said_as_a_number_of_them():
    from factcheck.rulebook.render import measure_said
    assert measure_said("passenger") == "number of passengers"
    assert measure_said("baby") == "number of babies"
    assert measure_said("personnel_losses") == "personnel losses"
    assert measure_said("revenue") == "revenue"
    text = ("# Airport carries 15.3 million passengers\n\nThe airport carried 13.5 million "
            "passengers last year.")
    got = [f for f in flags(text, date(2024, 2, 1))
           if f["rule"] in ("conflicting-figures", "restated-figure-mismatch")]
    assert got and "number of passengers" in got[0]["message"]
    assert "same passenger:" not in got[0]["message"]


def test_an_earthquakes_magnitude_is_no_count():
    for text, words in (("A magnitude 7.4 earthquake struck.", "7.4"),
                        ("The 1999 quake of magnitude 7.6 killed 2,415 people.", "7.6"),
                        ("It had a magnitude of 6.1.", "6.1")):
        q = next(q for q in find_quantities(text) if q.text == words)
        assert (q.unit, q.dim) == ("richter", "magnitude"), text
    text = ("A magnitude 7.4 earthquake struck Taiwan on Wednesday, killing nine people. The 1999 "
            "quake of magnitude 7.6 killed 2,415 people.")
    assert not flags(text, date(2024, 4, 3))


# -- readings of a rate, the inflation of one group of prices, amounts of another kind --------

def test_a_rate_is_contradicted_only_when_every_reading_disagrees():
    text = ("Malawi has recorded 1,210 cholera deaths since March 2022, of whom 80 died this "
            "week. Of the 36,943 cases, 3,500 were reported in the past seven days.\n\nThe "
            "case fatality rate is {}.")
    day = date(2024, 5, 2)
    assert "wrong-arithmetic" not in rule_names(flags(text.format("3.3%"), day))
    (f,) = [f for f in flags(text.format("4.3%"), day) if f["rule"] == "wrong-arithmetic"]
    assert "1,210 out of 36,943 is 3.28%" in f["message"]


def test_a_rate_reading_pairs_figures_of_one_subject():
    text = ("Sudan has recorded 9,500 cholera cases and 299 deaths since the outbreak was "
            "declared in August, the health ministry said. Kassala state has recorded 2,500 of "
            "the cases.\n\nThe death rate among known cases is about 13%.")
    (f,) = [f for f in flags(text, date(2024, 9, 10)) if f["rule"] == "wrong-arithmetic"]
    assert "299 out of 9,500" in f["message"]


def test_food_inflation_is_not_the_headline_rate_restated():
    text = ("# Inflation falls to 3.9%\n\nInflation fell to 3.9% in November from 4.6% in "
            "October, the lowest rate in more than two years and below the 4.3% economists "
            "had forecast. Food inflation eased to 9.2% from 10.1%.")
    assert not flags(text, date(2023, 12, 20))
    cs = claims(text, date(2023, 12, 20))
    assert find(cs, "9.2%").measure == "food_inflation"


def test_a_count_beside_a_share_of_a_vote_is_no_share():
    text = ("Donald Trump won 312 electoral votes to Kamala Harris's 226, and 49.8% of the "
            "popular vote to her 48.3%.")
    got = {q.text: q.unit for q in find_quantities(text)}
    assert got["226"] == "" and got["49.8%"] == "percent"
    assert not flags(text, date(2024, 11, 6))
    # coordinated percentages still share their unit: "45 and 50%" is two percentages
    got = {q.text: q.unit for q in find_quantities("Support rose to between 45 and 50% of voters.")}
    assert "percent" in got.values()


def test_a_foot_passenger_is_no_length_and_units_are_said_in_words():
    from factcheck.rulebook.render import unit_said
    got = {q.text: q.unit for q in find_quantities("A foot passenger pays £45; a 30-foot bridge.")}
    assert got == {"£45": "GBP", "30-foot": "foot"}
    assert unit_said("") == "a plain count"
    assert unit_said("kilometer ** 2") == "square kilometer"
    assert unit_said("penny / liter") == "penny per liter"
