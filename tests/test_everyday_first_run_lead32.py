"""Everyday copy, the lead32 blind probes (issue 11): causes of the first run's false flags and
misses on drafts written from published copy not read before (council tax bills, flight
cancellations, NHS waiting lists, wildfires). Our own sentences with the real figures. Each
mechanism is checked on a clean text (no flag or the reading wanted) and on the same text with
an error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, rules

_MAR19 = date(2019, 3, 27)
_JAN22 = date(2022, 1, 10)
_JUN23 = date(2023, 6, 8)
_JUL18 = date(2018, 7, 12)


# -- "so county residents pay £349 more": a gap of the clause's own subject ---------------------

_COUNTY = ("County areas charge the most, an average of £1,826 a year. London boroughs charge an "
           "average of £1,477, so county residents pay £349 more.")


def test_a_gap_of_a_bare_subject_is_not_a_change_of_the_figure_before_it():
    assert "wrong-arithmetic" not in rules(_COUNTY, _MAR19)


def test_the_gap_is_held_to_the_figure_its_subjects_modifier_names():
    assert "wrong-arithmetic" in rules(_COUNTY.replace("£349", "£439"), _MAR19)


# -- names in apposition after a count: "The four biggest US carriers, American, ..., United," --

_CARRIERS = ("The four biggest US carriers, American, Delta, Southwest and United, cancelled "
             "7,040 flights over the period.")


def test_names_in_apposition_are_counted():
    assert "list-count-mismatch" not in rules(_CARRIERS, _JAN22)
    assert "list-count-mismatch" in rules(_CARRIERS.replace("four", "three"), _JAN22)


def test_a_dash_apposition_is_counted_too():
    text = "The two firms – Apple and Google – said 40 jobs would go."
    assert "list-count-mismatch" not in rules(text, _JAN22)
    assert "list-count-mismatch" in rules(text.replace("two", "three"), _JAN22)


def test_words_after_a_repeat_count_are_no_apposed_list():
    # (an attribution, not names the count counts: the last item must be names alone)
    assert "list-count-mismatch" not in rules("Prices rose three times, Smith and Jones said, to "
                                              "5%.", _JAN22)


# -- a target before the earlier value is no new value of the change ----------------------------

_CANCER = ("Cancer care also slipped: 61 per cent of patients started treatment within two months "
           "in April, against a target of 85 per cent and down from 63.5 per cent in March, a "
           "fall of 2.5 points.")


def test_a_fall_after_a_target_is_the_levels_fall():
    assert "wrong-arithmetic" not in rules(_CANCER, _JUN23)
    assert "wrong-arithmetic" in rules(_CANCER.replace("2.5 points", "3.5 points"), _JUN23)


# -- "more than the previous record set in March": the amount names its own base ---------------

_RECORD = ("A record 7.4 million people were waiting at the end of April, 100,000 more than the "
           "previous record set in March. The list stood at 6.79 million in 2022.")


def test_an_amount_whose_base_names_a_month_takes_no_later_figure_of_another_year():
    assert "wrong-arithmetic" not in rules(_RECORD, _JUN23)


# -- "NHS waiting list reaches 4.3m": a million, not metres --------------------------------------

def test_a_headline_list_that_reaches_a_bare_m_figure_counts_millions():
    cs = claims("NHS waiting list reaches 4.3m, highest for a decade\n\nThe list has grown.",
                _JUL18)
    assert [c.value for c in cs if c.text == "4.3m"] == [4_300_000]


def test_a_river_that_reaches_a_bare_m_figure_stays_metres():
    cs = claims("Thames reaches 4.3m at Kingston", _JUL18)
    assert [c.unit for c in cs if c.text == "4.3m"] == ["meter"]


# -- "homes, businesses and other structures": the list's class is what is counted -------------

_STRUCTURES = ("US wildfires have destroyed more than 89,000 structures\n\nWildfires in the "
               "United States destroyed 89,210 homes, businesses and other structures, an "
               "analysis found.")


def test_a_noun_list_closed_by_and_other_counts_its_class():
    cs = claims(_STRUCTURES, date(2020, 11, 16))
    body = [c for c in cs if c.text == "89,210"][0]
    head = [c for c in cs if c.text == "more than 89,000"][0]
    assert body.measure == head.measure


# -- two bills in whole pounds stand for half a pound either side -------------------------------

_CAP = ("The cap will rise from £1,277 to £1,971 a year from 1 April, an increase of £693, or "
        "54%.")


def test_a_change_between_whole_pound_bills_allows_their_pence():
    assert "wrong-arithmetic" not in rules(_CAP, date(2022, 2, 3))
    assert "wrong-arithmetic" in rules(_CAP.replace("£693", "£683"), date(2022, 2, 3))


def test_counts_in_whole_units_stay_exact():
    text = "The count rose from 1,277 to 1,971 a year, an increase of 693."
    assert "wrong-arithmetic" in rules(text, date(2022, 2, 3))


# -- a headline change naming no measure nor subject restates the body's one change of its kind --

_JUMP = ("Energy bills to jump by £693 as price cap rises 54%\n\nThe default tariff cap for a "
         "typical household will rise from £1,277 to £1,971 a year from 1 April, Ofgem "
         "announced, an increase of £693, or 54%.")


def test_a_bare_headline_change_restates_the_bodys_only_change_of_its_kind():
    assert "restated-change-mismatch" not in rules(_JUMP, date(2022, 2, 3))
    assert "restated-change-mismatch" in rules(_JUMP.replace("jump by £693", "jump by £793"),
                                               date(2022, 2, 3))



def test_a_bare_headline_amount_with_two_body_changes_of_its_kind_stands_when_one_agrees():
    # (lead39: each body change is a reading; the headline stands when one of them agrees, and
    # is flagged only when none does, as "Bills to jump by £793" against £693 and £708)
    text = ("Bills to jump by £{}\n\nThe cap will rise by £693, Ofgem said. Prepayment bills "
            "will rise by £708.")
    assert "restated-change-mismatch" not in rules(text.format("708"), date(2022, 2, 3))
    assert "restated-change-mismatch" not in rules(text.format("693"), date(2022, 2, 3))
    assert "restated-change-mismatch" in rules(text.format("793"), date(2022, 2, 3))


# -- a headline figure is never the earlier value of a body amount ------------------------------

_HEAD_RECORD = ("Hospital waiting list hits new record of 7.4 million\n\nA record 7.4 million "
                "people were waiting at the end of April, 100,000 more than the previous record "
                "set in March.")


def test_a_body_amount_is_not_set_against_the_headlines_record():
    assert rules(_HEAD_RECORD, _JUN23) == []
    wrong = rules(_HEAD_RECORD.replace("new record of 7.4", "new record of 7.7"), _JUN23)
    assert {"conflicting-figures", "restated-figure-mismatch"} & set(wrong)
    assert "wrong-arithmetic" not in wrong


def test_a_message_says_people_not_peoples():
    from everyday_support import flags
    got = flags(_HEAD_RECORD.replace("new record of 7.4", "new record of 7.7"), _JUN23)
    assert any("number of people" in f["message"] for f in got)
    assert not any("peoples" in f["message"] for f in got)


def test_a_bare_headline_change_is_left_alone_when_the_body_sets_another_pair():
    text = ("Minimum wage for young workers to rise by 16.3%\n\nThe National Living Wage will "
            "rise from £11.44 to £12.21 an hour next April, an increase of 6.7%. The minimum "
            "wage for 18- to 20-year-olds goes up from £8.60 to £10 an hour, the largest "
            "increase on record at 16.3%.")
    assert "restated-change-mismatch" not in rules(text, date(2024, 10, 30))
    money = text.replace("rise by 16.3%", "rise by £1.40")
    assert "restated-change-mismatch" not in rules(money, date(2024, 10, 30))
