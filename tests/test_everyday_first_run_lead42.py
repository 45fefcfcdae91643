"""Everyday copy, the lead42 blind probe (issue 11): causes of the first run's false alarms and
misses, on drafts written from published copy not read before (US jobs reports of September
2016 and September 2025, UK public borrowing of 2011 and 2015, US measles counts of 2019-2025,
Nationwide house prices of 2009 and 2013). Our own sentences with the real figures. Each
mechanism is checked on a clean text (no flag) and on the same text with an error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import only_wrong_flagged as _only_wrong_flagged
from everyday_support import rules

ARITH = frozenset({"wrong-arithmetic"})
JOBS_2016 = date(2016, 10, 7)
JOBS_2025 = date(2025, 11, 20)


# -- false alarms of the first run -----------------------------------------------------------

def test_each_revision_of_one_sentence_goes_from_its_own_old_figure():
    # 151,000 is August's old figure (revised up to 167,000), not July's (revised down)
    text = ("The gain for July was revised down to 252,000 from 275,000, and August's was "
            "revised up to 167,000 from {}.")
    _only_wrong_flagged(text, "181,000", "151,000", JOBS_2016, ARITH)


def test_revisions_of_other_months_are_no_parts_of_this_months_change():
    # the ONS's revisions to July, August, April and May do not net to September's £1.6bn fall
    text = ("In September alone the government borrowed £9.4bn, £1.6bn less than in September "
            "2014.\n\nThe ONS revised August's figure down by £500m and July's by £2.5bn, while "
            "the figures for April and May were each raised by £800m.")
    assert rules(text, date(2015, 10, 21)) == []


# -- misses of the first run -----------------------------------------------------------------

def test_the_net_of_revisions_from_old_to_new_figures():
    text = ("The gain for July was revised down to 252,000 from 275,000, and August's was "
            "revised up to 167,000 from {}, which left the two months together 7,000 lower "
            "than first reported.")
    _only_wrong_flagged(text, "161,000", "151,000", JOBS_2016, ARITH)


def test_the_net_of_revisions_by_amounts_and_to_a_loss():
    # August: a gain of 22,000 became a loss of 4,000 (-26,000); July down 7,000: -33,000
    text = ("August was revised to a loss of 4,000 jobs from a gain of 22,000, and July was "
            "revised down by 7,000 to 72,000, leaving the two earlier months {} lower than "
            "previously reported.")
    _only_wrong_flagged(text, "23,000", "33,000", JOBS_2025, ARITH)
    _only_wrong_flagged(text.replace("{} lower", "{}"), "33,000 higher", "33,000 lower",
                        JOBS_2025, ARITH)


def test_a_headline_change_without_by_is_an_amount():
    text = ("Payrolls rise {} as jobless rate hits 4.4%\n\nNonfarm payrolls rose by 119,000 in "
            "September, but the unemployment rate climbed to 4.4% from 4.3%.")
    _only_wrong_flagged(text, "191,000", "119,000", JOBS_2025,
                        frozenset({"restated-change-mismatch", "restated-figure-mismatch"}))


def test_a_temperature_after_a_verb_of_change_stays_a_level():
    from everyday_support import claims
    found = claims("Temperatures soar 35C as heatwave grips Spain", date(2023, 7, 10))
    assert all(c.role != "change" for c in found)


def test_a_later_sentence_names_what_a_count_counted():
    text = ("The CDC reported 47 more measles cases on Monday, taking the count since the "
            "start of the year to 206 in {} states.\n\nThat compares with 372 cases in the "
            "whole of 2018. The states affected so far are California, Colorado, Connecticut, "
            "Georgia, Illinois, Kentucky, New Jersey, New York, Oregon, Texas and Washington.")
    _only_wrong_flagged(text, "12", "11", date(2019, 3, 4), frozenset({"list-count-mismatch"}))


def test_a_subset_named_later_is_no_list_of_the_count():
    text = ("The bloc has 27 member states. The states that voted against were Hungary and "
            "Poland.")
    assert rules(text, date(2024, 5, 1)) == []


def test_a_span_since_a_month_after_publication_is_flagged():
    text = ("Prices were 6.5% higher than a year earlier, the fastest annual rise since "
            "July {}.")
    _only_wrong_flagged(text, "2014", "2010", date(2013, 11, 29),
                        frozenset({"date-in-future"}))
    # (a look ahead is left alone)
    assert rules("Sales will be the highest since 2015 by then.", date(2013, 11, 29)) == []


# -- the second probe (lead42b) ----------------------------------------------------------------

def test_a_headline_percentage_named_by_every_word_restates_that_change():
    # "Recorded crime" is the police figure, not the survey's 9% that lacks "recorded"
    text = ("Recorded crime down {}\n\nCrimes recorded by police in England and Wales fell by "
            "7% to 3.7 million in the year ending March 2013.\n\nThe Crime Survey put crimes "
            "against households at 8.6 million, down 9% on the year.")
    _only_wrong_flagged(text, "9%", "7%", date(2013, 7, 18),
                        frozenset({"restated-change-mismatch"}))


def test_a_further_amount_brings_the_level_of_its_noun_in_the_sentence_before():
    text = ("The Crime Survey, which asks about 37,500 households about crime, put the number "
            "of crimes against households and adults at 8.6 million. It counted a further "
            "800,000 crimes against children aged 10 to 15, bringing the total to {}.")
    _only_wrong_flagged(text, "9.6 million", "9.4 million", date(2013, 7, 18), ARITH)


def test_a_record_counted_since_a_start_after_publication_is_flagged():
    text = "Crime was the lowest since the survey began in {}."
    _only_wrong_flagged(text, "2018", "1981", date(2013, 7, 18),
                        frozenset({"date-in-future"}))


def test_last_years_level_is_the_start_though_it_ends_a_change_of_its_own():
    text = ("Glasgow Airport had another record year in 2017, with passenger numbers up nearly "
            "{} to more than 9.9 million. In 2016 the airport's numbers had risen 7.5% to 9.4 "
            "million, a record at the time.")
    _only_wrong_flagged(text, "4%", "6%", date(2018, 1, 12), ARITH)


def test_segments_said_as_new_values_of_changes_are_portions_of_the_total():
    text = ("Its passengers rose 8.6% to 13.43 million. International passengers rose 13.8% to "
            "{} million, while domestic passengers fell 1.5% to 5.287 million.")
    _only_wrong_flagged(text, "8.415", "8.145", date(2018, 1, 12),
                        frozenset({"parts-exceed-total"}))


# -- the third probe (lead42c) -----------------------------------------------------------------

def test_a_comparison_naming_another_stretch_describes_no_figure_of_this_one():
    # the 21% is the year's rain against its average, not September's 50mm against 17mm
    text = ("Rain averaged 49mm across the country, almost three times the long-term September "
            "average of 17mm.\n\nNew South Wales averaged 50mm for the month, and its rainfall "
            "for the year so far is 21% above the long-term average.")
    assert rules(text, date(2010, 10, 1)) == []


def test_a_yearly_amount_with_its_comparative_restated_a_month():
    text = "Ofgem's cap rises to £1,849. That is £111 a year more, or about {} a month."
    _only_wrong_flagged(text, "£9.75", "£9.25", date(2025, 2, 25),
                        frozenset({"wrong-conversion"}))


def test_a_second_comparison_after_a_multiples_phrase_is_of_the_first_figure():
    text = ("Rain averaged 49 millimetres across the country, almost three times the long-term "
            "September average of 17mm, and well above the previous record of {}, set in 1906.")
    _only_wrong_flagged(text, "51mm", "41mm", date(2010, 10, 1), ARITH)
