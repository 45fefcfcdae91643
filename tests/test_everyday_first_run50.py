"""Everyday copy, the e50 probe (issue 11): first-run false flags on new domains and their general
causes. A name's count with its bracketed share is a count, no designation; a list's shares are
of no whole smaller than the list; a noun that modifies another is no restated figure's noun; the
entity of the sentence before wins over a subject of an earlier paragraph; severe cases are no
cases restated; a list line's label is its row's subject; prices do not add up across places;
shares that fall as their counts rise are of no one whole. Our own sentences with the real
figures; each mechanism on a clean text (no flag) and, where it reads a relation, on the same
text with an error (flagged)."""

from __future__ import annotations

from datetime import date

from factcheck.extract import find_mentions

from everyday_support import claims, find, rules

_FEB16 = date(2016, 2, 12)
_DEC20 = date(2020, 12, 31)
_OCT19 = date(2019, 10, 17)
_MAR19 = date(2019, 3, 18)
_MAY21 = date(2021, 5, 12)


# -- a name's count with its share in brackets -------------------------------------------------

_BYELECTIONS = (
    "In Crompton ward in Bolton, Labour won 1,961 votes (73%), UKIP 320 (12%), the Conservatives "
    "302 (11%) and the Liberal Democrats 117 (4%). Labour's majority was 1,641, on a swing of 11% "
    "from UKIP to Labour.\n\nIn Lower Stoke in Coventry the result was Labour 1,235 (57%), "
    "Conservative 344 (16%), UKIP 290 (13%), Green 165 (8%) and Liberal Democrat 124 (6%). "
    "Labour's majority of 891 came on a swing of 4.5% from the Conservatives.\n")


def _figures(text: str) -> list[str]:
    return [q.text for q in find_mentions(text, _FEB16).quantities]


def test_a_names_count_with_its_bracketed_share_is_a_figure():
    got = _figures(_BYELECTIONS)
    assert {"320", "344", "290", "165", "124"} <= set(got)


def test_a_name_with_a_number_and_no_share_is_still_a_name():
    assert "2" not in _figures("Voyager 2 left the solar system in 2018, NASA said.\n")


def test_a_result_list_is_read_as_one_and_the_majority_before_is_no_whole():
    assert rules(_BYELECTIONS, _FEB16) == []
    assert "wrong-arithmetic" in rules(_BYELECTIONS.replace("344 (16%)", "344 (26%)"), _FEB16)


# -- a noun that modifies another, the entity of the sentence before, severe cases ------------

_TRIALS = (
    "The Pfizer-BioNTech trial enrolled 43,548 participants. Of the 170 confirmed cases of "
    "Covid-19 counted from seven days after the second dose, 8 were in the vaccine group and 162 "
    "in the placebo group, an efficacy of 95%.\n\nModerna's trial was smaller, with 30,420 "
    "volunteers split equally between the two arms. It counted 196 cases from 14 days after the "
    "second dose: 11 among those vaccinated and 185 among those given a placebo.\n\nSevere "
    "illness was rarer still. Moderna reported 30 severe cases, all of them in the placebo group; "
    "Pfizer reported nine severe cases in its placebo group and one in its vaccine group.\n\nThe "
    "two vaccines were thus 95% and 94.1% effective respectively.\n")


def test_a_noun_that_modifies_another_names_no_restated_figure():
    # ("the vaccine group" before 8 names no vaccines: "The two vaccines" restates no 8)
    two = [c for c in claims(_TRIALS, _DEC20) if c.text == "two"][-1]
    assert two.measure == "vaccine"


def test_the_entity_of_the_sentence_before_wins_over_an_earlier_paragraphs_subject():
    assert find(claims(_TRIALS, _DEC20), "196").subject == "moderna"


def test_severe_cases_are_a_measure_of_their_own():
    cs = claims(_TRIALS, _DEC20)
    assert find(cs, "30").measure == "severe_cases"
    assert find(cs, "196").measure == "cases"


def test_two_trials_side_by_side_raise_no_flag():
    assert rules(_TRIALS, _DEC20) == []


# -- a list line's label is its row's subject --------------------------------------------------

_SCHOOLS = (
    "Free schools had an average Progress 8 score of 0.21, against 0.11 for converter academies "
    "and -0.03 for schools run by local authorities.\n\nThe figures by type of school:\n"
    "- Free schools: 104 schools, 9,068 pupils, 0.21\n"
    "- Converter academies: 1,480 schools, 272,013 pupils, 0.11\n"
    "- Local authority maintained schools: 838 schools, 140,187 pupils, -0.03\n")


def test_a_list_lines_label_is_the_subject_of_its_counts():
    cs = claims(_SCHOOLS, _OCT19)
    assert find(cs, "1,480").subject == "converter academies"
    assert find(cs, "838").subject == "local authority maintained schools"


def test_rows_of_a_table_written_as_lines_are_not_restatements():
    assert rules(_SCHOOLS, _OCT19) == []


def test_a_speakers_line_is_no_row():
    cs = claims("The council said: 1,200 homes were flooded.\n", _OCT19)
    assert find(cs, "1,200").subject != "the council said"


# -- prices do not add up across places --------------------------------------------------------

_RENTS = (
    "Outside London rents rose 3.2% to £782 a month. All 12 regions recorded a rise. The South "
    "West led with an increase of 7.7% to £868, followed by the South East, up 5.1% to £1,046.\n")


def test_a_regions_average_rent_is_no_part_of_the_countrys():
    assert find(claims(_RENTS, _MAR19), "£868").group is None
    assert rules(_RENTS, _MAR19) == []


# -- shares that fall as their counts rise -----------------------------------------------------

_WARDS = (
    "A total of 3,222 people voted in Hyattsville's city election, 28.2% of registered voters.\n\n"
    "Turnout was highest in Ward Two, where 930 residents, or 36.4%, cast ballots. Ward One had "
    "963 voters (31.3%), Ward Four 394 (24.1%) and Ward Five 343 (25.5%).\n")


def test_turnouts_of_wards_are_no_shares_of_one_whole():
    cs = claims(_WARDS, _MAY21)
    assert not dict(find(cs, "24.1%").extra).get("ratio")
    assert rules(_WARDS, _MAY21) == []


# -- a change set against a time years back ----------------------------------------------------

_ROADS = ("There were 1,775 reported road deaths in Great Britain in 2014, an increase of 4% on "
          "the 1,713 of 2013 but 45% fewer than a decade earlier, the Department for Transport "
          "said.\n")


def test_a_change_against_a_decade_earlier_is_not_from_last_years_figure():
    ch = dict(find(claims(_ROADS, date(2015, 6, 25)), "45%").extra).get("change") or {}
    assert ch.get("from") is None
    assert rules(_ROADS, date(2015, 6, 25)) == []
    assert "wrong-arithmetic" in rules(_ROADS.replace("an increase of 4%", "an increase of 14%"),
                                       date(2015, 6, 25))
