"""Everyday copy, the lead31 blind probes (issue 11): causes of the first run's false flags and
misses on drafts written from published copy not read before (census results, data breaches, a
strike ballot, an earthquake toll). Our own sentences with the real figures. Each mechanism is
checked on a clean text (no flag or the reading wanted) and on the same text with an error
(flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

_JUN23 = date(2023, 6, 27)
_DEC10 = date(2010, 12, 21)
_DEC15 = date(2015, 12, 23)
_JUL18 = date(2018, 7, 31)
_OCT19 = date(2019, 10, 3)


def _last(cs, words):
    """The last claim written ``words`` (the body's, after the headline's)."""
    return [c for c in cs if c.text == words][-1]


# -- "the close on Friday 23 June" is a noun, not a schedule's verb ----------------------------

def test_the_close_on_a_day_is_no_schedule_verb():
    text = ("About 122,000 ballot papers came back by the close on Friday 23 June, some 18,000 "
            "short of the 140,000 needed.")
    assert "weekday-mismatch" not in rules(text, _JUN23)
    assert "weekday-mismatch" in rules(text.replace("Friday 23", "Friday 24"), _JUN23)


def test_a_schedule_verb_before_a_day_still_reads_the_coming_one():
    # (23 June 2024 is a Sunday: the coming day is read, and its weekday is wrong)
    assert "weekday-mismatch" in rules("The consultation closes on Friday 23 June.", _JUN23)


# -- a share after another subject's count is not out of it ------------------------------------

_CENSUS = ("Texas gained the most people, adding 4,293,741 to reach 25,145,561, while Nevada grew "
           "fastest, by 35.1%. Michigan was the only state to shrink, losing 54,804 residents, "
           "or 0.6%.")


def test_a_share_is_not_out_of_another_named_subjects_count():
    assert "wrong-arithmetic" not in rules(_CENSUS, _DEC10)


def test_a_share_out_of_its_own_subjects_count_is_still_checked():
    text = "Michigan had 9,883,640 residents. Of them 54,804, or 1.6%, moved away."
    assert "wrong-arithmetic" in rules(text, _DEC10)


# -- the number of people killed; a possessive day dates the event, not the toll ---------------

_TOLL = ("Death toll from Maluku earthquake rises to 36\n\nThe number of people killed by last "
         "week's magnitude-6.8 earthquake in Indonesia's Maluku province has risen from 30 to 36, "
         "the regional disaster agency said on Thursday.")


def test_the_number_of_people_killed_is_deaths_counted_to_publication():
    c = _last(claims(_TOLL, _OCT19), "36")
    # (to publication, or to the day the agency said so: not last week's)
    assert c.measure == "deaths" and (c.period is None or c.period.start == _OCT19)


def test_a_toll_headline_is_checked_against_the_body():
    assert not {"conflicting-figures", "restated-figure-mismatch"} & set(rules(_TOLL, _OCT19))
    bad = _TOLL.replace("rises to 36", "rises to 38")
    assert {"conflicting-figures", "restated-figure-mismatch"} & set(rules(bad, _OCT19))


def test_a_possessive_day_before_a_past_figure_still_dates_it():
    c = find(claims("Friday's sales reached 2,946 units.", _OCT19), "2,946")
    assert c.period is not None


# -- a bare "5.8m" after "Of those," or in a story of millions is millions ---------------------

_CARDS = ("The hackers also reached the records of 5.9m payment cards. Of those, 5.8m were "
          "protected by chip and pin; the other 105,000, issued outside the EU, were not.")


def test_a_bare_m_after_of_those_is_millions():
    c = find(claims(_CARDS, _JUL18), "5.8m")
    assert c.unit != "meter" and c.value == 5_800_000


def test_parts_of_those_over_the_total_are_flagged():
    assert "parts-exceed-total" not in rules(_CARDS, _JUL18)
    assert "parts-exceed-total" in rules(_CARDS.replace("Of those, 5.8m", "Of those, 6.8m"),
                                         _JUL18)


def test_a_bare_m_in_a_story_counting_millions_is_millions():
    text = ("Dixons says breach hit 10m customers\n\nDixons has raised its estimate of the "
            "customers caught up in the breach more than eightfold, from 1.2m to 10m.")
    cs = claims(text, _JUL18)
    assert _last(cs, "1.2m").unit != "meter" and _last(cs, "10m").unit != "meter"


def test_a_bare_m_in_a_sentence_about_lengths_stays_metres():
    text = "The firm has 10m customers.\n\nIts new headquarters tower is 120m tall."
    assert find(claims(text, _JUL18), "120m").unit == "meter"


# -- "faster than" after a date span written with commas ---------------------------------------

_GROWTH = ("The US population grew by 0.79% between July 1, 2014, and July 1, 2015, a shade "
           "faster than the 0.78% of the year before.")


def test_a_pace_comparison_reaches_across_a_date_span_with_commas():
    assert "wrong-arithmetic" not in rules(_GROWTH, _DEC15)
    assert "wrong-arithmetic" in rules(_GROWTH.replace("0.78%", "0.89%"), _DEC15)


# -- a count and the names listed after it (list-count-mismatch) -------------------------------

_STATES = ("Seven states lost people over the year: Illinois (22,194), West Virginia (4,623), "
           "Connecticut (3,876), Mississippi (1,110), Maine (928), Vermont (725) and New Mexico "
           "(458).")


def test_a_count_matching_its_listed_names_is_not_flagged():
    assert "list-count-mismatch" not in rules(_STATES, _DEC15)


def test_a_count_one_short_of_its_listed_names_is_flagged():
    assert "list-count-mismatch" in rules(_STATES.replace("Seven", "Six"), _DEC15)
    assert "list-count-mismatch" in rules(_STATES.replace("Seven", "Eight"), _DEC15)


def test_a_name_holding_and_keeps_both_readings():
    text = "Three countries abstained: Chad, Peru, and Trinidad and Tobago."
    assert "list-count-mismatch" not in rules(text, _DEC15)
    text = "Three countries abstained: Chad, Peru, Bosnia and Herzegovina."
    assert "list-count-mismatch" not in rules(text, _DEC15)


def test_a_partial_list_or_a_breakdown_is_no_list_of_names():
    for text in ("Five countries, including France, Chad and Peru, voted against.",
                 "Five countries voted against, among them France: Chad and Peru.",
                 "Three people were hurt: two in Ambon and one in Seram."):
        assert "list-count-mismatch" not in rules(text, _DEC15), text


# -- batch b: a definite figure restating a compared value; a modifier narrows a count ---------

_CLAIMS = ("New claims for unemployment benefit fell to a seasonally adjusted 623,000 last week "
           "from an upwardly revised 631,000 the week before, the Labor Department said.\n\n"
           "That was still more than the 610,000 analysts had expected. The 631,000 was the "
           "highest weekly figure since October 1982.")
_FEB09 = date(2009, 2, 26)


def test_the_figure_restating_a_compared_value_takes_its_week():
    assert "restated-figure-mismatch" not in rules(_CLAIMS, _FEB09)
    cs = claims(_CLAIMS, _FEB09)
    assert _last(cs, "631,000").period == find(cs, "631,000").period


_FIRES = ("The Camp Fire, the largest of the three blazes burning in the state, has scorched "
          "109,000 acres.\n\nThe two southern fires have destroyed 179 structures between them.")


def test_a_count_narrowed_by_its_modifier_restates_no_wider_count():
    assert "restated-figure-mismatch" not in rules(_FIRES, date(2018, 11, 11))


def test_a_definite_count_with_no_modifier_still_restates():
    text = _FIRES.replace("The two southern fires", "The two blazes")
    assert "restated-figure-mismatch" in rules(text, date(2018, 11, 11))


# -- a fire's containment is a measure: a headline's share is checked against the body's -------

_CONTAINED = ("Camp Fire 25% contained as 300,000 flee\n\nThe Camp Fire has scorched 109,000 "
              "acres and was 25% contained on Sunday morning, Cal Fire said.")


def test_containment_in_a_headline_is_checked_against_the_body():
    day = date(2018, 11, 11)
    assert find(claims(_CONTAINED, day), "25%").measure == "containment"
    assert not {"conflicting-figures", "restated-figure-mismatch"} & set(rules(_CONTAINED, day))
    bad = _CONTAINED.replace("Camp Fire 25%", "Camp Fire 35%")
    assert {"conflicting-figures", "restated-figure-mismatch"} & set(rules(bad, day))


# -- a bare one-and-zeros figure is read to the next place, as "about" is ----------------------

def test_a_bare_ten_thousand_is_read_to_the_thousand():
    c = find(claims("Pioneer will cut 10,000 jobs worldwide.", date(2009, 2, 12)), "10,000")
    assert (c.lower, c.upper) == (9_500, 10_499)


def test_a_bare_figure_of_another_leading_digit_keeps_its_rounding():
    c = find(claims("Pioneer will cut 20,000 jobs worldwide.", date(2009, 2, 12)), "20,000")
    assert c.lower == 15_000


# -- batch c: a record "since" is of a level, never of a change's amount ------------------------

_LIST = ("At the end of December the list stood at 7.29 million treatments. January's fall of "
         "about 43,000 took it to its lowest level since February 2023, when it was 7.22 million.")


def test_a_record_since_is_not_set_against_a_change_amount():
    assert "wrong-arithmetic" not in rules(_LIST, date(2026, 3, 12))


def test_a_record_since_of_a_written_level_is_still_checked():
    text = ("The list fell by 43,000 to 7.25 million, its lowest level since February 2023, "
            "when it was 7.32 million.")
    assert "wrong-arithmetic" in rules(text, date(2026, 3, 12))


def test_a_record_of_the_change_itself_is_still_set_against_its_figure():
    text = ("The US economy contracted 3.5% in 2020, the deepest since output shrank 1.6% in "
            "1946.")
    assert "wrong-arithmetic" in rules(text, date(2021, 1, 29))


# -- the injured after "the number of people killed"; a disaster's dead are no army's ----------

def test_people_injured_after_the_number_killed_are_injuries():
    text = ("The number of people killed by Friday's earthquake in Morocco has risen to 2,946, "
            "the interior ministry said on Wednesday, and 5,674 people have been injured.")
    cs = claims(text, date(2023, 9, 13))
    assert find(cs, "2,946").measure == "deaths" and find(cs, "5,674").measure == "injuries"


def test_a_disaster_toll_under_a_military_government_is_no_army_loss():
    text = ("The number of people killed by Friday's magnitude 7.7 earthquake in Myanmar rose "
            "to 1,700 on Sunday, the military government said, with 3,408 injured and 139 "
            "missing.")
    assert find(claims(text, date(2025, 3, 30)), "3,408").measure == "injuries"
