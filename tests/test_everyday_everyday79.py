"""Everyday copy, everyday79's round (issue 11: time, durations and records): stretches of
days, weeks, months or years set between two dates the story gives ("contained on Oct. 25,
nearly 10 weeks after it began" on Aug. 17; "13 days later"; "seven months after its launch on
30 July 2020"; "in more than 40 years, since November 1981"; a record "set on 1 September 1996"
that "had stood for almost 28 years"). Our own sentences with real figures; each form on a
clean text (no flag), with an error (flagged), and the readings it must leave alone."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

_RIM = ("# Rim Fire contained\n\nThe Rim Fire, which started in the Stanislaus National Forest "
        "on Aug. 17, was declared fully contained on Friday, Oct. 25, nearly 10 weeks after it "
        "began, fire officials said.\n")
_RIM_PUB = date(2013, 10, 26)


def test_weeks_after_between_two_dates_before_the_count():
    assert "wrong-arithmetic" not in rules(_RIM, _RIM_PUB)
    bad = _RIM.replace("nearly 10 weeks", "nearly 7 weeks")
    assert "wrong-arithmetic" in rules(bad, _RIM_PUB)
    el = find(claims(bad, _RIM_PUB), "nearly 7 weeks").extra_dict()["elapsed"]
    assert el["unit"] == "week" and 8.8 < el["lo"] < 8.9 and 10.8 < el["hi"] < 10.9


_CAMP = ("# Camp Fire contained\n\nThe Camp Fire was declared 100% contained on Sunday, Nov. 25, "
         "17 days after it ignited on Nov. 8 near the town of Paradise.\n\n"
         "The Woolsey Fire, which started on Nov. 8 as well, was contained on Nov. 21, 13 days "
         "later.\n")
_CAMP_PUB = date(2018, 11, 26)


def test_days_after_a_date_written_after_the_words():
    assert "wrong-arithmetic" not in rules(_CAMP, _CAMP_PUB)
    assert "wrong-arithmetic" in rules(_CAMP.replace("17 days after", "12 days after"),
                                       _CAMP_PUB)


def test_days_later_and_a_count_of_both_ends():
    assert "wrong-arithmetic" in rules(_CAMP.replace("13 days later", "9 days later"),
                                       _CAMP_PUB)
    # counting both days (Nov. 8 to Nov. 21 as 14 days) is a reading, not an error
    assert "wrong-arithmetic" not in rules(_CAMP.replace("13 days later", "14 days later"),
                                           _CAMP_PUB)


def test_days_later_with_its_own_date_after_it():
    text = ("# Storm\n\nThe storm made landfall on 3 May 2024 and the last roads reopened 12 days "
            "later, on 15 May.\n")
    assert "wrong-arithmetic" not in rules(text, date(2024, 5, 20))
    assert "wrong-arithmetic" in rules(text.replace("12 days later", "20 days later"),
                                       date(2024, 5, 20))


_ROVER = ("# Perseverance lands\n\nNasa's Perseverance rover landed in Jezero Crater on "
          "Thursday, 18 February 2021, almost seven months after its launch on 30 July 2020.\n")


def test_months_after_a_launch():
    assert "wrong-arithmetic" not in rules(_ROVER, date(2021, 2, 19))
    bad = _ROVER.replace("almost seven months", "almost four months")
    assert "wrong-arithmetic" in rules(bad, date(2021, 2, 19))


def test_a_month_written_alone_allows_every_day_of_it():
    # from 16 December 2021 to a day of February 2022 is 6.6 to 10.6 weeks: "eleven weeks"
    # is one reading, so it is not contradicted; "fifteen weeks" is none
    text = ("# Rates\n\nThe Bank raised rates again in February 2022, seven weeks after it first "
            "lifted them on 16 December 2021.\n")
    pub = date(2022, 3, 17)
    assert "wrong-arithmetic" not in rules(text.replace("seven weeks", "eleven weeks"), pub)
    assert "wrong-arithmetic" in rules(text.replace("seven weeks", "fifteen weeks"), pub)


_CPI = ("# US inflation\n\nConsumer prices rose 9.1% in the 12 months to June, the Labor "
        "Department said on Wednesday, the largest annual rise in more than 40 years, since "
        "November 1981.\n")


def test_in_n_years_since_a_month():
    pub = date(2022, 7, 13)
    assert "wrong-arithmetic" not in rules(_CPI, pub)
    assert "wrong-arithmetic" in rules(_CPI.replace("more than 40 years", "more than 50 years"),
                                       pub)


def test_since_a_year_may_count_that_year():
    # "since records began in 2000", published in 2018: 17 or 18 years, either reading
    text = ("# Exports\n\nExports fell for the first time in 18 years, since records began in "
            "2000, the agency said on Tuesday.\n")
    pub = date(2018, 3, 6)
    assert "wrong-arithmetic" not in rules(text, pub)
    assert "wrong-arithmetic" not in rules(text.replace("18 years", "17 years"), pub)
    assert "wrong-arithmetic" in rules(text.replace("18 years", "25 years"), pub)


_RECORD = ("# 3000m record\n\nThe old mark of 7:20.67 was set by Daniel Komen in Rieti on "
           "1 September 1996 and had stood for almost 28 years.\n")


def test_a_record_that_stood_until_the_story():
    pub = date(2024, 8, 26)
    assert "wrong-arithmetic" not in rules(_RECORD, pub)
    # "had stood" may end on any day up to publication (a history piece): only a longer
    # stretch than the dates allow is wrong; "has stood" runs to publication
    assert "wrong-arithmetic" not in rules(_RECORD.replace("almost 28", "almost 24"), pub)
    assert "wrong-arithmetic" in rules(_RECORD.replace("almost 28", "almost 34"), pub)
    has = _RECORD.replace("and had stood", "and has stood")
    assert "wrong-arithmetic" in rules(has.replace("almost 28", "almost 24"), pub)


def test_a_record_with_no_date_in_its_sentence_is_left_alone():
    text = ("# Discus\n\nJürgen Schult set the record on 6 June 1986.\n\nSchult's mark had stood "
            "for almost 33 years.\n")
    c = find(claims(text, date(2024, 4, 15)), "almost 33 years")
    assert "elapsed" not in c.extra_dict()


def test_dates_in_the_wrong_order_are_no_reading():
    # the count's dates run backwards: not the stretch the words meant, nothing is set
    text = ("# Fire\n\nThe fire was contained on 3 March 2020, 12 days after it started on "
            "9 April 2020.\n")
    c = find(claims(text, date(2020, 4, 20)), "12 days")
    assert "elapsed" not in c.extra_dict()


def test_a_sentence_of_one_date_is_no_stretch():
    text = ("# Fire\n\nThe fire broke out on 8 November 2018 and burned for 17 days before it "
            "was contained; it was contained 12 days later than forecast.\n")
    assert "elapsed" not in find(claims(text, date(2018, 11, 26)), "12 days").extra_dict()


_ORION = ("# Orion\n\nOrion splashed down in the Pacific at 11.29am Eastern time on Friday, 4 hours "
          "24 minutes after lifting off from Cape Canaveral at 7.05am.\n")


def test_minutes_between_two_clock_times():
    pub = date(2014, 12, 5)
    assert "wrong-arithmetic" not in rules(_ORION, pub)
    assert "wrong-arithmetic" in rules(_ORION.replace("4 hours 24", "5 hours 24"), pub)


def test_clock_times_past_midnight_are_the_next_day():
    text = ("# Count\n\nPolls closed at 10pm and the first result came at 12.40am, 160 minutes "
            "later.\n")
    assert "wrong-arithmetic" not in rules(text, date(2024, 7, 5))
    assert "wrong-arithmetic" in rules(text.replace("160 minutes", "100 minutes"),
                                       date(2024, 7, 5))


def test_local_times_or_two_zones_are_left_alone():
    # 9am in London is 4am in New York: the clock times of two places give no stretch
    text = ("# Flight\n\nThe plane landed in New York at 11.30am local time, 150 minutes after "
            "leaving London at 9am.\n")
    c = find(claims(text, date(2024, 7, 5)), "150 minutes")
    assert "elapsed" not in c.extra_dict()
    two = ("# Flight\n\nIt landed at 11.30am ET, 150 minutes after leaving at 9am GMT.\n")
    assert "elapsed" not in find(claims(two, date(2024, 7, 5)), "150 minutes").extra_dict()


def test_a_duration_against_a_range_of_dates():
    text = ("# Appeal\n\nThe parcels went out once a month for six months from May to "
            "October.\n")
    pub = date(2020, 1, 29)
    assert "wrong-arithmetic" not in rules(text, pub)
    assert "wrong-arithmetic" in rules(text.replace("six months", "four months"), pub)


def test_that_event_after_a_date_of_the_sentence_before():
    text = ("# Jackpot\n\nThe previous record was won in July 2022. That win came two months "
            "after a couple scooped £184 million in May 2022.\n")
    pub = date(2025, 6, 11)
    assert "wrong-arithmetic" not in rules(text, pub)
    assert "wrong-arithmetic" in rules(text.replace("two months", "five months"), pub)


def test_a_later_day_that_is_not_written_is_no_stretch():
    # the day "two days later" is not written: 1998 and 5 March 2024 are no ends of it
    text = ("# Shares\n\nThe company, founded in 1998, reported on 5 March 2024 that sales rose; "
            "two days later, its shares fell.\n")
    assert "elapsed" not in find(claims(text, date(2024, 3, 8)), "two days").extra_dict()


def test_a_stretch_inside_months_is_no_count_of_them():
    text = ("# Butterflies\n\nVolunteers recorded about 390,000 butterflies over three weeks in "
            "July and August.\n")
    assert "elapsed" not in find(claims(text, date(2016, 9, 14)),
                                   "over three weeks").extra_dict()
