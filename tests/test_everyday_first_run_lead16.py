"""Everyday copy, the lead16a blind probe (issue 11): causes of the first run's false flags and
misses on drafts written from published copy not read before (smartphone shipments, airport
traffic, wildfire losses). Our own sentences with the real figures. Each fix is checked on a
clean text (no flag) and on the same construction with an error in it (still flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, rules

_IDC = date(2015, 7, 29)


# -- "one of the five biggest vendors": the size of a group, no level -------------------------

def test_the_size_of_a_group_picked_by_rank_is_no_level_a_change_is_worked_to():
    text = ("Samsung led with 73.2 million phones and a 21.7% share. It was the only one of the "
            "five biggest vendors to ship fewer phones than a year before: 2.3% fewer than the "
            "74.9 million of the second quarter of 2014.")
    assert rules(text, _IDC) == []


def test_a_pronoun_sentence_works_its_change_from_the_subjects_figure_before():
    text = ("Samsung led with 73.2 million phones and a 21.7% share. It was the only one of the "
            "five biggest vendors to ship fewer phones than a year before: 3.2% fewer than the "
            "74.9 million of the second quarter of 2014.")
    assert "wrong-arithmetic" in rules(text, _IDC)


def test_a_figure_of_a_stretch_of_time_is_no_portion():
    # "the 74.9 million of the second quarter": that quarter's figure, not a part of another
    text = ("Samsung shipped 73.2 million phones. That compared with the 74.9 million of the "
            "second quarter of 2014.")
    assert "parts-exceed-total" not in rules(text, _IDC)


# -- two breakdowns of one whole --------------------------------------------------------------

_SCHIPHOL = ("Schiphol handled 6.4 million passengers in August.\n\nOf those, 4.2 million started "
             "or ended their journey in Amsterdam and 2.2 million were changing planes. Flights "
             "within Europe carried 4.6 million passengers and intercontinental flights 1.8 "
             "million.")


def test_a_second_breakdown_of_a_whole_told_in_full_is_not_added_to_the_first():
    assert rules(_SCHIPHOL, date(2024, 9, 20)) == []


def test_a_first_breakdown_that_exceeds_its_whole_is_still_flagged():
    text = _SCHIPHOL.replace("2.2 million were", "2.8 million were")
    assert {"parts-exceed-total", "list-sum-mismatch"} & set(rules(text, date(2024, 9, 20)))


# -- shares "of them" and "of all" --------------------------------------------------------------

_FIRES = ("In 2018, 24,488 structures were lost nationwide, 22,867 of them in California.\n\n"
          "California has suffered more than half of all losses, nearly 60,000 structures. Texas "
          "comes next with more than 5,200, 60% of them lost in 2011.")


def test_a_share_of_them_is_a_part_of_the_count_before_it_not_of_a_larger_whole():
    assert "wrong-arithmetic" not in rules(_FIRES, date(2020, 11, 16))


def test_a_places_count_of_all_years_is_no_part_of_one_years_national_total():
    assert "parts-exceed-total" not in rules(_FIRES, date(2020, 11, 16))
    text = _FIRES.replace("22,867 of them", "25,867 of them")
    assert "parts-exceed-total" in rules(text, date(2020, 11, 16))


# -- rankings -------------------------------------------------------------------------------------

_PHONES = ("Samsung stayed on top with 72.2 million phones. Huawei was second with 52.0 "
           "million. Apple shipped 46.9 million iPhones.\n\nXiaomi came fourth with 34.3 million "
           "and Oppo fifth with 29.9 million.")


def test_a_ranking_goes_on_in_the_next_paragraph():
    assert "wrong-rank" not in rules(_PHONES, date(2018, 11, 1))
    assert "wrong-rank" in rules(_PHONES.replace("34.3 million", "54.3 million"), date(2018, 11, 1))


def test_a_ranking_that_starts_again_in_the_next_paragraph_is_another():
    text = ("Samsung was first with 72.2 million phones and Huawei second with 52.0 million.\n\n"
            "In India, Xiaomi was first with 9.2 million and Samsung second with 8.8 million.")
    assert "wrong-rank" not in rules(text, date(2018, 11, 1))


def test_a_bare_figure_ranked_beside_one_with_a_unit_takes_its_unit():
    text = ("Hong Kong was the busiest cargo airport with 4.6 million tonnes, ahead of Memphis "
            "with 4.3 million.")
    assert "wrong-rank" not in rules(text, date(2017, 9, 19))
    assert "wrong-rank" in rules(text.replace("4.3 million", "4.8 million"), date(2017, 9, 19))


# -- the second probe (US wheat crops) ---------------------------------------------------------

_WHEAT = ("Hard red winter wheat is expected to fall 12% to 733.409 million bushels, from 833.181 "
          "million last year. Soft red winter wheat should rise 24% to 297.527 million bushels "
          "from 239.166 million. Hard white winter wheat is put at 16.2 million bushels, and "
          "soft white winter at 207.464 million.")


def test_a_sentence_set_beside_the_one_before_takes_no_subject_from_it():
    assert "conflicting-figures" not in rules(_WHEAT, date(2020, 5, 12))


def test_a_date_after_a_changes_earlier_value_does_not_date_the_new_value():
    cs = claims(_WHEAT, date(2020, 5, 12))
    new = next(c for c in cs if c.text == "733.409 million bushels")
    assert new.period is None or new.period.start.year == 2020


def test_the_year_that_names_a_crop_is_a_date_not_a_count():
    cs = claims("The 2020 harvest is forecast at 1.255 billion bushels. The 2018 crop was 1.184 "
                "billion bushels.", date(2020, 5, 12))
    assert [c.text for c in cs] == ["1.255 billion bushels", "1.184 billion bushels"]
    assert cs[1].period is not None and cs[1].period.start.year == 2018
    # (a plural noun after the number is still counted: "the 2000 runners")
    cs = claims("Organisers said the 2000 runners set off in the rain.", date(2020, 5, 12))
    assert [c.value for c in cs] == [2000.0]


def test_an_amount_and_its_percentage_joined_by_or_before_the_earlier_value():
    text = ("The hard red winter crop is forecast at 737,458,000 bushels, down 344,232,000 "
            "bushels or 32% from 1,081,690,000 in 2016.")
    assert "wrong-arithmetic" not in rules(text, date(2017, 5, 10))
    assert "wrong-arithmetic" in rules(text.replace("or 32%", "or 23%"), date(2017, 5, 10))


def test_that_is_an_amount_or_its_percentage_less_than_an_earlier_value():
    text = ("Farmers will harvest 1,246,392,000 bushels of winter wheat this year. That is "
            "425,140,000 bushels, or 25%, less than the 1,671,532,000 bushels of 2016.")
    assert "wrong-arithmetic" not in rules(text, date(2017, 5, 10))
    assert "wrong-arithmetic" in rules(text.replace("or 25%", "or 35%"), date(2017, 5, 10))
    # (a comma alone before "more than" is no comparison of the figure: "rose 5%, more than
    # the 3% forecast")
    text = "Sales rose 5% to $2.1 billion, more than the 3% analysts had forecast."
    assert "wrong-arithmetic" not in rules(text, date(2017, 5, 10))


# -- the third probe (NHS waiting lists) ---------------------------------------------------------

def test_a_headlines_rounded_figure_is_no_earlier_value_of_the_bodys():
    text = ("# Almost six million people waiting for hospital treatment\n\nThere were 5,834,421 "
            "people on waiting lists at the end of September, 34% more than at the same point "
            "last year.")
    assert "wrong-arithmetic" not in rules(text, date(2021, 11, 11))


def test_durations_ranked_by_a_superlative_are_checked():
    text = ("University Hospitals Birmingham had the longest average wait, more than 22 weeks, "
            "followed by Buckinghamshire Healthcare at 18.4 weeks.")
    assert "wrong-rank" not in rules(text, date(2021, 11, 11))
    assert "wrong-rank" in rules(text.replace("18.4 weeks", "28.4 weeks"), date(2021, 11, 11))
    # (durations with no superlative still rank either way: left unread)
    text = "The first stage took 4 hours, followed by the second at 6 hours."
    assert "wrong-rank" not in rules(text, date(2021, 11, 11))


def test_a_share_of_the_list_the_sentence_opens_with():
    text = ("The waiting list for routine hospital treatment in England rose to 7.64 million at "
            "the end of July. Some 4.45 million patients, or 58.3% of the list, had been waiting "
            "less than 18 weeks.")
    assert rules(text, date(2024, 9, 12)) == []
    assert "wrong-arithmetic" in rules(text.replace("Some 4.45", "Some 5.45"), date(2024, 9, 12))


def test_a_count_or_its_share_of_them_is_a_part_not_a_restatement():
    text = ("The list rose to 7.64 million patients at the end of July. Some 4.45 million "
            "patients, or 58.3% of them, had been waiting less than 18 weeks.")
    assert rules(text, date(2024, 9, 12)) == []
    assert "wrong-arithmetic" in rules(text.replace("Some 4.45", "Some 5.45"), date(2024, 9, 12))


# -- the fourth probe (Indian elections, world electricity) --------------------------------------

def test_a_count_of_them_after_a_gap_is_of_the_level_not_the_gap():
    text = ("About 900 million people were eligible to vote, some 90 million more than in 2014, "
            "and about 130 million of them were voting for the first time.")
    assert "parts-exceed-total" not in rules(text, date(2019, 5, 22))


def test_the_seats_of_another_bodys_paragraph_are_not_counted_in_the_first_whole():
    text = ("In Punjab, Congress took 77 of the 117 seats on 38.5% of the vote. The Aam Aadmi "
            "Party came second with 20 seats, the Shiromani Akali Dal won 15 and the BJP three."
            "\n\nThe BJP won 57 of Uttarakhand's 70 seats with 46.5% of the vote. In Goa, "
            "Congress took 17 of the 40 seats, although the BJP, with 13, polled more votes.")
    found = rules(text, date(2017, 3, 12))
    assert "parts-exceed-total" not in found and "shares-over-100" not in found
    text = text.replace("second with 20 seats", "second with 40 seats")
    assert "parts-exceed-total" in rules(text, date(2017, 3, 12))


# -- the sixth probe (a Premier League season) ---------------------------------------------------

def test_a_record_low_beaten_is_a_lower_level():
    text = ("The three relegated clubs took 66 points between them, the fewest of the Premier "
            "League era, beating the 76 of 2018-19.")
    assert rules(text, date(2024, 5, 20)) == []
    assert "wrong-arithmetic" in rules(text.replace("took 66", "took 86"), date(2024, 5, 20))
    # (a record high beaten is still a higher level)
    text = "The season produced 1,246 goals, the most ever, beating the 1,222 of 1992-93."
    assert rules(text, date(2024, 5, 20)) == []
    assert "wrong-arithmetic" in rules(text.replace("1,246", "1,146"), date(2024, 5, 20))


# -- the seventh probe (Netflix results) ---------------------------------------------------------

def test_signed_up_is_a_count_not_a_rise():
    text = ("The company signed up 5.3 million subscribers: 4.45 million in Europe and 0.85 "
            "million in Asia.")
    assert rules(text, date(2017, 10, 16)) == []
    assert "parts-exceed-total" in rules(text.replace("0.85 million", "1.85 million"),
                                         date(2017, 10, 16))


# -- the eighth probe (rail performance) ---------------------------------------------------------

def test_rates_of_each_operators_own_trains_are_no_shares_of_one_whole():
    text = ("Cancellations fell 0.2 points to 2.8% of trains. c2c topped the table with 84% of "
            "trains on time, followed by TfL Rail with 77.7%.")
    assert "shares-over-100" not in rules(text, date(2019, 12, 18))
    # (shares of one vote still add up: "of the vote")
    text = "Labour won 52% of the vote, followed by the Greens with 58%."
    assert "shares-over-100" in rules(text, date(2019, 12, 18))


def test_a_superlative_of_a_quality_leaves_the_ranking_unread():
    text = ("Hull Trains was the least reliable, cancelling 5.6% of its services, ahead of "
            "TransPennine Express with 5.2% and GTR with 4.2%.")
    assert rules(text, date(2019, 12, 18)) == []


def test_a_camel_case_name_is_one_name():
    text = ("The worst performers were Hull Trains (39.5%) and TransPennine Express (40.5%). "
            "Hull Trains also cancelled the most services.")
    assert "name-spelling-variants" not in rules(text, date(2019, 12, 18))


# -- the tenth probe (fuel prices) ---------------------------------------------------------------

_FUEL = ("The average price of a litre of petrol reached a record 182.31p on Wednesday, 1.6p "
         "more than the 180.71p of the day before, taking the cost of filling a 55-litre family "
         "car to £100.27. A full tank of diesel, at 188.05p a litre, now costs £103.43.\n\n"
         "The 5p cut in fuel duty looks small beside the 25p rise in the wholesale cost of "
         "petrol since the Spring Statement.")


def test_figures_of_two_kinds_are_not_one_figure():
    assert rules(_FUEL, date(2022, 5, 25)) == []
    # (a restatement of the same kind is still held to it)
    text = _FUEL.replace("now costs £103.43.", "now costs £103.43. Filling up with diesel now "
                         "costs £108.43.")
    assert {"conflicting-figures", "restated-figure-mismatch"} & set(rules(text, date(2022, 5, 25)))


def test_a_definite_change_over_its_own_span_restates_no_change_before():
    assert "restated-change-mismatch" not in rules(_FUEL, date(2022, 5, 25))
    text = "Prices rose 12% in the year to March. The 15% rise was the biggest since 2019."
    assert "restated-change-mismatch" in rules(text, date(2022, 5, 25))
