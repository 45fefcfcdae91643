"""everyday119 (issue #11): an amount paid in equal instalments is the total's N-th part
(normalize/instalments.py), and an average a day after an increment ("500,000 extra
travellers") may be of the level the increment was added to (normalize/rate_averages.py).
Each mechanism on a clean text (no flag) and on the same text with an error (flagged); our own
sentences with the real figures of the probe's copy (corpus/everyday/forms-e119.yaml)."""

from datetime import date

from tests.everyday_support import RESTATED, only_wrong_flagged, rule_set

DAY = date(2023, 3, 2)

PETROBRAS = ("Petrobras's board has proposed dividends of R$2.7457 a share, worth R$35.8 "
             "billion in all.\n\nThe money would be paid in two equal instalments of {} a "
             "share, on May 19 and June 16.")


def test_an_equal_instalment_is_the_total_over_their_count():
    only_wrong_flagged(PETROBRAS, "R$1.5728", "R$1.3728", DAY)


def test_an_equal_instalment_is_no_restatement_of_the_total():
    assert not rule_set(PETROBRAS.format("R$1.3728"), DAY) & RESTATED


def test_instalments_of_a_total_in_the_paragraph_before():
    text = ("Petrobras approved dividends of R$6.73 a share, R$87.8 billion in total.\n\n"
            "The dividends will be paid in two equal instalments of {} a share, in August and "
            "September.")
    only_wrong_flagged(text, "R$3.65", "R$3.365", date(2022, 7, 29))


def test_three_equal_payments_in_one_sentence():
    text = ("The council will pay the grant of £1.2 million in three equal payments of {} "
            "over the year.")
    only_wrong_flagged(text, "£500,000", "£400,000", date(2024, 5, 1))


def test_unequal_instalments_are_not_read():
    # (no "equal": the first payment may be the larger)
    text = ("The club agreed a fee of £12 million, paid in two instalments of £8 million and "
            "£4 million.")
    assert "wrong-arithmetic" not in rule_set(text, date(2024, 5, 1))


# (the probe's draft as written, scotland-airports-2017-e119; the extra is read as a portion
# of the level when the Edinburgh paragraph is left out, and then no average at all is read)
AIRPORT = ("Edinburgh Airport handled 13.43 million passengers in 2017, up 8.6% on the year "
           "before. International passengers rose 13.8% to 8.145 million while domestic "
           "passengers fell 1.5% to 5.287 million.\n\nGlasgow Airport had 9.9 million "
           "passengers in 2017, after 9.4 million in 2016. That is 500,000 extra travellers in "
           "a year, or about {} passengers a day in 2017.\n\nAberdeen's passengers rose 1.86% "
           "to 3.135 million. Glasgow handled more than three times as many passengers as "
           "Aberdeen.")


def test_a_day_average_after_an_increment_may_be_of_the_level():
    only_wrong_flagged(AIRPORT, "35,000", "27,000", date(2018, 1, 13))


def test_a_day_average_of_the_increment_itself_still_reads():
    text = AIRPORT.replace("travellers in a year, or about {} passengers a day in 2017",
                           "travellers in 2017, or about {} extra passengers a day")
    only_wrong_flagged(text, "2,400", "1,400", date(2018, 1, 13))


GLASGOW = ("Glasgow Airport had 9.9 million passengers in 2017, after 9.4 million in 2016. "
           "That is {} extra travellers in a year.")


def test_that_is_n_extra_is_the_move_between_the_two_levels_before():
    only_wrong_flagged(GLASGOW, "800,000", "500,000", date(2018, 1, 13))


def test_that_is_n_more_after_handled_and_compared_with():
    text = ("The port handled 2.41 million containers last year, compared with 2.26 million "
            "the year before. That is {} more boxes.")
    only_wrong_flagged(text, "250,000", "150,000", date(2024, 2, 1))


def test_an_extra_with_no_that_is_opening_is_not_read_as_the_move():
    # (a count of its own: the extra flights are no move between the two passenger levels)
    text = ("Glasgow Airport had 9.9 million passengers in 2017, after 9.4 million in 2016. "
            "Airlines added 800,000 extra seats for 2018.")
    assert "wrong-arithmetic" not in rule_set(text, date(2018, 1, 13))


MEDWAY = ("Labour won 33 of the 59 seats on Medway Council, more than half, and the "
          "Conservatives, who had held a majority, won 22. That leaves {} seats for "
          "independents.")


def test_that_leaves_n_for_others_is_the_whole_less_the_holdings():
    only_wrong_flagged(MEDWAY, "six", "four", date(2023, 5, 6))


def test_that_leaves_with_no_whole_in_its_paragraph_is_not_read():
    # (no "of the 59": no whole to take the holdings from)
    text = ("Labour won 33 seats on Medway Council and the Conservatives won 22.\n\n"
            "That leaves six seats for independents.")
    assert "wrong-arithmetic" not in rule_set(text, date(2023, 5, 6))


HERDS = ("Texas, the largest producer, lost 5% of its herd to 11.3 million head. Nebraska fell "
         "2% to 6.3 million and Kansas 4% to 5.8 million. That makes {} million head in the "
         "three states.")


def test_that_makes_n_in_the_three_is_the_sum_of_the_last_three_levels():
    only_wrong_flagged(HERDS, "24.4", "23.4", date(2013, 2, 2))


def test_that_makes_n_sums_the_levels_of_the_sentence_before():
    text = ("Glasgow handled 9.9 million passengers and Edinburgh 13.43 million. That makes "
            "{} million passengers at the two airports.")
    only_wrong_flagged(text, "25.3", "23.3", date(2018, 1, 13))


def test_that_makes_with_a_count_the_levels_do_not_fill_is_not_read():
    # (four states named, two levels written: the sum is of figures the text does not give)
    text = ("Nebraska fell 2% to 6.3 million and Kansas 4% to 5.8 million. That makes 23.4 "
            "million head in the four states.")
    assert "wrong-arithmetic" not in rule_set(text, date(2013, 2, 2))


STOKE = ("Labour won 29 of the 44 seats in Stoke-on-Trent.\n\nLabour lost Stoke-on-Trent in 2015 "
         "and leads the council again after the 2023 vote, for the first time in {} years.")


def test_first_time_in_n_years_after_the_year_it_was_lost():
    only_wrong_flagged(STOKE, "ten", "eight", date(2023, 5, 6))


def test_first_time_in_n_years_after_first_since_in_the_next_sentence():
    text = ("House prices fall for the first time in {} years\n\nThe national median house "
            "price fell 1.6% in the year to July, the first annual fall since July 2011.")
    only_wrong_flagged(text, "13", "11", date(2022, 8, 11))


def test_first_time_in_n_years_of_the_loss_itself_is_not_from_the_loss():
    # (the loss is the event counted: 37 years since 1980, none since 2017)
    text = ("In Glasgow, Labour lost control in 2017 for the first time in 37 years, having "
            "held the council since 1980.")
    assert "wrong-arithmetic" not in rule_set(text, date(2022, 5, 7))
