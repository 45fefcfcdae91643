"""Everyday copy, the everyday94 blind probe (issue 11): causes of the first run's false flags
and misses on drafts written from published copy not read before (SPFL attendances, Kenyan and
Malaysian election results, Singapore company results, Welsh council tax, ABARES crop reports,
Australian power bills, SQA and KCSE exam results). Our own sentences with the real figures.
Each mechanism is checked on a clean text (no flag) and on the same text with an error
(flagged), or against the reading it replaces."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, rules

ARITH = {"wrong-arithmetic"}
PARTS = {"parts-exceed-total", "list-sum-mismatch"}


# -- a headline's multiple the body says again of its own figures ------------------------------

def _grades(lead: str, head: str = "Number of A grades doubles") -> str:
    return (f"{head}\n\nSome 627 candidates scored a straight A in the 2019 examination{lead}, "
            "and A- grades rose to 5,796 from 3,417.")


def test_a_headline_multiple_restated_in_the_body_is_not_worked_from_a_later_pair():
    assert not set(rules(_grades(", nearly twice the 315 of 2018"), date(2019, 12, 19))) & ARITH
    assert not set(rules("# " + _grades(", nearly twice the 315 of 2018"),
                         date(2019, 12, 19))) & ARITH


def test_a_headline_multiple_with_no_multiple_in_the_body_is_still_worked_from_the_pair():
    assert set(rules(_grades(""), date(2019, 12, 19))) & ARITH
    assert set(rules("# " + _grades(""), date(2019, 12, 19))) & ARITH


# -- "and in Negeri Sembilan 31 of 36": a count out of a whole after a place name --------------

def test_a_count_out_of_a_whole_after_a_place_name_is_a_figure():
    text = "In Penang it won 29 of 40 and in Negeri Sembilan 31 of 36."
    assert [c.text for c in claims(text, date(2023, 8, 13))] == ["29", "40", "31", "36"]


def test_a_name_with_a_number_is_still_no_count():
    text = "Voyager 2 sent 40 images."
    assert [c.text for c in claims(text, date(2023, 8, 13))] == ["40"]


# -- counts out of several wholes in one story ---------------------------------------------------

_STATES = ("In Selangor the governing pact won 34 of the 56 seats, with PN taking the other 22. "
           "In Penang it won 29 of 40 and in Negeri Sembilan 31 of 36, leaving PN 11 and five."
           "\n\nPN swept all 32 seats in Terengganu, won 33 of 36 in Kedah and 43 of 45 in "
           "Kelantan. Across the 245 seats contested in the six states, PN won {} and the PH-BN "
           "pact 99.")


def test_all_the_seats_of_another_state_and_the_seats_of_all_states_are_wholes_of_their_own():
    assert not set(rules(_STATES.format("146"), date(2023, 8, 13))) & PARTS


def test_the_whole_of_a_count_is_no_item_of_the_list_after_it():
    cs = claims("In Penang it won 29 of 40 and in Negeri Sembilan 31 of 36, leaving PN 11 and "
                "five.", date(2023, 8, 13))
    assert [c.role for c in cs if c.text == "36"] == ["whole"]


def test_counts_out_of_one_whole_across_sentences_are_still_summed():
    text = ("Labour won 411 of the 650 seats. The Conservatives won 121 seats and the Liberal "
            "Democrats {}.")
    assert not set(rules(text.format("72"), date(2024, 7, 5))) & PARTS
    assert set(rules(text.format("172"), date(2024, 7, 5))) & PARTS


# -- "$68 more, a spread of $87": an aside after the comma is no base ---------------------------

def test_an_amount_more_with_an_aside_after_the_comma_is_set_against_no_figure_there():
    text = "Some customers would pay $19 a year less and others $68 more, a spread of $87."
    assert not set(rules(text, date(2025, 3, 20))) & ARITH


def test_an_amount_more_than_a_figure_named_after_it_is_still_checked():
    text = "Typical bills rose to $160, {} more than the $92 of last year."
    assert not set(rules(text.format("$68"), date(2025, 3, 20))) & ARITH
    assert set(rules(text.format("$78"), date(2025, 3, 20))) & ARITH


# -- "the previous best of 3,639,331": an earlier record is no whole of this season's parts -----

def _record(pct: str, margin: str = "194,775", brk: str = " ") -> str:
    return (f"A record 3,834,106 spectators watched league matches in 2022-23. The average "
            f"gate across the 228 games was 16,816.{brk}The total beat the previous best of "
            f"3,639,331, set in "
            f"2018-19, by {margin}.{brk}Celtic and Rangers drew 2,049,935 between them, or "
            f"{pct} of the league's total.")


def test_a_share_of_the_total_is_not_of_the_record_beaten():
    # (the record beaten stands nearer than the total: it was taken as the whole)
    assert not set(rules(_record("53.5%", brk="\n\n"), date(2023, 5, 30))) & ARITH
    assert not set(rules(_record("53.5%"), date(2023, 5, 30))) & ARITH
    assert set(rules(_record("58.5%"), date(2023, 5, 30))) & ARITH


def test_parts_accounted_for_are_not_of_the_record_beaten():
    text = ("Scottish top flight sets crowd record\n\nA record 3,834,106 spectators watched "
            "Premiership matches in 2022-23.\n\nThe total beat the previous best of 3,639,331, "
            "set in 2018-19.\n\nThe Glasgow pair accounted for 2,049,935.")
    cs = claims(text, date(2023, 5, 30))
    record = next(c.id for c in cs if c.text == "3,639,331")
    assert [c.group for c in cs if c.text == "2,049,935"] != [record]


def test_the_margin_a_record_was_beaten_by_two_sentences_after_the_record():
    assert not set(rules(_record("53.5%", brk="\n\n"), date(2023, 5, 30))) & ARITH
    assert set(rules(_record("53.5%", "294,775", "\n\n"), date(2023, 5, 30))) & ARITH


# -- "More than a quarter of a million people, 255,850 in all": the exact value is the level ----

def _crowds(more: str) -> str:
    return ("More than a quarter of a million people, 255,850 in all, attended SPFL matches "
            f"over the first two weekends.\n\nThat was {more} more than the 201,828 who watched "
            "the first two rounds of 2013-14.")


def test_an_amount_said_of_a_rounded_figure_is_worked_from_its_exact_value_in_apposition():
    assert not set(rules(_crowds("54,022"), date(2024, 8, 14))) & ARITH
    assert set(rules(_crowds("64,022"), date(2024, 8, 14))) & ARITH


# -- ", an extra £68.40": the amount of the move just stated -----------------------------------

def test_an_extra_amount_after_a_move_is_its_change():
    text = "It takes the Band D charge to £1,435.86 from £1,367.46, an extra {} a year."
    assert not set(rules(text.format("£68.40"), date(2023, 3, 8))) & ARITH
    assert set(rules(text.format("£78.40"), date(2023, 3, 8))) & ARITH
    text = "The typical annual bill will rise from $2,513 to $2,741, an extra {}."
    assert not set(rules(text.format("$228"), date(2025, 5, 26))) & ARITH
    assert set(rules(text.format("$248"), date(2025, 5, 26))) & ARITH


def test_an_extra_amount_with_no_move_before_it_stays_an_increment():
    cs = claims("The council had 1,200 staff. It will hire an extra 300 next year.",
                date(2023, 3, 8))
    assert [c.role for c in cs if c.text == "300"] == ["additional"]


# -- a threshold between a count out of a whole and the list after it ------------------------

def test_the_list_after_a_threshold_is_still_counts_out_of_the_whole():
    text = ("In Perak, PN won 26 of 59, four short of the 30 needed for a majority, with PH on "
            "{} and BN on nine.")
    assert not set(rules(text.format("24"), date(2022, 11, 20))) & PARTS
    assert set(rules(text.format("27"), date(2022, 11, 20))) & PARTS


# -- a second amount joined by "and" past a decimal figure and a "five-year" span ---------------

def test_a_second_amount_below_the_five_year_average_describes_the_same_level():
    text = ("Wheat will fall to 22 million tonnes. That is 0.5 million tonnes below its "
            "September forecast of 22.5 million tonnes and {} million tonnes below the "
            "five-year average of 22.8 million.")
    assert not set(rules(text.format("0.8"), date(2012, 12, 12))) & ARITH
    assert set(rules(text.format("1.8"), date(2012, 12, 12))) & ARITH
