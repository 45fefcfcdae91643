"""Everyday copy, thirty-third round (issue 11): an amount added to a running count whose
level stands sentences up, and a place the figure's clause names after it. Sentences in our own
words with the constructions of published prison and outbreak copy; each construction is
checked with an error in it (flagged) and on the clean text (no flag), so that no test passes
whatever the code does."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, flags, rules

ARITH = {"wrong-arithmetic"}


# -- "Another N ..., bringing the number to T" with the running count two sentences up ----------

JAILS_DAY = date(2008, 6, 20)
JAILS = ("The prison population of England and Wales has risen to a record 83,181, the Ministry "
         "of Justice said on Friday. That was 10 more than a week earlier, and left the prisons only 29 "
         "places below their capacity of 83,210. Another 64 prisoners are in police cells, "
         "bringing the number in custody to {n}.")


def test_an_added_amount_from_a_running_count_sentences_up_is_checked():
    assert ARITH & set(rules(JAILS.format(n="83,345"), JAILS_DAY))


def test_the_right_total_from_a_running_count_sentences_up_passes():
    assert not ARITH & set(rules(JAILS.format(n="83,245"), JAILS_DAY))


def test_the_count_added_to_is_the_running_count_not_a_level_between():
    # the capacity of 83,210 stands between; the amount goes on from the record count
    cs = claims(JAILS.format(n="83,245"), JAILS_DAY)
    ch = find(cs, "64").extra_dict()["change"]
    assert ch["from"] == find(cs, "83,181").id


TOLL_DAY = date(2020, 3, 2)
TOLL = ("Deaths from the virus in mainland China have reached 2,912, officials said on Monday. "
        "All 42 deaths reported on Sunday were in Hubei.\n\n"
        "Officials recorded 202 new infections. Another 129 people have died in other "
        "countries, bringing the global toll to {n}.")


def test_levels_of_several_places_before_leave_the_base_open():
    # 2,912 is China's and 42 Hubei's: the amount may go on from either, or from their sum
    assert not ARITH & set(rules(TOLL.format(n="3,041"), TOLL_DAY))
    assert not ARITH & set(rules(TOLL.format(n="3,141"), TOLL_DAY))


def _level(value: float, subject: str, start: int, as_of: bool = True) -> dict:
    return {"value": value, "unit": "", "role": None, "measure": "deaths", "subject": subject,
            "start": start, "end": start + 2, "extra": [("as_of", True)] if as_of else []}


def test_a_breakdown_by_place_before_is_no_running_count():
    # "Bicol has recorded 38 deaths. Batangas's toll has risen to 55. Another five ...,
    # bringing the total to 98": the total goes on from the parts, not from Batangas's 55
    from factcheck.normalize.across import _running_level_before
    low = " " * 200
    total = _level(98, "batangas", 150, as_of=False)
    one_place = [_level(38, "bicol", 10, as_of=False), _level(55, "bicol", 60)]
    assert _running_level_before(low, one_place + [total], [[0], [1]], total) == [1]
    places = [_level(38, "bicol", 10, as_of=False), _level(55, "batangas", 60)]
    assert _running_level_before(low, places + [total], [[0], [1]], total) == []


# -- "N more died. That brought the toll to T" -----------------------------------------------

BROUGHT_DAY = date(2020, 2, 10)
BROUGHT = ("Hubei province had reported 780 deaths from the virus by Saturday.\n\n"
           "The provincial health commission said on Monday that 91 more patients died on "
           "Sunday. That brought the province's toll to {n}.")


def test_a_total_the_next_sentence_brings_an_added_amount_to_is_checked():
    assert ARITH & set(rules(BROUGHT.format(n="881"), BROUGHT_DAY))


def test_the_right_total_the_next_sentence_brings_passes():
    assert not ARITH & set(rules(BROUGHT.format(n="871"), BROUGHT_DAY))


def test_no_running_count_before_leaves_the_amount_unchecked():
    # a day's figure is no count the amount goes on from
    text = BROUGHT.format(n="881").replace("had reported 780 deaths from the virus by Saturday",
                                           "reported 80 deaths on Saturday")
    assert not ARITH & set(rules(text, BROUGHT_DAY))


# -- a vocabulary place named after the figure ---------------------------------------------------

PLACE_DAY = date(2020, 2, 10)
PLACE = ("Hubei province had reported 780 deaths from the virus by Saturday.\n\n"
         "At least 902 people have died {where}.")


def test_a_place_the_clause_names_after_the_figure_is_its_subject():
    c = find(claims(PLACE.format(where="in mainland China"), PLACE_DAY), "At least 902")
    assert c.subject == "china"
    assert not flags(PLACE.format(where="in mainland China"), PLACE_DAY)


def test_with_no_place_after_it_the_subject_is_carried():
    c = find(claims(PLACE.format(where="so far"), PLACE_DAY), "At least 902")
    assert c.subject == "hubei"


# -- a second gap joined by "and" to a gap that points back -------------------------------------

COURTS_DAY = date(2024, 9, 13)
COURTS = ("The backlog of crown court cases in England and Wales grew to 64,015 in July, the "
          "courts service said. That was 402 more than in June and {n} more than in July last "
          "year, a rise of almost 8%.")


def test_a_second_gap_joined_by_and_is_of_the_same_figure():
    assert ARITH & set(rules(COURTS.format(n="6,654"), COURTS_DAY))


def test_a_right_second_gap_joined_by_and_passes():
    assert not ARITH & set(rules(COURTS.format(n="4,654"), COURTS_DAY))


# -- a percentage change, then the pair of levels it is worked from ---------------------------

FLU_DAY = date(2019, 12, 12)
FLU = ("Patients in hospital in England with confirmed flu rose by {p} in a week, public "
       "health officials said.\n\n"
       "There were 472 such patients in the week to 8 December, up from 330 a week earlier.")


def test_a_change_is_checked_on_the_pair_the_next_sentence_leads_with():
    assert ARITH & set(rules(FLU.format(p="25%"), FLU_DAY))


def test_the_right_change_on_the_next_pair_passes():
    assert not ARITH & set(rules(FLU.format(p="43%"), FLU_DAY))


def test_a_pair_running_the_other_way_is_no_reading_of_the_change():
    text = FLU.format(p="25%").replace("up from 330", "down from 530")
    assert not ARITH & set(rules(text, FLU_DAY))


# -- a count "had reached" with no date, and a change whose sentence names a duration ----------

WASHI_DAY = date(2011, 12, 27)
WASHI = ("Tropical Storm Washi had killed 1,239 people in the southern Philippines, the disaster "
         "agency said, and the toll had reached {base} by the weekend on its count. Rescuers have "
         "since found another 214 bodies, bringing the toll to 1,453.")


def test_a_count_that_had_reached_a_figure_is_a_running_count():
    assert not ARITH & set(rules(WASHI.format(base="1,239"), WASHI_DAY))
    assert ARITH & set(rules(WASHI.format(base="1,339"), WASHI_DAY))


KATRINA_DAY = date(2005, 9, 14)
KATRINA = ("Louisiana's death toll from Hurricane Katrina rose by {p} in two days, health "
           "officials said.\n\n"
           "The state has now counted 423 dead, up from 279 on Monday.")


def test_a_duration_beside_the_change_is_no_level_of_it():
    assert ARITH & set(rules(KATRINA.format(p="32%"), KATRINA_DAY))
    assert not ARITH & set(rules(KATRINA.format(p="52%"), KATRINA_DAY))


def test_a_count_a_body_had_reported_is_a_running_count():
    text = ("Hubei province had reported 780 deaths from the virus by the end of Saturday, the "
            "centre of the outbreak.\n\n"
            "Officials said that 91 more patients died on Sunday. That brought Hubei's toll to "
            "{n}.")
    assert ARITH & set(rules(text.format(n="881"), BROUGHT_DAY))
    assert not ARITH & set(rules(text.format(n="871"), BROUGHT_DAY))
