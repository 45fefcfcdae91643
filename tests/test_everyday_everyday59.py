"""Everyday copy (issue 11, everyday59): first runs on fresh copy of prisons, council budgets,
waiting lists, censuses and wildfires. Parts opened by a demonstrative and its noun ("Of that
total, ..."), a figure that "passes" the previous high by an amount, a figure dated over a year
before publication never read as the undated present figure restated, the noun of a name
("The population of the United States was ...") as the measure, and portions "of them" each
named by a group noun of its own. Our own sentences with the constructions of that copy; a
clean and a wrong version of each."""

from __future__ import annotations

from datetime import date

from everyday_support import RESTATED, claims, find, flags, rule_names

DAY = date(2024, 3, 1)


# --- parts after "Of that total," ------------------------------------------------------------

_OF_THAT = ("Kestrel District Council needs £13.695m to run its services next year.\n\n"
            "Of that {noun}, £6.371m will come from business rates and {tax} from council tax.")


def test_parts_after_of_that_noun_belong_to_the_figure_before():
    for noun in ("total", "requirement", "sum"):
        assert flags(_OF_THAT.format(noun=noun, tax="£7.324m"), DAY) == []
        assert "parts-exceed-total" in rule_names(flags(_OF_THAT.format(noun=noun, tax="£7.824m"),
                                                    DAY))
    cs = claims(_OF_THAT.format(noun="total", tax="£7.324m"), DAY)
    assert find(cs, "£7.324m").group == find(cs, "£13.695m").id


def test_of_that_noun_without_a_comma_opens_no_parts():
    # "Of that budget line 12 ..." is no demonstrative with a comma: nothing is read as parts
    text = ("Kestrel District Council needs £13.695m to run its services next year. Of that "
            "money spent on roads £2m went on repairs.")
    cs = claims(text, DAY)
    assert find(cs, "£2m").role not in ("portion", "part")


# --- "passes the previous high ... by N" -------------------------------------------------------

_PASSES = ("The number of people held in prisons and police cells reached a record 81,135 on "
           "Thursday.\n\nOf that total, 80,803 were in prisons and 332 in police cells. The "
           "figure passes the previous high of 81,040, set at the end of June, by {gap}.")


def test_passes_by_is_the_gap_to_the_level_before_the_parts():
    assert flags(_PASSES.format(gap="95"), DAY) == []
    found = flags(_PASSES.format(gap="195"), DAY)
    assert "wrong-arithmetic" in rule_names(found)
    assert any("95, not 195" in f["message"] for f in found)


def test_overtaking_by_in_one_sentence():
    text = ("Passenger numbers reached 2,951,163 on Sunday, overtaking the previous record of "
            "2,907,378 by {gap}.")
    assert flags(text.format(gap="43,785"), DAY) == []
    assert "wrong-arithmetic" in rule_names(flags(text.format(gap="53,785"), DAY))


# --- a figure of the story's past is not its present figure restated -------------------------

_PEAK = ("# Waiting list dips to 7.39 million\n\nAn estimated 7.39 million treatments were "
         "waiting at the end of the month, down from 7.41 million a month earlier. The list "
         "peaked in September {year} at 7.77 million treatments.")


def test_a_peak_two_years_back_is_no_restatement():
    assert flags(_PEAK.format(year="2021"), date(2023, 11, 13)) == []


def test_an_undated_restatement_of_a_recent_figure_is_still_compared():
    text = ("# Acme revenue hits €4.2 billion\n\nAcme's revenue was €4.2 billion in 2023, the "
            "company said. Revenue of {v} billion beat its own forecast.")
    assert flags(text.format(v="€4.2"), date(2024, 2, 20)) == []
    assert rule_names(flags(text.format(v="€4.6"), date(2024, 2, 20))) & RESTATED


def test_two_past_figures_are_still_compared():
    text = ("Acme's revenue was €4.2 billion in 2019. That year, revenue of {v} billion "
            "was a record for the group.")
    assert flags(text.format(v="€4.2"), date(2024, 2, 20)) == []
    assert rule_names(flags(text.format(v="€4.6"), date(2024, 2, 20))) & RESTATED


# --- "The population of <name> was N" --------------------------------------------------------

_CENSUS = ("# Population rises 9.7% to {head} million\n\nThe population of the United States "
           "was 308,745,538 on April 1, up 9.7% from 281,421,906 ten years earlier.")


def test_the_noun_of_a_name_is_the_measure():
    cs = claims(_CENSUS.format(head="308.7"), date(2010, 12, 21))
    assert find(cs, "308,745,538").measure == "population"
    assert flags(_CENSUS.format(head="308.7"), date(2010, 12, 21)) == []
    assert rule_names(flags(_CENSUS.format(head="318.7"), date(2010, 12, 21))) & RESTATED


def test_a_count_word_of_a_name_is_no_measure():
    text = "The number of Acme Holdings staff was 4,200 at the end of the year."
    cs = claims(text, DAY)
    assert find(cs, "4,200").measure != "number"


# --- portions "of them", each named by a group noun ------------------------------------------

_INJURED = "A total of 98 people were injured, 71 of them firefighters and {c} civilians."


def test_portions_named_by_their_own_group_nouns():
    assert flags(_INJURED.format(c="27"), DAY) == []
    found = flags(_INJURED.format(c="37"), DAY)
    assert "parts-exceed-total" in rule_names(found)
    cs = claims(_INJURED.format(c="27"), DAY)
    assert find(cs, "27").group == find(cs, "71").group


def test_a_count_with_its_own_verb_is_no_sibling():
    text = ("A total of 98 people were injured, 71 of them firefighters and 40 homes were "
            "destroyed.")
    assert flags(text, DAY) == []
    cs = claims(text, DAY)
    assert find(cs, "40").role != "portion"
